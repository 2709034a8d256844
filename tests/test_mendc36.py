"""mendc36: catalogue36's non-defence company rows and the relation rules they newly trigger, on invented sentences
(none taken from an article): a common word read as a firm, an operator before a maker's type, a part maker, a
civil firm's goods read as an arms transfer, a country before a foreign firm read as its home."""
from __future__ import annotations

import pytest

from tests.extracted import graph_of, relations_in

_DAY = "2025-03-10"


def _labels(pipeline, text: str) -> set[tuple[str, str]]:
    g = graph_of(pipeline, text, _DAY)
    return {(a["label"], a["name"]) for _, a in g.nodes(data=True) if a.get("label") != "Document"}


@pytest.mark.parametrize("text", [
    "Intel gathered by Polish scouts suggests the convoy was moving north.",
    "Intel from the front indicates that the brigade has withdrawn.",
])
def test_intel_is_no_company(pipeline, text):
    assert not {n for lab, n in _labels(pipeline, text) if lab == "Company" and n.startswith("Intel")}


_WRONG = [
    # an operator named before the maker's type makes nothing
    ("The Aeroflot Airbus A321 was impounded at the airport.", ("Aeroflot", "MANUFACTURES", "Airbus A321")),
    ("The Turkish Airlines Airbus A330 was delayed by the storm.", ("Turkish Airlines", "MANUFACTURES", "Airbus A330")),
    # chips and computers are parts: their maker does not make the jet
    ("Samsung Electronics makes chips for Sony and for the Rafale's mission computers.",
     ("Samsung Electronics", "MANUFACTURES", "Rafale")),
    # a civil firm's goods are no arms transfer
    ("ZTE supplied 4G equipment to Kenya's police.", ("ZTE", "SUPPLIES", "Kenya")),
    ("Hikvision supplied surveillance equipment to Uganda's police.", ("Hikvision", "SUPPLIES", "Uganda")),
    # a country before a firm the reference data gives another home
    ("The company sold Moldova OneWeb terminals last year.", ("OneWeb", "BASED_IN", "Moldova")),
    ("Officials said Poland's Huawei contracts would be reviewed.", ("Huawei", "BASED_IN", "Poland")),
]


@pytest.mark.parametrize(("text", "triple"), _WRONG)
def test_no_wrong_relation(pipeline, text, triple):
    assert triple not in relations_in(graph_of(pipeline, text, _DAY))
