"""Ties between states and bodies (session 11): training together, making something together, a
departure from a bloc done (a former member), an observer in apposition, a reciprocal conflict said
in a relative clause on a list, the named examples of a plural rival or partner noun, and "its" after
a pronoun standing for the last sentence's subject; on sentences of our own through the real pipeline."""
from __future__ import annotations

import pytest

from graph.text import Document
from graph.text.metadata import Metadata

COOP, CONFLICT, MEMBER = "COOPERATES_WITH", "IN_CONFLICT_WITH", "MEMBER_OF"


def edges(pipeline, text: str) -> dict[tuple[str, frozenset[str]], dict]:
    """(type, {name, name}) -> properties of the text's ties, conflicts and memberships."""
    doc = Document.from_text(text, meta=Metadata(published="2024-05-02", date_source="cli"))
    g = pipeline.process(doc)
    name = {n: a["name"] for n, a in g.nodes(data=True)}
    return {(d["type"], frozenset((name[s], name[t]))): d for s, t, d in g.edges(data=True)
            if d["type"] in {COOP, CONFLICT, MEMBER} and d.get("provenance") == "text"}


def pair(type_: str, a: str, b: str) -> tuple[str, frozenset[str]]:
    return type_, frozenset((a, b))


@pytest.mark.parametrize("text,expected", [
    # training: the trainer and the trainees' state, training "with" another's forces, "in" its country
    ("Spain will train Moldovan officers at its staff college next year.", pair(COOP, "Spain", "Moldova")),
    ("Mongolian troops have trained with Indian soldiers near Ulaanbaatar every summer.",
     pair(COOP, "Mongolia", "India")),
    ("Dozens of Kenyan pilots have been trained in Italy since 2019.", pair(COOP, "Kenya", "Italy")),
    ("Reports said Egyptian crews were already training in France.", pair(COOP, "Egypt", "France")),
    # making something with a named party, wherever the parser hangs the "with"
    ("Hyundai Rotem will assemble the tanks for the Polish Army with Bumar-Łabędy.",
     pair(COOP, "Hyundai Rotem", "Bumar-Łabędy")),
    ("Egypt has been building the frigates at a yard in Alexandria with Naval Group since 2020.",
     pair(COOP, "Egypt", "Naval Group")),
    # a base kept in another state; another's base or forces hosted
    ("France still keeps a naval base in Djibouti and an air base at Niamey in Niger.", pair(COOP, "France", "Niger")),
    ("France still keeps a naval base in Djibouti and an air base at Niamey in Niger.",
     pair(COOP, "France", "Djibouti")),
    ("Washington, which maintains a large base in the Japanese city of Okinawa, protested.",
     pair(COOP, "United States", "Japan")),
    ("Diplomats said Bahrain, which hosts a major British base, was consulted.", pair(COOP, "Bahrain", "United Kingdom")),
    ("Djibouti also hosts Chinese troops.", pair(COOP, "Djibouti", "China")),
    # a departure from a bloc done: a former member
    ("Georgia left the CIS in 2009 after the war.", pair(MEMBER, "Georgia", "Commonwealth of Independent States")),
    # an observer named in apposition, of the bloc named last
    ("The Shanghai Cooperation Organisation met in Astana. Mongolia, an observer, sent its foreign minister.",
     pair(MEMBER, "Mongolia", "Shanghai Cooperation Organisation")),
    # a reciprocal conflict said in a relative clause on a list of two
    ("Sudan and South Sudan, which fought over Heglig in 2012, met in Addis Ababa.",
     pair(CONFLICT, "Sudan", "South Sudan")),
    ("The envoy praised a truce between Eritrea and Ethiopia, whose armies fought a border war in 1998.",
     pair(CONFLICT, "Eritrea", "Ethiopia")),
    # the parties an exercise is held with exercise with each other too
    ("The exercise that Egypt stages with Greece and Cyprus ended on Friday.", pair(COOP, "Greece", "Cyprus")),
    # a generic target tied to the side it belongs to
    ("Kenya has carried out air strikes against militants linked to al-Shabaab near the border.",
     pair(CONFLICT, "Kenya", "Al-Shabaab")),
    ("Mali is fighting gunmen affiliated with the Islamic State in the east.", pair(CONFLICT, "Mali", "Islamic State")),
    # the named examples of a plural rival or partner noun
    ("Officials said the drills were meant to deter Greece's old enemies, above all Turkey.",
     pair(CONFLICT, "Greece", "Turkey")),
    ("Qatar has courted its partners, including Turkey and Pakistan, for a decade.", pair(COOP, "Qatar", "Pakistan")),
    ("Japan's rivals such as China watched the launch closely.", pair(CONFLICT, "Japan", "China")),
    # "its" after a pronoun: the state the previous sentence is about
    ("Egypt joined the BRICS group on Monday. Membership gives it a voice beside its two main partners, China and "
     "India.", pair(COOP, "Egypt", "India")),
])
def test_found(pipeline, text, expected):
    assert expected in edges(pipeline, text)


@pytest.mark.parametrize("text,member,bloc", [
    ("Georgia left the CIS in 2009 after the war.", "Georgia", "Commonwealth of Independent States"),
    ("Britain left the European Union in 2020.", "United Kingdom", "European Union"),
])
def test_former_member_status(pipeline, text, member, bloc):
    assert edges(pipeline, text)[pair(MEMBER, member, bloc)].get("status") == "former"


@pytest.mark.parametrize("text,unexpected", [
    # a weapon trained on a target is no training
    ("The Chinese cutter trained its guns on the Philippine vessel.", pair(COOP, "China", "Philippines")),
    # training in one's own city is no tie; parts built in are no partner; co-developers are makers, not partners
    ("Ukrainian troops were trained in Kharkiv before the offensive.", None),
    ("The frigate was built with American engines and Israeli radars.", None),
    ("Washington, which co-developed the interceptor with Elbit Systems, cleared the sale.",
     pair(COOP, "United States", "Elbit Systems")),
    # a base denied, an event hosted, one's own planes kept at home
    ("No Central Asian state hosts US forces today, and Kazakhstan does not keep a base in Kyrgyzstan.", None),
    ("Turkey hosts the NATO summit this year.", pair(COOP, "Turkey", "North Atlantic Treaty Organization")),
    # troops leaving a country are no member leaving a bloc; a departure denied is none
    ("The last Russian peacekeepers have left Kazakhstan.", None),
    ("Mali has not left the African Union.", pair(MEMBER, "Mali", "African Union")),
    # an "observer" that is a person, not a status
    ("NATO met in Brussels. Finland, an independent observer said, was ready.",
     pair(MEMBER, "Finland", "North Atlantic Treaty Organization")),
    # a relative clause whose verb has another object than the war is not about the pair
    ("Russia has sold jets to Egypt and Algeria, which fought rebels in the 1990s.",
     pair(CONFLICT, "Egypt", "Algeria")),
    # "with the German group" names a firm, not Germany
    ("Hungary has been building the vehicle at a plant with the German group since 2023.",
     pair(COOP, "Hungary", "Germany")),
])
def test_not_found(pipeline, text, unexpected):
    found = edges(pipeline, text)
    if unexpected is None:
        assert not found
    else:
        assert unexpected not in found


def test_venture_holders(pipeline):
    """Shareholders stated sentences after the joint venture is named are its parents; a company named in
    a relative clause on a holder is none."""
    text = ("Maya Defence Systems (MDS), the joint venture set up to build drones in Kenya, delivered its first "
            "batch on Monday. The venture was created in 2020. The shareholders are Kenya Shipyards and Leonardo, "
            "two firms that replaced Thales in the project, which together hold 60 percent. Baykar holds 40 percent.")
    doc = Document.from_text(text, meta=Metadata(published="2024-05-02", date_source="cli"))
    g = pipeline.process(doc)
    name = {n: a["name"] for n, a in g.nodes(data=True)}
    parents = {name[t] for s, t, d in g.edges(data=True) if d["type"] == "JOINT_VENTURE_OF"}
    assert {"Kenya Shipyards", "Leonardo", "Baykar"} <= parents
    assert "Thales" not in parents


@pytest.mark.parametrize("text,type_,a,b,when", [
    ("Sudan and South Sudan, which fought over Heglig in 2012, met in Addis Ababa.", CONFLICT, "Sudan",
     "South Sudan", "2012"),
    ("Georgia left the CIS in 2009 after the war.", MEMBER, "Georgia", "Commonwealth of Independent States", "/2009"),
])
def test_when(pipeline, text, type_, a, b, when):
    """A conflict said in a relative clause is dated by it; a departure ends the membership then."""
    evidence = edges(pipeline, text)[pair(type_, a, b)]["evidence"]
    assert [e.get("when") for e in evidence] == [when]
