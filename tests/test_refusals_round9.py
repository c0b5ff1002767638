"""No-phrasing, round 9: refusals from a fresh labeled set nobody had tuned on.

Every sentence here is written for this file. Each case pairs a refusal that stays flagged
with a look-alike beside it that refuses nobody.
"""

from __future__ import annotations

import pytest

from tests.conftest import flagged

# A refused adjective with 'non-', said in the present of what we sell, refuses as 'not
# refundable' does; an adjective that refuses nothing, a past told or a question do not.
NON_ADJECTIVES = [
    (
        "Gift cards are non-refundable.",
        ("CL306", "are non-refundable"),
        "The coating is non-toxic and safe for children.",
    ),
    (
        "Season tickets are strictly non-transferable.",
        ("CL306", "are strictly non-transferable"),
        "I didn't realise the ticket was non-refundable.",
    ),
    (
        "Sale items are non-returnable.",
        ("CL306", "are non-returnable"),
        "Is the deposit non-refundable?",
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), NON_ADJECTIVES)
def test_a_non_adjective(refusal: str, match: tuple[str, str], look_alike: str) -> None:
    assert flagged(refusal, "no-phrasing") == [match]
    assert flagged(look_alike, "no-phrasing") == []


# An activity forbidden reads as one even where its word is also a technical noun
# ('recording', 'record'); the record itself stays technical.
def test_an_activity_forbidden_whose_word_is_also_technical() -> None:
    assert flagged("Recording of calls is prohibited in the viewing room.", "no-phrasing") == [
        ("CL303", "is prohibited")
    ]
    assert flagged("Records older than 30 days are forbidden from being cached.") == []


# People named by an age limit are customers a rule is told to; people under a contract,
# files over a size and the writer's own are not.
AGED = [
    (
        "Drivers under 21 cannot rent vans.",
        ("CL302", "Drivers under 21 cannot rent"),
        "Drivers under contract cannot work more than nine hours.",
    ),
    (
        "Renters under 25 can't book the sports models.",
        ("CL302", "Renters under 25 can't book"),
        "My drivers under 25 can't get insured anywhere.",
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), AGED)
def test_customers_named_by_an_age_limit(
    refusal: str, match: tuple[str, str], look_alike: str
) -> None:
    assert flagged(refusal, "no-phrasing") == [match]
    assert flagged(look_alike, "no-phrasing") == []


# One of our people 'says no X': the refusal is the 'no' and what it refuses; a 'no' to
# something we do not give ('no nuts in the pesto') or 'no problem' refuses nobody.
SAYS_NO = [
    (
        "the manager says no exchanges this week",
        ("CL301", "no exchanges"),
        "chef says no nuts in the pesto, safe for the allergy",
    ),
    (
        "the supervisor says no refunds on opened software",
        ("CL301", "no refunds"),
        "chef says no problem, he'll plate it separately",
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), SAYS_NO)
def test_one_of_ours_says_no_to_a_thing(
    refusal: str, match: tuple[str, str], look_alike: str
) -> None:
    assert flagged(refusal, "no-phrasing") == [match]
    assert flagged(look_alike, "no-phrasing") == []


def test_no_and_an_activity_the_parser_reads_as_a_verb() -> None:
    assert flagged("No visiting after 8pm on the ward.", "no-phrasing") == [
        ("CL301", "No visiting")
    ]
    assert flagged("told them no boarding till the crew is ready", "no-phrasing") == [
        ("CL301", "no boarding")
    ]


# A service held back until the customer brings a paper refuses; the writer's own glasses
# and thanks do not.
WITHOUT = [
    (
        "We can't see you without an appointment.",
        ("CL302", "We can't see"),
        "I can't see you without my glasses, come closer.",
    ),
    (
        "Sorry, we can't see you without proof of address.",
        ("CL302", "we can't see"),
        "We couldn't have done it without you.",
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), WITHOUT)
def test_a_service_held_back_for_a_paper(
    refusal: str, match: tuple[str, str], look_alike: str
) -> None:
    assert flagged(refusal, "no-phrasing") == [match]
    assert flagged(look_alike, "no-phrasing") == []


def test_no_can_do_reported() -> None:
    assert flagged("I told him no can do, the kitchen is closed.", "no-phrasing") == [
        ("CL309", "no can do")
    ]
    assert flagged("said no can do on the late checkout, she was fine", "no-phrasing") == [
        ("CL309", "no can do")
    ]
    assert flagged("She said she can do it tomorrow.", "no-phrasing") == []


# A 'No' that spares the customer a cost or a penalty reassures; a 'No' that turns them
# away stays a refusal.
REASSURED = [
    (
        "No, you won't be admitted after the interval.",
        ("CL309", "No, you won't be admitted"),
        "No, you're not being charged for the cancelled night.",
    ),
    (
        "No, you can't be moved to another room tonight.",
        ("CL309", "No, you can't be moved"),
        "No, you're not being fined, the ticket was cancelled.",
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), REASSURED)
def test_a_no_that_reassures(refusal: str, match: tuple[str, str], look_alike: str) -> None:
    assert flagged(refusal, "no-phrasing") == [match]
    assert flagged(look_alike, "no-phrasing") == []


# One of us about our own rota, to a colleague; a refund refused stays flagged.
ROTA = [
    (
        "I can't do a refund on that, sorry.",
        ("CL302", "I can't do"),
        "I can't do the late shift on Friday.",
    ),
    (
        "I can't do a discount on sale items.",
        ("CL302", "I can't do"),
        "I can't cover Tuesday's shift, I've got a dentist appointment.",
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), ROTA)
def test_my_own_rota(refusal: str, match: tuple[str, str], look_alike: str) -> None:
    assert flagged(refusal, "no-phrasing") == [match]
    assert flagged(look_alike, "no-phrasing") == []


# The first half of 'not only … but also' refuses nobody; 'just don't' and 'don't just
# refund anyone' still refuse.
NOT_ONLY = [
    (
        "We just don't take cheques any more.",
        ("CL304", "We just don't take"),
        "We don't just fix phones, we repair laptops too.",
    ),
    (
        "We don't just refund anyone who asks.",
        ("CL304", "We don't just refund"),
        "We don't only do weddings, we do birthdays as well.",
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), NOT_ONLY)
def test_not_only(refusal: str, match: tuple[str, str], look_alike: str) -> None:
    assert flagged(refusal, "no-phrasing") == [match]
    assert flagged(look_alike, "no-phrasing") == []


# The customer asks ('Am I not allowed …?'); staff telling stays a refusal.
ASKED = [
    (
        "I am not allowed to give you a refund.",
        ("CL302", "I am not allowed to give"),
        "Am I not allowed to take photos in here?",
    ),
    (
        "We are not allowed to serve alcohol after 11.",
        ("CL302", "We are not allowed to serve"),
        "Are we not allowed to use the pool after dinner?",
    ),
    (
        "We can't take the booking, we're full.",
        ("CL302", "We can't take"),
        "Why can't we take the booking?",
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), ASKED)
def test_the_customer_asks(refusal: str, match: tuple[str, str], look_alike: str) -> None:
    assert match in flagged(refusal, "no-phrasing")
    assert flagged(look_alike, "no-phrasing") == []


# A 'No' with a term of address and the refusal after it are one span, as 'No, we can't
# move you' is; thanks, a 'no worries' and the hours we keep refuse nobody.
ADDRESSED = [
    (
        "No mate, we don't take cards.",
        ("CL309", "No mate, we don't take"),
        "No sir, thank you.",
    ),
    (
        "Nah, we don't do deliveries past the ring road.",
        ("CL309", "Nah, we don't do"),
        "Nah mate, no worries, we don't mind.",
    ),
    (
        "No sir, we can't hold the table.",
        ("CL309", "No sir, we can't hold"),
        "No mate, we don't close till ten.",
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), ADDRESSED)
def test_a_no_with_address_and_its_refusal(
    refusal: str, match: tuple[str, str], look_alike: str
) -> None:
    assert flagged(refusal, "no-phrasing") == [match]
    assert flagged(look_alike, "no-phrasing") == []
