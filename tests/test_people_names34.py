"""A people named before a noun of a people or its armed men is no place (session 34, junk34): pooled over
the dev halves, peoples taken for places ("Yanomami communities", "Tuareg rebels", "the Masalit people",
"a Sunni Baluch militant group") were junk Place nodes in six halves. A name the reference data knows as a
place is not judged by this rule ("Gaza civilians"), and a place named elsewhere in the sentence stays.
Sentences invented, about other countries."""
from __future__ import annotations

from tests.extracted import node_labels as _labels


def _places(pipeline, text: str) -> set[str]:
    return {name for label, name in _labels(pipeline, text) if label == "Place"}


def test_people_before_communities_is_no_place(pipeline):
    places = _places(pipeline, "The minister flew to Boa Vista to visit Wapishana communities cut off by the floods.")
    assert "Wapishana" not in places


def test_people_before_rebels_is_no_place(pipeline):
    places = _places(pipeline, "Toubou rebels crossed the border from Libya in 2021, the army said.")
    assert "Toubou" not in places


def test_the_people_after_a_name_is_no_place(pipeline):
    labels = _labels(pipeline, "The tribunal heard evidence of killings of the Zaghawa people in Chad.")
    assert not any(label == "Place" and "Zaghawa" in name for label, name in labels)  # no Place for the people
    assert ("Country", "Chad") in labels  # the state named after "in" stays what it is


def test_a_known_place_before_a_people_noun_stays(pipeline):
    labels = _labels(pipeline, "Aleppo fighters regrouped after the offensive stalled.")
    assert any(name == "Aleppo" for _, name in labels)


def test_a_place_after_a_preposition_stays(pipeline):
    places = _places(pipeline, "The rebels withdrew to Tessalit before the rains.")
    assert "Tessalit" in places
