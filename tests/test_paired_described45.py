"""Coordinated subjects whose second party is a described firm ("A and the Swedish drone maker B signed"):
the demonym describes the named firm, the two firms are partners (families/paired.py joint subjects);
a generic head ("NATO states and Finland") still names no pair. Sentences of our own."""
from __future__ import annotations

import pytest

from graph.text import Document
from graph.text.metadata import Metadata

COOP = "COOPERATES_WITH"


def ties(pipeline, text: str) -> set[tuple[str, str, str]]:
    doc = Document.from_text(text, meta=Metadata(published="2024-05-02", date_source="cli"))
    g = pipeline.process(doc)
    name = {n: a["name"] for n, a in g.nodes(data=True)}
    return {(d["type"], *sorted((name[s], name[t]))) for s, t, d in g.edges(data=True)
            if d["type"] == COOP and d.get("provenance") == "text"}


@pytest.mark.parametrize("text,a,b", [
    ("Thales and the Swedish drone maker Saab on Monday signed an agreement to build radars.", "Saab", "Thales"),
    ("France's Thales and the Swedish company Saab have signed a cooperation agreement.", "Saab", "Thales"),
    ("Germany's Rheinmetall and the Norwegian defence group Kongsberg concluded a memorandum on missiles.",
     "Kongsberg", "Rheinmetall"),
    # the parser hangs the name on the first firm, not on the description before it
    ("Saab and the Finnish satellite company ICEYE signed a memorandum of understanding on Thursday.", "ICEYE", "Saab"),
])
def test_described_firm_in_a_coordinated_subject_is_a_partner(pipeline, text, a, b):
    assert (COOP, a, b) in ties(pipeline, text)


@pytest.mark.parametrize("text", [
    "Fourteen NATO states and Finland signed the declaration.",
    "Thales and the Swedish drone maker Saab signed a contract for radars.",
])
def test_generic_heads_and_sales_stay_without_a_tie(pipeline, text):
    assert not ties(pipeline, text)
