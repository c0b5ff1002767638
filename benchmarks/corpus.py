"""The benchmark corpus: real English prose built from text that installed packages ship.

* CPython's reference documentation topics (`pydoc_data.topics`, about 65,000 words of
  technical prose: few candidates, like the technical controls);
* the team's own labeled customer-service sentences (`data/labeled/*.jsonl`, about 30,000
  words, dense in role words, locators and refusals);

interleaved paragraph by paragraph, so a run sees the mix a support team's documents have.
`build(words)` repeats the mix to reach a size for the scaling runs.
"""

from __future__ import annotations

import json
from itertools import cycle
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def paragraphs() -> list[str]:
    from pydoc_data.topics import topics

    docs = [p for k in sorted(topics) for p in topics[k].split("\n\n") if p.strip()]
    labeled = [
        json.loads(line)["text"]
        for path in sorted((ROOT / "data" / "labeled").glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    mixed = []
    ratio = max(1, len(docs) // max(1, len(labeled)))
    it = iter(labeled)
    for i, p in enumerate(docs):
        mixed.append(p)
        if i % ratio == 0:
            mixed.append(next(it, ""))
    mixed.extend(it)
    return [p for p in mixed if p]


def build(words: int | None = None) -> str:
    paras = paragraphs()
    if words is None:
        return "\n\n".join(paras)
    out, count = [], 0
    for p in cycle(paras):
        out.append(p)
        count += len(p.split())
        if count >= words:
            return "\n\n".join(out)
    raise AssertionError("unreachable")
