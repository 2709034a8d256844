"""names40: a lone word of a person's name joins one person, the same on every run.

A lone "Kim" in an article that names "Kim Jong Un" (catalogued, surname first) and two uncatalogued Kims of the
same length joined whichever of the two a set gave first: Python's hash seed chose, so two runs of one article
disagreed. Now the person the text named first before the lone word wins (the rule a shared surname already
follows), the catalogued person among them; with none named before it (a headline), the one named first after it,
then the longest name, then the first in alphabetical order. Invented sentences through the real pipeline.
"""
from __future__ import annotations

import pytest

from graph.entities.resolve import _first_named
from tests.extracted import graph_maker

graph_of = graph_maker("2024-10-10")


def _aliases(pipeline, text: str) -> dict[str, set[str]]:
    g = graph_of(pipeline, text)
    return {d["name"]: set(d.get("aliases") or []) for _, d in g.nodes(data=True) if d.get("label") == "Person"}


@pytest.mark.parametrize("text", [
    "Kim opens a submarine yard\n\nKim Jong Un opened the new shipyard in Sinpo on Tuesday. Kim Il Bong and Kim Su Bin, "
    "two of his ministers, toured the halls with him.",
    "Kim Jong Un watched the drill from a stand in Wonsan on Thursday. Beside him stood Kim Ra Hee, a party "
    "secretary, and Kim Su Bin, an army general. Kim told the crews their rockets could reach any target.",
    "Kim Jong Un opened the new factory in Sinpo. Kim Ra Hee and Kim Su Bin, two of his ministers, toured the "
    "halls with him. Kim said the shipyard would build two more submarines.",
])
def test_a_lone_given_first_surname_joins_the_person_named_first(pipeline, text):
    people = _aliases(pipeline, text)
    owners = [name for name, aliases in people.items() if "Kim" in aliases]
    assert owners == ["Kim Jong Un"], people


@pytest.mark.parametrize("names,first_at,before,expected", [
    (["Kim Ra Hee", "Kim Su Bin"], {"Kim Ra Hee": 90, "Kim Su Bin": 10}, 50, "Kim Su Bin"),
    (["Kim Ra Hee", "Kim Su Bin"], {"Kim Ra Hee": 90, "Kim Su Bin": 80}, 50, "Kim Su Bin"),
    (["Kim Ra Hee", "Kim Su Bin"], {"Kim Ra Hee": 90}, 50, "Kim Ra Hee"),
    (["Kim Su Bin", "Kim Ra Hee"], {}, 50, "Kim Ra Hee"),
    (["Anna Maria Berg", "Anna Berg"], {}, 50, "Anna Maria Berg"),
    ([], {}, 50, None),
])
def test_first_named_is_the_same_on_every_order(names, first_at, before, expected):
    assert _first_named(names, first_at, before) == expected
    assert _first_named(list(reversed(names)), first_at, before) == expected


@pytest.mark.parametrize("text,owner", [
    ("Marshall Webb, the head of the training command, testified before Senator Roger Marshall. Marshall asked why "
     "pilot training had slowed.", "Roger Marshall"),
    ("Brandt Keller, a colonel, briefed Minister Tomas Brandt in Vienna on Friday. Brandt said the radars would "
     "arrive in May.", "Tomas Brandt"),
])
def test_a_lone_surname_beats_an_earlier_given_name(pipeline, text, owner):
    people = _aliases(pipeline, text)
    owners = [name for name, aliases in people.items() if text.split(". ")[-1].split()[0] in aliases]
    assert owners == [owner], people
