"""Membership, ties and supply kinds of session 17, on invented sentences: a bloc's members listed
after "the founding members", "their grouping with A and B", "joined in" (no accession), talks on a
summit's sidelines (no tie), "A chose X to supply ..." (X supplies) and a purchase "for" a service."""
from __future__ import annotations

import pytest

from graph.text import Document
from graph.text.metadata import Metadata


def edges(pipeline, text: str, kind: str) -> set[tuple[str, str]]:
    doc = Document.from_text(text, meta=Metadata(published="2024-05-02", date_source="cli"))
    g = pipeline.process(doc)
    name = {n: a["name"] for n, a in g.nodes(data=True)}
    return {(name[s], name[t]) for s, t, d in g.edges(data=True) if d["type"] == kind}


def test_listed_founding_members(pipeline):
    found = edges(pipeline, "Leaders of the Shanghai Cooperation Organisation met in Astana on Thursday. India and "
                            "Pakistan now sit beside the founding members China, Russia, Kazakhstan and Kyrgyzstan.",
                  "MEMBER_OF")
    blocs = {m: b for m, b in found}
    for member in ("China", "Kazakhstan", "India", "Pakistan"):
        assert "Shanghai" in blocs.get(member, ""), found


def test_listed_members_need_the_data(pipeline):
    # the list names a state the membership data does not give the bloc: it is left out
    found = edges(pipeline, "Leaders of the Shanghai Cooperation Organisation met in Astana on Thursday. Guests sat "
                            "beside the founding members China, Russia and Mongolia.", "MEMBER_OF")
    assert not any(m == "Mongolia" for m, _ in found), found


def test_grouping_with(pipeline):
    found = edges(pipeline, "Japan and Australia hailed the Quad, their grouping with India and the United States, "
                            "as vital to the region.", "MEMBER_OF")
    members = {m for m, b in found if "Quadrilateral" in b or b == "Quad"}
    assert {"India", "United States"} <= members, found


def test_joined_in_is_no_accession(pipeline):
    text = ("NATO began its largest exercise in Norway on Monday. Every one of the member states sent troops, and two "
            "partners, Austria and Ireland, joined in.")
    assert not {m for m, _ in edges(pipeline, text, "MEMBER_OF")} & {"Austria", "Ireland"}
    assert not any({"Austria", "Ireland"} == set(p) for p in edges(pipeline, text, "COOPERATES_WITH"))


@pytest.mark.parametrize("text,tie", [
    ("Ghana held talks with India on the sidelines of the summit in Rio.", False),
    ("Ghana held talks with India in Accra on defence cooperation.", True),
])
def test_sideline_talks(pipeline, text, tie):
    found = edges(pipeline, text, "COOPERATES_WITH")
    assert any({"Ghana", "India"} == set(p) for p in found) is tie, found


def test_chosen_supplier(pipeline):
    found = edges(pipeline, "Peru has chosen Saab to supply six Gripen fighters to the Peruvian Air Force.", "SUPPLIES")
    assert any(s.startswith("Saab") for s, _ in found), found
    assert not any(s == "Peru" for s, _ in found), found


def test_purchase_for_a_service(pipeline):
    found = edges(pipeline, "Chile's defence council approved the purchase of 12 F-16 fighters from Lockheed Martin "
                            "for the Chilean Air Force.", "SUPPLIES")
    assert ("Lockheed Martin", "Chilean Air Force") in found, found
