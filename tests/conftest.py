"""Shared helpers for the tests.

Case tables are linted in one batch
-----------------------------------
Most tests lint one short sentence, and thousands of them are parametrized over case
tables. Linted one at a time, each sentence costs its own spaCy call; `nlp.pipe` over a
batch is many times faster. So `lint_text` and `flagged` below read a text's findings
from one batch when they can:

- when collection is done, every string a selected parametrized test receives (also inside
  tuples and lists) is noted as a text it may lint, in the test files that import
  `lint_text`, `flagged` or `locator_matches` from here;
- the first `lint_text(text)` or `flagged(text, ...)` call with the default settings lints
  every noted text in one `custlint.api.lint_documents` call (the batch path `lint_paths`
  and the CLI take), and every test then reads its own text's findings from that batch;
- a text that is no parameter (written in the test body, or built from one), or a call
  with a `config` or a `path`, is linted on its own through `custlint.lint_text`, as before.

Each case is still its own test with its own id, and fails on its own when its findings
change. A batched result is the single-text result: a text's findings do not depend on the
texts beside it in a batch (spaCy parses every text of `nlp.pipe` on its own, and the
linter keeps nothing of one text for the next). The batch checks that on every
`SPOT_CHECK_EVERY`-th text, linting it again on its own, and stops the run if the two
differ. `CUSTLINT_TESTS_UNBATCHED=1` lints every text on its own, for a whole run without
the batch.

A new case-table file needs nothing more than the existing style: parametrize the test over
the table and lint with `lint_text` or `flagged` from `tests.conftest`, not with
`custlint.lint_text` (which always lints one text on its own).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator

import pytest

import custlint
from custlint.finding import Finding

# Every so many batched texts, one is linted again on its own and must give the same findings.
SPOT_CHECK_EVERY = 50

# pytest imports this file as `conftest`, the test files as `tests.conftest`: one module, so
# that the texts its hook notes are the ones their `lint_text` calls find.
sys.modules.setdefault("tests.conftest", sys.modules[__name__])

_UNBATCHED = os.environ.get("CUSTLINT_TESTS_UNBATCHED", "") not in ("", "0")
_noted: set[str] = set()  # texts the selected tests receive, not linted yet
_batched: dict[str, tuple[Finding, ...]] = {}  # text -> its findings, default settings


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _strings(item)


def pytest_collection_finish(session: pytest.Session) -> None:
    """Notes the strings of the selected tests' parameters (after `-k` and the like)."""
    for item in session.items:
        callspec = getattr(item, "callspec", None)
        module = getattr(item, "module", None)
        uses_helpers = any(
            getattr(module, name, None) is helper
            for name, helper in (
                ("lint_text", lint_text),
                ("flagged", flagged),
                ("locator_matches", locator_matches),
            )
        )
        if callspec is not None and uses_helpers:
            for value in callspec.params.values():
                _noted.update(_strings(value))


def _lint_noted() -> None:
    """Lints every noted text in one batch, and spot-checks the batch against single texts."""
    from custlint.api import lint_documents
    from custlint.config import Settings
    from custlint.sources.plaintext import read_text

    texts = sorted(_noted - _batched.keys())
    _noted.clear()
    found = lint_documents([read_text("<text>", t) for t in texts], Settings())
    for text, findings in zip(texts, found, strict=True):
        _batched[text] = tuple(findings)
    for text in texts[::SPOT_CHECK_EVERY]:
        alone = custlint.lint_text(text)
        if alone != list(_batched[text]):
            pytest.exit(
                f"a text's findings differ in a batch and on its own: {text!r}\n"
                f"batch: {_batched[text]}\nalone: {alone}",
                returncode=3,
            )


def lint_text(text: str, **kwargs) -> list[Finding]:
    """`custlint.lint_text(text, **kwargs)`; with the default settings, a parameter's text
    is read from the batch of all of them (see the module's docstring)."""
    if kwargs or _UNBATCHED:
        return custlint.lint_text(text, **kwargs)
    if text not in _batched and text in _noted:
        _lint_noted()
    if text in _batched:
        return list(_batched[text])
    return custlint.lint_text(text)


def flagged(text: str, category: str | None = None, **kwargs) -> list[tuple[str, str]]:
    """(rule, match) pairs custlint reports for a text, optionally for one category."""
    return [
        (f.rule, f.match)
        for f in lint_text(text, **kwargs)
        if category is None or f.category == category
    ]


def locator_matches(text: str) -> list[str]:
    """The matched words of a text's locator findings, as the case tables compare them."""
    return [match for _rule, match in flagged(text, "locator")]


@pytest.fixture
def lint():
    return lint_text
