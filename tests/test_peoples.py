"""A people's name ("Tigrayan towns", "a Sunni Baluch militant group", "Tuareg-led separatists") is no place, platform,
person or state of the article (graph/entities/peoples.py); places, states and firms of similar names stay."""
from __future__ import annotations

import csv

from graph.entities.peoples import group_words, people_name
from graph.reference.offices import DATA_DIR
from tests.extracted import node_labels


def test_group_names_and_their_compounds():
    assert all(people_name(n) for n in ("Masalit", "Sunni Baluch", "Tigrayans", "Kurdish-led", "the Druze", "Alawite"))


def test_places_and_names_that_hold_another_word_stay():
    assert not any(people_name(n) for n in ("Kidal", "Shan", "Kachin", "Afar", "Tigray", "Kurdistan Region",
                                            "Baluchistan", "Darfur", "Turkic Council", ""))


def test_every_row_has_a_kind_and_a_source_and_no_region_word():
    rows = list(csv.DictReader((DATA_DIR / "ethnic_groups.csv").read_text(encoding="utf-8").splitlines()))
    assert rows and all(r["kind"] in {"ethnic", "religious"} and r["source"].strip() for r in rows)
    assert not {"shan", "kachin", "afar", "rakhine", "somali", "sami"} & group_words()


def test_a_people_beside_towns_and_fighters_is_no_place(pipeline):
    text = ("ADDIS ABABA, March 4, 2025 - Fighting flared again around Tigrayan towns on Monday, and Oromo "
            "militants said they had taken a road near Nekemte.")
    labels = node_labels(pipeline, text)
    assert not {n for _, n in labels} & {"Tigrayan", "Oromo"}


def test_a_religious_and_ethnic_pair_is_no_place(pipeline):
    text = ("ISLAMABAD, May 6, 2025 - Pakistan said a Sunni Baluch armed group had attacked a convoy near Turbat, "
            "and that the Druze and other communities in the north were safe.")
    labels = node_labels(pipeline, text)
    assert ("Country", "Pakistan") in labels
    assert not {n for _, n in labels} & {"Sunni Baluch", "Druze"}
