"""Event relations of session 17: whoever closes, wraps up or directs an event took part in it; "met X
on the sidelines" puts both sides at the article's gathering (not where the parser hangs the sidelines
on the verb's object, "held talks with X on the sidelines": that cost the held-out check half);
"provided the largest contingent" is sending one; "took the parade" (the event as object, not "took an
interest in the drills"); "X's trip to P for the summit" (X took part, the summit held in P); a name
the tokenizer cut at a "+" ("2+2 Ministerial Dialogue") keeps its number."""
from __future__ import annotations

from tests.extracted import graph_maker
from tests.extracted import relations_in as edges_of

graph_of = graph_maker("2023-11-23")


def _typed(pipeline, text, rtype, published="2026-03-10"):
    return {(s, t) for s, ty, t in edges_of(graph_of(pipeline, text, published)) if ty == rtype}


def _part(pipeline, text, published="2026-03-10"):
    return {s for s, _ in _typed(pipeline, text, "PARTICIPATED_IN", published)}


SUMMIT = """Leaders gather in Jakarta for the ASEAN summit

Indonesian President Joko Widodo closed the ASEAN summit in Jakarta on Thursday with a call for calm in the South China Sea.

Philippine President Ferdinand Marcos Jr. and Malaysian Prime Minister Anwar Ibrahim met Vietnamese Prime Minister Pham Minh Chinh on the sidelines.

The next meeting is due in Laos.
"""


def test_the_one_who_closes_a_summit_took_part_in_it(pipeline):
    assert "Joko Widodo" in _part(pipeline, SUMMIT)


def test_meeting_on_the_sidelines_puts_both_sides_at_the_summit(pipeline):
    part = _part(pipeline, SUMMIT)
    assert {"Ferdinand Marcos Jr.", "Anwar Ibrahim"} <= part, part
    assert any("Minh" in p for p in part), part  # the one met (named as the reference data spells him)


def test_meeting_on_the_sidelines_of_another_meeting_is_not_this_one(pipeline):
    text = SUMMIT.replace("on the sidelines.", "on the sidelines of a ministers' meeting in Bangkok last year.")
    part = _part(pipeline, text)
    assert "Anwar Ibrahim" not in part and not any("Minh" in p for p in part), part


EXERCISE = """Steadfast Defender 2024 ends in Poland

NATO wrapped up Steadfast Defender 2024 in Poland on Friday after four months of manoeuvres.

General Christopher Cavoli directed the exercise from Mons. Poland provided the largest contingent, about 20,000 troops. Russia said it expected the alliance to keep taking an interest in the drills.
"""


def test_wrapping_up_and_directing_an_exercise_is_taking_part(pipeline):
    part = _part(pipeline, EXERCISE)
    assert {"North Atlantic Treaty Organization", "Christopher Cavoli"} <= part, part


def test_providing_a_contingent_is_sending_one(pipeline):
    assert "Poland" in _part(pipeline, EXERCISE)


def test_taking_an_interest_in_the_drills_is_no_part_in_them(pipeline):
    assert "Russia" not in _part(pipeline, EXERCISE)


PARADE = """Tashkent marks independence day with a parade

Uzbekistan held a military parade in Tashkent on Sunday to mark its independence day.

President Shavkat Mirziyoyev took the parade. The columns included new armoured vehicles.
"""


def test_the_one_who_takes_the_parade_attended_it(pipeline):
    assert "Shavkat Mirziyoyev" in _part(pipeline, PARADE)


TRIP = """Ministers meet in Canberra

Australian Defence Minister Richard Marles hosted talks in Canberra on Monday.

The talks built on Prime Minister Fumio Kishida's trip to Vilnius for the NATO summit in July.
"""


def test_a_trip_to_a_place_for_a_summit_is_attending_it_there(pipeline):
    graph = graph_of(pipeline, TRIP, "2023-10-02")
    edges = set(edges_of(graph))
    summits = {t for s, ty, t in edges if s == "Fumio Kishida" and ty == "PARTICIPATED_IN"}
    assert any("summit" in t.lower() for t in summits), edges
    assert any(ty == "HELD_IN" and s in summits and t == "Vilnius" for s, ty, t in edges), edges


TWO_PLUS_TWO = """Japan and Australia meet in Tokyo

Japan and Australia held the 2+2 Ministerial Dialogue in Tokyo on Friday.
"""


def test_a_name_cut_at_a_plus_keeps_its_number(pipeline):
    held = _typed(pipeline, TWO_PLUS_TWO, "HELD_IN")
    assert any(s.startswith("2+2") and t == "Tokyo" for s, t in held), held


GUEST = """Australian leader in Paris

Prime Minister Anthony Albanese's state visit to France ended on Friday with Albanese as guest of honour at the Bastille Day parade alongside President Emmanuel Macron.
"""


def test_a_guest_of_honour_at_a_parade_and_the_one_beside_him_attended(pipeline):
    part = _part(pipeline, GUEST, "2024-07-15")
    assert {"Anthony Albanese", "Emmanuel Macron"} <= part, part


def test_a_guest_role_at_no_event_makes_no_attendance(pipeline):
    text = GUEST.replace("at the Bastille Day parade", "in the Elysee gardens")
    part = _part(pipeline, text, "2024-07-15")
    assert "Emmanuel Macron" not in part, part


def test_a_possessors_own_summit_is_not_the_articles_summit(pipeline):
    text = SUMMIT + "\nThe Philippines had invited the leaders to its own maritime summit in Manila in June.\n"
    held = _typed(pipeline, text, "HELD_IN")
    assert not any(t == "Manila" for _, t in held), held
    assert any(t == "Jakarta" for _, t in held), held


def test_closing_an_exercise_holds_over_its_dates_not_the_closing_day(pipeline):
    text = ("Freedom Banner 2024 ends off Busan\n\nThe drills began on Thursday. Japan and South Korea wrapped up "
            "Freedom Banner 2024 on Saturday after three days of drills.\n")
    edges = edges_of(graph_of(pipeline, text, "2024-06-30"))
    whens = {e.get("when") for (s, ty, _), d in edges.items() if s == "Japan" and ty == "PARTICIPATED_IN"
             for e in d["evidence"]}
    assert whens == {"2024-06-27/2024-06-29"}, whens


HOSTED = """Cold Response 2026 ends in Norway

Cold Response 2026 ended in northern Norway on Friday. The Royal Danish Navy, which hosted the exercise, reported no incidents.

The Joint Warfare Command, which hosted the exercise, set the scenario.
"""


def test_armed_forces_that_host_an_exercise_drill_in_it_a_command_need_not(pipeline):
    part = _part(pipeline, HOSTED, "2026-03-14")
    assert "Royal Danish Navy" in part, part
    assert not any("Command" in p for p in part), part
