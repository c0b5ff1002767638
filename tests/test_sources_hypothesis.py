"""Random input never crashes a reader and never breaks the offset map.

The invariant (see `sources_helpers.assert_exact_map`): every segment character maps to
an offset inside the original; a non-whitespace character is a copy of the character at
that offset, except a decoded entity, which maps to the `&` that starts it. Whitespace may
be synthetic: block breaks ("\\n\\n") and the single space left where inline code, a tag
or an interpolation was removed.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sources_helpers import assert_exact_map

from custlint.sources.catalogs import read_json, read_po, read_yaml
from custlint.sources.code import lexer_for, read_code
from custlint.sources.html import read_html
from custlint.sources.markdown import read_markdown
from custlint.sources.rst import read_rst
from custlint.sources.templates import read_template

MD_PIECES = [
    "# ",
    "## ",
    "\n",
    "\n\n",
    "> ",
    "- ",
    "1. ",
    "*",
    "**",
    "_",
    "`",
    "```",
    "~~~",
    "    ",
    "[",
    "]",
    "(",
    ")",
    "![",
    "<",
    ">",
    "&amp;",
    "&rsquo;",
    "&#8217;",
    "\\",
    "\\*",
    "|",
    "---",
    "+++",
    "<!-- ",
    " -->",
    "<b>",
    "</b>",
    "http://x.y",
    "word",
    "passengers",
    " ",
    "\t",
    "\r\n",
    "\r",
    ":",
    '"',
    "'",
    "{{ x }}",
    "{% if %}",
    "{# c #}",
    "<p>",
    "</p>",
    "<script>",
    "</script>",
    "<pre>",
    "</pre>",
    "<img alt='a &amp; b'>",
    "&",
    ";",
    "..",
    ".. ",
    "::",
    "``",
    "==",
    "+--+",
    ":code:`",
    ".. note:: ",
    "msgstr ",
    "msgid ",
    "#",
    "//",
    "/*",
    "*/",
    "key: ",
    "- ",
]
fragments = st.lists(st.sampled_from(MD_PIECES) | st.text(max_size=8), max_size=60).map("".join)
READERS = [read_markdown, read_html, read_rst, read_template, read_po, read_yaml, read_json]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fragments)
def test_markup_like_text(text: str) -> None:
    for reader in READERS:
        assert_exact_map(reader("x", text))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_text(text: str) -> None:
    for reader in READERS:
        assert_exact_map(reader("x", text))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fragments, st.sampled_from(["a.py", "a.js", "a.ts", "a.go", "a.rb", "a.php", "a.java"]))
def test_code(text: str, name: str) -> None:
    lexer = lexer_for(name)
    assert lexer is not None
    assert_exact_map(read_code(name, text, lexer))
