"""Kinds of SUPPLIES fact (issue 10, session 20): the armed service the goods of a deal are "for" is the
buyer ("a contract with X for 40 jets for the air force"); a firm a buyer chose "to build" its goods
supplies it ("A has picked X to build six frigates"). Invented sentences through the real pipeline, each
kind with a case where it must not fire."""
from __future__ import annotations

from tests.extracted import graph_maker, relations_in

graph_of = graph_maker("2024-03-03")


def supplies(pipeline, text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, type_, t in relations_in(graph_of(pipeline, text)) if type_ == "SUPPLIES"}


def test_service_the_goods_are_for_is_the_buyer(pipeline):
    found = supplies(pipeline, "Egypt's Ministry of Defence on Monday signed a contract with Embraer for 10 "
                               "C-390 transport aircraft for the Egyptian Air Force.")
    assert ("Embraer", "Egyptian Air Force") in found
    assert ("Embraer", "Egypt") not in found


def test_a_deal_for_a_sum_names_no_end_user(pipeline):
    found = supplies(pipeline, "Egypt's Ministry of Defence on Monday signed a contract with Embraer for 10 "
                               "C-390 transport aircraft for 900 million dollars.")
    assert not any(buyer == "Egyptian Air Force" for _, buyer in found)
    assert any(seller == "Embraer" for seller, _ in found)


def test_a_state_seller_still_sells_to_the_state(pipeline):
    found = supplies(pipeline, "Peru signed a contract with the United States for 12 AH-64 Apache helicopters "
                               "for the Peruvian Army.")
    assert ("United States", "Peru") in found


def test_firm_chosen_to_build_supplies_the_chooser(pipeline):
    assert ("Naval Group", "Chile") in supplies(pipeline, "Chile has chosen Naval Group to build six new frigates.")


def test_a_firm_building_on_its_own_sells_to_no_chooser(pipeline):
    found = supplies(pipeline, "Naval Group plans to build six new frigates at its Lorient yard.")
    assert not any(seller == "Naval Group" for seller, _ in found)


def test_service_the_goods_are_for_after_the_firm_as_party(pipeline):
    found = supplies(pipeline, "Egypt's Ministry of Defence on Friday signed a contract worth more than 900 "
                               "million dollars, excluding taxes, with state-owned Embraer for six C-390 transport "
                               "aircraft for the Egyptian Air Force.")
    assert ("Embraer", "Egyptian Air Force") in found
