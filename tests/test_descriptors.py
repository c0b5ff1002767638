"""Descriptor pack: each case is (sentence, expected matches, expected replacements)."""

from __future__ import annotations

import pytest

import custlint
from custlint.config import Settings
from tests.conftest import flagged, lint_text

POSITIVE = [
    ("All passengers must board by gate time.", "passengers", "customers"),
    ("The passenger in the aisle asked for tea.", "passenger", "customer"),
    ("Our patients deserve quiet nights.", "patients", "customers"),
    ("Every patient's chart is reviewed daily.", "patient's", "customer's"),
    ("We read the patients' feedback every week.", "patients'", "customers'"),
    ("Guests may use the pool until ten.", "Guests", "Customers"),
    ("A guest left a glowing review this morning.", "guest", "customer"),
    ("We onboard each new client within a week.", "client", "customer"),
    ("CLIENTS RECEIVE A MONTHLY STATEMENT.", "CLIENTS", "CUSTOMERS"),
    ("Participants get the slides after the workshop.", "Participants", "Customers"),
    ("An account holder can order a new card online.", "An account holder", "A customer"),
    ("The cardholder is covered for lost cards.", "cardholder", "customer"),
    ("Every policyholder gets a renewal notice.", "policyholder", "customer"),
    ("We have 180 pax boarding at gate 4.", "pax", "customers"),
    ("Cargo shippers can track consignments online.", "Cargo shippers", "Customers"),
    ("Every diner receives a free dessert tonight.", "diner", "customer"),
    ("Patrons must show ID at the bar.", "Patrons", "Customers"),
    # scare quotes keep the determiner outside: the people are still called guests
    ('Our "guests" in the annexe were furious about the noise.', "guests", "customers"),
    ("We had 40 “passengers” stuck at the gate.", "passengers", "customers"),
    ('"Passengers, please take your seats," she said.', "Passengers", "Customers"),
    ('"Passengers" must show ID at the gate.', "Passengers", "Customers"),
    ("Long-term guests get a free breakfast.", "guests", "customers"),
]

INNOCENT = [
    "Please be patient while we load your booking.",
    "She waited patiently at the desk.",
    "The HTTP client retries on a 503 response.",
    "Client-side validation catches typos in the form.",
    "Install the email client and sign in.",
    "Adjust the passenger seat before you drive off.",
    "Log in to the patient portal to see your results.",
    "Connect to the guest Wi-Fi with the code on your key card.",
    "Our guest speaker this year is a marine biologist.",
    "The guest OS shares a folder with the host.",
    "We stopped at a roadside diner for pancakes.",
    "Investigators traced the outbreak to patient zero.",
    "The customer in row 3 asked for water.",
    # the word talked about as a word, as a style guide does
    'Say "customer", never "passenger", in every letter.',
    "We replaced “patient” with “customer” in all our templates.",
    "The word guest appears forty times in the old handbook.",
    "Please avoid the term 'client' when you write to people.",
]


@pytest.mark.parametrize(("text", "match", "replacement"), POSITIVE)
def test_role_words_are_flagged_with_a_customer_rewrite(text, match, replacement):
    findings = [f for f in lint_text(text) if f.category == "descriptor"]
    assert [f.match for f in findings] == [match]
    assert findings[0].replacements == (replacement,)
    assert findings[0].fix == "safe"


@pytest.mark.parametrize("text", INNOCENT)
def test_innocent_senses_are_not_flagged(text):
    assert flagged(text, "descriptor") == []


def test_positions_point_at_the_match():
    text = "Hello.\nThe hotel thanks its guests for staying.\n"
    (finding,) = custlint.lint_text(text)
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (2, 22, 2, 28)
    assert text.splitlines()[1][finding.column - 1 : finding.end_column - 1] == "guests"


def test_borderline_roles_are_off_until_selected():
    text = "Members get early access to the sale."
    assert flagged(text) == []
    assert flagged(text, config=Settings(extend_select=("CL151",))) == [("CL151", "Members")]
