"""Descriptor pack, review of round 3 ('not_software_sense' and its helpers): real customers that
the software signals silenced. Every positive here was silent before the change that covers its
family; the innocent sentences are software and stay quiet."""

from __future__ import annotations

import pytest

from tests.conftest import flagged

# (sentence, the match custlint reports)
POSITIVE = [
    # a program hangs or stalls; a person hangs up, hangs on, hangs around or stalls for time
    ("The client hung up before I could explain the fees.", "client"),
    ("The guest hung up on the night manager.", "guest"),
    ("Our client hangs up whenever the call goes to voicemail.", "client"),
    ("The guest kept hanging up on reception all evening.", "guest"),
    ("The client hung on for twenty minutes waiting for an agent.", "client"),
    ("The guest hung around the lobby until the room was ready.", "guest"),
    ("Guests hang out by the pool bar most afternoons.", "Guests"),
    ("The client is hanging back until the second quote arrives.", "client"),
    ("The client stalled for time.", "client"),
]

INNOCENT = [
    # a program that hangs, freezes or stalls, with a preposition or none
    "The desktop client hangs on startup.",
    "The client keeps hanging after the update.",
    "The client hangs at the login screen.",
    "The booking client hung for a minute and then crashed.",
    "The sync client stalled for ten minutes.",
    "The client froze up twice during the stocktake.",
]


@pytest.mark.parametrize(("text", "match"), POSITIVE)
def test_role_words_are_flagged(text, match):
    assert [m for _, m in flagged(text, "descriptor")] == [match]


@pytest.mark.parametrize("text", INNOCENT)
def test_innocent_senses_are_not_flagged(text):
    assert flagged(text, "descriptor") == []
