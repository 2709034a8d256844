"""Service chiefs and heads of security agencies (issue 10): the office-title catalogue
(graph/reference/data/office_titles.csv), titles that are no bodies, the post a verb gives, the people a
new holder replaces, bodies named with their country, and the lower-case "the army" of a text about its
chiefs; invented sentences about other countries."""
from __future__ import annotations

from functools import partial

import pytest

from graph.errors import ReferenceDataError
from graph.reference import titles as titles_module
from graph.reference.titles import catalogued_titles, office_catalogue
from graph.relations.families._people_titles import SERVICE_CHIEFS, STATE_TITLES, service_relation
from tests.extracted import text_edges

edges = partial(text_edges, published="2024-05-02")


def nodes(pipeline, text: str) -> set[tuple[str, str]]:
    from graph.text import Document

    g = pipeline.process(Document.from_text(text))
    return {(a["label"], a["name"]) for _, a in g.nodes(data=True) if a.get("label") != "Document"}


def test_catalogue_rows_have_sources_and_country_overrides():
    cat = office_catalogue()
    assert cat[("comptroller-general of customs", "")] == ("customs", "leads")
    assert service_relation("chief of defence staff", "Ghana") == "leads"
    assert service_relation("chief of defence staff", "India") == "affiliated"
    assert SERVICE_CHIEFS["chief of the air staff"] == "air force" and SERVICE_CHIEFS["chief of defence staff"] is None
    assert "national security adviser" in STATE_TITLES and "national security adviser" not in SERVICE_CHIEFS
    assert "inspector-general of police" in catalogued_titles()


def test_a_row_without_a_source_is_refused(tmp_path, monkeypatch):
    bad = tmp_path / "office_titles.csv"
    bad.write_text("title,body,relation,country,source\npolice chief,police,leads,,\n", encoding="utf-8")
    monkeypatch.setattr(titles_module, "OFFICE_TITLES", bad)
    office_catalogue.cache_clear()
    try:
        with pytest.raises(ReferenceDataError):
            office_catalogue()
    finally:
        office_catalogue.cache_clear()


@pytest.mark.parametrize("text,expected,absent", [
    # a chief of the defence staff commands the forces; India's advises (the catalogue's own row)
    ("Ghana's president named Major General Kwame Asante as Chief of Defence Staff, putting him at the head of "
     "the Ghana Armed Forces.", {("Kwame Asante", "LEADS", "Ghana Armed Forces")}, set()),
    # the post a verb gives, beside a title in apposition
    ("Brigadier Otieno Wafula, until now commander of the Kenyan border brigade, becomes Chief of Defence Forces "
     "of the Kenya Defence Forces.", {("Otieno Wafula", "LEADS", "Kenya Defence Forces")}, set()),
    # the one replaced, and the one taken over from, held the post too
    ("Major General Tendai Moyo becomes Chief of Defence Staff of the Zimbabwe Defence Forces in place of "
     "General Farai Chikore.", {("Tendai Moyo", "LEADS", "Zimbabwe Defence Forces"),
                                ("Farai Chikore", "LEADS", "Zimbabwe Defence Forces")}, set()),
    ("In Nairobi, Amina Wanjiru was elevated to National Security Adviser of Kenya, taking over from Peter "
     "Kamau, who had held the job since 2019.", {("Amina Wanjiru", "AFFILIATED_WITH", "Kenya"),
                                                 ("Peter Kamau", "AFFILIATED_WITH", "Kenya")}, set()),
    # heads of a police or customs service named with its country
    ("Kofi Mensah became acting head of the Ghana Customs Service on Friday.",
     {("Kofi Mensah", "LEADS", "Ghana Customs Service")}, {("Kofi Mensah", "AFFILIATED_WITH", "Ghana")}),
    # a party's candidate; a think tank whose name starts with two hyphenated places
    ("Edgar Lungu won Zambia's election as the candidate of the governing Patriotic Front.",
     {("Edgar Lungu", "AFFILIATED_WITH", "Patriotic Front")}, set()),
    ("Grace Banda of the Zambezi-Limpopo Security Institute in Lusaka said the vote was calm.",
     {("Grace Banda", "AFFILIATED_WITH", "Zambezi-Limpopo Security Institute")}, set()),
    # a plural title with a body before each name
    ("Jordan held the parade in Amman. The heads of the Civil Defence Directorate, Ahmad Husni, and of "
     "the Public Security Directorate, Obaidullah Maaytah, attended.",
     {("Ahmad Husni", "LEADS", "Civil Defence Directorate"),
      ("Obaidullah Maaytah", "LEADS", "Public Security Directorate")},
     {("Obaidullah Maaytah", "LEADS", "Civil Defence Directorate")}),
    # "Indonesia's armed forces" is the catalogued TNI, which its commander leads
    ("Indonesia's armed forces sent 5,000 troops. Indonesia's armed forces commander, Admiral Agus Salim, opened "
     "the drills.",
     {("Agus Salim", "LEADS", "Indonesian National Armed Forces")}, {("Agus Salim", "AFFILIATED_WITH", "Indonesia")}),
    # a list of guests: each title is the name's before it, not the next one's
    ("The guests in Wellington included the Chief of Navy, Rear Admiral Garin Golding; Ana Lopez, minister of "
     "Chile's Defence Ministry; and others.", {("Ana Lopez", "LEADS", "Ministry of National Defense of Chile")},
     {("Garin Golding", "LEADS", "Ministry of National Defense of Chile"),
      ("Garin Golding", "AFFILIATED_WITH", "Ministry of National Defense of Chile")}),
    # a Commonwealth army's head of a command: the officer commanding-in-chief leads it
    ("Lieutenant General Imran Qadir then served as General Officer Commanding-in-Chief of the Southern Command "
     "from 2019 to 2021.", {("Imran Qadir", "LEADS", "Southern Command")}, set()),
    ("Air Marshal Sunil Perera was Air Officer Commanding of the Northern Air Command until May.",
     {("Sunil Perera", "LEADS", "Northern Air Command")}, set()),
    # "the officer commanding the exercise" is no title: the officer leads no service
    ("\"We train together,\" said Air Commodore Jack Hollis, the RAAF officer commanding the drills.",
     set(), {("Jack Hollis", "LEADS", "Royal Australian Air Force")}),
    # the commandant heads a military school
    ("The commandant of the Naval War College, Rear Admiral Ravi Menon, opened the course.",
     {("Ravi Menon", "LEADS", "Naval War College")}, set()),
    # a deputy of a division's commanding general is its member, not its head
    ("Major General Ray Colton served as deputy commanding general of the 25th Infantry Division.",
     {("Ray Colton", "AFFILIATED_WITH", "25th Infantry Division")}, {("Ray Colton", "LEADS", "25th Infantry Division")}),
    # no predecessor where nobody is replaced
    ("Admiral Juan Ortega became Chief of the Naval Staff of the Chilean Navy.",
     {("Juan Ortega", "LEADS", "Chilean Navy")}, set()),
])
def test_office_relations(pipeline, text, expected, absent):
    found = edges(pipeline, text)
    assert expected <= found, found
    assert not absent & found, found


@pytest.mark.parametrize("text,present,absent", [
    # a title is no organisation, nor is the tail of one
    ("The Inspector-General of Police, Musa Adamu, retired on Monday.",
     set(), {("Organization", "Inspector-General of Police")}),
    # a name the NER leaves out, after a catalogued title
    ("The cabinet also retired the Comptroller-General of Customs, Tanko Idris Gambo, on Monday.",
     {("Person", "Tanko Idris Gambo")}, {("Organization", "Comptroller-General of Customs")}),
    ("Air Marshal Ibrahim Sani, the Chief of the Air Staff, spoke in Niamey.",
     set(), {("GovernmentBody", "Air Staff")}),
    ("The Chief of Army, Major General Sione Taufa, spoke in Nuku'alofa.", set(), {("GovernmentBody", "Army")}),
    ("Officials at the National Security Adviser in Accra declined to comment.", set(),
     {("Organization", "National Security Adviser")}),
    # bodies named whole
    ("Officers at the Defence Headquarters in Accra were briefed.", {("GovernmentBody", "Defence Headquarters")},
     {("Organization", "Defence Headquarters")}),
    ("Officers at the Joint Force HQ in Lagos were briefed.", {("GovernmentBody", "Joint Force HQ")}, set()),
    ("The Kenya Police Service said the road was closed.", {("GovernmentBody", "Kenya Police Service")}, set()),
    ("The All India Trinamool Congress won the seat.", {("Organization", "All India Trinamool Congress")},
     {("GovernmentBody", "India Trinamool Congress")}),
    ("A memo from the Office of the Special Envoy to the Great Lakes Region was leaked.",
     {("GovernmentBody", "Office of the Special Envoy to the Great Lakes Region")}, set()),
])
def test_body_names(pipeline, text, present, absent):
    found = nodes(pipeline, text)
    assert present <= found, found
    assert not absent & found, found


def test_the_army_of_a_text_about_its_chiefs(pipeline):
    text = ("Pakistan's prime minister named a new chief of army staff on Monday. General Imran Qureshi takes "
            "over as Chief of Army Staff from General Sajid Malik, who had led the army's 11th Corps.")
    found = edges(pipeline, text)
    assert ("Imran Qureshi", "LEADS", "Pakistan Army") in found, found
    assert ("Sajid Malik", "LEADS", "Pakistan Army") in found, found


def test_the_defence_ministry_of_the_one_state(pipeline):
    text = ("Norway signed for four submarines. The defence ministry said Defence Minister Bjorn Arild Gram "
            "would visit the yard.")
    found = edges(pipeline, text)
    assert any("Gram" in s and t == "LEADS" and "Ministry" in o for s, t, o in found), found
