"""Result cache, parallel runs and deferred reading: same answers, less work."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from custlint.config import Settings, active_rules
from custlint.engine.linter import Linter
from custlint.engine.parallel import lint_texts_parallel, split_text

SENTENCES = [
    "Our passengers board from gate 4.",
    "Room 412 wants extra towels before nine.",
    "Please be patient while we load your booking.",
    "No refunds after 30 days.",
    "The customer in seat 17F asked for tea.",
    "Delivery is included at no extra cost.",
]


def run(args: list[str], cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "custlint", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
    )


def make_files(folder: Path, count: int) -> None:
    for i in range(count):
        lines = [SENTENCES[(i + k) % len(SENTENCES)] for k in range(4)]
        (folder / f"note{i:03}.md").write_text(f"# Note {i}\n\n" + "\n\n".join(lines) + "\n")


def test_cached_run_gives_the_same_findings_without_importing_spacy(tmp_path: Path) -> None:
    make_files(tmp_path, 12)
    first = run(["check", "--format", "json", "."], tmp_path)
    assert (tmp_path / ".custlint_cache" / "CACHEDIR.TAG").exists()
    probe = (
        "import sys, runpy; sys.argv = ['custlint', 'check', '--format', 'json', '.']\n"
        "try:\n    runpy.run_module('custlint', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "sys.stderr.write('SPACY=%s' % ('spacy' in sys.modules))\n"
    )
    second = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert json.loads(second.stdout) == json.loads(first.stdout)
    assert "SPACY=False" in second.stderr
    changed = tmp_path / "note000.md"
    changed.write_text("Our guests love the view.\n")
    third = json.loads(run(["check", "--format", "json", "."], tmp_path).stdout)
    assert [f["match"] for f in third if f["path"].endswith("note000.md")] == ["guests"]


def test_no_cache_and_clean(tmp_path: Path) -> None:
    make_files(tmp_path, 2)
    run(["check", "--no-cache", "."], tmp_path)
    assert not (tmp_path / ".custlint_cache").exists()
    run(["check", "."], tmp_path)
    assert (tmp_path / ".custlint_cache").exists()
    result = run(["clean"], tmp_path)
    assert result.returncode == 0 and not (tmp_path / ".custlint_cache").exists()


def test_xdg_cache_home_is_used(tmp_path: Path) -> None:
    make_files(tmp_path, 1)
    cache_home = tmp_path / "xdg"
    run(["check", "."], tmp_path, env={"XDG_CACHE_HOME": str(cache_home)})
    assert (cache_home / "custlint").is_dir()
    assert not (tmp_path / ".custlint_cache").exists()


def test_two_jobs_give_the_same_findings_in_the_same_order(tmp_path: Path) -> None:
    make_files(tmp_path, 60)
    one = run(["check", "--no-cache", "--jobs", "1", "--format", "json", "."], tmp_path)
    two = run(["check", "--no-cache", "--jobs", "2", "--format", "json", "."], tmp_path)
    assert one.stdout == two.stdout
    assert len(json.loads(one.stdout)) > 100


def test_a_huge_text_is_split_at_paragraphs_with_identical_findings() -> None:
    text = "\n\n".join(SENTENCES[i % len(SENTENCES)] for i in range(4000))
    pieces = split_text(text, size=5_000)
    assert len(pieces) > 10
    assert "".join(p for _, p in pieces) == text
    assert all(text[offset : offset + len(p)] == p for offset, p in pieces)
    linter = Linter(active_rules(Settings()))
    alone = linter.lint_texts([text])[0]
    spread = lint_texts_parallel(linter, [text], jobs=2)[0]
    key = lambda f: (f.rule.id, f.start, f.end, f.replacements)  # noqa: E731
    assert [key(f) for f in spread] == [key(f) for f in alone]


def test_the_tokenizer_is_the_saved_one_with_the_code_stop_suffixes() -> None:
    """`load_tokenizer` reads the saved settings itself to load the special cases once;
    the tokenizer must be the one spaCy loads, with the suffix and infix rules replaced."""
    import spacy

    from custlint.engine.model import (
        EXCLUDE,
        code_list_infixes,
        code_stop_suffixes,
        load_pipeline,
    )

    nlp = load_pipeline()
    reference = spacy.load(nlp.path, exclude=list(EXCLUDE))
    reference.tokenizer.suffix_search = code_stop_suffixes(reference)
    reference.tokenizer.infix_finditer = code_list_infixes(reference)
    mine, theirs = nlp.tokenizer, reference.tokenizer
    assert mine.to_bytes(exclude=["vocab"]) == theirs.to_bytes(exclude=["vocab"])
    assert len(mine.rules) > 1000
    text = (
        "Mr. Smith can't find e.g. the U.S. form at 3.5 p.m. in 17F. Next, we'll see "
        "'em at https://example.com/a?b=1 :) — don't worry, y'all; it's 11K."
    ) * 3
    assert [t.text for t in mine(text)] == [t.text for t in theirs(text)]
    assert "17F" in [t.text for t in mine(text)]
    listed = [t.text for t in mine("2C/2D/2F and 19D+19E, open 24/7, 3/4 full")]
    assert listed[:5] == ["2C", "/", "2D", "/", "2F"] and "24/7" in listed and "3/4" in listed


def test_catalogue_finds_the_same_entry_points_by_group() -> None:
    import catalogue

    from custlint.engine.model import load_pipeline

    load_pipeline()
    grouped = catalogue.AVAILABLE_ENTRY_POINTS
    for group in ("spacy_factories", "spacy_languages", "spacy_architectures", "nothing"):
        assert list(grouped.select(group=group)) == list(grouped.available.select(group=group))


def test_the_library_leaves_the_host_applications_blas_threads_alone() -> None:
    import subprocess
    import sys

    code = (
        "import os, custlint; custlint.lint_text('The passengers in 4C asked for water.');"
        "print(os.environ.get('OPENBLAS_NUM_THREADS'))"
    )
    env = {k: v for k, v in __import__("os").environ.items() if k != "OPENBLAS_NUM_THREADS"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert out.stdout.strip() == "None"


def test_the_collector_is_back_on_after_loading_and_a_library_user_keeps_theirs() -> None:
    """The command line holds the collector back while spaCy loads (it would otherwise run
    about 170 times); it must come back on with the loaded objects frozen, and a library
    user's process must not be touched."""
    code = (
        "import gc, sys\n"
        "from custlint.engine import model\n"
        "if sys.argv[1] == 'cli': model.freeze_after_load()\n"
        "seen = []\n"
        "gc.callbacks.append(lambda phase, info: phase == 'start' and seen.append(1))\n"
        "model.load_pipeline()\n"
        "on = gc.isenabled() and gc.get_threshold()[0] > 0\n"
        "print(on, gc.get_freeze_count() > 0, len(seen))\n"
    )
    run = [sys.executable, "-c", code]
    cli = subprocess.run([*run, "cli"], capture_output=True, text=True, check=True)
    library = subprocess.run([*run, "library"], capture_output=True, text=True, check=True)
    enabled, frozen, collections = cli.stdout.split()
    assert (enabled, frozen) == ("True", "True")
    assert int(collections) <= 2  # the one the first allocation after the pause may start
    enabled, frozen, collections = library.stdout.split()
    assert (enabled, frozen) == ("True", "False")
    assert int(collections) > 20


def test_special_cases_added_after_loading_are_still_checked() -> None:
    """The saved special cases are read on trust; a case added later is checked as in spaCy."""
    import pytest

    from custlint.engine.model import load_pipeline

    tokenizer = load_pipeline().tokenizer
    with pytest.raises(ValueError):
        tokenizer.add_special_case("gonna", [{"ORTH": "gon"}, {"ORTH": "ne"}])
    assert [t.text for t in tokenizer("We're gonna wait.")] == [
        "We",
        "'re",
        "gon",
        "na",
        "wait",
        ".",
    ]


def test_every_built_in_trigger_pattern_is_found_through_a_word() -> None:
    """One pattern left to spaCy's token Matcher runs it over every block the screen passes
    and stops blocks where the phrase matchers find nothing from being skipped: a 'REGEX'
    token ('not …ing') once made the whole `prose` run 30% slower. Patterns are anchored on
    a literal word and checked in place instead."""
    linter = Linter(active_rules(Settings()))
    assert len(linter.finder.patterns) == 0
    [sentence] = linter.finder.sentences("Sorry, we're not taking bookings this week.")
    assert "CL304" in sentence.rule_ids


def test_the_loaded_tokenizer_pickles_as_spacys_own() -> None:
    """A library user may pickle the pipeline's tokenizer (or send it to another process)."""
    import pickle

    from spacy.tokenizer import Tokenizer

    from custlint.engine.model import load_pipeline

    tokenizer = load_pipeline().tokenizer
    copy = pickle.loads(pickle.dumps(tokenizer))
    assert type(copy) is Tokenizer
    text = "We can't seat 17F. Don't worry, y'all."
    assert [t.text for t in copy(text)] == [t.text for t in tokenizer(text)]
