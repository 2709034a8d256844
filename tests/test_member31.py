"""Session 31 (issue 10): membership, ties and conflicts in shapes the rules missed, on sentences of our own.

MEMBER_OF: a state tied, bound or linked to a bloc ("Armenia, which is tied to the CSTO"), a pact held through a
bloc, a state "in" a bloc ("with Finland now in NATO"), confirmed by the membership data; joiners the parser hangs
under the bloc they joined; "A is a member of X, as is B".

COOPERATES_WITH / IN_CONFLICT_WITH: a label a speaker gives another party in a reported clause ("X said Y is a
close partner"), a label naming its own other side, a hostile act reported on the speaker's own, overthrow,
strikes made with a partner (whose "with" object is never the side struck)."""
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
    ("Belarus, allied to Moscow through the CSTO, hosts Russian troops.", {("Belarus", "MEMBER_OF", CSTO)}),
    # a pact held through a bloc, a state "in" a bloc, an elliptic "as is" clause
    ("Armenia remains in a military alliance with Russia through the Collective Security Treaty Organization.",
     {("Armenia", "MEMBER_OF", CSTO), ("Russia", "MEMBER_OF", CSTO)}),
    ("With Finland now in NATO and Sweden on the way, the alliance's northern flank is stronger.",
     {("Finland", "MEMBER_OF", NATO)}),
    ("Laos is a member of ASEAN, as are Cambodia and Vietnam.",
     {("Cambodia", "MEMBER_OF", "Association of Southeast Asian Nations"),
      ("Vietnam", "MEMBER_OF", "Association of Southeast Asian Nations")}),
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


COOP, CONFLICT = "COOPERATES_WITH", "IN_CONFLICT_WITH"


def ties(pipeline, text: str) -> set[tuple[str, str, str]]:
    """Undirected ties as (type, name, name) in name order."""
    return {(t, *sorted((a, b))) for a, t, b in edges(pipeline, text, {COOP, CONFLICT})}


def tie(type_: str, a: str, b: str) -> tuple[str, str, str]:
    return (type_, *sorted((a, b)))


@pytest.mark.parametrize("text,expected", [
    # a label a speaker gives another party in a reported clause
    ("Australian Foreign Minister Penny Wong said Japan is a close partner.", {tie(COOP, "Australia", "Japan")}),
    ("Japan's defence minister said Australia is a close partner.", {tie(COOP, "Australia", "Japan")}),
    ("Kenya's foreign minister said on Tuesday that Ethiopia remains an important ally.", {tie(COOP, "Ethiopia", "Kenya")}),
    ("Thailand said Cambodia was a good neighbour and a friend.", {tie(COOP, "Cambodia", "Thailand")}),
    ("Poland said Belarus was an enemy.", {tie(CONFLICT, "Belarus", "Poland")}),
    # a label naming its own other side, reported, plain or in apposition
    ("Indonesia's defence minister said Malaysia was a trusted friend of Jakarta.", {tie(COOP, "Indonesia", "Malaysia")}),
    ("Malaysia remains Indonesia's closest partner.", {tie(COOP, "Indonesia", "Malaysia")}),
    ("Tanzania, a close friend of Uganda, said it would contribute funds.", {tie(COOP, "Tanzania", "Uganda")}),
    # a hostile act a speaker reports on its own
    ("The Yemeni government said Houthi forces attacked its positions near Marib.", {tie(CONFLICT, "Houthis", "Yemen")}),
    # overthrow
    ("The government of Gabon was toppled by the Republican Guard.", {tie(CONFLICT, "Gabon", "Republican Guard")}),
    # a strike made with another party
    ("Israel struck Iranian nuclear sites with the United States.",
     {tie(COOP, "Israel", "United States"), tie(CONFLICT, "Iran", "Israel"), tie(CONFLICT, "Iran", "United States")}),
])
def test_reported_and_joint(pipeline, text, expected):
    found = ties(pipeline, text)
    assert expected <= found, f"missing {expected - found}; found {found}"


@pytest.mark.parametrize("text,absent", [
    ("Poland said Belarus was not an ally.", {tie(COOP, "Belarus", "Poland")}),
    ("Chile said Peru was a former partner.", {tie(COOP, "Chile", "Peru")}),
    # a reported attack on a third party's own is not on the speaker
    ("Israel said Hezbollah fighters attacked Hamas positions.", {tie(CONFLICT, "Hezbollah", "Israel")}),
    # a weapon, not a side: "with Iranian drones" names no party struck or striking
    ("Russia attacked Kyiv with Iranian drones.", {tie(CONFLICT, "Iran", "Russia"), tie(COOP, "Iran", "Russia"),
                                                   tie(CONFLICT, "Iran", "Ukraine")}),
])
def test_not_reported(pipeline, text, absent):
    found = ties(pipeline, text)
    assert not absent & found, f"unexpected {absent & found}"


def test_removed_from_a_list_is_no_overthrow(pipeline):
    # "removed" is an overthrow only "from power" / "from office": a list's removal ties no one
    assert ties(pipeline, "Poland said the minister was removed from the list by Hungary.") == set()
    assert tie(CONFLICT, "Hungary", "Poland") not in ties(pipeline, "Hungary removed Poland from the list.")


def test_firm_partner_is_no_tie(pipeline):
    text = "Thales has long been the Indian defence ministry's preferred partner for radar programmes."
    assert not {t for t in ties(pipeline, text) if t[0] == COOP and "Thales" in t}


@pytest.mark.parametrize("text,expected", [
    ("The Congolese army battled rebels backed by Rwanda near Goma.",
     {tie(CONFLICT, "Democratic Republic of the Congo", "Rwanda")}),
    ("Kenyan troops battled fighters sent by al-Shabaab.", {tie(CONFLICT, "Kenya", "Al-Shabaab")}),
])
def test_proxies_fought(pipeline, text, expected):
    found = ties(pipeline, text)
    assert expected <= found, f"missing {expected - found}; found {found}"


@pytest.mark.parametrize("text,expected", [
    ("Serbia counts Russia among its friends.", {tie(COOP, "Russia", "Serbia")}),
    ("Iran numbers Israel among its enemies.", {tie(CONFLICT, "Iran", "Israel")}),
])
def test_counted_among(pipeline, text, expected):
    found = ties(pipeline, text)
    assert expected <= found, f"missing {expected - found}; found {found}"


def test_counted_among_is_the_counters(pipeline):
    # "its" is the counter's, not the party named just before it
    text = "Azerbaijan, which signed a deal with Armenia in August, counts Pakistan and Turkey among its closest partners."
    found = ties(pipeline, text)
    assert {tie(COOP, "Azerbaijan", "Pakistan"), tie(COOP, "Azerbaijan", "Turkey")} <= found
    assert not {tie(COOP, "Armenia", "Pakistan"), tie(COOP, "Armenia", "Turkey")} & found


@pytest.mark.parametrize("text,expected,absent", [
    ("As Kazakhstan, Kyrgyzstan and Tajikistan contribute troops to the CSTO force, the secretary-general explained.",
     {("Kazakhstan", "MEMBER_OF", CSTO), ("Tajikistan", "MEMBER_OF", CSTO)}, set()),
    ("Poland and Romania pay into NATO's common budget.", {("Poland", "MEMBER_OF", NATO)}, set()),
    # the data has no such member: a partner's pledge is no membership
    ("Ukraine pledged troops to the NATO mission.", set(), {("Ukraine", "MEMBER_OF", NATO)}),
])
def test_bloc_business(pipeline, text, expected, absent):
    found = edges(pipeline, text, {"MEMBER_OF"})
    assert expected <= found and not absent & found, f"found {found}"


@pytest.mark.parametrize("text,expected", [
    ("Mali's army said Wagner Group fighters had killed dozens of its soldiers.",
     {tie(CONFLICT, "Malian Armed Forces", "Wagner Group")}),
    ("Ukraine said Russian drones struck targets on its territory overnight.", {tie(CONFLICT, "Russia", "Ukraine")}),
    ("Ethiopian forces battled troops sent from Eritrea near the border.", {tie(CONFLICT, "Eritrea", "Ethiopia")}),
])
def test_reported_hostility_and_proxies(pipeline, text, expected):
    found = ties(pipeline, text)
    assert expected <= found, f"missing {expected - found}; found {found}"


@pytest.mark.parametrize("text,absent", [
    # the actor's own positions, the actor's own rivals
    ("Israel said Hezbollah fired rockets from its positions in Lebanon.", {tie(CONFLICT, "Hezbollah", "Israel")}),
    ("Pakistan said the Taliban had attacked their own rivals.", {tie(CONFLICT, "Pakistan", "Taliban")}),
])
def test_reported_hostility_not_speakers(pipeline, text, absent):
    found = ties(pipeline, text)
    assert not absent & found, f"unexpected {absent & found}"

