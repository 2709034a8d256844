"""A show article's words of flying told of a fleet's service are no showing (session 47, precision: pooled
over the 44 dev halves, "which have flown with the air force for two decades", "that each air arm still
flies", "due to begin flying in 2023" made DISPLAYED_AT of types not at the
show). Invented sentences through the real pipeline."""
from __future__ import annotations

from tests.extracted import text_edges

SHOW = "Farnborough International Airshow 2024"
OPENING = ("Farnborough Airshow opens with new tankers on show\n\n"
           f"The {SHOW} opened on Monday in Hampshire. Airbus showed its A330 MRTT tanker at the {SHOW}, and the "
           "Red Arrows flew their BAE Hawk jets over the crowds.\n\n")
CLOSING = f"\n\nThe {SHOW} closes on Friday."


def _shown(pipeline, middle: str) -> set[str]:
    edges = text_edges(pipeline, OPENING + middle + CLOSING, "2024-07-22")
    return {s for s, t, o in edges if t == "DISPLAYED_AT" and o == SHOW}


def test_the_shows_own_flypast_is_shown(pipeline):
    assert {"A330 MRTT", "BAE Hawk"} <= _shown(pipeline, "Crowds lined the runway.")


def test_a_fleet_flown_for_decades_is_not_shown(pipeline):
    shown = _shown(pipeline, "The Royal Air Force will buy the A330 MRTT to take over refuelling from its Boeing "
                             "KC-135 tankers, which have flown with the service for more than two decades.")
    assert "KC-135" not in shown


def test_a_fleet_still_flown_is_not_shown(pipeline):
    shown = _shown(pipeline, "The Royal Air Force still flies the Boeing KC-135 and the C-130 Hercules from "
                             "Brize Norton.")
    assert not {"KC-135", "C-130"} & shown


def test_a_show_told_last_month_stays_shown(pipeline):
    shown = _shown(pipeline, "The Boeing KC-135 was shown publicly at the show last July.")
    assert "KC-135" in shown
