"""Mends of session 42's capital and region readings (review42): a capital that owns a thing ("Kyiv's
sovereignty"), a figurative distance or push ("moved away from Moscow", "a diplomatic offensive on Beijing") or a
state's lot ("leave Tehran in charge of") stays its state; a region's one-word alias that is a common surname
("Shiga", "Miyagi") or another state's region name ("National Capital Region") takes no person's or other
region's mention. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.extracted import node_labels


@pytest.mark.parametrize(("text", "city", "country"), [
    # a possessive capital: the preposition governs the owned thing, not the capital
    ("Finland condemned the attack on Kyiv's independence and pledged more artillery to Ukraine.", "Kyiv", None),
    ("Armenia wants to withdraw from Moscow's security umbrella and buy French radars.", "Moscow", "Russia"),
    ("The centre of Beijing's shipbuilding drive lies in Shanghai, where China builds its carriers.", "Beijing", None),
    # a figurative distance or campaign
    ("Georgia has moved away from Moscow since the war and now trains with NATO.", "Moscow", "Russia"),
    ("Tokyo began a diplomatic offensive on Beijing over the disputed islands.", "Beijing", "China"),
    ("Canberra started a charm offensive on Washington to speed up the submarine deal.", "Washington, D.C.",
     "United States"),
    # the state's lot after the object
    ("The deal would leave Tehran in charge of the strait's shipping lanes.", "Tehran", "Iran"),
])
def test_a_capital_standing_for_its_state_is_no_place(pipeline, text, city, country):
    labels = set(node_labels(pipeline, text, "2025-03-10"))
    assert ("Place", city) not in labels, labels
    if country:
        assert ("Country", country) in labels, labels


@pytest.mark.parametrize(("text", "person", "region"), [
    ("Colonel Hiroshi Shiga commands the regiment at Camp Itami. Shiga said the drill went well.",
     "Hiroshi Shiga", "Shiga Prefecture"),
    ("Commander Taro Miyagi leads the escort flotilla. Miyagi said two destroyers would sail in May.",
     "Taro Miyagi", "Miyagi Prefecture"),
    ("Lieutenant Colonel Kenta Ibaraki briefed reporters. Ibaraki said the radar site was ready.",
     "Kenta Ibaraki", "Ibaraki Prefecture"),
])
def test_a_surname_that_names_a_prefecture_keeps_the_person(pipeline, text, person, region):
    labels = set(node_labels(pipeline, text, "2025-03-10"))
    assert ("Place", region) not in labels, labels
    assert ("Person", person) in labels, labels


def test_indias_national_capital_region_is_no_manila(pipeline):
    labels = set(node_labels(pipeline, "The Indian Air Force will guard the National Capital Region around Delhi "
                                       "with new S-400 batteries.", "2025-03-10"))
    assert ("Place", "Metro Manila") not in labels, labels


@pytest.mark.parametrize(("text", "city", "pair"), [
    # the capital read as the city is its state's only mention: the state stays for the sentence's relations
    ("Houthi fighters seized Sanaa in September 2014.", "Sanaa", ("Yemen", "Houthis")),
    ("Al-Shabaab militants attacked a hotel in Mogadishu, and the suspects fled from Mogadishu by car.",
     "Mogadishu", ("Somalia", "Al-Shabaab")),
])
def test_a_city_read_capital_keeps_its_state_for_the_sentence(pipeline, text, city, pair):
    from tests.extracted import graph_of, relations_in

    g = graph_of(pipeline, text, "2025-03-10")
    labels = {(a["label"], a["name"]) for _, a in g.nodes(data=True)}
    assert ("Place", city) in labels, labels
    assert any(t == "IN_CONFLICT_WITH" and {s, o} == set(pair) for (s, t, o) in relations_in(g)), relations_in(g)

