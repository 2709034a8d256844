"""Sentence gates (graph/relations/gates.py): a rule family that declares its cue lists in cues.yaml
runs only on sentences having one of their words, and a gate must never hold back a sentence its
rule would find something in. Invented sentences."""
from __future__ import annotations

import pytest

from graph.entities import resolve
from graph.errors import ReferenceDataError
from graph.relations.context import SentenceContext
from graph.relations.extract import _facts
from graph.relations.families import RULES
from graph.relations.gates import build_gates, gates, opens
from graph.text import Document
from graph.text.metadata import Metadata

TEXTS = [
    "Finland joined NATO in April 2023, and Sweden followed a year later.",
    "The European Union imposed sanctions on Belarus after the vote.",
    "Vietnam and India signed a defence cooperation agreement in Hanoi on Monday.",
    "Azerbaijan and Armenia clashed along their border in September.",
    "Laos holds the rotating chairmanship of ASEAN this year.",
    "Chile's navy operates four frigates built in the Netherlands.",
    "President Gustavo Petro spoke to reporters in Bogota on Friday.",
    "Kenya will host the drills near Mombasa, the ministry said.",
]


def test_every_gate_names_cue_lists_that_exist():
    built = gates()
    assert set(built) <= set(RULES), set(built) - set(RULES)
    for rule, words in built.items():
        assert words and all(w == w.lower() for w in words), rule


def test_a_gate_keeps_every_word_of_a_phrase():
    built = build_gates({"f": {"verbs": {"join", "take part"}}, "gates": {"r": {"f.verbs"}}})
    assert {"take", "part", "join"} <= built["r"]


def test_a_gate_naming_no_cue_list_is_an_error():
    with pytest.raises(ReferenceDataError):
        build_gates({"f": {"verbs": {"join"}}, "gates": {"r": {"f.nouns"}}})


def test_opens():
    assert opens(None, set())
    assert opens(frozenset({"join"}), {"finland", "join"})
    assert not opens(frozenset({"join"}), {"finland", "leave"})


@pytest.mark.parametrize("text", TEXTS)
def test_a_closed_gate_holds_back_nothing(pipeline, text):
    """Every gated rule run anyway on a sentence its gate closes on finds nothing."""
    document = Document.from_text(text, meta=Metadata(published="2024-10-10", date_source="cli"))
    doc = pipeline.nlp(document.text)
    doc.user_data["published"] = document.published
    entities = resolve(doc, pipeline.ref)
    facts = _facts(doc, entities)
    mentions = [m for m in doc._.mentions if m.entity]
    for sent in doc.sents:
        ctx = SentenceContext(sent, mentions, entities, document.id)
        for name, gate in gates().items():
            if not opens(gate, ctx.words):
                assert list(RULES[name](ctx, facts)) == [], (name, sent.text)


def test_gated_rules_still_find_their_facts(pipeline):
    document = Document.from_text(" ".join(TEXTS[:5]), meta=Metadata(published="2024-10-10", date_source="cli"))
    g = pipeline.process(document)
    found = {(g.nodes[s]["name"], d["type"], g.nodes[t]["name"]) for s, t, d in g.edges(data=True)}
    assert ("Finland", "MEMBER_OF", "NATO") in {(s, ty, "NATO" if "NATO" in t or "North Atlantic" in t else t)
                                                for s, ty, t in found}, found
    assert any(ty == "COOPERATES_WITH" and {s, t} == {"Vietnam", "India"} for s, ty, t in found), found
    assert any(ty == "IN_CONFLICT_WITH" and {s, t} == {"Azerbaijan", "Armenia"} for s, ty, t in found), found
