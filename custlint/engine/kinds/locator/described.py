"""Person tests: a number treated or described as a person ("check on 23C", "32C, a little
girl who waved at cows", "queue: 2231 (angry)"), and ward shorthand ("bd 4 c/o chest pain",
"Bed 2 hand-over: 74M").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.locator.acts import _human_conjunct
from custlint.engine.kinds.locator.addressed import (
    _belongs_to,
    _called_back,
    _eye_kept,
    _given_something,
    _owner_of,
    _told_about,
    _word_before,
)
from custlint.engine.kinds.locator.grammar import (
    _a_person_word,
    _fixed_lemma,
    _is_person_noun,
    _mention_role,
    _opens_note,
    _staff_noun,
)
from custlint.engine.kinds.locator.lexicon import BED_HEADS, CARE_VERBS
from custlint.engine.kinds.locator.predicates import _human_predicate
from custlint.engine.kinds.locator.registry import Mention, Person, person_test
from custlint.engine.kinds.locator.senses import TIME_NOUNS
from custlint.engine.kinds.locator.vetoes import _age_follows, _occasion_at

if TYPE_CHECKING:
    from custlint.engine.kinds.locator.kind import LocatorKind


# Particles between a verb and its object: "wake up G3", "cut off 26B".
PARTICLES = frozenset("up off down back".split())
# Verbs whose 'at' object is someone: "swearing at 26C", "glared at table 4".
AT_VERBS = frozenset(
    "shout yell scream swear curse snap bark glare stare wave smile wink laugh sneer "
    "swing lash".split()
)


@person_test("person_by_number")
def treated_as_a_person(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'ask 12A', 'check on 23C', 'explain it to table 5', 'a call from room 12'."""
    dep, root = _mention_role(mention)
    head = root.head
    verb = head.lemma_.lower()
    if _given_care(mention, dep, head, ctx):
        return Person(mention.start, mention.end, None)  # "pls obs bed 6 every 15 mins"
    if dep in ("dobj", "dative") and verb in ("tell", "ask", "wake", "remind", "page", "help"):
        if _told_about(mention, head, ctx):
            return None  # "tell maintenance 14C has no reading light": 14C is told about
        return Person(mention.start, mention.end, None)
    named = _named(dep, root, mention, ctx)
    if named is False:
        return None  # "the crew refer to the galley as 'row 0'": a thing's name
    if _called_back(mention, ctx) or _given_something(mention, ctx) or named:
        return Person(mention.start, mention.end, None)
    prev = _word_before(mention, ctx)
    if (
        prev is not None
        and prev.lemma_.lower() == "let"
        and mention.end < len(ctx.doc)
        and ctx.doc[mention.end].lemma_.lower() == "know"
    ):
        return Person(mention.start, mention.end, None)  # "Let card ending 3321 know"
    if (
        prev is not None
        and prev.lemma_.lower() in ctx.words("number_object_verbs")
        and prev.dep_ not in ("nsubj", "nsubjpass")  # "Help 4 is about access": a title
        and not (dep == "nsubj" and root.head.lemma_ == "be")  # the subject of its own clause
    ):
        return Person(mention.start, mention.end, None)  # "upgrade 702", "welcome 8807"
    if (
        prev is not None
        and prev.lower_ in PARTICLES
        and prev.i > 0
        and _fixed_lemma(ctx.doc[prev.i - 1])
        in (ctx.words("number_object_verbs") | ctx.words("interaction_verbs"))
    ):
        return Person(mention.start, mention.end, None)  # "wake up G3", "cut off 26B"
    if (
        dep == "pobj"
        and head.lower_ == "at"
        and head.head.pos_ == "VERB"
        and head.head.lemma_.lower() in AT_VERBS
    ):
        return Person(mention.start, mention.end, None)  # "swearing at 26C"
    if (
        prev is not None
        and prev.lower_ == "to"
        and prev.i > 0
        and ctx.doc[prev.i - 1].lemma_.lower() in ctx.words("speech_verbs")
    ):
        return Person(mention.start, mention.end, None)  # "apologized to seat 4A"
    if (
        dep == "dobj"
        and verb in ("call", "ring", "phone")
        and any(c.dep_ == "prt" and c.lower_ == "back" for c in head.children)
    ):
        return Person(mention.start, mention.end, None)  # "call back 6671"
    if (dep in ("dobj", "nsubj") and verb == "let") or (
        dep == "nsubj" and verb == "know" and head.head.lemma_.lower() == "let"
    ):
        return Person(mention.start, mention.end, None)  # "let 1502 know"
    if dep == "dative" and verb in (
        "offer",
        "give",
        "bring",
        "serve",
        "get",
        "send",
        "hand",
        "pour",
        "fetch",
        "show",
    ):
        return Person(mention.start, mention.end, None)
    if (
        dep == "pobj"
        and head.lower_ == "on"
        and head.head.lemma_.lower() in ("check", "wait", "look", "eye", "keep")
        and (head.head.lemma_.lower() != "keep" or _eye_kept(head.head))
    ):
        return Person(mention.start, mention.end, None)  # "eyes on 11F", "keep an eye on 4"
    if (
        mention.start > 1
        and ctx.doc[mention.start - 1].lower_ == "on"
        and ctx.doc[mention.start - 2].lower_ in ("eye", "eyes")
    ):
        return Person(mention.start, mention.end, None)  # the same, where the parse fails
    if _belongs_to(mention, ctx) or _owner_of(mention, ctx):
        return Person(mention.start, mention.end, None)
    if (
        dep == "pobj"
        and head.lower_ == "of"
        and head.head.lemma_.lower() == "hold"
        and head.head.head.lemma_.lower() in ("get", "catch")
    ):
        return Person(mention.start, mention.end, None)  # "got hold of account 4492"
    if kind.strict:
        return None
    if dep == "dobj" and (verb in ctx.words("interaction_verbs") or verb in kind.object_verbs):
        return Person(mention.start, mention.end, None)
    if mention.bare and dep == "dobj" and verb in kind.code_object_verbs:
        return Person(mention.start, mention.end, None)  # "see 14C", not "see section 3"
    if (
        prev is not None
        and (
            (prev.pos_ == "VERB" and prev.lemma_.lower() in kind.object_verbs)
            or (
                prev.tag_ == "NN"
                and prev.lower_.endswith("ing")
                and {prev.lower_[:-3], prev.lower_[:-3] + "e"} & kind.object_verbs
            )
        )
        and not (prev.i > 0 and ctx.doc[prev.i - 1].tag_ in ("DT", "PRP$"))  # "the moving room"
    ):
        return Person(mention.start, mention.end, None)  # "move 45A to the exit row"
    if dep != "pobj":
        return None
    prep = head.lower_
    governor = head.head
    glemma = governor.lemma_.lower()
    if prep == "with" and glemma in ("swap", "switch", "seat", "move") and governor.pos_ == "VERB":
        return Person(mention.start, mention.end, None)  # "swap 26A with 26C"
    if prep == "to" and glemma in ctx.words("speech_verbs"):
        return Person(mention.start, mention.end, None)
    if prep == "to" and glemma in ("give", "hand", "pass", "serve", "offer", "sell", "introduce"):
        return Person(mention.start, mention.end, None)
    if prep == "from" and governor.pos_ == "NOUN" and glemma in ctx.words("messages"):
        return Person(mention.start, mention.end, None)
    if prep == "as" and glemma in (
        "refer",
        "know",
        "address",
        "treat",
        "call",
        "identify",
        "label",
    ):
        return Person(mention.start, mention.end, None)
    return None


def _given_care(mention: Mention, dep: str, verb: Any, ctx: SentenceContext) -> bool:
    """'pls obs bed 6 every 15 mins', 'monitor bed 2 closely': a ward instruction whose
    object is a bed, which only its patient can be."""
    doc = ctx.doc
    heads = {t.lower_ for t in doc[mention.start : mention.end]}
    if not heads & BED_HEADS or _bed_goes_on(doc, mention.end):
        return False
    if dep == "dobj" and verb.lower_ in CARE_VERBS:
        return True
    # the tagger often reads the instruction as a noun: "obs bed 9 hourly", "reassess bed 11"
    i = mention.start - 1
    return (
        i >= 0
        and doc[i].lower_ in CARE_VERBS
        and (i == 0 or doc[i - 1].lower_ in INSTRUCTION_OPENERS)
    )


INSTRUCTION_OPENERS = frozenset("pls please plz then and , ; : -".split())
# Nouns that may follow the bed in a care instruction: when, not what ("obs bed 6 tonight").
CARE_TIMES = frozenset("tonight overnight today mins min hrs hr hrly q1h q2h q4h".split())


def _bed_goes_on(doc: Any, end: int) -> bool:
    """What follows the bed makes it no object of care: a thing of the bed's ('monitor bed
    2 alarm', 'obs bed 9 chart missing', 'monitor the bed 4 pump') or a verb the bed is
    the subject of ('Obs bed 6 is broken', 'Monitor bed 2 has no power')."""
    if end >= len(doc):
        return False
    after = doc[end]
    if after.pos_ in ("NOUN", "PROPN"):
        return after.lower_ not in CARE_TIMES and after.lower_ not in TIME_NOUNS
    return after.tag_ in ("VBZ", "VBD", "VBP", "MD")


NAMING_VERBS = frozenset("call name nickname dub christen label know".split())
# Verbs that name with 'as': "addressed me as 'Room 40'", "referred to my son as 14B".
NAMING_AS_VERBS = frozenset("refer know address treat call identify label".split())

# Where the one named stands: the object ("calling my wife 'Cabin 5120'"), the subject of
# a passive ("we were known as 'Room 212'").
NAMED_DEPS = ("dobj", "nsubjpass")


def _named(dep: str, root: Any, mention: Mention, ctx: SentenceContext) -> bool | None:
    """'The nurses call him 14B', 'we nicknamed her table 4', 'we got called "table nine"',
    'staff addressed me as "Room 40"': the number is the name a person is given. 'They
    called it room 12', 'the booking was referred to as "order 7734"', 'the crew refer to
    the galley as "row 0"' name a thing, and say False; None where no naming verb names."""
    verb = root.head
    if dep == "appos" and verb.dep_ == "dobj" and verb.head.lemma_.lower() in NAMING_VERBS:
        return _a_person_word(verb, ctx)  # "calling my wife 'Cabin 5120'"
    if dep == "pobj" and verb.lower_ == "as" and verb.head.lemma_.lower() in NAMING_AS_VERBS:
        verb = verb.head  # "addressed me as 'Room 40'"
    elif dep not in ("oprd", "dobj", "dep") or verb.lemma_.lower() not in NAMING_VERBS:
        return None
    named = _named_one(verb, mention)
    if named is None:
        return None
    return _a_person_word(named, ctx)


def _named_one(verb: Any, mention: Mention) -> Any | None:
    """Who or what a naming verb names, before the name: its object, a passive subject, or
    the object of 'refer to' ('referring to my daughter as …')."""
    for child in verb.children:
        if child.i >= mention.start:
            continue
        if child.dep_ in NAMED_DEPS:
            return child
        if child.dep_ == "prep" and child.lower_ == "to" and verb.lemma_.lower() == "refer":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


# Prepositions that place a thing: "deliver it to room 839", "left in 412".
PLACE_PREPOSITIONS = frozenset(
    "to in into at on from near by under outside inside beside behind onto past through "
    "until till before since around".split()
)  # and times: "check in until 4"


def _many_people(tok: Any, ctx: SentenceContext) -> bool:
    """A group, which 'he' or 'she' cannot look back to: 'the bereavement team', 'parents'."""
    return tok.lower_ in ctx.words("collective_nouns") or tok.tag_ in ("NNS", "NNPS")


# Joins between a number and a phrase that describes it: "8102, a widow on her first trip".
APPOSITION_MARKS = (",", "—", "–", "-", ":")


@person_test("person_by_number")
def described_as_a_person(
    mention: Mention, ctx: SentenceContext, kind: LocatorKind
) -> Person | None:
    """'I'll never forget 32C, a little girl who waved at cows', 'Coach F, seat 18, the
    commuter who writes every week': a phrase set beside the number says it is a person."""
    doc = ctx.doc
    _dep, root = _mention_role(mention)
    if root.head.lemma_ == "be" and any(
        c.dep_ == "appos" and c.pos_ == "NOUN" and _is_person_noun(c, ctx) for c in root.children
    ):
        return Person(mention.start, mention.end, None)  # "Is bed 12 the lady with the cane?"
    i = mention.end
    if i < len(doc) and doc[i].text == "," and i + 1 < len(doc):
        i += 1
    placed = root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS
    if (
        i < len(doc)
        and doc[i].lower_ in ("who", "whom")
        and doc[i].tag_ == "WP"
        and not placed  # "a guest comes down from 255 who just checked in": the guest
    ):
        return Person(mention.start, mention.end, None)  # "account 4402, who phoned every Monday"
    i = mention.end
    if i + 1 >= len(doc) or doc[i].text not in APPOSITION_MARKS:
        return None
    i += 1
    done_to = root.dep_ == "dobj" and root.head.lemma_ not in ("have", "be")
    if _the_one_who(doc, i) and not placed and not done_to:
        # "a 4471 — the one who writes essays", but not "the one who booked 412 — the one
        # who rang —", where the phrase sets beside the one who did it, not the number
        return Person(mention.start, mention.end, None)
    if doc[i].lower_ not in ("a", "an", "the"):
        return _described_in_a_note(mention, i, ctx)
    for tok in doc[i + 1 : i + 6]:
        if tok.is_punct and tok.text != "-":
            return None
        if tok.tag_ == "VBN" and tok.dep_ == "amod":
            continue  # "14C: a retired nurse"
        if tok.pos_ in ("VERB", "AUX", "ADP", "PRON"):
            return None
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "compound":
            if tok.pos_ == "NOUN" and _is_person_noun(tok, ctx):
                return Person(mention.start, mention.end, None)
            if doc[i].lower_ in ("a", "an") and _staff_noun(tok, ctx) and _ends_phrase(doc, tok.i):
                return Person(mention.start, mention.end, None)  # "26C: a retired nurse"
            return None
    return None


def _the_one_who(doc: Any, i: int) -> bool:
    """'the one who writes essays': a phrase set beside a number that makes it someone;
    'the one with the broken lock', 'the one that leaks' may be a room or a seat."""
    words = [t.lower_ for t in doc[i : i + 3]]
    return words[:2] == ["the", "one"] and words[2:] in (["who"], ["whom"])


# Relatives who ring or visit for the person a number stands for: "Bed 17 - wife called".
RELATIVES = frozenset(
    "wife husband partner son daughter mum mom mother dad father family daughters sons "
    "parents niece nephew".split()
)


def _ends_phrase(doc: Any, i: int) -> bool:
    """Whether the noun at `i` ends its phrase: punctuation, the end or 'who' after it, and
    no possessive ('old woman's portrait') or noun ('man page') after it."""
    if i + 1 >= len(doc):
        return True
    nxt = doc[i + 1]
    return (nxt.is_punct and nxt.text != "-") or nxt.lower_ in ("who", "and", "with", "in", "on")


def _described_in_a_note(mention: Mention, i: int, ctx: SentenceContext) -> Person | None:
    """A note that sets a description after the number with a dash or colon and no article:
    'Bed 9 - elderly man, confused overnight', 'cubicle 4 – young woman, abdominal pain',
    'Table 6 — two women, one allergic to nuts', 'Bed 17 - wife called twice'. The note
    must open with the number; a person noun that modifies ('man page') or owns ('old
    woman's portrait') a thing says nothing of it."""
    doc = ctx.doc
    if doc[mention.end].text == "," or not _opens_note(mention, ctx):
        return None
    first = doc[i]
    if first.lower_ in RELATIVES and i + 1 < len(doc):
        verb = doc[i + 1]
        if verb.tag_ in ("VBD", "VBZ") and verb.lemma_.lower() in ctx.words("human_verbs"):
            return Person(mention.start, mention.end, None)  # "Bed 17 - wife called twice"
        if verb.lower_ in ("visiting", "here", "present", "aware", "calling", "ringing"):
            return Person(mention.start, mention.end, None)
        return None
    for tok in doc[i : i + 4]:
        if tok.pos_ in ("ADJ", "NUM") or (tok.tag_ == "VBN" and tok.dep_ == "amod"):
            continue  # "elderly", "two", "retired"
        if tok.pos_ == "NOUN" and _is_person_noun(tok, ctx) and _ends_phrase(doc, tok.i):
            if tok.lower_ in RELATIVES or tok.lower_ in ("party", "group", "team", "table"):
                return None  # "Room 4 - family room", "Table 6: party of 4"
            return Person(mention.start, mention.end, None)
        if tok.pos_ == "NOUN" and tok.dep_ == "compound" and tok.head.i > tok.i:
            continue  # "pod 6 - teenage boy"
        return None
    return None


@person_test("person_by_number")
def described_in_brackets(
    mention: Mention, ctx: SentenceContext, kind: LocatorKind
) -> Person | None:
    """'queue: 2231 (angry), 2240 (confused)', 'stand 41 (the candle lady)': a bracketed
    note after the number describes it as a person, by a state, a person noun or a verb."""
    doc = ctx.doc
    i = mention.end
    if i >= len(doc) or doc[i].text != "(":
        return None
    close = next((t.i for t in doc[i + 1 : i + 8] if t.text == ")"), None)
    if close is None or close == i + 1:
        return None
    inside = doc[i + 1 : close]
    states = ctx.words("human_states")
    if len(inside) <= 2 and any(t.pos_ == "ADJ" and t.lower_ in states for t in inside):
        return Person(mention.start, mention.end, None)  # "(angry)", "(very confused)"
    heads = [t for t in inside if not (i < t.head.i < close) or t.head.i == t.i]
    if any(t.pos_ == "NOUN" and _is_person_noun(t, ctx) for t in heads):
        return Person(mention.start, mention.end, None)  # "(the man with the dog)"
    first = inside[0]
    if first.tag_ == "VBZ" and first.lemma_.lower() in ("want", "need", "ask", "refuse"):
        return Person(mention.start, mention.end, None)  # "(wants a demo)"
    return None


@person_test("person_by_number")
def clinical_shorthand(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'bd 4 c/o chest pain', '14 is nil by mouth', 'B3 NBM': a ward note that opens with
    the number and goes straight on to what only a patient is (clinical_shorthand)."""
    doc = ctx.doc
    label = max((t.i for t in doc[: mention.start] if t.text in (":", ",", ";")), default=-1)
    if any(not t.is_punct for t in doc[label + 1 : mention.start]):
        return None
    if label >= 0 and any(t.pos_ in ("VERB", "AUX") for t in doc[:label]):
        return None  # "we moved the tray to bed 4, NBM …": the note is about something else
    if mention.end >= len(doc):
        return None
    words = [t for t in doc[mention.end : mention.end + 8]]
    while words and words[0].lower_ in ("is", "was", "now", "still", "remains"):
        words.pop(0)
    if (
        len(words) > 1
        and words[0].lower_ in ("spiked", "spiking")
        and TEMPERATURE_RE.match(words[1].text)
        and not (len(words) > 2 and (words[2].text == "%" or words[2].pos_ == "NOUN"))
        and (mention.bare or {t.lower_ for t in doc[mention.start : mention.end]} & BED_HEADS)
    ):
        return Person(mention.start, mention.end, None)  # "bay 3 bed 2 spiked 38.9 at 0200"
    if words and _occasion_at(doc, words[0].i, mention):
        return Person(mention.start, mention.end, None)  # "T11 birthday, candles out"
    for phrase in ctx.words("clinical_shorthand"):
        size = len(phrase.replace("/", " / ").split())
        if " ".join(t.lower_ for t in words[:size]).replace(" / ", "/") != phrase:
            continue
        after = words[size] if size < len(words) else None
        takes_object = phrase.endswith(("c/o", " a"))  # "c/o chest pain", "spiked a temp"
        if not takes_object and after is not None and after.pos_ in ("NOUN", "PROPN"):
            continue  # "room 4 for theatre staff", "bed 12 vomiting bags": a noun modified
        return Person(mention.start, mention.end, None)
    return None


@person_test("person_by_number")
def handed_over_by_age(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'Bed 2 hand-over: 74M, confused overnight', 'bd 3: 59M, chest pain': a ward note that
    opens with a bed and goes on to an age and a sex, which only its patient has. Not a
    count of a bay's men and women ('Bay 4 handover: 3M 2F'), nor a size ('Bed 7: 88 cm')."""
    doc = ctx.doc
    if any(not t.is_punct for t in doc[: mention.start]):
        return None
    if not mention.bare and not {t.lower_ for t in doc[mention.start : mention.end]} & BED_HEADS:
        return None
    return Person(mention.start, mention.end, None) if _age_follows(doc, mention.end) else None


# A body temperature in a ward note, in Celsius or Fahrenheit: "spiked 38.9", "spiking 101".
TEMPERATURE_RE = re.compile(r"^(?:3[7-9]|4[0-2])(?:\.\d)?°?C?$|^(?:99|10[0-7])(?:\.\d)?°?F?$")


# Words for a share of a group, which take its role: "the whole of flight 212 is at the desk".
SHARES = frozenset("whole half rest most all some none both each majority".split())


@person_test("person_by_number")
def share_of_the_people(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'The whole of table 10 stood up and sang', 'half of flight 212 are still at the gate':
    a share of the number that does what people do makes the number its people."""
    dep, root = _mention_role(mention)
    if dep != "pobj" or root.head.lower_ != "of":
        return None
    share = root.head.head
    if share.lower_ not in SHARES or share.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = share.head
    if not (_human_predicate(verb, ctx, kind) or _human_conjunct(verb, ctx, kind)):
        return None
    start = share.left_edge.i
    return Person(start, mention.end, None)
