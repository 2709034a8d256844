"""Leadership changes (issue 10, session 10): a person "at the head of" or "in charge of" a body leads it,
and a lone surname two people of the article share is the person the article named first; invented
sentences about invented people."""
from __future__ import annotations

import pytest
from test_people_roles import edges


@pytest.mark.parametrize("text,expected,absent", [
    ("Vice Admiral Tomas Berg remains Chief of Navy and Lieutenant General Olaf Nystrom stays at the head of "
     "the Norwegian Army.", {("Olaf Nystrom", "LEADS", "Norwegian Army")},
     {("Olaf Nystrom", "AFFILIATED_WITH", "Norwegian Army")}),
    ("Major General Ana Ribeiro has been in charge of the Portuguese Air Force since March.",
     {("Ana Ribeiro", "LEADS", "Portuguese Air Force")}, set()),
    ("Colonel Pavel Dvorak, who was at the helm of the Czech Army until 2021, now teaches in Brno.",
     {("Pavel Dvorak", "LEADS", "Army of the Czech Republic")}, set()),
])
def test_at_the_head_of_a_body(pipeline, text, expected, absent):
    got = edges(pipeline, text)
    assert expected <= got
    assert not absent & got


def test_not_at_the_head_of_a_country(pipeline):
    got = edges(pipeline, "General Omar Haddad stood at the head of Jordan's delegation in Vienna.")
    assert ("Omar Haddad", "LEADS", "Jordan") not in got


def test_shared_surname_is_the_first_named_person(pipeline):
    text = ("Kenyan President Daniel Mwangi met the Turkish delegation in Nairobi on Monday. "
            "Mwangi's government wants new patrol boats. "
            "Jonathan Peterson Mwangi, a former army chief, now commands the Regional Maritime Centre. "
            "Mwangi later flew to Mombasa.")
    doc_nodes = edges(pipeline, text)
    assert ("Daniel Mwangi", "LEADS", "Kenya") in doc_nodes
    from graph.text import Document
    g = pipeline.process(Document.from_text(text))
    aliases = {a["name"]: set(a.get("aliases") or ()) for _, a in g.nodes(data=True) if a.get("label") == "Person"}
    assert "Mwangi" not in aliases.get("Jonathan Peterson Mwangi", set())
