"""A catalogued person's given name before the catalogued surname, spelled otherwise than the catalogue,
is that person's one full name (graph/mentions/namesakes.py, graph/entities/canon.py ``people``): not a
namesake, not the surname alone beside a stray given name, and not another of the family.
Sentences written for these tests (session 27, taken from event26 without its sited events).
"""
from __future__ import annotations

from tests.extracted import graph_maker, relations_in

graph_of = graph_maker("2024-03-08")

_FAMILY = ("Turkmen leaders open gas pipeline section\n\n"
           "MARY, March 8, 2024 (Wire) - Turkmenistan opened a new section of its gas pipeline near Mary on "
           "Friday. President Serdar Berdimuhamedov cut the ribbon. His father Gurbanguly Berdimuhamedov stood "
           "beside him.\n\n"
           "Gurbanguly Berdimuhamedov later toured a compressor station with engineers.")


def _people(g) -> set[str]:
    return {a["name"] for _, a in g.nodes(data=True) if a["label"] == "Person"}


def test_the_given_name_before_a_catalogued_surname_makes_one_person(pipeline):
    people = _people(graph_of(pipeline, _FAMILY))
    assert "Gurbanguly Berdimuhamedow" in people, people  # the catalogued person, by the catalogue's spelling
    assert len([p for p in people if p.startswith("Gurbanguly")]) == 1, people


def test_the_son_stays_apart_from_the_father(pipeline):
    g = graph_of(pipeline, _FAMILY)
    son = next(a for _, a in g.nodes(data=True) if a["label"] == "Person" and a["name"].startswith("Serdar"))
    assert not any("Gurbanguly" in x or x == "Berdimuhamedov" for x in son.get("aliases") or []), son


def test_a_foreign_given_name_still_makes_a_namesake(pipeline):
    g = graph_of(pipeline, "Turkmen gas deal signed\n\nASHGABAT, March 8, 2024 (Wire) - President Serdar "
                           "Berdimuhamedov signed the deal. Aylar Berdimuhamedov, an economist at a Vienna "
                           "institute, said the price was high.")
    people = _people(g)
    assert "Aylar Berdimuhamedov" in people, people
    assert not any(t == "LEADS" and a == "Aylar Berdimuhamedov" for a, t, _ in relations_in(g)), relations_in(g)
