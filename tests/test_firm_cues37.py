"""A name right after a noun of a kind of firm ("the Dutch airline X", "the state bank X", "the naval architects
X") is a firm's (``firm_cue_before_name`` in lexicon.yaml); a person after "operator" stays a person. Sentences
written for these tests."""
from __future__ import annotations

from tests.extracted import node_labels


def _labels(pipeline, text: str) -> set[tuple[str, str]]:
    return node_labels(pipeline, text, "2024-03-01")


def test_a_name_after_a_countrys_airline_is_a_firm(pipeline):
    assert ("Company", "Martinair") in _labels(pipeline, "The jets were built for the Dutch airline Martinair and sold to Chile.")


def test_a_name_after_a_state_bank_is_a_firm(pipeline):
    assert ("Company", "Kommunalbanken") in _labels(pipeline, "The German state bank Kommunalbanken holds a stake in the group.")


def test_a_name_after_naval_architects_is_a_firm(pipeline):
    assert ("Company", "Navalia") in _labels(pipeline, "The frigate was designed by the Basque naval architects Navalia.")


def test_a_person_after_operator_is_no_firm(pipeline):
    labels = _labels(pipeline, "The Ukrainian operator Oleksandr said the drone was lost.")
    assert not any(lab == "Company" for lab, _ in labels)
