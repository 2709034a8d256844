"""Operators and makers named beside a platform by an unnamed goods noun (issue 10): "the A400M is the
Luftwaffe's main transport", "the C-390, the Brazilian Air Force's new transport" (the possessor operates it),
"the CF-18 Hornet, a McDonnell Douglas jet", "the MQ-9 is a General Atomics drone" (the firm makes it), and a
maker named as the leader of a consortium ("built by a consortium led by X and Y"); goods "ordered for" a
service where the tagger reads the participle as a past tense. Invented sentences about
other countries and platforms, through the real pipeline."""
from __future__ import annotations

import pytest

from tests.extracted import find_relation, text_relations


@pytest.mark.parametrize("text, user, platform", [
    ("The Airbus A400M, based at Wunstorf, is the Luftwaffe's main strategic transport.", "Luftwaffe", "A400M"),
    ("The C-390, the Brazilian Air Force's new transport, flew over the base.", "Brazilian Air Force", "C-390"),
    ("The K9 Thunder remains the Polish Army's main howitzer.", "Pol", "K9"),
])
def test_a_state_possessing_the_goods_noun_that_describes_a_platform_operates_it(pipeline, text, user, platform):
    edges = text_relations(pipeline, text)
    assert find_relation(edges, user, "OPERATES", platform) is not None


@pytest.mark.parametrize("text", [
    "The Altay is Turkey's future main battle tank.",
    "The Hawk was the Royal Air Force's former trainer.",
    "The Kfir is not Colombia's main fighter.",
])
def test_a_prospect_a_former_holding_or_a_denial_names_no_operator(pipeline, text):
    edges = text_relations(pipeline, text)
    assert not any(t == "OPERATES" for _, t, _ in edges)


@pytest.mark.parametrize("text, maker, platform", [
    ("The Hisar-O, an Aselsan missile, was shown for the first time.", "Aselsan", "Hisar"),
    ("The MQ-9 Reaper is a General Atomics drone.", "General Atomics", "MQ-9"),
    ("The Navy will retire its CF-18 Hornets, McDonnell Douglas jets that entered service in 1982.",
     "McDonnell Douglas", "F/A-18"),
])
def test_a_firm_named_on_the_goods_noun_that_describes_a_platform_makes_it(pipeline, text, maker, platform):
    edges = text_relations(pipeline, text)
    assert find_relation(edges, maker, "MANUFACTURES", platform) is not None


def test_a_state_on_the_goods_noun_of_a_copula_is_no_maker(pipeline):
    edges = text_relations(pipeline, "The K2 Black Panther is a Polish tank now.")
    assert not any(t == "MANUFACTURES" for _, t, _ in edges)


def test_the_firms_leading_a_building_consortium_make_the_goods(pipeline):
    edges = text_relations(pipeline, "Four Tamandare-class frigates are being built at Itajai by a consortium "
                                     "led by Germany's thyssenkrupp Marine Systems and Embraer.")
    assert find_relation(edges, "thyssenkrupp", "MANUFACTURES", "Tamandar") is not None
    assert find_relation(edges, "Embraer", "MANUFACTURES", "Tamandar") is not None


def test_a_noun_another_platform_names_describes_no_other(pipeline):
    edges = text_relations(pipeline, "Pakistan put forward the JF-17 Thunder, Russia the MiG-35 and Turkish "
                                     "Aerospace its Hurjet trainer.")
    assert find_relation(edges, "Pakistan", "OPERATES", "JF-17") is None


def test_a_participle_with_its_own_subject_makes_that_subject_not_the_noun_before(pipeline):
    edges = text_relations(pipeline, "The money goes to four Riachuelo-class submarines built with France's Naval "
                                     "Group, and four Tamandare-class frigates being built by a consortium led by "
                                     "Embraer.")
    assert find_relation(edges, "Embraer", "MANUFACTURES", "Tamandar") is not None
    assert find_relation(edges, "Embraer", "MANUFACTURES", "Riachuelo") is None
    assert find_relation(edges, "Embraer", "MANUFACTURES", "Scorp") is None


def test_goods_ordered_for_a_service_read_as_a_past_tense_are_still_its(pipeline):
    edges = text_relations(pipeline, "The 12 AH-64E Apache helicopters ordered for the Indian Army have arrived in "
                                     "Jodhpur.")
    assert find_relation(edges, "Indian Army", "OPERATES", "Apache", stage="delivered") is not None


def test_a_count_of_goods_a_firm_names_is_the_type_its_sentence_named(pipeline):
    edges = text_relations(pipeline, "Norway will buy eight more F-35A fighters, a decision that will give the air "
                                     "force 60 Lockheed Martin stealth jets.")
    assert find_relation(edges, "Lockheed Martin", "MANUFACTURES", "F-35") is not None


def test_a_design_noun_names_no_operator(pipeline):
    edges = text_relations(pipeline, "The Altay is Turkey's own design.")
    assert not any(t == "OPERATES" for _, t, _ in edges)
