"""Deals told as possible, planned, future or denied are no orders (session 35 review of supply.py): the body
that only may or plans to contract a firm has ordered nothing, and a deal that was not signed (actively or
in the passive told by the seller) sells nothing. Invented sentences through the real pipeline, each with a
case where the rule must still fire."""
from __future__ import annotations

from tests.extracted import graph_maker, relations_in

graph_of = graph_maker("2024-03-03")


def supplies(pipeline, text: str) -> dict[tuple[str, str], str | None]:
    return {(s, t): a.get("stage") for (s, typ, t), a in relations_in(graph_of(pipeline, text)).items()
            if typ == "SUPPLIES"}


def _stages(found: dict[tuple[str, str], str | None], seller: str) -> set[str | None]:
    return {stage for (s, _), stage in found.items() if seller in s}


def test_a_body_that_may_contract_a_firm_has_ordered_nothing(pipeline):
    text = ("The Philippine Department of National Defense may contract Hyundai Heavy Industries to build six "
            "offshore patrol vessels.")
    assert "ordered" not in _stages(supplies(pipeline, text), "Hyundai")


def test_a_body_that_plans_to_contract_a_firm_has_ordered_nothing(pipeline):
    text = ("The Philippine Department of National Defense plans to contract Hyundai Heavy Industries to build "
            "six offshore patrol vessels.")
    assert "ordered" not in _stages(supplies(pipeline, text), "Hyundai")
    text = "The Greek Ministry of National Defence will contract Naval Group to build three FDI frigates."
    assert "ordered" not in _stages(supplies(pipeline, text), "Naval Group")


def test_a_body_that_did_not_contract_a_firm_buys_nothing(pipeline):
    text = "The Greek Ministry of National Defence did not contract Naval Group to build three FDI frigates."
    assert not _stages(supplies(pipeline, text), "Naval Group")


def test_a_body_that_has_contracted_a_firm_still_orders(pipeline):
    text = ("The Philippine Department of National Defense has contracted Hyundai Heavy Industries to build six "
            "offshore patrol vessels.")
    assert _stages(supplies(pipeline, text), "Hyundai") == {"ordered"}


def test_a_passive_deal_not_signed_told_by_the_seller_sells_nothing(pipeline):
    text = ("Hanwha Aerospace builds the K9. The contract was not signed with the Polish Armament Agency, "
            "Hanwha said.")
    assert not _stages(supplies(pipeline, text), "Hanwha")
    text = ("Saab makes the Gripen. The deal has not been concluded with the Colombian Ministry of Defence, "
            "Saab said.")
    assert not _stages(supplies(pipeline, text), "Saab")


def test_a_passive_deal_to_be_signed_is_planned(pipeline):
    text = ("Hanwha Aerospace builds the K9. The contract will be signed with the Polish Armament Agency in May, "
            "Hanwha said.")
    assert "ordered" not in _stages(supplies(pipeline, text), "Hanwha")


def test_a_passive_deal_signed_told_by_the_seller_still_sells(pipeline):
    text = "Saab makes the Gripen. The deal was concluded with the Colombian Ministry of Defence, Saab said."
    assert _stages(supplies(pipeline, text), "Saab") == {"ordered"}


def test_a_buyer_that_did_not_sign_the_contract_buys_nothing(pipeline):
    assert not supplies(pipeline, "Poland did not sign the contract with Hanwha Aerospace for K9 howitzers.")
    assert not supplies(pipeline, "Colombia never signed an agreement with Saab for Gripen fighters.")
    assert ("Hanwha Aerospace", "Poland") in supplies(
        pipeline, "Poland signed the contract with Hanwha Aerospace for K9 howitzers.")


def test_a_cancelled_contract_keeps_its_cancelled_stage(pipeline):
    """A verb of cancelling is no denial of the deal noun: the deal stays, with stage ``cancelled``."""
    found = relations_in(graph_of(pipeline, "In 2021 Australia scrapped its contract with France's Naval Group for "
                                            "twelve Attack-class submarines."))
    assert found[("Australia", "OPERATES", "Attack-class submarine")].get("stage") == "cancelled"
