"""Organisations, people and ties (issue 10): membership by joining, founding and description,
titles with ranks and bodies, entity precision; invented sentences about other countries."""
from __future__ import annotations

import pytest

from graph.text import Document
from graph.text.metadata import Metadata


def edges(pipeline, text: str, published: str | None = "2024-05-02") -> set[tuple[str, str, str]]:
    doc = Document.from_text(text, meta=Metadata(published=published, date_source="cli" if published else None))
    g = pipeline.process(doc)
    name = {n: a["name"] for n, a in g.nodes(data=True)}
    return {(name[s], d["type"], name[t]) for s, t, d in g.edges(data=True) if d.get("provenance") == "text"}


def labels(pipeline, text: str, published: str | None = "2024-05-02") -> set[tuple[str, str]]:
    doc = Document.from_text(text, meta=Metadata(published=published, date_source="cli" if published else None))
    g = pipeline.process(doc)
    return {(a["label"], a["name"]) for _, a in g.nodes(data=True) if a.get("label") != "Document"}


NATO, SCO = "North Atlantic Treaty Organization", "Shanghai Cooperation Organisation"
CSTO, ASEAN = "Collective Security Treaty Organization", "Association of Southeast Asian Nations"


@pytest.mark.parametrize("text,expected,absent", [
    # joining with the bloc as a generic noun or left out, and a clause that follows suit
    ("NATO leaders met in Vilnius. Montenegro joined the alliance in 2017, and North Macedonia followed in 2020.",
     {("Montenegro", "MEMBER_OF", NATO), ("North Macedonia", "MEMBER_OF", NATO)}, set()),
    ("ASEAN foreign ministers met in Vientiane. Cambodia was admitted in 1999, two years after Laos.",
     {("Cambodia", "MEMBER_OF", ASEAN)}, set()),
    # "whose country": the country of the person's title
    ("Albanian Prime Minister Edi Rama, whose country joined NATO in 2009, spoke first.",
     {("Albania", "MEMBER_OF", NATO)}, {("Edi Rama", "LEADS", NATO)}),
    ("Kyrgyz President Sadyr Japarov, whose country chairs the CSTO this year, opened the session.",
     {("Kyrgyzstan", "MEMBER_OF", CSTO)}, {("Sadyr Japarov", "LEADS", CSTO)}),
    # founders of a bloc
    ("The Shanghai Cooperation Organisation was founded in 2001 by China, Russia and Uzbekistan.",
     {("China", "MEMBER_OF", SCO), ("Russia", "MEMBER_OF", SCO), ("Uzbekistan", "MEMBER_OF", SCO)}, set()),
    # another body joined: no membership
    ("NATO ministers met in Brussels. Austria joined the exercise in 2022.", set(),
     {("Austria", "MEMBER_OF", NATO)}),
])
def test_joining(pipeline, text, expected, absent):
    found = edges(pipeline, text)
    assert expected <= found, f"missing {expected - found}"
    assert not (absent & found), f"unexpected {absent & found}"


@pytest.mark.parametrize("text,absent", [
    # a member named near a membership cue but not said to be one
    ("Norway has placed an order with France's Naval Group, in what officials called the largest purchase "
     "the country has made since joining NATO.", {("France", "MEMBER_OF", NATO)}),
    ("Canada and Denmark set up the group with other allies, and Washington approved the plan a week later.",
     {("United States", "MEMBER_OF", NATO)}),
    # "non-NATO ally" denies the alliance
    ("Washington named Colombia a major non-NATO ally in 2022.", {("United States", "MEMBER_OF", NATO)}),
    ("Kazakhstan, which belongs to the Moscow-led CSTO, signed the pact.", {("Russia", "MEMBER_OF", CSTO)}),
])
def test_membership_said_of_the_member(pipeline, text, absent):
    assert not (absent & edges(pipeline, text))
