"""company_parents.csv rows of session 45 (partof45): a firm another group holds only a minority of is no part of
that holder (ANNOTATION.md: a majority stake makes a firm PART_OF its buyer, a minority stake does not); the
group it belongs to is its parent. Sentences written for these tests."""
from __future__ import annotations

from graph.reference.offices import load_parents
from tests.extracted import graph_maker, relations_in


def test_a_minority_holder_is_no_parent():
    parents = load_parents()
    assert parents["Hanwha Systems"] == "Hanwha Group"
    assert parents["Hanwha Ocean"] == "Hanwha Group"


def test_two_sister_firms_named_together_are_no_parent_and_part(pipeline):
    text = "Hanwha Aerospace will build the launchers and Hanwha Systems the radars for the new air defence battery."
    rels = relations_in(graph_maker("2024-03-01")(pipeline, text))
    assert ("Hanwha Systems", "PART_OF", "Hanwha Aerospace") not in rels, rels
