"""The audit's outputs: a terminal table, JSON, CSV and a Word report with charts.

The Word report reuses the sections of `custlint.reporters.word_report` (tables, rules,
page numbers, the `Score`) and adds matplotlib charts (Agg, PNG) with `add_picture`.

CSV columns (one row per group, an "overall" row, then per-week rows when dates exist):
`scope` (group | overall | week), `group` (the group, or "overall"), `week` (ISO week such
as 2024-W07, empty on group and overall rows), `messages`, `words`, `customer` (times
"customer(s)" is said), `descriptor`, `locator`, `no_phrasing` (findings per category),
`score` (customer / (customer + descriptor + locator), 4 decimals, empty when there are no
such words), then `descriptor:<word>` per role word found, `locator:<kind>` per locator
kind (seat, room, table, bed, flight, account, ticket, number) and `no_phrasing:<rule>` per
active no-phrasing rule. Week rows fill the columns up to `score` (the per-word columns
stay empty: weekly counts are per category).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from custlint.audit.partial import Counts, overall
from custlint.audit.sources import ReadStats
from custlint.config import Settings
from custlint.rulepack import Rule

TITLE = "Customer-language audit"
LOCATOR_KINDS = ("seat", "room", "table", "bed", "flight", "account", "ticket", "number")
WEEK_FIELDS = ("messages", "customer", "descriptor", "locator", "no-phrasing")


@dataclass
class AuditResult:
    groups: dict[str, Counts]
    stats: ReadStats
    rules: list[Rule]
    settings: Settings
    engine: str = "local"
    seconds: float = 0.0
    total: Counts = field(init=False)

    def __post_init__(self) -> None:
        self.total = overall(self.groups)

    @property
    def rule_names(self) -> dict[str, str]:
        return {r.id: r.name for r in self.rules}

    def refusal_rules(self) -> list[str]:
        ids = [r.id for r in self.rules if r.category == "no-phrasing"]
        return ids + sorted(set(self.total.refusals) - set(ids))

    def weeks(self) -> list[str]:
        return sorted(self.total.weeks)


def _score(counts: Counts | Counter) -> float | None:
    if isinstance(counts, Counts):
        customer, descriptor, locator = counts.customer, counts.descriptor, counts.locator
    else:
        customer, descriptor, locator = (counts[k] for k in ("customer", "descriptor", "locator"))
    total = customer + descriptor + locator
    return customer / total if total else None


def _percent(value: float | None) -> str:
    return "n/a" if value is None else f"{round(value * 100)}%"


def _ranked(counter: Counter) -> list[tuple[Any, int]]:
    """Most frequent first, ties in key order (stable across runs and engines)."""
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


# --- JSON -------------------------------------------------------------------------


def _week_json(week: str, c: Counter) -> dict:
    return {
        "week": week,
        "messages": c["messages"],
        "customer": c["customer"],
        "descriptor": c["descriptor"],
        "locator": c["locator"],
        "no_phrasing": c["no-phrasing"],
        "score": _round(_score(c)),
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _totals(counts: Counts) -> dict[str, int]:
    """The head counts every output shares, in their column order."""
    return {
        "messages": counts.messages,
        "words": counts.words,
        "customer": counts.customer,
        "descriptor": counts.descriptor,
        "locator": counts.locator,
        "no_phrasing": counts.no_phrasing,
    }


def counts_json(counts: Counts, top: int = 10) -> dict:
    return {
        **_totals(counts),
        "score": _round(_score(counts)),
        "descriptors": dict(_ranked(counts.descriptors)),
        "locators": dict(_ranked(counts.locators)),
        "no_phrasing_rules": dict(_ranked(counts.refusals)),
        "top_phrases": [
            {
                "category": category,
                "phrase": phrase,
                "count": n,
                "examples": [
                    {"id": rid, "sentence": f"{b}{m}{a}".strip(), "match": m}
                    for _seq, _at, rid, b, m, a in counts.examples.get((category, phrase), [])
                ],
            }
            for (category, phrase), n in _ranked(counts.phrases)[:top]
        ],
        "weeks": [_week_json(w, counts.weeks[w]) for w in sorted(counts.weeks)],
    }


def render_json(result: AuditResult, top: int = 10) -> str:
    data = {
        "sources": [
            {"path": s, "kind": result.stats.kinds.get(s, ""), "messages": n}
            for s, n in result.stats.per_source.items()
        ],
        "messages": result.total.messages,
        "skipped": result.stats.skipped,
        "undated": result.stats.undated,
        "rules": [r.id for r in result.rules],
        "rule_names": result.rule_names,
        "overall": counts_json(result.total, top),
        "groups": {g: counts_json(result.groups[g], top) for g in sorted(result.groups)},
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


# --- CSV --------------------------------------------------------------------------


def csv_header(result: AuditResult) -> list[str]:
    words = [w for w, _ in _ranked(result.total.descriptors)]
    kinds = list(LOCATOR_KINDS) + sorted(set(result.total.locators) - set(LOCATOR_KINDS))
    base = ["scope", "group", "week", "messages", "words", "customer"]
    base += ["descriptor", "locator", "no_phrasing", "score"]
    return (
        base
        + [f"descriptor:{w}" for w in words]
        + [f"locator:{k}" for k in kinds]
        + [f"no_phrasing:{r}" for r in result.refusal_rules()]
    )


def _score_cell(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def render_csv(result: AuditResult) -> str:
    header = csv_header(result)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)

    def row(scope: str, group: str, counts: Counts) -> list:
        values: dict[str, Any] = {
            "scope": scope,
            "group": group,
            "week": "",
            **_totals(counts),
            "score": _score_cell(_score(counts)),
        }
        for column in header:
            kind, _, key = column.partition(":")
            if key:
                source = {
                    "descriptor": counts.descriptors,
                    "locator": counts.locators,
                    "no_phrasing": counts.refusals,
                }[kind]
                values[column] = source[key]
        return [values.get(c, "") for c in header]

    def week_row(group: str, week: str, c: Counter) -> list:
        values = {
            "scope": "week",
            "group": group,
            "week": week,
            "messages": c["messages"],
            "words": "",
            "customer": c["customer"],
            "descriptor": c["descriptor"],
            "locator": c["locator"],
            "no_phrasing": c["no-phrasing"],
            "score": _score_cell(_score(c)),
        }
        return [values.get(col, "") for col in header]

    for group in sorted(result.groups):
        writer.writerow(row("group", group, result.groups[group]))
    writer.writerow(row("overall", "overall", result.total))
    for group in sorted(result.groups):
        weeks = result.groups[group].weeks
        for week in sorted(weeks):
            writer.writerow(week_row(group, week, weeks[week]))
    for week in result.weeks():
        writer.writerow(week_row("overall", week, result.total.weeks[week]))
    return buffer.getvalue()


# --- terminal table ---------------------------------------------------------------


def _table(header: Sequence[str], rows: Sequence[Sequence[object]], left: int = 1) -> list[str]:
    """Columns padded to width; the first `left` columns left-aligned, numbers right."""
    cells = [[str(c) for c in header]] + [[str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = []
    for n, r in enumerate(cells):
        parts = [c.ljust(widths[i]) if i < left else c.rjust(widths[i]) for i, c in enumerate(r)]
        lines.append("  ".join(parts).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return lines


def _counts_row(name: str, c: Counts) -> list:
    return [
        name,
        f"{c.messages:,}",
        f"{c.customer:,}",
        f"{c.descriptor:,}",
        f"{c.locator:,}",
        f"{c.no_phrasing:,}",
        _percent(_score(c)),
    ]


SCORE_HEADER = ("GROUP", "MESSAGES", "CUSTOMER", "ROLE WORDS", "LOCATORS", "NO-PHRASING", "SCORE")


def _inline(items: list[tuple[Any, int]], limit: int = 10) -> str:
    shown = ", ".join(f"{k} {n:,}" for k, n in items[:limit])
    more = len(items) - limit
    return shown + (f", … ({more} more)" if more > 0 else "") if items else "none"


def render_table(result: AuditResult, top: int = 10) -> str:
    total = result.total
    weeks = result.weeks()
    span = f", {weeks[0]} to {weeks[-1]}" if weeks else ""
    sources = len(result.stats.per_source) or len(result.stats.kinds)
    lines = [
        f"{TITLE}: {_plural(total.messages, 'message')} in {_plural(len(result.groups), 'group')}"
        f" from {_plural(sources, 'source')}{span}",
        "",
    ]
    rows = [_counts_row(g, result.groups[g]) for g in sorted(result.groups)]
    rows.append(_counts_row("overall", total))
    lines += _table(SCORE_HEADER, rows)
    lines += [
        "",
        "Score: customer / (customer + role words + locators).",
        "",
        f"Role words:   {_inline(_ranked(total.descriptors))}",
        f"Locators:     {_inline(_ranked(total.locators))}",
        "No-phrasing:  "
        + _inline(
            [(f"{r} {result.rule_names.get(r, '')}".strip(), n) for r, n in _ranked(total.refusals)]
        ),
    ]
    phrases = _ranked(total.phrases)[:top]
    if phrases:
        lines += ["", f"Top flagged phrases (of {len(total.phrases):,})", ""]
        rows = [(p, cat, f"{n:,}") for (cat, p), n in phrases]
        table = _table(("PHRASE", "CATEGORY", "COUNT"), rows, left=2)
        lines += table[:2]
        for line, ((cat, p), _n) in zip(table[2:], phrases, strict=True):
            lines.append(line)
            for _seq, _at, _rid, before, match, after in total.examples.get((cat, p), [])[:2]:
                lines.append(f"    e.g. “{(before + match + after).strip()}”")
    if weeks:
        lines += ["", "By week (all groups)", ""]
        header = ("WEEK", "MESSAGES", "CUSTOMER", "ROLE WORDS", "LOCATORS", "NO-PHRASING", "SCORE")
        rows = []
        for week in weeks:
            c = total.weeks[week]
            rows.append(
                [
                    week,
                    f"{c['messages']:,}",
                    f"{c['customer']:,}",
                    f"{c['descriptor']:,}",
                    f"{c['locator']:,}",
                    f"{c['no-phrasing']:,}",
                    _percent(_score(c)),
                ]
            )
        lines += _table(header, rows)
    return "\n".join(lines) + "\n"


# --- charts -----------------------------------------------------------------------

BLUE = "#1F4E79"
ORANGE = "#C55A11"


def _figure(width: float = 7.0, height: float = 3.6) -> Any:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=150)
    FigureCanvasAgg(figure)
    return figure


def _png(figure: Any) -> bytes:
    buffer = io.BytesIO()
    figure.tight_layout()
    figure.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()


def chart_scores(result: AuditResult) -> bytes:
    """Customer-language score per group (bars), the overall score as a dashed line."""
    groups = sorted(result.groups)
    values = [(_score(result.groups[g]) or 0) * 100 for g in groups]
    figure = _figure(7.0, 0.9 + 0.45 * max(3, len(groups)))
    ax = figure.add_subplot()
    bars = ax.barh(groups[::-1], values[::-1], color=BLUE)
    for bar, value in zip(bars, values[::-1], strict=True):
        ax.text(
            value + 1,
            bar.get_y() + bar.get_height() / 2,
            f"{value:.0f}%",
            va="center",
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 1},
            zorder=3,
        )
    total = _score(result.total)
    if total is not None:
        ax.axvline(
            total * 100, color=ORANGE, linestyle="--", label=f"overall {total:.0%}", zorder=2
        )
        ax.legend(loc="lower right", frameon=False)
    ax.set_xlim(0, 110)
    ax.set_xlabel("customer-language score (%)")
    ax.set_title("Customer-language score by group")
    ax.spines[["top", "right"]].set_visible(False)
    return _png(figure)


def chart_descriptors(result: AuditResult, top: int = 10) -> bytes:
    """The most used role words (descriptor findings), all groups."""
    items = _ranked(result.total.descriptors)[:top]
    figure = _figure(7.0, 0.9 + 0.4 * max(3, len(items)))
    ax = figure.add_subplot()
    if items:
        words = [w for w, _ in items][::-1]
        counts = [n for _, n in items][::-1]
        ax.barh(words, counts, color=ORANGE)
        for y, n in enumerate(counts):
            ax.text(n, y, f" {n:,}", va="center")
    else:
        ax.text(0.5, 0.5, "no role words found", ha="center", va="center")
    ax.set_xlabel("findings")
    ax.set_title("Role words used instead of “customer”")
    ax.spines[["top", "right"]].set_visible(False)
    return _png(figure)


def chart_trend(result: AuditResult) -> bytes:
    """The score per ISO week: overall (thick) and per group (thin, up to eight)."""
    weeks = result.weeks()
    figure = _figure(7.0, 3.6)
    ax = figure.add_subplot()
    x = list(range(len(weeks)))
    groups = sorted(result.groups)
    if len(groups) <= 8:
        for group in groups:
            own = result.groups[group].weeks
            points = [(i, _score(own[w])) for i, w in enumerate(weeks) if w in own]
            points = [(i, v * 100) for i, v in points if v is not None]
            if points:
                ax.plot(*zip(*points, strict=True), marker=".", linewidth=1, alpha=0.7, label=group)
    points = [(i, _score(result.total.weeks[w])) for i, w in enumerate(weeks)]
    points = [(i, v * 100) for i, v in points if v is not None]
    if points:
        ax.plot(
            *zip(*points, strict=True), color="black", linewidth=2.5, marker="o", label="overall"
        )
    ax.set_xticks(
        x, weeks, rotation=45 if len(weeks) > 6 else 0, ha="right" if len(weeks) > 6 else "center"
    )
    ax.set_ylim(0, 105)
    ax.set_ylabel("score (%)")
    ax.set_title("Customer-language score per ISO week")
    ax.legend(fontsize=7, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.spines[["top", "right"]].set_visible(False)
    return _png(figure)


# --- Word -------------------------------------------------------------------------


def build_docx(result: AuditResult, top: int = 10, now: dt.datetime | None = None) -> Any:
    """The audit as a python-docx Document: what was audited, the score (table and chart),
    counts, the weekly trend and the top phrases with examples."""
    from docx.enum.text import WD_COLOR_INDEX
    from docx.shared import Inches, Pt

    from custlint.reporters.word_report import add_rules, add_table, begin_report

    total = result.total
    when = (now or dt.datetime.now()).astimezone()
    facts = [
        _plural(total.messages, "message"),
        _plural(total.words, "word"),
        _plural(len(result.groups), "group"),
    ]
    word = begin_report(TITLE, when, facts)

    word.add_heading("What was audited", 1)
    add_table(
        word,
        ["Source", "Kind", "Messages"],
        [(s, result.stats.kinds.get(s, ""), f"{n:,}") for s, n in result.stats.per_source.items()],
        first_width=0.6,
    )
    notes = []
    if result.stats.skipped:
        notes.append(f"{_plural(result.stats.skipped, 'bad line or file')} skipped")
    if result.stats.undated:
        notes.append(f"{_plural(result.stats.undated, 'message')} without a usable date")
    if notes:
        word.add_paragraph("; ".join(notes).capitalize() + ".")
    add_rules(word, result.rules, result.settings)

    word.add_heading("Customer-language score", 1)
    p = word.add_paragraph()
    p.add_run(f"Overall: {_percent(_score(total))}").bold = True
    p.add_run(
        f". Of {_plural(total.customer + total.descriptor + total.locator, 'word')} used for the "
        f"people served, {total.customer:,} say “customer”; {total.descriptor:,} are role words "
        f"such as “guest” and {total.locator:,} call a person by a seat, room or number. "
        f"{total.no_phrasing:,} sentences lead with a refusal."
    )
    header = ["Group", "Messages", "Customer", "Role words", "Locators", "No-phrasing", "Score"]
    rows = [_counts_row(g, result.groups[g]) for g in sorted(result.groups)]
    rows.append(_counts_row("Overall", total))
    add_table(word, header, rows, first_width=0.22)
    word.add_picture(io.BytesIO(chart_scores(result)), width=Inches(6.2))

    word.add_heading("What the people served are called", 1)
    word.add_heading("Role words", 2)
    if total.descriptors:
        add_table(
            word, ["Word", "Findings"], [(w, f"{n:,}") for w, n in _ranked(total.descriptors)]
        )
    else:
        word.add_paragraph("No role words.")
    word.add_picture(io.BytesIO(chart_descriptors(result)), width=Inches(6.2))
    word.add_heading("Locators", 2)
    if total.locators:
        add_table(word, ["Kind", "Findings"], [(k, f"{n:,}") for k, n in _ranked(total.locators)])
    else:
        word.add_paragraph("No locators.")
    word.add_heading("No-phrasing", 2)
    if total.refusals:
        add_table(
            word,
            ["Rule", "Name", "Findings"],
            [(r, result.rule_names.get(r, ""), f"{n:,}") for r, n in _ranked(total.refusals)],
        )
    else:
        word.add_paragraph("No refusal-first wording.")
    word.add_heading("By group", 2)
    kinds = [k for k in LOCATOR_KINDS if total.locators[k]]
    words = [w for w, _ in _ranked(total.descriptors)[:6]]
    add_table(
        word,
        ["Group", *words, *kinds],
        [
            (
                g,
                *(result.groups[g].descriptors[w] for w in words),
                *(result.groups[g].locators[k] for k in kinds),
            )
            for g in sorted(result.groups)
        ],
        first_width=0.2,
    )

    weeks = result.weeks()
    word.add_heading("Trend per week", 1)
    if weeks:
        header = ["Week", "Messages", "Customer", "Role words", "Locators", "No-phrasing", "Score"]
        add_table(
            word,
            header,
            [
                (
                    w,
                    *(f"{total.weeks[w][k]:,}" for k in WEEK_FIELDS),
                    _percent(_score(total.weeks[w])),
                )
                for w in weeks
            ],
        )
        word.add_picture(io.BytesIO(chart_trend(result)), width=Inches(6.2))
    else:
        word.add_paragraph("No dates were given (--date-field), so there is no weekly trend.")

    word.add_heading("Most frequent flagged phrases", 1)
    phrases = _ranked(total.phrases)[:top]
    if not phrases:
        word.add_paragraph("Nothing was flagged.")
    for (category, phrase), n in phrases:
        head = word.add_paragraph()
        head.paragraph_format.space_before = Pt(10)
        head.paragraph_format.keep_with_next = True
        head.add_run(f"“{phrase}”").bold = True
        head.add_run(f"   {category} · {n:,} time{'s' if n != 1 else ''}").italic = True
        for _seq, _at, rid, before, match, after in total.examples.get((category, phrase), []):
            names = {s.name for s in word.styles}
            quote = word.add_paragraph(style="Quote" if "Quote" in names else None)
            quote.add_run(before)
            hit = quote.add_run(match)
            hit.bold = True
            hit.font.highlight_color = WD_COLOR_INDEX.YELLOW
            quote.add_run(after)
            quote.add_run(f"   ({rid})").italic = True
    return word


def write_docx(result: AuditResult, path: str, top: int = 10) -> None:
    from custlint.reporters.word_report import write_report

    write_report(build_docx(result, top), path)
