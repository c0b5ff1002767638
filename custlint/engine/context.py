"""What a check sees: one parsed sentence, its neighbour and the pack's word lists."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class SentenceContext:
    doc: Any  # the parsed spaCy Doc of one sentence
    previous: str  # the sentence before it in the same block of prose, for wider context
    lexicon: dict[str, frozenset[str]]
    # Parses another sentence as the linter does, through its memo: the sentence after a
    # number, when a pronoun there may look back to it, is mostly a candidate parsed already.
    parse: Callable[[str], Any]
    original: str = ""  # the sentence as written; the doc may have normalized quotes and case
    following: str = ""  # the sentence after it in the same block, for a pronoun looking back
    # The sentence is part of a technical document (`genre.technical_document`).
    technical_document: bool = False
    # Token spans a check looked at and turned down ("many hotels do not allow pets"): the
    # judge, when on, sees them as candidates the rules rejected.
    rejected: list[tuple[int, int]] = field(default_factory=list)

    def words(self, name: str) -> frozenset[str]:
        return self.lexicon.get(name, frozenset())

    def written(self, start: int, end: int, *, trailing_space: bool = False) -> str:
        """Tokens start..end as the writer wrote them: the parsed doc may have normalized
        quotes and case, and rewrites must keep the writer's own."""
        if start >= end:
            return ""
        doc = self.doc
        last = doc[end - 1]
        a = doc[start].idx
        b = last.idx + len(last.text_with_ws if trailing_space else last.text)
        if self.original:
            return self.original[a:b]
        span = doc[start:end]
        return span.text_with_ws if trailing_space else span.text
