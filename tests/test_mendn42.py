"""mendn42: people by a catalogue alias (review42 pe06, pe13, pe17, pe20, pe21, pe22, pe26), on invented text.

* A lone surname the catalogue gives one person as an alias belongs to the document's own person when the text
  has named, in full, a person of that surname under another given name ("Senator Clara Pistorius ... Pistorius
  said": not Germany's defence minister).
* A title and a lone surname that kin of one state share resolve by the office of that title held on the
  article's date ("President Berdimuhamedov" in 2023 is the son; in 2016 the father).
* A lone surname spelt as the text spells a catalogued person's full name is that person (the first named, of a
  father and son), not a person of its own.
* A catalogued holder named under the office's own title leads that office's state or ministry even where the
  text names neither ("Defence Secretary Ben Wallace": the UK's Ministry of Defence).
"""
from __future__ import annotations

import pytest

from tests.extracted import graph_of, relations_in


def _people(pipeline, text: str, day: str) -> set[str]:
    g = graph_of(pipeline, text, day, name="t.txt")
    return {a["name"] for _, a in g.nodes(data=True) if a["label"] == "Person"}


def _labels(pipeline, text: str, day: str) -> set[tuple[str, str]]:
    g = graph_of(pipeline, text, day, name="t.txt")
    return {(a["label"], a["name"]) for _, a in g.nodes(data=True) if a["label"] != "Document"}


@pytest.mark.parametrize("day,text,people", [
    ("2024-03-01", "Defence analyst Clara Pistorius visited the Kiel shipyard. Pistorius said the frigates were "
                   "late.", {"Clara Pistorius"}),
    ("2023-05-01", "Retired colonel James Austin toured the air base. Austin said the drones would help.",
     {"James Austin"}),
    ("2023-05-01", "Senator Ruth Modi questioned the navy's budget. Modi said the frigates were late.", {"Ruth Modi"}),
    ("2018-10-02", "The regiment's history was written by Anneke Rutte, a historian. Rutte said the archive was "
                   "incomplete.", {"Anneke Rutte"}),
])
def test_a_lone_surname_is_the_texts_own_full_name(pipeline, day, text, people):
    assert _people(pipeline, text, day) == people


@pytest.mark.parametrize("day,text,person,other", [
    ("2023-05-10", "President Berdimuhamedov opened the new naval base on the Caspian coast.",
     "Serdar Berdimuhamedow", "Gurbanguly Berdimuhamedow"),
    ("2016-06-01", "President Berdimuhamedov opened the new naval base on the Caspian coast.",
     "Gurbanguly Berdimuhamedow", "Serdar Berdimuhamedow"),
    ("2025-06-01", "President Aoun visited the army's barracks in the south.", "Joseph Aoun", "Michel Aoun"),
])
def test_a_title_and_a_kin_surname_is_the_holder_on_the_date(pipeline, day, text, person, other):
    people = _people(pipeline, text, day)
    assert person in people and other not in people, people


def test_the_navy_of_a_titled_kin_surname(pipeline):
    labels = _labels(pipeline, "President Berdimuhamedov watched the navy's drills off the coast.", "2024-08-15")
    assert ("GovernmentBody", "Turkmen Navy") in labels, labels


@pytest.mark.parametrize("day,text,person,target", [
    ("2022-07-10", "Defence Secretary Ben Wallace visited the Barrow shipyard.", "Ben Wallace",
     "Ministry of Defence of the United Kingdom"),
    ("2022-07-10", "Secretary of State Antony Blinken flew to Doha on Monday.", "Antony Blinken",
     "United States Department of State"),
    ("2019-03-02", "President Emmanuel Macron ordered more troops to Mali.", "Emmanuel Macron", "France"),
    ("2014-03-02", "President Goodluck Jonathan ordered more troops to Borno.", "Goodluck Jonathan", "Nigeria"),
])
def test_a_holder_under_the_offices_title_leads_it(pipeline, day, text, person, target):
    edges = relations_in(graph_of(pipeline, text, day, name="t.txt"))
    assert (person, "LEADS", target) in edges, edges


@pytest.mark.parametrize("day,text,people", [
    ("2022-03-20", "Gurbanguly Berdimuhamedov handed power to his son Serdar Berdimuhamedov on Saturday. "
                   "Berdimuhamedov said he would chair the upper house.",
     {"Gurbanguly Berdimuhamedow", "Serdar Berdimuhamedow"}),
])
def test_a_lone_surname_written_as_the_text_spells_a_catalogued_name(pipeline, day, text, people):
    """The catalogue spells the surname "Berdimuhamedow"; the text's bare "Berdimuhamedov" is the person it named
    in full that way (the first of them, a father and son), not a person of its own."""
    assert _people(pipeline, text, day) == people


# guards (right before the mend too): they must stay right
@pytest.mark.parametrize("day,text,people", [
    ("2024-03-01", "Defence Minister Boris Pistorius met Clara Pistorius, a researcher. Pistorius said the frigates "
                   "were late.", {"Boris Pistorius", "Clara Pistorius"}),
    ("2024-03-01", "Defence Minister Boris Pistorius toured the Kiel shipyard. Pistorius said the frigates were late.",
     {"Boris Pistorius"}),
    ("2023-11-22", "Defence Minister Prabowo Subianto met General Ratna Dewi Prabowo. Prabowo said the jets were "
                   "late.", {"Prabowo Subianto", "Ratna Dewi Prabowo"}),   # "Prabowo" is his given name
    ("2022-03-20", "Serdar Berdimuhamedov took the oath on Saturday. Berdimuhamedov promised to keep the country "
                   "neutral.", {"Serdar Berdimuhamedow"}),
])
def test_guard_the_catalogued_person_stays(pipeline, day, text, people):
    assert _people(pipeline, text, day) == people


@pytest.mark.parametrize("day,text", [
    ("2025-02-10", "Former Defence Secretary Ben Wallace visited the Barrow shipyard."),   # out of his term
    ("2025-02-10", "Shadow Defence Secretary John Healey visited the Barrow shipyard."),   # another office
])
def test_guard_no_office_out_of_the_title(pipeline, day, text):
    edges = relations_in(graph_of(pipeline, text, day, name="t.txt"))
    assert not any(t == "LEADS" for (_s, t, _o) in edges), edges
