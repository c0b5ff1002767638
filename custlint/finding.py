"""A finding is plain data: where, which rule, what was matched and how to fix it.

Selection, suppression and reporting only read findings; nothing downstream mutates one.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum


class Category(str, Enum):
    DESCRIPTOR = "descriptor"
    LOCATOR = "locator"
    NO_PHRASING = "no-phrasing"


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"info": 1, "warning": 2, "error": 3}[self.value]


class Applicability(str, Enum):
    """How safe a replacement is, in ruff's sense.

    `safe` keeps the meaning (a word or locator rewrite); `unsafe` may change it (a
    sentence rewrite of refusal wording).
    """

    SAFE = "safe"
    UNSAFE = "unsafe"


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    rule: str
    category: str
    severity: str
    message: str
    match: str
    replacements: tuple[str, ...] = ()
    fix: str | None = None
    # A yes-framing hint for refusal wording; empty where the replacement says it all.
    suggestion: str = ""
    # Where a person finds the line in a file without lines of its own (.docx: "table 2,
    # row 3, cell 1"); None elsewhere.
    location: str | None = None
    # Offsets into the decoded source text (0-based, end exclusive); used by fixers.
    start: int = field(default=0, compare=False)
    end: int = field(default=0, compare=False)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["replacements"] = list(self.replacements)
        del data["start"], data["end"]
        if data["location"] is None:
            del data["location"]
        return data

    @property
    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.rule)
