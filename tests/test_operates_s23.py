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
    ("The biggest purchase, 20 Rafale fighters to replace the Hellenic Air Force's Mirage 2000 jets, was signed "
     "in January.", "Hellenic Air Force", "Rafale", "ordered"),
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


@pytest.mark.parametrize("text, user, platform, stage", [
    ("The Ruritanian Army grounded its Puma fleet in May. The army's replacement is the NH90, twelve of which "
     "are on order.", "Ruritanian Army", "NH90", "ordered"),
    ("The Spanish Army's successor to the M113 is still undecided.", "Spanish Army", "M113", "in_service"),
])
def test_a_replacement_belongs_to_its_possessor(pipeline, text, user, platform, stage):
    assert _has(_edges(pipeline, text), user, "OPERATES", platform, stage)


def test_a_replacement_without_an_owner_gives_no_user(pipeline):
    edges = _edges(pipeline, "Saab offers the Gripen E as a replacement for the F-16.")
    assert not any(t == "OPERATES" and "F-16" in o for _, t, o, _ in edges)


@pytest.mark.parametrize("text, user, platform", [
    ("Peru will become the fourth country to fly the KF-21, after South Korea, Indonesia and Poland.", "Indonesia",
     "KF-21"),
    ("The deal makes Morocco the second state in Africa, after Egypt, to operate the Rafale.", "Egypt", "Rafale"),
    ("Chile signed for the KAI T-50 on Monday. Chile will be the fifth country to fly the model, after South "
     "Korea, Indonesia, Iraq and Thailand.", "Iraq", "T-50"),
])
def test_the_states_a_ranked_user_follows_hold_the_type(pipeline, text, user, platform):
    assert _has(_edges(pipeline, text), user, "OPERATES", platform)


def test_states_after_which_something_else_happened_are_no_users(pipeline):
    edges = _edges(pipeline, "After talks with Egypt, Morocco became the first country to fly the Rafale in Africa.")
    assert not any(s == "Egypt" and t == "OPERATES" for s, t, _, _ in edges)


def test_a_state_sending_its_own_tanks_to_another_gives_them_away(pipeline):
    edges = _edges(pipeline, "Spain said on Monday that it would send its Leopard 2A4 tanks to Ukraine.")
    assert not any(s == "Spain" and t == "OPERATES" for s, t, _, _ in edges)
    assert _has(edges, "Ukraine", "OPERATES", "Leopard 2")


def test_a_state_sending_its_own_tanks_to_a_place_keeps_them(pipeline):
    edges = _edges(pipeline, "Spain sent its Leopard 2A4 tanks to the Baltic in 2019.")
    assert _has(edges, "Spain", "OPERATES", "Leopard 2")


def test_goods_sent_abroad_for_overhaul_are_not_supplied(pipeline):
    edges = _edges(pipeline, "The air force sent four Mi-17 helicopters to Russia for overhaul last year.")
    assert not any(t in {"SUPPLIES", "OPERATES"} and "Russia" in (s, o) for s, t, o, _ in edges)
