"""More no-phrasing shapes: passive conditions, rules told to the customer, signs, bare answers.

Every sentence here is written for this file; each positive has an innocent look-alike.
"""

from __future__ import annotations

import pytest

import custlint
from tests.conftest import flagged, lint_text

POSITIVE = [
    # passive conditions
    ("Gift cards are not refundable once activated.", "CL306", "are not refundable"),
    ("Season passes are not transferable between members.", "CL306", "are not transferable"),
    ("Kayaks must not be left on the jetty overnight.", "CL306", "must not be left"),
    ("Picnic hampers may not be opened inside the gallery.", "CL306", "may not be opened"),
    ("Printed vouchers are no longer accepted at the till.", "CL306", "are no longer accepted"),
    ("Parking permits are not to be lent to friends.", "CL306", "are not to be lent"),
    ("Entries sent after Friday will not be considered.", "CL306", "will not be considered"),
    ("Cheques not accepted at the ferry kiosk.", "CL306", "Cheques not accepted"),
    ("Under no circumstances will the booking fee be returned.", "CL306", "Under no circumstances"),
    ("Unpaid parcels will be refused at the depot.", "CL305", "will be refused"),
    # participles the lemmatizer misreads ("rebooke") are still known by their stem
    ("Missed lessons cannot be rebooked after Friday.", "CL306", "cannot be rebooked"),
    ("Festival wristbands may not be resold.", "CL306", "may not be resold"),
    # rules addressed to the customer
    ("Visitors may not feed the goats in the petting barn.", "CL302", "Visitors may not feed"),
    ("You may not park on the grass verge.", "CL302", "You may not park"),
    ("Members must not reserve sunbeds with towels.", "CL302", "Members must not reserve"),
    ("Do not bring glass bottles onto the beach.", "CL303", "Do not bring"),
    ("Please don't sit on the display sofas.", "CL303", "don't sit"),
    # first-person refusals
    ("We are not in a position to extend it.", "CL302", "We are not in a position to extend"),
    ("We no longer offer a shuttle to the station.", "CL304", "We no longer offer"),
    ("Sorry, we don't gift-wrap sale items.", "CL304", "we don't gift-wrap"),
    ("We don't store bicycles in the lobby.", "CL304", "We don't store"),
    ("We cannot restore photos from albums deleted last year.", "CL302", "We cannot restore"),
    ("That isn't something we can do before the audit.", "CL308", "That isn't something we can do"),
    ("Our gym does not allow children under 14.", "CL304", "gym does not allow"),
]

INNOCENT = [
    # passive and adjectives that refuse nobody
    "Your personal details will not be shared with anyone.",
    "Your card will not be charged until the parcel ships.",
    "Rebooked flights will not be charged twice.",
    "If the coupon is not refundable, the app tells you at checkout.",
    "If the form is not fully completed, we send it back with a note.",
    # reported facts and other people's refusals
    "The engineer said the cable couldn't carry that much current.",
    "She was denied a visa by the embassy.",
    "The manager refused to give up on the project.",
    # what something counts as, not a refusal
    "Weather delays are not considered a failure of the service.",
    "Minor timetable changes are not considered as grounds for cancellation.",
    "Don't worry, the gate stays open until late.",
    "Don't forget to bring your boarding pass.",
    "Don't hesitate to ask the concierge.",
    "Under no circumstances should you share your PIN with a caller.",
    "Under no circumstances will our staff ask for your password.",
    # possibility, hedges and inability
    "You may not need a visa for a short stay.",
    "You may not receive a receipt by email for a few minutes.",
    "We may not be able to confirm the table until noon.",
    "I can't find the invoice you mentioned, could you forward it?",
    "I can't reproduce the freeze yet, could you send a screen recording?",
    # third parties and staff
    "The bakery next door doesn't accept cards.",
    "Our partner hotels do not allow pets, as far as we know.",
    "The other ferry company does not take bookings by phone.",
    "Lifeguards are not allowed to leave the tower during a shift.",
    "Kitchen staff are not permitted to use the guest lift.",
    "The cleaners must not be left without keys.",
    # no-longer and something that refuse nobody
    "The delay is no longer a problem.",
    "That's not something you need to worry about.",
    "We no longer need your old address.",
]


@pytest.mark.parametrize(("text", "rule", "match"), POSITIVE)
def test_new_refusal_shapes_are_flagged(text, rule, match):
    findings = [f for f in lint_text(text) if f.category == "no-phrasing"]
    assert [(f.rule, f.match) for f in findings] == [(rule, match)]
    assert findings[0].suggestion


@pytest.mark.parametrize("text", INNOCENT)
def test_look_alikes_are_not_flagged(text):
    assert flagged(text, "no-phrasing") == []


ANSWERS = [
    ("“Could I keep the room until six?” “No, checkout is at noon.”", "No"),
    ("“Can we take the canoe out now?” “Sorry, no.”", "Sorry, no"),
    ("“Can I pay by cheque?” “Nope, sorry, cards only.”", "Nope"),
    ("The guard said, “Not allowed, pal,” and pointed at the sign.", "Not allowed"),
    ("“May I bring my scooter on board?” “No, I'm sorry, scooters can't be carried.”", None),
]


@pytest.mark.parametrize(("text", "match"), ANSWERS)
def test_bare_answers_to_a_request_are_flagged(text, match):
    findings = flagged(text, "no-phrasing")
    assert len(findings) == 1
    assert findings[0][0] == "CL309"
    if match is not None:
        assert findings[0][1] == match
    else:  # the no and its reason are one finding, not two
        assert findings[0][1].startswith("No, I'm sorry") and "carried" in findings[0][1]


@pytest.mark.parametrize(
    "text",
    [
        "“Is this the queue for the museum?” “No, that one is for the tower.”",
        "“Am I talking to the manager?” “No, she is on a break.”",
        "He thought about asking again. Nope.",
        "“Any trouble finding us?” “Nope, no problem at all.”",
        "Not possible to say yet whether the storm will pass.",
    ],
)
def test_answers_that_refuse_nobody_are_left_alone(text):
    assert flagged(text, "no-phrasing") == []


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("NO RE-ENTRY AFTER THE INTERVAL", "NO RE-ENTRY"),
        ("No re-entry once the show begins.", "No re-entry"),
    ],
)
def test_hyphenated_no_signs(text, match):
    assert flagged(text, "no-phrasing") == [("CL301", match)]


def test_prohibition_in_a_second_clause_marks_only_the_refusal():
    assert flagged("Scooters are welcome in the foyer but banned upstairs.", "no-phrasing") == [
        ("CL303", "banned")
    ]


def test_a_passive_rewrite_still_applies_with_must():
    (finding,) = custlint.lint_text("Sale items cannot be returned after 14 days.")
    assert finding.replacements == ("Sale items can be returned within 14 days",)


def test_technical_prose_stays_out():
    text = "Do not bring the API token into the build logs; it will be rejected by the proxy."
    assert flagged(text, "no-phrasing") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'm sorry, that's impossible on a Saturday.", ["that's impossible"]),
        ("Honestly, this is impossible before Friday.", ["this is impossible"]),
        ("It is impossible to predict the weather up there.", []),
        ("Nothing beats a hot shower after the hike.", []),
    ],
)
def test_impossible_is_a_closed_door(text: str, expected: list[str]) -> None:
    found = [f.match for f in lint_text(text) if f.rule == "CL308"]
    assert found == expected


def test_a_condition_is_seen_when_the_parser_hangs_if_on_the_auxiliary():
    """The small model sometimes attaches "If" to "is" rather than to the participle; the
    clause is still a condition, not a refusal."""
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from custlint.engine.kinds.refusal.syntax import _conditional

    vocab = English().vocab

    words = ["If", "proof", "is", "not", "shown", ",", "we", "charge", "more"]
    heads = [2, 4, 4, 4, 7, 7, 7, 7, 7]
    deps = ["mark", "nsubjpass", "auxpass", "neg", "advcl", "punct", "nsubj", "ROOT", "dobj"]
    doc = Doc(vocab, words=words, heads=heads, deps=deps)
    assert _conditional(doc[4])
    doc = Doc(vocab, words=words[1:], heads=[h - 1 for h in heads[1:]], deps=deps[1:])
    assert not _conditional(doc[3])
