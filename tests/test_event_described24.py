"""Described and catalogued events (session 24):

* an unnamed strike the article reports ("the strike", "the airstrike") is its event, with that noun as an
  alias, unless the article names the operation ("the raid, which the army called Operation X");
* well-known attacks, battles and revolts of the catalogue (``events.csv``) are events where the text names
  them; the one armed group of an attack or a revolt took part in it, a state named as its only party did not;
* "the 2023 offensive" is no counteroffensive of another war;
* "an informal summit of the X" keeps the words before the noun in the alias it is written with.
Sentences written for these tests.
"""
from __future__ import annotations

from tests.extracted import events_in, graph_maker, relations_in

graph_of = graph_maker("2025-09-03")


def _aliases(event: dict) -> set[str]:
    return set(event.get("aliases") or [])


def test_an_unnamed_strike_is_the_articles_event(pipeline):
    text = ("Navy strikes smuggling boat\n\n"
            "LISBON, Sept. 3, 2025 (Wire) - Portugal's navy struck a smuggling boat off the Azores on Tuesday, "
            "the defence ministry said. The strike was the first of its kind, and Spain said it had been told of it.")
    events = events_in(graph_of(pipeline, text))
    assert any("strike" in _aliases(e) for e in events.values()), events


def test_strike_aircraft_are_no_strike(pipeline):
    text = "Chile ordered twelve strike aircraft and two tankers from Brazil in March."
    events = events_in(graph_of(pipeline, text))
    assert not any("strike" in _aliases(e) for e in events.values()), events


def test_the_strike_of_a_named_operation_is_the_operation(pipeline):
    text = ("Navy hits rebel port\n\n"
            "ACCRA, Sept. 3, 2025 (Wire) - Ghanaian jets bombed the rebel-held port of Tema on Tuesday. "
            "The strike followed a drone attack on the capital. Officials briefed allies before the raid, "
            "which the air force called Operation Iron Gate.")
    g = graph_of(pipeline, text)
    events = events_in(g)
    assert "Operation Iron Gate" in events, events
    assert not any(n != "Operation Iron Gate" and "strike" in _aliases(e) for n, e in events.items()), events


def test_a_catalogued_attack_and_its_group(pipeline):
    text = ("Israel has fought Hamas in Gaza since the Hamas attack of October 7, the chief of staff said, "
            "and the army inquiry into October 7 failures is due in the spring.")
    g = graph_of(pipeline, text, "2024-03-03")
    rels = relations_in(g)
    assert "October 7 attacks" in events_in(g)
    assert ("Hamas", "PARTICIPATED_IN", "October 7 attacks") in rels, rels
    assert ("Israel", "PARTICIPATED_IN", "October 7 attacks") not in rels, rels
    assert ("Israel", "IN_CONFLICT_WITH", "Hamas") in rels or ("Hamas", "IN_CONFLICT_WITH", "Israel") in rels, rels


def test_a_catalogued_attack_on_a_state_has_no_participant_state(pipeline):
    text = "Since the Pahalgam attack in April, India has moved two more brigades to the line of control."
    g = graph_of(pipeline, text, "2025-09-03")
    assert "2025 Pahalgam attack" in events_in(g)
    assert ("India", "PARTICIPATED_IN", "2025 Pahalgam attack") not in relations_in(g)


def test_a_dated_offensive_is_no_counteroffensive(pipeline):
    text = ("Moscow mediates in the Caucasus\n\n"
            "BAKU, Sept. 3, 2025 (Wire) - Russia, still at war with Ukraine, withdrew its peacekeepers from "
            "Karabakh after Azerbaijan's 2023 offensive ended Armenia's hold on the enclave.")
    events = events_in(graph_of(pipeline, text))
    assert "2023 Azerbaijani offensive in Nagorno-Karabakh" in events, events
    assert "2023 Ukrainian counteroffensive" not in events, events


def test_an_informal_summit_of_a_bloc_keeps_its_written_words(pipeline):
    text = ("Aliyev turns back\n\n"
            "BAKU, Dec. 28, 2024 (Wire) - President Ilham Aliyev was flying to an informal summit of the "
            "Commonwealth of Independent States on Thursday when the crash of the airliner was reported.")
    events = events_in(graph_of(pipeline, text, "2024-12-28"))
    assert any("informal summit of the Commonwealth of Independent States" in _aliases(e)
               for e in events.values()), events
