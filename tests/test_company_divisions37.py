"""Divisions, yards and subsidiaries named apart from their group (companies_divisions.csv, company_parents.csv):
the name the text gives is a firm of its own, not an alias of its parent. Sentences written for these tests."""
from __future__ import annotations

from graph.reference import load_reference
from tests.extracted import node_labels


def _firms(pipeline, text: str) -> set[str]:
    return {n for lab, n in node_labels(pipeline, text, "2024-03-01") if lab == "Company"}


def test_a_division_is_no_alias_of_its_group():
    ref = load_reference()
    for part, group in [("HDW", "ThyssenKrupp Marine Systems"),
                        ("WB Electronics", "WB Group"), ("NVL", "Lürssen"),
                        ("Hudong-Zhonghua", "China State Shipbuilding Corporation")]:
        assert ref.find("Company", part).name != group, part


def test_a_subsidiary_and_its_group_named_together_are_two_firms(pipeline):
    firms = _firms(pipeline, "WB Group said its main subsidiary, WB Electronics, would build the launchers in Poland.")
    assert {"WB Group", "WB Electronics"} <= firms


def test_a_yard_of_a_group_is_its_own_firm(pipeline):
    firms = _firms(pipeline, "The submarines were built by HDW in Kiel, now part of ThyssenKrupp Marine Systems.")
    assert {"Howaldtswerke-Deutsche Werft", "ThyssenKrupp Marine Systems"} <= firms

