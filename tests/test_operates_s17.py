"""Who operates and who makes a platform (issue 10, session 17): the users a relative clause lists and the
state that joins them ("joins a group of K9 users that includes X"); the firm a platform's phrase comes "from";
"a type built by X" beside a platform's noun; goods a service sends "along with" others; platforms an armed
service shows or puts up; a bare "the army's" in an article about one state. Invented sentences through the
real pipeline."""
from __future__ import annotations

import pytest

from tests.extracted import find_relation, text_relations


def test_users_a_relative_clause_lists_and_the_state_joining_them_operate_the_type(pipeline):
    edges = text_relations(pipeline, "Estonia has joined a club of K9 users that already includes Finland, Norway "
                                     "and Poland.")
    for state in ("Estonia", "Finland", "Norway", "Poland"):
        assert find_relation(edges, state, "OPERATES", "K9")


def test_a_state_that_does_not_join_the_users_operates_nothing(pipeline):
    edges = text_relations(pipeline, "Peru did not join the K9 operators.")
    assert not find_relation(edges, "Peru", "OPERATES", "K9")


def test_the_firm_a_platform_comes_from_makes_it(pipeline):
    edges = text_relations(pipeline, "The flypast showed A-29 Super Tucano light attack aircraft from Brazil's "
                                     "Embraer.")
    assert find_relation(edges, "Embraer", "MANUFACTURES", "Super Tucano")


def test_a_state_a_platform_comes_from_is_no_maker(pipeline):
    edges = text_relations(pipeline, "The army received Leopard 2 tanks from Germany.")
    assert not find_relation(edges, "Germany", "MANUFACTURES", "Leopard 2")


def test_a_type_built_by_a_firm_beside_the_platform_noun(pipeline):
    edges = text_relations(pipeline, "The squadron flies Super Tucano aircraft, a type developed by Embraer.")
    assert find_relation(edges, "Embraer", "MANUFACTURES", "Super Tucano")


def test_goods_sent_along_with_others_to_an_exercise_are_the_sender_s(pipeline):
    edges = text_relations(pipeline, "Exercise Sea Breeze 2024 opened off Odesa. The Turkish Navy sent the frigate "
                                     "TCG Gediz along with a P-72 maritime patrol aircraft.")
    assert find_relation(edges, "Turkish Naval Forces", "OPERATES", "P-72")


@pytest.mark.parametrize("text, service, platform", [
    ("The Hellenic Air Force showcased an F-16 Viper at the open day.", "Hellenic Air Force", "F-16"),
    ("At the air show the Republic of Singapore Air Force paired an F-15SG fighter with an AH-64D Apache.",
     "Republic of Singapore Air Force", "Apache"),
])
def test_an_armed_service_showing_a_platform_operates_it(pipeline, text, service, platform):
    assert find_relation(text_relations(pipeline, text), service, "OPERATES", platform)


def test_a_service_that_does_not_show_a_platform_operates_nothing_by_it(pipeline):
    edges = text_relations(pipeline, "The Hellenic Air Force did not display an F-35.")
    assert not find_relation(edges, "Hellenic Air Force", "OPERATES", "F-35")


def test_a_bare_service_is_the_article_state_s_when_no_state_was_just_named(pipeline):
    text = ("Peru has ordered 24 K9 howitzers for the Peruvian Army. The deal was signed in Lima. General Park "
            "Jung-ho, chief of staff of the Republic of Korea Army, attended the signing. The defence ministry said "
            "the money was there. The new guns will replace the army's M109 howitzers.")
    edges = text_relations(pipeline, text)
    assert find_relation(edges, "Peruvian Army", "OPERATES", "M109")
    assert not find_relation(edges, "Republic of Korea Army", "OPERATES", "M109")


def test_a_firm_named_with_a_platform_it_is_catalogued_as_making_makes_it(pipeline):
    edges = text_relations(pipeline, "Saab's chief executive said the company expects more Gripen orders this year.")
    assert find_relation(edges, "Saab", "MANUFACTURES", "Gripen")


def test_a_firm_named_with_a_platform_it_does_not_make_makes_nothing(pipeline):
    edges = text_relations(pipeline, "Saab's chief executive said the F-16 was the jet to beat.")
    assert not find_relation(edges, "Saab", "MANUFACTURES", "F-16")


def test_the_goods_ordered_by_states_stand_for_the_platform_just_named(pipeline):
    edges = text_relations(pipeline, "Croatia is buying the Leopard 2A8. The version carries a new sight, as do the "
                                     "tanks ordered by Czechia and Sweden.")
    assert find_relation(edges, "Czech", "OPERATES", "Leopard 2")
    assert find_relation(edges, "Sweden", "OPERATES", "Leopard 2")
