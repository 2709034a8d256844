"""Events named by a day (session 31): a named day the article's parade or ceremony marks names that
occasion even where the day is written apart from the parade's nouns ("Kazakhstan celebrated its 34th
Independence Day ... a street parade"); the day's forms are its aliases, its sentence dates it, and the
article's other occasion nouns that day ("the flypast closed the ceremony") are the same event. A day said
in passing ("said on Independence Day") makes no event."""
from __future__ import annotations

from tests.extracted import events_in as events_of
from tests.extracted import graph_maker, relations_in

graph_of = graph_maker("2025-12-17")

CELEBRATED = """Kazakhstan shows its new armour as it marks Independence Day

ASTANA - Kazakhstan celebrated its 34th Independence Day on Tuesday, and the government used the holiday \
to show the public weapons it has bought in the past two years.

President Kassym-Jomart Tokayev watched from a stand on the main square as soldiers and cadets marched past.

Later in the morning a street parade of armoured vehicles moved along the main avenue in Astana. The parade \
included T-72 tanks and BTR-82A armoured personnel carriers.

A flypast of Su-30SM fighters closed the ceremony, which ended with fireworks over the river.
"""


def test_a_day_the_parade_marks_names_it_and_holds_its_other_nouns(pipeline):
    events = events_of(graph_of(pipeline, CELEBRATED))
    assert len(events) == 1, events
    name, event = next(iter(events.items()))
    assert name.startswith("Independence Day parade"), events
    aliases = set(event.get("aliases", []))
    assert {"Independence Day", "34th Independence Day", "street parade", "ceremony"} <= aliases, aliases
    assert event.get("date") == "2025-12-16", event


def test_the_platforms_shown_are_displayed_at_the_day_event(pipeline):
    rels = relations_in(graph_of(pipeline, CELEBRATED))
    shown = {s for s, t, e in rels if t == "DISPLAYED_AT" and e.startswith("Independence Day parade")}
    assert {"T-72", "BTR-82A"} <= shown, rels


def test_platforms_of_a_flypast_are_displayed_at_the_day_event(pipeline):
    rels = relations_in(graph_of(pipeline, CELEBRATED))
    assert any(s.startswith("Su-30") and t == "DISPLAYED_AT" and e.startswith("Independence Day parade")
               for s, t, e in rels), rels


UNVEILED = """Peru's president unveils first KF-21 fighters on Air Force Day

LIMA - President Jose Jeri stood beside two KF-21 fighters at Las Palmas air base on Thursday and said the \
jets would guard the country's skies.

The ceremony was attended by the commander of the air force. A-37 jets flew over the gathering.

Chile and Brazil lead the regional air defence coalition. Leaders of the region had discussed air defence at a summit in Brasilia in May, and the meeting agreed to \
share radar data.
"""


def test_a_day_shown_on_in_the_headline_makes_the_ceremony_the_event(pipeline):
    events = events_of(graph_maker("2026-07-24")(pipeline, UNVEILED))
    days = {n: e for n, e in events.items() if n.startswith("Air Force Day ceremony")}
    assert days, events
    event = next(iter(days.values()))
    assert {"Air Force Day", "ceremony", "gathering"} <= set(event.get("aliases", [])), event
    assert event.get("date") == "2026-07-23", event


def test_states_leading_a_coalition_do_not_attend_the_ceremony(pipeline):
    rels = relations_in(graph_maker("2026-07-24")(pipeline, UNVEILED))
    assert not any(s in {"Chile", "Brazil"} and t == "PARTICIPATED_IN" and e.startswith("Air Force Day")
                   for s, t, e in rels), rels


PASSING = """Algeria buys more Su-30 jets

ALGIERS - Algeria will receive 14 more Su-30MKA fighters from Russia, the defence ministry said on \
Independence Day.

The jets will join the air force's existing fleet. Officials said ahead of Victory Day that a parade \
would be held in Oran next year.
"""


def test_a_day_said_in_passing_makes_no_event(pipeline):
    events = events_of(graph_maker("2026-07-06")(pipeline, PASSING))
    assert not any("Independence Day" in n or "Victory Day" in n for n in events), events


RETIRED = """Chile retires its last F-5 fighters

SANTIAGO - The Chilean Air Force retired its last F-5 fighters on Monday. The phase-out ceremony at \
Antofagasta was led by the air force commander.
"""


def test_a_hyphen_joined_purpose_word_stays_in_the_written_alias(pipeline):
    events = events_of(graph_maker("2026-03-03")(pipeline, RETIRED))
    assert any("phase-out ceremony" in e.get("aliases", []) or n.startswith("phase-out ceremony")
               for n, e in events.items()), events


OCCASION = """Serbia puts new howitzers on show

BELGRADE - Serbia's army held a ceremony in Nis on Thursday on the occasion of Army Day 2026.

A parade of troops and vehicles moved through the city. The parade included Lazar 3 armoured vehicles and \
Nora B-52 howitzers.
"""


def test_a_day_an_occasion_is_held_for_names_it_with_its_year_form(pipeline):
    events = events_of(graph_maker("2026-04-24")(pipeline, OCCASION))
    days = [e for n, e in events.items() if n.startswith("Army Day")]
    assert days, events
    assert {"Army Day", "Army Day 2026", "ceremony"} <= set(days[0].get("aliases", [])), days
    assert days[0].get("date") == "2026-04-23", days
