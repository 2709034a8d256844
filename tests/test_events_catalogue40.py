"""Recurring exercises, shows and forums of session 40 (graph/reference/data/events_recurring_world.csv, each row
with a source: the event's own site or its Wikipedia article): an edition named in passing is an event of its
own, a name the text runs on with "and" is whole. Sentences written for these tests."""
from __future__ import annotations

import csv

from graph.reference.loader import DATA_DIR
from tests.extracted import events_in, graph_maker

_TEXT = ("Gulf air forces return from Britain\n\n"
         "DOHA, May 3, 2025 (Wire) - Qatari Rafales flew in Exercise Cobra Warrior in Britain in March, the air "
         "force said on Saturday. Its chief spoke at the Sir Bani Yas Forum last year and will visit the Pakistan "
         "International Maritime Expo and Conference in Karachi in November.")


def _named(events: dict, name: str) -> dict | None:
    return next((e for n, e in events.items() if name == n or name in (e.get("aliases") or [])), None)


def test_a_catalogued_exercise_named_in_passing_is_an_event(pipeline):
    events = events_in(graph_maker("2025-05-03")(pipeline, _TEXT))
    assert _named(events, "Exercise Cobra Warrior") is not None or any("Cobra Warrior" in n for n in events), events


def test_a_forum_and_a_fair_keep_their_whole_names(pipeline):
    events = events_in(graph_maker("2025-05-03")(pipeline, _TEXT))
    assert any(n.startswith("Sir Bani Yas Forum") for n in events), events
    assert any(n.startswith("Pakistan International Maritime Expo and Conference") for n in events), events


def test_every_row_has_a_source_and_a_known_kind():
    with (DATA_DIR / "events_recurring_world.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) >= 90
    for row in rows:
        assert row["source"].startswith(("http", "Wikipedia: ")), row["name"]
        assert row["kind"] in {"exercise", "fair", "summit", "parade"}, row["name"]
    assert len({r["name"] for r in rows}) == len(rows)
