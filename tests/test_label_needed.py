"""Shared tokens give what spaCy's own tokens give, in the same order, as the document's one object
per token; a rule that needs a label no entity has is skipped without changing the relations."""
from __future__ import annotations

import pytest

from graph.mentions.shared_tokens import release, shared
from graph.mentions.words import tokens

_TEXT = ("The Ruritanian navy, which has flown the Kestrel since 2011, ordered six frigates and two tankers "
         "from Velmark Yards on Tuesday. Its chief, Admiral Jan Oskar, said the first would arrive in 2027, "
         "while officials in Ostrava, Brno and Zlin declined to comment on the deal.")
_TREE = ("children", "lefts", "rights", "subtree", "ancestors", "conjuncts")


@pytest.fixture(scope="module")
def doc(pipeline):
    return pipeline.nlp(_TEXT)


def test_every_tree_property_is_spacys(doc):
    toks = shared(doc)
    for t in doc:
        s = toks[t.i]
        for name in _TREE:
            assert [x.i for x in getattr(s, name)] == [x.i for x in getattr(t, name)], (t.i, name)
            assert all(x is toks[x.i] for x in getattr(s, name)), (t.i, name)  # the shared objects
        for name in ("head", "left_edge", "right_edge"):
            assert getattr(s, name).i == getattr(t, name).i and getattr(s, name) is toks[getattr(t, name).i]
        assert s == t and hash(s) == hash(t)


def test_a_released_token_answers_as_spacy(doc):
    toks = shared(doc)
    release(toks)
    for t in doc:
        assert [x.i for x in toks[t.i].subtree] == [x.i for x in t.subtree]
        assert toks[t.i].head.i == t.head.i


def test_tokens_are_listed_once_per_document(doc):
    assert tokens(doc) is tokens(doc)
    assert tokens(doc)[3].head is tokens(doc)[tokens(doc)[3].head.i]


def test_a_rule_needing_an_absent_label_finds_nothing_it_would_keep(pipeline, monkeypatch):
    """With no Event entity, every PARTICIPATED_IN or HOSTED_BY is dropped: skipping ``participation``
    changes nothing (here checked by running it anyway)."""
    import importlib

    from graph.entities import resolve

    extract_module = importlib.import_module("graph.relations.extract")
    extract = extract_module.extract

    text = ("Ruritania's defence minister attended talks in Ostrava with Velmark officials on Monday, and "
            "the two states signed a cooperation pact.")
    doc = pipeline.nlp(text)
    entities = resolve(doc, pipeline.ref)
    assert not any(e.label == "Event" for e in entities.values())
    gated = sorted(r.key() for r in extract(doc, entities, "d"))
    monkeypatch.setattr(extract_module, "LABEL_NEEDED", {})
    assert sorted(r.key() for r in extract(pipeline.nlp(text), resolve(pipeline.nlp(text), pipeline.ref), "d")) == gated
