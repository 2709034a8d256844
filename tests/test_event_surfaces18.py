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


CEREMONY = """Admiral hands over command of the fleet

Admiral Jan Kowal handed command of the Baltic fleet to his deputy on Friday at a ceremony in Gdynia.

Friday's ceremony was attended by the defence minister. Kowal had led the fleet since 2019.
"""


def test_a_reference_to_the_event_keeps_its_words_as_written(pipeline):
    events = events_of(graph_of(pipeline, CEREMONY))
    ceremonies = [e for n, e in events.items() if n.startswith("ceremony")]
    assert ceremonies, events
    assert "Friday's ceremony" in ceremonies[0].get("aliases", []), ceremonies


SUMMIT = """Minister takes over the alliance's secretariat

Anna Lind became secretary general of the alliance on Tuesday at a ceremony at its headquarters in Brussels.

Leaders had welcomed her nomination at their Vilnius summit in July, after months of talks.
"""


def test_a_summit_named_by_its_city_beside_another_event_is_its_own(pipeline):
    events = events_of(graph_of(pipeline, SUMMIT))
    summits = [e for n, e in events.items() if n.startswith("Vilnius summit")]
    assert summits, events
    assert summits[0].get("date", "").startswith("2026-07"), summits


PARADE = """Border guards march for the first time in the Unity Day parade

Tanks rolled through Lusaka on Sunday during the annual Unity Day parade, reviewed by President Hakainde Hichilema.

The Zambia National Service marched for the first time, joining the Zambia Army and the Zambia Police Service.
"""


def test_those_a_participant_joined_took_part(pipeline):
    from tests.extracted import relations_in as edges_of

    edges = edges_of(graph_of(pipeline, PARADE))
    took_part = {s for s, ty, t in edges if ty == "PARTICIPATED_IN" and t.startswith("Unity Day parade")}
    assert {"Zambia Army", "Zambia Police Service"} <= took_part, edges


NEIGHBOUR = """Jets open the Unity Day parade

Six F-16 fighters flew over Lusaka on Sunday, August 30, to open the annual Unity Day parade, watched by \
President Hakainde Hichilema.

Malawi, which paraded its new K-8 trainers in Lilongwe in July, is expected to order more of them.
"""


def test_a_showing_set_in_another_month_is_no_part_of_the_articles_event(pipeline):
    from tests.extracted import relations_in as edges_of

    edges = edges_of(graph_of(pipeline, NEIGHBOUR))
    assert any(ty == "PARTICIPATED_IN" and s == "Hakainde Hichilema" for s, ty, t in edges), edges
    assert not any(s == "Malawi" and ty == "PARTICIPATED_IN" for s, ty, t in edges), edges
    assert not any(s.startswith("K-8") and ty == "DISPLAYED_AT" for s, ty, t in edges), edges
