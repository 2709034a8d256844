"""Who operates and who supplies a platform (issue 10, session 18): kinds of miss and of false supply
counted over the sixteen development halves, each on invented sentences about other states, firms and
platforms, through the real pipeline."""
from __future__ import annotations

import pytest

from tests.extracted import has_staged as _has
from tests.extracted import staged_edges as _edges


@pytest.mark.parametrize("text, user, platform", [
    # a noun describing the platform (the copula's attribute) carries the clause
    ("The P-8, built by Boeing, is a maritime patrol aircraft the Indian Navy uses for surveillance.",
     "Indian Navy", "P-8"),
    ("The Leopard 2 is a tank that Chile operates.", "Chile", "Leopard 2"),
    ("The Gripen is a light fighter flown by Hungary and Thailand.", "Hungary", "Gripen"),
    ("The Gripen is a light fighter flown by Hungary and Thailand.", "Thailand", "Gripen"),
    # a noun set beside the platform carries it
    ("Kenya ordered the Gripen, a light fighter that Hungary also flies.", "Hungary", "Gripen"),
])
def test_a_clause_on_a_noun_describing_a_platform_names_its_user(pipeline, text, user, platform):
    assert _has(_edges(pipeline, text), user, "OPERATES", platform)


def test_a_later_verb_of_a_relative_clause_keeps_its_noun(pipeline):
    edges = _edges(pipeline, "The Bayraktar Akinci is a drone that carries heavy munitions and is flown by "
                             "Turkey's air force.")
    assert _has(edges, "Turkish Air Force", "OPERATES", "Akinci", "in_service")


def test_a_relative_clause_with_a_relative_pronoun_subject_names_no_user(pipeline):
    edges = _edges(pipeline, "The Gripen is a fighter that carries Meteor missiles and flies from short roads.")
    assert not any(t == "OPERATES" for _, t, _, _ in edges)


def test_goods_taken_into_a_forces_service_are_its(pipeline):
    edges = _edges(pipeline, "The F-16 was inducted into Chilean Air Force service in 2006.")
    assert _has(edges, "Chilean Air Force", "OPERATES", "F-16")


@pytest.mark.parametrize("text, user, platform, stage", [
    ("The Su-30 entered service with the Indian Air Force in 2002.", "Indian Air Force", "Su-30", "in_service"),
    ("The MiG-21 first entered Indian service in 1963.", "India", "MiG-21", "in_service"),
    ("The first of those F-16s entered Ukrainian service last summer.", "Ukraine", "F-16", "in_service"),
    ("The new F-35s will join the Polish Air Force's fleet next year.", "Polish Air Force", "F-35", "ordered"),
    ("The JF-17 fighters had entered the arsenal of the Azerbaijani Air Force.", "Azerbaijani Air Force", "JF-17",
     "delivered"),
    ("The Gripen should begin entering Finnish service the following year.", "Finland", "Gripen", "ordered"),
])
def test_a_platform_entering_a_forces_service_or_fleet_is_its(pipeline, text, user, platform, stage):
    assert _has(_edges(pipeline, text), user, "OPERATES", platform, stage)


def test_joining_an_alliance_is_no_entry_into_service(pipeline):
    edges = _edges(pipeline, "Sweden joined NATO in 2024, and Finland entered the alliance a year earlier.")
    assert not any(t == "OPERATES" for _, t, _, _ in edges)


def test_a_flying_verbs_pronoun_object_is_the_platform_just_named(pipeline):
    edges = _edges(pipeline, "India has ordered the C-390. The Brazilian Air Force flies it, and Portugal has "
                             "ordered five.")
    assert _has(edges, "Brazilian Air Force", "OPERATES", "C-390", "in_service")


def test_a_using_verbs_pronoun_object_may_be_anything(pipeline):
    edges = _edges(pipeline, "Chile bought the Leopard 2. Peru uses it to pressure its neighbours.")
    assert not _has(edges, "Peru", "OPERATES", "Leopard 2")


@pytest.mark.parametrize("text, buyer, platform", [
    ("Egypt bought the Rafale in February. Qatar signed for the jets in May.", "Qatar", "Rafale"),
    ("Iraq bought the KM-SAM. The United Arab Emirates signed for the system in 2022.", "United Arab Emirates",
     "KM-SAM"),
])
def test_what_one_signs_for_is_the_platform_just_named(pipeline, text, buyer, platform):
    assert _has(_edges(pipeline, text), buyer, "OPERATES", platform, "ordered")


def test_a_state_supplies_not_its_own_army(pipeline):
    edges = _edges(pipeline, "Canberra set up the agency to give the Australian Army its own supply of missiles.")
    assert not _has(edges, "Australia", "SUPPLIES", "Australian Army")


def test_the_type_that_replaces_a_retired_fleet_named_by_a_pronoun_is_the_holders(pipeline):
    edges = _edges(pipeline, "The Chilean Navy retired its last Lynx helicopters in 2015 and replaced them with the "
                             "SH-60 Seahawk.")
    assert _has(edges, "Chilean Navy", "OPERATES", "Seahawk", "in_service")
    assert _has(edges, "Chilean Navy", "OPERATES", "Lynx", "retired")


def test_a_maker_named_only_inside_the_goods_name_sells_nothing(pipeline):
    edges = _edges(pipeline, "Germany has bought Lockheed Martin C-130J Super Hercules aircraft.")
    assert _has(edges, "Germany", "OPERATES", "C-130")
    assert not any(t == "SUPPLIES" and "Lockheed" in s for s, t, _, _ in edges)


def test_a_maker_the_goods_are_bought_from_sells_them(pipeline):
    edges = _edges(pipeline, "Kenya has bought C-130J aircraft from Lockheed Martin.")
    assert _has(edges, "Lockheed Martin", "SUPPLIES", "Kenya")


def test_the_type_a_new_one_derives_from_is_no_successor(pipeline):
    edges = _edges(pipeline, "The Peruvian Navy retired its last Lynx helicopters and replaced them with the SH-60 "
                             "Seahawk, a naval derivative of the UH-60 Black Hawk.")
    assert _has(edges, "Peruvian Navy", "OPERATES", "Seahawk")
    assert not _has(edges, "Peruvian Navy", "OPERATES", "Black Hawk")


def test_a_maker_named_in_the_goods_name_and_as_an_actor_elsewhere_sells_them(pipeline):
    edges = _edges(pipeline, "Canada is buying the Boeing P-8A Poseidon. Boeing confirmed that Ottawa had signed a "
                             "letter of offer.")
    assert _has(edges, "Boeing", "SUPPLIES", "Canada")


@pytest.mark.parametrize("text, maker, made, other", [
    ("The new launcher uses the PrSM, the Lockheed Martin weapon that is replacing the older ATACMS.",
     "Lockheed Martin", "PrSM", "ATACMS"),
    ("The M142 HIMARS, built by Lockheed Martin, fires GPS-guided rockets and the ATACMS, a ballistic missile.",
     "Lockheed Martin", "HIMARS", "ATACMS"),
])
def test_a_platform_the_firms_goods_act_on_is_not_said_to_be_its(pipeline, text, maker, made, other):
    edges = _edges(pipeline, text)
    assert _has(edges, maker, "MANUFACTURES", made)
    assert not _has(edges, maker, "MANUFACTURES", other)


def test_a_firm_tied_to_its_platform_by_a_verb_of_no_acting_still_makes_it(pipeline):
    edges = _edges(pipeline, "The first Gripen will join Saab's test fleet in Linkoping.")
    assert _has(edges, "Saab", "MANUFACTURES", "Gripen")
