"""Extraction rules on sentences that are not from the seed: each names the rule it exercises."""
from __future__ import annotations

import pytest

from graph.text import Document


def facts(pipeline, text):
    g = pipeline.process(Document.from_text(text))
    name = {n: a["name"] for n, a in g.nodes(data=True)}
    label = {a["name"]: a["label"] for _, a in g.nodes(data=True)}
    edges = {(name[u], d["type"], name[v]) for u, v, d in g.edges(data=True)
             if d["type"] != "MENTIONED_IN" and d.get("provenance") != "reference"}
    return label, edges, g


@pytest.mark.parametrize("text,expected", [
    # coordination after "partners including"
    ("Poland has deepened military ties with partners including Sweden, Finland and Norway.",
     {("Poland", "COOPERATES_WITH", "Sweden"), ("Poland", "COOPERATES_WITH", "Finland"),
      ("Poland", "COOPERATES_WITH", "Norway")}),
    # appositive joint venture and demonym-based nationality
    ("Hanwha Aerospace Australia, a joint venture with Turkish drone maker Baykar, opened a plant.",
     {("Hanwha Aerospace Australia", "JOINT_VENTURE_OF", "Baykar"), ("Baykar", "BASED_IN", "Turkey")}),
    # acquisition with supplier and platform
    ("Egypt ordered 30 Rafale fighter jets from France.",
     {("Egypt", "OPERATES", "Rafale"), ("France", "SUPPLIES", "Egypt")}),
    # supply verb with recipient
    ("Germany delivered IRIS-T air defense systems to Ukraine.",
     {("Germany", "SUPPLIES", "Ukraine"), ("Ukraine", "OPERATES", "IRIS-T")}),
    # title before a person, country named by demonym
    ("Brazilian President Luiz Inacio Lula da Silva met the press.",
     {("Luiz Inácio Lula da Silva", "LEADS", "Brazil")}),
    # membership with "member of"
    ("Armenia, a member of the CSTO, froze its participation.",
     {("Armenia", "MEMBER_OF", "Collective Security Treaty Organization")}),
    # conflict through a possessive noun
    ("Russia's invasion of Ukraine changed European security.",
     {("Russia", "IN_CONFLICT_WITH", "Ukraine")}),
    # analyst affiliation with "of"
    ("\"It matters,\" said senior fellow Jane Doe of the Carnegie Endowment for International Peace.",
     {("Jane Doe", "AFFILIATED_WITH", "Carnegie Endowment for International Peace")}),
])
def test_rule(pipeline, text, expected):
    _, edges, _ = facts(pipeline, text)
    missing = {e for e in expected if e not in edges and (e[2], e[1], e[0]) not in edges}
    assert not missing, f"missing {missing}; found {edges}"


def test_unknown_platforms_from_context(pipeline):
    label, _, g = facts(pipeline, "The army showed the Zorawar-7 light tank and Kestrel-X drones, along with "
                                  "models such as the Arbor, Tamsin and Quell.")
    platforms = {a["name"]: a["category"] for _, a in g.nodes(data=True) if a["label"] == "Platform"}
    assert platforms.get("Zorawar-7") == "armored_vehicle"
    assert {"Arbor", "Tamsin", "Quell"} <= set(platforms)


def test_acronym_and_surname_resolve_to_one_node(pipeline):
    label, _, g = facts(pipeline, "The Baltic Drone Coalition (BDC) met in Riga. Defence minister Anna Kowalska "
                                  "spoke. Kowalska said the BDC would grow.")
    people = [a for _, a in g.nodes(data=True) if a["label"] == "Person"]
    assert [p["name"] for p in people] == ["Anna Kowalska"]
    bdc = [a for _, a in g.nodes(data=True) if "BDC" in a["aliases"]]
    assert len(bdc) == 1 and bdc[0]["name"] == "Baltic Drone Coalition"


def test_evidence_points_at_the_sentence(pipeline):
    text = "Intro line.\nSerbia ordered Rafale jets from France. Another line."
    _, _, g = facts(pipeline, text)
    ev = [e for _, _, d in g.edges(data=True) for e in d.get("evidence", [])]
    assert ev and all(text[e["start"]:e["end"]] == e["sentence"] and "Rafale" in e["sentence"] for e in ev)
