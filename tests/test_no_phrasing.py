"""No-phrasing pack: refusal-first wording, with a yes-framing suggestion on every finding."""

from __future__ import annotations

import pytest

from tests.conftest import flagged, lint_text

POSITIVE = [
    ("No refunds after 30 days.", "CL301"),
    ("NO PETS ARE ALLOWED IN THE LOUNGE.", "CL301"),
    ("We cannot accept cash at the bar.", "CL302"),
    ("Unfortunately we are unable to change the date of your ticket.", "CL302"),
    ("We won't hold the table past 8 pm.", "CL302"),
    ("Smoking is not allowed on the balcony.", "CL303"),
    ("Outside food is prohibited in the cinema.", "CL303"),
    ("We do not accept checks.", "CL304"),
    ("Your refund request has been denied.", "CL305"),
    ("Sale items cannot be returned.", "CL306"),
    ("I'm sorry, it's against our policy to hold items.", "CL307"),
    ("There is nothing we can do about the weather.", "CL308"),
    ("No, we can't move you to business class.", "CL309"),
]

INNOCENT = [
    "No problem, I've resent the invoice.",
    "Delivery is included at no extra cost.",
    "There is no fee for changing your seat.",
    "You don't need to print your ticket.",
    "There is no need to call ahead.",
    "Not only is breakfast included, but parking is free too.",
    "No matter when you arrive, the desk is open.",
    "No doubt you'll enjoy the rooftop bar.",
    "Don't hesitate to contact us if anything is unclear.",
    "We can't wait to welcome you back.",
    "You won't be charged for the upgrade.",
    "We do not sell or share your personal information.",
    "The server did not respond, so the request timed out.",
    "The promise is rejected when the socket closes.",
    "If you can't find your booking, call us.",
]


@pytest.mark.parametrize(("text", "rule"), POSITIVE)
def test_refusals_are_flagged_with_a_suggestion(text, rule):
    findings = [f for f in lint_text(text) if f.category == "no-phrasing"]
    assert [f.rule for f in findings] == [rule]
    assert findings[0].suggestion or findings[0].replacements


@pytest.mark.parametrize("text", INNOCENT)
def test_innocent_negation_is_not_flagged(text):
    assert flagged(text, "no-phrasing") == []


@pytest.mark.parametrize(
    ("text", "match", "rewrite"),
    [
        (
            "No refunds after 30 days.",
            "No refunds after 30 days",
            "Refunds are available for 30 days",
        ),
        (
            "We cannot ship your order until payment clears.",
            "We cannot ship your order until payment clears",
            "We will ship your order as soon as payment clears",
        ),
        (
            "Sale items cannot be returned after 14 days.",
            "Sale items cannot be returned after 14 days",
            "Sale items can be returned within 14 days",
        ),
    ],
)
def test_sentence_rewrites_are_unsafe_fixes(text, match, rewrite):
    (finding,) = lint_text(text)
    assert finding.match == match
    assert finding.replacements == (rewrite,)
    assert finding.fix == "unsafe"
