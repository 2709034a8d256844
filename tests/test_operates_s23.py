"""The holder of a type that gives way to a new one (issue 10, session 23: OPERATES misses pooled over the
development halves): its possessor, the subject of a relative clause of flying on it, the service it is
"in", hold the old type and take the new one. Invented sentences through the real pipeline."""
from __future__ import annotations

import pytest

from tests.extracted import has_staged as _has
from tests.extracted import staged_edges as _edges


@pytest.mark.parametrize("text, user, new, stage", [
    ("Ruritania signed for ten Gripen jets for the Ruritanian Air Force last week. The Gripens will take over "
     "from the air force's MiG-29 fighters, which have flown since 1994.", "Ruritanian Air Force", "Gripen",
     "ordered"),
    ("Norway ordered new tanks for the Norwegian Army. The K2 will replace the Leopard 2A4 tanks that the "
     "army has used since the 1990s.", "Norwegian Army", "K2", "ordered"),
])
def test_the_new_type_goes_to_the_holder_of_the_one_it_replaces(pipeline, text, user, new, stage):
    assert _has(_edges(pipeline, text), user, "OPERATES", new, stage)


@pytest.mark.parametrize("text, user, old", [
    ("Lisbon has bought six P-8A Poseidon aircraft for the Portuguese Air Force. The Poseidons will take over "
     "from the P-3C Orion, which the air force has flown for thirty years.", "Portuguese Air Force", "P-3"),
    ("Delhi is funding the Tejas Mk2 for the Indian Air Force. The jet is meant to replace several older "
     "types in the air force, including Mirage 2000s and Jaguars.", "Indian Air Force", "Jaguar"),
])
def test_the_holder_of_the_type_that_gives_way_still_flies_it(pipeline, text, user, old):
    assert _has(_edges(pipeline, text), user, "OPERATES", old, "in_service")


def test_a_type_no_one_is_said_to_hold_gets_no_holder(pipeline):
    edges = _edges(pipeline, "The Gripen E will replace the older Gripen C, Saab said.")
    assert not any(t == "OPERATES" for _, t, _, _ in edges)


def test_a_country_the_old_type_is_in_is_where_it_is_not_its_holder(pipeline):
    edges = _edges(pipeline, "A new helicopter is to replace the British Army's Gazelles in Cyprus from 2028.")
    assert not any(s == "Cyprus" and t == "OPERATES" for s, t, _, _ in edges)
