"""Who operates and who makes a platform (issue 10, session 11): the kinds of miss and false positive
found on the fresh8 articles, each on invented sentences about other states, firms and platforms,
through the real pipeline."""
from __future__ import annotations

import pytest

from tests.extracted import has_staged as _has
from tests.extracted import staged_edges as _edges


@pytest.mark.parametrize("text", [
    "Spain, Portugal and Greece have made their own Leopard 2 pledges to the Ukrainian army.",
    "Italy and Sweden made the Gripen offer public on Monday.",
])
def test_a_pledge_or_offer_made_is_no_manufacture_and_no_fleet(pipeline, text):
    edges = _edges(pipeline, text)
    assert not any(t == "MANUFACTURES" for _, t, _, _ in edges)
    assert not any(t == "OPERATES" and s in {"Spain", "Portugal", "Greece", "Italy", "Sweden"} for s, t, _, _ in edges)


def test_a_state_that_builds_the_type_still_makes_it(pipeline):
    assert _has(_edges(pipeline, "South Korea builds the K2 Black Panther tank at Changwon."),
                "South Korea", "MANUFACTURES", "K2")


def test_a_firms_unnamed_subsidiary_is_not_the_parent_or_its_country(pipeline):
    edges = _edges(pipeline, "Rheinmetall opened a new plant in Hungary last year. Its Australian subsidiary "
                             "builds the Boxer armoured vehicle for the Australian Army at Ipswich.")
    assert not _has(edges, "Rheinmetall", "MANUFACTURES", "Boxer")
    assert not _has(edges, "Australia", "MANUFACTURES", "Boxer")
    assert _has(edges, "Australian Army", "OPERATES", "Boxer")


def test_a_named_division_of_a_firm_still_makes_the_type(pipeline):
    edges = _edges(pipeline, "The Mielec plant is owned by Lockheed Martin, whose Sikorsky division designed the "
                             "Black Hawk helicopter.")
    assert _has(edges, "Sikorsky", "MANUFACTURES", "Black Hawk")


def test_goods_built_for_a_service_after_a_list_are_its_own(pipeline):
    edges = _edges(pipeline, "Rheinmetall builds the Boxer armoured vehicle, the Lynx infantry fighting vehicle "
                             "and the Skyranger air defence system for the Hungarian Army.")
    assert _has(edges, "Hungarian", "OPERATES", "Boxer")
    assert _has(edges, "Hungarian", "OPERATES", "Lynx")


@pytest.mark.parametrize("text, service, platform", [
    ("Two Royal Canadian Air Force CP-140 Aurora aircraft flew over the Arctic on Monday.",
     "Royal Canadian Air Force", "CP-140"),
    ("Four Royal Australian Air Force C-130J Hercules landed at Darwin on Tuesday.",
     "Royal Australian Air Force", "C-130"),
])
def test_a_service_name_printed_before_a_designation_and_its_type_name(pipeline, text, service, platform):
    assert _has(_edges(pipeline, text), service, "OPERATES", platform)


def test_a_designation_followed_by_other_words_stays_a_name(pipeline):
    edges = _edges(pipeline, "Pilots trained at the European F-16 Training Center in Romania this spring.")
    assert not any(t == "OPERATES" for _, t, _, _ in edges)


def test_a_ships_navy_named_elsewhere_in_the_article_operates_it(pipeline):
    edges = _edges(pipeline, "The Royal Navy is sending a carrier group to the Pacific this year. The flagship "
                             "HMS Prince of Wales will sail from Portsmouth in April.")
    assert _has(edges, "Royal Navy", "OPERATES", "HMS Prince")


def test_a_ship_with_no_navy_of_its_state_in_the_article_gets_none_from_elsewhere(pipeline):
    edges = _edges(pipeline, "The flagship HMS Prince of Wales will sail from Portsmouth in April.")
    assert not any(t == "OPERATES" and "Navy" in s for s, t, _, _ in edges)


def test_one_firms_possessive_covers_a_bare_list_of_its_types(pipeline):
    edges = _edges(pipeline, "The Turin plant will assemble Leonardo's M-346 and M-345 trainers from next year.")
    assert _has(edges, "Leonardo", "MANUFACTURES", "M-346")
    assert _has(edges, "Leonardo", "MANUFACTURES", "M-345")


def test_a_conjunct_with_its_own_determiner_keeps_its_own_maker(pipeline):
    edges = _edges(pipeline, "Visitors saw Leonardo's M-346 trainer and the KF51 Panther tank at the show.")
    assert not _has(edges, "Leonardo", "MANUFACTURES", "KF51")


def test_flying_a_type_for_the_last_time_retires_it(pipeline):
    edges = _edges(pipeline, "The Royal Norwegian Air Force flew its F-16s for the last time on Friday.")
    assert _has(edges, "Royal Norwegian Air Force", "OPERATES", "F-16", "retired")


def test_flying_a_type_for_the_first_time_does_not_retire_it(pipeline):
    edges = _edges(pipeline, "The Royal Norwegian Air Force flew its F-35s for the first time on Friday.")
    assert not _has(edges, "Royal Norwegian Air Force", "OPERATES", "F-35", "retired")


def _focal(pipeline, text: str) -> str | None:
    from graph.entities import resolve

    doc = pipeline.nlp(text)
    resolve(doc, pipeline.ref)
    return doc.user_data.get("focal_country")


def test_a_headline_service_and_a_dateline_capital_make_the_story_that_states(pipeline):
    text = ("General Rao takes command of the Indonesian Army\n\n"
            "JAKARTA, March 3 (Island Wire) - General Rao took over on Sunday. The standoff with China and the "
            "Chinese coast guard near the Natunas remains his first concern, and China's navy sails nearby. "
            "The army is still waiting for its new Caesar howitzers.")
    assert _focal(pipeline, text) == "country:indonesia"
    edges = _edges(pipeline, text)
    assert not any(t == "OPERATES" and ("China" in s or "Chinese" in s) for s, t, _, _ in edges)


def test_a_dateline_city_that_is_no_capital_adds_nothing(pipeline):
    text = ("Allies meet to discuss air defence\n\n"
            "RAMSTEIN, Germany, April 26 (Wire) - Ministers from Poland met on Tuesday. Poland and Poland's "
            "allies asked for more missiles.")
    assert _focal(pipeline, text) == "country:poland"


def test_made_in_phrase_picks_the_type_named_earlier_in_its_own_sentence(pipeline):
    edges = _edges(pipeline, "Spain delivered six Leopard 2 tanks to Ukraine in 2023. Poland received more "
                             "K2 tanks from South Korea, which has promised 180 of the Korean-built tanks in all.")
    assert _has(edges, "South Korea", "MANUFACTURES", "K2")
    assert not _has(edges, "South Korea", "MANUFACTURES", "Leopard")
