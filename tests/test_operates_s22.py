"""A service named right before the platform it flies, and a relative clause of flying the parser hung on the
platform's maker (issue 10, session 22: OPERATES misses pooled over the development halves). Invented
sentences through the real pipeline."""
from __future__ import annotations

import pytest

from tests.extracted import has_staged as _has
from tests.extracted import staged_edges as _edges


@pytest.mark.parametrize("text, user, platform", [
    ("Royal Air Force Typhoons intercepted two bombers over the North Sea.", "Royal Air Force", "Typhoon"),
    ("Recent drills featured Royal Malaysian Air Force F/A-18D Hornets and Su-30MKM fighters.",
     "Royal Malaysian Air Force", "F/A-18"),
    ("Italian Air Force Eurofighters flew from land during the exercise.", "Italian Air Force", "Eurofighter"),
])
def test_a_service_named_before_a_platform_flies_it(pipeline, text, user, platform):
    assert _has(_edges(pipeline, text), user, "OPERATES", platform, "in_service")


def test_a_service_name_and_a_platform_name_stay_two_mentions(pipeline):
    doc = pipeline.nlp("Royal Air Force Typhoons intercepted two bombers.")
    assert [(m.text, m.label) for m in doc._.mentions][:2] == [("Royal Air Force", "GovernmentBody"),
                                                                ("Typhoons", "Platform")]


def test_a_plain_word_after_a_name_that_is_no_service_is_no_platform(pipeline):
    doc = pipeline.nlp("The Tamil Tigers fought the army for decades.")
    assert not any(m.label == "Platform" for m in doc._.mentions)


@pytest.mark.parametrize("text, user, platform", [
    ("Marham is now home to the F-35B Lightning, the short take-off jet built by Lockheed Martin, which "
     "No. 617 Squadron has flown from the base since 2019.", "No. 617 Squadron", "F-35"),
    ("The Hawk T2 is a trainer made by BAE Systems, which the Royal Air Force flies.", "Royal Air Force", "Hawk"),
])
def test_a_relative_clause_of_flying_hung_on_the_maker_is_about_the_platform(pipeline, text, user, platform):
    assert _has(_edges(pipeline, text), user, "OPERATES", platform, "in_service")


def test_a_maker_that_flies_something_itself_is_left_alone(pipeline):
    edges = _edges(pipeline, "The Hawk T2 is a trainer made by BAE Systems, which flies a test aircraft.")
    assert not any(t == "OPERATES" and "BAE" in s for s, t, _, _ in edges)


@pytest.mark.parametrize("text, user, platform", [
    ("Help came from the United States, whose F-15E Strike Eagles and two destroyers brought down 70 drones.",
     "United States", "F-15"),
    ("Poland, whose Leopard 2A4 tanks are ageing, signed for new tanks.", "Poland", "Leopard 2"),
])
def test_whose_platforms_are_the_named_states(pipeline, text, user, platform):
    assert _has(_edges(pipeline, text), user, "OPERATES", platform, "in_service")


def test_whose_goods_another_bought_are_not_the_makers(pipeline):
    edges = _edges(pipeline, "Turkey, whose TB2 drones Ukraine bought in 2019, is a major exporter.")
    assert not any(s == "Turkey" and t == "OPERATES" for s, t, _, _ in edges)


@pytest.mark.parametrize("text, user, platform", [
    ("The Ruritanian Air Force has about forty An-32s, bought in the 1980s, along with a fleet of Il-76 lifters.",
     "Ruritanian Air Force", "Il-76"),
    ("The Egyptian Navy operates six FREMM frigates together with two Type 209 submarines.", "Egyptian Navy",
     "Type 209"),
])
def test_a_type_flown_along_with_another_is_flown_too(pipeline, text, user, platform):
    assert _has(_edges(pipeline, text), user, "OPERATES", platform, "in_service")


def test_a_force_flown_along_with_is_no_platform(pipeline):
    edges = _edges(pipeline, "The Polish Air Force flies F-16s along with the Royal Air Force over the Baltic.")
    assert not any(t == "OPERATES" and "Royal Air Force" in s for s, t, _, _ in edges)


@pytest.mark.parametrize("text, user, platform", [
    ("Manila signed for 32 more S-70i Black Hawk helicopters, a deal that will give the Philippine Air Force a "
     "fleet of 48 of the utility machines.", "Philippine Air Force", "Black Hawk"),
    ("The purchase gives the Hellenic Navy four FDI frigates.", "Hellenic Navy", "FDI"),
])
def test_the_force_a_deal_gives_goods_operates_them(pipeline, text, user, platform):
    assert _has(_edges(pipeline, text), user, "OPERATES", platform, "ordered")


def test_a_deal_giving_a_firm_work_makes_no_operator(pipeline):
    edges = _edges(pipeline, "The contract gives Dassault Aviation a backlog of 200 Rafale jets.")
    assert not any(t == "OPERATES" and "Dassault" in s for s, t, _, _ in edges)


def test_a_demonym_on_the_goods_a_described_force_flies_is_their_origin(pipeline):
    edges = _edges(pipeline, "The new minister inherits an air force that still flies American F-4 and F-14 jets.")
    assert not any(s == "United States" and t == "OPERATES" for s, t, _, _ in edges)


def test_a_demonym_on_platforms_in_action_still_names_their_user(pipeline):
    assert _has(_edges(pipeline, "Russian Su-35 fighters escorted the bombers."), "Russia", "OPERATES", "Su-35")
