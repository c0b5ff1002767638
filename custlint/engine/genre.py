"""Is a whole document technical? One sense per discourse, for software words and refusals.

A sentence of an API reference often carries no sign of its genre on its own: "The client
is closed when the block exits", "If no argument is given, the default is used", "This
feature is not supported on Windows". Read alone, those are a customer called a client, a
"no" and a refusal; read with the document around them they are software. Word senses
hold across a discourse (Gale, Church and Yarowsky, 1992), so the document decides: when
enough of its blocks show code or two programming words, its sentences are read as technical
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

# Words of programming that customer-facing text almost never uses; two different ones in a
# block mark it. Everyday words that programs also use ("none", "true", "object", "string",
# "error", "request", "file", "version", "library", "protocol", "token", "header", "url")
# are left out: a hotel's page, a library's FAQ or a clinic's may hold any two.
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
    api apis sdk endpoint endpoints socket sockets tls ssl ssh kernel hypervisor json xml
    yaml sql localhost webhook webhooks daemon oauth smtp imap cli
    """.split()
)
# Signs of code in running text: a call ('os.path.join(', 'close()'), '::', a `code span`
# or ``literal``, a snake_case name, a command-line option, a prompt, '=='/'!='. Signs that
# customer text has too are left out: '=' and '->' in notes, '<' '>' in quoted e-mail,
# {{placeholders}} in letters, CamelCase brand names ("JetBlue"), domains and order codes.
CODE_SIGNS = re.compile(
    r"\b[A-Za-z_]\w*\.[A-Za-z_]\w*\(|\b[A-Za-z_]\w*\(\)|\w::\w|`[^`\s][^`]*`|``"
    r"|\b[a-z][a-z0-9]*_[a-z][a-z0-9_]*\b|(?<![\w-])--[a-z][\w-]+|^\s*>>> |[=!]=",
    re.MULTILINE,
)
# Addresses are no code, whatever their underscores and dots: 'tom_smith@hotel.co.uk'.
_ADDRESSES = re.compile(r"\S+@\S+|(?:https?|ftp)://\S+|\bwww\.\S+")
_WORD = re.compile(r"[a-z][a-z0-9\-]*[a-z0-9]|[a-z]")

# A document is read as technical when at least this share of its blocks are, and it has
# enough blocks for the share to mean something. Measured: our labeled customer sentences,
# one per line, 0.01; event ticket terms, a software company's refund terms, a hotel's
# e-mail reply, ward notes, a library's FAQ and a clinic's page 0.00; the curl and ripgrep
# guides 0.31 and 0.49, CPython's documentation 0.31, third-party docstrings 0.38.
TECHNICAL_SHARE = 0.2
MIN_BLOCKS = 8


def technical_block(text: str) -> bool:
    """A block that shows code or two different programming words."""
    text = _ADDRESSES.sub(" ", text)
    if CODE_SIGNS.search(text):
        return True
    return len(set(_WORD.findall(text.lower())) & PROGRAMMING_WORDS) >= 2


def technical_document(texts: Sequence[str]) -> bool:
    """The texts of one document (the whole file as written, markup and code included)
    read as a technical document."""
    blocks = technical = 0
    for text in texts:
        for start, end in split_blocks(text):
            blocks += 1
            technical += technical_block(text[start:end])
    return blocks >= MIN_BLOCKS and technical >= TECHNICAL_SHARE * blocks


def read_as_technical(texts: Sequence[str], genre: str = "auto") -> bool:
    """The document's genre as the settings say (`Settings.genre`): measured, or given."""
    return genre == "technical" or (genre == "auto" and technical_document(texts))
