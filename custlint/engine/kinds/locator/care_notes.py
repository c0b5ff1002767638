"""Person test: the reading of care, diet and condition notes.

Ward handovers, cabin-crew lists, kitchen tickets, care homes, ferries and event medical
logs name a person by the bed, bay, seat, cabin, room or bare code, then give, with no verb
or a clipped one, the person's condition, diet, symptom, medicine, clinical event or care
need: 'bed 9 fall at 0215, no injury', 'T7 nut allergy, severe', '14C halal, 14D kosher',
'cabin 5011 seasick, bucket sent', '12C req wchr at arrival', 'bed 7 needs x2 for
transfers', 'Cot 3 temp 38.9, calpol given'.

The number must open the note, or a later item of a note whose items each open with a code,
and be a place people sit, sleep or lie in (or a bare code of three digits or more, a room or
a cabin). The phrase after it runs to the first stop, comma, preposition or bracket; its
measures and its 'due', 'given', 'only' at the end are set aside, and what is left must end
with a care term (`care_note_terms`). The same words say things of places, kit and menus, so
the reading refuses:

- a phrase that ends with anything else: the place's or the kit's state ('bed 11 broken',
  'bed 6 hoist service due', 'room 14 allergy-friendly bedding', 'T7 wobbly');
- a phrase with an article, a demonstrative, a number of things or a person noun in it
  ('bed 4 the allergy board', 'bay 2 nurse unwell');
- a diet said of a thing before it ('room 208 minibar nut-free'), a diet where the sentence
  names a menu, options or meals ('table 7 menu: vegan, gluten-free'), or after a bare
  count ('3 halal, 2 kosher meals loaded');
- a fall in figures ('table 5 fall in sales');
- a ward reading said of a room or of a thing ('room 4 temp 19C', 'pod 2 drugs fridge
  temp 9'), a medicine with a place after it ('room
  9 paracetamol in the drawer'), an aid with neither a clipped verb nor 'only' ('bed 6
  hoist', where 'bed 6 needs hoist' and 'bed 6 hoist only' are its patient's);
- a crew post called by its door ('L2 unwell' is a crew member).

The phrase also refuses a person noun that is not the number's person (a visitor, a
relative, staff by a short title: 'Room 5 visitor fainted', 'Bay 3 HCA unwell'), an airline
service code on anything but a seat ('Trolley 3 VGML'), and a medicine with nothing after it
('Trolley 2 meds', the stock's).

A thing test (`care_words_of_a_thing`) vetoes, for every reading, the notes whose care or diet
words are a thing's: kit after a care word ('Bed 4 falls mat in place'), crew posts ('L2
unwell, swapped with R2'), diets after counts, stalls or menus ('120 vegan, 40 halal for the
gala'), a tent blown down, and falls counted by a table or over a period.

A seat's singular meal is its passenger's when a diet names it ('15A Hindu meal'), and an
injured body part is its person's ('Tent 3 sprained ankle'), but not a part furniture has
too ('chair 5 broken arm').
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.locator.acts import BETWEEN_SUBJECT_AND_VERB
from custlint.engine.kinds.locator.grammar import _list_end, _opens_note
from custlint.engine.kinds.locator.lexicon import BED_HEADS
from custlint.engine.kinds.locator.registry import Mention, Person, person_test, thing_test
from custlint.engine.kinds.locator.shorthand import _after_parenthesis, _opens_note_item

if TYPE_CHECKING:
    from custlint.engine.kinds.locator.kind import LocatorKind

# Heads of places a person in care sits, sleeps or lies in: not a box, a row or a section,
# which a form and a theatre have too ('Box 4 allergies').
CARE_HEADS = BED_HEADS | frozenset(
    "seat room rm suite cabin compartment dorm tent caravan chalet villa lodge cottage "
    "apartment flat table tbl".split()
)
# Verbs a note clips before a need: '12C req wchr', 'bed 6 needs hoist', 'bd 2 on 2-hourly
# pressure care'.
CLIPPED_VERBS = frozenset("needs need req reqs requires requesting on".split())
# Words a note puts after the care term that leave it the item's last word: 'obs due',
# 'oramorph given', 'hoist only', 'nut allergy severe'.
AFTER_THE_TERM = frozenset(
    "due given done only started stopped ongoing today tonight overnight again now noted "
    "severe mild known all night day morning afternoon evening prn stat".split()
)
# Where a medicine or an aid is kept, rather than given: 'paracetamol in the drawer'.
KEPT_IN = frozenset("in on under behind inside beside by near next".split())
# What makes a bare aid the person's need: 'hoist only', 'wchr at arrival'.
AID_USES = frozenset("only arrival disembarkation transfers transfer".split())
# Words that end the phrase: punctuation, and the joiners the phrase's parts are read apart.
STOPS = frozenset(", ; . : ( ) ! ? — – -- [ ]".split())
JOINERS = frozenset("and & + or /".split())
# Articles, demonstratives and possessives of things: a phrase with one names a thing.
THING_DETERMINERS = frozenset("the a an this that these those its".split())
# A measure, a time, a score or a count after the term: '38.9', '0340', '7/10', 'x2', '1g'.
MEASURE_RE = re.compile(r"^(\d[\d.,:/]*[a-z%]{0,3}|x\d+|\d+x)$")
# Injuries that make a body part the person's: 'sprained ankle', 'query fractured wrist'.
INJURED = frozenset(
    "fractured broken sprained twisted swollen injured dislocated painful sore cut bruised "
    "burnt burned grazed".split()
)
# Body parts furniture has too: 'chair 5 broken arm', 'bed 4 broken leg'.
FURNITURE_PARTS = frozenset("arm arms leg legs back foot feet head hand hands".split())
# Crew posts named by their door: 'L2', 'R1'.
CREW_DOOR_RE = re.compile(r"^[LR]\d$")


@person_test("person_by_number")
@person_test("person_in_a_note")
def care_note(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'bed 9 fall at 0215, no injury', 'T7 nut allergy, severe', '16C halal', '12C req
    wchr at arrival': a note naming a person by the number, then their condition, diet,
    symptom, medicine, clinical event or care need (see the module's docstring for what it
    accepts and refuses)."""
    doc = ctx.doc
    if not (_opens_note(mention, ctx) or _opens_note_item(mention, ctx)):
        return None
    if not _a_care_place(mention, ctx, kind):
        return None
    i = _after_parenthesis(doc, _list_end(mention, ctx))
    while i < len(doc) and doc[i].lower_ in BETWEEN_SUBJECT_AND_VERB:
        i += 1
    clipped = i < len(doc) and doc[i].lower_ in CLIPPED_VERBS
    if clipped:
        i += 1
    parts, end = _phrase(doc, i)
    if not parts or not all(_cared_for(p, end, clipped, mention, ctx) for p in parts):
        return None
    return Person(mention.start, mention.end, None)


def _a_care_place(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """A bed, a seat, a cabin, a room or a table by its head word; a bare code of a rule that
    reads such places ('14C', 'T7', but not the crew post 'L2'); or a bare number of three
    digits or more, a room or a cabin ('5011'), where a smaller one may be a count."""
    doc = ctx.doc
    code = doc[mention.end - 1].text
    if not mention.bare:
        words = {t.lower_.rstrip(".") for t in doc[mention.start : mention.end]}
        return bool(words & CARE_HEADS)
    if CREW_DOOR_RE.match(code):
        return False
    if code.isdigit():
        return len(code) >= 3
    return bool(set(kind.heads) & CARE_HEADS)


def _phrase(doc: Any, i: int) -> tuple[list[list[Any]], int]:
    """The words from `i` to the first stop or preposition, cut into the parts 'and' joins
    ('headache and temp'), and the index the phrase ends at."""
    parts: list[list[Any]] = [[]]
    j = i
    while j < len(doc) and j - i < 8:
        tok = doc[j]
        if tok.text in STOPS and not (tok.text == "-" and not tok.whitespace_):
            break
        if tok.pos_ == "ADP":
            break
        if tok.lower_ in JOINERS:
            parts.append([])
        else:
            parts[-1].append(tok)
        j += 1
    if j - i >= 8:
        return [], j  # a sentence, not a note's phrase
    return [p for p in parts if p] if all(parts) else [], j


def _cared_for(
    part: list[Any], end: int, clipped: bool, mention: Mention, ctx: SentenceContext
) -> bool:
    """Whether one part of the phrase ends with a care term the refusals leave alone."""
    doc = ctx.doc
    words = list(part)
    while len(words) > 1 and (
        MEASURE_RE.match(words[-1].lower_) or words[-1].lower_ in AFTER_THE_TERM
    ):
        words.pop()
    lowers = [t.lower_ for t in words]
    if any(w in THING_DETERMINERS for w in lowers) or any(
        w in ctx.words(name)
        for w in lowers
        for name in (
            "staff_nouns",
            "person_kinds",
            "descriptor_nouns",
            "customer_nouns",
            "care_note_others",
        )
    ):
        return False  # 'Bay 2 nurse unwell', 'Bed 4 his wife unwell', 'Room 5 visitor fainted'
    text = " " + " ".join(lowers).replace(" - ", "-") + " "
    if ends_with_seat_code(text, ctx) and not _a_seat(mention, ctx):
        return False  # 'Trolley 3 VGML': a galley trolley's load
    after = doc[end + 1].lower_ if end + 1 < len(doc) else ""
    beyond = {doc[k].lower_ for k in range(end, min(end + 3, len(doc)))}

    def ends_with(name: str) -> bool:
        return any(text.endswith(f" {term} ") for term in ctx.words(name))

    if ends_with("care_note_diets") and ends_with("care_note_terms"):
        # the diet alone, not what a thing before it is ('minibar nut-free', 'fryer coeliac')
        alone = text.strip() in ctx.words("care_note_diets") | {"strict " + text.strip()}
        return alone and not _menu_or_count(mention, ctx)
    if ends_with("care_note_terms"):
        return not _a_fall_in_figures(lowers, end, doc)
    if text.strip() in ctx.words("care_note_ward_terms"):
        heads = {t.lower_.rstrip(".") for t in doc[mention.start : mention.end]}
        return bool(heads & BED_HEADS)  # 'Cot 3 temp 38.9', not 'Pod 2 drugs fridge temp 9'
    if ends_with("care_note_medicines"):
        if not clipped and len(words) == len(part) and all(t.is_punct for t in doc[end:]):
            # a medicine with nothing after it is the stock's ('Trolley 2 meds'), where the
            # patient's has a dose, a time or more of the note ('bed 2 paracetamol at 1800',
            # 'Bed 8 on oramorph PRN', 'oramorph given')
            return False
        return not (end < len(doc) and doc[end].lower_ in KEPT_IN and after != "arrival")
    if ends_with("care_note_aids"):
        return clipped or any(t.lower_ in AID_USES for t in part) or bool(beyond & AID_USES)
    if lowers[-1] == "meal" and mention.bare and not doc[mention.end - 1].text.isdigit():
        return any(f" {d} " in text for d in ctx.words("care_note_diets")) and not _menu_or_count(
            mention, ctx
        )
    if lowers[-1] in ctx.words("body_parts") and lowers[-1] not in FURNITURE_PARTS:
        return any(w in INJURED for w in lowers[:-1])
    return False


def _a_fall_in_figures(lowers: list[str], end: int, doc: Any) -> bool:
    """'Table 5 fall in sales', 'table 3 falls of 2%': a fall in what is counted, where a
    person falls in a place named with an article ('fall in the ensuite')."""
    if lowers[-1:] not in (["fall"], ["falls"]) or end + 1 >= len(doc):
        return False
    return doc[end].lower_ in ("in", "of") and doc[end + 1].tag_ not in ("DT", "PRP$")


def _menu_or_count(mention: Mention, ctx: SentenceContext) -> bool:
    """A diet said of a menu, options or meals in the sentence ('table 7 menu: vegan'), or
    after a bare number, which counts meals ('120 vegan, 40 halal')."""
    menus = ctx.words("care_note_menus")
    if any(t.lower_ in menus for t in ctx.doc):
        return True
    return mention.bare and ctx.doc[mention.end - 1].text.isdigit()


def ends_with_seat_code(text: str, ctx: SentenceContext) -> bool:
    """Whether the phrase ends with an airline special service code ('VGML', 'WCHR')."""
    return any(text.endswith(f" {code} ") for code in ctx.words("care_note_seat_codes"))


def _a_seat(mention: Mention, ctx: SentenceContext) -> bool:
    """A seat code ('24K') or a seat by its head word ('Seat 7A'), which a service code names
    the passenger of."""
    doc = ctx.doc
    if mention.bare:
        return not doc[mention.end - 1].text.isdigit()
    return any(t.lower_ == "seat" for t in doc[mention.start : mention.end])


# Crew posts named by their door or their number on a crew list: 'L2', 'R1', 'CC3', 'FA2'.
CREW_POST_RE = re.compile(r"^(?:[LR]\d|CC\d|FA\d|CM\d)$")
CREW_POST_HEADS = frozenset("position pos".split())
# Structures a wind brings down, whose 'collapsed' is not a person's: 'Tent 4 collapsed'.
STRUCTURE_HEADS = frozenset("tent marquee gazebo awning yurt tipi teepee stall".split())
COLLAPSES = frozenset("collapsed collapse collapses collapsing blew blown flattened".split())
# What says a person collapsed: 'Tent 4 collapsed, medics called'.
RESCUE_WORDS = frozenset(
    "medic medics paramedic paramedics ambulance aid cpr conscious unconscious breathing "
    "recovery responsive unresponsive".split()
)
# A document's table or figure, whose 'falls' are counted: 'Table 2 falls by ward'.
FIGURE_HEADS = frozenset("table figure fig chart graph".split())
# Words of a figure counted over a period: '250 falls in 2023', '120 falls this year'.
PERIOD_WORDS = frozenset("year years month months quarter week weeks annual % per rate".split())
YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
# Words that name a dish or a menu: with one, a code before a diet is a dish's
# ('D12 vegan, D14 halal on the printed menu').
MENU_WORDS = frozenset("menu menus dish dishes recipe recipes".split())


@thing_test
def care_words_of_a_thing(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """A note whose care or diet words are said of a thing, a count, a crew post or a
    document rather than of the number's person, whatever reading takes the number for a
    person:

    - a care word that names kit, a sign, stock or a record after it: 'Bed 4 falls mat in
      place', 'Bed 1 falls risk sign needed', 'Table 12 coeliac-safe fryer used', 'Bed 2
      paracetamol stock checked' (`care_note_kit`);
    - a crew post by its door or its number: 'L2 unwell, swapped with R2', 'R1 nauseous,
      sitting in the jumpseat', 'Position 3 unwell' (crew, not customers);
    - a diet after a count ('120 vegan, 40 halal for the gala'), after a place no one sits
      to eat at ('Stall 12 vegan', 'counter 3 halal', 'Order 5521 vegan'), or after a code
      in a sentence that names a menu or a dish ('D12 vegan, D14 halal on the menu');
    - a tent blown down with no one hurt: 'Tent 4 collapsed in the wind';
    - a document table's falls: 'Table 2 falls by ward';
    - a dish's number said to be of a diet where the sentence names a menu: 'On the menu, 7
      is vegan and 4 is gluten free';
    - a bare year or count of falls over a period: '2023 falls, down 10%', 'Ward 5: 120 falls
      this year'.
    """
    doc = ctx.doc
    code = doc[mention.end - 1].text
    heads = {t.lower_.rstrip(".") for t in doc[mention.start : mention.end - 1]}
    care = _care_words(ctx)
    crew = CREW_POST_RE.match(code) if mention.bare else heads & CREW_POST_HEADS
    if crew and _a_crew_note(doc, care):
        return True  # 'L2 unwell, swapped with R2': R2 is the crew post L2's place is given to
    if _a_dish_on_a_menu(mention, ctx):
        return True
    if not (_opens_note(mention, ctx) or _opens_note_item(mention, ctx)):
        return False
    i = _after_parenthesis(doc, _list_end(mention, ctx))
    if i >= len(doc):
        return False
    parts, end = _phrase(doc, i)
    phrase = [t for p in parts for t in p]
    lowers = [t.lower_ for t in phrase]
    kit = ctx.words("care_note_kit")
    if any(w in kit and any(_care_word(v, care) for v in lowers[:k]) for k, w in enumerate(lowers)):
        return True
    if crew and any(_care_word(w, care) for w in lowers):
        return True
    if _diet_at(doc, i, ctx) and (
        (mention.bare and code.isdigit() and _counted(mention, ctx))
        or (not mention.bare and not heads & CARE_HEADS)
        or any(t.lower_ in MENU_WORDS for t in doc)
    ):
        return True
    if code.isdigit() and mention.bare and doc[i].lower_ in ("falls", "fall"):
        return _figures(doc, code)
    if (
        heads & STRUCTURE_HEADS
        and doc[i].lower_ in COLLAPSES
        and not any(t.lower_ in RESCUE_WORDS or t.lower_ in care for t in doc)
    ):
        return True
    return bool(
        heads & FIGURE_HEADS
        and lowers in (["falls"], ["fall"])
        and end < len(doc)
        and (
            doc[end].lower_ in ("by", "per")
            or (
                doc[end].text == "," and end + 1 < len(doc) and doc[end + 1].lower_ in ("by", "per")
            )
        )
    )


def _care_words(ctx: SentenceContext) -> frozenset[str]:
    """The single words of the care, ward, medicine and aid lists."""
    return _single_words(
        ctx.words("care_note_terms"),
        ctx.words("care_note_ward_terms"),
        ctx.words("care_note_medicines"),
        ctx.words("care_note_aids"),
    )


@lru_cache(maxsize=8)
def _single_words(*lists: frozenset[str]) -> frozenset[str]:
    """Built once per rule pack: the thing test that reads it runs on every mention."""
    return frozenset(w for words in lists for w in words if " " not in w)


def _care_word(word: str, care: frozenset[str]) -> bool:
    """A care word, or a compound that opens with one ('coeliac-safe')."""
    return word in care or word.split("-")[0] in care


def _diet_at(doc: Any, i: int, ctx: SentenceContext) -> bool:
    """Whether a dish's diet ('vegan', 'gluten free') is the word or words at `i`."""
    diets = ctx.words("care_note_dish_diets")
    two = " ".join(t.lower_ for t in doc[i : i + 2])
    three = "".join(t.lower_ for t in doc[i : i + 3])
    return doc[i].lower_ in diets or two in diets or three in diets


def _counted(mention: Mention, ctx: SentenceContext) -> bool:
    """Whether a bare number before a diet counts meals: another number of the sentence
    before a diet ('120 vegan, 40 halal'), or a word that counts covers or guests."""
    doc = ctx.doc
    counts = ctx.words("care_note_counts")
    if any(t.lower_ in counts for t in doc):
        return True
    return any(
        t.like_num and t.i != mention.end - 1 and t.i + 1 < len(doc) and _diet_at(doc, t.i + 1, ctx)
        for t in doc
    )


def _a_crew_note(doc: Any, care: frozenset[str]) -> bool:
    """Whether the sentence opens with a crew post and a care word: 'L2 unwell, swapped
    with R2', 'Position 3 unwell, swapped with position 5'."""
    i = next((t.i for t in doc if not t.is_punct), len(doc))
    if i < len(doc) and doc[i].lower_ in CREW_POST_HEADS:
        i += 1
    elif i >= len(doc) or not CREW_POST_RE.match(doc[i].text):
        return False
    parts, _end = _phrase(doc, i + 1)
    return any(_care_word(t.lower_, care) for p in parts for t in p)


def _figures(doc: Any, code: str) -> bool:
    """Whether a bare number before 'falls' is a year or a count over a period: '2023 falls,
    down 10%', '250 falls in 2023', '120 falls this year'."""
    return bool(YEAR_RE.match(code)) or any(
        t.lower_ in PERIOD_WORDS or (t.text != code and YEAR_RE.match(t.text)) for t in doc
    )


def _a_dish_on_a_menu(mention: Mention, ctx: SentenceContext) -> bool:
    """A bare number that 'is' a dish's diet in a sentence that names a menu or a dish: 'On
    the menu, 7 is vegan and 4 is gluten free'."""
    doc = ctx.doc
    i = mention.end
    return (
        mention.bare
        and i + 1 < len(doc)
        and doc[i].lemma_ == "be"
        and _diet_at(doc, i + 1, ctx)
        and any(t.lower_ in MENU_WORDS for t in doc)
    )
