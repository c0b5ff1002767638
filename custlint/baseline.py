"""Baselines: adopt custlint on an existing document set by reporting only new findings.

A finding is remembered by its rule, its path and a fingerprint of the matched text with
some words of context, never by its line, so findings keep matching the baseline when
lines move. Identical findings are counted, so a second copy of a known finding is new.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from custlint.atomic import write_text_atomically
from custlint.errors import InputError
from custlint.finding import Finding
from custlint.sources import Document

CONTEXT_CHARS = 40
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")
VERSION = 1


def _key(path: str) -> str:
    return os.path.relpath(path).replace(os.sep, "/") if path not in ("-", "<stdin>") else path


def fingerprint(finding: Finding, document: Document) -> str:
    """Rule, match and nearby words of its sentence, whitespace-insensitive: robust to
    lines moving, and to edits elsewhere in the file."""
    text = document.text
    line_start = text.rfind("\n", 0, finding.start) + 1
    line_end = text.find("\n", finding.end)
    line_end = len(text) if line_end < 0 else line_end
    lo = max(line_start, finding.start - CONTEXT_CHARS)
    head = _SENTENCE_END.split(text[lo : finding.start])[-1]
    tail = text[finding.end : min(line_end, finding.end + CONTEXT_CHARS)]
    tail = _SENTENCE_END.split(tail)[0]
    before = " ".join(head.split()[-5:])
    after = " ".join(tail.split()[:5])
    match = " ".join(finding.match.split())
    raw = "\x1f".join((finding.rule, before.lower(), match.lower(), after.lower()))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:24]


def entries(findings: Iterable[Finding], documents: dict[str, Document]) -> Counter:
    return Counter(
        (f.rule, _key(f.path), fingerprint(f, documents[f.path]))
        for f in findings
        if f.path in documents
    )


def write(path: str, findings: Sequence[Finding], documents: dict[str, Document]) -> int:
    counted = entries(findings, documents)
    rows = [
        {"rule": rule, "path": p, "fingerprint": fp, "count": n}
        for (rule, p, fp), n in sorted(counted.items())
    ]
    write_text_atomically(path, json.dumps({"version": VERSION, "findings": rows}, indent=2) + "\n")
    return sum(counted.values())


def load(path: str) -> Counter:
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except OSError as exc:
        raise InputError(f"{path}: cannot read baseline ({exc.strerror or exc})") from None
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise InputError(f"{path}: not a custlint baseline (invalid JSON)") from None
    if not isinstance(data, dict) or data.get("version") != VERSION:
        raise InputError(f"{path}: not a custlint baseline (expected version {VERSION})")
    try:
        return Counter(
            {
                (r["rule"], r["path"], r["fingerprint"]): int(r.get("count", 1))
                for r in data["findings"]
            }
        )
    except (KeyError, TypeError, ValueError):
        raise InputError(f"{path}: not a custlint baseline (malformed entries)") from None


def new_findings(
    findings: Sequence[Finding], documents: dict[str, Document], known: Counter
) -> list[Finding]:
    """The findings the baseline does not account for, in their original order."""
    left = Counter(known)
    out = []
    for f in findings:
        document = documents.get(f.path)
        key = (f.rule, _key(f.path), fingerprint(f, document)) if document is not None else None
        if key is not None and left[key] > 0:
            left[key] -= 1
            continue
        out.append(f)
    return out
