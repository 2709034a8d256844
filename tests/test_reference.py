from __future__ import annotations

from collections import Counter

import pytest

from graph.errors import ReferenceDataError
from graph.ontology import PLATFORM_CATEGORIES
from graph.reference import load_reference
from graph.reference.loader import read_entries


def test_shipped_reference_is_complete():
    ref = load_reference()
    labels = Counter(e.label for e in ref)
    assert labels["Country"] >= 195 and labels["Alliance"] >= 50
    assert labels["Platform"] >= 300 and labels["Company"] >= 150
    cats = Counter(e.props["category"] for e in ref if e.label == "Platform")
    assert set(cats) <= set(PLATFORM_CATEGORIES)
    for cat in ("air_defense", "armored_vehicle", "aircraft", "helicopter", "uav", "naval_vessel", "missile", "artillery"):
        assert cats[cat] >= 10, cat


def test_platform_makers_resolve_to_companies():
    ref = load_reference()
    for e in ref:
        if e.label == "Platform":
            for maker in e.makers:
                assert ref.find("Company", maker) is not None, (e.name, maker)


def test_demonyms_and_variants():
    ref = load_reference()
    assert ref.lookup("Kazakh", "Country")[0].name == "Kazakhstan"
    assert ref.lookup("Türkiye", "Country")[0].name == "Turkey"
    assert ref.lookup("Soviet", "Country")[0].name == "Soviet Union"
    assert ref.lookup("CSTO")[0].name == "Collective Security Treaty Organization"


def test_user_file_extends_an_entry(tmp_path):
    own = tmp_path / "mine.yaml"
    own.write_text("- {label: Country, name: Kazakhstan, aliases: [Kazakh Eli]}\n"
                   "- {label: Company, name: Acme Defence Works, country: Kazakhstan}\n")
    ref = load_reference([own])
    assert ref.lookup("Kazakh Eli")[0].name == "Kazakhstan"
    assert ref.find("Company", "Acme Defence Works") is not None
    assert "Kazakh Eli" not in [a for e in load_reference() for a in e.aliases]


@pytest.mark.parametrize("text,problem", [
    ("- {label: Weapon, name: X}\n", "not an ontology label"),
    ("- {label: Country}\n", "without a name"),
    ("- {label: Platform, name: X, category: spaceship}\n", "unknown category"),
    ("[unclosed\n", "not valid YAML"),
])
def test_malformed_user_file_names_file_and_problem(tmp_path, text, problem):
    bad = tmp_path / "bad.yaml"
    bad.write_text(text)
    with pytest.raises(ReferenceDataError) as err:
        read_entries(bad)
    assert "bad.yaml" in str(err.value) and problem in str(err.value)
