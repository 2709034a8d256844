"""Venues of session 43: a sea event held "off" a place (``events._events``, ``_places_under``, ``_phase_venue``)
and a name standing in apposition to an event or edition noun that carries the place ("the previous edition,
E in X": ``events._described_by``)."""
from __future__ import annotations


def _graph(pipeline, text: str):
    from graph.text.metadata import Metadata
    from graph.text.sources import Document
    return pipeline.process(Document.from_text(text, "t.txt", meta=Metadata(published="2025-05-10", date_source="cli")))


def _held(pipeline, text: str) -> set[tuple[str, str]]:
    g = _graph(pipeline, text)
    return {(g.nodes[u]["name"], g.nodes[v]["name"]) for u, v, d in g.edges(data=True) if d["type"] == "HELD_IN"}


def _places(pipeline, text: str) -> set[str]:
    return {p for _, p in _held(pipeline, text)}


def test_an_exercise_off_a_port_is_held_there(pipeline):
    """ "the Sea Shield exercise off Okinawa": the water off a place is the drill's venue."""
    text = ("Navies drill in the Pacific\n\n"
            "Ruritanian and Japanese frigates fired their guns together during the Sea Shield exercise off Okinawa "
            "on Tuesday.\n")
    assert "Okinawa" in _places(pipeline, text)


def test_a_phase_played_out_off_a_province_is_held_there(pipeline):
    """ "the naval phase played out off X": a part of the article's exercise runs off a place."""
    text = ("Golden Eagle 2025 ends in Ruritania\n\n"
            "Golden Eagle 2025, the annual drill of the Ruritanian and Bordurian armies, ended on Monday.\n"
            "The land phase was staged at a training centre near Strelsau, while the naval phase played out off "
            "Zenda Province and ended on Sunday.\n")
    assert "Zenda Province" in _places(pipeline, text)


def test_a_phrasal_off_is_no_venue(pipeline):
    """ "police sealed off X during the summit": "off" of a phrasal verb is no place of the event."""
    text = ("Leaders gather in Tarlenheim\n\n"
            "Police sealed off Strelsau Airport during the Zenda Defence Summit in Tarlenheim on Friday.\n")
    assert "Strelsau Airport" not in _places(pipeline, text)


def test_the_edition_a_name_stands_beside_carries_its_place(pipeline):
    """ "the previous edition, Zenda Expo 2023 in Strelsau": the place on the edition noun is the named event's."""
    text = ("Zenda Expo 2025 opens in Tarlenheim\n\n"
            "Zenda Expo 2025 opened in Tarlenheim on Monday with 400 exhibitors, close to double the count at the "
            "previous edition, Zenda Expo 2023 in Strelsau, where 200 agreements were signed.\n")
    assert ("Zenda Expo 2023", "Strelsau") in _held(pipeline, text)


def test_a_summit_a_leader_flew_to_a_town_for_is_held_there(pipeline):
    """ "flew to P for a meeting of E": the traveller's destination is where the event met."""
    text = ("Ministers meet on drones\n\n"
            "The next day the Ruritanian defence minister flew to Strelsau for the Zenda Defence Summit, "
            "a gathering of thirty states.\n")
    assert any(p == "Strelsau" for e, p in _held(pipeline, text) if "Zenda" in e)


def test_a_state_visited_for_a_summit_is_its_venue_without_a_town(pipeline):
    """ "visited Borduria for the Zenda Defence Summit": no town named, the state."""
    text = ("Ministers meet on drones\n\n"
            "President Karl Rassendyll visited Borduria last September for the Zenda Defence Summit, where the "
            "leaders agreed to share radar data.\n")
    assert ("Zenda Defence Summit", "Borduria") in _held(pipeline, text)


def test_a_trip_that_was_called_off_places_nothing(pipeline):
    """ "did not fly to P for E": a denied trip says nothing of where E met."""
    text = ("Ministers meet on drones\n\n"
            "The Ruritanian defence minister did not fly to Strelsau for the Zenda Defence Summit.\n")
    assert "Strelsau" not in _places(pipeline, text)


def test_the_events_own_place_outranks_the_trip(pipeline):
    """ "flew to P for the summit in Q": the summit's own phrase names its venue; P is a stopover."""
    text = ("Ministers meet on drones\n\n"
            "The minister flew to Strelsau for the Zenda Defence Summit in Tarlenheim, officials said.\n")
    held = _held(pipeline, text)
    assert not any(p == "Strelsau" for _, p in held)


def test_a_trip_on_to_another_town_leaves_the_articles_visit_where_it_was(pipeline):
    """ "From Strelsau, he flew on to Zenda for a state visit": a visit read as the article's visit to Strelsau
    (its generated name names Strelsau) is not moved to Zenda."""
    text = ("STRELSAU, June 19 - President Karl Rassendyll arrived in Strelsau on Wednesday for a state visit, "
            "his first in 24 years.\n"
            "The two leaders signed a partnership treaty during the visit.\n"
            "From Strelsau, Rassendyll flew on to Zenda for a state visit to Borduria.\n")
    assert "Zenda" not in _places(pipeline, text)


def _rel(source: str, target: str):
    from graph.relations.relation import Relation
    return Relation(source, "HELD_IN", target, {}, 0.7, "held-in")


def _places_kept(event_name: str, kind: str | None, place_names: list[str]) -> list[str]:
    from graph.entities.entity import Entity
    from graph.relations.passes.lead_venue import no_region_beside_venue
    event = Entity("event:e", "Event", event_name, props={"kind": kind} if kind else {})
    places = [Entity(f"place:{i}", "Place", n, props={"kind": "region"} if n == "Brittany" else {})
              for i, n in enumerate(place_names)]
    entities = {e.id: e for e in [event, *places]}
    kept = no_region_beside_venue([_rel(event.id, p.id) for p in places], entities)
    return [entities[r.target].name for r in kept]


def test_a_ceremony_at_a_base_is_not_held_in_its_district_or_region():
    """ "a ceremony at X Air Base in Y district": the base, not the district; a catalogued region likewise."""
    assert _places_kept("ceremony, X Air Base, 2024-05-01", "ceremony",
                        ["X Air Base", "Attock District", "Brittany"]) == ["X Air Base"]


def test_an_exercise_keeps_its_regions():
    """An exercise is spread over regions as well as held at bases: both stay."""
    assert _places_kept("Exercise Zenda Shield 2024", "exercise",
                        ["X Air Base", "Attock District"]) == ["X Air Base", "Attock District"]


def test_a_ceremony_only_placed_in_a_region_keeps_it():
    """With no town or venue, the region is all the text gives: it stays."""
    assert _places_kept("ceremony, 2024-05-01", "ceremony", ["Attock District"]) == ["Attock District"]
