"""The Python API behind `custlint.lint_text` and `custlint.lint_paths`."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from custlint.config import Settings, active_rules
from custlint.engine.linter import Linter
from custlint.finding import Finding
from custlint.sources import Document
from custlint.sources.files import discover, read_document
from custlint.sources.plaintext import read_text


@lru_cache(maxsize=8)
def _linter(rule_ids: tuple[str, ...], settings: Settings) -> Linter:
    rules = [r for r in active_rules(settings) if r.id in rule_ids]
    return Linter(rules, settings.model, judge=settings.judge)


def linter_for(settings: Settings) -> Linter:
    ids = tuple(r.id for r in active_rules(settings))
    return _linter(ids, settings)


def lint_documents(documents: list[Document], settings: Settings) -> list[list[Finding]]:
    """Findings per document; segments of all documents are parsed in one batch."""
    linter = linter_for(settings)
    texts = []
    owners = []
    for di, doc in enumerate(documents):
        for segment in doc.segments:
            texts.append(segment.text)
            owners.append((di, segment))
    raw = linter.lint_texts(texts)
    out: list[list[Finding]] = [[] for _ in documents]
    for (di, segment), found in zip(owners, raw, strict=True):
        doc = documents[di]
        for f in found:
            start, end = segment.span_to_original(f.start, f.end)
            line, col = doc.position(start)
            end_line, end_col = doc.position(end)
            match = doc.text[start:end]
            rule = f.rule
            message = rule.message.replace("{match}", " ".join(match.split())).replace(
                "{replacement}", f.replacements[0] if f.replacements else ""
            )
            out[di].append(
                Finding(
                    path=doc.path,
                    line=line,
                    column=col,
                    end_line=end_line,
                    end_column=end_col,
                    rule=rule.id,
                    category=rule.category,
                    severity=settings.severity.get(rule.id, rule.severity),
                    message=message,
                    match=match,
                    replacements=f.replacements,
                    fix=f.fix,
                    suggestion=f.suggestion,
                    location=doc.location(line),
                    start=start,
                    end=end,
                )
            )
    for found in out:
        found.sort(key=lambda x: (x.start, x.end, x.rule))
    return out


def lint_text(text: str, config: Settings | None = None, path: str = "<text>") -> list[Finding]:
    settings = config or Settings()
    return lint_documents([read_text(path, text)], settings)[0]


def lint_paths(paths: Iterable[str | Path], config: Settings | None = None) -> list[Finding]:
    settings = config or Settings()
    documents = [read_document(p) for p in discover(str(p) for p in paths)]
    return [f for found in lint_documents(documents, settings) for f in found]
