"""A catalogued division or subsidiary is a firm of its own, apart from its group (companies_world.csv,
company_parents.csv). Sentences written for these tests."""
from __future__ import annotations

from tests.extracted import node_labels


def _names(pipeline, text: str, label: str) -> set[str]:
    return {n for lab, n in node_labels(pipeline, text, "2024-03-01") if lab == label}


def test_a_division_and_its_group_are_two_firms(pipeline):
    firms = _names(pipeline, "Embraer said its unit Embraer Defense & Security would lead the bid in Lisbon.", "Company")
    assert {"Embraer", "Embraer Defense & Security"} <= firms


def test_a_parent_and_its_missile_maker_are_two_firms(pipeline):
    firms = _names(pipeline, "RTX said its Raytheon business would double output of the interceptor.", "Company")
    assert {"RTX Corporation", "Raytheon"} <= firms

