"""Strikes a text describes without a name (graph/entities/strikes.py): one Event per struck place, named by
the writer's words, with its generic nouns as aliases, held where it hit, the striker taking part; a strike
spoken of as a threat, a plan or a rule is none, and so is one its sentence does not date to the day or one
on a sea or a region."""
from __future__ import annotations

from tests.extracted import events_in as events_of
from tests.extracted import graph_maker
from tests.extracted import relations_in as edges_of

graph_of = graph_maker("2026-03-16")  # a Monday


def _strikes(events: dict) -> dict:
    return {n: a for n, a in events.items() if {"strike", "attack"} & set(a.get("aliases", []))}


def test_a_drone_attack_on_a_city_is_an_event_held_there(pipeline):
    g = graph_of(pipeline, "Ministers met in Geneva on Monday. A Russian drone attack on Odesa on Sunday damaged "
                           "the port and a grain terminal.")
    strikes = _strikes(events_of(g))
    assert len(strikes) == 1, events_of(g)
    name, attrs = next(iter(strikes.items()))
    assert {"attack", "drone attack"} <= set(attrs["aliases"]), attrs
    edges = edges_of(g)
    assert (name, "HELD_IN", "Odesa") in edges, sorted(edges)
    assert ("Russia", "PARTICIPATED_IN", name) in edges, sorted(edges)


def test_the_place_inside_the_target_phrase_is_where_it_hit(pipeline):
    g = graph_of(pipeline, "The summit opened in Vienna on Monday. A missile strike on a shipyard in Mykolaiv "
                           "destroyed two patrol boats on March 12.")
    strikes = _strikes(events_of(g))
    assert len(strikes) == 1, events_of(g)
    name, attrs = next(iter(strikes.items()))
    assert "missile strike" in attrs["aliases"], attrs
    assert (name, "HELD_IN", "Mykolaiv") in edges_of(g), sorted(edges_of(g))


def test_a_strike_by_a_named_force_takes_part(pipeline):
    g = graph_of(pipeline, "The summit opened in Vienna on Monday. An attack by Houthi forces on the port of "
                           "Eilat set a warehouse on fire on Saturday.")
    strikes = _strikes(events_of(g))
    assert len(strikes) == 1, events_of(g)
    assert ("Houthis", "PARTICIPATED_IN", next(iter(strikes))) in edges_of(g), sorted(edges_of(g))


def test_an_undated_strike_or_one_on_a_sea_is_left_out(pipeline):
    for text in ("The summit opened in Vienna on Monday. Delegates recalled the missile strikes on Kharkiv.",
                 "The summit opened in Vienna on Monday. A drone attack on shipping in the Red Sea on Sunday sank a "
                 "freighter."):
        assert not _strikes(events_of(graph_of(pipeline, text))), text


def test_a_threatened_or_hypothetical_attack_is_no_event(pipeline):
    for text in ("The summit opened in Vienna on Monday. The pact says any attack on Latvia is an attack on all.",
                 "The summit opened in Vienna on Monday. Officials said they would answer an attack on Tallinn.",
                 "The summit opened in Vienna on Monday. The drill rehearsed a response to a strike on Riga.",
                 "The summit opened in Vienna on Monday. Analysts weighed the risk of an attack on Vilnius."):
        assert not _strikes(events_of(graph_of(pipeline, text))), text


def _held(g) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges_of(g) if r == "HELD_IN"}


def test_a_planned_simulated_denied_demanded_or_remembered_strike_is_held_nowhere(pipeline):
    """The strike nouns of a plan, a drill, a demand, a denial or an anniversary name no strike of the day
    (``unreal_modifiers``, ``unreal_heads``): no described strike and no place it was held in."""
    for text, place in (
            ("Ministers met in Geneva on Monday. Iran's planned missile strike on Haifa on Sunday was called off.",
             "Haifa"),
            ("Ministers met in Geneva on Monday. On Sunday hardliners in Tehran demanded a missile strike on Haifa.",
             "Haifa"),
            ("Ministers met in Geneva on Monday. Russia denied on Sunday that it had carried out an air strike on "
             "Kramatorsk.", "Kramatorsk"),
            ("Ministers met in Geneva on Monday. On Sunday the navy staged a simulated missile strike on Subic Bay.",
             "Subic Bay"),
            ("Ministers met in Geneva on Monday. Veterans marked on Sunday the anniversary of the 2022 missile strike "
             "on Kramatorsk.", "Kramatorsk"),
            ("Ministers met in Geneva on Monday. A mock drone attack on Gdansk on Sunday tested the port's defences.",
             "Gdansk")):
        g = graph_of(pipeline, text)
        assert not {t for _, t in _held(g)} & {place}, (text, sorted(_held(g)))
        assert not _strikes(events_of(g)), (text, events_of(g))


def test_a_foiled_prepared_or_threatened_strike_is_no_event(pipeline):
    """Verbs of foiling, preparing, threatening (``unreal_heads``) govern a strike that did not happen."""
    for text in ("Ministers met in Geneva on Monday. Police foiled a drone attack on Kharkiv on Sunday.",
                 "Ministers met in Geneva on Monday. Pakistan accused India on Sunday of preparing an air strike on "
                 "Lahore.",
                 "Ministers met in Geneva on Monday. North Korea threatened an artillery strike on Seoul on Sunday.",
                 "Ministers met in Geneva on Monday. Security forces thwarted a rocket attack on Mosul on Sunday."):
        g = graph_of(pipeline, text)
        assert not _strikes(events_of(g)), (text, events_of(g))
        assert not _held(g), (text, sorted(_held(g)))


def test_a_demonym_inside_the_strikes_name_takes_part(pipeline):
    """ "the Israeli air strike": the state of the demonym the event's own mention holds took part."""
    g = graph_of(pipeline, "Ministers met in Geneva on Monday. Jordan condemned the Israeli air strike on Beirut on "
                           "Sunday.")
    assert any(s == "Israel" and r == "PARTICIPATED_IN" for s, r, _ in edges_of(g)), sorted(edges_of(g))
    assert not any(s == "Jordan" and r == "PARTICIPATED_IN" for s, r, _ in edges_of(g)), sorted(edges_of(g))


def test_the_passive_subject_of_hit_by_a_strike_is_where_it_hit(pipeline):
    """ "Kherson was hit by a Russian missile strike": held in Kherson, Russia took part (``hit_verbs``)."""
    g = graph_of(pipeline, "Ministers met in Geneva on Monday. Kherson was hit by a Russian missile strike on Sunday.")
    edges = edges_of(g)
    assert any(r == "HELD_IN" and t == "Kherson" for _, r, t in edges), sorted(edges)
    assert any(s == "Russia" and r == "PARTICIPATED_IN" for s, r, _ in edges), sorted(edges)
    g = graph_of(pipeline, "Ministers met in Geneva on Monday. Sumy was pounded by a Russian missile strike on Sunday.")
    assert any(r == "HELD_IN" and t == "Sumy" for _, r, t in edges_of(g)), sorted(edges_of(g))
