"""States the reference data lists as sides of an armed conflict active on the article's date are no partners
(passes/warring_ties.py): talks, a truce or an old accord between them make no COOPERATES_WITH; the same words
before the conflict, or between states at peace, still do. Sentences of our own."""
from __future__ import annotations

from datetime import date

import pytest

from graph.entities import Entity
from graph.relations.passes.warring_ties import drop_warring_ties
from graph.relations.relation import Relation
from graph.text import Document
from graph.text.metadata import Metadata

COOP = "COOPERATES_WITH"


def ties(pipeline, text: str, published: str) -> set[tuple[str, str]]:
    doc = Document.from_text(text, meta=Metadata(published=published, date_source="cli"))
    g = pipeline.process(doc)
    name = {n: a["name"] for n, a in g.nodes(data=True)}
    return {tuple(sorted((name[s], name[t]))) for s, t, d in g.edges(data=True)
            if d["type"] == COOP and d.get("provenance") == "text"}


@pytest.mark.parametrize("text", [
    "Russia and Ukraine signed an accord on the exchange of prisoners in Istanbul.",
    "Russian and Ukrainian negotiators held direct talks in Geneva for the first time in a year.",
])
def test_states_at_war_are_no_partners(pipeline, text):
    assert ("Russia", "Ukraine") not in ties(pipeline, text, "2024-05-02")


def test_the_same_pair_before_the_war_and_a_pair_at_peace_keep_their_tie(pipeline):
    assert ("Russia", "Ukraine") in ties(pipeline, "Russia and Ukraine signed a gas agreement on Monday.", "2010-05-02")
    assert ("France", "India") in ties(pipeline, "India and France signed a defence cooperation agreement.", "2024-05-02")


def test_only_ties_of_states_go():
    entities = {"ru": Entity("ru", "Country", "Russia"), "ua": Entity("ua", "Country", "Ukraine"),
                "fr": Entity("fr", "Country", "France")}
    rels = [Relation("ru", COOP, "ua", {}, 0.7, "t"), Relation("ru", "IN_CONFLICT_WITH", "ua", {}, 0.7, "t"),
            Relation("fr", COOP, "ua", {}, 0.7, "t")]
    kept = drop_warring_ties(rels, entities, date(2024, 5, 2))
    assert [(r.source, r.type, r.target) for r in kept] == [("ru", "IN_CONFLICT_WITH", "ua"), ("fr", COOP, "ua")]
    assert drop_warring_ties(rels, entities, None) == rels
