"""Catalogue rows of session 36, chosen by kind and not from articles (each with a public source): named major
ships (platforms_world.csv), firms of SIPRI's Top 100 and state-owned national firms of defence, energy and
technology (companies_world.csv), firms renamed since (an old name is an alias of the current one) and firms
that no longer exist (companies_historic.csv). Sentences written for these tests."""
from __future__ import annotations

import csv

import pytest

from graph.ids import fold
from graph.reference import load_reference
from graph.reference.loader import DATA_DIR
from tests.extracted import node_labels


@pytest.mark.parametrize("text,platform", [
    ("The frigate Admiral Essen left Sevastopol with two corvettes on Friday.", "Admiral Essen"),
    ("USS Abraham Lincoln sailed into the Arabian Sea with four destroyers.", "USS Abraham Lincoln"),
    ("Britain sent HMS Prince of Wales to lead the carrier group.", "HMS Prince of Wales"),
    ("India commissioned its first Arnala-class corvette at Visakhapatnam.", "Arnala-class corvette"),
])
def test_a_named_ship_or_class_is_a_catalogued_platform(pipeline, text, platform):
    found = node_labels(pipeline, text, "2025-03-01")
    assert ("Platform", platform) in found, found
    assert load_reference().find("Platform", platform).props["category"] == "naval_vessel"


@pytest.mark.parametrize("text,firm,country", [
    ("Gazprom cut its gas deliveries to the plant last winter.", "Gazprom", "Russia"),
    ("Bechtel will build the new munitions depot under the contract.", "Bechtel", "United States"),
    ("Kazakhstan's KazMunayGas signed the deal in Astana.", "KazMunayGas", "Kazakhstan"),
    ("Colombia's COTECMAR launched a second patrol vessel in Cartagena.", "COTECMAR", "Colombia"),
])
def test_a_catalogued_firm_is_a_company_of_its_country(pipeline, text, firm, country):
    found = node_labels(pipeline, text, "2025-03-01")
    assert ("Company", firm) in found, found
    assert load_reference().find("Company", firm).props["country"] == country


def test_a_firm_renamed_since_answers_to_its_old_name():
    ref = load_reference()
    assert ref.find("Company", "Turbomeca").name == "Safran Helicopter Engines"
    assert ref.find("Company", "Samsung Thales").name == "Hanwha Systems"
    assert ref.find("Company", "Orbital ATK").props["country"] == "United States"


def test_no_new_name_is_held_by_two_entries_and_every_row_has_a_source():
    ref = load_reference()
    for name in ("platforms_world.csv", "companies_world.csv", "companies_historic.csv"):
        with (DATA_DIR / name).open(encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        for row in rows[-30:]:
            assert row["source"].strip(), (name, row["name"])
            for surface in [row["name"], *filter(None, row["aliases"].split("|"))]:
                assert len(ref.index[fold(surface)]) == 1, (name, surface, ref.index[fold(surface)])
