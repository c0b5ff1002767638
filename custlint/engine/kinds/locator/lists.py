"""The list, note and sibling steps: what a list of codes, a note's parallel items or a sibling
code lends to a mention the person tests left alone ("tell 14A and 14B", "B3 NBM, B4 falls
risk", "bikes 3 & 8 no-show, bike 12 late"), and a note's label ("Counter 2: ...").
"""

from __future__ import annotations

import re
from typing import Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.locator.grammar import _age_and_sex, _verb_stem
from custlint.engine.kinds.locator.lexicon import (
    LIST_WORDS,
    OPEN_QUOTES,
    POSSESSIVES,
    SAID_OF_THINGS_TOO,
    USED_HEADS,
)
from custlint.engine.kinds.locator.registry import Mention, Person
from custlint.engine.kinds.locator.senses import OCCUPIED_HEADS
from custlint.engine.kinds.locator.vetoes import _a_count_or_name


def _object_follows(doc: Any, i: int) -> bool:
    """Whether an object starts at `i`: a determiner, a pronoun, 'to' + verb, or a lone
    word closing the clause ('detests coriander.'), not a verb of its own ('calls go')."""
    if i >= len(doc):
        return False
    tok = doc[i]
    if tok.tag_ in ("DT", "PRP$", "PRP", "TO"):
        if tok.lower_ in ("it", "they", "we", "i", "you", "he", "she"):
            return False
        rest = []
        for t in doc[i + 1 :]:
            if t.is_punct:
                break
            rest.append(t)
        # "Bed 4 checks this morning were fine": the -s word is the subject of a later verb
        return not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in rest)
    if tok.tag_ in ("NN", "NNS", "NNP", "JJ", "VBP") and tok.is_alpha:
        return i + 1 >= len(doc) or doc[i + 1].is_punct
    return False


def _only_list_words(ctx: SentenceContext, a: int, b: int) -> bool:
    """Whether the characters between two mentions are only list punctuation and words. A
    colon is not: what follows it is what the first mention heads ("Surg 3: the 10:15 is
    anxious")."""
    if b <= a:
        return False
    gap = ctx.original[a:b] if ctx.original else ctx.doc.text[a:b]
    if not gap.strip() or ":" in gap:
        return False  # "bay 3 bed 2" is one place, not a list
    words = re.sub(r"[\"“”‘’',;()&/-]", " ", gap).split()
    return len(words) <= 2 and all(w.lower() in ("and", "or", "then") for w in words)


def _listed_with(mention: Mention, mentions: list[Mention], people: list) -> bool:
    """'tell 14A and 14B', 'referred to as "bed 3", "side room 1" and "bed 9"': items of one
    list share their role, so a number listed with a person is a person too."""
    doc = mention.root.doc
    for other, person in zip(mentions, people, strict=True):
        if person is None or person.noun is not None or other is mention:
            continue  # "the couple in 18D and 18E" is one person phrase, flagged once
        a, b = sorted((mention, other), key=lambda m: m.start)
        between = doc[a.end : b.start]
        if 1 <= len(between) <= 4 and all(
            t.is_punct or t.lower_ in ("and", "or", "&", "+", "then") for t in between
        ):
            return True
    return False


# Words by which a note item says what a place lacks or how it is: "Rm 5 no hot water".
PLACE_NOTE_WORDS = frozenset("no not broken out off leaking faulty dirty free empty".split())
# States a till, terminal or server is in as well as a person: "till 3 unresponsive, till 4
# fine", "node list: case 4 idle". Said without a verb, they make a person only of a place
# people lie or sit in ('bed 4 unresponsive'): see _device_state.
DEVICE_STATES = frozenset(
    "unresponsive idle offline online frozen down fine ok okay working broken patched "
    "rebooted restarted".split()
)


def _note_items(doc: Any) -> list[tuple[int, int]]:
    """The items of a shorthand note, split at commas and semicolons, after a short label
    closed by a colon ('whiteboard: B3 NBM, B4 falls risk, B7 barrier nursing')."""
    start = 0
    colon = next((t.i for t in doc if t.text == ":"), None)
    if colon is not None and colon <= 3:
        start = colon + 1
    items, first = [], start
    for tok in doc[start:]:
        if tok.text in (",", ";"):
            items.append((first, tok.i))
            first = tok.i + 1
    items.append((first, len(doc)))
    return [(a, b) for a, b in items if any(not t.is_punct for t in doc[a:b])]


def _occupied(mention: Mention, ctx: SentenceContext, kind: Any) -> bool:
    """Whether the mention's head is a place people sit, stay or lie in ('bed 4', 'seat
    14C'), by its own head word or, for a bare code, by its rule's heads."""
    words = {t.lower_.rstrip(".") for t in ctx.doc[mention.start : mention.end]}
    heads = words & ctx.words("locator_heads") if not mention.bare else set(kind.heads)
    return bool(heads & OCCUPIED_HEADS)


def _device_state(word: str, mention: Mention, ctx: SentenceContext, kind: Any) -> bool:
    """A state said of machines too ('unresponsive', 'idle', 'fine'), of a head that is
    not a place people occupy: 'till 3 unresponsive', 'case 4 idle', not 'bed 4 unresponsive'."""
    return word in DEVICE_STATES and not _occupied(mention, ctx, kind)


def _about_a_person(words: Any, mention: Mention, ctx: SentenceContext, kind: Any) -> bool:
    """Whether a note item's words say something the lexicons hold of people only: ward
    shorthand ('NBM', 'falls risk'), a person's state or condition ('coeliac', 'a rash'), or
    what a person does ('complaining'). A bare noun a person might need ('oxygen', 'highchair')
    does not: without 'needs' or 'on' it names equipment at the place."""
    text = " " + " ".join(t.lower_ for t in words) + " "
    if any(f" {phrase} " in text for phrase in ctx.words("clinical_shorthand")):
        return True
    about = ctx.words("human_states") | ctx.words("human_conditions")
    verbs = ctx.words("human_verbs")
    for t in words:
        low = t.lower_
        if _device_state(low, mention, ctx, kind):
            continue
        if low in about or t.lemma_.lower() in about or _free_of(t, ctx):
            return True
        stem = _verb_stem(low, verbs)
        if stem is not None and stem not in SAID_OF_THINGS_TOO and stem not in kind.thing_verbs:
            return True
    return False


def _free_of(tok: Any, ctx: SentenceContext) -> bool:
    """'gluten free', 'dairy free': a word and the 'free' after it are one diet the lexicon
    spells with a hyphen ('gluten-free'), whatever the tagger made of the first word (it
    reads 'is gluten free' as a passive verb 'gluten')."""
    doc = tok.doc
    return (
        tok.i + 1 < len(doc)
        and doc[tok.i + 1].lower_ == "free"
        and f"{tok.lower_}-free" in ctx.words("human_states")
    )


def _parallel_item(
    mention: Mention, mentions: list[Mention], people: list, ctx: SentenceContext, kind: Any
) -> bool:
    """'B3 NBM, B4 falls risk, B7 barrier nursing', '7 is vegan, 4 is gluten free, rest
    full english': in a note that is only a list of 'code + what about it' items, an item
    shaped like one that is about a person is about a person too. Not 'Rm 4 complaining,
    Rm 5 no hot water' (a place's lack), nor items of another shape ('Rm 4 wants towels,
    Rm 5 cold')."""
    doc = ctx.doc
    before = doc[mention.start - 1] if mention.start > 0 else None
    if (before is not None and before.lower_ in POSSESSIVES) or (
        mention.bare and _a_count_or_name(mention, ctx)
    ):
        return False
    items = _note_items(doc)
    starts = {m.start: (m, p) for m, p in zip(mentions, people, strict=True)}

    def opener(item: tuple[int, int]) -> tuple[Mention, Person | None] | None:
        first = next((t.i for t in doc[item[0] : item[1]] if t.text not in OPEN_QUOTES), None)
        return starts.get(first) if first is not None else None

    coded = [(item, opener(item)) for item in items]
    uncoded = [i for i, (_item, found) in enumerate(coded) if found is None]
    if len(items) - len(uncoded) < 2 or any(i != len(items) - 1 for i in uncoded):
        return False  # a list of coded items, with at most a closing 'rest full english'
    if any(b - a > 7 for a, b in items):
        return False  # short items only: a note, not a sentence with commas
    mine = next((item for item, found in coded if found and found[0] is mention), None)
    if mine is None or mine[1] - mention.end < 1:
        return False

    def finite(item: tuple[int, int], code: Mention) -> bool:
        return any(
            t.pos_ == "AUX" or t.tag_ in ("VBZ", "VBD", "VBP", "MD")
            for t in doc[code.end : item[1]]
        )

    verbs = [
        t
        for t in doc[mention.end : mine[1]]
        if (t.pos_ in ("VERB", "AUX") or t.tag_ == "MD") and not _free_of(t, ctx)
    ]
    if verbs and not (len(verbs) == 1 and verbs[0].lemma_ == "be"):
        return False  # 'Room 4 wants towels, room 5 needs a bulb': its own verb decides
    words = {
        t.lower_
        for t in doc[mention.end : mine[1]]
        if not (
            t.lower_ == "free" and (doc[t.i - 1].pos_ == "NOUN" or _free_of(doc[t.i - 1], ctx))
        )  # "gluten free"
    }
    if words & (PLACE_NOTE_WORDS | ctx.words("place_states") | kind.thing_states) or any(
        _device_state(w, mention, ctx, kind) for w in words
    ):
        return False
    done_to_things = ctx.words("record_verbs") | kind.thing_verbs
    if any(w in done_to_things or _verb_stem(w, done_to_things) is not None for w in words):
        return False  # "table 6 reset", "room 5 cleaned": what is done to the place
    if words & ctx.words("locator_heads"):
        return False  # "table 6 window seat, table 9 high chair": the seating, not who sits
    if not _about_a_person(doc[mention.end : mine[1]], mention, ctx, kind):
        return False  # "bed 7 pressure mattress", "bed 7 oxygen": equipment at the place

    def shape(code: Mention) -> str:
        return "" if code.bare else doc[code.end - 2].lower_

    for item, found in coded:
        if found is None or found[0] is mention or found[1] is None or found[1].noun is not None:
            continue
        other = found[0]
        if shape(other) == shape(mention) and finite(item, other) == finite(mine, mention):
            return True
    return False


def _starts_a_code(doc: Any, i: int, ctx: SentenceContext) -> bool:
    """Whether a numbered reference starts at `i`: a code with a digit ('4410', '19C') or a
    head word and its number ('cabin 5120')."""
    if i >= len(doc):
        return False
    if doc[i].text.isdigit() and i + 1 < len(doc) and doc[i + 1].tag_ == "NNS":
        return False  # "Table 6: 2 mains still waiting": a count of things for the table
    if _age_and_sex(doc, i):
        return False  # "bay 1 bed 6: 45M, post-op": the patient's age and sex
    if any(c.isdigit() for c in doc[i].text):
        return True
    return (
        i + 1 < len(doc)
        and doc[i].lower_.rstrip(".") in ctx.words("locator_heads")
        and any(c.isdigit() for c in doc[i + 1].text)
    )


def _labels_a_note(mention: Mention, ctx: SentenceContext) -> bool:
    """'Deck 5: 5120 seasick, 5122 asking about the buffet', 'Counter 2: 4410 wants a
    refund': a number that opens the text and is closed by a colon, with another numbered
    reference straight after, is the heading of a list of the codes under it, where the
    people are; 'Bed 4: can we get some water?' goes on to words and still speaks for bed 4."""
    doc = ctx.doc
    end = mention.end
    return (
        all(t.is_punct for t in doc[: mention.start])
        and end < len(doc)
        and doc[end].text == ":"
        and _starts_a_code(doc, end + 1, ctx)
    )


# Where someone is, or when they came, said of things too: a flight or a delivery is late,
# a light is out, stock is in, a job is waiting. In a note they make a person only of a
# code whose sibling item is one (see _present_like_a_sibling).
PRESENCE_STATES = frozenset("late early out in back here away waiting".split())
# Adverbs a note puts after such a state: "bike 12 late again", "22C out too".
PRESENCE_ADVERBS = frozenset("again still too also now".split())


def _bare_presence(doc: Any, i: int) -> bool:
    """Whether the word at `i` is a state of presence that ends its item with nothing after
    it ('bike 12 late', a delivery's too), unlike 'late back from the excursion'."""
    return doc[i].lower_ in PRESENCE_STATES and (
        i + 1 == len(doc) or doc[i + 1].text in (",", ";", ".", "!")
    )


def _code_shape(mention: Mention, doc: Any) -> str:
    """A code's head word in the singular, or '' for a bare code: 'bikes 3 & 8' and 'bike
    12' share a shape, '19C' and '22A' share another."""
    return "" if mention.bare else doc[mention.start].lower_.rstrip(".").removesuffix("s")


def _present_like_a_sibling(
    mention: Mention, mentions: list[Mention], people: list, ctx: SentenceContext, kind: Any
) -> bool:
    """'Class: bikes 3 & 8 no-show, bike 12 late', 'Nets: lane 1 wants ten more minutes,
    lane 4 waiting': an item that says only whether its code is there or on time speaks of
    the people of a note whose other items of the same head are people. Trusted only that
    far: a sibling lends a person to a bare state of presence, never against a thing's own
    predicate ('lane 4 waiting for repair'), and not to heads that are late or waiting
    themselves (a flight, a job, an order: 'job 4413 late')."""
    doc = ctx.doc
    item = next(((a, b) for a, b in _note_items(doc) if a == mention.start), None)
    if item is None:
        return False
    head = {t.lower_.rstrip(".").removesuffix("s") for t in doc[mention.start : mention.end]}
    if not (mention.bare or _occupied(mention, ctx, kind) or head & USED_HEADS):
        return False
    words = [t.lower_ for t in doc[mention.end : item[1]] if t.lower_ not in PRESENCE_ADVERBS]
    if len(words) != 1 or words[0] not in PRESENCE_STATES or words[0] in kind.thing_states:
        return False
    shape = _code_shape(mention, doc)
    ends = dict(_note_items(doc))
    return any(
        person is not None
        and person.noun is None
        and other is not mention
        and other.start in ends
        and _code_shape(other, doc) == shape
        and not _bare_presence(doc, other.end)  # "Keys: 311 out, 314 back": no evidence
        for other, person in zip(mentions, people, strict=True)
    )


def _codes_listed(mention: Mention, mentions: list[Mention], ctx: SentenceContext) -> int:
    """The index past a code and the bare codes of the same rule listed after it."""
    starts = {m.start: m.end for m in mentions if m.bare}
    doc = ctx.doc
    end = mention.end
    while end + 1 < len(doc) and doc[end].lower_ in LIST_WORDS and end + 1 in starts:
        end = starts[end + 1]
    return end
