"""Forces that served, flew or sailed in a named operation or exercise
(graph/relations/families/exercise_clauses.py: served_in_operation). Invented sentences about other countries."""
from __future__ import annotations

from test_scope import edges


def _partic(found: set, name: str) -> set[str]:
    return {e[0] for e in found if e[1] == "PARTICIPATED_IN" and name in e[2]}


def test_platforms_of_a_force_flew_in_an_exercise(pipeline):
    found = edges(pipeline, "Royal Thai Air Force Gripens flew in Exercise Pitch Storm last year.")
    assert "Royal Thai Air Force" in _partic(found, "Pitch Storm")


def test_a_navy_ship_sailed_in_an_exercise(pipeline):
    found = edges(pipeline, "The Royal Navy's HMS Kent sailed in Exercise Ocean Gate in 2023.")
    assert "Royal Navy" in _partic(found, "Ocean Gate")


def test_flew_under_an_operation(pipeline):
    found = edges(pipeline, "The Royal Danish Air Force flew its last armed mission over Iraq on January 31 under "
                  "Operation Inherent Lance.")
    assert "Royal Danish Air Force" in _partic(found, "Inherent Lance")


def test_planned_or_denied_service_is_no_part_taken(pipeline):
    found = edges(pipeline, "The Royal Navy's HMS Kent will sail in Exercise Ocean Gate next year.")
    assert "Royal Navy" not in _partic(found, "Ocean Gate")
    found = edges(pipeline, "The Royal Thai Air Force did not fly in Exercise Pitch Storm.")
    assert "Royal Thai Air Force" not in _partic(found, "Pitch Storm")


def test_a_companion_of_the_service_is_not_read_as_a_party(pipeline):
    found = edges(pipeline, "Three Rafale fighters of the Egyptian Air Force flew in Exercise Nile Storm alongside "
                  "Greek jets.")
    assert "Greece" not in _partic(found, "Nile Storm")


def test_flying_during_someone_elses_drill_is_no_part_taken(pipeline):
    """ "during" a drill gives only the time: bombers near it are no party to it."""
    found = edges(pipeline, "Russian bombers flew near Alaska during Exercise Northern Edge, prompting US fighters "
                  "to scramble.")
    assert "Russia" not in _partic(found, "Northern Edge")
    found = edges(pipeline, "Chinese patrol boats sailed near the Spratly Islands during Exercise Balikatan Shield.")
    assert "China" not in _partic(found, "Balikatan Shield")


def test_flying_during_a_fight_or_drilling_during_a_drill_still_counts(pipeline):
    """A force flying in a fight, or training during a drill, still takes part."""
    found = edges(pipeline, "Armenia flew Russian-made Su-25 jets during the Tavush clashes, while Azerbaijan used "
                  "drones.")
    assert "Armenia" in _partic(found, "clashes") or "Armenia" in _partic(found, "Tavush")
    found = edges(pipeline, "Ecuadorian marines drilled during Exercise Pacific Lance in 2022.")
    assert "Ecuador" in _partic(found, "Pacific Lance")


def test_a_force_noun_subject_names_its_owner(pipeline):
    """ "Ghanaian soldiers served in Operation X": the force noun's owner took part (one subject reading shared
    with the training rule)."""
    found = edges(pipeline, "Ghanaian soldiers served in Operation Harmattan Guard.")
    assert "Ghana" in _partic(found, "Harmattan Guard")
