"""Review findings on the fleet, exercise and people rules of session 33 (mendb33): rosters that are no ship noun's own
list (ports, commanders, a person's sisters), rosters of tankers or of another state's body, a roster's stage read from
its own clause, "into" a state or place (movement, no force), a relative clause's years, "with" fuel and "from" a
home base in an exercise clause, armed fighters landing (no delivery flight), a press role and an untitled career.
Invented sentences through the real pipeline; each test fails on int33b."""
from __future__ import annotations

from tests.extracted import graph_maker, node_names, relations_in

graph_of = graph_maker("2024-06-12")


def rels(pipeline, text: str) -> dict[tuple[str, str, str], dict]:
    return relations_in(graph_of(pipeline, text))


def operated(pipeline, text: str) -> dict[tuple[str, str], str | None]:
    return {(s, t): d.get("stage") for (s, typ, t), d in rels(pipeline, text).items() if typ == "OPERATES"}


# 1. a roster is the ship noun's own list, never places or people the text names as such
def test_ports_of_call_are_no_ships(pipeline):
    text = ("The Kenya Navy received two new patrol boats in May. Ports of call for the patrol boats this year: "
            "Lamu, Malindi and Kilifi.")
    assert not node_names(pipeline, text, "Platform") & {"Lamu", "Malindi", "Kilifi"}


def test_commanders_of_the_boats_are_no_ships(pipeline):
    text = ("The Ghana Navy commissioned two patrol boats on Friday. Commanders of the two new patrol boats: "
            "Kofi Asante and Yaw Boateng.")
    assert not node_names(pipeline, text, "Platform") & {"Kofi Asante", "Yaw Boateng"}


def test_a_persons_sisters_are_no_ships(pipeline):
    text = ("Admiral Teresa Ramos of the Philippine Navy was buried on Monday. Her sisters Maria and Ana Lopez "
            "attended the funeral.")
    assert not node_names(pipeline, text, "Platform") & {"Maria", "Ana Lopez"}


def test_a_ship_nouns_own_roster_is_kept(pipeline):
    text = "The Bangladesh Navy's new patrol boats: Durjoy, Nirbhoy and Shadhinota."
    ops = operated(pipeline, text)
    assert {("Bangladesh Navy", s) for s in ("Durjoy", "Nirbhoy", "Shadhinota")} <= set(ops)


# 2. a roster's owner is its own possessor or the body it serves with
def test_seized_tankers_are_not_the_navys(pipeline):
    text = ("The Iranian Navy seized two ships in the Strait of Hormuz on Sunday. The tankers Minerva Lisa and Delta "
            "Harmony were taken to Bandar Abbas.")
    assert not {t for (s, t) in operated(pipeline, text)} & {"Minerva Lisa", "Delta Harmony"}


def test_another_states_cutters_are_not_the_navys(pipeline):
    text = ("The Philippine Navy said the Chinese Coast Guard cutters Haixun and Zhongguo blocked its supply boats "
            "near the shoal.")
    ops = operated(pipeline, text)
    assert ("Philippine Navy", "Haixun") not in ops and ("Philippine Navy", "Zhongguo") not in ops


# 3. a roster's stage from its own clause
def test_roster_stage_ignores_a_relative_clause(pipeline):
    text = ("The Indonesian Navy's patrol ships Kakap and Kerapu, which searched for the lost fishing boat, "
            "returned to Surabaya.")
    assert operated(pipeline, text).get(("Indonesian Navy", "Kakap")) == "in_service"


def test_roster_stage_ignores_another_clause(pipeline):
    text = ("The Chilean Navy's frigates Almirante Lynch and Almirante Condell remain in service, while a third was "
            "decommissioned in 2020.")
    assert operated(pipeline, text).get(("Chilean Navy", "Almirante Lynch")) == "in_service"


def test_roster_stage_ignores_in_order_to(pipeline):
    text = "The Dutch Navy's minehunters Makkum and Vlaardingen were sent in order to guard the port."
    assert operated(pipeline, text).get(("Royal Netherlands Navy", "Makkum")) == "in_service"


# 4. a capitalised roster noun at a sentence start
def test_sisters_at_a_sentence_start(pipeline):
    text = "The Romanian Navy commissioned a frigate. Sisters Tarasari and Marasesti serve with the Romanian Navy."
    ops = operated(pipeline, text)
    assert ("Romanian Naval Forces", "Tarasari") in ops and ("Romanian Naval Forces", "Marasesti") in ops


# 5. "into" a state or place is movement
def test_brought_into_a_state_operates_nothing(pipeline):
    text = "Germany's Patriot batteries were brought into Slovakia in 2022."
    assert not any(r.get("rule") == "taken-into-force" for r in rels(pipeline, text).values())
    assert ("Slovakia", "Patriot") not in operated(pipeline, text)


def test_taken_into_a_state_operates_nothing(pipeline):
    text = "The wreckage of a Shahed-136 drone was taken into Moldova for study."
    assert ("Moldova", "Shahed-136") not in operated(pipeline, text)


def test_active_taken_into_service_is_the_subjects(pipeline):
    text = "The Nigerian Air Force took the new JF-17 jets into service in March."
    assert operated(pipeline, text).get(("Nigerian Air Force", "JF-17")) == "in_service"


def test_relative_clause_years_are_not_the_main_facts(pipeline):
    text = "Six JF-17 jets were inducted into the Nigerian Air Force, which had flown MiG-21s until 2015."
    r = rels(pipeline, text)
    assert r[("Nigerian Air Force", "OPERATES", "MiG-21")].get("valid_to") == "2015"  # the clause's own fact
    assert not r[("Nigerian Air Force", "OPERATES", "JF-17")].get("valid_to")


# 6. an exercise clause's "with" fuel and "from" a home base
def test_fuel_from_a_tanker_is_no_participant(pipeline):
    text = "Greek F-16s flew to Souda Bay for Exercise Aegean Shield with fuel from a United States tanker."
    assert not any(typ == "PARTICIPATED_IN" and s == "United States" for (s, typ, _) in rels(pipeline, text))


def test_home_base_is_no_venue(pipeline):
    text = "Greek F-16s flew from their home base in Larissa for Exercise Aegean Shield."
    assert not any(typ == "HELD_IN" and t == "Larissa" for (_, typ, t) in rels(pipeline, text))


# 7. armed fighters landing: a deployment, not a delivery flight
def test_armed_fighters_landing_are_deployed(pipeline):
    text = "Four Indian Su-30MKI fighters landed at Farkhor Air Base in Tajikistan carrying air-to-air missiles."
    assert any(typ == "DEPLOYED_TO" for (_, typ, _) in rels(pipeline, text))


# 8. careers
def test_embedded_reporter_is_no_member(pipeline):
    text = "Reporter Lena Berg served with the Norwegian Army as an embedded journalist."
    assert not any(typ == "AFFILIATED_WITH" and t == "Norwegian Army" for (_, typ, t) in rels(pipeline, text))


def test_untitled_career_of_a_recognised_name(pipeline):
    text = "Kwame Mensah joined the Ghana Navy as a cadet in 1995 and later served at the Ministry of Defence."
    r = rels(pipeline, text)
    assert any(typ == "AFFILIATED_WITH" and s == "Kwame Mensah" and t == "Ghana Navy" for (s, typ, t) in r), list(r)


def test_transports_carrying_cargo_still_make_delivery_flights(pipeline):
    for text in ("An Antonov An-124 landed at Entebbe on Monday bringing four Mi-17 helicopters for Uganda.",
                 "A Ukrainian cargo plane landed at Lungi carrying six Bayraktar TB2 drones."):
        assert not any(typ == "DEPLOYED_TO" for (_, typ, _) in rels(pipeline, text)), text
