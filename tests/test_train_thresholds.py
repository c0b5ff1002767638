"""The judge's keep threshold (training/train.py): a veto must show on dev that what it
drops is more often wrong than right, not only that it costs little recall."""

from __future__ import annotations

from training.train import keep_threshold


def _candidates(right: int, wrong: int) -> list[dict]:
    """Candidates the rules accept: `right` true ones, then `wrong` false ones."""
    return [{"rule_decision": True, "label": i < right} for i in range(right + wrong)]


def test_a_veto_that_drops_one_good_candidate_is_not_taken() -> None:
    """Dropping one of 120 true refusals costs under a point of recall, which alone used
    to pick 0.5; it shows nothing about what the judge drops."""
    dev = _candidates(120, 1)
    scores = [0.4, *[0.9] * 119, 0.9]
    limit, tried = keep_threshold(dev, scores)
    assert limit == 0.0
    assert tried["0.5"] == {"dropped": 1, "wrong": 0}


def test_a_veto_that_drops_only_wrong_candidates_is_taken() -> None:
    dev = _candidates(100, 4)
    scores = [*[0.9] * 100, *[0.1] * 4]
    assert keep_threshold(dev, scores)[0] == 0.5


def test_three_wrong_candidates_are_too_few_to_show_a_veto_is_right() -> None:
    dev = _candidates(100, 3)
    scores = [*[0.9] * 100, *[0.1] * 3]
    assert keep_threshold(dev, scores)[0] == 0.0
