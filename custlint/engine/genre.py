"""Is a whole document technical? One sense per discourse, for software words and refusals.

A sentence of an API reference often carries no sign of its genre on its own: "The client
is closed when the block exits", "If no argument is given, the default is used", "This
feature is not supported on Windows". Read alone, those are a customer called a client, a
"no" and a refusal; read with the document around them they are software. Word senses
hold across a discourse (Gale, Church and Yarowsky, 1992), so the document decides: when
enough of its blocks show code or programming words, its sentences are read as technical
unless they name what a customer buys or pays for ("refunds are not available after 30
days" in a software company's terms still is a refusal).

The decision reads only the text, with regular expressions, so it costs a fraction of the
candidate pass and needs no parse; it is made once per document, before a large document
is split over processes, so every piece is read the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from custlint.engine.blocks import split_blocks
from custlint.engine.checks import STRICT_TECHNICAL, TECHNICAL_CODE

# Words of programming that customer-facing text almost never uses; two different ones in a
# block mark it. Everyday words that programs also use ("none", "true", "object", "string",
# "error", "request", "file", "version") are left out: a hotel's page may hold any two.
PROGRAMMING_WORDS = frozenset(
    """
    argument arguments parameter parameters param params kwargs function functions method
    methods module modules subclass subclasses subclassing instantiate instantiated attribute
    attributes variable variables integer integers boolean booleans dict dictionary
    dictionaries tuple tuples iterator iterators iterable iterables callable callables
    encoding encodings unicode ascii utf-8 thread threads threading buffer buffers buffered
    handler handlers callback callbacks filename filenames stdin stdout stderr compiler
    interpreter parser regex scheduler coroutine coroutines async asynchronous synchronous
    await deprecated namespace namespaces decorator decorators traceback debugger logger
    pointer pointers array arrays dtype constructor subprocess executable plugin plugins
    runtime serialize serialized deserialize python javascript typescript golang
    bytes byte repository repositories stack iteration recursion recursive compile compiled
    """.split()
)
# Shapes of code in running text: snake_case names, dotted module paths with three parts or
# more, reStructuredText literals and command-line options. CamelCase is left out: brand
# names have it ("JetBlue", "PayPal").
CODE_NAMES = re.compile(
    r"\b[a-z][a-z0-9]*_[a-z0-9_]*[a-z0-9]\b|\b[a-z]\w*\.[a-z_]\w*\.[a-z_]\w*|``|(?<![\w-])--[a-z][\w-]+"
)
_WORD = re.compile(r"[a-z][a-z0-9\-]*[a-z0-9]|[a-z]")

# A document is read as technical when at least this share of its blocks are, and it has
# enough blocks for the share to mean something: our labeled customer sentences, one per
# line, give 0.03-0.04, a software company's refund terms 0.12, API references and
# command-line guides 0.49-0.67.
TECHNICAL_SHARE = 0.3
MIN_BLOCKS = 8


def technical_block(text: str) -> bool:
    """A block that shows code, a strictly technical word, or two programming words."""
    if TECHNICAL_CODE.search(text) or CODE_NAMES.search(text):
        return True
    words = set(_WORD.findall(text.lower()))
    return not words.isdisjoint(STRICT_TECHNICAL) or len(words & PROGRAMMING_WORDS) >= 2


def technical_document(texts: Sequence[str]) -> bool:
    """The texts of one document (its prose segments) read as a technical document."""
    blocks = technical = 0
    for text in texts:
        for start, end in split_blocks(text):
            blocks += 1
            technical += technical_block(text[start:end])
    return blocks >= MIN_BLOCKS and technical >= TECHNICAL_SHARE * blocks


def read_as_technical(texts: Sequence[str], genre: str = "auto") -> bool:
    """The document's genre as the settings say (`Settings.genre`): measured, or given."""
    return genre == "technical" or (genre == "auto" and technical_document(texts))
