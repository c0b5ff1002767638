"""Rebuild the shipped judge from data/labeled/*.jsonl, deterministically (fixed seed).

    python training/train.py            # build candidates, train, evaluate, ship

1. training/build_candidates.py labels every engine candidate and splits rows by a hash of
   their id (test: sha1(id) % 4 == 0, never trained on; dev: % 8 == 1; the rest train);
2. `python -m spacy train training/judge.cfg` trains the textcat (seed in the config);
3. thresholds are chosen on the dev split only (`choose_thresholds`: a keep threshold above 0
   needs dev evidence that what the judge drops is more often wrong than right), then the best
   model (by the dev split) is scored on the test split's candidates and copied to
   custlint/judge/model/, with custlint-judge.json recording data hash, seed, spaCy version,
   the dev evidence for the thresholds and the scores.
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


def evaluate(model: Path, keep: dict, add: dict) -> dict:
    """Candidate-level precision and recall per split and category: the rules alone, and
    the rules with the judge deciding as custlint does (keep and add thresholds)."""
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
            probs = [d.cats["ACCEPT"] for d in nlp.pipe(r["text"] for r in chosen)]
            judged = [
                s >= keep[category]
                if r["rule_decision"]
                else add[category] is not None and s >= add[category]
                for r, s in zip(chosen, probs, strict=True)
            ]
            for name, pred in (("judge", judged), ("rules", [r["rule_decision"] for r in chosen])):
                precision, recall = _precision_recall(pred, chosen)
                scores[f"{split}/{category}/{name}"] = {
                    "candidates": len(chosen),
                    "precision": round(precision, 3),
                    "recall": round(recall, 3),
                }
    return scores


KEEP_CHOICES = (0.5, 0.3, 0.2, 0.1, 0.05, 0.02, 0.01, 0.0)
ADD_CHOICES = (0.5, 0.9, 0.99, 0.999, None)
TARGET_PRECISION = 0.95
RECALL_GIVEN_UP = 0.01
# A veto must show on dev that what it drops is more often wrong than right: the dropped
# candidates alone are false at >= 0.5 by the lower end of their 95% Wilson interval, so at
# least 4 dropped candidates, all wrong (8 with one right). Without it keep = 0.5 passed on
# 113 refusal candidates because it dropped next to nothing there, and then dropped good
# refusals on every other set.
VETO_WRONG = 0.5


def _precision_recall(pred: list[bool], records: list[dict]) -> tuple[float, float]:
    tp = sum(p and r["label"] for p, r in zip(pred, records, strict=True))
    fp = sum(p and not r["label"] for p, r in zip(pred, records, strict=True))
    fn = sum(not p and r["label"] for p, r in zip(pred, records, strict=True))
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1)


def wilson_lower(hits: int, n: int, z: float = 1.96) -> float:
    """The lower end of the 95% Wilson interval for a rate of hits / n (0 when n is 0)."""
    if n == 0:
        return 0.0
    p = hits / n
    centre = p + z * z / (2 * n)
    spread = z * ((p * (1 - p) / n + z * z / (4 * n * n)) ** 0.5)
    return (centre - spread) / (1 + z * z / n)


def keep_threshold(dev: list[dict], scores: list[float]) -> tuple[float, dict]:
    """The highest `KEEP_CHOICES` limit that costs at most `RECALL_GIVEN_UP` of the rules'
    dev recall and whose dropped candidates are wrong at >= `VETO_WRONG` by the lower end of
    their Wilson interval, else 0.0; and, for each limit tried, how many candidates the rules
    accept it drops and how many of those are wrong."""
    rules_recall = _precision_recall([r["rule_decision"] for r in dev], dev)[1]
    tried: dict = {}
    for limit in KEEP_CHOICES:
        pred = [r["rule_decision"] and s >= limit for r, s in zip(dev, scores, strict=True)]
        dropped = [
            not r["label"]
            for r, s in zip(dev, scores, strict=True)
            if r["rule_decision"] and s < limit
        ]
        tried[str(limit)] = {"dropped": len(dropped), "wrong": sum(dropped)}
        if (
            _precision_recall(pred, dev)[1] >= rules_recall - RECALL_GIVEN_UP
            and wilson_lower(sum(dropped), len(dropped)) >= VETO_WRONG
        ):
            return limit, tried
    return 0.0, tried


def choose_thresholds(model: Path) -> tuple[dict, dict, dict]:
    """Per category, on the dev split: the highest score a candidate the rules accept
    needs to stay that costs at most one point of the rules' recall *and* whose dropped
    candidates alone are wrong at >= `VETO_WRONG` by the lower end of their 95% interval
    (else 0.0: the judge vetoes nothing), then the lowest score for adding a candidate
    the rules rejected that keeps precision at least as high as the rules' own, and
    >= 0.95, *and* whose added candidates alone are right at >= 0.95 by the lower end of
    their 95% interval (None: the judge never adds). Both interval tests ask the dev split
    for evidence, not just for no harm: without them a threshold passed on a handful of dev
    candidates and then cost precision (an add) or recall (a veto) on every other set.
    The third dict is that evidence: per category, the dev candidates and, for each keep
    threshold, how many the rules accept it drops and how many of those are wrong.
    """
    import spacy

    nlp = spacy.load(model)
    records = [
        json.loads(line)
        for line in (TRAINING / "data" / "candidates.jsonl").read_text().splitlines()
    ]
    keep: dict = {}
    add: dict = {}
    vetoes: dict = {}
    for category in ("locator", "no-phrasing"):
        dev = [r for r in records if r["split"] == "dev" and r["category"] == category]
        scores = [d.cats["ACCEPT"] for d in nlp.pipe(r["text"] for r in dev)]
        rules_precision = _precision_recall([r["rule_decision"] for r in dev], dev)[0]
        keep[category], tried = keep_threshold(dev, scores)
        vetoes[category] = {"dev_candidates": len(dev), "dropped_at_keep": tried}
        add[category] = None
        for limit in ADD_CHOICES:
            pred = [
                s >= keep[category] if r["rule_decision"] else limit is not None and s >= limit
                for r, s in zip(dev, scores, strict=True)
            ]
            added = [
                r["label"]
                for r, s in zip(dev, scores, strict=True)
                if not r["rule_decision"] and limit is not None and s >= limit
            ]
            if (
                _precision_recall(pred, dev)[0] >= max(TARGET_PRECISION, rules_precision)
                and wilson_lower(sum(added), len(added)) >= TARGET_PRECISION
            ):
                add[category] = limit
                break
    return keep, add, vetoes


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
    thresholds, add_thresholds, vetoes = choose_thresholds(best)
    scores = evaluate(best, thresholds, add_thresholds)
    if SHIPPED.exists():
        shutil.rmtree(SHIPPED)
    shutil.copytree(best, SHIPPED)
    meta = {
        "name": "custlint-judge",
        "inputs": "'LOCATOR: ' or 'REFUSAL: ' + the sentence with the candidate in [[ ]]",
        "label": "ACCEPT",
        "thresholds": thresholds,
        "add_thresholds": add_thresholds,
        "dev_vetoes": vetoes,
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
