"""Session 47: an unnamed attack, raid, assault, seizure, sinking, shoot-down, intercept or incident the article is
about is its Event (told twice, no other event noun in the text), named by what, where and when with the writer's
nouns as aliases (so a gold name holding "attack" matches); one told once, or in a report whose own event is a
parade, a summit or a named strike, makes none (``weak_event_nouns`` in graph/mentions/lexicon.yaml)."""
from __future__ import annotations

from tests.extracted import events_in as events_of
from tests.extracted import graph_maker

graph_of = graph_maker("2026-03-12")

RAID = """Gunmen storm army post in the north

Gunmen stormed an army post outside the town of Korvala on Tuesday, killing four soldiers, the defence ministry of \
Estonia said.

The attack began before dawn, when the gunmen cut the fence of the post.

The ministry said the attack was the deadliest this year and that the soldiers fought for two hours.
"""

ONCE = """Army buys new trucks

The army of Estonia signed a contract for 200 trucks on Tuesday.

The ministry said the trucks would replace vehicles lost in an attack last year.
"""

PARADE = """Tanks roll through the capital

Tanks and jets took part in the national day parade in Tallinn on Tuesday.

The parade came a week after the attack on a border post, and the minister said the parade showed the army was ready.
"""


def test_an_attack_told_twice_is_the_articles_event(pipeline):
    events = events_of(graph_of(pipeline, RAID))
    attack = [n for n in events if n.startswith("attack")]
    assert attack, events
    assert "attack" in {a.lower() for a in events[attack[0]].get("aliases", [])} | {attack[0].split(",")[0]}, events


def test_an_attack_told_once_in_passing_is_no_event(pipeline):
    events = events_of(graph_of(pipeline, ONCE))
    assert not any(n.lower().startswith("attack") for n in events), events


def test_an_attack_beside_a_parade_leaves_the_parade_the_articles_event(pipeline):
    events = events_of(graph_of(pipeline, PARADE))
    assert any("parade" in n.lower() for n in events), events
    assert not any(n.lower().startswith("attack") for n in events), events


SEIZURE = """Coast guard boards tanker in the strait

Commandos of the coast guard of Oman boarded a tanker in the Strait of Hormuz on Tuesday and sailed it to port.

The seizure came two days after the tanker left Basra, and the owners said the seizure broke the law of the sea.
"""

INCIDENT_ONCE = """Navy takes delivery of a second frigate

The navy of Oman took delivery of its second frigate on Tuesday.

The ship was delayed by an incident at the yard last year.
"""


def test_a_seizure_told_twice_is_the_articles_event(pipeline):
    events = events_of(graph_of(pipeline, SEIZURE))
    assert any(n.startswith("seizure") for n in events), events


def test_an_incident_told_once_is_no_event(pipeline):
    events = events_of(graph_of(pipeline, INCIDENT_ONCE))
    assert not any(n.lower().startswith("incident") for n in events), events
