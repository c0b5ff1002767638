"""Finding the files to lint and reading each with the reader for its format.

Size is checked with `os.stat` before a byte is read, so a huge file is refused at once
and in bounded memory. Folder walks honour `.gitignore` files (each relative to its own
folder, deeper ones overriding, as git does) and the caller's `exclude` globs.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from custlint.errors import InputError
from custlint.sources import Document
from custlint.sources.decode import decode

MAX_FILE_BYTES = 50 * 1024 * 1024
# spaCy refuses a text longer than its max_length (1,000,000 characters); a line that long
# is generated or minified data, not prose.
MAX_LINE_CHARS = 1_000_000

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
RST_SUFFIXES = frozenset({".rst", ".rest"})
DOCX_SUFFIXES = frozenset({".docx"})
PO_SUFFIXES = frozenset({".po", ".pot"})
YAML_SUFFIXES = frozenset({".yml", ".yaml"})
JSON_SUFFIXES = frozenset({".json"})
CODE_SUFFIXES = frozenset(
    {
        ".py",
        ".pyi",
        ".js",
        ".mjs",
        ".cjs",
        ".jsx",
        ".ts",
        ".tsx",
        ".java",
        ".kt",
        ".go",
        ".rb",
        ".php",
        ".c",
        ".h",
        ".cc",
        ".cpp",
        ".hpp",
        ".cs",
        ".swift",
        ".rs",
        ".scala",
        ".sh",
        ".vue",
        ".svelte",
    }
)
TEXT_SUFFIXES = frozenset({".txt", ".text", ".adoc"})
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
SKIP_NAME_ENDINGS = (".min.js", ".min.css", "-lock.json", ".lock.json")
STDIN = "-"


def readable_suffixes() -> frozenset[str]:
    """Every suffix a folder walk picks up."""
    from custlint.sources.templates import TEMPLATE_SUFFIXES

    return (
        MARKDOWN_SUFFIXES
        | HTML_SUFFIXES
        | RST_SUFFIXES
        | DOCX_SUFFIXES
        | PO_SUFFIXES
        | YAML_SUFFIXES
        | JSON_SUFFIXES
        | CODE_SUFFIXES
        | TEXT_SUFFIXES
        | TEMPLATE_SUFFIXES
    )


def discover(paths: Iterable[str], exclude: Sequence[str] = ()) -> Iterator[str]:
    """Files named directly, then the readable files under each folder, in a stable order.

    `exclude` holds gitignore-style globs matched against paths inside each walked folder;
    a file named directly is always read.
    """
    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir():
            # Imported for folders only: a hook names its files, and needs neither.
            from custlint.sources.walk import walk

            suffixes = readable_suffixes()
            for found in walk(path, exclude, SKIP_DIRS):
                name = found.name.lower()
                if found.suffix.lower() in suffixes and not name.endswith(SKIP_NAME_ENDINGS):
                    yield str(found)
        elif path.exists():
            yield raw
        else:
            raise InputError(f"{raw}: no such file or folder")


def read_document(path: str, stdin_name: str = "<stdin>", *, defer: bool = False) -> Document:
    """Read one file (or stdin, named `stdin_name`) with the reader its suffix calls for.

    With `defer`, only decode the text now and run the format's reader when the prose is
    first needed (`Document.prose`), which a cached result never needs.
    """
    if path == STDIN:
        name = stdin_name
        data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise InputError(f"{name}: refused: larger than {MAX_FILE_BYTES // 2**20} MB")
    else:
        name = path
        data = _read_bytes(path)
    suffix = Path(name).suffix.lower()
    if suffix in DOCX_SUFFIXES:
        from custlint.sources.docx import read_docx

        return read_docx(name, data)
    text, encoding, bom = decode(data, name)
    _check_lines(name, text)
    if defer:
        document = Document(name, text, [], encoding, bom, reader=_deferred(name))
    else:
        document = reader_for(name)(name, text, encoding, bom)
    if path != STDIN:
        document.digest = hashlib.sha256(data).hexdigest()
    return document


def _read_bytes(path: str) -> bytes:
    try:
        size = os.stat(path).st_size
        if os.path.isdir(path):
            raise IsADirectoryError
        if size > MAX_FILE_BYTES:
            limit = MAX_FILE_BYTES // 2**20
            raise InputError(f"{path}: refused: {size / 2**20:.0f} MB is over the {limit} MB limit")
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if len(data) > MAX_FILE_BYTES:  # grew after stat, or a special file
        raise InputError(f"{path}: refused: over the {MAX_FILE_BYTES // 2**20} MB limit")
    return data


def _check_lines(name: str, text: str) -> None:
    if len(text) <= MAX_LINE_CHARS:
        return
    pos = 0
    line = 1
    while True:
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        if end - pos > MAX_LINE_CHARS:
            raise InputError(
                f"{name}: refused: line {line} is longer than {MAX_LINE_CHARS:,} characters"
            )
        if nl < 0:
            return
        pos = nl + 1
        line += 1


Reader = Callable[[str, str, str, bool], Document]


def _deferred(name: str) -> Reader:
    """The reader for `name`, resolved (and its parser imported) only when it runs."""

    def read(path: str, text: str, encoding: str, bom: bool) -> Document:
        return reader_for(name)(path, text, encoding, bom)

    return read


def reader_for(name: str) -> Reader:
    """The reader for a file name (by suffix); plain text when no other fits."""
    suffix = Path(name).suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        from custlint.sources.markdown import read_markdown

        return read_markdown
    if suffix in HTML_SUFFIXES:
        from custlint.sources.html import read_html

        return read_html
    if suffix in RST_SUFFIXES:
        from custlint.sources.rst import read_rst

        return read_rst
    from custlint.sources import catalogs
    from custlint.sources.templates import TEMPLATE_SUFFIXES, read_template

    if suffix in PO_SUFFIXES:
        return catalogs.read_po
    if suffix in YAML_SUFFIXES:
        return catalogs.read_yaml
    if suffix in JSON_SUFFIXES:
        return catalogs.read_json
    if suffix in TEMPLATE_SUFFIXES:
        return read_template
    if suffix in CODE_SUFFIXES:
        from custlint.sources.code import lexer_for, read_code

        lexer = lexer_for(name)
        if lexer is not None:
            return lambda path, text, encoding, bom: read_code(path, text, lexer, encoding, bom)
    from custlint.sources.plaintext import read_text

    return read_text
