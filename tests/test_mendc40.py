"""mendc40: review40's false readings of memberpart40 and platdup40. An "its"/"their" before a service noun stands
for the subject of its clause, or of the clause that governs it ("Cairo said its air force ..."), not for the
article's state: the service is that subject's state's, and PART_OF only that state. A distinct type of its own
in the catalogue (a prototype, a renamed design) is never folded into the family its letters run on from.
Sentences of our own."""
from __future__ import annotations

import pytest

from graph.entities.its_owner import clause_owner
from graph.mentions import build_nlp
from tests.extracted import graph_of, relations_in


def _nodes(g, label: str) -> dict[str, set[str]]:
    return {a["name"]: set(a.get("aliases") or []) for _, a in g.nodes(data=True) if a["label"] == label}


def _part_of(edges) -> set[tuple[str, str]]:
    return {(s, o) for (s, t, o) in edges if t == "PART_OF"}


@pytest.mark.parametrize("text,other,own", [
    ("Japan agreed to export used destroyers, and Hanoi said its navy would crew them from 2027.", "Japan", "Vietnam"),
    ("Sweden and Norway signed a patrol pact, and Finland said its navy would join the patrols in June.",
     "Sweden", "Finland"),
    ("Spain will send two frigates to Greece next year; Athens said its navy would escort them in the Aegean.",
     "Spain", "Greece"),
])
def test_its_service_is_the_speakers(pipeline, text, other, own):
    g = graph_of(pipeline, text, "2025-03-04")
    bodies = _nodes(g, "GovernmentBody")
    parts = _part_of(relations_in(g))
    assert not any(o == other for _s, o in parts), parts
    assert any(o == own for _s, o in parts), (parts, bodies)


@pytest.mark.parametrize("text,noun,owner", [
    ("Manila said its navy would fly them.", "navy", "Manila"),
    ("Poland said it would send its army to the border.", "army", "Poland"),
    ("The navy of Peru flies from Callao.", "navy", None),
])
def test_clause_owner_is_the_subject_of_the_governing_clause(text, noun, owner):
    doc = build_nlp()(text)
    tok = next(t for t in doc if t.lower_ == noun)
    assert clause_owner(doc, tok, lambda t: t.text) == owner


@pytest.mark.parametrize("text,family,form", [
    ("Chile's air force flies the F-16. An F-16XL, a delta-winged test aircraft, is on display in Texas.",
     "F-16", "F-16XL"),
    ("Jordan flies the F-5 as a lead-in trainer. The F-5G, which became the F-20, was never bought.",
     "F-5", "F-5G"),
])
def test_a_distinct_type_stays_out_of_the_family_row(pipeline, text, family, form):
    platforms = _nodes(graph_of(pipeline, text, "2025-03-04"), "Platform")
    assert form not in platforms.get(family, set()), platforms


def test_an_its_read_as_a_service_stands_for_its_state(pipeline):
    """A guard (int40x reads it right): "Norway's navy ... Its air force": the "its" the discourse layer gives to
    the navy stands for the navy's state."""
    g = graph_of(pipeline, "Norway's navy guards the long coast. Its air force flies more than 50 F-35 jets.",
                 "2025-03-04")
    assert ("Royal Norwegian Air Force", "Norway") in _part_of(relations_in(g)), _part_of(relations_in(g))
