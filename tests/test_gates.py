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
from graph.relations.gates import GATED, build_gates, gated, gates, opens
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
    "Ukraine said Russian forces shelled its positions near Kharkiv overnight.",
    "The minister said Japan remains a close partner of the Philippines.",
    "Nigeria has a small air force with a dozen JF-17 fighters.",
    "The truce between Ethiopia and Eritrea held through the winter.",
    "Iran-backed Houthi rebels fired missiles at ships in the Red Sea.",
    "The delivery of four Caesar howitzers to Armenia was completed in May.",
    "Chile and Peru signed a memorandum on joint patrols.",
]


def _run(name: str):
    """The rule or part of a rule a gate is named for, taking (ctx, facts)."""
    if name in RULES:
        return RULES[name]
    part = GATED[name]
    return part if part.__code__.co_argcount >= 2 else (lambda ctx, facts: part(ctx))


def test_every_gate_names_cue_lists_that_exist():
    built = gates()
    assert set(built) <= set(RULES) | set(GATED), set(built) - set(RULES) - set(GATED)
    assert set(GATED) <= set(built), set(GATED) - set(built)
    for rule, gate in built.items():
        assert gate and all(words and all(w == w.lower() for w in words) for words in gate), rule


def test_a_gate_keeps_every_word_of_a_phrase():
    built = build_gates({"f": {"verbs": {"join", "take part"}}, "gates": {"r": {"f.verbs"}}})
    assert {"take", "part", "join"} <= built["r"][0]


def test_a_gate_of_named_lists_needs_a_word_of_each():
    lex = {"f": {"say": {"say", "claim"}, "hit": {"attack"}, "sub": {"nouns": {"ally"}}},
           "gates": {"r": {"reporting": ["f.say"], "hostile": ["f.hit", "f.sub.nouns"]}}}
    gate = build_gates(lex)["r"]
    assert gate == (frozenset({"say", "claim"}), frozenset({"attack", "ally"}))
    assert opens(gate, {"say", "attack"}) and opens(gate, {"claim", "ally"})
    assert not opens(gate, {"say", "talks"}) and not opens(gate, {"attack"})


def test_a_gate_over_a_mapping_takes_its_keys():
    built = build_gates({"f": {"makers": {"maker": "producer", "designer": "developer"}}, "gates": {"r": ["f.makers"]}})
    assert built["r"] == (frozenset({"maker", "designer"}),)


def test_a_part_gated_by_no_declared_gate_is_an_error():
    @gated("no_such_gate_anywhere")
    def part(ctx, facts):
        yield from ()

    class Ctx:
        words = {"x"}

    with pytest.raises(ReferenceDataError):
        list(part(Ctx(), None))
    GATED.pop("no_such_gate_anywhere")


def test_a_gate_naming_no_cue_list_is_an_error():
    with pytest.raises(ReferenceDataError):
        build_gates({"f": {"verbs": {"join"}}, "gates": {"r": {"f.nouns"}}})


def test_opens():
    assert opens(None, set())
    assert opens((frozenset({"join"}),), {"finland", "join"})
    assert not opens((frozenset({"join"}),), {"finland", "leave"})


@pytest.mark.parametrize("text", TEXTS)
def test_a_closed_gate_holds_back_nothing(pipeline, text):
    """Every gated rule (or part of one) run anyway on a sentence its gate closes on finds nothing."""
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
                assert list(_run(name)(ctx, facts)) == [], (name, sent.text)


def test_gated_rules_still_find_their_facts(pipeline):
    document = Document.from_text(" ".join(TEXTS[:5]), meta=Metadata(published="2024-10-10", date_source="cli"))
    g = pipeline.process(document)
    found = {(g.nodes[s]["name"], d["type"], g.nodes[t]["name"]) for s, t, d in g.edges(data=True)}
    assert ("Finland", "MEMBER_OF", "NATO") in {(s, ty, "NATO" if "NATO" in t or "North Atlantic" in t else t)
                                                for s, ty, t in found}, found
    assert any(ty == "COOPERATES_WITH" and {s, t} == {"Vietnam", "India"} for s, ty, t in found), found
    assert any(ty == "IN_CONFLICT_WITH" and {s, t} == {"Azerbaijan", "Armenia"} for s, ty, t in found), found


@pytest.mark.parametrize(("text", "fact"), [
    (TEXTS[8], ("Russia", "IN_CONFLICT_WITH", "Ukraine")),  # reported_hostility: a reporting and a hostile verb
    (TEXTS[9], ("Japan", "COOPERATES_WITH", "Philippines")),  # reported_labels: a linking verb and a label
    (TEXTS[10], ("Nigeria", "OPERATES", "JF-17")),  # unnamed_services (a part of fleets)
    (TEXTS[11], ("Eritrea", "IN_CONFLICT_WITH", "Ethiopia")),  # truces
    (TEXTS[12], ("Iran", "COOPERATES_WITH", "Houthis")),  # backed
    (TEXTS[13], ("Armenia", "OPERATES", "CAESAR")),  # handovers (a part of deals)
    (TEXTS[14], ("Chile", "COOPERATES_WITH", "Peru")),  # joint_subjects (a part of paired_ties)
])
def test_newly_gated_rules_still_find_their_facts(pipeline, text, fact):
    document = Document.from_text(text, meta=Metadata(published="2024-10-10", date_source="cli"))
    g = pipeline.process(document)
    found = {(g.nodes[s]["name"], d["type"], g.nodes[t]["name"]) for s, t, d in g.edges(data=True)}
    assert fact in found, found
