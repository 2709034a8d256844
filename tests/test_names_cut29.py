"""Names cut short at the mention stage (junk29): a designation's own name word read as a second type, a
letter code glued by a hyphen before a type's name, a variant code glued after a designation; and the
maker rules that read a company right before a type (maker-compound, maker-prefix) only towards a
platform-like end. Invented sentences, each with one the rule must leave as it is."""
from __future__ import annotations

from tests.extracted import graph_of, relations_in
from tests.extracted import node_labels as _labels
from tests.extracted import node_names as _names


# -- "P-8I Poseidon": the designation's own name word is no second type of that name -------------------
def test_own_name_word_after_a_designation_is_no_second_type(pipeline):
    labels = _labels(pipeline, ("Since 2015 Marivan has ordered the Boeing P-8I Poseidon, C-17 Globemaster and MH-60R Seahawk"
                                " from US makers."))
    assert ("Platform", "P-8 Poseidon") in labels
    assert ("Platform", "Poseidon") not in labels  # (the catalogue's torpedo of that name)


def test_the_type_of_that_name_named_on_its_own_stays(pipeline):
    labels = _labels(pipeline, "Russia says it has tested the Poseidon nuclear torpedo again this spring.")
    assert ("Platform", "Poseidon") in labels


# -- "C-Star": a letter code glued by a hyphen opens the type's name ------------------------------------
def test_letter_code_glued_by_a_hyphen_opens_the_name(pipeline):
    names = _names(pipeline, "The new frigate carries a search radar, C-Star anti-ship missiles from LIG Nex1 and a gun.",
                   "Platform")
    assert "C-Star" in names
    assert "Star" not in names


def test_a_country_before_a_hyphen_opens_no_name(pipeline):
    names = _names(pipeline, "The Franco-Belgian Vireo drones flew over the border on Monday.", "Platform")
    assert not any(n.startswith(("Franco", "-")) for n in names)


# -- "E195-E2": a variant code glued by a hyphen closes the designation ---------------------------------
def test_variant_code_glued_by_a_hyphen_closes_the_designation(pipeline):
    names = _names(pipeline, "The maker also showed its T480-X3 airliner to the public for the first time.", "Platform")
    assert "T480-X3" in names
    assert not {"T480", "X3"} & names


# -- maker rules towards a platform-like end -------------------------------------------------------------
def test_maker_before_a_designation_makes_it(pipeline):
    g = graph_of(pipeline, "The air force will buy twelve Boeing F-15EX jets next year.")
    assert any(s == "Boeing" and t == "MANUFACTURES" for s, t, _ in relations_in(g))


def test_maker_before_a_hyphened_variant_makes_the_whole_type(pipeline):
    g = graph_of(pipeline, "The carrier will fly the Embraer E175-E2 airliner from next year.")
    rels = relations_in(g)
    assert ("Embraer", "MANUFACTURES", "E175-E2") in rels
    assert not any(t in {"E175", "E2"} for _, _, t in rels)


# -- one type's name read as two platforms side by side --------------------------------------------------
def test_designation_and_name_word_of_one_catalogued_type_are_one(pipeline):
    names = _names(pipeline, "Crowds gathered round a K-30 Biho anti-aircraft gun parked by the gate.", "Platform")
    assert "K-30" not in names and "Biho" in names


def test_family_name_and_uncatalogued_variant_code_are_one_variant(pipeline):
    names = _names(pipeline, "The army will get forty Leopard 2A9X tanks over the next decade.", "Platform")
    assert "Leopard 2A9X" in names
    assert "2A9X" not in names


def test_catalogued_variant_stays_its_family(pipeline):
    names = _names(pipeline, "The army will get forty Leopard 2A7 tanks over the next decade.", "Platform")
    assert "Leopard 2" in names
