"""Who operates and who supplies a platform (issue 10, session 12): kinds of miss found on the fresh9
articles and counted over the ten development halves, each on invented sentences about other states,
firms and platforms, through the real pipeline."""
from __future__ import annotations

import pytest

from tests.extracted import has_staged as _has
from tests.extracted import staged_edges as _edges


@pytest.mark.parametrize("text", [
    "The plant also builds K2 tanks for Peru, Morocco and Romania.",
    "Strikes slowed the Changwon line, which also builds K2 tanks for Peru, Morocco and Romania.",
])
def test_what_an_unnamed_works_builds_for_states_is_theirs(pipeline, text):
    edges = _edges(pipeline, text)
    for state in ("Peru", "Morocco", "Romania"):
        assert _has(edges, state, "OPERATES", "K2")
    assert not any(t == "MANUFACTURES" and s in {"Peru", "Morocco", "Romania"} for s, t, _, _ in edges)


def test_a_demonym_platform_as_the_doer_of_a_passive_action_is_that_states(pipeline):
    edges = _edges(pipeline, "Three balloons were shot down by Greek Mirage 2000 jets and Turkish F-16s on Friday.")
    assert _has(edges, "Greece", "OPERATES", "Mirage 2000")
    assert _has(edges, "Turkey", "OPERATES", "F-16")


def test_a_demonym_platform_as_a_passive_patient_of_no_action_names_no_operator(pipeline):
    edges = _edges(pipeline, "The deal was described by Greek officials as a turning point.")
    assert not any(t == "OPERATES" for _, t, _, _ in edges)


@pytest.mark.parametrize("text, owner", [
    ("Peru's contribution to the drills includes the frigate BAP Bolognesi, two Mi-17 helicopters and C-27J "
     "Spartan transports.", "Peru"),
    ("On the Peruvian side are Mi-17 helicopters, C-27J Spartan transports and the frigate BAP Bolognesi.", "Peru"),
])
def test_what_a_states_share_of_a_joint_force_is_made_of_it_operates(pipeline, text, owner):
    edges = _edges(pipeline, text)
    assert _has(edges, owner, "OPERATES", "C-27J", "in_service")
    assert _has(edges, owner, "OPERATES", "Bolognesi", "in_service")


def test_a_service_represented_by_ships_operates_them(pipeline):
    edges = _edges(pipeline, "The Indian navy is represented by the destroyer INS Kolkata and the frigate INS Talwar.")
    assert _has(edges, "Indian Navy", "OPERATES", "Kolkata")
    assert _has(edges, "Indian Navy", "OPERATES", "Talwar")


def test_a_share_list_ends_where_another_states_clause_begins(pipeline):
    edges = _edges(pipeline, "The Spanish contingent comprises six Eurofighter Typhoon jets, but Italy has kept its "
                             "Tornado jets at home.")
    assert _has(edges, "Spain", "OPERATES", "Eurofighter")
    assert not _has(edges, "Spain", "OPERATES", "Tornado")


def test_a_states_share_goes_to_its_armed_forces_when_the_article_names_them(pipeline):
    edges = _edges(pipeline, "The Armed Forces of the Philippines hosted the drills. On the Philippine side are "
                             "A-29 Super Tucano attack aircraft and Black Hawk helicopters.")
    assert _has(edges, "Armed Forces of the Philippines", "OPERATES", "Super Tucano")
    assert ("Philippines", "OPERATES", "Embraer EMB 314 Super Tucano", "in_service") not in edges


def test_the_class_before_a_named_ship_in_a_share_is_not_listed_apart(pipeline):
    edges = _edges(pipeline, "Canada's contribution includes the Halifax-class frigate HMCS Montreal and two "
                             "CH-148 Cyclone helicopters.")
    assert _has(edges, "Canada", "OPERATES", "Montreal")
    assert not any(t == "OPERATES" and "Halifax-class" in o for _, t, o, _ in edges)


@pytest.mark.parametrize("text, state, platform", [
    ("Export customers for the K9 include Poland, Norway and Egypt.", "Norway", "K9"),
    ("Pakistan is the only foreign customer of the JF-17.", "Pakistan", "JF-17"),
    ("The Gripen's operators include Hungary, the Czech Republic and Thailand.", "Thailand", "Gripen"),
])
def test_the_named_customers_of_a_type_operate_it(pipeline, text, state, platform):
    assert _has(_edges(pipeline, text), state, "OPERATES", platform, "in_service")


def test_a_firms_named_customer_is_supplied_by_it(pipeline):
    edges = _edges(pipeline, "The fighter is built by Saab, whose only export customer for the fighter so far is Brazil.")
    assert _has(edges, "Saab", "SUPPLIES", "Brazil")


def test_prospective_customers_are_neither_supplied_nor_operators(pipeline):
    edges = _edges(pipeline, "Potential customers for the KF-21 include Poland and Peru.")
    assert not any(t in {"OPERATES", "SUPPLIES"} for _, t, _, _ in edges)


def test_a_state_set_beside_customer_noun_is_that_customer(pipeline):
    assert _has(_edges(pipeline, "Brazil, the Gripen's first export customer, received its jets in 2022."),
                "Brazil", "OPERATES", "Gripen")
    edges = _edges(pipeline, "Sweden, a possible buyer of the K9, said nothing.")
    assert not any(t == "OPERATES" for _, t, _, _ in edges)
