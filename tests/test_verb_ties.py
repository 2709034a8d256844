"""Ties and conflicts stated by a verb class and its frame (families/verb_ties.py), signatories named
through their leaders or forces, the speaker's tie in a reported clause, and a denied joining; on
sentences of our own through the real pipeline."""
from __future__ import annotations

import pytest

from graph.text import Document
from graph.text.metadata import Metadata

COOP, CONFLICT, MEMBER = "COOPERATES_WITH", "IN_CONFLICT_WITH", "MEMBER_OF"


def found(pipeline, text: str) -> set[tuple[str, frozenset[str]]]:
    """(type, {name, name}) of the text's ties, conflicts and memberships."""
    doc = Document.from_text(text, meta=Metadata(published="2024-05-02", date_source="cli"))
    g = pipeline.process(doc)
    name = {n: a["name"] for n, a in g.nodes(data=True)}
    return {(d["type"], frozenset((name[s], name[t]))) for s, t, d in g.edges(data=True)
            if d["type"] in {COOP, CONFLICT, MEMBER} and d.get("provenance") == "text"}


def pair(type_: str, a: str, b: str) -> tuple[str, frozenset[str]]:
    return type_, frozenset((a, b))


@pytest.mark.parametrize("text,expected", [
    # moving closer, reliance on a party, fighting for a party
    ("Cuba has also drawn closer to Russia since the two signed a defence accord last year.",
     pair(COOP, "Cuba", "Russia")),
    ("Ecuador still relies on the United States for most of its helicopters.", pair(COOP, "Ecuador", "United States")),
    ("Belarusian volunteers have fought for the government of Venezuela.", pair(COOP, "Belarus", "Venezuela")),
    ("Pakistan has sent troops to fight for Riyadh against the Houthis.", pair(COOP, "Pakistan", "Saudi Arabia")),
    ("Pakistan has sent troops to fight for Riyadh against the Houthis.", pair(CONFLICT, "Saudi Arabia", "Houthis")),
    # a weapon turned on a party; entering its airspace; blocking its way; drawing its protest
    ("Vietnamese vessels have used water cannon against Philippine boats near the reef.",
     pair(CONFLICT, "Vietnam", "Philippines")),
    ("The Chinese cutter turned its water cannon on the Vietnamese vessel.", pair(CONFLICT, "China", "Vietnam")),
    # what a party uses against another, also in a relative clause on the thing used or as a pronoun
    ("The Bayraktar TB2, which Georgia used against Russian armour in 2008, has been retired.",
     pair(CONFLICT, "Georgia", "Russia")),
    ("The Bayraktar TB2, which was used by Georgia against Russia, has been retired.",
     pair(CONFLICT, "Georgia", "Russia")),
    ("The drone became famous after Ethiopia used it against Eritrean troops.", pair(CONFLICT, "Ethiopia", "Eritrea")),
    ("The 2019 law, which Canada has already used against Iran, allows asset freezes.",
     pair(CONFLICT, "Canada", "Iran")),
    # a hostile act named as a noun: the side acting ("by", owner) against the side acted on ("of")
    ("Gulf leaders ended the two-year boycott of Oman by Bahrain and Kuwait.", pair(CONFLICT, "Bahrain", "Oman")),
    ("Gulf leaders ended the two-year boycott of Oman by Bahrain and Kuwait.", pair(CONFLICT, "Kuwait", "Oman")),
    ("Chile's boycott of Peru lasted a year.", pair(CONFLICT, "Chile", "Peru")),
    ("The leaders met on Friday, closing the four-and-a-half-year boycott of Oman by Bahrain and Jordan.",
     pair(CONFLICT, "Jordan", "Oman")),
    ("Belarusian helicopters crossed into Lithuanian airspace on Tuesday.", pair(CONFLICT, "Belarus", "Lithuania")),
    ("Turkey blocked Sweden's path into NATO for months.", pair(CONFLICT, "Turkey", "Sweden")),
    ("Beijing's new map drew protests from Vietnam and Malaysia.", pair(CONFLICT, "China", "Malaysia")),
    # ground taken from a party; acting together with one
    ("Ukrainian troops recaptured the village from Russian forces last week.", pair(CONFLICT, "Ukraine", "Russia")),
    ("Rheinmetall entered the competition in February together with GM Defense.",
     pair(COOP, "Rheinmetall", "GM Defense")),
    ("Finnish troops made landings on the coast together with Swedish troops.", pair(COOP, "Finland", "Sweden")),
    # founders listed "together with" one another are all members
    ("Kenya, together with Uganda and Tanzania, has formed the East African Community.",
     pair(MEMBER, "Tanzania", "East African Community")),
    # accession talks make a candidate member
    ("EU governments agreed this week to open accession talks with Moldova and Ukraine.",
     pair(MEMBER, "Moldova", "European Union")),
    # a named vessel acts for the state naming it; partners named by their state; shared modifiers
    ("The Russian frigate Admiral Gorshkov will not fire its missile during the naval exercise it is holding with "
     "Namibia off the coast.", pair(COOP, "Russia", "Namibia")),
    ("The losses suffered by Niger's army and its Russian allies are only slowly coming into focus.",
     pair(COOP, "Niger", "Russia")),
    ("Ukraine's air force got its first jets in July. On August 26, during one of the largest Russian missile and "
     "drone attacks of the war, a Ukrainian jet crashed.", pair(CONFLICT, "Russia", "Ukraine")),
    # officials in a capital speak for its state
    ("Officials in Abuja said the aircraft would be thrown into the air campaign against Boko Haram.",
     pair(CONFLICT, "Nigeria", "Boko Haram")),
    # a border disputed with another party; forces held back
    ("Armenia has long guarded its contested border with Azerbaijan.", pair(CONFLICT, "Armenia", "Azerbaijan")),
    ("Indian planners want the drones mainly to watch the disputed frontier with China.", pair(CONFLICT, "India", "China")),
    ("Georgia's forces managed to hold back Russian troops near the pass.", pair(CONFLICT, "Georgia", "Russia")),
    # a bloc glossed as a pact with other states
    ("Under AUKUS, the security pact with the United States and the United Kingdom, Australia plans to buy "
     "submarines.", pair(MEMBER, "United Kingdom", "AUKUS")),
    # signatories named through their leaders; more than two of them
    ("The presidents of Estonia, Latvia and Lithuania on Friday signed a treaty on border crossings.",
     pair(COOP, "Latvia", "Lithuania")),
    # the speaker of a reported clause owns an unowned tie
    ("Indonesian officials stressed that ties with Canberra remain strong.", pair(COOP, "Indonesia", "Australia")),
    ("Brazil's Ministry of Defence said the visit reflected increased defence cooperation with Chile.",
     pair(COOP, "Brazil", "Chile")),
])
def test_frames_state_the_tie(pipeline, text, expected):
    got = found(pipeline, text)
    assert expected in got, got


@pytest.mark.parametrize("text,unwanted", [
    # equipment relied on is a fleet, not a partner
    ("Serbia's air force currently relies mainly on Soviet and Russian-built MiG-29s.", pair(COOP, "Serbia", "Russia")),
    ("The air force relies on Boeing F-15s and on Dassault Rafales.", pair(COOP, "Boeing", "Dassault Aviation")),
    # equipment bought together with other equipment is no partner
    ("Peru decided to buy 24 jets together with five air defence systems from Raytheon.",
     pair(COOP, "Peru", "Raytheon")),
    # accession talks are no partnership
    ("EU governments agreed this week to open accession talks with Moldova and Ukraine.",
     pair(COOP, "European Union", "Moldova")),
    # officials in a city that is no capital speak for no state
    ("Officials in Kano said the aircraft would be thrown into the air campaign against Boko Haram.",
     pair(CONFLICT, "Nigeria", "Boko Haram")),
    # what is used against a disease, or a party used, is no conflict of the user with it
    ("Doctors in Chile used the vaccine against measles.", pair(CONFLICT, "Chile", "measles")),
    ("Officials said Ukraine had been used by Poland against Russia.", pair(CONFLICT, "Ukraine", "Russia")),
    # a thing used "on" another thing is aimed at nothing
    ("The US Army uses the Israeli radar on its Stryker vehicles.", pair(CONFLICT, "United States Army", "Stryker")),
    # a boycott refused is none
    ("Chile did not join the boycott of Peru.", pair(CONFLICT, "Chile", "Peru")),
    # a shared border is no dispute
    ("Greece has long shared a border with Bulgaria.", pair(CONFLICT, "Greece", "Bulgaria")),
    # allies of a third party are not thereby each other's
    ("Japan and Australia are treaty allies of the United States.", pair(COOP, "Japan", "Australia")),
    # a denied move is nothing
    ("Mexico has not drawn closer to Russia.", pair(COOP, "Mexico", "Russia")),
    ("Japanese jets did not cross into Russian airspace.", pair(CONFLICT, "Japan", "Russia")),
    # a denied joining is no membership
    ("Turkmenistan has not joined the Shanghai Cooperation Organisation.",
     pair(MEMBER, "Turkmenistan", "Shanghai Cooperation Organisation")),
    ("Turkmenistan has never joined the Shanghai Cooperation Organisation.",
     pair(MEMBER, "Turkmenistan", "Shanghai Cooperation Organisation")),
])
def test_frames_leave_out(pipeline, text, unwanted):
    got = found(pipeline, text)
    assert unwanted not in got, got
