"""Clause scope shared by every relation family (graph/relations/scope.py): no relation is read inside a
clause that "whether", "if" or "unless" opens; "even if" concedes a fact. And an attending verb whose
object is another entity ("had led the air force") says nothing of the article's event
(graph/relations/families/events.py); a verb whose own object a negative determiner denies ("sent no
delegation") states no fact (graph/relations/negation.py). Invented sentences about other countries."""
from __future__ import annotations

import pytest

from graph.relations.scope import hypothetical, meeting_point, unasserted
from graph.text import Document
from graph.text.metadata import Metadata


def edges(pipeline, text: str) -> set[tuple[str, str, str]]:
    """(source name, type, target name) of the text relations the pipeline reads from ``text``."""
    doc = Document.from_text(text, meta=Metadata(published="2024-10-10", date_source="cli"))
    g = pipeline.process(doc)
    return {(g.nodes[s]["name"], d["type"], g.nodes[t]["name"]) for s, t, d in g.edges(data=True)
            if d.get("provenance") == "text"}


def test_unasserted_clause(pipeline):
    doc = pipeline.nlp("Asked whether the drills were aimed at Vietnam, both commanders said no.")
    vietnam = next(t for t in doc if t.text == "Vietnam")
    said = next(t for t in doc if t.text == "said")
    assert unasserted(vietnam)
    assert not unasserted(said)


def test_concessive_if_is_asserted(pipeline):
    doc = pipeline.nlp("Argentina signed the accord even if Chile objected.")
    chile = next(t for t in doc if t.text == "Chile")
    assert not unasserted(chile)


def test_meeting_point_and_hypothetical(pipeline):
    doc = pipeline.nlp("If Peru signs a defence pact with Ecuador, Bolivia will protest.")
    peru, ecuador, bolivia = (next(t for t in doc if t.text == w) for w in ("Peru", "Ecuador", "Bolivia"))
    assert meeting_point(peru, ecuador).lemma_ == "sign"
    assert hypothetical([peru], [ecuador])
    assert not hypothetical([bolivia], [])  # the main clause states its fact
    assert not hypothetical([], [])  # nothing named, nothing to judge


def test_stated_fact_beside_a_condition_stays(pipeline):
    found = edges(pipeline, "Argentina signed a defence cooperation agreement with Chile, even if Peru objected.")
    assert ("Argentina", "COOPERATES_WITH", "Chile") in found or ("Chile", "COOPERATES_WITH", "Argentina") in found


def verb_object_named(pipeline, text: str, verb: str) -> bool:
    """:func:`events._object_named` of the first token ``verb`` of ``text`` (a one-sentence article)."""
    from graph.relations.context import SentenceContext
    from graph.relations.families.events import _object_named

    doc = pipeline.nlp(text)
    entities = pipeline.entities_of(doc)
    sent = next(iter(doc.sents))
    ctx = SentenceContext(sent, [m for m in doc._.mentions if m.entity], entities, "doc:test")
    return _object_named(ctx, next(t for t in sent if t.text == verb))


@pytest.mark.parametrize("text,verb,named", [
    ("General Ana Ruiz had led the Peruvian Air Force for two years.", "led", True),  # a career
    ("Jakarta watches the format with some unease.", "watches", True),  # monitoring, not a spectator
    ("Foreign Minister Jorge Vega watched the parade from the stand.", "watched", False),  # the gathering
    ("General Ana Ruiz led the Peruvian contingent.", "led", False),  # a part of the gathering
])
def test_attending_verb_object(pipeline, text, verb, named):
    assert verb_object_named(pipeline, text, verb) is named


def test_career_verb_is_no_attendance(pipeline):
    text = ("The Lima Air Show opened at Las Palmas air base on Tuesday. General Ana Ruiz had led the Peruvian "
            "Air Force for two years before she retired. Defence Minister Jorge Vega attended.")
    found = {(s, t) for s, typ, t in edges(pipeline, text) if typ == "PARTICIPATED_IN"}
    assert not any(s == "Ana Ruiz" for s, _ in found), found
    assert any(s == "Jorge Vega" for s, _ in found), found


@pytest.mark.parametrize("text,present,absent", [
    ("The Halifax International Security Forum opened in Halifax on Friday. China, which has sent no "
     "delegation to the forum since 2019, was absent again.", set(), {"China"}),
    ("The Halifax International Security Forum opened in Halifax on Friday. Brazil sent no delegation this "
     "year. Chile sent a delegation led by its defence minister.", {"Chile"}, {"Brazil"}),
])
def test_object_denied_by_its_determiner(pipeline, text, present, absent):
    """ "sent no delegation": the verb's own object is denied (graph/relations/negation.py)."""
    found = {s for s, typ, _ in edges(pipeline, text) if typ == "PARTICIPATED_IN"}
    assert present <= found, found
    assert not (absent & found), found

