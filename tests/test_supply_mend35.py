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
