"""Narrowings from the review of session 29's merges, on sentences of our own: a handover with a
count of its own is a share of the order, not all of it; goods that only could be in production for a
user are no user's yet; troops marching "past" do not make a parade another edition; goods bought earlier that replaced others are
in service (only a future or modal "will replace" stops the ordering clause's handover reading)."""
from __future__ import annotations

from graph.text import Document
from graph.text.metadata import Metadata


def _edges(pipeline, text: str) -> set[tuple[str, str, str, str | None]]:
    g = pipeline.process(Document.from_text(text, meta=Metadata(published="2024-05-02", date_source="cli")))
    name = {n: a["name"] for n, a in g.nodes(data=True)}
    return {(name[s], d["type"], name[o], d.get("stage")) for s, o, d in g.edges(data=True)
            if d.get("type") in {"OPERATES", "SUPPLIES", "HELD_IN"}}


def test_counted_handover_is_no_whole_order(pipeline):
    some = _edges(pipeline, "Norway ordered 12 F-35s in 2019 and received two in 2022.")
    every = _edges(pipeline, "Norway ordered 12 F-35s in 2019 and received them in 2022.")
    assert ("Norway", "OPERATES", "F-35", "delivered") not in some
    assert ("Norway", "OPERATES", "F-35", "delivered") in every


def test_possible_production_is_no_user(pipeline):
    maybe = _edges(pipeline, "Two Arafura-class patrol vessels could be in production for the Royal Australian Navy by 2030.")
    now = _edges(pipeline, "Two Arafura-class patrol vessels are in production for the Royal Australian Navy.")
    assert not any(t == "OPERATES" for _, t, _, _ in maybe)
    assert any(s == "Royal Australian Navy" and t == "OPERATES" for s, t, _, _ in now)


def test_marching_past_keeps_the_parade_ground(pipeline):
    found = _edges(pipeline, "Putin took his seat on Red Square as the troops marched past in the Victory Day parade.")
    assert any(t == "HELD_IN" and o == "Red Square" for _, t, o, _ in found)


def test_past_replacement_keeps_the_fleet_in_service(pipeline):
    found = _edges(pipeline, "The F-16s bought by Romania replaced the MiG-21s in 2023.")
    assert ("Romania", "OPERATES", "F-16", "in_service") in found
