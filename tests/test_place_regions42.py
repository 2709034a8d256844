"""The first-level administrative regions of graph/reference/data/places_regions.csv: every row has a kind, a
known state and a source, and no name or alias of a row is a name of another reference entry (another place, a
state, a body, a firm, an organisation), so that adding a region never takes another entry's mentions."""
from __future__ import annotations

import csv
from pathlib import Path

from graph.ids import fold
from graph.reference import load_reference

ROWS = Path(__file__).resolve().parents[1] / "graph" / "reference" / "data" / "places_regions.csv"


def _rows() -> list[dict]:
    with ROWS.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_every_row_has_a_kind_a_known_state_and_a_source():
    ref = load_reference()
    for row in _rows():
        assert row["kind"] == "region", row["name"]
        assert row["source"].startswith("Wikipedia: "), row["name"]
        assert ref.find("Country", row["country"]) is not None, row["country"]


def test_no_name_or_alias_is_another_entrys_name():
    ref = load_reference()
    names = {fold(row["name"]) for row in _rows()}
    for row in _rows():
        for surface in [row["name"], *filter(None, row["aliases"].split("|"))]:
            others = [e for e in ref.lookup(surface) if not (e.label == "Place" and fold(e.name) in names
                                                             and fold(e.name) == fold(row["name"]))]
            assert not others, (surface, [(e.label, e.name) for e in others])


def test_a_region_in_a_sentence_is_a_place(pipeline):
    from tests.extracted import node_labels

    labels = set(node_labels(pipeline, "Japan's navy held a drill off Kanagawa, and Indonesia sent two ships "
                                       "from South Sulawesi."))
    assert ("Place", "Kanagawa Prefecture") in labels
    assert ("Place", "South Sulawesi") in labels


def test_a_regions_bare_name_folds_into_the_region_by_its_alias(pipeline):
    from tests.extracted import node_labels

    labels = set(node_labels(pipeline, "The first jets landed at an air base in Córdoba province on Monday. "
                                       "Crowds in Córdoba cheered as the pilots taxied past."))
    assert ("Place", "Córdoba Province, Argentina") in labels
    assert ("Place", "Córdoba") not in labels
