"""A state's armed service named only in passing by its bare noun, in a list of services or qualifying
another noun, and touched by no relation, is no entity of the article (graph/entities/passing_services.py);
a service the sentence speaks of, or named by its own name, stays. A state named only by its capital
qualifying a noun ("the Brussels talks") is dropped the same way (graph/entities/capitals.py), and the army
of a state the catalogue knows only by its armed forces is those forces (graph/entities/resolve.py)."""
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


def test_capitalised_services_listed_by_their_bare_names_stay(pipeline):
    bodies = _bodies(pipeline, "Chile held its annual parade in Santiago on Monday. Troops drawn from the Army, "
                               "the Navy and the Air Force marched past the president.")
    assert {"Chilean Army", "Chilean Navy"} <= bodies


def test_an_uncatalogued_capitalised_service_listed_beside_others_goes(pipeline):
    bodies = _bodies(pipeline, "Chile held its annual parade in Santiago on Monday. Troops drawn from the Army "
                               "and the Marine Corps marched past the president.")
    assert "Chilean Marine Corps" not in bodies and "Chilean Army" in bodies


def test_capitalised_services_listed_in_a_sentence_naming_another_state_go(pipeline):
    bodies = _bodies(pipeline, "Chile and Peru held their first joint drill near Arica on Monday. Every branch of "
                               "the Peruvian forces was involved, from the Army, Navy and Air Force to the police.")
    assert not {"Chilean Army", "Chilean Navy", "Chilean Air Force"} & bodies


# -- a capital naming a meeting or a text after its venue (graph/entities/capitals.py) --------------------
def _countries(pipeline, text: str) -> set[str]:
    return {n for label, n in _labels(pipeline, text) if label == "Country"}


def test_a_capital_naming_talks_names_no_state(pipeline):
    countries = _countries(pipeline, "Armenia and Azerbaijan held a second round of the Brussels talks on Friday, "
                                     "a spokesman said.")
    assert "Belgium" not in countries and {"Armenia", "Azerbaijan"} <= countries


def test_a_capital_naming_a_document_names_no_state(pipeline):
    assert "Austria" not in _countries(pipeline, "Observers came under the Vienna Document, the Serbian defence "
                                                 "ministry said.")


def test_a_capital_listed_before_a_plural_noun_is_the_state(pipeline):
    assert "United States" in _countries(pipeline, "Both sides were urged to show restraint, and Washington, "
                                                   "Beijing and Gulf capitals were in contact with them.")


def test_a_capital_before_a_government_noun_is_the_state(pipeline):
    assert "China" in _countries(pipeline, "The Beijing government protested on Monday, Japan's foreign ministry said.")


# -- a ministry run by a movement is not the state's (graph/entities/passing_services.py) --------------------
def test_a_ministry_a_movement_runs_is_no_body_of_the_state(pipeline):
    bodies = _bodies(pipeline, "Israeli jets struck the port of Hodeidah on Saturday. The Houthi-run health ministry "
                               "said six people were killed, and Israel's defence ministry said the strikes would "
                               "go on.")
    assert "Ministry of Health of Israel" not in bodies and "Ministry of Defense of Israel" in bodies


def test_a_body_qualifying_an_indefinite_noun_names_no_body(pipeline):
    bodies = _bodies(pipeline, "The first Kenyan pilots trained at a Royal Air Force base in Wales last year, the "
                               "Kenyan defence ministry said.")
    assert "Royal Air Force" not in bodies


def test_a_service_before_its_own_ship_stays(pipeline):
    bodies = _bodies(pipeline, "The crew of a Royal Navy destroyer rescued eleven fishermen off Cornwall on Sunday.")
    assert "Royal Navy" in bodies


# -- a state's army where the catalogue knows only its armed forces (graph/entities/resolve.py) --------------
def test_the_army_of_a_state_without_a_catalogued_land_force_is_its_armed_forces(pipeline):
    text = ("Sudan's army said on Monday it had pulled out of the town after weeks of fighting with the Rapid "
            "Support Forces.")
    bodies = _bodies(pipeline, text)
    assert "Sudanese Armed Forces" in bodies and "Sudanese Army" not in bodies


def test_the_army_of_a_state_with_a_catalogued_land_force_is_that_force(pipeline):
    assert "Indian Army" in _bodies(pipeline, "India's army said on Monday it had received the first Apache "
                                              "helicopters.")
