"""A second name the text gives a thing right beside its first ("X, known as Z", "X, known by its initials as
Z", "X, or Z,", "Z, as X is known") is an alias of that thing, not a node of its own
(graph/entities/called_names.py); a clause that says what a thing is known for names nothing."""
from __future__ import annotations

from tests.extracted import graph_of


def _nodes(pipeline, text: str) -> dict[str, tuple[str, set[str]]]:
    g = graph_of(pipeline, text)
    return {d["name"]: (d["label"], set(d.get("aliases") or ())) for _, d in g.nodes(data=True)
            if d.get("label") != "Document"}


def test_a_nom_de_guerre_is_the_person_s_alias(pipeline):
    nodes = _nodes(pipeline, "DAVAO, March 4, 2021 - Troops killed Ramon Villaverde, known as Ka Tonyo, a senior "
                             "commander of the rebel group, in a clash in the hills, the army said.")
    assert "Ka Tonyo" not in nodes and "Ka Tonyo" in nodes["Ramon Villaverde"][1]


def test_initials_named_in_a_clause_are_the_body_s_alias(pipeline):
    nodes = _nodes(pipeline, "TASHKENT, May 2, 2024 - Mirziyoyev named a general as chairman of the National Guard "
                             "Service, known by its Uzbek initials as the MGX, on Monday.")
    assert "MGX" not in nodes
    assert any(label == "GovernmentBody" and "MGX" in aliases for label, aliases in nodes.values())


def test_what_a_state_is_known_for_folds_nothing(pipeline):
    nodes = _nodes(pipeline, "BOGOTA, July 1, 2023 - Colombia, known for its coffee, signed a deal with Sweden for "
                             "Gripen fighters.")
    assert {"Colombia", "Sweden"} <= set(nodes) and nodes["Colombia"][0] == "Country"
