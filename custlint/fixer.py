"""Safe auto-fix: apply findings' rewrites to a document and write it back without loss.

Fixing edits people's files, so every step is conservative: only the fixes asked for are
applied, overlapping fixes are resolved the same way on every run, and a file is replaced
only when custlint can prove it is writing back exactly what it read, plus the rewrites.
"""

from __future__ import annotations

import codecs
import difflib
import hashlib
import os
import re
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from custlint.atomic import write_bytes_atomically
from custlint.errors import InputError
from custlint.finding import Finding
from custlint.sources import Document

if TYPE_CHECKING:
    from custlint.config import Settings


def _wanted(finding: Finding, unsafe: bool) -> bool:
    if not finding.replacements or finding.replacements[0] == finding.match:
        return False
    return finding.fix == "safe" or (unsafe and finding.fix == "unsafe")


def select_fixes(text: str, findings: Iterable[Finding], *, unsafe: bool = False) -> list[Finding]:
    """The fixes that will be applied, in text order.

    Sorting by start offset and then rule id makes the choice between two overlapping
    fixes independent of the order the engine reported them in; a fix whose span no
    longer holds the matched text (a stale finding) is dropped rather than guessed at.
    """
    chosen: list[Finding] = []
    last_end = -1
    for f in sorted(findings, key=lambda f: (f.start, f.rule, f.end)):
        if not _wanted(f, unsafe) or text[f.start : f.end] != f.match:
            continue
        if f.start < last_end:
            continue
        chosen.append(f)
        last_end = f.end
    return chosen


def apply_fixes(text: str, findings: Iterable[Finding], *, unsafe: bool = False) -> str:
    """`text` with each selected finding's first replacement put in place of its match."""
    return _apply(text, select_fixes(text, findings, unsafe=unsafe))


def _apply(text: str, chosen: list[Finding]) -> str:
    out: list[str] = []
    pos = 0
    for f in chosen:
        out.append(text[pos : f.start])
        out.append(f.replacements[0])
        pos = f.end
    out.append(text[pos:])
    return "".join(out)


@dataclass(frozen=True)
class FixOutcome:
    """What a fix run did: the final text, how many fixes went in, what is left to report."""

    text: str
    applied: int
    remaining: list[Finding]
    converged: bool


def fix_until_stable(
    text: str,
    findings: Iterable[Finding],
    relint: Callable[[str], Iterable[Finding]],
    *,
    unsafe: bool = False,
    max_passes: int = 10,
) -> FixOutcome:
    """Fix, lint the result, and repeat until no fix applies (as ruff does).

    One pass is not always enough: spaCy parses a sentence differently once a nearby word
    changes, so a rewrite can expose a finding the first parse missed. Repeating until
    nothing applies makes `--fix` idempotent: a second run changes nothing. `remaining`
    holds the findings on the final text, with offsets that match it.
    """
    current = text
    found = list(findings)
    applied = 0
    for _ in range(max_passes):
        chosen = select_fixes(current, found, unsafe=unsafe)
        if not chosen:
            return FixOutcome(current, applied, found, converged=True)
        current = _apply(current, chosen)
        applied += len(chosen)
        found = list(relint(current))
    converged = not select_fixes(current, found, unsafe=unsafe)
    return FixOutcome(current, applied, found, converged=converged)


def fix_document(document: Document, findings: Iterable[Finding], *, unsafe: bool = False) -> str:
    """The document's text with its fixes applied (the document itself is not changed)."""
    return apply_fixes(document.text, findings, unsafe=unsafe)


def encode(text: str, document: Document, original: bytes) -> bytes:
    """Text as bytes in the document's original encoding, BOM and UTF-16 byte order.

    Line endings need no care: decoding bytes keeps '\\r\\n' in the text as it was.
    """
    encoding = codecs.lookup(document.encoding).name
    if encoding in ("utf-8", "utf-8-sig"):
        bom = codecs.BOM_UTF8 if (document.bom or encoding == "utf-8-sig") else b""
        return bom + text.encode("utf-8")
    if encoding == "utf-16":
        if original.startswith(codecs.BOM_UTF16_BE):
            return codecs.BOM_UTF16_BE + text.encode("utf-16-be")
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    return text.encode(document.encoding)


def _check_unchanged(path: str, document: Document, current: bytes) -> None:
    if document.digest is not None and hashlib.sha256(current).hexdigest() != document.digest:
        raise InputError(f"{path}: changed on disk since it was read; not fixed (run again)")
    if encode(document.text, document, current) != current:
        if document.digest is None:
            reason = "changed on disk since it was read"
        else:
            reason = "its text is not a plain re-encoding of the file (e.g. a .docx)"
        raise InputError(f"{path}: cannot fix in place: {reason}")


def write_fixed(path: str | os.PathLike[str], document: Document, new_text: str) -> None:
    """Replace the file at `path` with `new_text`, atomically and only if that is safe.

    Refuses symlinks (replacing one would silently turn it into a regular file) and files
    whose bytes differ from what was linted. Writes a temporary file beside the original,
    fsyncs it, copies the mode, then renames it over the original, so a crash or error
    at any point leaves either the old file or the new one, never a half-written one.
    """
    target = os.fspath(path)
    if os.path.islink(target):
        raise InputError(f"{target}: is a symlink; not fixed (fix the file it points to)")
    try:
        st = os.stat(target)
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{target}: not a regular file; not fixed")
        current = Path(target).read_bytes()
    except OSError as exc:
        raise InputError(f"{target}: cannot read ({exc.strerror or exc})") from None
    _check_unchanged(target, document, current)
    data = encode(new_text, document, current)
    if data == current:
        return

    def still_the_same() -> None:  # narrow the window for a concurrent edit
        if Path(target).read_bytes() != current:
            raise InputError(f"{target}: changed on disk while fixing; not fixed (run again)")

    write_bytes_atomically(
        target, data, mode=stat.S_IMODE(st.st_mode), before_replace=still_the_same
    )


def _lines(text: str) -> list[str]:
    """Lines split at '\n' only (str.splitlines also splits at form feeds and U+2028)."""
    return re.findall(r"[^\n]*\n|[^\n]+$", text)


def unified_diff(document: Document, new_text: str) -> str:
    """A git-style unified diff of the fixes, for `--diff` (empty when nothing changes)."""
    name = Path(document.path).as_posix().removeprefix("./")
    lines = difflib.unified_diff(
        _lines(document.text),
        _lines(new_text),
        fromfile=f"a/{name}",
        tofile=f"b/{name}",
    )
    out = []
    for line in lines:
        out.append(line)
        if not line.endswith("\n"):
            out.append("\n\\ No newline at end of file\n")
    return "".join(out)


@dataclass
class FixRun:
    """What `check --fix` / `--diff` did over a whole run."""

    documents: list[Document]
    findings: list[list[Finding]]
    diffs: list[str]
    applied: int
    errors: list[str]


def fix_documents(
    documents: list[Document],
    per_document: list[list[Finding]],
    settings: Settings,
    *,
    unsafe: bool = False,
    write: bool = True,
) -> FixRun:
    """Fix every document that can be fixed in place; report what is left on the new text.

    A .docx is never rewritten here (the annotate command writes tracked changes), and
    stdin has no file to write. With `write=False` only the diffs are computed.
    """
    from custlint.api import lint_documents
    from custlint.sources.files import reader_for

    out_docs: list[Document] = []
    out_found: list[list[Finding]] = []
    diffs: list[str] = []
    applied = 0
    errors: list[str] = []
    for document, found in zip(documents, per_document, strict=True):
        if document.digest is None or document.path.lower().endswith(".docx"):
            out_docs.append(document)
            out_found.append(found)
            continue
        reader = reader_for(document.path)

        def reread(text: str, doc: Document = document, read: Any = reader) -> Document:
            return read(doc.path, text, doc.encoding, doc.bom)

        def relint(text: str, reread: Any = reread) -> list[Finding]:
            return lint_documents([reread(text)], settings)[0]

        outcome = fix_until_stable(document.text, found, relint, unsafe=unsafe)
        if outcome.text == document.text:
            out_docs.append(document)
            out_found.append(found)
            continue
        diffs.append(unified_diff(document, outcome.text))
        if write:
            try:
                write_fixed(document.path, document, outcome.text)
            except InputError as exc:
                errors.append(str(exc))
                out_docs.append(document)
                out_found.append(found)
                continue
        applied += outcome.applied
        fixed = reread(outcome.text)
        fixed.digest = document.digest
        out_docs.append(fixed)
        out_found.append(outcome.remaining)
    return FixRun(out_docs, out_found, diffs, applied, errors)


def fix_grouped(
    documents: list[Document],
    per_document: list[list[Finding]],
    settings: list[Settings],
    *,
    unsafe: bool = False,
    write: bool = True,
) -> FixRun:
    """`fix_documents` where each document has its own settings (its nearest config).

    Documents are fixed one by one anyway, so this keeps their order in the diffs.
    """
    total = FixRun([], [], [], 0, [])
    for document, found, own in zip(documents, per_document, settings, strict=True):
        run = fix_documents([document], [found], own, unsafe=unsafe, write=write)
        total.documents += run.documents
        total.findings += run.findings
        total.diffs += run.diffs
        total.applied += run.applied
        total.errors += run.errors
    return total
