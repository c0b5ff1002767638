"""Rebuild the shipped judge from data/labeled/*.jsonl, deterministically (fixed seed).

    python training/train.py            # build candidates, train, evaluate, ship

1. training/build_candidates.py labels every engine candidate and splits rows by a hash of
   their id (test: sha1(id) % 4 == 0, never trained on; dev: % 8 == 1; the rest train);
2. `python -m spacy train training/judge.cfg` trains the textcat (seed in the config);
3. the best model (by the dev split) is scored on the test split's candidates and copied to
   custlint/judge/model/, with custlint-judge.json recording data hash, seed, spaCy version
   and the scores.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRAINING = ROOT / "training"
OUTPUT = TRAINING / "output"
SHIPPED = ROOT / "custlint" / "judge" / "model"
SEED = 0


def run(*args: str) -> None:
    env_path = str(ROOT)
    subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        check=True,
        env={**__import__("os").environ, "PYTHONPATH": env_path},
    )


def evaluate(model: Path) -> dict:
    import spacy

    nlp = spacy.load(model)
    records = [
        json.loads(line)
        for line in (TRAINING / "data" / "candidates.jsonl").read_text().splitlines()
    ]
    scores: dict = {}
    for split in ("dev", "test"):
        for category in ("locator", "no-phrasing"):
            chosen = [r for r in records if r["split"] == split and r["category"] == category]
            judged = [d.cats["ACCEPT"] >= 0.5 for d in nlp.pipe(r["text"] for r in chosen)]
            for name, pred in (("judge", judged), ("rules", [r["rule_decision"] for r in chosen])):
                tp = sum(p and r["label"] for p, r in zip(pred, chosen, strict=True))
                fp = sum(p and not r["label"] for p, r in zip(pred, chosen, strict=True))
                fn = sum(not p and r["label"] for p, r in zip(pred, chosen, strict=True))
                scores[f"{split}/{category}/{name}"] = {
                    "candidates": len(chosen),
                    "precision": round(tp / max(tp + fp, 1), 3),
                    "recall": round(tp / max(tp + fn, 1), 3),
                }
    return scores


ADD_CHOICES = (0.5, 0.9, 0.99, 0.999, None)
TARGET_PRECISION = 0.95


def choose_add_thresholds(model: Path) -> dict:
    """Per category, the lowest threshold for adding a candidate the rules rejected that
    keeps precision >= 0.95 on the dev split (None: the judge only removes)."""
    import spacy

    nlp = spacy.load(model)
    records = [
        json.loads(line)
        for line in (TRAINING / "data" / "candidates.jsonl").read_text().splitlines()
    ]
    chosen: dict = {}
    for category in ("locator", "no-phrasing"):
        dev = [r for r in records if r["split"] == "dev" and r["category"] == category]
        scores = [d.cats["ACCEPT"] for d in nlp.pipe(r["text"] for r in dev)]
        chosen[category] = None
        for add in ADD_CHOICES:
            pred = [
                s >= 0.5 if r["rule_decision"] else add is not None and s >= add
                for r, s in zip(dev, scores, strict=True)
            ]
            tp = sum(p and r["label"] for p, r in zip(pred, dev, strict=True))
            fp = sum(p and not r["label"] for p, r in zip(pred, dev, strict=True))
            if tp / max(tp + fp, 1) >= TARGET_PRECISION:
                chosen[category] = add
                break
    return chosen


def tree_hash(folder: Path) -> str:
    sha = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if path.name == "custlint-judge.json":
            continue
        sha.update(str(path.relative_to(folder)).encode())
        sha.update(path.read_bytes())
    return sha.hexdigest()


def main() -> None:
    import spacy

    run("training/build_candidates.py")
    summary = json.loads((TRAINING / "data" / "summary.json").read_text())
    if OUTPUT.exists():
        shutil.rmtree(OUTPUT)
    run(
        "-m", "spacy", "train", "training/judge.cfg", "--output", str(OUTPUT),
        "--system.seed", str(SEED),
    )  # fmt: skip
    best = OUTPUT / "model-best"
    scores = evaluate(best)
    add_thresholds = choose_add_thresholds(best)
    if SHIPPED.exists():
        shutil.rmtree(SHIPPED)
    shutil.copytree(best, SHIPPED)
    meta = {
        "name": "custlint-judge",
        "inputs": "'LOCATOR: ' or 'REFUSAL: ' + the sentence with the candidate in [[ ]]",
        "label": "ACCEPT",
        "thresholds": {"locator": 0.5, "no-phrasing": 0.5},
        "add_thresholds": add_thresholds,
        "seed": SEED,
        "spacy_version": spacy.__version__,
        "config": "training/judge.cfg",
        "data_sha256": summary["data_sha256"],
        "data_files": sorted(p.name for p in (ROOT / "data" / "labeled").glob("*.jsonl")),
        "splits": summary["splits"],
        "candidate_scores": scores,
        "weights_sha256": tree_hash(SHIPPED),
        "size_bytes": sum(p.stat().st_size for p in SHIPPED.rglob("*") if p.is_file()),
    }
    (SHIPPED / "custlint-judge.json").write_text(json.dumps(meta, indent=2) + "\n")
    print(json.dumps(scores, indent=2))
    print(
        f"shipped {SHIPPED} ({meta['size_bytes'] / 1e6:.1f} MB), weights {meta['weights_sha256']}"
    )


if __name__ == "__main__":
    main()
