"""Multilateral gatherings make no pairwise ties: the parties of a drill, a training course or an
exercise of five states attend it (PARTICIPATED_IN), they are not each other's partners; a tie of two,
three or four states stays (ANNOTATION.md: joint exercises of two states -> COOPERATES_WITH). Invented
sentences."""
from __future__ import annotations

from functools import partial

from tests.extracted import text_edges

edges_of = partial(text_edges, published="2025-03-12", date_source=None)


def ties(edges):
    return {frozenset((s, o)) for s, t, o in edges if t == "COOPERATES_WITH"}


def test_training_with_a_long_list_is_a_gathering(pipeline):
    text = "Morocco's armed forces have trained with troops from Ghana, Senegal, Chad and Niger for a decade."
    assert not ties(edges_of(pipeline, text))


def test_training_with_two_partners_stays_a_tie(pipeline):
    text = "Mongolia's armed forces have trained with American and British troops for two decades."
    found = ties(edges_of(pipeline, text))
    assert frozenset({"Mongolia", "United States"}) in found
    assert frozenset({"Mongolia", "United Kingdom"}) in found


def test_two_trainers_and_two_trainees_are_a_gathering(pipeline):
    assert not ties(edges_of(pipeline, "Spain and Portugal will train Peruvian and Chilean officers."))


def test_one_trainer_and_two_trainees_stay_ties(pipeline):
    found = ties(edges_of(pipeline, "Spanish instructors have trained Peruvian and Chilean officers."))
    assert {frozenset({"Spain", "Peru"}), frozenset({"Spain", "Chile"})} <= found


def test_trainer_of_many_states_is_no_partner_of_each(pipeline):
    text = ("Spanish instructors trained officers from Peru, Chile, Ecuador and Colombia "
            "at the academy in Zaragoza.")
    assert not ties(edges_of(pipeline, text))


def test_joint_drills_of_five_states_make_no_pairs(pipeline):
    text = ("Troops from Mongolia, Kazakhstan, Kyrgyzstan, Tajikistan and Turkmenistan began joint drills "
            "near Astana on Monday.")
    assert not ties(edges_of(pipeline, text))


def test_joint_drills_of_three_states_stay_ties(pipeline):
    text = "The joint naval drills of Egypt, Greece and Cyprus ended on Friday."
    found = ties(edges_of(pipeline, text))
    assert {frozenset({"Egypt", "Greece"}), frozenset({"Egypt", "Cyprus"}), frozenset({"Greece", "Cyprus"})} <= found


def test_multilateral_exercise_with_two_navies_is_no_tie(pipeline):
    text = "The Italian Navy sent a frigate to a multilateral maritime exercise with Egypt and Tunisia."
    found = ties(edges_of(pipeline, text))
    assert not any("Egypt" in pair or "Tunisia" in pair for pair in found)


def test_bilateral_exercise_with_one_state_stays_a_tie(pipeline):
    text = "Greece held a naval exercise with Egypt off Crete in May."
    assert frozenset({"Greece", "Egypt"}) in ties(edges_of(pipeline, text))


def test_cooperation_among_many_states_is_a_forum(pipeline):
    text = ("Ministers opened a new era of cooperation among Chile, Peru, Colombia, Ecuador and Bolivia "
            "at the meeting in Lima.")
    assert not ties(edges_of(pipeline, text))


def test_cooperation_among_three_states_stays_ties(pipeline):
    text = "Ministers opened a new era of cooperation among Chile, Peru and Colombia at the meeting in Lima."
    found = ties(edges_of(pipeline, text))
    assert frozenset({"Chile", "Peru"}) in found and frozenset({"Peru", "Colombia"}) in found


def test_drills_with_many_states_are_a_gathering(pipeline):
    text = "Egypt held drills with Greece, Cyprus, Jordan and Saudi Arabia in the Red Sea last week."
    assert not ties(edges_of(pipeline, text))


def test_ties_with_many_states_stay_ties(pipeline):
    text = "Vietnam keeps close ties with China, Russia, Japan and India."
    found = ties(edges_of(pipeline, text))
    assert frozenset({"Vietnam", "Japan"}) in found and frozenset({"Vietnam", "India"}) in found


def test_a_countrys_industry_is_not_the_state(pipeline):
    text = "Boeing has worked with Polish industry for two decades."
    assert frozenset({"Boeing", "Poland"}) not in ties(edges_of(pipeline, text))


def test_a_countrys_firms_are_not_the_state(pipeline):
    text = "Thales promised to work with Brazilian firms on the programme."
    assert frozenset({"Thales", "Brazil"}) not in ties(edges_of(pipeline, text))


def test_a_named_state_stays_a_partner(pipeline):
    text = "Boeing signed a cooperation agreement with Poland in May."
    assert frozenset({"Boeing", "Poland"}) in ties(edges_of(pipeline, text))


def test_talks_with_many_leaders_are_a_gathering(pipeline):
    text = "Brazil held talks with Chile, Peru, Colombia and Bolivia at the summit in Belem on Tuesday."
    assert not any("Brazil" in pair for pair in ties(edges_of(pipeline, text)))


def test_talks_with_one_state_stay_a_tie(pipeline):
    text = "Brazil held talks with Chile on defence cooperation in Belem on Tuesday."
    assert frozenset({"Brazil", "Chile"}) in ties(edges_of(pipeline, text))


def test_a_state_in_partnership_with_a_countrys_firms_keeps_the_tie(pipeline):
    text = "Mongolia builds drones in partnership with Turkish and Israeli defence firms."
    found = ties(edges_of(pipeline, text))
    assert frozenset({"Mongolia", "Israel"}) in found
