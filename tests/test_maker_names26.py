"""A maker's name printed before a catalogued model names the firm as well as the type
(graph/mentions/maker_names.py); a bureau's letters, a maker's initials and a merged firm's old name
stay part of the type's name. Sentences written for these tests."""
from __future__ import annotations

from tests.extracted import graph_of


def _mentioned(pipeline, text: str) -> set[tuple[str, str]]:
    """(label, name) of every node the text mentions (not the makers a catalogue adds unnamed)."""
    g = graph_of(pipeline, text, "2024-03-01")
    named = {s for s, _, d in g.edges(data=True) if d["type"] == "MENTIONED_IN"}
    return {(g.nodes[n]["label"], g.nodes[n]["name"]) for n in named}


def test_a_maker_before_a_catalogued_model_is_a_firm_of_the_text(pipeline):
    found = _mentioned(pipeline, "Peru is weighing the Dassault Rafale against two American jets.")
    assert ("Company", "Dassault Aviation") in found and ("Platform", "Rafale") in found
    found = _mentioned(pipeline, "The air arm will take four Airbus C295 transports next year.")
    assert ("Company", "Airbus") in found and ("Platform", "C295") in found


def test_a_several_word_maker(pipeline):
    found = _mentioned(pipeline, "Bulgaria received its first Lockheed Martin F-16 fighters in Sofia.")
    assert ("Company", "Lockheed Martin") in found and ("Platform", "F-16") in found


def test_a_bureau_before_its_own_letters_stays_one_name(pipeline):
    found = _mentioned(pipeline, "Two Sukhoi Su-30 jets escorted the convoy over the sea.")
    assert not any(label == "Company" for label, _ in found)


def test_initials_and_a_merged_firms_name_stay_part_of_the_type(pipeline):
    assert not any(label == "Company" for label, _ in _mentioned(
        pipeline, "The display team flies nine BAE Hawk trainers from its base."))
    assert not any(label == "Company" for label, _ in _mentioned(
        pipeline, "The air force still flies old Northrop F-5 fighters from its southern base."))


def test_airliners_flown_as_state_transports_are_catalogued(pipeline):
    found = _mentioned(pipeline, "Ministers travel on the air force's two Boeing 757 jets and an Airbus A319.")
    assert {("Platform", "Boeing 757"), ("Platform", "Airbus A319")} <= found
    assert ("Company", "Boeing") in found


def test_a_class_built_to_a_foreign_design_is_its_own_type(pipeline):
    found = _mentioned(pipeline, "The yard in Mumbai delivered the last of six Kalvari-class submarines.")
    assert ("Platform", "Kalvari-class submarine") in found
    assert ("Platform", "Scorpène-class submarine") not in found
