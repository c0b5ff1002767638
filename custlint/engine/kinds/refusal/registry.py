"""The registries of refusal shapes and rewrites, and the decorators that fill them.

A rule names its shapes in `checks` and its rewrite in `rewrite`; `RefusalKind` looks them
up here. The shape modules register as they are imported (see `kind`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from custlint.engine.context import SentenceContext

Shape = Callable[[SentenceContext], list[tuple[int, int, Any]]]
SHAPES: dict[str, Shape] = {}
Rewrite = Callable[[SentenceContext, int, int, Any], tuple[int, int, str] | None]
REWRITES: dict[str, Rewrite] = {}


def shape(name: str) -> Callable[[Shape], Shape]:
    def register(fn: Shape) -> Shape:
        SHAPES[name] = fn
        return fn

    return register


def rewrite(name: str) -> Callable[[Rewrite], Rewrite]:
    def register(fn: Rewrite) -> Rewrite:
        REWRITES[name] = fn
        return fn

    return register
