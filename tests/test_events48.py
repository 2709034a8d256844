"""Session 48: an earlier ceremony its own clause dates is an Event of its own, not a reference of the article's
ceremony (graph/entities/earlier_occasions.py); a war described by its sides' fighting verb, its length or its year
is the catalogued war (graph/entities/war_descriptions.py, ``described_wars`` in graph/mentions/lexicon.yaml); no
war is attended by the spectators of a sentence's occasion. Invented texts."""
from __future__ import annotations

from graph.entities.war_descriptions import length_fits
from tests.extracted import events_in, graph_maker, relations_in

graph_of = graph_maker("2025-11-20")

TWO_CEREMONIES = """Navy commissions new patrol ship

The navy of Estonia commissioned the patrol ship Vapper at a ceremony in Tallinn on Wednesday.

Defence Minister Hanno Pevkur attended the ceremony with the commander of the navy.

The ship is 52 metres long and carries a 40 mm gun.

The ship's former owner, the navy of Denmark, had retired her at a decommissioning ceremony at Frederikshavn on \
March 27, after thirty years of service.
"""

MONTH_CEREMONY = """Army receives radars

The army of Latvia received two radars from Poland on Wednesday at a ceremony at the Lielvarde air base.

The radars are not new. Both served with the army of Poland for a decade.

The handover repeated a ceremony held at the same air base in April.

The chief of staff, General Leonids Kalnins, told the April ceremony that the radars would watch the eastern border.
"""

ONE_CEREMONY = """Navy commissions new patrol ship

The navy of Estonia commissioned the patrol ship Vapper at a ceremony in Tallinn on Wednesday.

Defence Minister Hanno Pevkur attended the ceremony, which was first planned for March, with the commander of the navy.
"""


def _ceremonies(events: dict) -> list[str]:
    return [n for n, a in events.items() if "ceremony" in n.lower() or any("ceremony" in x.lower()
                                                                            for x in a.get("aliases", []))]


def test_an_earlier_ceremony_dated_in_its_clause_is_its_own_event(pipeline):
    events = events_in(graph_of(pipeline, TWO_CEREMONIES))
    earlier = [n for n in events if n.endswith("-03-27")]
    assert earlier, events
    assert "decommissioning ceremony" in events[earlier[0]].get("aliases", []), events
    assert len(_ceremonies(events)) == 2, events
    own = [n for n in _ceremonies(events) if n not in earlier][0]
    assert "decommissioning ceremony" not in events[own].get("aliases", []), events


def test_a_month_before_the_noun_dates_the_earlier_ceremony(pipeline):
    events = events_in(graph_of(pipeline, MONTH_CEREMONY))
    april = [n for n in events if "2025-04" in n]
    assert april, events
    assert events[april[0]].get("aliases") == ["April ceremony"], events  # not the bare noun the main one has


def test_a_ceremony_told_again_without_a_date_of_its_own_stays_one_event(pipeline):
    events = events_in(graph_of(pipeline, ONE_CEREMONY))
    assert len(_ceremonies(events)) == 1, events


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

