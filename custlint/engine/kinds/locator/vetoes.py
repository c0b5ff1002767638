"""The vetoes: readings that make a number a place, a thing, a record or a document whatever
its verb ("deliver the towels to room 839", "section 8 of the manual", "policy 41-7702 is on
hold"), or that name staff at it ("bay 2 nurse"), and so keep the person tests away from it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.locator.finders import RECORD_HEADS, _digits_only, _hyphened
from custlint.engine.kinds.locator.grammar import (
    _age_and_sex,
    _code_text,
    _fixed_lemma,
    _is_person_noun,
    _staff_noun,
    _verb_stem,
)
from custlint.engine.kinds.locator.lexicon import (
    CARE_VERBS,
    CUSTOMER_RECORDS,
    HANDOVER_WORDS,
    HOGGED_RESOURCES,
    OWNER_NOUNS,
    POSSESSIVES,
    SAID_OF_THINGS_TOO,
    WEAK_VERBS,
)
from custlint.engine.kinds.locator.registry import Mention

if TYPE_CHECKING:
    from custlint.engine.kinds.locator.kind import LocatorKind


# What a computer, a self-checkout or a pump asks for or wants on its own: "PC 6 wants to
# install updates", "PC 14 is asking for the admin password", "SCO 5 needs approval", "PC 4
# wants you to accept the terms", "PC 6 is asking if you want to save".
MACHINE_PROMPTS = frozenset(
    "update updates restart reboot password passwords passcode pin login log-in username "
    "credentials install installing installation upgrade patch driver drivers activation "
    "licence license admin administrator approval authorisation authorization override "
    "shutdown antivirus certificate sync save terms cookies format".split()
)
# What the clerk at a numbered window or counter asks a customer for: "Window 2 is asking
# for ID", "counter 4 wants your signature".
CLERK_REQUESTS = frozenset("id identification signature proof paperwork documentation".split())


def _regarding(mention: Mention, ctx: SentenceContext) -> bool:
    """'Re: complaint ref TC-4410, 07700 900461 wants a refund': the reference of a named
    record ('complaint ref') after an email's 'Re:' says what the message is about, not who
    acts in it ('Re: RMA 22817, he's sent nine emails' may still be the customer)."""
    doc = ctx.doc
    i = mention.start - 1
    while i >= 0 and doc[i].dep_ == "compound" and doc[i].pos_ in ("NOUN", "PROPN"):
        i -= 1
    return i < mention.start - 1 and i >= 1 and doc[i].text == ":" and doc[i - 1].lower_ == "re"


def _prompted(
    mention: Mention, ctx: SentenceContext, heads: frozenset[str], prompts: frozenset[str]
) -> bool:
    """A machine's or a clerk's number whose clause asks for what only a machine or a clerk
    asks for: a restart, a password, an approval; ID, a signature. 'PC 6 wants to install
    updates' is the computer's prompt and 'Window 2 is asking for ID' the clerk, though 'want'
    and 'ask' are otherwise said of people ('PC 6 wants another hour'), and customers."""
    doc = ctx.doc
    if mention.bare or not any(t.lower_ in heads for t in doc[mention.start : mention.end]):
        return False
    if not mention.root.dep_.startswith("nsubj"):
        return False  # "the couple at desk 1 want a joint account, ID checked": placed people
    return any(
        t.i >= mention.end and (t.lower_ in prompts or t.lemma_.lower() in prompts)
        for t in mention.root.head.subtree
    )


# Words of a test run, where 't4' and 't5' are tests or time steps ('t4 fails on the CI
# runner; t5 passes').
TEST_RUN_WORDS = frozenset("test tests ci runner suite seed build pipeline assert".split())


def _machine_type(mention: Mention, ctx: SentenceContext) -> bool:
    """A small t and a number is a table to a server ('t4 wants the bill') and a machine
    type to an engineer ('t2 wants a bigger disk', 't3 needs a restart'): when the rest of
    the sentence names a machine's resource or prompt, it is the machine; in a sentence of a
    test run it is a test ('t5 passes on the CI runner')."""
    doc = ctx.doc
    text = doc[mention.start].text
    if not mention.bare or re.match(r"^t\d+$", text) is None:
        return False
    return any(t.lower_ in HOGGED_RESOURCES | MACHINE_PROMPTS for t in doc[mention.end :]) or any(
        t.lower_ in TEST_RUN_WORDS for t in doc
    )


def _a_thing(mention: Mention, ctx: SentenceContext) -> bool:
    """Numbers that the words around them make a thing, whatever the verb:
    'your ticket 88021' (someone's own ticket), 'the bed 2 call bell' (a modifier of a
    noun), 'macro R3' (a code named by the noun before it)."""
    doc = ctx.doc
    before = doc[mention.start - 1] if mention.start > 0 else None
    if before is not None and before.lower_ in POSSESSIVES and before.tag_ == "PRP$":
        return True
    if mention.bare and _a_count_or_name(mention, ctx):
        return True
    if _part_of_a_document(mention, ctx):
        return True
    if _trailing_person(mention, ctx) is not None:
        return False  # "desk 4 lady wants the form": the noun after is who is there
    if _age_follows(doc, mention.end):
        return False  # "Bed 2 hand-over: 74M": the note goes on to the bed's patient
    root = mention.root
    if (
        mention.bare
        and root.dep_ in ("nummod", "quantmod")
        and root.head.i > root.i
        and root.head.tag_ == "NNS"
    ):
        return True  # a count: "refund 3 cocktails"
    after = doc[mention.end] if mention.end < len(doc) else None
    if (
        after is not None
        and after.pos_ == "NOUN"
        and after.dep_ == "compound"
        and after.lower_ not in ctx.words("clinical_shorthand")  # "bed 15 DNACPR, son told"
        and not _told_a_clause(mention, after, ctx)  # "tell 9130 dinner seating moved"
        and not (after.lower_ == "know" and before is not None and before.lower_ == "let")
    ):
        return True  # "the bed 2 call bell"
    if (
        root.dep_ in ("compound", "nmod", "amod")
        and root.head.i >= mention.end
        and root.head.tag_ == "NN"  # "wretches", "leans": verbs read as plural nouns
        and root.head.lower_ not in ctx.words("clinical_shorthand")
        and not _clinical_at(doc, root.head.i, ctx)  # "14-B nil by mouth"
        and not _occasion_at(doc, root.head.i, mention)  # "T11 birthday, candles out"
        and root.head.lower_ not in GLUED_CALLS  # "the lady in 308 rang again"
        and not _act_read_as_a_noun(doc, root.head.i, ctx)  # "table 9 swearing at the waitress"
        and not any(
            t.is_punct or t.text in ("'s", "’s") or t.tag_ == "DT"  # "bring 6K another gin"
            for t in doc[mention.end : root.head.i]
        )
    ):
        return True
    return bool(
        mention.bare
        and before is not None
        and before.tag_ in ("NN", "NNP")
        and before.dep_ == "compound"
        and before.head.i == mention.start
        and not _is_person_noun(before, ctx)
        and before.lower_ not in CARE_VERBS  # "reassess bed 11": an instruction
        and not _ends_a_fronted_place(doc, before)
    )


def _act_read_as_a_noun(doc: Any, i: int, ctx: SentenceContext) -> bool:
    """Whether the word at `i` is the -ing form of what only people do, standing as the
    predicate, which the tagger read as a noun the number modifies ('table 9 swearing at
    the waitress', 'room 212 screaming down the phone'); not a noun it goes on to
    ('the room 4 cleaning rota', 'bed 4 washing bowl')."""
    word = doc[i].lower_
    stem = _verb_stem(word, ctx.words("human_verbs")) if word.endswith("ing") else None
    return stem is not None and stem not in SAID_OF_THINGS_TOO and _free_standing(doc, i)


def _ends_a_fronted_place(doc: Any, name: Any) -> bool:
    """Whether a name ends a phrase of place that opens the sentence, so that the number
    after it opens the clause ('over Greenland 41A started snoring', 'Halfway across the
    Atlantic 44C went into labour'), rather than naming the thing the name modifies."""
    if name.pos_ != "PROPN" or name.i == 0:
        return False
    if doc[name.i - 1].tag_ == "IN":
        return True
    i = name.i - 2  # "across the Atlantic": with an article, only where the phrase opens
    return (
        i >= 0
        and doc[i + 1].tag_ == "DT"
        and doc[i].tag_ == "IN"
        and all(t.tag_ == "RB" for t in doc[:i])
    )


def _clinical_at(doc: Any, i: int, ctx: SentenceContext) -> bool:
    """Whether a ward note's phrase starts at token `i` ('nil by mouth', 'c/o')."""
    for phrase in ctx.words("clinical_shorthand"):
        words = phrase.replace("/", " / ").split()
        if " ".join(t.lower_ for t in doc[i : i + len(words)]).replace(" / ", "/") == phrase:
            return True
    return False


# A person's occasions, which a note sets straight after the number: "T11 birthday".
OCCASIONS = frozenset("birthday anniversary honeymoon proposal".split())


def _occasion_at(doc: Any, i: int, mention: Mention) -> bool:
    """Whether token `i`, right after a number that opens the sentence, is an occasion
    that ends its phrase ('T11 birthday, candles with dessert'; not 'T11 birthday cake')."""
    if i != mention.end or doc[i].lower_ not in OCCASIONS:
        return False
    if {t.lower_ for t in doc[mention.start : mention.end]} & CUSTOMER_RECORDS:
        return False  # "Order 4410 birthday, gift wrap please": a present
    if any(not t.is_punct for t in doc[: mention.start]) and not (
        mention.start > 1 and doc[mention.start - 1].text == ":"
    ):
        return False
    return i + 1 >= len(doc) or doc[i + 1].is_punct


# Prepositions before a year: "in 1985", "from 2019", "since 2020".
TIME_PREPOSITIONS = frozenset("in from since of by during until till before after".split())
# Words a bare number stands for in text speak: "Thanks 2 all", "4 u".
TEXT_SPEAK = frozenset("all u you ya everyone everybody me us".split())
# What follows a count: "3 of us", "4 of them", "12 of the 40".
PARTITIVE_OWNERS = frozenset("them us you your the those these our their my his her".split())


def _a_count_or_name(mention: Mention, ctx: SentenceContext) -> bool:
    """A bare number that counts ('4 of them', 'the 40 who came'), names a thing ('the
    M25', 'the A380'), is a number to dial ('Call 999') or a word in text speak ('Thanks 2
    all'): none of these stands for where someone is."""
    doc = ctx.doc
    code = _code_text(doc[mention.end - 1])
    after = doc[mention.end : mention.end + 2]
    if len(after) == 2 and after[0].lower_ == "of" and after[1].lower_ in PARTITIVE_OWNERS:
        return True
    if mention.start > 0 and doc[mention.start - 1].lower_ in ("the", "these", "those"):
        return True
    if (
        mention.start > 0
        and doc[mention.start - 1].lower_ in TIME_PREPOSITIONS
        and re.match(r"^(19|20)\d\d$", code)
    ):
        return True  # "the couple from 2019": a year
    if doc[0].lower_ == "of" and any(t.text == "," for t in doc[: mention.start]):
        return True  # "Of the forty who came, 12 complained": a share of a count
    if code in ctx.words("service_numbers"):
        return True
    if _hyphened(doc, mention.start - 2) or _hyphened(doc, mention.end - 1):
        return True  # "won 3-1", "ages 4-11": a score or a range
    return code in ("2", "4") and len(after) > 0 and after[0].lower_ in TEXT_SPEAK


# Verbs of telling whose object may be followed by what is told, with no 'that'.
TELLING_VERBS = frozenset("tell remind inform warn notify update reassure".split())


def _told_a_clause(mention: Mention, after: Any, ctx: SentenceContext) -> bool:
    """'tell 9130 dinner seating moved to 8:30': the parser glues the number to the subject
    of the clause told, whose head is a verb that hangs off 'tell'; not 'tell 4 dinner
    guests the news', where the noun is told."""
    doc = ctx.doc
    if mention.start == 0 or doc[mention.start - 1].lemma_.lower() not in TELLING_VERBS:
        return False
    teller = doc[mention.start - 1]
    noun = after
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    return (
        noun.dep_ in ("nsubj", "nsubjpass")
        and noun.head.pos_ in ("VERB", "AUX")
        and noun.head.dep_ in ("ccomp", "conj")
        and noun.head.head.i == teller.i
    )


def _part_of_a_document(mention: Mention, ctx: SentenceContext) -> bool:
    """'section 8 of the manual', 'table 3 of the report', 'account 9 in the sample data':
    a numbered part of a text, a program or a story."""
    doc = ctx.doc
    i = mention.end
    if i + 1 >= len(doc) or doc[i].lower_ not in ("of", "in"):
        return False
    j = i + 1
    while j < len(doc) and j <= i + 4 and doc[j].pos_ in ("DET", "PRON", "ADJ", "NOUN", "PROPN"):
        texts = ctx.words("documents")
        if doc[j].pos_ in ("NOUN", "PROPN") and (
            doc[j].lemma_.lower() in texts or doc[j].lower_ in texts
        ):
            return True
        j += 1
    return False


# Person nouns that do not name a customer after a code, where the code says where they
# work: "desk 4 team", "room 5 teacher", "bay 2 lifeguard", and titles that open a name
# ("Room 12 Mr Smith"); the staff nouns of the lexicon are left alone too.
STAFF_AFTER_CODES = frozenset(
    "team teacher teachers headteacher pilot lifeguard lifeguards".split()
)
NOT_TRAILING_PEOPLE = STAFF_AFTER_CODES | frozenset(
    "mr mr. mrs mrs. ms ms. miss sir madam ma'am someone somebody anyone everyone".split()
)

TRAVELLING_NOUNS = frozenset("driver drivers rider riders".split())
VEHICLE_NOUNS = frozenset(
    "car motorbike motorcycle bike scooter moped camper campervan motorhome caravan".split()
)
# Who a code's person noun belongs to when it is not a customer: "Our desk 4 lady".
STAFF_OWNERS = frozenset("our my".split())


def _trailing_person(mention: Mention, ctx: SentenceContext) -> Any | None:
    """The person noun written right after a code, which names who is there: 'desk 4 lady
    wants the form', 'Bay 2 mum is asking', 'pitch 12 caravan owner', 'lane 5 car driver'.
    Not when the noun goes on to name a thing ('room 12 family suite', 'table 6 man-made
    top', 'the room 12 kids' club'), nor for staff and titles ('bay 2 nurse', 'desk 4
    team', 'Room 12 Mr Smith')."""
    doc = ctx.doc
    i = mention.end
    if i >= len(doc):
        return None
    noun = doc[i]
    if mention.bare and _digits_only(doc[mention.end - 1]) and not _room_and_one(doc, i):
        return None  # "2 vegans, 1 dairy free", "9 out of 10 callers": a count
    low = noun.lower_
    if low in VEHICLE_NOUNS and i + 1 < len(doc) and doc[i + 1].lower_ in TRAVELLING_NOUNS:
        noun = doc[i + 1]
    elif i + 1 < len(doc) and noun.tag_ == "NN" and doc[i + 1].lower_ in OWNER_NOUNS:
        noun = doc[i + 1]  # "pitch 12 caravan owner"
    elif low in OWNER_NOUNS:
        pass
    elif not _is_person_noun(noun, ctx) or low in NOT_TRAILING_PEOPLE:
        return None
    if noun.tag_ not in ("NN", "NNS", "NNP"):
        return None
    if noun.i == i and noun.lower_ in ctx.words("staff_nouns"):
        return None  # "lane 5 driver", "bay 2 nurse": staff where they work
    if noun.i + 1 < len(doc):
        nxt = doc[noun.i + 1]
        if nxt.tag_ in ("HYPH", "NN", "NNS", "NNP", "NNPS", "POS") and nxt.text not in ("'s", "’s"):
            return None  # "family suite", "man-made", "kids' club", "kids menu"
        if nxt.text in ("'s", "’s") and not _owns_a_belonging(doc, nxt.i + 1, ctx):
            return None  # "room 8 couple's retreat package"; not "table 8 lady's coat"
        if nxt.tag_ == "JJ" and noun.i + 2 < len(doc) and doc[noun.i + 2].tag_ in ("NN", "NNS"):
            return None  # "PC 9 lad mag filter"
        if (noun.dep_ == "compound" and noun.head.i > noun.i) or _noun_read_as_verb(doc, nxt.i):
            return None  # "Table 6 kids menu is out of date": 'menu' tagged a verb
        joined = doc[noun.i + 2] if noun.i + 2 < len(doc) else None
        if nxt.lower_ in ("and", "&", "+") and joined is not None and joined.tag_ == "NN":
            return None  # "bay 2 mum and baby room"
    return noun


def _room_and_one(doc: Any, i: int) -> bool:
    """'114 kid being sick in the lift': one person after a number of three digits or more
    is not a count of them ('2 adult 2 child', '2 kids' are) but the one in room 114."""
    return doc[i].tag_ == "NN" and len(doc[i - 1].text) >= 3


def _owns_a_belonging(doc: Any, i: int, ctx: SentenceContext) -> bool:
    """'table 8 lady's coat', 'bed 4 man's meds': what a person owns after a possessive,
    where a 'couple's retreat' names a kind of thing."""
    return i < len(doc) and doc[i].lower_ in ctx.words("personal_belongings")


def _noun_read_as_verb(doc: Any, i: int) -> bool:
    """A word the tagger took for a present-tense verb, though a verb follows it: 'kids menu
    is out of date'. Two finite verbs do not follow each other."""
    return (
        doc[i].tag_ in ("VBP", "VBZ")
        and i + 1 < len(doc)
        and doc[i + 1].tag_ in ("VBZ", "VBP", "VBD", "MD")
    )


def _staff_after(mention: Mention, ctx: SentenceContext) -> bool:
    """A code with a staff member after it names where they work: 'bay 2 nurse is on her
    break', 'bed 4 doctor wants bloods repeated', 'Our desk 4 lady is off sick'."""
    doc = ctx.doc
    i = mention.end
    if i >= len(doc):
        return False
    noun = doc[i]
    if noun.tag_ not in ("NN", "NNS", "NNP"):
        return False
    if _told_what_staff_do(mention, ctx):
        return False
    if noun.lower_ in STAFF_AFTER_CODES:
        return True
    if _staff_noun(noun, ctx):
        return True
    before = doc[mention.start - 1] if mention.start > 0 else None
    return (
        before is not None
        and before.lower_ in STAFF_OWNERS
        and _trailing_person(mention, ctx) is not None
    )


def _told_what_staff_do(mention: Mention, ctx: SentenceContext) -> bool:
    """'tell bed 4 doctor is coming': the number is who is told, and the staff noun after it
    begins the news (a finite verb follows it); in 'tell bay 2 nurse to come' the nurse of
    bay 2 is the one told."""
    doc = ctx.doc
    i = mention.end
    return (
        mention.start > 0
        and doc[mention.start - 1].lemma_.lower() in TELLING_VERBS
        and i + 1 < len(doc)
        and doc[i + 1].tag_ in ("VBZ", "VBP", "VBD", "MD")
    )


# Past forms of a call that the parser glues to the number before them as a compound
# noun: "the lady in 308 rang again", "the man in 12 phoned twice".
GLUED_CALLS = frozenset("rang phoned called emailed texted complained".split())

# Pronouns of a person, which a record never takes.
PERSON_PRONOUNS = frozenset("he she they his her their him them he's she's they're".split())
# Records that are documents, whose words are what they 'say': "tenancy 30917 says the
# tenant pays the water", "collection slip 2210 says the van came at 3" (a software
# licence stands for the firm that holds it: "license 22-0917 says we double-billed them").
DOCUMENT_HEADS = frozenset("slip invoice contract tenancy policy".split())
# Who a customer's complaint speaks of: themself, or us.
SPEAKERS_WORDS = PERSON_PRONOUNS | frozenset("we us our i me my".split())


def _document_says(mention: Mention, ctx: SentenceContext) -> bool:
    """A document as the subject of 'say' or 'state' reports what is written on it; an
    account or an order that 'says' something is its customer speaking, so only heads
    that are documents are read so, and only when what is said is not of the speaker or
    of us ('policy 5512 says she never got the letter', 'says we overcharged')."""
    doc = ctx.doc
    if mention.bare or not any(
        t.lower_ in DOCUMENT_HEADS for t in doc[mention.start : mention.end]
    ):
        return False
    root = mention.root
    say = root.head
    return (
        root.dep_ == "nsubj"
        and say.lemma_.lower() in ("say", "state")
        and not any(t.lower_ in SPEAKERS_WORDS for t in say.subtree if t.i >= mention.end)
    )


# What a policy or an account does for its holder's things, which are still the holder's:
# "policy 4102 covers her excess", "claim 88 includes his phone".
RECORD_PROVISIONS = frozenset("cover insure include exclude protect".split())


def _record_provides(mention: Mention, ctx: SentenceContext) -> bool:
    """A record that covers, insures or includes something is the product, and the
    owner named in its object ('covers her excess', 'insures his van') is its holder, not
    the record read as a person."""
    root = mention.root
    return (
        not mention.bare
        and root.dep_ == "nsubj"
        and root.head.lemma_.lower() in RECORD_PROVISIONS
        and any(t.lower_ in RECORD_HEADS for t in ctx.doc[mention.start : mention.end])
    )


# Words between a record and 'on hold': "policy 41-7702 is on hold", "has been on hold".
BEFORE_HOLD = frozenset("is 's was has had been still now currently".split())
# How long a caller is kept on hold, which a paused record is not: "on hold for 20 mins".
HOLD_MINUTES = frozenset("min mins minute minutes hr hrs hour hours ages".split())


def _record_on_hold(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """A record 'on hold' is most often paused: 'policy 41-7702 is on hold pending
    documents', 'account 4471 on hold, fraud team reviewing'. It is a caller held on the
    phone only when the sentence says more of a person after it: what they do or feel
    ('asking about her excess', 'wants a supervisor'), a pronoun (here or opening the next
    sentence), the staff they wait for ('on hold for a supervisor') or the minutes they
    wait ('for 20 mins'). A bare number on
    hold ('3319 on hold for a manager') is read as before: it has no record's other sense."""
    doc = ctx.doc
    if mention.bare or not any(t.lower_ in RECORD_HEADS for t in doc[mention.start : mention.end]):
        return False
    i = mention.end
    while i < len(doc) and doc[i].lower_ in BEFORE_HOLD:
        i += 1
    if i + 1 >= len(doc) or doc[i].lower_ != "on" or doc[i + 1].lower_ != "hold":
        return False
    if PERSON_PRONOUNS & set(re.findall(r"[a-z']+", ctx.following.lower().replace("’", "'"))[:3]):
        return False  # "Is ref 2291 still on hold? He's been there twenty minutes."
    verbs, states = ctx.words("human_verbs"), ctx.words("human_states")
    for t in doc[i + 2 :]:
        low, lemma = t.lower_, _fixed_lemma(t)
        if low in PERSON_PRONOUNS or low in HOLD_MINUTES or low in ctx.words("staff_nouns"):
            return False
        if low in states or (
            t.pos_ == "VERB"
            and lemma in verbs
            and lemma not in WEAK_VERBS
            and lemma not in kind.thing_verbs
            and t.tag_ != "VBN"
        ):
            return False
    return True


def _age_follows(doc: Any, end: int) -> bool:
    """Whether an age and a sex follow a number, past the words of a handover: 'Bed 2
    hand-over: 74M'."""
    i = end
    while i < len(doc) and i - end < 4 and doc[i].lower_ in HANDOVER_WORDS:
        i += 1
    return i < len(doc) and _age_and_sex(doc, i)


# A count written after what people did in a ward note: "vomiting x3", "fell twice".
COUNT_RE = re.compile(r"^x\d+$|^\d+x$")


def _free_standing(doc: Any, i: int) -> bool:
    """Whether the word at `i` ends a predicate rather than modifying a noun after it
    ('vomiting x3, …', 'shouting at the till'; not 'vomiting bags', 'coeliac options')."""
    if i + 1 >= len(doc):
        return True
    nxt = doc[i + 1]
    if COUNT_RE.match(nxt.lower_):
        return True
    if nxt.tag_ in ("VBZ", "VBD", "VBP", "MD"):
        return False  # "side room 4 blind is broken": the word is the subject's noun
    return not (nxt.tag_ in ("NN", "NNS") and nxt.is_alpha)
