"""A result cache like ruff's: findings per file, keyed on everything that decides them.

The key covers the file's path and text, the effective settings, the rule packs (built-in
and extra files), the judge model, custlint's version and its code, so a cached answer is
always the answer custlint would give now. A run where every file is cached never imports spaCy.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
from dataclasses import asdict
from functools import cache
from pathlib import Path

from custlint import __version__
from custlint.atomic import write_text_atomically
from custlint.config import Settings
from custlint.finding import Finding
from custlint.rulepack import builtin_rules_dir
from custlint.sources import Document

CACHE_DIR_NAME = ".custlint_cache"


def cache_root() -> Path:
    """`$XDG_CACHE_HOME/custlint` when that is set, else `.custlint_cache` here."""
    xdg = os.environ.get("XDG_CACHE_HOME")
    return Path(xdg) / "custlint" if xdg else Path(CACHE_DIR_NAME)


@cache
def _packs_digest(extra: tuple[Path, ...]) -> str:
    digest = hashlib.sha256(__version__.encode())
    folder = builtin_rules_dir()
    package = Path(__file__).resolve().parent
    judge = package / "judge" / "model"
    # The code too, not only the version: an editable install changes under the same version.
    files = [*sorted(package.rglob("*.py")), *sorted(folder.glob("*.toml")), *extra]
    if (judge / "custlint-judge.json").is_file():
        files.append(judge / "custlint-judge.json")  # it records the weights' sha256
    for path in files:
        with contextlib.suppress(OSError):
            digest.update(str(path.name).encode())
            digest.update(Path(path).read_bytes())
    return digest.hexdigest()


def key(document: Document, settings: Settings) -> str:
    digest = hashlib.sha256()
    digest.update(_packs_digest(tuple(settings.rule_files)).encode())
    digest.update(repr(sorted(asdict(settings).items(), key=lambda kv: kv[0])).encode())
    digest.update(document.path.encode("utf-8", "surrogateescape"))
    digest.update(b"\0")
    digest.update(document.text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


class ResultCache:
    def __init__(self, root: Path | None = None) -> None:
        self.root = (root or cache_root()) / __version__

    def _path(self, k: str) -> Path:
        return self.root / k[:2] / f"{k}.json"

    def get(self, k: str) -> list[Finding] | None:
        try:
            data = json.loads(self._path(k).read_text(encoding="utf-8"))
            return [Finding(**{**row, "replacements": tuple(row["replacements"])}) for row in data]
        except (OSError, ValueError, TypeError, KeyError):
            return None

    def put(self, k: str, findings: list[Finding]) -> None:
        rows = []
        for f in findings:
            row = asdict(f)
            row["replacements"] = list(f.replacements)
            rows.append(row)
        path = self._path(k)
        try:
            if not self.root.parent.exists():
                self.root.parent.mkdir(parents=True, exist_ok=True)
                (self.root.parent / "CACHEDIR.TAG").write_text(
                    "Signature: 8a477f597d28d172789f06886806bc55\n"
                    "# This file marks custlint's result cache; see https://bford.info/cachedir/\n",
                    encoding="utf-8",
                )
                (self.root.parent / ".gitignore").write_text("*\n", encoding="utf-8")
            path.parent.mkdir(parents=True, exist_ok=True)
            write_text_atomically(str(path), json.dumps(rows, ensure_ascii=False))
        except (OSError, ValueError):
            return  # a cache that cannot be written is only slower, never wrong


def clean(root: Path | None = None) -> bool:
    """Remove the cache folder; True when there was one."""
    folder = root or cache_root()
    if not folder.exists():
        return False
    shutil.rmtree(folder)
    return True
