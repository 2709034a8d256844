"""Variants with a reference article of their own are catalogue rows of their own (session 36): the writers'
ruling is that a variant with no page of its own is an alias of its family, so one with a page (HAL Rudra beside
the Dhruv, the Tu-142 beside the Tu-95, the MQ-4C Triton beside the Global Hawk) is its own platform even where
an article names both, and keeps its own maker and origin. Lone forms of a family with no page stay the family's.
Sentences of our own."""
from __future__ import annotations

import pytest

from graph.reference import load_reference
from graph.text import Document
from graph.text.metadata import from_text

#: variant -> the family row that held it as an alias before session 36
SPLIT = {
    "Rudra": "Dhruv",
    "Tu-142": "Tu-95",
    "MQ-4C Triton": "RQ-4 Global Hawk",
    "Type 212CD": "Type 212 submarine",
    "Wing Loong II": "Wing Loong",
    "Tornado ECR": "Tornado",
    "Tughril class": "Type 054A frigate",
    "BrahMos-NG": "BrahMos",
    "MQ-9B": "MQ-9 Reaper",
    "F-15E Strike Eagle": "F-15",
    "Mirage 2000D": "Mirage 2000",
    "K9 Vajra-T": "K9 Thunder",
    "Amphibious Combat Vehicle": "Iveco SuperAV",
}


def _platforms(pipeline, text: str) -> dict[str, dict]:
    g = pipeline.process(Document.from_text(text, meta=from_text(text)))
    return {d["name"]: d for _, d in g.nodes(data=True) if d.get("label") == "Platform"}


@pytest.mark.parametrize("variant,family", sorted(SPLIT.items()))
def test_a_variant_with_its_own_article_is_its_own_row(variant, family):
    ref = load_reference()
    own, fam = ref.find("Platform", variant), ref.find("Platform", family)
    assert own is not None and fam is not None and own.id != fam.id
    assert own.makers and own.origin  # the reference facts stay with the split row


@pytest.mark.parametrize("text,variant,family", [
    ("The navy flies Tu-142 patrol aircraft from the same base as its Tu-95 bombers.", "Tu-142", "Tu-95"),
    ("The Indian Army flies Dhruv transport helicopters and Rudra attack helicopters.", "Rudra", "Dhruv"),
    ("Australia flies the MQ-4C Triton, a cousin of the RQ-4 Global Hawk that America flies.", "Triton", "Global Hawk"),
])
def test_family_and_variant_with_its_own_article_are_two_platforms(pipeline, text, variant, family):
    names = set(_platforms(pipeline, text))
    assert any(variant in n for n in names) and any(family in n for n in names)
    assert len(names) == 2


def test_a_lone_split_variant_keeps_its_maker(pipeline):
    text = "India ordered six more Rudra helicopters in March."
    g = pipeline.process(Document.from_text(text, meta=from_text(text)))
    name = {n: d.get("name") for n, d in g.nodes(data=True)}
    platforms = [d["name"] for _, d in g.nodes(data=True) if d.get("label") == "Platform"]
    assert len(platforms) == 1 and "Rudra" in platforms[0]
    assert any(d["type"] == "MANUFACTURES" and name[v] == platforms[0] and "Hindustan" in (name[u] or "")
               for u, v, d in g.edges(data=True))


def test_a_variant_without_its_own_article_stays_the_family(pipeline):
    assert len(_platforms(pipeline, "Norway flies the F-35 and received three more F-35A jets in May.")) == 1


def test_a_plain_name_listed_before_a_confirmed_sibling_is_a_platform(pipeline):
    """Both plain names need a military context; the noun after the second confirms it, then the first as its
    sibling in the list (a second pass over the unsure names)."""
    names = set(_platforms(pipeline, "Pilots of the army flew Dhruv and Rudra helicopters over the valley."))
    assert "Dhruv" in names and any("Rudra" in n for n in names)
