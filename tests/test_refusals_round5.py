"""No-phrasing, round 5: refusals worded as what we are able to do, what we do not do,
and the rights we keep.

Every sentence here is written for this file. Each case pairs a refusal that stays flagged
with a look-alike beside it that refuses nobody.
"""

from __future__ import annotations

import pytest

from tests.conftest import flagged

# "not something I'm able to …" refuses a service as "not something we can …" does; what we
# are not able to predict or comment on refuses the customer nothing.
ABLE = [
    (
        "I'm sorry, that isn't something I'm able to waive.",
        ("CL308", "that isn't something I'm able to waive"),
        "That isn't something we're able to predict.",
    ),
    (
        "It's not something we are able to offer on the basic plan.",
        ("CL308", "It's not something we are able to offer"),
        "It's not something I'm able to comment on.",
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), ABLE)
def test_not_something_we_are_able_to_do(
    refusal: str, match: tuple[str, str], look_alike: str
) -> None:
    assert flagged(refusal, "no-phrasing") == [match]
    assert flagged(look_alike, "no-phrasing") == []


# A right we reserve to refuse is a refusal announced in advance; the customer's own right
# to refuse, or a right we merely respect, refuses them nothing.
RIGHTS = [
    (
        "We reserve the right to refuse entry.",
        ("CL305", "We reserve the right to refuse entry"),
        "You have the right to refuse treatment at any time.",
    ),
    (
        "The hotel reserves the right to decline any booking.",
        ("CL305", "The hotel reserves the right to decline any booking"),
        "Guests reserve the right to decline housekeeping.",
    ),
    (
        "We reserve the right to deny boarding to anyone who is abusive.",
        ("CL305", "We reserve the right to deny boarding"),
        "We respect your right to refuse cookies.",
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), RIGHTS)
def test_a_right_we_reserve_to_refuse(
    refusal: str, match: tuple[str, str], look_alike: str
) -> None:
    assert flagged(refusal, "no-phrasing") == [match]
    assert flagged(look_alike, "no-phrasing") == []


# A service we are not giving right now ("we're not taking bookings") refuses it as "we do
# not take bookings" does; a past night, a reassurance about the customer's own booking
# and a promise to keep their details private refuse nothing.
FOR_NOW = [
    (
        "Sorry, we're not taking bookings for the bank holiday.",
        ("CL304", "we're not taking"),
        "We weren't taking bookings that week because of the refit.",
    ),
    (
        "We are not accepting new members until the spring.",
        ("CL304", "We are not accepting"),
        "Don't worry, we're not cancelling your membership.",
    ),
    (
        "We're not doing hot food after nine.",
        ("CL304", "We're not doing"),
        "We're not sharing your address with the courier.",
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), FOR_NOW)
def test_a_service_refused_for_now(refusal: str, match: tuple[str, str], look_alike: str) -> None:
    assert flagged(refusal, "no-phrasing") == [match]
    assert flagged(look_alike, "no-phrasing") == []


# A hyphenated service verb after our "can't" or "won't" is refused as after "do not"; the
# parser reads it as a noun. A promise to do it, or a condition, refuses nothing.
HYPHENATED = [
    (
        "We won't price-match marketplace sellers.",
        ("CL302", "We won't price-match"),
        "We will price-match any shop in town.",
    ),
    (
        "We can't gift-wrap items bought online.",
        ("CL302", "We can't gift-wrap"),
        "If we can't gift-wrap it, we'll pop a ribbon in the bag.",
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), HYPHENATED)
def test_a_hyphenated_service_we_cannot_give(
    refusal: str, match: tuple[str, str], look_alike: str
) -> None:
    assert flagged(refusal, "no-phrasing") == [match]
    assert flagged(look_alike, "no-phrasing") == []


# "key" and "property" are technical subjects ("keys cannot be null"); a modifier that puts
# them in the customer's hand (a locker key, lost property) makes the rule a refusal.
IN_HAND = [
    (
        "Locker keys must not be taken home.",
        ("CL306", "must not be taken"),
        "API keys cannot be transferred between projects.",
    ),
    (
        "Lost property will not be posted abroad.",
        ("CL306", "will not be posted"),
        "Primary keys cannot be changed after the first import.",
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), IN_HAND)
def test_a_key_or_property_in_the_customers_hand(
    refusal: str, match: tuple[str, str], look_alike: str
) -> None:
    assert flagged(refusal, "no-phrasing") == [match]
    assert flagged(look_alike, "no-phrasing") == []


# "go" is harmless after "can't", but a price we will not go below refuses the discount the
# customer asked for, said to them or reported by our people; a temperature or a deck
# refuses nobody.
HAGGLED = [
    (
        "Sorry, we can't go any lower than £65 on this sofa.",
        ("CL302", "we can't go"),
        "The temperature won't go below freezing tonight.",
    ),
    (
        "told the buyer we won't go under 10% off on ex-display",
        ("CL302", "we won't go"),
        "We can't go below deck until the crossing is calm.",
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), HAGGLED)
def test_a_price_we_will_not_go_below(
    refusal: str, match: tuple[str, str], look_alike: str
) -> None:
    assert flagged(refusal, "no-phrasing") == [match]
    assert flagged(look_alike, "no-phrasing") == []


# The review's false alarms: how work is going, a version or a count we will not go below, a
# reference table's row. Each stays quiet beside the refusal it was mistaken for.
REVIEWED = [
    (
        "We're not taking bookings for the terrace this week.",
        ("CL304", "We're not taking"),
        "We're not having any problems with the new release.",
    ),
    (
        "We can't go any lower than £65 a night for that room.",
        ("CL302", "We can't go"),
        "We can't go below Python 3.8 because the code uses the walrus operator.",
    ),
    (
        "Sorry, we won't go under 10 percent off on sale items.",
        ("CL302", "we won't go"),
        "We can't go any lower than 5 retries without losing data.",
    ),
    (
        "Smoking: not allowed.",
        ("CL309", "not allowed"),
        "Async mode: not allowed.",
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), REVIEWED)
def test_what_the_review_found_stays_quiet(
    refusal: str, match: tuple[str, str], look_alike: str
) -> None:
    assert flagged(refusal, "no-phrasing") == [match]
    assert flagged(look_alike, "no-phrasing") == []
