"""Stage one: split prose into sentences and keep those where some rule has a trigger.

Only the blank tokenizer, a rule-based sentencizer and two matchers run here, which is
fast enough to read every word of a large document; the statistical parser later sees
only the sentences this pass keeps.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from custlint.engine.blocks import split_blocks
from custlint.engine.checks import customer_matter, technical_text
from custlint.engine.normalize import parse_form
from custlint.rulepack import Rule


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    rule_ids: frozenset[str]
    block: int = 0  # sentences of one block of prose share a number


def prose_only(rules: Iterable[Rule]) -> frozenset[str]:
    """Rules that say they have nothing to find in a technical document: a bare number
    for a person is staff shorthand, and in a reference '2822' is an RFC."""
    return frozenset(r.id for r in rules if r.options.get("technical_documents", True) is False)


def plural(word: str) -> str:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word if word.endswith("x") else word + "es"
    return word + "s"


def trigger_phrases(rule: Rule) -> set[str]:
    """The surface forms that make a sentence worth parsing for this rule."""
    phrases = {t.lower() for t in rule.triggers}
    if rule.kind == "locator":
        phrases.update(h.lower() for h in rule.options.get("heads", []))
    if rule.kind == "descriptor":
        for term in rule.terms:
            low = term.lower()
            phrases.add(low)
            phrases.add(plural(low))
    return phrases


NUMBER = "#number"


def needed_words(rule: Rule) -> frozenset[str] | None:
    """The words a sentence must hold one of for this rule to look at it, if the rule
    says (`needs`): plain words, `@name` for a lexicon list with its plurals, and
    `#number` for any token with a digit. A rule whose every finding has a subject from
    a closed list ('we', 'our hotel', 'guests') then never sends other sentences to the
    parser. Both stages apply the same test to the same tokens, so it changes nothing
    but what gets parsed."""
    needs = rule.options.get("needs")
    if not needs:
        return None
    words: set[str] = set()
    for item in needs:
        if item.startswith("@"):
            for entry in rule.lexicon.get(item[1:], ()):
                for word in entry.split():
                    words.update((word, plural(word)))
        else:
            words.add(item.lower())
    return frozenset(words)


def has_needed(words: Iterable[Any], needed: frozenset[str]) -> bool:
    """Tokens, or their lower-case forms (digits are the same in both), one of which is
    needed."""
    digits = NUMBER in needed
    for w in words:
        low = w if isinstance(w, str) else w.lower_
        if low in needed or (digits and any(c.isdigit() for c in low)):
            return True
    return False


class LemmaOracle:
    """Every lemma a word could be given by the pipeline, whatever its tag or parse.

    spaCy's rule lemmatizer picks a word's lemma from three sources only: the word
    itself (base forms, unknown parts of speech), the exceptions listed for it under some
    part of speech, and the forms its suffix rules make of it under some part of speech;
    the attribute ruler may set a lemma instead, for the words its patterns name. The
    union over every part of speech is a superset of the lemma any tag can lead to, so
    "no word of this sentence could have lemma L" is decided before tagging and can only
    be wrong towards passing a sentence. A pipeline whose lemmas come from anywhere else
    (another lemmatizer mode, or none) makes every word a possible anything.
    """

    def __init__(self, nlp: Any) -> None:
        self.usable = False
        self.cache: dict[str, frozenset[str]] = {}
        if "lemmatizer" not in nlp.pipe_names:
            return
        lemmatizer = nlp.get_pipe("lemmatizer")
        if getattr(lemmatizer, "mode", None) != "rule" or not hasattr(lemmatizer, "lookups"):
            return
        lookups = lemmatizer.lookups
        exc = lookups.get_table("lemma_exc", {}) if lookups.has_table("lemma_exc") else {}
        rules = lookups.get_table("lemma_rules", {}) if lookups.has_table("lemma_rules") else {}
        self.exceptions = [dict(table) for table in exc.values()]
        self.rules = sorted({(old, new) for table in rules.values() for old, new in table})
        self.named: dict[str, set[str]] = {}
        self.anywhere: set[str] = set()
        for name, component in nlp.pipeline:
            factory = nlp.get_pipe_meta(name).factory
            if factory not in _LEMMA_SAFE:
                return  # a component we do not know might set lemmas of its own
            if factory != "attribute_ruler":
                continue
            for group in component.patterns:
                lemma = group.get("attrs", {}).get("LEMMA")
                if lemma is None:
                    continue
                for pattern in group["patterns"]:
                    words = _spelled(pattern[group.get("index", 0)])
                    if words is None:
                        self.anywhere.add(str(lemma).lower())
                    for word in words or ():
                        self.named.setdefault(word, set()).add(str(lemma).lower())
        self.usable = True

    def lemmas(self, word: str) -> frozenset[str]:
        """The lower-case lemmas a token whose lower-case form is `word` may have."""
        known = self.cache.get(word)
        if known is not None:
            return known
        found = {word, *self.anywhere, *self.named.get(word, ())}
        for table in self.exceptions:
            found.update(f.lower() for f in table.get(word, ()))
        for old, new in self.rules:
            if word.endswith(old):
                found.add(word[: len(word) - len(old)] + new)
        if len(self.cache) > 200_000:
            self.cache.clear()
        known = self.cache[word] = frozenset(found)
        return known


# Components that set no lemma, except the two `LemmaOracle` reads.
_LEMMA_SAFE = frozenset(
    "tok2vec tagger parser attribute_ruler lemmatizer senter sentencizer ner morphologizer".split()
)


def _spelled(spec: dict) -> list[str] | None:
    """The lower-case words a token pattern allows, or None if it allows any word."""
    for key in ("LOWER", "ORTH", "TEXT", "NORM"):
        value = spec.get(key)
        if isinstance(value, str):
            return [value.lower()]
        if isinstance(value, dict) and set(value) == {"IN"}:
            return [str(v).lower() for v in value["IN"]]
    return None


class WordGate:
    """Passes a sentence (its lower-case words) that holds one of `words`, or a word that
    could have one of `lemmas` as its lemma (see `LemmaOracle`)."""

    def __init__(
        self, oracle: LemmaOracle, words: Iterable[str] = (), lemmas: Iterable[str] = ()
    ) -> None:
        self.oracle = oracle
        self.words = frozenset(words)
        self.wanted = frozenset(lemmas)
        self.open = bool(self.wanted) and not oracle.usable
        self.known: dict[str, bool] = {}

    def fits(self, word: str) -> bool:
        hit = self.known.get(word)
        if hit is None:
            hit = word in self.words or bool(self.wanted and self.oracle.lemmas(word) & self.wanted)
            if len(self.known) > 200_000:
                self.known.clear()
            self.known[word] = hit
        return hit

    def __call__(self, lowers: list[str]) -> bool:
        return self.open or any(self.fits(w) for w in lowers)


_FAST_KEYS = ("LOWER", "ORTH", "SHAPE")
_MAX_EXPANSION = 2000


def expand_sets(patterns: list[list[dict]]) -> list[list[dict]]:
    """Spell out `{"LOWER": {"IN": [...]}}` as one exact pattern per word.

    The Matcher checks exact attribute values in C but runs a Python predicate for every
    `IN` set on every token; for the short word lists of trigger patterns the cross
    product of exact patterns is several times faster.
    """
    out: list[list[dict]] = []
    for pattern in patterns:
        expanded: list[list[dict]] = [[]]
        for token in pattern:
            options = [token]
            for key in _FAST_KEYS:
                value = token.get(key)
                if isinstance(value, dict) and set(value) == {"IN"}:
                    options = [{**token, key: v} for v in value["IN"]]
                    break
            if len(expanded) * len(options) > _MAX_EXPANSION:
                expanded = [[*p, token] for p in expanded]
                continue
            expanded = [[*p, o] for p in expanded for o in options]
        out.extend(expanded)
    return out


# The commonest English words: a pattern token made only of these screens out nothing.
_COMMON = frozenset(
    "a an the is are was were be been being am 's 're do does did can will would shall may "
    "might must to of in on at for and or it that this with as by from have has had i we "
    "you he she they".split()
)


class TriggerScreen:
    """Stage zero: a regular expression that finds every place a trigger could be.

    Built from the rules alone, so a text without a single trigger word or digit is
    done without importing spaCy, and blocks without one skip the tokenizer. It must
    never miss what the tokenizer and matchers would find. Trigger words stand between
    non-letters, except where the English tokenizer splits a run of letters: 'n't' comes
    off 'isn't' and 'can't', and 've' off 'couldn'tve'; a test checks the screen
    against every special case of the tokenizer.

    A word found is not always enough: the candidate pass keeps a trigger only under
    conditions it reads from the tokens, and where one of those has a test on the text
    as written that it implies, a word that only such rules screen for passes only with
    that test (`_Condition`): a locator's head ('return', 'line', 'case') only in a text
    with a number (`has_number`), a number word said aloud only in a spoken position
    (`spoken_position`), and the telling word of a trigger pattern ('not' of 'not be')
    only with the pattern's run of literal words next to each other (`_Sequence`).
    """

    def __init__(self, rules: Iterable[Rule]) -> None:
        rules = list(rules)
        reasons: dict[str, set[_Condition | None]] = {}
        self.everything = False

        def add(word: str, condition: _Condition | None) -> None:
            for variant in _quote_variants(word.lower()):
                reasons.setdefault(variant, set()).add(condition)

        for rule in rules:
            # Every trigger of a locator needs a number (or a row letter) near it
            # (`_number_follows`, `_letter_follows`), whatever found it.
            located: _Condition | None = None
            if rule.kind == "locator":
                letters = bool(rule.options.get("letter_heads"))
                located = has_number_or_letter if letters else has_number
            spoken = rule.kind == "locator" and bool(rule.options.get("spoken_codes"))
            for phrase in trigger_phrases(rule):
                words = phrase.split()
                for word in words:
                    # A number word alone is only a code said aloud or a one-word answer.
                    solo = spoken and len(words) == 1 and word.lower() in NUMBER_WORDS
                    add(word, spoken_position if solo else located)
            for pattern in rule.options.get("trigger_patterns", []):
                # A pattern matches only where all its tokens do: screening for its most
                # telling token ('not' in 'is not') is enough; the literal tokens around
                # it must then stand next to each other.
                options = [[] if "OP" in token else _literal_words(token) for token in pattern]
                if not any(options):
                    self.everything = True
                    continue
                telling = min(
                    (i for i, o in enumerate(options) if o),
                    key=lambda i: (sum(w in _COMMON for w in options[i]), len(options[i])),
                )
                # A whole-word regular expression ('not' before any participle) is part of
                # the run too, as the text must show it.
                spelled: list[list[str] | str | None] = [
                    o or (None if "OP" in token else _whole_word_regex(token))
                    for o, token in zip(options, pattern, strict=True)
                ]
                first, last = telling, telling
                while first > 0 and spelled[first - 1]:
                    first -= 1
                while last + 1 < len(spelled) and spelled[last + 1]:
                    last += 1
                condition = located
                if condition is None and last > first:
                    condition = _Sequence(spelled[first : last + 1])
                for word in options[telling]:
                    add(word, condition)
        self.reasons = {w: frozenset(c) for w, c in reasons.items()}
        # Single words are looked up by their runs of letters, which is several times
        # faster than one large alternation; only words with other characters in them
        # ("n't", "account-holder") need a pattern.
        self.words = frozenset(w for w in reasons if _LETTERS.fullmatch(w))
        rest = set(reasons) - self.words
        glued = {w for w in rest if _GLUED.match(w)}
        parts = []
        if rest - glued:
            letter = r"[^\W\d_]"
            parts.append(rf"(?<!{letter})(?:{_alternatives(rest - glued)})(?!{letter})")
        if glued:
            parts.append(_alternatives(glued))
        self.pattern = re.compile("|".join(parts), re.IGNORECASE) if parts else None
        # Each word of the pattern has a character that is not a letter ('-', a quote):
        # a block without any of them (in either case) cannot match it, and looking
        # for a few characters is many times faster than running the pattern.
        marks = {c for w in rest for c in w if not _LETTERS.fullmatch(c)}
        self.marks = tuple(sorted({v for c in marks for v in (c, c.lower(), c.upper())}))
        # "notve" is not + ve: a run of letters may be a word or a word and "ve".
        self.runs = self.words | {w + "ve" for w in self.words}
        # A code shape ('ddX', 'dd:dd') is found as the characters of its shape anywhere.
        shapes = {s for rule in rules for s in rule.options.get("trigger_shapes", [])}
        if "d" in shapes:
            self.shapes: re.Pattern[str] | None = _DIGIT  # a digit is a shape on its own
        else:
            parts = sorted({_shape_pattern(s) for s in shapes})
            self.shapes = re.compile("|".join(parts)) if parts else None

    def search(self, text: str) -> bool:
        if self.everything or (self.shapes is not None and self._shaped(text)):
            return True
        lower = text.lower()
        return self._worded(text, lower, _LETTERS.findall(lower))

    def found(self, text: str, lower: str, runs: list[str]) -> bool:
        """`search`, given the block lower-cased and its runs of letters."""
        if self.everything or (self.shapes is not None and self._shaped(text)):
            return True
        return self._worded(text, lower, runs)

    def _worded(self, text: str, lower: str, runs: list[str]) -> bool:
        tested: dict[_Condition, bool] = {}
        if self.pattern is not None and any(c in text for c in self.marks):
            for m in self.pattern.finditer(text):
                if self._passes(m.group().lower(), (text, lower, runs), tested):
                    return True
        found = self.runs.intersection(runs)
        for w in found:
            if w not in self.words:
                w = w[:-2]
            if self._passes(w, (text, lower, runs), tested):
                return True
        return False

    def _shaped(self, text: str) -> bool:
        """Some run of characters with a digit in it holds a code shape: one pattern of many
        shapes is slow over a whole block, and runs with a digit are few and short."""
        shapes = self.shapes
        assert shapes is not None
        if shapes is _DIGIT:
            return _DIGIT.search(text) is not None
        return any(shapes.search(run) for run in _DIGIT_RUN.findall(text))

    def _passes(
        self, word: str, block: tuple[str, str, list[str]], tested: dict[_Condition, bool]
    ) -> bool:
        """Whether `word`, found in a block, is enough for some rule that screens for it."""
        for condition in self.reasons.get(word, (None,)):
            if condition is None:
                return True
            known = tested.get(condition)
            if known is None:
                known = tested[condition] = condition(*block)
            if known:
                return True
        return False


def _shape_pattern(shape: str) -> str:
    """The characters a token of this spaCy shape has in it: 'd' a digit, 'X'/'x' a letter
    (either case: a superset is enough), anything else itself. A letter after a digit may
    stand apart, as a seat letter does ('17 F': `split_code`, `spaced_letter`)."""
    out = []
    for i, c in enumerate(shape):
        if c == "d":
            out.append(r"\d")
        elif c in "Xx":
            out.append((r"\s*" if i and shape[i - 1] == "d" else "") + r"[^\W\d_]")
        else:
            out.append(re.escape(c))
    return "".join(out)


def quiet_in_technical(rules: Iterable[Rule]) -> frozenset[str]:
    """Rules that find nothing in a sentence of a technical document unless it names what
    a customer buys or pays for: refusals (`refusal.kind.is_technical`) and role words read
    for their software sense (`checks.not_software_sense`)."""
    return frozenset(r.id for r in rules if r.kind == "refusal" or "not_software_sense" in r.checks)


class TechnicalScreen:
    """Stage zero for a technical document (`genre.technical_document`): the rules that
    stand aside there (`prose_only`, `quiet_in_technical`) screen for nothing, unless
    the block names a customer matter, where every rule screens as usual."""

    def __init__(self, rules: Iterable[Rule], full: TriggerScreen) -> None:
        rules = list(rules)
        aside = prose_only(rules) | quiet_in_technical(rules)
        self.rest = TriggerScreen(r for r in rules if r.id not in aside)
        self.full = full

    def search(self, text: str) -> bool:
        lower = text.lower()
        runs = _LETTERS.findall(lower)
        if self.rest.found(text, lower, runs):
            return True
        return customer_matter(runs) and self.full.found(text, lower, runs)


# A test on a block's text as written, lower-cased, and its runs of letters (lower-case),
# that some token-level condition of the candidate pass implies.
_Condition = Callable[[str, str, list[str]], bool]

# The words spaCy's English `like_num` takes for numbers (`spacy.lang.en.lex_attrs`; a
# test checks they are the same): a token without a digit is like a number only if it
# is one of these, once ',' and '.' are taken out of it.
NUMBER_LIKE = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred thousand million billion trillion quadrillion quintillion "
    "sextillion septillion octillion nonillion decillion gajillion bazillion "
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
    "thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth hundredth "
    "thousandth millionth billionth trillionth quadrillionth quintillionth sextillionth "
    "septillionth octillionth nonillionth decillionth gajillionth bazillionth".split()
)
_LONGEST_NUMBER = max(map(len, NUMBER_LIKE))


def has_number(text: str, lower: str, runs: list[str]) -> bool:
    """Whether some token of `text` could be like a number or hold a digit, which a
    locator's trigger needs near it (`_number_follows`).

    A token without a digit is like a number only if it is a number word once its '.'s
    are taken out ('t.en'; commas between letters always split tokens). Its letters
    stand between non-letters in the text unless a special case of the tokenizer splits
    a run of letters, which a test rules out for the special cases there are. With '.'s
    inside, it is some consecutive parts of a run of letters and '.'s: the tokenizer cuts
    such a run only at its '.'s."""
    if _DIGIT.search(text) or (not text.isascii() and any(c.isdigit() for c in text)):
        return True
    if not NUMBER_LIKE.isdisjoint(runs):
        return True
    if "." not in lower:
        return False
    for dotted in _DOTTED.findall(lower):
        parts = [p for p in dotted.split(".") if p]
        for i in range(len(parts)):
            joined = ""
            for part in parts[i:]:
                joined += part
                if joined in NUMBER_LIKE:
                    return True
                if len(joined) > _LONGEST_NUMBER:
                    break
    return False


def has_number_or_letter(text: str, lower: str, runs: list[str]) -> bool:
    """`has_number`, or a lone capital letter that can name a row (`_letter_follows`)."""
    if has_number(text, lower, runs):
        return True
    if text.isascii():
        return _LONE_CAPITAL.search(text) is not None
    return any(c.isupper() and c != "I" for c in _LONE_LETTER.findall(text))


# A seat letter set apart after a number word: "seventeen F" (see `spaced_letter`).
_SEAT_LETTER_AFTER = re.compile(r" [BCDEFGHJK]\b")


def spoken_position(text: str, lower: str, runs: list[str]) -> bool:
    """Whether a number word stands where `_spoken_number` could take it: a hyphen or a
    seat letter right after it ('Eleven-oh-four', 'seventeen F'), or nothing but
    punctuation before and after it in its sentence ('Nineteen.'), where punctuation is
    never a letter or a digit."""
    if NUMBER_WORDS.isdisjoint(runs):
        return False
    for m in _NUMBER_WORD.finditer(lower):
        end = m.end()
        if lower.startswith("-", end) or _SEAT_LETTER_AFTER.match(text, end):
            return True
        before = lower[: m.start()].rstrip()
        after = lower[end:].lstrip()
        if (not before or not before[-1].isalnum()) and (not after or not after[0].isalnum()):
            return True
    return False


class _Sequence:
    """A pattern's run of literal tokens, as the text must show it: each token one of
    its words (or a word its whole-word regular expression matches), with at most one
    space or line break between them (`parse_form` makes a
    line break a space; the tokenizer keeps a single space on the token before, and any
    other white space is a token of its own)."""

    def __init__(self, options: list) -> None:
        parts = [
            f"(?:{o})(?![^\\W\\d_])"
            if isinstance(o, str)
            else "(?:" + "|".join(_spelled_as_written(w.lower()) for w in o) + ")"
            for o in options
        ]
        self.regex = re.compile("[ \n\r]?".join(parts))

    def __call__(self, text: str, lower: str, runs: list[str]) -> bool:
        return self.regex.search(lower) is not None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Sequence) and other.regex.pattern == self.regex.pattern

    def __hash__(self) -> int:
        return hash(self.regex.pattern)


def _spelled_as_written(word: str) -> str:
    """A regex for a token's lower-case form in the text as written, quotes not yet
    straightened (`parse_form`)."""
    out = []
    for c in word:
        if c in _SINGLE_QUOTES:
            out.append("['’‘`´]")
        elif c in '"“”':
            out.append('["“”]')
        else:
            out.append(re.escape(c))
    return "".join(out)


_SINGLE_QUOTES = "'’‘`´"
_LONE_LETTER = re.compile(r"(?<![^\W\d_])[^\W\d_](?![^\W\d_])")
# The same for ASCII text, capitals but 'I' only, the letter first so the search is fast.
_LONE_CAPITAL = re.compile(r"[A-HJ-Z](?<![A-Za-z]{2})(?![A-Za-z])")
# Runs of letters with '.'s inside: "t.en", "e.g".
_DOTTED = re.compile(r"[^\W\d_]+(?:\.+[^\W\d_]+)+")


_DIGIT = re.compile(r"\d")
# A run of characters with a digit, and a lone letter set apart after it ('17 F').
_DIGIT_RUN = re.compile(r"\S*\d\S*(?:\s+[^\W\d_](?![^\W\d_]))?")
_LETTERS = re.compile(r"[^\W\d_]+")
# A contraction the tokenizer splits off a word: "isn't" -> "is" + "n't".
_GLUED = re.compile(r"^n['’‘`´]t$")


def _alternatives(words: set[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _whole_word_regex(token: dict) -> str | None:
    """The body of a `{"LOWER": {"REGEX": "^…$"}}` token that must match a whole word,
    which the screen can look for in the lower-case text; None for any other token."""
    value = token.get("LOWER")
    if not (isinstance(value, dict) and set(value) == {"REGEX"}):
        return None
    regex = value["REGEX"]
    if not (regex.startswith("^") and regex.endswith("$")) or "'" in regex:
        return None
    return regex[1:-1]


def _literal_words(token: dict) -> list[str]:
    for key in ("LOWER", "ORTH"):
        value = token.get(key)
        if isinstance(value, str):
            return [value]
        if isinstance(value, dict) and set(value) == {"IN"}:
            return list(value["IN"])
    return []


def _quote_variants(word: str) -> set[str]:
    """The screen reads text as written; the tokenizer reads straightened quotes."""
    if "'" not in word:
        return {word}
    return {word.replace("'", q) for q in "'’‘`´"}


class CandidateFinder:
    """Finds, per sentence, which rules have something to look at.

    Everything that can be is a phrase lookup (hash-based, one pass per doc): trigger
    words and exact word sequences by their lower-case form, codes such as "17F" by
    their token shape. Only patterns that need more (sentence starts, punctuation) go to
    a token Matcher, which costs time per pattern and token.
    """

    def __init__(
        self,
        rules: Iterable[Rule],
        nlp: Any,
        screen: TriggerScreen,
        technical_screen: TechnicalScreen | None = None,
    ) -> None:
        from spacy.matcher import Matcher, PhraseMatcher
        from spacy.pipeline import Sentencizer
        from spacy.tokens import Doc

        self.tokenizer = nlp.tokenizer
        self.sentencizer = Sentencizer()
        self.stops = frozenset(nlp.vocab.strings.add(c) for c in self.sentencizer.punct_chars)
        self.rules = list(rules)
        self.screen = screen
        self.technical_screen = technical_screen or TechnicalScreen(self.rules, screen)
        vocab = nlp.vocab
        self.phrases = PhraseMatcher(vocab, attr="LOWER")
        self.codes = PhraseMatcher(vocab, attr="SHAPE")
        self.patterns = Matcher(vocab)
        # Patterns with a literal word are found through that word and checked in place,
        # which is many times faster than a Matcher that steps through every token.
        self.anchors = PhraseMatcher(vocab, attr="LOWER")
        self.anchored: dict[str, list[tuple[str, int, list[dict]]]] = {}
        self.context: dict[str, frozenset[str]] = {}
        self.split_codes: dict[str, re.Pattern[str]] = {}
        # A locator's head word ("room", "table") matters only with a number after it.
        self.numbered = frozenset(r.id for r in self.rules if r.kind == "locator")
        # Rules that read number words as codes said aloud ("Eleven-oh-four") or as a
        # one-word answer ("Nineteen."), and only so (see `_spoken_number`).
        self.spoken = frozenset(
            r.id for r in self.rules if r.kind == "locator" and r.options.get("spoken_codes")
        )
        # Heads that may take a single capital letter instead of a number: "row F".
        self.lettered = {
            r.id: frozenset(w.lower() for w in r.options.get("letter_heads", []))
            for r in self.rules
            if r.kind == "locator" and r.options.get("letter_heads")
        }
        # Refusals are never looked for in technical prose (see `technical_text`).
        self.refusals = frozenset(r.id for r in self.rules if r.kind == "refusal")
        # Rules a technical document never needs (`technical_documents = false`), and
        # rules that need a customer matter there.
        self.prose_only = prose_only(self.rules)
        self.quiet = quiet_in_technical(self.rules)
        self.needs = {r.id: n for r in self.rules if (n := needed_words(r)) is not None}
        # What a refusal rule's shapes need of a sentence's words before they can find
        # anything (see `refusal.preconditions.PRECONDITIONS`).
        from custlint.engine.kinds.refusal import surface_gate

        self.lemmas = LemmaOracle(nlp)
        self.gates = {
            r.id: gate
            for r in self.rules
            if r.kind == "refusal" and (gate := surface_gate(r, self.lemmas)) is not None
        }
        for rule in self.rules:
            phrases = sorted(trigger_phrases(rule))
            if phrases:
                self.phrases.add(rule.id, list(self.tokenizer.pipe(phrases)))
            shapes = rule.options.get("trigger_shapes")
            if shapes:
                examples = [Doc(vocab, words=[_example_of(shape)]) for shape in shapes]
                if rule.options.get("split_codes"):
                    # The tokenizer cuts unit letters off numbers ("11K" -> "11", "K"); such
                    # a pair, written as one word, is still a seat code.
                    examples += [
                        Doc(vocab, words=[digits, "A"], spaces=[False, False])
                        for digits in ("1", "11")
                    ]
                    self.split_codes[rule.id] = re.compile(rule.options["code_regex"])
                self.codes.add(rule.id, examples)
                after = rule.options.get("trigger_after")
                if after:
                    self.context[rule.id] = frozenset(w.lower() for w in after)
            exact, other = [], []
            for pattern in expand_sets([list(p) for p in rule.options.get("trigger_patterns", [])]):
                words = [t.get("LOWER", t.get("ORTH")) for t in pattern]
                plain = all(set(t) <= {"LOWER", "ORTH"} for t in pattern)
                (exact if plain and all(isinstance(w, str) for w in words) else other).append(
                    pattern
                )
            if exact:
                docs = [Doc(vocab, words=[t.get("LOWER", t.get("ORTH")) for t in p]) for p in exact]
                self.phrases.add(rule.id, docs)
            matched = []
            for pattern in other:
                anchor = _anchor(pattern)
                if anchor is None:
                    matched.append(pattern)
                    continue
                word = pattern[anchor].get("LOWER", pattern[anchor].get("ORTH")).lower()
                if word not in self.anchored:
                    self.anchors.add(word, [Doc(vocab, words=[word])])
                self.anchored.setdefault(word, []).append((rule.id, anchor, pattern))
            if matched:
                self.patterns.add(rule.id, matched)

    def sentences(
        self, text: str, screen: bool = True, gates: bool = True, technical: bool = False
    ) -> list[Sentence]:
        """The sentences of `text` with the rules that have a trigger in each.

        With `screen` on, blocks without any trigger are left out altogether: none of
        their sentences could be a candidate or the context of one. The same goes for
        blocks where the matchers find nothing (those need no sentence starts either:
        see `_matches`). With `gates` on, a
        rule whose shapes could find nothing in a sentence's words (`self.gates`) is
        dropped from it; the spans those shapes would turn down are lost with it, so the
        judge, which may take such a span, runs without. `technical` says the text is
        part of a technical document (`genre.technical_document`)."""
        blocks = [
            (start, end)
            for start, end in split_blocks(text)
            if not screen
            or (self.technical_screen if technical else self.screen).search(text[start:end])
        ]
        out: list[Sentence] = []
        docs = self.tokenizer.pipe(parse_form(text[s:e]) for s, e in blocks)
        for block, ((b_start, _b_end), doc) in enumerate(zip(blocks, docs, strict=True)):
            found = self._matches(doc)
            if screen and not any(found) and not len(self.patterns):
                continue
            self.split_sentences(doc)
            hits = self._hits(doc, found)
            if screen and not hits:
                continue
            positions = sorted(hits)
            p = 0
            words: _Words | None = None
            for sent in doc.sents:
                ids: set[str] = set()
                while p < len(positions) and positions[p] < sent.end:
                    ids.update(hits[positions[p]])
                    p += 1
                start = b_start + sent.start_char
                end = b_start + sent.end_char
                written = text[start:end]
                if ids:
                    if words is None:
                        words = _Words(doc)
                    lowers = words.lower[sent.start : sent.end]
                    self._narrow(ids, lowers, written, gates, technical)
                out.append(Sentence(start, end, written, frozenset(ids), block))
        return out

    def _narrow(
        self, ids: set[str], lowers: list[str], written: str, gates: bool, technical: bool
    ) -> None:
        """Drop from `ids` the rules that cannot find anything in this sentence."""
        if technical:
            ids -= self.prose_only
            if ids & self.quiet and not customer_matter(lowers):
                ids -= self.quiet
        if ids & self.refusals and technical_text(parse_form(written), lowers):
            ids -= self.refusals
        for rule_id in ids & self.needs.keys():
            if not has_needed(lowers, self.needs[rule_id]):
                ids.discard(rule_id)
        if gates:
            for rule_id in ids & self.gates.keys():
                if not self.gates[rule_id](lowers):
                    ids.discard(rule_id)

    def split_sentences(self, doc: Any) -> None:
        """What `self.sentencizer(doc)` does, reading the tokens as one array instead of
        one Token object each: a sentence starts at the first token, and at the first
        token that is neither punctuation nor a stop after a stop ('.', '!', '?' …)."""
        from spacy.attrs import IS_PUNCT, ORTH

        if not len(doc):
            return
        starts = [False] * len(doc)
        starts[0] = True
        stops = self.stops
        seen = False
        for i, (orth, punct) in enumerate(doc.to_array([ORTH, IS_PUNCT]).tolist()):
            if orth in stops:
                seen = True
            elif seen and not punct:
                starts[i] = True
                seen = False
        self.sentencizer.set_annotations([doc], [starts])

    def _matches(self, doc: Any) -> tuple[list[Match], list[Match], list[Match]]:
        """What the phrase matchers find in a block: trigger words and phrases, anchor
        words, code shapes. They read words and shapes only; the sentence starts that
        `_hits` reads are needed only where one of them found something."""

        def run(matcher: Any) -> list[Match]:
            return matcher(doc) if len(matcher) else []  # an empty one warns (W036) each call

        return run(self.phrases), run(self.anchors), run(self.codes)

    def _hits(
        self, doc: Any, found: tuple[list[Match], list[Match], list[Match]] | None = None
    ) -> dict[int, set[str]]:
        """Rule ids keyed by token index; one token may trigger several rules. The
        sentence starts must be set; `found` is `_matches(doc)`, if already run."""
        phrases, anchors, codes = self._matches(doc) if found is None else found
        strings = doc.vocab.strings
        table: dict[int, set[str]] = {}
        for matches in (phrases, self.patterns(doc) if len(self.patterns) else []):
            for match_id, start, end in matches:
                rule_id = strings[match_id]
                if (
                    rule_id in self.numbered
                    and not _number_follows(doc, end, start)
                    and not _letter_follows(doc, end, self.lettered.get(rule_id))
                ):
                    continue
                if rule_id in self.spoken and not _spoken_number(doc, start, end):
                    continue
                table.setdefault(start, set()).add(rule_id)
        for match_id, at, _end in anchors:
            for rule_id, anchor, pattern in self.anchored[strings[match_id]]:
                start, end = at - anchor, at - anchor + len(pattern)
                if start < 0 or end > len(doc):
                    continue
                if not all(_fits(doc[start + i], spec) for i, spec in enumerate(pattern)):
                    continue
                if rule_id in self.numbered and not _number_follows(doc, end):
                    continue
                table.setdefault(start, set()).add(rule_id)
        for match_id, start, end in codes:
            rule_id = strings[match_id]
            if end - start == 2 and not split_code(doc, start, self.split_codes.get(rule_id)):
                continue
            context = self.context.get(rule_id)
            if context is None or in_context(doc, start, context):
                table.setdefault(start, set()).add(rule_id)
        return table


Match = tuple[int, int, int]  # a matcher's (match id, start, end)


class _Words:
    """A block's lower-case words as a plain list, read once."""

    def __init__(self, doc: Any) -> None:
        from spacy.attrs import LOWER

        strings = doc.vocab.strings
        self.lower = [strings[h] for h in doc.to_array(LOWER).tolist()] if len(doc) else []


def _text_fits(text: str, value: str | dict) -> bool:
    """A word against a pattern's exact value or `{"REGEX": …}` (searched, as the Matcher does)."""
    if isinstance(value, dict):
        return re.search(value["REGEX"], text) is not None
    return text == value


_CHECKED = {
    "LOWER": lambda tok, value: _text_fits(tok.lower_, value),
    "ORTH": lambda tok, value: _text_fits(tok.text, value),
    "IS_SENT_START": lambda tok, value: (tok.is_sent_start is True) == value,
    "IS_PUNCT": lambda tok, value: tok.is_punct == value,
}


def _checkable(key: str, value: Any) -> bool:
    if isinstance(value, dict):
        return key in ("LOWER", "ORTH") and set(value) == {"REGEX"}
    return isinstance(value, str | bool)


def _anchor(pattern: list[dict]) -> int | None:
    """The token a fixed-length pattern can be found by, if `_fits` can check the rest.

    A single pattern left to the Matcher costs a pass over every block the screen lets
    through, and keeps every such block from being skipped when the phrase matchers find
    nothing in it (`sentences`)."""
    if not all(set(spec) <= set(_CHECKED) for spec in pattern):
        return None  # operators and other attributes stay with the Matcher
    if not all(_checkable(k, v) for spec in pattern for k, v in spec.items()):
        return None
    literal = [
        i for i, spec in enumerate(pattern) if isinstance(spec.get("LOWER", spec.get("ORTH")), str)
    ]
    # By its rarest word: anchored on 'is' of 'is not …ing', nearly every block would have
    # an anchor hit and none could be skipped before its sentences are split.
    return min(
        literal,
        key=lambda i: str(pattern[i].get("LOWER", pattern[i].get("ORTH"))).lower() in _COMMON,
        default=None,
    )


def _fits(tok: Any, spec: dict) -> bool:
    return all(_CHECKED[key](tok, value) for key, value in spec.items())


def _number_follows(doc: Any, end: int, start: int | None = None) -> bool:
    """A number or code within a few tokens: 'room 412', 'account ending in 4471'; or the
    trigger is itself a number word ('Eleven-oh-four'); or, given the trigger's `start`, a
    number right before it ('two o'clock')."""
    first = end - 1 if start is None or start == 0 else start - 1
    return any(t.like_num or any(c.isdigit() for c in t.text) for t in doc[first : end + 4])


def _spoken_number(doc: Any, start: int, end: int) -> bool:
    """Whether a number word can be a locator mention: the start of a code said aloud,
    hyphenated or with a seat letter ('seventeen F'), or alone in its sentence. These are
    the only ways the locator kind takes a number word (`LocatorKind.mentions`), and all
    read tokens, not the parse; any other number word ('two of the examples') cannot make
    a finding, so its sentence need not be parsed for it."""
    if end - start != 1 or not doc[start].is_alpha:
        return True  # a digit code: the context test of the shapes decides
    if spoken_code_end(doc, start) is not None or spaced_code_end(doc, start) is not None:
        return True
    sent = doc[start].sent
    return all(t.is_punct for t in doc[sent.start : start]) and (
        start + 1 >= sent.end or doc[start + 1].is_punct
    )


NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty "
    "ninety hundred".split()
)
TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())
_NUMBER_WORD = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")(?![^\W\d_])"
)
UNIT_WORDS = frozenset("one two three four five six seven eight nine".split())
# Words a spoken code may hold besides numbers: "Eleven-oh-four", "58-double-0-3".
CODE_FILLERS = frozenset("oh o double treble".split())
NATO = frozenset(
    "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november "
    "oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split()
)


def _code_part(tok: Any) -> str | None:
    """What one hyphenated part of a code is: 'number', 'letter' or 'filler'."""
    low = tok.lower_
    if tok.text.isdigit() or low in NUMBER_WORDS:
        return "number"
    if (len(tok.text) == 1 and tok.text.isupper() and tok.text != "I") or low in NATO:
        return "letter"
    if low in CODE_FILLERS or low.startswith("double-"):
        return "filler"
    return None


def spoken_code_end(doc: Any, i: int, headed: bool = False) -> int | None:
    """Where a code written with hyphens or said aloud ends, if token i starts one:
    'Eleven-oh-four', 'Four-Four-Seven-One', 'five-A', 'Twelve-Alpha', '14-B', and after a
    head word 'table four-two'. A number and its units ('twenty-one'), and two numbers
    ('3-4', '55-210') with no head word before them, are amounts and ranges, not codes."""
    if _code_part(doc[i]) != "number":
        return None
    parts = [doc[i]]
    j = i + 1
    while (
        j + 1 < len(doc)
        and doc[j].text == "-"
        and not doc[j - 1].whitespace_
        and not doc[j].whitespace_
        and _code_part(doc[j + 1]) is not None
    ):
        parts.append(doc[j + 1])
        j += 2
    if len(parts) < 2:
        return None
    kinds = [_code_part(t) for t in parts]
    if "letter" in kinds or "filler" in kinds:
        return j
    if all(t.text.isdigit() for t in parts):
        return None  # "2026-11-02", "40-12-88": dates, sort codes and ranges
    if len(parts) >= 3 or headed:
        return j
    first, second = (t.lower_ for t in parts)
    if first in TENS and second in UNIT_WORDS:
        return None  # "twenty-one"
    if first in NUMBER_WORDS and second in NUMBER_WORDS - UNIT_WORDS - {"zero", "hundred"}:
        return j  # "seven-twelve", "three-twelve": a room said as two numbers
    return None


def split_code(doc: Any, i: int, code_re: re.Pattern[str] | None) -> bool:
    """Tokens i and i+1 are one code the tokenizer cut in two ('11K' -> '11', 'K') or the
    writer wrote apart ('17 F', see `spaced_letter`)."""
    if code_re is None or i + 1 >= len(doc):
        return False
    second = doc[i + 1].text
    if doc[i].whitespace_ and not spaced_letter(doc, i):
        return False
    return (
        doc[i].text.isdigit()
        and len(second) == 1
        and second.isalpha()
        and bool(code_re.match(doc[i].text + second))
    )


# Seat letters a writer may set apart from the row number ('17 F', 'rm 12 b'): not 'A' or
# 'I', which are words ('at 12 a man came in', 'by 9 I was gone').
SPACED_LETTERS = frozenset("bcdefghjk")


def spaced_letter(doc: Any, i: int, *, lower: bool = False) -> bool:
    """Whether token i, a row or room number of one or two digits, has a seat letter after
    a space: '17 F wants a blanket', 'seventeen F', 'seat 14 C', and after a head word also
    lower case ('rm 12 b'). A letter with a full stop is an initial ('12 J. Smith'), one
    glued to a hyphen or a slash starts a word ('one C-section', 'c/o'), and one before a
    capitalized word begins a name ('14 C Street'); and a 'C' or 'F' may be degrees."""
    if i + 1 >= len(doc) or not doc[i].whitespace_:
        return False
    number, letter = doc[i], doc[i + 1]
    if not ((number.text.isdigit() and len(number.text) <= 2) or number.lower_ in NUMBER_WORDS):
        return False
    if letter.lower_ not in SPACED_LETTERS or not (letter.text.isupper() or lower):
        return False
    after = doc[i + 2] if i + 2 < len(doc) else None
    if after is not None and not letter.whitespace_ and after.text not in CLOSING_MARKS:
        return False  # "one C-section", "bed 3 c/o pain"
    if after is not None and after.is_title and after.is_alpha:
        return False  # "14 C Street"
    if after is not None and after.text == "." and i + 3 < len(doc) and doc[i + 3].is_title:
        return False  # "12 J. Smith"
    if letter.lower_ in ("c", "f") and not lower:
        # Also degrees ("reached 40 C", "temp 38 C"): without a head word before the number
        # ('seat 38 C'), only a code that opens its sentence or clause is a seat ('17 F
        # wants water', '…, 22 C is asleep'), or one where a person noun places someone
        # ('the man at 17 F', 'the lady in 22 C'; but 'water at 60 C').
        return (
            i == 0
            or doc[i - 1].is_punct
            or (
                i > 1
                and doc[i - 1].lower_ in ("in", "at", "on")
                and doc[i - 2].lower_ in PLACED_PEOPLE
            )
        )
    return True


# Person nouns that a seat code set apart may place, where 'C' or 'F' is no temperature:
# "the man at 17 F", "the woman in 22 C" (a subset of the locator pack's person nouns).
PLACED_PEOPLE = frozenset(
    "man men woman women guy guys lady ladies gentleman gent couple family kid kids boy girl "
    "child baby bloke chap lad lass dude people folks pair twins mum dad".split()
)


# What may follow a code with no space: the end of a clause or a possessive.
CLOSING_MARKS = frozenset(", ; : ? ! ) . 's ’s".split())


def spaced_code_end(doc: Any, i: int) -> int | None:
    """Where a code with a seat letter set apart ends, if token i starts one: '17 F',
    'seventeen F', 'twenty-two C'; None otherwise, and for the units of such a number
    ('two C' of 'twenty-two C' is not a code of its own)."""
    hyphen = i > 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_
    if hyphen and doc[i - 2].lower_ in TENS:
        return None
    if spaced_letter(doc, i):
        return i + 2
    if (
        doc[i].lower_ in TENS
        and i + 2 < len(doc)
        and doc[i + 1].text == "-"
        and not doc[i].whitespace_
        and not doc[i + 1].whitespace_
        and doc[i + 2].lower_ in UNIT_WORDS
        and spaced_letter(doc, i + 2)
    ):
        return i + 4
    return None


def is_letter_code(tok: Any) -> bool:
    """A single capital letter that can name a row: 'row F' (but not the pronoun 'I')."""
    text = tok.text
    return len(text) == 1 and text.isalpha() and text.isupper() and text != "I"


def _letter_follows(doc: Any, end: int, heads: frozenset[str] | None) -> bool:
    return (
        bool(heads) and end < len(doc) and doc[end - 1].lower_ in heads and is_letter_code(doc[end])
    )


def _example_of(shape: str) -> str:
    """A word with this token shape: 'ddX' -> '11A'."""
    return shape.replace("d", "1").replace("X", "A").replace("x", "a")


def in_context(doc: Any, i: int, after: frozenset[str], following: str | None = None) -> bool:
    """A bare number is only worth parsing where it could name a person: at the start of
    a sentence, after one of the rule's words, owning something ("305's"), or with a
    personal pronoun after it in its sentence or early in the next (`following`, by default
    the next sentence of `doc`)."""
    if i == 0 or doc[i].is_sent_start or doc[i - 1].lower_ in after:
        return True
    if i + 1 < len(doc) and doc[i + 1].lower_ in ("'s", "’s"):
        return True
    if (
        i + 2 < len(doc)
        and doc[i + 1].text in (",", "—", "–", "-", ":")
        and doc[i + 2].lower_ in ("a", "an", "the", "who")
    ):
        return True  # "8102, a widow on her first trip", "4402, who phoned every Monday"
    if i + 1 < len(doc) and doc[i + 1].lower_ == "who":
        return True
    if pronoun_follows(doc, i) is not None:
        return True
    if following is None:
        # The block's own next sentence: "Can you take 4410? She's been waiting."
        sent = doc[i].sent
        rest = doc[sent.end :]
        following = next(iter(rest.sents)).text if len(rest) else ""
    return next_pronoun_words(following) is not None


# Pronouns for one person, which may look back to a number: "ring 6620, she's in after 2".
PERSONAL_PRONOUNS = frozenset("he she him his her hers himself herself".split())
PRONOUN_REACH = 16


def pronoun_follows(doc: Any, i: int) -> Any | None:
    """The first personal pronoun after token i in its sentence and near it, if any."""
    j = i + 1
    while j < len(doc) and j <= i + PRONOUN_REACH and not doc[j].is_sent_start:
        if doc[j].lower_ in PERSONAL_PRONOUNS:
            return doc[j]
        j += 1
    return None


# Words that may open an answer before its subject: '"Yes, she was thrilled."'
INTERJECTIONS = frozenset("yes yeah yep no nope ok okay well oh and but so sorry thanks".split())
# Pronouns, for one person or many, that may look back from the next sentence to a number.
NEXT_PRONOUNS = frozenset("he she him her his they them".split())
# How far into the next sentence a pronoun may be and still look back across the break.
NEXT_REACH = 4


def next_pronoun_words(text: str) -> int | None:
    """Where a personal pronoun is among the first words of `text` (after an interjection),
    if one is: 'She's been waiting', 'Yes, he's by the lifts', 'We found her phone'. Read
    from the words as written, so that the candidate pass finds what the rules will."""
    words = [w.lower().replace("’", "'").split("'")[0] for w in _WORD.findall(text)]
    i = 0
    while i < len(words) and words[i] in INTERJECTIONS:
        i += 1
    return next(
        (j for j in range(i, min(len(words), i + NEXT_REACH)) if words[j] in NEXT_PRONOUNS), None
    )


_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
