"""Parties of a gapped clause take part as the first clause's subject does (graph/relations/passes/gapped.py):
"The A Navy sent the frigate X, and B the corvette Y". Invented sentences."""
from __future__ import annotations

from functools import partial

from tests.extracted import text_edges

edges = partial(text_edges, published="2025-06-10")

EXERCISE = ("Navies Gather For Coral Dawn 2025\n\n"
            "HOBART, June 9, 2025 - Exercise Coral Dawn 2025, a multinational naval drill, opened on Monday off "
            "Tasmania. Coral Dawn 2025 runs until June 20. ")


def _partakers(found) -> set[str]:
    return {s for s, t, o in found if t == "PARTICIPATED_IN" and "Coral Dawn" in o}


def test_a_gapped_clause_after_and(pipeline):
    found = edges(pipeline, EXERCISE + "The Chilean Navy sent the frigate Almirante Lynch, and Peru the corvette Guise.")
    assert {"Chilean Navy", "Peru"} <= _partakers(found)


def test_a_gapped_clause_of_a_number(pipeline):
    found = edges(pipeline, EXERCISE + "Chile has sent about 300 sailors, and Peru some 250.")
    assert {"Chile", "Peru"} <= _partakers(found)


def test_gapped_clauses_with_the_verbs_preposition(pipeline):
    found = edges(pipeline, EXERCISE + "At Coral Dawn 2025 Peru is represented by the corvette Guise, "
                  "Ecuador by a patrol vessel and Mexico by the frigate Benito Juarez.")
    assert {"Peru", "Ecuador", "Mexico"} <= _partakers(found)


def test_a_list_after_a_preposition_is_no_gapped_clause(pipeline):
    found = edges(pipeline, EXERCISE + "Chile has sent about 300 sailors, after visits to Ecuador, Mexico and "
                  "Colombia last year.")
    assert "Chile" in _partakers(found)
    assert not {"Mexico", "Colombia"} & _partakers(found)


def test_a_clause_with_its_own_verb_is_not_gapped(pipeline):
    found = edges(pipeline, EXERCISE + "Chile has sent about 300 sailors, and Ecuador said the drills were a "
                  "provocation.")
    assert "Chile" in _partakers(found)
    assert "Ecuador" not in _partakers(found)


def test_a_possessor_is_no_party(pipeline):
    found = edges(pipeline, EXERCISE + "Chile has sent about 300 sailors, and Ecuador's navy chief called the "
                  "drills a provocation.")
    assert "Ecuador" not in _partakers(found)


def test_a_gapped_clause_of_a_sender_at_the_articles_event(pipeline):
    found = edges(pipeline, EXERCISE + "The Chilean Navy is taking part with two frigates. The Chilean Navy has "
                  "sent about 300 people, and the Peruvian Navy some 250.")
    assert {"Chilean Navy", "Peruvian Navy"} <= _partakers(found)
