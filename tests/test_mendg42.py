"""mendg42: govbody42's false readings mended (review42b's ow/ag/ch rows), on invented sentences.

* a part word alone before "of <service>" ("the Office of the Army") is no body of its own: the name stays whole;
* a state's short name inside a catalogued body's name ("US" of "the US Senate") is no acronym of that body;
* a catalogued chamber, committee or agency written with its state ("the Senate of Romania", "the US Sixth Fleet")
  keeps the state as a mention of its own, so the state's relations stay; a component gets no PART_OF the state;
* an acronym other bodies share (row marked ambiguous: "DIA") is the catalogued body only where the document
  names the row's state or another form of its name."""
from __future__ import annotations

import pytest

from tests.extracted import graph_of, relations_in

_D = "2025-04-02"


def _nodes(pipeline, text: str) -> dict[tuple[str, str], dict]:
    g = graph_of(pipeline, text, _D, name="t.txt")
    return {(a["label"], a["name"]): a for _, a in g.nodes(data=True) if a["label"] != "Document"}


def _edges(pipeline, text: str) -> set[tuple[str, str, str]]:
    return set(relations_in(graph_of(pipeline, text, _D, name="t.txt")))


@pytest.mark.parametrize("text,head", [
    ("Delegates from the Command of the Armed Forces visited the port of Mombasa on Friday.", "Command"),
    ("The Academy of the Navy in Callao trained twenty cadets on the new frigate.", "Academy"),
    ("A spokesman said the Office of the Army in Bogota ordered forty new trucks.", "Office"),
])
def test_a_bare_part_word_is_no_body(pipeline, text, head):
    nodes = _nodes(pipeline, text)
    assert ("GovernmentBody", head) not in nodes, sorted(nodes)


def test_a_bare_directorate_keeps_its_whole_name(pipeline):
    nodes = _nodes(pipeline, "The Directorate of the Navy said its patrol boats would be repaired in Chile.")
    assert any("Directorate" in n and n != "Directorate" for lab, n in nodes if lab == "GovernmentBody"), sorted(nodes)


@pytest.mark.parametrize("text,body", [
    ("The US Senate voted to fund new air defence systems for Taiwan.", "United States Senate"),
    ("Lawmakers in the US Senate blocked the sale of F-35 jets to Turkey on Thursday.", "United States Senate"),
])
def test_a_state_short_name_is_no_alias_of_its_body(pipeline, text, body):
    nodes = _nodes(pipeline, text)
    assert "US" not in (nodes[("GovernmentBody", body)].get("aliases") or []), nodes[("GovernmentBody", body)]
    assert ("Country", "United States") in nodes


@pytest.mark.parametrize("text,expected", [
    ("The Senate of Romania voted on Tuesday to approve the purchase of 32 F-16 jets.",
     ("Romania", "OPERATES", "F-16")),
    ("The US Sixth Fleet said its destroyers shot down three Houthi missiles over the Red Sea.",
     ("United States", "IN_CONFLICT_WITH", "Houthis")),
])
def test_a_body_written_with_its_state_keeps_the_state(pipeline, text, expected):
    edges = _edges(pipeline, text)
    source, type_, target = expected
    assert any(t == type_ and source in s and target in o for s, t, o in edges), sorted(edges)


def test_a_component_written_with_its_state_is_no_part_of_it(pipeline):
    edges = _edges(pipeline, "The US Sixth Fleet said its destroyers shot down three Houthi missiles over the Red Sea.")
    assert not any(t == "PART_OF" and s == "United States Sixth Fleet" for s, t, o in edges), sorted(edges)


@pytest.mark.parametrize("text", [
    "Doctors at the DIA clinic in Lahore treated the injured soldiers on Sunday.",
    "The DIA hospital in Chittagong admitted four wounded sailors, a navy officer said.",
])
def test_a_shared_acronym_of_another_state_is_no_us_agency(pipeline, text):
    assert ("GovernmentBody", "Defense Intelligence Agency") not in _nodes(pipeline, text)
