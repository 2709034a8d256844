"""Written forms of a platform kept as its names (graph/entities/platform_forms.py) and ship classes with a
modifier before their noun (graph/mentions/ship_classes.py), on invented sentences: a maker's name printed right
before the type, "<Name>-class" for a class the catalogue lacks, "<Name>-class anti-submarine frigate"."""
from __future__ import annotations

from tests.extracted import graph_of


def _platforms(pipeline, text: str) -> dict[str, set[str]]:
    g = graph_of(pipeline, text, "2024-05-02")
    return {d["name"]: set(d.get("aliases") or []) for _, d in g.nodes(data=True) if d.get("label") == "Platform"}


def test_maker_printed_before_the_type_is_one_of_its_names(pipeline):
    platforms = _platforms(pipeline, "The Norland air force still flies a fleet of Ilyushin Il-76 heavy lifters.")
    assert "Ilyushin Il-76" in platforms["Il-76"]


def test_company_mention_before_a_variant_gives_the_variant_as_written(pipeline):
    platforms = _platforms(pipeline, "Its Lockheed Martin F-35A fighters will fly from Skrydborg next year.")
    assert any("Lockheed Martin F-35A" in aliases for aliases in platforms.values())


def test_maker_with_a_possessive_or_comma_is_no_written_form(pipeline):
    platforms = _platforms(pipeline, "Kestrel Air flies Ilyushin's Il-76 heavy lifters. It also bought from "
                                     "Ilyushin, Il-76 spares and engines.")
    assert not any(a.startswith("Ilyushin") for aliases in platforms.values() for a in aliases)


def test_uncatalogued_class_is_also_named_by_its_class_word(pipeline):
    platforms = _platforms(pipeline, "The navy operates four Tamarin-class ships bought from abroad.")
    assert {"Tamarin-class", "Tamarin class"} <= platforms["Tamarin-class ship"]


def test_class_with_a_modifier_before_its_ship_noun(pipeline):
    platforms = _platforms(pipeline, "The navy sent the old Larkspur-class anti-submarine frigate to the drill.")
    assert "Larkspur-class frigate" in platforms


def test_lower_case_class_word_before_a_modified_noun_is_no_class(pipeline):
    platforms = _platforms(pipeline, "The yard builds world-class anti-submarine frigates for export.")
    assert not any("class" in name for name in platforms)
