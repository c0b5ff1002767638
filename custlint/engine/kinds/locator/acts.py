"""Person tests: a number that acts as a person, by the parse or by word order where the parse
fails ("Room 412 wants towels", "14C asking for a blanket", "What did table 6 order?"), and what
a note's verbs say of the number that opens it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.locator.grammar import (
    _code_text,
    _fixed_lemma,
    _is_code,
    _is_person_noun,
    _list_end,
    _mention_role,
    _opens_note,
    _third_person_stem,
    _word_after,
)
from custlint.engine.kinds.locator.lexicon import (
    CLAUSE_OPENERS,
    CUSTOMER_RECORDS,
    OPEN_QUOTES,
    SAID_OF_THINGS_TOO,
    WEAK_VERBS,
)
from custlint.engine.kinds.locator.lists import _object_follows
from custlint.engine.kinds.locator.predicates import _human_predicate
from custlint.engine.kinds.locator.registry import Mention, Person, person_test
from custlint.engine.kinds.locator.senses import LINKING_VERBS, _place_state

if TYPE_CHECKING:
    from custlint.engine.kinds.locator.kind import LocatorKind


@person_test("person_by_number")
def acts_like_a_person(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'Room 412 wants towels', '17F keeps pressing the button', 'Flight 64 is furious'."""
    dep, root = _mention_role(mention)
    inner = next(
        (
            t
            for t in ctx.doc[mention.start : mention.end]
            if t.dep_ == "nsubj" and not mention.start <= t.head.i < mention.end
        ),
        None,
    )
    if inner is not None:
        dep, root = "nsubj", inner  # "note ticket 3012 has asked": the number is the subject
    verb = root.head
    if _bodily_act_glued(mention, ctx):
        return Person(mention.start, mention.end, None)  # "chair 6 fainted during the draw"
    lead = [t for t in ctx.doc[: mention.start] if not t.is_punct]
    if dep in ("meta", "dep", "npadvmod", "nmod") and not lead and _subjectless_verb(root):
        dep = "nsubj"  # the parser often files a code such as "17F" oddly: "17F keeps pressing"
    if mention.start == 0 and dep in ("ROOT", "npadvmod", "appos") and _acts(mention, ctx, kind):
        return Person(mention.start, mention.end, None)  # shorthand: "order 88213 called again"
    if (
        dep == "nsubjpass"
        and _fixed_lemma(verb) in ctx.words("interaction_verbs")
        and not _record_updated(mention, verb, kind)
    ):
        return Person(mention.start, mention.end, None)  # "bed 4 was discharged"
    if dep != "nsubj":
        return _mistagged_verb(mention, ctx, kind)
    if verb.pos_ in ("NOUN", "PROPN") and mention.bare:
        return None  # "has T2 diabetes and needs": the code modifies a noun, not a verb
    if _plural_verb(mention, root, verb) and not _closed_or_free(verb, ctx, kind):
        return Person(mention.start, mention.end, None)  # "flight 441 are all still at gate 5"
    if _human_predicate(verb, ctx, kind) or _human_conjunct(verb, ctx, kind):
        return Person(mention.start, mention.end, None)
    return None


# Past forms of what people do, which the tagger may read as nouns after a bare number.
PAST_FORMS = frozenset(
    "rang phoned called emailed texted asked complained said wrote left paid came went".split()
)


def _past_read_as_a_noun(tok: Any) -> bool:
    """'1204 rang, wants to know', '12B rang, he's stuck at security': a past form of
    PAST_FORMS that the tagger read as a noun, or as a name when written in lower case (a
    capital may be a name or a side: 'Bay 4 Left')."""
    return tok.lower_ in PAST_FORMS and (
        tok.tag_ in ("NN", "NNS") or (tok.tag_ == "NNP" and tok.is_lower)
    )


# What is done to a record itself, as it is to a caller: "tenancy 30917 was transferred to
# her son", "meter 0041-77 has been cut off" (a supply, not a call).
RECORD_CHANGES = frozenset("update transfer cut".split())


def _record_updated(mention: Mention, verb: Any, kind: LocatorKind) -> bool:
    """'Order 4410 was updated', 'booking ref XK4P2L has been updated with the new dates',
    'policy 5512 was transferred to her husband': a record is changed, passed on or cut off
    when it is; its person is told, moved or cut off the phone ('bed 4 was updated')."""
    return verb.lemma_.lower() in RECORD_CHANGES and not mention.bare and kind.preposition == "with"


# Words that may stand between a clause-initial number and its verb: "tables 3 and 5 all
# waiting", "orders 4471 and 4472 both chasing refunds", "1202 still wants".
BETWEEN_SUBJECT_AND_VERB = frozenset("all both each still now again also just already".split())


def _plural_verb(mention: Mention, root: Any, verb: Any) -> bool:
    """One numbered place with a plural verb is the people in it: 'dorm 3 are a school
    group', 'flight 441 are all still sat at gate 5' (but 'rooms 4 and 5 are')."""
    if mention.bare or mention.many or root.tag_ != "NN" or root.lower_.endswith("s"):
        return False
    doc = root.doc
    if root.dep_ == "conj" or any(
        c.dep_ in ("conj", "cc") for t in doc[mention.start : mention.end] for c in t.children
    ):
        return False
    if mention.end < len(doc) and doc[mention.end].lower_ in ("and", "&", ",", "or"):
        return False
    if (
        mention.start > 1
        and doc[mention.start - 1].lower_ in ("and", "&", ",", "or")
        and _is_code(doc[mention.start - 2])
    ):
        return False  # "bay 3 and bay 4 are still outstanding": two places
    words = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    if any(c.dep_ == "aux" and (c.lemma_ == "do" or c.tag_ == "MD") for c in verb.children):
        words = words[1:]  # "Does room 12 have a bath?": a bare 'have' after 'does', not plural
    plural = ("are", "were", "'re", "’re", "have", "'ve", "’ve")
    return any(w.lower_ in plural and w.tag_ != "VB" for w in words if w.i > mention.end - 1)


def _closed_or_free(verb: Any, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """'Court 3 are closed until the frost lifts', 'table 5 are free from 6': a plural verb
    whose complement, or whose passive participle, is a state only a place or the rule's
    thing is in; the plural is the writer's, not the people's."""
    if verb.dep_ in ("aux", "auxpass"):
        verb = verb.head  # the parse may hang the subject on the 'are' of 'are closed'
    if _place_state(verb, ctx, kind):
        return True
    states = ctx.words("place_states") | kind.thing_states
    return (
        verb.tag_ == "VBN"
        and verb.lower_ in states
        and any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _has_aux(verb: Any) -> bool:
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _verb_after(mention: Mention, ctx: SentenceContext) -> Any | None:
    """The verb right after a number by word order: '14C asking for a blanket', 'rooms 210
    and 212 complaining', '1506 disputed the charge'; through 'is', 'has', 'keeps'."""
    doc = ctx.doc
    i = mention.end
    plural = mention.many
    if (
        mention.bare
        and i + 1 < len(doc)
        and doc[i].lower_ in ("and", "&", ",")
        and _is_code(doc[i + 1])
    ):
        i = _word_after(mention, ctx)  # "204 and 206 arguing in the corridor"
        plural = True
    i = _past_a_place(doc, i)  # "seat 41 on the enterprise plan has been emailing"
    while i < len(doc) and (
        doc[i].lower_ in BETWEEN_SUBJECT_AND_VERB or (doc[i].pos_ == "ADV" and doc[i].i > 0)
    ):
        i += 1
    if i >= len(doc):
        return None
    tok = doc[i]
    if _past_read_as_a_noun(tok):
        return tok  # "1204 rang, wants to know": a past verb the tagger read as a noun
    if tok.dep_ == "auxpass" and tok.head.i > tok.i and tok.head.tag_ == "VBN":
        return tok.head  # "Room 12 got cleaned": the passive's participle, not 'get'
    if tok.lemma_.lower() in ("be", "have") and tok.tag_ in ("VBZ", "VBD", "VBP"):
        j = i + 1
        while j < len(doc) and (doc[j].pos_ == "ADV" or doc[j].lower_ in ("been", "being")):
            j += 1
        if j < len(doc) and doc[j].tag_ in ("VBG", "VBN") and doc[j].pos_ == "VERB":
            return doc[j]
        return tok
    if tok.tag_ in ("VBD", "VBZ", "VBG", "VBP") and tok.pos_ in ("VERB", "AUX"):
        return tok
    if plural and _present_read_as_base(tok):
        return tok  # "rows 30 to 40 keep surging forward"
    return None


def _present_read_as_base(tok: Any) -> bool:
    """A verb right after a plural subject that the tagger read as a bare infinitive ('rows
    30 to 40 keep surging', where 'to 40' looks like the 'to' of an infinitive): after a
    plural subject with no 'to' or modal before it, the base form is the present tense."""
    return (
        tok.tag_ == "VB"
        and tok.pos_ == "VERB"
        and not any(c.dep_ == "aux" or c.tag_ == "MD" for c in tok.children)
    )


# Prepositions of a phrase that says where a numbered place is: "seat 3 in row B".
WHERE_PREPOSITIONS = frozenset("in at on by near inside".split())
# Words of such a phrase: "in the dress circle", "on the enterprise plan", "at till 4".
PLACE_PHRASE_TAGS = frozenset("DT JJ NN NNS NNP NNPS CD HYPH".split())


def _past_a_place(doc: Any, i: int) -> int:
    """The index after a phrase of place that follows a number, when a finite verb comes
    right after it ('seat 41 on the family plan has been emailing', 'table 7 by the window
    is asking'); the phrase says which seat or table is meant, so the verb is the number's.
    Else `i` itself: no phrase, or one that runs on into more than a place ('order 55 in
    the box marked fragile')."""
    if i >= len(doc) or doc[i].lower_ not in WHERE_PREPOSITIONS:
        return i
    j = i + 1
    while j < len(doc) and j - i <= 5 and doc[j].tag_ in PLACE_PHRASE_TAGS:
        j += 1
    if j == i + 1 or j >= len(doc) or j - i > 5:
        return i
    tok = doc[j]
    finite = tok.tag_ in ("VBZ", "VBD", "VBP") and tok.pos_ in ("VERB", "AUX")
    return j if finite and not doc[j - 1].is_punct else i


# Where people wait from afar: "3319 on hold for a manager", "7781 on chat again".
REMOTE_WAITING = frozenset("hold chat phone line call".split())


def _at_the_counter(mention: Mention, ctx: SentenceContext) -> bool:
    """'booking 5521 at the desk wanting an upgrade', 'res 8812 at desk, says they paid',
    '6 and 8 in the queue both complaining': a note that opens with a number and puts it
    where people wait, with no verb of its own, and then says what it does."""
    doc = ctx.doc
    end = _waiting_place_end(doc, _list_end(mention, ctx), ctx)
    if end is None:
        return False
    dep, _root = _mention_role(mention)
    if dep in ("nsubj", "nsubjpass"):
        return False  # "Till 4 at the front is closed": the place has its own verb
    # and then, first thing, does what people do: not "order 2231 at the desk for collection",
    # nor what is done to a record ("booking 8830 at reception, paid in full"), nor an order
    # to the reader ("collect before 5"), nor what someone else does ("customer asking")
    verb = next(
        (
            t
            for t in doc[end : end + 5]
            if not (t.is_punct or t.lower_ in BETWEEN_SUBJECT_AND_VERB or t.pos_ == "ADV")
        ),
        None,
    )
    return (
        verb is not None
        and verb.pos_ == "VERB"
        and verb.tag_ not in ("VB", "VBN")
        and _fixed_lemma(verb) in ctx.words("human_verbs")
        and (_fixed_lemma(verb) != "say" or _said_of_someone(verb))
    )


# Where people stand in line: "in the queue", "in the click & collect line".
QUEUES = frozenset("queue line".split())


def _waiting_place_end(doc: Any, i: int, ctx: SentenceContext) -> int | None:
    """The index past a place where people wait that starts at `i`: 'at the desk', 'at desk',
    'at reception', 'in the queue', 'in the returns queue'; None if there is none."""
    if i + 1 >= len(doc) or doc[i].lower_ not in ("at", "in"):
        return None
    places = ctx.words("waiting_places") if doc[i].lower_ == "at" else QUEUES
    j = i + 1
    if doc[j].lower_ == "the":
        j += 1
    elif doc[i].lower_ == "in":
        return None  # "in queue" is not how a note puts it; "in line" says how it runs
    for k in range(j, min(j + 3, len(doc))):
        if doc[k].lower_ in places:
            return k + 1
        if doc[k].pos_ not in ("NOUN", "PROPN", "ADJ") or doc[i].lower_ == "at":
            return None  # "at the desk" with nothing between, "in the C&C queue" with it
    return None


def _said_of_someone(say: Any) -> bool:
    """'says they prepaid', 'says the deposit was paid': someone waiting 'says' a clause of
    their own, with its subject, or something of themself; what a record 'says' is a status
    ('ticket 44 in the queue says closed')."""
    return any(
        c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for c in say.children
    ) or any(t.lower_ in ("they", "their", "he", "his", "she", "her") for t in say.subtree)


@person_test("person_by_number")
def waiting_on_the_line(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """A verbless note: a number that opens it and is 'on hold', 'on chat', 'on the phone'."""
    doc = ctx.doc
    if any(t.text not in OPEN_QUOTES for t in doc[: mention.start]):
        return None
    i = mention.end
    if _at_the_counter(mention, ctx):
        return Person(mention.start, mention.end, None)
    if i + 1 >= len(doc) or doc[i].lower_ != "on":
        return None
    i += 1
    if doc[i].lower_ in ("the", "a"):
        i += 1
    if i >= len(doc) or doc[i].lower_ not in REMOTE_WAITING:
        return None
    if not any(t.pos_ in ("VERB", "AUX") for t in doc) or (
        doc[i].lower_ != "hold" and _then_he_or_she(doc, i + 1)
    ):
        return Person(mention.start, mention.end, None)
    return None


def _then_he_or_she(doc: Any, i: int) -> bool:
    """'member 2231 on the phone, he's been cut off twice': the note's next clause is about
    a man or a woman, who can only be the one on the phone; a verb before the comma would
    make it a clause of its own ('member 2231 rang the line, she said'), and 'they' may be
    the staff. Not after 'on hold', where a card or an account is put too ('card 4410 on
    hold, she lost it in town')."""
    return (
        i + 1 < len(doc)
        and doc[i].text in (",", "-", "–", "—", ";")
        and doc[i + 1].lower_ in ("he", "she")
        and not any(t.pos_ in ("VERB", "AUX") for t in doc[:i])
    )


# Conditions shorthand puts straight after 'is', as what a person is: "12 is nut allergy".
# Not the plural: a part of a form or a record 'is allergies' as its heading ("Box 9 is
# allergies", "Tab 3 is allergies"); a person has one allergy said this way.
CONDITIONS_SAID_WITH_IS = frozenset("allergy intolerance".split())


@person_test("person_by_number")
def is_a_condition(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'12 is nut allergy', 'table 4 is shellfish allergy': staff shorthand for 'has a nut
    allergy', with no article, which only a person has. With an article or another noun
    after it the number is a thing ('14 is the allergy menu', 'page 12 is nut allergy
    guidance', 'room 12 is allergy friendly')."""
    root = mention.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_ != "be" or verb.i < mention.end:
        return None
    for attr in verb.children:
        if (
            attr.dep_ == "attr"
            and attr.lower_ in CONDITIONS_SAID_WITH_IS
            and not any(c.dep_ in ("det", "poss") for c in attr.children)
            and _ends_the_predicate(attr)
        ):
            return Person(mention.start, mention.end, None)
    return None


def _ends_the_predicate(tok: Any) -> bool:
    """Whether nothing of the predicate follows a word: the end, a stop or a comma, or 'and'
    ('12 is nut allergy, 14 vegan'), not a word that makes it a thing's ('allergy friendly')."""
    doc = tok.doc
    return (
        tok.i + 1 == len(doc) or doc[tok.i + 1].is_punct or doc[tok.i + 1].lower_ in ("and", "but")
    )


# Ranks among those who do something: "15A and 15B are the last two to board".
RANKS = frozenset("first last next only".split())
# What may follow the rank: "the last two", "the first ones", "the only pair".
RANKED_COUNTS = frozenset("one ones two three four pair couple".split())
# Acts of travellers that a seat or a cabin does not do, read only after a rank here: a
# flight's own boarding is a thing verb of the flight rule ('flight 44 is the last to board').
RANKED_ACTS = frozenset("board embark disembark".split())


@person_test("person_by_number")
def ranked_among_doers(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'15A and 15B are the last two to board', 'table 6 was the first to order': a number
    ranked among those who do something does it, so what they do decides, as for a subject:
    'rows 30 to 40 are the last to be cleaned' (a passive) and 'gate 5 is the last to
    close' (a thing verb of the rule) stay things, and so does 'the last two seats left'."""
    doc = ctx.doc
    if mention.start > 0 and not doc[mention.start - 1].is_punct:
        return None  # "move him to 15A, the last to board": the number must open its clause
    i = _list_end(mention, ctx)
    if i + 2 >= len(doc) or doc[i].lemma_ != "be" or doc[i + 1].lower_ != "the":
        return None
    if doc[i + 2].lower_ not in RANKS:
        return None
    i += 3
    if i < len(doc) and doc[i].lower_ in RANKED_COUNTS:
        i += 1
    if i + 1 >= len(doc) or doc[i].lower_ != "to" or doc[i + 1].tag_ not in ("VB", "NN"):
        return None
    # after 'the last two to' a word is the verb, whatever the tagger made of it ("board")
    lemma = doc[i + 1].lemma_.lower() if doc[i + 1].tag_ == "VB" else doc[i + 1].lower_
    if lemma in kind.thing_verbs or lemma not in ctx.words("human_verbs") | RANKED_ACTS:
        return None
    if lemma in SAID_OF_THINGS_TOO:
        return None  # "table 9 was the first to go", "room 7 is the last to get new carpets"
    if lemma in ctx.words("record_verbs"):
        return None  # "room 12 is the next to check": what staff do to the place next
    return Person(mention.start, mention.end, None)


@person_test("person_by_number")
def acts_by_word_order(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """Shorthand the parser misreads: a number that opens a clause and is followed by what
    people do ('14C asking for a blanket', 'Night audit: 1506 disputed the charge')."""
    doc = ctx.doc
    before = [t for t in doc[: mention.start] if t.text not in OPEN_QUOTES]
    verb = _verb_after(mention, ctx)
    root = mention.root
    vocative = (  # "Hi Priya, 31877 has emailed", "quick heads up, 11082 kicked off"
        root.head.i if root.dep_ in ("appos", "npadvmod") and root.head.i < root.i else -1
    )
    label = max((t.i for t in before if t.text in CLAUSE_OPENERS), default=-1)
    subjectless = verb is not None and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl")
        and not mention.start <= c.i < mention.end
        and c.i != vocative
        and c.i > label  # "Memoir: that season, 3003 became …": a label is no subject
        for c in verb.children
    )
    if (
        before
        and before[-1].text not in CLAUSE_OPENERS
        and not (verb is not None and verb.dep_ == "ccomp" and subjectless)
        and not (before[-1].text == "," and subjectless and _account_like(mention, ctx))
        and not (subjectless and _opens_clause(before, mention, verb))
        and not (
            subjectless
            and _fronted_adverbial([t for t in before if t.i > label], mention, verb, ctx)
        )
    ):
        return None  # mid-sentence, only as the missing subject of a clause: "note 6620 has asked"
    if verb is None or (verb.tag_ == "VBN" and not _has_aux(verb)):
        return None
    if any(c.dep_ == "auxpass" for c in verb.children):
        # passive: the number is what was done to, so only what is done to people counts,
        # or a state only people get into ("got married", "got upset")
        if (
            _fixed_lemma(verb) in ctx.words("interaction_verbs")
            and not _record_updated(mention, verb, kind)
        ) or verb.lower_ in ctx.words("human_states"):
            return Person(mention.start, mention.end, None)
        return None
    if any(
        c.dep_ in ("nsubj", "nsubjpass", "expl")
        and c.i > mention.end
        and c.lower_ not in BETWEEN_SUBJECT_AND_VERB  # "10 and 20 both complained"
        for c in verb.children
    ):
        return None
    if _human_predicate(verb, ctx, kind) or _human_conjunct(verb, ctx, kind):
        return Person(mention.start, mention.end, None)
    return None


# The auxiliaries a question puts before its subject ('Did room 27 pay?', 'Is room 12
# asking for towels?', 'Has bed 4 eaten?'), and what may come before them in the clause.
DO_FORMS = frozenset("do does did".split())
INVERTED_AUXILIARIES = DO_FORMS | frozenset("is are was were has have had".split())
QUESTION_WORDS = frozenset("what why when where how who whom".split())
# What a record or a form says, shows or lists as well as a person: "What did return 204 say
# on the form?", "What did ticket 88 say in the log?".
SAID_BY_TEXTS = frozenset("say read show write list note mention report state".split())


@person_test("person_by_number")
def asked_with_do(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'What did table 6 order?', 'Did room 12 pay?', 'Is room 12 asking for towels?': in a
    question with an auxiliary put first the number is the subject and the verb after it is
    what it does. The parser reads these inverted clauses badly, the more so when the head or
    the verb is also a noun ('did table', 'pay?'), so the clause is parsed again as the
    statement it asks about ('room 12 will pay', 'room 12 is asking for towels') and its verb
    read like any other: 'Did order 4410 ship?', 'Is room 12 being cleaned?' and 'Is table 6
    ready?' stay things."""
    doc = ctx.doc
    i = mention.start
    if i and doc[i - 1].lower_ in ("n't", "not"):
        i -= 1
    if i == 0 or doc[i - 1].lower_ not in INVERTED_AUXILIARIES:
        return None
    auxiliary = "will" if doc[i - 1].lower_ in DO_FORMS else doc[i - 1].lower_
    if not all(
        t.lower_ in QUESTION_WORDS or t.is_punct or t.tag_ in ("RB", "UH", "CC")
        for t in doc[: i - 1]
    ):
        return None  # "do" is a main verb or the question is another's: "we did room 12 first"
    close = next((t.i for t in doc[mention.end :] if t.is_punct), len(doc))
    if close == mention.end or close >= len(doc) or doc[close].text != "?":
        return None
    code = ctx.written(mention.start, mention.end)
    statement = ctx.parse(f"{code} {auxiliary} {doc[mention.end : close].text}")
    aux = next((t for t in statement if t.lower_ == auxiliary), None)
    if aux is not None and aux.dep_ == "ROOT" and aux.lemma_ == "be":
        return _asked_who_it_is(mention, aux, ctx, kind)
    if aux is None or aux.dep_ != "aux" or aux.head.i < aux.i:
        return None
    verb = aux.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i >= aux.i:
        return None
    if verb.lemma_.lower() in SAID_BY_TEXTS and (
        mention.bare or {t.lower_ for t in doc[mention.start : mention.end]} & CUSTOMER_RECORDS
    ):
        return None
    if verb.lemma_.lower() in LINKING_VERBS:
        return None  # "What does table 6 look like?": the question asks what it is like
    if _human_predicate(verb, ctx, kind) or _human_conjunct(verb, ctx, kind):
        return Person(mention.start, mention.end, None)
    return None


def _asked_who_it_is(
    mention: Mention, be: Any, ctx: SentenceContext, kind: LocatorKind
) -> Person | None:
    """'Is seat 7 the woman who fainted?', 'Is claim 8109 the man with the photos?': a 'be'
    put first that asks whether the number is a person, read from the statement it asks
    about ('seat 7 is the woman who fainted'). Only a person noun or 'the one who' makes it
    a person ('Is claim 8109 the one with the photos?' asks which record)."""
    if not any(c.dep_ == "nsubj" and c.i < be.i for c in be.children):
        return None
    for c in be.children:
        if c.dep_ != "attr" or c.i < be.i:
            continue
        if c.pos_ == "NOUN" and _is_person_noun(c, ctx):
            return Person(mention.start, mention.end, None)
        if c.lower_ == "one" and any(
            g.dep_ == "relcl" and any(w.lower_ in ("who", "whom") for w in g.children)
            for g in c.children
        ):
            return Person(mention.start, mention.end, None)  # "Is 4129 the one who moved?"
    return None


# Words a note that only names a number may hold besides it: "305 again.", "Bed 4, still."
NOTE_ADVERBS = frozenset("again still now here back also too".split())


@person_test("person_by_number")
def subject_of_the_next(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'305 again. Says the kettle's broken.', 'locker 40. says someone took his trainers': a
    note that only names the number, then a sentence with no subject that opens with what
    people do. Notes drop the subject they have just named, so the number is the subject of
    that verb (but 'Room 4 again. Needs new towels.' says what the room needs). The verb opens
    its sentence, so a subject the parser finds after it ('Wants the manager') is its object."""
    doc = ctx.doc
    rest = [t for t in doc if not mention.start <= t.i < mention.end]
    if not ctx.following or not all(t.is_punct or t.lower_ in NOTE_ADVERBS for t in rest):
        return None
    following = ctx.parse(ctx.following)
    verb = next((t for t in following if not t.is_punct), None)
    if verb is None or verb.tag_ not in ("VBZ", "VBD", "VBN") or verb.dep_ != "ROOT":
        return None  # a finite verb first, though the tagger may call it a participle
    if _has_aux(verb):
        return None
    if _human_predicate(verb, ctx, kind) or _human_conjunct(verb, ctx, kind):
        return Person(mention.start, mention.end, None)
    return None


# Words after which a new clause, and so its subject, begins: "When table 6 asked for the bill".
SUBORDINATORS = frozenset(
    "when whenever if because after before since while once until although though as unless "
    "and but so".split()
)


def _opens_clause(before: list, mention: Mention, verb: Any) -> bool:
    """Whether the words before a number leave it the subject of a clause: after a
    subordinator ('When table 6 asked …') or sentence adverbs only ('Apparently table 9 …'),
    and before a finite verb (not 'rang before 9 wanting to know')."""
    if verb.tag_ == "VBG" and not _has_aux(verb) and verb.doc[verb.i - 1].lemma_ != "be":
        return False
    last = before[-1]
    if last.lower_ in SUBORDINATORS and last.tag_ in ("IN", "WRB", "CC"):
        return not (mention.root.dep_ == "pobj" and mention.root.head.i == last.i)
    return all(t.tag_ in ("RB", "UH") or t.is_punct for t in before)


def _fronted_adverbial(before: list, mention: Mention, verb: Any, ctx: SentenceContext) -> bool:
    """Whether the words before the number are a fronted phrase of place or time with no
    verb of its own, so that the number opens the clause: 'Somewhere over Greenland 41A
    started snoring', 'Halfway across the Atlantic 44C went into labour', also after a
    note's label ('Night report: at 02:10 bed 6 fell')."""
    if not before:
        return False
    first = before[0]
    if first.tag_ not in ("RB", "IN") or len(before) > 6:
        return False
    if any(t.pos_ in ("VERB", "AUX") or t.tag_ in ("PRP", "MD") for t in before):
        return False
    if not any(t.tag_ == "IN" for t in before):
        return False  # a preposition makes it a phrase: "over Greenland", "across the Atlantic"
    if verb.tag_ not in ("VBD", "VBZ") or _has_aux(verb):
        return False
    return _account_like(mention, ctx)


def _account_like(mention: Mention, ctx: SentenceContext) -> bool:
    """A seat code or a long number that is not a year: after an opening phrase and a comma
    it names someone ('For three weeks, 4417 opened a ticket'), where a small number is a
    count ('Of the forty, 12 complained')."""
    code = _code_text(ctx.doc[mention.end - 1]).lstrip("#")
    if not mention.bare or re.match(r"^[A-Za-z]\d+$|^\d+[A-Za-z]$", code):
        return True  # "9C" as well as "C12"
    if not code[:1].isdigit():
        return False
    return len(code) >= 3 and not re.match(r"^(19|20)\d\d$", code)


def _human_conjunct(verb: Any, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """'B14 leaned over and told me', 'cancelled and wants the rest refunded': a later verb
    that shares the subject."""
    return any(
        c.dep_ == "conj"
        and c.pos_ == "VERB"
        and c.lemma_.lower() not in WEAK_VERBS
        and c.i > verb.i
        and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
        and not (c.tag_ == "VB" and verb.tag_ != "VB" and not _and_plural(c, verb))
        # "Line 2 is busy, try again later", but "rooms 4 and 6 are together and want"
        and not _reported_to_staff(c, ctx)
        and _human_predicate(c, ctx, kind)
        for c in verb.children
    )


def _and_plural(conj: Any, verb: Any) -> bool:
    """'are together and want one bill': a plain form after 'and' that agrees with a plural
    present verb, not an imperative after a comma."""
    doc = conj.doc
    return verb.tag_ == "VBP" and conj.i > 0 and doc[conj.i - 1].lower_ == "and"


REPORTED_TO = frozenset("tell told inform informed notify notified report reported".split())


def _reported_to_staff(conj: Any, ctx: SentenceContext) -> bool:
    """'Room 221 has no hot water, told maintenance': a fault note whose last verb is the
    writer's report to the staff or a department, not what the room's people did."""
    if conj.lower_ not in REPORTED_TO or conj.i == 0 or conj.doc[conj.i - 1].text != ",":
        return False
    objects = [c for c in conj.children if c.dep_ in ("dobj", "dative")]
    return bool(objects) and all(
        o.pos_ in ("NOUN", "PROPN") and not _is_person_noun(o, ctx) for o in objects
    )


def _mistagged_verb(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'Bed 5 wretches.', 'Table 5 detests coriander': the tagger has read the verb after
    the number as a plural noun. With no verb in the sentence the -s word is the verb;
    otherwise only a clause-opening number followed by a person-only verb in the third
    person and then an object ('detests coriander', 'hates the window', 'wants a
    blanket') is read so, not a noun that modifies ('ext 4 calls go to voicemail')."""
    doc = ctx.doc
    if mention.end >= len(doc):
        return None
    word = doc[mention.end].lower_
    verbs = ctx.words("human_verbs")
    if not any(t.pos_ in ("VERB", "AUX") for t in doc):
        stems = {word[:-1], word[:-2]} if word.endswith("s") else set()
        if stems & verbs and not stems & kind.thing_verbs:
            return Person(mention.start, mention.end, None)
        return None
    tok = doc[mention.end]
    if tok.tag_ not in ("NN", "NNS") or mention.many or not _opens_note(mention, ctx):
        return None
    stem = _third_person_stem(word, verbs)
    if stem is None or stem in kind.thing_verbs or stem in ("be", "have", "need", "get"):
        return None
    if stem in BODILY_ACTS or _object_follows(doc, tok.i + 1):
        return Person(mention.start, mention.end, None)
    return None


def _subjectless_verb(root: Any) -> bool:
    """A code before a verb that has no subject of its own: it is the subject."""
    verb = root.head
    return (
        verb.pos_ in ("VERB", "AUX")
        and root.i < verb.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
    )


def _acts(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """A note with no subject: the first verb hanging off the mention is what it did
    ('order 88213 called again', 'Order #88120 called to complain')."""
    for tok in ctx.doc[mention.start : mention.end]:
        for c in tok.children:
            if c.dep_ in ("acl", "relcl") and c.i > tok.i and c.tag_ in ("VBD", "VBG", "VBZ"):
                lemma = c.lemma_.lower()
                return lemma in ctx.words("human_verbs") and lemma not in kind.thing_verbs
            if c.dep_ == "acl" and c.i == mention.end and c.tag_ == "VBN":
                return _called_in(c)
    return False


# What a body does by itself, with no object and no passive, and no machine or place does in
# any sense: "chair 6 fainted", "bunk 8 snores like a chainsaw" (not "cough", "collapse",
# "shiver" or "sweat", which engines, buildings and walls do too, nor "hiccup" or "burp",
# which pumps, engines and tanks do: "Pump 3 hiccups when the tank is low").
BODILY_ACTS = frozenset("faint snore sneeze yawn weep sob sulk giggle blush doze nap flirt".split())


def _bodily_act_glued(mention: Mention, ctx: SentenceContext) -> bool:
    """'chair 6 fainted during the draw, BP now fine': a verb of BODILY_ACTS has no
    passive, so a participle of one that the tagger hangs on the number right after it is
    the past tense of what the number's person did, whatever else the parser made of the
    sentence."""
    doc = ctx.doc
    if mention.end >= len(doc):
        return False
    verb = doc[mention.end]
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBN", "VBD")
        and mention.start <= verb.head.i < mention.end
        and _fixed_lemma(verb) in BODILY_ACTS
        and not any(c.dep_ in ("agent", "dobj", "attr", "oprd") for c in verb.children)
    )


# Past forms the parser reads as a participle after a note's number ('Order #88120 called
# to complain'): no record is called, rung or phoned.
CALLED_IN = frozenset("call ring phone complain".split())


def _called_in(verb: Any) -> bool:
    """'called to complain', 'rang again', 'phoned twice': a call or a complaint made, not
    a thing named or done to ('an order called Gift', 'called by the system') nor a stop
    made ('Flight 212 called at Rome')."""
    if _fixed_lemma(verb) not in CALLED_IN:
        return False
    return not any(
        c.dep_ in ("agent", "oprd", "dobj", "attr")
        or c.pos_ == "PROPN"
        or (c.dep_ == "prep" and c.lower_ in ("at", "in") and _names_a_place(c))
        for c in verb.children
    )


def _names_a_place(prep: Any) -> bool:
    """'at Rome', 'in Dover': the object of the preposition is a name."""
    return any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in prep.children)
