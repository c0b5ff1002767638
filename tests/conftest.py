from __future__ import annotations

import pytest

import custlint


def flagged(text: str, category: str | None = None, **kwargs) -> list[tuple[str, str]]:
    """(rule, match) pairs custlint reports for a text, optionally for one category."""
    return [
        (f.rule, f.match)
        for f in custlint.lint_text(text, **kwargs)
        if category is None or f.category == category
    ]


@pytest.fixture
def lint():
    return custlint.lint_text
