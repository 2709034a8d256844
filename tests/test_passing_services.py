"""A state's armed service named only in passing by its bare noun, in a list of services or qualifying
another noun, and touched by no relation, is no entity of the article (graph/entities/passing_services.py);
a service the sentence speaks of, or named by its own name, stays."""
from __future__ import annotations

from tests.extracted import node_labels as _labels


def _bodies(pipeline, text: str) -> set[str]:
    return {n for label, n in _labels(pipeline, text) if label == "GovernmentBody"}


def test_a_list_of_services_names_none_of_them(pipeline):
    bodies = _bodies(pipeline, "Chile raised its defence budget by a tenth on Monday. Most of the new money will "
                               "go to the navy, the air force and the coastal missile units, the finance "
                               "minister said.")
    assert not {"Chilean Navy", "Chilean Air Force"} & bodies


def test_a_service_noun_qualifying_a_noun_names_no_service(pipeline):
    bodies = _bodies(pipeline, "Tanzania held its first drill with Kenya this week. Navy divers from both "
                               "countries searched the harbour at Mombasa.")
    assert "Tanzanian Navy" not in bodies


def test_a_service_the_sentence_speaks_of_stays(pipeline):
    bodies = _bodies(pipeline, "Chile's navy commissioned two patrol boats at Valparaiso on Monday, and the "
                               "navy said a third would follow next year.")
    assert "Chilean Navy" in bodies


def test_a_service_named_by_its_own_name_stays(pipeline):
    bodies = _bodies(pipeline, "The ceremony was attended by officers of the Indian Army, the Indian Navy and "
                               "the Indian Air Force.")
    assert {"Indian Army", "Indian Navy", "Indian Air Force"} <= bodies
