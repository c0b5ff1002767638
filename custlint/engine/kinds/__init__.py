"""Check kinds: each is implemented once; rules in `rules/*.toml` extend one of them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from custlint.engine.context import SentenceContext
from custlint.rulepack import Rule


@dataclass(frozen=True)
class Hit:
    """A match inside one sentence: character offsets relative to the sentence."""

    start: int
    end: int
    replacements: tuple[str, ...] = ()
    fix: str | None = None
    advice: str = ""
    extra: dict = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Candidate:
    """A hit a kind proposes for the judge: `start`..`end` is the span the judge sees marked
    (sentence-relative characters) and `rule` is what the rules alone decide."""

    hit: Hit
    start: int
    end: int
    rule: bool


class Kind(Protocol):
    def __init__(self, rule: Rule, nlp: Any) -> None: ...

    def find(self, ctx: SentenceContext) -> list[Hit]: ...


def kind_for(rule: Rule, nlp: Any) -> Kind:
    from custlint.engine.kinds.descriptor import DescriptorKind
    from custlint.engine.kinds.locator import LocatorKind
    from custlint.engine.kinds.refusal import RefusalKind

    kinds = {"descriptor": DescriptorKind, "locator": LocatorKind, "refusal": RefusalKind}
    return kinds[rule.kind](rule, nlp)
