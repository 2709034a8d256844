"""A catalogued division or subsidiary is a firm of its own, apart from its group (companies_world.csv,
company_parents.csv); airliners flown as state transports are catalogued (platforms_airliners.csv); a class
built to a foreign design is its own type (platforms.csv). Sentences written for these tests."""
from __future__ import annotations

from tests.extracted import graph_of, node_labels


def _names(pipeline, text: str, label: str) -> set[str]:
    return {n for lab, n in node_labels(pipeline, text, "2024-03-01") if lab == label}


def test_a_division_and_its_group_are_two_firms(pipeline):
    firms = _names(pipeline, "Embraer said its unit Embraer Defense & Security would lead the bid in Lisbon.", "Company")
    assert {"Embraer", "Embraer Defense & Security"} <= firms


def test_a_parent_and_its_missile_maker_are_two_firms(pipeline):
    firms = _names(pipeline, "RTX said its Raytheon business would double output of the interceptor.", "Company")
    assert {"RTX Corporation", "Raytheon"} <= firms



def _mentioned(pipeline, text: str) -> set[tuple[str, str]]:
    """(label, name) of every node the text mentions (not the makers a catalogue adds unnamed)."""
    g = graph_of(pipeline, text, "2024-03-01")
    named = {s for s, _, d in g.edges(data=True) if d["type"] == "MENTIONED_IN"}
    return {(g.nodes[n]["label"], g.nodes[n]["name"]) for n in named}


def test_airliners_flown_as_state_transports_are_catalogued(pipeline):
    found = _mentioned(pipeline, "Ministers travel on the air force's two Boeing 757 jets and an Airbus A319.")
    assert {("Platform", "Boeing 757"), ("Platform", "Airbus A319")} <= found


def test_a_class_built_to_a_foreign_design_is_its_own_type(pipeline):
    found = _mentioned(pipeline, "The yard in Mumbai delivered the last of six Kalvari-class submarines.")
    assert ("Platform", "Kalvari-class submarine") in found
    assert ("Platform", "Scorpène-class submarine") not in found
