"""Kinds of operator and maker fact (issue 10): who operates a platform and who makes it, where the
text sets another party beside it (a buying ministry, the state a platform comes from, a year that looks
like a count) and where it names a maker or a user in a phrase of its own ("X from Company", "built by A
together with B", "relies on Y for Z", "the aircraft the navy has ordered"). Invented sentences about
other countries and platforms, through the real pipeline."""
from __future__ import annotations

import pytest

from tests.extracted import find_relation, text_relations

# --- precision: the party the sentence sets beside the platform is no operator ---

def test_a_ministry_that_buys_is_no_operator_its_state_is(pipeline):
    edges = text_relations(pipeline, "Norway's Ministry of Defence ordered twelve F-35 jets last year.")
    assert find_relation(edges, "Norway", "OPERATES", "F-35") is not None
    assert not any(t == "OPERATES" and "Ministry" in s for s, t, _ in edges)


def test_a_procurement_agency_is_no_operator(pipeline):
    edges = text_relations(pipeline, "Poland's Armament Agency signed for 96 AH-64E Apache helicopters.")
    assert not any(t == "OPERATES" and "Agency" in s for s, t, _ in edges)
    assert find_relation(edges, "Poland", "OPERATES", "Apache") is not None


@pytest.mark.parametrize("text, maker", [
    ("Egypt, for its part, flies French Rafale fighters as well as American F-16s.", "United States"),
    ("Egypt, for its part, flies French Rafale fighters as well as American F-16s.", "France"),
    ("Algeria bought Russian Su-30MKA fighters in 2006.", "Russia"),
])
def test_a_demonym_on_a_platform_another_state_flies_is_its_origin(pipeline, text, maker):
    edges = text_relations(pipeline, text)
    assert not any(t == "OPERATES" and s == maker for s, t, _ in edges)


def test_a_demonym_on_a_platform_in_action_still_names_its_user(pipeline):
    edges = text_relations(pipeline, "Two Russian Su-35 fighters escorted the bombers over the Sea of Japan.")
    assert find_relation(edges, "Russia", "OPERATES", "Su-35") is not None


def test_a_year_in_a_when_clause_is_no_count_of_the_platform_just_named(pipeline):
    text = ("The army has turned to Bayraktar TB2 drones to hit rebel positions. Mercenaries have fought in the "
            "country since 2019, when Estonia replaced French forces as the main partner.")
    edges = text_relations(pipeline, text)
    assert find_relation(edges, "Estonia", "OPERATES", "TB2") is None


def test_a_bare_number_still_stands_for_the_platform_just_named(pipeline):
    edges = text_relations(pipeline, "Kenya ordered twelve Bayraktar TB2 drones. Uganda also bought three.")
    assert find_relation(edges, "Uganda", "OPERATES", "TB2") is not None


# --- recall: operators named in a phrase of their own ---

def test_relies_on_a_supplier_for_platforms(pipeline):
    text = "Qatar still relies on the United States for the Patriot air defence batteries that guard its gas fields."
    edges = text_relations(pipeline, text)
    assert (find_relation(edges, "Qatar", "OPERATES", "Patriot") or {}).get("stage") == "in_service"
    assert (find_relation(edges, "United States", "SUPPLIES", "Qatar") or {}).get("stage") == "delivered"


def test_relies_on_a_supplier_for_other_goods_gives_no_supply(pipeline):
    edges = text_relations(pipeline, "Hungary relies on Russia for most of its gas and oil.")
    assert not any(t in {"SUPPLIES", "OPERATES"} for _, t, _ in edges)


def test_the_platform_a_relative_clause_on_its_apposition_says_was_ordered(pipeline):
    text = "At the show stood a Boeing P-8 Poseidon, the patrol aircraft the Royal Norwegian Air Force has ordered."
    edge = find_relation(text_relations(pipeline, text), "Royal Norwegian Air Force", "OPERATES", "P-8")
    assert edge is not None and edge.get("stage") == "ordered"


# --- recall: makers ---

def test_built_by_a_maker_together_with_a_partner(pipeline):
    text = "Finland chose NASAMS, built by Norway's Kongsberg together with the American firm Raytheon."
    edges = text_relations(pipeline, text)
    assert find_relation(edges, "Kongsberg", "MANUFACTURES", "NASAMS") is not None
    assert find_relation(edges, "Raytheon", "MANUFACTURES", "NASAMS") is not None


def test_a_platform_from_a_company_in_a_list_of_candidates(pipeline):
    text = "Latvia will pick one of two candidates: IRIS-T SLM from Diehl Defence of Germany; and VL MICA from MBDA France."
    edges = text_relations(pipeline, text)
    assert find_relation(edges, "Diehl", "MANUFACTURES", "IRIS-T SLM") is not None
    assert find_relation(edges, "MBDA", "MANUFACTURES", "VL MICA") is not None


def test_a_platform_bought_from_a_reseller_names_no_maker(pipeline):
    edges = text_relations(pipeline, "Ghana bought four Mi-17 helicopters from Rosoboronexport.")
    assert not any(t == "MANUFACTURES" and "Rosoboronexport" in s for s, t, _ in edges)


def test_built_under_licence_names_licensor_and_licensee(pipeline):
    text = "Mazagon Dock built six Scorpene-class submarines under licence from France's Naval Group."
    edges = text_relations(pipeline, text)
    assert (find_relation(edges, "Naval Group", "MANUFACTURES", "Scorp") or {}).get("role") == "developer"
    assert (find_relation(edges, "Mazagon", "MANUFACTURES", "Scorp") or {}).get("role") == "licensee"


def test_the_unnamed_air_arm_of_the_article_state_flies_its_helicopters(pipeline):
    text = ("Montenegro joined NATO in 2017. Its armed forces are small, and the tiny air arm flies a few "
            "Bell 412 helicopters.")
    assert find_relation(text_relations(pipeline, text), "Montenegro", "OPERATES", "Bell 412") is not None


def test_a_foreign_air_force_is_not_the_article_state(pipeline):
    text = ("Montenegro joined NATO in 2017. Over the Adriatic the Italian air force flies Eurofighter Typhoon "
            "jets on its behalf.")
    assert find_relation(text_relations(pipeline, text), "Montenegro", "OPERATES", "Typhoon") is None


def test_goods_a_plan_brought_in_from_a_supplier_are_no_force_bringing_its_own(pipeline):
    text = ("Units of the Vietnamese Navy joined the exercise. The plan also brought BrahMos shore batteries "
            "from India for the coast.")
    assert find_relation(text_relations(pipeline, text), "Vietnamese Navy", "OPERATES", "BrahMos") is None
