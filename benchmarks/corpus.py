"""The benchmark corpora: real English prose built from text that installed packages ship.

* ``prose``: CPython's reference documentation topics (`pydoc_data.topics`, about 65,000
  words, shipped with every CPython). Real prose written by people, technical in tone,
  with the ordinary share of "no", "not", "cannot" and numbers: about 14% of its words
  sit in sentences the parser must see.
* ``customer``: the same topics interleaved paragraph by paragraph with every sentence
  of our own labeled customer-service data (`data/labeled/*.jsonl`). Those rows were
  written to hold role words, locators, refusals and their look-alikes, so about 40% of
  the words reach the parser: the worst case for a two-stage engine, not typical text.

`build(words, corpus)` repeats a corpus to reach a size for the throughput and scaling
runs. Repeats are cheap for custlint, which parses a sentence text it saw lately once
(`Linter.parse` keeps 2,048 Docs): the `prose` corpus (about 330 distinct candidate
sentences) then costs little more than stage one, while the `customer` corpus (about
4,400, more than are kept) gains nothing. For figures without repetition, ask for one
copy: `--words 65000` (`prose`) or `--words 119000` (`customer`).
"""

from __future__ import annotations

import json
from itertools import cycle
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ("prose", "customer")


def _topics() -> list[str]:
    from pydoc_data.topics import topics

    return [p for k in sorted(topics) for p in topics[k].split("\n\n") if p.strip()]


def _labeled() -> list[str]:
    return [
        json.loads(line)["text"]
        for path in sorted((ROOT / "data" / "labeled").glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def paragraphs(corpus: str = "prose") -> list[str]:
    docs = _topics()
    if corpus == "prose":
        return docs
    if corpus != "customer":
        raise ValueError(f"unknown corpus {corpus!r} (known: {', '.join(CORPORA)})")
    labeled = _labeled()
    mixed = []
    ratio = max(1, len(docs) // max(1, len(labeled)))
    it = iter(labeled)
    for i, p in enumerate(docs):
        mixed.append(p)
        if i % ratio == 0:
            mixed.append(next(it, ""))
    mixed.extend(it)
    return [p for p in mixed if p]


def build(words: int | None = None, corpus: str = "prose") -> str:
    paras = paragraphs(corpus)
    if words is None:
        return "\n\n".join(paras)
    out, count = [], 0
    for p in cycle(paras):
        out.append(p)
        count += len(p.split())
        if count >= words:
            return "\n\n".join(out)
    raise AssertionError("unreachable")
