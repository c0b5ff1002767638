"""Finding the files to lint and reading each with the reader for its format."""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from custlint.errors import InputError
from custlint.sources import Document
from custlint.sources.decode import decode
from custlint.sources.plaintext import read_text

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".mdown", ".rst", ".adoc"})
SKIP_DIRS = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        ".venv",
        "venv",
        "node_modules",
        "__pycache__",
        ".tox",
        ".nox",
        ".mypy_cache",
        ".pytest_cache",
        ".ruff_cache",
        ".custlint_cache",
        "build",
        "dist",
    }
)
STDIN = "-"


def discover(paths: Iterable[str]) -> Iterator[str]:
    """Files named directly, then the text files under each folder, in a stable order."""
    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
                for name in sorted(files):
                    if Path(name).suffix.lower() in TEXT_SUFFIXES:
                        yield str(Path(root) / name)
        elif path.exists():
            yield raw
        else:
            raise InputError(f"{raw}: no such file or folder")


def read_document(path: str, stdin_name: str = "<stdin>") -> Document:
    if path == STDIN:
        data = sys.stdin.buffer.read()
        name = stdin_name
    else:
        name = path
        try:
            data = Path(path).read_bytes()
        except IsADirectoryError:
            raise InputError(f"{path}: is a folder") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    text, encoding, bom = decode(data, name)
    document = read_text(name, text, encoding, bom)
    if path != STDIN:
        document.digest = hashlib.sha256(data).hexdigest()
    return document
