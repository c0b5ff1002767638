"""`custlint annotate`: a comment on each flagged span, tracked safe rewrites, input untouched."""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx_builders import (
    assert_libreoffice_converts,
    needs_soffice,
    notice,
    paragraphs_docx,
    with_footnote,
)
from lxml import etree

from custlint.annotate import annotate_docx
from custlint.api import lint_documents
from custlint.cli import main
from custlint.config import Settings
from custlint.fixer import apply_fixes
from custlint.sources.docx import word_paragraphs
from custlint.sources.files import read_document

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LINE_BREAKS = str.maketrans({"\n": " ", "\r": " ", "\x0b": " ", "\x0c": " "})


def build(path: Path) -> Path:
    """A letter with everything the annotator must survive."""
    return notice(
        path,
        header="Information for passengers",
        footer="All passengers must carry ID.",
        tail=" must board now. The man in seat 17F asked twice.",
        last="Please be patient with the HTTP client.",
        rich=True,
    )


FOOTNOTE = (
    '<w:p><w:r><w:t xml:space="preserve">Ask the </w:t></w:r>'
    "<w:r><w:rPr><w:b/></w:rPr><w:t>passengers</w:t></w:r>"
    '<w:r><w:t xml:space="preserve"> first.</w:t></w:r></w:p>'
)


# --- reading an annotated copy back ---------------------------------------------------


def paragraphs(path: Path) -> list:
    return word_paragraphs(docx.Document(str(path)))


def _unwrap(el) -> None:
    parent = el.getparent()
    index = parent.index(el)
    for offset, child in enumerate(list(el)):
        parent.insert(index + offset, child)
    parent.remove(el)


def view(p, accept: bool):
    """A copy of paragraph `p` with every tracked change accepted (or rejected)."""
    p = copy.deepcopy(p)
    keep, drop = ("ins", "del") if accept else ("del", "ins")
    for el in list(p.iter(f"{W}{drop}")):
        el.getparent().remove(el)
    for el in list(p.iter(f"{W}{keep}")):
        _unwrap(el)
    for el in p.iter(f"{W}delText"):
        el.tag = f"{W}t"
    return p


def runs_of(p, notes: bool) -> list:
    if notes:
        return [r for r in p.iter(f"{W}r")]
    return [c for c in p.iterchildren(f"{W}r", f"{W}hyperlink") for c in _flat_runs(c)]


def _flat_runs(el):
    return [el] if el.tag == f"{W}r" else list(el.iterchildren(f"{W}r"))


def text_of(p, notes: bool = False) -> str:
    out = []
    for r in runs_of(p, notes):
        for c in r:
            if c.tag == f"{W}t":
                out.append(c.text or "")
            elif c.tag == f"{W}tab":
                out.append("\t")
    return "".join(out).translate(LINE_BREAKS)


def styled_chars(p, notes: bool = False) -> list[tuple[str, tuple]]:
    """Every character with the formatting (w:rPr, as data) of the run that holds it."""
    out = []
    for r in runs_of(p, notes):
        rpr = r.find(f"{W}rPr")
        style = (
            tuple((el.tag, tuple(sorted(el.attrib.items()))) for el in rpr.iter())
            if rpr is not None
            else ()
        )
        for t in r.iterchildren(f"{W}t"):
            out += [(ch, style) for ch in t.text or ""]
    return out


def anchored(root, comment_id: str) -> str:
    """The original text (deletions in, insertions out) between a comment's range marks."""
    inside = False
    out = []
    for el in root.iter():
        if el.tag == f"{W}commentRangeStart" and el.get(f"{W}id") == comment_id:
            inside = True
        elif el.tag == f"{W}commentRangeEnd" and el.get(f"{W}id") == comment_id:
            return "".join(out)
        elif (
            inside
            and el.tag in (f"{W}t", f"{W}delText")
            and not any(a.tag == f"{W}ins" for a in el.iterancestors())
        ):
            out.append(el.text or "")
    raise AssertionError(f"comment {comment_id} has no range end")


def roots(path: Path) -> dict[str, object]:
    with zipfile.ZipFile(path) as z:
        return {
            name: etree.fromstring(z.read(name))
            for name in z.namelist()
            if name.startswith("word/") and name.endswith(".xml")
        }


# --- the tests --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def letter(tmp_path_factory) -> tuple[Path, object, list]:
    folder = tmp_path_factory.mktemp("annotate")
    path = with_footnote(build(folder / "plain.docx"), folder / "letter.docx", FOOTNOTE)
    document = read_document(str(path))
    findings = lint_documents([document], Settings())[0]
    return path, document, findings


def annotated(letter, tmp_path: Path, track: bool) -> Path:
    path, document, findings = letter
    result = annotate_docx(path.read_bytes(), document, findings, track_changes=track)
    assert result.skipped == []
    out = tmp_path / "out.docx"
    out.write_bytes(result.data)
    return out


def test_the_letter_has_findings_everywhere(letter) -> None:
    _, _, findings = letter
    where = {f.location.split(",")[0] for f in findings if f.match.lower() == "passengers"}
    assert {"header", "paragraph 2", "paragraph 3", "table 1", "footer", "footnote 1"} <= where
    assert {f.fix for f in findings} >= {"safe", "unsafe"}


@pytest.mark.parametrize("track", [False, True], ids=["comments", "track-changes"])
def test_one_comment_per_finding_anchored_on_the_match(letter, tmp_path, track) -> None:
    _, _, findings = letter
    out = annotated(letter, tmp_path, track)
    word = docx.Document(str(out))
    comments = list(word.comments)
    assert len(comments) == len(findings)
    assert {c.author for c in comments} == {"custlint"}
    parts = roots(out)
    body_and_notes = [parts["word/document.xml"], parts["word/footnotes.xml"]]
    by_text = {c.comment_id: c.text for c in comments}
    for f in findings:
        story = f.location.split(",")[0]
        matching = [cid for cid, text in by_text.items() if f.message in text]
        assert matching, f
        if story in ("header", "footer"):
            # Word has no comments in headers and footers: a point comment in the body
            # names the place and quotes the words.
            assert any(f"In the {f.location}: '{f.match}'" in by_text[c] for c in matching)
            continue
        texts = set()
        for cid in matching:
            for root in body_and_notes:
                with contextlib.suppress(AssertionError):
                    texts.add(anchored(root, str(cid)))
        assert f.match in texts, (f, texts)
    for name, root in parts.items():
        if "header" in name or "footer" in name:
            assert root.find(f".//{W}commentRangeStart") is None, name


@pytest.mark.parametrize("track", [False, True], ids=["comments", "track-changes"])
def test_text_and_formatting_unchanged_in_the_original_view(letter, tmp_path, track) -> None:
    path, _, _ = letter
    out = annotated(letter, tmp_path, track)
    before = paragraphs(path)
    after = paragraphs(out)
    assert [p.location for p in before] == [p.location for p in after]
    for old, new in zip(before, after, strict=True):
        notes = old.story == "footnote"
        original = view(new.element, accept=False)
        assert text_of(original, notes) == text_of(old.element, notes)
        assert styled_chars(original, notes) == styled_chars(old.element, notes), old.location


def test_accepting_all_changes_gives_the_safe_fixes(letter, tmp_path) -> None:
    _, document, findings = letter
    out = annotated(letter, tmp_path, True)
    expected = apply_fixes(document.text, findings).split("\n")
    after = paragraphs(out)
    assert len(after) == len(expected)
    got = [text_of(view(p.element, accept=True), p.story == "footnote") for p in after]
    assert got == expected
    assert got != document.text.split("\n")  # something was rewritten
    # the unchanged characters keep their formatting; the rewrite takes the first run's
    p = next(p for p in after if p.location == "paragraph 2")
    chars = styled_chars(view(p.element, accept=True))
    text = "".join(c for c, _ in chars)
    assert text.startswith("All customers must board now. The customer in seat 17F")
    bold = dict(chars[text.index("customers")][1])
    assert f"{W}b" in bold and (f"{W}ascii", "Arial") in bold[f"{W}rFonts"]


def test_tracked_changes_have_author_date_and_unique_ids(letter, tmp_path) -> None:
    out = annotated(letter, tmp_path, True)
    ids = []
    changes = 0
    for root in roots(out).values():
        for el in root.iter(f"{W}ins", f"{W}del"):
            changes += 1
            assert el.get(f"{W}author") == "custlint"
            stamp = el.get(f"{W}date")
            assert dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).tzinfo is not None
            ids.append(el.get(f"{W}id"))
        for el in root.iter(f"{W}delText"):
            assert any(a.tag == f"{W}del" for a in el.iterancestors())
    _, _, findings = letter
    safe = sum(f.fix == "safe" for f in findings)
    assert changes >= 2 * safe
    assert len(ids) == len(set(ids))
    # the header and footer get their rewrites as tracked changes too
    parts = roots(out)
    assert parts["word/header1.xml"].find(f".//{W}ins") is not None
    assert parts["word/footer1.xml"].find(f".//{W}del") is not None


def test_cli_writes_a_copy_and_never_touches_the_input(letter, tmp_path) -> None:
    path, _, findings = letter
    source = tmp_path / "in.docx"
    source.write_bytes(path.read_bytes())
    before = source.read_bytes()
    out = tmp_path / "in.annotated.docx"
    runner = CliRunner()
    result = runner.invoke(main, ["annotate", str(source), "-o", str(out), "--track-changes"])
    assert result.exit_code == 0, result.output
    assert source.read_bytes() == before
    assert len(list(docx.Document(str(out)).comments)) == len(findings)
    assert list(tmp_path.glob(".*.tmp")) == []

    again = runner.invoke(main, ["annotate", str(source), "-o", str(out)])
    assert again.exit_code == 2
    assert again.output.strip().splitlines() == [
        f"custlint: error: {out}: already exists (use --force to replace it)"
    ]
    forced = runner.invoke(main, ["annotate", str(source), "-o", str(out), "--force"])
    assert forced.exit_code == 0, forced.output

    same = runner.invoke(main, ["annotate", str(source), "-o", str(source), "--force"])
    assert same.exit_code == 2
    assert "is the input file" in same.output
    assert source.read_bytes() == before


def test_cli_refuses_what_is_not_a_docx(tmp_path) -> None:
    src = tmp_path / "notes.md"
    src.write_text("The passengers wait.\n")
    result = CliRunner().invoke(main, ["annotate", str(src), "-o", str(tmp_path / "o.docx")])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1


def test_a_document_without_findings_is_copied_without_comments(tmp_path) -> None:
    src = tmp_path / "clean.docx"
    src.write_bytes(paragraphs_docx("Every customer is welcome at the desk."))
    document = read_document(str(src))
    result = annotate_docx(src.read_bytes(), document, [], track_changes=True)
    copy_ = docx.Document(io.BytesIO(result.data))
    assert len(list(copy_.comments)) == 0
    assert copy_.paragraphs[0].text == "Every customer is welcome at the desk."


@needs_soffice
def test_libreoffice_opens_the_annotated_copy(letter, tmp_path) -> None:
    out = annotated(letter, tmp_path, True)
    assert_libreoffice_converts(out, tmp_path)


def test_cli_reads_the_configuration_file_like_check(letter, tmp_path) -> None:
    path, _, findings = letter
    source = tmp_path / "in.docx"
    source.write_bytes(path.read_bytes())
    (tmp_path / "custlint.toml").write_text('ignore = ["descriptor"]\n')
    out = tmp_path / "out.docx"
    result = CliRunner().invoke(main, ["annotate", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    kept = [f for f in findings if not f.rule.startswith("CL1")]
    assert 0 < len(kept) < len(findings)
    assert len(list(docx.Document(str(out)).comments)) == len(kept)

    isolated = CliRunner().invoke(
        main, ["annotate", str(source), "-o", str(out), "--force", "--isolated"]
    )
    assert isolated.exit_code == 0, isolated.output
    assert len(list(docx.Document(str(out)).comments)) == len(findings)
