"""Kinds of time and stage misses (session 13), each with invented sentences through the real pipeline:
an event's date is not one of another clause across a semicolon; the first of a type that came years
before the report is in service, not being delivered; a supply moves with a delivery only when its
sentence names no type that is not being delivered."""
from __future__ import annotations

from datetime import date

import pytest

from graph.relations.time import event_date
from graph.text.metadata import Metadata
from graph.text.sources import Document


def _edges(pipeline, text: str, published: str = "2025-03-10"):
    doc = Document.from_text(text, "test.txt", meta=Metadata(published=published, date_source="cli"))
    g = pipeline.process(doc)
    return g, [(g.nodes[u]["name"], d["type"], g.nodes[v]["name"], d.get("stage"))
               for u, v, d in g.edges(data=True) if d.get("provenance") == "text"]


def _stage(edges, source: str, type_: str, target: str) -> str | None:
    found = [s for a, t, b, s in edges if t == type_ and source.lower() in a.lower() and target.lower() in b.lower()]
    assert found, f"no {source} -{type_}-> {target} in {edges}"
    return found[0]


@pytest.mark.parametrize("text,name,want", [
    # the other event's year sits across a semicolon; the event's own follows its name
    ("The largest earlier drill was Winter Anvil in 1991, which drew 90,000 troops; Northern Shield in Finland "
     "in 2019 drew some 30,000.", "Northern Shield", "2019"),
    # one clause: its date stands
    ("Northern Shield drew some 30,000 troops in 2019.", "Northern Shield", "2019"),
])
def test_an_event_is_not_dated_by_another_clause(pipeline, text, name, want):
    doc = pipeline.nlp(text)
    doc.user_data["published"] = "2025-03-10"
    assert event_date(name, list(doc.sents), date(2025, 3, 10)) == want


def test_a_supply_whose_sentence_names_another_type_does_not_follow_a_delivery(pipeline):
    text = ("Ghana took delivery of its first two Embraer C-390 transports on Friday. "
            "The air force will fly the C-390 alongside four CASA C295 aircraft ordered from Spain in 2023.")
    _, edges = _edges(pipeline, text)
    assert _stage(edges, "Spain", "SUPPLIES", "Ghana") == "ordered"
