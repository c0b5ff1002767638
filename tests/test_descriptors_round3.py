"""Descriptor pack, round 3: software named by what it does, where it runs or a modifier that
names its function, in everyday sentences, and the customers those signals must not hide.
Every positive here failed, or every innocent sentence was flagged, before the change that
covers its family."""

from __future__ import annotations

import pytest

from tests.conftest import flagged

# (sentence, the match custlint reports)
POSITIVE = [
    # a personal pronoun in the clause makes the one who crashes, updates or restarts a person
    ("The client crashed his hire car and rang us from the motorway.", "client"),
    ("Every client updates their contact details once a year.", "client"),
    ("The hotel client updated us on the final numbers for the conference.", "client"),
    # 'mobile' names people as well as programs: 'their home' decides
    ("Our mobile clients can book a stylist to come to their home.", "clients"),
]

# Real customers beside the same signals: guards, flagged before and after.
STILL_FLAGGED = [
    ("The client restarted her membership after a year away.", "client"),
    ("Insurance clients can download their policy documents from the portal.", "clients"),
    ("Business clients can download invoices in the app.", "clients"),
    ("The client on the phone is asking for a refund.", "client"),
    ("The wedding client wants to move the tasting to Friday.", "client"),
    ("Upgrade the client to a suite if one is free.", "client"),
    ("The client froze when she saw the final invoice.", "client"),
    ("The client uploaded the signed forms to our portal.", "client"),
    ("The passenger in 12C asked for a blanket.", "passenger"),
    # a person restarts something; 'their' of a plural beside a verb that is no program's
    ("Guests should restart their phones if the Wi-Fi drops.", "Guests"),
    ("Each client downloads their own copy of the menu.", "client"),
]

INNOCENT = [
    # named by a modifier that says what the program does, doing a machine's work
    "The galley tablet's sync client keeps failing to upload the meal counts.",
    "The chat client on my phone stopped showing notifications after the update.",
    "backup client on the till PC didn't run last night, check it",
    "Our fat client was slow, so we moved the stock system to the browser.",
    # what only a program does: freeze, hang, reboot; or is done only to one
    "The room-service client froze whenever the order list got long.",
    "label printing client on the warehouse PC keeps hanging",
    "Please restart the scheduling client on each treatment-room PC after tonight's patch.",
    "Our timesheet client must be reinstalled on every new laptop.",
    "the rostering client needs reinstalling on the crew room PC",
    "The point-of-sale client needs updating before the sale starts.",
    "Remember to reboot the client on the check-in kiosks before opening.",
    # a function named by a noun or an -ing word, on a device
    "IT will update the reservation client on all front-desk PCs on Sunday night.",
    "The loyalty client on the kiosks downloads new offers every night.",
    "The signage client on the lobby screens polls for new slides every minute.",
    "The dispatch client on the cab tablets lost its connection twice.",
    "The queue management client on the reception screens stopped refreshing.",
    "ordering client on handheld 7 frozen again, swapped to spare",
    # opened or used, with a function or a protocol beside it
    "Open the billing client and check the batch totals.",
    '"Which client do you use for FTP?" "The one the vendor recommended."',
    # a noun the parser read as a verb after the role word
    "The passenger manifest API returns names and seat numbers.",
    # guards, not flagged before either: 'us' not as the object, 'their' of a bare singular
    "The client sends us a heartbeat every 30 seconds.",
    "The client caches their avatars locally.",
]


@pytest.mark.parametrize(("text", "match"), POSITIVE + STILL_FLAGGED)
def test_role_words_are_flagged(text, match):
    assert [m for _, m in flagged(text, "descriptor")] == [match]


@pytest.mark.parametrize("text", INNOCENT)
def test_innocent_senses_are_not_flagged(text):
    assert flagged(text, "descriptor") == []
