"""No-phrasing, round 6: refusals in staff shorthand and chat (verdicts, a dropped 'we'),
privacy that withholds, limits on signs, and what a thing holds or work will have done.

Every sentence here is written for this file. Each case pairs a refusal that stays flagged
with a look-alike beside it that refuses nobody.
"""

from __future__ import annotations

import pytest

from tests.conftest import flagged

# A note's verdict on a request: the bare participle after a heading that names the request,
# under the request, or set off by commas after the customer's asking. 'Access denied' names
# no request; a card declined is the issuer's answer.
VERDICTS = [
    (
        "Upgrade req for 14C: denied.",
        ("CL305", "denied"),
        "Access denied for user admin.",
    ),
    (
        "Late checkout request denied, hotel full.",
        ("CL305", "Late checkout request denied"),
        "Card declined, customer paid cash.",
    ),
    (
        "Extension: declined.",
        ("CL305", "declined"),
        "Your payment was declined by the bank.",
    ),
    (
        "cust wanted cash back on the voucher, refused.",
        ("CL305", "refused"),
        "Your card was declined.",
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), VERDICTS)
def test_a_notes_verdict_on_a_request(
    refusal: str, match: tuple[str, str], look_alike: str
) -> None:
    assert flagged(refusal, "no-phrasing") == [match]
    assert flagged(look_alike, "no-phrasing") == []


# Chat drops the 'we': a negated 'can'/'will' that opens the reply (or follows an apology)
# and a service done to the customer or to what they ask for. Plans and feelings stay quiet.
ELIDED = [
    (
        "Sorry, can't seat you till your whole group is here.",
        ("CL302", "can't seat"),
        "Can't wait to see you all on Saturday!",
    ),
    (
        "Can't do exchanges on sale stock, sorry.",
        ("CL302", "Can't do"),
        "Can't make it tonight, sorry.",
    ),
    (
        "Won't be able to rebook you today, flights are full.",
        ("CL302", "Won't be able to rebook"),
        "Won't take long.",
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), ELIDED)
def test_a_refusal_with_the_we_dropped(
    refusal: str, match: tuple[str, str], look_alike: str
) -> None:
    assert flagged(refusal, "no-phrasing") == [match]
    assert flagged(look_alike, "no-phrasing") == []


# 'Can't' give out details that are not the customer's own refuses the one asking; 'your
# data' and data passed to outsiders stay a privacy promise. A harmless verb with the
# customer and a particle of service ('sign you off') refuses too.
WITHHELD = [
    (
        "We can't give out account details over the phone.",
        ("CL302", "We can't give out"),
        "We cannot share your data with advertisers.",
    ),
    (
        "I'm not allowed to give out that information.",
        ("CL302", "I'm not allowed to give out"),
        "We can't give out personal information to third parties.",
    ),
    (
        "I can't sign you off work, you'll need your GP for that.",
        ("CL302", "I can't sign you off"),
        "We can't thank you enough.",
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), WITHHELD)
def test_details_withheld_and_services_with_a_particle(
    refusal: str, match: tuple[str, str], look_alike: str
) -> None:
    assert flagged(refusal, "no-phrasing") == [match]
    assert flagged(look_alike, "no-phrasing") == []


# Signs: money moved in a form we refuse ('no cheque deposits', where 'no deposit' is good
# news) and a limit a sign opens on. A tally of what happened on a shift refuses nobody.
SIGNS = [
    (
        "No cheque deposits at the self-service machines.",
        [("CL301", "No cheque deposits")],
        "No security deposit, no hidden charges.",
    ),
    (
        "No more than two bags per passenger.",
        [("CL301", "No more than two bags")],
        "It takes no more than five minutes.",
    ),
    (
        "No more than 4 guests per room.",
        [("CL301", "No more than 4 guests")],
        "Quiet shift: no falls, no complaints, no new admissions.",
    ),
]


@pytest.mark.parametrize(("refusal", "matches", "look_alike"), SIGNS)
def test_signs_of_money_and_limits(
    refusal: str, matches: list[tuple[str, str]], look_alike: str
) -> None:
    assert flagged(refusal, "no-phrasing") == matches
    assert flagged(look_alike, "no-phrasing") == []


# What a table holds, how our own work will go, what will have been done by when, and a
# refusal of nobody refuse nobody; beside them, more refusals in shorthand and on signs.
NOT_REFUSALS = [
    (
        "Company policy, can't help you.",
        ("CL302", "can't help"),
        "Table 6 can't seat ten.",
    ),
    (
        "Refund request: rejected, outside the 30 days.",
        ("CL305", "rejected"),
        "The nurse said she couldn't have the scan report ready before Tuesday.",
    ),
    (
        "No coin deposits after 2 pm.",
        ("CL301", "No coin deposits"),
        "We won't have finished the repairs by the weekend.",
    ),
    (
        "Sorry, can't refund that, it was a sale item.",
        ("CL302", "can't refund"),
        "No one was refused a refund.",
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), NOT_REFUSALS)
def test_capacity_our_own_work_and_the_perfect(
    refusal: str, match: tuple[str, str], look_alike: str
) -> None:
    assert flagged(refusal, "no-phrasing") == [match]
    assert flagged(look_alike, "no-phrasing") == []
