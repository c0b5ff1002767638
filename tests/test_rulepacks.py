"""Rule packs are data: the built-ins load, and broken packs fail with a named key."""

from __future__ import annotations

from pathlib import Path

import pytest

from custlint.errors import RuleError
from custlint.rulepack import load_pack, load_rules


def test_builtin_packs_have_unique_ids_in_one_scheme() -> None:
    rules = load_rules()
    ids = [r.id for r in rules]
    assert len(ids) == len(set(ids))
    prefixes = {"descriptor": "CL1", "locator": "CL2", "no-phrasing": "CL3"}
    assert all(r.id.startswith(prefixes[r.category]) for r in rules)
    assert {r.name for r in rules if not r.enabled} >= {
        "user",
        "member",
        "subscriber",
        "visitor",
        "caller",
        "consumer",
        "shopper",
        "tenant",
    }
    assert all(r.doc.bad and r.doc.good for r in rules)


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("[[rules]]\nid = 'CL901'\n", "missing required key 'name'"),
        ("[[rules]]\nid = 'X'\n", "id must look like CL101"),
        (
            "[[rules]]\nid='CL901'\nname='x'\nkind='other'\ncategory='locator'\nseverity='info'\n"
            "message='m'\n[rules.doc]\nsummary='s'\nwhat='w'\nwhy='y'\nbad='b'\ngood='g'\n",
            "kind = 'other' (choose one of: descriptor, locator, refusal)",
        ),
        (
            "[[rules]]\nid='CL901'\nname='x'\nkind='descriptor'\ncategory='descriptor'\nseverity='info'\n"
            "message='m'\ncolour='red'\n[rules.doc]\nsummary='s'\nwhat='w'\nwhy='y'\nbad='b'\ngood='g'\n",
            "unknown key 'colour'",
        ),
        ("not = [valid", "not valid TOML"),
    ],
)
def test_broken_packs_name_the_file_rule_and_key(tmp_path: Path, body: str, problem: str) -> None:
    pack = tmp_path / "team.toml"
    pack.write_text(body, encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_pack(pack)
    assert str(pack) in str(err.value)
    assert problem in str(err.value)
