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
    # a customer named by a line of business, which the tagger reads like a program's function
    ("Please update the wedding client on the menu changes.", "client"),
    ("Can you update the catering client about the delivery time?", "client"),
    ("Please update the building client on the delays.", "client"),
    ("We need to update the banking client by Friday.", "client"),
    ("Can someone update the consulting client on the proposal?", "client"),
    ("Update the cleaning client about the revised rota.", "client"),
    ("The landscaping client downloaded the invoice twice.", "client"),
    ("The publishing client printed the proofs at home.", "client"),
    ("Updating client on the delays now.", "client"),
    # a staff note's verb that does not agree, before what the person wants, not a program
    ("The guest want towels in the morning.", "guest"),
    ("The client need documents for the visa.", "client"),
    ("The passenger need wheelchair assistance at the gate.", "passenger"),
    ("The patient need help with breakfast.", "patient"),
    ("The guest want room service at 7.", "guest"),
    ("The client want report by Friday.", "client"),
    ("The patient manifest symptoms of a reaction.", "patient"),
    # a program's verb after what a person tries, refuses or decides, not after a verb of aspect
    ("The guest tried to connect to the Wi-Fi in the lobby.", "guest"),
    ("The client refused to send the deposit.", "client"),
    ("The guest hoped to reconnect with the concierge.", "guest"),
    ("The client decided to cache the tickets at the box office.", "client"),
]

INNOCENT = [
    # a program that hangs, freezes or stalls, with a preposition or none
    "The desktop client hangs on startup.",
    "The client keeps hanging after the update.",
    "The client hangs at the login screen.",
    "The booking client hung for a minute and then crashed.",
    "The sync client stalled for ten minutes.",
    "The client froze up twice during the stocktake.",
    # a program named by its function
    "Please update the ordering client before service.",
    "The rostering client downloads the new shifts every night.",
    "Please update the scheduling client before Monday.",
    "The invoicing client uploads the day's bills at midnight.",
    "Open the dispatching client and reassign the driver.",
    "Update the ticketing client before the match starts.",
    "the ordering client on the handhelds syncs with the kitchen printer",
    # a noun the parser read as a verb, before a program or its data
    "The passenger manifest API returns names and seat numbers.",
    "The passenger manifest export runs at midnight.",
    "The passenger manifest feed updates every hour.",
    "The client record API needs a token.",
    "The passenger manifest database holds ten years of flights.",
    # a program's verb after a verb of aspect
    "The client stopped syncing after the update.",
    "The client continues to poll every minute.",
    "The client seems to cache the old menu.",
]


@pytest.mark.parametrize(("text", "match"), POSITIVE)
def test_role_words_are_flagged(text, match):
    assert [m for _, m in flagged(text, "descriptor")] == [match]


@pytest.mark.parametrize("text", INNOCENT)
def test_innocent_senses_are_not_flagged(text):
    assert flagged(text, "descriptor") == []
