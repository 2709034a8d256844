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
