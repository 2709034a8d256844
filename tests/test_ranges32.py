"""Ranges and training sites (session 32): "the X range" after a place preposition or listed with another
venue is a Place (``shape.venues``, ``locative_venue_phrases``), elsewhere no place ("the Iskander range");
a range's or training site's bare name is that site (``base_towns``), and an uncatalogued base named after the
town of a catalogued one is that base."""
from __future__ import annotations

from extracted import graph_of


def _places(g) -> set[str]:
    return {d["name"] for _, d in g.nodes(data=True) if d.get("label") == "Place"}


def _held(g) -> set[str]:
    return {g.nodes[v]["name"] for _, v, d in g.edges(data=True) if d["type"] == "HELD_IN"}


def test_a_range_after_a_place_preposition_is_a_place(pipeline):
    text = ("Ruritanian and Borduvian troops fired their howitzers at the Velika Brda range on Tuesday during "
            "the Iron Shield 2024 exercise.\n")
    assert "Velika Brda Range" in _places(graph_of(pipeline, text, "2024-05-02"))


def test_a_range_listed_with_an_airfield_is_a_place(pipeline):
    text = ("The show was spread over the Dolno Brdo tank range and the Kamenka airfield, with 900 firms "
            "taking part.\n")
    assert "Dolno Brdo Tank Range" in _places(graph_of(pipeline, text, "2024-05-02"))


def test_a_weapons_range_is_no_place(pipeline):
    text = "The Iskander range is about 500 kilometres, Ruritania's defence ministry said.\n"
    assert not any("Range" in p for p in _places(graph_of(pipeline, text, "2024-05-02")))


def test_a_training_areas_bare_name_is_the_training_area(pipeline):
    text = ("Soldiers from Ruritania and Borduvia lined up at the Velkopol training area on Monday for the opening "
            "of Steppe Shield 2024. The first stage runs until April 17 at Velkopol.\n")
    g = graph_of(pipeline, text, "2024-04-08")
    places = _places(g)
    assert "Velkopol Training Area" in places and "Velkopol" not in places


def test_a_range_is_known_by_its_towns_name_too(pipeline):
    """ "The Velkopol training range" is also "Velkopol": the town's name is an alias of the site."""
    text = ("Paratroopers jumped and landing craft came ashore at the Velkopol training range on Ruritania's coast "
            "during the Baltic Shield 2024 exercise.\n")
    g = graph_of(pipeline, text, "2024-06-08")
    site = next(d for _, d in g.nodes(data=True) if d.get("name") == "Velkopol Training Range")
    assert "Velkopol" in site.get("aliases", [])
