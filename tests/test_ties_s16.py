"""Session 16 ties on invented sentences: membership said of a bare "both", people named in
apposition to a role noun, heads of an unnamed part of a firm, bodies named "General Department of
...", and a catalogued procurement agency."""
from __future__ import annotations

import pytest
from extracted import node_names, text_edges


@pytest.mark.parametrize("text,member,bloc", [
    ("Armenia and Kyrgyzstan signed a border accord. Both belong to the Collective Security Treaty Organization.",
     "Armenia", "Collective Security Treaty Organization"),
    ("Armenia and Kyrgyzstan signed a border accord. Both belong to the Collective Security Treaty Organization.",
     "Kyrgyzstan", "Collective Security Treaty Organization"),
    ("Estonia and Latvia opened a joint range. Both countries are members of the European Union.",
     "Latvia", "European Union"),
    ("Chile and Peru met in Lima. The two are members of the Asia-Pacific Economic Cooperation.",
     "Peru", "Asia-Pacific Economic Cooperation"),
])
def test_bare_plural_subject_members(pipeline, text, member, bloc):
    edges = text_edges(pipeline, text, "2024-05-02")
    assert any(s == member and t == bloc for s, typ, t in edges if typ == "MEMBER_OF"), edges


def test_both_standing_for_two_people_is_no_group(pipeline):
    text = ("Presidents Halvor Brenn and Ottar Lind of Estonia and Latvia met in Riga. "
            "Both belong to the Social Democratic Party.")
    edges = text_edges(pipeline, text, "2024-05-02")
    assert not any(typ == "MEMBER_OF" and s in {"Estonia", "Latvia"} for s, typ, t in edges), edges


@pytest.mark.parametrize("text,person,body", [
    ("Ghana's defence minister, Kofi Amankwah, visited Accra.", "Kofi Amankwah", "Ghana"),
    ("Guests sat beside Japan's ambassador to Kenya, Haruki Omadori.", "Haruki Omadori", "Japan"),
])
def test_name_in_apposition_to_role_noun(pipeline, text, person, body):
    assert person in node_names(pipeline, text, "Person", published="2024-05-02")
    assert (person, "AFFILIATED_WITH", body) in text_edges(pipeline, text, "2024-05-02")


def test_head_of_unnamed_part_of_a_firm(pipeline):
    text = ("Saab won the order. Marta Lindqvist, who heads the radar business of Saab, "
            "said deliveries would start soon.")
    edges = text_edges(pipeline, text, "2024-05-02")
    assert ("Marta Lindqvist", "AFFILIATED_WITH", "Saab") in edges
    assert ("Marta Lindqvist", "LEADS", "Saab") not in edges


@pytest.mark.parametrize("text,name", [
    ("Colonel Tran Minh, deputy head of the General Department of Logistics, spoke.", "General Department of Logistics"),
    ("The General Directorate of Armaments signed the order.", "General Directorate of Armaments"),
])
def test_general_opening_a_body_name(pipeline, text, name):
    assert name in node_names(pipeline, text, "GovernmentBody", published="2024-05-02")


def test_procurement_agency_catalogued(pipeline):
    text = "Anne Lavoie, the minister responsible for Public Services and Procurement Canada, signed the contract."
    edges = text_edges(pipeline, text, "2024-05-02")
    assert ("Anne Lavoie", "LEADS", "Public Services and Procurement Canada") in edges


def test_both_after_two_clause_subjects(pipeline):
    text = ("Armenia remains a member of the Eurasian Economic Union; Georgia left the Commonwealth of "
            "Independent States in 2009. Both belong to the Organization for Security and Co-operation in Europe.")
    edges = text_edges(pipeline, text, "2024-05-02")
    members = {s for s, typ, t in edges if typ == "MEMBER_OF" and t.startswith("Organization for Security")}
    assert members == {"Armenia", "Georgia"}, edges
