"""review36: wrong readings session 36's merged rules (int36x) give on invented sentences (none of them taken from an
article). Each case failed on the merged work before the mends (menda36, mendb36, mendc36); tools/review36/probe.py prints the whole reading of each."""
from __future__ import annotations

import pytest

from tests.extracted import graph_of, relations_in

_DAY = "2025-03-10"


def _labels(pipeline, text: str) -> set[tuple[str, str]]:
    g = graph_of(pipeline, text, _DAY)
    return {(a["label"], a["name"]) for _, a in g.nodes(data=True) if a.get("label") != "Document"}


# ctxplat36: a catalogue's plain word read as a platform from its verb, participle, possessive or list alone
_NOT_PLATFORMS = [
    ("The judge ordered the Senator to testify before the ethics committee on Tuesday.", "Senator"),
    ("Moscow's regulator ordered the Tor to be blocked nationwide last week.", "Tor"),
    ("The ambassador arrived in a Jaguar offered by a local dealer.", "Jaguar"),
    ("The defence minister drove a Jaguar built by Tata Motors at its Solihull factory.", "Jaguar"),
    ("Civilian vehicles such as the Jaguar were requisitioned by the police.", "Jaguar"),
    ("The Indian Army's Warrior ethos was praised by the visiting general.", "Warrior"),
    ("The family operates the Chieftain, a pub near the Catterick garrison.", "Chieftain"),
    ("Greece will upgrade the Bastion of its northern border along the Evros river.", "Bastion"),
    ("The festival will deploy the Mistral choir and the Rafale jets for the flypast.", "Mistral"),
    ("The ministry will lease the Mistral, a hotel on the Black Sea coast, for delegates.", "Mistral"),
    ("The Navy's Neptune festival drew thousands of visitors to Sevastopol.", "Neptune"),
    ("The zoo bought the Puma from a breeder in Texas last spring.", "Puma"),
    ("Ford will build the Puma at its Craiova plant in Romania.", "Puma"),
    ("Ford builds the Bronco at its Wayne plant in Michigan.", "Bronco"),
]


@pytest.mark.parametrize(("text", "word"), _NOT_PLATFORMS)
def test_plain_word_is_no_platform(pipeline, text, word):
    assert not {n for lab, n in _labels(pipeline, text) if lab == "Platform" and word in n}


# place36 (sited.py): a firm or a news agency after "at" read as a place
_NOT_PLACES = [
    ("Engineers at Dornmark, the sensor's maker, said the tests had gone well.", "Dornmark"),
    ("Bankers at Lazard, which advised the deal, declined to comment.", "Lazard"),
    ("He told reporters at Reuters, on the sidelines of the summit, that Kyiv needed shells.", "Reuters"),
    ("The minister was interviewed at Bloomberg, where he defended the budget.", "Bloomberg"),
]


@pytest.mark.parametrize(("text", "name"), _NOT_PLACES)
def test_body_after_at_is_no_place(pipeline, text, name):
    assert ("Place", name) not in _labels(pipeline, text)


# catalogue36: non-defence firms' relations and a common word read as a firm
_NOT_RELATIONS = [
    ("Huawei supplied 5G equipment to Serbia's police.", ("Huawei", "SUPPLIES", "Serbia")),
    ("The Aeroflot Airbus A320 was grounded by sanctions.", ("Aeroflot", "MANUFACTURES", "Airbus A320")),
    ("TSMC makes chips for Apple and for the F-35's mission computers.", ("TSMC", "MANUFACTURES", "F-35")),
    ("The defence minister drove a Jaguar built by Tata Motors at its Solihull factory.",
     ("Tata Motors", "MANUFACTURES", "Jaguar")),
    ("Eutelsat offered Ukraine OneWeb terminals to replace Starlink.", ("OneWeb", "BASED_IN", "Ukraine")),
    ("The Indian Army's Warrior ethos was praised by the visiting general.", ("Indian Army", "OPERATES", "Warrior")),
]


@pytest.mark.parametrize(("text", "edge"), _NOT_RELATIONS)
def test_no_false_relation(pipeline, text, edge):
    assert edge not in relations_in(graph_of(pipeline, text, _DAY))


def test_province_of_catalogued_region_keeps_its_entry(pipeline):
    g = graph_of(pipeline, "Fighting continued in the province of Idlib near the Turkish border.", _DAY)
    assert any(a.get("label") == "Place" and a.get("name") == "Idlib" for _, a in g.nodes(data=True))


def test_intel_as_intelligence_is_no_company(pipeline):
    text = "Intel from Ukrainian sources suggests the Kinzhal was launched from a MiG-31."
    assert ("Company", "Intel") not in _labels(pipeline, text)
