"""Session 46 (operates46): the demonym of a type's own maker state names the type's user where the maker
reading is declined (the type's phrase is its clause's subject, or goes on with a noun of a force's units), not
where another state the operator table lists for the type is named, nor in a headline. Invented sentences."""
from __future__ import annotations

import pytest

from tests.extracted import text_edges

DAY = "2024-05-14"


def _edge(edges, kind: str, a: str, b: str) -> bool:
    return any(t == kind and s == a and o == b for s, t, o in edges)


@pytest.mark.parametrize("text,a,b", [
    ("On Tuesday a Chinese J-16 fighter cut across the bow of a Canadian patrol plane over the Yellow Sea.",
     "China", "J-16"),
    ("Swedish Gripen fighters will lead the air part of the exercise next month.", "Sweden", "Gripen"),
    ("Lithuanian NASAMS batteries trained beside American Patriot units near the border.", "United States",
     "Patriot"),
])
def test_maker_demonym_user(pipeline, text, a, b):
    edges = text_edges(pipeline, text, DAY)
    assert any(t == "OPERATES" and s == a and b in o for s, t, o in edges), edges


@pytest.mark.parametrize("text,a,b", [
    # another state the operator table lists for the type: the goods are the buyer's
    ("The first American Abrams tanks have reached Poland, where crews began training at once.", "United States",
     "Abrams"),
    # a maker's word in words of its own
    ("Egypt bought the French-made Rafale fighters in 2015.", "France", "Rafale"),
])
def test_maker_demonym_not_user(pipeline, text, a, b):
    edges = text_edges(pipeline, text, DAY)
    assert not any(t == "OPERATES" and s == a and b in o for s, t, o in edges), edges


@pytest.mark.parametrize("text,a,b", [
    # goods on show or in a deal: the demonym names where they come from
    ("At the parade in Baku an Israeli Heron drone was also on show beside the tanks.", "Israel", "Heron"),
    ("Officials said the American Patriot could not be delivered before 2028.", "United States", "Patriot"),
])
def test_maker_demonym_goods(pipeline, text, a, b):
    edges = text_edges(pipeline, text, DAY)
    assert not any(t == "OPERATES" and s == a and b in o for s, t, o in edges), edges


def test_maker_demonym_relative_subject(pipeline):
    text = "Investigators said a Russian Kh-101 cruise missile that came down in a field had flown over the border."
    edges = text_edges(pipeline, text, DAY)
    assert any(t == "OPERATES" and s == "Russia" and "Kh-101" in o for s, t, o in edges), edges


def test_maker_demonym_relative_goods(pipeline):
    text = "The American Abrams tanks that arrived in the port last week are the first of 250."
    edges = text_edges(pipeline, text, DAY)
    assert not any(t == "OPERATES" and s == "United States" and "Abrams" in o for s, t, o in edges), edges
