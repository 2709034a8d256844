"""A state's bodies named without their state or under a name the catalogue spells otherwise (issue 10):
a bare "Department of Defence" of the article's state, "the defence ministry" of no state named later,
interior ministries named "Ministry of Internal Affairs", a possessed body's "<Body> (<Country>)" form,
a presidential guard, a state's "military" as its named armed forces, bodies named by common nouns
alone, an alliance's organs as organisations, and a ministry of another portfolio as no antecedent.
Invented sentences."""
from __future__ import annotations

from functools import partial

import pytest

from tests.extracted import node_labels, text_edges

edges = partial(text_edges, published="2025-04-02")


def bodies(pipeline, text: str) -> set[str]:
    return {n for lab, n in node_labels(pipeline, text, "2025-04-02") if lab == "GovernmentBody"}


def test_a_bare_department_of_defence_is_the_articles_states(pipeline):
    text = ("Ireland will buy two more C295 transport aircraft. The Department of Defence said on Monday that the "
            "first would arrive from Spain next year.")
    found = bodies(pipeline, text)
    assert "Department of Defence of Ireland" in found
    assert "United States Department of Defense" not in found


def test_a_bare_department_of_defense_stays_american_in_an_american_text(pipeline):
    text = ("The United States will send more Patriot batteries to Poland. The Department of Defense said on "
            "Monday that the first would arrive next year.")
    assert "United States Department of Defense" in bodies(pipeline, text)


@pytest.mark.parametrize("text, body", [
    ("Uzbekistan tightened border checks on Friday. The interior ministry said 40 people had been detained.",
     "Ministry of Internal Affairs of Uzbekistan"),
    ("Georgia's interior ministry said on Friday that police had detained 40 people in Tbilisi.",
     "Ministry of Internal Affairs of Georgia"),
])
def test_a_post_soviet_interior_ministry_keeps_its_own_name(pipeline, text, body):
    assert body in bodies(pipeline, text)


def test_a_possessed_uncatalogued_body_carries_its_states_form(pipeline):
    from graph.text import Document

    g = pipeline.process(Document.from_text(
        "Idriss Mahamat, head of Chad's Transitional Council, arrived in Paris on Monday."))
    aliases = {a for _, d in g.nodes(data=True) if d.get("label") == "GovernmentBody" for a in d.get("aliases", [])}
    assert "Transitional Council (Chad)" in aliases


def test_a_presidential_guard_is_its_states_body(pipeline):
    text = "General Ousmane Diallo, the commander of Gabon's presidential guard, went on television on Friday."
    found = bodies(pipeline, text)
    assert any("Presidential Guard" in b for b in found)
    assert any(e[0] == "Ousmane Diallo" and e[1] == "LEADS" and "Presidential Guard" in e[2]
               for e in edges(pipeline, text))


def test_a_states_military_is_its_named_armed_forces(pipeline):
    text = "Taiwan tracked 40 aircraft on Friday. China's military said the drills were a warning to the island."
    assert "People's Liberation Army" in bodies(pipeline, text)


@pytest.mark.parametrize("text", [
    "Kenya hosted the drills. The contingent was a mix of active, reserve and Guard units.",
    "Kenya hosted the drills. The Directorate said it would review the bids next month.",
])
def test_a_body_named_by_common_nouns_without_a_state_is_no_entity(pipeline, text):
    assert not {b for b in bodies(pipeline, text) if b in {"Guard", "Directorate"}}


@pytest.mark.parametrize("text, organ", [
    ("Montenegro joined the alliance in 2017 after the North Atlantic Council approved it.", "North Atlantic Council"),
    ("Georgia's foreign minister attended the NATO-Georgia Commission in Brussels on Monday.",
     "NATO-Georgia Commission"),
])
def test_an_alliances_organ_is_an_organization(pipeline, text, organ):
    assert ("Organization", organ) in node_labels(pipeline, text, "2025-04-02")


def test_a_body_named_only_later_is_no_antecedent_of_the_ministry(pipeline):
    text = ("Latvia said two Russian jets had crossed into Latvian airspace on Friday. Latvia's army scrambled "
            "two helicopters, and a map released by the defence ministry showed the route over Latvia. The Russian "
            "Defence Ministry later said the jets had kept to international rules.")
    found = bodies(pipeline, text)
    assert "Ministry of Defence of Latvia" in found


def test_a_ministry_of_another_portfolio_is_no_antecedent(pipeline):
    from graph.entities import resolve
    from graph.mentions import build_nlp

    doc = build_nlp()("Moldova's foreign ministry said two citizens had died; the country's interior ministry "
                      "declined to give a number.")
    ents = resolve(doc)
    refs = {ents[m.entity].name for m in doc._.mentions if m.source == "coref" and m.text == "ministry"}
    assert "Ministry of Foreign Affairs of Moldova" not in refs
