"""The locator kind: a seat, room, table, bed, flight, account or ticket number used as a person.

The kind finds each number (with its head word, "room 412", or bare, "17F") and asks the
parse whether it stands for a person. The named checks below each answer one way a
number can stand for a person; a rule lists the ones it uses under `checks`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from custlint.engine.candidates import (
    NUMBER_WORDS,
    TENS,
    UNIT_WORDS,
    in_context,
    is_letter_code,
    spaced_code_end,
    spaced_letter,
    split_code,
    spoken_code_end,
)
from custlint.engine.context import SentenceContext
from custlint.engine.kinds import Candidate, Hit
from custlint.engine.rewrite import match_case
from custlint.errors import RuleError
from custlint.rulepack import Rule

NUMBER_RE = re.compile(r"^#?\d+[A-Za-z]?$|^[A-Za-z]\d+$")
# A booking reference: five to eight capitals and digits, with at least one of each.
REFERENCE_CODE = re.compile(r"^(?=[A-Z0-9]*[0-9])(?=[A-Z0-9]*[A-Z])[A-Z0-9]{5,8}$")
# A reference of capitals, a hyphen and digits, which the tokenizer keeps as one word:
# "booking HZ-1193", "order TX-88412", "policy HH-0034417".
HYPHENED_REFERENCE = re.compile(r"^[A-Z]{1,4}-\d{3,8}$")
# Numbers a plural head lists with slashes, which the tokenizer keeps as one word: "cots
# 5/6", "rooms 12/14" (after a singular head "4/5" may be a score or a fraction).
SLASHED_NUMBERS = re.compile(r"^\d{1,4}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?)+$")
NUMBER_MARKS = ("#", "no", "no.", "number", "num", "nr", "ending", "#:", "ext", "ext.")
FILLERS = ("#", "no", "no.", "number", "num", "nr", "ending", "in", "ended", "ends", "#:")
PREPOSITIONS = ("in", "at", "on", "from", "of", "by", "near", "inside", "with", "off")
# What joins the numbers of one plural head: "tables 3, 5 and 9", "beds 4+6", "rooms 401 to 405".
LIST_JOINERS = (",", "and", "&", "+", "or", "-", "–", "to")
# Owners that make a numbered thing someone's own ("your ticket 88021"); "my table 45" is
# still the server's section, where people sit.
POSSESSIVES = ("your", "his", "her", "their", "its")
OPEN_QUOTES = "\"“‘'«"
CURRENCY = ("$", "£", "€", "¥", "usd", "eur", "gbp")
UNITS = (
    "%",
    "percent",
    "am",
    "pm",
    "a.m.",
    "p.m.",
    "minutes",
    "minute",
    "hours",
    "hour",
    "days",
    "day",
    "weeks",
    "months",
    "years",
    "kg",
    "mg",
    "mcg",
    "ml",
    "lbs",
    "miles",
    "km",
    "dollars",
    "euros",
    "pounds",
    "people",
    "guests",
    "passengers",
    "seats",
    "rooms",
    "tables",
    "beds",
    "points",
    "words",
    "feet",
    "ft",
    "meters",
    "degrees",
    "ppl",
    "persons",
    "staff",
    "adults",
    "kids",
    "children",
    "times",
)


@dataclass(frozen=True)
class Mention:
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    root: Any  # the token that carries the mention's dependency
    bare: bool  # a code with no head word ("17F", "1108")
    many: bool = False  # a plural head with a list of numbers ("tables 3, 5 and 9")


@dataclass(frozen=True)
class Person:
    start: int
    end: int
    noun: Any | None  # the person noun, for "the man in seat 17F"; None for a bare number
    vocative: bool = False


PersonTest = Callable[[Mention, SentenceContext, "LocatorKind"], Person | None]
PERSON_TESTS: dict[str, list[PersonTest]] = {}


def _reference_end(doc: Any, i: int) -> int | None:
    """Where a booking reference that starts at token `i` ends, if one does: 'XK4P2L', or
    '6HXQ2T', which the tokenizer cuts into '6HXQ2' and 'T' as it cuts units off numbers,
    or 'HZ-1193', capitals and digits joined by a hyphen."""
    text = doc[i].text
    if HYPHENED_REFERENCE.match(text):
        return i + 1
    if (
        i + 1 < len(doc)
        and not doc[i].whitespace_
        and doc[i + 1].text.isalpha()
        and REFERENCE_CODE.match(text + doc[i + 1].text)
    ):
        return i + 2
    return i + 1 if REFERENCE_CODE.match(text) else None


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


def _rank(doc: Any, i: int) -> bool:
    """'#1 seed', '#2 pick', '#3 single': a '#' with one or two digits before a noun it
    modifies is a place in a ranking, not a ticket or a customer's number ('#5521 replied')."""
    text = doc[i].text
    if not (text.isdigit() and len(text) <= 2) or i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    return nxt.tag_ in ("NN", "NNS") and doc[i].head.i == nxt.i


class LocatorKind:
    def __init__(self, rule: Rule, nlp: Any) -> None:
        self.rule = rule
        opts = rule.options
        self.heads = frozenset(h.lower() for h in opts.get("heads", []))
        # Heads read only as written, in capitals: an airline's "EZY 402".
        self.designators = frozenset(opts.get("designators", []))
        # Heads written in capitals as acronyms ("PC 6", "SCO 5"), which say nothing of the
        # writer's case when the rewrite is cased like the words it replaces.
        self.acronyms = frozenset(h.lower() for h in opts.get("acronyms", []))
        # Heads that are machines, which ask and want things too: "PC 6 wants to restart".
        self.machine_heads = frozenset(h.lower() for h in opts.get("machine_heads", []))
        # Heads a clerk works at, who asks for ID: "Window 2 is asking for ID".
        self.staffed_heads = frozenset(h.lower() for h in opts.get("staffed_heads", []))
        self.code_re = re.compile(opts["code_regex"]) if opts.get("code_regex") else None
        # The rule's bare codes may follow its head too: "flight BA212", "seat AA12".
        self.headed_codes = self.code_re is not None and bool(opts.get("headed_codes", False))
        # Codes that carry their head in them, read like a headed number: "BA212" is flight
        # BA212, so "the family off the BA212" is placed by it as by "the 06:10".
        self.named_codes = bool(opts.get("named_codes", False))
        # A departure named by its time and where it goes: "the 06:10 to Geneva".
        self.route_re = re.compile(opts["route_regex"]) if opts.get("route_regex") else None
        self.preposition = str(opts.get("preposition", "in"))
        self.label = str(opts.get("label", ""))
        self.thing_verbs = frozenset(opts.get("thing_verbs", []))
        # States of the place itself, whatever the people in it: "Flight 201 is late".
        self.thing_states = frozenset(opts.get("thing_states", []))
        self.strict = bool(opts.get("bare_strict", False))
        # "Bed 4: can we get some water?" addresses bed 4; "line 88: unused variable" does not.
        self.colon_address = bool(opts.get("colon_address", True))
        self.object_verbs = frozenset(opts.get("object_verbs", []))
        # Verbs that take a bare code but not a numbered place: "see 14C", not "see section 3".
        self.code_object_verbs = frozenset(opts.get("code_object_verbs", []))
        # Plural heads the cheap pass looks for too ("tables 3, 5 and 9").
        triggers = {t.lower() for t in rule.triggers}
        self.plural_heads = frozenset(
            t
            for t in triggers
            if t.endswith("s") and (t[:-1] in self.heads or t[:-2] in self.heads)
        )
        self.plural = bool(opts.get("plural", False))
        self.letter_heads = frozenset(h.lower() for h in opts.get("letter_heads", []))
        self.split_codes = bool(opts.get("split_codes", False))
        # Heads whose number may be a booking reference of capitals and digits: "booking
        # ref XK4P2L", "PNR 6HXQ2T".
        self.reference_heads = frozenset(h.lower() for h in opts.get("reference_heads", []))
        # Codes said aloud or written with a hyphen: "Eleven-oh-four", "five-A", "14-B".
        self.spoken = bool(opts.get("spoken_codes", False))
        # Bare codes count only in the context the cheap pass looks for, so that running
        # every rule on every sentence finds exactly what the two stages find.
        after = opts.get("trigger_after")
        self.context = frozenset(w.lower() for w in after) if after else None
        # Numbered places no rule owns, read only after a person noun: "the lady at returns
        # desk 2", "the family in igloo 6" (see `_unowned_mentions`).
        self.unowned = bool(opts.get("unowned_heads", False))
        # Numbered places no rule owns, read only as a subject the sentence makes a person:
        # "Basin 2 says she's been waiting", "Rink 4 are asking" (see `_open_head_mentions`).
        self.open = bool(opts.get("open_heads", False))
        # Customers named by the time they are booked for: "the 3:15 has arrived".
        self.times = bool(opts.get("clock_times", False))
        self.tests: list[PersonTest] = []
        for name in rule.checks:
            if name not in PERSON_TESTS:
                raise RuleError(
                    f"rule {rule.id}: unknown locator check '{name}' "
                    f"(known: {', '.join(sorted(PERSON_TESTS))})"
                )
            self.tests.extend(PERSON_TESTS[name])

    def find(self, ctx: SentenceContext) -> list[Hit]:
        return [self._hit(ctx, m, p) for m, p in self._decided(ctx) if p is not None]

    def _decided(self, ctx: SentenceContext) -> list[tuple[Mention, Person | None]]:
        """Each mention with the person it stands for, or None: the person tests, then what
        a list or a note's parallel items lend to a mention the tests left alone."""
        mentions = self.mentions(ctx.doc, ctx)
        people = [self._person(m, ctx) for m in mentions]
        decided: list[tuple[Mention, Person | None]] = []
        covered = 0
        for mention, person in zip(mentions, people, strict=True):
            if mention.start < covered:
                continue  # a code of the list that the person noun before it governs
            if (
                person is None
                and not self.times  # a time is a customer only by its own evidence
                and not _labels_a_note(mention, ctx)  # "Counter 2: 4410 wants a refund"
                and (
                    _listed_with(mention, mentions, people)
                    or _parallel_item(mention, mentions, people, ctx, self)
                    or _present_like_a_sibling(mention, mentions, people, ctx, self)
                )
            ):
                person = Person(mention.start, mention.end, None)
            if (
                person is not None
                and person.noun is not None
                and person.noun.i < mention.start
                and mention.bare
            ):
                # "the couple in 18D and 18E": one person noun over the list, so one finding
                # and one rewrite, as the labeling guidelines say; only codes this rule reads
                # as codes join ("the man in 18D and 3 others" lists no seat).
                end = _codes_listed(mention, mentions, ctx)
                if end > mention.end:
                    mention = replace(mention, end=end, many=True)
                    person = replace(person, end=end)
                    covered = end
            decided.append((mention, person))
        return decided

    def listed_with(self, ctx: SentenceContext, people: list[tuple[int, int]]) -> list[Hit]:
        """Mentions this rule left alone that share a list with another rule's person."""
        doc = ctx.doc
        hits = []
        for mention in self.mentions(doc, ctx):
            if self._person(mention, ctx) is not None or _labels_a_note(mention, ctx):
                continue
            first = mention.start
            while (
                first > 0
                and doc[first - 1].dep_ in ("compound", "amod")
                and (doc[first - 1].head.i in range(mention.start, mention.end))
            ):
                first -= 1  # "side room 1"
            start = doc[first].idx
            end = doc[mention.end - 1].idx + len(doc[mention.end - 1].text)
            if any(
                _only_list_words(ctx, min(e, end), max(s, start))
                for s, e in people
                if not (s < end and start < e)
            ):
                hits.append(self._hit(ctx, mention, Person(mention.start, mention.end, None)))
        return hits

    def _person(self, mention: Mention, ctx: SentenceContext) -> Person | None:
        # A booking time's own test reads the words around it (`booked_for_a_time`): 'my
        # two o'clock' is no one's own thing, as 'my ticket 88021' is.
        if not self.times and (
            _a_thing(mention, ctx)
            or _labels_a_note(mention, ctx)
            or _staff_after(mention, ctx)
            or _prompted(mention, ctx, self.machine_heads, MACHINE_PROMPTS)
            or _prompted(mention, ctx, self.staffed_heads, CLERK_REQUESTS)
            or _regarding(mention, ctx)
            or _machine_type(mention, ctx)
            or _record_on_hold(mention, ctx, self)
            or _document_says(mention, ctx)
            or _record_provides(mention, ctx)
        ):
            return None
        for test in self.tests:
            person = test(mention, ctx, self)
            if person is not None:
                return person
        return None

    def candidates(self, ctx: SentenceContext) -> list[Candidate]:
        """Every mention, for the judge: the rules' span and rewrite when they find a person
        (the person tests, a list, a note's parallel items), else the bare mention ('the
        customer in room 412'); so the judge kept at 0.0 finds what the rules find."""
        doc = ctx.doc
        found = []
        for mention, person in self._decided(ctx):
            hit = self._hit(ctx, mention, person or Person(mention.start, mention.end, None))
            last = doc[mention.end - 1]
            found.append(
                Candidate(
                    hit=hit,
                    start=doc[mention.start].idx,
                    end=last.idx + len(_code_text(last)),
                    rule=person is not None,
                )
            )
        return found

    def mentions(self, doc: Any, ctx: SentenceContext) -> list[Mention]:
        if self.unowned:
            return _unowned_mentions(doc, ctx)
        if self.open:
            return _open_head_mentions(doc, ctx)
        if self.times:
            return _time_mentions(doc, ctx, self)
        found: list[Mention] = []
        all_heads = ctx.words("locator_heads")
        for tok in doc:
            low = tok.lower_
            if found and tok.i < found[-1].end:
                continue  # a part of the code just read: "Four-Four-Seven-One"
            if low in self.heads or low in self.plural_heads or tok.text in self.designators:
                if low in FILLERS and tok.i > 0 and doc[tok.i - 1].lower_.rstrip("s") in all_heads:
                    continue  # "order number 4471" is the order's mention
                j = tok.i + 1
                while j < len(doc) and doc[j].lower_ in FILLERS and j - tok.i <= 3:
                    j += 1
                reference = (
                    _reference_end(doc, j) if j < len(doc) and low in self.reference_heads else None
                )
                if j < len(doc) and (
                    _is_number(doc[j])
                    or (low in self.letter_heads and is_letter_code(doc[j]))
                    or (low in self.plural_heads and SLASHED_NUMBERS.match(doc[j].text))
                    or (self.headed_codes and self.code_re.match(doc[j].text))
                    or reference
                ):
                    many = low in self.plural_heads
                    end = j + 1 if many else spoken_code_end(doc, j, headed=True) or j + 1
                    end = max(end, reference or 0)
                    if not many and low in RECORD_HEADS:
                        end = _record_code_end(doc, end)
                    if not many and end == j + 1 and spaced_letter(doc, j, lower=True):
                        end += 1  # "seat 14 C", "rm 12 b"
                    while many and end + 1 < len(doc) and doc[end].lower_ in LIST_JOINERS:
                        k = end + 1
                        if doc[k].lower_ in ("and", "or") and doc[end].text == ",":
                            k += 1  # "3, 5, and 9"
                        if k < len(doc) and _is_number(doc[k]):
                            end = k + 1
                        else:
                            break
                    if not many and _place_follows(doc, end, all_heads):
                        continue  # "bay 2 bed 4" is one place, named by its last part
                    if not many:
                        stretched = _head_stretched(doc, end, all_heads)
                        many = stretched > end  # "seat 15 and 16": one head over two numbers
                        end = stretched
                    start = _modifiers(doc, tok, ctx)
                    if (
                        start == tok.i
                        and low in self.reference_heads
                        and start > 0
                        and doc[start - 1].lower_ in self.reference_heads
                    ):
                        start -= 1  # "booking ref XK4P2L": one reference, named twice
                    if start == tok.i and start > 0 and _is_number(doc[start - 1]):
                        start -= 1  # "345 Bed 1"
                        if start > 0 and doc[start - 1].lower_ in all_heads:
                            start -= 1  # "bay 2 bed 4"
                    if start == tok.i and _lettered_place_before(doc, start, all_heads):
                        start -= 2  # "coach B seat 12", "row F seat 9"
                    root = _root(doc, start, end)
                    if low.rstrip("s") in CONTAINED_HEADS:
                        start, end = _container_before(doc, start), _container_after(doc, end)
                        while found and found[-1].start >= start:
                            found.pop()  # "row K, seat 12": the row is part of the seat's name
                    found.append(Mention(start, end, root, False, many))
            elif self.route_re is not None and self.route_re.match(tok.text):
                end = _route_end(doc, tok.i)
                if end and tok.i > 0 and doc[tok.i - 1].lower_ == "the":
                    start = tok.i - 1
                    found.append(Mention(start, end, _root(doc, start, end), bare=False))
            elif self.split_codes and split_code(doc, tok.i, self.code_re):
                if tok.i > 0 and doc[tok.i - 1].lower_.rstrip("s") in all_heads:
                    continue
                end = tok.i + 2
                found.append(Mention(tok.i, end, _root(doc, tok.i, end), bare=True))
            elif self.code_re is not None and self.code_re.match(_code_text(tok)):
                if _glued_letter(doc, tok.i):
                    continue  # "11K" cut in two is a seat code, not the number 11
                if _age_after_a_bed(doc, tok.i):
                    continue  # "Bed 2 hand-over: 67F": the patient's age, not seat 67F
                prev = doc[tok.i - 1].lower_ if tok.i > 0 else ""
                start = tok.i
                if prev == "#" and (
                    tok.i == 1
                    or doc[tok.i - 2].is_punct
                    or doc[tok.i - 2].lower_ in ctx.words("address_words")
                    or doc[tok.i - 2].pos_ == "VERB"
                    or (doc[tok.i - 2].pos_ == "ADP" and doc[tok.i - 2].dep_ == "prep")
                ):
                    if _rank(doc, tok.i):
                        continue  # "Congrats to #1 seed Alcaraz": a rank, not a code
                    start = tok.i - 1  # "#5521 replied", "tell #6620 his export is ready",
                    # "spoke to #40127"
                elif prev.rstrip("s") in all_heads or prev in NUMBER_MARKS or prev in CURRENCY:
                    continue
                if _in_headed_list(doc, tok.i, all_heads):
                    continue  # "rooms 4 and 5": the rest of the head word's list
                if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in UNITS:
                    continue
                if _place_follows(doc, tok.i + 1, all_heads):
                    continue  # "345 Bed 1": the number is part of the bed's name
                if self.context is not None and not in_context(
                    doc, tok.i, self.context, ctx.following
                ):
                    continue
                end = (self.spoken and spoken_code_end(doc, tok.i)) or tok.i + 1
                bare = not self.named_codes
                found.append(Mention(start, end, _root(doc, start, end), bare=bare))
            elif self.spoken and tok.lower_ in NUMBER_WORDS:
                end = (
                    spoken_code_end(doc, tok.i)
                    or spaced_code_end(doc, tok.i)
                    or (_answer_word(doc, tok.i, ctx) and tok.i + 1)
                    or _called_number_end(doc, tok.i)
                )
                if end:
                    found.append(Mention(tok.i, end, _root(doc, tok.i, end), bare=True))
        return found

    def _hit(self, ctx: SentenceContext, mention: Mention, person: Person) -> Hit:
        doc = ctx.doc
        code = _code_text(doc[mention.end - 1])
        locator = ctx.written(mention.start, mention.end - 1, trailing_space=True) + code
        if mention.start == 0 and locator[:1].isupper() and not locator[1:2].isupper():
            locator = (
                locator[:1].lower() + locator[1:]
            )  # capital only because it began the sentence
        if mention.bare and self.label:
            locator = f"{self.label} {locator}"
        if person.noun is not None and person.noun.i < mention.start:
            noun = person.noun
            plural = _plural_person(noun, ctx)
            first = doc[person.start]
            article = "a" if first.lower_ in ("a", "an") else "the"
            after = noun.i + 1
            count = ""
            if (
                doc[after].lower_ == "of"
                and doc[after + 1].pos_ == "NUM"
                and after + 2 < mention.start
            ):
                count = ctx.written(after + 1, after + 2)  # "the party of eight": eight customers
                plural = True
                after += 2
            middle = ctx.written(after, mention.start, trailing_space=True).strip()
            if mention.bare and self.label and middle.split()[-1:] != [self.label]:
                label = f"{self.label}s" if mention.many else self.label
                middle = f"{middle} {label}".strip()
            noun_text = "customers" if plural else "customer"
            if count:
                noun_text = f"{count} {noun_text}"
            words = [
                article,
                noun_text,
                middle,
                locator if not (mention.bare and self.label) else locator.split(" ", 1)[1],
            ]
            replacement = " ".join(w for w in words if w)
        else:
            plural = self.plural or mention.many or _plural_verb_follows(doc, mention)
            if person.noun is not None:  # "Room 12 family want": the noun after the code
                plural = _plural_person(person.noun, ctx)
            noun_text = "customers" if plural else "customer"
            preposition = _open_preposition(doc, mention) if self.open else self.preposition
            phrase = f"{noun_text} {preposition} {locator}"
            replacement = phrase if person.vocative else f"the {phrase}"
        original = ctx.written(person.start, person.end, trailing_space=True).strip().rstrip(".")
        # The code's own capitals ("INC-4410", "AA3") say nothing of the writer's case.
        words = (
            ctx.written(person.start, mention.end - 1) if person.end == mention.end else original
        )
        if words.strip() in self.designators or words.strip().lower() in self.acronyms:
            words = ""  # "EZY 402", "PC 6": an airline's or an acronym's capitals, like a code's
        if any(c.isalpha() for c in words):
            replacement = match_case(replacement, original if words == original else words)
        at_start = person.start == 0 or all(t.is_punct for t in doc[: person.start])
        if not at_start and not original.isupper():
            replacement = replacement[:1].lower() + replacement[1:]
        elif at_start and not person.vocative and not original[:1].islower():
            replacement = replacement[:1].upper() + replacement[1:]
        end = person.end
        if plural or (person.noun is None and (self.plural or mention.many)):
            end, replacement = _agree_plural(doc, person, end, replacement)
        last = doc[end - 1]
        last_text = _code_text(last) if end == mention.end else last.text
        return Hit(
            start=doc[person.start].idx,
            end=last.idx + len(last_text),
            replacements=(replacement,),
            fix="unsafe" if _glued_to_a_list(doc, person.start, end) else "safe",
            extra={"bare_person": person.noun is None},
        )


# A person noun is at most this many tokens before the code it is placed by: the reach of
# the candidate pass, which parses a sentence for a trigger word only with a number that
# close after it (`candidates._number_follows`).
PLACED_REACH = 4
# What places a person by a place no rule owns. Not 'from', which names where someone works
# or comes from ('the man from Unit 4 Ltd'), nor 'of' ('the mother of child 3'); 'with'
# only with a reference ('the chap with collection reference PX-2291').
UNOWNED_PLACING = frozenset("in at on with off inside wearing had has".split())
# The same, with the article a compound place may open with ("at the returns desk 2").
PLACING_OR_ARTICLE = UNOWNED_PLACING | {"the", "a"}


def _plural_person(noun: Any, ctx: SentenceContext) -> bool:
    """A person noun that stands for more than one customer: 'the couple', 'the ladies'."""
    return noun.lower_ in ctx.words("collective_nouns") or noun.tag_ in ("NNS", "NNPS")


def _unowned_mentions(doc: Any, ctx: SentenceContext) -> list[Mention]:
    """A common noun (or a two-word compound) and a number or code, close after a person
    noun: 'the lady at returns desk 2', 'the dad wearing visitor lanyard 4'. Heads a rule
    owns are that rule's; `unplaced_heads` are where people are but are not placed (a
    figure, a school year, a platform, a shirt). A capitalised head is a name ('the man in
    Rocky 4', 'Highway 61'), and a number that goes on to a noun counts or sorts it ('type 2
    diabetes', 'Unit 4 Ltd')."""
    people = ctx.words("person_nouns")
    skipped = ctx.words("locator_heads") | ctx.words("unplaced_heads") | people
    found = []
    for tok in doc[1:]:
        i = tok.i
        if not (NUMBER_RE.match(tok.text) or HYPHENED_REFERENCE.match(tok.text)):
            continue
        head = doc[i - 1]
        if not _common_noun(head) or head.lower_.rstrip("s") in skipped:
            continue
        if head.lower_ in skipped or head.lower_ in NUMBER_MARKS:
            continue
        if i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN"):
            continue
        start = i - 1
        if start > 0 and doc[start - 1].tag_ == "HYPH":
            continue  # "go-kart 9": a hyphened word the parse cut in two
        if (
            start > 1
            and (_common_noun(doc[start - 1]) or doc[start - 1].tag_ in ("JJ", "VBG"))
            and doc[start - 2].lower_ in PLACING_OR_ARTICLE
        ):
            start -= 1  # "returns desk 2", "hot tub 3", "charging point 6"
        before = start - 1 if start > 0 and doc[start - 1].lower_ in ("the", "a") else start
        placing = doc[before - 1].lower_ if before > 0 else ""
        if placing not in UNOWNED_PLACING:
            continue
        if placing == "with" and not HYPHENED_REFERENCE.match(tok.text):
            continue  # "the man with covid 19", "the kid with iphone 15": what they have
        if not any(doc[k].lower_ in people for k in range(max(0, i - PLACED_REACH), start)):
            continue
        found.append(Mention(start, i + 1, _root(doc, start, i + 1), bare=False))
    return found


# Open heads a customer is in, not at or on: "the customer in igloo 3", "in changing room 4".
OPEN_HEADS_IN = frozenset(
    "stateroom surgery consult office hut igloo yurt cabana gazebo tent marquee shed pod "
    "capsule carriage car van cab queue sauna cave".split()
)
# Open heads a customer is on: "the customer on line 3", "on rink 4".
OPEN_HEADS_ON = frozenset(
    "line rink phone call list deck ride boat kayak canoe pedalo horse pony field green "
    "tee waitlist".split()
)


def _open_preposition(doc: Any, mention: Mention) -> str:
    """How the rewrite places a customer by a head no rule owns: in a room or a hut, on a
    line or a rink, at anything else ('the customer at basin 2')."""
    head = mention.root.lower_
    if head.endswith("room") or head in OPEN_HEADS_IN:
        return "in"
    return "on" if head in OPEN_HEADS_ON else "at"


def _open_head_word(tok: Any) -> bool:
    """A common noun that may head a numbered place: in lower case anywhere, or capitalised
    as the first word of its clause ('Basin 2 says …'); a capital elsewhere, or a word in
    capitals, is a name or an acronym ('Highway 61', 'SIM 4432')."""
    if tok.tag_ not in ("NN", "NNP") or not tok.text.isalpha():
        return False
    if tok.text.islower():
        return True
    first = tok.i == 0 or tok.doc[tok.i - 1].text in CLAUSE_OPENERS
    return first and tok.text[:1].isupper() and tok.text[1:].islower()


def _open_head_mentions(doc: Any, ctx: SentenceContext) -> list[Mention]:
    """A common noun no rule owns and a number that names it, as the subject of a clause:
    'Basin 2 says …', 'microfiche reader 2 shouting …'. Only digits count, which is what
    the candidate pass looks for (`trigger_shapes`); owned heads, `unplaced_heads`, person
    and staff nouns and `open_not_heads` are left out, and so is a number that goes on to a
    noun ('Unit 4 Ltd') or a list ('Rink 4 and 5')."""
    skipped = (
        ctx.words("locator_heads")
        | ctx.words("unplaced_heads")
        | ctx.words("person_nouns")
        | ctx.words("staff_nouns")
        | ctx.words("open_not_heads")
    )
    found = []
    for tok in doc[1:]:
        i = tok.i
        head = doc[i - 1]
        if not tok.text.isdigit() or tok.head.i != head.i or not _open_head_word(head):
            continue
        if head.lower_ in skipped or head.lemma_.lower() in skipped:
            continue
        if _subject_verb(Mention(i - 1, i + 1, head, bare=False)) is None:
            continue
        if i + 1 < len(doc) and (
            doc[i + 1].pos_ in ("NOUN", "PROPN") or doc[i + 1].lower_ in LIST_JOINERS
        ):
            continue
        start = i - 1
        before = doc[start - 1] if start > 0 else None
        if (
            before is not None
            and before.dep_ in ("compound", "amod")
            and before.head.i == head.i
            and before.text.isalpha()
            and _open_head_word(before)
        ):
            start -= 1  # "microfiche reader 2", "squat rack 3"
        if start > 0 and doc[start - 1].tag_ == "HYPH":
            continue  # "self-service 2": a hyphened word the parse cut in two
        found.append(Mention(start, i + 1, head, bare=False))
    return found


def _common_noun(tok: Any) -> bool:
    """A common noun, also one the tagger took for a name though written in lower case
    ('in hut 12', 'in yurt 4'); a capitalised name is a title or a brand ('Rocky 4')."""
    return tok.tag_ in ("NN", "NNS") or (tok.tag_ in ("NNP", "NNPS") and tok.text.islower())


def _glued_to_a_list(doc: Any, start: int, end: int) -> bool:
    """'2C/2D/2F': each code is a finding, but three rewrites glued by slashes ('the customer
    in seat 2C/the customer in seat 2D/…') are no sentence, so the rewrite is only offered."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return (before is not None and before.text in LIST_GLUE and not before.whitespace_) or (
        after is not None and after.text in LIST_GLUE and not doc[end - 1].whitespace_
    )


LIST_GLUE = ("/", "+")


PLURAL_VERBS = {"is": "are", "was": "were", "has": "have", "does": "do", "'s": "are", "’s": "are"}


def _agree_plural(doc: Any, person: Person, end: int, replacement: str) -> tuple[int, str]:
    """'The couple at table 14 is' -> 'The customers at table 14 are': keep the fix grammatical."""
    if end >= len(doc):
        return end, replacement
    verb = doc[end]
    if verb.dep_ not in ("aux", "auxpass", "ROOT", "ccomp", "conj", "relcl") and verb.pos_ not in (
        "AUX",
        "VERB",
    ):
        return end, replacement
    low = verb.lower_
    if low in PLURAL_VERBS:
        plural = PLURAL_VERBS[low]
    elif verb.tag_ == "VBZ" and verb.pos_ == "VERB":
        plural = verb.lemma_
    else:
        return end, replacement
    plural = plural.upper() if verb.text.isupper() and len(verb.text) > 1 else plural
    return end + 1, replacement + " " + plural


PLURAL_ONLY_VERBS = frozenset("are were have do".split())


def _plural_verb_follows(doc: Any, mention: Mention) -> bool:
    """'Court 3 are asking', 'table 5 want the bill': the writer counts the people there as
    many, so the rewrite says 'the customers on court 3', not 'the customer ... are'. The
    last of a list ('7D and 7E are asleep') shares the verb with the rest."""
    if mention.end >= len(doc) or mention.root.dep_ == "conj":
        return False
    if mention.start > 0 and doc[mention.start - 1].lower_ in (*LIST_JOINERS, "/"):
        return False
    verb = doc[mention.end]
    return verb.lower_ in PLURAL_ONLY_VERBS or (verb.tag_ == "VBP" and verb.pos_ == "VERB")


def _code_text(tok: Any) -> str:
    """A code as written; the tokenizer leaves a sentence's full stop on codes such as '23B.'."""
    return tok.text[:-1] if tok.text[-1:] in (".", "-") and len(tok.text) > 1 else tok.text


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


def _route_end(doc: Any, i: int) -> int | None:
    """Where a departure named by its time ends, if the time at token i is followed by where
    it goes or comes from: 'the 06:10 to Geneva', 'the 7.15 from Milton Keynes'. A time with
    no such place after it is an hour ('the meeting at the 10:30'), not a departure."""
    j = i + 1
    if j + 1 >= len(doc) or doc[j].lower_ not in ("to", "from"):
        return None
    end = j + 1
    while end < len(doc) and end - j <= 3 and doc[end].is_title and doc[end].is_alpha:
        end += 1
    if end < len(doc) and doc[end].like_num:
        return None  # versions, not departures: "the 3.11 to Python 3.12 upgrade"
    return end if end > j + 1 else None


def _hyphened(doc: Any, left: int) -> bool:
    """Whether tokens left, left+1, left+2 are two numbers joined by a hyphen: '3-1'."""
    if left < 0 or left + 2 >= len(doc) or doc[left + 1].text != "-":
        return False
    return (
        doc[left].text.isdigit()
        and doc[left + 2].text.isdigit()
        and not doc[left].whitespace_
        and not doc[left + 1].whitespace_
    )


def _modifiers(doc: Any, head: Any, ctx: SentenceContext) -> int:
    """Where a numbered place begins: 'fitting room 3', 'side room 1', also where the
    parser made the modifier the head ('side rm 4'), but not at the verb the tagger took for
    a modifier: 'Email order 4471 back'."""
    start = head.i
    verbs = (
        ctx.words("human_verbs")
        | ctx.words("giving_verbs")
        | ctx.words("interaction_verbs")
        | ctx.words("record_verbs")  # "clean room 12", "check table 4"
        | CALL_VERBS
        | MOVING_VERBS
    )
    while (
        start > 0
        and doc[start - 1].dep_ in ("compound", "amod")
        and doc[start - 1].head.i == head.i
        and doc[start - 1].pos_ in ("NOUN", "ADJ", "VERB")
        and not doc[start - 1].is_punct
        and doc[start - 1].lemma_.lower() not in verbs
        and doc[start - 1].lower_ not in ctx.words("address_words")  # "Dear room 12"
        and doc[start - 1].lower_ not in WHEN_WORDS  # "Yesterday room 1402 threatened"
    ):
        start -= 1
    before = doc[head.i - 1] if head.i > 0 else None
    if (
        start == head.i
        and before is not None
        and head.head.i == before.i
        and head.dep_ in ("npadvmod", "appos", "nmod")
        and before.tag_ in ("NN", "NNP")
        and before.is_lower
        and before.lemma_.lower() not in verbs
        and before.lower_ not in WHEN_WORDS
    ):
        start -= 1  # "side rm 4 is asking": the parser hung the place on its modifier
    if (
        start == head.i
        and before is not None
        and _gerund_modifier(before, head)
        and before.lemma_.lower() not in verbs - ctx.words("human_verbs")
    ):
        start -= 1  # "sleeping berth 12 keeps ringing": a kind of place, not what is done to it
    return start


def _lettered_place_before(doc: Any, start: int, heads: frozenset[str]) -> bool:
    """Whether a head word and a capital letter name the bigger place a number sits in
    ('coach B seat 12', 'row F seat 9', 'block C room 4'): one place, named by its parts
    like 'bay 2 bed 4', so that an address to it starts at the coach ('Coach B seat 12,
    your train has been held')."""
    return start > 1 and is_letter_code(doc[start - 1]) and doc[start - 2].lower_ in heads


def _gerund_modifier(gerund: Any, head: Any) -> bool:
    """Whether an -ing word right before a head word names a kind of place ('camping pitch
    14', 'changing cubicle 6', 'sleeping berth 12') that the parser read as a clause, the
    gerund the subject and the place its object: the gerund has nothing of its own but the
    place."""
    return (
        gerund.tag_ == "VBG"
        and gerund.dep_ == "csubj"
        and gerund.is_lower
        and head.head.i == gerund.i
        and head.dep_ in ("dobj", "amod", "compound")
        and all(c.i == head.i for c in gerund.children)
    )


# Words for when, which the tagger may take for a modifier of the place after them.
WHEN_WORDS = frozenset(
    "yesterday today tonight tomorrow morning afternoon evening night overnight earlier later "
    "now then".split()
)


def _head_stretched(doc: Any, end: int, heads: frozenset[str]) -> int:
    """The end of a list of bare numbers that a singular head is stretched over, written
    as the head's own number is ('seat 15 and 16', 'table 3, 4 and 7', 'bed 12 & 14'),
    where nothing names what the numbers count ('room 4 and 5 towels', '4 and 5 pm')."""
    shape = _digits_only(doc[end - 1])
    i = end
    last = end
    while i + 1 < len(doc) and doc[i].lower_ in ("and", "&", "+", ","):
        k = i + 1
        if doc[i].text == "," and doc[k].lower_ in ("and", "&") and k + 1 < len(doc):
            k += 1  # "3, 4, and 7"
        tok = doc[k]
        if not _is_number(tok) or _digits_only(tok) != shape or (tok.like_num and tok.is_alpha):
            break
        nxt = doc[k + 1] if k + 1 < len(doc) else None
        glued = (  # "4 and 5:30", "3 and 4-6": a time or a range
            nxt is not None
            and not tok.whitespace_
            and not nxt.whitespace_
            and k + 2 < len(doc)
            and doc[k + 2].text[:1].isdigit()
        )
        if nxt is not None and (
            glued
            or nxt.lower_ in UNITS
            or nxt.lower_.rstrip("s") in heads
            or nxt.pos_ in ("NOUN", "PROPN", "NUM")
        ):
            break
        last = i = k + 1
    return last


# Heads of a record a customer is known by, whose numbers are often written in groups.
RECORD_HEADS = frozenset(
    "account acct acc card policy claim loan mortgage licence license contract ticket order "
    "case booking reservation confirmation registration membership subscription ref invoice "
    "meter mpan mprn sim member consignment tenancy".split()
)
RECORD_GROUPS = 3  # at most this many groups after the first: "MPAN 1200 0512 3345"


def _record_code_end(doc: Any, end: int) -> int:
    """Where a record's number ends when it is written in groups: 'policy 41-7702', 'meter
    0041-77', 'claim 8944 0012', 'SIM 7720 1144'. A record's number is one identifier, not
    a range, so glued digits after a hyphen continue it; a spaced group continues it only
    when it is three to six digits and no unit follows ('order 4410 300 points')."""
    for _ in range(RECORD_GROUPS):
        last = doc[end - 1]
        if (
            end + 1 < len(doc)
            and doc[end].text in ("-", "–")
            and not last.whitespace_
            and not doc[end].whitespace_
            and doc[end + 1].text.isdigit()
        ):
            end += 2
        elif (
            end < len(doc)
            and last.text.isdigit()
            and doc[end].text.isdigit()
            and 3 <= len(doc[end].text) <= 6
            and not (end + 1 < len(doc) and doc[end + 1].lower_ in UNITS + CURRENCY)
        ):
            end += 1
        else:
            break
    return end


def _digits_only(tok: Any) -> bool:
    return _code_text(tok).lstrip("#").isdigit()


def _in_headed_list(doc: Any, i: int, heads: frozenset[str]) -> bool:
    """Whether the number at i continues a list that a head word opened: 'rooms 4 and 5'."""
    j = i - 1
    while j >= 0 and (doc[j].lower_ in LIST_JOINERS or _is_number(doc[j])):
        j -= 1
    return 0 <= j < i - 2 and doc[j].lower_.rstrip("s") in heads


# Places people sit or lie in that a larger numbered place holds: a seat in a coach, a row
# or a screen, a bed in a bay. The larger place is part of the name ('coach A, seat 12'),
# so a finding and its rewrite cover both: 'the customer in coach A, seat 12'.
CONTAINED_HEADS = frozenset("seat bed berth bunk".split())
CONTAINER_HEADS = frozenset("coach carriage car row screen block bay deck tier".split())
# How a larger place follows the seat it holds: 'seat 61 on coach D', 'seat 3 in row B'.
CONTAINER_LINKS = frozenset("in on of".split())


def _container_code(tok: Any) -> bool:
    """The number or capital letter of a larger place: 'coach D', 'screen 5', 'row K'."""
    return bool(NUMBER_RE.match(tok.text)) or is_letter_code(tok)


def _container_before(doc: Any, start: int) -> int:
    """Where a seat's name begins when larger places come before it, with or without a
    comma: 'coach A, seat 12', 'screen 5 row F seats 8-9'. Staff name a seat so on a train
    or in a theatre; the seat alone ('seat 12') is in every coach."""
    while True:
        i = start - 1 if start > 0 and doc[start - 1].text == "," else start
        if i < 2 or not _container_code(doc[i - 1]) or doc[i - 2].lower_ not in CONTAINER_HEADS:
            return start
        start = i - 2


def _container_after(doc: Any, end: int) -> int:
    """Where a seat's name ends when a larger place follows it: 'seat 61 on coach D',
    'seat 14 coach B', 'seat 3 in row B'."""
    i = end + 1 if end < len(doc) and doc[end].lower_ in CONTAINER_LINKS else end
    if (
        i + 1 < len(doc)
        and doc[i].lower_ in CONTAINER_HEADS
        and _container_code(doc[i + 1])
        and not (i + 2 < len(doc) and _is_number(doc[i + 2]))
    ):
        return i + 2
    return end


def _place_follows(doc: Any, i: int, heads: frozenset[str]) -> bool:
    """A numbered place starts at token i: 'bed 4' after 'bay 2'."""
    return i + 1 < len(doc) and doc[i].lower_ in heads and _is_number(doc[i + 1])


def _answer_word(doc: Any, i: int, ctx: SentenceContext) -> bool:
    """A number word that is the whole answer to a question about who: '"Who's buzzing?"
    "Nineteen."'. Elsewhere a number word counts ('Two complained')."""
    if any(not t.is_punct for t in doc[:i]):
        return False
    if i + 1 < len(doc) and not doc[i + 1].is_punct:
        return False
    return _asks_who(ctx.previous) or _asks_which(ctx.previous, ctx)


def _called_number_end(doc: Any, i: int) -> int | None:
    """Where a number word ends that opens a sentence and is called with 'your' after a
    comma ('Fifteen, your noodles!', 'Forty-two, your coffees are up'), which a counter
    calls out; whether it is a person `called_out_for_an_order` decides."""
    if any(not t.is_punct for t in doc[:i]):
        return None
    end = i + 1
    if (
        doc[i].lower_ in TENS
        and end + 1 < len(doc)
        and doc[end].text == "-"
        and doc[end + 1].lower_ in UNIT_WORDS
    ):
        end += 2  # "Forty-two"
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "your":
        return end
    return None


def _glued_letter(doc: Any, i: int) -> bool:
    """A number with a single letter glued on after it ('11' + 'K') or set apart as a seat
    letter ('17 F'): the seat's code, not the number."""
    return (
        i + 1 < len(doc)
        and not doc[i].whitespace_
        and len(doc[i + 1].text) == 1
        and doc[i + 1].text.isalpha()
    ) or spaced_letter(doc, i)


def _is_number(tok: Any) -> bool:
    return bool(NUMBER_RE.match(tok.text)) or (tok.like_num and tok.is_alpha)


def _root(doc: Any, start: int, end: int) -> Any:
    """The token of the mention whose head lies outside it."""
    for i in range(start, end):
        head = doc[i].head
        if head.i < start or head.i >= end or head.i == i:
            return doc[i]
    return doc[start]


def person_test(name: str) -> Callable[[PersonTest], PersonTest]:
    def register(fn: PersonTest) -> PersonTest:
        PERSON_TESTS.setdefault(name, []).append(fn)
        return fn

    return register


def _mention_role(mention: Mention) -> tuple[str, Any]:
    """The dependency a mention plays in its clause, looking through conjunctions; a kind
    of place the parser read as a gerund clause ('changing cubicle 6 is asking') is the
    subject it stands for."""
    root = mention.root
    if (
        root.i == mention.start
        and root.i + 1 < mention.end
        and _gerund_modifier(root, root.doc[root.i + 1])
    ):
        return "nsubj", root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    joiner = root.head
    if root.dep_ in ("nummod", "compound") and joiner.text in ("+", "&") and joiner.pos_ == "NUM":
        return joiner.dep_, joiner  # "21+22 are asking": the parser made the '+' the word
    return root.dep_, root


def _is_person_noun(tok: Any, ctx: SentenceContext) -> bool:
    low = tok.lower_
    if low in ctx.words("customer_nouns") or tok.lemma_.lower() in ctx.words("customer_nouns"):
        return False
    if low in ctx.words("descriptor_nouns") or tok.lemma_.lower() in ctx.words("descriptor_nouns"):
        return False
    if low in ("table", "tables") or tok.lemma_.lower() == "table":
        return False
    if any(
        c.dep_ == "compound" and c.lower_ in ("account", "card", "policy", "ticket")
        for c in tok.children
    ):
        return False  # "account holder" is a descriptor
    people = ctx.words("person_nouns")
    return low in people or tok.lemma_.lower() in people


PLACING_WORDS = frozenset(
    "sitting seated sat staying standing lying waiting now over there still currently who's".split()
)
DETERMINERS = frozenset("my our the your his her their this that".split())
# Number words that stand for a group of people after 'the': 'the four on court 7'.
GROUP_NUMBERS = frozenset("two three four five six seven eight nine ten eleven twelve".split())


def _number_group(tok: Any, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """'the four on court 7 haven't paid': a number word after 'the' stands for people when
    it does what people do; 'the two on shelf 3 are cracked' are things."""
    return (
        tok.lower_ in GROUP_NUMBERS
        and tok.dep_ == "nsubj"
        and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children)
        and (_human_predicate(tok.head, ctx, kind) or _on_their_phones(tok.head))
    )


def _person_or_group(tok: Any, ctx: SentenceContext, kind: LocatorKind) -> bool:
    return _is_person_noun(tok, ctx) or _number_group(tok, ctx, kind)


def _on_their_phones(verb: Any) -> bool:
    """'the two in H11 are on their phones': 'be' with a place only people have."""
    return verb.lemma_ == "be" and any(
        p.dep_ == "prep" and any(c.lower_ in ("their", "his", "her") for c in p.subtree)
        for p in verb.children
    )


# Person nouns that do not name a customer after a code, where the code says where they
# work: "desk 4 team", "room 5 teacher", "bay 2 lifeguard", and titles that open a name
# ("Room 12 Mr Smith"); the staff nouns of the lexicon are left alone too.
STAFF_AFTER_CODES = frozenset(
    "team teacher teachers headteacher pilot lifeguard lifeguards".split()
)
NOT_TRAILING_PEOPLE = STAFF_AFTER_CODES | frozenset(
    "mr mr. mrs mrs. ms ms. miss sir madam ma'am someone somebody anyone everyone".split()
)
# Agent nouns that name a customer after a code only with what they own, drive or ride in
# between ("pitch 12 caravan owner", "lane 5 car driver"); a bare "lane 5 driver" is ours,
# and so, as often as not, is a van, lorry, bus or taxi driver ("bay 3 van driver dropped
# off the pallets"): only a private vehicle makes its driver a customer.
OWNER_NOUNS = frozenset("owner owners".split())
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


@person_test("person_by_number")
def named_with_its_person(
    mention: Mention, ctx: SentenceContext, kind: LocatorKind
) -> Person | None:
    """A code and the person noun after it, staff shorthand for who is there: 'desk 4 lady
    wants the form re-sent', 'the bed 4 lady keeps buzzing', 'pitch 12 caravan owner wants
    a later slot'. The span is the whole reference, an article before it included."""
    if mention.many:
        return None
    noun = _trailing_person(mention, ctx)
    if noun is None:
        return None
    start = mention.start
    if start > 0 and ctx.doc[start - 1].lower_ in ("the", "that", "this"):
        start -= 1
    return Person(start, noun.i + 1, noun)


@person_test("person_by_number")
@person_test("person_placed")
def person_noun_placed(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'the man in seat 17F', 'the couple at table 14', 'the woman seated in 4A'."""
    if (
        mention.bare
        and mention.start > 0
        and ctx.doc[mention.start - 1].lower_ == "of"
        and ctx.doc[mention.start].text.isdigit()
    ):
        return None  # a size, not a place: "a party of 12", "groups of 10"
    governor = _placed_by_parse(mention)
    if governor is not None and not _placed_person(governor, mention, ctx, kind):
        climbed = _climb_places(governor, ctx)  # "the gentleman at the bar in seat 3"
        if climbed is not None:
            governor = climbed
    if governor is None or not _placed_person(governor, mention, ctx, kind):
        governor = _placed_by_order(mention, ctx)  # "the ticket of the man in 13C"
    if (
        governor is None
        or governor.i >= mention.start
        or not _placed_person(governor, mention, ctx, kind)
    ):
        return None
    if mention.bare and (_party_size(governor) or _clock_time(mention)):
        return None  # "a table for four people at 8", "meeting a friend at 8": a time
    if governor.lemma_.lower() in ("team", "group", "crew") and any(
        c.lower_ in ("our", "my") for c in governor.children
    ):
        return None  # "our team in room 4": the staff
    if _holder_as_a_role(governor, mention, ctx):
        return None
    start = governor.left_edge.i if governor.left_edge.i < governor.i else governor.i
    while (
        start > 0
        and ctx.doc[start - 1].dep_ in ("det", "poss", "amod", "compound", "nummod")
        and (ctx.doc[start - 1].head.i == governor.i)
    ):
        start -= 1
    while start < governor.i and (
        ctx.doc[start].is_punct or ctx.doc[start].lower_ in ("but", "and", "so")
    ):
        start += 1
    return Person(start, mention.end, governor)


# Who holds a place by a title to it: the person noun is the place's legal role.
HOLDER_NOUNS = frozenset("owner tenant occupier lodger renter leaseholder plotholder".split())
# Records that an owner works on rather than holds: "the owner of ticket 4410" is staff.
ASSIGNED_RECORDS = frozenset("ticket issue case job task bug incident".split())
# What a rule lays on the holder of a place: "the tenant of flat 7 must …", "is responsible".
DUTY_MODALS = frozenset("must shall should".split())
DUTY_STATES = frozenset("responsible liable required obliged".split())


def _holder_as_a_role(noun: Any, mention: Mention, ctx: SentenceContext) -> bool:
    """'Tenants of block 2 must not store bikes', 'the plotholder of plot 22 is responsible
    for the hedge', 'the owner of ticket 4410': a holder in a rule, or a bare plural of
    holders, names whoever holds the place, as leases and by-laws do, not a person in
    it; and a record's owner is the one assigned to it. 'The owner of berth 12 wants the
    power back' is still someone placed by the berth."""
    if noun.lemma_.lower() not in HOLDER_NOUNS:
        return False
    heads = {t.lower_.removesuffix("s") for t in ctx.doc[mention.start : mention.end]}
    if heads & ASSIGNED_RECORDS:
        return True
    if noun.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in noun.children):
        return True  # "Owners of plots 1 to 20 share the cost": holders in general
    verb = noun.head if noun.dep_.startswith("nsubj") else None
    if verb is None:
        return False
    return any(c.lower_ in DUTY_MODALS for c in verb.children) or (
        verb.lemma_ == "be" and any(c.lower_ in DUTY_STATES for c in verb.children)
    )


def _placed_person(tok: Any, mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """A noun for the people a number places: a person noun, a group ('the four'), or a
    carer by trade in a seat (`_seated_carer`)."""
    return _person_or_group(tok, ctx, kind) or _seated_carer(tok, mention, ctx, kind)


# The places of the seat rule that nobody works in: 'the nurse in 22C'. Not 'on' a bare
# code, which is how a ward is named ('the nurse on 7B').
SEAT_PREPOSITIONS = frozenset("in at".split())
# Where staff are given seats: a carer in a seat of a plan or a rota works from it ('the
# seat plan shows the doctor in 22C', 'crew rota: the nurse in 1A').
SEAT_PLAN_WORDS = frozenset("plan map chart rota roster allocation assign allocate".split())


def _seated_carer(noun: Any, mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """'the nurse in 22C is helping', 'the doctor in seat 9D': a doctor or a nurse is staff
    where they work ('the nurse in bay 4', 'the doctor at station 2'), but nobody nurses from
    a seat on a plane, a train or in a theatre: placed by a seat, the trade says who helps,
    and the seat says a customer is helping."""
    before = mention.start - 1
    if "seat" not in kind.heads or before < 0 or ctx.doc[before].lower_ not in SEAT_PREPOSITIONS:
        return False
    if any(t.lemma_.lower() in SEAT_PLAN_WORDS for t in ctx.doc):
        return False  # "the seat plan shows the doctor in 22C": crew given seats
    carers = ctx.words("seated_carers")
    return noun.lower_ in carers or noun.lemma_.lower() in carers


# Verbs that happen at an hour: "meeting a friend at 8", "my wife arrives at 10".
TIMED_VERBS = frozenset(
    "meet arrive finish start begin leave open close come expect book collect land depart end "
    "wake".split()
)


def _clock_time(mention: Mention) -> bool:
    """'meeting a friend at 8': an hour, where 'at' hangs on a verb that happens at a time."""
    root = mention.root
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "at"
        and root.head.head.lemma_.lower() in TIMED_VERBS
        and root.text.isdigit()
        and int(root.text) <= 24
    )


def _party_size(noun: Any) -> bool:
    """'for four people', 'for 6 adults': a counted group that a booking is for."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "for"
        and any(c.dep_ == "nummod" for c in noun.children)
    )


def _climb_places(place: Any, ctx: SentenceContext) -> Any | None:
    """The person noun a chain of places hangs from: 'the lady on the aisle in G3', 'the
    regular at the end of the bar on stool 4' (two places at most)."""
    for _ in range(3):
        if place.dep_ != "pobj" or place.head.lower_ not in (*PREPOSITIONS, "of"):
            return None
        place = place.head.head
        if place.pos_ not in ("NOUN", "PROPN"):
            return None
        if _is_person_noun(place, ctx):
            return place
    return None


def _placed_by_parse(mention: Mention) -> Any | None:
    """The noun that the parse attaches the mention's preposition to."""
    root = mention.root
    if _had_or_worn(root):
        return root.head.head
    if root.dep_ != "pobj" or root.head.lower_ not in PREPOSITIONS:
        return None
    governor = root.head.head
    if governor.pos_ in ("VERB", "ADJ") and governor.dep_ in ("acl", "relcl", "amod", "advcl"):
        governor = governor.head
    elif _relative_be(governor):
        governor = governor.head  # "the man who is in room 4"
    if governor.pos_ == "ADV" and governor.dep_ == "advmod":
        governor = governor.head
    if governor.pos_ == "NUM" and governor.dep_ == "pobj" and governor.head.lower_ == "of":
        governor = governor.head.head  # "the party of eight at table 5": the party is placed
    if governor.pos_ not in ("NOUN", "PROPN", "PRON", "ADJ") and (
        governor.lower_ not in GROUP_NUMBERS  # "the four on court 7"
    ):
        return None
    return governor


def _relative_be(verb: Any) -> bool:
    """'the man who is in room 4', 'the lady that was at table 6': 'be' in a relative clause
    places its noun as the bare preposition does ('the man in room 4')."""
    return (
        verb.lemma_ == "be"
        and verb.dep_ == "relcl"
        and any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_SUBJECTS for c in verb.children)
    )


# What we hand out to be worn with a number on it; a worn shirt or number is a player's.
WORN_TAGS = frozenset("lanyard badge wristband band bib tag pass sticker".split())


# What a person does with a place they hold for a while: 'the woman who uses locker 31',
# 'the couple that rent pitch 9'. Not 'book' or 'order', which name what someone asked for
# ('the man who booked table 6' may never sit there).
HELD_PLACE_VERBS = frozenset("have use rent hire occupy share".split())
RELATIVE_SUBJECTS = frozenset("who that".split())
# Of the held-place verbs, those a standing group does with the room it is based in ('the
# team that uses room 4', 'the department that occupies floor 3'); hiring and renting stay
# a customer's ('the team that hired court 5').
BASED_VERBS = frozenset("use occupy share".split())
STANDING_GROUPS = frozenset("team department company firm office staff committee unit".split())


def _had_or_worn(root: Any) -> bool:
    """'the group who had court 5', 'the woman who uses locker 31', 'the dad wearing
    visitor lanyard 4': the place a person holds for a while, or the tag they wear, places
    them as 'at' and 'with' do ('the woman wearing number 7' is a player)."""
    verb = root.head
    if root.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.lemma_ == "wear":
        return verb.dep_ == "acl" and root.lemma_.lower() in WORN_TAGS
    if verb.lemma_ in BASED_VERBS and verb.head.lemma_.lower() in STANDING_GROUPS:
        return False  # "the team that uses room 4": a standing group's base, as an office
    return (
        verb.lemma_ in HELD_PLACE_VERBS
        and verb.dep_ == "relcl"
        and any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_SUBJECTS for c in verb.children)
    )


def _placed_by_order(mention: Mention, ctx: SentenceContext) -> Any | None:
    """'the lady in 1B leans over': the words right before the mention, when the parse
    attached the preposition to the verb instead."""
    doc = ctx.doc
    i = mention.start - 1
    while i >= 0 and doc[i].lower_ in DETERMINERS:
        i -= 1
    if i < 1 or doc[i].lower_ not in PREPOSITIONS:
        return None
    i -= 1
    while i >= 0 and doc[i].lower_ in PLACING_WORDS:
        i -= 1
    if i < 0 or doc[i].pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    return doc[i]


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


# Past forms of a call that the parser glues to the number before them as a compound
# noun: "the lady in 308 rang again", "the man in 12 phoned twice".
GLUED_CALLS = frozenset("rang phoned called emailed texted complained".split())
# Words that may stand between a clause-initial number and its verb: "tables 3 and 5 all
# waiting", "orders 4471 and 4472 both chasing refunds", "1202 still wants".
BETWEEN_SUBJECT_AND_VERB = frozenset("all both each still now again also just already".split())
CLAUSE_OPENERS = (":", ";", "—", "–", "-", "(")


# Verbs too general to make a person of their subject when joined to another verb.
WEAK_VERBS = frozenset("get go come have be take make put keep stay".split())


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


def _back_in_store(verb: Any, ctx: SentenceContext) -> bool:
    """'consignment 55012 is back at the depot', 'order 4471 is back in the warehouse': a
    thing is back where things are kept; someone 'is back' where people wait ('is back at
    the desk') or with nothing said of where. The parser hangs the place on the verb or
    on 'back'."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("at", "in", "on")
        and any(
            g.dep_ == "pobj" and g.lemma_.lower() not in ctx.words("waiting_places")
            for g in c.children
        )
        for h in (verb, *(a for a in verb.children if a.lower_ == "back"))
        for c in h.children
    )


def _in_a_state(prep: Any, ctx: SentenceContext) -> bool:
    """'in tears', 'in a lot of pain', 'in a wheelchair': what the object of 'in' names is a
    person's state, condition or need."""
    lexicon = ctx.words("human_states") | ctx.words("human_conditions") | ctx.words("human_needs")
    for obj in (g for g in prep.children if g.dep_ == "pobj"):
        nouns = [obj, *(h for p in obj.children if p.lower_ == "of" for h in p.children)]
        if any(n.lemma_.lower() in lexicon or n.lower_ in lexicon for n in nouns):
            return True
    return False


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


def _third_person_stem(word: str, verbs: frozenset[str]) -> str | None:
    """The base form of a third-person '-s' verb by its spelling ('hates', 'detests',
    'watches', 'cries'), for forms the tagger or the lemmatizer gets wrong; None unless
    the base form is in `verbs`."""
    if not word.endswith("s") or word.endswith("ss") or len(word) < 4:
        return None
    options = [word[:-1]]
    if word.endswith("es"):
        options.append(word[:-2])
    if word.endswith("ies"):
        options.append(word[:-3] + "y")
    return next((o for o in options if o in verbs), None)


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


# Verb forms the lemmatizer gets wrong ("ring" -> "re"): read them by their own form.
LEMMA_FIXES = {
    "ring": "ring",
    "ringing": "ring",
    "rang": "ring",
    "rung": "ring",
    "readmitted": "readmit",  # "readmitte"
}


def _fixed_lemma(tok: Any) -> str:
    """The token's lower-case lemma, with the lemmatizer's known mistakes put right."""
    return LEMMA_FIXES.get(tok.lower_, tok.lemma_.lower())


# A button or a bell for calling staff, which only a person presses: "the call button",
# "her call bell", "the buzzer".
CALL_DEVICES = frozenset("button bell light buzzer".split())
CALL_DEVICE_MODIFIERS = frozenset("call nurse attendant service assistance".split())
# Parts of a body that a person's own possessive marks: "clicking their fingers".
BODY_PARTS = frozenset(
    "finger fingers hand hands arm arms head fist fists foot feet leg legs eye eyes".split()
)
# What a hand does to a call button, and to a body's own parts: "hit the call button",
# "clicking their fingers", "waving her arms" (not "has a call button", "triggers the
# buzzer", which a place or a machine does too).
PRESSING_VERBS = frozenset("hit press push ring buzz jab bang tap thump mash smash stab".split())
COLLISION_VERBS = frozenset("hit bang smash thump push".split())
GESTURE_VERBS = frozenset("click snap wave raise shake clap drum wag point".split())


def _presses_for_help(verb: Any, lemma: str) -> bool:
    """Whether the verb's object is a call button or bell ('hit the call button', 'ringing
    her call bell', 'pressing the buzzer') or a part of its subject's body ('clicking their
    fingers', 'waving his arms'): what only a person does, whatever the verb."""
    if lemma not in PRESSING_VERBS | GESTURE_VERBS or verb.pos_ != "VERB":
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    clause = verb.head if verb.dep_ == "xcomp" else verb
    if lemma in COLLISION_VERBS and any(
        c.dep_ == "nsubj" and c.lower_ in MOVABLE_HEADS for c in clause.children
    ):
        return False  # "Trolley 2 hit the call button": a trolley wheeled into it
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        word = obj.lower_
        if word == "buzzer" and lemma in PRESSING_VERBS:
            return True
        if (
            word in CALL_DEVICES
            and lemma in PRESSING_VERBS
            and any(
                m.dep_ == "compound" and m.lower_ in CALL_DEVICE_MODIFIERS for m in obj.children
            )
        ):
            return True
        if word in BODY_PARTS and any(
            m.dep_ == "poss" and m.lower_ in ("his", "her", "their") for m in obj.children
        ):
            return True
    return False


# What a person eats, drinks or swallows with 'take': "Does bed 20 take sugar?".
TAKEN_IN = frozenset(
    "sugar sugars milk sweetener sweeteners cream lemon meds medication medicine pill pills "
    "painkiller painkillers insulin".split()
)


def _takes_in(verb: Any, lemma: str) -> bool:
    """'Does bed 20 take sugar?', '4 takes two sugars', 'bed 3 took her meds': 'take' with
    what a person eats, drinks or swallows. A pump takes diesel, a kiosk cash and a room a
    cot, and what is taken somewhere is carried ('trolley 2 takes the milk up')."""
    if lemma != "take" or verb.pos_ != "VERB":
        return False
    if any(c.dep_ in ("auxpass", "prt", "dative") or c.lower_ == "to" for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in TAKEN_IN for c in verb.children)


def _without_doing(verb: Any, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """'Pump 4 drove off without paying', 'table 9 left without saying goodbye': what the
    subject did 'without' doing is what a person does, whatever the main verb (a car drives
    off too). Not in the passive, whose subject does nothing: 'room 4 was booked without
    paying a deposit'; nor with what things do as well: 'the flight left without waiting'."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "without":
            continue
        for done in prep.children:
            lemma = _fixed_lemma(done)
            if (
                done.dep_ == "pcomp"
                and done.tag_ == "VBG"
                and lemma in ctx.words("human_verbs")
                and lemma not in kind.thing_verbs
                and lemma not in SAID_OF_THINGS_TOO
            ):
                return True
    return False


def _human_predicate(verb: Any, ctx: SentenceContext, kind: LocatorKind) -> bool:
    lemma = _fixed_lemma(verb)
    if verb.tag_ == "VBZ" and lemma not in ctx.words("human_verbs"):
        # the lemmatizer's guess can be wrong ("hates" -> "hat"): read the spelling
        lemma = _third_person_stem(verb.lower_, ctx.words("human_verbs")) or lemma
    children = list(verb.children)
    if any(c.dep_ == "det" and c.i < verb.i for c in children) or (
        verb.tag_ == "VBG"
        and verb.i > 1
        and verb.doc[verb.i - 1].tag_ == "CD"
        and verb.doc[verb.i - 2].tag_ in ("DT", "PRP$")
    ):
        return False  # a noun the tagger read as a verb: "for the 8:30 sitting"
    if _addresses_the_reader(verb, lemma):
        return False
    if _moved_as_furniture(verb, lemma):
        return False  # "T7 + T9 pushed together for the 8pm": tables set for a booking
    if _without_doing(verb, ctx, kind):
        return True  # "Pump 4 drove off without paying"
    gerund = _passive_gerund(verb)
    if gerund is not None:
        return _done_to_people(gerund, ctx)  # "bed 3 needs feeding", not "table 3 wants resetting"
    if lemma == "refuse" or lemma in SHARED_WITH_MACHINES:
        return not _machine_sense(lemma, verb)  # "room 14 refusing to leave", not "to start"
    if lemma in ("want", "try", "ask", "hope", "plan"):
        return True  # only people want: "Registration 4471 wants to switch"
    if _stayed_with_us(verb, lemma, kind):
        return True  # "Room 502 had been staying with us every summer"
    if (
        lemma in ("wait", "sit", "stand", "be")
        and any(
            c.dep_ == "prep"
            and c.lower_ in ("on", "at", "in")
            and any(
                g.dep_ == "pobj" and g.lemma_.lower() in ctx.words("waiting_places")
                for g in c.children
            )
            for c in children
        )
        and not any(c.dep_ in ("acomp", "attr") for c in children)
    ):
        return True  # "is on hold", "is waiting at the counter" (not "is ready … at the counter")
    if (
        lemma in ("look", "face", "overlook", "sit", "stand", "lie")
        and (
            lemma in ("look", "face", "overlook")
            or verb.tag_ == "VBZ"
            or (verb.tag_ in ("VB", "VBP", "VBG") and _furniture_subject(verb, kind))
        )
        and any(
            c.dep_ in ("prt", "prep", "advmod")
            and c.lower_ in ctx.words("view_words")
            and (verb.tag_ == "VBZ" or lemma in ("look", "face", "overlook") or c.lower_ != "out")
            for c in children
        )
    ):
        return False  # a place: "Bed 10 looked out over the car park", "sits under a print"
    if _presses_for_help(verb, lemma):
        return True  # "22A hit the call button", "bed 4 is waving her arms"
    if _takes_in(verb, lemma):
        return True  # "Does bed 20 take sugar?"
    if lemma in ("keep", "start", "continue", "stop", "begin", "seem"):
        for c in _gerunds_of(verb):
            if _presses_for_help(c, _fixed_lemma(c)):
                return True  # "31C keeps hitting the call button"
            done = _fixed_lemma(c)
            if done in kind.thing_verbs or _machine_sense(done, c):
                return False
            if done in ctx.words("human_verbs") or (
                done in KEPT_DOING and _kept_by_a_customer(verb, ctx, kind)
            ):
                return True  # "12 kept ringing", "ticket 7720 keeps posting on the forum"
            if any(_owned(verb, o, ctx) for o in c.children if o.dep_ == "dobj"):
                return True  # "org 883 keeps reopening their ticket"
    if lemma in ("need", "require"):
        for c in children:
            if c.dep_ == "dobj" and c.lower_ == "what" and c.i < verb.i:
                return True  # "what bed 9 needs"
            if c.dep_ == "dobj":
                if c.lemma_.lower() in ctx.words("human_needs") or c.lower_ in ctx.words(
                    "human_needs"
                ):
                    return True
                if any(
                    g.dep_ == "poss" and g.lower_ in ("his", "her", "their") for g in c.children
                ):
                    return True
            if c.dep_ == "xcomp" and c.lemma_.lower() in ctx.words("human_verbs"):
                return True
            if c.dep_ in ("ccomp", "xcomp") and any(
                g.dep_ == "poss" and g.lower_ in ("his", "her", "their") for g in c.subtree
            ):
                return True  # "bed 2 needs their fluids changed"
        return False
    if lemma == "be":
        tough = _tough_infinitive(verb, ctx)
        if tough is not None:
            return _done_to_people(tough, ctx)  # "lovely to talk to", not "lovely to drive"
        if _place_state(verb, ctx, kind):
            return False  # "Flight 201 is late", "Room 3 is lovely and bright"
        for c in children:
            if c.dep_ in ("acomp", "attr") and (
                c.lemma_.lower() in ctx.words("human_states")
                or c.lower_ in ctx.words("human_states")
            ):
                if _takes_people_in(verb.doc, c.i, ctx):
                    return False  # "Bay 2 is happy to receive patients"
                if c.lower_ != "ready" or _ready_to_act(c, kind):
                    return True
                continue  # "ready for the 8pm" says nothing, but "is numb, ready for …" may
            if (
                c.dep_ == "prep"
                and c.lower_ in ("on", "at")
                and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in ctx.words("waiting_places")
                    for g in c.children
                )
                and not any(g.dep_ in ("acomp", "attr") for g in children)
            ):
                return True  # "is at the counter", not "is ready for collection at the counter"
            if (
                c.dep_ == "advmod"
                and c.lower_ in ("here", "back")
                and verb.i < c.i
                and not any(g.dep_ in ("attr", "acomp") for g in children)
                and not _back_in_store(verb, ctx)
            ):
                return True  # "Order 4471 is here to pick up"
            if c.dep_ == "attr" and c.pos_ == "NOUN" and _is_person_noun(c, ctx):
                return True  # "12 is a hen party", "Is claim 8109 the man with the photos?"
            if c.dep_ == "attr" and _holds_a_title(c, kind, ctx):
                return True  # "15022 is the CTO at the hospital trust"
            if c.dep_ == "attr" and _a_kind_of_person(c, ctx):
                return True  # "3C is a UM", "Bed 14 was a retired headmistress"
            if (
                c.dep_ == "attr"
                and c.lower_ == "one"
                and any(g.lower_ in ("with", "who") for g in c.subtree if g.i > c.i)
                and not any(g.lower_ in ("only", "first", "last") for g in c.children)
                and not _one_with_a_feature(c, ctx)
            ):
                return True  # "Is 23 the one with the walking frame?"
            if c.dep_ == "prep" and c.lower_ == "in" and _in_a_state(c, ctx):
                return True  # "26C is in tears", "is in a lot of pain", "is in a wheelchair"
        return _state_by_word_order(verb, ctx, kind)
    if lemma == "do" and verb.tag_ == "VBG" and any(c.lower_ == "how" for c in children):
        return True  # "How's 6 doing?"
    if lemma in LINKING_VERBS and _place_state(verb, ctx, kind):
        return False  # "Room 12 feels cold", "bed 4 looks clean"
    if lemma in ("get", "become", "grow", *LINKING_VERBS) and any(
        (
            c.dep_ in ("acomp", "attr")
            or (c.dep_ == "dobj" and not any(g.dep_ == "det" for g in c.children))
        )
        and c.lemma_.lower() in ctx.words("human_states")
        for c in children
    ):
        return True  # "is getting shouty" (read as an object)
    if lemma in LINKING_VERBS and any(c.dep_ in ("acomp", "attr") for c in children):
        return False  # "Table 4 looks great", "bed 4 feels hard": said of anything
    if lemma in ("have", *BOARDING_VERBS) and _granted(verb, ctx, kind):
        return True
    if lemma in ("have", "get") and _had_own_done(verb, ctx):
        return True  # "Has 15 had her obs done?", "bed 6 got his dressing changed"
    if lemma == "have" and _had_an_act(verb, ctx):
        return True  # "Did bed 4 have a shower?", "17F is having a tantrum"
    if _had_their_own(verb, lemma, ctx, kind):
        return True  # "Has table 6 had their starters yet?"
    if lemma in ("have", "spike", "run", "develop"):
        return any(
            c.dep_ == "dobj" and c.lemma_.lower() in ctx.words("human_conditions") for c in children
        )  # "has a nut allergy", "12 spiked a temp"
    if lemma in STATE_ENTRY_VERBS and any(
        c.dep_ == "prep" and c.lower_ in ("into", "in") and _in_a_state(c, ctx) for c in children
    ):
        return True  # "44C went into labour", "burst into tears"
    if lemma == "fall" and any(
        c.dep_ in ("acomp", "attr", "oprd") and c.lower_ in ctx.words("human_states")
        for c in children
    ):
        return True  # "fell asleep"
    if lemma == "spend" and any(
        c.tag_ == "VBG"
        and c.dep_ in ("xcomp", "advcl", "ccomp", "conj", "dep")
        and (done := _fixed_lemma(c)) in ctx.words("human_verbs")
        and done not in SAID_OF_THINGS_TOO  # "flight 22 spent an hour waiting for a slot"
        and done not in kind.thing_verbs
        for c in verb.subtree
        if c.i > verb.i
    ):
        return True  # "return 66 spent an hour explaining", not "spent two days in customs"
    if (
        lemma not in OBJECT_NEUTRAL_VERBS
        and lemma not in kind.thing_verbs
        and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ctx.words("person_objects") for c in children
        )
        and not _fitted_with(verb, lemma, ctx)
    ):
        return True  # "4417 opened a new ticket", "table 6 made a scene"
    if lemma not in CAUSATIVE_VERBS and any(
        _owned(verb, c, ctx) for c in children if c.dep_ == "dobj"
    ):
        return True  # "Bed 2 puts his call light on", "locker 48 left his keys": a person's own
    if (
        lemma in kind.thing_verbs
        or _capacity(verb)
        or _fitted(verb, lemma, ctx)
        or _reduced_passive(verb, lemma)
        or _undergoes(verb, lemma)
        or _supplied_with(verb, lemma, ctx)
        or _hangs_as_a_thing(verb, lemma)
        or _shows_a_status(verb, lemma, ctx, kind)
    ):
        return False
    if lemma in ctx.words("human_verbs"):
        return True
    return lemma == "show" and any(c.dep_ == "prt" and c.lower_ == "up" for c in children)


# What machines, cards and accounts refuse to do, or refuse to take: "pump 6 refusing to
# start", "PC 4 keeps refusing the password", "card 2 refusing contactless".
# Who a guest stays with: "staying with us", "stayed with them".
HOSTS = frozenset("us me them".split())


def _stayed_with_us(verb: Any, lemma: str, kind: LocatorKind) -> bool:
    """'Room 502 had been staying with us every summer', 'Cabin 8 stayed with us again':
    to stay with someone, told as it goes on or as it went, is to lodge as their guest. A
    record stays with whoever handles it ('case 4471 stays with me'), a place with its owner
    ('chalet 8 stayed with the estate'), and in the present a room may stay in a block
    kept back ('rooms 4 to 8 stay with us, the rest go to the agency')."""
    return (
        lemma == "stay"
        and verb.tag_ in ("VBG", "VBD", "VBN")
        and not kind.heads & CUSTOMER_RECORDS
        and any(
            c.dep_ == "prep"
            and c.lower_ == "with"
            and any(g.dep_ == "pobj" and g.lower_ in HOSTS for g in c.children)
            for c in verb.children
        )
    )


MACHINE_REFUSALS = frozenset(
    "start work connect load open close boot print charge scan read turn go budge lock unlock "
    "respond sync update run shut power log dispense accept take pay".split()
)
MACHINE_REFUSED = frozenset(
    "password passcode pin login log-in card cards payment payments contactless code key "
    "connection signal update upload file disc disk coin coins note notes ticket tickets".split()
)


def _refused_by_a_machine(verb: Any) -> bool:
    """Things refuse too: a till or a pump refuses to start or to take a card, an account
    refuses a login. Only a refusal of something a machine does or takes is read so; 'room
    14 refusing to leave' and '12C refusing the meal' stay a person's."""
    for c in verb.children:
        if c.dep_ == "xcomp" and c.lemma_.lower() in MACHINE_REFUSALS:
            return True
        if c.dep_ == "dobj" and c.lower_ in MACHINE_REFUSED:
            return True
    return False


# What people do that machines, software or bikes are said to do as well ('PC 4 is
# struggling', 'the printer's messing about', 'camera 2 filming the stage'): read as a
# person's act only with a person named after the verb ('bed 7 missing, check the garden
# for him', not 'page 4 missing'); 'hog' unless software hogs a resource.
SHARED_WITH_MACHINES = frozenset("hog film struggle mess muck miss".split())
# What software hogs, where a person hogs a seat, a machine or a lane: 'job 4410 hogging
# the queue', 'tenant 9 hogging CPU'.
HOGGED_RESOURCES = frozenset(
    "memory ram cpu cpus gpu processor cores bandwidth disk storage resources queue network "
    "server servers threads wifi connection".split()
)


def _machine_sense(lemma: str, verb: Any) -> bool:
    """Whether a person's act shared with machines is said here in its machine sense: a
    refusal to start or of a card, hogging memory or the queue, or struggling, filming or
    messing about with no person named after it ('PC 4 is struggling, restart it')."""
    if lemma == "refuse":
        return _refused_by_a_machine(verb)
    if lemma == "hog":  # by word order: the tagger may read "hogging memory" as a noun phrase
        return any(t.lower_ in HOGGED_RESOURCES for t in _rest_of_clause(verb.doc, verb.i))
    return lemma in SHARED_WITH_MACHINES and not _someone_there(verb.doc, verb.i)


# Pronouns that name a person as an object or an owner ('near her', 'get him a float', 'on
# his phone'); a subject pronoun may be the writer's source ('PC 4 is struggling, she says').
SOMEONE_PRONOUNS = frozenset("him her his them their".split())
# Verbs whose object, in an instruction, is the colleague the writer addresses, not the one
# the note is about: 'page 4 missing, ask him to reprint it' (but 'asked her to stop').
TOLD_VERBS = frozenset("ask tell let call ring email text remind warn".split())
# Prepositions whose 'his', 'her' or 'their' names the owner of where a thing is, not the
# one who acts: 'order 4410 missing from his account', 'PC 4 struggling with his files'.
HOLDER_PREPOSITIONS = frozenset("from in into inside of with".split())


def _rest_of_clause(doc: Any, i: int) -> list:
    """The words after `i` up to the next punctuation mark."""
    rest = []
    for t in doc[i + 1 :]:
        if t.is_punct:
            break
        rest.append(t)
    return rest


def _someone_there(doc: Any, i: int) -> bool:
    """Whether a person is named as an object or an owner after the word at `i`, which makes
    an act shared with machines a person's ('lane 4 struggling, get him a float', 'filming
    the stage on his phone'), unless the pronoun is a colleague being told ('PC 4
    struggling, tell her to use PC 5'), owns where a thing is ('missing from his order') or
    is what the act is done to ('camera 2 filming her')."""
    for t in doc[i + 1 :]:
        if t.lower_ not in SOMEONE_PRONOUNS or t.tag_ not in ("PRP", "PRP$"):
            continue
        if (
            t.dep_ in ("dobj", "nsubj")
            and t.head.tag_ == "VB"
            and t.head.lemma_.lower() in TOLD_VERBS
        ):
            continue
        if t.dep_ == "poss" and t.head.head.lower_ in HOLDER_PREPOSITIONS:
            continue
        if t.dep_ == "dobj" and t.head.i == i:
            continue  # the one filmed or missed: 'camera 2 filming her', 'order 88 missed him'
        return True
    return False


def _holds_a_title(attr: Any, kind: LocatorKind, ctx: SentenceContext) -> bool:
    """'15022 is the CTO at the trust', 'Account 8812 is the CEO of a building firm': a
    title only a person holds, said of a record or a bare number. Said of a place it may
    name whose place it is ('Room 4 is the CEO this week', 'Desk 4 is the founder')."""
    if not (kind.strict or kind.preposition == "with"):
        return False
    titles = ctx.words("person_titles")
    return attr.pos_ in ("NOUN", "PROPN") and (
        attr.lower_ in titles or attr.lemma_.lower() in titles
    )


INDEFINITE_ARTICLES = frozenset("a an".split())


def _a_kind_of_person(attr: Any, ctx: SentenceContext) -> bool:
    """'3C is a UM', 'Bed 14 was a retired headmistress', '19F was a surgeon': a noun that
    only names a person, said with 'a' or 'an', classes the number as someone, as no room,
    seat or record is a widower or a surgeon. 'The' may say whose place it is ('Room 4 is
    the CEO'), and a noun after it makes the person a modifier ('a surgeon rota', 'a
    teacher's desk')."""
    if not _names_a_kind_of_person(attr, ctx):
        return False
    if not any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in attr.children):
        return False
    return not _modifies_what_follows(attr.doc, attr.i)


def _names_a_kind_of_person(tok: Any, ctx: SentenceContext) -> bool:
    """The word, or its lemma, is one of `person_kinds` or `person_titles`: nouns that only
    ever name a person."""
    words = {tok.lower_, tok.lemma_.lower()}
    return not words.isdisjoint(ctx.words("person_kinds")) or not words.isdisjoint(
        ctx.words("person_titles")
    )


def _modifies_what_follows(doc: Any, i: int) -> bool:
    """Whether the noun at `i` is a possessive or a modifier of a noun after it ('a UM
    seat', 'a teacher's desk'), so that the person it names is not what is spoken of."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    return after is not None and (
        after.lower_ in ("'s", "’s") or after.tag_ in ("NN", "NNS", "NNP", "NNPS", "POS")
    )


# The present 'be' a note puts after a number, read by word order ("7E is a UM", "Nine,
# your order's ready", "the 3:15 is in reception").
BE_FORMS = frozenset("is are 's ’s".split())
# Words a kind of person may carry between the article and itself: "a nervous", "an elderly".
KIND_MODIFIER_TAGS = frozenset("JJ RB VBN HYPH".split())


@person_test("person_by_number")
def classed_as_a_person(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'7E is a UM, 9 yrs old, mum meeting at arrivals': the same reading as
    `_a_kind_of_person`, by word order, where the parser has lost the copula's complement
    in a note. The number must open the note or a clause ('…, that 19F was a surgeon')."""
    doc = ctx.doc
    i = mention.end
    if mention.many or i + 2 >= len(doc) or doc[i].lower_ not in BE_FORMS:
        return None
    if doc[i + 1].lower_ not in INDEFINITE_ARTICLES:
        return None
    before = doc[mention.start - 1].lower_ if mention.start > 0 else ""
    if not (_opens_note(mention, ctx) or before in ("that", "and", "but", ",")):
        return None
    j = i + 2
    while j < min(len(doc), i + 5) and doc[j].tag_ in KIND_MODIFIER_TAGS:
        j += 1
    if j >= len(doc):
        return None
    noun = doc[j]
    kinds = ctx.words("person_kinds") | ctx.words("person_titles")
    if noun.lower_ not in kinds:
        return None
    if _modifies_what_follows(doc, j):
        return None  # "14C is a UM seat"
    return Person(mention.start, mention.end, None)


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


# What people keep doing, said of no place or record: "ticket 7720 keeps posting on the
# forum", "seat 41 keeps pinging the CEO" (but a ticket may keep reopening by itself).
# Machines post, ping and message too ("line 3 keeps pinging the gateway"), so these count
# only for a head that stands for a customer (_kept_by_a_customer).
KEPT_DOING = frozenset("post comment ping spam resubmit message tag".split())
# Heads that stand for whoever occupies them: places people sit, stay or lie in.
OCCUPIED_HEADS = frozenset(
    "seat row box room suite cabin compartment dorm rm tent caravan chalet villa lodge "
    "cottage apartment flat table tbl patio bed bd bay cubicle cot berth bunk pod resus".split()
)
# Heads that stand for the customer who holds them: accounts, tickets, orders, bookings.
CUSTOMER_RECORDS = frozenset(
    "account acct acc card policy claim loan mortgage loyalty licence license ticket order "
    "case booking reservation confirmation pnr registration membership subscription res ref "
    "return appointment rma invoice".split()
)


# Modals of permission: "table 7 can have the sea bass", "4 may have the window".
PERMISSION_MODALS = frozenset("can ca could may might".split())
# Modifiers of what is added to a place: "Room 12 can have the extra bed".
ADDED_THINGS = frozenset("extra spare additional second new".split())
# Getting on or off, which a seat may be let do but a row boards by call: "rows 20-24 may
# board now" calls the rows, not someone.
BOARDING_VERBS = ("board", "disembark", "deplane", "embark")


def _granted(verb: Any, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """'Table 7 can have the sea bass', 'No, 15 can't have the corner booth': 'have' under a
    modal of permission, with a dish, a drink or one particular place as its object, is what
    someone is allowed to take, and only people are let take things; so is being let on or
    off ('12C may board now', but not 'rows 20-24 may board'). What a place may be
    fitted with ('Room 3 can have a cot in it', 'two beds pushed together', 'the blinds down',
    'a new lock') or hold ('six') is not; nor is what a record may carry ('order 5512 can
    have a gift note'), so the head must be a place people occupy, or none."""
    if kind.heads and not kind.heads & OCCUPIED_HEADS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in PERMISSION_MODALS for c in verb.children):
        return False
    if verb.lemma_.lower() in BOARDING_VERBS:
        return not any(
            c.dep_ in ("nsubj", "prt") and (c.dep_ == "prt" or c.lemma_.lower() == "row")
            for c in verb.children
        )
    if any(c.dep_ in ("prt", "oprd", "ccomp", "xcomp", "acomp") for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1:
        return False
    obj = objects[0]
    if any(
        t.dep_ == "pobj" and t.lower_ == "it" and t.head.head.i in (verb.i, obj.i)
        for t in verb.subtree
    ):
        return False  # "Room 3 can have a cot in it": the place is fitted
    lemma = obj.lemma_.lower()
    parts = ctx.words("thing_parts")
    if (
        lemma in parts
        or obj.lower_ in parts
        or any(
            g.dep_ in ("nummod", "acl", "relcl") or g.tag_ == "CD" or g.lower_ in ADDED_THINGS
            for g in obj.children
        )
    ):
        return False  # "two beds", "the extra bed": what a place is fitted with
    taken = ctx.words("human_needs") | ctx.words("personal_belongings")
    return (
        lemma in taken
        or obj.lower_ in taken
        or any(g.dep_ == "det" and g.lower_ == "the" for g in obj.children)
    )


def _kept_by_a_customer(verb: Any, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """Whether the subject of 'keeps pinging / posting …' is headed by a place people
    occupy or a record a customer holds ('seat 41', 'ticket 7720'), not by a line, kiosk,
    till, terminal or channel, which ping and post by themselves. A bare code counts by
    what its rule's heads are ('14C' is a seat); a bare number by itself does not."""
    customer_heads = OCCUPIED_HEADS | CUSTOMER_RECORDS
    subject = verb
    while subject.dep_ == "conj" and subject.head.i != subject.i:
        subject = subject.head
    for c in subject.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            heads = {t.lower_.rstrip(".") for t in c.subtree} & ctx.words("locator_heads")
            if heads:
                return bool(heads & customer_heads)
    return bool(kind.heads & customer_heads)


def _gerunds_of(verb: Any) -> list:
    """The -ing forms that say what is kept, started or stopped: the verb's xcomp, or the
    word right after it when the parser hung it on a later noun ('kept ringing reception')."""
    found = [c for c in verb.children if c.dep_ == "xcomp"]
    doc = verb.doc
    i = verb.i + 1
    if i < len(doc) and doc[i].lower_ == "on":
        i += 1
    if i < len(doc) and doc[i].tag_ == "VBG" and doc[i] not in found:
        found.append(doc[i])
    return found


def _owned(verb: Any, obj: Any, ctx: SentenceContext) -> bool:
    """Whether the object is the subject's own by its possessive: 'his' or 'her' thing,
    or 'their' thing when the subject is one numbered thing ('org 883 reopened their
    ticket', not 'rooms 4 and 5 lost their keys') and the thing is one people have
    (not 'Flight 40 changed their gate', said of the airline)."""
    owner = next((g.lower_ for g in obj.children if g.dep_ == "poss"), None)
    if owner in ("his", "her"):
        return True
    if owner != "their":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if (
        subject is None
        or subject.tag_ in ("NNS", "NNPS", "PRP")
        or any(c.dep_ in ("conj", "cc") for c in subject.children)
        or not (subject.tag_ == "CD" or any(c.like_num for c in subject.children))
    ):
        return False
    things = ctx.words("possessions") | ctx.words("personal_belongings")
    return obj.lower_ in things | ctx.words("person_objects") or obj.lemma_.lower() in things


# Person states that praise or fault a place just as well: "408 is lovely, best view".
SAID_OF_PLACES_TOO = frozenset(
    "ready lovely nice sweet pleasant charming comfortable uncomfortable cold hot warm "
    "high old young stable weak cross kind difficult free".split()
)


# What a ward, a desk or a hotel does with the people it takes in: 'bay 2 happy to receive
# patients', 'room 4 able to admit guests from noon'.
INTAKE_VERBS = frozenset("receive admit accept".split())


def _takes_people_in(doc: Any, i: int, ctx: SentenceContext) -> bool:
    """Whether the state at `i` goes on 'to receive', 'to admit' or 'to accept' people ('bay
    2 happy to receive patients'): the staff of a place take people in, so the number is the
    place; 'room 14 happy to accept the upgrade' stays a person's."""
    if i + 2 >= len(doc) or doc[i + 1].lower_ != "to":
        return False
    if doc[i + 2].lemma_.lower() not in INTAKE_VERBS:
        return False
    people = ctx.words("person_nouns") | ctx.words("descriptor_nouns") | ctx.words("customer_nouns")
    return any(
        t.tag_ == "NNS" and (t.lower_ in people or t.lemma_.lower() in people)
        for t in _rest_of_clause(doc, i + 2)
    )


def _ready_to_act(ready: Any, kind: LocatorKind) -> bool:
    """'ready to order', 'ready to pay', 'ready to go home', 'ready to go up to the ward':
    ready for what only people do; 'ready for the 8pm', 'ready to leave' (of a flight),
    'ready to go back into use' say as much of a place."""
    return any(
        g.dep_ == "xcomp"
        and (
            g.lemma_ in ("order", "pay", "leave")
            or (g.lemma_ == "go" and any(h.lower_ == "home" for h in g.children))
            or (g.lemma_ == "go" and _goes_for_care(g))
        )
        and g.lemma_ not in kind.thing_verbs  # "flight 45 is ready to leave"
        for g in ready.children
    )


# Where a patient goes from a bay or a cubicle: "ready to go up to the ward".
CARE_DESTINATIONS = frozenset(
    "ward wards theatre theatres recovery x-ray xray ct mri scan icu hdu itu dialysis "
    "discharge".split()
)


def _goes_for_care(go: Any) -> bool:
    """'go up to the ward', 'go to x-ray': a going to where patients are taken, which a
    bay or a cubicle does not do ('go back into use', 'go up to full capacity')."""
    return any(
        p.dep_ == "prep"
        and p.lower_ == "to"
        and any(o.dep_ == "pobj" and o.lower_ in CARE_DESTINATIONS for o in p.children)
        for p in go.children
    )


def _state_by_word_order(verb: Any, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """'Bed 7 is hypotensive, recheck in ten minutes': a person's state right after 'is'
    that the parser has hung on a later word; it must end its phrase (punctuation, a
    preposition, 'and' or the end), so that 'is a vegan option' is not read so."""
    doc = verb.doc
    i = verb.i + 1
    while i < len(doc) and doc[i].lower_ in ("very", "so", "really", "quite", "still", "now"):
        i += 1
    if i >= len(doc) or doc[i].pos_ not in ("ADJ", "VERB"):
        return False
    low = doc[i].lower_
    if low not in ctx.words("human_states") or low in SAID_OF_PLACES_TOO:
        return False
    if low in kind.thing_states or low in ctx.words("place_states"):
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is None or nxt.is_punct or nxt.tag_ in ("IN", "CC")


# Verbs of entering a state: "went into labour", "burst into tears", "broke down in tears".
STATE_ENTRY_VERBS = frozenset("go fall burst break slip drift lapse".split())
# Verbs whose object says nothing of their subject: "Room 4 has a shower", "needs a ticket".
OBJECT_NEUTRAL_VERBS = frozenset(
    "have get need require include feature lack contain come hold show list cost print sell "
    "issue handle take process serve accept receive resolve close collect scan display store "
    "keep generate".split()
)


def _place_state(verb: Any, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """A complement, or one joined to it, that only a place has: 'Room 3 is lovely and
    bright', 'bed 4 is empty', or what the rule says of its own places ('flight 9 is late')."""
    complements = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
    complements += [g for c in complements for g in c.children if g.dep_ == "conj"]
    return any(
        c.lower_ in kind.thing_states or c.lower_ in ctx.words("place_states") for c in complements
    )


# Verbs that, with a bare complement, are a passive with its auxiliary left out: "card 4471
# reported stolen", "wristband 2207 found broken", "table 6 marked paid".
RESULT_VERBS = frozenset("report find declare list mark flag log leave record".split())


def _reduced_passive(verb: Any, lemma: str) -> bool:
    """'wristband 2207 reported lost': the number is what was reported, not who reported."""
    return (
        lemma in RESULT_VERBS
        and verb.tag_ in ("VBD", "VBN")
        and not any(c.dep_ in ("dobj", "ccomp") for c in verb.children)
        and any(
            c.dep_ in ("oprd", "acomp", "xcomp") and c.tag_ in ("JJ", "VBN") and c.i == verb.i + 1
            for c in verb.children
        )
    )


# Verbs that take an object and a bare verb, where 'her' is the object: "B12 helps her sleep".
CAUSATIVE_VERBS = frozenset("help make let keep have see watch hear".split())
# Verbs with a subject that undergoes them when they have no object: "bed 8 broke" (but
# "room 4 broke the lamp").
ERGATIVE_VERBS = frozenset("break crack snap tear rip smash shatter burst spill".split())
# Verbs that link a subject to how it seems: the complement says what the subject is.
LINKING_VERBS = ("look", "seem", "feel", "sound", "appear")


def _capacity(verb: Any) -> bool:
    """'Room 3 sleeps four', 'table 9 seats six people': how many fit, not who is there."""
    return any(
        c.dep_ == "dobj"
        and (
            (c.tag_ == "CD" and c.like_num)
            or (
                c.lemma_.lower() in ("people", "person", "adult", "child", "guest", "diner")
                and any(g.dep_ == "nummod" or g.tag_ == "CD" for g in c.subtree if g.i < c.i)
            )
        )
        for c in verb.children
    )


def _supplied_with(verb: Any, lemma: str, ctx: SentenceContext) -> bool:
    """'Room 12 comes with a kettle': what a place or a product includes (but 'room 12 came
    with his wife')."""
    return lemma == "come" and any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(
            g.dep_ == "pobj"
            and not _is_person_noun(g, ctx)
            and not any(h.dep_ == "poss" for h in g.children)
            for g in c.children
        )
        for c in verb.children
    )


FURNITURE_MOVES = frozenset("push pull move join put drag shove slide split".split())


def _moved_as_furniture(verb: Any, lemma: str) -> bool:
    """'tables 3 and 5 pushed together', 'T2 and T3 pulled apart': tables or seats moved
    together or apart are furniture, whatever moves them."""
    return lemma in FURNITURE_MOVES and any(
        c.dep_ in ("advmod", "prt") and c.lower_ in ("together", "apart") for c in verb.children
    )


def _addresses_the_reader(verb: Any, lemma: str) -> bool:
    """'Policy 5521 asks you to report claims', 'Ticket 9031 tells you everything': a text
    that speaks to whoever reads it, in the present tense."""
    return (
        lemma in ("ask", "tell", "remind", "advise", "warn", "invite", "require")
        and verb.tag_ == "VBZ"
        and any(c.dep_ in ("dobj", "dative") and c.lower_ == "you" for c in verb.children)
    )


def _undergoes(verb: Any, lemma: str) -> bool:
    """'Seat 12C broke again': an ergative verb with no object says what happened to it."""
    return lemma in ERGATIVE_VERBS and not any(c.dep_ == "dobj" for c in verb.children)


# Where a framed thing hangs: "hangs from a hook", "hangs above the box office".
HUNG_PREPOSITIONS = frozenset("from above over behind below beneath under in inside".split())
# What a thing hangs on: "hangs on the wall" (but "hangs on the line" is someone waiting).
HUNG_ON = frozenset("wall walls door hook hooks peg pegs nail board noticeboard rail".split())


def _hangs_as_a_thing(verb: Any, lemma: str) -> bool:
    """'Bib 1 hangs framed in the clubhouse', 'Ticket 0001 hangs framed above the box office',
    'ticket 12 hangs on the wall': what hangs framed, from something, above or in a place is
    a thing on show. A person hangs up, on, around or out ('room 4 hung up on me'), which
    the parse gives a particle, or 'hangs in there'."""
    if lemma != "hang" or any(c.dep_ == "prt" for c in verb.children):
        return False
    for c in verb.children:
        if c.lower_ == "framed":
            return True
        objects = [g for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
        if c.dep_ != "prep" or not objects:
            continue
        if c.lower_ in HUNG_PREPOSITIONS or (
            c.lower_ == "on" and any(g.lemma_.lower() in HUNG_ON for g in objects)
        ):
            return True
    return False


# What a record's screen says it is, beside the places' states: "ticket 44 says closed".
RECORD_STATUSES = frozenset(
    "pending resolved cancelled canceled expired overdue dispatched shipped delivered".split()
)


def _shows_a_status(verb: Any, lemma: str, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """'ticket 44 in the queue says closed', 'order 12 says dispatched': a record or a sign
    'says' a status, one bare word; someone says a clause or what they feel ('says paid'
    may be a claim, so it is no status here)."""
    if lemma != "say":
        return False
    words = [c for c in verb.children if c.dep_ in ("ccomp", "acomp", "oprd", "xcomp", "dobj")]
    statuses = ctx.words("place_states") | kind.thing_states | RECORD_STATUSES
    return (
        len(words) == 1
        and not list(words[0].children)
        and words[0].i == verb.i + 1
        and words[0].lower_ in statuses
    )


def _fitted(verb: Any, lemma: str, ctx: SentenceContext) -> bool:
    """'Room 4 got a new carpet', 'Room 14 lost power': what a place receives or loses is a
    part of it."""
    return lemma in ("get", "have", "receive", "lose") and any(
        c.dep_ == "dobj"
        and (c.lemma_.lower() in ctx.words("thing_parts") or c.lower_ in ctx.words("thing_parts"))
        for c in verb.children
    )


# Heads of places where a person lies or sits, whose number a patient may be called by
# even as they sit by the window ("bed 4 is sitting by the window").
BED_HEADS = frozenset("bed bd bay cubicle cot berth bunk pod resus trolley stretcher chair".split())


def _furniture_subject(verb: Any, kind: LocatorKind) -> bool:
    """Whether the verb's subject is a head word for furniture or a place, not a bare code
    nor a bed: 'table 4 is sitting by the window', 'Tables 3, 5 and 9 sit by the window'
    place the table, where '14 is sitting by the window' may be whoever is in 14."""
    return any(
        c.dep_ == "nsubj"
        and c.pos_ == "NOUN"
        and (lemma := c.lemma_.lower()) in kind.heads
        and lemma not in BED_HEADS
        for c in verb.children
    )


def _fitted_with(verb: Any, lemma: str, ctx: SentenceContext) -> bool:
    """'Does room 12 have a bath?', 'Room 4 has a shower': a 'have' in the simple present
    with a fitting as its object says what the place has; what someone had or is having
    ('Has bed 4 had a bath?', 'bed 4 is having a shower') is done by a person."""
    if lemma != "have" or verb.tag_ not in ("VB", "VBP", "VBZ"):
        return False
    if any(c.dep_ == "aux" and (c.lemma_ == "have" or c.lower_ == "did") for c in verb.children):
        return False  # "has had a bath", "did bed 4 have a shower?"
    features = ctx.words("thing_parts") | ctx.words("place_features")
    return any(
        c.dep_ == "dobj" and (c.lemma_.lower() in features or c.lower_ in features)
        for c in verb.children
    )


# What one has brought, sent or moved somewhere: a place has a guest's case brought up
# ("Has room 12 had her suitcase brought up?") as a person has it done.
DELIVERY_VERBS = frozenset("bring send deliver carry move take put fetch".split())
DIRECTIONS = frozenset("up down in into over round across to back out".split())


def _had_own_done(verb: Any, ctx: SentenceContext) -> bool:
    """'Has 15 had her obs done?', 'bed 6 got his dressing changed', '12 has had his
    bloods taken': a causative 'have' or 'get' of something done to what is the subject's
    own ('her obs') says the number is a person, as 'needs their fluids changed' does. What
    is brought or sent to a place ('room 12 had her suitcase brought up') is not."""
    for done in verb.children:
        if done.dep_ not in ("ccomp", "xcomp", "conj") or done.tag_ != "VBN":
            continue
        if _fixed_lemma(done) in DELIVERY_VERBS and any(
            c.dep_ in ("prt", "prep", "advmod") and c.lower_ in DIRECTIONS for c in done.children
        ):
            continue
        if _fixed_lemma(done) in ("bring", "send", "deliver"):
            continue
        if any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i < done.i and _owned(verb, c, ctx)
            for c in done.children
        ):
            return True
    return False


def _had_their_own(verb: Any, lemma: str, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """'Has table 6 had their starters yet?', 'room 9 had his breakfast': 'have' of a thing
    that is the subject's own by 'his', 'her' or 'their', with nothing done to it; the
    causative with something done is `_had_own_done`'s ('room 12 had her suitcase brought
    up' is a delivery to the room), and 'its' is a place's ('had its leg fixed'). Not the
    simple present, nor with 'it' in the clause, which say what a room holds ('Room 12 has
    her luggage in it'), nor of a record, which holds its customer's words ('Has ticket 4410
    had her reply?')."""
    return (
        lemma == "have"
        and not kind.heads & CUSTOMER_RECORDS
        and (verb.tag_ in ("VBD", "VBN") or any(c.dep_ == "aux" for c in verb.children))
        and not any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in verb.children)
        and not any(t.lower_ in IT_WORDS for t in verb.subtree)
        and any(_owned(verb, c, ctx) for c in verb.children if c.dep_ == "dobj")
    )


# What a person has that is something they do, not a thing they hold or a fitting they
# have put in: "had a shower", "is having a tantrum".
HAD_ACTS = frozenset("shower bath nap snooze tantrum meltdown strop hissy fit wobbly fuss".split())


def _had_an_act(verb: Any, ctx: SentenceContext) -> bool:
    """'Did bed 4 have a shower?', '17F is having a tantrum', 'bed 2 had a nap': a 'have'
    of what people do (a bath, a nap, a tantrum) that is not the simple present, which says
    what a place is fitted with ('Does room 12 have a bath?'), nor has a thing done to it
    ('room 12 had a shower fitted')."""
    if verb.tag_ not in ("VBD", "VBN", "VBG") and not any(
        c.dep_ == "aux" and (c.lemma_ == "have" or c.lower_ == "did") for c in verb.children
    ):
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in verb.children):
        return False
    return any(
        c.dep_ == "dobj"
        and (c.lemma_.lower() in HAD_ACTS or _words_had(c, ctx))
        and not any(g.dep_ in ("acl", "relcl") or g.lower_ in ADDED_THINGS for g in c.children)
        for c in verb.children
    )


# Whom or what words are had with or over: "having words with the waiter", "over the blind".
WORDS_HAD = frozenset("with over".split())


def _words_had(noun: Any, ctx: SentenceContext) -> bool:
    """'having words with the waiter', 'had a word with Anna', 'having words over the blind':
    to have words is to argue or talk, where a page or a sign has words on it ('has words
    missing', 'had words painted on', 'had words with no spaces'), so only 'with' someone,
    'over' something that is not the thing itself ('over it'), or nothing follows."""
    if noun.lemma_.lower() != "word":
        return False
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if after is None or after.is_punct:
        return True
    if after.lower_ not in WORDS_HAD:
        return False
    if after.lower_ == "over":
        return after.i + 1 < len(doc) and doc[after.i + 1].lower_ not in ("it", "them")
    objects = [t for t in doc[after.i + 1 : after.i + 4] if t.pos_ in ("NOUN", "PROPN", "PRON")]
    return bool(objects) and (
        objects[0].lower_ in ("him", "her", "them") or _someone(objects[0], ctx)
    )


def _one_with_a_feature(one: Any, ctx: SentenceContext) -> bool:
    """'Room 12 is the one with the balcony', '305 is the one with the connecting door': a
    'one with' a place's fitting is one place among others, where 'the one with the walking
    frame' or 'the one with dementia' is a person."""
    features = ctx.words("place_features")
    return any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(g.dep_ == "pobj" and g.lemma_.lower() in features for g in c.children)
        for c in one.children
    )


# Predicates of a tough construction, whose subject is the object of the infinitive:
# "19 is lovely to drive", "22 is a nightmare to work on", "bed 4 is hard to wake".
TOUGH_PREDICATES = frozenset(
    "easy hard difficult tough impossible simple nice lovely pleasant great good fun awkward "
    "tricky painful dangerous safe quick slow nightmare pain joy pleasure dream breeze chore "
    "doddle hell delight".split()
)


def _tough_infinitive(verb: Any, ctx: SentenceContext) -> Any | None:
    """The infinitive of 'X is easy to VERB' (or 'a nightmare to VERB'), if the clause is one."""
    for c in verb.children:
        if c.dep_ not in ("acomp", "attr") or c.lemma_.lower() not in TOUGH_PREDICATES:
            continue
        for inf in [*c.children, *verb.children]:  # the parse may hang it on either
            if (
                inf.dep_ in ("xcomp", "acl", "advcl", "relcl")
                and inf.tag_ == "VB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in inf.children)
                and not any(o.dep_ in ("dobj", "nsubj") for o in inf.children)
            ):
                return inf
    return None


def _passive_gerund(verb: Any) -> Any | None:
    """The gerund of 'X wants/needs VERB-ing', whose subject is what the gerund is done to:
    'table 3 wants resetting', 'bed 3 needs turning'."""
    if _fixed_lemma(verb) not in ("want", "need", "require"):
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("xcomp", "dobj")
            and c.tag_ in ("VBG", "NN")
            and c.lower_.endswith("ing")
            and c.i == verb.i + 1
            and not any(g.dep_ in ("nsubj", "dobj", "aux") for g in c.children)
        ),
        None,
    )


def _done_to_people(tok: Any, ctx: SentenceContext) -> bool:
    """Whether a verb is one whose object is a person: 'wake', 'serve', 'deal with', 'talk to'."""
    lemma = _fixed_lemma(tok)
    if tok.lower_.endswith("ing") and tok.tag_ == "NN":
        lemma = tok.lower_[:-3]  # a gerund read as a noun: "wants feeding"
    people = ctx.words("interaction_verbs") | ctx.words("number_object_verbs")
    if lemma in people or lemma + "e" in people:
        return True
    return any(
        c.dep_ == "prep" and c.lower_ in ("to", "with") and lemma in ctx.words("speech_verbs")
        for c in tok.children
    ) or (lemma in ("deal", "work", "get") and any(c.lower_ == "with" for c in tok.children))


MODALS = frozenset("can could should shall will would".split())
# Verbs the tagger may read as a modifier of the place: "moving room 140 to 241".
MOVING_VERBS = frozenset("move moving swap swapping upgrade upgrading bump bumping".split())
# Particles between a verb and its object: "wake up G3", "cut off 26B".
PARTICLES = frozenset("up off down back".split())
# Verbs whose 'at' object is someone: "swearing at 26C", "glared at table 4".
AT_VERBS = frozenset(
    "shout yell scream swear curse snap bark glare stare wave smile wink laugh sneer "
    "swing lash".split()
)
CALL_VERBS = frozenset("call ring phone email text message buzz".split())
# Words between a verb and the thing given to the number: "bring 12 their bill".
GIFT_OPENERS = frozenset("a an another some the their his her more any".split())
TIME_NOUNS = frozenset("day days week weeks night nights hour hours time times month year".split())


def _word_before(mention: Mention, ctx: SentenceContext) -> Any | None:
    """The word before a number, looking back past the rest of its list ('comp 12 and 13')."""
    doc = ctx.doc
    i = mention.start - 1
    while i > 0 and (doc[i].text in (",", "&") or doc[i].lower_ == "and" or _is_code(doc[i])):
        i -= 1
    return doc[i] if i >= 0 else None


def _is_code(tok: Any) -> bool:
    return any(c.isdigit() for c in tok.text) and len(tok.text) <= 6


def _word_after(mention: Mention, ctx: SentenceContext) -> int:
    """The index after a number and the rest of its list ('12 and 13 a programme')."""
    doc = ctx.doc
    i = mention.end
    while i < len(doc) and (
        doc[i].text in (",", "&") or doc[i].lower_ == "and" or _is_code(doc[i])
    ):
        i += 1
    return i


def _eye_kept(verb: Any) -> bool:
    """'keep an eye on 12': watching someone, not 'keep the lid on'."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() == "eye" for c in verb.children)


def _called_back(mention: Mention, ctx: SentenceContext) -> bool:
    """'call back 6671', 'ring account 30917 back', 'email order 4471 back': returning a call
    is done to a person."""
    doc = ctx.doc
    before = mention.start - 1
    if before >= 0 and doc[before].lower_ == "back":
        before -= 1
    back = doc[before + 1].lower_ == "back" if before + 1 < mention.start else False
    back = back or (mention.end < len(doc) and doc[mention.end].lower_ == "back")
    return (
        back
        and before >= 0
        and doc[before].lemma_.lower() in CALL_VERBS
        and doc[before].pos_ in ("VERB", "NOUN")
        and doc[before].tag_ not in ("NNS",)
    )


def _given_something(mention: Mention, ctx: SentenceContext) -> bool:
    """'bring 12 their bill', 'Take table 6 another bottle', 'comp 12 and 13 a programme':
    the number between a verb of giving and the thing given is who receives it."""
    doc = ctx.doc
    prev = _word_before(mention, ctx)
    if prev is None or prev.lower_ not in ctx.words("giving_verbs"):
        return False
    asked = prev.i > 1 and doc[prev.i - 2].lower_ in MODALS  # "Can we send 12 a card?"
    if (
        prev.i > 0
        and not asked
        and not (
            doc[prev.i - 1].is_punct or doc[prev.i - 1].lower_ in ("please", "pls", "you", "and")
        )
    ):
        return False  # an order, not "the coffee we bring 12 a day"
    i = _word_after(mention, ctx)
    if i >= len(doc) or doc[i].lower_ not in GIFT_OPENERS:
        return False
    return not any(t.lower_ in TIME_NOUNS for t in doc[i : i + 3])


def _belongs_to(mention: Mention, ctx: SentenceContext) -> bool:
    """'the food for table 10', 'the appetizer for 602': a person's order, by parse or by order."""
    doc = ctx.doc
    i = mention.start - 1
    while i >= 0 and doc[i].lower_ in DETERMINERS:
        i -= 1
    if i < 1 or doc[i].lower_ != "for":
        return False
    owners = [doc[i - 1]]
    root = mention.root
    if root.dep_ == "pobj" and root.head.i == i:
        owners.append(root.head.head)
    if mention.bare and re.match(r"^(19|20)\d\d$", doc[mention.start].text):
        return False  # "the bill for 2024" is a year
    return any(
        o.pos_ in ("NOUN", "PROPN")
        and (o.lemma_.lower() in ctx.words("possessions") or o.lower_ in ctx.words("possessions"))
        for o in owners
    )


def _owner_of(mention: Mention, ctx: SentenceContext) -> bool:
    """'the pram by the door belongs to table 6', 'this coat belongs to 12A': what belongs
    to the number is a person's own thing, so the number is its owner (but 'the key belongs
    to room 4' and 'this chair belongs to table 6' are parts of a place). Read by word
    order, as the parser takes 'to table 6' for an infinitive."""
    doc = ctx.doc
    i = mention.start
    if i < 2 or doc[i - 1].lower_ != "to" or doc[i - 2].lemma_.lower() != "belong":
        return False
    verb = doc[i - 2]
    owned = ctx.words("personal_belongings") | ctx.words("possessions")
    return any(
        c.dep_ == "nsubj"
        and (c.lemma_.lower() in owned or c.lower_ in owned)
        and c.lower_ not in ctx.words("thing_parts")
        and c.lemma_.lower() not in ctx.words("thing_parts")
        for c in verb.children
    )


@person_test("person_by_number")
def is_a_person(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'she became room 143', 'I'm 4A': the number names who a person is."""
    dep, root = _mention_role(mention)
    if dep not in ("attr", "acomp", "oprd"):
        return None
    verb = root.head
    if verb.lemma_.lower() not in ("be", "become", "remain"):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i > mention.start:
        return None
    if mention.bare and _code_text(root).isdigit() and len(_code_text(root)) <= 2:
        return None  # "He is 84": an age
    if subj.lower_ in ("he", "she", "they") or _is_person_noun(subj, ctx):
        return Person(mention.start, mention.end, None)
    if verb.lemma_.lower() == "become" and _a_person_word(subj, ctx):
        return Person(mention.start, mention.end, None)  # not "the storeroom became bay 9"
    if subj.lower_ in ("it", "that", "this") and _about_a_call(ctx):
        return Person(mention.start, mention.end, None)  # "My phone rang; it was room 226."
    return None


CALL_WORDS = frozenset(
    "phone phoned rang ring rings ringing call called calling caller line buzz buzzing buzzed "
    "knock knocking knocked".split()
)


def _about_a_call(ctx: SentenceContext) -> bool:
    """Who is calling: 'it was room 226' names a caller when a call is in the air."""
    words = {t.lower_ for t in ctx.doc} | set(re.findall(r"[a-z]+", ctx.previous.lower()))
    return bool(words & CALL_WORDS)


# A question about who, anywhere in the sentence before: '"Who?" I asked.', 'Who's next?'
WHO_QUESTION = re.compile(r"(?:^|[\"“‘'\s])[Ww]ho(?:'s|’s)?\b[^.!?\"”]{0,40}\?")


def _asks_who(previous: str) -> bool:
    """Whether the sentence before asks about who: 'Who?', 'Who's on hold?'."""
    opening = previous.strip().lower().lstrip("\"“‘'")
    return (opening.startswith("who") and "?" in opening) or bool(WHO_QUESTION.search(previous))


WHICH_QUESTION = re.compile(r"\b[Ww]hich (\w+)((?:\s+\w+[\w'’]*){1,4})\s*\?")


def _asks_which(previous: str, ctx: SentenceContext) -> bool:
    """'Which table is celebrating?', 'Which room complained?': a question about which
    numbered place did what people do (not 'Which seat is missing its cushion?')."""
    match = WHICH_QUESTION.search(previous)
    if match is None or match.group(1).lower() not in ctx.words("locator_heads"):
        return False
    verbs = ctx.words("human_verbs") - WEAK_VERBS - {"need"}  # "Which order needs gift wrap?"
    states = ctx.words("human_states")
    for word in re.findall(r"[a-z]+", match.group(2).lower()):
        stems = {word, word[:-1], word[:-2], word[:-3], word[:-3] + "e", word[:-2] + "e"}
        if word in states or (len(word) > 3 and stems & verbs):
            return True
    return False


@person_test("person_by_number")
def answers_who(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'"Who?" I asked. "Room 23."', '"Who's on hold?" "8841, she wants to cancel."': an
    answer to a question about who."""
    if not (_asks_who(ctx.previous) or _asks_which(ctx.previous, ctx)):
        return None
    doc = ctx.doc
    if any(t.pos_ in ("NOUN", "PROPN") for t in doc[: mention.start]):
        return None  # "Agency 24, a small studio": a name with a number in it
    if not any(t.pos_ in ("VERB", "AUX") for t in doc):
        return Person(mention.start, mention.end, None)
    opening = all(t.is_punct for t in doc[: mention.start])
    if opening and mention.end < len(doc) and doc[mention.end].text in (",", "—", "–", "-"):
        return Person(mention.start, mention.end, None)  # the answer, then more about them
    return None


@person_test("person_by_number")
def owns_personal_things(
    mention: Mention, ctx: SentenceContext, kind: LocatorKind
) -> Person | None:
    """'3E's face', '27A's phone rang' (but not 'room 12's door')."""
    dep, root = _mention_role(mention)
    end = mention.end
    doc = ctx.doc
    if (
        end < len(doc)
        and doc[end].text in ("'s", "’s")
        and (dep == "poss" or doc[end].dep_ == "case")
    ):
        owned = root.head if dep == "poss" else doc[end].head.head
        if mention.start <= owned.i < mention.end or owned.i <= end or owned.pos_ != "NOUN":
            # the parse tied "'s" back into the mention: the owned noun is the next one
            owned = next((t for t in doc[end + 1 : end + 4] if t.pos_ == "NOUN"), owned)
        parts = ctx.words("thing_parts")
        names = {owned.lemma_.lower(), owned.lower_}
        if owned.dep_ == "compound":
            names.add(owned.head.lemma_.lower())  # "bed 2's call bell"
        if not mention.bare:
            # With a head word the owner is the place or the record ("cabin 5007's balcony",
            # "case 552's priority") unless what it owns is a person or a person's things.
            personal = ctx.words("person_nouns") | ctx.words("personal_belongings")
            return Person(mention.start, mention.end, None) if names & personal else None
        if not names & parts and owned.pos_ == "NOUN":
            return Person(mention.start, mention.end, None)
    return None


@person_test("person_by_number")
def addressed(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'Dear Table 67,', 'Thank you table 28', 'Bed 4, "Nurse!"', 'Table 9: can we get…'."""
    doc = ctx.doc
    colon = max((t.i for t in doc[: mention.start] if t.text == ":"), default=-1)
    lead = [t for t in doc[colon + 1 : mention.start] if not t.is_punct]  # after "MC:"
    if lead and _talked_about(mention, ctx):
        return None  # "Morning, 14C is the seat you asked for", "Sorry, 3312, that is the …"
    greeted = bool(lead) and _greeting(lead, ctx) and _closes_address(doc, mention.end)
    opened = _spoken_to_after_an_opener(mention, lead, ctx) or _told_to_wait(mention, lead, ctx)
    if kind.strict and not (lead and lead[0].lower_ == "dear") and not greeted and not opened:
        return None  # "Hi 3312, sorry for the wait" but not "Thanks 2 all"
    if mention.bare and re.match(r"^(19|20)\d\d$", _code_text(doc[mention.start])):
        return None  # "Hi 2024, goodbye 2023!": a year
    if (lead and _greeting(lead, ctx)) or opened:
        return Person(mention.start, mention.end, None, vocative=True)
    if _called_after_a_marker(mention, lead, ctx) and not kind.strict:
        return Person(mention.start, mention.end, None, vocative=True)  # "Right, table 5, your …"
    if not lead and mention.end + 1 < len(doc):
        after = doc[mention.end]
        nxt = doc[mention.end + 1]
        if after.text in (",", ":") and (nxt.text in OPEN_QUOTES or after.text == ":"):
            if after.text == ":" and not kind.colon_address:
                return None  # a log line: "line 88: variable 'x' is unused"
            if after.text == ":" and not _spoken_to_after(doc, mention.end + 1):
                return None  # a record's note: "Order 4410: dispatched 09:00, tracking sent"
            return Person(mention.start, mention.end, None)
        # A number, a comma and words to its holder ("Bed 5, your wife …") is read by
        # `vocative_address`, which tells them from a job or a label for staff.
    return None


@person_test("person_by_number")
def asked_if_the_listener(
    mention: Mention, ctx: SentenceContext, kind: LocatorKind
) -> Person | None:
    """'Are you table 8?', 'Sorry, are you room 305?': a question whether the one spoken to
    is the number names the listener by it. Only the asked form, with the number right
    after 'you' and closing the question ('are you sure table 11 is free?', 'are you table
    11's waiter?', 'are you seat 4 on the list?' are about the place); 'you're number 5 in
    the queue' tells a place in a line, and a plain number is an age ('are you 18?')."""
    doc = ctx.doc
    you = mention.start - 1
    if kind.strict or you < 1 or doc[you].lower_ != "you" or doc[you - 1].lemma_ != "be":
        return None
    if doc[you - 1].i > 0 and not doc[you - 2].is_punct and doc[you - 2].tag_ != "UH":
        return None  # the question opens the sentence or follows "Hi,": not "what are you …"
    if mention.end < len(doc) and doc[mention.end].text not in ("?", ","):
        return None  # "are you 22B or 22C?" asks which seat is theirs
    return Person(mention.start, mention.end, None)


# What is ready for a number called at a counter: "Nine, your order's ready".
CALLED_OUT_STATES = frozenset("ready here up done".split())
# What follows 'your' after a number that is no order called out: a title in an answer
# ("Fifteen, your honour"), a turn in a game ("Six, your turn").
NOT_CALLED_FOR = frozenset(
    "honour honor majesty grace lordship ladyship highness excellency worship "
    "turn go shot serve move throw roll".split()
)


@person_test("person_by_number")
def called_out_for_an_order(
    mention: Mention, ctx: SentenceContext, kind: LocatorKind
) -> Person | None:
    """'Fifteen, your noodles!', 'Nine, your order's ready at the hatch': a number word
    that opens the sentence, then 'your' and what is theirs, alone or said to be ready,
    calls the one who holds the number. A number said before other news is a count or an
    answer ('Fifteen, your total is twelve pounds', 'Forty-two, your answer is wrong'),
    and before a title or a turn it answers a question ('Fifteen, your honour')."""
    doc = ctx.doc
    if not doc[mention.start].is_alpha or _called_number_end(doc, mention.start) != mention.end:
        return None
    i = mention.end + 2
    while i < len(doc) and doc[i].pos_ in ("NOUN", "PROPN", "ADJ"):
        i += 1
    if i == mention.end + 2 or doc[i - 1].lower_ in NOT_CALLED_FOR:
        return None
    if i >= len(doc) or doc[i].text in ("!", "."):
        return Person(mention.start, mention.end, None, vocative=True)
    if doc[i].lower_ in BE_FORMS and i + 1 < len(doc) and doc[i + 1].lower_ in CALLED_OUT_STATES:
        return Person(mention.start, mention.end, None, vocative=True)
    return None


ADDRESS_SIGNS = frozenset(
    "you your you're you’re yours we we're we’re us i i'm i’m me my can could would "
    "please pls thanks thank sorry hi hello ? !".split()
)


def _spoken_to_after(doc: Any, start: int) -> bool:
    """What follows a colon speaks to someone, as in 'Bed 4: can we get some water?', not a
    record's note ('res 4471-Q: p/u 0900 LHR T3')."""
    return any(t.lower_ in ADDRESS_SIGNS for t in doc[start:])


DISCOURSE_MARKERS = frozenset("right ok okay alright so now".split())
SECOND_PERSON = frozenset("you your you're you’re".split())


def _called_after_a_marker(mention: Mention, lead: list, ctx: SentenceContext) -> bool:
    """'Right, table 5, your starters are on their way': a marker and a comma, the number
    set off by commas, then words to the number's people."""
    doc = ctx.doc
    return (
        len(lead) == 1
        and lead[0].lower_ in DISCOURSE_MARKERS
        and lead[0].i + 1 < mention.start
        and doc[lead[0].i + 1].text == ","
        and mention.end + 1 < len(doc)
        and doc[mention.end].text == ","
        and doc[mention.end + 1].lower_ in SECOND_PERSON
        and not _aside(doc, mention.end + 1)
    )


# Words that open a turn of talk before the one spoken to is named: "ok 88271, …",
# "Sorry about that, room 214, …".
TURN_OPENERS = DISCOURSE_MARKERS | frozenset("sorry thanks thank hi hello hey morning".split())
# Where a lead stops short of a phrase of its own, so that the number finishes it: "Sorry
# about room 214", "Thanks for booking room 214", "ok so the".
UNFINISHED_TAGS = frozenset("IN TO DT PDT PRP$ JJ VB VBD VBG VBN VBP VBZ MD".split())
# What a clause says of a thing it handles: "ok 55120, I can see it was refunded".
IT_WORDS = frozenset("it its it's it’s".split())


def _spoken_to_after_an_opener(mention: Mention, lead: list, ctx: SentenceContext) -> bool:
    """'ok 88271, i can see your ticket', 'Sorry about that, room 214, your towels are on
    the way': a short opener of talk, the number set off by a comma after it, then a clause
    to the listener, 'you' or 'your', which handles no 'it'. The number finishes no phrase
    of the opener ('Sorry about room 214, you'll get a new one') and is no topic the clause
    goes on about ('ok ticket 4410, you said it never loaded?')."""
    doc = ctx.doc
    if not lead or len(lead) > 4 or lead[0].lower_ not in TURN_OPENERS:
        return False
    if not _account_like(mention, ctx):
        return False  # a count said back: "ok 10, you'll need two tables then"
    last = lead[-1]
    if (
        last.tag_ in UNFINISHED_TAGS
        and last.lower_ not in TURN_OPENERS  # "okay", read as an adjective
        and not (last.lower_ in ("that", "this") and doc[last.i - 1].tag_ == "IN")
    ):
        return False  # but "sorry about that, room 214, …"
    if any(mention.start <= t.head.i < mention.end for t in lead):
        return False  # the parser hangs the opener on the number: "Thanks 2 all"
    return _clause_to_the_listener(mention, ctx)


# Requests to wait, which the tagger may read as names when they open a sentence ("Bear").
HOLD_VERBS = frozenset("hang hold bear sit stay wait".split())


def _told_to_wait(mention: Mention, lead: list, ctx: SentenceContext) -> bool:
    """'Hang on, 23D, we'll get you a blanket', 'Bear with me, 14C, your meal is coming': a
    short request that opens the sentence, a comma, the number set off by commas, then a
    clause to the listener. The comma keeps out an object ('Check 14C, you'll see the
    crack'), a lead with a number in it is a step of its own ('Dial 9, 4410, …'), and a
    small number is a count ('Hang on, 10, you'll need two tables')."""
    doc = ctx.doc
    return (
        0 < len(lead) <= 3
        and (lead[0].tag_ == "VB" or lead[0].lower_ in HOLD_VERBS)
        and _account_like(mention, ctx)
        and all(t.pos_ != "NUM" for t in lead)
        and doc[mention.start - 1].text == ","
        and _clause_to_the_listener(mention, ctx)
    )


def _clause_to_the_listener(mention: Mention, ctx: SentenceContext) -> bool:
    """After the number's comma, a clause to 'you' or 'your' that handles no 'it' and is no
    aside ('you see,')."""
    doc = ctx.doc
    if mention.end >= len(doc) or doc[mention.end].text != ",":
        return False
    clause = []
    for tok in doc[mention.end + 1 :]:
        if tok.text in (".", "!", "?", ";"):
            break
        clause.append(tok)
    if _aside(doc, mention.end + 1) or any(t.lower_ in IT_WORDS for t in clause):
        return False
    return any(t.lower_ in SECOND_PERSON for t in clause)


# Words for what a code is, which a clause after it may name: "that is the order number".
CODE_WORDS = frozenset("number code reference ref".split())


def _talked_about(mention: Mention, ctx: SentenceContext) -> bool:
    """Whether a number after an opener of talk is what the sentence talks about, not whom
    it speaks to: the subject of the verb after it, by the parse or by a list running into
    the verb ('Morning, 14C is the seat you asked for', 'Okay, 3C, 3D and 3E are the seats
    we've held for your family'), or named again in the clause after its comma ('Sorry,
    3312, that is the order number you gave me', 'ok 3C, the seat you wanted is gone')."""
    doc = ctx.doc
    i = _word_after(mention, ctx)  # past the rest of a list: "3C, 3D and 3E are"
    if (
        i < len(doc)
        and doc[i].tag_ in ("VBZ", "VBP", "VBD", "MD")
        and doc[i - 1].text != ","
        and not (i + 1 < len(doc) and doc[i + 1].lower_ in ("you", "we", "i"))  # "are you …?"
    ):
        return True
    if mention.end >= len(doc) or doc[mention.end].text != ",":
        return False
    heads = ctx.words("locator_heads") | CODE_WORDS
    for tok in doc[mention.end + 1 :]:
        if tok.text in (".", "!", "?", ";"):
            break
        if (
            tok.dep_ in ("nsubj", "nsubjpass", "attr")
            and tok.pos_ == "NOUN"
            and tok.lemma_.lower() in heads
            and any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in tok.children)
        ):
            return True
    return False


def _aside(doc: Any, i: int) -> bool:
    """'you see,', 'you know,', 'you said,': words to the listener set off by commas inside
    a sentence about the number ('Now, table 3, you see, needs a new leg')."""
    return (
        doc[i].lower_ == "you"
        and i + 2 < len(doc)
        and doc[i + 1].pos_ == "VERB"
        and doc[i + 2].text == ","
    )


def _greeting(lead: list, ctx: SentenceContext) -> bool:
    """'Hi', 'Good morning', 'Excuse me', 'Thank you so much': words that open an address."""
    words = ctx.words("address_words")
    return (
        len(lead) <= 3
        and lead[0].lower_ in words
        and all(t.lower_ in words or t.lower_ in ("you", "so", "much", "again") for t in lead)
    )


def _told_about(mention: Mention, verb: Any, ctx: SentenceContext) -> bool:
    """'tell maintenance 14C has no reading light', 'tell housekeeping 412 needs towels':
    a listener that is no person noun stands between the verb and the number, which is
    what the listener is told about, a place with a thing's state."""
    doc = ctx.doc
    between = doc[verb.i + 1 : mention.start]
    if len(between) != 1 or between[0].pos_ not in ("NOUN", "PROPN"):
        return False
    if _is_person_noun(between[0], ctx) or between[0].lower_ in ctx.words("staff_nouns"):
        return False
    nxt = doc[mention.end] if mention.end < len(doc) else None
    return nxt is not None and nxt.lemma_.lower() in ("have", "be", "need")


def _closes_address(doc: Any, end: int) -> bool:
    """An address ends at a comma, '!', '?' or the end of the sentence."""
    return end >= len(doc) or doc[end].text in (",", "!", "?", ".", "—", "–", ":")


# Events of a life that only a person goes through: "Bed 7 gave birth", "table 8 got
# engaged" ('line 4 got engaged' is a phone line, which the rule for lines leaves alone).
@person_test("person_by_number")
def missing_since(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'Room 630 hasn't been seen since Sunday', '412 hasn't been seen at breakfast since
    Tuesday': not seen since a time is said of someone gone missing. Not when the number is
    seen to or seen by someone, which is a place looked after or inspected ('hasn't been
    seen to since Sunday', 'seen by the inspector since May'), nor a thing in the place
    ('the leak in 630 hasn't been seen since'). A record or a machine not seen is one
    with no activity ('account 4471 has not been seen since March', 'PC 6 …')."""
    if kind.heads & CUSTOMER_RECORDS or kind.machine_heads:
        return None
    verb = mention.root.head
    if mention.root.dep_ != "nsubjpass" or verb.lemma_ != "see" or verb.tag_ != "VBN":
        return None
    children = list(verb.children)
    if not any(c.dep_ == "neg" for c in children):
        return None
    if any(c.lower_ in ("to", "by") and c.dep_ in ("prep", "prt", "agent") for c in children):
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "since" for c in children):
        return None
    return Person(mention.start, mention.end, None)


LIFE_EVENT_STATES = frozenset("engaged married divorced hitched pregnant".split())
GET_FORMS = frozenset("get gets got getting gotten".split())


@person_test("person_by_number")
def went_through_a_life_event(
    mention: Mention, ctx: SentenceContext, kind: LocatorKind
) -> Person | None:
    """'Bed 7 gave birth at 3am', 'Room 2204 and room 2206 got engaged': the subject of a
    life event. 'Room 2204 got a new carpet' and 'the order got delayed' are not."""
    dep, root = _mention_role(mention)
    verb = root.head
    if any(t.lower_ in ("line", "lines") for t in ctx.doc[mention.start : mention.end]):
        return None  # "line 4 got engaged": the line is busy
    children = list(verb.children)
    if (
        dep == "nsubj"
        and verb.lemma_.lower() == "give"
        and any(c.dep_ == "dobj" and c.lower_ == "birth" for c in children)
    ):
        return Person(mention.start, mention.end, None)
    after = ctx.doc[verb.i + 1] if verb.i + 1 < len(ctx.doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN"):
        return None  # "got married couples mostly": 'married' describes what it got
    if (
        dep == "nsubjpass"
        and verb.lower_ in LIFE_EVENT_STATES
        and any(c.dep_ == "auxpass" and c.lower_ in GET_FORMS for c in children)
    ):
        return Person(mention.start, mention.end, None)
    return None


# Verbs that say a quotation aloud to someone: "the server shouted 'Table Four, your
# order!'", "'Order 3310!' the pharmacist called".
CALLING_VERBS = frozenset(
    "shout yell call cry bellow holler scream shriek bark say announce".split()
)
# Heads of the numbers a counter or a clinic calls out to the one waiting: "shouted 'order
# 3310!'", "calling 'appointment 14!'". A room, table or bed called out alone may be where
# to go ("he yelled 'room 12!'"), and a number alone a bingo call or a chant.
CALLED_QUEUE_HEADS = frozenset("ticket order appointment".split())
# Words that tell the one called to do something: "'seat 9, sit down'".
CALLED_TO_WORDS = frozenset("sit stand come wait stay follow hurry".split())
# Verbs of calling that a text does too: "the email said 'Order 2291, …'".
SAYING_VERBS = frozenset("say announce".split())


@person_test("person_by_number")
def called_in_a_quote(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'The server shouted "Table Four, your order!"', 'the pharmacist shouted "order
    3310!"', 'the usher said "14A and 14B, phones away please"': a quotation said aloud that
    opens with the number and goes on to speak to its people, or is the number alone that a
    counter calls. 'He shouted "room 12 is flooding!"' and 'the label said "ticket 61, do not
    open"' speak of a place or a thing; 'shouted "twelve!"' may be a bid or a bingo call."""
    doc = ctx.doc
    interjected = _after_a_quoted_interjection(doc, mention.start)
    opening = interjected if interjected is not None else _opening_quote(doc, mention.start)
    if opening is None or not _said_aloud(doc, opening, ctx):
        return None
    if kind.strict and not _account_like(mention, ctx):
        return None  # "'One, your passport; two, your boarding pass'": a list
    end = _list_end(mention, ctx)
    if end >= len(doc):
        return None
    after = doc[end]
    if after.text == ",":
        clause = _rest_of_quote(doc, end + 1)
        if not clause or any(t.lower_ in IT_WORDS for t in clause):
            return None  # "'room 12, you'll love it'"
        if len(clause) == 2 and clause[0].lower_ == "you":
            return None  # "'table 6, you said?'": the number said back
        if any(t.lower_ in SECOND_PERSON or t.lower_ in ("please", "pls") for t in clause):
            return Person(mention.start, mention.end, None, vocative=True)
        if clause[0].lower_ in CALLED_TO_WORDS:
            return Person(mention.start, mention.end, None, vocative=True)  # "'seat 9, sit down'"
        if interjected is not None and _asks_the_listener(doc, clause):
            return Person(mention.start, mention.end, None, vocative=True)  # "'ah, 7215, usual?'"
        return None
    if interjected is not None:
        return None  # "'ok, order 12!'" is said of the order
    closing = end + 1 if after.text in ("!", "?") else end
    if mention.bare or doc[mention.start].lower_ not in CALLED_QUEUE_HEADS:
        return None
    if closing < len(doc) and doc[closing].tag_ == "''":
        return Person(mention.start, mention.end, None, vocative=True)
    return None


# Verbs that make the quoted number what someone is: "'so you're table nine'", "in the
# clinic I became 'bay 9'".
BEING_VERBS = frozenset("be become remain".split())
# Number words a code is said with digit by digit: "eight-one-one-four", "two-oh-nine".
DIGIT_WORDS = frozenset("zero oh nought one two three four five six seven eight nine".split())
# The two words of a question that asks someone whether they are a number: "'are you
# F14?'", "'r u 12C?'", and the phone's "'Hi, is that job 4410?'".
ARE_YOU = (("are", "you"), ("r", "u"))
IS_THAT = ("is", "that")
# Records a caller is asked to be on the phone; a place after 'is that' may be shown
# ('Hi, is that seat 14C?' asks of 'that seat').
PHONED_RECORDS = CUSTOMER_RECORDS | frozenset(["job"])
PHONE_GREETINGS = frozenset("hi hello hey hiya morning afternoon evening".split())


@person_test("person_by_number")
def asked_if_they_are(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """ "'Excuse me, are you 14C?'", "'Hi, is that job 4410?'": a question whose whole
    predicate is the number asks the one spoken to whether they are it, as staff find who
    sits where or who answers the phone. The number ends the question, so 'are you F14 or
    F15?' (which seat), 'is that job 4410 done?' (the job) and 'is that room 12 on the
    left?' stay quiet; 'is that' asks a person only of a record after a greeting, as on
    the phone, since a place may be pointed at ('Hi, is that room 12?'); a small bare
    number is an age ('are you 12?')."""
    doc = ctx.doc
    start = mention.start
    if start < 2 or mention.end >= len(doc) or doc[mention.end].text != "?":
        return None
    if mention.bare and not _account_like(mention, ctx):
        return None
    asked = (doc[start - 2].lower_, doc[start - 1].lower_)
    if asked in ARE_YOU:
        return Person(mention.start, mention.end, None)
    if asked != IS_THAT or start < 3 or doc[start].lower_ not in PHONED_RECORDS:
        return None
    greeting = start - 3 if doc[start - 3].text != "," else start - 4
    if greeting < 0 or doc[greeting].lower_ not in PHONE_GREETINGS:
        return None
    return Person(mention.start, mention.end, None)


# Who a quoted "you're table nine" can name: the one spoken to, the speaker, people.
PREDICATE_PEOPLE = frozenset("you i we he she they".split())
# A number with its place among others is a rank, not a name: "'you're number 4 in the
# queue'", "'we're order 12 of 40'".
RANKING_WORDS = frozenset("in of on out".split())


@person_test("person_by_number")
def named_in_a_quoted_predicate(
    mention: Mention, ctx: SentenceContext, kind: LocatorKind
) -> Person | None:
    """ "'Ah, you're badge 217, you're in the overflow room'", "'so you're table nine'",
    "she said I was 'order 7734' now": in quoted speech, a person is the number; staff
    name people so. "'I'm desk 3'" is staff at their post, "'You're in room 217'" places
    them, "'your table is nine'" and "it was 'order 7734'" speak of a thing, and a bare
    "'you're 21'" may be an age."""
    dep, root = _mention_role(mention)
    if dep not in ("attr", "acomp") or root.head.lemma_.lower() not in BEING_VERBS:
        return None  # 'acomp': the parser reads "you're table nine" as a 'table' adjective
    doc = ctx.doc
    if mention.bare and not _long_code(mention, ctx):
        return None  # "'you're 21'": an age
    subject = next((c for c in root.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in PREDICATE_PEOPLE:
        return None
    if doc[mention.start].lower_ in ("number", "no"):
        return None  # "'you're number 3'": a place in a queue
    if doc[mention.start].lower_ in kind.staffed_heads:
        return None  # "'Hi, I'm desk 3'": staff named by where they serve
    if mention.end < len(doc) and doc[mention.end].lower_ in RANKING_WORDS:
        return None
    if not _in_a_quotation(doc, mention.start):
        return None
    return Person(mention.start, mention.end, None)


def _long_code(mention: Mention, ctx: SentenceContext) -> bool:
    """A bare number too long to be an age or a count and no year ('2281', '41-220'), or
    one said digit by digit ('eight-one-one-four'): in "'so you're 2281'" or "for a week I
    was 'eight-one-one-four'" a code names the person, where "'you're 21'" is an age."""
    doc = ctx.doc
    words = [t for t in doc[mention.start : mention.end] if t.tag_ != "HYPH"]
    if len(words) >= 3 and all(t.lower_ in DIGIT_WORDS for t in words):
        return True
    code = "".join(_code_text(t) for t in doc[mention.start : mention.end])
    return bool(re.match(r"^\d[\d-]{3,}$", code)) and not re.match(r"^(19|20)\d\d$", code)


def _in_a_quotation(doc: Any, start: int) -> bool:
    """The last quotation mark before `start` opens a quotation: the words are speech."""
    mark = next((t for t in reversed(doc[:start]) if t.tag_ in ("``", "''")), None)
    return mark is not None and mark.tag_ == "``"


# Short words of talk a speaker opens a quotation with before naming who they speak to:
# "'ah, 7215, the usual?'", "'right, account 5531, what can I help with'".
QUOTE_INTERJECTIONS = TURN_OPENERS | frozenset("ah oh ooh aha well yes yep um er".split())
# Words of a short question that asks the one spoken to about themself ("'ah, 7215, the
# usual?'", "'oh, 12C, back again?'", "'right, order 8812, what can I help with?'"); a
# question about a place asks where or which ("'ok, room 304, which floor?'").
LISTENER_QUESTION_WORDS = frozenset("usual again help".split())


def _after_a_quoted_interjection(doc: Any, start: int) -> int | None:
    """The quotation mark of "'ah, 7215, …'": a quotation that opens with a word of talk
    and a comma before the number, so the number is still the first thing named."""
    if start < 3 or doc[start - 1].text != "," or doc[start - 2].lower_ not in QUOTE_INTERJECTIONS:
        return None
    return _opening_quote(doc, start - 2)


def _asks_the_listener(doc: Any, clause: list) -> bool:
    """The words after the number are a short question about its people: it ends with '?'
    and asks what they want or whether they are back, not where or which."""
    end = clause[-1].i + 1
    return (
        end < len(doc)
        and doc[end].text == "?"
        and len(clause) <= 6
        and any(t.lower_ in LISTENER_QUESTION_WORDS for t in clause)
    )


def _opening_quote(doc: Any, start: int) -> int | None:
    """The quotation mark that the number opens a quotation after, if any."""
    i = start - 1
    if i < 0 or doc[i].text not in OPEN_QUOTES or doc[i].tag_ == "''" or doc[i].whitespace_:
        return None
    return i if i == 0 or doc[i - 1].whitespace_ else None  # not the "'" of "the girls' 12"


def _said_aloud(doc: Any, opening: int, ctx: SentenceContext) -> bool:
    """A verb of calling or saying takes the quotation: before it ('shouted "…"', 'called
    out, "…"') or after it, when it opens the sentence ('"…" the host called')."""
    i = opening - 1
    while i >= 0 and doc[i].lower_ in (",", ":", "out"):
        i -= 1
    if i >= 0:
        return _calls_aloud(doc[i], ctx)
    closing = next((t.i for t in doc[opening + 1 :] if t.tag_ == "''"), None)
    if closing is None:
        return False
    if closing + 1 == len(doc):
        return _called_in_the_next(ctx.following)  # the parse split "'Order 3310!' she called"
    verb = next((t for t in doc[closing + 1 : closing + 9] if t.pos_ == "VERB"), None)
    return verb is not None and _calls_aloud(verb, ctx)


# Forms of the calling verbs that a text does not take: "'Ticket 212!' the woman at the
# deli called" (but "'Order 2291, dispatched' the email said").
CALLED_FORMS = re.compile(
    r"^[a-z][^.!?]{0,60}?\b(?:shout(?:ed|s)|yell(?:ed|s)|call(?:ed|s)(?: out)?|cri(?:ed|es)|"
    r"bellow(?:ed|s)|holler(?:ed|s)|scream(?:ed|s)|shriek(?:ed|s)|bark(?:ed|s))\b"
)


def _called_in_the_next(following: str) -> bool:
    """The sentence the parser split off after a quotation goes on with who called it: it
    opens in lower case and a verb of calling comes within its first words."""
    return bool(CALLED_FORMS.match(following))


def _calls_aloud(verb: Any, ctx: SentenceContext) -> bool:
    """A verb of calling said by someone: 'the waiter said', not 'the sign said'."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CALLING_VERBS:
        return False
    if verb.lemma_.lower() not in SAYING_VERBS:
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in PEOPLE_PRONOUNS or _someone(subject, ctx):
        return True
    return subject.lemma_.lower() in ctx.words("staff_nouns")  # "usher", tagged an adjective


def _rest_of_quote(doc: Any, start: int) -> list:
    """The words of a quotation from `start` to the end of its first sentence."""
    words = []
    for tok in doc[start:]:
        if tok.text in (".", "!", "?", ";") or tok.tag_ == "''":
            break
        if not tok.is_punct:
            words.append(tok)
    return words


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


CARE_VERBS = frozenset(
    "obs observe monitor reassess mobilise mobilize cannulate catheterise catheterize".split()
)


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
PEOPLE_PRONOUNS = frozenset("him her them me us you i we he she they".split())
RELATIVE_WHO = frozenset("who whom".split())
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


def _a_person_word(tok: Any, ctx: SentenceContext) -> bool:
    """A pronoun for people, a person or customer noun, or a name: what a person can be
    called by a number; not 'it', 'the galley', 'this endpoint'."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    if low in RELATIVE_WHO:
        # "patients who were referred to as 'bed 3'": whoever "who" stands for, unless
        # staff ("the nurse who is known as 'bay 2'").
        antecedent = tok.head.head if tok.head.dep_ == "relcl" else None
        return antecedent is None or not _staff_noun(antecedent, ctx)
    if low in PEOPLE_PRONOUNS or _is_person_noun(tok, ctx):
        return True
    if {low, lemma} & (ctx.words("customer_nouns") | ctx.words("descriptor_nouns")):
        return True
    if _names_a_kind_of_person(tok, ctx):
        return True  # "the professor became room 143"
    return tok.pos_ == "PROPN" and tok.is_title and tok.lower_ not in CALENDAR


# Prepositions that place a thing: "deliver it to room 839", "left in 412".
PLACE_PREPOSITIONS = frozenset(
    "to in into at on from near by under outside inside beside behind onto past through "
    "until till before since around".split()
)  # and times: "check in until 4"
# Verbs that report what someone said: "room 412 needs linen, she said" is about the speaker.
REPORTING_VERBS = frozenset("say tell write add note explain report mention think".split())


CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december christmas easter".split()
)


def _someone(tok: Any, ctx: SentenceContext) -> bool:
    """A person noun or a name: 'the nurse', 'Anna' (but not 'missed', lemma 'miss')."""
    if tok.pos_ == "PROPN" and tok.is_alpha and tok.is_title and tok.lower_ not in CALENDAR:
        return True
    if tok.pos_ == "NOUN" and (
        tok.lower_ in ctx.words("staff_nouns") or tok.lemma_.lower() in ctx.words("staff_nouns")
    ):
        return True  # "send it to the nurse, she will sign"
    return tok.pos_ in ("NOUN", "PROPN") and _is_person_noun(tok, ctx)


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


def _staff_noun(tok: Any, ctx: SentenceContext) -> bool:
    staff = ctx.words("staff_nouns")
    return tok.lower_ in staff or tok.lemma_.lower() in staff


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


# An age and a sex as a ward note gives them, in one word: "74M", "81F".
AGE_AND_SEX = re.compile(r"^(?:1[6-9]|[2-9]\d|1[01]\d)[MF]$")
HANDOVER_WORDS = frozenset("handover hand-over hand over - :".split())


def _age_and_sex(doc: Any, i: int) -> bool:
    """Whether the word at i is an age and a sex ('74M', or '74' 'M' cut apart by the
    tokenizer), and only one: 'Bay 4: 3M 2F' counts the men and women in a bay."""
    text = doc[i].text
    end = i + 1
    if end < len(doc) and not doc[i].whitespace_ and doc[end].text in ("M", "F"):
        text += doc[end].text
        end += 1
    if not AGE_AND_SEX.match(text):
        return False
    return end >= len(doc) or not re.match(r"^\d+[MF]?$", doc[end].text)


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


def _age_after_a_bed(doc: Any, i: int) -> bool:
    """Whether the word at i is the age and sex a ward note gives after a bed ('bay 2 bed
    5: 67F'), which the seat rule would read as a seat code."""
    j = i
    while j > 0 and doc[j - 1].lower_ in HANDOVER_WORDS:
        j -= 1
    return (
        j < i
        and j >= 2
        and _is_number(doc[j - 1])
        and doc[j - 2].lower_ in BED_HEADS
        and _age_and_sex(doc, i)
    )


def _age_follows(doc: Any, end: int) -> bool:
    """Whether an age and a sex follow a number, past the words of a handover: 'Bed 2
    hand-over: 74M'."""
    i = end
    while i < len(doc) and i - end < 4 and doc[i].lower_ in HANDOVER_WORDS:
        i += 1
    return i < len(doc) and _age_and_sex(doc, i)


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


# ---------------------------------------------------------------------------------------
# Readings of shorthand notes and of word order, for where the parse of a note is unreliable.


def _verb_stem(word: str, verbs: frozenset[str]) -> str | None:
    """The lemma of an -ing or -ed form by spelling, for forms the tagger reads as nouns or
    adjectives ('vomiting', 'complaining', 'snoring', 'sobbing'); None if not in `verbs`."""
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            options = [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                options.append(stem[:-1])  # "sobbing", "shrugged"
            if stem.endswith("i"):
                options.append(stem[:-1] + "y")  # "cried"
            for option in options:
                if option in verbs:
                    return option
    return None


def _opens_note(mention: Mention, ctx: SentenceContext) -> bool:
    """Whether nothing but punctuation, or a label closed by a colon ('handover:'), comes
    before the number: a note whose first words are the number."""
    doc = ctx.doc
    label = max((t.i for t in doc[: mention.start] if t.text in (":", ";", "—", "–")), default=-1)
    return all(t.is_punct for t in doc[label + 1 : mention.start])


def _opens_note_item(mention: Mention, ctx: SentenceContext) -> bool:
    """Whether the number opens a later item of a note whose items each open with a code:
    'Nights: bed 6 settled, bed 7 pain 6/10, bed 8 asleep' reads every item as the first."""
    doc = ctx.doc
    if mention.bare and doc[mention.start].text.isdigit() and len(doc[mention.start].text) <= 2:
        return False  # "Catering: 12 vegan, 15 coeliac, 80 standard": counts of meals
    items = _note_items(doc)
    if len(items) < 2 or any(b - a > 8 for a, b in items):
        return False  # short items only: a note, not a sentence with commas
    openers = [a for a, _b in items if _starts_a_code(doc, a, ctx)]
    return len(openers) >= 2 and mention.start in openers[1:]


def _after_parenthesis(doc: Any, i: int) -> int:
    """The index past a short bracketed aside at `i` ('Rm 9 (annexe) complaining …')."""
    if i < len(doc) and doc[i].text == "(":
        close = next((t.i for t in doc[i + 1 : i + 8] if t.text == ")"), None)
        if close is not None:
            return close + 1
    return i


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


def _codes_listed(mention: Mention, mentions: list[Mention], ctx: SentenceContext) -> int:
    """The index past a code and the bare codes of the same rule listed after it."""
    starts = {m.start: m.end for m in mentions if m.bare}
    doc = ctx.doc
    end = mention.end
    while end + 1 < len(doc) and doc[end].lower_ in LIST_WORDS and end + 1 in starts:
        end = starts[end + 1]
    return end


LIST_WORDS = frozenset(("and", "&", ",", "+", "/"))


def _list_end(mention: Mention, ctx: SentenceContext) -> int:
    """The index past a number and the codes listed with it ('5 and 9', '21 + 22'), but
    not past a comma that ends the list ('C7 and C8, lovely')."""
    doc = ctx.doc
    i = mention.end
    while (
        mention.bare and i + 1 < len(doc) and doc[i].lower_ in LIST_WORDS and _is_code(doc[i + 1])
    ):
        i += 2
    return i


# -ing forms said of records and queues as well as of people: "8841, waiting for a check".
SAID_OF_THINGS_TOO = frozenset(
    "wait sit stand go come leave get pass check hang run break fall drop shake lean hold "
    "open close look pull push press finish switch expire".split()
)


# Adjectives a ward or table note puts straight after the number, with no verb:
# "11 coeliac, burger on a GF bun", "resus 2 intubated", "5 and 9 ready to go home".
READY_FOR = frozenset("home discharge transport theatre surgery".split())
# Records that are themselves paid or ordered: "invoice 4410 ready to pay" is the invoice.
PAYABLE_HEADS = frozenset("invoice bill order account acct loan mortgage policy claim".split())


def _headed_by_one_of(mention: Mention, doc: Any, heads: frozenset[str]) -> bool:
    """Whether the mention's own head word is one of `heads` ('invoice 4410')."""
    return any(t.lower_.rstrip(".") in heads for t in doc[mention.start : mention.end])


# States a later item of a note may give the place itself, whatever its first item says:
# "Rooms: 311 clean, 314 cold", "Beds: bed 2 lowered, bed 3 high".
SAID_OF_BEDS_AND_ROOMS = frozenset("cold hot warm high comfortable uncomfortable".split())
# Heads of the kit a class or a session books people onto, who turn up or not: "bike 3
# no-show", "lane 4 in tears".
USED_HEADS = frozenset("bike lane court mat treadmill rower lounger sunbed".split())
# What may follow a note's phrase about a person and still leave it the whole item: "411
# not in when I knocked", "flat 6 not home either".
AFTER_NOTE_PHRASE = frozenset("when again either too yet still today tonight so but".split())
# Scores a person gives a symptom: "bed 7 pain 6/10".
SCORE_RE = re.compile(r"^\d{1,2}/10$")
# A state a ward note gives a patient that is said of bills and disputes too: "bed 6
# settled" is the patient, "account 6 settled" the account.
WARD_STATES = frozenset(("settled",))
# Set phrases of whereabouts, which a piece of kit is or is not as stock: "bed 3 not in",
# "lounger 8 not in" are deliveries; "411 not in" is the room's guest.
WHEREABOUTS_PHRASES = frozenset(("not in", "not home", "not at home"))
# Furniture and kit that is delivered, moved and stored, unlike a room or a bay one is in.
KIT_HEADS = frozenset(
    "bed bd cot bunk trolley stretcher chair bike mat treadmill rower lounger sunbed".split()
)


def _person_note_phrase(
    mention: Mention, doc: Any, i: int, ctx: SentenceContext, kind: LocatorKind
) -> bool:
    """A note item that says, in a set phrase, whether the person turned up, is in or is
    upset (note_person_phrases: 'no-show', 'not in', 'in tears', 'let me in'); said only of
    a place people sit, sleep or play in ('bed 6', '19C', 'bike 3'), since a record or a
    door is 'not in' stock or 'lets me in' ('order 55 not in', 'door 3 let me in'). The
    phrase must end the item: 'flat 2B not in use', 'table 9 on the phone list'. A bed's
    'settled' is its patient ('bed 6 settled', not 'account 6 settled'). Kit is 'not in'
    as stock is ('bed 3 not in', 'lounger 8 not in'), so whereabouts need a room or a seat."""
    head = {t.lower_.rstrip(".").removesuffix("s") for t in doc[mention.start : mention.end]}
    if not (_occupied(mention, ctx, kind) or head & USED_HEADS):
        return False
    end = next((t.i for t in doc[i:] if t.text in (",", ";", ".", "!")), len(doc))
    words = " ".join(doc[i:end].text.lower().split())  # "no-show" is three tokens
    if words in WARD_STATES and head & BED_HEADS:
        return True
    for phrase in ctx.words("note_person_phrases"):
        if phrase in WHEREABOUTS_PHRASES and head & KIT_HEADS:
            continue
        if words == phrase:
            return True
        rest = words[len(phrase) :].split()
        if words.startswith(phrase + " ") and rest[0] in AFTER_NOTE_PHRASE:
            return True
    return False


def _rated_condition(doc: Any, i: int, ctx: SentenceContext) -> bool:
    """'bed 7 pain 6/10', 'cubicle 2 nausea 3/10': a symptom given a score out of ten is
    rated by the person who has it."""
    return (
        i + 1 < len(doc)
        and doc[i].lower_ in ctx.words("human_conditions")
        and SCORE_RE.match(doc[i + 1].text) is not None
    )


@person_test("person_by_number")
def shorthand_predicate(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """A note that opens with the number and goes on, without 'is' or 'has', to what only a
    person does or is: 'cubicle 8 vomiting x3', 'Rm 9 (annexe) complaining the heater's too
    loud', 'resus 2 intubated', '11 coeliac, burger on a GF bun'."""
    doc = ctx.doc
    if not (_opens_note(mention, ctx) or _opens_note_item(mention, ctx)):
        return None
    i = _list_end(mention, ctx)
    i = _after_parenthesis(doc, i)
    while i < len(doc) and doc[i].lower_ in BETWEEN_SUBJECT_AND_VERB:
        i += 1
    if i >= len(doc):
        return None
    if _person_note_phrase(mention, doc, i, ctx, kind) or _rated_condition(doc, i, ctx):
        return Person(mention.start, mention.end, None)
    tok = doc[i]
    low = tok.lower_
    if tok.pos_ in ("AUX",) or tok.tag_ in ("VBZ", "VBD", "VBP", "MD"):
        return None  # a finite verb: the other tests read the clause
    if tok.dep_ in ("nsubj", "nsubjpass") or _is_person_noun(tok, ctx):
        return None  # "till 2 customer wants …", "side room 4 blind is broken"
    verbs = ctx.words("human_verbs")
    stem = _verb_stem(low, verbs | SHARED_WITH_MACHINES) if low.endswith("ing") else None
    if (
        stem is not None
        and not _machine_sense(stem, tok)
        and stem not in kind.thing_verbs
        and stem not in SAID_OF_THINGS_TOO
        and not _device_state(low, mention, ctx, kind)
        and _free_standing(doc, i)
    ):
        return Person(mention.start, mention.end, None)
    states = ctx.words("human_states")
    if (
        low in states
        and low != "ready"
        and not _bare_presence(doc, i)
        and not (low in SAID_OF_BEDS_AND_ROOMS and not _opens_note(mention, ctx))
        and not _device_state(low, mention, ctx, kind)  # "till 3 unresponsive": a terminal too
        and not _takes_people_in(doc, i, ctx)  # "bay 2 happy to receive patients from 2pm"
        and low not in kind.thing_states
        and low not in ctx.words("place_states")
        and _free_standing(doc, i)
    ):
        return Person(mention.start, mention.end, None)
    if low == "ready" and i + 2 < len(doc) and doc[i + 1].lower_ in ("to", "for"):
        rest = {t.lower_ for t in doc[i + 2 : i + 4]}
        if rest & READY_FOR or (
            doc[i + 1].lower_ == "to"
            and doc[i + 2].lower_ in ("order", "pay")
            and not _headed_by_one_of(mention, doc, PAYABLE_HEADS)
        ):
            return Person(mention.start, mention.end, None)  # "5 and 9 ready to go home"
    return None


# Verbs whose object may be followed by what that object is doing: "we've got 27E and 27F
# arguing at the door", "found 12 crying in the lift", "caught 4B smoking".
# What 'How's 14 …?' asks of a person: "How's 2207 doing after the burglary?", "How is
# bed 4 coping?", "How's 31C getting on?", "How's 9 holding up?".
HOW_ASKED = {"doing": None, "feeling": None, "coping": None, "getting": "on", "holding": "up"}
# Heads whose number is asked after as the person in it ("How's bed 12 doing?"), where a
# room, a flight or an order may be asked after as itself ("How's room 12 doing?").
ASKED_AFTER_HEADS = BED_HEADS | frozenset("seat table tbl".split())


def _asked_by(mention: Mention, doc: Any, word: str) -> bool:
    """The sentence opens by asking `word` ('how', 'who') of the number: "How's 14 …",
    "Who is 4410?"; only punctuation may come before."""
    i = mention.start
    if i < 2 or doc[i - 1].lower_ not in ("'s", "’s", "is", "was") or doc[i - 2].lower_ != word:
        return False
    return all(t.is_punct for t in doc[: i - 2])


@person_test("person_by_number")
def asked_how_they_are(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'How's 2207 doing after the burglary?', 'How's bed 12 doing today?', 'How's 14
    coping since the fall?': a question after how the number is doing, feeling or coping,
    read by word order, as the parser takes 'How's' for a possessive and the number for
    anything but the subject."""
    doc = ctx.doc
    i = mention.start
    if not _asked_by(mention, doc, "how"):
        return None
    if not mention.bare and not any(
        t.lower_ in ASKED_AFTER_HEADS for t in doc[mention.start : mention.end]
    ):
        return None
    if mention.bare and re.fullmatch(r"(?:19|20)\d\d", doc[i].text):
        return None  # "How's 2025 doing so far?": a year
    if mention.end >= len(doc):
        return None
    after = doc[mention.end]
    if after.lower_ not in HOW_ASKED:
        return None
    particle = HOW_ASKED[after.lower_]
    if particle is not None and (
        mention.end + 1 >= len(doc) or doc[mention.end + 1].lower_ != particle
    ):
        return None
    return Person(mention.start, mention.end, None)


@person_test("person_by_number")
def asked_who(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'Who's 4410?', 'Who is account 3306?': asking who a number is takes it for someone.
    Only identifiers and customer records count: 'Who's 18?' or 'Who's table 6?' may ask
    which of the staff has the table."""
    doc = ctx.doc
    if not _asked_by(mention, doc, "who"):
        return None
    if mention.end >= len(doc) or doc[mention.end].text != "?":
        return None
    words = {t.lower_ for t in doc[mention.start : mention.end]}
    if mention.bare:
        code = doc[mention.start].text.lstrip("#")
        digits = code.split("-")[0]
        if digits.isdigit() and (len(digits) < 3 or re.fullmatch(r"(?:19|20)\d\d", digits)):
            return None
        if digits.startswith("0") and len(digits) <= 3:
            return None  # "Who is 007?": a name, as no room or account is numbered so
    elif not words & CUSTOMER_RECORDS:
        return None
    return Person(mention.start, mention.end, None)


SMALL_CLAUSE_VERBS = frozenset("get have see find catch notice hear leave spot watch keep".split())


@person_test("person_by_number")
def seen_doing(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """The object of 'got', 'found', 'saw' … followed by an -ing form of what only people
    do is the one doing it: 'we've got 27E and 27F arguing', 'found bed 4 crying'."""
    doc = ctx.doc
    prev = _word_before(mention, ctx)
    if prev is None or prev.pos_ not in ("VERB", "AUX"):
        return None
    if _fixed_lemma(prev) not in SMALL_CLAUSE_VERBS:
        return None
    i = _list_end(mention, ctx)
    if i >= len(doc) or not doc[i].lower_.endswith("ing"):
        return None
    stem = _verb_stem(doc[i].lower_, ctx.words("human_verbs"))
    if stem is None or stem in kind.thing_verbs or not _free_standing(doc, i):
        return None
    return Person(mention.start, mention.end, None)


# Nouns of thanks and praise whose 'to' names who they are for: "shoutout to 14A".
THANKS_NOUNS = frozenset(
    "shoutout shout-out thanks kudos props apologies congrats congratulations respect "
    "cheers gratitude".split()
)
# What a body does onto someone beside it: "was sick on 8B", "threw up over 12C".
BODY_VERBS = frozenset(
    "sick vomit vomited puke puked spew spewed sneeze sneezed cough coughed".split()
)
# Where only a person is taken: "take bed 1 to the toilet", "wheel 6 down to CT".
PERSON_DESTINATIONS = frozenset(
    "toilet toilets loo loos bathroom wc lavatory theatre theatres recovery x-ray xray ct mri "
    "scan ultrasound icu hdu itu dialysis physio chapel arrivals discharge".split()
)
TAKING_VERBS = frozenset("take bring wheel walk escort help push transfer".split())
# Heads that are furniture or equipment moved about empty: "take chair 6 to recovery".
MOVABLE_HEADS = frozenset("chair chairs trolley trolleys stretcher stretchers wheelchair".split())


@person_test("person_by_number")
def taken_or_thanked(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """What is done to people, read by word order: thanks to them ('shoutout to 14A'), a
    body's mess on them ('was sick on 8B'), taking them where only people go ('take bed 1
    to the toilet'), and checking them in ('check in 47 before 46')."""
    doc = ctx.doc
    start = mention.start
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and start > 1:
        before = doc[start - 2]
        if prev.lower_ == "to" and before.lower_ in THANKS_NOUNS:
            return Person(mention.start, mention.end, None)
        if (
            mention.bare
            and prev.lower_ in ("on", "over")
            and (
                before.lower_ in BODY_VERBS
                or (
                    before.lower_ == "up" and start > 2 and doc[start - 3].lemma_.lower() == "throw"
                )
            )
        ):
            return Person(mention.start, mention.end, None)
        if (
            mention.bare
            and prev.lower_ == "in"
            and before.lower_ == "check"
            and (
                start == 2 or doc[start - 3].is_punct or doc[start - 3].lower_ in ("please", "pls")
            )
        ):
            return Person(mention.start, mention.end, None)  # "check in 47 before 46"
    verb = _word_before(mention, ctx)
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in TAKING_VERBS:
        return None
    if not mention.bare and any(
        t.lower_ in MOVABLE_HEADS for t in doc[mention.start : mention.end]
    ):
        return None  # "take chair 6 to recovery": moving the chair, not whoever sat in it
    i = _word_after(mention, ctx) if mention.bare else mention.end
    words = [t.lower_ for t in doc[i : i + 5]]
    if "to" not in words:
        return None
    rest = words[words.index("to") + 1 :]
    if rest[:1] == ["the"]:
        rest = rest[1:]
    if rest[:1] and rest[0] in PERSON_DESTINATIONS:
        return Person(mention.start, mention.end, None)
    return None


# Verbs of a person's move, which 'the one' may take as well as the human verbs: "Is 4129
# the one moving to Spain?".
LIFE_MOVES = frozenset("move relocate retire emigrate".split())


@person_test("person_by_number")
def the_one_doing(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'Is 4129 the one moving to Spain?', 'bed 6 is the one allergic to penicillin': 'the
    one' followed by what a person is doing or how a person is, as 'the one who …' is read,
    by word order; a place's or a record's doing ('Is flight 12 the one going to Paris?',
    'Is order 55 the one shipping today?') or state ('the one empty') is left."""
    doc = ctx.doc
    i = mention.end
    be = ("is", "was", "'s", "’s")
    if mention.start > 0 and doc[mention.start - 1].lower_ in ("is", "was"):
        pass  # "Is 4129 the one …?"
    elif i < len(doc) and doc[i].lower_ in be:
        i += 1  # "4129 is the one …"
    else:
        return None
    if i + 2 >= len(doc) or doc[i].lower_ != "the" or doc[i + 1].lower_ != "one":
        return None
    nxt = doc[i + 2]
    low = nxt.lower_
    if nxt.tag_ == "VBG":
        lemma = nxt.lemma_.lower()
        if lemma in kind.thing_verbs or lemma in SAID_OF_THINGS_TOO - {"wait", "sit", "stand"}:
            return None
        if lemma in ctx.words("human_verbs") or lemma in LIFE_MOVES:
            return Person(mention.start, mention.end, None)
        return None
    if (
        nxt.pos_ == "ADJ"
        and low in ctx.words("human_states")
        and low not in ctx.words("place_states")
        and low not in kind.thing_states
        and low not in DEVICE_STATES
    ):
        return Person(mention.start, mention.end, None)
    return None


# What a boarding or roll call says of the codes it lists, as the words before the list:
# "still missing 31D and 31E", "4 still to board: 12A, 12B and 19F", "no-shows: 27B".
ROLL_CALL_VERBS = frozenset("board boarded arrive arrived show check".split())
ROLL_CALL_BEFORE_TO = frozenset("still yet left".split())


def _roll_call_lead(doc: Any, k: int, label: bool = False) -> bool:
    """Whether the words ending at `k` (exclusive) say that the codes after them have not
    boarded, arrived or shown up: 'still missing', 'yet to board', 'not yet boarded',
    'still to check in', 'no-shows', 'unaccounted for', 'still waiting for'."""
    words = [t.lower_ for t in doc[max(0, k - 4) : k]]
    if not words:
        return False
    last = words[-1]
    if last == "in" and len(words) >= 2 and words[-2] == "check":
        words, last = words[:-1], "check"
    if last in ROLL_CALL_VERBS:
        if last in ("board", "arrive", "show", "check"):
            return len(words) >= 3 and words[-2] == "to" and words[-3] in ROLL_CALL_BEFORE_TO
        return len(words) >= 2 and words[-2] in ("not", "yet", "n't", "never")
    if last == "missing":
        return label or (len(words) >= 2 and words[-2] in ("still", "are", "'re", "’re", "were"))
    if last in ("no-shows", "no-show", "noshows"):
        return True
    if last in ("shows", "show") and len(words) >= 2 and words[-2] in ("no", "-"):
        return True
    if last == "for" and len(words) >= 2:
        return words[-2] == "unaccounted" or words[-3:] == ["still", "waiting", "for"]
    return False


def _named_before(doc: Any, k: int) -> bool:
    """Whether a noun that is not a person is the subject of the roll call's clause, which
    ends at `k` ('The parts are still to arrive: …'; not 'We're still missing …')."""
    i = k - 1
    while i >= 0 and doc[i].text not in (":", ",", ";", ".", "-", "–", "—"):
        if (
            doc[i].pos_ in ("NOUN", "PROPN")
            and doc[i].lower_ not in ROLL_CALL_VERBS
            and doc[i].lower_ not in ("pax", "passengers")
        ):
            return True
        i -= 1
    return False


@person_test("person_by_number")
def roll_called(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """A boarding or roll call of bare codes, read by word order: 'still missing 31D and
    31E', '4 still to board, 12A, 12B and 22C', 'Yet to board: 3A and 7F', 'no-shows:
    27B'. Only codes with nothing after the list but punctuation count ('still missing 3D
    support' is a feature, 'still to be painted: 402' a door)."""
    if not mention.bare:
        return None
    doc = ctx.doc
    j = mention.start
    while j >= 2 and doc[j - 1].lower_ in LIST_WORDS and _is_code(doc[j - 2]):
        j -= 2  # the list's first code
    k = j - 1 if j > 0 and doc[j - 1].text in (":", ",", "-", "–", "—") else j
    if not _roll_call_lead(doc, k):
        if k == j or doc[k].text != ":":
            return None
        # a label closed by a colon: "missing pax: 12C", "no-shows so far: 27B"
        label = k
        while label > 0 and k - label < 5 and doc[label - 1].text not in (":", ",", ";", "."):
            label -= 1
        if not any(_roll_call_lead(doc, e, label=True) for e in range(label + 1, k + 1)):
            return None
    elif _named_before(doc, k):
        return None  # "The parts are still to arrive: 14A and 14B"
    code = doc[mention.start].text.lstrip("#")
    if code.isdigit() and (len(code) < 3 or re.fullmatch(r"(?:19|20)\d\d", code)):
        return None  # "still to arrive: 2 and 3" may be parcels
    end = _word_after(mention, ctx)
    while end > mention.end and (doc[end - 1].text in (",", "&") or doc[end - 1].lower_ == "and"):
        end -= 1
    if end < len(doc) and not (doc[end].is_punct or doc[end].lower_ in ("last", "final")):
        return None
    return Person(mention.start, mention.end, None)


# Who sees a person in a clinic, not a place: "Bed 7 was seen by the registrar".
CLINICIANS = frozenset(
    "doctor doctors dr registrar reg consultant consultants surgeon surgeons physio physios "
    "physiotherapist nurse nurses paramedic paramedics midwife therapist "
    "pharmacist chaplain anaesthetist anesthetist medics medic gp sho fy1 ortho cardiology "
    "psych psychiatry psychiatrist dietitian dietician".split()
)
# Care given to a person only: "17F was given oxygen by the crew".
GIVEN_CARE = frozenset(
    "oxygen medication medicine meds painkiller painkillers analgesia antibiotics insulin "
    "morphine paracetamol ibuprofen antiemetic cpr fluids sedation adrenaline epipen "
    "reassurance".split()
)
# Where a body lies when it has fallen: "Bed 11 was found on the floor".
FALLEN_PLACES = frozenset("floor ground".split())
# Where a person is moved and a seat or a room is not: a seat code, a room, a cabin class.
MOVED_TO_HEADS = frozenset("seat room suite cabin".split())
CABIN_CLASSES = frozenset("business first premium economy".split())
SEEN_VERBS = frozenset("see spot catch find hear notice watch observe film".split())


@person_test("person_by_number")
def found_as_a_person(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """Passives whose subject can only be a person: seen doing what people do ('14C was
    seen smoking in the toilet'), found fallen or in a person's state ('Bed 11 was found on
    the floor', 'was found unresponsive'), seen by a clinician ('Bed 7 was seen by the
    registrar'), given care ('17F was given oxygen'), a seat or a room moved to another
    seat or a class ('12B was moved to 14A'). A place found, seen or given a thing is left
    ('Room 308 was found unlocked', 'Bed 9 was seen to be wobbling')."""
    root = mention.root
    if _seen_in_a_note(mention, ctx):
        return Person(mention.start, mention.end, None)  # "Bed 14 seen by reg at 10"
    verb = root.head
    if root.dep_ == "nsubj" and _on_the_floor(mention, verb):
        return Person(mention.start, mention.end, None)  # "702 is on the floor, ambulance called"
    if root.dep_ != "nsubjpass" or verb.tag_ != "VBN":
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    lemma = _fixed_lemma(verb)
    children = list(verb.children)
    if lemma in SEEN_VERBS:
        for c in children:
            if c.dep_ in ("xcomp", "advcl", "dep") and c.tag_ == "VBG" and c.i > verb.i:
                if any(a.dep_ == "aux" for a in c.children):
                    continue  # "seen to be wobbling"
                stem = _fixed_lemma(c)
                if stem in ctx.words("human_verbs") and stem not in kind.thing_verbs:
                    return Person(mention.start, mention.end, None)
    if lemma == "find":
        for c in children:
            if _found_fallen(mention, c):
                return Person(mention.start, mention.end, None)
            if (
                c.dep_ in ("acomp", "oprd", "xcomp")
                and c.lower_ in ctx.words("human_states")
                and c.lower_ not in kind.thing_states
                and c.lower_ not in SAID_OF_PLACES_TOO
            ):
                return Person(mention.start, mention.end, None)
    if lemma == "see":
        for c in children:
            if c.dep_ == "agent" and any(
                o.lower_ in CLINICIANS for o in c.children if o.dep_ == "pobj"
            ):
                return Person(mention.start, mention.end, None)
    if lemma == "give" and any(c.dep_ == "dobj" and c.lower_ in GIVEN_CARE for c in children):
        return Person(mention.start, mention.end, None)
    if lemma in ("move", "reseat", "transfer") and _moved_like_a_person(mention, verb, ctx):
        return Person(mention.start, mention.end, None)
    return None


# Heads whose number may be found fallen on the floor: a bed's or a room's person; a table, a
# chair or a seat found on the floor is the furniture ('Table 5 was found on the floor').
FALLEN_HEADS = frozenset("bed bd room rm suite cabin cubicle bay cell".split())
# Rooms a person falls in: "found on the floor of the bathroom"; not "of the lorry".
FALLEN_ROOMS = frozenset(
    "bathroom toilet loo lav lavatory shower ensuite en-suite room cabin cell corridor ward "
    "bay lounge bedroom kitchen".split()
)


def _found_fallen(mention: Mention, prep: Any) -> bool:
    """'Bed 11 was found on the floor': the person of a bed, a room or a bare seat code
    found fallen, not furniture that fell ('Table 5 was found on the floor') or a bed
    stored on the floor of a lorry."""
    if prep.dep_ != "prep" or prep.lower_ not in ("on", "onto"):
        return False
    heads = {t.lower_ for t in mention.root.doc[mention.start : mention.end]}
    if not (mention.bare or heads & FALLEN_HEADS):
        return False
    for floor in (o for o in prep.children if o.dep_ == "pobj" and o.lower_ in FALLEN_PLACES):
        places = [
            o
            for p in floor.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        if all(
            o.lower_ in FALLEN_ROOMS and not any(m.dep_ == "compound" for m in o.children)
            for o in places
        ):  # "of the bathroom", not "of the store room"
            return True
    return False


# Words that put a floor above or below, not under someone: "702 is on the floor above".
FLOOR_DIRECTIONS = frozenset("above below upstairs downstairs up down".split())


def _on_the_floor(mention: Mention, verb: Any) -> bool:
    """'702 is on the floor in the bathroom', 'bed 11 is on the floor': 'be' on the floor,
    as a person is who has fallen, said of a bed's or a room's person or a bare code (a
    tray or a table on the floor is furniture, which _found_fallen leaves). 'the floor'
    alone: 'on the first floor', 'on the same floor', 'on the floor above' say where a
    room is."""
    if verb.lemma_ != "be" or any(
        c.dep_ in ("acomp", "attr") or c.lower_ in FLOOR_DIRECTIONS for c in verb.children
    ):
        return False
    return any(
        _the_floor_alone(prep) and _found_fallen(mention, prep)
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "on"
    )


def _the_floor_alone(prep: Any) -> bool:
    """'on the floor', 'on the floor in the bathroom': 'the' and nothing that says which
    floor ('the first floor', 'the floor above')."""
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    words = [g for o in objects for g in o.children]
    return (
        bool(objects)
        and any(g.dep_ == "det" for g in words)
        and all(g.dep_ == "prep" or (g.dep_ == "det" and g.lower_ == "the") for g in words)
    )


NOTE_SEEN_VERBS = frozenset("see seen assess assessed examine examined review reviewed".split())


def _seen_in_a_note(mention: Mention, ctx: SentenceContext) -> bool:
    """'Bed 14 seen by reg at 10': a ward note that opens with the bed and a participle
    with no 'was', seen or examined by a clinician."""
    doc = ctx.doc
    if mention.start != 0 or mention.end >= len(doc):
        return False
    verb = doc[mention.end]
    if verb.tag_ != "VBN" or verb.lower_ not in NOTE_SEEN_VERBS:
        return False
    agent = doc[mention.end + 1] if mention.end + 1 < len(doc) else None
    if agent is None or agent.lower_ != "by":
        return False
    words = [t for t in doc[agent.i + 1 : agent.i + 3] if t.lower_ not in ("the", "a", "an")]
    return bool(words) and words[0].lower_ in CLINICIANS


def _moved_like_a_person(mention: Mention, verb: Any, ctx: SentenceContext) -> bool:
    """A seat code or a room moved 'to 14A', 'to room 12' or 'to business'."""
    doc = ctx.doc
    heads = {t.lower_.rstrip("s") for t in doc[mention.start : mention.end]}
    if not (mention.bare or heads & MOVED_TO_HEADS):
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "into")):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            if obj.lower_ in CABIN_CLASSES or obj.lower_ in PERSON_DESTINATIONS:
                return True
            if _is_code(obj) and re.match(r"^\d{1,2}[A-Ka-k]$", obj.text):
                return True  # "12B was moved to 14A": a seat is moved by no one
            if obj.lower_.rstrip("s") in MOVED_TO_HEADS and any(
                _is_number(t) for t in doc[obj.i + 1 : obj.i + 3]
            ):
                return True
    return False


# Verbs (lemmas) a person speaks with, whose reported clause says what the speaker is:
# "Basin 2 says she's been waiting".
SPEAKING_VERBS = frozenset("say claim insist reckon swear tell complain explain".split())
# Subjects of a reported clause that only a person is: a machine or a page reports 'it'.
SPEAKER_PRONOUNS = frozenset("he she".split())
# Heads that ring on their own: "Line 3 rang and rang", "Bell 6 rang at noon"; lines and
# pagers, and machines that ring when they are done ("Dryer 6 rang to say it was done").
RINGING_HEADS = frozenset(
    "line phone telephone handset landline mobile extension ext bell doorbell buzzer alarm "
    "chime clock timer siren intercom hotline helpline pager bleeper radio walkie gong "
    "machine dryer washer oven microwave cooker".split()
)
# Acts (lemmas) of a person alone, which no machine, place or page does: "Yurt 9 snored",
# "hammock 4 keeps arguing with the lifeguard", "Sauna 2 apologised". Not "weep", which
# joints, taps, wounds and walls do ("Joint 4 is weeping"), nor "sulk", said of every
# machine that will not work ("Router 2 is sulking again").
PERSON_ONLY_ACTS = frozenset(
    "swear curse yell scream shout sob laugh giggle argue bicker quarrel flirt heckle "
    "snore vomit puke apologise apologize insist threaten faint beg plead moan whinge "
    "grumble rant tut phone".split()
)
# Complaints that boilers, pipes and engines make as sounds ("Boiler 2 keeps moaning",
# "Generator 2 grumbled all night"): a person's has something it is about or someone it
# is made to ('moaning about the music', 'grumbling to the waiter').
COMPLAINING_SOUNDS = frozenset("moan grumble whinge groan".split())
# Acts whose object says a machine or a drain does them: what is thrown up is the
# person's own ('vomited his dinner'), not suds or sewage ("Washer 4 vomited suds").
EXPELLING_ACTS = frozenset("vomit puke".split())
PERSON_POSSESSIVES = frozenset("his her their".split())
# Rooms a clinician or a practitioner works in, whose number is as often the one who
# treats as the one treated ('Surgery 6 wants his notes sent over'): only a customer's
# noun said of it counts ('Consult 2 is a new client').
STAFFED_ROOMS = frozenset("surgery consult clinic theatre lab practice".split())
# Person-only acts that sounds are said to do as well: "siren 4 screaming across the estate".
LOUD_ACTS = frozenset("scream shout yell".split())
# Nouns said of a number that make it a customer: "Consult 6 is a new client".
PERSON_PREDICATES = frozenset("client customer regular member owner newbie vip".split())
# Of these, a noun that is also a size, a fuel or a timetable ("Coffee 3 is a regular",
# "Service 12 is a regular"): it counts only when the sentence goes on to speak of the
# number as 'he' or 'she' ("Consult 3 is a regular, she knows the way").
PREDICATES_ALSO_OF_THINGS = frozenset("regular".split())
# What a machine wants of its user: "Pump 4 wants her card again", "Screen 4 wants her
# password"; besides MACHINE_PROMPTS and CLERK_REQUESTS. Also the papers and details a
# reader, a kiosk or a gate asks for ("Machine 4 wants his passport", "Kiosk 3 wants his
# date of birth", "Turnstile 2 wants his pass").
MACHINE_WANTS = frozenset(
    "card cards pin code receipt ticket coin coins cash payment money details number "
    "location fingerprint face email attention consent permission passport id badge pass "
    "licence license signature date postcode zip fare fee deposit fob key token barcode "
    "photo address name voucher coupon reference".split()
)
# What is left somewhere by its owner: a belonging, not a person ("left her washing in").
LEFT_WHERE = frozenset("in on at behind inside under by overnight again".split())
# States a machine leaves clothes in, which are not places ("Dryer 6 left his jeans in a
# tangle", "Washer 3 left her whites in a right state").
LEFT_STATES = frozenset("tangle mess state heap knot ball twist jumble muddle".split())


def _subject_verb(mention: Mention) -> Any | None:
    """The verb a mention is the subject of, or None; in a note, the verb right after it
    that the parser gave no subject ('rink 2 arguing over the score')."""
    dep, root = _mention_role(mention)
    verb = root.head
    if dep == "nsubj" and verb.i != root.i:
        return verb
    if dep in ("dep", "npadvmod", "nmod") and verb.i == mention.end and verb.pos_ == "VERB":
        return verb
    return None


def _reports_a_speaker(verb: Any) -> bool:
    """'Basin 2 says she's been waiting', 'Hammock 12 insists he paid': a verb of speech
    whose reported clause has 'he' or 'she' for subject. A page, a screen or a rule says
    things too, but of 'it' ('PC 6 says it needs a restart'); texts that report what a
    person said ('Page 12 says he was born') are `open_not_heads`."""
    if _fixed_lemma(verb) not in SPEAKING_VERBS:
        return False
    return any(
        s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in SPEAKER_PRONOUNS
        for c in verb.children
        if c.dep_ == "ccomp"
        for s in c.children
    )


def _rang_in(verb: Any, mention: Mention) -> bool:
    """'Allotment 14 rang in about the trough', 'Kayak 5 phoned from the far bank': a call
    made, with no object rung ('Bike 17 rang its bell'); a line, a phone or a bell rings
    on its own and is left alone."""
    lemma = _fixed_lemma(verb)
    if lemma == "call":
        return any(c.dep_ == "prt" and c.lower_ in ("in", "back") for c in verb.children)
    if lemma not in ("ring", "phone") or verb.tag_ not in ("VBD", "VBZ", "VBG", "VBP"):
        return False
    if lemma == "ring" and mention.root.lower_ in RINGING_HEADS:
        return False
    return not any(c.dep_ == "dobj" for c in verb.children)


def _acts_alone_as_a_person(verb: Any, ctx: SentenceContext) -> bool:
    """A verb of PERSON_ONLY_ACTS, or one kept up ('keeps arguing', 'is swearing'); a
    loud one only at someone or with a person's things ('shouting at the instructor',
    'shouting into his phone'), as sirens scream and kettles shout too."""
    if verb.lemma_.lower() == "keep":
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), verb)
    lemma = _fixed_lemma(verb)
    if verb.pos_ != "VERB" or lemma not in PERSON_ONLY_ACTS:
        return False
    if _said_of_things_this_way(verb, lemma, ctx):
        return False
    if lemma not in LOUD_ACTS | COMPLAINING_SOUNDS:
        return True
    if lemma in COMPLAINING_SOUNDS and any(
        c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ == "about") for c in verb.children
    ):
        return True  # "moaning about the music", "grumbles that it's cold"
    if any(c.dep_ == "dobj" for c in verb.children):
        return False  # "kettle 2 shouting its whistle"
    return any(
        t.lower_ in ("his", "her", "their")
        or (t.dep_ == "pobj" and t.head.lower_ in ("at", "to") and _someone_or_staff(t, ctx))
        for t in verb.subtree
        if t.i > verb.i
    )


def _said_of_things_this_way(verb: Any, lemma: str, ctx: SentenceContext) -> bool:
    """Whether a person-only act has the shape things give it: a thing threatens to do what
    no person does ('Dam 2 threatens to burst'), a form insists on a noun ('Field 4 insists
    on a date', where a person insists on doing something or that something is so), a
    reading flirts with a value ('Freezer 3 flirted with zero'), a machine or a drain
    throws up what is not its own ('Washer 4 vomited suds')."""
    children = list(verb.children)
    if lemma == "threaten":
        todo = [c for c in children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
        return bool(todo) and _fixed_lemma(todo[0]) not in ctx.words("human_verbs")
    if lemma == "insist":
        return any(
            c.dep_ == "prep" and c.lower_ == "on" and any(g.dep_ == "pobj" for g in c.children)
            for c in children
        )
    if lemma == "flirt":
        return any(
            g.dep_ == "pobj" and not _someone_or_staff(g, ctx)
            for c in children
            if c.dep_ == "prep" and c.lower_ == "with"
            for g in c.children
        )
    if lemma in EXPELLING_ACTS:
        return any(
            c.dep_ == "dobj"
            and not any(g.dep_ == "poss" and g.lower_ in PERSON_POSSESSIVES for g in c.children)
            for c in children
        )
    return False


def _someone_or_staff(tok: Any, ctx: SentenceContext) -> bool:
    """A person a loud act is aimed at: a pronoun, a person noun or a member of staff."""
    return tok.lower_ in PEOPLE_PRONOUNS or _a_person_word(tok, ctx) or _staff_noun(tok, ctx)


def _called_a_customer(verb: Any, ctx: SentenceContext) -> bool:
    """'Consult 6 is a new client', 'Cabana 11 is a regular, he knows the way': a
    customer's noun said of the number, as the whole predicate ('a regular booking' is a
    booking); one of PREDICATES_ALSO_OF_THINGS only with a 'he' or 'she' after it."""
    if verb.lemma_.lower() != "be":
        return False
    speaker_after = any(t.lower_ in SPEAKER_PRONOUNS for t in verb.doc[verb.i + 1 :])
    return any(
        c.dep_ == "attr"
        and c.lower_ in PERSON_PREDICATES
        and (c.lower_ not in PREDICATES_ALSO_OF_THINGS or speaker_after)
        and not any(g.dep_ in ("compound", "prep", "poss") for g in c.children)
        for c in verb.children
    )


def _plural_agreement(verb: Any, mention: Mention, ctx: SentenceContext) -> bool:
    """'Rink 4 are asking for the heaters on', 'Gazebo 5 want the band to play': a singular
    place with a plural verb is the people in it, doing what people do; crews, squads and
    classes agree in the plural too, and are `open_not_heads` or owned."""
    head = mention.root
    if head.tag_ not in ("NN", "NNP") or head.lower_.endswith("s"):
        return False
    finite = [a for a in verb.children if a.dep_ == "aux" and a.i < verb.i] or [verb]
    if not all(_plural_finite(a) for a in finite):
        return False
    lemma = _fixed_lemma(verb)
    return lemma in ctx.words("human_verbs") and lemma not in SAID_OF_THINGS_TOO


def _plural_finite(tok: Any) -> bool:
    """A finite verb that agrees with a plural: 'are', 'want', 'were'. A past form the
    tagger filed as a present ('Dryer 6 rang to say it was done') agrees with anything."""
    return tok.lower_ == "were" or (tok.tag_ == "VBP" and tok.lower_ not in PAST_FORMS)


def _left_a_belonging(verb: Any, ctx: SentenceContext) -> bool:
    """'Machine 14 left her washing in the drum', 'Hut 7 left his wallet on the bar': an
    owner's thing left somewhere, not what a machine or a bus leaves someone in ('left her
    clothes soaking wet', 'left his daughter behind')."""
    if verb.lemma_.lower() != "leave":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    complements = ("acomp", "oprd", "xcomp", "ccomp")
    if len(objects) != 1 or any(c.dep_ in complements for c in verb.children):
        return False
    obj = objects[0]
    if _a_person_word(obj, ctx) or not any(
        g.dep_ == "poss" and g.lower_ in ("his", "her", "their") for g in obj.children
    ):
        return False
    return any(c.lower_ in LEFT_WHERE and not _a_state(c) for c in verb.children if c.i > obj.i)


def _a_state(prep: Any) -> bool:
    """'in a tangle', 'in a right state': a state a machine leaves clothes in, not a place
    their owner left them (LEFT_STATES)."""
    return any(g.dep_ == "pobj" and g.lemma_.lower() in LEFT_STATES for g in prep.children)


def _wants_their_own(verb: Any) -> bool:
    """'Cabana 8 wants her towels changed': what is wanted is the speaker's own, and not
    what a machine asks its user for ('Pump 4 wants her card again')."""
    if verb.lemma_.lower() != "want":
        return False
    asked = MACHINE_PROMPTS | CLERK_REQUESTS | MACHINE_WANTS
    for c in verb.children:
        owned = c if c.dep_ == "dobj" else None
        if c.dep_ == "ccomp":
            owned = next((s for s in c.children if s.dep_ == "nsubj"), None)
        if (
            owned is not None
            and owned.lower_ not in asked
            and owned.lemma_.lower() not in asked
            and any(g.dep_ == "poss" and g.lower_ in ("his", "her") for g in owned.children)
        ):
            return True
    return False


@person_test("person_at_open_head")
def open_head_acts_as_a_person(
    mention: Mention, ctx: SentenceContext, kind: LocatorKind
) -> Person | None:
    """A numbered place no rule owns, as the subject of what only a person does or says:
    the head word says nothing of who is there, so only evidence that needs no head counts.
    'Wants' or 'says' alone does not ('Machine 9 says error E4', 'Desk 9 is asking for a
    password')."""
    verb = _subject_verb(mention)
    if verb is None:
        return None
    if mention.root.lower_ in STAFFED_ROOMS:
        return Person(mention.start, mention.end, None) if _called_a_customer(verb, ctx) else None
    if (
        _reports_a_speaker(verb)
        or _rang_in(verb, mention)
        or _acts_alone_as_a_person(verb, ctx)
        or _called_a_customer(verb, ctx)
        or _plural_agreement(verb, mention, ctx)
        or _left_a_belonging(verb, ctx)
        or _wants_their_own(verb)
    ):
        return Person(mention.start, mention.end, None)
    return None


# A clock time, as a booking is named by it: "3:15", "14:30", "2.30" (not "14:02:11").
CLOCK_TIME = re.compile(r"^(?:[01]?\d|2[0-3])[:.][0-5]\d$")
# Hours said as words, for "two o'clock" and "half two".
CLOCK_HOURS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())
OCLOCK = frozenset("o'clock o’clock oclock".split())
MERIDIEM = frozenset("am pm a.m. p.m.".split())
# What names a booking by its time: an article or the owner of the diary ("my two o'clock").
TIME_OPENERS = frozenset("the my your our his her their".split())
OWNER_OPENERS = frozenset("my your our".split())
# What a booking is for, said after its time: "the 2:30 root filling", "the 11:00 viewing".
# Not what a time names that holds no one ('slot', 'class', 'meeting', 'train', 'showing'),
# nor the booking itself ('the 7:30 booking is here' says what the table waits for).
APPOINTMENT_NOUNS = frozenset(
    "callback call-back consult consultation checkup check-up "
    "filling extraction crown scale polish hygiene cut trim colour color blow-dry blowdry "
    "highlights perm wax facial massage mot fitting jab vaccine injection smear follow-up "
    "review assessment viewing walk-in referral patient client customer".split()
)
APPOINTMENT_MODIFIERS = frozenset("new root eye and &".split())
# Words of a departure or a race: a time in their sentence is a train's, a bus's or a race's
# ('the 7:05 is here, the driver says', 'the 2:40 at Cheltenham').
TRANSPORT_WORDS = frozenset(
    "train trains bus buses coach tram ferry sailing boat plane flight platform station "
    "driver guard conductor signal timetable carriage departure departs terminates race "
    "racing runner runners jockey".split()
)
# What only a person does or is, said right after the time: "the 2:50 complained".
BOOKED_ACTS = frozenset(
    "text ring phone email message want ask say complain cry apologise apologize insist "
    "refuse moan forget rebook swear shout faint panic".split()
)
BOOKED_ACT_FORMS = frozenset("rang said forgot wept".split())
BOOKED_STATES = frozenset(
    "nervous anxious angry furious upset annoyed scared terrified worried allergic pregnant "
    "deaf rude lovely chatty livid fuming".split()
)
# A person the time is said to be: "the 3:40 is a new patient".
BOOKED_KINDS = frozenset("patient client customer regular newbie vip walk-in".split())
# Words that may stand between the time and what it does: "has just texted", "is very nervous".
BOOKED_FILLERS = frozenset(
    "has have had is was are were 's ’s just still again now already also really very so "
    "all a an new".split()
)
# Not coming: "9:15 DNA", "my 4pm didn't turn up".
NOT_ATTENDED = frozenset("dna dna'd dnaed no-show no-showed".split())
ATTEND_VERBS = frozenset("show turn attend come".split())
# Where a customer waits when they are in: "the 1:45 is in reception".
WAITING_PLACES = frozenset("reception chair desk waiting lobby door surgery".split())
# Said to the customer booked for a time: "tell the 10:40 …", "ring the 16:15".
TOLD_BOOKINGS = frozenset(
    "tell told remind reminded ask asked warn warned reassure update text texted email "
    "emailed phone phoned ring rang call called greet welcome thank chase let".split()
)
# What is handed to the customer booked for a time: "offer the 3:15 a coffee".
GIVING_VERBS = frozenset("offer offered give gave get bring make".split())
SOFT_PRONOUNS = frozenset("she he her his him".split())


def _time_end(doc: Any, i: int) -> int | None:
    """The end of a clock time starting at token i: '3:15', '3pm', 'two o'clock', 'half
    two', 'half past two'; None if no time starts there."""
    tok = doc[i]
    low = tok.lower_
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    if CLOCK_TIME.match(tok.text):
        return i + 2 if nxt in MERIDIEM else i + 1
    if (tok.text.isdigit() and 1 <= int(tok.text) <= 12) or low in CLOCK_HOURS:
        return i + 2 if nxt in OCLOCK or (nxt in MERIDIEM and tok.text.isdigit()) else None
    if low == "half":
        k = i + 2 if nxt == "past" else i + 1
        if k < len(doc) and (doc[k].lower_ in CLOCK_HOURS or doc[k].text.isdigit()):
            return k + 1
    return None


def _booked_for_what(doc: Any, end: int, ctx: SentenceContext) -> tuple[int, Any | None] | None:
    """After a time, the appointment or person it names ('root filling', 'cat owner'): the
    end of those words and the person noun, if one ends them. None if another noun
    follows, which the time only schedules ('the 3:15 slot', 'the 5:30 class')."""
    people = ctx.words("person_nouns") | OWNER_NOUNS
    k = end
    while k < len(doc) and k - end < 3:
        low = doc[k].lower_
        named = people | APPOINTMENT_NOUNS
        if not (
            low in named
            or low in NOT_ATTENDED
            or low in APPOINTMENT_MODIFIERS
            or (doc[k].tag_ == "NN" and k + 1 < len(doc) and doc[k + 1].lower_ in named)
        ):
            break  # "cat" of "cat owner" and "root" of "root filling" go on
        k += 1
    while k > end and doc[k - 1].lower_ in NOT_ATTENDED:
        k -= 1
    while k > end and doc[k - 1].lower_ in APPOINTMENT_MODIFIERS:
        k -= 1
    if (
        k < len(doc)
        and doc[k].pos_ in ("NOUN", "PROPN")
        and doc[k].lower_ not in NOT_ATTENDED
        and not _person_act(doc[k].lower_)
        and doc[k].lower_ != "know"  # "let the 1:40 know", 'know' read as a noun
    ):
        return None
    last = doc[k - 1] if k > end else None
    noun = last if last is not None and last.lower_ in people else None
    return k, noun


def _time_mentions(doc: Any, ctx: SentenceContext, kind: LocatorKind) -> list[Mention]:
    """A clock time after an article or 'my', or opening a clause, with what it is booked
    for after it: 'the 3:15', 'my two o'clock', 'the 2:30 root filling', '11:30 is …'. A
    time with a place after it ('the 06:10 to Geneva', 'the 2:40 at Cheltenham') is a
    departure or a race: the flight rule owns the first. The mention starts after the
    article, which the person's span adds, unless an appointment follows ('the customer
    booked for the 2:30 root filling')."""
    found = []
    for tok in doc:
        i = tok.i
        if found and i < found[-1].end:
            continue
        end = _time_end(doc, i)
        if end is None:
            continue
        before = doc[i - 1].lower_ if i > 0 else ""
        if (
            tok.text[:1].isdigit()
            and kind.context is not None
            and not in_context(doc, i, kind.context, ctx.following)
        ):
            continue
        if before not in TIME_OPENERS and not (i == 0 or doc[i - 1].text in CLAUSE_OPENERS):
            continue
        if (
            end < len(doc)
            and doc[end].lower_ in ("to", "from", "at")
            and (end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN")
        ):
            continue
        booked = _booked_for_what(doc, end, ctx)
        if booked is None:
            continue
        stop, noun = booked
        start = i - 1 if stop > end and noun is None and before in TIME_OPENERS else i
        found.append(Mention(start, stop if noun is None else end, tok, bare=False))
    return found


def _time_opener(doc: Any, mention: Mention) -> int:
    """Where the words for the booked customer start: the article or 'my' before the time."""
    i = mention.start
    return i - 1 if i > 0 and doc[i - 1].lower_ in TIME_OPENERS else i


def _act_after_time(doc: Any, k: int) -> tuple[str, int] | None:
    """The word said of the time, past the auxiliaries and adverbs, with its index: 'has
    just texted' gives 'texted'; None at the end of the clause or after 'been' (the slot
    'has been moved')."""
    while k < len(doc) and doc[k].lower_ in BOOKED_FILLERS:
        k += 1
    if k >= len(doc) or doc[k].lower_ == "been" or doc[k].is_punct:
        return None
    return doc[k].lower_, k


def _person_act(word: str) -> bool:
    """A form of what only a person does ('texted', 'rang', 'wants', 'complaining')."""
    return (
        word in BOOKED_ACTS
        or word in BOOKED_ACT_FORMS
        or _verb_stem(word, BOOKED_ACTS) is not None
        or _third_person_stem(word, BOOKED_ACTS) is not None
    )


def _did_not_attend(doc: Any, end: int) -> bool:
    """'9:15 DNA', 'the 4pm no-showed', 'my 4pm didn't turn up', 'never showed'."""
    words = [t.lower_ for t in doc[end : end + 4]]
    if words[:1] and words[0] in NOT_ATTENDED:
        return True
    if words[:2] == ["no", "show"]:
        return True
    if words[:1] == ["never"] and len(words) > 1:
        return _verb_stem(words[1], ATTEND_VERBS) is not None
    return (
        len(words) > 2
        and words[0] in ("did", "does", "has", "have")
        and words[1] in ("n't", "not")
        and (words[2] in ATTEND_VERBS)
    )


def _arrived(doc: Any, end: int) -> bool:
    """'has arrived', 'is here', 'is in reception', 'is in the chair': where a customer is
    when they come, which a train or a bus is too; a person must say so besides."""
    words = [t.lower_ for t in doc[end : end + 5]]
    if words[:1] in (["arrived"], ["here"]) or words[1:2] in (["arrived"], ["here"]):
        return True
    if words[:1] and words[0] in BE_FORMS | {"'s"} and words[1:2] in (["in"], ["at"]):
        return any(w in WAITING_PLACES for w in words[2:5])
    return False


def _running_late(doc: Any, end: int) -> bool:
    """'is running late', 'is late': said of trains and buses as much as of people."""
    words = [t.lower_ for t in doc[end : end + 3]]
    return "late" in words and (words[0] in BE_FORMS | {"running"})


def _someone_said_so(doc: Any, mention: Mention, ctx: SentenceContext) -> bool:
    """A person's pronoun later in the sentence ('she texted', 'her wash'), or what the time
    names an appointment: what makes an arrival or a delay a customer's."""
    if mention.start < mention.root.i or mention.end > mention.root.i + 1:
        return True
    return any(t.lower_ in SOFT_PRONOUNS for t in doc[mention.end :])


def _told_the_booking(doc: Any, start: int, end: int) -> bool:
    """'tell the 10:40 we're late', 'ring the 16:15', 'let the 11:20 know', 'offer the 3:15
    a coffee': the time as the one spoken to or given something; not a booking called off,
    moved or offered to someone ('call the 2:30 off', 'offer the 3:15 to the next caller')."""
    if start == 0:
        return False
    verb = doc[start - 1].lower_
    after = doc[end].lower_ if end < len(doc) else ""
    if verb in GIVING_VERBS:
        return after in ("a", "an", "some")
    if verb not in TOLD_BOOKINGS:
        return False
    if verb == "let":
        return after == "know"
    if after == "to":
        return end + 1 < len(doc) and doc[end + 1].tag_ == "VB"  # "remind the 9:00 to bring"
    return after not in ("off", "for", "in", "into", "from", "or")


@person_test("person_by_time")
def booked_for_a_time(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """A customer named by the time they are booked for ('the 3:15 has arrived', 'my two
    o'clock is here', 'tell the 10:40 we're late'): only what a person alone does or is
    counts, as a time also names a slot ('the 3:15 is free'), a train ('the 7:05 is
    late') or a race; an arrival or a delay counts only with a person's pronoun, an
    appointment named, or 'my' for an arrival, and never in a sentence about travel."""
    doc = ctx.doc
    if _about_travel(doc, mention):
        return None
    start = _time_opener(doc, mention)
    end = mention.end
    root = mention.root
    noun = _booked_for_what(doc, _time_end(doc, root.i) or end, ctx)
    person_noun = noun[1] if noun is not None else None
    last = noun[0] if noun is not None else end
    if person_noun is not None:
        if person_noun.lower_ not in ctx.words("collective_nouns"):
            return Person(start, last, person_noun)
        end = last  # "the 8pm party of ten" is a restaurant's booking, unless it acts
    act = _act_after_time(doc, end)
    people = (
        _did_not_attend(doc, end)
        or _told_the_booking(doc, start, end)
        or (act is not None and _person_act(act[0]) and not _rang_through(doc, act[1]))
        or _cancelled_on_us(doc, end)
        or (act is not None and act[0] in BOOKED_STATES)
        or (act is not None and act[0] in BOOKED_KINDS and not _noun_after(doc, act[1]))
        or (
            _arrived(doc, end)
            and (_someone_said_so(doc, mention, ctx) or doc[start].lower_ in OWNER_OPENERS)
        )
        or (
            (_running_late(doc, end) or (act is not None and act[0] == "waiting"))
            and _someone_said_so(doc, mention, ctx)
        )
    )
    return Person(start, end, person_noun) if people else None


def _about_travel(doc: Any, mention: Mention) -> bool:
    """A word of travel or racing in the sentence, up to a person's pronoun: 'the 7:05 is
    here, the driver says' is a bus; in '11:30 is late, she texted from the bus' the bus
    is where she is."""
    for t in doc:
        if t.i > mention.end and t.lower_ in SOFT_PRONOUNS:
            return False
        if t.lower_ in TRANSPORT_WORDS:
            return True
    return False


def _rang_through(doc: Any, i: int) -> bool:
    """'the 8:30 MOT rang through': a sale rung through a till, not a call."""
    return (
        doc[i].lower_ in ("rang", "rung", "ring", "rings")
        and i + 1 < len(doc)
        and doc[i + 1].lower_ in ("through", "up")
    )


def _cancelled_on_us(doc: Any, end: int) -> bool:
    """'the 9:45 has cancelled', 'cancelled on us': a customer calling their booking off,
    in the active voice; a slot 'is cancelled' or 'has been cancelled', and a bare
    'cancelled again' is as often a train's."""
    words = [t.lower_ for t in doc[end : end + 3]]
    if words[:1] and words[0] in ("cancelled", "canceled"):
        return words[1:3] in (["on", "us"], ["on", "me"], ["on", "her"], ["on", "him"])
    return words[:1] in (["has"], ["have"]) and words[1:2] in (["cancelled"], ["canceled"])


def _noun_after(doc: Any, i: int) -> bool:
    """A noun right after token i, which makes it a modifier: 'a new patient slot'."""
    return i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN")


# The readings by back-reference and by address live beside this module and register
# themselves on import; they are imported last, as they build on the helpers above.
from custlint.engine.kinds import backref, vocative_address  # noqa: E402, F401
