"""Attendance that is no attendance (graph/relations/families/events.py, cues.yaml ``participation``): a watching
verb that keeps a watch over time ("has watched") or over a party's conduct ("watch A's widening ties", "will watch
whether ..."); a sending on a task of the forces' own ("sent troops to fight for A", "sending troops across the
border"); a meeting named in another month than the article's event it was read as. The spectators, senders and
attendees of the article's own event stay. Invented sentences."""
from __future__ import annotations

from functools import partial

from tests.extracted import text_edges

edges = partial(text_edges, published="2025-06-10")

PARADE = ("Chile Marks Navy Day With Parade In Valparaiso\n\n"
          "VALPARAISO, June 9, 2025 - Chile held its Navy Day parade in Valparaiso on Monday, with warships, "
          "marines and aircraft passing the reviewing stand. The parade lasted two hours. ")
PARADE_EVENT = "parade"
SUMMIT = ("Nordic Leaders Meet In Tromso For Arctic Summit\n\n"
          "TROMSO, June 9, 2025 - Leaders of the Nordic states met in Tromso on Monday for the Arctic Summit, "
          "and agreed a plan for search and rescue. The Arctic Summit ended on Tuesday. ")
SUMMIT_EVENT = "Arctic Summit"
EXERCISE = ("Allied Troops Start Northern Shield 2025 In Estonia\n\n"
            "TALLINN, June 9, 2025 - The multinational exercise Northern Shield 2025 opened on Monday in Estonia "
            "with about 9,000 troops. The drills run until June 20. ")
EXERCISE_EVENT = "Northern Shield 2025"


def _partakers(found, event: str) -> set[str]:
    return {s for s, t, o in found if t == "PARTICIPATED_IN" and event in o}


def test_a_watch_kept_over_time_is_no_spectator(pipeline):
    found = edges(pipeline, PARADE + "Peru has watched the two navies grow closer since the border accord.")
    assert "Peru" not in _partakers(found, PARADE_EVENT)


def test_watching_a_states_conduct_is_no_spectator(pipeline):
    found = edges(pipeline, PARADE + "Bolivia and Paraguay watch Argentina's widening naval ties with unease.")
    assert not {"Bolivia", "Paraguay"} & _partakers(found, PARADE_EVENT)


def test_watching_whether_something_happens_is_no_spectator(pipeline):
    found = edges(pipeline, PARADE + "Ecuador will now watch whether the new frigates reach the fleet on time.")
    assert "Ecuador" not in _partakers(found, PARADE_EVENT)


def test_a_spectator_of_the_parade_stays(pipeline):
    found = edges(pipeline, PARADE + "President Gabriel Boric watched sailors hoist the flag over the new frigate.")
    assert "Gabriel Boric" in _partakers(found, PARADE_EVENT)


def test_troops_sent_to_fight_elsewhere_are_no_contingent(pipeline):
    found = edges(pipeline, EXERCISE + "Belarus has sent troops to fight for Russia in eastern Ukraine.")
    assert "Belarus" not in _partakers(found, EXERCISE_EVENT)


def test_troops_sent_across_a_border_are_no_contingent(pipeline):
    found = edges(pipeline, EXERCISE + "Belarus keeps sending troops across the frontier.")
    assert "Belarus" not in _partakers(found, EXERCISE_EVENT)


def test_troops_sent_to_train_in_the_exercise_stay(pipeline):
    found = edges(pipeline, EXERCISE + "Lithuania sent a battalion to train with the Estonian brigade.")
    assert "Lithuania" in _partakers(found, EXERCISE_EVENT)


def test_a_delegation_sent_to_the_summit_stays(pipeline):
    found = edges(pipeline, SUMMIT + "Iceland sent a delegation to take part in the Arctic Summit.")
    assert "Iceland" in _partakers(found, SUMMIT_EVENT)


def test_a_meeting_in_another_month_is_no_attendance_of_the_summit(pipeline):
    found = edges(pipeline, SUMMIT + "Foreign Minister Henrik Lund attended a Nordic ministerial meeting "
                  "in Oslo in February.")
    assert "Henrik Lund" not in _partakers(found, SUMMIT_EVENT)


def test_attending_the_summit_stays(pipeline):
    found = edges(pipeline, SUMMIT + "Foreign Minister Henrik Lund attended the Arctic Summit in Tromso.")
    assert "Henrik Lund" in _partakers(found, SUMMIT_EVENT)
