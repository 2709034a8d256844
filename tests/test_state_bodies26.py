"""A state's bodies named without their state or under a name the catalogue spells otherwise (issue 10):
the armed forces a whole-military title implies, a bare "Department of Defence" of the article's state,
interior ministries named "Ministry of Internal Affairs", a possessed body's "<Body> (<Country>)" form,
and a presidential guard. Invented sentences."""
from __future__ import annotations

from functools import partial

import pytest

from tests.extracted import node_labels, text_edges

edges = partial(text_edges, published="2025-04-02")


def bodies(pipeline, text: str) -> set[str]:
    return {n for lab, n in node_labels(pipeline, text, "2025-04-02") if lab == "GovernmentBody"}


def test_an_armed_forces_title_leads_the_catalogued_armed_forces(pipeline):
    text = ("Iran fired missiles at the base on Sunday. The armed forces chief of staff, Major General Ali Navid, "
            "said the strike was a warning.")
    assert ("Ali Navid", "LEADS", "Islamic Republic of Iran Armed Forces") in edges(pipeline, text)


def test_a_title_without_the_armed_forces_implies_none(pipeline):
    text = "Iran fired missiles at the base on Sunday. The chief of staff, Ali Navid, said the strike was a warning."
    assert not {e for e in edges(pipeline, text) if e[0] == "Ali Navid" and e[1] == "LEADS"}


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
