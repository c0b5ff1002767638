"""custlint: a customer-language linter for documents.

The public API is deliberately tiny and imports nothing heavy: spaCy is loaded only
when the first text is linted, so `custlint --help` and `--version` stay instant.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from collections.abc import Iterable

    from custlint.config import Settings
    from custlint.finding import Finding

__all__ = ["__version__", "lint_paths", "lint_text"]


def lint_text(text: str, config: Settings | None = None, path: str = "<text>") -> list[Finding]:
    """Lint one string of plain text and return its findings in document order."""
    from custlint.api import lint_text as _lint_text

    return _lint_text(text, config, path)


def lint_paths(paths: Iterable[str | Path], config: Settings | None = None) -> list[Finding]:
    """Lint files and folders; unreadable inputs raise `custlint.errors.InputError`."""
    from custlint.api import lint_paths as _lint_paths

    return _lint_paths(paths, config)
