"""Session 48: a war described by its sides' fighting verb, its length or its year
is the catalogued war (graph/entities/war_descriptions.py, ``described_wars`` in graph/mentions/lexicon.yaml); no
war is attended by the spectators of a sentence's occasion. Invented texts."""
from __future__ import annotations

from graph.entities.war_descriptions import length_fits
from tests.extracted import events_in, graph_maker, relations_in

graph_of = graph_maker("2025-11-20")

FIVE_DAY_WAR = """Georgia asks for a membership plan

Georgia asked NATO for a membership action plan in 2008. Four months later Russia and Georgia fought a five-day war \
over South Ossetia.
"""

INTENSE = """India orders more helicopters

In May, India and Pakistan fought a short but intense conflict after an attack in Kashmir in April, and the army of \
India has since pressed to close gaps along the western border.
"""

PARADE = """Baku holds victory parade

Soldiers of Azerbaijan marched through Baku on Thursday in a parade marking the victory over Armenia in the six-week \
war, watched from the stand by President Ilham Aliyev.
"""


def test_a_war_its_sides_fought_for_five_days_is_the_catalogued_war(pipeline):
    g = graph_maker("2024-06-01")(pipeline, FIVE_DAY_WAR)
    assert "Russo-Georgian War" in events_in(g), events_in(g)
    assert ("Russia", "PARTICIPATED_IN", "Russo-Georgian War") in relations_in(g)


def test_the_month_of_the_fighting_verb_dates_the_war_not_an_earlier_attack(pipeline):
    g = graph_maker("2025-09-10")(pipeline, INTENSE)
    assert "2025 India–Pakistan conflict" in events_in(g), events_in(g)


def test_a_war_named_by_its_length_is_no_event_the_parade_spectators_attend(pipeline):
    g = graph_maker("2020-12-11")(pipeline, PARADE)
    assert "Second Nagorno-Karabakh War" in events_in(g), events_in(g)
    rels = relations_in(g)
    assert not any(s == "Ilham Aliyev" and t == "Second Nagorno-Karabakh War" for s, _, t in rels), rels


def test_a_catalogued_war_fits_a_told_length_within_a_quarter():
    assert length_fits("2020-09-27/2020-11-10", 42)  # "six-week war": 45 days
    assert length_fits("2008-08-07/2008-08-12", 5)  # "five-day war": 6 days
    assert not length_fits("2008-08-07/2008-08-12", 30)
    assert not length_fits("2022-02-24/", 5)  # under way: no length


DEEP_YEAR = """Uzbekistan returns helicopters

The United States thanked Uzbekistan for its help with logistics during the war in Afghanistan and with the \
evacuation of Afghans in 2021. The Taliban have demanded the aircraft back.
"""


def test_a_year_deeper_in_the_phrase_names_no_war(pipeline):
    g = graph_maker("2025-06-06")(pipeline, DEEP_YEAR)
    rels = relations_in(g)
    assert ("United States", "IN_CONFLICT_WITH", "Taliban") not in rels, rels

