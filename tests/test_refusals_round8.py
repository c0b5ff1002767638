"""No-phrasing, round 8: passive refusals of a request, places' rules, shorthand, history.

Every sentence here is written for this file. Each case pairs a refusal that stays flagged
with a look-alike beside it that refuses nobody.
"""

from __future__ import annotations

import pytest

from tests.conftest import flagged

# A request participle in the passive refuses when what it is done to is the customer's
# (an account, a bag, a booking); the same verb of a door, a meeting or a road refuses
# nobody. 'Seen' refuses a person an appointment, never a thing out of sight.
PASSIVE_REQUESTS = [
    (
        "Accounts cannot be closed by phone.",
        ("CL306", "cannot be closed"),
        "The door cannot be closed because the hinge is broken.",
    ),
    (
        "Unfortunately your bag can't be checked through to Lisbon.",
        ("CL306", "can't be checked"),
        "The road can't be seen from here.",
    ),
    (
        "Your appointment can't be moved to Saturday.",
        ("CL306", "can't be moved"),
        "The meeting can't be moved, the speaker is flying in.",
    ),
    (
        "Memberships cannot be frozen during the first three months.",
        ("CL306", "cannot be frozen"),
        "The valley cannot be seen from the road.",
    ),
    (
        "Parcels cannot be redirected once they have left the depot.",
        ("CL306", "cannot be redirected"),
        "The garden cannot be seen from the street.",
    ),
    (
        "Walk-ins cannot be seen after 6 pm.",
        ("CL306", "cannot be seen"),
        "The mountain cannot be seen through the fog.",
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), PASSIVE_REQUESTS)
def test_a_request_refused_in_the_passive(
    refusal: str, match: tuple[str, str], look_alike: str
) -> None:
    assert flagged(refusal, "no-phrasing") == [match]
    assert flagged(look_alike, "no-phrasing") == []


# A place that serves customers states our rule; the law, the weather or other places
# state theirs, and a place that lacks a thing describes itself.
PLACES = [
    (
        "The ward does not allow flowers.",
        ("CL304", "ward does not allow"),
        "The law does not allow landlords to keep a deposit without a reason.",
    ),
    (
        "The stadium doesn't allow umbrellas.",
        ("CL304", "stadium doesn't allow"),
        "The stadium does not have a roof.",
    ),
    (
        "The lounge doesn't admit under-16s.",
        ("CL304", "lounge doesn't admit"),
        "The lounge doesn't have showers.",
    ),
    (
        "Our hotel does not have parking.",
        ("CL304", "hotel does not have"),
        "The hotel doesn't have a pool, but the beach is two minutes away.",
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), PLACES)
def test_a_places_rule_is_ours(refusal: str, match: tuple[str, str], look_alike: str) -> None:
    assert flagged(refusal, "no-phrasing") == [match]
    assert flagged(look_alike, "no-phrasing") == []


# Notes and chat refuse in shorthand; the same words about a plumber, a printer or a
# question of fact refuse nobody.
SHORTHAND = [
    (
        "2B wants an upgrade, not poss",
        ("CL309", "not poss"),
        "not poss to reach the plumber, try again at 3",
    ),
    (
        "rm 8 asked for late c/o, not possible",
        ("CL309", "not possible"),
        "tried calling 14 twice, not possible to get through",
    ),
    (
        '"Can I pay by cheque?" "Not poss I\'m afraid."',
        ("CL309", "Not poss"),
        "not sure if 12 has paid, check with the desk",
    ),
    (
        "cant do that sorry, full tonight",
        ("CL302", "cant do"),
        "printer cant do double sided, use the one in the office",
    ),
    (
        "told 14 nope, fully booked",
        ("CL309", "told 14 nope"),
        '"Is the museum far?" "Nope, five minutes."',
    ),
    (
        '"Any chance of a window seat?" "Nope, fully booked."',
        ("CL309", "Nope"),
        '"Did you find my glasses?" "Nope, sorry, not yet."',
    ),
    (
        "Nah, can't do that on a pay-as-you-go SIM, sorry.",
        ("CL309", "Nah, can't do that"),
        '"Did 12 check out?" "Nope, still in the room."',
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), SHORTHAND)
def test_a_refusal_in_shorthand(refusal: str, match: tuple[str, str], look_alike: str) -> None:
    assert flagged(refusal, "no-phrasing") == [match]
    assert flagged(look_alike, "no-phrasing") == []


# A rule of another time, told as history or a memoir, refuses nobody now; what we refused
# the customer, told to them in the past tense, still does.
HISTORY = [
    (
        "You were not allowed to board because your passport had expired.",
        ("CL302", "You were not allowed to board"),
        "Women were not allowed to vote until 1918.",
    ),
    (
        "Children are not allowed in the reading room.",
        ("CL303", "are not allowed"),
        "In the nineteenth century, children were not allowed in the reading room.",
    ),
    (
        "Dogs are not permitted on the trams.",
        ("CL303", "are not permitted"),
        "In 1950 dogs were not permitted on the trams.",
    ),
    (
        "In 2019 you were not allowed to board because your passport had expired.",
        ("CL302", "you were not allowed to board"),
        "He was not permitted to board in 2019 because his visa had lapsed, and he wrote a "
        "book about it.",
    ),
    (
        "We were not allowed to bring our own wine, which was a shame.",
        ("CL302", "We were not allowed to bring"),
        "In the old days passengers were not allowed to bring more than one bag.",
    ),
    (
        "Visitors are not permitted after 8 pm.",
        ("CL303", "are not permitted"),
        "Back then visitors were not permitted after 8 pm.",
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), HISTORY)
def test_history_refuses_nobody_now(refusal: str, match: tuple[str, str], look_alike: str) -> None:
    assert flagged(refusal, "no-phrasing") == [match]
    assert flagged(look_alike, "no-phrasing") == []
