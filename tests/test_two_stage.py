"""The cheap candidate pass loses nothing: two stages find exactly what parsing everything finds."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

from custlint.config import Settings, active_rules
from custlint.engine.blocks import split_blocks
from custlint.engine.linter import Linter

ROOT = Path(__file__).resolve().parent.parent


@functools.cache
def large_text(docs_chars: int = 120_000, rows: int = 2_400) -> str:
    """Technical prose and an even sample of the labeled sentences: a fixed number of rows,
    so the tests that parse all of it do not slow down as the labeled data grows."""
    from pydoc_data.topics import topics

    docs = "\n\n".join(topics[k] for k in sorted(topics))[:docs_chars]
    labeled = [
        json.loads(line)["text"]
        for path in sorted((ROOT / "data" / "labeled").glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    return docs + "\n\n" + "\n\n".join(labeled[:: max(1, len(labeled) // rows)])


@pytest.mark.parametrize(
    ("technical", "text", "words", "at_least"),
    [(False, large_text(), 25_000, 300), (True, large_text(40_000, 1_800), 12_000, 80)],
)
def test_two_stage_equals_full_pipeline_on_a_large_text(
    technical: bool, text: str, words: int, at_least: int
) -> None:
    """Read as prose and as a technical document (`genre`), where the screen, the candidate
    pass and the naive run each leave out the rules that stand aside in their own way (on a
    smaller text: the naive run parses every sentence)."""
    rules = active_rules(Settings(extend_select=("ALL",)))
    assert len(text.split()) > words
    fast = Linter(rules).lint_texts([text], [technical])[0]
    naive = Linter(rules, two_stage=False).lint_texts([text], [technical])[0]
    key = lambda f: (f.rule.id, f.start, f.end, f.replacements)  # noqa: E731
    assert len(fast) > at_least
    assert [key(f) for f in fast] == [key(f) for f in naive]


def test_the_screen_passes_every_special_case_the_matchers_would_hit() -> None:
    """Contractions are where a trigger hides inside a run of letters ("isn't")."""
    rules = active_rules(Settings(extend_select=("ALL",)))
    linter = Linter(rules)
    finder = linter.finder
    tokenizer = finder.tokenizer
    missed = []
    for orth in tokenizer.rules:
        for text in (orth, f"{orth} 412", f"No. {orth}"):
            doc = tokenizer(text)
            finder.sentencizer(doc)
            if finder._hits(doc) and not linter.screen.search(text):
                missed.append(text)
    assert missed == []


def test_the_screen_conditions_hold_for_every_special_case() -> None:
    """A word some rules screen for only with a test on the text (a locator head with a
    number, a number word alone, a pattern's words side by side) must still pass every
    text where the candidate pass keeps it, special cases of the tokenizer included."""
    linter = Linter(active_rules(Settings(extend_select=("ALL",))))
    finder = linter.finder
    missed = []
    for orth in finder.tokenizer.rules:
        for text in (
            orth,
            f"Room {orth}",
            f"Row {orth}",
            f"{orth} room",
            f"Who? {orth}.",
            f"{orth}-oh-four",
            f"It is {orth} be",
            f"It {orth} be",
            f"Items are {orth} accepted",
        ):
            candidates = finder.sentences(text, screen=False, gates=False)
            if any(s.rule_ids for s in candidates) and not linter.screen.search(text):
                missed.append(text)
    assert missed == []


def test_number_like_words_are_spacys() -> None:
    from spacy.lang.en import lex_attrs

    from custlint.engine.candidates import NUMBER_LIKE

    assert {*lex_attrs._num_words, *lex_attrs._ordinal_words} == NUMBER_LIKE
    nlp = Linter(active_rules(Settings())).finder.tokenizer
    assert nlp.vocab.lex_attr_getters[__import__("spacy").attrs.LIKE_NUM] is lex_attrs.like_num


def test_the_screen_tests_on_the_text_are_wider_than_the_tokens() -> None:
    from custlint.engine.candidates import (
        _LETTERS,
        has_number,
        has_number_or_letter,
        spoken_position,
    )

    def block(text: str) -> tuple[str, str, list[str]]:
        return text, text.lower(), _LETTERS.findall(text.lower())

    for text in ("room t.en", "see end.One", "x.t.e.n.Y", "ROOM TEN", "x, ten", "room ²", "third"):
        assert has_number(*block(text)), text
    assert not has_number(*block("often someone is gone, e.g. tone.x"))
    assert has_number_or_letter(*block("row F"))
    assert has_number_or_letter(*block("row É"))
    assert not has_number_or_letter(*block("Row I said, a Bc"))
    for text in ("Nineteen.", "— four!", "eleven-oh-four", "(Seven)", "Who? Two"):
        assert spoken_position(*block(text)), text
    for text in ("two of them", "the one", "one\ntwo words"):
        assert not spoken_position(*block(text)), text


def test_the_sharper_screen_keeps_every_candidate_and_drops_bare_heads() -> None:
    linter = Linter(active_rules(Settings()))
    screen = linter.screen
    assert not screen.search("The function returns the line number of the case.")
    assert screen.search("Please return to room four.")
    assert not screen.search("It need not matter which one is passed.")
    assert screen.search("Refunds will not be issued.")
    assert screen.search("Refunds won't be issued.")
    assert screen.search("Refunds won’t be issued.")
    assert screen.search("Who is it? Nineteen.")
    assert not screen.search("Two of the examples use a list.")


def test_the_screen_drops_only_blocks_without_candidates() -> None:
    rules = active_rules(Settings(extend_select=("ALL",)))
    linter = Linter(rules)
    text = large_text()
    screened = linter.finder.sentences(text)
    everything = linter.finder.sentences(text, screen=False)
    key = lambda s: (s.start, s.end, s.rule_ids)  # noqa: E731
    assert len(screened) < len(everything) * 0.8
    assert [key(s) for s in screened if s.rule_ids] == [key(s) for s in everything if s.rule_ids]


def test_a_text_without_triggers_never_loads_spacy() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from custlint import lint_text; "
        "assert lint_text('The report is ready and the lights are on.') == []; "
        "print('spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_rule_that_needs_a_word_skips_sentences_without_it() -> None:
    from dataclasses import replace

    rules = [
        replace(r, options={**r.options, "needs": ["we", "#number"]}) if r.id == "CL302" else r
        for r in active_rules(Settings())
    ]
    text = (
        "We cannot accept cash at the bar.\n\n"
        "You can't park in front of the lobby.\n\n"
        "14A cannot bring a second bag into the cabin.\n"
    )
    linter = Linter(rules)
    needing = [s.text.strip() for s in linter.finder.sentences(text) if "CL302" in s.rule_ids]
    assert needing == [
        "We cannot accept cash at the bar.",
        "14A cannot bring a second bag into the cabin.",
    ]
    fast = [(f.rule.id, text[f.start : f.end]) for f in linter.lint_texts([text])[0]]
    naive = [
        (f.rule.id, text[f.start : f.end])
        for f in Linter(rules, two_stage=False).lint_texts([text])[0]
    ]
    assert fast == naive
    assert [r for r, _ in fast].count("CL302") == 2
    assert not any(m.startswith("You can't") for _, m in fast)


def test_the_lemma_oracle_knows_every_lemma_the_pipeline_gives() -> None:
    """The pre-parse gates read lemmas before tagging: each token's real lemma must be
    among the ones `LemmaOracle` allows for its word."""
    from custlint.engine.candidates import LemmaOracle

    linter = Linter(active_rules(Settings(extend_select=("ALL",))))
    nlp = linter._pipeline()
    oracle = LemmaOracle(nlp)
    assert oracle.usable
    text = large_text()
    chunks = [text[i : i + 20_000] for i in range(0, len(text), 20_000)]
    missed = {
        (tok.lower_, tok.lemma_)
        for doc in nlp.pipe(chunks)
        for tok in doc
        if tok.lemma_.lower() not in oracle.lemmas(tok.lower_)
    }
    assert missed == set()
    assert {"sell", "give", "be"} <= oracle.lemmas("sold") | oracle.lemmas("given") | oracle.lemmas(
        "was"
    )


def test_the_gates_drop_refusal_rules_from_sentences_they_cannot_fire_in() -> None:
    linter = Linter(active_rules(Settings()))
    finder = linter.finder
    text = (
        "The value cannot be used as a key.\n\n"
        "Sale items cannot be returned after 14 days.\n\n"
        "It does not matter which one is passed.\n\n"
        "We do not accept cash.\n"
    )
    gated = {s.text.strip(): s.rule_ids for s in finder.sentences(text)}
    plain = {s.text.strip(): s.rule_ids for s in finder.sentences(text, gates=False)}
    assert "CL306" in plain["The value cannot be used as a key."]
    assert "CL306" in gated["The value cannot be used as a key."]  # 'use' is a refused participle
    assert "CL304" in plain["It does not matter which one is passed."]
    assert "CL304" not in gated["It does not matter which one is passed."]
    assert "CL304" in gated["We do not accept cash."]
    assert "CL306" in gated["Sale items cannot be returned after 14 days."]


def test_the_fast_sentence_split_equals_the_sentencizer() -> None:
    linter = Linter(active_rules(Settings()))
    finder = linter.finder
    text = large_text() + "\n\nWait... what?! Yes. (Really.) 'No.' Done!!! ok"
    for start, end in split_blocks(text):
        fast = finder.tokenizer(text[start:end])
        slow = finder.tokenizer(text[start:end])
        finder.split_sentences(fast)
        finder.sentencizer(slow)
        assert [t.is_sent_start for t in fast] == [t.is_sent_start for t in slow]


def test_a_repeated_sentence_is_parsed_once_and_found_every_time() -> None:
    rules = active_rules(Settings())
    line = "No refunds after 30 days."
    text = "\n\n".join([line, "Our passengers board at gate 4.", line, line])
    linter = Linter(rules)
    fast = linter.lint_texts([text, line])
    naive = Linter(rules, two_stage=False).lint_texts([text, line])
    key = lambda f: (f.rule.id, f.start, f.end, f.replacements)  # noqa: E731
    assert [[key(f) for f in t] for t in fast] == [[key(f) for f in t] for t in naive]
    assert [text[f.start : f.end] for f in fast[0]].count("No refunds after 30 days") == 3
    assert len(linter._parsed) == 2


def test_number_words_reach_the_parser_only_as_spoken_codes_or_answers() -> None:
    from custlint.engine.candidates import NUMBER_WORDS

    rules = active_rules(Settings())
    cl208 = next(r for r in rules if r.id == "CL208")
    assert set(cl208.triggers) == NUMBER_WORDS  # the kind reads no number word the screen misses
    finder = Linter(rules).finder

    def candidate(text: str) -> bool:
        return any("CL208" in s.rule_ids for s in finder.sentences(text))

    assert candidate("One-oh-one wants a quieter room.")
    assert candidate("Who keeps ringing? Nineteen.")
    assert candidate("Move five-A to the front.")
    assert not candidate("Two of the examples use a list.")
    assert not candidate("The loop runs three times and stops.")


def test_two_stage_equals_full_pipeline_on_spoken_codes_and_number_words() -> None:
    rules = active_rules(Settings())
    text = (
        "One-oh-one asked for a quieter room, so we moved her.\n\n"
        "Who keeps ringing the bell? Nineteen.\n\n"
        "Three of the tests need two workers and one spare.\n\n"
        "Eleven-oh-four wants the bill, and table four-two is waiting on mains.\n\n"
        "The twenty-one candidates in section one were reviewed by two editors."
    )
    fast = Linter(rules).lint_texts([text])[0]
    naive = Linter(rules, two_stage=False).lint_texts([text])[0]
    key = lambda f: (f.rule.id, f.start, f.end)  # noqa: E731
    assert [key(f) for f in fast] == [key(f) for f in naive]
    assert {text[f.start : f.end] for f in fast if f.rule.id == "CL208"} >= {
        "One-oh-one",
        "Nineteen",
        "Eleven-oh-four",
    }


def test_numpys_blas_gives_the_findings_thincs_blis_gives() -> None:
    """`blas_ops` only changes how float32 sums round; the findings stay the same."""
    import numpy
    from thinc.api import NumpyOps

    from custlint.engine.model import blas_ops

    ours, theirs = blas_ops(), NumpyOps()
    rng = numpy.random.default_rng(0)
    x = rng.random((7, 5), dtype="float32")
    y = rng.random((5, 3), dtype="float32")
    for a, b, kwargs in (
        (x, y, {}),
        (x.T.copy(), y, {"trans1": True}),
        (x, y.T.copy(), {"trans2": True}),
    ):
        assert numpy.allclose(ours.gemm(a, b, **kwargs), theirs.gemm(a, b, **kwargs), atol=1e-5)
    out = numpy.zeros((7, 3), dtype="float32")
    assert ours.gemm(x, y, out=out) is out
    assert numpy.allclose(out, theirs.gemm(x, y), atol=1e-5)

    rules = active_rules(Settings(extend_select=("ALL",)))
    text = large_text()
    linter = Linter(rules)
    nlp = linter._pipeline()
    layers = [
        node
        for _, pipe in nlp.pipeline
        if getattr(pipe, "model", None) is not None
        for node in pipe.model.walk()
    ]
    assert any(type(node.ops) is type(ours) for node in layers)
    key = lambda f: (f.rule.id, f.start, f.end, f.replacements)  # noqa: E731
    with_blas = [key(f) for f in linter.lint_texts([text])[0]]
    before = [node.ops for node in layers]
    try:
        for node in layers:
            node.ops = theirs
        with_blis = [key(f) for f in Linter(rules).lint_texts([text])[0]]
    finally:
        for node, ops in zip(layers, before, strict=True):
            node.ops = ops
    assert len(with_blas) > 300
    assert with_blas == with_blis
