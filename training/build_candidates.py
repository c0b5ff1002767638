"""Run the engine in candidate mode over data/labeled/*.jsonl and label every candidate.

A locator candidate is every number mention `LocatorKind.mentions()` finds; a refusal
candidate is every span a refusal shape produces. A candidate is positive when its hit
overlaps an `expected` span of its category, negative when it overlaps none, and left out
when it overlaps only an `optional` span. Rows are split by a stable hash of their id:
sha1(id) % 4 == 0 is the test split (never trained on), % 8 == 1 the dev split, the rest
train. Writes training/data/{train,dev,test}.spacy, candidates.jsonl, test_rows.jsonl,
dev_rows.jsonl and summary.json.

    python training/build_candidates.py
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from custlint.config import Settings, active_rules  # noqa: E402
from custlint.engine.linter import Linter  # noqa: E402
from custlint.judge import LABEL, PREFIXES, judge_text  # noqa: E402

LABELED = ROOT / "data" / "labeled"
OUT = ROOT / "training" / "data"


def split_of(row_id: str) -> str:
    h = int(hashlib.sha1(row_id.encode("utf-8")).hexdigest(), 16)
    if h % 4 == 0:
        return "test"
    if h % 8 == 1:
        return "dev"
    return "train"


def data_files() -> list[Path]:
    return sorted(LABELED.glob("*.jsonl"))


def data_hash() -> str:
    sha = hashlib.sha256()
    for path in data_files():
        sha.update(path.name.encode())
        sha.update(path.read_bytes())
    return sha.hexdigest()


def load_rows() -> list[dict]:
    rows = []
    for path in data_files():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    return rows


def spans_in(text: str, span: str) -> list[tuple[int, int]]:
    found = [(m.start(), m.end()) for m in re.finditer(re.escape(span), text)]
    if not found:
        found = [(m.start(), m.end()) for m in re.finditer(re.escape(span), text, re.I)]
    return found


def overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < b[1] and b[0] < a[1] for b in spans)


def main() -> None:
    import spacy
    from spacy.tokens import DocBin

    rows = load_rows()
    ids = Counter(r["id"] for r in rows)
    dupes = [i for i, n in ids.items() if n > 1]
    if dupes:
        raise SystemExit(f"duplicate row ids: {dupes[:5]}")
    rules = active_rules(Settings(judge=False))
    linter = Linter(rules, judge=False)
    proposals = linter.proposals([r["text"] for r in rows], candidates=True)
    records = []
    for p in proposals:
        category = p.rule.category
        if category not in PREFIXES:
            continue
        row = rows[p.ti]
        text = row["text"]
        hit = (p.offset + p.candidate.hit.start, p.offset + p.candidate.hit.end)

        def located(key: str, row: dict = row, category: str = category) -> list:
            return [
                s
                for e in row.get(key, [])
                if e["category"] == category
                for s in spans_in(row["text"], e["span"])
            ]

        if overlaps(hit, located("expected")):
            label = 1
        elif overlaps(hit, located("optional")):
            continue
        else:
            label = 0
        records.append(
            {
                "id": row["id"],
                "domain": row.get("domain", ""),
                "split": split_of(row["id"]),
                "category": category,
                "rule": p.rule.id,
                "rule_decision": p.candidate.rule,
                "match": text[hit[0] : hit[1]],
                "label": label,
                "text": judge_text(category, p.sentence, p.candidate.start, p.candidate.end),
            }
        )
    # The same candidate can come from two rules (a seat code is also a bare number):
    # keep one record per judge input and row.
    unique = {}
    for r in records:
        unique.setdefault((r["id"], r["text"]), r)
    records = list(unique.values())

    OUT.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("en")
    summary: dict = {"data_sha256": data_hash(), "rows": len(rows), "splits": {}}
    for split in ("train", "dev", "test"):
        chosen = [r for r in records if r["split"] == split]
        db = DocBin()
        for r in chosen:
            doc = nlp.make_doc(r["text"])
            doc.cats = {LABEL: float(r["label"]), "REJECT": float(1 - r["label"])}
            db.add(doc)
        db.to_disk(OUT / f"{split}.spacy")
        split_rows = [r for r in rows if split_of(r["id"]) == split]
        summary["splits"][split] = {
            "rows": len(split_rows),
            "candidates": len(chosen),
            "candidate_sentences": len({r["id"] for r in chosen}),
            "positive": sum(r["label"] for r in chosen),
            "by_category": dict(Counter(r["category"] for r in chosen)),
        }
        if split in ("dev", "test"):
            with (OUT / f"{split}_rows.jsonl").open("w", encoding="utf-8") as fh:
                for r in split_rows:
                    fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with (OUT / "candidates.jsonl").open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    summary["candidate_sentences"] = len({r["id"] for r in records})
    summary["candidate_sentences_by_domain"] = dict(
        sorted(Counter(r["domain"] for r in {x["id"]: x for x in records}.values()).items())
    )
    summary["candidates_by_category_label"] = {
        f"{c}/{lab}": n
        for (c, lab), n in sorted(Counter((r["category"], r["label"]) for r in records).items())
    }
    summary["rules_agree"] = sum(r["rule_decision"] == bool(r["label"]) for r in records)
    (OUT / "summary.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
