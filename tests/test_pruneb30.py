"""Precision by rule, second round (session 30): a demonym before a platform as its maker, a lead's
venue, and "together with" ties; invented sentences."""
from __future__ import annotations

from functools import partial

from graph.relations.passes.native_users import drop_native_users
from graph.relations.relation import Relation
from tests.extracted import text_edges

edges_of = partial(text_edges, published="2025-03-14", date_source=None)


def typed(edges, kind):
    return {(s, o) for s, t, o in edges if t == kind}


def test_demonym_before_a_platform_in_a_choice_names_its_maker(pipeline):
    text = "Morocco chose the American Patriot over the German IRIS-T SLM after a two-year contest."
    assert ("Germany", "IRIS-T SLM") in typed(edges_of(pipeline, text), "MANUFACTURES")


def test_demonym_before_a_platform_that_is_the_subject_names_no_maker(pipeline):
    for text in ("The minister said the American Patriot could not be delivered quickly enough.",
                 "Swedish Gripen fighters will be at the centre of the air activity."):
        assert not typed(edges_of(pipeline, text), "MANUFACTURES"), text


def _rel(source: str, type_: str, target: str, rule: str, start: int = 0) -> Relation:
    return Relation(source, type_, target, {"start": start}, 0.6, rule)


def test_demonym_of_the_platforms_user_names_no_maker():
    made = _rel("Country:united_states", "MANUFACTURES", "Platform:f_16", "native-maker")
    flown = _rel("Country:united_states", "OPERATES", "Platform:f_16", "operates", start=120)
    assert drop_native_users([made, flown]) == [flown]
    stated = _rel("Country:united_states", "MANUFACTURES", "Platform:f_16", "made-in")
    assert drop_native_users([stated, flown]) == [stated, flown]
    other = _rel("Country:chile", "OPERATES", "Platform:f_16", "operates", start=120)
    assert drop_native_users([made, other]) == [made, other]
    same = _rel("Country:united_states", "OPERATES", "Platform:f_16", "fleet")  # one demonym read both ways
    assert drop_native_users([made, same]) == [made, same]


def test_summit_lead_place_of_a_partys_doings_is_no_venue(pipeline):
    text = ("Leaders of the African Union met in Addis Ababa on Saturday for their annual summit and called for "
            "an end to Russia's war in Ukraine.")
    assert {o for _, o in typed(edges_of(pipeline, text), "HELD_IN")} == {"Addis Ababa"}


def test_ceremony_lead_place_of_an_arrival_is_no_venue(pipeline):
    text = ("The first two of Peru's new KF-21 fighters touched down at Las Palmas air base on Monday, and the "
            "president welcomed them at a ceremony. A third jet stayed behind in the Azores because of a fault.")
    held = typed(edges_of(pipeline, text), "HELD_IN")
    assert not any(o == "Azores" for _, o in held)


def test_together_with_ties_like_with_like(pipeline):
    text = "Paratroopers of the US Army's 82nd Airborne Division jumped near Seville on Tuesday together with Spanish paratroopers."
    ties = typed(edges_of(pipeline, text), "COOPERATES_WITH")
    assert not any("Spain" in pair for pair in ties)
    text = "Saab entered the competition in March together with Kongsberg, against bids from Leonardo and Thales."
    assert typed(edges_of(pipeline, text), "COOPERATES_WITH") & {("Kongsberg", "Saab"), ("Saab", "Kongsberg")}


def test_officer_handed_over_from_is_not_of_the_successors_service(pipeline):
    text = ("Colonel Ana Ruiz, who took over the wing from Colonel Pedro Gil on Monday, said the Chilean Air Force "
            "would fly the new jets from March.")
    affiliated = typed(edges_of(pipeline, text), "AFFILIATED_WITH")
    assert ("Pedro Gil", "Chilean Air Force") not in affiliated


def test_officer_handed_over_from_whose_own_clause_names_the_service(pipeline):
    text = ("Colonel Ana Ruiz takes over the wing from Colonel Pedro Gil, who will leave the Chilean Air Force "
            "after 30 years.")
    assert ("Pedro Gil", "Chilean Air Force") in typed(edges_of(pipeline, text), "AFFILIATED_WITH")
