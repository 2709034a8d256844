"""Event relations of session 12: one event under two names in one article is one node (a name the
text gives as its other name, a headline's series name beside the body's one dated edition), so its
participants and venues land on one node."""
from __future__ import annotations

from graph.entities.entity import Entity
from graph.entities.event_names import yearless_editions
from graph.ids import make_id
from graph.mentions import Mention
from tests.extracted import events_in as events_of
from tests.extracted import graph_maker
from tests.extracted import relations_in as edges_of

graph_of = graph_maker("2023-11-23")


def test_other_name_after_known_as_is_one_event(pipeline):
    text = ("Soldiers from Chile, Peru and Ecuador began a week of drills near Arica on Monday, when the "
            "Andes Shield-2026 exercise, known locally as Escudo Andino-2026, opened at the Pampa range. "
            "Peru sent 300 troops to the exercise.")
    g = graph_of(pipeline, text, "2026-03-18")
    events = events_of(g)
    shield = [n for n in events if "Shield" in n or "Escudo" in n]
    assert len(shield) == 1, events


def test_parenthesised_other_name_is_one_event(pipeline):
    text = ("Romanian and Bulgarian ships took part in Exercise Sea Guard 2026 (Straja Marii 2026) off "
            "Constanta on Tuesday. Sea Guard 2026 ends on Friday.")
    g = graph_of(pipeline, text, "2026-03-18")
    events = events_of(g)
    assert len([n for n in events if "Guard" in n or "Straja" in n]) == 1, events


def _events(*names: str) -> dict[str, Entity]:
    out = {}
    for i, name in enumerate(names):
        e = Entity(make_id("Event", name), "Event", name)
        e.add(Mention(i * 3, i * 3 + 2, i * 20, i * 20 + len(name), name, "Event", "ner"))
        out[e.id] = e
    return out


def test_headline_series_name_is_the_dated_edition():
    entities = _events("Silver Falcon drill", "Silver Falcon 2026", "Baltic Guard-2025")
    yearless_editions(entities)
    assert sorted(e.name for e in entities.values()) == ["Baltic Guard-2025", "Silver Falcon 2026"]
    falcon = entities[make_id("Event", "Silver Falcon 2026")]
    assert "Silver Falcon drill" in falcon.aliases and len(falcon.mentions) == 2


def test_two_editions_keep_the_bare_series_apart():
    entities = _events("Silver Falcon", "Silver Falcon 2025", "Silver Falcon 2026")
    yearless_editions(entities)
    assert len(entities) == 3


def test_catalogued_series_is_not_an_edition():
    entities = _events("Silver Falcon", "Silver Falcon 2026")
    entities[make_id("Event", "Silver Falcon")].ref_id = "event:silver-falcon"
    yearless_editions(entities)
    assert len(entities) == 2


def _participants(g, event: str) -> set[str]:
    return {s for s, t, e in edges_of(g) if t == "PARTICIPATED_IN" and e == event}


def test_troops_from_a_list_who_began_the_drills_took_part(pipeline):
    text = ("Troops from Chile, Peru and Ecuador began a week of joint drills near Arica on Tuesday, "
            "when the Andes Shield-2026 exercise opened at the Pampa range.")
    g = graph_of(pipeline, text, "2026-03-18")
    assert {"Chile", "Peru", "Ecuador"} <= _participants(g, "Andes Shield-2026"), edges_of(g)


def test_ships_from_a_list_with_a_launched_operation_took_part(pipeline):
    text = "NATO launched Andes Shield-2026, an operation to protect the coast, with ships from Chile, Peru and Ecuador."
    g = graph_of(pipeline, text, "2026-03-18")
    assert {"Chile", "Peru", "Ecuador"} <= _participants(g, "Andes Shield-2026"), edges_of(g)


def test_talks_with_a_state_are_no_contingent(pipeline):
    text = "Troops from Chile began a week of talks with Peru."
    g = graph_of(pipeline, text, "2026-03-18")
    assert not [e for e in edges_of(g) if e[1] == "PARTICIPATED_IN"], edges_of(g)


def test_an_alliance_that_launches_a_mission_hosts_it_and_a_state_only_takes_part(pipeline):
    g = graph_of(pipeline, "NATO launched Andes Shield-2026, an operation to protect the coast, with ships "
                           "from Chile and Peru. Israel launched Operation Rising Lion on Friday.", "2026-03-18")
    edges = edges_of(g)
    assert ("Andes Shield-2026", "HOSTED_BY", "North Atlantic Treaty Organization") in edges, edges
    assert not [e for e in edges if e[0] == "Operation Rising Lion" and e[1] == "HOSTED_BY"], edges


def test_states_that_train_together_in_an_exercise_took_part(pipeline):
    g = graph_of(pipeline, "Peru's armed forces continue to train with Brazil through the annual Cobra Gold "
                           "exercise.", "2026-03-18")
    assert {"Peru", "Brazil"} <= _participants(g, "Cobra Gold"), edges_of(g)


def test_training_somewhere_else_is_no_participation(pipeline):
    g = graph_of(pipeline, "Peru's armed forces train with Brazil in the Amazon every year.", "2026-03-18")
    assert not [e for e in edges_of(g) if e[1] == "PARTICIPATED_IN"], edges_of(g)
