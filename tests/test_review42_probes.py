"""Review of session 42's merged work (review42) on invented text (tests/review42_sentences.py).

The wrong readings int42x a5d1815f makes on the probes are strict xfails (``_WRONG``: a reading int42 did not make, or
a right one it made and int42x lost); a mend that fixes one turns it into a failure to be made a plain test. Wrong
readings int42 made too are ``_BOTH``. The right readings the merged changes added, and the guards they keep, are
plain tests and must stay. Findings and causes: /work/notes/s42/review42-findings.md. tools/review_probe.py compares
two code versions on the whole probe set."""
from __future__ import annotations

import pytest

from tests.extracted import graph_of, relations_in
from tests.review42_sentences import PROBES

# mendp42 mended the capital and region cases, mendn42 the office holders and the bare-surnamed president: plain tests now
_WRONG = pytest.mark.xfail(reason="review42: a wrong reading of int42x (false, or a right one lost)", strict=True)
_BOTH = pytest.mark.xfail(reason="review42: a wrong reading int42 made too (no change of session 42 caused it)",
                          strict=True)


def _graph(pipeline, key: str):
    _change, published, text, _note = PROBES[key]
    return graph_of(pipeline, text, published, name="t.txt")


def _labels(pipeline, key: str) -> set[tuple[str, str]]:
    return {(a["label"], a["name"]) for _, a in _graph(pipeline, key).nodes(data=True) if a["label"] != "Document"}


def _edges(pipeline, key: str) -> dict:
    return relations_in(_graph(pipeline, key))


def _has(edges: dict, source: str, type_: str, target: str) -> bool:
    return any(t == type_ and source.lower() in s.lower() and target.lower() in o.lower() for (s, t, o) in edges)


def _conflict(edges: dict, a: str, b: str) -> bool:
    return any(t == "IN_CONFLICT_WITH" and {s, o} == {a, b} for (s, t, o) in edges)


# ---- capital42 (metonymy.city_reading): the capital stands for its government -> no Place ----------------------------

@pytest.mark.parametrize("key,city,country", [
    ("ca03", "Moscow", "Russia"),                     # "pressure from Moscow"
    ("ca04", "Washington, D.C.", "United States"),    # subject: "Washington seized the tanker"
    ("ca05", "Tehran", "Iran"),                       # subject: "Tehran controls the militia"
    pytest.param("ca01", "Moscow", "Russia"),           # "drifted away from Moscow": 'away' a from-head
    pytest.param("ca07", "Washington, D.C.", "United States"),  # "a lobbying push on Washington"
    pytest.param("ca08", "Moscow", "Russia"),           # "leave Moscow in control of": object of leave
    pytest.param("ca09", "Moscow", "Russia"),           # "escape from Moscow's grip": possessive
])
def test_a_capital_standing_for_its_state_is_no_place(pipeline, key, city, country):
    labels = _labels(pipeline, key)
    assert ("Place", city) not in labels, labels
    assert ("Country", country) in labels, labels


@pytest.mark.parametrize("key,city", [
    ("ca06", "Ankara"),                              # "left Ankara's orbit"
    pytest.param("ca02", "Kyiv"),      # "the attack on Kyiv's sovereignty": the possessive's prep
    pytest.param("ca10", "Moscow"),    # "the centre of Moscow's arms industry"
    pytest.param("ca11", "Beijing"),   # "an attack on Beijing's chip industry"
])
def test_a_capital_owning_a_state_thing_is_no_place(pipeline, key, city):
    labels = _labels(pipeline, key)
    assert ("Place", city) not in labels, labels


# ---- capital42: the city where the words show one --------------------------------------------------------------------

@pytest.mark.parametrize("key,city", [
    ("ca20", "Kabul"), ("ca21", "Kyiv"), ("ca22", "Tashkent"), ("ca23", "Kabul"), ("ca24", "Kinshasa"),
    ("ca25", "Moscow"), ("ca26", "Khartoum"), ("ca27", "Tehran"), ("ca28", "Doha"), ("ca29", "Kyiv"),
    ("ca30", "Moscow"), ("ca31", "Beijing"), ("ca32", "Bamako"), ("ca33", "Kyiv"), ("ca12", "Beijing"),
])
def test_a_capital_the_words_show_as_the_city_is_a_place(pipeline, key, city):
    labels = _labels(pipeline, key)
    assert ("Place", city) in labels, labels


def test_the_city_reading_keeps_the_taliban_war(pipeline):
    assert _conflict(_edges(pipeline, "ca23"), "Afghanistan", "Taliban")   # int42 read it; the state's only mention


def test_the_city_reading_keeps_the_russian_war(pipeline):
    assert _conflict(_edges(pipeline, "ca25"), "Russia", "Ukraine")        # "Ukrainian drones ... from Moscow"


def test_the_city_reading_keeps_the_navys_state(pipeline):
    assert _has(_edges(pipeline, "ca12"), "China", "PARTICIPATED_IN", "drills")  # "Beijing-based ... the PLA Navy"


# ---- regions42 (places_regions.csv, fold_bare_regions by alias) ------------------------------------------------------

@pytest.mark.parametrize("key,place", [
    ("rg02", "Sabah"), ("rg16", "Kanagawa Prefecture"), ("rg16", "South Sulawesi"), ("rg23", "Pará"),
    ("rg17", "Surin Province"), ("rg19", "Queensland"),
])
def test_a_region_is_a_place(pipeline, key, place):
    labels = _labels(pipeline, key)
    assert ("Place", place) in labels, labels


def test_a_town_lies_in_its_region(pipeline):
    assert _has(_edges(pipeline, "rg23"), "Belem", "LOCATED_IN", "Pará")


def test_a_groups_region_word_is_no_platform(pipeline):
    labels = _labels(pipeline, "rg24")
    assert not any(label == "Platform" for label, _ in labels), labels


@pytest.mark.parametrize("key,place", [
    ("rg01", "Sabah"),                           # Sheikh Sabah al-Khalid al-Sabah
    ("rg05", "Pará"),                            # "2 Para"
    ("rg06", "Bahia"),                           # "Bahia Blanca"
    ("rg07", "Jalisco"),                         # the Jalisco New Generation Cartel
    ("rg08", "Northern Territory"),              # Japan's Northern Territories
    ("rg13", "Chaco Province"),                  # the Chaco War
    ("rg15", "Eastern Province, Saudi Arabia"),  # Sri Lanka's Eastern Province
    ("rg18", "Surin Province"),                  # "Surin said": Surin Pitsuwan
    ("rg03", "Gangwon Province, South Korea"),   # North Korea's Kangwon
    pytest.param("rg04", "Metro Manila"),           # India's National Capital Region (alias)
    pytest.param("rg09", "Ishikawa Prefecture"),    # "Ishikawa said": the captain (alias)
    pytest.param("rg10", "Kagawa Prefecture"),      # "Shinji Kagawa" cut in two (alias)
])
def test_no_wrong_region(pipeline, key, place):
    labels = _labels(pipeline, key)
    assert ("Place", place) not in labels, labels


def test_a_surname_that_is_a_region_alias_keeps_the_person(pipeline):
    labels = _labels(pipeline, "rg09")
    assert ("Person", "Kenji Ishikawa") in labels, labels


@pytest.mark.parametrize("key,city", [
    pytest.param("rg11", "Riyadh", marks=_BOTH),        # the capital folded into Riyadh Province
    pytest.param("rg12", "Buenos Aires", marks=_BOTH),  # the federal capital is no part of the province
])
def test_a_capital_beside_its_namesake_province_stays_apart(pipeline, key, city):
    labels = _labels(pipeline, key)
    assert ("Place", city) in labels, labels


@_BOTH
def test_a_bolivian_city_is_no_argentine_province(pipeline):
    assert not _has(_edges(pipeline, "rg25"), "parade", "HELD_IN", "Santa Cruz province")


# ---- people42 (people.csv checked; bare surnames two people share dropped) -------------------------------------------

@pytest.mark.parametrize("key,person,target", [
    ("pe01", "Patrice Caine", "Thales"),
    ("pe02", "Dan Caine", "Joint Chiefs of Staff"),
    ("pe03", "Patrice Caine", "Thales"),
    ("pe04", "Serdar Berdimuhamedow", "Turkmenistan"),
    ("pe07", "Serzh Sargsyan", "Armenia"),
    ("pe08", "Tigran Sargsyan", "Eurasian Economic Commission"),
    ("pe11", "Sadyr Japarov", "Kyrgyzstan"),
    ("pe11", "Akylbek Japarov", "Kyrgyzstan"),
    ("pe12", "Alen Simonyan", "Armenia"),            # acting president
    ("pe15", "Ban Ki-moon", "United Nations"),
    ("pe19", "Greg Smith", "Boeing"),                # interim chief executive
    ("pe24", "László Kövér", "Hungary"),             # acting president
    ("pe27", "Christopher W. Grady", "Joint Chiefs of Staff"),  # acting chairman, catalogued now
    pytest.param("pe13", "Dan Jarvis", "Defence"),          # "Defence Secretary Dan Jarvis"
    pytest.param("pe21", "Goodluck Jonathan", "Nigeria"),   # "President Goodluck Jonathan"
    pytest.param("pe26", "Rex Tillerson", "State"),         # "Secretary of State Rex Tillerson"
])
def test_an_office_holder_leads(pipeline, key, person, target):
    edges = _edges(pipeline, key)
    assert _has(edges, person, "LEADS", target), edges


@pytest.mark.parametrize("key,people", [
    ("pe01", {"Patrice Caine"}),
    ("pe02", {"Dan Caine"}),
    ("pe03", {"Dan Caine", "Patrice Caine"}),
    ("pe04", {"Serdar Berdimuhamedow"}),
    ("pe05", {"Gurbanguly Berdimuhamedow", "Serdar Berdimuhamedow"}),
    ("pe07", {"Serzh Sargsyan"}),
    ("pe08", {"Tigran Sargsyan", "Serzh Sargsyan"}),
    ("pe09", {"Bilawal Bhutto Zardari"}),
    ("pe10", {"Jussi Niinistö"}),
    ("pe11", {"Sadyr Japarov", "Akylbek Japarov"}),
    ("pe15", {"Ban Ki-moon"}),
    ("pe16", {"Ban Ki-moon"}),
    ("pe18", {"David Lee"}),
    pytest.param("pe17", {"Janet Napolitano"}),   # the lead dropped the new alias Napolitano
    pytest.param("pe20", {"Pia Cayetano"}),       # the lead dropped the new alias Cayetano
    pytest.param("pe22", {"Max Sisulu"}),         # the lead dropped the new alias Sisulu
    pytest.param("pe23", set()),                  # the lead dropped the new alias Kiska (the island)
])
def test_the_people_of_a_text(pipeline, key, people):
    labels = _labels(pipeline, key)
    assert {name for label, name in labels if label == "Person"} == people, labels


def test_a_bare_title_and_surname_is_no_former_holder(pipeline):
    labels = _labels(pipeline, "pe06")
    assert ("Person", "Gurbanguly Berdimuhamedow") not in labels, labels   # int42 read the father in 2023


def test_the_navy_of_a_bare_surnamed_president(pipeline):
    labels = _labels(pipeline, "pe06")
    assert ("GovernmentBody", "Turkmen Navy") in labels, labels   # int42 found it through the father's state


def test_an_island_is_a_place(pipeline):
    labels = _labels(pipeline, "pe23")
    assert ("Place", "Kiska") in labels, labels
