"""A technical document is read as one: software words and "no"s in it are not customers
and refusals, unless a sentence names what a customer buys or pays for."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import custlint
from custlint.cli import main
from custlint.engine.genre import technical_block, technical_document
from tests.conftest import lint_text

# Sentences of an API reference that carry no sign of their genre on their own.
PLAIN_TECHNICAL = [
    ("The client is closed when the block exits.", "descriptor"),
    ("If no argument is given, the calling frame is used.", "no-phrasing"),
    ("This feature is not supported on Windows.", "no-phrasing"),
    ("Clients will also close by themselves when the session ends.", "descriptor"),
    ("Appending is not allowed.", "no-phrasing"),
]

# A reference page around them: code names, options and programming words.
REFERENCE_PAGE = [
    "Session objects",
    "Use ``Session.get()`` to fetch a resource; the ``timeout_seconds`` argument is optional.",
    "Pass --retries to the command to set how often a request is sent again.",
    "The callback receives the response object and the parsed headers.",
    "Each worker thread keeps its own buffer of pending writes.",
    "The scheduler runs the coroutine on the event loop of the calling thread.",
    "Set verbose_logging = True to print each step to stderr.",
    "Keyword arguments are forwarded to the constructor unchanged.",
    "Returns the number of bytes written to the stream.",
    "Raises ValueError if the encoding name is unknown.",
]


def _document(*sentences: str) -> str:
    return "\n\n".join([*REFERENCE_PAGE, *sentences]) + "\n"


@pytest.mark.parametrize(("sentence", "category"), PLAIN_TECHNICAL)
def test_a_plain_sentence_of_a_technical_document_is_technical(
    sentence: str, category: str
) -> None:
    alone = [f for f in lint_text(sentence) if f.category == category]
    assert alone, "flagged on its own: that is what the document changes"
    in_document = [f for f in custlint.lint_text(_document(sentence)) if f.category == category]
    assert in_document == []


@pytest.mark.parametrize(
    ("sentence", "category", "match"),
    [
        ("Plan fees are not refundable after the first month.", "no-phrasing", "not"),
        ("We cannot offer refunds for the unused part of a billing period.", "no-phrasing", "We"),
        (
            "The client is billed for the subscription on the first of the month.",
            "descriptor",
            "client",
        ),
    ],
)
def test_what_a_customer_pays_for_is_still_read_in_a_technical_document(
    sentence: str, category: str, match: str
) -> None:
    found = [f for f in custlint.lint_text(_document(sentence)) if f.category == category]
    assert [f for f in found if match in f.match], found


def test_a_short_file_is_not_judged_by_its_genre() -> None:
    text = "\n\n".join([*REFERENCE_PAGE[:4], "This feature is not supported on Windows."])
    assert not technical_document([text])
    assert [f.category for f in custlint.lint_text(text)] == ["no-phrasing"]


def test_customer_text_with_a_few_links_and_brands_is_not_technical() -> None:
    blocks = [
        "Thanks for flying with JetBlue; your booking reference is below.",
        "Manage your trip at https://example.com/manage at any time.",
        "Bags up to 23 kg are included in the fare.",
        "Our lounge in Terminal 5 opens at 6 am.",
        "Pay with PayPal or any major card.",
        "Seats can be chosen from 24 hours before departure.",
        "Children under two travel on a lap.",
        "We'll text you when boarding starts.",
        "No refunds are given after departure.",
    ]
    assert not technical_document(["\n\n".join(blocks)])
    assert "no-phrasing" in [f.category for f in custlint.lint_text("\n\n".join(blocks))]


@pytest.mark.parametrize(
    ("block", "technical"),
    [
        ("Set max_retries to 0 to turn retrying off.", True),
        ("See ``os.path.join`` for the rules.", True),
        ("The callback gets the decoded bytes.", True),
        ("Run it with --dry-run first.", True),
        ("The function returns quickly.", False),
        ("Book through WestJet or McDonald's app.", False),
        ("Email us at help@example.com for a refund.", False),
    ],
)
def test_what_marks_a_block_technical(block: str, technical: bool) -> None:
    assert technical_block(block) is technical


def test_the_genre_is_the_documents_even_when_a_big_file_is_split_over_processes(
    tmp_path: Path,
) -> None:
    # Over 60,000 characters, so two processes each read a piece; the customer part comes
    # last, far from the code that makes the document technical.
    reference = "\n\n".join(REFERENCE_PAGE * 120)
    tail = "\n\n".join(s for s, _ in PLAIN_TECHNICAL)
    path = tmp_path / "reference.md"
    path.write_text(reference + "\n\n" + tail + "\n\nWe cannot offer refunds after 30 days.\n")
    runner = CliRunner()
    outputs = [
        runner.invoke(
            main, ["check", "--no-cache", "--format", "json", "--jobs", jobs, str(path)]
        ).output
        for jobs in ("1", "2")
    ]
    assert outputs[0] == outputs[1]
    assert [(f["category"], f["match"]) for f in json.loads(outputs[0])] == [
        ("no-phrasing", "We cannot offer")
    ]


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("Ring 2822 back, he wants the bill.", "CL208"),
        ("We have 180 pax boarding at gate 4.", "CL109"),
    ],
)
def test_staff_shorthand_rules_skip_technical_documents(sentence: str, rule: str) -> None:
    assert rule in [f.rule for f in lint_text(sentence)]
    assert rule not in [f.rule for f in custlint.lint_text(_document(sentence))]


def test_a_rule_pack_can_keep_a_rule_out_of_technical_documents(tmp_path: Path) -> None:
    pack = tmp_path / "pack.toml"
    pack.write_text(
        """
[[rules]]
id = "X901"
name = "punter"
kind = "descriptor"
category = "descriptor"
severity = "warning"
message = "'{match}': say customer."
terms = ["punter"]
rewrite = "customer"
[rules.options]
technical_documents = false
[rules.doc]
summary = "Say customer, not punter."
what = "Flags 'punter'."
why = "Customers are people."
bad = "Every punter gets a drink."
good = "Every customer gets a drink."
"""
    )
    config = tmp_path / "custlint.toml"
    config.write_text('rule-files = ["pack.toml"]\n')
    sentence = "Every punter gets a free drink."
    for text, expected in ((sentence, ["X901"]), (_document(sentence), [])):
        path = tmp_path / "page.md"
        path.write_text(text)
        result = CliRunner().invoke(
            main,
            ["check", "--no-cache", "--format", "json", "--config", str(config), str(path)],
        )
        assert [f["rule"] for f in json.loads(result.output)] == expected, result.output


def _check(*args: str) -> list[tuple[str, str]]:
    result = CliRunner().invoke(main, ["check", "--no-cache", "--format", "json", *args])
    assert result.exit_code in (0, 1), result.output
    return [(f["category"], f["match"]) for f in json.loads(result.output)]


def test_the_genre_can_be_given_on_the_command_line(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(_document("This feature is not supported on Windows."))
    assert _check(str(page)) == []
    assert _check("--genre", "prose", str(page)) == [("no-phrasing", "is not supported")]
    short = tmp_path / "short.md"
    short.write_text("This feature is not supported on Windows.\n")
    assert _check(str(short)) == [("no-phrasing", "is not supported")]
    assert _check("--genre", "technical", str(short)) == []


def test_the_genre_can_be_set_in_a_config_file(tmp_path: Path) -> None:
    (tmp_path / "custlint.toml").write_text('genre = "technical"\n')
    short = tmp_path / "short.md"
    short.write_text("This feature is not supported on Windows.\n")
    assert _check(str(short)) == []
    assert _check("--genre", "auto", str(short)) == [("no-phrasing", "is not supported")]


def test_an_unknown_genre_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "custlint.toml").write_text('genre = "sideways"\n')
    short = tmp_path / "short.md"
    short.write_text("Hello.\n")
    result = subprocess.run(
        [sys.executable, "-m", "custlint", "check", str(short)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "custlint: error: custlint.toml: genre = 'sideways' (choose one of: auto, prose, technical)"
    ]


@pytest.mark.parametrize(
    ("block", "passes"),
    [
        ("14C keeps pressing the call bell.", True),  # a seat code on its own
        ("Room 12 wants towels.", True),  # a head and a number
        ("The meeting starts at 10:30.", True),  # a time (the departure rule's shape)
        ("If no argument is given, the default is used.", False),  # a refusal rule's word
        ("The client closes the socket.", False),  # a role word in its software sense
        ("Retries 3 times, then waits 20 seconds.", False),  # a bare number (prose only)
        ("No refunds after 30 days.", True),  # a customer matter: every rule screens
    ],
)
def test_a_technical_document_screens_only_for_rules_that_can_find_something(
    block: str, passes: bool
) -> None:
    from custlint.config import Settings, active_rules
    from custlint.engine.linter import Linter

    linter = Linter(active_rules(Settings()))
    assert linter.screen.search(block)
    assert linter.technical_screen.search(block) is passes


@pytest.mark.parametrize("technical", [False, True])
@pytest.mark.parametrize(
    "text",
    ["The man at 17 F wants water.", "17 F wants a blanket.", "The lady in 22 C is asleep."],
)
def test_a_seat_letter_set_apart_passes_every_screen(text: str, technical: bool) -> None:
    """Without the bare-number rule (a technical document, or CL208 ignored) the seat rule's
    code shapes alone must still let '17 F' through to the parser."""
    from custlint.config import Settings, active_rules
    from custlint.engine.linter import Linter

    for rules in (
        active_rules(Settings()),
        active_rules(Settings(ignore=("CL208",))),
    ):
        fast = Linter(rules).lint_texts([text], [technical])[0]
        naive = Linter(rules, two_stage=False).lint_texts([text], [technical])[0]
        assert [(f.rule.id, f.start, f.end) for f in fast] == [
            (f.rule.id, f.start, f.end) for f in naive
        ]
        assert [f.rule.id for f in fast] == ["CL201"]


def test_an_email_reply_with_quotes_links_and_addresses_is_not_technical() -> None:
    reply = "\n\n".join(
        [
            "Hello Priya,",
            "> Could we swap our table for one on the terrace?",
            "> We'll be six, arriving at 8.",
            "I'm sorry, we can't move your party to the terrace tonight.",
            "None of the outside tables seat more than four.",
            "Table 9 -> window, table 12 = booth; both are free at 8.",
            "Menus are online at https://www.example-bistro.co.uk/menus_2026",
            "Kind regards,",
            "Marco | Reservations | marco_rossi@example-bistro.co.uk",
            "Booking ref: res_8841",
        ]
    )
    assert not technical_document([reply])
    assert ("no-phrasing", "we can't move") in [
        (f.category, f.match) for f in custlint.lint_text(reply)
    ]


def test_report_and_annotate_take_the_genre_too(tmp_path: Path) -> None:
    import docx

    source = tmp_path / "page.docx"
    word = docx.Document()
    word.add_paragraph("This feature is not supported on Windows.")
    word.save(str(source))
    runner = CliRunner()
    for genre, comments in (("prose", 1), ("technical", 0)):
        out = tmp_path / f"annotated-{genre}.docx"
        result = runner.invoke(main, ["annotate", str(source), "-o", str(out), "--genre", genre])
        assert result.exit_code == 0, result.output
        assert len(list(docx.Document(str(out)).comments)) == comments
    for genre in ("prose", "technical"):
        out = tmp_path / f"report-{genre}.docx"
        result = runner.invoke(main, ["report", str(source), "-o", str(out), "--genre", genre])
        assert result.exit_code == 0, result.output
    prose, technical = (
        " ".join(p.text for p in docx.Document(str(tmp_path / f"report-{g}.docx")).paragraphs)
        for g in ("prose", "technical")
    )
    assert "is not supported" in prose and "is not supported" not in technical


def _summary(*args: str) -> str:
    result = CliRunner().invoke(main, ["check", "--no-cache", "--no-color", *args])
    assert result.exit_code in (0, 1), result.output
    return result.stdout.strip().splitlines()[-1]


def test_the_summary_says_which_files_were_read_as_technical(tmp_path: Path) -> None:
    """A writer who sees no refusal flagged in a page should learn why from the report."""
    page = tmp_path / "page.md"
    page.write_text(_document("This feature is not supported on Windows."))
    note = tmp_path / "note.md"
    note.write_text("The passengers in row 12 asked for water.\n")
    assert "It was read as technical documentation" in _summary(str(page))
    both = _summary(str(page), str(note))
    assert both.startswith("Found 1 finding in 2 files")
    assert "1 of 2 was read as technical documentation" in both
    assert "--genre prose reads it as prose" in both
    assert "technical" not in _summary(str(note))
    # Read as prose, or named technical by the user: nothing to explain.
    assert "technical" not in _summary("--genre", "prose", str(page))
    assert "technical" not in _summary("--genre", "technical", str(page))
