"""Where plain lines end a sentence: wrapped prose joins, one note per line does not."""

from __future__ import annotations

import textwrap

from custlint.engine.blocks import split_blocks

NOTES = [
    "cust says the heater in the annexe has been clicking since two this am",
    "agent: logged it for maintenance, they will look before lunch",
    "rm 12 asked for the late checkout again and wants it confirmed in writing today",
    "a much longer note that somebody typed without any full stop at the end, as people do in logs",
]

PROSE = " ".join(
    [
        "Our team reads every message that reaches the front desk and answers it within",
        "a working day, and when something needs a manager we say so in the reply and",
        "name the person who will follow it up, so that nobody is left wondering who",
        "has their request or what happens next with it",
    ]
)


def blocks(text: str) -> list[str]:
    return [text[s:e] for s, e in split_blocks(text)]


def test_one_note_per_line_stays_apart_though_lines_are_long_and_unpunctuated() -> None:
    # Each note is over 60 characters, ends without a stop and is followed by a lower-case
    # line, but is well short of the longest line: it was not wrapped.
    assert blocks("\n".join(NOTES) + "\n") == NOTES


def test_greedily_wrapped_prose_is_one_block() -> None:
    for width in (72, 80, 100):
        wrapped = textwrap.fill(PROSE, width=width)
        assert blocks(wrapped) == [wrapped], width


def test_a_long_address_on_its_own_line_does_not_unwrap_the_paragraph() -> None:
    wrapped = textwrap.fill(PROSE, width=78)
    text = (
        wrapped
        + "\nsee https://example.org/help/articles/front-desk-replies-and-follow-ups-for-every-kind-of-request-2025"
    )
    assert blocks(text)[0].startswith(wrapped)


WRAPPED = [
    "The older kettle you asked about in your message last week is\nnot supported by our desk.",
    "Pick a seat on the map. If not, one is issued at check-in.",
    "Whether or not it is approved by e-mail, your booking stands.",
]


def test_wrapped_lines_and_elliptical_nots_give_both_stages_the_same_findings() -> None:
    from custlint.config import Settings, active_rules
    from custlint.engine.linter import Linter

    rules = active_rules(Settings())
    fast, naive = (
        [
            [(f.rule.id, text[f.start : f.end]) for f in found]
            for text, found in zip(
                WRAPPED, Linter(rules, two_stage=two).lint_texts(WRAPPED), strict=True
            )
        ]
        for two in (True, False)
    )
    assert fast == naive
    # A refusal wrapped over a line break is found; 'if not' and 'whether or not' stand
    # for clauses of their own and negate nothing.
    assert fast == [[("CL306", "is\nnot supported")], [], []]
