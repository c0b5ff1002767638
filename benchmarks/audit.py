"""`custlint audit` at scale: a synthetic support export, audited on local worker processes
and on a two-worker Dask LocalCluster; messages per second, peak memory, equal counts.

    python benchmarks/audit.py [--messages 200000] [--jobs 2]
    python benchmarks/audit.py --write-example examples/support_export.jsonl --messages 320

The export is written to a temporary file first and read back as a stream by the audit.
Messages are built from templates: role words ("guest", "passenger", …), locators ("Room
412 is asking …", "17F keeps …"), refusal-first wording, the word "customer", and innocent
look-alikes ("please be patient", "the HTTP client", "deliver the towels to room 839", "no
problem"), over several teams and ISO weeks, with the share of "customer" rising week by
week so the trend has a shape. Peak memory is sampled (psutil) over the whole process tree.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import random
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TEAMS = ("front desk", "reservations", "concierge", "billing")
MORE_TEAMS = ("gate agents", "cabin crew")
START = dt.date(2024, 9, 2)  # a Monday: ISO week 2024-W36
WEEKS = 8

ROLES = {
    "front desk": ("guest", "guests"),
    "reservations": ("guest", "guests"),
    "concierge": ("guest", "guests"),
    "billing": ("account holder", "account holders"),
    "gate agents": ("passenger", "passengers"),
    "cabin crew": ("passenger", "passengers"),
}
OTHER_ROLES = (
    ("client", "clients"),
    ("patron", "patrons"),
    ("cardholder", "cardholders"),
    ("pax", "pax"),
    ("diner", "diners"),
)

GREETINGS = ("Hi team,", "Hello all,", "Quick update:", "Morning,", "Heads up:", "")
CLOSINGS = ("Thanks!", "Thanks, Ana", "Cheers, Tom", "Best, Priya", "Regards, Sam", "")

# {who}/{whos}: a role word or "customer(s)"; {room}, {seat}, {table}, {flight}, {order}.
PEOPLE = (
    "The {who} in room {room} asked for a late checkout.",
    "Please let the {who} know that breakfast starts at 6:30.",
    "Our {whos} can use the lounge before boarding.",
    "The {who} at the desk would like a printed receipt.",
    "Several {whos} asked about the shuttle to the airport.",
    "I spoke with the {who} about the double charge on the invoice.",
    "The {who} on the phone wants to add a second night.",
    "Two {whos} are waiting for a taxi in the lobby.",
    "The {who} who called this morning left a voicemail about the parking.",
    "Can someone call the {who} back about the lost umbrella?",
    "The {who} said the room was spotless, which was nice to hear.",
    "Every {who} gets a welcome drink on arrival this week.",
)
LOCATORS = (
    "Room {room} is asking for more towels.",
    "{seat} keeps pressing the call button.",
    "Table {table} wants the bill.",
    "{room} called again about the noise upstairs.",
    "The man in seat {seat} needs a wheelchair at arrival.",
    "Flight {flight} is upset about the gate change.",
    "Account {order} is disputing the minibar charge.",
)
REFUSALS = (
    "No refunds after 30 days.",
    "We cannot change the name on the ticket.",
    "Pets are not allowed in the rooms.",
    "We do not accept cash at the front desk.",
    "Your request has been denied.",
    "There is nothing we can do about the weather delay.",
    "Unfortunately we cannot offer an upgrade tonight.",
    "Smoking is not allowed on the balconies.",
)
YES = (
    "We can move the booking to Friday at no extra cost.",
    "Store credit is available for 12 months.",
    "Happy to help with the new dates.",
    "The spa is open until 22:00 for everyone staying with us.",
)
INNOCENT = (
    "Thanks for being patient while we fixed the Wi-Fi.",
    "The HTTP client on the kiosk needs a restart.",
    "No problem, the late checkout is confirmed.",
    "Room temperature is set to 21 degrees in the suites.",
    "Please deliver the towels to room {room}.",
    "Flight {flight} departs at 14:05 from gate 4.",
    "Please be patient with the new booking system.",
    "The printer by the desk is out of paper again.",
    "Housekeeping finished the third floor at noon.",
)


def _slots(rng: random.Random) -> dict[str, str]:
    return {
        "room": str(rng.randint(101, 1299)),
        "seat": f"{rng.randint(1, 42)}{rng.choice('ABCDEF')}",
        "table": str(rng.randint(1, 30)),
        "flight": str(rng.randint(10, 990)),
        "order": str(rng.randint(1000, 99999)),
    }


def message(n: int, rng: random.Random, teams: tuple[str, ...]) -> dict:
    """One support message: team, date (over WEEKS weeks), id and a few sentences."""
    team = teams[n % len(teams)] if rng.random() < 0.5 else rng.choice(teams)
    week = rng.randrange(WEEKS)
    day = START + dt.timedelta(days=week * 7 + rng.randrange(7))
    when = dt.datetime.combine(day, dt.time(rng.randrange(7, 22), rng.randrange(60)))
    # The share of "customer" rises week by week, and differs by team.
    base = {"concierge": 0.55, "billing": 0.35, "cabin crew": 0.2}.get(team, 0.4)
    customer_share = min(0.95, base + 0.05 * week)
    slots = _slots(rng)
    sentences = []
    for _ in range(rng.choice((1, 2, 2, 3))):
        roll = rng.random()
        if roll < 0.45:
            if rng.random() < customer_share:
                who, whos = "customer", "customers"
            elif rng.random() < 0.8:
                who, whos = ROLES[team]
            else:
                who, whos = rng.choice(OTHER_ROLES)
            sentence = rng.choice(PEOPLE).format(who=who, whos=whos, **slots)
        elif roll < 0.55:
            sentence = rng.choice(LOCATORS).format(**slots)
        elif roll < 0.70:
            sentence = rng.choice(REFUSALS)
        elif roll < 0.80:
            sentence = rng.choice(YES)
        else:
            sentence = rng.choice(INNOCENT).format(**slots)
        sentences.append(sentence[0].upper() + sentence[1:])
    body = " ".join(sentences)
    greeting, closing = rng.choice(GREETINGS), rng.choice(CLOSINGS)
    text = "\n\n".join(part for part in (greeting, body, closing) if part)
    return {
        "id": f"MSG-{n + 1:07d}",
        "team": team,
        "sent": when.isoformat(timespec="minutes") + "Z",
        "text": text,
    }


def write_export(path: str, messages: int, teams: tuple[str, ...], seed: int = 8) -> int:
    """Write `messages` JSONL records; returns the number of words."""
    rng = random.Random(seed)
    words = 0
    with open(path, "w", encoding="utf-8") as handle:
        for n in range(messages):
            record = message(n, rng, teams)
            words += len(record["text"].split())
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return words


class PeakMemory:
    """Samples the resident memory of this process and its descendants (psutil)."""

    def __init__(self, interval: float = 0.2) -> None:
        import psutil

        self.process = psutil.Process()
        self.interval = interval
        self.main = 0
        self.worker = 0
        self.tree = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            main = self.process.memory_info().rss
            others = []
            for child in self.process.children(recursive=True):
                with contextlib.suppress(psutil.Error):
                    others.append(child.memory_info().rss)
            self.main = max(self.main, main)
            self.worker = max([self.worker, *others])
            self.tree = max(self.tree, main + sum(others))
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def mb(n: int) -> str:
    return f"{n / 2**20:,.0f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=200_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=2000)
    parser.add_argument("--write-example", metavar="PATH", help="write an example export; stop")
    args = parser.parse_args()
    if args.write_example:
        words = write_export(args.write_example, args.messages, TEAMS, seed=2024)
        print(f"wrote {args.write_example}: {args.messages} messages, {words} words")
        return

    from dask.distributed import Client, LocalCluster

    from custlint.audit import engines
    from custlint.audit.partial import overall
    from custlint.audit.sources import Fields, ReadStats, read_sources
    from custlint.config import Settings

    settings = Settings()
    fields = Fields(text="text", id="id", group="team", date="sent")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "export.jsonl")
        started = time.perf_counter()
        words = write_export(path, args.messages, TEAMS + MORE_TEAMS)
        size = os.path.getsize(path)
        print(
            f"export: {args.messages:,} messages, {words:,} words, {mb(size)} "
            f"(written in {time.perf_counter() - started:.1f} s)"
        )
        results = {}
        for engine in ("local", "dask"):
            stats = ReadStats()
            records = read_sources([path], fields, stats)
            with PeakMemory() as peak:
                started = time.perf_counter()
                if engine == "local":
                    groups = engines.run_local(
                        records, settings, jobs=args.jobs, batch_size=args.batch_size
                    )
                else:
                    with (
                        LocalCluster(
                            n_workers=args.jobs,
                            threads_per_worker=1,
                            processes=True,
                            host="127.0.0.1",
                            dashboard_address=None,
                        ) as cluster,
                        Client(cluster) as client,
                    ):
                        cluster_up = time.perf_counter() - started
                        groups = engines.run_dask(
                            records, settings, scheduler=client, batch_size=args.batch_size
                        )
                seconds = time.perf_counter() - started
            results[engine] = groups
            total = overall(groups)
            extra = f" (cluster start {cluster_up:.1f} s)" if engine == "dask" else ""
            print(
                f"{engine:5}: {seconds:7.1f} s{extra}, "
                f"{total.messages / seconds:8,.0f} messages/s, {words / seconds:9,.0f} words/s; "
                f"peak memory: main {mb(peak.main)}, "
                f"largest worker {mb(peak.worker)}, whole tree {mb(peak.tree)}"
            )
        local, dask = results["local"], results["dask"]
        total = overall(local)
        print(
            f"counts: {total.messages:,} messages, customer {total.customer:,}, "
            f"role words {total.descriptor:,}, locators {total.locator:,}, "
            f"no-phrasing {total.no_phrasing:,}, score {total.score().percent()}"
        )
        print(f"local and dask counts equal: {local == dask}")
        if local != dask:
            sys.exit(1)


if __name__ == "__main__":
    main()
