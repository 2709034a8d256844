"""Membership said by nouns, confirmed by the membership data: member states, fellow members, a state's
membership of a bloc, countries that belong to it, a partner "in" a bloc, a bloc named as a state's
grouping with others; and the frames that name no member ("a partner of NATO"); invented sentences."""
from __future__ import annotations

from functools import partial

from tests.extracted import text_edges

edges_of = partial(text_edges, published="2024-05-10", date_source=None)
NATO, QUAD = "North Atlantic Treaty Organization", "Quadrilateral Security Dialogue"


def members(edges):
    return {(s, o) for s, t, o in edges if t == "MEMBER_OF"}


def test_member_states_named_after_the_noun(pipeline):
    text = "The SCO member states Kazakhstan and Tajikistan signed the declaration."
    found = members(edges_of(pipeline, text))
    assert {("Kazakhstan", "Shanghai Cooperation Organisation"), ("Tajikistan", "Shanghai Cooperation Organisation")} <= found


def test_a_states_membership_of_a_bloc(pipeline):
    text = "Sweden's membership of NATO was approved in March."
    assert ("Sweden", NATO) in members(edges_of(pipeline, text))


def test_countries_that_belong_to_a_bloc(pipeline):
    text = "Countries that belong to the Shanghai Cooperation Organisation, such as Kazakhstan and India, met in Astana."
    assert ("Kazakhstan", "Shanghai Cooperation Organisation") in members(edges_of(pipeline, text))


def test_a_partner_in_a_bloc_and_its_owner(pipeline):
    text = "India sent soldiers to the drills. It was a gesture towards Japan, its partner in the Quad."
    assert ("Japan", QUAD) in members(edges_of(pipeline, text))


def test_an_ally_within_a_bloc(pipeline):
    text = "Italy, an ally within NATO, sent observers."
    assert ("Italy", NATO) in members(edges_of(pipeline, text))


def test_a_partner_of_a_bloc_is_no_member(pipeline):
    text = "Japan, a partner of NATO, sent observers."
    assert ("Japan", NATO) not in members(edges_of(pipeline, text))


def test_a_bloc_named_as_a_grouping_with_states(pipeline):
    text = "India and the United States described the Quad, their grouping with Japan and Australia, as central."
    found = members(edges_of(pipeline, text))
    assert {("Japan", QUAD), ("Australia", QUAD), ("India", QUAD), ("United States", QUAD)} <= found


def test_a_grouping_with_a_state_the_data_does_not_list(pipeline):
    text = "India described the Quad, its grouping with Japan, Australia and Indonesia, as central."
    assert ("Indonesia", QUAD) not in members(edges_of(pipeline, text))


def test_partner_in_a_bloc_the_parser_leaves_off_its_name(pipeline):
    text = ("Japan protested. India stayed out of the naval drills, a decision widely read as a gesture "
            "towards Tokyo, its partner in the Quad.")
    assert ("Japan", QUAD) in members(edges_of(pipeline, text))
