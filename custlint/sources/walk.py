"""Walking a folder the way git sees it: `.gitignore` files honoured, plus exclude globs.

Patterns in a `.gitignore` are relative to the folder holding it and a deeper file wins
over a shallower one (so `!keep.log` can re-include); an ignored folder is not entered, as
in git. `.gitignore` files above the walked folder count up to the repository root.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from pathspec import GitIgnoreSpec

Specs = tuple[tuple[Path, GitIgnoreSpec], ...]


def walk(root: Path, exclude: Sequence[str], skip_dirs: frozenset[str]) -> Iterator[Path]:
    """Files under `root` in sorted order, minus ignored and excluded ones."""
    excluded = GitIgnoreSpec.from_lines(exclude) if exclude else None
    base = (
        root.resolve()
    )  # ignore files are matched on absolute paths, walked ones spelled as given
    specs: dict[str, Specs] = {}
    top = _specs_above(base)
    for current, dirs, files in os.walk(root):
        here = Path(current)
        rel_here = here.relative_to(root)
        absolute = base / rel_here
        parent = specs.get(str(here.parent), top) if here != root else top
        own = _load(here)
        inherited = (*parent, (absolute, own)) if own is not None else parent
        specs[current] = inherited
        kept = []
        for d in sorted(dirs):
            if d in skip_dirs or d.startswith("."):
                continue
            if _ignored(absolute / d, inherited, True) or _excluded(rel_here / d, excluded, True):
                continue
            kept.append(d)
        dirs[:] = kept
        for name in sorted(files):
            if _ignored(absolute / name, inherited, False) or _excluded(
                rel_here / name, excluded, False
            ):
                continue
            yield here / name


def _load(folder: Path) -> GitIgnoreSpec | None:
    try:
        lines = (folder / ".gitignore").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    return GitIgnoreSpec.from_lines(lines)


def _specs_above(start: Path) -> Specs:
    """`.gitignore` files of the folders above `start`, up to the repository's top."""
    chain = []
    for folder in start.parents:
        chain.append(folder)
        if (folder / ".git").exists():
            break
    else:
        return ()
    out = []
    for folder in reversed(chain):
        spec = _load(folder)
        if spec is not None:
            out.append((folder, spec))
    return tuple(out)


def _ignored(path: Path, specs: Specs, is_dir: bool) -> bool:
    result = False
    for base, spec in specs:
        try:
            rel = path.relative_to(base).as_posix()
        except ValueError:
            continue
        check = spec.check_file(rel + "/" if is_dir else rel)
        if check.include is not None:
            result = check.include
    return result


def _excluded(rel: Path, spec: GitIgnoreSpec | None, is_dir: bool) -> bool:
    if spec is None:
        return False
    text = rel.as_posix()
    return spec.match_file(text + "/" if is_dir else text)
