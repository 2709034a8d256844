"""Tie recall (session 35), on sentences of our own: two or three states that hold an exercise together
cooperate ("A and B wrapped up a drill"), not a crowd, not each on its own, not a multinational exercise, and so do
forces that train, exercise or fight "together" ("fought together against X" is no conflict between them);
combat, a fight or raids aimed "against" a side are a conflict ("years of combat against X"); aid given to a
party counted in a sum is a tie ("$1.5 billion in aid to X"); a venture a firm has "with" another is a tie,
not a venture of the firm's."""
from __future__ import annotations

import pytest
from test_ties import CONFLICT, COOP, tie, ties


@pytest.mark.parametrize("text,expected", [
    ("Ghana and Togo opened Exercise Coastal Shield near Lome on Monday.", {tie(COOP, "Ghana", "Togo")}),
    ("Chilean and Peruvian marines conducted an amphibious exercise on the coast.", {tie(COOP, "Chile", "Peru")}),
    ("Egypt, Sudan and Saudi Arabia wrapped up a naval drill in the Red Sea.",
     {tie(COOP, "Egypt", "Sudan"), tie(COOP, "Egypt", "Saudi Arabia"), tie(COOP, "Saudi Arabia", "Sudan")}),
    # two states' forces that hold an exercise: the states cooperate
    ("The Chilean Navy and the Peruvian Navy closed Exercise Sea Shield on Friday.", {tie(COOP, "Chile", "Peru")}),
    # forces that train, exercise or fight "together" are partners (not foes: "fought together against X")
    ("Chile and Peru have trained together for years in the Sea Shield exercise.", {tie(COOP, "Chile", "Peru")}),
    ("The Ghanaian and Togolese navies exercised together off Lome.", {tie(COOP, "Ghana", "Togo")}),
    ("Chile and Peru fought together against Spain in 1866.",
     {tie(COOP, "Chile", "Peru"), tie(CONFLICT, "Chile", "Spain"), tie(CONFLICT, "Peru", "Spain")}),
    # armed work aimed against a side
    ("Colombia will share lessons from decades of combat against the FARC.",
     {tie(CONFLICT, "Colombia", "Revolutionary Armed Forces of Colombia")}),
    ("Iraq has led the fight against the Islamic State since 2014.", {tie(CONFLICT, "Iraq", "Islamic State")}),
    # aid given to a party, counted in a sum
    ("Japan pledged $1.5 billion in aid to Moldova.", {tie(COOP, "Japan", "Moldova")}),
    ("The European Union offered 90 billion euros of support to Moldova.", {tie(COOP, "European Union", "Moldova")}),
    # a venture a firm holds "with" others: the holder and each partner cooperate
    ("Larsen & Toubro already has joint ventures with Dassault Aviation and Thales.",
     {tie(COOP, "Dassault Aviation", "Larsen & Toubro"), tie(COOP, "Larsen & Toubro", "Thales")}),
])
def test_tied(pipeline, text, expected):
    found = ties(pipeline, text)
    assert expected <= found, f"missing {expected - found}"


@pytest.mark.parametrize("text,absent", [
    # each on its own, their own drills, a crowd, a multinational exercise, a third party named by "with"
    ("Chile and Argentina each held drills in the south.", {tie(COOP, "Argentina", "Chile")}),
    ("Peru and Ecuador staged their own drills on the border.", {tie(COOP, "Ecuador", "Peru")}),
    ("France, Germany, Spain and Italy held a drill in the Alps.", {tie(COOP, "France", "Germany")}),
    ("Chile and Peru fought together against Spain in 1866.", {tie(CONFLICT, "Chile", "Peru")}),
    ("Chile and Peru each trained alone in the desert.", {tie(COOP, "Chile", "Peru")}),
    ("Kenya and Uganda held a multinational exercise with troops from Rwanda.", {tie(COOP, "Kenya", "Uganda")}),
    # an exercise noun that is no object of holding; a mission against no named side
    ("Ghana and Togo criticised the exercise.", {tie(COOP, "Ghana", "Togo")}),
    ("Norway joined the mission against piracy off Somalia.", {tie(CONFLICT, "Norway", "Somalia")}),
    # aid for no party: a span of time, talks; intercept missions against aircraft
    ("Canada provided support for two years after the floods in Ghana.", {tie(COOP, "Canada", "Ghana")}),
    ("Japan pledged $2 million in aid for the talks between Sudan and Chad.",
     {tie(COOP, "Japan", "Sudan"), tie(COOP, "Chad", "Japan")}),
    ("The Philippine Air Force flew 300 intercept missions, most of them against Chinese aircraft.",
     {tie(CONFLICT, "China", "Philippine Air Force"), tie(CONFLICT, "China", "Philippines")}),
])
def test_not_tied(pipeline, text, absent):
    found = ties(pipeline, text)
    assert not absent & found, f"unexpected {absent & found}"


def test_held_venture_is_no_venture_of_its_holder(pipeline):
    """ "A has a joint venture with B" names no venture company: A is no JOINT_VENTURE_OF B."""
    from graph.text import Document
    from graph.text.metadata import Metadata

    doc = Document.from_text("Bharat Forge runs a joint venture with Rafael in Nagpur.",
                             meta=Metadata(published="2024-05-02", date_source="cli"))
    g = pipeline.process(doc)
    assert not [d for _, _, d in g.edges(data=True) if d["type"] == "JOINT_VENTURE_OF"]
