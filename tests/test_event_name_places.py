"""A catalogued town written first in a gathering's name ("the Zhuhai air show", "the Vientiane summit") is a
place of the article and where the gathering met (``entities.event_name_places``, ``named_venue``); a state,
sea or region so written is no venue ("the Baltic drills")."""
from __future__ import annotations

from extracted import graph_of


def _held(g) -> set[tuple[str, str]]:
    return {(g.nodes[u]["name"], g.nodes[v]["name"]) for u, v, d in g.edges(data=True) if d["type"] == "HELD_IN"}


def _places(g) -> set[str]:
    return {d["name"] for _, d in g.nodes(data=True) if d.get("label") == "Place"}


def test_a_town_opening_an_air_shows_name_is_its_venue(pipeline):
    text = ("Ruritania's air force showed its new trainer jet to foreign buyers at the Zhuhai air show in "
            "November, the defence ministry said.\n")
    g = graph_of(pipeline, text, "2024-12-02")
    assert "Zhuhai" in _places(g)
    assert any(place == "Zhuhai" for _, place in _held(g))


def test_a_sea_opening_a_drills_name_is_no_venue(pipeline):
    text = "Ruritania and Borduvia ended the Baltic drills on Friday after a week of exercises.\n"
    g = graph_of(pipeline, text, "2024-12-02")
    assert not any(place == "Baltic Sea" for _, place in _held(g))
