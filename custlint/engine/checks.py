"""Named linguistic checks that rules refer to by name in their `checks` list.

Each check looks at the head token of a match in its parsed sentence and answers one
question; it returns True when the match stands. Keeping them small and named lets a
rule pack say *why* a sense is innocent, and lets tests pin each one down.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from custlint.engine.context import SentenceContext
from custlint.errors import RuleError

Check = Callable[[Any, SentenceContext], bool]
CHECKS: dict[str, Check] = {}

DEGREE_ADVERBS = frozenset(
    "very so too more most less quite extremely incredibly really remarkably super "
    "infinitely endlessly amazingly wonderfully unbelievably always".split()
)
PERSON_HEADS = frozenset(
    "family families relative relatives friend friends companion companions member members".split()
)
# Words that, anywhere in the sentence, mark technical prose on their own.
STRICT_TECHNICAL = frozenset(
    "http https api apis sdk endpoint endpoints library libraries socket sockets "
    "protocol protocols header headers tls ssl ssh vm vms kernel hypervisor virtualbox vmware "
    "docker container containers certificate certificates html json xml yaml database redis sql "
    "proxy daemon timeout token tokens localhost url webhook runtime ssid os "
    "authentication oauth smtp imap syntax".split()
)
# Code in a sentence. Two checks look for it, and on purpose not in the same way, so the
# shapes both look for are written once and each pattern adds its own:
#  - `technical_text` (refusals are never looked for in technical prose) reads the whole
#    sentence: a comparison or tag bracket '<' '>' marks it, a path from the root, and a
#    backtick where the caller passes the text as written (the locator kind; the refusal
#    kind and the candidate pass pass `parse_form`, which has made backticks quotes).
#  - `not_code` (descriptor words) first cuts out `inline code` spans, so a prose sentence
#    that names an identifier in backticks still counts as prose; a backtick left over, '<'
#    and '>' do not count there, while braces and the keywords 'var' and 'import' do.
# Merging them would change what either finds. Both are only ever searched, never grouped.
_CODE_SHAPES = r"=|\w\.\w+\(|\w\(\)|::|->|\b(?:def|func|const|null|None)\b"
# A file path from the root ("open '/var/log/app.log'") marks a log line or a shell
# session; a web address has its host before the first slash, so it does not count.
TECHNICAL_CODE = re.compile(_CODE_SHAPES + r"""|[<>`]|(?:^|[\s'"(])/[\w.-]+/[\w.-]""")
CODE_OUTSIDE_SPANS = re.compile(_CODE_SHAPES + r"|[{}]|\b(?:var|import)\b")
INLINE_CODE_SPAN = re.compile(r"`[^`]*`")


def technical_text(text: str, words: Iterable[str]) -> bool:
    """Technical prose, code and logs refuse nobody: 'the promise is rejected'.

    Takes the sentence's text and its lower-case tokens, so the candidate pass can
    answer it before parsing and the refusal kind after, with the same result."""
    return TECHNICAL_CODE.search(text) is not None or any(w in STRICT_TECHNICAL for w in words)


# What a customer buys, books or pays for: a sentence that names one is about customers
# even in a technical document ("API access fees are not refundable").
CUSTOMER_MATTERS = frozenset(
    """
    refund refunds refunded refundable refunding reimbursement reimbursements compensation
    booking bookings reservation reservations customer customers payment payments fee fees
    price prices purchase purchases purchased subscription subscriptions subscriber invoice
    invoices billing discount discounts voucher vouchers cancellation cancellations
    """.split()
)


def customer_matter(words: Iterable[str]) -> bool:
    """The lower-case words name something a customer buys, books or pays for."""
    return not CUSTOMER_MATTERS.isdisjoint(words)


def aside_in_technical(ctx: SentenceContext) -> bool:
    """A parsed sentence of a technical document (`genre`) that names no customer matter:
    refusals and software-sense role words stand aside there. The candidate pass asks the
    same of the sentence's words before parsing (`CandidateFinder._narrow`)."""
    return ctx.technical_document and not customer_matter(t.lower_ for t in ctx.doc)


_TECH_BIGRAM = re.compile(
    r"\b(e-?mail|mail|http|api|desktop|web|mobile|ftp|ssh|vpn|torrent)\s+(client|guest|user)s?\b",
    re.I,
)


def check(name: str) -> Callable[[Check], Check]:
    def register(fn: Check) -> Check:
        CHECKS[name] = fn
        return fn

    return register


def get_check(name: str) -> Check:
    try:
        return CHECKS[name]
    except KeyError:
        raise RuleError(
            f"unknown check '{name}' (known checks: {', '.join(sorted(CHECKS))})"
        ) from None


LOCATING_PREPOSITIONS = frozenset(("in", "at", "on"))
CLOCK_WORDS = frozenset(
    ("am", "pm", "a.m.", "p.m.", "o'clock", "hours", "minutes", "mins", "noon", "midnight")
)
# A number after one of these is on a map, not where a person sits: 'Diner on Route 66'.
ROAD_WORDS = frozenset(
    "route road rd street st avenue ave highway hwy interstate lane ln boulevard blvd "
    "exit junction motorway freeway".split()
)
# 'Patient at 9 months old': a number before one of these is an age.
AGE_UNITS = frozenset("day days week weeks month months year years yr yrs".split())
ORDINAL = re.compile(r"\d+(st|nd|rd|th)$", re.IGNORECASE)


def _bare_start(tok: Any) -> bool:
    """The word opens its sentence or clause with no article, as staff shorthand does."""
    return tok.i == 0 or tok.is_sent_start or tok.doc[tok.i - 1].is_punct


def _located(tok: Any) -> bool:
    """'patient in bay 3', 'diner on 6', 'guest at table 2': the word is followed by where a
    person is, a place with a number. The parser often tags a bare word at the start of staff
    shorthand as an adjective or adverb; this is a person all the same."""
    doc = tok.doc
    if not _bare_start(tok):
        return False
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ not in LOCATING_PREPOSITIONS:
        return False
    window = doc[tok.i + 2 : tok.i + 5]
    if any(t.lower_ in CLOCK_WORDS for t in window):
        return False  # 'at 3 pm', 'at 12 noon' is a time
    if any(t.lower_.rstrip(".") in ROAD_WORDS for t in window):
        return False  # 'on Route 66', 'on 5th Avenue' is a road
    for t in window:
        if ORDINAL.match(t.text) or not (
            t.like_num or (any(ch.isdigit() for ch in t.text) and t.text.isalnum())
        ):
            continue
        after = doc[t.i + 1 : t.i + 3]
        if (
            after
            and after[0].lower_ in AGE_UNITS
            and (doc[tok.i + 1].lower_ == "at" or (len(after) > 1 and after[1].lower_ == "old"))
        ):
            continue  # 'at 9 months old' is an age
        return True
    return False


@check("noun_sense")
def noun_sense(tok: Any, ctx: SentenceContext) -> bool:
    """The word is a noun for a person, not the adjective ('please be patient')."""
    if _located(tok) and not any(c.dep_ == "acomp" for c in tok.children):
        return True  # 'Patient in bay 3 is asking for water'
    if tok.pos_ in ("ADJ", "ADV", "VERB", "AUX") and not tok.tag_.startswith("NN"):
        return False
    if tok.dep_ in ("acomp", "advmod", "oprd"):
        return False
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ in DEGREE_ADVERBS and tok.tag_ != "NNS":
        return False  # "very patient" (but "most patients" are people)
    partners = [c for c in tok.children if c.dep_ == "conj"]
    if tok.dep_ == "conj":
        partners.append(tok.head)
    if any(p.pos_ == "ADJ" for p in partners):
        return False
    return not _adjective_in_series(tok, ctx)


def _adjective_in_series(tok: Any, ctx: SentenceContext) -> bool:
    """'Our patient and helpful staff', 'a patient, caring nurse': the word is the first of
    two adjectives before a staff noun, though the parser made it a noun."""
    doc = tok.doc
    if tok.tag_ != "NN" or tok.i + 3 >= len(doc) or doc[tok.i + 1].lower_ not in (",", "and"):
        return False
    adjective = doc[tok.i + 2]
    return (
        adjective.tag_ == "JJ"
        and adjective.head.i > adjective.i
        and adjective.head.lemma_.lower() in ctx.words("staff_nouns")
    )


@check("not_thing_modifier")
def not_thing_modifier(tok: Any, ctx: SentenceContext) -> bool:
    """The word names people, not a thing it modifies ('passenger seat', 'client-side')."""
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_:
        return False
    if (
        _bare_start(tok)
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].lower_ in ctx.words("reporting_verbs")
    ):
        return True  # 'Pt states pain since Monday': a verb the parser took for a noun
    if _noun_read_as_verb(tok):
        return False
    return not (
        tok.dep_ in ("compound", "amod", "nmod")
        and tok.head.i > tok.i
        and tok.head.pos_ in ("NOUN", "PROPN")
        and not (
            (tok.head.tag_ == "VBG" or tok.head.lower_.endswith("ing"))
            and tok.head.dep_ != "compound"
            and not _thing_gerund(tok, ctx)
        )
        and tok.head.lemma_.lower() not in PERSON_HEADS
    )


# What a program or its data is called, after a role word and a noun the parser read as a verb:
# 'the passenger manifest API', 'the guest list export'. Not what a person asks for in a note
# that drops the article ('the guest want room service', 'need table for four', 'want report by
# Friday', 'need records sent to the GP').
PROGRAM_NOUNS = frozenset(
    "api apis endpoint endpoints app apps system systems export exports feed feeds database "
    "databases db csv schema query queries webhook webhooks integration module dashboard "
    "script scripts".split()
)


def _noun_read_as_verb(tok: Any) -> bool:
    """'The passenger manifest API returns …': after a singular noun with an article, a
    present-tense verb that does not agree with it ('manifest', not 'manifests') is the noun
    the role word modifies, misread by the parser, when the nouns after it name a record or a
    program ('API'). A person's note with the same slip keeps the person: 'The guest want
    towels in the morning', 'The client need documents for the visa'."""
    doc = tok.doc
    head = tok.head
    if not (
        tok.tag_ == "NN"
        and tok.lower_ != "pax"
        and tok.dep_ == "nsubj"
        and head.i == tok.i + 1
        and head.tag_ == "VBP"
        and any(c.dep_ == "det" for c in tok.children)
    ):
        return False
    for t in doc[tok.i + 2 : tok.i + 5]:
        if t.pos_ not in ("NOUN", "PROPN"):
            return False
        if t.lower_ in PROGRAM_NOUNS:
            return True
    return False


def _thing_gerund(tok: Any, ctx: SentenceContext) -> bool:
    """'Guest parking', 'client onboarding', 'passenger screening': a singular role word before
    an -ing word that names a service, not people doing something ('pax boarding at gate 4')."""
    return (
        tok.tag_ in ("NN", "NNP", "JJ")
        and tok.lower_ != "pax"
        and tok.head.lower_ in ctx.words("thing_gerunds")
    )


# A role word beside its technical counterpart is the technical sense.
COUNTERPARTS = {
    "client": frozenset({"server", "servers", "daemon", "backend", "broker"}),
    "guest": frozenset({"host", "hosts", "hypervisor", "vm", "vms"}),
    "consumer": frozenset({"producer", "producers", "queue", "queues", "topic", "broker"}),
    "user": frozenset({"root", "admin", "sudo", "login", "uid"}),
    "tenant": frozenset({"cluster", "namespace", "instance"}),
}


def _person_host(tok: Any, ctx: SentenceContext) -> bool:
    """'host' that is hospitality, not a machine: the verb ('we host 300 guests'), or a person
    who greets, seats or shows ('The host greeted each guest', 'Your host will show you')."""
    if tok.lower_ not in ("host", "hosts"):
        return False
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
        return True
    if any(c.dep_ == "poss" and c.lower_ in ("our", "your", "my", "their") for c in tok.children):
        return True
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ctx.words("host_verbs")


SOFTWARE_VERBS = frozenset(
    "crash retry cache log connect disconnect send fetch sync render load poll timeout "
    "reconnect authenticate handshake parse serialize deserialize compile install update "
    "respect support implement display".split()
)


# What only a program does, beside SOFTWARE_VERBS, with no object: 'the desktop client keeps
# freezing' (but a person restarts something: 'guests should restart their phones').
MACHINE_VERBS = frozenset("freeze hang reboot restart stall".split())
# The phrasal verbs among them that only a person does: a particle ('the client hung up', 'hung
# on for twenty minutes'; but a program 'hangs on startup', with 'on' a preposition, and 'froze up
# twice'), or an adverb or preposition ('the guest hung around the lobby', 'is hanging back', 'the
# client stalled for time').
PERSON_PARTICLES = {"hang": frozenset("up on out around round about back onto".split())}
PERSON_ADVERBS = {"hang": frozenset("around round about back".split())}
# What people do too, so they mark software only beside a modifier that names a function
# or a device ('the loyalty client on the kiosks downloads offers'), never on their own
# ('clients can download their invoices').
MACHINE_VERBS_WITH_MODIFIER = frozenset("upload download refresh print update".split())
# What is done to a program and never to a person: 'restart the client', 'the client must
# be reinstalled', 'the client needs reinstalling'.
MACHINE_OBJECT_VERBS = frozenset(
    "install reinstall uninstall restart reboot configure reconfigure deploy download patch "
    "relaunch".split()
)
MACHINE_OBJECT_VERBS_WITH_MODIFIER = frozenset("update upgrade open use launch".split())
# Where a program runs: 'the booking client on the front-desk PCs'. Not 'phone': the client
# on the phone is a caller.
DEVICES = frozenset(
    "pc pcs computer computers laptop laptops tablet tablets ipad ipads handheld handhelds "
    "kiosk kiosks till tills terminal terminals screen screens device devices workstation "
    "workstations desktop desktops machine machines".split()
)
# Beside these a program's name is read as a person's: 'the client crashed his hire car',
# 'the client restarted her membership'. 'Their' only for a singular word with a quantifier
# ('every client updates their details', not 'the client caches their avatars') or, beside no
# program's own verb, for a plural ('our mobile clients can book a stylist to their home');
# 'us' and 'me' only as the object ('the hotel client updated us', not 'the client sends us a
# heartbeat').
GENDERED_PRONOUNS = frozenset("he she him his her hers himself herself".split())
THEIR_PRONOUNS = frozenset("their theirs them themselves".split())
FIRST_PERSON_OBJECTS = frozenset(("us", "me"))
QUANTIFIERS = frozenset("every each a an any no".split())
# Modifiers of a program and of people alike: 'the mobile client caches the menu', but 'our
# mobile clients can book a stylist to come to their home'.
PERSON_OR_PROGRAM = frozenset(("mobile",))
# Verbs that say how a subject goes on, not what it does: 'keeps freezing', 'needs reinstalling'.
ASPECT_VERBS = frozenset("keep start stop continue fail need begin seem".split())


def _person_words(tok: Any, verb: Any, program_verb: bool = False) -> bool:
    """The clause of `verb` (not the role word's own phrase) names the role word as a person:
    a personal pronoun ('crashed his hire car'), or 'who' after the word. `program_verb`: the
    verb is one a program does, so a plural's 'their' is no evidence ('clients cache their
    sessions')."""
    own = {t.i for t in tok.subtree}
    singular = tok.tag_ in ("NN", "NNP")
    quantified = any(c.dep_ == "det" and c.lower_ in QUANTIFIERS for c in tok.children)
    their = quantified if singular else not program_verb
    for t in verb.subtree:
        if t.i in own:
            continue
        if t.lower_ in GENDERED_PRONOUNS or (their and t.lower_ in THEIR_PRONOUNS):
            return True
        if t.lower_ in FIRST_PERSON_OBJECTS and t.dep_ == "dobj":
            return True
    return any(
        c.dep_ == "relcl" and any(g.lower_ == "who" for g in c.children) for c in tok.children
    )


def _person_phrasal(verb: Any) -> bool:
    """A program's verb used as a person's phrasal verb: 'hung up', 'hung on for twenty
    minutes', 'hangs around the lobby', 'stalled for time'."""
    lemma = verb.lemma_.lower()
    for c in verb.children:
        if c.dep_ == "prt" and c.lower_ in PERSON_PARTICLES.get(lemma, ()):
            return True
        if c.dep_ in ("advmod", "prep") and c.lower_ in PERSON_ADVERBS.get(lemma, ()):
            return True
        if lemma == "stall" and c.lower_ == "for" and any(o.lower_ == "time" for o in c.children):
            return True
    return False


def _verb_chain(verb: Any) -> list[Any]:
    """The verb with the verbs it governs through verbs of aspect: 'keeps failing to upload'
    (xcomp), but not through what a person wants, tries or decides ('the guest tried to
    connect to the Wi-Fi', 'the client refused to send the deposit')."""
    chain = [verb]
    while len(chain) < 4 and chain[-1].lemma_.lower() in ASPECT_VERBS:
        nxt = [c for c in chain[-1].children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
        if not nxt:
            break
        chain.append(nxt[0])
    return chain


def _function_modifier(tok: Any, functions: frozenset[str], nouns: bool) -> bool:
    """An -ing word before the word names what the program does ('the ordering client', 'the
    rostering client'), if it is one of `functions`: the tagger reads 'ordering' and 'billing'
    as nouns, like 'wedding' and 'catering', and 'consulting' and 'cleaning' as verbs, so the
    tag cannot tell a program's function from a customer's line of business ('update the
    wedding client'). With `nouns`, a noun names a function too ('the practice management
    client', 'the signage client'), which alone may also name a kind of customer ('the wedding
    client'). A person's adjective ('the corporate client', 'a long-standing client') never does."""
    for child in tok.children:
        if child.dep_ in ("compound", "nmod", "amod") and child.i < tok.i:
            if child.lower_ in functions:
                return True
            if nouns and child.tag_ in ("NN", "NNS", "NNP", "NNPS"):
                return True
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return (
        before is not None
        and before.i == tok.head.i
        and before.tag_ == "VBG"
        and before.lower_ in functions
        and _bare_start(before)
    )  # 'ordering client on handheld 7 frozen again': shorthand read as a verb


def _technical_beside(verb: Any, technical: frozenset[str]) -> bool:
    """The verb's own phrase names software: 'which client do you use for FTP?'."""
    return any(
        prep.dep_ == "prep"
        and any(
            o.dep_ == "pobj" and o.lower_ in technical and o.lower_ not in CUSTOMER_MATTERS
            for o in prep.children
        )
        for prep in verb.children
    )


def _on_device(tok: Any, verb: Any | None) -> bool:
    """'the ordering client on the handhelds', 'install the client on each PC', 'the crew
    tablet's sync client'."""
    holders = [tok] if verb is None else [tok, verb]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in ("on", "in"):
                for obj in prep.children:
                    if obj.dep_ == "pobj" and any(
                        t.lemma_.lower() in DEVICES
                        for t in (obj, *(c for c in obj.children if c.dep_ == "compound"))
                    ):
                        return True  # 'on the handhelds', 'on the lobby screens polls'

    return any(c.dep_ == "poss" and c.lemma_.lower() in DEVICES for c in tok.children)


def _machine_sense(tok: Any, technical: frozenset[str], functions: frozenset[str]) -> bool:
    """The word is a program by what it does or what is done to it: it crashes, freezes or
    syncs ('the client keeps freezing'); it is installed, restarted or configured ('the
    practice management client must be restarted'); or, named by a function or a device
    ('the ordering client on the handhelds'), it uploads, prints or is updated. A personal
    pronoun in the clause makes it a person ('the client restarted her membership')."""
    head = tok.head
    if tok.dep_ == "nsubj":
        chain = _verb_chain(head)
        lemmas = {v.lemma_.lower() for v in chain}
        program_verb = bool(lemmas & SOFTWARE_VERBS) or any(
            v.lemma_.lower() in MACHINE_VERBS
            and not any(c.dep_ == "dobj" for c in v.children)
            and not _person_phrasal(v)
            for v in chain
        )  # a person restarts something: 'guests should restart their phones'

        if _person_words(tok, head, program_verb):
            return False
        if program_verb:
            return True
        if head.lemma_.lower() == "need" and any(
            v.tag_ == "VBG" and v.lemma_.lower() in MACHINE_OBJECT_VERBS | {"update"}
            for v in chain[1:]
        ):
            return True  # 'the client needs reinstalling'
        weak = bool(lemmas & MACHINE_VERBS_WITH_MODIFIER)
        return (weak and _function_modifier(tok, functions, nouns=False)) or (
            _on_device(tok, head) and _function_modifier(tok, functions, nouns=True)
        )
    if tok.dep_ in ("dobj", "nsubjpass"):
        lemma = head.lemma_.lower()
        if _person_words(tok, head, lemma in MACHINE_OBJECT_VERBS):
            return False
        if lemma in MACHINE_OBJECT_VERBS:
            return True
        weak = lemma in MACHINE_OBJECT_VERBS_WITH_MODIFIER
        return (
            weak
            and (
                _function_modifier(tok, functions, nouns=False)
                or _technical_beside(head, technical)
            )
        ) or (_on_device(tok, head) and _function_modifier(tok, functions, nouns=True))
    return _on_device(tok, None) and _function_modifier(tok, functions, nouns=True)


@check("not_software_sense")
def not_software_sense(tok: Any, ctx: SentenceContext) -> bool:
    """The word is not software ('HTTP client', 'guest OS', a client that retries or crashes).

    In a technical document it is software unless the sentence names what a customer
    buys or pays for (`aside_in_technical`)."""
    if aside_in_technical(ctx):
        return False
    technical = ctx.words("technical") or STRICT_TECHNICAL
    near = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
    if tok.dep_ in ("compound", "amod", "nmod"):
        near.append(tok.head)
    named = {t.lower_ for t in near} & technical
    if named and not (named <= PERSON_OR_PROGRAM and _person_words(tok, tok.head)):
        return False
    if _machine_sense(tok, technical, ctx.words("function_gerunds")):
        return False
    if (
        tok.dep_ == "nsubj"
        and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.head.children)
        and tok.head.lemma_.lower() == "time"
    ):
        return False  # "the client times out"
    sentence_words = {t.lower_ for t in ctx.doc}
    strict = STRICT_TECHNICAL | ctx.words("technical_sentence")
    if sentence_words & strict:
        return False
    counterparts = COUNTERPARTS.get(tok.lemma_.lower(), frozenset())
    if any(t.lower_ in counterparts and not _person_host(t, ctx) for t in ctx.doc):
        return False  # "the server tells the client", "the guest and the host share a folder"
    previous = ctx.previous.lower()
    if _TECH_BIGRAM.search(previous):
        return False
    return not (set(re.findall(r"[a-z0-9]+", previous)) & strict)


@check("not_code")
def not_code(tok: Any, ctx: SentenceContext) -> bool:
    """The word is prose, not an identifier in code, config, a log record or `backticks`."""
    if any(ch in tok.text for ch in "._()*"):
        return False
    doc = tok.doc
    if (
        0 < tok.i < len(doc) - 1
        and doc[tok.i - 1].text in ("`", "'")
        and doc[tok.i + 1].text in ("`", "'")
    ):
        return False
    return not any(
        CODE_OUTSIDE_SPANS.search(INLINE_CODE_SPAN.sub(" ", text))
        for text in (ctx.doc.text, ctx.previous)
    )


@check("not_other_abbreviation")
def not_other_abbreviation(tok: Any, ctx: SentenceContext) -> bool:
    """'pt' for patient, not 'PT' (Pacific Time), 'pt. 2' (part two) or '12 pt' (points)."""
    doc = tok.doc
    if tok.lower_ not in ("pt", "pts"):
        return True
    written = ctx.original[tok.idx : tok.idx + len(tok.text)] if ctx.original else tok.text
    if written.isupper() and not ctx.original.isupper():
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and (nxt.text == "." or nxt.like_num):
        return False
    prev = doc[tok.i - 1] if tok.i > 0 else None
    return not (prev is not None and prev.like_num and tok.lower_ == "pt")


def _venue_after_place(tok: Any, ctx: SentenceContext) -> bool:
    """'Diner on 66 reopens next week': the first verb after where the word is, read by
    word order (the parser takes 'reopens' for a plural noun), is one of a venue's, with
    no object ('diner on 3 closed her menu' is a person)."""
    doc = tok.doc
    for t in doc[tok.i + 2 : tok.i + 7]:
        if not (t.tag_.startswith("VB") or t.tag_ == "NNS"):
            continue
        if t.lemma_.lower() not in ctx.words("venue_verbs"):
            return False
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        return nxt is None or nxt.tag_ not in ("DT", "PRP$", "PRP")
    return False


@check("diner_person_sense")
def diner_person_sense(tok: Any, ctx: SentenceContext) -> bool:
    """'diner' is a person eating, not a restaurant ('a roadside diner', 'Mel's Diner')."""
    doc = tok.doc
    if tok.i > 0 and tok.text[:1].isupper() and not tok.is_sent_start and not doc.text.isupper():
        return False  # a name: "Little Gem Diner", "Diner 50"
    if _located(tok):
        # 'diner on 6 wants the steak well done', but 'Diner on 66 reopens next week'
        return not _venue_after_place(tok, ctx)
    if (
        tok.tag_ == "NN"
        and tok.dep_ in ("nsubj", "nsubjpass")
        and tok.head.lemma_.lower() in ctx.words("venue_verbs")
        and not any(c.dep_ == "dobj" for c in tok.head.children)
    ):
        return False  # 'the old diner closed in 2019' (but 'the diner closed her menu')
    modifiers = ctx.words("person_modifiers")
    for child in tok.children:
        if child.dep_ in ("amod", "det", "nummod", "poss", "compound") and (
            child.lower_ in modifiers or child.like_num or "-something" in child.lower_
        ):
            return True
        if child.dep_ == "relcl" and any(
            g.lower_ in ("who", "that") and g.dep_.startswith("nsubj") for g in child.children
        ):
            return True
        if child.dep_ == "case" or child.text in ("'", "’", "'s", "’s"):
            return True  # "Diners' feedback"
    if tok.i > 0 and doc[tok.i - 1].lower_ in ("other", "fellow"):
        return True
    head = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass"):
        if head.lemma_ in ctx.words("person_verbs"):
            return True
        auxes = {c.lemma_ for c in head.children if c.dep_ == "aux"}
        if auxes & {"may", "should", "must", "can", "will"} and head.lemma_ != "be":
            return True  # "Diners may not bring …", "diners will be seated"
    if tok.tag_ == "NNS" and any(
        c.dep_ in ("prep", "advmod") and c.lower_ in ("at", "ahead", "next", "beside", "around")
        for c in tok.children
    ):
        return True  # "the diners ahead of us", "diners at the next table"
    if tok.dep_ in ("attr", "oprd", "appos") or (tok.dep_ == "pobj" and head.lower_ == "as"):
        governor = head if tok.dep_ != "pobj" else head.head
        return (
            any(
                c.dep_ in ("nsubj", "dobj")
                and c.pos_ == "PRON"
                and c.lower_ not in ("it", "this", "that")
                for c in governor.children
            )
            or tok.dep_ == "pobj"
        )
    return False


TITLES = frozenset(
    "duke duchess prince princess king queen lord lady sir dame earl countess baron baroness "
    "bishop archbishop mayor president".split()
)


@check("patron_customer_sense")
def patron_customer_sense(tok: Any, ctx: SentenceContext) -> bool:
    """A patron who buys ('bar patrons', 'patrons of the library'), not a benefactor: 'a patron
    of the arts', 'patrons of Botticelli', 'the charity's patron', 'royal patron', 'Our patron,
    the Duke of Kent', or the title without an article ('She is patron of the hospice')."""
    causes = ctx.words("benefactor_causes")
    for child in tok.children:
        if child.dep_ in ("amod", "compound", "poss") and child.lemma_.lower() in causes:
            return False  # 'royal patron', 'art patrons', 'the charity's patron'
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                named = obj.lemma_.lower() in causes or obj.lower_ in causes
                if obj.dep_ == "pobj" and (named or obj.ent_type_ == "PERSON"):
                    return False  # 'patron of the arts', 'patrons of Botticelli'
        if child.dep_ == "appos" and any(t.lower_ in TITLES for t in child.subtree):
            return False  # 'Our patron, the Duke of Kent'
    return not (
        tok.dep_ == "attr"
        and tok.tag_ == "NN"
        and not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children)
    )  # 'The Duchess is patron of the hospice': a title


SHOW_WORDS = frozenset(("show", "shows"))


@check("guest_customer_sense")
def guest_customer_sense(tok: Any, ctx: SentenceContext) -> bool:
    """A guest who stays or dines, not a guest on a programme: 'a guest on the breakfast show',
    'her guests on tonight's show', 'our podcast guest', 'he appeared as a guest', or a
    performer billed by name: 'special guest Jane Doe'."""
    media = ctx.words("media")
    doc = tok.doc
    for child in tok.children:
        if (
            child.dep_ in ("compound", "amod", "nmod")
            and child.lower_ in media - SHOW_WORDS
            and not (child.i > 0 and doc[child.i - 1].text == "-")
        ):
            return False  # 'our podcast guest', 'the studio guests' (a 'show guest' may have paid)
        if child.dep_ == "prep" and child.lower_ == "on":
            for obj in child.children:
                if obj.dep_ == "pobj" and (
                    obj.lower_ in media
                    or any(c.dep_ == "compound" and c.lower_ in media for c in obj.children)
                ):
                    return False  # 'a guest on the talk show', 'a regular guest on BBC radio'
    if (
        tok.i > 0
        and doc[tok.i - 1].lower_ == "special"
        and tok.i + 1 < len(doc)
        and ctx.written(tok.i + 1, tok.i + 2)[:1].isupper()
        and (doc[tok.i + 1].pos_ == "PROPN" or doc[tok.i + 1].lower_ == "the")
    ):
        return False  # 'featuring special guest Jane Doe': a named performer
    head = tok.head
    return not (
        tok.dep_ == "pobj"
        and head.lower_ == "as"
        and head.head.lemma_.lower() in ("appear", "feature", "star")
    )  # 'She appeared as a guest'


@check("participant_customer_sense")
def participant_customer_sense(tok: Any, ctx: SentenceContext) -> bool:
    """A participant who paid to attend ('participants in the workshop'), not a party to public
    affairs or research: 'an active participant in the talks', 'participants in the conflict',
    'active participants in their own care', 'participants in the study'."""
    affairs = ctx.words("participant_affairs")
    return not any(
        child.dep_ == "prep"
        and child.lower_ in ("in", "to")
        and any(o.dep_ == "pobj" and o.lemma_.lower() in affairs for o in child.children)
        for child in tok.children
    )


@check("holder_person_sense")
def holder_person_sense(tok: Any, ctx: SentenceContext) -> bool:
    """'card holder' written as two words is a person, not the thing that holds cards: a badge
    goes 'in the card holder', a key card 'into the card holder by the door'."""
    doc = tok.doc
    if tok.i == 0 or doc[tok.i - 1].lower_ != "card":
        return True  # 'cardholder', 'card-holder'
    possessive = tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ == "POS"
    return not (
        tok.dep_ == "pobj"
        and tok.head.lower_ in ("in", "into", "inside", "from")
        and not possessive
    )


NAME_TITLES = frozenset("mr mrs ms miss mx dr prof sir lady lord dame".split())
SENTENCE_BREAKS = frozenset(('"', "'", ":", ";", ".", "!", "?", "(", "-", "—", "–", "“", "‘"))


@check("not_proper_name")
def not_proper_name(tok: Any, ctx: SentenceContext) -> bool:
    """The capitalized word is part of a name, not a role: a surname after a title ('Mr Guest')
    or the title of a work ('we danced to The Passenger', 'the film The Guest')."""
    doc = tok.doc
    if tok.i == 0 or (ctx.original and ctx.original.isupper()):
        return True
    written = ctx.written(tok.i, tok.i + 1)
    before = doc[tok.i - 1]
    written_before = ctx.written(before.i, before.i + 1)
    if not (written[:1].isupper() and written_before[:1].isupper()):
        return True
    if before.lower_.rstrip(".") in NAME_TITLES:
        return False  # 'Mr Guest'
    return not (
        written_before == "The" and before.i > 0 and doc[before.i - 1].text not in SENTENCE_BREAKS
    )  # 'We danced to The Passenger'
