"""Who operates and who makes a platform (issue 10, session 16): a state's demonym on craft that move or
perform on their own ("Ruritanian F-16s followed"); a bare number "on order" takes the platform named just
before; a making verb's works ("built at X") and a state's partner state ("produces it jointly with Y")
make the platform too, and so does the firm a platform is "built with"; a firm's catalogue lists what it makes,
a force's aircraft what it operates. Invented sentences through the real pipeline."""
from __future__ import annotations

import pytest

from tests.extracted import find_relation, text_relations


@pytest.mark.parametrize("text, state, platform", [
    ("Greek F-16 fighters followed the flypast over the harbour.", "Greece", "F-16"),
    ("Australian P-8A Poseidon patrol aircraft still rotate through the airfield every month.", "Australia",
     "P-8 Poseidon"),
    ("Dutch F-35s deployed in the region flew the intercepts.", "Netherlands", "F-35"),
])
def test_a_demonym_on_craft_moving_on_their_own_names_the_operator(pipeline, text, state, platform):
    assert find_relation(text_relations(pipeline, text), state, "OPERATES", platform)


def test_a_demonym_on_craft_another_state_buys_is_no_operator(pipeline):
    edges = text_relations(pipeline, "Egypt flies French Rafale fighters from its western bases.")
    assert not find_relation(edges, "France", "OPERATES", "Rafale")


@pytest.mark.parametrize("text, state, platform", [
    ("Italy already flies the Eurofighter Typhoon, and Kuwait, which has 28 on order, will follow.", "Kuwait",
     "Typhoon"),
    ("The K9 howitzer serves with Estonia, while Norway has 24 on order.", "Norway", "K9"),
])
def test_a_bare_number_on_order_takes_the_platform_named_before(pipeline, text, state, platform):
    assert find_relation(text_relations(pipeline, text), state, "OPERATES", platform, stage="ordered")


def test_a_number_on_order_with_a_noun_of_its_own_takes_nothing_named_before(pipeline):
    edges = text_relations(pipeline, "Italy flies the Eurofighter Typhoon, and Kuwait has 28 trucks on order.")
    assert not find_relation(edges, "Kuwait", "OPERATES", "Typhoon")


def test_a_state_partner_of_a_making_state_makes_the_platform(pipeline):
    edges = text_relations(pipeline, "The JF-17 fighter, which Pakistan produces jointly with China, flew at the show.")
    assert find_relation(edges, "Pakistan", "MANUFACTURES", "JF-17")
    assert find_relation(edges, "China", "MANUFACTURES", "JF-17")


def test_equipment_with_a_making_verb_is_no_partner(pipeline):
    edges = text_relations(pipeline, "Pakistan produces the JF-17 fighter with engines bought from Russia.")
    assert not find_relation(edges, "Russia", "MANUFACTURES", "JF-17")


def test_the_works_a_platform_is_built_at_makes_it(pipeline):
    edges = text_relations(pipeline, "The Leopard 2 tanks are assembled at Krauss-Maffei Wegmann near Munich.")
    assert find_relation(edges, "Krauss-Maffei Wegmann", "MANUFACTURES", "Leopard 2")


def test_the_firm_a_platform_is_built_with_makes_it(pipeline):
    edges = text_relations(pipeline, "Four Scorpene submarines built with France's Naval Group joined the fleet in May.")
    assert find_relation(edges, "Naval Group", "MANUFACTURES", "Scorp")


def test_equipment_a_platform_is_built_with_makes_nothing(pipeline):
    edges = text_relations(pipeline, "Four Scorpene submarines built with French sonars joined the Indian fleet.")
    assert not any(t == "MANUFACTURES" for _, t, _ in edges)


def test_a_firms_catalogue_lists_what_it_makes(pipeline):
    edges = text_relations(pipeline, "Rheinmetall's portfolio includes the Lynx infantry fighting vehicle and the "
                                     "Skyranger air defence system.")
    assert find_relation(edges, "Rheinmetall", "MANUFACTURES", "Lynx")
    assert find_relation(edges, "Rheinmetall", "MANUFACTURES", "Skyranger")


def test_a_catalogue_leaves_out_what_a_clause_hung_on_it_names(pipeline):
    edges = text_relations(pipeline, "Hanwha Aerospace is a Korean firm. Its catalogue includes the K9 howitzer and "
                                     "an engine fitted to the Redback vehicle.")
    assert find_relation(edges, "Hanwha", "MANUFACTURES", "K9")
    assert not find_relation(edges, "Hanwha", "MANUFACTURES", "Redback")


def test_a_states_order_makes_nothing(pipeline):
    edges = text_relations(pipeline, "Poland's order includes the K9 howitzer.")
    assert not any(t == "MANUFACTURES" for _, t, _ in edges)


def test_a_forces_aircraft_list_what_it_operates(pipeline):
    edges = text_relations(pipeline, "The Chilean Air Force's aircraft include F-16 fighters and C-130 transports.")
    assert find_relation(edges, "Chilean Air Force", "OPERATES", "F-16", stage="in_service")
    assert find_relation(edges, "Chilean Air Force", "OPERATES", "C-130", stage="in_service")


def test_a_firms_aircraft_are_no_holdings(pipeline):
    edges = text_relations(pipeline, "Embraer's aircraft include the C-390 transport.")
    assert not any(t == "OPERATES" for _, t, _ in edges)
