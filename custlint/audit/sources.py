"""Streaming readers: every audit source becomes a stream of `Record`s.

A source is a folder (every format custlint reads, plus the exports and mail files below),
a JSONL or CSV export (`text_field` names the message text), an mbox archive or an .eml
message. Everything is read as a stream, one line or message at a time, so memory does not
grow with the size of the input:

- JSONL: line by line (`json.loads` per line);
- CSV: the `csv` module over the file's lines (quoted newlines work);
- mbox: split at "From " lines as they are read. `mailbox.mbox` would first build a table
  of every message's offsets, which grows with the archive; this reader holds one message;
- .eml: one message.

Mail bodies are the text/plain parts (or text/html converted to text when there is no
plain part), without quoted replies: lines starting with ">" are dropped, and everything
from an "On … wrote:" line or a "-----Original Message-----" line on is cut.

A bad line in an export (not JSON, not an object, wrong number of CSV fields, no text) is
counted and skipped (`ReadStats.skipped`); a field missing from the first record or the CSV
header, or a file that cannot be read, stops the run with one line (`InputError`).
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import email.utils
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any, NamedTuple

from custlint.errors import InputError

JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
CSV_SUFFIXES = frozenset({".csv", ".tsv"})
MBOX_SUFFIXES = frozenset({".mbox", ".mbx"})
EML_SUFFIXES = frozenset({".eml"})
EXPORT_SUFFIXES = JSONL_SUFFIXES | CSV_SUFFIXES | MBOX_SUFFIXES | EML_SUFFIXES
MAX_MESSAGE_BYTES = 20 * 1024 * 1024
MAX_WARNINGS = 5


class Record(NamedTuple):
    """One message: `seq` is its position in the whole input (0, 1, …), which makes
    "the first examples" the same whatever order partitions finish in."""

    seq: int
    id: str
    group: str
    date: str | None  # ISO date (YYYY-MM-DD) or None
    text: str


@dataclass(frozen=True)
class Fields:
    """Which field of an export holds what; only `text` is needed for JSONL and CSV."""

    text: str | None = None
    id: str | None = None
    group: str | None = None
    date: str | None = None


@dataclass
class ReadStats:
    """What reading found besides the records: skipped lines, undated records, bytes."""

    records: int = 0
    skipped: int = 0
    undated: int = 0
    bytes_read: int = 0
    warnings: list[str] = field(default_factory=list)
    per_source: Counter = field(default_factory=Counter)  # source -> records
    kinds: dict[str, str] = field(default_factory=dict)  # source -> kind

    def skip(self, where: str, why: str) -> None:
        self.skipped += 1
        if len(self.warnings) < MAX_WARNINGS:
            self.warnings.append(f"{where}: {why}")


def source_kind(path: str) -> str:
    """folder, jsonl, csv, mbox, eml or document (any other file custlint reads)."""
    if os.path.isdir(path):
        return "folder"
    suffix = Path(path).suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in CSV_SUFFIXES:
        return "csv"
    if suffix in MBOX_SUFFIXES or Path(path).name.lower() == "mbox":
        return "mbox"
    if suffix in EML_SUFFIXES:
        return "eml"
    return "document"


def total_bytes(sources: Iterable[str]) -> int:
    """The size of everything the sources will read (for a progress bar)."""
    total = 0
    for source in sources:
        if os.path.isdir(source):
            for root, _dirs, files in os.walk(source):
                for name in files:
                    with contextlib.suppress(OSError):
                        total += os.stat(os.path.join(root, name)).st_size
        else:
            with contextlib.suppress(OSError):
                total += os.stat(source).st_size
    return total


def read_sources(
    sources: Iterable[str],
    fields: Fields,
    stats: ReadStats | None = None,
    exclude: tuple[str, ...] = (),
) -> Iterator[Record]:
    """Every record of every source, numbered in reading order."""
    stats = stats if stats is not None else ReadStats()
    sources = list(sources)
    for source in sources:
        if not os.path.exists(source):
            raise InputError(f"{source}: no such file or folder")
        kind = source_kind(source)
        if kind in ("jsonl", "csv") and not fields.text:
            raise InputError(f"{source}: a {kind.upper()} source needs --text-field")
    seq = 0
    for source in sources:
        kind = source_kind(source)
        stats.kinds[source] = kind
        if kind == "folder":
            raw = _read_folder(source, fields, stats, exclude)
        else:
            raw = _read_file(source, kind, fields, stats, Path(source).name, named=True)
        for rid, group, date, text in raw:
            stats.records += 1
            stats.per_source[source] += 1
            if fields.date and date is None:
                stats.undated += 1
            yield Record(seq, rid, group, date, text)
            seq += 1


RawRecord = tuple[str, str, str | None, str]  # id, group, date, text


def _read_file(
    path: str, kind: str, fields: Fields, stats: ReadStats, group: str, named: bool
) -> Iterator[RawRecord]:
    if kind == "jsonl":
        return _read_jsonl(path, fields, stats, group)
    if kind == "csv":
        return _read_csv(path, fields, stats, group)
    if kind == "mbox":
        return _read_mbox(path, fields, stats, group)
    if kind == "eml":
        return _read_eml(path, fields, stats, group)
    return _read_document(path, stats, group, named)


def _read_folder(
    folder: str, fields: Fields, stats: ReadStats, exclude: tuple[str, ...]
) -> Iterator[RawRecord]:
    """Every readable file under `folder`; group = its top-level subfolder (or its name)."""
    from custlint.sources.files import SKIP_DIRS, SKIP_NAME_ENDINGS, readable_suffixes
    from custlint.sources.walk import walk

    suffixes = readable_suffixes()
    root = Path(folder)
    for found in walk(root, exclude, SKIP_DIRS):
        name = found.name.lower()
        kind = source_kind(str(found))
        if kind == "document" and (
            found.suffix.lower() not in suffixes or name.endswith(SKIP_NAME_ENDINGS)
        ):
            continue
        if kind in ("jsonl", "csv") and not fields.text:
            stats.skip(str(found), "an export needs --text-field; skipped")
            continue
        rel = found.relative_to(root)
        group = rel.parts[0]
        yield from _read_file(str(found), kind, fields, stats, group, named=False)


def _read_document(path: str, stats: ReadStats, group: str, named: bool) -> Iterator[RawRecord]:
    from custlint.errors import BinaryFileError
    from custlint.sources.files import read_document

    try:
        document = read_document(path)
    except BinaryFileError as exc:
        if named:
            raise
        stats.skip(path, f"skipped ({exc})")
        return
    except InputError as exc:
        if named:
            raise
        stats.skip(path, str(exc))
        return
    stats.bytes_read += os.path.getsize(path)
    text = "\n\n".join(segment.text for segment in document.prose())
    yield path, group, None, text


def _lines(path: str, stats: ReadStats) -> Iterator[tuple[int, str]]:
    """(line number, decoded line) of a text file, read one line at a time."""
    try:
        handle = open(path, "rb")  # noqa: SIM115 (closed below)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    with handle:
        for number, raw in enumerate(handle, 1):
            stats.bytes_read += len(raw)
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                line = raw.decode("cp1252", errors="replace")
            yield number, line


def _field(record: dict, name: str) -> Any:
    """A field by name, or by a dotted path into nested objects ("message.body")."""
    if name in record:
        return record[name]
    value: Any = record
    for part in name.split("."):
        if not isinstance(value, dict) or part not in value:
            raise KeyError(name)
        value = value[part]
    return value


def _has_field(record: dict, name: str) -> bool:
    try:
        _field(record, name)
    except KeyError:
        return False
    return True


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def _read_jsonl(path: str, fields: Fields, stats: ReadStats, group: str) -> Iterator[RawRecord]:
    assert fields.text
    checked = False
    for number, line in _lines(path, stats):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except ValueError as exc:
            stats.skip(where, f"not valid JSON ({exc.msg})")
            continue
        if not isinstance(record, dict):
            stats.skip(where, "not a JSON object")
            continue
        if not checked:
            for option, name in _named_fields(fields):
                if not _has_field(record, name):
                    keys = ", ".join(list(record)[:12])
                    raise InputError(
                        f"{where}: no field '{name}' (given by {option}); the fields are: {keys}"
                    )
            checked = True
        try:
            text = _text(_field(record, fields.text))
        except KeyError:
            stats.skip(where, f"no field '{fields.text}'")
            continue
        yield _make(record, fields, where, group, text)


def _named_fields(fields: Fields) -> list[tuple[str, str]]:
    named = [
        ("--text-field", fields.text),
        ("--id-field", fields.id),
        ("--group-field", fields.group),
        ("--date-field", fields.date),
    ]
    return [(option, name) for option, name in named if name]


def _make(record: dict, fields: Fields, where: str, group: str, text: str) -> RawRecord:
    def value(name: str | None) -> Any:
        if not name:
            return None
        try:
            return _field(record, name)
        except KeyError:
            return None

    rid = _text(value(fields.id)).strip()
    grp = _text(value(fields.group)).strip()
    date = parse_date(value(fields.date)) if fields.date else None
    return rid or where, grp or group, date, text


def _read_csv(path: str, fields: Fields, stats: ReadStats, group: str) -> Iterator[RawRecord]:
    assert fields.text
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    delimiter = "\t" if path.lower().endswith(".tsv") else ","
    numbered = _lines(path, stats)
    current = [0]

    def lines() -> Iterator[str]:
        for number, line in numbered:
            current[0] = number
            yield line

    reader = csv.reader(lines(), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as exc:
        raise InputError(f"{path}:1: not a CSV header ({exc})") from None
    header = [h.strip() for h in header]
    for option, name in _named_fields(fields):
        if name not in header:
            raise InputError(
                f"{path}: no column '{name}' (given by {option}); the columns are: "
                + ", ".join(header)
            )
    index = {name: i for i, name in enumerate(header)}
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            stats.skip(f"{path}:{current[0]}", f"bad CSV ({exc})")
            continue
        where = f"{path}:{current[0]}"
        if not row or row == [""]:
            continue
        if len(row) != len(header):
            stats.skip(where, f"{len(row)} fields, the header has {len(header)}")
            continue
        record = {name: row[i] for name, i in index.items()}
        yield _make(record, fields, where, group, record[fields.text])


def parse_date(value: Any) -> str | None:
    """An ISO date (YYYY-MM-DD) from ISO 8601, RFC 2822 or epoch seconds; None if unparsable."""
    if value is None or value == "":
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return dt.datetime.fromtimestamp(value, dt.timezone.utc).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    if re.fullmatch(r"\d{9,11}(\.\d+)?", text):
        return parse_date(float(text))
    return None


def iso_week(date: str) -> str:
    """'2024-W07' for an ISO date."""
    year, week, _ = dt.date.fromisoformat(date).isocalendar()
    return f"{year}-W{week:02d}"


# --- mail ---------------------------------------------------------------------------

_WROTE = re.compile(r"^\s*On\b.*\bwrote:\s*$", re.IGNORECASE)
_ORIGINAL = re.compile(r"^\s*-{2,}\s*Original Message\s*-{2,}\s*$", re.IGNORECASE)
_PARSER = BytesParser(policy=policy.default)


def strip_quoted(text: str) -> str:
    """The new part of a reply: no ">" lines, nothing from "On … wrote:" or
    "-----Original Message-----" on (an "On …" line wrapped over two or three lines too)."""
    lines = text.splitlines()
    out: list[str] = []
    for i, line in enumerate(lines):
        if _ORIGINAL.match(line) or _WROTE.match(line):
            break
        if line.lstrip().startswith("On ") and any(
            _WROTE.match(" ".join(lines[i : i + n])) for n in (2, 3)
        ):
            break
        if line.lstrip().startswith(">"):
            continue
        out.append(line)
    return "\n".join(out).strip()


def _html_text(html: str) -> str:
    from custlint.sources.html import read_html

    return "\n\n".join(segment.text for segment in read_html("<mail>", html).prose())


def mail_body(message: EmailMessage) -> str:
    """The text/plain parts (or text/html as text when there is none), quotes stripped."""
    plain: list[str] = []
    html: list[str] = []
    for part in message.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        ctype = part.get_content_type()
        if ctype not in ("text/plain", "text/html"):
            continue
        try:
            content = part.get_content()
        except (LookupError, ValueError, AssertionError):
            payload = part.get_payload(decode=True) or b""
            content = payload.decode("utf-8", errors="replace")
        (plain if ctype == "text/plain" else html).append(content)
    body = "\n\n".join(plain) if plain else "\n\n".join(_html_text(h) for h in html)
    return strip_quoted(body.replace("\r\n", "\n"))


def _mail_record(
    data: bytes, fields: Fields, where: str, group: str, stats: ReadStats
) -> RawRecord | None:
    try:
        message = _PARSER.parsebytes(data)
        text = mail_body(message)
    except Exception as exc:  # a malformed message must not stop a big archive
        stats.skip(where, f"unreadable message ({type(exc).__name__})")
        return None

    def header(name: str | None) -> str:
        if not name:
            return ""
        try:
            return str(message.get(name, "") or "").strip()
        except Exception:
            return ""

    rid = header(fields.id or "Message-ID") or where
    grp = header(fields.group) if fields.group else ""
    date = parse_date(header(fields.date or "Date"))
    return rid, grp or group, date, text


def _read_eml(path: str, fields: Fields, stats: ReadStats, group: str) -> Iterator[RawRecord]:
    try:
        size = os.path.getsize(path)
        if size > MAX_MESSAGE_BYTES:
            raise InputError(f"{path}: refused: a message over {MAX_MESSAGE_BYTES >> 20} MB")
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    stats.bytes_read += len(data)
    record = _mail_record(data, fields, path, group, stats)
    if record is not None:
        yield record


_FROM_QUOTED = re.compile(rb"^>+From ")


def _read_mbox(path: str, fields: Fields, stats: ReadStats, group: str) -> Iterator[RawRecord]:
    """Messages of an mbox, one at a time: a message starts at a "From " line at the start
    of the file or after a blank line (as `mailbox.mbox` reads them); ">From " is unescaped."""
    try:
        handle = open(path, "rb")  # noqa: SIM115 (closed below)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    number = 0
    parts: list[bytes] = []
    size = 0
    started = False
    blank = True
    too_big = False

    def flush() -> RawRecord | None:
        where = f"{path}#{number}"
        if too_big:
            stats.skip(where, f"message over {MAX_MESSAGE_BYTES >> 20} MB")
            return None
        return _mail_record(b"".join(parts), fields, where, group, stats)

    with handle:
        for line in handle:
            stats.bytes_read += len(line)
            if line.startswith(b"From ") and blank:
                if started:
                    record = flush()
                    if record is not None:
                        yield record
                number += 1
                started = True
                parts, size, too_big = [], 0, False
                blank = False
                continue
            blank = not line.strip()
            if not started:
                if line.strip():
                    raise InputError(f"{path}: not an mbox file (no 'From ' line first)")
                continue
            if _FROM_QUOTED.match(line):
                line = line[1:]
            size += len(line)
            if size > MAX_MESSAGE_BYTES:
                too_big = True
                parts = []
            elif not too_big:
                parts.append(line)
        if started:
            record = flush()
            if record is not None:
                yield record
