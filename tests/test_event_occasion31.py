"""Places and hosts of another occasion (graph/relations/editions.py ``other_occasion``) and hosts that are
only an event's officer or one of two parties (graph/relations/families/events.py). A generic noun ("a
meeting", "the summit") the resolver reads as the article's event, in a clause dated months away from that
event, names another occasion: its place and host are not the event's. Invented sentences about other
countries."""
from __future__ import annotations

from test_scope import edges

from graph.entities import Entity
from graph.relations.editions import _months, other_occasion
from graph.text import Document
from graph.text.metadata import Metadata


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


def _parse(pipeline, text):
    """One sentence parsed as an article published on 10 October 2024."""
    doc = pipeline.nlp(text)
    doc.user_data["published"] = "2024-10-10"
    return doc


def test_months_a_date_covers():
    assert _months("2024-07-08") == (2024 * 12 + 6,) * 2
    assert _months("2024") == (2024 * 12, 2024 * 12 + 11)
    assert _months("2020-09-21/2020-10-02") == (2020 * 12 + 8, 2020 * 12 + 9)
    assert _months("/2024-03")[1] == 2024 * 12 + 2
    assert _months(None) is None and _months("soon") is None


def test_a_clause_dated_months_away_is_another_occasion(pipeline):
    summit = Entity("event:s", "Event", "summit, Lusaka", props={"date": "2024-10-09", "kind": "summit"})
    doc = _parse(pipeline, "The two presidents held their first summit in Gaborone in March.")
    assert other_occasion([_tok(doc, "summit")], [_tok(doc, "Gaborone")], summit)
    doc = _parse(pipeline, "The two presidents held the summit in Lusaka on Wednesday.")
    assert not other_occasion([_tok(doc, "summit")], [_tok(doc, "Lusaka")], summit)


def test_a_month_of_grace_and_the_report_date(pipeline):
    drill = Entity("event:d", "Event", "Lake Shield 2024", props={"date": "2024-10-09", "kind": "exercise"})
    doc = _parse(pipeline, "The exercise opened at the Kafue range in late September.")
    assert not other_occasion([_tok(doc, "exercise")], [_tok(doc, "Kafue")], drill)  # begun the month before
    doc = _parse(pipeline, "The exercise was held at the Kafue range, the army said in July.")
    assert not other_occasion([_tok(doc, "exercise")], [_tok(doc, "Kafue")], drill)  # the report's date


def test_another_edition_by_its_words(pipeline):
    forum = Entity("event:f", "Event", "Tana Forum 2024", props={"kind": "summit"})
    doc = _parse(pipeline, "The next forum will be held in Addis Ababa.")
    assert other_occasion([_tok(doc, "forum")], [_tok(doc, "Addis")], forum)
    war = Entity("event:w", "Event", "2020 border war", props={"kind": "war", "date": "2020"})
    doc = _parse(pipeline, "The previous war in Tigray ended in 2022.")
    assert not other_occasion([_tok(doc, "war")], [_tok(doc, "Tigray")], war)


def test_earlier_meeting_of_a_summit_article_places_nothing(pipeline):
    text = ("Southern African leaders meet in Lusaka\n\n"
            "The leaders of Zambia, Malawi and Mozambique met at a summit in Lusaka on Wednesday, October 9, 2024. "
            "Their foreign ministers had prepared the text at a meeting in Lilongwe last February. "
            "Zambian President Hakainde Hichilema, who had presided over last year's meeting in Maputo, opened "
            "the summit.")
    found = edges(pipeline, text)
    held = {t for s, r, t in found if r == "HELD_IN"}
    assert "Lusaka" in held
    assert not held & {"Lilongwe", "Maputo"}


def test_an_officer_who_leads_a_ceremony_is_no_host(pipeline):
    text = ("Kenya receives patrol boats\n\n"
            "The Kenyan Navy took delivery of two patrol boats at a ceremony in Mombasa on Thursday, October 10, "
            "2024. The ceremony was led by Defence Minister Soipan Tuya.")
    assert not {t for s, r, t in edges(pipeline, text) if r == "HOSTED_BY"} & {"Soipan Tuya"}


def test_an_event_held_with_a_partner_has_no_host(pipeline):
    text = ("Chile and Peru drill at sea\n\n"
            "The Pacific Guard 2024 exercise, which Chile holds with Peru every year, opened on Wednesday, "
            "October 9, 2024 off Arica.")
    hosts = {t for s, r, t in edges(pipeline, text) if r == "HOSTED_BY"}
    assert "Chile" not in hosts and "Peru" not in hosts


def test_a_state_that_hosts_keeps_its_host(pipeline):
    text = ("Ghana hosts West African drill\n\n"
            "Ghana hosted the Coastal Guard 2024 exercise at the Tema naval base on Wednesday, October 9, 2024, "
            "with ships from Togo and Benin.")
    assert any(r == "HOSTED_BY" and t == "Ghana" for s, r, t in edges(pipeline, text))


def _held_in_by_sentence(pipeline, text: str) -> set[tuple[str, str]]:
    """(place name, evidence sentence) of every HELD_IN the pipeline reads from ``text``."""
    g = pipeline.process(Document.from_text(text, meta=Metadata(published="2024-05-02", date_source="cli")))
    return {(g.nodes[t]["name"], ev["sentence"]) for s, t, d in g.edges(data=True) if d.get("type") == "HELD_IN"
            for ev in d.get("evidence") or []}


def test_an_event_held_here_is_held_in_the_dateline_city(pipeline):
    text = ("Baltic Wolf drills under way\n\n"
            "TALLINN, May 2 - The Baltic Wolf 2024 exercise is being held here until May 20, officials said.\n\n"
            "Some 3,000 troops from Estonia, Latvia and Finland are taking part, and the staff work is run from a "
            "headquarters in Tallinn.")
    assert any(place == "Tallinn" and "here" in sentence for place, sentence in _held_in_by_sentence(pipeline, text))


def test_a_speakers_here_places_nothing(pipeline):
    text = ("Baltic Wolf drills under way\n\n"
            "TALLINN, May 2 - \"We hold the Baltic Wolf 2024 exercise here every spring,\" an officer said. The staff "
            "work is run from a headquarters in Tallinn, and the drills take place in Latvia.")
    assert not any("here" in sentence for _, sentence in _held_in_by_sentence(pipeline, text))


def test_a_dateline_is_no_venue_of_an_event_named_with_another_place(pipeline):
    text = ("Ashgabat shows its new drones\n\n"
            "TASHKENT, Sept 28 (Example) - Turkmenistan staged a military parade in Ashgabat on Saturday for its "
            "independence day, state television showed.\n\n"
            "The new drones drew particular comment in Tashkent.")
    held = {t for s, r, t in edges(pipeline, text) if r == "HELD_IN"}
    assert "Tashkent" not in held


def test_places_a_colon_lists_after_a_counted_noun(pipeline):
    text = ("Steppe drills under way\n\n"
            "Exercise Steppe Guard 2025, a command-staff exercise, began on Monday and runs until Saturday.\n\n"
            "The land phases are spread over four training areas: Orenburg, Chelyabinsk, Samara and Ufa.")
    held = {t for s, r, t in edges(pipeline, text) if r == "HELD_IN"}
    assert {"Orenburg", "Chelyabinsk", "Samara", "Ufa"} <= held


def test_listed_hosts_host_and_house_the_event(pipeline):
    text = ("African Lion under way\n\n"
            "Exercise African Lion 2025 opened on May 10 in Morocco.\n\n"
            "The exercise is split between four hosts: Tunisia, Morocco, Ghana and Senegal.")
    found = edges(pipeline, text)
    assert {"Ghana", "Senegal"} <= {t for s, r, t in found if r == "HOSTED_BY"}
    assert {"Ghana", "Senegal"} <= {t for s, r, t in found if r == "HELD_IN"}


def test_a_list_after_a_noun_of_no_places_places_nothing(pipeline):
    text = ("African Lion under way\n\n"
            "Exercise African Lion 2025 opened on May 10 in Morocco.\n\n"
            "The exercise is split between four phases: Tunisia, Morocco, Ghana and Senegal each lead one.")
    assert not {"Ghana", "Senegal"} & {t for s, r, t in edges(pipeline, text) if r == "HELD_IN"}


def test_a_state_that_leads_a_drill_hosts_it_but_an_officer_does_not(pipeline):
    text = ("Southern Shield ends\n\n"
            "More than 9,000 troops took part in Exercise Southern Shield 2025, which was led by Brazil and Argentina. "
            "Its closing ceremony was led by Defence Minister Jose Mucio.")
    hosts = {t for s, r, t in edges(pipeline, text) if r == "HOSTED_BY"}
    assert {"Brazil", "Argentina"} <= hosts and "Jose Mucio" not in hosts


def test_an_edition_spread_over_listed_bases(pipeline):
    text = ("Garuda drills\n\n"
            "Exercise Garuda Cope 2023 brought Indian and French jets together this month.\n\n"
            "The 2023 edition was spread across three bases: Jodhpur, Gwalior and Pune.")
    assert {"Jodhpur", "Pune"} <= {t for s, r, t in edges(pipeline, text) if r == "HELD_IN"}
