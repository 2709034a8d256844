"""Ties between states and bodies (session 13), on invented sentences: membership said by "belong
to", a bloc's pact "with" other states, no bloc from a possessor or a headline; cooperation by
turning to a partner or choosing one; no tie from a purchase, a hoped-for clause, "neither ... nor",
subjects acting towards a third party or "signing up" each on its own; a halt to hostilities is a
conflict."""
from __future__ import annotations

import pytest

from graph.text import Document
from graph.text.metadata import Metadata


def relations(pipeline, text: str, type_: str, published: str = "2024-05-02") -> set[tuple[str, str]]:
    doc = Document.from_text(text, meta=Metadata(published=published, date_source="cli"))
    g = pipeline.process(doc)
    name = {n: a["name"] for n, a in g.nodes(data=True)}
    return {(name[s], name[t]) for s, t, d in g.edges(data=True) if d["type"] == type_}


def tied(found: set[tuple[str, str]], a: str, b: str) -> bool:
    return any({a, b} <= {x, y} or (a in x and b in y) or (b in x and a in y) for x, y in found)


@pytest.mark.parametrize("text,member,bloc", [
    ("Armenia and Belarus, both close to Moscow, also belong to the Eurasian Economic Union.",
     "Belarus", "Eurasian Economic Union"),
    ("Tajikistan has belonged to the Collective Security Treaty Organization since the 1990s.",
     "Tajikistan", "Collective Security"),
    ("The yard will build the boats for Canberra under the AUKUS pact with the United States and Britain.",
     "United States", "AUKUS"),
])
def test_membership_said(pipeline, text, member, bloc):
    found = relations(pipeline, text, "MEMBER_OF")
    assert any(m == member and bloc in b for m, b in found), found


@pytest.mark.parametrize("text,member", [
    # the cue is said of what the bloc owns, not of the bloc
    ("Hungarian Air Force Gripens flying from Siauliai as part of NATO's Baltic Air Policing mission were scrambled twice.",
     "Hungarian Air Force"),
    ("The battalion is preparing for an evaluation under NATO's Partnership for Peace programme, Georgia said.",
     "Georgia"),
])
def test_no_membership_from_a_possessor(pipeline, text, member):
    found = relations(pipeline, text, "MEMBER_OF")
    assert not any(m == member for m, _ in found), found


def test_headline_join_names_no_bloc(pipeline):
    text = ("Erdogan tours Anatolian Eagle as Pakistani and Qatari troops join Turkey-Azerbaijan drills\n\n"
            "Thousands of soldiers took part in the exercise near Izmir, NATO officials said on Friday. "
            "NATO members watched closely.")
    found = relations(pipeline, text, "MEMBER_OF")
    assert not any(m in {"Pakistan", "Qatar"} for m, _ in found), found


@pytest.mark.parametrize("text,a,b", [
    ("Burkina Faso has since turned to Moscow for security.", "Burkina Faso", "Russia"),
    ("Finland has chosen Sweden as its partner for a new class of corvettes.", "Finland", "Sweden"),
])
def test_cooperation_said(pipeline, text, a, b):
    found = relations(pipeline, text, "COOPERATES_WITH")
    assert tied(found, a, b), found


@pytest.mark.parametrize("text,a,b", [
    # a round of appeals, not a new partner
    ("Georgia has turned to Moscow, to the United Nations and to the European Union.", "Georgia", "Russia"),
    # a purchase, not a tie
    ("Vietnam signed with Russia's Rosoboronexport in 2023 for 12 Su-30 fighters.", "Vietnam", "Rosoboronexport"),
    ("The Kenyan ministry signed an agreement with Britain's Babcock to lease two patrol ships.", "Kenya", "Babcock"),
    # only hoped for
    ("Officials said Spain had hoped a frigate win would deepen its ties with Oslo.", "Spain", "Norway"),
    # neither of them
    ("Neither Qatar nor Oman, the two Gulf states with the most to lose, appeared among the partners.", "Qatar", "Oman"),
    # each of them with the host, not with each other
    ("Meloni and Macron also held bilateral meetings with the host on Friday.", "Italy", "France"),
    # each signed up as a buyer
    ("Greece and Egypt signed up in 2015 as well.", "Greece", "Egypt"),
])
def test_no_cooperation(pipeline, text, a, b):
    found = relations(pipeline, text, "COOPERATES_WITH")
    assert not tied(found, a, b), found


def test_halted_hostilities_are_a_conflict(pipeline):
    text = "The talks came a day after Armenia and Azerbaijan agreed to halt three days of artillery exchanges."
    assert tied(relations(pipeline, text, "IN_CONFLICT_WITH"), "Armenia", "Azerbaijan")
    assert not tied(relations(pipeline, text, "COOPERATES_WITH"), "Armenia", "Azerbaijan")


def test_venture_of_a_state_pair(pipeline):
    text = "The frigate carries a missile made by the Indian-Russian joint venture BrahMos Aerospace."
    found = relations(pipeline, text, "JOINT_VENTURE_OF")
    assert {("BrahMos Aerospace", "India"), ("BrahMos Aerospace", "Russia")} <= found, found
    assert not relations(pipeline, text, "BASED_IN") & {("BrahMos Aerospace", "Russia"), ("BrahMos Aerospace", "India")}


@pytest.mark.parametrize("text,part,owner", [
    ("Turkish drone maker Baykar now owns Piaggio Aerospace, the Italian firm said.", "Piaggio Aerospace", "Baykar"),
    ("Rheinmetall, which owns Expal, did not comment on the order.", "Expal", "Rheinmetall"),
])
def test_owned_company_is_a_part(pipeline, text, part, owner):
    found = relations(pipeline, text, "PART_OF")
    assert any(part in p and owner in o for p, o in found), found


def test_a_stake_is_no_part(pipeline):
    found = relations(pipeline, "Hanwha owns 20 percent of Austal after the approval.", "PART_OF")
    assert not any("Austal" in p for p, _ in found), found


def test_venture_named_after_a_firm_is_the_firms(pipeline):
    text = ("Ankara Aselsan Systems, the Turkish-Azerbaijani joint venture for radars, opened a plant. "
            "Aselsan holds half of the company.")
    found = relations(pipeline, text, "JOINT_VENTURE_OF")
    assert not any(p in {"Turkey", "Azerbaijan"} for _, p in found), found
