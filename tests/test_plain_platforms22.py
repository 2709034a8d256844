"""Plain-word catalogue platforms read as equipment by their setting (graph/mentions/plain_platforms.py):
a unit noun after the name, an armed service before it, its capitalised plural in prose; each shown on
invented sentences with one where the word is no equipment."""
from __future__ import annotations

from tests.extracted import node_labels as _labels


def _platforms(pipeline, text: str) -> set[str]:
    return {name for label, name in _labels(pipeline, text) if label == "Platform"}


def test_a_unit_noun_after_the_name(pipeline):
    assert "Patriot" in _platforms(pipeline, "Norway moved three Patriot batteries to Bodo in the spring.")
    assert "Patriot" in _platforms(pipeline, "The cabinet said Dutch Patriot launchers would stay in Romania.")


def test_a_capitalised_unit_after_the_name_is_a_unit_of_its_own(pipeline):
    assert not _platforms(pipeline, "The Tiger Squadron flew home to Cambrai after the exercise.")


def test_an_armed_service_before_the_name(pipeline):
    assert "Eurofighter Typhoon" in _platforms(pipeline, "Spanish Air Force Eurofighters landed at Siauliai.")


def test_a_plural_in_prose(pipeline):
    assert "Eurofighter Typhoon" in _platforms(pipeline, "Two bombers turned back after Typhoons met them over "
                                                          "the Baltic.")


def test_a_plural_after_a_capitalised_word_or_opening_a_sentence_is_no_equipment(pipeline):
    assert not _platforms(pipeline, "Colombo fought the Tamil Tigers for a generation.")
    assert not _platforms(pipeline, "Typhoons battered the coast of Luzon in October.")
