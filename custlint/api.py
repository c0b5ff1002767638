"""The Python API behind `custlint.lint_text` and `custlint.lint_paths`."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from custlint.config import Settings, active_rules
from custlint.finding import Finding
from custlint.sources import Document
from custlint.sources.files import discover, read_document
from custlint.sources.plaintext import read_text

if TYPE_CHECKING:
    from custlint.cache import ResultCache
    from custlint.engine.linter import Linter


@lru_cache(maxsize=8)
def _linter(rule_ids: tuple[str, ...], settings: Settings) -> Linter:
    from custlint.engine.linter import Linter

    rules = [r for r in active_rules(settings) if r.id in rule_ids]
    return Linter(rules, settings.model, judge=settings.judge)


def linter_for(settings: Settings) -> Linter:
    ids = tuple(r.id for r in active_rules(settings))
    return _linter(ids, settings)


def lint_documents(
    documents: list[Document],
    settings: Settings,
    *,
    jobs: int = 1,
    progress: Callable[[int], Any] | None = None,
) -> list[list[Finding]]:
    """Findings per document; segments of all documents are parsed in one batch.

    Findings of `[terms] accept` words and findings an inline directive suppresses are left
    out (so the fixer, which relints through here, never touches them); with
    `settings.report_unused_ignores`, directives that suppressed nothing are findings (CL000).
    """
    from custlint.engine.genre import read_as_technical

    linter = linter_for(settings)
    texts = []
    owners = []
    technical = []
    for di, doc in enumerate(documents):
        segments = list(doc.prose())
        # The whole file, markup and code included: a Markdown page's code spans and fences
        # are its plainest sign of genre, and its prose segments have lost them.
        genre = read_as_technical([doc.text], settings.genre)
        for segment in segments:
            texts.append(segment.text)
            owners.append((di, segment))
            technical.append(genre)
    if jobs > 1 or progress is not None:
        from custlint.engine.parallel import lint_texts_parallel

        raw = lint_texts_parallel(linter, texts, jobs, progress, technical)
    else:
        raw = linter.lint_texts(texts, technical)
    out: list[list[Finding]] = [[] for _ in documents]
    for (di, segment), found in zip(owners, raw, strict=True):
        doc = documents[di]
        for f in found:
            start, end = segment.span_to_original(f.start, f.end)
            line, col = doc.position(start)
            end_line, end_col = doc.position(end)
            match = doc.text[start:end]
            fix = f.fix
            if fix is not None and _WHITESPACE.sub(" ", match) != _WHITESPACE.sub(
                " ", segment.text[f.start : f.end]
            ):
                # Markup inside the span ("*account* holder", "&amp;"): putting the rewrite
                # over the original would drop or break it, so the rewrite is only shown.
                fix = None
            rule = f.rule
            # The message quotes the words as read, not the markup or the table borders
            # between them in the file ("The man in seat | | 17F").
            read = " ".join(segment.text[f.start : f.end].split())
            message = rule.message.replace("{match}", read).replace(
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
                    fix=fix,
                    suggestion=f.suggestion,
                    location=doc.location(line),
                    start=start,
                    end=end,
                )
            )
    from custlint import suppression

    for di, doc in enumerate(documents):
        found = out[di]
        if settings.accept:
            found = [f for f in found if not _accepted(f, settings.accept)]
        found, _suppressed, unused = suppression.apply(doc, found)
        if settings.report_unused_ignores:
            found = found + [suppression.unused_finding(doc, d) for d in unused]
        found.sort(key=lambda x: (x.start, x.end, x.rule))
        out[di] = found
    return out


# A reader may stand a space for a line break (a Markdown soft break); a rewrite over it
# breaks no markup.
_WHITESPACE = re.compile(r"\s+")
_ARTICLE = re.compile(r"^(?:an?|the)\s+")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def _accepted(finding: Finding, accept: tuple[str, ...]) -> bool:
    """Whether a descriptor finding's word is one the configuration accepts."""
    if finding.category != "descriptor":
        return False
    word = _POSSESSIVE.sub("", _ARTICLE.sub("", " ".join(finding.match.lower().split())))
    forms = {word}
    if word.endswith("es"):
        forms.add(word[:-2])
    if word.endswith("s"):
        forms.add(word[:-1])
    return not forms.isdisjoint(accept)


def lint_grouped(
    documents: list[Document],
    settings: Sequence[Settings],
    *,
    jobs: int = 1,
    cache: ResultCache | None = None,
    progress: Callable[[int], Any] | None = None,
) -> list[list[Finding]]:
    """Findings per document, each document linted with its own settings (one batch per
    distinct settings, e.g. per nearest configuration file). Cached documents are not
    linted again; when all are cached, spaCy is never imported."""
    out: list[list[Finding]] = [[] for _ in documents]
    keys: dict[int, str] = {}
    groups: dict[Settings, list[int]] = {}
    for i, s in enumerate(settings):
        if cache is not None:
            from custlint import cache as cache_module

            keys[i] = cache_module.key(documents[i], s)
            hit = cache.get(keys[i])
            if hit is not None:
                out[i] = hit
                if progress is not None:
                    progress(len(documents[i].text))
                continue
        groups.setdefault(s, []).append(i)
    for group_settings, indexes in groups.items():
        found = lint_documents(
            [documents[i] for i in indexes], group_settings, jobs=jobs, progress=progress
        )
        for i, f in zip(indexes, found, strict=True):
            out[i] = f
            if cache is not None:
                cache.put(keys[i], f)
    return out


def lint_text(text: str, config: Settings | None = None, path: str = "<text>") -> list[Finding]:
    settings = config or Settings()
    return lint_documents([read_text(path, text)], settings)[0]


def lint_paths(paths: Iterable[str | Path], config: Settings | None = None) -> list[Finding]:
    settings = config or Settings()
    documents = [read_document(p) for p in discover(str(p) for p in paths)]
    return [f for found in lint_documents(documents, settings) for f in found]
