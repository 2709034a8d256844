"""Plain-word catalogue platforms read as equipment by more settings (graph/mentions/plain_platforms.py,
graph/mentions/designations.py): the object or passive subject of a verb of flying, fielding, buying or making, or
described by such a participle with its agent; an armed service's possessive before the name; a noun phrase listed
with one that holds a platform; a list's item confirmed only after the name. Invented sentences, each with one
where the word is no equipment."""
from __future__ import annotations

from tests.extracted import node_labels as _labels


def _platforms(pipeline, text: str) -> set[str]:
    return {name for label, name in _labels(pipeline, text) if label == "Platform"}


def test_a_catalogue_word_as_the_object_of_a_verb_of_buying_or_made_by_an_agent(pipeline):
    assert "Eurofighter Typhoon" in _platforms(pipeline, "Oman ordered the Typhoon in 2012.")
    assert "Eurofighter Typhoon" in _platforms(pipeline, "The contest pitted the F-35A against the Eurofighter "
                                                         "offered by Airbus.")


def test_a_catalogue_word_in_no_such_slot_is_no_equipment(pipeline):
    assert not _platforms(pipeline, "The Typhoon hit the coast of Luzon on Monday.")


def test_an_armed_services_possessive_before_the_name(pipeline):
    assert "Leclerc" in _platforms(pipeline, "The new turret sits on the hull of the French army's Leclerc.")
    assert "Orca XLUUV" in _platforms(pipeline, "The US Navy's Orca has run years late.")


def test_a_possessive_of_no_service_makes_no_equipment(pipeline):
    assert not _platforms(pipeline, "The novel's Leclerc is a retired detective from Lyon.")


def test_a_phrase_listed_with_one_that_holds_a_platform(pipeline):
    assert "Jaguar" in _platforms(pipeline, "The Jaguar and the MiG-29 fleets of the air force are ageing.")
    assert "Brimstone" in _platforms(pipeline, "The jets carry the Storm Shadow cruise missile and the Brimstone "
                                               "air-to-ground weapon.")


def test_a_capitalised_head_listed_with_a_platform_is_another_name(pipeline):
    assert "Jaguar" not in _platforms(pipeline, "The Jaguar Squadron and the MiG-29 fleets are based at Ambala.")


def test_a_list_item_confirmed_after_the_name_confirms_it(pipeline):
    platforms = _platforms(pipeline, "The parade showed the Dezful and Majid air defence systems.")
    assert {"Dezful missile", "Majid"} <= platforms
