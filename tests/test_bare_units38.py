"""Named units the NER finds nothing on (graph/mentions/unit_names.py ``bare_units``): the capitalised run
before a unit's head is a GovernmentBody, a state's adjective or a catalogued service's name at its start
taken in; a firm's division, a unit inside a longer capitalised name and a run holding a verb are no such unit.
Invented sentences."""
from __future__ import annotations

from tests.extracted import node_labels as _labels
from tests.extracted import text_edges


def test_a_state_adjective_and_a_fleet_are_one_body(pipeline):
    labels = _labels(pipeline, "Rear Admiral Oskar Venn, commander of the Latvian Fleet, welcomed the two "
                               "minehunters at Liepaja on Tuesday.", "2024-05-02")
    assert ("GovernmentBody", "Latvian Fleet") in labels


def test_a_battalion_of_a_regiment_gives_both_units(pipeline):
    labels = _labels(pipeline, "Colonel Arvo Lindqvist, commander of the Special Jaeger Battalion of the Kaarna "
                               "Jaeger Regiment, led the march past in Helsinki.", "2024-05-02")
    assert {("GovernmentBody", "Special Jaeger Battalion"), ("GovernmentBody", "Kaarna Jaeger Regiment")} <= labels


def test_a_command_after_a_catalogued_service_keeps_the_whole_name(pipeline):
    labels = _labels(pipeline, "The government authorised the Finnish Defence Forces Logistics Command to sign "
                               "the contract for the radars with Saab.", "2024-05-02")
    assert ("GovernmentBody", "Finnish Defence Forces Logistics Command") in labels


def test_a_unit_name_followed_by_another_capitalised_word_is_no_unit(pipeline):
    labels = _labels(pipeline, "Wing Commander Lena Holt, a Squadron Leader before, flew the Hawk over "
                               "Fleet Street in London.", "2024-05-02")
    assert not any(lab == "GovernmentBody" and "Fleet" in name for lab, name in labels)


def test_a_firm_named_before_its_division_keeps_it(pipeline):
    labels = _labels(pipeline, "Kaltberg Industries said its Marine Division would deliver the sonar to the "
                               "Estonian Navy in March.", "2024-05-02")
    assert ("GovernmentBody", "Marine Division") not in labels


def test_counted_marines_are_troops_not_a_unit(pipeline):
    labels = _labels(pipeline, "About 350 Marines and 40 American Marines trained with Saldovan troops at "
                               "Port Ilvar in June.", "2024-05-02")
    assert not any(lab == "GovernmentBody" and name.endswith("Marines") for lab, name in labels)


def test_a_state_adjective_before_a_numbered_unit_stays_apart(pipeline):
    labels = _labels(pipeline, "Major General Ravi Perera, who commands the Sri Lankan 61 Infantry Division, "
                               "opened the drill at Kandy.", "2024-05-02")
    assert not any(lab == "GovernmentBody" and name.startswith("Sri Lankan 61") for lab, name in labels)


def test_a_unit_within_a_service_is_no_part_of_its_state(pipeline):
    edges = text_edges(pipeline, "Rear Admiral Oskar Venn, commander of the Latvian Fleet, welcomed the two "
                                 "minehunters at Liepaja on Tuesday.", "2024-05-02")
    assert ("Oskar Venn", "LEADS", "Latvian Fleet") in edges
    assert ("Latvian Fleet", "PART_OF", "Latvia") not in edges


def test_a_ministry_named_with_its_state_stays_part_of_it(pipeline):
    edges = text_edges(pipeline, "The Latvian Ministry of Defence signed the contract for the radars on "
                                 "Tuesday.", "2024-05-02")
    assert any(r == "PART_OF" and t == "Latvia" and "Ministry" in s for s, r, t in edges)
