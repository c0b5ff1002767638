"""The cheap candidate pass loses nothing: two stages find exactly what parsing everything finds."""

from __future__ import annotations

import json
from pathlib import Path

from custlint.config import Settings, active_rules
from custlint.engine.linter import Linter

ROOT = Path(__file__).resolve().parent.parent


def large_text() -> str:
    from pydoc_data.topics import topics

    docs = "\n\n".join(topics[k] for k in sorted(topics))[:120_000]
    labeled = [
        json.loads(line)["text"]
        for path in sorted((ROOT / "data" / "labeled").glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    return docs + "\n\n" + "\n\n".join(labeled[::2])


def test_two_stage_equals_full_pipeline_on_a_large_text() -> None:
    rules = active_rules(Settings(extend_select=("ALL",)))
    text = large_text()
    assert len(text.split()) > 25_000
    fast = Linter(rules).lint_texts([text])[0]
    naive = Linter(rules, two_stage=False).lint_texts([text])[0]
    key = lambda f: (f.rule.id, f.start, f.end, f.replacements)  # noqa: E731
    assert len(fast) > 300
    assert [key(f) for f in fast] == [key(f) for f in naive]
