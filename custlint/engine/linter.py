"""Runs the two stages over texts and turns rule hits into offsets in those texts."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from custlint.engine.candidates import CandidateFinder, TechnicalScreen, TriggerScreen, has_needed
from custlint.engine.context import SentenceContext
from custlint.engine.kinds import Candidate, Kind, kind_for
from custlint.engine.normalize import parse_form
from custlint.rulepack import Rule


@dataclass(frozen=True)
class RawFinding:
    """A rule hit with character offsets into the text that was linted."""

    rule: Rule
    start: int
    end: int
    replacements: tuple[str, ...]
    fix: str | None
    suggestion: str


@dataclass(frozen=True)
class Proposal:
    """A candidate hit in sentence `si` of text `ti`, before anyone decided on it."""

    ti: int
    si: int
    offset: int  # where the sentence starts in its text
    sentence: str  # the sentence as written
    rule: Rule
    candidate: Candidate


class Linter:
    """Holds the compiled rules and the lazily loaded pipeline for one rule selection."""

    def __init__(
        self,
        rules: Sequence[Rule],
        model: str | None = None,
        *,
        two_stage: bool = True,
        judge: bool = False,
    ) -> None:
        self.rules = list(rules)
        self.model = model
        # two_stage=False is the naive baseline: every sentence parsed, every rule run.
        self.two_stage = two_stage
        self.judge = judge
        self.screen = TriggerScreen(self.rules)
        self.technical_screen = TechnicalScreen(self.rules, self.screen)
        self._nlp: Any = None
        self._finder: CandidateFinder | None = None
        self._kinds: dict[str, Kind] = {}
        self._parsed: dict[str, Any] = {}  # parse form -> Doc, most recently used last

    def _pipeline(self) -> Any:
        if self._nlp is None:
            from custlint.engine.model import load_pipeline

            self._nlp = load_pipeline(self.model)
            self._finder = CandidateFinder(
                self.rules, self._nlp, self.screen, self.technical_screen
            )
            self._kinds = {r.id: kind_for(r, self._nlp) for r in self.rules}
        return self._nlp

    @property
    def finder(self) -> CandidateFinder:
        self._pipeline()
        assert self._finder is not None
        return self._finder

    def proposals(
        self,
        texts: Sequence[str],
        candidates: bool = True,
        technical: Sequence[bool] | None = None,
    ) -> list[Proposal]:
        """Every candidate hit of every rule; kinds without candidates propose their hits.

        With `candidates` off, each kind proposes only what its rules decide (`find`).
        `technical` says, text by text, which belong to a technical document."""
        if technical is None:
            technical = [False] * len(texts)
        screens = {False: self.screen, True: self.technical_screen}
        if self.two_stage and not any(
            screens[tech].search(t) for t, tech in zip(texts, technical, strict=True)
        ):
            return []  # nothing any rule could look at: spaCy is never loaded
        # The pre-parse gates keep every span the rules accept, not every span they turn
        # down: with the judge (which may take one) they stay off.
        gates = self.two_stage and not candidates
        sentences = [
            self.finder.sentences(t, screen=self.two_stage, gates=gates, technical=tech)
            for t, tech in zip(texts, technical, strict=True)
        ]
        if not self.two_stage:
            everything = frozenset(r.id for r in self.rules)
            sentences = [[replace(s, rule_ids=everything) for s in sents] for sents in sentences]
        work = [
            (ti, si)
            for ti, sents in enumerate(sentences)
            for si, s in enumerate(sents)
            if s.rule_ids
        ]
        if not work:
            return []
        needs = self.finder.needs
        prose = self.finder.prose_only
        by_id = {r.id: r for r in self.rules}
        docs = self.parse([parse_form(sentences[ti][si].text) for ti, si in work])
        out = []
        for (ti, si), doc in zip(work, docs, strict=True):
            sent = sentences[ti][si]
            before = sentences[ti][si - 1] if si > 0 else None
            previous = before.text if before is not None and before.block == sent.block else ""
            after = sentences[ti][si + 1] if si + 1 < len(sentences[ti]) else None
            following = after.text if after is not None and after.block == sent.block else ""
            listed = []
            people: list[tuple[int, int]] = []
            for rule_id in sorted(sent.rule_ids):
                rule = by_id[rule_id]
                needed = needs.get(rule_id)
                if needed is not None and not has_needed(doc, needed):
                    continue  # the candidate pass drops these too; this keeps the naive run equal
                if technical[ti] and rule_id in prose:
                    continue  # as are these
                ctx = SentenceContext(
                    doc=doc,
                    previous=previous,
                    lexicon=rule.lexicon,
                    parse=self.parse_one,
                    original=sent.text,
                    following=following,
                    technical_document=technical[ti],
                )
                kind = self._kinds[rule_id]
                propose = getattr(kind, "candidates", None)
                if candidates and propose is not None:
                    found = propose(ctx)
                else:
                    found = [Candidate(h, h.start, h.end, rule=True) for h in kind.find(ctx)]
                out.extend(Proposal(ti, si, sent.start, sent.text, rule, c) for c in found)
                if rule.kind == "locator":
                    listed.append((rule, kind, ctx))
                    people += [
                        (c.hit.start, c.hit.end)
                        for c in found
                        if c.rule and c.hit.extra.get("bare_person")
                    ]  # "the couple in 18D and 18E" is one phrase: its list is already in it;
                    # the hit's span, which the judge's candidate may mark narrower ('the
                    # 10:15' against '10:15'), so a list is read the same with the judge on
            added: set[tuple[str, int, int]] = set()
            while listed and people:
                # "referred to as 'bed 3', 'side room 1' and 'bed 9'": a list shares its role
                # across locator rules too, item by item.
                grown = False
                for rule, kind, ctx in listed:
                    for hit in kind.listed_with(ctx, people):
                        if (rule.id, hit.start, hit.end) in added:
                            continue
                        added.add((rule.id, hit.start, hit.end))
                        people.append((hit.start, hit.end))
                        candidate = Candidate(hit, hit.start, hit.end, rule=True)
                        out.append(Proposal(ti, si, sent.start, sent.text, rule, candidate))
                        grown = True
                if not grown:
                    break
        return out

    def parse(self, texts: list[str]) -> Iterator[Any]:
        """The parsed Doc of each text, in order; a sentence seen lately (a repeated
        disclaimer, a macro's stock line, the same paragraph in many files) is parsed once.

        The pipeline reads every text on its own (`nlp.pipe` gives a sentence the same
        analysis in any batch: the two-stage identity test relies on that too), and the
        kinds only read a Doc (the one thing they store on it, `custlint.technical`,
        depends on its text alone), so a Doc serves every sentence with its text. The
        most recently used `PARSED_KEPT` Docs are kept between calls."""
        nlp = self._pipeline()
        if not self.two_stage:
            yield from nlp.pipe(texts, batch_size=128)  # the naive baseline parses everything
            return
        memo = self._parsed
        for i in range(0, len(texts), PARSE_CHUNK):
            chunk = texts[i : i + PARSE_CHUNK]
            missing = list(dict.fromkeys(t for t in chunk if t not in memo))
            for text, doc in zip(missing, nlp.pipe(missing, batch_size=128), strict=True):
                memo[text] = doc
            for text in chunk:
                doc = memo.pop(text)
                memo[text] = doc
                yield doc
            while len(memo) > PARSED_KEPT:
                del memo[next(iter(memo))]

    def parse_one(self, text: str) -> Any:
        """One sentence's Doc, from the memo when it is there (a kind asks about the sentence
        after a number, which the batch has usually parsed already). The batch trims the memo;
        the naive baseline keeps none."""
        key = parse_form(text)
        if not self.two_stage:
            return self._pipeline()(key)
        doc = self._parsed.get(key)
        if doc is None:
            doc = self._parsed[key] = self._pipeline()(key)
        return doc

    def lint_texts(
        self, texts: Sequence[str], technical: Sequence[bool] | None = None
    ) -> list[list[RawFinding]]:
        """Findings per text, in text order; the parser runs only on candidate sentences.

        With the judge on (and its model installed), a trained classifier decides each
        locator and refusal candidate; otherwise the rules decide. `technical` marks the
        texts of technical documents (`genre.technical_document`)."""
        judge = None
        if self.judge:
            from custlint.judge import load_judge

            judge = load_judge()
        proposals = self.proposals(texts, candidates=judge is not None, technical=technical)
        if judge is not None:
            keep = judge.decide(proposals)
        else:
            keep = [p.candidate.rule for p in proposals]
        per_sentence: dict[tuple[int, int], list[RawFinding]] = {}
        for p, kept in zip(proposals, keep, strict=True):
            if not kept:
                continue
            hit = p.candidate.hit
            per_sentence.setdefault((p.ti, p.si), []).append(
                RawFinding(
                    rule=p.rule,
                    start=p.offset + hit.start,
                    end=p.offset + hit.end,
                    replacements=hit.replacements,
                    fix=hit.fix,
                    suggestion=hit.advice,
                )
            )
        results: list[list[RawFinding]] = [[] for _ in texts]
        for (ti, _si), found in per_sentence.items():
            results[ti].extend(_joined(_without_overlaps(found), texts[ti]))
        for found in results:
            found.sort(key=lambda f: (f.start, f.end, f.rule.id))
        return results


# Sentences parsed together before their Docs are handed on, and Docs kept for reuse.
PARSE_CHUNK = 1024
PARSED_KEPT = 2048

_COORDINATION = frozenset({"and", "or", "nor"})


def _joined(found: list[RawFinding], text: str) -> list[RawFinding]:
    """Refusals of one rule joined by 'and'/'or' are one finding: 'we do not have and do
    not intend to offer …' is one refusal, reported once."""
    found = sorted(found, key=lambda f: (f.start, f.end))
    out: list[RawFinding] = []
    for f in found:
        last = out[-1] if out else None
        if (
            last is not None
            and last.rule.id == f.rule.id
            and last.rule.category == "no-phrasing"
            and text[last.end : f.start].split()
            and all(
                w in _COORDINATION for w in text[last.end : f.start].replace(",", " , ").split()
            )
        ):
            out[-1] = RawFinding(last.rule, last.start, f.end, (), None, last.suggestion)
            continue
        out.append(f)
    return out


def _without_overlaps(found: list[RawFinding]) -> list[RawFinding]:
    """One finding per stretch of text and category: the longest, then the lowest rule id."""
    kept: list[RawFinding] = []
    for f in sorted(found, key=lambda f: (-(f.end - f.start), f.rule.id, f.start)):
        if any(
            k.rule.category == f.rule.category and k.start < f.end and f.start < k.end for k in kept
        ):
            continue
        kept.append(f)
    return kept
