"""Places the NER misses, known from where they stand (graph/mentions/sited.py), and dashed editions of
an uncatalogued exercise series (graph/mentions/heads.py): invented sentences."""
from __future__ import annotations

from graph.text import Document
from graph.text.metadata import Metadata


def nodes_of(pipeline, text):
    g = pipeline.process(Document.from_text(text, meta=Metadata(published="2024-05-10")))
    return {(a.get("label", a.get("type")), a["name"]) for _, a in g.nodes(data=True)}


def test_place_inside_a_known_place(pipeline):
    nodes = nodes_of(pipeline, "The rotor blades are made at Tavolenko in northern Italy before final assembly.")
    assert ("Place", "Tavolenko") in nodes


def test_place_in_a_compass_part(pipeline):
    nodes = nodes_of(pipeline, "The army keeps a large garrison at Ombrevay in the south and a depot at Kessardin in the east.")
    places = {n for label, n in nodes if label == "Place"}
    assert {"Ombrevay", "Kessardin"} <= places


def test_two_places_in_one_region(pipeline):
    nodes = nodes_of(pipeline, "The drones will fly from two airfields, Dravelko and Mirzapal in Rajasthan.")
    places = {n for label, n in nodes if label == "Place"}
    assert {"Dravelko", "Mirzapal"} <= places


def test_no_place_from_a_hyphened_modifier(pipeline):
    nodes = nodes_of(pipeline, "The transport fleet is built around Soviet-era Antonov An-26 aircraft.")
    assert ("Place", "Soviet") not in nodes


def test_person_is_no_place(pipeline):
    nodes = nodes_of(pipeline, "Defence Minister Ravel Kastani said in Tirana that the order would go ahead.")
    assert not {n for label, n in nodes if label == "Place" and "Kastani" in n}


def test_dashed_edition_is_one_event(pipeline):
    nodes = nodes_of(pipeline, "The navy held two large exercises last year, Iron Tide-2023A in March and "
                               "Iron Tide-2023B in September.")
    assert {("Event", "Iron Tide-2023A"), ("Event", "Iron Tide-2023B")} <= nodes
    assert not {n for label, n in nodes if label in {"Place", "Platform"} and ("Iron" in n or "Tide" in n)}



def test_name_after_at_closing_its_phrase_is_a_place(pipeline):
    nodes = nodes_of(pipeline, "The two patrol ships are being built at Pelvarro by a state yard, and the lead ship "
                               "was launched at Ostrewin in 2023.")
    places = {n for label, n in nodes if label == "Place"}
    assert {"Pelvarro", "Ostrewin"} <= places


def test_name_after_at_a_ceremony_is_a_place(pipeline):
    nodes = nodes_of(pipeline, "The contract was signed at a ceremony at Alvendra, outside the capital.")
    assert ("Place", "Alvendra") in nodes


def test_body_after_an_analyst_at_is_no_place(pipeline):
    nodes = nodes_of(pipeline, "Marta Kowal, an analyst at Brentwick, said the order was late, and Jonas Beck, "
                               "who studied at Harrowgate, agreed.")
    assert not {n for label, n in nodes if label == "Place"}


def test_short_name_of_a_firm_after_at_is_no_place(pipeline):
    nodes = nodes_of(pipeline, "Korvath Aerospace will build the vehicles in a new plant, and the contract supports "
                               "about 900 jobs at Korvath and its suppliers.")
    assert ("Place", "Korvath") not in nodes
