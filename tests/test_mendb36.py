"""mendb36: a body after "at" hanging from a person's trade or a verb of speaking to the press is no place, and
"<unit> of" does not replace a catalogued region's entry (invented sentences; review36's findings)."""
from __future__ import annotations

import pytest

from tests.extracted import graph_of

_DAY = "2025-03-10"


def _labels(pipeline, text: str) -> set[tuple[str, str]]:
    g = graph_of(pipeline, text, _DAY)
    return {(a["label"], a["name"]) for _, a in g.nodes(data=True) if a.get("label") != "Document"}


@pytest.mark.parametrize(("text", "name"), [
    ("Engineers at Dornmark, the sensor's maker, said the tests had gone well.", "Dornmark"),
    ("Bankers at Lazard, which advised the deal, declined to comment.", "Lazard"),
    ("He told reporters at Reuters, on the sidelines of the summit, that Kyiv needed shells.", "Reuters"),
    ("The minister was interviewed at Bloomberg, where he defended the budget.", "Bloomberg"),
    ("Officials at Trennhaus in Bavaria confirmed the contract.", "Trennhaus"),
])
def test_body_after_person_at_is_no_place(pipeline, text, name):
    labels = _labels(pipeline, text)
    assert ("Place", name) not in labels
    assert not any(lab == "Event" and name in n for lab, n in labels)


@pytest.mark.parametrize("text", [
    "Fighting continued in the province of Idlib near the Turkish border.",
    "Shelling hit villages in the governorate of Idlib on Monday.",
])
def test_unit_of_catalogued_region_keeps_its_entry(pipeline, text):
    assert ("Place", "Idlib") in _labels(pipeline, text)


@pytest.mark.parametrize(("text", "name"), [
    ("The corvette was built at Itajaí by a local yard.", "Itajaí"),
    ("A ceremony at Kadriorg, the presidential palace, marked the day.", "Kadriorg"),
])
def test_site_after_at_stays_a_place(pipeline, text, name):
    assert ("Place", name) in _labels(pipeline, text)
