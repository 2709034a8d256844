"""mende45: an event's first day is told only of the event itself (time._begun_earlier / _the_noun / _name_stems).

"The latest round" dates an event only bare or as a round of the event's own kind ("the latest round of talks"
of a summit, not "of strikes" or "of patrols"); "the event" only bare or with a span of days ("the six-day
event", not "the new runway event at Tindal"). A one-word "airshow" is a show; a name's opening "Exercise" may
be left out ("Cobra Gold ran from ..."). Invented sentences."""
from __future__ import annotations

import pytest

from tests.extracted import events_in, graph_of


def _dated(pipeline, text: str, published: str, kind: str) -> set:
    events = events_in(graph_of(pipeline, text, published, name="t.txt"))
    return {a.get("date") for name, a in events.items() if kind.lower() in name.lower()}


@pytest.mark.parametrize("text,published,kind,value", [
    ("Exercise Red Flag Alaska 2024 ended on Friday at Eielson, the US Air Force said. The latest round of "
     "budget talks between the two parties began on Tuesday in Washington.", "2024-06-15", "Red Flag", "2024-06-14"),
    ("The G7 summit in Apulia ended on Saturday. The latest round of Ukrainian drone attacks on Russian refineries "
     "began on Wednesday night.", "2024-06-17", "G7 summit", "2024-06-15"),
    ("Exercise Cobra Gold 2025 ended on Friday in Thailand. The latest round of Myanmar army air raids near the "
     "border began on Monday.", "2025-03-09", "Cobra Gold", "2025-03-07"),
    ("Exercise Cobra Gold 2025 ended on Friday in Thailand. The governor opened the new harbour event at "
     "Sattahip on Tuesday.", "2025-03-09", "Cobra Gold", "2025-03-07"),
    ("Exercise Cobra Gold 2025 ended on Friday in Thailand. The king opened the annual trade event in "
     "Bangkok on Tuesday.", "2025-03-09", "Cobra Gold", "2025-03-07"),
])
def test_the_start_of_another_round_or_event_does_not_date_it(pipeline, text, published, kind, value):
    assert _dated(pipeline, text, published, kind) == {value}


@pytest.mark.parametrize("text,published,kind,value", [
    ("The Farnborough Airshow closed on Sunday. Prime Minister Keir Starmer opened the five-day event on "
     "Wednesday.", "2024-07-23", "Farnborough", "2024-07-17/2024-07-21"),
    ("Exercise Cobra Gold 2025 ended on Friday in Thailand. Cobra Gold ran from February 25 across three "
     "provinces.", "2025-03-09", "Cobra Gold", "2025-02-25/2025-03-07"),
])
def test_the_event_named_again_takes_its_first_day(pipeline, text, published, kind, value):
    assert value in _dated(pipeline, text, published, kind)


@pytest.mark.parametrize("text,published,kind,value", [
    ("The Shangri-La Dialogue in Singapore ended on Sunday. The latest round of talks began on Friday.",
     "2025-06-02", "Shangri-La Dialogue", "2025-05-30/2025-06-01"),
    ("The Shangri-La Dialogue in Singapore ended on Sunday. The defence minister opened the event on Friday.",
     "2025-06-02", "Shangri-La Dialogue", "2025-05-30/2025-06-01"),
])
def test_a_round_of_its_kind_or_the_bare_event_still_dates_it(pipeline, text, published, kind, value):
    assert value in _dated(pipeline, text, published, kind)
