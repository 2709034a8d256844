"""Session 47 mend of events47: a weak event noun ("attack", "assault", "seizure", "intercept") told twice in another
sense than an armed occasion makes no Event: a medical compound ("a heart attack", "a panic attack"), a seizure
someone had or suffered, an assault a court or the police charge someone over, an intercept of a call or a message
(``weak_event_senses`` in graph/mentions/lexicon.yaml, graph/entities/weak_senses.py). Invented sentences."""
from __future__ import annotations

import pytest

from tests.extracted import events_in, graph_maker

graph_of = graph_maker("2026-03-12")


@pytest.mark.parametrize("word,text", [
    ("attack", "Vietnam's deputy defence minister suffered a heart attack during a visit to Hanoi on Friday. Doctors "
               "said the heart attack was mild and he would return to work."),
    ("attack", "A Dutch F-35 pilot had a panic attack before a training flight from Leeuwarden on Monday. The pilot "
               "recovered soon after the attack, the air force said."),
    ("assault", "A Filipino soldier was convicted on Tuesday of an assault on a shopkeeper in Cebu. The assault "
                "happened outside a barracks in 2024, prosecutors said."),
    ("seizure", "A Polish Air Force cadet had a seizure during a march near Deblin on Wednesday. Medics said the "
                "seizure was caused by the heat."),
    ("intercept", "Israel's army released an intercept of a Hamas commander's radio message on Tuesday. The intercept "
                  "was aired on television in Tel Aviv."),
])
def test_a_weak_event_noun_of_another_sense_makes_no_event(pipeline, word, text):
    events = events_in(graph_of(pipeline, text))
    assert not [n for n in events if word in n.lower()], events
