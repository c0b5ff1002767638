"""The locator kind: a seat, room, table, bed, flight, account or ticket number used as a person.

The kind finds each number (with its head word, "room 412", or bare, "17F") and asks the
parse whether it stands for a person. The named checks each answer one way a number can
stand for a person; a rule lists the ones it uses under `checks`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from custlint.engine.candidates import (
    NUMBER_WORDS,
    in_context,
    is_letter_code,
    spaced_code_end,
    spaced_letter,
    split_code,
    spoken_code_end,
)
from custlint.engine.context import SentenceContext
from custlint.engine.kinds import Candidate, Hit
from custlint.engine.kinds.locator.finders import (
    CONTAINED_HEADS,
    RECORD_HEADS,
    _age_after_a_bed,
    _answer_word,
    _called_number_end,
    _container_after,
    _container_before,
    _glued_letter,
    _head_stretched,
    _in_headed_list,
    _is_number,
    _lettered_place_before,
    _modifiers,
    _open_head_mentions,
    _place_follows,
    _rank,
    _record_code_end,
    _reference_end,
    _root,
    _route_end,
    _time_mentions,
    _unowned_mentions,
)
from custlint.engine.kinds.locator.grammar import _code_text
from custlint.engine.kinds.locator.lexicon import (
    CURRENCY,
    FILLERS,
    LIST_JOINERS,
    NUMBER_MARKS,
    SLASHED_NUMBERS,
    UNITS,
)
from custlint.engine.kinds.locator.lists import (
    _codes_listed,
    _labels_a_note,
    _listed_with,
    _only_list_words,
    _parallel_item,
    _present_like_a_sibling,
)
from custlint.engine.kinds.locator.registry import (
    MENTION_FINDERS,
    PERSON_TESTS,
    THING_TESTS,
    Mention,
    Person,
    PersonTest,
)
from custlint.engine.kinds.locator.rewrite import (
    _agree_plural,
    _glued_to_a_list,
    _open_preposition,
    _plural_person,
    _plural_verb_follows,
    _role_number,
)
from custlint.engine.kinds.locator.vetoes import (
    CLERK_REQUESTS,
    MACHINE_PROMPTS,
    _a_thing,
    _document_says,
    _machine_type,
    _prompted,
    _record_on_hold,
    _record_provides,
    _regarding,
    _staff_after,
)
from custlint.engine.rewrite import match_case
from custlint.errors import RuleError
from custlint.rulepack import Rule

# The person tests register themselves when their module is imported, and a rule's tests are
# tried in the order they registered: the modules are imported here in that order (the order
# they had in the one module they were split from), before any kind is made.
# isort: off
from custlint.engine.kinds.locator import (  # noqa: F401
    placed,
    acts,
    addressed,
    described,
    shorthand,
    found_and_open,
    clock_times,
)
# isort: on


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
        # Heads of the rule a customer is placed by otherwise: in a queue, not on it.
        self.head_prepositions = {
            str(h).lower(): str(p) for h, p in opts.get("head_prepositions", {}).items()
        }
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
        # A family's own finder, registered by its module: "phones" for phone numbers and
        # registrations ("07700 900412", "KX19 ABC"), which no head word or code shape finds.
        finder = opts.get("finder")
        if finder is not None and finder not in MENTION_FINDERS:
            raise RuleError(f"rule {rule.id}: unknown locator finder '{finder}'")
        self.finder = MENTION_FINDERS.get(finder) if finder else None
        self.tests: list[PersonTest] = []
        for name in rule.checks:
            if name not in PERSON_TESTS:
                raise RuleError(
                    f"rule {rule.id}: unknown locator check '{name}' "
                    f"(known: {', '.join(sorted(PERSON_TESTS))})"
                )
            self.tests.extend(PERSON_TESTS[name])
        # Readings of a note whose words the parse makes a thing's ('T7 nut allergy' reads
        # as a compound): they read the whole phrase, so they overrule that veto.
        self.note_tests = [t for t in PERSON_TESTS.get("person_in_a_note", []) if t in self.tests]

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
            (_a_thing(mention, ctx) and not any(t(mention, ctx, self) for t in self.note_tests))
            or _labels_a_note(mention, ctx)
            or _staff_after(mention, ctx)
            or _prompted(mention, ctx, self.machine_heads, MACHINE_PROMPTS)
            or _prompted(mention, ctx, self.staffed_heads, CLERK_REQUESTS)
            or _regarding(mention, ctx)
            or _machine_type(mention, ctx)
            or _record_on_hold(mention, ctx, self)
            or _document_says(mention, ctx)
            or _record_provides(mention, ctx)
            or any(thing(mention, ctx, self) for thing in THING_TESTS)
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
        if self.finder is not None:
            return self.finder.find(doc, ctx, self)
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
                if j < len(doc) and any(f.covers(doc, j) for f in MENTION_FINDERS.values()):
                    continue  # "the number 07700 900555 rang out": a phone's, not an order's
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
                if any(f.covers(doc, tok.i) for f in MENTION_FINDERS.values()):
                    continue  # "07700 900412 is on hold": a phone number's group, no code
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
            head = mention.root.lower_
            if not mention.bare and head in self.head_prepositions:
                preposition = self.head_prepositions[head]
            if self.finder is not None:
                preposition = self.finder.preposition(doc, mention)
            elif _role_number(mention, ctx):
                # "Caller 7": a role's number, not a place: "the customer with caller number 7"
                locator = f"{locator.rsplit(' ', 1)[0]} number {code}"
                preposition = "with"
            phrase = f"{noun_text} {preposition} {locator}"
            replacement = phrase if person.vocative else f"the {phrase}"
        original = ctx.written(person.start, person.end, trailing_space=True).strip().rstrip(".")
        # The code's own capitals ("INC-4410", "AA3", a plate's "KX19 ABC", which a family's
        # finder reads as a whole mention) say nothing of the writer's case.
        code_at = mention.start if self.finder is not None else mention.end - 1
        words = ctx.written(person.start, code_at) if person.end == mention.end else original
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
            # A phone number or a plate lends its person to no other rule's list: in 'ref
            # TC-4410, 07700 900461 wants an apology' the comma lists nothing.
            extra={"bare_person": person.noun is None and self.finder is None},
        )
