"""Whose a titled person is (issue 10): the owner a possessive pronoun stands for by the clause's shape, no
fallback state for a title another owns or for a state the person only visits or thanks, and a career told by
verbs ("joined the air force", "served at the ministry"). Invented sentences about other countries and bodies."""
from __future__ import annotations

from functools import partial

import pytest

from tests.extracted import text_edges

edges = partial(text_edges, published="2024-05-02")


@pytest.mark.parametrize("text,expected,absent", [
    # "its"/"their" for the one body the clause has as subject, the passive's subject, or the gapped clause's noun
    ("Ghana was represented by its defence minister, Kwame Asante, and Togo by its foreign minister, Yao Dossou.",
     {("Yao Dossou", "AFFILIATED_WITH", "Togo")}, {("Yao Dossou", "AFFILIATED_WITH", "Ghana")}),
    ("The Peruvian Navy was represented by its commander, Vice Admiral Luis Quispe.",
     {("Luis Quispe", "LEADS", "Peruvian Navy")}, set()),
    ("The Polisario Front said their military spokesman, Colonel Brahim Salem, had denied the raid on Morocco.",
     {("Brahim Salem", "AFFILIATED_WITH", "Polisario Front")}, {("Brahim Salem", "AFFILIATED_WITH", "Morocco")}),
    # a possessive pronoun no body of the sentence stands for: not the state the sentence also names
    ("The rebels said Uganda had shelled their camps, and their spokesman, Major Okello Tito, said nine died.",
     set(), {("Okello Tito", "AFFILIATED_WITH", "Uganda")}),
    # "its" after a state the sentence names is that state's; "Its" opening a sentence is the one before's
    ("The pact was watched by Fiji's defence minister, Pio Tabua, and its foreign minister, Mere Naivalu.",
     {("Mere Naivalu", "AFFILIATED_WITH", "Fiji")}, set()),
    ("Kongsberg bought the Danish firm. Its president, Lars Moe, said Norway would gain.",
     set(), {("Lars Moe", "LEADS", "Norway"), ("Lars Moe", "AFFILIATED_WITH", "Norway")}),
    # a possessive name that is no resolved state owns the title: not the other state named
    ("Congo's foreign minister Jean Mabiala thanked Angola for its mediation.",
     set(), {("Jean Mabiala", "AFFILIATED_WITH", "Angola")}),
    # a state the official visits, tours or thanks is not the state of the title
    ("Foreign Minister Ana Tavares visited Senegal on Monday.",
     set(), {("Ana Tavares", "AFFILIATED_WITH", "Senegal")}),
    ("Defence Minister Rui Lopes toured Brazil and thanked the hosts.",
     set(), {("Rui Lopes", "AFFILIATED_WITH", "Brazil"), ("Rui Lopes", "LEADS", "Ministry of Defence of Brazil")}),
    ("Kenya's foreign minister John Mwangi visited Tanzania on Tuesday.",
     {("John Mwangi", "AFFILIATED_WITH", "Kenya")}, {("John Mwangi", "AFFILIATED_WITH", "Tanzania")}),
    # a state the visitor's office is known for: the reference data's, not the visited one
    ("India bought six helicopters from the United States. The deal was sealed in 2022, when President Joe Biden "
     "visited India.", {("Joe Biden", "LEADS", "United States")}, {("Joe Biden", "LEADS", "India")}),
    # a title after a possessive name keeps its state
    ("The pact was signed, watched by Papua New Guinea's defence minister, Billy Joseph, and others.",
     {("Billy Joseph", "AFFILIATED_WITH", "Papua New Guinea")}, set()),
    # the head of an unnamed part of the body a title names serves the body, the body's own head leads it
    ("Rear Admiral Tom Wells, the maritime component commander of the Royal Australian Navy, said the fleet sailed.",
     {("Tom Wells", "AFFILIATED_WITH", "Royal Australian Navy")}, {("Tom Wells", "LEADS", "Royal Australian Navy")}),
    ("The task group commander of the Royal Navy, Commodore Jane Hill, met the Omani officers.",
     {("Jane Hill", "AFFILIATED_WITH", "Royal Navy")}, {("Jane Hill", "LEADS", "Royal Navy")}),
    ("General Ali Demir, the commander of the Turkish Land Forces, said the drill ended.",
     {("Ali Demir", "LEADS", "Turkish Land Forces")}, set()),
    # a career told by verbs: each body joined or served in (a list of verbs the parser reads as a clause too)
    ("Air Vice-Marshal Tom Reid joined the Royal Air Force as a cadet in 1991, commanded a wing in Scotland and "
     "served at the Ministry of Defence.",
     {("Tom Reid", "AFFILIATED_WITH", "Royal Air Force"),
      ("Tom Reid", "AFFILIATED_WITH", "Ministry of Defence of the United Kingdom")}, set()),
    ("Colonel Ana Ruiz served with the Chilean Navy for twenty years.",
     {("Ana Ruiz", "AFFILIATED_WITH", "Chilean Navy")}, set()),
    ("General Kofi Boateng, who joined the Ghana Army in 1990, served in the Ministry of Defence before taking "
     "command.", {("Kofi Boateng", "AFFILIATED_WITH", "Ghana Army"),
                  ("Kofi Boateng", "AFFILIATED_WITH", "Ministry of Defence of Ghana")}, set()),
    # not a state or a place served in, not a negated career
    ("Captain Omar Haddad served in Iraq with the Lebanese Army.",
     {("Omar Haddad", "AFFILIATED_WITH", "Lebanese Army")}, {("Omar Haddad", "AFFILIATED_WITH", "Iraq")}),
    ("Major Lina Saleh never served in the Jordanian Army.",
     set(), {("Lina Saleh", "AFFILIATED_WITH", "Jordanian Army")}),
    # entering a chamber is no career in a body's service
    ("Ali Rahimi entered Parliament in 2004 and became defence minister in 2019.",
     set(), {("Ali Rahimi", "AFFILIATED_WITH", "Parliament")}),
])
def test_title_owners_and_careers(pipeline, text, expected, absent):
    found = edges(pipeline, text)
    assert expected <= found, found
    assert not absent & found, found
