"""A month name before another event's noun dates it (resolve.py ``_month_before``; taken from event26 without
its sited events): "the NATO October meeting in Brussels" in a report of March 2024 is the meeting of October
2023, the last October up to the report. Sentences written for these tests.
"""
from __future__ import annotations

from tests.extracted import events_in, graph_maker

graph_of = graph_maker("2024-03-08")

_PARADE = ("Riga stages Army Day parade\n\n"
           "RIGA, March 8, 2024 (Wire) - Latvia held a military parade in Riga on Friday. Latvian Defence Minister "
           "Andris Spruds watched the parade. He said the NATO October meeting in Brussels had approved new air "
           "defence plans.")


def _event(events: dict, alias: str) -> dict:
    found = next((e for n, e in events.items() if alias in n or alias in (e.get("aliases") or [])), None)
    assert found is not None, events
    return found


def test_a_month_before_a_bodys_meeting_dates_it(pipeline):
    events = events_in(graph_of(pipeline, _PARADE))
    assert _event(events, "NATO meeting").get("date") == "2023-10", events


def test_the_parade_keeps_its_own_day(pipeline):
    events = events_in(graph_of(pipeline, _PARADE))
    assert _event(events, "parade").get("date") == "2024-03-08", events
