"""Entity kinds of session 18, each shown on invented sentences with one where the rule must not fire:
a capital the article names as the city (a trip to it, talks in it) more often than it uses it for its
state stays a Place beside the country; one used for the state as often as for the city is the state's
name (the fold of session 13)."""
from __future__ import annotations

from tests.extracted import node_labels as _labels


# -- a capital: the city or the state, by how the article uses it ---------------------------------------
def test_capital_named_mostly_as_the_city_stays_a_place(pipeline):
    labels = _labels(pipeline, "Ruritania's defence minister flew to Lisbon on Monday. Portugal wants the frigates "
                               "soon, and Lisbon says the deal is close. Talks in Lisbon will go on next week.")
    assert ("Place", "Lisbon") in labels and ("Country", "Portugal") in labels


def test_capital_used_for_the_state_as_often_is_the_state(pipeline):
    labels = _labels(pipeline, "Portugal wants the frigates soon. Lisbon says the deal is close, and Lisbon has "
                               "told the yard so. The minister's talks in Lisbon went on all week.")
    assert ("Country", "Portugal") in labels and ("Place", "Lisbon") not in labels


# -- a state's service whose verb the parse took for a modifier ---------------------------------------
def test_service_after_a_state_whose_verb_was_read_as_a_modifier(pipeline):
    labels = _labels(pipeline, "Norway's navy fielded units of its 2nd Mine Flotilla in the drill.")
    assert ("GovernmentBody", "Royal Norwegian Navy") in labels


def test_service_word_inside_a_noun_phrase_is_no_body(pipeline):
    labels = _labels(pipeline, "Three Indian military aircraft landed at the base on Friday.")
    assert not any(lab == "GovernmentBody" for lab, _ in labels)


# -- reference rows: an armed movement, a firm's chairman ----------------------------------------------
def test_the_taliban_is_an_organization(pipeline):
    labels = _labels(pipeline, "Thousands fled the country after the Taliban took power in August.")
    assert ("Organization", "Taliban") in labels


def test_a_firms_chairman_named_with_the_firm(pipeline):
    labels = _labels(pipeline, "The firm's chairman, Selçuk Bayraktar, showed the new drone at the fair.")
    assert ("Person", "Selçuk Bayraktar") in labels


# -- component and sub-unified commands of the US forces (government_bodies_world.csv) -----------------
def test_us_component_commands_are_whole_bodies(pipeline):
    labels = _labels(pipeline, "Ships of US Naval Forces Europe-Africa sailed with a frigate, and US Forces Korea "
                               "sent observers to the drill.")
    assert ("GovernmentBody", "United States Naval Forces Europe-Africa") in labels
    assert ("GovernmentBody", "United States Forces Korea") in labels
    assert not any(name == "American Naval Forces" for _, name in labels)
