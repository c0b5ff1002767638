"""The benchmark corpora: real English prose built from text that installed packages ship.

* ``prose``: CPython's reference documentation topics (`pydoc_data.topics`, about 65,000
  words) followed by the docstrings of the standard library's own modules, classes and
  functions (about 220,000 words; tests, idlelib, tkinter and lib2to3 left out; each
  paragraph once). Real prose written by people, technical in tone, with the ordinary
  share of "no", "not", "cannot" and numbers.
* ``customer``: the same paragraphs interleaved with every sentence of our own labeled
  customer-service data (`data/labeled/*.jsonl`). Those rows were written to hold role
  words, locators, refusals and their look-alikes, so about 40% of their words reach the
  parser: the worst case for a two-stage engine, not typical text.

`build(words, corpus)` takes paragraphs in order until it has `words` words, without
repeating any up to about 285,000 words (`prose`) or 340,000 (`customer`). custlint keeps
the 2,048 most recent parses (`Linter.parse`), so repeated copies of a corpus would
flatter it; only the scaling run's 1M words repeat, and there the `customer` corpus has far
more distinct candidate sentences than the memo keeps.
"""

from __future__ import annotations

import json
from itertools import cycle
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ("prose", "customer")


def _topics() -> list[str]:
    from pydoc_data.topics import topics

    return [p for k in sorted(topics) for p in topics[k].split("\n\n") if p.strip()]


def _docstrings() -> list[str]:
    import ast
    import sysconfig

    root = Path(sysconfig.get_paths()["stdlib"])
    skip = {"site-packages", "test", "tests", "idlelib", "tkinter", "lib2to3"}
    kinds = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
    out: list[str] = []
    for path in sorted(root.rglob("*.py")):
        if skip.intersection(path.relative_to(root).parts):
            continue
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError, ValueError):
            continue
        for node in ast.walk(tree):
            doc = ast.get_docstring(node) if isinstance(node, kinds) else None
            if doc:
                out.extend(p.strip() for p in doc.split("\n\n") if p.strip())
    return out


def _labeled() -> list[str]:
    return [
        json.loads(line)["text"]
        for path in sorted((ROOT / "data" / "labeled").glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def paragraphs(corpus: str = "prose") -> list[str]:
    docs = list(dict.fromkeys(_topics() + _docstrings()))
    if corpus == "prose":
        return docs
    if corpus != "customer":
        raise ValueError(f"unknown corpus {corpus!r} (known: {', '.join(CORPORA)})")
    labeled = _labeled()
    mixed = []
    ratio = max(1, len(docs) // max(1, len(labeled)))
    it = iter(labeled)
    for i, p in enumerate(docs):
        mixed.append(p)
        if i % ratio == 0:
            mixed.append(next(it, ""))
    mixed.extend(it)
    return [p for p in mixed if p]


def build(words: int | None = None, corpus: str = "prose") -> str:
    paras = paragraphs(corpus)
    if words is None:
        return "\n\n".join(paras)
    out, count = [], 0
    for p in cycle(paras):
        out.append(p)
        count += len(p.split())
        if count >= words:
            return "\n\n".join(out)
    raise AssertionError("unreachable")
