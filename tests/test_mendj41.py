"""A name after "known/named as" is a second name of the thing only when it is the whole complement
(graph/entities/called_names.py): the possessor of a noun after it ("known as X's deputy"), a word of a longer noun
phrase ("known as the X radar plant") and a post given by an appointer ("named by Kyiv as X's successor") fold
nothing, so both entities stay. Sentences invented for this mend (mendj41)."""
from __future__ import annotations

import pytest

from tests.extracted import graph_of, relations_in

_D = "2025-04-08"


def _nodes(graph) -> set[str]:
    return {d["name"] for _, d in graph.nodes(data=True) if d.get("label") != "Document"}


@pytest.mark.parametrize("text,kept", [
    ("Olena Marchuk, known as Volodymyr Zelensky's closest aide, met NATO officials in Brussels on Monday.",
     "Olena Marchuk"),
    ("Latvian firm Origin Robotics, known as Saab's largest subcontractor, builds drone wings in Riga.",
     "Origin Robotics"),
    ("Tallinn Armour Works, known as the Patria vehicle plant, doubled its output in Estonia.", "Tallinn Armour Works"),
    ("General Petro Yatsenko, named by Kyiv as Valerii Zaluzhnyi's replacement, visited Kharkiv on Friday.",
     "Petro Yatsenko"),
])
def test_a_possessor_a_modifier_or_a_post_keeps_both(pipeline, text, kept):
    nodes = _nodes(graph_of(pipeline, text, _D))
    assert any(kept in n for n in nodes), nodes


def test_an_appointed_successor_keeps_his_command(pipeline):
    edges = relations_in(graph_of(pipeline, "Major General Ivan Koval, named by Kyiv as Oleksandr Syrskyi's "
                                            "successor, took command of the Ukrainian army on Monday.", _D))
    assert any(t == "LEADS" and "Koval" in s for (s, t, _o) in edges), edges
