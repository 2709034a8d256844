"""An uncatalogued designation that runs capital letters on to a bare designation of a catalogue row the
article names, where the row itself lists lettered forms of that designation ("Mi-24P", "T-6A"), is one more
of the row's forms, not a platform of its own (session 40); a row listing no lettered form of the
designation, or a text that sets the designation apart, keeps it apart. Sentences of our own."""
from __future__ import annotations

from graph.entities.variants import lettered_family
from graph.reference.loader import load_reference
from graph.text import Document
from graph.text.metadata import from_text


def _platforms(pipeline, text: str) -> dict[str, set[str]]:
    g = pipeline.process(Document.from_text(text, meta=from_text(text)))
    return {d["name"]: set(d.get("aliases") or []) for _, d in g.nodes(data=True) if d.get("label") == "Platform"}


def _row(name: str):
    ref = load_reference()
    return next(e for e in ref.entities.values() if e.label == "Platform" and e.name == name)


def test_unknown_letters_on_a_lettered_family_join_it(pipeline):
    nodes = _platforms(pipeline, "Algeria's army flies the Mi-24. Four Mi-24K spotter helicopters patrol its border.")
    assert list(nodes) == ["Mi-24"] and "Mi-24K" in nodes["Mi-24"]


def test_unknown_letters_on_a_trainer_family_join_it(pipeline):
    nodes = _platforms(pipeline, "Kenya trains its pilots on the T-6 Texan II and ordered six T-6KE trainers in May.")
    assert list(nodes) == ["T-6 Texan II"]


def test_newer_unknown_letters_stay_apart(pipeline):
    nodes = _platforms(pipeline, "Algeria's army flies the Mi-24 and has ordered the newer Mi-24K from Russia.")
    assert len(nodes) == 2


def test_row_without_lettered_forms_holds_no_unknown_letters():
    assert lettered_family("KF51U", [_row("KF51 Panther")]) is None


def test_row_with_lettered_forms_holds_unknown_letters():
    row = _row("J-10")
    assert lettered_family("J-10X", [row]) == row.id
    assert lettered_family("J-10X2", [row]) is None  # a number run on is another model
