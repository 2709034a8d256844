"""Event identity of session 18: the surface forms the text gives the article's own event stay on its
node. A named day written with its parade ("the annual Unity Day march") names the parade and dates it by
its sentence."""
from __future__ import annotations

from tests.extracted import events_in as events_of
from tests.extracted import graph_maker

graph_of = graph_maker("2026-09-02")

MARCH = """Tanks roll through the capital for Unity Day

A column of T-72 tanks rolled through Lusaka on Sunday during the annual Unity Day march, watched by \
President Hakainde Hichilema.

The parade marks the merger of the country's two ruling parties. Neighbouring Malawi held a parade of its \
own in July, with fewer vehicles.
"""


def test_a_named_day_with_its_march_names_and_dates_the_parade(pipeline):
    events = events_of(graph_of(pipeline, MARCH))
    named = [n for n in events if n.startswith("Unity Day parade")]
    assert named, events
    event = events[named[0]]
    assert "Unity Day march" in event.get("aliases", []), event
    assert event.get("date") == "2026-08-30", event
