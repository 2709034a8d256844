"""A catalogued conflict the text describes by its sides (session 26, resolve.py ``_described_wars``):

* "Pakistan's four-day conflict with India" in a report of September 2025: the one catalogued conflict of
  India and Pakistan that ended within three years before, its written phrase a name of it;
* "the clashes of 2021 between Kyrgyzstan and Tajikistan": the catalogued clashes of that year, not those of 2022;
* "the deadly fighting of September 2022", no side named: the one catalogued conflict of that month whose every
  side the article names;
* "the clashes in 2021 and again in September 2022": two conflicts, neither taken from the phrase;
* a conflict with no named side and no month is none, nor is a war still under way ("its war with Russia").
Sentences written for these tests.
"""
from __future__ import annotations

from tests.extracted import events_in, graph_maker

graph_of = graph_maker("2025-09-18")

_PACT = ("Saudi Arabia and Pakistan sign defence pact\n\n"
         "RIYADH, Sept. 18, 2025 (Wire) - Saudi Arabia and Pakistan signed a mutual defence agreement on Wednesday. "
         "The pact comes four months after Pakistan's four-day conflict with India.")

_BORDER = ("Kyrgyzstan and Tajikistan open border crossings\n\n"
           "BISHKEK, Sept. 18, 2025 (Wire) - Kyrgyzstan and Tajikistan opened two crossings on their border on "
           "Thursday. The clashes of 2021 between Kyrgyzstan and Tajikistan killed dozens of people.")


def test_a_described_conflict_with_its_sides_is_the_catalogued_one(pipeline):
    events = events_in(graph_of(pipeline, _PACT))
    assert "2025 India–Pakistan conflict" in events, events
    assert "four-day conflict" in events["2025 India–Pakistan conflict"].get("aliases", []), events


def test_the_year_of_the_phrase_chooses_among_the_catalogued_conflicts(pipeline):
    events = events_in(graph_of(pipeline, _BORDER))
    assert "2021 Kyrgyzstan–Tajikistan clashes" in events, events
    assert "2022 Kyrgyzstan–Tajikistan clashes" not in events, events


def test_a_conflict_without_a_named_side_is_no_catalogued_one(pipeline):
    events = events_in(graph_of(pipeline, _PACT.replace("Pakistan's four-day conflict with India",
                                                         "a four-day conflict")))
    assert "2025 India–Pakistan conflict" not in events, events


_KHUJAND = ("Three presidents settle a border point\n\n"
            "KHUJAND, Sept. 18, 2025 (Wire) - The presidents of Tajikistan, Kyrgyzstan and Uzbekistan signed a "
            "border treaty on Thursday. Rahmon last came to Bishkek after the deadly fighting of September 2022.")


def test_a_month_alone_names_the_catalogued_conflict_of_the_articles_states(pipeline):
    events = events_in(graph_of(pipeline, _KHUJAND))
    assert "2022 Kyrgyzstan–Tajikistan clashes" in events, events
    assert "deadly fighting" in events["2022 Kyrgyzstan–Tajikistan clashes"].get("aliases", []), events


def test_a_phrase_of_two_dates_names_neither_conflict(pipeline):
    text = _KHUJAND.replace("Rahmon last came to Bishkek after the deadly fighting of September 2022.",
                            "The clashes between Kyrgyz and Tajik forces in 2021 and again in September 2022 "
                            "killed about 100 people.")
    events = events_in(graph_of(pipeline, text))
    assert "2021 Kyrgyzstan–Tajikistan clashes" not in events, events


def test_a_war_still_under_way_is_left_to_the_articles_rules(pipeline):
    text = ("Poland sends jets to Ukraine\n\nWARSAW, Sept. 18, 2025 (Wire) - Poland sent four jets to Ukraine on "
            "Thursday for its war with Russia.")
    events = events_in(graph_of(pipeline, text))
    assert not any("counteroffensive" in n or "Kharkiv" in n for n in events), events
