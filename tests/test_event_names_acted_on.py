"""An exercise's name known to no catalogue and carrying no year is an event when the text acts on it
as one ("wrapped up Granite Harbor", "took part in Granite Harbor"): the article's generic "the drill"
is that event, not a catalogued series it names in passing; a person a verb acts on stays a person."""
from __future__ import annotations

from test_events import edges_of, graph_of


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
