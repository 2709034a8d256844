"""Session 48 mend (review48 jp06, jp07, ew05): a surname that is also a people's word ("Colonel Luo", "Minister
Zulu") is a person the people-name rule leaves alone (graph/entities/peoples.py), and a verb of fighting told as no
fact (a modal, a future, a negation, an "if" or "whether" clause, a question) describes no catalogued war by its
sides or its length (graph/entities/war_descriptions.py ``fought_unreal``). Invented texts."""
from __future__ import annotations

import pytest

from tests.extracted import events_in, graph_maker, relations_in

graph_of = graph_maker("2025-11-20")

UNREAL_FIGHTS = {
    "modal": ("Analysts in Tbilisi warned that Russia and Georgia could fight a five-day war over South Ossetia "
              "again.", "Russo-Georgian War", ("Russia", "Georgia")),
    "future": ("Officials in London said Britain and Argentina will fight a ten-week war over the Falkland Islands "
               "if talks fail.", "Falklands War", ("United Kingdom", "Argentina")),
    "if": ("If India and Pakistan fought another 85-day war in the mountains of Kargil, the army would need more "
           "helicopters.", "Kargil War", ("India", "Pakistan")),
    "negation": ("India and Pakistan never fought an 85-day war in the mountains of Kargil, a retired general "
                 "claimed on Monday.", "Kargil War", ("India", "Pakistan")),
    "question": ("Would Thailand and Cambodia fight a five-day border conflict in July again? Officials in Bangkok "
                 "would not say.", "2025 Cambodia–Thailand border conflict", ("Thailand", "Cambodia")),
    "whether": ("Commentators asked whether Azerbaijan and Armenia might wage a six-week war over Karabakh again.",
                "Second Nagorno-Karabakh War", ("Azerbaijan", "Armenia")),
}


@pytest.mark.parametrize("case", sorted(UNREAL_FIGHTS))
def test_a_fight_told_as_no_fact_names_no_catalogued_war(pipeline, case):
    text, war, sides = UNREAL_FIGHTS[case]
    g = graph_of(pipeline, text)
    assert war not in events_in(g), events_in(g)
    rels = relations_in(g)
    assert not any((side, "PARTICIPATED_IN", war) in rels for side in sides), rels


FOUGHT = {
    "other clause modal": ("Russia and Georgia fought a five-day war over South Ossetia in 2008, and Tbilisi may now "
                           "seek NATO membership.", "Russo-Georgian War", "Russia"),
    "other clause could": ("Britain and Argentina fought a ten-week war over the Falkland Islands in 1982, and "
                           "analysts said talks could resume.", "Falklands War", "Argentina"),
}


@pytest.mark.parametrize("case", sorted(FOUGHT))
def test_a_war_told_as_fought_is_still_named(pipeline, case):
    text, war, side = FOUGHT[case]
    g = graph_of(pipeline, text)
    assert war in events_in(g), events_in(g)
    assert (side, "PARTICIPATED_IN", war) in relations_in(g)


SURNAMES = {
    "Hema": ("General Hema said the Congolese army had retaken Bunia from the rebels.",
             "Armed Forces of the Democratic Republic of the Congo"),
    "Tatar": ("Colonel Tatar of the Turkish Army told reporters the troops would stay in Cyprus.", "Turkish Land Forces"),
    "Mende": ("Minister Mende said Sierra Leone would send troops to the ECOWAS force.", "Sierra Leone"),
}


@pytest.mark.parametrize("surname", sorted(SURNAMES))
def test_a_titled_surname_that_is_a_peoples_word_is_a_person(pipeline, surname):
    text, body = SURNAMES[surname]
    g = graph_of(pipeline, text)
    people = {a["name"] for _, a in g.nodes(data=True) if a.get("label") == "Person"}
    assert surname in people, people
    assert (surname, "AFFILIATED_WITH", body) in relations_in(g)
