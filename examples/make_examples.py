"""Build the sample Word letter in this folder: `python examples/make_examples.py`.

The letter is an input for `custlint report` and `custlint annotate` (see the README):
a hotel's letter to a guest with the usual mix of role words ("guests", "patrons"), room
numbers standing for people, refusal-first wording and, to be fair, some "customer"s. It
has what real letters have: a letterhead header, a footer, bold and italic runs (one word
split across two runs), a hyperlink and a table with a nested table.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent


def add_hyperlink(paragraph, text: str, url: str) -> None:
    """A blue underlined hyperlink run (python-docx has no API for adding one)."""
    rel = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "0563C1")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    props.extend([style, color, underline])
    run.append(props)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def hotel_letter(path: Path) -> None:
    d = docx.Document()
    d.core_properties.author = "Harbourview Hotel"
    d.core_properties.title = "Your stay at the Harbourview"
    d.core_properties.created = dt.datetime(2025, 3, 14, 9, 0)
    d.core_properties.modified = dt.datetime(2025, 3, 14, 9, 0)
    d.core_properties.last_modified_by = "Front Office"
    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    section = d.sections[0]
    head = section.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    brand = head.add_run("HARBOURVIEW HOTEL")
    brand.bold = True
    brand.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    head.add_run("  ·  12 Quay Street, Portsmouth  ·  Guest Relations")
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run("Front desk open 24 hours for all our patrons · +44 23 9200 0000").italic = True

    d.add_paragraph("14 March 2025")
    d.add_paragraph("Ms Amina Okafor\n41 Elm Grove\nBristol BS6 7XY")
    d.add_heading("Your stay from 2 to 5 April", 1)
    d.add_paragraph("Dear Ms Okafor,")
    p = d.add_paragraph("Thank you for booking with us. All ")
    first = p.add_run("gu")
    first.bold = True
    second = p.add_run("ests")
    second.italic = True
    second.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    p.add_run(
        " arriving before noon can leave their luggage with the concierge. "
        "Check-in is not allowed before 3 p.m."
    )
    p = d.add_paragraph("Last month, room 214 complained that the breakfast ended too early, ")
    p.add_run("so from April breakfast runs until 11 a.m. every day.")
    p = d.add_paragraph("Please read the ")
    add_hyperlink(p, "house rules for guests", "https://harbourview.example/house-rules")
    p.add_run(" before you arrive. No refunds after 48 hours before arrival.")
    d.add_paragraph(
        "Every customer can ask for a late checkout; we will confirm it the evening before."
    )

    d.add_heading("Your booking", 2)
    table = d.add_table(rows=3, cols=2)
    table.style = "Light Grid Accent 1"
    table.cell(0, 0).text = "Item"
    table.cell(0, 1).text = "Details"
    table.cell(1, 0).text = "Room"
    table.cell(1, 1).text = "Sea-view double for two guests, non-smoking"
    table.cell(2, 0).text = "Extras"
    extras = table.cell(2, 1)
    extras.text = "Parking for patrons is limited:"
    inner = extras.add_table(rows=2, cols=2)
    inner.style = "Table Grid"
    inner.cell(0, 0).text = "Garage"
    inner.cell(0, 1).text = "£18 a night, first come"
    inner.cell(1, 0).text = "Street"
    inner.cell(1, 1).text = "We cannot reserve spaces for guests."

    d.add_paragraph()
    d.add_paragraph(
        "If anything is not right, tell us: our customers' comfort is what we are here for."
    )
    d.add_paragraph("Kind regards,")
    sign = d.add_paragraph()
    sign.add_run("Daniel Reyes").bold = True
    sign.add_run("\nGuest Relations Manager")
    d.save(str(path))


if __name__ == "__main__":
    hotel_letter(HERE / "hotel_letter.docx")
    print(f"wrote {HERE / 'hotel_letter.docx'}")
