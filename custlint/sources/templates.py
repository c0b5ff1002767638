"""Jinja and Django templates: the text outside tags, plus template comments.

Tags are blanked to spaces of the same length (line breaks kept), which leaves every
offset where it was; the result is read as HTML, so markup, scripts and code blocks are
skipped the same way. `{# ... #}` comments are prose written for whoever edits the
template and are linted too.
"""

from __future__ import annotations

import re

from custlint.sources import Document
from custlint.sources.html import blank_template_tags, collect_html
from custlint.sources.mapping import SegmentBuilder
from custlint.sources.prose import Mapped

TEMPLATE_SUFFIXES = frozenset({".jinja", ".jinja2", ".j2", ".djhtml", ".dtl", ".njk", ".twig"})
_ALL_TAGS = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
_COMMENT = re.compile(r"\{#-?(.*?)-?#\}", re.S)


def read_template(path: str, text: str, encoding: str = "utf-8", bom: bool = False) -> Document:
    """Prose of a template, mapped to exact offsets in `text`."""
    out = SegmentBuilder()
    collect_html(blank_template_tags(text, _ALL_TAGS), out)
    for m in _COMMENT.finditer(text):
        mapped = Mapped()
        mapped.copy(text, m.start(1), m.end(1))
        mapped.emit(out)
    return Document(path=path, text=text, segments=out.build(), encoding=encoding, bom=bom)
