"""Session 41: more catalogued armed conflicts (``conflict_dyads.csv``), hostile acts and war nouns read only for a
catalogued pair (``conflict.dyad_verbs`` / ``dyad_nouns`` of ``cues.yaml``), and places that are no sides (a later
conjunct of a place, a neighbour across a border). Never a pair without a catalogued row. Invented sentences."""
from __future__ import annotations

import pytest

from graph.relations.families.catalogued_dyads import active_dyad
from tests.extracted import text_edges


def _conflict(edges, a: str, b: str) -> bool:
    return any(t == "IN_CONFLICT_WITH" and {s, o} == {a, b} for s, t, o in edges)


def test_new_rows_are_dated():
    assert active_dyad({"Uganda"}, {"Allied Democratic Forces"}, 2024)
    assert active_dyad({"Ecuador"}, {"Los Choneros"}, 2025)
    assert not active_dyad({"Ecuador"}, {"Los Choneros"}, 2019)
    assert active_dyad({"Russia"}, {"Georgia"}, 2008)
    assert not active_dyad({"Russia"}, {"Georgia"}, 2015)


@pytest.mark.parametrize("text,a,b", [
    # a hostile act the shared conflict verbs lack, between catalogued sides
    ("Ugandan soldiers repelled an ambush by the Allied Democratic Forces near the Congolese border.",
     "Uganda", "Allied Democratic Forces"),
    # a war noun the shared conflict nouns lack
    ("Nigeria has spent heavily on its counterinsurgency against Boko Haram in the north-east.",
     "Nigeria", "Boko Haram"),
    # a state across a border stays a side against the state whose border it is
    ("Indian jets struck camps near the border with Pakistan before dawn.", "India", "Pakistan"),
])
def test_dyad_cues(pipeline, text, a, b):
    edges = text_edges(pipeline, text, "2024-06-01")
    assert _conflict(edges, a, b), edges


@pytest.mark.parametrize("text,a,b", [
    # a later conjunct of a place is a place too
    ("American jets kept up the campaign against the Islamic State in Iraq and Syria through the winter.",
     "Syria", "Islamic State"),
    # a neighbour across a border is a place, not a side
    ("Militants linked to the Islamic State raided villages near the border with Burkina Faso.",
     "Burkina Faso", "Islamic State"),
])
def test_places_are_no_sides(pipeline, text, a, b):
    edges = text_edges(pipeline, text, "2024-06-01")
    assert not _conflict(edges, a, b), edges


@pytest.mark.parametrize("text,a,b", [
    # a dyad word between sides no row pairs
    ("France and Germany ended the campaign season with a joint ceremony in Strasbourg.", "France", "Germany"),
])
def test_no_conflict_without_a_row(pipeline, text, a, b):
    edges = text_edges(pipeline, text, "2024-06-01")
    assert not _conflict(edges, a, b), edges


def test_dyad_cue_negated_gives_nothing(pipeline):
    text = "Uganda never ambushed the Allied Democratic Forces, its spokesman said."
    edges = text_edges(pipeline, text, "2024-06-01")
    assert not _conflict(edges, "Uganda", "Allied Democratic Forces"), edges
