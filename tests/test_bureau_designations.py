"""Design-bureau designations (issue 10, session 17): "Su-", "Mi-", "Il-", "Ka-", "MiG-" names with a
lower-case letter before the hyphen are designations too, so a variant the catalogue lacks
("Mi-17V5", "Il-76MF") is a platform of its family's category, not a place or nothing."""
from __future__ import annotations

from graph.mentions.designations import is_designation
from graph.text import Document
from graph.text.metadata import from_text


def _labels(pipeline, text: str) -> dict[str, str]:
    g = pipeline.process(Document.from_text(text, meta=from_text(text)))
    return {d["name"]: d["label"] for _, d in g.nodes(data=True) if d.get("label") != "Document"}


def test_bureau_shapes_are_designations():
    assert all(is_designation(t) for t in ("Su-35S", "Mi-24P", "MiG-31BM", "Il-78M", "Tu-22M3", "An-26"))
    assert not any(is_designation(t) for t in ("Covid-19", "Mid-2020", "Pre-2021", "Al-Qaeda"))


def test_uncatalogued_variant_of_a_bureau_family_is_a_platform(pipeline):
    labels = _labels(pipeline, "The Peruvian Army lost two Mi-17V5 helicopters in the mountains last year.")
    assert labels.get("Mi-17V5") == "Platform"


def test_uncatalogued_transport_variant_is_a_platform(pipeline):
    labels = _labels(pipeline, "Algeria took delivery of three Il-76MF transports from a Russian plant.")
    assert labels.get("Il-76MF") == "Platform"
