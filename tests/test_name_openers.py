"""A place the text names only as the opening word of a longer name (a document, an institution, a
shipyard) is no place of the article (graph/entities/name_openers.py); a place the text also names on
its own, or that carries a relation, or whose next word is a place noun or a title, or a catalogued
region or sea (it names a charter after its topic), stays; a supra-region the text names only to qualify
a noun ("a Southeast Asia specialist") goes."""
from __future__ import annotations

from tests.extracted import node_labels as _labels


def _places(pipeline, text: str) -> set[str]:
    return {n for label, n in _labels(pipeline, text) if label == "Place"}


def test_a_document_named_after_a_city_names_no_place(pipeline):
    assert "Geneva" not in _places(pipeline, "Ukraine said the strikes broke the Geneva Conventions and asked "
                                             "the court for an inquiry.")


def test_a_yard_glued_to_a_town_by_a_hyphen_names_no_place(pipeline):
    places = _places(pipeline, "The corvette was launched at the Galati-Damen yard last week, Romania's navy said.")
    assert "Galati" not in places


def test_the_city_named_on_its_own_stays(pipeline):
    places = _places(pipeline, "Ukraine and Russia met in Geneva, the city of the Geneva Conventions, and agreed "
                               "to meet again.")
    assert "Geneva" in places


def test_a_region_naming_a_charter_stays(pipeline):
    assert "Kidal Region" in _places(pipeline, "Mali and Niger signed the Kidal Region Charter on Monday.")


def test_a_supra_region_only_qualifying_a_noun_names_no_place(pipeline):
    assert "Southeast Asia" not in _places(pipeline, "A Southeast Asia specialist said Vietnam would buy the jets.")


def test_a_supra_region_named_on_its_own_stays(pipeline):
    assert "Arctic" in _places(pipeline, "Canada sent troops to the Arctic in March, its army said.")


def test_a_place_before_a_title_or_a_place_noun_stays(pipeline):
    assert "Mumbai" in _places(pipeline, "The Mumbai Mayor welcomed the Indian sailors on Monday.")


def test_a_headline_capitalises_every_word(pipeline):
    labels = _labels(pipeline, "Chile Buys Frigates From Australia\nChile bought two frigates from Australia.")
    assert ("Country", "Chile") in labels


def _all(pipeline, text: str) -> set[tuple[str, str]]:
    return set(_labels(pipeline, text))


def test_a_body_that_only_opens_a_longer_name_is_no_entity(pipeline):
    labels = _all(pipeline, "Rana worked for years as an adviser to the National Security Council Secretariat "
                            "in Delhi.")
    assert ("GovernmentBody", "National Security Council") not in labels


def test_a_catalogued_body_that_only_opens_a_longer_name_is_no_entity(pipeline):
    labels = _all(pipeline, "Ahmed Khan now heads the Joint Chiefs of Staff Committee, a post he took in March.")
    assert ("GovernmentBody", "Joint Chiefs of Staff") not in labels


def test_the_un_named_only_in_its_charter_is_no_entity(pipeline):
    labels = _all(pipeline, "Ecuador said the strikes on Peru broke the UN Charter and recalled its envoy.")
    assert not any(name in {"United Nations", "UN"} for _, name in labels)


def test_a_body_named_on_its_own_stays(pipeline):
    labels = _all(pipeline, "Ecuador asked the United Nations for help after the strikes, and the UN Charter "
                            "was read out.")
    assert ("Alliance", "United Nations") in labels


def test_a_body_that_carries_a_relation_stays(pipeline):
    labels = _all(pipeline, "Chile is a member of the United Nations Security Council Working Group.")
    assert any(name.startswith("United Nations") for _, name in labels)
