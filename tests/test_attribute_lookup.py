"""The attribute ruler's faster lookup finds exactly the matches of its Matcher."""

from __future__ import annotations

from test_two_stage import large_text

from custlint.engine.attribute_lookup import AttributeLookup
from custlint.engine.model import load_pipeline


def test_lookup_equals_the_matcher_on_a_large_text() -> None:
    nlp = load_pipeline()
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.match.__self__, AttributeLookup)
    strings = nlp.vocab.strings
    extra = (
        "Gonna call you back. Y'all can't park there. Let's go, c'mon! Gotta run.\n\n"
        "There are two rooms left. Ain't nobody got time. There's a fee. y all"
    )
    paragraphs = [p for p in (large_text() + "\n\n" + extra).split("\n\n") if p.strip()]
    before = [n for n in nlp.pipe_names if n not in ("attribute_ruler", "lemmatizer")]
    compared = 0
    with nlp.select_pipes(enable=before):
        for doc in nlp.pipe(paragraphs):
            by_matcher = sorted(
                {
                    (int(strings[m]), m, s, e)
                    for m, s, e in ruler.matcher(doc, allow_missing=True, as_spans=False)
                }
            )
            assert ruler.match(doc) == by_matcher, doc.text[:80]
            compared += len(by_matcher)
    assert compared > 20_000


def test_fast_lemmas_equal_the_lemmatizer_on_a_large_text() -> None:
    from custlint.engine.attribute_lookup import FastLemmas

    nlp = load_pipeline()
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer.pipe.__self__, FastLemmas)
    paragraphs = [p for p in large_text().split("\n\n") if p.strip()]
    before = [n for n in nlp.pipe_names if n != "lemmatizer"]
    with nlp.select_pipes(enable=before):
        docs = list(nlp.pipe(paragraphs))
    fast = [[t.lemma_ for t in doc] for doc in lemmatizer.pipe(d.copy() for d in docs)]
    slow = [[t.lemma_ for t in type(lemmatizer).__call__(lemmatizer, d)] for d in docs]
    assert fast == slow
    assert sum(map(len, fast)) > 20_000


def test_the_lemma_index_is_the_saved_one_with_set_lookups() -> None:
    import srsly

    from custlint.engine.attribute_lookup import WordIndex

    nlp = load_pipeline()
    lookups = nlp.get_pipe("lemmatizer").lookups
    index = lookups.get_table("lemma_index")
    assert index and all(isinstance(words, WordIndex) for words in index.values())
    assert srsly.msgpack_loads(lookups.to_bytes())  # it still saves
    for words in index.values():
        plain = list(words)
        probes = plain[:50] + plain[-50:] + [w + "s" for w in plain[:50]] + ["", "zzzq"]
        assert [p in words for p in probes] == [p in plain for p in probes]
