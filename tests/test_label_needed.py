"""A rule that needs a label no entity has (``LABEL_NEEDED``) is skipped without changing the relations."""
from __future__ import annotations


def test_a_rule_needing_an_absent_label_finds_nothing_it_would_keep(pipeline, monkeypatch):
    """With no Event entity, every PARTICIPATED_IN or HOSTED_BY is dropped: skipping ``participation``
    changes nothing (here checked by running it anyway)."""
    import importlib

    from graph.entities import resolve

    extract_module = importlib.import_module("graph.relations.extract")
    extract = extract_module.extract

    text = ("Ruritania's defence minister attended talks in Ostrava with Velmark officials on Monday, and "
            "the two states signed a cooperation pact.")
    doc = pipeline.nlp(text)
    entities = resolve(doc, pipeline.ref)
    assert not any(e.label == "Event" for e in entities.values())
    gated = sorted(r.key() for r in extract(doc, entities, "d"))
    monkeypatch.setattr(extract_module, "LABEL_NEEDED", {})
    assert sorted(r.key() for r in extract(pipeline.nlp(text), resolve(pipeline.nlp(text), pipeline.ref), "d")) == gated
