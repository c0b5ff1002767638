"""Spreading the work over processes: many files, or one huge file split at paragraphs.

Texts are cut only at blank lines, which the sentence splitter treats as hard
boundaries anyway, so the findings are exactly those of a single process, and they are
reassembled in the original order.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Sequence
from typing import Any

from custlint.engine.linter import Linter, RawFinding
from custlint.rulepack import Rule

CHUNK_CHARS = 40_000
# Below this much text, starting worker processes costs more than it saves.
MIN_PARALLEL_CHARS = 60_000

_WORKER: Linter | None = None

Piece = tuple[int, int, str, bool]  # text index, offset in it, the piece, technical document
Found = tuple[str, int, int, tuple[str, ...], str | None, str]


def split_text(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Pieces of at most about `size` characters, cut after blank lines."""
    if len(text) <= size:
        return [(0, text)]
    pieces = []
    start = 0
    cuts = [m.end() for m in re.finditer(r"\n[ \t]*\n", text)]
    last = 0
    for cut in cuts:
        if cut - start >= size:
            end = cut if cut - start <= size * 2 or last <= start else last
            pieces.append((start, text[start:end]))
            start = end
        last = cut
    pieces.append((start, text[start:]))
    return [p for p in pieces if p[1]]


def _init(rules: list[Rule], model: str | None) -> None:
    global _WORKER
    _WORKER = Linter(rules, model)


def _work(batch: list[Piece]) -> list[list[Found]]:
    assert _WORKER is not None
    results = _WORKER.lint_texts(
        [text for _, _, text, _ in batch], [technical for *_, technical in batch]
    )
    return [
        [(f.rule.id, f.start, f.end, f.replacements, f.fix, f.suggestion) for f in found]
        for found in results
    ]


def lint_texts_parallel(
    linter: Linter,
    texts: Sequence[str],
    jobs: int,
    progress: Callable[[int], Any] | None = None,
    technical: Sequence[bool] | None = None,
) -> list[list[RawFinding]]:
    """`linter.lint_texts(texts, technical)`, on `jobs` processes when the text is large
    enough. Each piece of a split text keeps its document's genre."""
    total = sum(len(t) for t in texts)
    if technical is None:
        technical = [False] * len(texts)
    if jobs <= 1 or total < MIN_PARALLEL_CHARS:
        results = linter.lint_texts(texts, technical)
        if progress is not None:
            progress(total)
        return results
    pieces: list[Piece] = [
        (ti, offset, piece, technical[ti])
        for ti, text in enumerate(texts)
        for offset, piece in split_text(text)
    ]
    batches: list[list[Piece]] = []
    current: list[Piece] = []
    size = 0
    for piece in pieces:
        current.append(piece)
        size += len(piece[2])
        if size >= CHUNK_CHARS:
            batches.append(current)
            current, size = [], 0
    if current:
        batches.append(current)
    # Imported here: a small run (a pre-commit hook's few files) never needs them.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    by_id = {r.id: r for r in linter.rules}
    out: list[list[RawFinding]] = [[] for _ in texts]
    global _WORKER
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    if method == "fork":
        # Load the pipeline once, here, and let the forked workers share it copy-on-write
        # instead of each loading spaCy and the model again (seconds per worker).
        linter._pipeline()
        _WORKER = linter
        initializer, initargs = None, ()
    else:
        initializer, initargs = _init, (linter.rules, linter.model)
    # The forked workers inherit every object of this process. Frozen, they are left out
    # of the workers' collections, which would walk them all and, by marking each one,
    # copy every page the workers share with this process. Thawed afterwards unless
    # something (the command line: `model.freeze_after_load`) had frozen objects before.
    thaw = gc.get_freeze_count() == 0
    gc.freeze()
    try:
        with ProcessPoolExecutor(
            max_workers=min(jobs, len(batches)),
            mp_context=multiprocessing.get_context(method),
            initializer=initializer,
            initargs=initargs,
        ) as pool:
            for batch, found in zip(batches, pool.map(_work, batches), strict=True):
                for (ti, offset, _piece, _technical), hits in zip(batch, found, strict=True):
                    out[ti].extend(
                        RawFinding(by_id[rid], offset + s, offset + e, rep, fix, sug)
                        for rid, s, e, rep, fix, sug in hits
                    )
                if progress is not None:
                    progress(sum(len(p[2]) for p in batch))
    finally:
        if thaw:
            gc.unfreeze()
    for found in out:
        found.sort(key=lambda f: (f.start, f.end, f.rule.id))
    return out
