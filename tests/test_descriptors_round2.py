"""Descriptor pack, round 2: innocent senses found by probing fresh text, and the role words
they must not hide. Every positive here failed, or every innocent sentence was flagged, before
the change that covers its family."""

from __future__ import annotations

import pytest

from tests.conftest import flagged

# (sentence, the match custlint reports)
POSITIVE = [
    # a hospitality host is no virtual machine's host
    ("The rooftop terrace can host 120 guests for cocktails.", "guests"),
    ("The host greeted every guest by name.", "guest"),
    ("Your host will show guests to the garden room.", "guests"),
    # staff shorthand: a bare role word before where the person is, or before a verb the
    # parser reads as a noun
    ("Patient in bay 3 is asking for water", "Patient"),
    ("diner at 12 wants another bottle of red", "diner"),
    ("diner on table 5 is waiting for his starter", "diner"),
    ("Pt states pain since Monday", "Pt"),
]

INNOCENT = [
    # patron: a benefactor, a title, a drink
    "He was a lifelong patron of the arts and of young composers.",
    "The actress is patron of the local hospice.",
    "The trust's patron will open the new garden in June.",
    "A royal patron visited the children's ward on Friday.",
    "Our patron, the Countess of Wessex, sent a letter of thanks.",
    "Wealthy music patrons paid for the new organ.",
    "Two shots of Patron and a lime soda, please.",
    # guest: on a programme, or at home
    "The station manager was a guest on the drive-time radio show.",
    "Our guests on this week's episode are two train drivers.",
    "Last week's podcast guest was a hotel inspector.",
    "The chef appeared as a guest to talk about seasonal menus.",
    "A guest on the studio panel asked about fares.",
    "My in-laws were our house guests over Easter.",
    "The spring tour features special guest Ana Lima on cello.",
    "Tonight: special guests The Lumineers!",
    # participant: a party to public affairs or research, a market participant
    "The union was a reluctant participant in the pay negotiations.",
    "Participants in the dispute met again on Monday.",
    "We want people to be active participants in their own recovery.",
    "Market participants had priced in a rate cut.",
    "Each participant in the study gave written consent.",
    # card holder: the thing that holds cards
    "Every room has a key card holder that switches on the lights.",
    "Our slim leather card holders come in navy and tan.",
    "Slide your staff badge into the card holder on your lanyard.",
    "Refill the business card holder on the front desk.",
    # a role word before an -ing word that names a service
    "Guest parking is free after 6 pm.",
    "Client onboarding usually takes three working days.",
    "Passenger screening is slower on Monday mornings.",
    # 'patient' as the first of two adjectives before a staff noun
    "Our patient and caring nurses will look after you.",
    "Our patient, friendly reception team can help.",
    # a diner that opens and closes is a restaurant
    "Our diner reopened after the fire.",
    "A new diner opened opposite the station in May.",
    # a client (or pax) in a sentence about protocols and data
    "The gateway logs the ciphers each client offers during the handshake.",
    "Our telnet client echoes every keystroke.",
    "Build the nntp client first, then the archive job.",
    "Every client must end each line with CRLF.",
    "The client reads raw bytes from the pipe.",
    "Identify the client using a plaintext login.",
    "Copy the pax extended or global header into the new archive.",
    # a name: the title of a work, a surname after a title, a charter
    "The band closed with The Passenger and the crowd went wild.",
    "Have you seen the thriller The Guest yet?",
    "Please tell Mrs Patient her taxi is here.",
    "The Passengers' Charter sets out refunds for late trains.",
    "Our Patient's Charter promises a reply within ten days.",
    # guards, not flagged before either
    "Please be patient in line 3 minutes longer.",
    "Client calls are logged in the CRM.",
    # a guard, not flagged before either: the machine's host still makes the guest a VM
    "The host sends the guest a shutdown signal.",
    "A patient, gentle hygienist makes the visit easy.",
]


@pytest.mark.parametrize(("text", "match"), POSITIVE)
def test_role_words_are_flagged(text, match):
    assert [m for _, m in flagged(text, "descriptor")] == [match]


@pytest.mark.parametrize("text", INNOCENT)
def test_innocent_senses_are_not_flagged(text):
    assert flagged(text, "descriptor") == []
