"""Definite descriptions of a platform told of across sentences (disc28: graph/entities/antecedents.py
``platforms``), on invented sentences: the platform the article keeps talking about, not one named in
passing nearer the word; past the window the article's one platform of the kind; a kind-free noun ("the
type", "the system") where one platform is named within the window."""
from __future__ import annotations

from functools import partial

from tests.extracted import corefs, text_edges

edges = partial(text_edges, published="2025-03-01")


def test_the_jets_are_the_jets_the_article_is_about_not_one_named_in_passing(pipeline):
    text = ("Peru took delivery of its first F-16 fighters on Friday. The F-16s will replace the Mirage 2000 fleet. "
            "The fighters come from Danish stocks, which Denmark is emptying as it moves to the Gripen. "
            "The jets will be based at Arequipa.")
    found = [name for word, name in corefs(pipeline, text) if word == "jets"]
    assert found and all(name.startswith("F-16") or "F-16" in name for name in found), found


def test_the_platform_the_sentence_before_is_about(pipeline):
    text = ("Peru took delivery of its first F-16 fighters on Friday. The F-16s will replace the Mirage 2000 fleet. "
            "Twelve Gripen fighters are now based at Arequipa. The Saab-built jets arrived in May.")
    assert [name for word, name in corefs(pipeline, text) if word == "jets"][-1:] == ["Gripen"], corefs(pipeline, text)


def test_two_platforms_near_and_neither_the_subject_before(pipeline):
    # disc28b: with two of the kind named near, an object of the sentence before does not tell which
    text = ("Peru took delivery of its first F-16 fighters on Friday. The F-16s will replace the Mirage 2000 fleet. "
            "The base at Arequipa is now the home of 12 Gripen fighters. The Saab-built jets arrived in May.")
    assert not [name for word, name in corefs(pipeline, text) if word == "jets"], corefs(pipeline, text)


def test_the_nearest_platform_of_the_kind_when_none_is_told_of_more(pipeline):
    text = "Chile received two Type 23 frigates in 2021. The frigates are based at Talcahuano."
    assert ("frigates", "Type 23 frigate") in corefs(pipeline, text)


def test_past_the_window_the_articles_one_missile(pipeline):
    text = ("Japan signed for up to 400 Tomahawk cruise missiles on Thursday. The deal was signed in Tokyo. "
            "Deliveries are to run from 2025 to 2027. Training of sailors begins in March. The purchase follows "
            "a decision of 2022. The missile is built by Raytheon.")
    assert [name for word, name in corefs(pipeline, text) if word == "missile"], corefs(pipeline, text)
    assert any(s == "Raytheon" and t == "MANUFACTURES" for s, t, _ in edges(pipeline, text))


def test_the_system_is_the_one_platform_named_before(pipeline):
    text = "Estonia ordered the IRIS-T SLM in 2023. The system is built by Diehl Defence."
    assert [name for word, name in corefs(pipeline, text) if word == "system"], corefs(pipeline, text)


def test_a_kind_free_noun_after_two_platforms_stands_for_neither(pipeline):
    text = "Estonia ordered the IRIS-T SLM and the HIMARS in 2023. The system is built in Germany."
    assert not [c for c in corefs(pipeline, text) if c[0] == "system"]


def test_a_share_of_the_fleet_flown_or_bought_is_the_platform(pipeline):
    text = "India ordered six Apache helicopters for its army in 2020. The Indian Air Force already flies 22 of the type."
    assert ("type", "Apache") in corefs(pipeline, text)
    assert ("Indian Air Force", "OPERATES", "Apache") in edges(pipeline, text)


def test_a_share_of_the_fleet_lost_is_left_alone(pipeline):
    text = "Chile received two Type 23 frigates in 2021. Six of the frigates were lost in a storm."
    assert not [c for c in corefs(pipeline, text) if c[0] == "frigates"]
