"""Leadership and roles (issue 10): offices named past ranks and honorifics, service chiefs in their
many spellings, titles a verb gives ("became the army's chief of staff", "was appointed director
general of"), leading verbs, a leader's government, envoys; invented sentences about other countries."""
from __future__ import annotations

from functools import partial

import pytest

from tests.extracted import text_edges

edges = partial(text_edges, published="2024-05-02")


@pytest.mark.parametrize("text,expected,absent", [
    # an office before ranks or honorifics, with or without a comma
    ("Deputy Defence Minister Lieutenant General Tomasz Wrona opened the exhibition in Kielce, Poland.",
     {("Tomasz Wrona", "AFFILIATED_WITH", "Poland")}, {("Tomasz Wrona", "LEADS", "Poland")}),
    ("Chile's Defence Minister, Admiral Rodrigo Vergara, visited the shipyard in Talcahuano.",
     {("Rodrigo Vergara", "AFFILIATED_WITH", "Chile")}, set()),
    # service chiefs spelt "chief of the air staff", "chief of the defence staff"
    ("Air Marshal Rohan Mehta, the chief of the air staff, said India would buy more jets.",
     {("Rohan Mehta", "AFFILIATED_WITH", "India")}, set()),
    ("The Chief of the Air Staff, Major General Peter Njoroge, welcomed the new jets of the Kenyan Air Force.",
     {("Peter Njoroge", "LEADS", "Kenya Air Force")}, set()),
    # the top officer of the whole armed forces serves in them
    ("The Czech Armed Forces received new tanks, and the Czech Republic's Chief of the General Staff, General Karel "
     "Novak, inspected them.", {("Karel Novak", "AFFILIATED_WITH", "Army of the Czech Republic")}, set()),
    # a demonym elsewhere in the sentence is not the chief's state: the article's is
    ("Vietnam protested again. The army chief, General Tran Van Minh, likened the Chinese vessels to pirates.",
     {("Tran Van Minh", "AFFILIATED_WITH", "Vietnam")}, {("Tran Van Minh", "AFFILIATED_WITH", "China")}),
    # a title given by a verb
    ("General Ahmed Farouk became Egypt's new chief of the general staff on Monday.",
     {("Ahmed Farouk", "AFFILIATED_WITH", "Egypt")}, set()),
    ("Colonel Ines Duarte was appointed director general of the Portuguese Space Agency in 2022.",
     {("Ines Duarte", "LEADS", "Portuguese Space Agency")}, set()),
    ("Hiroshi Tanaka, who is also Japan's first vice-president, attended the ceremony.",
     {("Hiroshi Tanaka", "AFFILIATED_WITH", "Japan")}, {("Hiroshi Tanaka", "LEADS", "Japan")}),
    # a replacement: both ends held the post, one after the other
    ("In March, Admiral Carlos Mendez replaced Admiral Luis Herrera as commander of the Peruvian Navy.",
     {("Carlos Mendez", "LEADS", "Peruvian Navy"), ("Luis Herrera", "LEADS", "Peruvian Navy")}, set()),
    # the subject of a leading verb, and a passive one
    ("Colonel Juan Ortega has led the Bolivian Army since 2021.",
     {("Juan Ortega", "LEADS", "Bolivian Army")}, set()),
    ("Tendai Moyo, who holds the rotating chair of the Southern African Development Community, met reporters.",
     {("Tendai Moyo", "LEADS", "Southern African Development Community")}, set()),
    # a minister of the named ministry serves the state too; a deputy belongs to the ministry the sentence names
    ("The announcement came after French Foreign Minister Jean-Noël Barrot left. The French foreign ministry declined "
     "to comment.", {("Jean-Noël Barrot", "AFFILIATED_WITH", "France")}, set()),
    ("Deputy Minister Karen Brutyan signed the deal for Armenia's Ministry of Defence.",
     {("Karen Brutyan", "AFFILIATED_WITH", "Ministry of Defense of Armenia")}, {("Karen Brutyan", "LEADS", "Armenia")}),
    ("Saab is run by Micael Johansson, who took over in 2019.",
     {("Micael Johansson", "LEADS", "Saab")}, set()),
    # not a leader: a verb with a particle, a negated verb
    ("Sultan Haji Omar ruled out the Indonesian Army as a partner.",
     set(), {("Sultan Haji Omar", "LEADS", "Indonesian Army")}),
    # a leader's government or administration: the state the reference data gives them, else the article's
    ("In the final days of Sebastián Piñera's presidency, Chile ordered new frigates.",
     {("Sebastián Piñera", "LEADS", "Chile")}, set()),
    ("Brazil bought the jets in 2014. The administration of Barack Obama had approved an earlier deal between "
     "the United States and Brazil.",
     {("Barack Obama", "LEADS", "United States")}, {("Barack Obama", "LEADS", "Brazil")}),
    # a unit's head, a portfolio and a chief of staff are the body's people, not its leaders
    ("Claire Dubois, who heads Thales's radar division, showed the new system.",
     {("Claire Dubois", "AFFILIATED_WITH", "Thales")}, {("Claire Dubois", "LEADS", "Thales")}),
    ("Rear Admiral Jorge Salas, the Chilean Navy's director of logistics, inspected the frigate.",
     {("Jorge Salas", "AFFILIATED_WITH", "Chilean Navy")}, {("Jorge Salas", "LEADS", "Chilean Navy")}),
    ("United States European Command hosted the drill. Its chief of staff, Major General Ann Becker, spoke.",
     {("Ann Becker", "AFFILIATED_WITH", "United States European Command")},
     {("Ann Becker", "LEADS", "United States European Command")}),
    # a rank alone: the one armed service the sentence names
    ("The Royal Thai Air Force said the pilot, Squadron Leader Anan Srisuk, ejected safely.",
     {("Anan Srisuk", "AFFILIATED_WITH", "Royal Thai Air Force")}, set()),
    # a body named inside a minister's title is the portfolio: the minister is the state's
    ("Spanish Armed Forces Minister Elena Ortiz visited Rabat. Spain and Morocco signed a pact.",
     {("Elena Ortiz", "AFFILIATED_WITH", "Spain")}, set()),
    ("Turkey's Defence Industry Agency (SSB) backed the deal. SSB Minister Kemal Arslan visited Ankara.",
     {("Kemal Arslan", "LEADS", "Presidency of Defense Industries")}, set()),
    # the holder of a post named by "as" after any verb, said of the noun the name stands beside
    ("Her deputy, Tomas Varga, was running the government as acting prime minister of Hungary.",
     {("Tomas Varga", "LEADS", "Hungary")}, set()),
    # a state's top soldier; a region's chief minister is no state's minister
    ("Egypt's top soldier, General Hassan Samir, met the delegation.",
     {("Hassan Samir", "AFFILIATED_WITH", "Egypt")}, set()),
    ("Chief Minister Rhea Collins opened the air show beside visiting Indonesian pilots.",
     set(), {("Rhea Collins", "AFFILIATED_WITH", "Indonesia")}),
    # envoys of a state
    ("Kenya's High Commissioner to India, Peter Mwangi, spoke in Delhi.",
     {("Peter Mwangi", "AFFILIATED_WITH", "Kenya")}, {("Peter Mwangi", "AFFILIATED_WITH", "India")}),
])
def test_roles(pipeline, text, expected, absent):
    found = edges(pipeline, text)
    assert expected <= found, found
    assert not absent & found, found


@pytest.mark.parametrize("name,country,day", [
    ("Gabriel Boric", "Chile", "2024-05-02"), ("Yoweri Museveni", "Uganda", "2023-07-27"),
    ("Hun Manet", "Cambodia", "2025-07-28"), ("Christopher Luxon", "New Zealand", "2024-05-02"),
])
def test_offices_in_breadth(name, country, day):
    from graph.ids import make_id
    from graph.reference.offices import load_offices

    terms = load_offices().held_by(make_id("Person", name), day)
    assert any(o.country == country and o.role in {"head_of_state", "head_of_government"} for o in terms)
