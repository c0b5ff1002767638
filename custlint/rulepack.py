"""Rule packs are data: TOML files whose rules extend one of a few check kinds.

A pack has a `[pack]` header, optional `[lexicon]` word lists that its checks share,
and `[[rules]]`. The engine implements each kind once (see `custlint.engine.kinds`);
a rule only supplies words, patterns, named checks, exceptions and its rewrite.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from custlint.errors import RuleError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

KINDS = ("descriptor", "locator", "refusal")
CATEGORIES = ("descriptor", "locator", "no-phrasing")
SEVERITIES = ("error", "warning", "info")
FIXES = ("safe", "unsafe", "none")
ID_RE = re.compile(r"^[A-Z][A-Z0-9]*\d{3}$")

REQUIRED = ("id", "name", "kind", "category", "severity", "message", "doc")
OPTIONAL = (
    "enabled",
    "suggestion",
    "terms",
    "patterns",
    "triggers",
    "checks",
    "exceptions",
    "rewrite",
    "fix",
    "options",
)
DOC_FIELDS = ("summary", "what", "why", "bad", "good")


@dataclass(frozen=True)
class RuleDoc:
    summary: str
    what: str
    why: str
    bad: str
    good: str


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    kind: str
    category: str
    severity: str
    message: str
    doc: RuleDoc
    pack: str
    enabled: bool = True
    suggestion: str = ""
    terms: tuple[str, ...] = ()
    patterns: tuple = ()
    triggers: tuple[str, ...] = ()
    checks: tuple[str, ...] = ()
    exceptions: tuple[str, ...] = ()
    rewrite: str = ""
    fix: str = "none"
    options: dict = field(default_factory=dict, hash=False, compare=False)
    lexicon: dict = field(default_factory=dict, hash=False, compare=False)


def builtin_rules_dir() -> Path:
    """The packaged `_rules` folder in a wheel, else the repository's top-level `rules/`."""
    here = Path(__file__).resolve().parent
    packaged = here / "_rules"
    return packaged if packaged.is_dir() else here.parent / "rules"


def _fail(source: str, where: str, problem: str) -> RuleError:
    return RuleError(f"{source}: {where}: {problem}")


def _str_list(value: Any, source: str, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(source, where, "expected a list of strings")
    return tuple(value)


def _with_lexicon(patterns: Any, lexicon: dict, source: str, where: str) -> Any:
    """Trigger patterns with every `{IN = "@name"}` spelled out as the pack's lexicon list
    `name`, so a pattern and the shape it screens for read one list."""
    if not isinstance(patterns, list):
        return patterns
    out = []
    for pattern in patterns:
        if not isinstance(pattern, list):
            out.append(pattern)
            continue
        tokens = []
        for token in pattern:
            if isinstance(token, dict):
                token = dict(token)
                for key, value in token.items():
                    if isinstance(value, dict) and isinstance(value.get("IN"), str):
                        name = value["IN"]
                        if not name.startswith("@") or name[1:] not in lexicon:
                            raise _fail(
                                source, where, f"trigger pattern names no lexicon list {name!r}"
                            )
                        token[key] = {**value, "IN": sorted(lexicon[name[1:]])}
            tokens.append(token)
        out.append(tokens)
    return out


def _parse_rule(raw: dict, pack: str, lexicon: dict, source: str, index: int) -> Rule:
    where = f"rule {raw.get('id', f'#{index + 1}')}"
    unknown = sorted(set(raw) - set(REQUIRED) - set(OPTIONAL))
    if unknown:
        valid = ", ".join(REQUIRED + OPTIONAL)
        raise _fail(source, where, f"unknown key '{unknown[0]}' (valid keys: {valid})")
    if not isinstance(raw.get("id"), str) or not ID_RE.match(raw["id"]):
        raise _fail(source, where, "id must look like CL101 (capital letters, then 3 digits)")
    for key in REQUIRED:
        if key not in raw:
            raise _fail(source, where, f"missing required key '{key}'")
    for key, choices in (
        ("kind", KINDS),
        ("category", CATEGORIES),
        ("severity", SEVERITIES),
        ("fix", FIXES),
    ):
        value = raw.get(key, "none")
        if value not in choices:
            raise _fail(source, where, f"{key} = {value!r} (choose one of: {', '.join(choices)})")
    if not isinstance(raw.get("enabled", True), bool):
        raise _fail(source, where, "enabled must be true or false")
    doc_raw = raw["doc"]
    if not isinstance(doc_raw, dict):
        raise _fail(source, where, "doc must be a table")
    missing_doc = [k for k in DOC_FIELDS if not isinstance(doc_raw.get(k), str)]
    if missing_doc:
        raise _fail(source, where, f"doc.{missing_doc[0]} is required (a string)")
    patterns = raw.get("patterns", [])
    if not isinstance(patterns, list) or not all(
        isinstance(p, list) and all(isinstance(t, dict) for t in p) for p in patterns
    ):
        raise _fail(source, where, "patterns must be a list of spaCy token patterns")
    options = raw.get("options", {})
    if not isinstance(options, dict):
        raise _fail(source, where, "options must be a table")
    if "trigger_patterns" in options:
        options = {
            **options,
            "trigger_patterns": _with_lexicon(options["trigger_patterns"], lexicon, source, where),
        }
    return Rule(
        id=raw["id"],
        name=str(raw["name"]),
        kind=raw["kind"],
        category=raw["category"],
        severity=raw["severity"],
        message=str(raw["message"]),
        doc=RuleDoc(**{k: doc_raw[k].strip() for k in DOC_FIELDS}),
        pack=pack,
        enabled=raw.get("enabled", True),
        suggestion=str(raw.get("suggestion", "")),
        terms=_str_list(raw.get("terms", []), source, f"{where}: terms"),
        patterns=tuple(tuple(p) for p in patterns),
        triggers=_str_list(raw.get("triggers", []), source, f"{where}: triggers"),
        checks=_str_list(raw.get("checks", []), source, f"{where}: checks"),
        exceptions=_str_list(raw.get("exceptions", []), source, f"{where}: exceptions"),
        rewrite=str(raw.get("rewrite", "")),
        fix=raw.get("fix", "none"),
        options=options,
        lexicon=lexicon,
    )


def load_pack(path: Path) -> list[Rule]:
    """Read one pack file; every problem names the file, the rule and the key."""
    source = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RuleError(f"{source}: cannot read rule pack ({exc.strerror})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise RuleError(f"{source}: not valid TOML ({exc})") from None
    header = data.get("pack", {})
    pack = header.get("name", path.stem) if isinstance(header, dict) else path.stem
    lexicon_raw = data.get("lexicon", {})
    if not isinstance(lexicon_raw, dict):
        raise _fail(source, "lexicon", "must be a table of word lists")
    lexicon = {
        name: frozenset(w.lower() for w in _str_list(words, source, f"lexicon.{name}"))
        for name, words in lexicon_raw.items()
    }
    rules_raw = data.get("rules", [])
    if not isinstance(rules_raw, list):
        raise _fail(source, "rules", "must be an array of tables ([[rules]])")
    return [_parse_rule(r, pack, lexicon, source, i) for i, r in enumerate(rules_raw)]


def load_rules(extra_files: tuple[Path, ...] = ()) -> list[Rule]:
    """All built-in rules plus a team's own rule files, checked for duplicate ids."""
    rules = list(_builtin_rules())
    for path in extra_files:
        rules.extend(load_pack(Path(path)))
    seen: dict[str, str] = {}
    for rule in rules:
        if rule.id in seen:
            raise RuleError(
                f"rule id {rule.id} is defined twice (packs {seen[rule.id]}, {rule.pack})"
            )
        seen[rule.id] = rule.pack
    return rules


@cache
def _builtin_rules() -> tuple[Rule, ...]:
    folder = builtin_rules_dir()
    files = sorted(folder.glob("*.toml"))
    if not files:
        raise RuleError(f"{folder}: no built-in rule packs found (is custlint installed whole?)")
    return tuple(rule for f in files for rule in load_pack(f))
