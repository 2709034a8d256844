"""Supply and operation facts lost before any rule reads them (issue 10, session 31): a platform's popular name
standing alone after its written name ("the Phantom" after "F-4 Phantom IIs", "five Poseidons" after "Boeing
P-8A Poseidon") was no mention at all, and a subject the parser hung as an apposition on an opening phrase
("Since the war with Armenia, Azerbaijan has bought ...") was no subject. Invented sentences through the real
pipeline, each with a case where nothing may be added."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from graph.relations.context import opener_subject
from tests.extracted import graph_maker, node_names, relations_in

graph_of = graph_maker("2024-06-12")


def typed(pipeline, text: str, kind: str) -> dict[tuple[str, str], str | None]:
    """(source, target) -> stage of every relation of type ``kind`` the text states."""
    return {(s, t): d.get("stage") for (s, typ, t), d in relations_in(graph_of(pipeline, text)).items() if typ == kind}


def test_popular_name_alone_is_the_platform(pipeline):
    text = ("The last F-4 Phantom IIs flew their farewell on Friday. Peru ordered the Phantom from the United "
            "States in 1970.")
    assert ("United States", "Peru") in typed(pipeline, text, "SUPPLIES")
    assert ("Peru", "F-4 Phantom II") in typed(pipeline, text, "OPERATES")


def test_plural_popular_name_after_a_designation(pipeline):
    text = ("The Boeing P-8A Poseidon arrived at the base. Chile ordered three Poseidons from the United States "
            "in 2019.")
    supplies = typed(pipeline, text, "SUPPLIES")
    assert supplies.get(("United States", "Chile")) == "ordered"


def test_popular_name_joined_to_another_name_is_left_alone(pipeline):
    # "Phantom Works" is a firm's division, not the jet; a lower-case "thunder" is weather
    text = ("The F-4 Phantom II flew at the show. Greece bought Phantom Works software from the United States.")
    assert ("Greece", "F-4 Phantom II") not in typed(pipeline, text, "OPERATES")
    text = "The K9 Thunder fired at the range. A thunder storm followed."
    assert sum("Thunder" in n or "thunder" in n for n in node_names(pipeline, text)) == 1


def test_opening_phrase_misread_as_subject(pipeline):
    text = "Since the 2021 war with Peru, Ecuador has bought much of its new equipment from Brazil and Spain."
    supplies = typed(pipeline, text, "SUPPLIES")
    assert ("Brazil", "Ecuador") in supplies and ("Spain", "Ecuador") in supplies
    assert ("Brazil", "Peru") not in supplies


def _parsed(words, heads, deps, pos):
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_opener_subject_needs_the_opening_conjunction():
    # "Since the war with Peru, Ecuador bought jets", parsed with "war" the subject and "Ecuador" its apposition
    words = ["Since", "the", "war", "with", "Peru", ",", "Ecuador", "bought", "jets", "."]
    heads = [7, 2, 7, 2, 3, 4, 4, 7, 7, 7]
    deps = ["mark", "det", "nsubj", "prep", "pobj", "punct", "appos", "ROOT", "dobj", "punct"]
    pos = ["SCONJ", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "VERB", "NOUN", "PUNCT"]
    doc = _parsed(words, heads, deps, pos)
    assert opener_subject(doc[7], doc[2]).text == "Ecuador"
    # the same parse without the opening "Since" is an apposition, not a subject ("the war with Peru, a neighbour")
    words2 = ["The", "war", "with", "Peru", ",", "Ecuador", "bought", "jets", "."]
    heads2 = [1, 6, 1, 2, 3, 3, 6, 6, 6]
    deps2 = ["det", "nsubj", "prep", "pobj", "punct", "appos", "ROOT", "dobj", "punct"]
    pos2 = ["DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "VERB", "NOUN", "PUNCT"]
    doc2 = _parsed(words2, heads2, deps2, pos2)
    assert opener_subject(doc2[6], doc2[1]) is None


def test_opener_subject_must_reach_the_verb():
    # "Since the war with Peru, Ecuador's neighbour, ... jets": an apposition cut off from the verb by other words
    words = ["Since", "the", "war", "with", "Peru", ",", "Ecuador", "in", "turn", "bought", "jets", "."]
    heads = [9, 2, 9, 2, 3, 4, 4, 9, 7, 9, 9, 9]
    deps = ["mark", "det", "nsubj", "prep", "pobj", "punct", "appos", "prep", "pobj", "ROOT", "dobj", "punct"]
    pos = ["SCONJ", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "ADP", "NOUN", "VERB", "NOUN", "PUNCT"]
    doc = _parsed(words, heads, deps, pos)
    assert opener_subject(doc[9], doc[2]) is None


def test_ship_of_a_navy(pipeline):
    # "the destroyer X of the Y Navy": the "of" phrase hangs on the ship's name, set beside its kind noun
    text = "Two warships joined the drill: the destroyer Almirante Cochrane of the Chilean Navy and a tug."
    assert ("Chilean Navy", "Almirante Cochrane") in typed(pipeline, text, "OPERATES")


def test_class_set_beside_a_named_ship_is_left_to_the_ship(pipeline):
    # "USS X, a Y-class ship of the US Navy": the "of" phrase describes the named ship, not the class
    text = "The ceremony was held aboard USS Comstock, a Whidbey Island-class dock landing ship of the US Navy."
    assert not any("class" in t for _, t in typed(pipeline, text, "OPERATES"))


def test_craft_of_a_ministry_is_not_operated_by_it(pipeline):
    # an office, not an armed body: the "of" phrase says whose purchase it is, not who flies it
    text = "The KC-135 tanker of the Ministry of Defence of Chile was displayed."
    assert not any(s.startswith("Ministry") for s, _ in typed(pipeline, text, "OPERATES"))


def test_possessive_on_the_kind_noun_of_a_named_ship(pipeline):
    text = "Three ships took part: the Peruvian Navy's training ship BAP Union and two frigates."
    assert ("Peruvian Navy", "BAP Union") in typed(pipeline, text, "OPERATES")


def test_whose_operator_names_the_type_it_hangs_on(pipeline):
    # "the P-8, whose largest operator is the US Navy": that type, not the one named in the sentence before
    text = ("Chile flew its last P-3 Orion on Friday. Peru has also bought the P-8, whose largest operator is the "
            "United States Navy.")
    operates = typed(pipeline, text, "OPERATES")
    assert ("United States Navy", "P-8 Poseidon") in operates
    assert ("United States Navy", "P-3 Orion") not in operates
