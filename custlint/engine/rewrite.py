"""Rewrites that keep the writer's casing, number, possessive and article."""

from __future__ import annotations

APOSTROPHES = ("'", "’")


def match_case(replacement: str, original: str) -> str:
    """'Passengers' -> 'Customers', 'PATIENTS' -> 'CUSTOMERS', 'guests' -> 'customers'."""
    letters = [c for c in original if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if letters and original.lstrip()[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def noun_form(base: str, plural: bool, possessive: str = "") -> str:
    """customer / customers / customer's / customers' (keeping the writer's apostrophe)."""
    word = base + "s" if plural else base
    if not possessive:
        return word
    mark = "’" if "’" in possessive else "'"
    return word + mark if plural else word + mark + "s"


def article_for(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"
