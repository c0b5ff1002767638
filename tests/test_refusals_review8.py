"""No-phrasing, review of refusal rounds 8 and 9: two-stage identity, false alarms, lost
findings.

Every sentence here is a variant written for this file of a case the reviewer found. The
identity cases run both the candidate pass and the naive full parse and ask for the same
findings; the others pair what must stay flagged with what must stay silent.
"""

from __future__ import annotations

import pytest

from custlint.config import Settings, active_rules
from custlint.engine.linter import Linter
from tests.conftest import flagged


def _key(text: str, found: list) -> list[tuple[str, str]]:
    return sorted((getattr(f.rule, "id", f.rule), text[f.start : f.end]) for f in found)


def _both(text: str) -> tuple[list, list]:
    """The findings of the candidate pass and of the naive full parse."""
    rules = active_rules(Settings())
    two = Linter(rules).lint_texts([text])[0]
    naive = Linter(rules, two_stage=False).lint_texts([text])[0]
    return _key(text, two), _key(text, naive)


def _no(text: str) -> list[tuple[str, str]]:
    return flagged(text, "no-phrasing")


# 1. The candidate pass screens 'non-' words from the same list the shape reads.
@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("Coupons are non-reusable.", ("CL306", "are non-reusable")),
        ("Gift vouchers are non-extendible.", ("CL306", "are non-extendible")),
    ],
)
def test_a_non_adjective_is_found_by_both_passes(text: str, match: tuple[str, str]) -> None:
    two, naive = _both(text)
    assert two == naive
    assert match in two


# 4. 'non-' said of someone's own thing, told by others, or 'non-negotiable' of no price.
@pytest.mark.parametrize(
    "text",
    [
        "Kindness is non-negotiable in our house.",
        "For my dad, Sunday lunch is non-negotiable.",
        "Most low-cost carriers say their tickets are non-refundable.",
        "They say the seats are non-refundable, but I got a refund anyway.",
        "My uncle's pension is non-transferable, he told me.",
    ],
)
def test_a_non_adjective_that_refuses_nobody(text: str) -> None:
    assert _no(text) == []


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("The room rate is non-negotiable.", ("CL306", "is non-negotiable")),
        ("Your pass is non-transferable.", ("CL306", "is non-transferable")),
        ("The manager says the deposit is non-refundable.", ("CL306", "is non-refundable")),
    ],
)
def test_a_non_adjective_that_still_refuses(text: str, match: tuple[str, str]) -> None:
    assert _no(text) == [match]


# 2. A noted 'nope' is read only after the forms of telling the trigger names.
@pytest.mark.parametrize(
    "text",
    [
        "saying nope to the late checkout, we're full",
        "tells them nah whenever they ask for a room change",
    ],
)
def test_a_noted_nope_is_the_same_in_both_passes(text: str) -> None:
    two, naive = _both(text)
    assert two == naive


# 7. A noted 'nope' refuses only with a request or a reason.
@pytest.mark.parametrize(
    "text",
    [
        "told her nope, wrong floor, the gym is upstairs",
        "I said nah, I'd rather take the bus.",
    ],
)
def test_a_noted_nope_with_nothing_refused(text: str) -> None:
    assert _no(text) == []


def test_a_noted_nope_with_a_reason_still_refuses() -> None:
    assert _no("told 9 nope, fully booked tonight") == [("CL309", "told 9 nope")]
    assert _no("said nah to the upgrade") == [("CL309", "said nah")]


# 3. A customer's inverted question ('Is my dog not allowed …?') is read the same by both
# passes, and refuses nobody.
@pytest.mark.parametrize(
    "text",
    [
        "Is my dog not allowed on the terrace after eight?",
        "Are our bikes not allowed in the courtyard?",
    ],
)
def test_a_customers_inverted_question(text: str) -> None:
    two, naive = _both(text)
    assert two == naive
    assert [f for f in two if f[0].startswith("CL3")] == []


def test_the_rule_itself_still_refuses() -> None:
    assert _no("Dogs are not allowed on the terrace after eight.") == [("CL303", "are not allowed")]


# 5. A request participle of a thing a workshop, a kitchen or a program also handles, or
# held back for a physical or technical reason, refuses nobody.
@pytest.mark.parametrize(
    "text",
    [
        "The ticket cannot be closed until the tester signs it off.",
        "The order cannot be reassigned to a different worker process.",
        "The session cannot be copied between servers.",
        "The cake can't be moved until it has set.",
        "The seat can't be moved because the runner is broken.",
        "The balance can't be checked while the ledger is locked.",
    ],
)
def test_a_handled_thing_not_moved(text: str) -> None:
    assert _no(text) == []


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("Your seat can't be moved after check-in.", ("CL306", "can't be moved")),
        ("Tickets cannot be moved to another date.", ("CL306", "cannot be moved")),
        ("The account cannot be closed by phone.", ("CL306", "cannot be closed")),
    ],
)
def test_a_customers_thing_still_refused(text: str, match: tuple[str, str]) -> None:
    assert _no(text) == [match]


# 6. 'boarding' modifying a paper or a place refuses no boarding.
@pytest.mark.parametrize(
    "text",
    ["There was no boarding pass in the envelope.", "The screen showed no boarding gate yet."],
)
def test_a_boarding_thing(text: str) -> None:
    assert _no(text) == []


def test_boarding_refused_still() -> None:
    assert _no("No boarding after 9.") == [("CL301", "No boarding")]


# 8. 'no can do' reported by a person right before it; talked about, or shown by a thing,
# it refuses nobody.
@pytest.mark.parametrize(
    "text",
    ["She told us no can do was a bit rude", "The app said no can do on the error page."],
)
def test_no_can_do_not_a_reply(text: str) -> None:
    assert _no(text) == []


def test_no_can_do_told_still_refuses() -> None:
    assert _no("The manager said no can do on the upgrade.") == [("CL309", "no can do")]


# 9. An apology beside 'can't do it' refuses a request; one elsewhere in the sentence, or
# 'can't do it myself', does not.
@pytest.mark.parametrize(
    "text",
    [
        "Sorry, can't do it myself, my knee is bad",
        "Can't do that on Sundays, my knee is bad, sorry about the mess",
    ],
)
def test_cant_do_it_of_the_writer(text: str) -> None:
    assert _no(text) == []


def test_cant_do_that_sorry_still_refuses() -> None:
    assert _no("Can't do that I'm afraid.") == [("CL302", "Can't do")]


# 10. An age limit the law or a governing body sets is reported, not ours.
@pytest.mark.parametrize(
    "text",
    [
        "Students over 19 can't claim the grant, the government says.",
        "Players under 10 can't play on full-size pitches, under league rules.",
        "Teenagers under 16 cannot legally buy fireworks in Ireland.",
    ],
)
def test_an_age_limit_of_the_law(text: str) -> None:
    assert _no(text) == []


def test_our_age_limit_still_refuses() -> None:
    assert _no("Swimmers under 8 can't use the deep end.") == [
        ("CL302", "Swimmers under 8 can't use")
    ]


# 11. A place that does not let a part of itself be worked refuses the customer nothing.
def test_a_place_not_letting_its_fittings_be_worked() -> None:
    assert (
        _no("The stadium doesn't allow the pitch lights to be switched off during matches.") == []
    )
    assert (
        _no("The museum does not allow the shutters to be raised in summer, the staff said.") == []
    )


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("The gym does not allow the sauna to be used after 9.", ("CL304", "gym does not allow")),
        ("The ward does not allow flowers.", ("CL304", "ward does not allow")),
    ],
)
def test_a_place_not_allowing_the_customer_still_refuses(text: str, match: tuple[str, str]) -> None:
    assert _no(text) == [match]


# 12. One of ours 'says no' to a thing off the refusal list still refuses ('says no').
@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("manager says no takeaways after 11", ("CL309", "manager says no")),
        ("boss says no freebies for the hen party", ("CL309", "boss says no")),
        ("manager says no separate bills on Saturdays", ("CL309", "manager says no")),
    ],
)
def test_says_no_to_an_unlisted_thing(text: str, match: tuple[str, str]) -> None:
    assert _no(text) == [match]


def test_says_no_to_what_a_dish_holds_or_good_news() -> None:
    assert _no("chef says no nuts in the satay, fine for the allergy") == []
    assert _no("chef says no problem, he'll do it without sauce") == []


# 13. 'We don't just …' is the first half of 'not only … but also' only with a second half.
def test_dont_just_without_a_second_half_refuses() -> None:
    assert _no("We don't just give refunds to anybody who asks.") == [
        ("CL304", "We don't just give")
    ]
    assert _no("We don't simply issue refunds on request.") == [("CL304", "We don't simply issue")]


def test_dont_just_with_a_second_half() -> None:
    assert _no("We don't just sell bikes but also service them.") == []


# 14. Only a shift or a rota is one of us about our own rota; nights at a rate and overtime
# rates are prices refused to a customer.
@pytest.mark.parametrize(
    "text",
    [
        "I can't do two nights at the midweek rate, sorry.",
        "I can't do overtime rates for a birthday party, sorry.",
    ],
)
def test_nights_and_overtime_rates_refused(text: str) -> None:
    assert _no(text) == [("CL302", "I can't do")]


def test_own_shift_still_quiet() -> None:
    assert _no("I can't cover the early shift on Sunday.") == []


# 15. An era in a clause of its own dates nothing, and a refusal told to 'you' is never
# history.
@pytest.mark.parametrize(
    ("text", "match"),
    [
        (
            "You were not allowed in because the Victorian hall is closed for repairs.",
            ("CL303", "were not allowed"),
        ),
        (
            "Dogs were not allowed in because the Georgian floor is fragile.",
            ("CL303", "were not allowed"),
        ),
    ],
)
def test_an_era_of_another_clause(text: str, match: tuple[str, str]) -> None:
    assert _no(text) == [match]


def test_a_rule_of_another_time_still_quiet() -> None:
    assert _no("Back then, dogs were not allowed on the beach.") == []


# Smaller: 'seen' refuses walk-ins, not a walkway or walking routes out of sight.
def test_seen_walk_ins_not_a_walkway() -> None:
    assert _no("The walkway can't be seen from the car park.") == []
    assert _no("Walking trails cannot be seen on this map.") == []
    assert _no("Walk-ins cannot be seen after 6.") == [("CL306", "cannot be seen")]


# 13/14, kept quiet: a second half after a comma, and our own nights or overtime.
@pytest.mark.parametrize(
    "text",
    [
        "We don't simply fix bikes, we rebuild them.",
        "I can't cover nights next month, I'm on leave.",
        "I can't work overtime this week, my car is in the garage.",
    ],
)
def test_second_half_and_own_rota_stay_quiet(text: str) -> None:
    assert _no(text) == []


def test_the_non_trigger_reads_the_shapes_list() -> None:
    rule = next(r for r in active_rules(Settings()) if r.id == "CL306")
    pattern = next(p for p in rule.options["trigger_patterns"] if p[0].get("LOWER") == "non")
    assert set(pattern[2]["LOWER"]["IN"]) == set(rule.lexicon["non_adjectives"])
