"""Platforms the catalogue lacks, named before a lower-case equipment noun that ends their phrase
(``printed_category_nouns`` in graph/mentions/lexicon.yaml, designations.printed_category): rifles, radars,
trucks, pods, close-in weapon systems; each shown on invented sentences with one where the noun is a unit's
own capitalised word, a compound or no phrase end."""
from __future__ import annotations

import spacy

from graph.mentions.designations import printed_category
from tests.extracted import node_labels as _labels


def _platforms(pipeline, text: str) -> set[str]:
    return {name for label, name in _labels(pipeline, text) if label == "Platform"}


def test_the_noun_counts_printed_in_lower_case_at_the_phrase_end():
    nlp = spacy.blank("en")
    assert printed_category(nlp("the Tarqa weapon-locating radars"), 2) == "other"
    assert printed_category(nlp("a Vespa close-in weapon system"), 2) == "air_defense"
    assert printed_category(nlp("the Kumaon Rifles"), 2) is None  # a unit's own word
    assert printed_category(nlp("a Nodal truck-mounted howitzer"), 2) is None  # one compound word
    assert printed_category(nlp("the Sorel radar operators"), 2) is None  # the noun does not end the phrase


def test_a_designation_before_rifles_is_a_platform(pipeline):
    assert "FX-90" in _platforms(pipeline, "The Chilean Army bought 5,000 FX-90 rifles from Brazil last year.")


def test_a_catalogued_plain_name_before_radars_is_a_platform(pipeline):
    assert _platforms(pipeline, "India sold Armenia four Swathi weapon-locating radars in 2020.")


def test_a_plain_name_with_a_digit_word_before_radars_is_a_platform(pipeline):
    assert "Tarqa" in _platforms(pipeline, "Bolivia ordered 12 Tarqa 3D weapon-locating radars from India in March.")


def test_a_name_before_a_digit_word_and_a_search_radar(pipeline):
    assert "Vespa" in _platforms(pipeline, "Each corvette carries the Vespa 3D search radar and two guns.")


def test_a_plain_word_before_a_bare_noun_is_no_platform(pipeline):
    assert not _platforms(pipeline, "Bolivia bought 40 Scoria trucks for the border guard last year.")


def test_a_units_capitalised_word_or_a_bare_acronym_is_no_platform(pipeline):
    assert not _platforms(pipeline, "A battalion of the Kumaon Rifles paraded in Ranchi on Sunday.")
    # the phrase ends in the equipment noun after a digit word: only the all-capitals guard stops it (an acronym
    # of a kind of radar, "MFR": multi-function radar)
    assert not _platforms(pipeline, "The ship carries MFR 3D search radars.")
    assert not _platforms(pipeline, "Officials in Lima discussed new AESA 3D search radars on Monday.")


def test_a_firm_or_a_place_before_an_equipment_phrase_is_no_platform(pipeline):
    """One plain capitalised word, uncatalogued as a type or catalogued as a firm, before a lower-case phrase
    ending in an equipment noun names the maker or the site, not a type."""
    text = "Finland ordered Sisu armoured trucks, Iveco utility trucks and Scania military trucks for the army."
    assert not _platforms(pipeline, text) & {"Iveco", "Scania"}
    assert not _platforms(pipeline, "The border guard received Barrett sniper rifles and Tatra cargo trucks.")
    assert not _platforms(pipeline, "Russia operates the Armavir early-warning radar and the Qabala early-warning radar.")
    assert not _platforms(pipeline, "Britain upgraded the Fylingdales early-warning radar in 2022.")
    assert not _platforms(pipeline, "Norway built the Vardo long-range radar near the border.")
