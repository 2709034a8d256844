"""An event of an adverbial clause hanging from a verb of arrival does not keep the arrival from the article's
own event (graph/relations/families/events.py ``_events_of_clause``; taken from eventc26 9e28fd8):
"X also came for the day, although floods had kept him away from the NATO summit in Y" - X came to the
article's parade; the summit of the aside is no event of "came". An event that is the verb's own object or
goal still is. Sentences written for these tests.
"""
from __future__ import annotations

from tests.extracted import graph_maker, relations_in

graph_of = graph_maker("2024-10-29")

_PARADE = ("Ankara stages Republic Day parade\n\n"
           "ANKARA, Oct. 29, 2024 (Wire) - Turkey held a military parade in Ankara on Tuesday to mark Republic "
           "Day. The parade was watched by President Recep Tayyip Erdogan and Azerbaijani President Ilham "
           "Aliyev. Hungarian Prime Minister Viktor Orban also came for the day, although floods at home had "
           "kept him away from the NATO summit in Washington earlier in the year.")


def _participations(g) -> set[tuple[str, str]]:
    return {(a, b) for a, t, b in relations_in(g) if t == "PARTICIPATED_IN"}


def test_an_event_of_a_clause_aside_does_not_take_the_arrival(pipeline):
    parts = _participations(graph_of(pipeline, _PARADE))
    assert any(a == "Viktor Orbán" and "parade" in b for a, b in parts), parts


def test_the_aside_gives_the_arrival_no_part_in_its_event(pipeline):
    parts = _participations(graph_of(pipeline, _PARADE))
    assert not any(a == "Viktor Orbán" and "summit" in b.lower() for a, b in parts), parts


def test_an_event_in_the_verbs_own_clause_still_blocks_the_arrival(pipeline):
    text = _PARADE.replace("also came for the day, although floods at home had kept him away from the NATO "
                           "summit in Washington earlier in the year.",
                           "arrived for the NATO summit in Washington earlier in the year.")
    parts = _participations(graph_of(pipeline, text))
    assert not any(a == "Viktor Orbán" and "parade" in b for a, b in parts), parts
