"""Settings for one run, and which rules they switch on.

Selection follows ruff: `select` names rule ids, id prefixes or categories; an exact id
switches on a rule that is off by default, a prefix or category only takes rules that
are on by default (or everything with `ALL`); `ignore` removes what it names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from custlint.errors import ConfigError
from custlint.rulepack import CATEGORIES, SEVERITIES, Rule, RuleDoc, load_rules

FAIL_ON = ("error", "warning", "info", "never")
GENRES = ("auto", "prose", "technical")
# An organization's own role words (`[terms] flag`) become descriptor rules CL190, CL191, …
TERM_RULE_BASE = 190
TERM_RULE_LIMIT = 999 - TERM_RULE_BASE + 1


@dataclass(frozen=True)
class Settings:
    select: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str = "info"
    model: str | None = None
    # The trained judge vetoes locator and refusal hits; off by default until it beats the
    # rules on held-out data (see training/README.md).
    judge: bool = False
    rule_files: tuple[Path, ...] = ()
    severity: dict[str, str] = field(default_factory=dict, hash=False)
    # `[terms] flag`: (word, rewrite) pairs turned into descriptor rules (see `term_rules`).
    flag_terms: tuple[tuple[str, str], ...] = ()
    # `[terms] accept`: words whose descriptor findings are dropped.
    accept: tuple[str, ...] = ()
    # Report inline suppressions that matched no finding (as rule CL000).
    report_unused_ignores: bool = False
    # How a document's genre is decided: "auto" measures it (`engine.genre`); "prose" and
    # "technical" say it for every document.
    genre: str = "auto"

    def __post_init__(self) -> None:
        if self.fail_on not in FAIL_ON:
            raise ConfigError(f"fail-on = {self.fail_on!r} (choose one of: {', '.join(FAIL_ON)})")
        if self.genre not in GENRES:
            raise ConfigError(f"genre = {self.genre!r} (choose one of: {', '.join(GENRES)})")
        for rule_id, level in self.severity.items():
            if level not in SEVERITIES:
                raise ConfigError(
                    f"severity for {rule_id} = {level!r} (choose one of: {', '.join(SEVERITIES)})"
                )


def _matches(selector: str, rule: Rule) -> bool:
    sel = selector.strip()
    return sel.upper() == "ALL" or sel == rule.category or rule.id.startswith(sel.upper())


def _explicit(selector: str, rule: Rule) -> bool:
    return selector.strip().upper() in ("ALL", rule.id)


def check_selectors(selectors: tuple[str, ...], rules: list[Rule], option: str) -> None:
    for sel in selectors:
        if not any(_matches(sel, r) for r in rules):
            raise ConfigError(
                f"{option}: '{sel}' matches no rule (use rule ids such as CL101, prefixes such "
                f"as CL1, categories {', '.join(CATEGORIES)}, or ALL)"
            )


def _singular(word: str) -> str:
    """A crude singular for a configured word ('members' -> 'member'); the descriptor kind
    derives the plural itself."""
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


@cache
def term_rules(flag_terms: tuple[tuple[str, str], ...]) -> tuple[Rule, ...]:
    """Descriptor rules for an organization's own role words, ids CL190, CL191, …"""
    if len(flag_terms) > TERM_RULE_LIMIT:
        raise ConfigError(f"terms.flag: at most {TERM_RULE_LIMIT} words")
    rules = []
    for i, (word, rewrite) in enumerate(flag_terms):
        term = _singular(word.strip().lower())
        base = _singular(rewrite.strip()) or "customer"
        rules.append(
            Rule(
                id=f"CL{TERM_RULE_BASE + i}",
                name=f"term-{term.replace(' ', '-')}",
                kind="descriptor",
                category="descriptor",
                severity="warning",
                message="'{match}' is one of your organization's role words: say '{replacement}'.",
                doc=RuleDoc(
                    summary=f"Say {base}, not {term} (from your configuration's [terms] flag).",
                    what=f"Flags '{term}' (and plurals and possessives) used for people.",
                    why="Your organization lists it as a role word to avoid.",
                    bad=f"Ask the {term} to wait.",
                    good=f"Ask the {base} to wait.",
                ),
                pack="config-terms",
                terms=(term,),
                checks=("noun_sense", "not_thing_modifier"),
                rewrite=base,
                fix="safe",
            )
        )
    return tuple(rules)


def all_rules(settings: Settings) -> list[Rule]:
    """Built-in rules, the settings' rule files and the configured terms, ids checked."""
    rules = load_rules(settings.rule_files)
    if settings.flag_terms:
        ids = {r.id for r in rules}
        extra = term_rules(settings.flag_terms)
        clash = next((r.id for r in extra if r.id in ids), None)
        if clash:
            raise ConfigError(f"terms.flag: rule id {clash} is already taken by a rule file")
        rules += extra
    return rules


def active_rules(settings: Settings) -> list[Rule]:
    rules = all_rules(settings)
    check_selectors(settings.select, rules, "select")
    check_selectors(settings.extend_select, rules, "extend-select")
    check_selectors(settings.ignore, rules, "ignore")
    unknown = [r for r in settings.severity if r not in {x.id for x in rules}]
    if unknown:
        raise ConfigError(f"severity: '{unknown[0]}' is not a rule id")
    chosen = []
    for rule in rules:
        if settings.select:
            on = any(
                _explicit(s, rule) or (_matches(s, rule) and rule.enabled) for s in settings.select
            )
        else:
            on = rule.enabled
        on = on or any(
            _explicit(s, rule) or (_matches(s, rule) and rule.enabled)
            for s in settings.extend_select
        )
        if on and any(_matches(s, rule) for s in settings.ignore):
            on = False
        if on:
            chosen.append(rule)
    return chosen
