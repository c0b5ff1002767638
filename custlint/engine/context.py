"""What a check sees: one parsed sentence, its neighbour and the pack's word lists."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class SentenceContext:
    doc: Any  # the parsed spaCy Doc of one sentence
    previous: str  # the sentence before it in the same block of prose, for wider context
    lexicon: dict[str, frozenset[str]]
    original: str = ""  # the sentence as written; the doc may have normalized quotes and case

    def words(self, name: str) -> frozenset[str]:
        return self.lexicon.get(name, frozenset())
