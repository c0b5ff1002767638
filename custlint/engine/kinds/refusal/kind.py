"""`RefusalKind`: runs a rule's shapes over a parsed sentence and makes its candidates."""

from __future__ import annotations

from typing import Any

from custlint.engine.checks import aside_in_technical, technical_text
from custlint.engine.context import SentenceContext
from custlint.engine.kinds import Candidate, Hit
from custlint.engine.kinds.refusal.registry import REWRITES, SHAPES
from custlint.errors import RuleError
from custlint.rulepack import Rule

# The shape families and the rewrites register as they are imported, in this order, which
# SHAPES keeps; it is not the alphabetical one, so the sorter leaves these lines alone.
# isort: off
from custlint.engine.kinds.refusal import no_object  # noqa: F401
from custlint.engine.kinds.refusal import cannot  # noqa: F401
from custlint.engine.kinds.refusal import do_not  # noqa: F401
from custlint.engine.kinds.refusal import prohibition  # noqa: F401
from custlint.engine.kinds.refusal import denied  # noqa: F401
from custlint.engine.kinds.refusal import passive  # noqa: F401
from custlint.engine.kinds.refusal import hands_tied  # noqa: F401
from custlint.engine.kinds.refusal import flat_no  # noqa: F401
from custlint.engine.kinds.refusal import rewrites  # noqa: F401

# isort: on


class RefusalKind:
    def __init__(self, rule: Rule, nlp: Any) -> None:
        self.rule = rule
        self.shapes = []
        for name in rule.checks:
            if name not in SHAPES:
                raise RuleError(
                    f"rule {rule.id}: unknown refusal shape '{name}' "
                    f"(known: {', '.join(sorted(SHAPES))})"
                )
            self.shapes.append(SHAPES[name])
        if rule.rewrite and rule.rewrite not in REWRITES:
            raise RuleError(
                f"rule {rule.id}: unknown rewrite '{rule.rewrite}' "
                f"(known: {', '.join(sorted(REWRITES))})"
            )
        self.rewrite = REWRITES.get(rule.rewrite)

    def find(self, ctx: SentenceContext) -> list[Hit]:
        return [c.hit for c in self.candidates(ctx) if c.rule]

    def candidates(self, ctx: SentenceContext) -> list[Candidate]:
        """Every span the shapes produce (the judge sees the shape's own span marked), and
        the spans they turned down for who speaks or what is refused ("many hotels do not
        allow pets"), as candidates the rules reject."""
        if is_technical(ctx):
            return []
        doc = ctx.doc
        found = []
        taken: list[tuple[int, int]] = []
        for fn in self.shapes:
            for start, end, anchor in fn(ctx):
                marked = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
                replacements: tuple[str, ...] = ()
                fix = None
                if self.rewrite is not None:
                    rewritten = self.rewrite(ctx, start, end, anchor)
                    if rewritten is not None:
                        start, end, text = rewritten
                        replacements, fix = (text,), "unsafe"
                hit = Hit(
                    start=doc[start].idx,
                    end=doc[end - 1].idx + len(doc[end - 1].text),
                    replacements=replacements,
                    fix=fix,
                    advice=self.rule.suggestion,
                )
                found.append(Candidate(hit=hit, start=marked[0], end=marked[1], rule=True))
                taken.append((start, end))
        for start, end in sorted(set(ctx.rejected)):
            if any(a < end and start < b for a, b in taken):
                continue
            taken.append((start, end))
            first, last = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
            hit = Hit(start=first, end=last, advice=self.rule.suggestion)
            found.append(Candidate(hit=hit, start=first, end=last, rule=False))
        return found


def is_technical(ctx: SentenceContext) -> bool:
    """Asked by every refusal rule of a sentence: what the sentence shows is answered once
    per parsed sentence; a Doc may serve documents of both genres, so the document's
    part is asked each time."""
    known = ctx.doc.user_data.get("custlint.technical")
    if known is None:
        known = technical_text(ctx.doc.text, (t.lower_ for t in ctx.doc))
        ctx.doc.user_data["custlint.technical"] = known
    return known or aside_in_technical(ctx)
