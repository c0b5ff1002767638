"""The text the tagger and the candidate pass see: same length, so offsets still hold."""

from __future__ import annotations

import re

_TYPOGRAPHIC = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "`": "'", "´": "'"})


# Function words shouted for emphasis ("refunds CANNOT be issued") confuse the tagger.
_EMPHASIS = re.compile(
    r"\b(NOT|NO|NEVER|CANNOT|CAN|CAN'T|WON'T|DON'T|DOESN'T|WILL|DO|DOES|MUST|ARE|IS|BE|ALL|ANY)\b"
)


def parse_form(text: str) -> str:
    """The text the parser sees: same length, so offsets still hold.

    The English pipeline was trained mostly on straight quotes and mixed case; curly
    apostrophes ("can’t") and ALL-CAPS signs ("CANNOT BE RETURNED") otherwise derail it.
    """
    plain = text.translate(_TYPOGRAPHIC)
    letters = [c for c in plain if c.isalpha()]
    if len(letters) >= 8 and sum(c.isupper() for c in letters) / len(letters) > 0.7:
        lowered = plain.lower()
        if len(lowered) == len(plain):
            first = next((i for i, c in enumerate(lowered) if c.isalpha()), 0)
            plain = lowered[:first] + lowered[first : first + 1].upper() + lowered[first + 1 :]
        return plain
    return _EMPHASIS.sub(lambda m: m.group(0).lower(), plain)
