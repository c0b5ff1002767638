"""`custlint audit`: sources, counts, merging, outputs, errors and the Dask engine."""

from __future__ import annotations

import csv
import io
import json
import mailbox
import random
from email.message import EmailMessage
from pathlib import Path

import pytest
from click.testing import CliRunner

from custlint.audit import engines
from custlint.audit.partial import Counts, audit_partition, merge_groups, overall
from custlint.audit.report import AuditResult, render_csv, render_json, render_table
from custlint.audit.sources import (
    Fields,
    ReadStats,
    Record,
    parse_date,
    read_sources,
    strip_quoted,
)
from custlint.cli import main
from custlint.config import Settings, active_rules
from custlint.errors import InputError

MESSAGES = [
    # id, team, date, text
    ("m1", "front desk", "2024-03-04T09:15:00Z",
     "The passengers in row 5 were upset. Room 839 keeps calling the desk. Please be patient."),
    ("m2", "billing", "2024-03-05",
     "No refunds after 30 days. The customer asked about her bill, and another customer too."),
    ("m3", "billing", "2024-03-12",
     "Our guests love the spa. Account holders get points. We cannot rebook tickets."),
    ("m4", "front desk", "2024-03-13",
     "1108 wants more towels, says the guest. The customer at the door is waiting."),
    ("m5", "concierge", "2024-03-14",
     "No problem at all, our customers can book the spa at no extra cost."),
]  # fmt: skip


def write_jsonl(path: Path, extra_lines: tuple[str, ...] = ()) -> Path:
    lines = [json.dumps({"id": i, "team": t, "sent": d, "body": b}) for i, t, d, b in MESSAGES]
    lines[2:2] = extra_lines
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


FIELDS = Fields(text="body", id="id", group="team", date="sent")


@pytest.fixture(scope="module")
def settings():
    return Settings()


@pytest.fixture(scope="module")
def audited(tmp_path_factory, settings):
    path = write_jsonl(tmp_path_factory.mktemp("audit") / "export.jsonl")
    stats = ReadStats()
    groups = audit_partition(list(read_sources([str(path)], FIELDS, stats)), settings)
    return AuditResult(groups, stats, active_rules(settings), settings)


# --- sources ---------------------------------------------------------------------


def test_jsonl_records_fields_and_bad_lines(tmp_path):
    path = write_jsonl(tmp_path / "export.jsonl", ("not json", "[1, 2]", '{"id": "x"}', ""))
    stats = ReadStats()
    records = list(read_sources([str(path)], FIELDS, stats))
    assert [r.id for r in records] == ["m1", "m2", "m3", "m4", "m5"]
    assert [r.seq for r in records] == [0, 1, 2, 3, 4]
    assert records[0].group == "front desk"
    assert records[0].date == "2024-03-04"
    assert stats.skipped == 3
    assert "not valid JSON" in stats.warnings[0] and ":3:" in stats.warnings[0]
    assert "not a JSON object" in stats.warnings[1]
    assert "no field 'body'" in stats.warnings[2]


def test_jsonl_defaults_group_to_file_name_and_id_to_line(tmp_path):
    path = write_jsonl(tmp_path / "export.jsonl")
    records = list(read_sources([str(path)], Fields(text="body")))
    assert {r.group for r in records} == {"export.jsonl"}
    assert records[1].id.endswith("export.jsonl:2")
    assert records[1].date is None


def test_jsonl_nested_field(tmp_path):
    path = tmp_path / "nested.jsonl"
    path.write_text('{"message": {"body": "Hello guest"}, "meta": {"team": "spa"}}\n')
    (record,) = read_sources([str(path)], Fields(text="message.body", group="meta.team"))
    assert (record.text, record.group) == ("Hello guest", "spa")


def test_missing_field_is_one_clear_error(tmp_path):
    path = write_jsonl(tmp_path / "export.jsonl")
    with pytest.raises(InputError, match=r"no field 'text' \(given by --text-field\)"):
        list(read_sources([str(path)], Fields(text="text")))
    with pytest.raises(InputError, match="needs --text-field"):
        list(read_sources([str(path)], Fields()))
    with pytest.raises(InputError, match="no such file"):
        list(read_sources([str(tmp_path / "missing.jsonl")], FIELDS))


def test_csv_with_fields_quoted_newlines_and_bad_rows(tmp_path):
    path = tmp_path / "export.csv"
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["ticket", "channel", "created", "message"])
    writer.writerow(["t1", "chat", "2024-03-04", "The pax on flight 64 are here.\n\nThanks"])
    buffer.write("t2,chat,2024-03-05\n")  # a field short
    writer.writerow(["t3", "email", "05/03/2024", "Dear customer, we are glad to help."])
    path.write_text("\ufeff" + buffer.getvalue(), encoding="utf-8")
    stats = ReadStats()
    fields = Fields(text="message", id="ticket", group="channel", date="created")
    records = list(read_sources([str(path)], fields, stats))
    assert [(r.id, r.group, r.date) for r in records] == [
        ("t1", "chat", "2024-03-04"),
        ("t3", "email", None),
    ]
    assert records[0].text == "The pax on flight 64 are here.\n\nThanks"
    assert stats.skipped == 1 and "3 fields, the header has 4" in stats.warnings[0]
    assert stats.undated == 1
    with pytest.raises(InputError, match=r"no column 'body'.*ticket, channel, created, message"):
        list(read_sources([str(path)], Fields(text="body")))


def _mail(subject: str, body: str, *, html: str | None = None, date: str = "") -> EmailMessage:
    message = EmailMessage()
    message["From"] = "desk@example.com"
    message["To"] = "customer@example.com"
    message["Subject"] = subject
    message["Message-ID"] = f"<{subject.replace(' ', '-')}@example.com>"
    message["X-Team"] = "reservations"
    if date:
        message["Date"] = date
    if html is not None and not body:
        message.set_content(html, subtype="html")
    else:
        message.set_content(body)
        if html is not None:
            message.add_alternative(html, subtype="html")
    return message


REPLY = """Thanks, we moved the guest to room 412.

On Mon, 4 Mar 2024 at 10:02, Pat <pat@example.com> wrote:
> The passenger in 17F is cold.
> No refunds, sorry.
"""

OUTLOOK = """We cannot change the booking today.
> a quoted line
Best, Sam

-----Original Message-----
From: someone
The patient in bed 3 is waiting.
"""


def test_strip_quoted_replies():
    assert strip_quoted(REPLY) == "Thanks, we moved the guest to room 412."
    assert strip_quoted(OUTLOOK) == "We cannot change the booking today.\nBest, Sam"
    wrapped = "New text.\n\nOn Tue, 5 Mar 2024, Jo Bloggs\n<jo@example.com> wrote:\n> old"
    assert strip_quoted(wrapped) == "New text."


def test_mbox_bodies_without_quotes(tmp_path):
    path = tmp_path / "support.mbox"
    box = mailbox.mbox(str(path))
    box.add(_mail("one", REPLY, date="Mon, 04 Mar 2024 11:00:00 +0000"))
    box.add(_mail("two", "", html="<p>Our <b>patrons</b> love it.</p><blockquote>x</blockquote>"))
    box.add(_mail("three", "From here the guest can walk.\n", html="<p>ignored</p>"))
    box.flush()
    box.close()
    stats = ReadStats()
    records = list(read_sources([str(path)], Fields(group="X-Team"), stats))
    assert [r.id for r in records] == [
        "<one@example.com>",
        "<two@example.com>",
        "<three@example.com>",
    ]
    assert records[0].text == "Thanks, we moved the guest to room 412."
    assert records[0].date == "2024-03-04"
    assert records[0].group == "reservations"
    assert "Our patrons love it." in records[1].text
    assert records[2].text == "From here the guest can walk."  # '>From' unescaped
    assert stats.skipped == 0
    plain = list(read_sources([str(path)], Fields()))
    assert {r.group for r in plain} == {"support.mbox"}


def test_eml_message(tmp_path):
    path = tmp_path / "reply.eml"
    path.write_bytes(_mail("outlook", OUTLOOK).as_bytes())
    (record,) = read_sources([str(path)], Fields())
    assert record.text == "We cannot change the booking today.\nBest, Sam"
    assert record.group == "reply.eml"


def test_folder_groups_by_top_level_subfolder(tmp_path):
    (tmp_path / "front-desk" / "macros").mkdir(parents=True)
    (tmp_path / "front-desk" / "macros" / "late.md").write_text("# Late\n\nThe guest is late.\n")
    (tmp_path / "billing").mkdir()
    (tmp_path / "billing" / "policy.txt").write_text("No refunds after 30 days.\n")
    (tmp_path / "billing" / "mails.jsonl").write_text('{"body": "Hi client", "team": "x"}\n')
    (tmp_path / "billing" / "reply.eml").write_bytes(_mail("r", "We cannot do that.\n").as_bytes())
    (tmp_path / "notes.txt").write_text("Customers first.\n")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\0\0")
    records = list(read_sources([str(tmp_path)], Fields(text="body")))
    got = sorted((r.group, r.text.strip()) for r in records)
    assert got == [
        ("billing", "Hi client"),
        ("billing", "No refunds after 30 days."),
        ("billing", "We cannot do that."),
        ("front-desk", "Late\n\nThe guest is late."),
        ("notes.txt", "Customers first."),
    ]


def test_parse_date_forms():
    assert parse_date("2024-03-04T23:30:00Z") == "2024-03-04"
    assert parse_date("2024-03-04") == "2024-03-04"
    assert parse_date("Mon, 04 Mar 2024 11:00:00 +0000") == "2024-03-04"
    assert parse_date(1709550000) == "2024-03-04"
    assert parse_date("yesterday") is None
    assert parse_date(None) is None


# --- counts ----------------------------------------------------------------------


def test_counts_on_a_small_export(audited):
    total = audited.total
    assert total.messages == 5
    # 'customer' x2 (m2), x1 (m4), 'customers' x1 (m5); "be patient" and "no problem"/"no
    # extra cost" are innocent.
    assert total.customer == 4
    assert dict(total.descriptors) == {"passenger": 1, "guest": 2, "account holder": 1}
    assert dict(total.locators) == {"room": 1, "number": 1}
    assert dict(total.refusals) == {"CL301": 1, "CL302": 1}
    assert total.score().customer == 4
    assert total.score().percent() == "40%"  # 4 / (4 customer + 4 role words + 2 locators)
    assert (total.customer, total.descriptor, total.locator) == (4, 4, 2)
    billing = audited.groups["billing"]
    assert (billing.messages, billing.customer, billing.descriptor, billing.no_phrasing) == (
        2,
        2,
        2,
        2,
    )
    assert audited.groups["concierge"].score().value == 1.0
    assert audited.groups["front desk"].score().value == pytest.approx(1 / 5)


def test_phrases_are_normalized_with_examples(audited):
    phrases = audited.total.phrases
    assert phrases[("descriptor", "guest")] == 2
    assert phrases[("locator", "room #")] == 1
    assert phrases[("locator", "(a number on its own)")] == 1
    assert phrases[("no-phrasing", "no refunds after # days")] == 1
    examples = audited.total.examples[("descriptor", "guest")]
    assert [(e[2], e[3] + e[4] + e[5]) for e in examples] == [
        ("m3", "Our guests love the spa."),
        ("m4", "1108 wants more towels, says the guest."),
    ]


def test_weekly_trend(audited):
    weeks = audited.total.weeks
    assert sorted(weeks) == ["2024-W10", "2024-W11"]
    assert dict(weeks["2024-W10"]) == {
        "messages": 2,
        "customer": 2,
        "descriptor": 1,
        "locator": 1,
        "no-phrasing": 1,
    }
    w11 = weeks["2024-W11"]
    assert (w11["messages"], w11["customer"], w11["descriptor"], w11["locator"]) == (3, 2, 3, 1)
    assert w11["no-phrasing"] == 1


def test_merge_is_exact_and_order_independent(tmp_path, settings, audited):
    path = write_jsonl(tmp_path / "export.jsonl")
    records = list(read_sources([str(path)], FIELDS))
    parts = [audit_partition([r], settings) for r in records]
    for seed in range(3):
        random.Random(seed).shuffle(parts)
        merged: dict[str, Counts] = {}
        for part in parts:
            merge_groups(merged, part)
        assert merged == audited.groups
        assert overall(merged) == audited.total


def test_examples_keep_the_first_three_distinct_sentences_in_reading_order():
    def example(seq, sentence):
        return (seq, 0, f"id{seq}", "", "guest", sentence)

    a, b = Counts(), Counts()
    for seq, sentence in ((5, " e"), (1, " a"), (9, " f"), (2, " a")):
        a.add_example(("descriptor", "guest"), example(seq, sentence))
    for seq, sentence in ((0, " b"), (7, " c"), (3, " b")):
        b.add_example(("descriptor", "guest"), example(seq, sentence))
    one = Counts().merge(a).merge(b)
    two = Counts().merge(b).merge(a)
    assert one == two
    assert [e[0] for e in one.examples[("descriptor", "guest")]] == [0, 1, 5]


def test_partitions_split_by_count_and_size():
    records = [Record(i, str(i), "g", None, "x" * 10) for i in range(7)]
    assert [len(p) for p in engines.partitions(records, size=3)] == [3, 3, 1]
    assert [len(p) for p in engines.partitions(records, size=100, max_chars=25)] == [2, 2, 2, 1]


def test_local_engine_with_processes_matches(tmp_path, settings, audited):
    path = write_jsonl(tmp_path / "export.jsonl")
    records = read_sources([str(path)], FIELDS)
    seen = []
    groups = engines.run_local(
        records, settings, jobs=2, batch_size=2, progress=lambda m, c: seen.append(m)
    )
    assert groups == audited.groups
    assert sorted(seen) == [1, 2, 2]


# --- outputs ---------------------------------------------------------------------


def test_table_output(audited):
    table = render_table(audited)
    assert "GROUP" in table and "SCORE" in table
    lines = table.splitlines()
    overall_line = next(line for line in lines if line.startswith("overall"))
    assert overall_line.split() == ["overall", "5", "4", "4", "2", "2", "40%"]
    assert "Role words:   guest 2, account holder 1, passenger 1" in table
    assert "“Our guests love the spa.”" in table
    assert "2024-W10" in table


def test_json_output(audited):
    data = json.loads(render_json(audited))
    assert data["messages"] == 5
    assert data["overall"]["score"] == 0.4
    assert data["overall"]["descriptors"] == {"guest": 2, "account holder": 1, "passenger": 1}
    assert data["groups"]["billing"]["no_phrasing_rules"] == {"CL301": 1, "CL302": 1}
    top = data["overall"]["top_phrases"][0]
    assert top["phrase"] == "guest" and top["count"] == 2
    assert top["examples"][0] == {
        "id": "m3",
        "sentence": "Our guests love the spa.",
        "match": "guests",
    }
    assert [w["week"] for w in data["overall"]["weeks"]] == ["2024-W10", "2024-W11"]


def test_csv_output(audited):
    rows = list(csv.DictReader(io.StringIO(render_csv(audited))))
    scopes = [(r["scope"], r["group"], r["week"]) for r in rows]
    assert scopes[:4] == [
        ("group", "billing", ""),
        ("group", "concierge", ""),
        ("group", "front desk", ""),
        ("overall", "overall", ""),
    ]
    assert ("week", "overall", "2024-W11") in scopes
    total = rows[3]
    assert (total["messages"], total["customer"], total["descriptor"], total["locator"]) == (
        "5",
        "4",
        "4",
        "2",
    )
    assert total["score"] == "0.4000"
    assert total["descriptor:guest"] == "2" and total["locator:room"] == "1"
    assert total["locator:seat"] == "0" and total["no_phrasing:CL301"] == "1"
    week = next(r for r in rows if r["scope"] == "week" and r["group"] == "overall")
    assert (week["week"], week["messages"], week["score"]) == ("2024-W10", "2", "0.5000")


def test_word_report_with_three_charts(tmp_path, audited):
    docx = pytest.importorskip("docx")
    pytest.importorskip("matplotlib")
    from custlint.audit.report import write_docx

    path = tmp_path / "audit.docx"
    write_docx(audited, str(path))
    document = docx.Document(str(path))
    # Its creation time is the run's, not python-docx's template date (2013).
    assert document.core_properties.created.year >= 2024
    headings = [
        p.text for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))
    ]
    for expected in (
        "Customer-language audit",
        "What was audited",
        "Customer-language score",
        "Role words",
        "Locators",
        "No-phrasing",
        "Trend per week",
        "Most frequent flagged phrases",
    ):
        assert expected in headings
    assert len(document.inline_shapes) == 3
    score_table = next(t for t in document.tables if t.rows[0].cells[0].text == "Group")
    assert [c.text for c in score_table.rows[-1].cells] == [
        "Overall", "5", "4", "4", "2", "2", "40%",
    ]  # fmt: skip
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Our guests love the spa." in text


# --- the command -----------------------------------------------------------------

ARGS = ["--text-field", "body", "--group-field", "team", "--date-field", "sent", "-j", "1"]


def test_cli_table_and_skipped_lines(tmp_path):
    path = write_jsonl(tmp_path / "export.jsonl", ("{broken",))
    result = CliRunner().invoke(main, ["audit", str(path), *ARGS])
    assert result.exit_code == 0, result.output
    assert "overall" in result.stdout and "40%" in result.stdout
    assert "skipped 1 bad line(s) or file(s) of 6" in result.stderr
    assert ":3: not valid JSON" in result.stderr


def test_cli_outputs_to_files_and_refuses_to_overwrite(tmp_path):
    path = write_jsonl(tmp_path / "export.jsonl")
    out = tmp_path / "audit.csv"
    runner = CliRunner()
    result = runner.invoke(main, ["audit", str(path), *ARGS, "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text().startswith("scope,group,week,messages")
    again = runner.invoke(main, ["audit", str(path), *ARGS, "--format", "csv", "-o", str(out)])
    assert again.exit_code == 2
    assert "already exists (use --force" in again.stderr
    forced = runner.invoke(
        main, ["audit", str(path), *ARGS, "--format", "json", "-o", str(out), "--force"]
    )
    assert forced.exit_code == 0
    assert json.loads(out.read_text())["messages"] == 5


def test_cli_docx(tmp_path):
    pytest.importorskip("matplotlib")
    path = write_jsonl(tmp_path / "export.jsonl")
    out = tmp_path / "report.docx"
    result = CliRunner().invoke(main, ["audit", str(path), *ARGS, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes()[:2] == b"PK"
    assert "wrote" in result.stderr


@pytest.mark.parametrize(
    "args, message",
    [
        (["--text-field", "text"], "no field 'text' (given by --text-field)"),
        ([], "needs --text-field"),
        (
            ["--text-field", "body", "--date-field", "when"],
            "no field 'when' (given by --date-field)",
        ),
    ],
)
def test_cli_errors_are_one_line(tmp_path, args, message):
    path = write_jsonl(tmp_path / "export.jsonl")
    result = CliRunner().invoke(main, ["audit", str(path), *args, "-j", "1"])
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_unreadable_file(tmp_path):
    result = CliRunner().invoke(main, ["audit", str(tmp_path / "nope.jsonl"), "--text-field", "b"])
    assert result.exit_code == 2
    assert "nope.jsonl: no such file or folder" in result.stderr


# --- Dask ------------------------------------------------------------------------


def test_dask_cluster_gives_the_same_numbers(tmp_path, settings, audited):
    pytest.importorskip("dask.distributed")
    from dask.distributed import Client, LocalCluster

    path = tmp_path / "bigger.jsonl"
    lines = []
    for n in range(60):
        i, t, d, b = MESSAGES[n % len(MESSAGES)]
        lines.append(json.dumps({"id": f"{i}-{n}", "team": t, "sent": d, "body": b}))
    path.write_text("\n".join(lines) + "\n")
    local = engines.run_local(read_sources([str(path)], FIELDS), settings, jobs=1, batch_size=7)
    with (
        LocalCluster(
            n_workers=2,
            processes=True,
            threads_per_worker=1,
            host="127.0.0.1",
            dashboard_address=None,
        ) as cluster,
        Client(cluster) as client,
    ):
        on_dask = engines.run_dask(
            read_sources([str(path)], FIELDS), settings, scheduler=client, batch_size=7
        )
        by_address = engines.run_dask(
            read_sources([str(path)], FIELDS),
            settings,
            scheduler=cluster.scheduler_address,
            batch_size=11,
        )
    assert on_dask == local
    assert by_address == local
    assert overall(local).messages == 60
    assert overall(local).descriptors["guest"] == 24
