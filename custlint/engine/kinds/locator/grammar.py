"""Small readings of the parse that the finders, vetoes and person tests share: a code's
text, lemmas the tagger gets wrong, whether a noun names a person, what a mention does in its
clause, where a shorthand note opens and where a list of codes ends.
"""

from __future__ import annotations

import re
from typing import Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.locator.lexicon import CALENDAR, LIST_WORDS, PEOPLE_PRONOUNS
from custlint.engine.kinds.locator.registry import Mention


def _code_text(tok: Any) -> str:
    """A code as written; the tokenizer leaves a sentence's full stop on codes such as '23B.'."""
    return tok.text[:-1] if tok.text[-1:] in (".", "-") and len(tok.text) > 1 else tok.text


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


def _rest_of_clause(doc: Any, i: int) -> list:
    """The words after `i` up to the next punctuation mark."""
    rest = []
    for t in doc[i + 1 :]:
        if t.is_punct:
            break
        rest.append(t)
    return rest


def _names_a_kind_of_person(tok: Any, ctx: SentenceContext) -> bool:
    """The word, or its lemma, is one of `person_kinds` or `person_titles`: nouns that only
    ever name a person."""
    words = {tok.lower_, tok.lemma_.lower()}
    return not words.isdisjoint(ctx.words("person_kinds")) or not words.isdisjoint(
        ctx.words("person_titles")
    )


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


RELATIVE_WHO = frozenset("who whom".split())


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


def _someone(tok: Any, ctx: SentenceContext) -> bool:
    """A person noun or a name: 'the nurse', 'Anna' (but not 'missed', lemma 'miss')."""
    if tok.pos_ == "PROPN" and tok.is_alpha and tok.is_title and tok.lower_ not in CALENDAR:
        return True
    if tok.pos_ == "NOUN" and (
        tok.lower_ in ctx.words("staff_nouns") or tok.lemma_.lower() in ctx.words("staff_nouns")
    ):
        return True  # "send it to the nurse, she will sign"
    return tok.pos_ in ("NOUN", "PROPN") and _is_person_noun(tok, ctx)


def _staff_noun(tok: Any, ctx: SentenceContext) -> bool:
    staff = ctx.words("staff_nouns")
    return tok.lower_ in staff or tok.lemma_.lower() in staff


# An age and a sex as a ward note gives them, in one word: "74M", "81F".
AGE_AND_SEX = re.compile(r"^(?:1[6-9]|[2-9]\d|1[01]\d)[MF]$")


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
