"""Session 49: a catalogued war whose sides never fought each other (``cues.yaml`` ``known_wars.unfought``: the
Cold War) states no conflict between its sides and no part taken in it, where a fought war still does.
Invented sentences."""
from __future__ import annotations

import pytest

from tests.extracted import text_edges


def _conflict(edges, a: str, b: str) -> bool:
    return any(t == "IN_CONFLICT_WITH" and {s, o} == {a, b} for s, t, o in edges)


@pytest.mark.parametrize("text", [
    "The Soviet bombers that once probed the coast are gone, and Washington has kept only a small base there since "
    "the end of the Cold War.",
    "A Soviet-built destroyer moored in the harbour on Monday reminded officials in Washington of the Cold War.",
])
def test_cold_war_sides_not_in_conflict(pipeline, text):
    edges = text_edges(pipeline, text, "2024-06-01")
    assert not _conflict(edges, "Soviet Union", "United States"), edges
    assert not any(t == "PARTICIPATED_IN" and o == "Cold War" for _, t, o in edges), edges


def test_fought_war_sides_still_in_conflict(pipeline):
    text = "The frigate served in the Falklands War, and Argentina and the United Kingdom still argue over its record."
    edges = text_edges(pipeline, text, "2024-06-01")
    assert _conflict(edges, "Argentina", "United Kingdom"), edges
