"""Participation told without the event's name (graph/relations/families/events.py ``participation``): whoever
leads a contingent or delegation, speaks at the event's opening or closing rite, or commands it took part in
the event the text is about. Invented sentences."""
from __future__ import annotations

from functools import partial

from tests.extracted import text_edges

edges = partial(text_edges, published="2025-06-10")

EXERCISE = ("Allied Troops Start Northern Shield 2025 In Estonia\n\n"
            "TALLINN, June 9, 2025 - The multinational exercise Northern Shield 2025 opened on Monday in Estonia "
            "with about 9,000 troops. ")
PARADE = ("India Marks Republic Day With Parade\n\n"
          "NEW DELHI, January 26, 2026 - India staged the 2026 Republic Day parade on Kartavya Path on Monday. ")
SUMMIT = ("Leaders Back Peace Plan At Lucerne\n\n"
          "LUCERNE, June 9, 2025 - Leaders of forty countries met on Sunday for the 2025 Lucerne Peace Summit. "
          "The 2025 Lucerne Peace Summit ended with a joint text. ")


def test_the_leader_of_a_contingent_or_delegation_takes_part(pipeline):
    found = edges(pipeline, EXERCISE + "General Jaan Tamm, who commanded the Estonian contingent, said the drills "
                  "went well. Colonel Piet de Vries led the Dutch detachment.")
    assert ("Jaan Tamm", "PARTICIPATED_IN", "Northern Shield 2025") in found
    assert ("Piet de Vries", "PARTICIPATED_IN", "Northern Shield 2025") in found


def test_a_negated_lead_takes_no_part(pipeline):
    found = edges(pipeline, EXERCISE + "Admiral Ola Berg did not lead the Norwegian delegation.")
    assert not [e for e in found if e[0] == "Ola Berg" and e[1] == "PARTICIPATED_IN"]


def test_a_speaker_at_the_opening_session_takes_part(pipeline):
    found = edges(pipeline, SUMMIT + "Prime Minister Lars Holm addressed the opening session.")
    assert ("Lars Holm", "PARTICIPATED_IN", "2025 Lucerne Peace Summit") in found


def test_a_person_who_skipped_the_opening_rite_takes_no_part(pipeline):
    found = edges(pipeline, SUMMIT + "Prime Minister Lars Holm skipped the opening session.")
    assert not [e for e in found if e[0] == "Lars Holm" and e[1] == "PARTICIPATED_IN"]


def test_the_commander_of_a_parade_takes_part_and_not_his_post(pipeline):
    found = edges(pipeline, PARADE + "Lieutenant General Arjun Mehta, General Officer Commanding of the Delhi "
                  "Area, commanded the parade.")
    assert ("Arjun Mehta", "PARTICIPATED_IN", "2026 Republic Day parade") in found
    assert [e for e in found if e[1] == "PARTICIPATED_IN" and e[2] == "2026 Republic Day parade"] == [
        ("Arjun Mehta", "PARTICIPATED_IN", "2026 Republic Day parade")]
