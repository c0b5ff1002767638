"""A faster way for the English pipeline's attribute ruler to find its matches.

The attribute ruler maps fine-grained tags to parts of speech and fixes lemmas of a
few words ('gonna', "y'all"). It finds its 179 one- and two-token patterns with a spaCy
Matcher, which steps every pattern through every token: a sixth of the time the parser
stage spends on a sentence. Almost all of those patterns compare a token's attributes
with fixed values, so one dictionary lookup per token and attribute set finds the same
matches; the few others (NOT_IN, regular expressions, two tokens) are checked in place.
The ruler still sets the attributes itself, from matches in the order it would have
found them, and a test compares both on a large text.
"""

from __future__ import annotations

import re
from itertools import product
from operator import itemgetter
from typing import Any

Spec = dict[str, Any]
ATTRS = ("LOWER", "TAG", "DEP", "IS_SPACE")
_COLUMN = {name: i for i, name in enumerate(ATTRS)}
_PREDICATES = {"IN", "NOT_IN", "REGEX"}


def _supported(spec: Spec) -> bool:
    return set(spec) <= set(ATTRS) and all(
        not isinstance(want, dict) or set(want) <= _PREDICATES for want in spec.values()
    )


class _Test:
    """One token spec, compiled to compare attribute ids (hashes) from `Doc.to_array`."""

    def __init__(self, spec: Spec, strings: Any) -> None:
        from spacy.strings import get_string_id

        def ident(value: Any) -> int:
            return int(value) if isinstance(value, bool) else get_string_id(value)

        self.strings = strings
        self.checks: list[tuple[int, str, Any]] = []
        for key, want in spec.items():
            column = _COLUMN[key]
            if not isinstance(want, dict):
                self.checks.append((column, "==", ident(want)))
                continue
            if "IN" in want:
                self.checks.append((column, "in", {ident(v) for v in want["IN"]}))
            if "NOT_IN" in want:
                self.checks.append((column, "not in", {ident(v) for v in want["NOT_IN"]}))
            if "REGEX" in want:
                self.checks.append((column, "regex", re.compile(want["REGEX"])))

    def __call__(self, row: list[int]) -> bool:
        for column, op, want in self.checks:
            value = row[column]
            if op == "==":
                if value != want:
                    return False
            elif op == "in":
                if value not in want:
                    return False
            elif op == "not in":
                if value in want:
                    return False
            elif not want.search(self.strings[value]):
                return False
        return True


def _fits(rows: list[list[int]], start: int, tests: list[_Test]) -> bool:
    if start + len(tests) > len(rows):
        return False
    return all(test(rows[start + j]) for j, test in enumerate(tests))


def _exact_choices(spec: Spec) -> list[tuple[Any, ...]] | None:
    """Every combination of fixed values the token spec accepts, or None."""
    choices = []
    for key in sorted(spec):
        want = spec[key]
        if isinstance(want, dict):
            if set(want) != {"IN"}:
                return None
            choices.append(tuple(want["IN"]))
        else:
            choices.append((want,))
    return list(product(*choices))


class AttributeLookup:
    """Finds exactly the attribute ruler's matches: `(attr_id, match_id, start, end)`."""

    def __init__(self, ruler: Any) -> None:
        from spacy.strings import get_string_id

        strings = ruler.vocab.strings
        self.match_ids = [strings[str(i)] for i in range(len(ruler.attrs))]
        # column numbers -> {their attribute ids -> [attr ids]}, for one-token patterns of
        # fixed values; everything else is tested token by token.
        exact: dict[tuple[int, ...], dict[tuple[int, ...], list[int]]] = {}
        other: list[tuple[int, list[_Test]]] = []
        for attr_id, group in enumerate(ruler.patterns):
            for pattern in group["patterns"]:
                if not all(_supported(spec) for spec in pattern):
                    raise ValueError(f"attribute ruler pattern not supported: {pattern}")
                choices = _exact_choices(pattern[0]) if len(pattern) == 1 else None
                if choices is None:
                    other.append((attr_id, [_Test(spec, strings) for spec in pattern]))
                    continue
                columns = tuple(_COLUMN[k] for k in sorted(pattern[0]))
                table = exact.setdefault(columns, {})
                for values in choices:
                    key = tuple(int(v) if isinstance(v, bool) else get_string_id(v) for v in values)
                    ids = table.setdefault(key, [])
                    if attr_id not in ids:
                        ids.append(attr_id)
        # One getter per column set: `itemgetter` builds the key in C (a bare value for a
        # single column, whose table is keyed by bare values too).
        self.tables = [
            (
                itemgetter(*columns),
                table if len(columns) > 1 else {key[0]: ids for key, ids in table.items()},
            )
            for columns, table in exact.items()
        ]
        # The other patterns are looked at only where one of their tokens has a value
        # they require: (column -> {attribute id -> [(attr id, tests, that token)]}).
        self.anchored: dict[int, dict[int, list[tuple[int, list[_Test], int]]]] = {}
        self.everywhere: list[tuple[int, list[_Test]]] = []
        for attr_id, tests in other:
            anchor = next(
                (
                    (j, column, want if op == "in" else {want})
                    for j, test in enumerate(tests)
                    for column, op, want in test.checks
                    if op in ("==", "in")
                ),
                None,
            )
            if anchor is None:
                self.everywhere.append((attr_id, tests))
                continue
            j, column, values = anchor
            for value in values:
                self.anchored.setdefault(column, {}).setdefault(value, []).append(
                    (attr_id, tests, j)
                )

    def match(self, doc: Any) -> list[tuple[int, int, int, int]]:
        rows = doc.to_array(list(ATTRS)).tolist() if len(doc) else []
        found: set[tuple[int, int, int]] = set()
        for i, row in enumerate(rows):
            for key_of, table in self.tables:
                ids = table.get(key_of(row))
                if ids:
                    found.update((attr_id, i, i + 1) for attr_id in ids)
            for column, index in self.anchored.items():
                for attr_id, tests, j in index.get(row[column], ()):
                    start = i - j
                    if start >= 0 and _fits(rows, start, tests):
                        found.add((attr_id, start, start + len(tests)))
        for attr_id, tests in self.everywhere:
            for start in range(len(rows)):
                if _fits(rows, start, tests):
                    found.add((attr_id, start, start + len(tests)))
        return sorted((a, self.match_ids[a], s, e) for a, s, e in found)


def speed_up_attribute_ruler(nlp: Any) -> Any:
    """Give the pipeline's attribute ruler the lookup above, when its patterns allow."""
    if "attribute_ruler" not in nlp.pipe_names:
        return nlp
    ruler = nlp.get_pipe("attribute_ruler")
    try:
        lookup = AttributeLookup(ruler)
    except ValueError:
        return nlp  # another pipeline's ruler with patterns we cannot look up: keep it
    ruler.match = lookup.match
    return nlp


class FastLemmas:
    """What spaCy's rule lemmatizer does to a Doc, reading and writing its tokens as arrays.

    `Lemmatizer.__call__` visits every token as a Python object and asks `rule_lemmatize`,
    whose answer depends on the word, its part of speech and its morphology alone (spaCy
    caches it under exactly that key). This keeps the same answers under the same key and
    sets all lemmas at once; tokens whose lemma the attribute ruler set stay as they are,
    as in `__call__` without `overwrite`.
    """

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.known: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Any) -> Any:
        import numpy
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        lemmatizer = self.lemmatizer
        if not getattr(lemmatizer, "_validated", True):
            return lemmatizer(doc)  # the first call checks the tables (and raises if missing)
        if not len(doc):
            return doc
        strings = doc.vocab.strings
        known = self.known
        overwrite = lemmatizer.overwrite
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(
            doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        ):
            if overwrite or lemma == 0:
                key = (orth, pos, morph)
                lemma = known.get(key)
                if lemma is None:
                    lemma = known[key] = strings.add(lemmatizer.lemmatize(doc[i])[0])
            lemmas.append(lemma)
        doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64").reshape(-1, 1))
        return doc

    def pipe(self, docs: Any, **_: Any) -> Any:
        for doc in docs:
            yield self(doc)


class WordIndex(list):
    """A part of speech's list of known base forms that answers `in` from a set.

    `rule_lemmatize` asks `form in index` for every form its suffix rules make of a word
    it has not seen under that tag, and the English index for nouns is a list of 57,000
    words: a linear search that made lemmatizing a tenth of the parse. Still a list with
    the same items in the same order, so the table saves as before; nothing appends to
    it after loading. The set is made at the first look-up, not at start-up."""

    def __init__(self, words: list[str]) -> None:
        super().__init__(words)
        self.members: frozenset[object] | None = None

    def __contains__(self, word: object) -> bool:
        if self.members is None:
            self.members = frozenset(self)
        return word in self.members


def speed_up_lemmatizer(nlp: Any) -> Any:
    """`nlp.pipe` uses a component's `pipe`: give spaCy's rule lemmatizer the one above,
    and its index of base forms a set to look words up in."""
    if "lemmatizer" not in nlp.pipe_names:
        return nlp
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule" or not hasattr(lemmatizer, "__dict__"):
        return nlp
    lemmatizer.pipe = FastLemmas(lemmatizer).pipe
    if lemmatizer.lookups.has_table("lemma_index"):
        index = lemmatizer.lookups.get_table("lemma_index")
        for pos, words in list(index.items()):
            if type(words) is list:
                index[pos] = WordIndex(words)
    return nlp
