"""The per-sentence word index (graph/relations/context.py, ``WordIndex`` and the ``SentenceContext``
helpers ``cued``, ``cued_tokens``, ``verbal``): every answer is the one a walk over the sentence's
tokens gives. Invented sentences."""
from __future__ import annotations

import pytest

from graph.entities import resolve
from graph.relations.context import SentenceContext, WordIndex
from graph.relations.lexicon import cues
from graph.text import Document
from graph.text.metadata import Metadata

TEXTS = [
    "Finland joined NATO in April 2023, and Sweden joined it a year later.",
    "The European Union imposed new sanctions on Belarus; the United States sanctioned two banks.",
    "Vietnam supplies rice to the Philippines, which supplied troops and has supplied ships.",
    "Chile's navy operates four frigates built in the Netherlands and flies F-16 fighters.",
    "Kenya will host the drills near Mombasa, the ministry said, and Uganda hosted them in 2021.",
    "Who else is in the club? Poland and Hungary are members, and Slovakia became a member.",
]
# cue lists of several sizes, some larger than any sentence (the index walks the sentence's words then)
CUE_LISTS = [
    {"join", "supply", "host", "sanction", "operate"},
    {"member", "members", "navy", "joined"},
    {"nothing", "here"},
    ["supply", "supply", "fly"],  # a list, with a repeat
    frozenset(),
]


@pytest.fixture(scope="module")
def contexts(pipeline) -> list[SentenceContext]:
    out = []
    for text in TEXTS:
        document = Document.from_text(text, meta=Metadata(published="2024-10-10", date_source="cli"))
        doc = pipeline.nlp(document.text)
        doc.user_data["published"] = document.published
        entities = resolve(doc, pipeline.ref)
        mentions = [m for m in doc._.mentions if m.entity]
        out += [SentenceContext(sent, mentions, entities, document.id) for sent in doc.sents]
    return out


def _all_cue_lists() -> list:
    lex = cues()
    return CUE_LISTS + [lex["sanctions"]["verbs"], lex["sanctions"]["nouns"], lex["membership"]["predicate_member_nouns"]]


def test_cued_tokens_is_a_token_walk(contexts):
    for ctx in contexts:
        for words in _all_cue_lists():
            assert ctx.cued_tokens(words) == [t for t in ctx.tokens if t.lemma_.lower() in words]
            assert ctx.cued_tokens(words, "lower") == [t for t in ctx.tokens if t.lower_ in words]
            assert ctx.cued_tokens(words, "either") == [t for t in ctx.tokens
                                                        if t.lemma_.lower() in words or t.lower_ in words]
            nouns = {"NOUN", "PROPN"}
            assert ctx.cued_tokens(words, pos=nouns) == [t for t in ctx.tokens
                                                         if t.lemma_.lower() in words and t.pos_ in nouns]
            assert ctx.verbal(words) == [t for t in ctx.tokens if t.pos_ == "VERB" and t.lemma_.lower() in words]


def test_cued_is_any_on_a_token_walk(contexts):
    for ctx in contexts:
        for words in _all_cue_lists():
            assert ctx.cued(words) == any(t.lemma_.lower() in words or t.lower_ in words for t in ctx.tokens)
            assert ctx.cued(words, "lemma") == any(t.lemma_.lower() in words for t in ctx.tokens)
            assert ctx.cued(words, "lower") == any(t.lower_ in words for t in ctx.tokens)


def test_the_index_finds_a_repeated_word_at_each_place(contexts):
    ctx = next(c for c in contexts if "supplies rice" in c.sent.text)
    supplied = ctx.cued_tokens({"supply"})
    assert [t.lower_ for t in supplied] == ["supplies", "supplied", "supplied"]
    assert [t.lower_ for t in ctx.verbal({"supply"})] == ["supplies", "supplied", "supplied"]


def test_positions_are_document_positions_in_order():
    ix = WordIndex([("a", "a"), ("state", "states"), ("join", "joins"), ("state", "state")], 5)
    assert ix.positions({"state"}) == [6, 8]
    assert ix.positions({"state", "join", "x", "y", "z", "w"}) == [6, 7, 8]
    assert ix.positions({"joins", "a"}, by="lower") == [5, 7]
    assert ix.positions({"joins", "state"}, by="either") == [6, 7, 8]
    assert ix.positions(set()) == []


def test_positions_hand_out_copies():
    ix = WordIndex([("state", "state")], 0)
    ix.positions({"state"}).append(99)
    assert ix.positions({"state"}) == [0]


def test_an_unknown_key_is_an_error():
    with pytest.raises(ValueError):
        WordIndex([("a", "a")], 0).positions({"a"}, by="form")


def test_cued_forms_is_a_filtered_zip(contexts):
    for ctx in contexts:
        for words in _all_cue_lists():
            pairs = list(zip(ctx.tokens, ctx.forms, strict=True))
            assert ctx.cued_forms(words) == [(t, f) for t, f in pairs if f[0] in words]
            assert ctx.cued_forms(words, "lower") == [(t, f) for t, f in pairs if f[1] in words]
            assert ctx.cued_forms(words, "either") == [(t, f) for t, f in pairs if f[0] in words or f[1] in words]
