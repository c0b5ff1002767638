"""The `flat_no` shape: 'No, …' as an answer, run on through the refusal that follows it."""

from __future__ import annotations

import re
from typing import Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.refusal.lexicon import (
    ASKING,
    AVAILABLE_SERVICES,
    FIRST_PERSON,
    HOURS_VERBS,
    NEGATIONS,
    REPORTED_PEOPLE,
    SHORT_REQUESTS,
)
from custlint.engine.kinds.refusal.registry import shape
from custlint.engine.kinds.refusal.speakers import _our_people, _staff
from custlint.engine.kinds.refusal.syntax import (
    _aux_lemmas,
    _lemma,
    _negated,
    _no_head,
    _span_end,
    _subject,
)
from custlint.engine.kinds.refusal.wanted import _service_noun

ADDRESS = frozenset(
    {"sir", "ma'am", "mam", "madam", "maam", "miss", "ma’am", "mate", "buddy", "hon"}
)
# Words of address a 'No' runs on through before its refusal ('No love, we don't …').
FOND_ADDRESS = ADDRESS | {"love"}


@shape("flat_no")
def flat_no(ctx: SentenceContext) -> list[tuple[int, int, Any]]:
    """'No, we can't.', 'No sir, rules are rules.', 'I said no.'."""
    doc = ctx.doc
    found = []
    for tok in doc:
        low = tok.lower_
        idiom = _no_idiom(tok)
        if idiom is None:
            idiom = _told_no_can_do(tok, ctx)  # "told him no can do"
        if idiom is not None:
            found.append(idiom)  # "No can do.", "I'm afraid not, sir."
            continue
        if low == "no" and _opens_answer(tok):
            rest = [t for t in doc[tok.i + 1 :] if not t.is_punct]
            sorry = [t for t in doc[: tok.i] if t.lower_ in ("sorry", "afraid")]
            if sorry and (not rest or doc[tok.i + 1].is_punct):
                start = sorry[0].i
                if start >= 2 and doc[start - 1].lower_ in ("'m", "’m", "m"):
                    start -= 2  # "I'm afraid not"
                found.append((start, tok.i + 1, tok))  # "Sorry, no."
                continue
            if not rest:
                continue
            first = rest[0]
            if first.lower_ in (
                "thank",
                "thanks",
                "problem",
                "worries",
                "sooner",
                "one",
                "way",
                "doubt",
            ):
                continue
            merged = _no_then_refusal(tok, ctx) if first.lower_ in FOND_ADDRESS else None
            if merged is not None:
                if merged > 0:
                    found.append((tok.i, merged, tok))  # "No mate, we don't take cards"
                continue
            if first.lower_ in ADDRESS or (
                len(rest) > 1 and first.lower_ in ("actually", "well") and rest[1].lower_ in ADDRESS
            ):
                found.append(
                    (tok.i, (rest[1] if first.lower_ not in ADDRESS else first).i + 1, tok)
                )
                continue
            said = _quoted_after(tok)
            if (
                said is not None
                and _lemma(said) == "say"
                and _no_said_by_us(said, ctx)
                and _refusing_reason(rest)
            ):
                found.append((tok.i, tok.i + 1, tok))  # 'the desk said “No, that's our policy”'
                continue
            subj = next((t for t in rest[:3] if t.dep_ in ("nsubj", "nsubjpass")), None)
            prev = ctx.previous.rstrip(" \t\n\"“”‘’'")
            if prev.endswith("?") and _asks_if_needed(re.split(r"[.!?]\s+(?=\S)", prev)[-1]):
                continue  # "Do I need to bring it?" "No, you don't need it."
            if _answers_a_question(ctx):
                end = tok.i + 1
                if subj is not None and _negated(subj.head):
                    negs = [c.i + 1 for c in subj.head.children if c.dep_ == "neg"]
                    end = max([_span_end(subj.head), *negs])
                else:
                    # "No, I'm sorry, infants can't be seated": the reason is part of the no
                    neg = next((t for t in rest if t.dep_ == "neg" and t.head.i > tok.i), None)
                    if neg is not None:
                        end = max(neg.i + 1, _span_end(neg.head))
                found.append((tok.i, end, tok))
                continue
            state = _refused_state(subj, ctx) if subj is not None else None
            if state is not None:
                found.append((tok.i, state, tok))  # "No, the spa isn't included."
                continue
            if subj is None:
                continue
            verb = subj.head
            spared = _lemma(verb) == "need" or (
                _lemma(verb) == "have" and any(c.dep_ == "xcomp" for c in verb.children)
            )  # "No, you don't need to fast": the customer is spared something
            spared = spared or _reassures(verb)  # "No, you're not being charged twice"
            if (
                subj.lower_ in ("we", "you")
                and not spared
                and (_negated(verb) or verb.lemma_ in ("say",))
            ):
                negs = [c.i + 1 for c in verb.children if c.dep_ == "neg"]
                found.append((tok.i, max([_span_end(verb), *negs]), verb))
            elif subj.lower_ == "i" and _lemma(verb) == "say" and verb.i == subj.i + 1:
                found.append((tok.i, verb.i + 1, verb))
        elif low == "no" and tok.i > 0 and _lemma(doc[tok.i - 1]) == "say":
            verb = doc[tok.i - 1]
            subj = _subject(verb)
            if not _no_said_by_us(verb, ctx):
                continue
            thing = _said_no_thing(tok, ctx)
            if thing is not None:
                if thing > 0:
                    found.append((tok.i, thing, tok))  # "chef says no swaps tonight"
                continue
            end = tok.i + 1
            if end + 1 < len(doc) and doc[end].text == ",":
                # "said no, I couldn't bring my chair": the reason told is part of the no
                neg = next((t for t in doc[end + 1 :] if t.dep_ == "neg"), None)
                told = _subject(neg.head) if neg is not None else None
                if told is not None and told.i == end + 1:
                    end = max(neg.i + 1, _span_end(neg.head))
            found.append((subj.i if subj is not None else verb.i, end, verb))
        elif low in ("nope", "nah") and (told := _told_nope(tok, ctx)) is not None:
            found.append((told, tok.i + 1, tok))  # "told 14 nope, fully booked"
        elif low in ("nope", "nah") and (
            any(t.text in ('"', "“", "‘") for t in doc[max(0, tok.i - 3) : tok.i])
            or _opens_answer(tok)
        ):
            merged = _no_then_refusal(tok, ctx)
            if merged is not None:
                if merged > 0:
                    found.append((tok.i, merged, tok))  # "Nah, we don't do deliveries"
                continue
            nxt = next((t for t in doc[tok.i + 1 :] if not t.is_punct), None)
            quoted = any(t.text in ('"', "“", "‘") for t in doc[max(0, tok.i - 3) : tok.i])
            if nxt is None and not quoted:
                continue  # a narrator's "Nope." on its own
            if nxt is not None and nxt.lower_ in ("problem", "worries", "thanks", "thank", "no"):
                continue
            asked = ctx.previous.rstrip(" \t\n\"“”‘’'")
            if asked.endswith("?") and not _answers_a_question(ctx):
                continue  # "Did you find my glasses?" "Nope, not yet.": a question of fact
            um = tok.i >= 2 and doc[tok.i - 2].lower_ in ("um", "uh")
            found.append((tok.i - 2 if um else tok.i, _nope_through(tok), tok))  # '“Um, nope.”'
        elif low == "not" and tok.i + 1 < len(doc):
            # "Not allowed, mate.", "Not possible on your plan, sorry", "said not possible"
            word = doc[tok.i + 1]
            if word.lower_ not in ("allowed", "permitted", "possible", "poss"):
                continue
            said = tok.i > 0 and _lemma(doc[tok.i - 1]) == "say"
            opens = not [t for t in doc[: tok.i] if not (t.is_punct or t.lower_ in FILLERS)]
            if word.lower_ in ("possible", "poss") and _after_a_request(tok, ctx):
                opens = True  # "2B wants an upgrade, not poss", "asked for late c/o - not possible"
            if tok.i > 0 and doc[tok.i - 1].text in ('"', "“", "‘"):
                opens = True  # 'He said, “Not allowed, mate.”'
            if _after_heading(tok):
                opens = True  # "Re-admission: not permitted.", a sign's heading and its rule
            if not (said or opens):
                continue
            if any(
                t.pos_ in ("VERB", "AUX") and t.i > word.i and not _apologizes(t)
                for t in doc[: word.i + 3]
            ):
                continue  # "Not allowed to …" with a verb of its own is another shape's
            found.append((tok.i - 1 if said else tok.i, word.i + 1, word))
    return found


def _nope_through(tok: Any) -> int:
    """The end of a 'nope' and the refusal it opens with no subject: 'Nah, can't do that on a
    pay-as-you-go SIM' is one span through 'that', as 'No, we can't move you' is."""
    doc = tok.doc
    nxt = next((t for t in doc[tok.i + 1 :] if not t.is_punct), None)
    if nxt is None or nxt.tag_ != "MD" or not _negated(nxt.head if nxt.dep_ == "aux" else nxt):
        return tok.i + 1
    verb = nxt.head if nxt.dep_ == "aux" else nxt
    subj = _subject(verb)
    if subj is not None and subj.i != tok.i:
        return tok.i + 1  # the parser may take the 'nah' itself for the subject
    end = max(_span_end(verb), *(c.i + 1 for c in verb.children if c.dep_ == "neg"))
    if end < len(doc) and doc[end].dep_ == "dobj" and doc[end].lower_ in ("that", "this", "it"):
        end += 1
    return end


def _apologizes(verb: Any) -> bool:
    """The 'm' of "Not poss, I'm afraid", "not possible I'm sorry": an apology's verb."""
    doc = verb.doc
    return (
        _lemma(verb) == "be"
        and verb.i + 1 < len(doc)
        and doc[verb.i + 1].lower_ in ("afraid", "sorry")
        and verb.i > 0
        and doc[verb.i - 1].lower_ in ("i", "we")
    )


# What shows a noted 'nope' refused something: a reason after it ('fully booked', 'we're
# full', 'sorry', 'can't') or a request in the note ('asked for a late checkout').
NOPE_REASONS = frozenset("full booked sorry afraid closed policy sold unavailable".split())


def _told_nope(tok: Any, ctx: SentenceContext) -> int | None:
    """'told 14 nope, fully booked', 'said nah to the upgrade': the start of a note that a
    'nope' was our answer (the verb of telling, in the forms the rule's trigger patterns
    name, opens the note, with at most two words of whom between) to a request or with a
    reason; 'told him nope, wrong building' and 'I said nah, I'd rather walk' refuse
    nobody."""
    doc = tok.doc
    for back in (1, 2, 3):
        i = tok.i - back
        if i < 0:
            return None
        if doc[i].is_punct:
            return None
        if doc[i].lower_ in ("told", "said", "says"):
            opens = not [t for t in doc[:i] if not t.is_punct]
            if not (opens or (i > 0 and doc[i - 1].lower_ in ("i", "we"))):
                return None
            return i if _nope_grounds(tok, ctx) else None
    return None


def _nope_grounds(tok: Any, ctx: SentenceContext) -> bool:
    doc = tok.doc
    for t in doc[tok.i + 1 :]:
        if t.lower_ in NOPE_REASONS or t.lower_ in NEGATIONS or t.dep_ == "neg":
            return True
    wanted = ctx.words("request_nouns") | ctx.words("refusal_objects") | AVAILABLE_SERVICES
    return any(
        _lemma(t) in ASKING
        or t.lower_ in SHORT_REQUESTS
        or (t.i != tok.i and (_lemma(t) in wanted or t.lower_ in wanted))
        for t in doc
    )


# 'told him no can do', 'said no can do on the late checkout': the idiom reported, by a
# person (or nobody named, a note) with at most one word of whom between; 'It said no can
# do on the screen' (a thing) and 'He told me no can do was rude' (the idiom talked about,
# the subject of a verb of its own) refuse nobody.
TELLING = frozenset("say tell said told".split())  # a lemma, or the form a mis-tag leaves


def _told_no_can_do(tok: Any, ctx: SentenceContext) -> tuple[int, int, Any] | None:
    doc = tok.doc
    if tok.lower_ != "no" or [t.lower_ for t in doc[tok.i : tok.i + 3]] != ["no", "can", "do"]:
        return None
    say = next(
        (
            doc[i]
            for i in (tok.i - 1, tok.i - 2)
            if i >= 0 and {_lemma(doc[i]), doc[i].lower_} & TELLING
        ),
        None,
    )
    if say is None or any(t.is_punct for t in doc[say.i + 1 : tok.i]):
        return None
    if tok.i + 3 < len(doc) and doc[tok.i + 3].pos_ in ("VERB", "AUX"):
        return None  # "no can do was rude"
    teller = _subject(say)
    if teller is not None and not (
        teller.lower_ in REPORTED_PEOPLE or teller.ent_type_ == "PERSON" or _our_people(teller, ctx)
    ):
        return None
    return (tok.i, tok.i + 3, tok)


# 'No, you're not being charged twice', 'No, you won't be billed until …': a 'No' that
# spares the customer a cost or a penalty reassures, it refuses nothing.
SPARED_PASSIVES = frozenset(
    "charge bill debit fine penalise penalize overcharge invoice surcharge".split()
)


def _reassures(verb: Any) -> bool:
    return (
        verb.tag_ == "VBN"
        and (_lemma(verb) in SPARED_PASSIVES or verb.lower_ in {"charged", "billed", "fined"})
        and any(c.dep_ == "auxpass" for c in verb.children)
    )


# 'No mate, we don't take cards', 'Nah, we don't do deliveries': the 'No' and its refusal
# are one span, as 'No, we can't move you' is; 'No sir, thank you', 'Nah mate, no worries'
# and 'No mate, we don't close till ten' refuse nobody. The end of the span, -1 where the
# reply refuses nobody, or None where this reading does not apply.
def _no_then_refusal(tok: Any, ctx: SentenceContext) -> int | None:
    doc = tok.doc
    i = tok.i + 1
    while i < len(doc) and (doc[i].is_punct or doc[i].lower_ in FOND_ADDRESS):
        i += 1
    if i == tok.i + 1 or i >= len(doc):
        return None
    words = [t.lower_ for t in doc[i : i + 2]]
    if words[0] in ("thank", "thanks", "problem", "worries", "cheers") or words == [
        "no",
        "worries",
    ]:
        return -1
    subj = doc[i] if doc[i].lower_ in ("we", "i") and doc[i].dep_ == "nsubj" else None
    if subj is None or not _negated(subj.head):
        return None
    verb = subj.head
    if _lemma(verb) in ctx.words("harmless_verbs") | HOURS_VERBS:
        return -1  # "Nah, we don't know yet", "No mate, we don't close till ten"
    if _lemma(verb) in ctx.words("service_verbs") or verb.tag_ == "MD":
        negs = [c.i + 1 for c in verb.children if c.dep_ == "neg"]
        return max([_span_end(verb), *negs])
    return None


# 'the manager says no exchanges this week', 'chef says no swaps tonight': the refusal is
# the 'no' and what it refuses, not who said it; the end of that span, -1 where what is
# said no to is good news or what a thing holds ('says no problem', 'chef says no nuts in
# the pesto'), or None where the reading does not apply and the 'said no' span stands
# ('the manager says no', 'manager says no takeaway after 10').
def _said_no_thing(no: Any, ctx: SentenceContext) -> int | None:
    noun = _no_head(no)
    if noun is None or noun.i > no.i + 3:
        return None
    words = {noun.lower_, _lemma(noun)} | {
        w for c in noun.children if c.dep_ in ("compound", "amod") for w in (c.lower_, _lemma(c))
    }
    if words & ctx.words("refusal_objects") or _lemma(noun) in ctx.words("service_verbs"):
        return noun.i + 1
    if {noun.lower_, _lemma(noun)} & ctx.words("benefit_nouns"):
        return -1  # "chef says no problem"
    if any(c.dep_ == "prep" and c.lower_ in ("in", "inside") for c in noun.children):
        return -1  # "chef says no nuts in the pesto": what a dish holds
    return None


def _after_a_request(tok: Any, ctx: SentenceContext) -> bool:
    """'2B wants an upgrade, not poss', 'rm 8 asked for late c/o - not possible', 'early
    checkin for 412 - not poss today': a note's verdict on a request, after a comma or a
    dash, where what comes before asks for something (a verb of asking, a request noun or a
    service a customer asks for). 'Tried the plumber, not possible to get through' has a
    verb of its own after it, which the caller reads as another shape's."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text not in (",", "-", "–", "—", ";", ":"):
        return False
    wanted = ctx.words("request_nouns") | ctx.words("refusal_objects") | AVAILABLE_SERVICES
    for t in doc[: tok.i - 1]:
        if _lemma(t) in ASKING or t.lower_ in SHORT_REQUESTS:
            return True
        if _lemma(t) in wanted or t.lower_ in wanted:
            return True
    return False


# What a thing the customer asks about is not, when a "No," answers: "No, the spa isn't
# included", "No, that ticket isn't valid on this train", "No, the lounge isn't open to
# economy passengers". 'No, the museum isn't far' and 'No, the jacket isn't waterproof'
# answer a question of fact.
REFUSED_STATES = frozenset(
    "included valid allowed permitted accepted covered eligible refundable transferable "
    "exchangeable returnable available open".split()
)


def _refused_state(subj: Any, ctx: SentenceContext) -> int | None:
    """The end of a refusal a 'No,' opens with a thing's state ('No, the spa isn't included'),
    or None. The thing is the subject of a present negated 'be' (or a passive) whose
    predicate is one of REFUSED_STATES; 'open' only to someone ('isn't open to economy
    passengers', not 'isn't open yet'), 'available' only of a service (`_service_noun`),
    and never of a person ('No, the manager isn't available')."""
    if subj.lower_ in FIRST_PERSON | {"you", "he", "she", "they"} or _staff(subj, ctx):
        return None
    verb = subj.head
    if subj.dep_ == "nsubjpass" and verb.tag_ == "VBN":
        pred, be = verb, next((c for c in verb.children if c.dep_ == "auxpass"), None)
    elif _lemma(verb) == "be":
        be = verb
        pred = next((c for c in verb.children if c.dep_ in ("acomp", "attr")), None)
    else:
        return None
    if pred is None or be is None or pred.lower_ not in REFUSED_STATES:
        return None
    if be.tag_ not in ("VBZ", "VBP") or not (_negated(verb) or _negated(be)):
        return None
    if any(c.lower_ in ("yet", "anymore") for c in (*verb.children, *pred.children)):
        return None
    if pred.lower_ == "open" and not any(
        c.dep_ == "prep" and c.lower_ == "to" for c in pred.children
    ):
        return None
    if pred.lower_ == "available" and not _service_noun(subj, ctx):
        return None
    negs = [c.i + 1 for c in verb.children if c.dep_ == "neg"]
    return max([pred.i + 1, *negs])


HESITATIONS = frozenset("well um uh oh er".split())


def _no_idiom(tok: Any) -> tuple[int, int, Any] | None:
    """'No can do', 'Sorry, no can do on the refund', 'Afraid not.', 'I'm afraid not, sir':
    a flat no said as an idiom, opening the reply (after 'sorry', 'well', 'I'm' at most).
    'Afraid not' must end the reply or take only a term of address: 'I'm afraid not many
    people came' counts people."""
    doc = tok.doc
    if tok.lower_ not in ("no", "afraid") or tok.i + 1 >= len(doc):
        return None
    words = [t.lower_ for t in doc[tok.i : tok.i + 3]]
    if words != ["no", "can", "do"] and words[:2] != ["afraid", "not"]:
        return None
    if any(not (t.is_punct or t.lower_ in FILLERS) for t in doc[: tok.i]):
        return None
    start = next((t.i for t in doc[: tok.i] if not (t.is_punct or t.lower_ in HESITATIONS)), tok.i)
    if words == ["no", "can", "do"]:
        return (start, tok.i + 3, tok)
    after = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
    if after is not None and not (after.is_punct or after.lower_ in ADDRESS):
        return None
    return (start, tok.i + 2, tok)


HEADING_WORDS = 6


def _after_heading(tok: Any) -> bool:
    """'Smoking: not allowed', 'Re-admission: not permitted': the word opens a sign's line
    after a heading of a few words and no verb ('Dogs on the beach:'), and answers it as
    'Not allowed' alone would."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != ":":
        return False
    heading = [t for t in doc[: tok.i - 1] if not t.is_punct]
    if any(_lemma(t) in SETTING_WORDS for t in heading):
        return False  # a reference table's row: "Async mode: not allowed"
    return 0 < len(heading) <= HEADING_WORDS and all(
        t.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "ADP") for t in heading
    )


# What a technical reference lists in its tables, whose values may be 'not allowed'.
SETTING_WORDS = frozenset(
    "mode value option parameter field setting type flag argument key method default null "
    "input output format property attribute variable config configuration header request "
    "response status version encoding".split()
)


def _no_said_by_us(verb: Any, ctx: SentenceContext) -> bool:
    """'The receptionist said no', 'reception said “No, …”': a no one of our people (or
    a rule, or an unnamed 'they') said, as said, not 'my wife said no' or 'would say no'."""
    subj = _subject(verb)
    if _negated(verb) or (
        subj is not None and subj.lower_ not in FIRST_PERSON | SAYERS and not _our_people(subj, ctx)
    ):
        return False
    if _aux_lemmas(verb) & {"should", "would", "could", "never", "can", "must"}:
        return False
    return not any(c.lower_ == "never" for c in verb.children)


def _refusing_reason(rest: list[Any]) -> bool:
    """What follows a quoted 'No,' makes it a refusal: a rule ('that's our policy', 'rules
    are rules') or our own 'can't' ('No, we can't'); 'No, you don't need to fast' spares the
    customer and 'No, it's not far now' answers a question of fact."""
    if any(_lemma(t) in ("policy", "rule", "regulation") for t in rest):
        return True
    return any(
        t.dep_ == "neg"
        and (_subject(t.head) is not None and _subject(t.head).lower_ in FIRST_PERSON)
        for t in rest
    )


def _quoted_after(tok: Any) -> Any | None:
    """The word right before the quote that tok opens ('said “No'), or None."""
    doc = tok.doc
    j = tok.i - 1
    if j < 1 or doc[j].text not in ('"', "“", "‘"):
        return None
    j -= 1
    if doc[j].text in (",", ":") and j > 0:
        j -= 1
    return doc[j]


FILLERS = frozenset("well um uh oh er sorry afraid i 'm m ’m".split())
SAYERS = frozenset("policy policies rules system manager management boss they".split())


def _answers_a_question(ctx: SentenceContext) -> bool:
    """'“Can I bring my dog?” “No, …”': a no that answers a customer's request.

    'Is this a window seat?' “No it's not” answers a question of fact: nobody is refused."""
    prev = ctx.previous.rstrip(" \t\n\"“”‘’'")  # the next quote may open on this side
    if not prev.endswith("?"):
        return False
    asked = re.split(r"[.!?]\s+(?=\S)", prev)[-1]
    words = re.findall(r"[a-z]+", asked.lower())
    if "?" in asked[:-1] or not words:
        return True
    first = words[0]
    if _asks_if_needed(asked):
        return False  # "Do I need to fast?" "No, …": the customer is spared, not refused
    if first in ("is", "are", "am", "was", "were", "did", "has", "have"):
        if first in ("is", "are") and set(words) & ASKED_STATES:
            return True  # "Is breakfast included?", "Are dogs allowed?"
        return len(words) > 2 and words[1:3] in (["it", "possible"], ["there", "any"])
    return True


# What a customer asks to be let have, in a question of 'is' or 'are': "Is breakfast
# included?", "Are dogs allowed?". 'Is it far?' and 'Is the pool open?' ask a fact.
ASKED_STATES = REFUSED_STATES - {"open", "available"}


def _asks_if_needed(question: str) -> bool:
    """'Do I need to bring my passport?', 'Will I be charged?': whatever 'No' answers it, the
    customer is spared something, never refused."""
    words = re.findall(r"[a-z]+", question.lower())
    return bool(words) and (
        words[0] in ("do", "does", "will", "would", "shall", "should", "must")
        and re.search(
            r"\b(?:need|needs|have to|has to|must|required|charged|pay extra)\b", question.lower()
        )
        is not None
    )


def _opens_answer(tok: Any) -> bool:
    doc = tok.doc
    if tok.i > 0 and doc[tok.i - 1].text in ('"', "“", "‘", "'"):
        return tok.i + 1 < len(doc)  # a quoted answer: 'My response is "No, …"'
    before = [t for t in doc[: tok.i] if not (t.is_punct or t.lower_ in FILLERS)]
    if before:
        return False
    if tok.i + 1 >= len(doc):
        return False
    nxt = doc[tok.i + 1]
    return nxt.is_punct or nxt.lower_ in ADDRESS or tok.dep_ == "intj" or tok.is_upper
