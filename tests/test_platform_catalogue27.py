"""Retired and legacy military aircraft, trainers and state transports, ship classes, Iranian and Taiwanese
types and radars are catalogued (platforms_families.csv), and the British and Canadian service names of
catalogued types (platforms_service_names.csv); a lone word of a catalogued platform's name that the NER
took for a place or a person is that platform (graph/entities/platform_words.py). Sentences written for
these tests."""
from __future__ import annotations

from graph.entities.platform_words import platform_words
from graph.mentions import Mention
from graph.reference import load_reference
from tests.extracted import graph_of


def _mentioned(pipeline, text: str) -> set[tuple[str, str]]:
    """(label, name) of every node the text mentions."""
    g = graph_of(pipeline, text, "2024-03-01")
    named = {s for s, _, d in g.edges(data=True) if d["type"] == "MENTIONED_IN"}
    return {(g.nodes[n]["label"], g.nodes[n]["name"]) for n in named}


def test_retired_aircraft_are_catalogued(pipeline):
    found = _mentioned(pipeline, "The museum at Lahr displays a Transall C-160 and an F-104 Starfighter of the old wing.")
    assert {("Platform", "Transall C-160"), ("Platform", "F-104 Starfighter")} <= found


def test_a_carrier_jet_of_the_past_is_catalogued(pipeline):
    found = _mentioned(pipeline, "Spain's navy flew the Sea Harrier FA2 alongside its EA-6B Prowler escorts in the drill.")
    assert ("Platform", "Sea Harrier") in found
    assert ("Platform", "EA-6B Prowler") in found


def test_catalogued_rows_have_a_source_and_a_maker():
    ref = load_reference()
    for name in ("B-2 Spirit", "ATR 72", "Tupi-class submarine", "AN/TPS-80 G/ATOR", "Hoveizeh"):
        entry = ref.find("Platform", name)
        assert entry is not None, name
        assert entry.props["category"] in {"aircraft", "naval_vessel", "other", "missile"}
        assert entry.makers or entry.origin


def test_a_service_name_is_the_type(pipeline):
    found = _mentioned(pipeline, "Two Poseidon MRA1 patrol aircraft and a Voyager KC3 tanker left Lossiemouth on Monday.")
    assert {("Platform", "P-8 Poseidon"), ("Platform", "A330 MRTT")} <= found


def _m(start: int, text: str, label: str, ref_id: str | None = None) -> Mention:
    return Mention(start, start + len(text.split()), 0, 0, text, label, "reference" if ref_id else "ner", ref_id)


def test_a_lone_word_of_a_platforms_name_is_the_platform():
    ref = load_reference()
    c390 = ref.find("Platform", "KC-390").id
    mentions = [_m(0, "KC-390", "Platform", c390), _m(9, "Millennium", "Place"), _m(20, "Kecskemet", "Place")]
    platform_words(mentions, ref)
    assert (mentions[1].label, mentions[1].ref_id) == ("Platform", c390)
    assert mentions[2].label == "Place"


def test_a_word_of_a_persons_name_or_a_place_stays():
    ref = load_reference()
    kuznetsov = ref.find("Platform", "Admiral Kuznetsov").id
    mentions = [_m(0, "Admiral Kuznetsov", "Platform", kuznetsov), _m(5, "Ivan Kuznetsov", "Person"),
                _m(9, "Kuznetsov", "Person")]
    platform_words(mentions, ref)
    assert mentions[2].label == "Person"


def test_a_catalogued_designation_with_a_year_like_number_is_no_edition(pipeline):
    found = _mentioned(pipeline, "A KJ-2000 radar plane flew over the square, and Vostok-2022 began a week later.")
    assert ("Platform", "KJ-2000") in found
    assert not any(label == "Event" and name.startswith("KJ") for label, name in found)
