"""The text the tagger and the candidate pass see: same length, so offsets still hold."""

from __future__ import annotations

import re
from string import ascii_lowercase, ascii_uppercase

_TYPOGRAPHIC = str.maketrans(
    {"’": "'", "‘": "'", "“": '"', "”": '"', "`": "'", "´": "'", "\n": " ", "\r": " "}
)


# Function words shouted for emphasis ("refunds CANNOT be issued") confuse the tagger.
_EMPHASIS = re.compile(
    r"\b(NOT|NO|NEVER|CANNOT|CAN|CAN'T|WON'T|DON'T|DOESN'T|WILL|DO|DOES|MUST|ARE|IS|BE|ALL|ANY)\b"
)


# A quotation in single quotes: the opening mark starts a word, the closing one ends one,
# and an apostrophe inside stands between letters ("'so you're table nine'"). The girls'
# 12, the '90s and don't are not quotations.
_SINGLE_QUOTED = re.compile(r"(?<![\w'])'(?=[^\s'])((?:[^'\n]|(?<=\w)'(?=\w))*?)(?<=\S)'(?!\w)")


def parse_form(text: str) -> str:
    """The text the parser sees: same length, so offsets still hold.

    The English pipeline was trained mostly on straight quotes and mixed case; curly
    apostrophes ("can’t") and ALL-CAPS signs ("CANNOT BE RETURNED") otherwise derail it.
    A line break inside a sentence (wrapped text) reads as a space: as a token of its own
    it split "is\nnot supported" where the candidate patterns look for "is not".
    """
    plain = text.translate(_TYPOGRAPHIC)
    if _mostly_capitals(plain):
        lowered = plain.lower()
        if len(lowered) == len(plain):
            first = next((i for i, c in enumerate(lowered) if c.isalpha()), 0)
            plain = lowered[:first] + lowered[first : first + 1].upper() + lowered[first + 1 :]
        return plain
    return _EMPHASIS.sub(lambda m: m.group(0).lower(), _double_quoted(plain, text))


def _double_quoted(plain: str, written: str) -> str:
    """Single quotation marks of words said as double ones, which the tagger reads as
    quotation marks ("addressed us as 'Table Nine'" parsed the first mark as a possessive
    and the name as a thing). One quoted word ('guest' in a log line) and backticks stay:
    the checks read them as an identifier in code."""
    if "'" not in plain:
        return plain

    def said(m: re.Match) -> str:
        if " " not in m.group(1) or "`" in (written[m.start()], written[m.end() - 1]):
            return m.group(0)
        return f'"{m.group(1)}"'

    return _SINGLE_QUOTED.sub(said, plain)


def _mostly_capitals(text: str) -> bool:
    """At least 8 letters, over 70% of them capitals: a sign, not a sentence."""
    if text.isascii():
        # Counting each letter in C is many times faster than a loop over characters.
        upper = sum(map(text.count, ascii_uppercase))
        if upper < 6:
            return False
        letters = upper + sum(map(text.count, ascii_lowercase))
    else:
        letters = sum(c.isalpha() for c in text)
        upper = sum(c.isupper() for c in text if c.isalpha())
    return letters >= 8 and upper / letters > 0.7
