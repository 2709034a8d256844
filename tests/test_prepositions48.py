"""The objects of a token's prepositions (``graph/relations/prepositions.py``), read on sentences parsed by the
real model: one reading for every rule that asks "what does this word's 'of' / 'from' name?"."""
from __future__ import annotations

from graph.relations.prepositions import prep_objects


def _tok(pipeline, text: str, word: str):
    doc = pipeline.nlp(text)
    return next(t for t in doc if t.text == word)


def _texts(toks) -> list[str]:
    return [t.text for t in toks]


def test_objects_of_one_preposition(pipeline):
    tok = _tok(pipeline, "Finland became a member of the alliance in April.", "member")
    assert _texts(prep_objects(tok, "of")) == ["alliance"]
    assert prep_objects(tok, "from") == []


def test_a_set_of_prepositions_keeps_the_text_order(pipeline):
    verb = _tok(pipeline, "Finland joined the alliance in April with the support of Sweden.", "joined")
    assert _texts(prep_objects(verb, {"with", "in"})) == ["April", "support"]
    assert _texts(prep_objects(verb, ["with"])) == ["support"]  # not the "of" of "support": the verb's own only


def test_no_words_keeps_every_preposition(pipeline):
    verb = _tok(pipeline, "Ships sailed from Gdansk to Riga in May.", "sailed")
    assert _texts(prep_objects(verb)) == ["Gdansk", "Riga", "May"]


def test_a_word_is_a_whole_preposition_not_a_substring(pipeline):
    # "in" is no preposition "into" (a string is one word, never a set of its letters)
    verb = _tok(pipeline, "The frigate sailed into the harbour.", "sailed")
    assert prep_objects(verb, "in") == []
    assert _texts(prep_objects(verb, "into")) == ["harbour"]


def test_conjuncts_add_the_other_members_of_the_objects_list(pipeline):
    noun = _tok(pipeline, "Poland is a member of NATO and the European Union.", "member")
    assert _texts(prep_objects(noun, "of")) == ["NATO"]
    assert _texts(prep_objects(noun, "of", conjuncts=True)) == ["NATO", "Union"]


def test_an_agent_is_no_prepositional_object(pipeline):
    verb = _tok(pipeline, "The drones were built by a Turkish firm.", "built")
    assert prep_objects(verb, "by") == []
