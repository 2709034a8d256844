"""The gazetteer of graph/reference/data/places_gazetteer.csv: first-level regions, bases, ranges, naval bases,
seas, straits, gulfs and disputed islands of the states of defence news, each with its source page. Every row has a
kind, a known state (or none, for waters and disputed features) and a source; no name or alias of a row is a name of
another reference entry (a place, a state, a body, a firm, a person, a platform), so a new row never takes another
entry's mentions; and invented sentences read a new row as a Place that the existing rules place, deploy to or hold
an event in."""
from __future__ import annotations

import csv
from functools import partial
from pathlib import Path

from graph.ids import fold
from graph.reference import load_reference
from tests.extracted import node_labels, text_edges

ROWS = Path(__file__).resolve().parents[1] / "graph" / "reference" / "data" / "places_gazetteer.csv"
KINDS = {"region", "base", "island", "sea", "strait", "gulf"}
edges_of = partial(text_edges, published="2025-05-10", date_source=None)


def _rows() -> list[dict]:
    with ROWS.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _of_type(edges, typ: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in edges if t == typ}


def test_every_row_has_a_kind_a_known_state_and_a_source():
    ref = load_reference()
    for row in _rows():
        assert row["kind"] in KINDS, row["name"]
        assert row["source"].startswith("Wikipedia: "), row["name"]
        assert not row["country"] or ref.find("Country", row["country"]) is not None, row["country"]
        assert row["country"] or row["kind"] != "base", row["name"]  # a base is always some state's


def test_no_name_or_alias_is_another_entrys_name():
    ref = load_reference()
    for row in _rows():
        own = {e.id for e in ref.lookup(row["name"], "Place") if fold(e.name) == fold(row["name"])}
        assert len(own) == 1, row["name"]
        for surface in [row["name"], *filter(None, row["aliases"].split("|"))]:
            others = [(e.label, e.name) for e in ref.lookup(surface) if e.id not in own]
            assert not others, (surface, others)


def test_no_row_repeats_a_name_of_the_file():
    seen: set[str] = set()
    for row in _rows():
        for surface in [row["name"], *filter(None, row["aliases"].split("|"))]:
            assert fold(surface) not in seen, surface
            seen.add(fold(surface))


def test_new_regions_bases_and_waters_are_places(pipeline):
    labels = node_labels(pipeline, "Floods closed roads across Manitoba and Saskatchewan, and two Chinese destroyers "
                                   "sailed through the Osumi Strait near NAS Oceana's old training area.",
                         "2025-05-10")
    assert {("Place", "Manitoba"), ("Place", "Saskatchewan"), ("Place", "Ōsumi Strait")} <= labels


def test_a_region_a_state_owns_is_located_in_it(pipeline):
    edges = edges_of(pipeline, "Drones struck an oil depot in Iran's Fars Province on Monday.")
    assert ("Fars Province", "Iran") in _of_type(edges, "LOCATED_IN")


def test_jets_deployed_to_a_new_base(pipeline):
    edges = edges_of(pipeline, "Germany deployed four Eurofighter Typhoon jets to Šiauliai Air Base in May.")
    assert ("Eurofighter Typhoon", "Siauliai Air Base") in _of_type(edges, "DEPLOYED_TO")


def test_a_ship_sent_to_a_new_strait(pipeline):
    edges = edges_of(pipeline, "Australia sent the frigate HMAS Toowoomba to the Singapore Strait.")
    assert ("HMAS Toowoomba", "Singapore Strait") in _of_type(edges, "DEPLOYED_TO")


def test_an_exercise_held_at_a_new_range(pipeline):
    edges = edges_of(pipeline, "The Anakonda-24 exercise was held at the Nowa Dęba training area in May 2024.")
    assert any(o == "Nowa Dęba training area" for _, o in _of_type(edges, "HELD_IN")), edges
