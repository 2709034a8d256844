"""Kinds of entities fresh14 missed or mislabelled (session 17), each shown on invented sentences, with one
where the rule must not fire: people whose names end in a generational suffix; an army's territorial
command; ceasefire lines; battles and sieges named by their place; a plain-word platform counted in the
plural; the Super Hornet apart from the Hornet; military formations named with a number or "Group"; a
surname that is also a title word."""
from __future__ import annotations

from tests.extracted import graph_of
from tests.extracted import node_labels as _labels


def _names(pipeline, text: str, label: str) -> set[str]:
    return {name for lab, name in _labels(pipeline, text) if lab == label}


# -- "X Jr.": the suffix is no surname ----------------------------------------------------------------
def test_two_people_with_a_suffix_stay_two(pipeline):
    text = ("Rear Admiral Victor Salas Jr. and Brigadier General Samuel Ortega Jr. signed the "
            "logistics agreement in Cebu.")
    people = _names(pipeline, text, "Person")
    assert {"Victor Salas Jr.", "Samuel Ortega Jr."} <= people


def test_surname_alone_still_joins_the_suffixed_name(pipeline):
    text = "General Henry Baldwin Jr. inspected the frigate on Monday. The navy needs two more, Baldwin told reporters."
    g = graph_of(pipeline, text)
    people = [d for _, d in g.nodes(data=True) if d.get("label") == "Person"]
    assert len(people) == 1 and "Baldwin" in people[0].get("aliases", [])


# -- a military district is a command -----------------------------------------------------------------
def test_military_district_is_a_state_body(pipeline):
    text = "Colonel General Ivan Petrov took over the Volga Military District in March."
    labels = _labels(pipeline, text)
    assert ("GovernmentBody", "Volga Military District") in labels
    assert ("Place", "Volga Military District") not in labels


def test_lower_case_district_stays_a_place(pipeline):
    text = "Floods cut the roads of Kangra district on Monday."
    assert not _names(pipeline, text, "GovernmentBody")


# -- ceasefire lines ---------------------------------------------------------------------------------
def test_ceasefire_line_is_a_place(pipeline):
    text = "Indian and Pakistani troops exchanged fire across the Line of Control on Sunday."
    assert "Line of Control" in _names(pipeline, text, "Place")


# -- battles and sieges named by place ----------------------------------------------------------------
def test_battle_for_a_town_is_the_battle_of_it(pipeline):
    text = "The brigade lost many of its tanks in the battle for Avdiivka last winter."
    assert "Battle of Avdiivka" in _names(pipeline, text, "Event")


def test_lower_case_siege_of_a_city_is_an_event(pipeline):
    text = "Militants held the city for five months during the 2017 siege of Marawi."
    assert "Siege of Marawi" in _names(pipeline, text, "Event")


def test_battle_of_ideas_and_battle_for_a_future_are_no_events(pipeline):
    text = ("The minister called the vote a battle of ideas. It is a battle for Ukraine's future, "
            "she told the parliament in Kyiv.")
    assert not any(n.startswith("Battle") for n in _names(pipeline, text, "Event"))


# -- a plain-word platform counted in the plural ------------------------------------------------------
def test_counted_plural_of_an_ambiguous_platform_is_equipment(pipeline):
    text = "Oman said it wanted 12 more Typhoons, and Kuwait will fly its own Typhoons from May."
    assert "Eurofighter Typhoon" in _names(pipeline, text, "Platform")


def test_storms_and_rebels_are_no_platforms(pipeline):
    text = "Two typhoons struck Luzon in October, years after the Tamil Tigers laid down their arms."
    assert not _names(pipeline, text, "Platform")


# -- the Super Hornet is its own aircraft ----------------------------------------------------------------
def test_super_hornet_is_not_the_hornet(pipeline):
    text = "Kuwait retired its F/A-18D Hornets, while the US Navy flies the F/A-18F Super Hornet."
    g = graph_of(pipeline, text)
    names = {d["name"] for _, d in g.nodes(data=True) if d.get("label") == "Platform"}
    hornet = next(d for _, d in g.nodes(data=True) if d.get("name") == "F/A-18")
    assert "F/A-18E/F Super Hornet" in names
    assert "McDonnell Douglas F/A-18 Hornet" in hornet.get("aliases", [])


# -- a title word closing a ranked name is the surname -------------------------------------------------
def test_title_word_closing_a_ranked_name_is_its_surname(pipeline):
    text = "Captain Tariq Mahmood Sheikh, who leads the dockyard team, said the corvette would sail in May."
    assert "Tariq Mahmood Sheikh" in _names(pipeline, text, "Person")


# -- units numbered after their formation word; formations named "Group" ------------------------------
def test_unit_numbered_after_its_formation_word(pipeline):
    text = "Carrier Strike Group 12 and Marine Aircraft Group 31 trained off Okinawa in June."
    bodies = _names(pipeline, text, "GovernmentBody")
    assert {"Carrier Strike Group 12", "Marine Aircraft Group 31"} <= bodies


def test_firm_group_with_a_number_is_no_unit(pipeline):
    text = "The Wagner Group 2 years ago hired guards from the Baltic Security Group 4 times."
    assert not any(n.endswith(("2", "4")) for n in _names(pipeline, text, "GovernmentBody"))


def test_amphibious_ready_group_is_a_formation(pipeline):
    text = "The Bataan Amphibious Ready Group sailed into the Red Sea on Friday."
    labels = _labels(pipeline, text)
    assert ("GovernmentBody", "Bataan Amphibious Ready Group") in labels


def test_roman_numbered_force_is_a_unit(pipeline):
    text = "Marines of the III Marine Expeditionary Force landed on Luzon."
    assert "III Marine Expeditionary Force" in _names(pipeline, text, "GovernmentBody")
