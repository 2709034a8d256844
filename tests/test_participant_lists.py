"""Participant lists that do not name their event (``families/participant_lists.py``): invented
articles about exercises, summits and parades, through the real pipeline."""
from __future__ import annotations

from graph.text import Document
from graph.text.metadata import Metadata


def _participants(pipeline, text: str) -> dict[str, set[str]]:
    g = pipeline.process(Document.from_text(text, meta=Metadata(published="2024-05-16")))
    name = {n: a["name"] for n, a in g.nodes(data=True)}
    out: dict[str, set[str]] = {}
    for u, v, d in g.edges(data=True):
        if d["type"] == "PARTICIPATED_IN":
            out.setdefault(name[v], set()).add(name[u])
    return out


def _all(found: dict[str, set[str]]) -> set[str]:
    return set().union(*found.values()) if found else set()


EXERCISE = "Exercise Baltic Anchor 2024 opened near Riga on Monday, the Latvian navy said. "


def test_contingents_came_from_a_long_list(pipeline):
    found = _participants(pipeline, EXERCISE + (
        "Besides the Latvian Naval Forces, contingents came from Estonia, Lithuania, Poland, Finland, Sweden, "
        "Norway, Denmark and the Netherlands, in addition to the two hosts. The exercise runs for ten days."))
    assert {"Estonia", "Lithuania", "Poland", "Finland", "Sweden", "Norway", "Denmark", "Netherlands"} <= _all(found)


def test_troops_drawn_from_partners_at_a_summit_article(pipeline):
    found = _participants(pipeline, "Leaders opened the Pacific Islands Forum summit in Suva on Tuesday. "
                                    "The delegations came from Samoa, Tonga, Vanuatu and Kiribati. The summit ends on Friday.")
    assert {"Samoa", "Tonga", "Vanuatu", "Kiribati"} <= _all(found)


def test_origin_of_arms_and_another_edition_are_no_participants(pipeline):
    found = _participants(pipeline, EXERCISE + (
        "Last year's contingents came from Peru and Chile. Most of the howitzers came from South Korea. "
        "Argentina sent observers rather than troops. Uruguay did not send representatives."))
    assert not {"Peru", "Chile", "South Korea", "Argentina", "Uruguay"} & _all(found)


def test_joined_by_a_colon_list(pipeline):
    found = _participants(pipeline, EXERCISE + (
        "The United States was joined by a group of partners: Canada, Iceland, Portugal and Spain, "
        "as well as Greece and Croatia. The exercise runs for ten days."))
    assert {"Canada", "Iceland", "Portugal", "Spain", "Greece", "Croatia"} <= _all(found)


def test_sent_representatives_as_did(pipeline):
    found = _participants(pipeline, "Foreign ministers met at the ASEAN Regional Forum in Vientiane on Tuesday. "
                                    "Vietnam and Malaysia sent representatives, as did Brunei, Cambodia and Mongolia. "
                                    "The forum ended with a joint statement.")
    assert {"Vietnam", "Malaysia", "Brunei", "Cambodia", "Mongolia"} <= _all(found)
    found = _participants(pipeline, "Foreign ministers met at the ASEAN Regional Forum in Vientiane on Tuesday. "
                                    "Myanmar may send only a junior representative. The forum ended with a joint statement.")
    assert "Myanmar" not in _all(found)


def test_speaker_told_the_meeting_and_seated_guests(pipeline):
    found = _participants(pipeline, "Leaders opened the Nordic Council summit in Reykjavik on Tuesday. "
                                    "Finnish Defence Minister Aino Virtanen told the meeting that Helsinki would buy more "
                                    "air-defence systems. Minister Lars Haugen sat beside Minister "
                                    "Karin Dahlberg. Former minister Erik Lund told a meeting in Oslo in March "
                                    "that the plan was too slow.")
    people = _all(found)
    assert {"Aino Virtanen", "Lars Haugen", "Karin Dahlberg"} <= people
    assert "Erik Lund" not in people


def test_host_states_of_an_exercise_drill_too(pipeline):
    found = _participants(pipeline, "Exercise Andean Condor 2024, which began on May 2, has been co-hosted by Peru "
                                    "and Ecuador. The exercise ends on Friday.")
    assert {"Peru", "Ecuador"} <= _all(found)


def test_those_who_did_alike(pipeline):
    found = _participants(pipeline, "The Eurasia Defence Expo 2024 opened in Almaty on Tuesday. "
                                    "Defence Minister Ruslan Zhaksylykov toured the halls, as did General Daulet Omarov. "
                                    "Minister Aliya Nurlanova took the salute alongside General Serik Beisenov and "
                                    "Admiral Marat Tulegenov. The expo closes on Friday.")
    people = _all(found)
    assert {"Daulet Omarov", "Serik Beisenov", "Marat Tulegenov"} <= people


def test_the_event_was_led_by(pipeline):
    found = _participants(pipeline, "Soldiers marched through Tashkent on Monday in a parade for Independence Day. "
                                    "The event was organised by the Uzbek Ministry of Defence and led by General "
                                    "Bakhodir Kurbanov. The parade lasted an hour.")
    assert "Bakhodir Kurbanov" in _all(found)


def test_watched_from_the_stand_and_a_task_group(pipeline):
    found = _participants(pipeline, "Vietnam held a military parade in Hanoi on Monday, a parade "
                                    "watched from the stand by President Tran Van Minh and his Lao counterpart, "
                                    "Somsak Vongsa. The parade lasted two hours.")
    assert {"Tran Van Minh", "Somsak Vongsa"} <= _all(found)
    found = _participants(pipeline, EXERCISE + "The Royal Danish Navy sent a task group built around the frigate "
                                               "HDMS Iver Huitfeldt. The exercise runs for ten days.")
    assert "Royal Danish Navy" in _all(found)
