"""Words said in single quotes reach the parser as a quotation, not as possessives.

Reviews and e-mails quote staff in single quotes ("the waiter called us 'Table Six'"),
and the tagger read the first mark as a possessive, so the naming and quotation readings
that work with double quotes missed them. Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest

from custlint.engine.normalize import parse_form
from tests.conftest import flagged


@pytest.mark.parametrize(
    ("written", "parsed"),
    [
        ("she called us 'Table Six' all night", 'she called us "Table Six" all night'),
        ("‘so you’re row 4’, he said", '"so you\'re row 4", he said'),
        ("a week of 'hi, 3310, same again?' later", 'a week of "hi, 3310, same again?" later'),
    ],
)
def test_a_quotation_in_single_quotes_is_double_quoted(written: str, parsed: str) -> None:
    assert parse_form(written) == parsed


@pytest.mark.parametrize(
    "written",
    [
        "the boys' 14 and the girls' 16 are in the final",  # plural possessives
        "back in the '80s and '90s we didn't",  # elided years, a contraction
        "line 12: local variable 'guest' is never used",  # one quoted word: an identifier
        "run `custlint check --fix` on the draft",  # backticks are code
    ],
)
def test_apostrophes_identifiers_and_code_stay(written: str) -> None:
    assert parse_form(written) == written.replace("`", "'")


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("The host addressed us as 'Table Six' the whole night.", "Table Six"),
        ("At the counter they kept calling me 'order 5128' like a prisoner.", "order 5128"),
        # a guard: found before too, the quotation reading is not the only one here
        ("The barista shouted 'ok, 3310, your latte!' across the cafe.", "3310"),
    ],
)
def test_a_person_named_in_single_quotes_is_found(text: str, match: str) -> None:
    assert [m for _, m in flagged(text, "locator")] == [match]


@pytest.mark.parametrize(
    "text",
    [
        "The staff call the back room 'Table Six' because of the old sign.",
        "The box was labelled 'order 5128, fragile' in red pen.",
        "line 12: local variable 'guest' is assigned to but never used",
    ],
)
def test_things_in_single_quotes_stay_quiet(text: str) -> None:
    assert flagged(text) == []
