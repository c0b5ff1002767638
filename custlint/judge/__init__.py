"""The judge: a small trained spaCy text classifier that decides locator and refusal candidates.

The rules propose (every seat/room/table/... mention, every refusal shape's span); the judge
reads the sentence with the candidate marked, "LOCATOR: Room 412 [[ wants ]] ..." style, and
says whether it is a finding. The model ships in `custlint/judge/model/` and is rebuilt by
`training/train.py`; it loads lazily, once per process. Without it, the rules decide.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

MODEL_DIR = Path(__file__).resolve().parent / "model"
META_FILE = "custlint-judge.json"
# The categories the judge decides, and the prefix that tells the model which one it reads.
PREFIXES = {"locator": "LOCATOR", "no-phrasing": "REFUSAL"}
LABEL = "ACCEPT"
DEFAULT_THRESHOLD = 0.5


def judge_text(category: str, sentence: str, start: int, end: int) -> str:
    """The judge's input: a category prefix and the sentence with the candidate marked."""
    from custlint.engine.normalize import parse_form

    text = parse_form(sentence)
    marked = f"{text[:start]} [[ {text[start:end]} ]] {text[end:]}"
    return f"{PREFIXES[category]}: " + " ".join(marked.split())


class Judge:
    def __init__(self, nlp: Any, meta: dict[str, Any]) -> None:
        self.nlp = nlp
        self.meta = meta
        self.thresholds: dict[str, float] = {
            **dict.fromkeys(PREFIXES, DEFAULT_THRESHOLD),
            **meta.get("thresholds", {}),
        }
        # Thresholds to add a candidate the rules rejected; None: the judge only removes.
        self.add: dict[str, float | None] = {
            **dict.fromkeys(PREFIXES),
            **meta.get("add_thresholds", {}),
        }

    def scores(self, texts: Sequence[str]) -> list[float]:
        """P(finding) for each judge input, batched."""
        return [doc.cats.get(LABEL, 0.0) for doc in self.nlp.pipe(texts, batch_size=256)]

    def decide(self, proposals: Sequence[Any]) -> list[bool]:
        """Keep or drop each proposal (a `custlint.engine.linter.Proposal`).

        A candidate the rules accept stays when the judge scores it at or above the
        category's threshold; a candidate the rules reject becomes a finding only when the
        category has an `add` threshold (chosen on the dev split in training) and the judge
        reaches it. Categories the judge does not know keep the rules' decision."""
        keep = [p.candidate.rule for p in proposals]
        asked = []
        for i, p in enumerate(proposals):
            category = p.rule.category
            if category not in PREFIXES:
                continue
            if p.candidate.rule or self.add.get(category) is not None:
                asked.append(i)
        texts = [
            judge_text(p.rule.category, p.sentence, p.candidate.start, p.candidate.end)
            for p in (proposals[i] for i in asked)
        ]
        for i, score in zip(asked, self.scores(texts), strict=True):
            p = proposals[i]
            category = p.rule.category
            limit = self.thresholds[category] if p.candidate.rule else self.add[category]
            keep[i] = score >= limit
        return keep


def load_judge() -> Judge | None:
    """The shipped judge, or None (the rules decide) when its model is missing or unreadable."""
    return _load(str(MODEL_DIR))


@cache
def _load(path: str) -> Judge | None:
    folder = Path(path)
    if not (folder / "config.cfg").is_file():
        return None
    try:
        from custlint.engine.model import import_spacy

        nlp = import_spacy().load(folder)
    except (OSError, ValueError, ImportError, KeyError):
        return None
    meta_path = folder / META_FILE
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
    return Judge(nlp, meta)
