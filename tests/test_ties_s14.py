"""Ties and people (session 14), on invented sentences: membership past a bloc's own modifier ("members
of the Moscow-led CSTO"), each bloc its own members where one sentence names two, members listed after
"NATO countries"/"fellow EU members, among them"; a head's title that names the body it heads ("named X
as Ruritania's new Chief of the Defence Forces"), the predecessor named beside it, a passive "chaired
by" after a comma or in a "which" clause, "X of the Institute" for a government body too."""
from __future__ import annotations

import pytest

from graph.text import Document
from graph.text.metadata import Metadata


def relations(pipeline, text: str, type_: str, published: str = "2024-05-02") -> set[tuple[str, str]]:
    doc = Document.from_text(text, meta=Metadata(published=published, date_source="cli"))
    g = pipeline.process(doc)
    name = {n: a["name"] for n, a in g.nodes(data=True)}
    return {(name[s], name[t]) for s, t, d in g.edges(data=True) if d["type"] == type_}


@pytest.mark.parametrize("text,member,bloc", [
    ("Tajikistan and Armenia are also members of the Moscow-led Collective Security Treaty Organization.",
     "Armenia", "Collective Security"),
    ("Several fellow NATO members, among them Norway and Denmark, said they would send jets.",
     "Denmark", "North Atlantic"),
    ("Several EU states such as Austria and Portugal objected to the plan.", "Portugal", "European Union"),
])
def test_membership_listed(pipeline, text, member, bloc):
    found = relations(pipeline, text, "MEMBER_OF")
    assert any(m == member and bloc in b for m, b in found), found


def test_two_blocs_each_its_own_members(pipeline):
    text = ("Belarus and Armenia, both members of the Eurasian Economic Union and close partners of Russia, "
            "stayed quiet, and Tajikistan and Kyrgyzstan are also members of the Collective Security Treaty Organization.")
    found = relations(pipeline, text, "MEMBER_OF")
    assert any(m == "Kyrgyzstan" and "Collective Security" in b for m, b in found), found
    assert not any(m == "Kyrgyzstan" and "Eurasian" in b for m, b in found), found
    assert not any(m == "Russia" for m, _ in found), found  # Russia is the partners' object, no member said


def test_head_title_names_the_body(pipeline):
    text = ("President Samia Suluhu Hassan on Monday named General Jacob John Mkunda as Tanzania's new Chief of "
            "the Defence Forces, a week after his predecessor, General Venance Mabeyo, retired.")
    leads = relations(pipeline, text, "LEADS")
    assert any(p == "Jacob John Mkunda" and "Defence Forces" in b for p, b in leads), leads
    assert any(p == "Venance Mabeyo" and "Defence Forces" in b for p, b in leads), leads
    assert not any(p == "Samia Suluhu Hassan" and "Defence Forces" in b for p, b in leads), leads


@pytest.mark.parametrize("text,person,body", [
    ("Last month the National Security Council, chaired by President Maia Sandu, approved the new strategy.",
     "Maia Sandu", "National Security Council"),
    ("The plan went to the Supreme Security Council, which is chaired by Mr Lars Ekdahl.",
     "Lars Ekdahl", "Supreme Security Council"),
])
def test_chaired_by(pipeline, text, person, body):
    found = relations(pipeline, text, "LEADS")
    assert any(p == person and body in b for p, b in found), found


def test_named_with_body_no_title(pipeline):
    text = '"It changes little," said Ana Ribeiro of the Ministry of Foreign Affairs of Portugal.'
    found = relations(pipeline, text, "AFFILIATED_WITH")
    assert any(p == "Ana Ribeiro" and "Foreign Affairs" in b for p, b in found), found


def test_led_by_after_a_generic_apposition(pipeline):
    text = "A rival offer came from Harbor Ridge Partners, a Delaware investment firm led by banker Tom Whitfield."
    found = relations(pipeline, text, "LEADS")
    assert any(p == "Tom Whitfield" and "Harbor Ridge" in b for p, b in found), found


def test_head_of_a_services_base_serves_in_it(pipeline):
    text = "Rear Admiral Ivan Petrov, commander of the Russian Navy's Kaliningrad naval base, attended the launch."
    leads = relations(pipeline, text, "LEADS")
    assert not any(p == "Ivan Petrov" and "Navy" in b for p, b in leads), leads


def test_leader_of_an_unrecognised_state_is_no_other_states(pipeline):
    text = ("Turkish President Recep Tayyip Erdogan met Omar Haddad, leader of the Free Republic of Eastern Marrakand, "
            "in Ankara on Monday.")
    leads = relations(pipeline, text, "LEADS")
    assert not any(p == "Omar Haddad" for p, _ in leads), leads
