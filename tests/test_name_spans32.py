"""Name spans of session 32, each on sentences written for the test: a subunit named with its parent after a
comma is one unit, and a ship named with an auxiliary's or coast guard's prefix is a ship, also when a later
sentence drops the prefix."""
from __future__ import annotations

from graph.text import Document
from tests.extracted import node_labels as _labels


def _names(pipeline, text: str, label: str) -> set[str]:
    g = pipeline.process(Document.from_text(text))
    return {d["name"] for _, d in g.nodes(data=True) if d.get("label") == label}


def test_subunit_and_parent_after_a_comma_are_one_unit(pipeline):
    text = "Gunners of the 2nd Battalion, 41st Field Artillery Regiment fired rockets on the range near Tapa."
    bodies = _names(pipeline, text, "GovernmentBody")
    assert "2nd Battalion, 41st Field Artillery Regiment" in bodies
    assert "2nd Battalion" not in bodies and "41st Field Artillery Regiment" not in bodies


def test_marines_parent_and_lists_of_subunits(pipeline):
    bodies = _names(pipeline, "Troops of the 3rd Battalion, 6th Marines landed on the island.", "GovernmentBody")
    assert "3rd Battalion, 6th Marines" in bodies
    listed = _names(pipeline, "The 1st Battalion, 2nd Battalion and 3rd Battalion of the brigade moved north.",
                    "GovernmentBody")
    assert not any("," in b for b in listed)


def test_auxiliary_prefix_names_a_ship_and_its_short_form(pipeline):
    text = ("The Royal Navy said RFA Tide Runner had left Plymouth for the Caribbean. Tide Runner will refuel "
            "patrol ships there until June.")
    assert "RFA Tide Runner" in _names(pipeline, text, "Platform")
    assert ("Person", "Tide Runner") not in _labels(pipeline, text)


def test_military_sealift_prefix(pipeline):
    text = "The hospital ship left Norfolk as USNS Comfort began a tour of Central America."
    assert "USNS Comfort" in _names(pipeline, text, "Platform")


def test_institute_of_science_and_technology_is_one_name(pipeline):
    text = ("Officials of the National Sepik Institute of Science and Technology met engineers of the Marowa "
            "Technology and Innovation Centre in Port Moresby on Friday.")
    orgs = _names(pipeline, text, "Organization")
    assert "National Sepik Institute of Science and Technology" in orgs
    assert "Marowa Technology and Innovation Centre" in orgs
    assert not {"Sepik Institute", "Innovation Centre"} & orgs


def test_office_building_is_a_place_not_a_body(pipeline):
    labels = _labels(pipeline, "Lawmakers met in the Harbour Road Office Building before the vote on the budget.")
    assert ("Place", "Harbour Road Office Building") in labels
    assert ("GovernmentBody", "Harbour Road Office") not in labels


def test_two_institutions_joined_by_and_stay_two(pipeline):
    orgs = _names(pipeline, "The study was written by the Lowland Institute and Ridgeway Centre analysts.",
                  "Organization")
    assert "Lowland Institute and Ridgeway Centre" not in orgs


def test_mount_and_lake_open_places_not_people(pipeline):
    labels = _labels(pipeline, "The new commander laid a wreath on Mount Talbor, and the minister later visited "
                               "Lake Orrin with him.")
    assert ("Person", "Mount Talbor") not in labels and ("Person", "Lake Orrin") not in labels



def test_and_before_a_body_name_and_a_company_head(pipeline):
    text = ("The fair opened at the Tumaini Convention and Exhibition Centre on Monday, and Kivu Dredge and Dock "
            "Company won a contract for the harbour.")
    labels = _labels(pipeline, text)
    assert ("Place", "Tumaini Convention and Exhibition Centre") in labels
    assert ("Company", "Kivu Dredge and Dock Company") in labels


def test_a_ships_short_name_before_class_stays_the_class(pipeline):
    text = ("The navy commissioned INS Varunika on Monday. It is the second ship of the improved Varunika class, "
            "and two more Varunika-class frigates are on order.")
    assert ("Platform", "INS Varunika") in _labels(pipeline, text)
    assert not any(lab == "Person" and "Varunika" in n for lab, n in _labels(pipeline, text))


def test_and_before_a_states_demonym_opens_another_body(pipeline):
    """ "X Technology and Chinese Y Academy": "and" before a catalogued demonym or state name joins two bodies,
    never one name over both; a field joined by "and" still grows ("Technology and Innovation Centre")."""
    for text, second in (("Engineers of Pakistan Ordnance Technology and Chinese Missile Research Academy tested "
                          "the rocket on Monday.", "Chinese Missile Research Academy"),
                         ("Engineers of Malaysian Defence Technology and Brazilian Navy Research Institute tested "
                          "the rocket on Monday.", "Brazilian Navy Research Institute")):
        orgs = _names(pipeline, text, "Organization")
        assert not any(" and " in n for n in orgs), (text, orgs)
        assert second in orgs, (text, orgs)
    text = "Officials from the Kenya Marine Technology and Innovation Centre inspected the vessel on Monday."
    assert "Kenya Marine Technology and Innovation Centre" in _names(pipeline, text, "Organization")
