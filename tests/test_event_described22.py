"""Events the text describes without a name and events named in passing (session 22):

* an armed event told of by a noun of its own, a coup, a mutiny, a siege, a battle, an incursion, is the
  article's event where nothing else is, with that noun as its alias ("the coup");
* the text's "fighting at X" / "a trilateral summit in Y" is an alias of the event it names;
* a catalogued exercise or meeting series named in passing is an event ("Bersama Lima", "AUSMIN");
* "the 2023 X" in an article about this year's X is another edition, which does not date this one.
"""
from __future__ import annotations

from tests.extracted import events_in, graph_maker, relations_in

graph_of = graph_maker("2023-08-31")


def _aliases(event: dict) -> set[str]:
    return set(event.get("aliases") or [])


def test_a_coup_is_the_articles_event(pipeline):
    text = ("Officers seize power in Lomara\n\n"
            "TERANA, Aug 30 (Wire) - Officers of the presidential guard seized power in Lomara on Wednesday. "
            "The coup ended three decades of rule by one family, and the officers said the guard had led it.")
    events = events_in(graph_of(pipeline, text))
    assert any("coup" in _aliases(e) for e in events.values()), events


def test_a_mutiny_is_an_event_and_its_leader_takes_part(pipeline):
    text = ("The mercenary chief called off his mutiny on Saturday night. The mutiny had brought his columns "
            "within a day's drive of the capital, and the Wagner Group took part in the mutiny with thousands of fighters.")
    g = graph_of(pipeline, text)
    events = events_in(g)
    mutiny = next((n for n, e in events.items() if "mutiny" in _aliases(e)), None)
    assert mutiny is not None, events
    assert ("Wagner Group", "PARTICIPATED_IN", mutiny) in relations_in(g), relations_in(g)


def test_the_fighting_at_a_place_is_a_written_name(pipeline):
    text = ("More than a week after the fighting at Tinzaouaten, the losses are coming into focus. "
            "The battle began on July 25 near Tinzaouaten, a town in northern Mali.")
    events = events_in(graph_of(pipeline, text))
    assert any("fighting at Tinzaouaten" in _aliases(e) for e in events.values()), events


def test_a_siege_is_an_event(pipeline):
    text = "Sudan's army has pulled out of El Fasher, ending an 18-month siege by the paramilitary Rapid Support Forces."
    events = events_in(graph_of(pipeline, text))
    assert any("siege" in _aliases(e) | {n} for n, e in events.items()), events


def test_a_battle_tank_is_no_battle(pipeline):
    text = "Poland ordered 180 K2 main battle tanks from Hyundai Rotem in July."
    events = events_in(graph_of(pipeline, text))
    assert not any("battle" in _aliases(e) for e in events.values()), events


def test_catalogued_series_named_in_passing_are_events(pipeline):
    text = ("The five members hold regular drills. The main series are Bersama Shield and Bersama Lima, "
            "held off the Malaysian peninsula, while Suman Warrior brings together land forces.")
    events = events_in(graph_of(pipeline, text))
    for name in ("Bersama Lima", "Suman Warrior"):
        assert any(n == name or name in _aliases(e) for n, e in events.items()), (name, events)


def test_a_catalogued_meeting_series_is_an_event(pipeline):
    text = ("Foreign and defence ministers met in Brisbane for the 33rd Australia-United States Ministerial "
            "Consultations, known as AUSMIN, and agreed to expand the rotation of US forces.")
    events = events_in(graph_of(pipeline, text))
    assert any("AUSMIN" == n or "AUSMIN" in _aliases(e) for n, e in events.items()), events


def test_an_unnamed_coup_is_the_catalogued_coup_of_its_state_and_day(pipeline):
    text = ("Army officers in Gabon announced on state television on Wednesday that they had taken power. "
            "The coup ended one family's rule of more than half a century.")
    events = events_in(graph_of(pipeline, text))
    coup = events.get("2023 Gabonese coup d'état")
    assert coup is not None, events
    assert "coup" in _aliases(coup), coup
    assert str(coup.get("date", "")).startswith("2023-08-30"), coup


def test_a_named_operation_in_apposition_takes_its_description(pipeline):
    text = ("The general commanded the navy's task force during Operation Desert Lance, Kenya's 2011 incursion "
            "into southern Somalia, and later led the fleet.")
    events = events_in(graph_of(pipeline, text))
    assert "Operation Desert Lance" in events, events
    assert "incursion" in _aliases(events["Operation Desert Lance"]), events
    assert not any(n.startswith("incursion") for n in events), events


def test_a_quoted_name_the_naming_verb_gives_an_operation_is_an_event(pipeline):
    text = ("The Revolutionary Guards, which called the operation \"Iron Promise\", said the drones were a reply "
            "to an earlier strike.")
    events = events_in(graph_of(pipeline, text))
    assert "Iron Promise" in events, events
