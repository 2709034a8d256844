"""A "person" whose every name holds an armed service's or unit's word, or is made of ranks and titles alone,
is no person (graph/entities/unit_people.py); a person named by a clean name stays. A service's name run on
into a share ("give the air force 75 of the jets") keeps its own name (graph/mentions/units.py, component.py)."""
from __future__ import annotations

from graph.entities.unit_people import no_person, service_name, title_name
from tests.extracted import node_labels as _labels


def _people(pipeline, text: str) -> set[str]:
    return {n for label, n in _labels(pipeline, text) if label == "Person"}


def test_service_and_unit_words_are_no_name():
    assert service_name("Ground Self-Defense") and service_name("Gurkha Rifles") and service_name("Coast Guard Reyes")
    assert not service_name("Marine Le Pen") and not service_name("Peter Okello")


def test_titles_alone_are_no_name_but_a_single_word_may_be_a_surname():
    assert title_name("Officer Commanding") and title_name("Major-General") and title_name("Lieutenant Colonel")
    assert not title_name("Major") and not title_name("John Major") and not no_person("King Abdullah")


def test_a_service_phrase_read_as_a_person_is_dropped(pipeline):
    people = _people(pipeline, "OSLO, June 1, 2024 - Norway's Coastal Rangers joined the exercise. Ground "
                               "Self-Defense troops from Japan watched.")
    assert not {p for p in people if service_name(p)}


def test_a_person_named_with_a_service_title_stays(pipeline):
    people = _people(pipeline, "ACCRA, March 4, 2024 - Navy Captain Kofi Mensah said the patrol boats had "
                               "arrived, and Air Force spokesman Ama Owusu confirmed it.")
    assert {"Kofi Mensah", "Ama Owusu"} <= people


def test_a_share_after_a_service_is_no_part_of_its_name(pipeline):
    bodies = {n for label, n in _labels(pipeline, "TEL AVIV, June 1, 2024 - The third squadron will give the "
                                                    "Israeli Air Force 75 of the stealth jets by 2028.")
              if label == "GovernmentBody"}
    assert "Israeli Air Force" in bodies and not any(b.endswith("75") for b in bodies)


def test_a_numbered_unit_of_a_larger_unit_keeps_its_number(pipeline):
    bodies = {n for label, n in _labels(pipeline, "NORFOLK, May 2, 2024 - The squadron, part of Marine Aircraft "
                                                    "Group 31 of the 3rd Marine Aircraft Wing, flew home.")
              if label == "GovernmentBody"}
    assert "Marine Aircraft Group 31" in bodies


def test_a_name_runs_on_past_a_particle_and_drops_a_short_rank(pipeline):
    people = _people(pipeline, "MANAMA, June 1, 2024 - The commander, Field Marshal Shaikh Salman bin Rashid Al "
                               "Khalifa, met Lt Col Mary Jones and Maj Gen Omar Haddad.")
    assert {"Salman bin Rashid Al Khalifa", "Mary Jones", "Omar Haddad"} <= people


def test_institution_words_end_no_name():
    assert no_person("Naval Staff College") and no_person("Regional Affairs") and no_person("Harbour Exchange")
    assert not no_person("Thomas College-Ward") and not no_person("Exchange")


def test_an_institution_read_as_a_person_is_dropped(pipeline):
    people = _people(pipeline, "LIMA, May 3, 2024 - General Rosa Quispe took command of the army on Thursday. She "
                               "trained at the Spanish Army Command and General Staff College at Zaragoza, and the "
                               "Chilean Military Academy in Santiago.")
    assert "Rosa Quispe" in people and "Staff College" not in people
    people = _people(pipeline, "OSLO, May 3, 2024 - The shipyard, until now wholly owned by the engineering group "
                               "Nordvik, opened at 40 kroner on the main list of the Oslo Stock Exchange, far above "
                               "the levels analysts had expected.")
    assert not {p for p in people if p.endswith("Exchange")}
