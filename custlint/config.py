"""Settings for one run, and which rules they switch on.

Selection follows ruff: `select` names rule ids, id prefixes or categories; an exact id
switches on a rule that is off by default, a prefix or category only takes rules that
are on by default (or everything with `ALL`); `ignore` removes what it names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from custlint.errors import ConfigError
from custlint.rulepack import CATEGORIES, SEVERITIES, Rule, load_rules

FAIL_ON = ("error", "warning", "info", "never")


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

    def __post_init__(self) -> None:
        if self.fail_on not in FAIL_ON:
            raise ConfigError(f"fail-on = {self.fail_on!r} (choose one of: {', '.join(FAIL_ON)})")
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


def active_rules(settings: Settings) -> list[Rule]:
    rules = load_rules(settings.rule_files)
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
