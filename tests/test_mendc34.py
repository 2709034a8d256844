"""Review mends of session 34 (graph/relations/families/events.py participation guards, graph/relations/editions.py,
cues.yaml ``participation``): a spectator watching a force perform at the event is no monitor of a party; a present
perfect whose object is the event itself stays a spectator; the main event named by its own name in another month
stays; a sending with a purpose outside the closed list of away tasks stays a contingent; an indefinite summit held
elsewhere in a passive is another occasion. Invented sentences."""
from __future__ import annotations

from functools import partial

from tests.extracted import text_edges

edges = partial(text_edges, published="2025-06-10")

PARADE = ("Chile Marks Navy Day With Parade In Valparaiso\n\n"
          "VALPARAISO, June 9, 2025 - Chile held its Navy Day parade in Valparaiso on Monday, with warships, "
          "marines and aircraft passing the reviewing stand. The parade lasted two hours. ")
PARADE_EVENT = "parade"
EXERCISE = ("Kenya Hosts Exercise Savanna Shield 2025\n\n"
            "NAIROBI, June 9, 2025 - Kenya hosts Exercise Savanna Shield 2025 in Laikipia from June 2, with "
            "troops of eight states. ")
EXERCISE_EVENT = "Savanna Shield 2025"


def _partakers(found, event: str) -> set[str]:
    return {s for s, t, o in found if t == "PARTICIPATED_IN" and event in o}


def test_a_spectator_watching_an_air_force_fly_stays(pipeline):
    found = edges(pipeline, PARADE + "President Gabriel Boric watched the Chilean Air Force fly over the bay.")
    assert "Gabriel Boric" in _partakers(found, PARADE_EVENT)


def test_a_spectator_watching_a_navy_perform_stays(pipeline):
    found = edges(pipeline, PARADE + "Defence Minister Carlos Soto watched the Chilean Navy perform a salute.")
    assert "Carlos Soto" in _partakers(found, PARADE_EVENT)


def test_watching_a_states_conduct_is_still_no_spectator(pipeline):
    found = edges(pipeline, PARADE + "Bolivia and Paraguay watch Argentina's widening naval ties with unease.")
    assert not {"Bolivia", "Paraguay"} & _partakers(found, PARADE_EVENT)


def test_having_watched_the_parade_itself_stays(pipeline):
    found = edges(pipeline, PARADE + "President Gabriel Boric has watched the parade from the deck of a frigate.")
    assert "Gabriel Boric" in _partakers(found, PARADE_EVENT)


def test_having_watched_two_navies_grow_closer_is_still_no_spectator(pipeline):
    found = edges(pipeline, PARADE + "Peru has watched the two navies grow closer since the border accord.")
    assert "Peru" not in _partakers(found, PARADE_EVENT)


def test_the_main_event_named_by_its_name_in_another_month_stays(pipeline):
    text = ("Indonesia Joins Cobra Gold\n\n"
            "BANGKOK, March 10, 2025 - Cobra Gold 2025 began on February 25 in Thailand with 30 nations. "
            "Indonesia joined Cobra Gold 2025 in March with a marine company.")
    assert "Indonesia" in _partakers(text_edges(pipeline, text, published="2025-03-10"), "Cobra Gold 2025")


def test_a_meeting_in_another_month_is_still_no_attendance_of_the_exercise(pipeline):
    text = ("Indonesia Joins Cobra Gold\n\n"
            "BANGKOK, March 10, 2025 - Cobra Gold 2025 began on February 25 in Thailand with 30 nations. "
            "General Agus Subiyanto attended a planning conference in Bangkok in January.")
    assert "Agus Subiyanto" not in _partakers(text_edges(pipeline, text, published="2025-03-10"), "Cobra Gold 2025")


def test_a_sending_to_work_beside_the_host_stays(pipeline):
    found = edges(pipeline, EXERCISE + "Tanzania sent two helicopters to work alongside the Kenyan army.")
    assert "Tanzania" in _partakers(found, EXERCISE_EVENT)


def test_a_sending_to_fight_elsewhere_is_still_no_contingent(pipeline):
    found = edges(pipeline, EXERCISE + "Rwanda has sent troops to fight rebels in Mozambique.")
    assert "Rwanda" not in _partakers(found, EXERCISE_EVENT)


def test_a_sending_to_guard_a_border_is_no_contingent(pipeline):
    found = edges(pipeline, EXERCISE + "Ethiopia sent two battalions to guard its frontier with Sudan.")
    assert "Ethiopia" not in _partakers(found, EXERCISE_EVENT)


LUSAKA = ("Leaders Meet In Lusaka\n\n"
          "LUSAKA, June 9, 2025 - Leaders of the bloc met in Lusaka on Friday for their annual summit. "
          "The summit was held at the Mulungushi centre. ")


def _sites(found) -> set[str]:
    return {o for s, t, o in found if t == "HELD_IN" and "summit" in s.lower()}


def test_a_summit_held_elsewhere_in_a_passive_is_another_occasion(pipeline):
    found = edges(pipeline, LUSAKA + "A trilateral summit had been held in Maputo the week before.")
    assert "Maputo" not in _sites(found)
    assert {"Lusaka", "Mulungushi"} <= {w for o in _sites(found) for w in o.split()}


def test_a_summit_staged_elsewhere_in_a_passive_is_another_occasion(pipeline):
    found = edges(pipeline, LUSAKA + "An emergency summit was staged in Harare by the same leaders.")
    assert "Harare" not in _sites(found)
