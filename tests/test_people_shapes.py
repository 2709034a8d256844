"""Shapes of people's roles (issue 10): an institution a person's description places them at, a
possessive pronoun's body beside a generic subject, a second title after the name, verbs a person is
subject of without being named again, a post kept, titles naming the armed forces, membership of a
party; invented sentences about invented people."""
from __future__ import annotations

import pytest

from graph.text import Document
from graph.text.metadata import Metadata


def edges(pipeline, text: str) -> set[tuple[str, str, str]]:
    doc = Document.from_text(text, meta=Metadata(published="2024-05-02", date_source="cli"))
    g = pipeline.process(doc)
    name = {n: a["name"] for n, a in g.nodes(data=True)}
    return {(name[s], d["type"], name[t]) for s, t, d in g.edges(data=True) if d.get("provenance") == "text"}


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
    ("The shipyard signed a contract, and the builder, Vastbay Marine, was represented by its chairman, Piet Andersen.",
     {("Piet Andersen", "LEADS", "Vastbay Marine")}, set()),
    # a second title after the name, with its own body
    ("Former Kenyan president Samuel Otieno, now chairman of the East African Standby Force, attended the drill.",
     {("Samuel Otieno", "LEADS", "East African Standby Force")}, set()),
    ("Colonel Ana Ruiz of the Chilean Air Force, commander of the Antarctic Air Operations Centre, briefed reporters.",
     {("Ana Ruiz", "LEADS", "Antarctic Air Operations Centre")}, set()),
    # verbs the person is subject of without being named again
    ("Finance Minister Teodor Marin was appointed to take over the Ministry of National Defence of Romania.",
     {("Teodor Marin", "LEADS", "Ministry of National Defence of Romania")}, set()),
    ("Ivan Kolev will take charge of the Bulgarian Export Control Agency and become deputy chairman of the "
     "National Security Council of Bulgaria.",
     {("Ivan Kolev", "LEADS", "Bulgarian Export Control Agency")}, {("Ivan Kolev", "LEADS", "National Security Council of Bulgaria")}),
    ("Nadia Petrenko is to keep her post as director of the Moldovan Intelligence and Security Service.",
     {("Nadia Petrenko", "LEADS", "Moldovan Intelligence and Security Service")}, set()),
    # the object of "picked X to lead" leads, not the one who picked
    ("President Marta Silva has picked a civilian economist to lead the Ministry of National Defence of Portugal.",
     set(), {("Marta Silva", "LEADS", "Ministry of National Defence of Portugal")}),
    # a title naming the armed forces leads them; a chief of the defence staff serves in them
    ("The Ghana Armed Forces hosted the drill. Ghana's armed forces commander, Admiral Kofi Mensah, opened it.",
     {("Kofi Mensah", "LEADS", "Ghana Armed Forces")}, set()),
    # membership of a party
    ("Lena Vogt spoke first. Vogt is a veteran of the Free Democratic Party and sits on the budget committee.",
     {("Lena Vogt", "AFFILIATED_WITH", "Free Democratic Party")}, set()),
    ("Piotr Zielinski, a member of the Civic Platform party, said the vote was rigged.",
     {("Piotr Zielinski", "AFFILIATED_WITH", "Civic Platform")}, set()),
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
