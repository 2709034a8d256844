"""Kinds of duplicate and split nodes of the merged fresh10-fresh13 stores (session 16), each shown on
invented sentences with one where the rule must not fire: a capital named as the place of a statement
beside its country; a base's town named alone; a catalogued one-word place at the end of a longer
name the catalogue lacks."""
from __future__ import annotations

from tests.extracted import graph_of
from tests.extracted import node_labels as _labels


def _aliases(pipeline, text: str, name: str) -> set[str]:
    g = graph_of(pipeline, text)
    return next(set(d.get("aliases") or ()) for _, d in g.nodes(data=True) if d.get("name") == name)


# -- a capital the article uses for its state, also named as a place: the state's name --------------
def test_capital_said_for_its_state_is_its_name_as_a_place_too(pipeline):
    text = ("Nairobi wants the patrol boats before the rainy season. Kenya will buy six of them, "
            "Defence Secretary Aden Duale told reporters in Nairobi on Monday.")
    labels = _labels(pipeline, text)
    assert ("Place", "Nairobi") not in labels
    assert "Nairobi" in _aliases(pipeline, text, "Kenya")


def test_capital_only_named_as_a_place_stays_a_place(pipeline):
    text = "Kenya will buy six patrol boats, Defence Secretary Aden Duale told reporters in Nairobi on Monday."
    assert ("Place", "Nairobi") in _labels(pipeline, text)


def test_capital_that_holds_an_event_stays_a_place(pipeline):
    text = "The Baltic defence summit was held in Vilnius. Lithuania hosted it."
    assert ("Place", "Vilnius") in _labels(pipeline, text)


def test_capital_without_its_country_stays_a_place(pipeline):
    assert ("Place", "Lima") in _labels(pipeline, "The delegates met in Lima on Tuesday to discuss fisheries.")


# -- a base's town alone is the base ------------------------------------------------------------------
def test_town_of_a_base_is_the_base(pipeline):
    text = ("Six Su-30 jets of the Indian Air Force are stationed at Kalaikunda Air Force Station. "
            "Pilots at Kalaikunda flew their first sortie on Friday.")
    labels = _labels(pipeline, text)
    assert not any(name == "Kalaikunda" for _, name in labels)
    assert "Kalaikunda" in _aliases(pipeline, text, "Kalaikunda Air Force Station")


def test_catalogued_town_stays_beside_its_base(pipeline):
    text = "The jets flew to RAAF Base Darwin for the exercise. Darwin hosts the drills every two years."
    assert any(name == "Darwin" for _, name in _labels(pipeline, text))


def test_town_without_a_base_of_its_name_stays(pipeline):
    text = "Six jets are stationed at Kalaikunda Air Force Station. A new depot opened in Nashik on Friday."
    assert any(name == "Nashik" for _, name in _labels(pipeline, text))


# -- a catalogued place ending a longer name ----------------------------------------------------------
def test_catalogued_place_after_ner_words_is_one_name(pipeline):
    labels = _labels(pipeline, "The frigates sailed from Sydney, a port of New South Wales, on Monday.")
    assert ("Place", "New South Wales") in labels
    assert ("Place", "Wales") not in labels and ("Place", "New South") not in labels


def test_listed_places_stay_apart(pipeline):
    labels = _labels(pipeline, "The exercise was held in Wales and in Cornwall.")
    assert ("Place", "Wales") in labels


# -- enlisted ranks before a name --------------------------------------------------------------------------
def test_enlisted_rank_before_a_name_is_no_part_of_it(pipeline):
    labels = _labels(pipeline, "Two soldiers were hurt: Corporal Tomasz Wilk and Airman Piotr Nowak, the army said.")
    assert ("Person", "Tomasz Wilk") in labels and ("Person", "Piotr Nowak") in labels
