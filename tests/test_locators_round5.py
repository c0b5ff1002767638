"""Locator pack, sixth round: readings that follow from the shape of English when the
tagger or the lemmatizer gets a verb wrong, when a singular head is extended over a list,
when a shorthand list gives each code its own predicate, and when a code owns 'their'
things or keeps doing what only people do.

Every sentence here was written for these tests; each group of flagged sentences has
look-alikes that must stay quiet.
"""

from __future__ import annotations

import pytest

from tests.conftest import flagged

# (text, the finding's match)
POSITIVE = [
    # a third-person verb the lemmatizer or the tagger got wrong
    ("Table 5 detests coriander", "Table 5"),
    ("14B hates the window seat.", "14B"),
    ("Cabin 9 adores the new steward.", "Cabin 9"),
    ("Room 31 loathes the breakfast buffet.", "Room 31"),
]

INNOCENT = [
    # a plural noun after the number, with a verb of its own
    "ext 4 calls go to voicemail",
    "Room 5 calls were dropped twice.",
    "Room 412 needs new linen.",
    "Table 5 seats six.",
    "Bed 9 vomiting bowls need restocking.",
]

# Technical texts: numbered rows, ports and versions are not people.
TECHNICAL = [
    "Rows 4 and 5 of the table hold the totals; row 6 sums them.",
    "The proxy forwards ports 8080 and 8443, and version 3 and 4 of the API both return "
    "errors on line 12 and 13 of the log.",
]


@pytest.mark.parametrize("text,match", POSITIVE)
def test_flagged(text, match):
    assert match in [m for _r, m in flagged(text, "locator")], text


@pytest.mark.parametrize("text", INNOCENT)
def test_innocent(text):
    assert flagged(text, "locator") == [], text


@pytest.mark.parametrize("text", TECHNICAL)
def test_technical(text):
    assert flagged(text, "locator") == [], text
