"""A wide region the article names only in its headline or a subheading is no place of the article
(graph/entities/heading_places.py); one the body names too, or a city on a heading, stays."""
from __future__ import annotations

from tests.extracted import node_labels as _labels


def _places(pipeline, text: str) -> set[str]:
    return {n for label, n in _labels(pipeline, text) if label == "Place"}


def test_a_region_named_only_in_the_headline_names_no_place(pipeline):
    text = ("Chile Widens Its Role Across Latin America\n\n"
            "Chile has agreed to buy four frigates from Germany, its defence ministry said on Monday.")
    assert "Latin America" not in _places(pipeline, text)


def test_a_region_named_only_in_a_subheading_names_no_place(pipeline):
    text = ("Chile has agreed to buy four frigates from Germany, its defence ministry said on Monday.\n\n"
            "Beyond the Middle East\n\n"
            "The first ship is due in 2029, the ministry added.")
    assert "Middle East" not in _places(pipeline, text)


def test_a_region_the_body_names_too_stays(pipeline):
    text = ("Chile Widens Its Role Across Latin America\n\n"
            "Chile has agreed to buy four frigates from Germany, the largest naval order in Latin America "
            "this decade, its defence ministry said on Monday.")
    assert "Latin America" in _places(pipeline, text)


def test_a_city_in_the_headline_stays(pipeline):
    text = ("Frigate Deal Signed In Valparaiso\n\n"
            "Chile has agreed to buy four frigates from Germany, its defence ministry said on Monday.")
    assert any(p.startswith("Valpara") for p in _places(pipeline, text))
