"""Session 48 mend of makers48 and conflict48 (issue 10). Invented sentences through the real pipeline.

supply.py ``_part_goods``: a firm's goods are a part of another's platform only where the object names no platform
itself ("the Giraffe 4A radar" is a catalogued type, sold whole) and the sentence or the one before names a platform
it could be part of ("ordered two frigates"); an article on air defences that names none keeps the sale.
catalogued_dyads.py ``focal_dyad``: another named state (or its demonym) as the force verb's subject, its subject's
possessor or modifier, or its agent makes the force that state's: the unnamed article state is then no side."""
from __future__ import annotations

import pytest

from tests.extracted import text_edges


def _has(edges, source: str, type_: str, target: str) -> bool:
    return any(s == source and t == type_ and o == target for s, t, o in edges)


def _conflict(edges, a: str, b: str) -> bool:
    return any(t == "IN_CONFLICT_WITH" and {s, o} == {a, b} for s, t, o in edges)


@pytest.mark.parametrize("text,firm,state", [
    # a catalogued radar type is a whole thing sold, not a part
    ("Chile is rebuilding its air defences. Saab will supply the Giraffe 4A radar.", "Saab", "Chile"),
    ("Kuwait wants a new air defence network. Hensoldt will supply the TRML-4D radar.", "Hensoldt", "Kuwait"),
    # an electronic warfare system with no platform named nearby is sold whole to the article's state
    ("Tunisia is rebuilding its air defences near the Libyan border. Elbit Systems supplied the electronic warfare "
     "system last year.", "Elbit Systems", "Tunisia"),
])
def test_a_whole_system_with_no_platform_to_be_part_of_is_a_sale(pipeline, text, firm, state):
    edges = text_edges(pipeline, text, "2025-11-17")
    assert _has(edges, firm, "SUPPLIES", state), edges


_PAF = "The Philippine Air Force received six Black Hawk helicopters at Clark Air Base on Monday. "


@pytest.mark.parametrize("text", [
    _PAF + "U.S. drones struck Abu Sayyaf camps on Jolo last year.",
    _PAF + "American drones struck Abu Sayyaf camps on Jolo last year.",
    _PAF + "America's drones bombed Abu Sayyaf camps on Jolo last year.",
    _PAF + "Abu Sayyaf camps on Jolo were struck by U.S. drones last year.",
])
def test_another_state_s_force_sets_no_focal_conflict(pipeline, text):
    edges = text_edges(pipeline, text, "2025-11-17")
    assert not _conflict(edges, "Philippines", "Abu Sayyaf"), edges
