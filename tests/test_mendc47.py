"""Class forms and subsidiary names that named the wrong thing (session 47, mendc47, review47 cs07 cc05 cc08 cc10):
a bare class word ("X-class", "X class") made for one catalogue row that another row also holds or makes names
neither; a class stem that is a common word ("City") is hyphened only; a weekday, month or day word between a firm
and a state is no subsidiary's name word. Sentences are invented."""
from __future__ import annotations

import pytest

from graph.mentions.nlp import class_forms, class_forms_of, reference_patterns
from graph.reference import load_reference
from graph.text import Document
from graph.text.metadata import from_text


def _nodes(pipeline, text: str) -> dict[str, str]:
    g = pipeline.process(Document.from_text(text, meta=from_text(text)))
    return {d["name"]: d["label"] for _, d in g.nodes(data=True) if d.get("label") != "Document"}


@pytest.fixture(scope="module")
def patterns() -> set[tuple[str, str]]:
    return {(p["pattern"], p["id"]) for p in reference_patterns(load_reference(())) if isinstance(p["pattern"], str)}


@pytest.mark.parametrize("form,row", [
    ("Canberra-class", "Juan Carlos I-class LHD"),          # the Spanish row's alias "Canberra-class LHD"
    ("Canberra class", "Juan Carlos I-class LHD"),          # the Australian class is its own row
    ("Independence-class", "Independence-class littoral mission vessel"),  # the US LCS row's own alias
    ("River-class", "River-class destroyer"),                # made for the British and the Canadian row alike
    ("Magen-class", "Magen-class corvette"),                 # made for the Sa'ar 6 row too
    ("City class", "Type 26 frigate"),                       # "the City class of 2025": a common-word stem
])
def test_a_shared_or_common_word_class_form_is_no_pattern_of_the_row(patterns, form, row):
    ids = {e.id for e in load_reference(()) if e.name == row}
    assert not any((form, i) in patterns for i in ids)


@pytest.mark.parametrize("text,right", [
    ("Two Canberra-class ships of the Royal Australian Navy exercised off Darwin.",
     "Canberra-class landing helicopter dock"),
    ("Four Independence-class ships of the US Navy will be decommissioned in 2027.", "Independence-class LCS"),
])
def test_the_class_word_names_its_own_row(pipeline, text, right):
    assert _nodes(pipeline, text).get(right) == "Platform"


def test_class_forms_leave_out_taken_forms_and_a_common_stem_s_singular():
    assert class_forms(["River-class patrol vessel"], frozenset({"River-class"}), frozenset({"river"})) == [
        "River classes", "River class patrol vessel"]
    names = {e.id: e.name for e in load_reference(())}
    made = class_forms_of(load_reference(()))  # the British row holds "River class Batch 2", the Canadian none
    assert [names[r] for r, forms in made.items() if "River-class" in forms] == ["River-class patrol vessel"]


@pytest.mark.parametrize("text,wrong", [
    ("Two Canberra-class ships of the Royal Australian Navy exercised off Darwin.", "Juan Carlos I-class LHD"),
    ("Four Independence-class ships of the US Navy will be decommissioned in 2027.",
     "Independence-class littoral mission vessel"),
    ("Cadets of the City class of 2024 marched at the naval academy.", "Type 26 frigate"),
])
def test_a_class_word_takes_no_other_row(pipeline, text, wrong):
    assert wrong not in _nodes(pipeline, text)


@pytest.mark.parametrize("text,word", [
    ("A deal signed by Thales Friday Australia officials said would add jobs.", "Friday"),
    ("Helicopters ordered from Leonardo March Poland said would number 32.", "March"),
    ("The order placed with Rheinmetall Today Hungary confirmed covers 218 vehicles.", "Today"),
])
def test_no_firm_over_a_day_or_month_word(pipeline, text, word):
    assert not any(word in n for n, label in _nodes(pipeline, text).items() if label == "Company")
