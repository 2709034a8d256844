"""Participation told by the troops a state or unit sends, far from the event's name
(graph/relations/families/events.py ``_acting_contingents``, ``_sent_units`` and the passive "joined by"):
a contingent named by where it comes from takes part in the article's exercise or parade whatever it does
there; the units the troops or craft sent come from take part too. Invented sentences."""
from __future__ import annotations

from functools import partial

from tests.extracted import text_edges

edges = partial(text_edges, published="2025-06-10")

EXERCISE = ("Allied Troops Start Northern Shield 2025 In Estonia\n\n"
            "TALLINN, June 9, 2025 - The multinational exercise Northern Shield 2025 opened on Monday in Estonia "
            "with about 9,000 troops. The drills run until June 20. ")
SUMMIT = ("Leaders Back Peace Plan At Lucerne\n\n"
          "LUCERNE, June 9, 2025 - Leaders of forty countries met on Sunday for the 2025 Lucerne Peace Summit. "
          "The 2025 Lucerne Peace Summit ended with a joint text. ")
EVENT = "Northern Shield 2025"


def _partakers(found, event=EVENT) -> set[str]:
    return {s for s, t, o in found if t == "PARTICIPATED_IN" and o == event}


def test_troops_from_states_acting_in_the_drill_take_part(pipeline):
    found = edges(pipeline, EXERCISE + "On the second day, platoons from Latvia, Poland and Finland cleared a "
                  "mock village near the coast.")
    assert {"Latvia", "Poland", "Finland"} <= _partakers(found)


def test_paratroopers_of_a_division_take_part(pipeline):
    found = edges(pipeline, EXERCISE + "In the air, 400 paratroopers of the 82nd Airborne Division jumped near "
                  "Tapa together with Estonian soldiers.")
    assert "82nd Airborne Division" in _partakers(found)


def test_the_states_whose_troops_join_a_host_take_part(pipeline):
    found = edges(pipeline, EXERCISE + "In the south, the Estonian Defence Forces are joined by troops from "
                  "Denmark, Norway and Lithuania.")
    assert {"Denmark", "Norway", "Lithuania"} <= _partakers(found)


def test_the_unit_the_troops_sent_come_from_takes_part(pipeline):
    found = edges(pipeline, EXERCISE + "The German Army sent soldiers of the 41st Mechanised Brigade. The "
                  "Royal Air Force sent four jets from No. 3 Squadron.")
    partakers = _partakers(found)
    assert "41st Mechanised Brigade" in partakers
    assert "No. 3 Squadron" in partakers


def test_troops_that_withdrew_take_no_part(pipeline):
    found = edges(pipeline, EXERCISE + "Troops from Latvia withdrew from the area last week.")
    assert "Latvia" not in _partakers(found)


def test_troops_in_another_event_take_no_part_in_the_drill(pipeline):
    found = edges(pipeline, EXERCISE + "In 2022 soldiers from Latvia fought in the Siege of Mariupol.")
    assert "Latvia" not in _partakers(found)


def test_no_contingent_rule_outside_an_exercise_or_parade(pipeline):
    found = edges(pipeline, SUMMIT + "Troops from Latvia guarded the hotel.")
    assert "Latvia" not in _partakers(found, "2025 Lucerne Peace Summit")


def test_a_number_of_states_sending_staff_lists_them_after_a_colon(pipeline):
    found = edges(pipeline, EXERCISE + "Twelve states were invited. Four of them are sending staff to the "
                  "exercise: Latvia, Poland, Finland and Norway.")
    assert {"Latvia", "Poland", "Finland", "Norway"} <= _partakers(found)


TWO_DRILLS = ("Allied Troops Start Northern Shield 2025 In Estonia\n\n"
              "TALLINN, June 9, 2025 - The multinational exercise Northern Shield 2025 opened on Monday in Estonia. "
              "The Northern Shield 2025 drills run until June 20. In March, Estonia also took part in Exercise "
              "Cold Response 2024 in Norway. ")


def test_units_sent_are_read_only_where_the_article_has_one_drill(pipeline):
    found = edges(pipeline, TWO_DRILLS + "The German Army fielded a battalion of the 41st Mechanised Brigade.")
    assert not [e for e in found if e[0] == "41st Mechanised Brigade" and e[1] == "PARTICIPATED_IN"]
