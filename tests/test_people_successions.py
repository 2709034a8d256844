"""Leadership changes (issue 10, session 10): a person "at the head of" or "in charge of" a body leads it,
and a lone surname two people of the article share is the person the article named first; invented
sentences about invented people."""
from __future__ import annotations

from functools import partial

import pytest

from tests.extracted import text_edges

edges = partial(text_edges, published="2024-05-02")


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


@pytest.mark.parametrize("text,expected", [
    # the title names a service the text never names: the state's catalogued service
    ("Ghana's president retired his service chiefs on Monday. Rear Admiral Kofi Mensah succeeds Vice Admiral Yaw "
     "Boateng as Chief of the Naval Staff.", {("Kofi Mensah", "LEADS", "Ghana Navy")}),
    # the state stays: the title ties its holder to it as before
    ("Kenya retired its old fighters on Friday. The air force chief, Major General Peter Otieno, and the navy "
     "chief, Rear Admiral Paul Owino, watched.", {("Peter Otieno", "LEADS", "Kenya Air Force"),
                                                 ("Peter Otieno", "AFFILIATED_WITH", "Kenya"),
                                                 ("Paul Owino", "AFFILIATED_WITH", "Kenya")}),
])
def test_service_the_title_names(pipeline, text, expected):
    assert expected <= edges(pipeline, text)


def test_no_service_for_a_title_of_no_state(pipeline):
    got = edges(pipeline, "The Chief of the Naval Staff, Rear Admiral Kofi Mensah, spoke at the conference.")
    assert not any(t == "LEADS" for _, t, _ in got)


def test_no_service_implied_for_the_whole_armed_forces(pipeline):
    got = edges(pipeline, "Croatia bought new jets. The chief of the general staff, General Ivo Maric, spoke.")
    assert ("Ivo Maric", "AFFILIATED_WITH", "Croatia") in got
    assert not any(t.endswith("Armed Forces") for _, _, t in got)


def test_defence_force_offices(pipeline):
    got = edges(pipeline, "New Zealand named a new military leadership on Tuesday. Commodore Tom Kelly takes over as "
                          "Chief of Joint Operations in the New Zealand Defence Force. Air Vice-Marshal Sam Hart "
                          "becomes Chief of the Defence Force.")
    assert ("Tom Kelly", "AFFILIATED_WITH", "New Zealand Defence Force") in got
    assert ("Sam Hart", "LEADS", "New Zealand Defence Force") in got


def test_title_naming_a_service_of_the_state(pipeline):
    text = ("The Peruvian Navy hosted the drill. Captain Luis Vega, director of plans on the Peruvian naval staff, "
            "said the planning was done. Ana Ruiz, Peru's director of trade, said the navy would buy ships.")
    got = edges(pipeline, text)
    assert ("Luis Vega", "AFFILIATED_WITH", "Peruvian Navy") in got
    assert ("Luis Vega", "AFFILIATED_WITH", "Peru") not in got
    assert ("Ana Ruiz", "AFFILIATED_WITH", "Peruvian Navy") not in got


def test_knighthood_is_no_part_of_the_name(pipeline):
    got = edges(pipeline, "Britain named a new military chief. Air Chief Marshal Sir Tom Reade became the new Chief "
                          "of the Defence Staff of the British Armed Forces.")
    assert ("Tom Reade", "LEADS", "British Armed Forces") in got


def test_nominated_to_be_the_chief(pipeline):
    got = edges(pipeline, "Canada announced changes on Monday. Prime Minister Paul Roy nominated Lieutenant General Ann "
                          "Dubois to be the next Chief of the Defence Staff of the Canadian Armed Forces.")
    assert ("Ann Dubois", "LEADS", "Canadian Armed Forces") in got
