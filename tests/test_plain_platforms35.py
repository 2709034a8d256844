"""Plain-word catalogue platforms read as equipment by two more settings (graph/mentions/plain_platforms.py):
a lower-case category phrase after the name read by its words (the parser may tag "fighting" or "protected"
as a verb), and a country's adjective or possessive before it; each shown on invented sentences with one
where the word is no equipment."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from graph.mentions.plain_platforms import lower_phrase_after
from tests.extracted import node_labels as _labels
from tests.extracted import text_edges


def _platforms(pipeline, text: str) -> set[str]:
    return {name for label, name in _labels(pipeline, text) if label == "Platform"}


def test_a_category_phrase_after_the_name(pipeline):
    assert "M2 Bradley" in _platforms(pipeline, "Greece will receive Bradley fighting vehicles from American "
                                                "stocks next spring.")
    assert "Dingo" in _platforms(pipeline, "The Belgian army parked a Dingo protected vehicle beside the tent.")


def test_a_country_before_the_name(pipeline):
    assert "Patriot" in _platforms(pipeline, "Sweden relies on the American Patriot for defence against "
                                             "ballistic missiles.")
    assert "Patriot" in _platforms(pipeline, "Romanian soldiers trained alongside American Patriot units "
                                             "near Capu Midia.")


def test_a_country_before_a_name_that_goes_on_is_no_equipment(pipeline):
    assert not _platforms(pipeline, "The American Patriot Foundation held its dinner in Ohio.")
    assert not _platforms(pipeline, "Visitors toured the Patriot park west of the capital.")


def test_the_lower_case_phrase_joins_hyphens_and_stops_at_function_words():
    words, spaces = ["Osprey", "tilt", "-", "rotor", "and", "jets"], [True, False, False, True, True, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces)
    assert lower_phrase_after(doc, 1) == ["tilt-rotor"]


def test_a_service_name_before_a_category_phrase_is_no_platform(pipeline):
    assert not _platforms(pipeline, "Ottawa picks a supplier for the Army's new fighting vehicle.")


def test_a_demonym_before_a_platform_and_a_unit_noun_names_the_users(pipeline):
    edges = text_edges(pipeline, "Polish gunners trained beside American Patriot units near Rzeszow.")
    assert ("United States", "MANUFACTURES", "Patriot") not in edges
    edges = text_edges(pipeline, "Poland bought the American Patriot for its upper tier.")
    assert ("United States", "MANUFACTURES", "Patriot") in edges


def test_a_country_before_a_name_and_another_noun_is_no_equipment(pipeline):
    assert not _platforms(pipeline, "The Palestinian Fatah movement rejected the plan on Monday.")
