"""OPERATES recall pooled over the development halves (issue 10, session 35): states named as a type's customers
in shapes the customer rule did not read (an appositive list, "among the buyers of", "makes X the third buyer
of", "became the second customer of", the earlier customers "after" a prospect, "of the system" for a type just
named), a platform in or leaving a state's or force's service ("in Kazakh service", "leaves Indian Navy service"),
and platforms handed over to a service after arriving ("have arrived and been handed over to the air force").
Invented sentences through the real pipeline, each with a case where nothing may be added."""
from __future__ import annotations

from tests.extracted import graph_maker, relations_in

graph_of = graph_maker("2024-06-12")


def operates(pipeline, text: str) -> dict[tuple[str, str], str | None]:
    """(operator, platform) -> stage of every OPERATES the text states."""
    return {(s, t): d.get("stage") for (s, typ, t), d in relations_in(graph_of(pipeline, text)).items()
            if typ == "OPERATES"}


def test_appositive_customers_take_the_whole_list(pipeline):
    found = operates(pipeline, "Peru and Ecuador, two other buyers of the HIMARS, sent troops to the course.")
    assert ("Peru", "HIMARS") in found and ("Ecuador", "HIMARS") in found


def test_customers_of_a_type_just_named(pipeline):
    text = ("Crews from Chile trained on the HIMARS in Norway. Peru and Ecuador, two other buyers of the system, sent "
            "troops to the course.")
    found = operates(pipeline, text)
    assert ("Peru", "HIMARS") in found and ("Ecuador", "HIMARS") in found


def test_among_the_buyers(pipeline):
    found = operates(pipeline, "The move puts Egypt alongside Qatar and India among the foreign buyers of the Rafale.")
    assert {("Egypt", "Rafale"), ("Qatar", "Rafale"), ("India", "Rafale")} <= set(found)
    assert found[("Qatar", "Rafale")] is None  # a list of users tells no stage


def test_among_prospective_buyers_is_no_holding(pipeline):
    found = operates(pipeline, "Analysts count Chile among the likely buyers of the Gripen.")
    assert ("Chile", "Gripen") not in found


def test_made_the_third_buyer(pipeline):
    found = operates(pipeline, "The contract makes Vietnam the third foreign buyer of the KF-21 Boramae.")
    assert found.get(("Vietnam", "KF-21")) == "ordered"


def test_became_a_customer(pipeline):
    found = operates(pipeline, "Indonesia became the second export customer of the BrahMos in 2023.")
    assert ("Indonesia", "BrahMos") in found


def test_a_prospect_names_only_the_earlier_customer(pipeline):
    text = "Colombia is weighing the Gripen, which could make it the second operator of the jet after Brazil."
    found = operates(pipeline, text)
    assert found.get(("Brazil", "Gripen")) == "in_service"  # an earlier operator flies it
    assert ("Colombia", "Gripen") not in found


def test_negated_making_names_no_customer(pipeline):
    found = operates(pipeline, "The deal does not make Peru a buyer of the K2 tank.")
    assert ("Peru", "K2 Black Panther") not in found and ("Peru", "K2") not in found


def test_handed_over_after_arriving(pipeline):
    text = ("The first three of Greece's 24 Rafale fighters have arrived in the country and been handed over to the "
            "Hellenic Air Force, the ministry said.")
    assert ("Hellenic Air Force", "Rafale") in operates(pipeline, text)


def test_a_passive_verb_with_its_own_subject_keeps_it(pipeline):
    text = ("The Rafale fighters arrived at Tanagra, and the old Mirage jets were handed over to a museum "
            "in Athens.")
    assert not {k for k in operates(pipeline, text) if k[1] == "Rafale" and k[0] != "Greece"}


def test_in_a_states_service(pipeline):
    found = operates(pipeline, "There are now 40 K9 howitzers in Estonian service.")
    assert found.get(("Estonia", "K9 Thunder")) == "in_service"


def test_known_in_a_forces_service(pipeline):
    found = operates(pipeline, "The transport role now passes to the Airbus A400M, known in RAF service as the Atlas C1.")
    assert ("Royal Air Force", "A400M") in found


def test_in_service_of_two_states(pipeline):
    found = operates(pipeline, "The T-72 was in Soviet and Polish service for decades.")
    assert ("Soviet Union", "T-72") in found and ("Poland", "T-72") in found


def test_not_in_service_names_no_holder(pipeline):
    assert not operates(pipeline, "The Rafale is not in Indian service yet.")


def test_a_civil_service_is_no_holder(pipeline):
    assert not operates(pipeline, "Engineers in the civil service of Chile studied the F-5.")


def test_leaving_a_navys_service_retires(pipeline):
    found = operates(pipeline, "The carrier INS Viraat left Indian Navy service in 2017.")
    assert found.get(("Indian Navy", "INS Viraat")) == "retired"


def test_retired_from_a_states_service(pipeline):
    found = operates(pipeline, "The Mirage 2000 was retired from French service in 2022.")
    assert found.get(("France", "Mirage 2000")) == "retired"


def test_a_demonyms_service_gives_way_to_the_fitting_named_service(pipeline):
    text = ("The Royal Malaysian Air Force is buying jets. BHIC will support the air force's H225M helicopters, known "
            "in Malaysian service as the EC725.")
    found = operates(pipeline, text)
    assert ("Royal Malaysian Air Force", "H225M") in found and ("Malaysia", "H225M") not in found


def test_a_service_of_another_kind_leaves_the_state(pipeline):
    text = ("The Indian Navy is buying jets. Spares should ease the Navy's learning curve, and the order takes the "
            "number of Rafales in Indian service to 62.")
    found = operates(pipeline, text)
    assert ("India", "Rafale") in found and ("Indian Navy", "Rafale") not in found
