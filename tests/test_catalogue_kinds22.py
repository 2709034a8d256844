"""Catalogue classes of session 22 (graph/reference/data/organizations_parties.csv: ruling and main
parties of the states most in defence news; organizations_armed_groups.csv: designated and other armed
groups), each shown on invented sentences, with a sentence where a row must not take a longer name."""
from __future__ import annotations

import csv

from graph.reference import load_reference
from graph.reference.loader import DATA_DIR
from tests.extracted import node_labels as _labels


def test_every_new_row_names_its_source_and_country():
    for name in ("organizations_parties.csv", "organizations_armed_groups.csv"):
        with (DATA_DIR / name).open(encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        assert rows and all(r["source"] and r["country"] for r in rows), name


def test_parties_and_groups_are_organisations():
    ref = load_reference()
    assert [e.label for e in ref.lookup("Kuomintang")] == ["Organization"]
    assert [e.label for e in ref.lookup("Jaish al-Adl")] == ["Organization"]


def test_a_party_named_in_prose(pipeline):
    labels = _labels(pipeline, "The Kuomintang blocked the special defence budget, and the Democratic "
                               "Progressive Party called the vote reckless.")
    assert ("Organization", "Kuomintang") in labels
    assert ("Organization", "Democratic Progressive Party") in labels


def test_an_armed_group_named_in_prose(pipeline):
    labels = _labels(pipeline, "Gunmen of the New People's Army ambushed a patrol on Samar on Sunday.")
    assert ("Organization", "New People's Army") in labels


def test_a_longer_state_body_keeps_its_name(pipeline):
    labels = _labels(pipeline, "Uganda People's Defence Force troops crossed into Ituri last week.")
    assert not any(name.startswith("People's Defence Force") for _, name in labels)


def test_an_academy_of_the_catalogue(pipeline):
    labels = _labels(pipeline, "The admiral studied at the Britannia Royal Naval College and later taught at "
                               "the US Naval War College.")
    assert ("Organization", "Britannia Royal Naval College") in labels
    assert ("Organization", "Naval War College") in labels


def test_a_disambiguator_in_a_catalogue_name_is_no_seat(pipeline):
    from tests.extracted import text_edges

    edges = text_edges(pipeline, "India's new air chief, a graduate of the National Defence Academy in "
                                 "Khadakwasla, took over on Monday.", "2024-09-30")
    assert not any(s == "National Defence Academy (India)" and t == "BASED_IN" for s, t, _ in edges)
