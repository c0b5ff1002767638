"""No-phrasing, round 7: refusals that generalize past the sentences tuned on.

Every sentence here is written for this file. Each case pairs a refusal that stays flagged
with a look-alike beside it that refuses nobody.
"""

from __future__ import annotations

import pytest

from tests.conftest import flagged

# A service the customer asks for, said in the present to be not available, refuses it;
# a person, stock, a system or a service not there yet (or for a while) refuses nobody.
UNAVAILABLE = [
    (
        "Late check-out is not available on bank holidays.",
        ("CL306", "is not available"),
        "The duty manager is not available until the afternoon.",
    ),
    (
        "Price matching isn't available on marketplace items.",
        ("CL306", "isn't available"),
        "This colour isn't available in your size.",
    ),
    (
        "Valet service is not available at the north entrance.",
        ("CL306", "is not available"),
        "Mobile signal is not available on the lower deck.",
    ),
    (
        "Satellite TV isn't available on the starter package.",
        ("CL306", "isn't available"),
        "Dr Osei is not available on Mondays.",
    ),
    (
        "Overseas cash advances are not available with a student card.",
        ("CL306", "are not available"),
        "The navy one is not available for your order, sorry.",
    ),
    (
        "Same-day refunds are not available for card payments.",
        ("CL306", "are not available"),
        "Refunds are not available yet for this order; we will e-mail you.",
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), UNAVAILABLE)
def test_a_service_not_available(refusal: str, match: tuple[str, str], look_alike: str) -> None:
    assert flagged(refusal, "no-phrasing") == [match]
    assert flagged(look_alike, "no-phrasing") == []


# A "No," that answers with the state of what is asked for is one span from "No" through
# the refusal; a "No," that answers a question of fact refuses nobody.
NO_AND_STATE = [
    (
        "No, the gym isn't included in the half-board package.",
        ("CL309", "No, the gym isn't included"),
        "No, the gym isn't far, it's just past the lifts.",
    ),
    (
        "No, this pass isn't valid on the night buses.",
        ("CL309", "No, this pass isn't valid"),
        "No, this coat isn't waterproof, but it will keep the wind out.",
    ),
    (
        "No, the quiet carriage isn't open to standard tickets.",
        ("CL309", "No, the quiet carriage isn't open"),
        "No, the cafe isn't open yet, it opens at nine.",
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), NO_AND_STATE)
def test_a_no_that_answers_with_a_refused_state(
    refusal: str, match: tuple[str, str], look_alike: str
) -> None:
    assert flagged(refusal, "no-phrasing") == [match]
    assert flagged(look_alike, "no-phrasing") == []


# Negation that refuses nobody: a promise that spares the customer a wait ('we won't keep
# you long'), whether we get to something ('I can't make it'), the hours a place opens, what
# a room holds, and a tally of what was done. Each refusal beside it stays flagged.
QUIET = [
    (
        "We won't keep your coat behind the bar.",
        ("CL302", "We won't keep"),
        "We won't keep you waiting more than a minute.",
    ),
    (
        "We can't let you through without a boarding pass.",
        ("CL302", "We can't let you through"),
        "We won't let you down on the big day.",
    ),
    (
        "We can't hold the room past noon.",
        ("CL302", "We can't hold"),
        "We won't hold you up for long.",
    ),
    (
        "We can't make an exception for late entries.",
        ("CL302", "We can't make"),
        "I can't make it to the Thursday briefing.",
    ),
    (
        "Our shop doesn't take phone orders.",
        ("CL304", "shop doesn't take"),
        "Our shop doesn't open until seven on Sundays.",
    ),
    (
        "Cots cannot be provided in the attic rooms.",
        ("CL306", "cannot be provided"),
        "A hairdryer is not included in the room.",
    ),
    (
        "We can't rush your order, the print queue is full.",
        ("CL302", "We can't rush"),
        "We won't rush you, take all the time you need.",
    ),
    (
        "We can't move you to a quieter floor tonight.",
        ("CL302", "We can't move"),
        "We won't disturb you while the card is on the door.",
    ),
    (
        "No strollers past the barrier.",
        ("CL301", "No strollers"),
        "No luck with the card machine today.",
    ),
    (
        "No pushchairs on the upper deck.",
        ("CL301", "No pushchairs"),
        "No complaints from the coach party this time.",
    ),
    (
        "No refunds on clearance stock, no exchanges.",
        ("CL301", "No refunds"),
        "Close-out: no breakages, no refunds given.",
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), QUIET)
def test_negation_that_refuses_nobody(
    refusal: str, match: tuple[str, str], look_alike: str
) -> None:
    assert match in flagged(refusal, "no-phrasing")
    assert flagged(look_alike, "no-phrasing") == []


# The passive said to the customer refuses when it turns them away ('you will not be
# admitted', 'you won't be seated'); with other participles it is a promise ('you will not
# be charged'). The customer's own details that we will not move refuse ('your number
# cannot be ported'); details we will not pass on are a privacy promise.
TURNED_AWAY = [
    (
        "You will not be admitted once the film has started.",
        ("CL306", "will not be admitted"),
        "You will not be charged a booking fee.",
    ),
    (
        "You won't be seated until everyone in your group is here.",
        ("CL306", "won't be seated"),
        "You won't be billed until the trial ends.",
    ),
    (
        "Your mobile number can't be ported while the account is in arrears.",
        ("CL306", "can't be ported"),
        "Your mobile number won't be shared with our partners.",
    ),
    (
        "Your reservation cannot be amended within 48 hours of arrival.",
        ("CL306", "cannot be amended"),
        "Your reservation has been amended as you asked.",
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), TURNED_AWAY)
def test_a_passive_that_turns_the_customer_away(
    refusal: str, match: tuple[str, str], look_alike: str
) -> None:
    assert flagged(refusal, "no-phrasing") == [match]
    assert flagged(look_alike, "no-phrasing") == []


# A flat no said as an idiom opens the reply: 'No can do', 'Afraid not'. 'Afraid not' that
# goes on to count ('I'm afraid not many …') or that is a fear refuses nobody.
IDIOMS = [
    (
        "No can do on the late checkout, sorry.",
        ("CL309", "No can do"),
        "Can do, I'll send it over tonight.",
    ),
    (
        "Afraid not, madam.",
        ("CL309", "Afraid not"),
        "Afraid not everyone will fit on the coach?",
    ),
    (
        "I'm afraid not.",
        ("CL309", "I'm afraid not"),
        "I'm afraid not many seats are left on that date.",
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), IDIOMS)
def test_a_flat_no_as_an_idiom(refusal: str, match: tuple[str, str], look_alike: str) -> None:
    assert flagged(refusal, "no-phrasing") == [match]
    assert flagged(look_alike, "no-phrasing") == []


# 'That' pointing at what the customer asked for, 'not something we can' + any verb of
# ours, refuses it; what is beyond anyone's say ('not things we can control') or 'it' with
# a verb of knowing refuses nobody.
NOT_SOMETHING = [
    (
        "That isn't something we can backdate, I'm afraid.",
        ("CL308", "That isn't something we can backdate"),
        "It isn't something we can predict this far out.",
    ),
    (
        "Those aren't things we can adjust on a prepaid plan.",
        ("CL308", "Those aren't things we can adjust"),
        "Those aren't things we can control, but we'll keep you posted.",
    ),
    (
        "That's not a feature we can turn on for personal accounts.",
        ("CL308", "That's not a feature we can turn on"),
        "That's not a feature you need to worry about.",
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), NOT_SOMETHING)
def test_not_something_we_can(refusal: str, match: tuple[str, str], look_alike: str) -> None:
    assert flagged(refusal, "no-phrasing") == [match]
    assert flagged(look_alike, "no-phrasing") == []


# 'Can't disclose' what is not the customer's own to the one asking refuses them, as
# 'can't give out' does; 'anyone but the holder' names who may have it. Disclosing the
# customer's own data to nobody stays a privacy promise.
DISCLOSED = [
    (
        "We cannot disclose scan results to relatives over the phone.",
        ("CL302", "We cannot disclose"),
        "We will not disclose your scan results to anyone.",
    ),
    (
        "We can't give out the room number to anyone but the registered guest.",
        ("CL302", "We can't give out"),
        "We can't give out your details to anyone, ever.",
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), DISCLOSED)
def test_details_withheld_from_the_one_asking(
    refusal: str, match: tuple[str, str], look_alike: str
) -> None:
    assert flagged(refusal, "no-phrasing") == [match]
    assert flagged(look_alike, "no-phrasing") == []


# One of our people, named by role, refusing the customer a service: 'the doctor won't
# refer you', 'the engineer won't install the router'. The writer's own ('my doctor'),
# a harmless verb, 'be', and a role word that is code ('the context manager') refuse nobody.
STAFF = [
    (
        "The doctor won't refer you for physio without an X-ray.",
        ("CL302", "doctor won't refer"),
        "The doctor won't be long, she's just finishing a call.",
    ),
    (
        "The pharmacist can't sell you more than two packs.",
        ("CL302", "pharmacist can't sell"),
        "My pharmacist won't let me take ibuprofen.",
    ),
    (
        "The engineer won't connect the dryer without a vent.",
        ("CL302", "engineer won't connect"),
        "The engineer won't forget the spare filter.",
    ),
    (
        "The GP can't prescribe sleeping tablets on a first visit.",
        ("CL302", "GP can't prescribe"),
        "The context manager will not release the lock on error.",
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), STAFF)
def test_one_of_our_people_refusing(refusal: str, match: tuple[str, str], look_alike: str) -> None:
    assert flagged(refusal, "no-phrasing") == [match]
    assert flagged(look_alike, "no-phrasing") == []


# Fresh probes, second batch: a clinician who won't see the customer's kind ('won't see
# patients without a referral'), the customer's own limit that cannot be raised, a chat
# reply that drops both the 'we' and the comma ('sorry can't help with that one'), and a
# "No, it isn't" that answers 'Is breakfast included?'.
SECOND_BATCH = [
    (
        "The consultant won't see patients without a referral letter.",
        ("CL302", "consultant won't see"),
        "The consultant won't see the results before Tuesday.",
    ),
    (
        "Your credit limit cannot be increased this month.",
        ("CL306", "cannot be increased"),
        "Your monthly fee will not be increased this year.",
    ),
    (
        "sorry can't help with that one",
        ("CL302", "can't help"),
        "sorry can't wait for the weekend",
    ),
    (
        '"Is parking included?" "No, it isn\'t."',
        ("CL309", "No, it isn't"),
        '"Is it far to the beach?" "No, it isn\'t."',
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), SECOND_BATCH)
def test_fresh_probes_second_batch(refusal: str, match: tuple[str, str], look_alike: str) -> None:
    assert flagged(refusal, "no-phrasing") == [match]
    assert flagged(look_alike, "no-phrasing") == []


# Third batch of fresh probes: one of our people who won't let the customer (or their kind)
# somewhere, a place not open to some of the people we serve, and housekeeping as a
# service. 'Won't let you down' is a promise, 'not open to the public until May' a date,
# 'not available right now' a while.
THIRD_BATCH = [
    (
        "The concierge won't let you park in the loading bay.",
        ("CL302", "concierge won't let"),
        "The concierge won't let you down, she knows every restaurant in town.",
    ),
    (
        "The sauna is not open to under-18s.",
        ("CL306", "is not open"),
        "The sauna is not open to the public until the spring.",
    ),
    (
        "Housekeeping is not available on bank holidays.",
        ("CL306", "is not available"),
        "Housekeeping is not available right now, they're on the third floor.",
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), THIRD_BATCH)
def test_fresh_probes_third_batch(refusal: str, match: tuple[str, str], look_alike: str) -> None:
    assert flagged(refusal, "no-phrasing") == [match]
    assert flagged(look_alike, "no-phrasing") == []


def test_a_line_of_punctuation_only_is_read_without_error() -> None:
    """The idiom reading looks back for the reply's first word; a line of asterisks has none
    (every rule reads every sentence when the two-stage screen is off)."""
    from custlint.engine.kinds.refusal.flat_no import _no_idiom
    from custlint.engine.model import load_pipeline

    assert [_no_idiom(t) for t in load_pipeline()("* * *")] == [None, None, None]
