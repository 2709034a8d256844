"""Troops and units a sentence naming no event speaks of belong to the article's exercise when it outweighs
another of its kind the article recalls once (graph/relations/families/events.py ``main_event_holds``).
Invented sentences."""
from __future__ import annotations

from functools import partial

from tests.extracted import text_edges

edges = partial(text_edges, published="2025-06-10")

EXERCISE = ("Allied Troops Start Exercise Northern Lantern 2025 In Estonia\n\n"
            "TALLINN, June 9, 2025 - The multinational Exercise Northern Lantern 2025 opened on Monday in Estonia "
            "with about 9,000 troops. Exercise Northern Lantern 2025 runs until June 20, and the planners of "
            "Exercise Northern Lantern 2025 call it the largest of the series. "
            "Exercise Northern Lantern 2024 was held in Latvia. The drills this year focus on river crossings. ")


def _partakers(found) -> set[str]:
    return {s for s, t, o in found if t == "PARTICIPATED_IN" and o == "Exercise Northern Lantern 2025"}


def test_the_unit_sent_from_belongs_to_the_dominant_exercise(pipeline):
    found = edges(pipeline, EXERCISE + "The Royal Air Force sent four jets from No. 3 Squadron.")
    assert "No. 3 Squadron" in _partakers(found)


def test_a_sentence_after_the_other_edition_is_not_the_main_ones(pipeline):
    found = edges(pipeline, EXERCISE.replace(" The drills this year focus on river crossings.", "")
                  + "The Royal Air Force sent four jets from No. 3 Squadron.")
    assert "No. 3 Squadron" not in _partakers(found)


def test_a_sentence_of_another_year_is_not_the_main_ones(pipeline):
    found = edges(pipeline, EXERCISE + "In 2021 the Royal Air Force sent four jets from No. 3 Squadron.")
    assert "No. 3 Squadron" not in _partakers(found)
