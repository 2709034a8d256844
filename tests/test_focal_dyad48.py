"""Session 48: the article's own state, unnamed in a sentence of force against the foe ``conflict_dyads.csv``
pairs with it, is the other side (``catalogued_dyads.focal_dyad``): an article on a state's aircraft or
forces tells their fight without naming the state again. Not for words of sanction or tension
(``conflict.unforced_cues``), not for a foe no row pairs with the state, not where another named state is
also at war with the foe, not where the article names the state's whole military. Invented sentences."""
from __future__ import annotations

import pytest

from tests.extracted import text_edges

_OPENING = "Nigeria's air force took delivery of six new helicopters at Kaduna on Monday. "


def _conflict(edges, a: str, b: str) -> bool:
    return any(t == "IN_CONFLICT_WITH" and {s, o} == {a, b} for s, t, o in edges)


@pytest.mark.parametrize("text,a,b", [
    (_OPENING + "The helicopters will join the strikes against Boko Haram in the north-east.", "Nigeria", "Boko Haram"),
    (_OPENING + "Its older jets have been worn down by years of fighting Boko Haram around Maiduguri.",
     "Nigeria", "Boko Haram"),
    (_OPENING + "The army has pressed its offensive against the Islamic State West Africa Province around Lake Chad.",
     "Nigeria", "Islamic State West Africa Province"),
])
def test_unnamed_focal_state_fights_its_catalogued_foe(pipeline, text, a, b):
    edges = text_edges(pipeline, text, "2024-06-01")
    assert _conflict(edges, a, b), edges


@pytest.mark.parametrize("text,a,b", [
    # a word of sanction, no force
    (_OPENING + "Sanctions on the financiers of Boko Haram were tightened last year.", "Nigeria", "Boko Haram"),
    # a foe no row pairs with the article's state
    (_OPENING + "The helicopters once took part in strikes against al-Shabaab as a loan to another air force.",
     "Nigeria", "Al-Shabaab"),
    # another named state at war with the same foe may be the fighter
    (_OPENING + "Niger's army launched a new offensive against Boko Haram near Diffa last week.",
     "Nigeria", "Boko Haram"),
    # the article names the state's whole military: its fights are the military's, not the unnamed state's
    ("Nigeria's air force took delivery of six new helicopters at Kaduna on Monday, a spokesman for the Nigerian Army "
     "said. The helicopters will join the strikes against Boko Haram in the north-east.", "Nigeria", "Boko Haram"),
])
def test_no_focal_conflict(pipeline, text, a, b):
    edges = text_edges(pipeline, text, "2024-06-01")
    assert not _conflict(edges, a, b), edges
