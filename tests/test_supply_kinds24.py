"""Kinds of false SUPPLIES and MANUFACTURES (issue 10, session 24), each pooled over several development
halves: a maker selling to its own state's armed service is not also selling to the state; a firm that
makes or supplies a part of a platform (its radar, its engine) neither makes the platform nor sells it;
work on goods is no transfer of them (offset and maintenance deals, maintenance work provided, upgrades
done for a service, jets sent for flying displays). Invented sentences through the real pipeline, each
kind with a case where it must still fire."""
from __future__ import annotations

from tests.extracted import graph_maker, relations_in

graph_of = graph_maker("2024-03-03")


def edges(pipeline, text: str, type_: str) -> set[tuple[str, str]]:
    return {(s, t) for s, typ, t in relations_in(graph_of(pipeline, text)) if typ == type_}


def test_home_maker_sells_to_the_service_only(pipeline):
    found = edges(pipeline, "Brazil is rearming at home. The Brazilian Air Force has ordered 15 more KC-390 "
                            "transports from Embraer.", "SUPPLIES")
    assert ("Embraer", "Brazilian Air Force") in found
    assert ("Embraer", "Brazil") not in found


def test_foreign_maker_still_sells_to_the_state(pipeline):
    # a generic service keeps its state beside it; a service named by its proper name is the buyer alone
    # (session 34: tests/test_named_service_buyer.py)
    found = edges(pipeline, "Greece is rearming. Greece's air force has ordered six more Rafale jets from "
                            "Dassault Aviation.", "SUPPLIES")
    assert ("Dassault Aviation", "Greece") in found


def test_foreign_maker_capitalised_generic_service_keeps_the_state(pipeline):
    # "Greece's Air Force" is the generic service word with a capital: its state stays beside it (mendb34)
    found = edges(pipeline, "Greece is rearming. Greece's Air Force has ordered six more Rafale jets from "
                            "Dassault Aviation.", "SUPPLIES")
    assert ("Dassault Aviation", "Greece") in found


def test_foreign_maker_to_a_service_by_its_own_name(pipeline):
    # "the Hellenic Air Force" carries its state's own name word (as "Royal Thai Navy", "Indian Air Force"):
    # it is the service's proper name, the buyer alone (session 34's pooled count: such state twins 6 false,
    # 1 true); the state it names is not a second buyer
    found = edges(pipeline, "Greece is rearming. The Hellenic Air Force has ordered six more Rafale jets from "
                            "Dassault Aviation.", "SUPPLIES")
    assert ("Dassault Aviation", "Hellenic Air Force") in found
    assert ("Dassault Aviation", "Greece") not in found


def test_home_maker_named_with_its_state_buyer(pipeline):
    found = edges(pipeline, "India's defence ministry signed a contract with HAL for 12 more Dornier 228 "
                            "aircraft.", "SUPPLIES")
    assert ("Hindustan Aeronautics", "India") in found


def test_part_supplier_sells_no_platform(pipeline):
    found = edges(pipeline, "Italy is rearming. Leonardo and Indra supply the radar of the Eurofighter Typhoon, of "
                            "which the Italian Air Force ordered 24 more last year.", "SUPPLIES")
    assert not {s for s, _ in found} & {"Leonardo", "Indra"}


def test_engine_maker_makes_no_aircraft(pipeline):
    found = edges(pipeline, "Safran, which builds the Rafale's M88 engine, opened a repair centre in Pune.",
                  "MANUFACTURES")
    assert ("Safran", "Rafale") not in found


def test_a_firm_s_own_radars_are_its_products(pipeline):
    found = edges(pipeline, "Hensoldt builds radars; its TRML-4D radar guards Kyiv.", "MANUFACTURES")
    assert ("Hensoldt", "TRML-4D") in found


def test_offset_agreements_sell_nothing(pipeline):
    found = edges(pipeline, "Romania bought 32 F-16 jets from Lockheed Martin. Last month the defence ministry "
                            "concluded offset agreements with Lockheed Martin and General Electric, worth 1 billion "
                            "lei, under which Romanian plants are to repair components of the F-16.", "SUPPLIES")
    assert not any(s == "GE Aerospace" for s, _ in found)


def test_contract_for_goods_still_sells(pipeline):
    found = edges(pipeline, "Romania's defence ministry signed a contract with Lockheed Martin for 32 F-16 jets.",
                  "SUPPLIES")
    assert any(s == "Lockheed Martin" for s, _ in found)


def test_maintenance_work_provided_is_no_supply(pipeline):
    found = edges(pipeline, "Under the deal Saab has pledged to keep the current workforce at the Linkoping plant, "
                            "to continue building and supporting the Gripen, and to keep providing maintenance work "
                            "for the Czech Air Force, which flies the Gripen as a fighter.", "SUPPLIES")
    assert ("Saab", "Czech Republic") not in found


def test_jets_sent_for_displays_are_no_supply(pipeline):
    found = edges(pipeline, "Chile hosted the air show. Washington has also sent a pair of F-16 jets for flying "
                            "displays.", "SUPPLIES")
    assert ("United States", "Chile") not in found


def test_jets_sent_to_a_state_still_supply(pipeline):
    found = edges(pipeline, "Washington has sent a dozen F-16 jets to Chile.", "SUPPLIES")
    assert ("United States", "Chile") in found


def test_upgrade_for_a_service_is_no_supply(pipeline):
    found = edges(pipeline, "Brazil flies the F-5EM, the version of the F-5 that Embraer upgraded for the "
                            "Brazilian Air Force.", "SUPPLIES")
    assert ("Embraer", "Brazilian Air Force") not in found


def test_made_word_describing_a_named_platform(pipeline):
    found = edges(pipeline, "The Bayraktar TB2 is a Turkish-made drone.", "MANUFACTURES")
    assert ("Turkey", "Bayraktar TB2") in found


def test_made_word_beside_a_named_platform(pipeline):
    found = edges(pipeline, "The Slovak Air Force flew the MiG-29, a Soviet-designed jet, until 2022.", "MANUFACTURES")
    assert ("Soviet Union", "MiG-29") in found


def test_made_word_describing_another_noun(pipeline):
    found = edges(pipeline, "The MiG-29 was replaced by a Swedish-made jet.", "MANUFACTURES")
    assert ("Sweden", "MiG-29") not in found


def test_noun_standing_for_a_platform_beside_its_catalogued_maker(pipeline):
    found = edges(pipeline, "Poland received its first K2 tanks in Gdynia on Tuesday. The tanks come from "
                            "Hyundai Rotem, which builds them in Changwon.", "MANUFACTURES")
    assert ("Hyundai Rotem", "K2 Black Panther") in found


def test_noun_standing_for_a_platform_beside_another_firm(pipeline):
    found = edges(pipeline, "Poland received its first K2 tanks in Gdynia on Tuesday. The tanks were shipped "
                            "by Maersk.", "MANUFACTURES")
    assert not any(s == "Maersk" for s, _ in found)


def test_handover_joined_to_an_order_goes_to_the_buyer(pipeline):
    found = edges(pipeline, "India ordered 36 Rafale fighters from France in 2016, and Dassault Aviation handed over "
                            "the first of them at Merignac in October.", "SUPPLIES")
    assert ("Dassault Aviation", "India") in found


def test_handover_joined_to_a_clause_of_no_purchase(pipeline):
    found = edges(pipeline, "India flies Su-30 fighters, and Dassault Aviation handed over the first Rafale to "
                            "Greece in 2021.", "SUPPLIES")
    assert ("Dassault Aviation", "India") not in found


def test_demonym_in_a_headline_names_no_maker(pipeline):
    found = edges(pipeline, "Qatar signs for Turkish Akinci drones\nQatar signed a contract with Baykar for the "
                            "Akinci drone on Tuesday.", "MANUFACTURES")
    assert ("Turkey", "Akinci") not in found
    assert ("Baykar", "Akinci") in found


def test_demonym_in_the_body_still_names_the_maker(pipeline):
    found = edges(pipeline, "Qatar signs drone deal\nQatar signed on Tuesday for the Turkish Akinci drone.",
                  "MANUFACTURES")
    assert ("Turkey", "Akinci") in found
