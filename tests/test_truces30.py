"""A truce is made between sides at war: its "between" parties and the pair modifying it are in conflict
(session 30; ANNOTATION.md: a ceasefire makes a required IN_CONFLICT_WITH). Not its broker, not one
side's own truce, not a denied one. Invented sentences."""
from __future__ import annotations

import pytest

from tests.extracted import text_edges


def _conflict(edges, a: str, b: str) -> bool:
    return any(t == "IN_CONFLICT_WITH" and {s, o} == {a, b} for s, t, o in edges)


@pytest.mark.parametrize("text,a,b", [
    ("The ceasefire between Ethiopia and Eritrea held through the winter.", "Ethiopia", "Eritrea"),
    ("A truce brokered by Qatar between Israel and Hamas took effect on Sunday.", "Israel", "Hamas"),
    ("The Israel-Hamas ceasefire held for a second week.", "Israel", "Hamas"),
])
def test_truce_sides_are_in_conflict(pipeline, text, a, b):
    edges = text_edges(pipeline, text, "2024-05-02")
    assert _conflict(edges, a, b), edges


@pytest.mark.parametrize("text,a,b", [
    ("A ceasefire brokered by Qatar between Israel and Hamas took effect on Sunday.", "Qatar", "Israel"),
    ("Russia declared a ceasefire in Ukraine for Easter, Turkey said.", "Russia", "Turkey"),
    ("There is no ceasefire between Sudan and Chad.", "Sudan", "Chad"),
    ("Fresh shelling by Eritrea strained the Qatar-brokered truce.", "Qatar", "Eritrea"),
])
def test_no_conflict_for_broker_or_denied_truce(pipeline, text, a, b):
    edges = text_edges(pipeline, text, "2024-05-02")
    assert not _conflict(edges, a, b), edges
