"""Reference rows of session 28, one test per file kind (each row with a public source): defence firms and their owners (companies_world.csv, company_parents.csv) and recurring fairs, forums
and exercises (events_recurring.csv). Sentences written for these tests.
"""
from __future__ import annotations

import csv

from graph.reference import load_reference
from graph.reference.loader import DATA_DIR
from graph.reference.offices import load_owners
from tests.extracted import graph_maker, node_labels, relations_in


def test_a_national_champion_is_a_company_of_its_country(pipeline):
    found = node_labels(pipeline, "Serbia's Krušik said it would double shell output at its Valjevo plant.", "2024-03-01")
    assert ("Company", "Krušik") in found, found
    assert load_reference().find("Company", "Krusik").props["country"] == "Serbia"


def test_a_subsidiary_named_with_its_group_is_part_of_it(pipeline):
    text = "Fabryka Broni Łucznik-Radom, a Polska Grupa Zbrojeniowa company, will deliver 20,000 rifles."
    rels = relations_in(graph_maker("2024-03-01")(pipeline, text))
    assert ("Fabryka Broni Łucznik-Radom", "PART_OF", "Polska Grupa Zbrojeniowa") in rels, rels


def test_a_joint_venture_has_each_owner():
    assert set(load_owners()["Rheinmetall Denel Munition"]) == {"Rheinmetall", "Denel"}


def test_a_recurring_fair_is_an_event_wherever_named(pipeline):
    found = node_labels(pipeline, "Karachi Shipyard showed a new patrol boat at the IDEAS exhibition last week.",
                        "2024-11-25")
    assert any(lab == "Event" and name.startswith("IDEAS exhibition") for lab, name in found), found


def test_a_common_word_is_no_event(pipeline):
    found = node_labels(pipeline, "The minister said new ideas and an immediate response were needed.", "2024-11-25")
    assert not any(lab == "Event" for lab, _ in found), found


def test_every_row_added_names_its_source():
    for name, key in (("companies_world.csv", "source"),
                      ("company_parents.csv", "source"), ("events_recurring.csv", "source")):
        with (DATA_DIR / name).open(encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        assert all(r[key].strip() for r in rows[-40:]), name
