"""`--format json`: a JSON list of finding objects and nothing else on stdout."""

from __future__ import annotations

import json
from collections.abc import Sequence

from custlint.finding import Finding


def render(findings: Sequence[Finding]) -> str:
    return json.dumps([f.to_dict() for f in findings], ensure_ascii=False, indent=2) + "\n"
