"""A state holding a bloc's rotating chair is a member of it (MEMBER_OF), on invented sentences."""
from __future__ import annotations

import pytest

from graph.text import Document
from graph.text.metadata import Metadata


def members(pipeline, text: str) -> set[tuple[str, str]]:
    doc = Document.from_text(text, meta=Metadata(published="2024-05-02", date_source="cli"))
    g = pipeline.process(doc)
    name = {n: a["name"] for n, a in g.nodes(data=True)}
    return {(name[s], name[t]) for s, t, d in g.edges(data=True) if d["type"] == "MEMBER_OF"}


@pytest.mark.parametrize("text,member,bloc", [
    ("The African Union met in Addis Ababa. Angola takes over the rotating chair next year.",
     "Angola", "African Union"),
    ("Ecuador, which holds the rotating chairmanship of the Andean Community this year, hosted the talks.",
     "Ecuador", "Andean Community"),
    ("Leaders of the Shanghai Cooperation Organisation gathered in Astana at the close of Kazakhstan's year as chair.",
     "Kazakhstan", "Shanghai Cooperation Organisation"),
])
def test_chair_holder_is_member(pipeline, text, member, bloc):
    found = members(pipeline, text)
    assert any(m == member and bloc.split()[0] in b for m, b in found), found


@pytest.mark.parametrize("text", [
    # the chair of something that is no bloc, and a chair denied
    "The African Union met in Addis Ababa. Kenya took the chair of the drafting committee.",
    "The African Union met in Addis Ababa. Kenya did not take the rotating chair.",
])
def test_no_chair_membership(pipeline, text):
    assert ("Kenya", "African Union") not in members(pipeline, text)
