"""Recurring events catalogued in session 28 (graph/reference/data/events_recurring.csv: exercise series,
arms fairs and summits the catalogue lacked), each shown on invented sentences."""
from __future__ import annotations

import csv

from graph.reference import load_reference
from graph.reference.loader import DATA_DIR
from tests.extracted import graph_maker, relations_in

graph_of = graph_maker("2024-05-02")


def test_every_row_names_its_source_and_kind():
    with (DATA_DIR / "events_recurring.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows and all(r["source"] and r["kind"] in {"exercise", "fair", "summit"} for r in rows)


def test_series_are_events():
    ref = load_reference()
    for name in ("Cobra Warrior", "Justified Accord", "Vietnam International Defence Expo",
                 "North American Leaders' Summit"):
        assert [e.label for e in ref.lookup(name)] == ["Event"], name


def test_an_exercise_a_service_runs_is_its_own_event(pipeline):
    g = graph_of(pipeline, "Pakistan's air force flew its JF-17s to Britain in March for the Royal Air Force's "
                           "Cobra Warrior exercise, its first time at the drill.")
    names = {a["name"] for _, a in g.nodes(data=True) if a["label"] == "Event"}
    assert any(n.startswith("Cobra Warrior") for n in names)
    assert not any("Warrior exercise" in n and not n.startswith("Cobra") for n in names)


def test_a_summit_series_with_its_venue(pipeline):
    g = graph_of(pipeline, "The prime minister meets his two neighbours at the North American Leaders' Summit "
                           "in Mexico City next week.")
    rels = relations_in(g)
    assert any(t == "HELD_IN" and s.startswith("North American Leaders' Summit") and o == "Mexico City"
               for s, t, o in rels)
