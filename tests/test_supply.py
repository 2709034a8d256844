"""Supply, operation and manufacture with their stage, on short sentences of our own through the
real pipeline (spaCy model, entity ruler, reference data)."""
from __future__ import annotations

import pytest

from graph.text.sources import Document


def _edges(pipeline, text: str) -> dict[tuple[str, str, str], dict]:
    g = pipeline.process(Document.from_text(text, "test.txt"))
    return {(g.nodes[u]["name"], d["type"], g.nodes[v]["name"]): d for u, v, d in g.edges(data=True)
            if d["type"] != "MENTIONED_IN" and d.get("provenance") == "text"}


def _has(edges: dict, source: str, type_: str, target: str) -> dict | None:
    for (s, t, o), d in edges.items():
        if t == type_ and source.lower() in s.lower() and target.lower() in o.lower():
            return d
    return None


@pytest.mark.parametrize("text, source, type_, target, stage", [
    ("Turkey delivered six Bayraktar TB2 drones to Togo last year.", "Turkey", "SUPPLIES", "Togo", "delivered"),
    ("Turkey delivered six Bayraktar TB2 drones to Togo last year.", "Togo", "OPERATES", "TB2", "delivered"),
    ("Poland signed a contract with Hyundai Rotem for 180 K2 tanks.", "Hyundai Rotem", "SUPPLIES", "Poland", "ordered"),
    ("Poland signed a contract with Hyundai Rotem for 180 K2 tanks.", "Poland", "OPERATES", "K2", "ordered"),
    ("Kazakhstan plans to buy Su-30SM fighters from Russia.", "Kazakhstan", "OPERATES", "Su-30", "planned"),
    ("Kazakhstan plans to buy Su-30SM fighters from Russia.", "Russia", "SUPPLIES", "Kazakhstan", "planned"),
    ("Egypt is negotiating to buy Rafale jets from France.", "Egypt", "OPERATES", "Rafale", "negotiating"),
    ("Hungary is receiving its Leopard 2A7 tanks from Germany.", "Hungary", "OPERATES", "Leopard", "delivering"),
    ("Greece operates the F-16 Fighting Falcon.", "Greece", "OPERATES", "F-16", "in_service"),
])
def test_supply_and_stage(pipeline, text, source, type_, target, stage):
    edge = _has(_edges(pipeline, text), source, type_, target)
    assert edge is not None
    assert edge.get("stage") == stage


def test_maker_named_on_the_platform_supplies(pipeline):
    edges = _edges(pipeline, "Twenty Bastion armoured vehicles built by Arquus were shipped to Armenia in May.")
    assert _has(edges, "Arquus", "SUPPLIES", "Armenia")
    assert _has(edges, "Arquus", "MANUFACTURES", "Bastion")
    assert _has(edges, "Armenia", "OPERATES", "Bastion")


def test_deal_with_maker_and_its_country(pipeline):
    edges = _edges(pipeline, "In 2022 Jakarta signed for 42 Rafale jets from France's Dassault Aviation.")
    assert _has(edges, "Dassault", "SUPPLIES", "Indonesia")
    assert _has(edges, "France", "SUPPLIES", "Indonesia")
    assert _has(edges, "Indonesia", "OPERATES", "Rafale")


def test_took_delivery_with_pronoun_subject(pipeline):
    edges = _edges(pipeline, "Poland signed a contract with Hyundai Rotem for 180 K2 tanks. "
                             "It took delivery of twelve Bayraktar TB2 drones from Baykar in June.")
    edge = _has(edges, "Poland", "OPERATES", "TB2")
    assert edge is not None and edge.get("stage") == "delivered"
    assert _has(edges, "Baykar", "SUPPLIES", "Poland")


def test_fleet(pipeline):
    edges = _edges(pipeline, "The Kazakh transport fleet is built largely around Ilyushin Il-76s and Antonov An-26s.")
    assert _has(edges, "Kazakhstan", "OPERATES", "Il-76")
    assert _has(edges, "Kazakhstan", "OPERATES", "An-26")


@pytest.mark.parametrize("text", [
    "Turkey did not deliver the Bayraktar TB2 drones to Iraq.",
    "Turkey denied supplying Bayraktar TB2 drones to Iraq.",
])
def test_negated_supply_gives_nothing(pipeline, text):
    edges = _edges(pipeline, text)
    assert not _has(edges, "Turkey", "SUPPLIES", "Iraq")
    assert not _has(edges, "Iraq", "OPERATES", "TB2")


def test_no_longer_operates(pipeline):
    edges = _edges(pipeline, "Romania no longer operates the MiG-21.")
    edge = _has(edges, "Romania", "OPERATES", "MiG-21")
    assert edge is None or edge.get("stage") == "retired"


def test_non_arms_transfers_are_no_supply(pipeline):
    edges = _edges(pipeline, "Indonesia will send a trade delegation to India. "
                             "France cancelled its air services agreement with Iran.")
    assert not _has(edges, "Indonesia", "SUPPLIES", "India")
    assert not _has(edges, "Iran", "SUPPLIES", "France")


def test_made_and_developed_by(pipeline):
    edges = _edges(pipeline, "The Pinaka rocket launcher, developed by India's Defence Research and Development "
                             "Organisation, was sold to Armenia. Armenia also bought Turkish-made drones.")
    assert _has(edges, "India", "MANUFACTURES", "Pinaka")
