"""Work on goods already built (issue 10, session 31): a firm that upgrades, modernises, refits or overhauls a
fleet makes none of it, and the state or service named by a possessive holds the fleet (it is no maker); a firm
so working is no operator through the demonym of its description. The verbs are ``stage.upgrading_verbs`` (no
longer making verbs in ``manufacture.verbs``). Invented sentences through the real pipeline; the dev gold
keeps such work out of MANUFACTURES and SUPPLIES (an optional COOPERATES_WITH at most)."""
from __future__ import annotations

from tests.extracted import graph_maker, relations_in

graph_of = graph_maker("2024-03-03")


def edges(pipeline, text: str, type_: str) -> set[tuple[str, str]]:
    return {(s, t) for s, typ, t in relations_in(graph_of(pipeline, text)) if typ == type_}


def test_firm_modernising_a_state_s_submarines_makes_none(pipeline):
    text = "STM was working to modernise Pakistan's Agosta 90B submarines."
    made = edges(pipeline, text, "MANUFACTURES")
    assert not any(t.startswith("Agosta") for _, t in made)
    assert any(s == "Pakistan" and t.startswith("Agosta") for s, t in edges(pipeline, text, "OPERATES"))


def test_firm_upgrading_a_state_s_helicopters_makes_none(pipeline):
    text = "Elbit Systems is upgrading Romania's IAR 330 helicopters under a contract signed in 2019."
    assert not any(s == "Elbit Systems" for s, _ in edges(pipeline, text, "MANUFACTURES"))
    assert any(s == "Romania" for s, _ in edges(pipeline, text, "OPERATES"))


def test_passive_modernised_by_a_firm_makes_nothing_built_by_still_makes(pipeline):
    text = "The Spanish Army's Leopard 2A4 tanks, built by Krauss-Maffei Wegmann, were modernised by Indra in 2021."
    made = edges(pipeline, text, "MANUFACTURES")
    assert not any(s == "Indra" for s, _ in made)
    assert any(s.startswith("Krauss-Maffei") for s, _ in made)


def test_firm_described_by_a_demonym_holds_no_fleet_it_refits(pipeline):
    text = "Aselsan, the Turkish electronics firm, is upgrading the Pakistan Navy's Agosta 90B submarines."
    operators = {s for s, _ in edges(pipeline, text, "OPERATES")}
    assert "Turkey" not in operators
    assert "Pakistan Navy" in operators
    assert not any(s == "Aselsan" for s, _ in edges(pipeline, text, "MANUFACTURES"))


def test_state_modernising_its_own_fleet_makes_none(pipeline):
    text = "The Turkish government signed a deal for 79 kits to modernise part of its existing F-16 fleet."
    assert ("Turkey", "F-16") not in edges(pipeline, text, "MANUFACTURES")
    assert ("Turkey", "F-16") in edges(pipeline, text, "OPERATES")



def test_whom_a_fleet_is_upgraded_for_holds_it(pipeline):
    text = ("The Brazilian Air Force will hand the task to the F-5EM, a modernised version of the Northrop F-5 "
            "that Embraer upgraded for the Brazilian Air Force.")
    assert ("Brazilian Air Force", "F-5") in edges(pipeline, text, "OPERATES")
    assert not any(s == "Embraer" for s, _ in edges(pipeline, text, "MANUFACTURES"))
    assert not any(s == "Embraer" for s, _ in edges(pipeline, text, "SUPPLIES"))


def test_contract_to_upgrade_a_fleet_supplies_nothing(pipeline):
    text = "Romania signed a contract with Elbit Systems to upgrade its IAR 330 helicopters."
    assert not any(s == "Elbit Systems" for s, _ in edges(pipeline, text, "SUPPLIES"))
    assert any(s == "Romania" for s, _ in edges(pipeline, text, "OPERATES"))
    kits = ("Turkey signed a letter of offer and acceptance with the United States for 79 kits to modernise "
            "part of its F-16 fleet.")  # goods sold for the work are a sale
    assert ("United States", "Turkey") in edges(pipeline, kits, "SUPPLIES")


def test_contract_for_the_modernisation_of_a_fleet_supplies_nothing_a_purchase_does(pipeline):
    text = "Romania signed a contract with Elbit Systems for the upgrade of its IAR 330 helicopters."
    assert not any(s == "Elbit Systems" for s, _ in edges(pipeline, text, "SUPPLIES"))
    bought = "Romania signed a contract with Elbit Systems to buy 12 Hermes 900 drones."
    assert ("Elbit Systems", "Romania") in edges(pipeline, bought, "SUPPLIES")

