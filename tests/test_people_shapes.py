"""Shapes of people's roles (issue 10): an institution a person's description places them at, a
possessive pronoun's body beside a generic subject, a second title after the name, verbs a person is
subject of without being named again, a post kept, titles naming the armed forces, membership of a
party; invented sentences about invented people."""
from __future__ import annotations

from functools import partial

import pytest

from graph.text import Document
from graph.text.metadata import Metadata
from tests.extracted import text_edges

edges = partial(text_edges, published="2024-05-02")


def labels(pipeline, text: str) -> dict[str, str]:
    doc = Document.from_text(text, meta=Metadata(published="2024-05-02", date_source="cli"))
    return {a["name"]: a.get("label") for _, a in pipeline.process(doc).nodes(data=True)}


@pytest.mark.parametrize("text,expected,absent", [
    # the body a person's description places them at, whatever the NER thought the name was
    ("Ilse Marquardt, who studies naval strategy at the Baltic Maritime Institute in Gdansk, doubted the plan.",
     {("Ilse Marquardt", "AFFILIATED_WITH", "Baltic Maritime Institute")}, set()),
    ("\"It will not change much,\" said Omar Haddad, a defence-industry consultant with the Levant Security Forum "
     "in Amman.", {("Omar Haddad", "AFFILIATED_WITH", "Levant Security Forum")}, set()),
    # a possessive pronoun whose clause's subject is a generic noun with the name beside it
    ("The shipyard signed a contract, and the builder, Nordhavn Shipyards, was represented by its chairman, Piet Andersen.",
     {("Piet Andersen", "LEADS", "Nordhavn Shipyards")}, set()),
    # a second title after the name, with its own body
    ("Former Kenyan president Samuel Otieno, now chairman of the East African Standby Force, attended the drill.",
     {("Samuel Otieno", "LEADS", "East African Standby Force")}, set()),
    ("Colonel Ana Ruiz of the Chilean Air Force, commander of the Antarctic Air Operations Centre, briefed reporters.",
     {("Ana Ruiz", "LEADS", "Antarctic Air Operations Centre")}, set()),
    # verbs the person is subject of without being named again
    ("Finance Minister Teodor Marin was appointed to take over the Ministry of National Defence of Romania.",
     {("Teodor Marin", "LEADS", "Ministry of National Defence of Romania")}, set()),
    ("Ivan Kolev, the outgoing deputy minister, will take charge of the Bulgarian Export Control Agency and become "
     "deputy chairman of the National Security Council of Bulgaria.",
     {("Ivan Kolev", "LEADS", "Bulgarian Export Control Agency")},
     {("Ivan Kolev", "LEADS", "National Security Council of Bulgaria")}),
    ("Nadia Petrenko is to keep her post as director of the Federal Intelligence Service of Austria.",
     {("Nadia Petrenko", "LEADS", "Federal Intelligence Service of Austria")}, set()),
    # the object of "picked X to lead" leads, not the one who picked
    ("President Marta Silva has picked a civilian economist to lead the Ministry of National Defence of Portugal.",
     set(), {("Marta Silva", "LEADS", "Ministry of National Defence of Portugal")}),
    # a title naming the armed forces leads them; a chief of the defence staff serves in them
    ("The Ghana Armed Forces hosted the drill. Ghana's armed forces commander, Admiral Kofi Mensah, opened it.",
     {("Kofi Mensah", "LEADS", "Ghana Armed Forces")}, set()),
    # a counterpart holds the same office of their own state
    ("The Ministry of Defence of Estonia and the Latvian Ministry of Defence agreed. Defence Minister Hanno Pevkur met "
     "his Latvian counterpart, Andris Kalnins, in Riga.",
     {("Andris Kalnins", "LEADS", "Ministry of Defence of Latvia")}, {("Andris Kalnins", "LEADS", "Latvia")}),
    # a title conjoined to the one after the name
    ("The talks were brokered by Ralph Ortega, prime minister of St Vincent and the Grenadines and current head of the "
     "Community of Latin American and Caribbean States.",
     {("Ralph Ortega", "LEADS", "Community of Latin American and Caribbean States")}, set()),
    ("On Thursday the Treasury targeted General Omar Haroun, the head of the Sudanese Armed Forces and of the "
     "country's ruling Sovereignty Council.",
     {("Omar Haroun", "LEADS", "Sovereignty Council"), ("Omar Haroun", "LEADS", "Sudanese Armed Forces")}, set()),
    # an aide serves the state of the leader they advise
    ("The Central African Republic's leader welcomed the deal. Yevgeny Prigozhin shook hands with Jean Mbeki, an "
     "adviser to Touadéra, in St Petersburg.",
     {("Jean Mbeki", "AFFILIATED_WITH", "Central African Republic")}, set()),
    # a member of parliament serves the state the sentence names
    ("Kyiv denied the claim. A member of parliament, Olena Hrytsenko, claimed the jet had been hit by a Ukrainian "
     "missile.", {("Olena Hrytsenko", "AFFILIATED_WITH", "Ukraine")}, {("Olena Hrytsenko", "LEADS", "Ukraine")}),
    # membership of a party
    ("Lena Vogt spoke first. Vogt is a veteran of the Free Democratic Party and sits on the budget committee.",
     {("Lena Vogt", "AFFILIATED_WITH", "Free Democratic Party")}, set()),
    ("Piotr Zielinski, a member of the Social Democratic Party of Austria, said the vote was rigged.",
     {("Piotr Zielinski", "AFFILIATED_WITH", "Social Democratic Party of Austria")}, set()),
    # people the NER missed, by how the text describes them
    ("Ilse Marquardt, who studies naval strategy at the Baltic Maritime Institute in Gdansk, doubted the plan.",
     {("Ilse Marquardt", "AFFILIATED_WITH", "Baltic Maritime Institute")}, set()),
    ("Tomas Varga of the Danube Policy Institute in Budapest said the jets would arrive late.",
     {("Tomas Varga", "AFFILIATED_WITH", "Danube Policy Institute")}, set()),
])
def test_shapes(pipeline, text, expected, absent):
    found = edges(pipeline, text)
    assert expected <= found, found
    assert not absent & found, found


def test_forum_of_a_person_is_an_institution(pipeline):
    found = labels(pipeline, "Rui Costa, who follows African air power at the Atlantic Security Forum, was sceptical.")
    assert found.get("Atlantic Security Forum") == "Organization"
    # a forum someone merely spoke at stays an event
    found = labels(pipeline, "Rui Costa spoke at the Atlantic Security Forum in Lisbon on Tuesday.")
    assert found.get("Atlantic Security Forum") != "Organization"


def test_described_people(pipeline):
    text = ("Marek Novak, Kordax's chairman and chief technology officer, said the firms would cooperate. "
            "Novak did not give a date.")
    people = {n for n, lab in labels(pipeline, text).items() if lab == "Person"}
    assert people == {"Marek Novak"}
    # a firm described with no person's role stays no person
    people = {n for n, lab in labels(pipeline, "Hanwha Aerospace, the South Korean manufacturer, won the order.").items()
              if lab == "Person"}
    assert not people
