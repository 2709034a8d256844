"""A lower-case state body that only qualifies a title (session 37): "Kenya's army chief", "the defence ministry
spokesman", "In Beijing, foreign ministry spokesman X said" name the body its title holder leads or speaks for
(mentions/component.py ``state_body_titles``); the state is the one its sentence names or seats it in, else the
state or capital named last before it (entities/resolve.py). Invented sentences; each kind with one where no body
may be made."""
from __future__ import annotations

from tests.extracted import node_names, text_edges

DAY = "2025-03-04"


def bodies(pipeline, text: str) -> set[str]:
    return node_names(pipeline, text, "GovernmentBody", published=DAY)


def test_a_states_army_chief_leads_its_army(pipeline):
    text = "Pakistan's army chief, General Amir Qadri, met the visiting delegation in Rawalpindi on Monday."
    assert "Pakistan Army" in bodies(pipeline, text)
    assert ("Amir Qadri", "LEADS", "Pakistan Army") in text_edges(pipeline, text, DAY)


def test_the_defence_ministry_spokesman_speaks_for_the_ministry(pipeline):
    text = ("Cambodia rejected the report on Friday. The defence ministry spokesman, Sok Vanna, called the claims "
            "baseless.")
    found = bodies(pipeline, text)
    assert "Ministry of National Defence of Cambodia" in found
    assert ("Sok Vanna", "AFFILIATED_WITH", "Ministry of National Defence of Cambodia") in text_edges(pipeline, text, DAY)


def test_a_spokesman_in_a_capital_speaks_for_that_capitals_state(pipeline):
    text = ("Pakistan closed the border crossing on Tuesday. In Beijing, foreign ministry spokesman Li Wen said "
            "the two sides should show restraint.")
    found = bodies(pipeline, text)
    assert "Ministry of Foreign Affairs of China" in found
    assert not any("Pakistan" in b for b in found)


def test_a_sentence_capitalised_body_takes_the_capital_named_before_it(pipeline):
    text = ("Australia protested on Sunday about the interception. Beijing dismissed the protest on Monday. "
            "Foreign ministry spokesman Li Wen said the pilot had acted lawfully.")
    found = bodies(pipeline, text)
    assert "Ministry of Foreign Affairs of China" in found
    assert not any("Australia" in b for b in found)


def test_a_body_qualifying_another_noun_stays_unnamed(pipeline):
    text = "Kenya's army trucks carried the supplies north, and the defence ministry budget rose by a tenth."
    found = bodies(pipeline, text)
    assert not any("Ministry" in b for b in found)
