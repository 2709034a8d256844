"""Participation told away from the event's name (graph/relations/families/events.py, passes/host_people.py):
an exercise's runner drills in it ("directed / run / sponsored by X", "under the command of Y"); a part of the
article's one exercise stands for it ("Latvia's phase brought together A and B"); a person hosting a gathering
is at it; "A and B were all there, as was C". Invented sentences."""
from __future__ import annotations

from functools import partial

from tests.extracted import text_edges

edges = partial(text_edges, published="2025-06-10")

EXERCISE = ("Allied Troops Start Northern Shield 2025 In Estonia\n\n"
            "TALLINN, June 9, 2025 - The multinational exercise Northern Shield 2025 opened on Monday in Estonia "
            "with about 9,000 troops. The drills run until June 20. ")
EVENT = "Northern Shield 2025"
SUMMIT = ("Leaders Back Ocean Pact At Lisbon Summit\n\n"
          "LISBON, June 9, 2025 - Leaders of forty countries attended the Lisbon Ocean Summit on Monday "
          "and backed a pact on fishing. The Lisbon Ocean Summit ended on Tuesday. ")
MEETING = ("Island Leaders Back Fisheries Pact At Apia Summit\n\n"
           "APIA, June 9, 2025 - Leaders of the Pacific states met in Apia on Monday for their annual summit, "
           "and agreed a regional fisheries pact. The summit ended on Tuesday. ")


def _partakers(found, event=EVENT) -> set[str]:
    return {s for s, t, o in found if t == "PARTICIPATED_IN" and o == event}


def test_the_service_that_directs_the_exercise_takes_part(pipeline):
    found = edges(pipeline, EXERCISE + "The exercise was directed by the Latvian Air Force from its base at Lielvarde.")
    assert "Latvian Air Force" in _partakers(found)


def test_the_state_that_runs_the_drills_takes_part(pipeline):
    found = edges(pipeline, EXERCISE + "The drills are run by Poland and end on Friday.")
    assert "Poland" in _partakers(found)


def test_the_command_that_sponsors_the_exercise_takes_part(pipeline):
    found = edges(pipeline, EXERCISE + "The exercise is sponsored by United States European Command.")
    assert "United States European Command" in _partakers(found)


def test_a_summit_organised_by_a_ministry_is_no_ministry_taking_part(pipeline):
    found = edges(pipeline, SUMMIT + "The summit was organised by the Portuguese Foreign Ministry.")
    assert not any("Ministry" in s for s in _partakers(found, "Lisbon Ocean Summit"))


def test_the_commander_the_exercise_runs_under_takes_part(pipeline):
    found = edges(pipeline, EXERCISE + "Northern Shield 2025 began on Monday and runs until Saturday under the "
                  "command of General Martin Herem, the chief of defence.")
    assert "Martin Herem" in _partakers(found)


def test_a_phase_of_the_one_exercise_stands_for_it(pipeline):
    found = edges(pipeline, EXERCISE + "In Latvia, units from Lithuania train with Latvian forces, while the Polish "
                  "phase involves Germany, Slovakia and Hungary.")
    assert {"Germany", "Slovakia", "Hungary"} <= _partakers(found)
    found = edges(pipeline, EXERCISE + "Finland's phase brought together Sweden, Norway and Denmark.")
    assert {"Sweden", "Norway", "Denmark"} <= _partakers(found)


def test_a_phase_of_something_else_is_not_the_exercise(pipeline):
    found = edges(pipeline, EXERCISE + "The first phase of the programme involved Sweden and Norway.")
    assert not {"Sweden", "Norway"} & _partakers(found)


def test_a_person_hosting_the_summit_is_at_it(pipeline):
    found = edges(pipeline, MEETING + "Samoa's prime minister, Fiame Naomi Mataafa, who hosted the meeting and takes "
                  "over as chair, said the pact would help.")
    events = {s for s, t, o in found if t == "HOSTED_BY" and o == "Fiame Naomi Mataafa"}
    assert events
    assert any(s == "Fiame Naomi Mataafa" and t == "PARTICIPATED_IN" and o in events for s, t, o in found)


def test_leaders_all_there_as_was_another(pipeline):
    found = edges(pipeline, SUMMIT + "President Lula da Silva of Brazil and Prime Minister Pedro Sanchez of Spain were "
                  "all there, as was Argentina's Javier Milei.")
    assert {"Pedro Sánchez", "Javier Milei"} <= _partakers(found, "Lisbon Ocean Summit")


def test_there_at_another_time_is_not_the_summit(pipeline):
    found = edges(pipeline, SUMMIT + "Cyril Ramaphosa was there in 2019 for another meeting.")
    assert "Cyril Ramaphosa" not in _partakers(found, "Lisbon Ocean Summit")


def test_a_part_of_the_exercise_joined_is_the_exercise(pipeline):
    found = edges(pipeline, EXERCISE + "At sea, Swedish warships have joined the naval part of the drills.")
    assert "Sweden" in _partakers(found)
    found = edges(pipeline, EXERCISE + "The Finnish Navy joined the naval part of Northern Shield 2025 on Tuesday.")
    assert "Finnish Navy" in _partakers(found)


INAUGURATION = ("New Leader Sworn In At Palace\n\n"
                "DILI, June 9, 2025 - Jose Ramos Vasconcelos was sworn in as president of East Timor on Monday, a "
                "month after an election he won. The ceremony in the presidential palace was attended by diplomats. ")


def test_the_one_sworn_in_takes_part_in_the_ceremony(pipeline):
    found = edges(pipeline, INAUGURATION + "He promised to fight poverty.")
    sworn = [s for s, t, o in found if t == "PARTICIPATED_IN" and o.startswith("ceremony") and "Vasconcelos" in s]
    assert sworn


def test_an_oath_still_to_come_is_no_ceremony_attended(pipeline):
    found = edges(pipeline, "Minister To Be Sworn In\n\nDILI, June 9, 2025 - Ana Pereira Soares is due to be sworn "
                  "in as defence minister next month. She promised reform.")
    assert not [s for s, t, o in found if t == "PARTICIPATED_IN" and "Soares" in s]


def test_watching_from_the_dais_was_a_guest(pipeline):
    found = edges(pipeline, "Ghana Marks Independence With Parade\n\nACCRA, March 6, 2025 - Ghana marked its "
                  "Independence Day with a military parade in Accra on Thursday. The parade opened with a band. "
                  "Watching from the saluting dais was President John Mahama, seated beside Vice President Jane "
                  "Opoku-Agyemang.", published="2025-03-06")
    watchers = {s for s, t, o in found if t == "PARTICIPATED_IN" and "parade" in o}
    assert {"John Mahama", "Jane Opoku-Agyemang"} <= watchers


def test_a_stand_in_and_the_state_of_the_one_stood_in_for_take_part(pipeline):
    found = edges(pipeline, SUMMIT + "Jordan's Prime Minister Jaafar Hassan stood in for King Abdullah II, and Prime "
                  "Minister Nawaf Salam represented Lebanon's President Joseph Aoun.")
    partakers = _partakers(found, "Lisbon Ocean Summit")
    assert {"Jaafar Hassan", "Jordan", "Nawaf Salam", "Lebanon"} <= partakers
    assert "Joseph Aoun" not in partakers and "Abdullah II" not in partakers

