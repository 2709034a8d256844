"""Event relations of session 15: participants set out line by line after an intro line of taking part
(bullets or a semicolon run; observers and relative clauses left out, a negated intro gives none);
"Around the table were A and B"; an event named only as the sidelines of a meeting is not the meeting;
performers at a show ("performed", "flew a solo display") took part in it."""
from __future__ import annotations

from tests.extracted import graph_maker
from tests.extracted import relations_in as edges_of

graph_of = graph_maker("2023-11-23")


def _part(pipeline, text, published="2026-03-10"):
    return {s for s, ty, _ in edges_of(graph_of(pipeline, text, published)) if ty == "PARTICIPATED_IN"}


TIERS = """Balikatan 2026 opens in Manila

The Balikatan 2026 exercise opened on Monday in Manila with 12,000 troops.

The participation is arranged in tiers:

* Combat training: the Philippines, the United States, Japan and Australia.
* Staff planning: Canada, France and Germany.
* Observers: Vietnam, Thailand and Brazil.

The drills end in May.
"""


def test_bulleted_tiers_of_participants_took_part_observers_did_not(pipeline):
    part = _part(pipeline, TIERS)
    assert {"Philippines", "United States", "Japan", "Australia", "Canada", "France", "Germany"} <= part, part
    assert not {"Vietnam", "Thailand", "Brazil"} & part, part


def test_a_negated_intro_line_lists_no_participants(pipeline):
    text = TIERS.replace("The participation is arranged in tiers:", "These countries did not take part:")
    part = _part(pipeline, text)
    assert not {"Philippines", "Japan", "Canada", "France"} & part, part


SEMICOLONS = """Arab leaders meet in Cairo for emergency summit

Leaders of the Arab League met in Cairo on Sunday for the emergency summit on Sudan.

Leaders present included:
Jordanian King Abdullah II;
Qatar's Emir Tamim bin Hamad Al Thani, whose government mediates between Israel and Hamas;
Iraqi President Abdul Latif Rashid and Palestinian President Mahmoud Abbas.

The summit closed with a statement.
"""


def test_a_semicolon_run_after_an_intro_line_lists_the_attendees(pipeline):
    part = _part(pipeline, SEMICOLONS)
    assert {"Tamim bin Hamad Al Thani", "Abdul Latif Rashid", "Mahmoud Abbas"} <= part, part
    assert not {"Israel", "Hamas"} & part, part  # named in a clause about something else


def test_those_around_the_table_attended(pipeline):
    text = ("Leaders hold first Nordic-Baltic summit in New York\n\nThe first Nordic-Baltic Eight summit was held "
            "in New York on Tuesday.\n\nAround the table on the sidelines of the G20 summit in Rome were "
            "Finland's Alexander Stubb, Sweden's Ulf Kristersson and Estonia's Alar Karis.\n")
    g = graph_of(pipeline, text, "2026-03-10")
    edges = {(s, t) for s, ty, t in edges_of(g) if ty == "PARTICIPATED_IN"}
    people = {"Alexander Stubb", "Ulf Kristersson", "Alar Karis"}
    assert people <= {s for s, _ in edges}, edges
    assert not any("G20" in t for s, t in edges if s in people), edges  # the sidelines' event is not theirs


def test_a_table_that_is_described_lists_no_one(pipeline):
    text = ("The first Nordic-Baltic Eight summit was held in New York on Tuesday.\n\nThe table was set for "
            "Finland and Sweden.\n")
    assert not {"Finland", "Sweden"} & _part(pipeline, text)


SHOW = """Riyadh Airshow 2026 opens

The Riyadh Airshow 2026 opened on Monday at Thumamah airfield.

The Royal Saudi Air Force flew a solo display in a Eurofighter Typhoon. The Indian Air Force performed on Tuesday, and so did the Indonesian Air Force's aerobatic team.
A US Air Force F-22 Raptor is flying daily demonstrations. Jordan did not perform.
"""


def test_performers_at_a_show_took_part_not_the_negated(pipeline):
    part = _part(pipeline, SHOW)
    assert {"Royal Saudi Air Force", "Indian Air Force", "United States Air Force"} <= part, part
    assert "Jordan" not in part, part
    assert "Indonesian Air Force" not in part, part  # the owner of an unnamed team


def test_performing_in_an_exercise_article_is_no_show(pipeline):
    text = ("Exercise Red Flag Alaska 2026 opened on Monday at Eielson. The Royal Saudi Air Force flew a "
            "demonstration for reporters in Riyadh last year.")
    assert "Royal Saudi Air Force" not in _part(pipeline, text)


def test_a_listed_persons_description_names_no_participant(pipeline):
    text = ("Frigate arrives at Subic\n\nThe arrival ceremony of BRP Diego Silang was held at Subic on Monday. "
            "The ceremony was led by Defense Secretary Gilberto Teodoro. Also present were:\n\n"
            "- General Romeo Brawner Jr., chief of staff of the Armed Forces of the Philippines;\n"
            "- Rear Admiral Joe Anthony Orbe, commander of the Philippine Fleet.\n\n"
            "Teodoro said the ship was meant to deter threats.\n")
    part = _part(pipeline, text)
    assert {"Romeo Brawner Jr.", "Joe Anthony Orbe"} <= part, part
    assert not {"Armed Forces of the Philippines", "Philippine Fleet"} & part, part


def test_among_the_contingents_at_a_show_took_part_not_a_teams_owner(pipeline):
    text = ("Singapore Airshow 2028 opens at Changi\n\nThe Singapore Airshow 2028 opened at the Changi Exhibition "
            "Centre on Tuesday.\n\nAmong the returning military teams are the Indian Air Force and the Royal "
            "Thai Air Force. Among the contingents is the Indonesian Air Force's aerobatic team.\n")
    part = _part(pipeline, text)
    assert {"Indian Air Force", "Royal Thai Air Force"} <= part, part
    assert "Indonesian Air Force" not in part, part  # the team took part; its owner is not said to


SENT_TO = ("Australian International Airshow 2027 opens at Avalon\n\nThe Australian International Airshow 2027 "
           "opened at Avalon Airport in Victoria on Tuesday, Australia's biggest aviation event.\n\n")


def test_a_team_sent_to_the_shows_country_took_part(pipeline):
    text = SENT_TO + "South Korea is sending its aerobatic team to Australia for the first time.\n"
    assert "South Korea" in _part(pipeline, text)


def test_a_team_sent_to_another_country_took_no_part(pipeline):
    text = SENT_TO + "South Korea sent a team of officials to Japan last week.\n"
    assert "South Korea" not in _part(pipeline, text)
