"""Mends of session 43's venue rules (review43): a sea, gulf or strait an occasion is placed on is no town or venue
that pushes out its region (``lead_venue.no_region_beside_venue``), and an "off X" in an article's lead is the
drill's venue only where "off" hangs on what holds the drill, the guard of the main event rule
(``events.off_held``): not where something else happened off a coast while it ran."""
from __future__ import annotations

import pytest


def _held(pipeline, text: str) -> set[tuple[str, str]]:
    from graph.text.metadata import Metadata
    from graph.text.sources import Document
    g = pipeline.process(Document.from_text(text, "t.txt", meta=Metadata(published="2025-07-20", date_source="cli")))
    return {(g.nodes[u]["name"], g.nodes[v]["name"]) for u, v, d in g.edges(data=True) if d["type"] == "HELD_IN"}


def _has(held: set[tuple[str, str]], event: str, place: str) -> bool:
    return any(event.lower() in e.lower() and place.lower() == p.lower() for e, p in held)


@pytest.mark.parametrize("text,event,region", [
    ("Leaders meet by the sea\n\nJuly 12 - The summit took place on the coast of the Caspian Sea in Mangystau "
     "Region on Saturday.", "summit", "Mangystau Region"),
    ("Frigate named\n\nJuly 12 - The Navy held a ceremony on the shores of the Persian Gulf in Bushehr Province "
     "to name its new frigate.", "ceremony", "Bushehr Province"),
])
def test_a_water_beside_a_region_does_not_push_it_out(pipeline, text, event, region):
    held = _held(pipeline, text)
    assert _has(held, event, region), held


@pytest.mark.parametrize("text,event,place", [
    ("Jet lost in drill\n\nJuly 12 - An Australian helicopter ditched off Cairns during the Talisman Sabre "
     "exercise on Tuesday.", "Talisman Sabre", "Cairns"),
    ("Drill closes\n\nJuly 12 - RIMPAC 2024 closed on Sunday, two days after a landing craft ran aground off "
     "Kauai.", "RIMPAC", "Kauai"),
    ("Drill opens\n\nJuly 12 - The Sea Breeze exercise opened on Monday as a Russian spy ship was sighted off "
     "Varna.", "Sea Breeze", "Varna"),
])
def test_what_happened_off_a_coast_while_a_drill_ran_is_not_its_venue(pipeline, text, event, place):
    held = _held(pipeline, text)
    assert not _has(held, event, place), held
