"""Precision of weak producing rules (session 33), by general kinds of false relation; invented sentences.

DEPLOYED_TO (deployed-to): a base that is only where another act happened, a one-off arrival told as
history, people or a formation moving, a place named only as where the destination lies.
BASED_IN (nationality-in-name): a country's word inside a geographic name, a state's school, a body the
text seats elsewhere. AFFILIATED_WITH (title-spokesman): a body's spokesman, a spokesman speaking "In <city>".
"""
from __future__ import annotations

from functools import partial

from tests.extracted import text_edges

edges_of = partial(text_edges, published="2024-05-10", date_source=None)


def pairs(edges, kind):
    return {(s, o) for s, t, o in edges if t == kind}


# DEPLOYED_TO


def test_handover_at_a_base_is_no_deployment(pipeline):
    text = ("The first Rafale for Greece was handed over last October at the French air base at Mont-de-Marsan, "
            "where Greek crews trained.")
    assert not pairs(edges_of(pipeline, text), "DEPLOYED_TO")


def test_ceremony_at_a_base_is_no_deployment(pipeline):
    text = "India gave the Maldives a Dornier 228 on Monday, in a ceremony at the air base at Hanimaadhoo."
    assert not pairs(edges_of(pipeline, text), "DEPLOYED_TO")


def test_docked_at_a_base_still_deployed(pipeline):
    text = "Two Russian Admiral Grigorovich-class frigates docked at the naval base in Tartus on Monday."
    found = pairs(edges_of(pipeline, text), "DEPLOYED_TO")
    assert any(place == "Tartus" for _, place in found)


def test_trucked_to_a_base_still_deployed(pipeline):
    text = "The Leopard 2 tanks were trucked overnight to an army training base in Podlaskie."
    assert ("Leopard 2", "Podlaskie") in pairs(edges_of(pipeline, text), "DEPLOYED_TO")


def test_arrival_long_ago_is_history(pipeline):
    text = "The first of 120 Danish F-16s arrived at Skrydstrup Air Base on January 28, 1980, replacing the F-104."
    assert not pairs(edges_of(pipeline, text), "DEPLOYED_TO")


def test_record_flight_long_ago_is_history(pipeline):
    text = "In 1998 a Tu-160 flew nonstop from Engels to Anadyr to set a record."
    assert not pairs(edges_of(pipeline, text), "DEPLOYED_TO")


def test_deployment_long_ago_still_counts(pipeline):
    text = "In 1991 Mirage 2000s deployed to Saudi Arabia during Desert Storm."
    assert ("Mirage 2000", "Saudi Arabia") in pairs(edges_of(pipeline, text), "DEPLOYED_TO")


def test_arrival_this_week_still_counts(pipeline):
    text = "Four F-35A jets landed at Skrydstrup Air Base on Thursday afternoon."
    assert ("F-35", "Skrydstrup Air Base") in pairs(edges_of(pipeline, text), "DEPLOYED_TO")


def test_a_unit_moving_is_not_the_platform(pipeline):
    text = "The Singaporean squadron still flies F-16s at Luke until the unit moves to Ebbing Air National Guard Base."
    assert not pairs(edges_of(pipeline, text), "DEPLOYED_TO")


def test_crews_moving_are_not_the_platform(pipeline):
    text = "Most of the P-3 Orion crews and technicians have already moved to Evenes Air Station."
    assert not pairs(edges_of(pipeline, text), "DEPLOYED_TO")


def test_platforms_bound_for_a_named_force_still_move(pipeline):
    text = ("The first two F-35A stealth fighters bound for the Royal Danish Air Force touched down at Skrydstrup "
            "Air Base at 2:35 p.m. today.")
    assert ("F-35", "Skrydstrup Air Base") in pairs(edges_of(pipeline, text), "DEPLOYED_TO")


def test_a_squadron_of_the_type_moving_is_the_platform(pipeline):
    text = "A squadron of F-16 fighters moved to Borcea Air Base in March."
    assert ("F-16", "Borcea Air Base") in pairs(edges_of(pipeline, text), "DEPLOYED_TO")


def test_a_carrier_landing_with_cargo_is_a_delivery_flight(pipeline):
    text = ("A US Air Force C-17 Globemaster touched down at Ämari Air Base on Tuesday carrying the first HIMARS "
            "launchers bought by Estonia.")
    assert not pairs(edges_of(pipeline, text), "DEPLOYED_TO")


def test_a_carrier_flying_to_stay_is_still_deployed(pipeline):
    text = "Two C-17 Globemasters flew to Rzeszów, where they will stay for the exercise."
    assert ("C-17 Globemaster", "Rzeszów") in pairs(edges_of(pipeline, text), "DEPLOYED_TO")


def test_region_a_destination_lies_in_is_no_destination(pipeline):
    text = ("India bought Apache helicopters. After checks at Hindon, the helicopters will go to Jodhpur in "
            "Rajasthan, where the army raised its first unit.")
    found = pairs(edges_of(pipeline, text), "DEPLOYED_TO")
    assert ("Apache", "Jodhpur") in found
    assert ("Apache", "Rajasthan") not in found


def test_seas_in_a_list_are_all_destinations(pipeline):
    text = "The Tu-95 bombers patrolled over the Sea of Okhotsk and the Bering Sea."
    assert {("Tu-95", "Sea of Okhotsk"), ("Tu-95", "Bering Sea")} <= pairs(edges_of(pipeline, text), "DEPLOYED_TO")


# BASED_IN (nationality-in-name)


def test_country_word_in_a_lake_name_is_no_seat(pipeline):
    text = ("Chad left the pact. Fatima Bello, a researcher at the Lake Chad Governance Institute in Maroua, "
            "said the deal was fragile.")
    assert not pairs(edges_of(pipeline, text), "BASED_IN")


def test_country_word_before_a_bend_is_no_seat(pipeline):
    text = "Troops left Niger. Amadou Sow of the Niger Bend Security Forum said the move was expected."
    assert ("Niger Bend Security Forum", "Niger") not in pairs(edges_of(pipeline, text), "BASED_IN")


def test_state_school_named_for_its_state_is_not_based_by_name(pipeline):
    text = "India held a parade. Cadets of the Indian Military Academy marched past the stand."
    assert ("Indian Military Academy", "India") not in pairs(edges_of(pipeline, text), "BASED_IN")


def test_body_seated_elsewhere_is_not_based_by_name(pipeline):
    text = ("Airstrikes hit Syria on Monday. The Syrian Observatory for Human Rights, a Britain-based monitoring "
            "group, put the death toll at eight.")
    found = pairs(edges_of(pipeline, text), "BASED_IN")
    assert ("Syrian Observatory for Human Rights", "Syria") not in found
    assert ("Syrian Observatory for Human Rights", "United Kingdom") in found


def test_group_named_for_the_state_it_aids_is_not_based_there(pipeline):
    text = ("Allies met at Ramstein. Kenya joined the Ukraine Defense Contact Group, the coalition that coordinates "
            "weapons for Ukraine.")
    assert ("Ukraine Defense Contact Group", "Ukraine") not in pairs(edges_of(pipeline, text), "BASED_IN")


def test_firm_named_for_its_country_still_based_there(pipeline):
    text = "Turkey showed the Hurjet. Turkish Aerospace Industries built the jet at its plant."
    assert ("Turkish Aerospace Industries", "Turkey") in pairs(edges_of(pipeline, text), "BASED_IN")


# AFFILIATED_WITH (title-spokesman)


def test_spokesman_in_a_capital_speaks_for_its_state(pipeline):
    text = ("China sent ships near Australia. In Beijing, defence ministry spokesman Liu Wei accused Australia of "
            "hyping the drill.")
    found = pairs(edges_of(pipeline, text), "AFFILIATED_WITH")
    assert ("Liu Wei", "Australia") not in found
    # session 37: the ministry his title names is a body of its own, China's (the writers' rule for spokesmen)
    assert ("Liu Wei", "Ministry of National Defense of China") in found


def test_spokesman_in_a_capital_read_as_its_state(pipeline):
    text = ("China sent ships near Australia. In Beijing, defence ministry spokesman Wu Qian accused Australia of "
            "deliberately hyping the exercise.")
    found = pairs(edges_of(pipeline, text), "AFFILIATED_WITH")
    assert ("Wu Qian", "Australia") not in found
    assert ("Wu Qian", "Ministry of National Defense of China") in found  # session 37: the ministry, China's


def test_a_bodys_spokesman_is_not_the_states(pipeline):
    text = ("Fighting spread across Myanmar. The junta's spokesman, Major General Kyaw Lin, said contact with the "
            "garrison had been lost.")
    assert ("Kyaw Lin", "Myanmar") not in pairs(edges_of(pipeline, text), "AFFILIATED_WITH")


def test_an_organisations_spokesman_is_not_the_named_members(pipeline):
    text = ("Kazakhstan asked to leave. The organisation's spokesman, Ivan Petrov, confirmed that Kazakhstan had "
            "sent a note.")
    assert ("Ivan Petrov", "Kazakhstan") not in pairs(edges_of(pipeline, text), "AFFILIATED_WITH")


def test_a_leaders_spokesman_is_still_the_states(pipeline):
    text = "Argentina will pay $300 million, a price that spokesman Juan Perez described as fair."
    assert ("Juan Perez", "Argentina") in pairs(edges_of(pipeline, text), "AFFILIATED_WITH")
