"""Office terms of people.csv (session 29): chiefs of defence, service chiefs, ministers and chief executives
with their dates, and the guards their namesakes and titles need. Sentences written for these tests."""
from __future__ import annotations

import csv

from graph.reference import load_reference
from graph.reference.loader import DATA_DIR
from tests.extracted import graph_of, node_names, relations_in


def test_every_term_row_has_a_source_and_ordered_dates():
    with (DATA_DIR / "people.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            assert row["source"].strip(), row["name"]
            if row["from"] and row["to"]:
                assert row["from"] <= row["to"], row["name"]


def test_a_chief_of_defence_leads_the_forces_on_the_day_only(pipeline):
    text = "General Frederik Vansina, Belgium's chief of defence, inspected the Belgian Armed Forces' new F-35 squadron."
    rels = relations_in(graph_of(pipeline, text, "2025-03-10"))
    assert ("Frederik Vansina", "LEADS", "Belgian Armed Forces") in rels, rels


def test_namesakes_of_two_states_keep_no_bare_surname():
    ref = load_reference()
    assert "orban" in ref.namesakes  # Viktor Orbán (Hungary), Ludovic Orban (Romania)
    assert "Orban" not in ref.find("Person", "Viktor Orbán").aliases


def test_a_lone_shared_surname_is_the_holder_of_the_state_the_sentence_names(pipeline):
    text = "Prime Minister Orban said Hungary would not send weapons to Ukraine, but would not block the package."
    g = graph_of(pipeline, text, "2024-05-02")
    people = {a.get("ref_id") or n for n, a in g.nodes(data=True) if a.get("label") == "Person"}
    assert "person:viktor-orban" in people, people
    g = graph_of(pipeline, "Prime Minister Orban said Romania would buy more air defence systems.", "2020-06-02")
    people = {n for n, a in g.nodes(data=True) if a.get("label") == "Person"}
    assert "person:ludovic-orban" in people, people


def test_a_lone_shared_surname_without_a_date_is_no_one(pipeline):
    g = graph_of(pipeline, "Prime Minister Orban said Hungary would not send weapons to Ukraine.", None)
    people = {n for n, a in g.nodes(data=True) if a.get("label") == "Person"}
    assert not people & {"person:viktor-orban", "person:ludovic-orban"}, people


def test_no_office_term_applies_without_a_date(pipeline):
    text = "General Frederik Vansina visited the base at Florennes."
    rels = relations_in(graph_of(pipeline, text, None))
    assert not any(s == "Frederik Vansina" for s, _, _ in rels), rels


def test_a_title_read_as_its_holder_leaves_the_joined_title_to_the_name(pipeline):
    text = ("The contract was signed in Baghdad by the Iraqi defence minister and South Korea's ambassador "
            "to Iraq, Park Min-soo.")
    rels = relations_in(graph_of(pipeline, text, "2024-09-20"))
    assert ("Park Min-soo", "AFFILIATED_WITH", "South Korea") in rels, rels


def test_a_body_named_by_the_last_word_only_it_ends_in_is_that_body(pipeline):
    text = ("Iran's Islamic Revolutionary Guard Corps fired missiles at the base. The Guards said the strike "
            "answered an attack on their command centre.")
    names = node_names(pipeline, text, "GovernmentBody", published="2024-10-02")
    assert "Guards" not in names and "Islamic Revolutionary Guard Corps" in names, names


def test_an_officer_named_by_a_bodys_word_serves_in_it(pipeline):
    text = ("Iran's Islamic Revolutionary Guard Corps confirmed the death of Brigadier General Reza Tavakoli, "
            "a senior Guards officer, in the strike.")
    rels = relations_in(graph_of(pipeline, text, "2024-10-02"))
    assert ("Reza Tavakoli", "LEADS", "Islamic Revolutionary Guard Corps") not in rels, rels
