"""An exercise's name known to no catalogue and carrying no year is an event when the text acts on it
as one ("wrapped up Granite Harbor", "took part in Granite Harbor"): the article's generic "the drill"
is that event, not a catalogued series it names in passing; a person a verb acts on stays a person.
A summit named with a hyphened prefix ("the Japan-Nordic Summit") keeps it, and one dated by
another year is not the article's own."""
from __future__ import annotations

from tests.extracted import graph_maker
from tests.extracted import relations_in as edges_of

graph_of = graph_maker("2023-11-23")


def _part(g):
    return {(s, t) for s, ty, t in edges_of(g) if ty == "PARTICIPATED_IN"}


def test_wrapped_up_name_is_the_article_exercise(pipeline):
    text = ("Chile, Peru and Ecuador wrapped up Granite Harbor on Friday, the first exercise in which their navies "
            "trained together. The four-day drill began on Tuesday off Valparaiso, and the Chilean Navy took part "
            "with two frigates. The name echoes Malabar, a long-running exercise in the Indian Ocean.")
    g = graph_of(pipeline, text, "2026-02-03")
    part = _part(g)
    assert any(s == "Chilean Navy" and t.startswith("Granite Harbor") for s, t in part), part
    assert not any(d.get("label") == "Place" and d.get("name") == "Granite Harbor" for _, d in g.nodes(data=True))


def test_took_part_in_a_name(pipeline):
    text = ("Troops from Kenya and Uganda took part in Savanna Lion, and the drill ended on Sunday near Nanyuki. "
            "Tanzania sent observers to the exercise.")
    g = graph_of(pipeline, text, "2026-02-03")
    names = {d.get("name"): d.get("label") for _, d in g.nodes(data=True)}
    assert any(n.startswith("Savanna Lion") and lab == "Event" for n, lab in names.items()), names


def test_a_person_hosted_stays_a_person(pipeline):
    text = ("Prime Minister Maria Lopez hosted Daniel Ortega in Madrid on Monday. The two leaders discussed "
            "fishing rights.")
    g = graph_of(pipeline, text, "2026-02-03")
    names = {d.get("name"): d.get("label") for _, d in g.nodes(data=True)}
    assert names.get("Daniel Ortega") == "Person", names


def test_prefixed_summit_dated_away_is_its_own_event(pipeline):
    text = ("Leaders of the Nordic states and Canada met on Friday at their first-ever summit, held in Reykjavik. "
            "Iceland's prime minister chaired the meeting as host. The summit joins a busy calendar: Japan hosted "
            "the Nordic leaders at the first Japan-Nordic Summit in Tokyo in May 2023. After the plenary the "
            "leaders opened the Reykjavik Ocean Forum, a two-day conference on fisheries.")
    g = graph_of(pipeline, text, "2025-04-04")
    names = {d.get("name") for _, d in g.nodes(data=True) if d.get("label") == "Event"}
    assert any(n.startswith("Japan-Nordic Summit") for n in names), names
    held = {(s, t) for s, ty, t in edges_of(g) if ty == "HELD_IN"}
    assert not any(s.startswith("Japan-Nordic") and t == "Reykjavik" for s, t in held), held
    assert not any(n.startswith("Reykjavik Ocean Forum 2025") for n in names), names


def test_the_eve_of_an_exercise_does_not_date_it(pipeline):
    text = ("Chile and Peru wrapped up Granite Harbor on Friday. The three-day drill began on Wednesday off "
            "Valparaiso. On Tuesday, the eve of Granite Harbor, Peru's navy chief visited the port.")
    g = graph_of(pipeline, text, "2026-02-07")
    dates = {d.get("name"): d.get("date") for _, d in g.nodes(data=True) if d.get("label") == "Event"}
    found = [v for k, v in dates.items() if k and k.startswith("Granite Harbor")]
    assert found and not str(found[0]).startswith("2026-02-03"), dates
