"""People, offices and the article's main country (issue 10, session 11): a dateline's city weighs in
the main country, a state body named by a demonym ("the Indian Army") belongs to the demonym's state
and makes that state an entity; invented articles about invented people."""
from __future__ import annotations

from functools import partial

from graph.entities import resolve
from tests.extracted import text_edges

edges = partial(text_edges, published="2024-05-02")


def _focal(pipeline, text: str) -> str | None:
    doc = pipeline.nlp(text)
    resolve(doc, pipeline.ref)
    return doc.user_data.get("focal_country")


_DATELINED = ("Bhatia takes over the Indian Navy as Rao retires\n\n"
              "NEW DELHI, March 3 (Harbour Wire) - Admiral Kiran Bhatia took over as chief of the navy on "
              "Monday, after Admiral Sunil Rao retired from the post he had held since 2021.\n\n"
              "The defence ministry had announced the appointment in February. The navy still watches China's "
              "fleet in the Indian Ocean, and talks with Beijing have stalled; China says the talks will resume.")


def test_dateline_city_and_demonym_body_make_the_main_country(pipeline):
    assert _focal(pipeline, _DATELINED) == "country:india"


def test_generic_bodies_go_to_the_demonym_state(pipeline):
    got = edges(pipeline, _DATELINED)
    assert ("Ministry of Defence (India)", "PART_OF", "India") in got or any(
        s.startswith("Ministry of Def") and t == "India" for s, _, t in got)
    assert not any("China" in t and s.startswith("Ministry") for s, _, t in got)


def test_demonym_body_makes_its_country_an_entity(pipeline):
    from graph.text import Document
    g = pipeline.process(Document.from_text(
        "Pilots of the Colombian Air Force flew two Kfir jets over the crowd at the show on Sunday."))
    names = {a["name"] for _, a in g.nodes(data=True) if a.get("label") == "Country"}
    assert "Colombia" in names


def test_dateline_of_several_cities_names_no_country(pipeline):
    from graph.entities.focal import dateline_country
    doc = pipeline.nlp("Talks resume\n\nISLAMABAD/WASHINGTON, May 2 (Wire) - Officials of both sides met on Friday "
                       "to discuss the sale of eight trainer jets.")
    assert dateline_country(doc, pipeline.ref) is None
    doc = pipeline.nlp("Talks resume\n\nNAIROBI, May 2 (Wire) - Officials of both sides met on Friday "
                       "to discuss the sale of eight trainer jets.")
    assert dateline_country(doc, pipeline.ref) == "country:kenya"


def test_body_named_by_its_country_name_makes_the_country_an_entity(pipeline):
    from graph.text import Document
    g = pipeline.process(Document.from_text(
        "The US Navy commissioned two new destroyers at Norfolk on Friday, the service said."))
    names = {a["name"] for _, a in g.nodes(data=True) if a.get("label") == "Country"}
    assert "United States" in names


def test_state_known_only_from_its_body_does_not_operate_beside_it(pipeline):
    got = edges(pipeline, "The Indian Army took delivery of six Apache attack helicopters on Tuesday.")
    assert ("India", "OPERATES", "Apache") not in got


def _people(pipeline, text: str) -> dict[str, set[str]]:
    from graph.text import Document
    g = pipeline.process(Document.from_text(text))
    return {a["name"]: set(a.get("aliases") or ()) for _, a in g.nodes(data=True) if a.get("label") == "Person"}


def test_quoted_nickname_is_not_part_of_the_name(pipeline):
    people = _people(pipeline, 'President Joe Biden praised General Charles Q. "CQ" Brown Jr. on Monday. '
                               "Brown thanked the troops.")
    assert "Charles Q. Brown Jr." in people
    assert not any('"' in name for name in people)


def test_lone_surname_is_the_person_named_in_full(pipeline):
    people = _people(pipeline, "Trump said he would nominate Dan Caine, a retired general, as chairman. "
                               "Caine flew F-16s for years. Caine also served at the CIA.")
    assert "Patrice Caine" not in people
    assert "Caine" in people.get("Dan Caine", set())


def test_titled_name_is_an_alias(pipeline):
    people = _people(pipeline, "Lieutenant General Tomas Okafor, the head of the Eastern Command, was seen as "
                               "a candidate for the post.")
    assert "Lieutenant General Tomas Okafor" in people.get("Tomas Okafor", set())


def test_first_to_lead_a_body(pipeline):
    got = edges(pipeline, "Admiral Hanna Lind, appointed in 2021, was the first woman to lead the Swedish Navy.")
    assert ("Hanna Lind", "LEADS", "Swedish Navy") in got
    got = edges(pipeline, "General Piet Mostert, an infantry officer who was the first from the paratroopers to "
                          "lead the South African Army, retires after three years in charge.")
    assert ("Piet Mostert", "LEADS", "South African Army") in got


def test_right_man_to_lead_is_no_leader(pipeline):
    got = edges(pipeline, "Analysts say General Tom Reyes is the right man to lead the Philippine Army.")
    assert ("Tom Reyes", "LEADS", "Philippine Army") not in got


def test_initials_after_a_rank_are_part_of_the_name(pipeline):
    doc = pipeline.nlp("Air Chief Marshal K.S. Bhandari of the air force met Admiral P. Raman in Kochi.")
    names = {m.text for m in doc._.mentions if m.label == "Person"}
    assert "K.S. Bhandari" in names


def test_praise_as_the_leader_is_no_office(pipeline):
    got = edges(pipeline, "Kenyan President William Ruto said Omar Kiptoo was the leader the moment required.")
    assert ("Omar Kiptoo", "LEADS", "Kenya") not in got
    assert ("William Ruto", "LEADS", "Kenya") in got
