"""Session 31 (issue 10): membership, ties and conflicts in shapes the rules missed, on sentences of our own.

MEMBER_OF: a state tied, bound or linked to a bloc ("Armenia, which is tied to the CSTO"), confirmed by the
membership data; joiners the parser hangs under the bloc they joined."""
from __future__ import annotations

import pytest

from graph.text import Document
from graph.text.metadata import Metadata


def edges(pipeline, text: str, types: set[str], published: str = "2024-05-02") -> set[tuple[str, str, str]]:
    doc = Document.from_text(text, meta=Metadata(published=published, date_source="cli"))
    g = pipeline.process(doc)
    name = {n: a["name"] for n, a in g.nodes(data=True)}
    return {(name[s], d["type"], name[t]) for s, t, d in g.edges(data=True)
            if d["type"] in types and d.get("provenance") == "text"}


CSTO, NATO = "Collective Security Treaty Organization", "North Atlantic Treaty Organization"


@pytest.mark.parametrize("text,expected", [
    ("Armenia, which is tied to the CSTO by treaty, bought Indian guns.", {("Armenia", "MEMBER_OF", CSTO)}),
    ("Kazakhstan's ties to the CSTO run deep.", {("Kazakhstan", "MEMBER_OF", CSTO)}),
    ("Belarus, bound to Russia through the Collective Security Treaty Organization, hosts Russian troops.",
     {("Belarus", "MEMBER_OF", CSTO)}),
])
def test_tied_to_bloc(pipeline, text, expected):
    found = edges(pipeline, text, {"MEMBER_OF"})
    assert expected <= found, f"missing {expected - found}; found {found}"


@pytest.mark.parametrize("text,absent", [
    # the data has no such membership: ties to a bloc are no membership of it
    ("Ukraine's ties to NATO have grown.", {("Ukraine", "MEMBER_OF", NATO)}),
    ("Georgia, which is linked to NATO through a partnership, held drills.", {("Georgia", "MEMBER_OF", NATO)}),
])
def test_ties_of_non_members(pipeline, text, absent):
    found = edges(pipeline, text, {"MEMBER_OF"})
    assert not absent & found, f"unexpected {absent & found}"
