from __future__ import annotations

from pathlib import Path

import pytest
from sources_helpers import assert_exact_map, assert_word_maps, position_of, prose

import custlint
from custlint.sources.files import read_document
from custlint.sources.prose import is_prose

PY = '''\
#!/usr/bin/env python
# Tell the crew about delays, wrapped
# over two comment lines.
import os  # noqa: F401


def board(name):
    """Ask every traveller to board.

    The queue forms at the gate.
    """
    sql = "SELECT * FROM sqlword WHERE id = %s"
    key = "snake_case_key"
    url = "https://example.com/urlword"
    fmt = "%s: %d"
    msg = f"Hello {name}, all passengers must board now."
    other = 'It\\'s time for the crew to go.'
    return msg, sql, key, url, fmt, other
'''

JS = """\
/**
 * Shows the welcome banner
 * for first-time visitors.
 */
const label = "Welcome aboard, dear passengers";
const id = "camelCaseWord";
const t = `Hi ${user.name} and welcome back`;  // greet the returning guest
"""

PO = """\
# Translator note about msgidword.
msgid ""
msgstr ""
"Project-Id-Version: headerword 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

#: app.py:10
msgid "All sourceword must board."
msgstr "All passengers must board "
"right now."

msgid "Seats"
msgstr "Seats"
"""

YAML = """\
# Catalog comment
en:
  title_key: Dear passengers, welcome aboard
  quoted: "Please \\"board\\" now, everyone."
  single: 'It''s time to go, friends.'
  nested_key:
    deep: Please wait at the gate.  # trailing commentword
  block: |
    The first line of the block
    and the second line.
  url: https://example.com/urlword
  ident: snake_case_value
"""

JSON = (
    '{"title_key": "Dear passengers, welcome",'
    ' "n": {"id": "snake_value", "m": "Wait \\"here\\", all."}}'
)


def read(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(str(path))


def test_python(tmp_path: Path) -> None:
    doc = read(tmp_path, "board.py", PY)
    text = prose(doc)
    for phrase in (
        "Tell the crew about delays, wrapped\nover two comment lines.",
        "Ask every traveller to board.",
        "The queue forms at the gate.",
        "all passengers must board now.",
        "It's time for the crew to go.",
    ):
        assert phrase in text, phrase
    for word in (
        "usr/bin",
        "noqa",
        "sqlword",
        "snake_case_key",
        "urlword",
        "%s: %d",
        "name",
        "#",
        '"""',
        "import",
    ):
        assert word not in text, word
    assert_exact_map(doc)
    for word in ("passengers", "crew", "traveller", "s time"):
        assert_word_maps(doc, word)
    seg = next(s for s in doc.segments if "It's" in s.text)
    i = seg.text.index("It's")  # the escaped quote is a copy of the quote, not the backslash
    start, end = seg.span_to_original(i, i + 4)
    assert doc.text[start:end] == "It\\'s"


def test_javascript(tmp_path: Path) -> None:
    doc = read(tmp_path, "banner.js", JS)
    text = prose(doc)
    assert "Shows the welcome banner\nfor first-time visitors." in text
    assert "Welcome aboard, dear passengers" in text
    assert "and welcome back" in text and "greet the returning guest" in text
    for word in ("camelCaseWord", "/**", "*/", "user.name", "${", "const"):
        assert word not in text, word
    assert_exact_map(doc)
    assert_word_maps(doc, "passengers")
    assert_word_maps(doc, "visitors")


def test_po_only_msgstr(tmp_path: Path) -> None:
    doc = read(tmp_path, "fr.po", PO)
    text = prose(doc)
    assert "All passengers must board right now." in text
    assert "Seats" in text
    for word in ("msgidword", "headerword", "sourceword", "msgstr", '"'):
        assert word not in text, word
    assert_exact_map(doc)
    assert_word_maps(doc, "passengers")
    assert_word_maps(doc, "right now")


def test_yaml_values_not_keys(tmp_path: Path) -> None:
    doc = read(tmp_path, "en.yml", YAML)
    text = prose(doc)
    for phrase in (
        "Dear passengers, welcome aboard",
        'Please "board" now, everyone.',
        "It's time to go, friends.",
        "Please wait at the gate.",
        "The first line of the block\nand the second line.",
    ):
        assert phrase in text, phrase
    for word in ("title_key", "nested_key", "commentword", "urlword", "snake_case_value", "en:"):
        assert word not in text, word
    assert_exact_map(doc)
    assert_word_maps(doc, "passengers")
    assert_word_maps(doc, "second line")


def test_json_values_not_keys(tmp_path: Path) -> None:
    doc = read(tmp_path, "en.json", JSON)
    text = prose(doc)
    assert "Dear passengers, welcome" in text and 'Wait "here", all.' in text
    assert "title_key" not in text and "snake_value" not in text
    assert_exact_map(doc)
    assert_word_maps(doc, "passengers")


def test_jinja_template(tmp_path: Path) -> None:
    src = (
        "{# Shown to every guest after login #}\n"
        "<h1>Hello {{ user.name }}</h1>\n"
        "{% if seats %}<p>Your seats are ready, dear passengers.</p>{% endif %}\n"
        "<script>var scriptword = 1;</script>\n"
    )
    doc = read(tmp_path, "welcome.html.j2", src)
    text = prose(doc)
    assert "Shown to every guest after login" in text
    assert "Your seats are ready, dear passengers." in text
    for word in ("user.name", "seats %", "endif", "scriptword", "{{", "{%"):
        assert word not in text, word
    assert_exact_map(doc)
    assert_word_maps(doc, "passengers")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("All passengers must board.", True),
        ("snake_case_value", False),
        ("camelCaseValue", False),
        ("camelCaseValue snake_value x", False),
        ("https://example.com/a b", False),
        ("%s: %d", False),
        ("{}", False),
        ("SELECT * FROM seats WHERE id = %s", False),
        ("src/custlint/sources", False),
        ("Hello {name}, welcome back", True),
    ],
)
def test_is_prose(text: str, expected: bool) -> None:
    assert is_prose(text) is expected


def test_findings_in_python_strings_only(tmp_path: Path) -> None:
    src = PY.replace("sqlword", "passengers")
    path = tmp_path / "board.py"
    path.write_text(src, encoding="utf-8")
    findings = [f for f in custlint.lint_paths([path]) if f.match == "passengers"]
    line, col = position_of(src, "passengers", occurrence=1)  # the f-string, not the SQL
    assert [(f.line, f.column, f.end_column) for f in findings] == [(line, col, col + 10)]
