"""Platform relations (issue 10, session 14): kinds of same-sentence supply, operation and manufacture
wording, each on invented sentences through the real pipeline."""
from __future__ import annotations

import pytest

from tests.extracted import find_relation, text_relations


@pytest.mark.parametrize("text, fact", [
    ("Germany signed a contract to supply 20 Leopard 2A7 tanks to Lithuania, with deliveries running until 2028.",
     ("Germany", "SUPPLIES", "Lithuania")),
    ("Seoul agreed to sell 18 K9 howitzers to Estonia, with deliveries until 2026.", ("Estonia", "OPERATES", "K9")),
    ("Italy bought ten NH90 helicopters under a contract that runs until 2027.", ("Italy", "OPERATES", "NH90")),
])
def test_a_delivery_schedule_is_no_end_of_the_fact(pipeline, text, fact):
    d = find_relation(text_relations(pipeline, text), *fact)
    assert d is not None
    assert "valid_to" not in d


def test_an_until_on_the_fact_itself_still_ends_it(pipeline):
    d = find_relation(text_relations(pipeline, "Canada flew the CF-18 until 2020."), "Canada", "OPERATES", "18")
    assert d is not None and d.get("valid_to") == "2020"


def test_a_state_signing_a_contract_to_supply_does_not_operate_the_goods(pipeline):
    edges = text_relations(pipeline, "Germany signed a contract to supply 20 Leopard 2A7 tanks to Lithuania.")
    assert find_relation(edges, "Lithuania", "OPERATES", "Leopard")
    assert find_relation(edges, "Germany", "SUPPLIES", "Lithuania")
    assert not find_relation(edges, "Germany", "OPERATES", "Leopard")


def test_a_buyer_signing_a_contract_to_buy_still_operates(pipeline):
    edges = text_relations(pipeline, "Lithuania signed a contract to buy 20 Leopard 2A7 tanks from Germany.")
    assert find_relation(edges, "Lithuania", "OPERATES", "Leopard")


@pytest.mark.parametrize("text, seller, buyer", [
    ("Indonesia signed a contract for two frigates with Fincantieri in 2021.", "Fincantieri", "Indonesia"),
    ("Manila signed for six patrol vessels with Austal last year.", "Austal", "Philippines"),
])
def test_the_seller_hung_on_the_goods_of_a_deal(pipeline, text, seller, buyer):
    assert find_relation(text_relations(pipeline, text), seller, "SUPPLIES", buyer)


def test_a_made_word_qualifies_its_own_phrase_not_the_next_conjunct(pipeline):
    edges = text_relations(pipeline, "Egypt flies Rafale jets, Chinese-built Wing Loong drones and MiG-29M fighters.")
    assert find_relation(edges, "China", "MANUFACTURES", "Wing Loong")
    assert not find_relation(edges, "China", "MANUFACTURES", "MiG-29")


def test_a_made_word_on_new_goods_points_back_to_no_platform(pipeline):
    edges = text_relations(pipeline, "Vietnam is building four Gepard-class frigates with Russia, and has taken "
                             "Damen-designed patrol vessels from the Dutch builder.")
    assert not find_relation(edges, "Damen", "MANUFACTURES", "Gepard")


@pytest.mark.parametrize("text, holder, new, old", [
    ("Chile will replace its ageing F-5 fighters with the Gripen.", "Chile", "Gripen", "F-5"),
    ("The Philippines plans to replace its Huey helicopters with Black Hawks.", "Philippines", "Black Hawk", "Huey"),
    ("The K2 tanks will replace the Polish Army's T-72 tanks.", "Polish", "K2", "T-72"),
])
def test_a_replacement_names_both_types_of_the_holder(pipeline, text, holder, new, old):
    edges = text_relations(pipeline, text)
    replaced, successor = find_relation(edges, holder, "OPERATES", old), find_relation(edges, holder, "OPERATES", new)
    assert replaced is not None and successor is not None
    assert replaced.get("stage") == "in_service"
    assert successor.get("stage") in {"planned", "ordered"}  # still to come


def test_a_replacement_done_puts_the_new_type_in_service(pipeline):
    edges = text_relations(pipeline, "Peru replaced its Mirage 5 jets with MiG-29 fighters in 1997.")
    assert (find_relation(edges, "Peru", "OPERATES", "MiG-29") or {}).get("stage") == "in_service"


@pytest.mark.parametrize("text, state, platform", [
    ("A Spanish A400M transport also took part in the drill.", "Spain", "A400M"),
    ("The visiting minister was greeted by a formation of Swedish Gripen fighters.", "Sweden", "Gripen"),
])
def test_a_demonym_platform_taking_part_names_its_operator(pipeline, text, state, platform):
    edges = text_relations(pipeline, text)
    assert find_relation(edges, state, "OPERATES", platform)
    assert not find_relation(edges, state, "MANUFACTURES", platform)


def test_an_agreement_for_more_of_the_type_just_named_is_a_sale(pipeline):
    edges = text_relations(pipeline, "Bulgaria bought eight used F-16s from Portugal, and signed an agreement with "
                             "Norway last year for 16 more.")
    assert find_relation(edges, "Norway", "SUPPLIES", "Bulgaria")
    assert not find_relation(edges, "Bulgaria", "COOPERATES_WITH", "Norway")


def test_an_agreement_for_a_number_with_no_type_named_stays_a_tie(pipeline):
    edges = text_relations(pipeline, "Slovakia signed a deal with Sweden for a further 18.")
    assert not find_relation(edges, "Sweden", "SUPPLIES", "Slovakia")


def test_a_passive_purchase_goes_to_the_holder_named_before_not_the_article_state(pipeline):
    text = ("Libya protested on Monday. Reports say Egyptian Air Force Rafale jets fired the missiles; the Rafales "
            "were bought from France under a 2015 deal.")
    edges = text_relations(pipeline, text)
    assert find_relation(edges, "Egyptian Air Force", "OPERATES", "Rafale")
    assert not find_relation(edges, "Libya", "OPERATES", "Rafale")
    assert not find_relation(edges, "France", "SUPPLIES", "Libya")


def test_a_demonym_platform_supporting_an_action_names_its_operator(pipeline):
    edges = text_relations(pipeline, "Belgian F-16 fighters flew the intercepts, supported by a French AWACS aircraft.")
    assert find_relation(edges, "France", "OPERATES", "AWACS")
    assert find_relation(edges, "Belgium", "OPERATES", "F-16")


def test_a_delivery_of_a_version_is_not_of_its_original(pipeline):
    edges = text_relations(pipeline, "Poland took delivery of the first KTO Rosomak, a licensed version of the Patria AMV, "
                             "on Friday.")
    assert find_relation(edges, "Poland", "OPERATES", "Rosomak")
    assert not find_relation(edges, "Poland", "OPERATES", "Patria")


@pytest.mark.parametrize("text, states", [
    ("Elsewhere in the region, Chile, Peru and Brazil already fly the F-5, and Chile has ordered more.",
     ["Chile", "Peru", "Brazil"]),
])
def test_a_subject_list_after_an_opening_phrase(pipeline, text, states):
    edges = text_relations(pipeline, text)
    assert all(find_relation(edges, s, "OPERATES", "F-5") for s in states)
