"""An Organization or GovernmentBody named by an office ("Head of X", "Minister of Defence") or by a rank and a
first name ("General Tomas") is a post or a person, no body (graph/entities/office_names.py)."""
from __future__ import annotations

import pytest

from graph.entities.office_names import names_office, office_words
from tests.extracted import node_labels


def test_office_words_open_no_body_name():
    assert names_office("Head of Naval Capability", "Organization")
    assert names_office("Minister of Defence", "Organization") and names_office("the Minister of Finance", "GovernmentBody")
    assert names_office("Director of Naval Intelligence", "GovernmentBody")
    assert names_office("Honorary Air Commodore", "Organization")


def test_a_rank_and_a_first_name_is_no_organisation():
    assert names_office("General Tomas", "Organization") and names_office("Admiral JK Rowe", "Organization")


def test_bodies_named_after_a_rank_or_a_ministry_stay():
    assert not names_office("General Staff", "GovernmentBody") and not names_office("General Assembly", "Organization")
    assert not names_office("General Staff of the Armed Forces", "Organization")
    assert not names_office("Ministry of Defence", "GovernmentBody") and not names_office("Headquarters", "Organization")
    assert not names_office("General Tomas", "GovernmentBody")  # a rank alone rules only Organization


def test_other_labels_are_left_alone():
    assert not names_office("General Dynamics", "Company") and not names_office("Minister of Defence", "Person")


def test_every_row_has_a_kind():
    assert {"head", "minister"} <= office_words()["office"] and "general" in office_words()["rank"]


@pytest.mark.parametrize("text, gone", [
    ("CANBERRA, March 4, 2025 - The air force will take its first drones next year, said Air Vice-Marshal Jane Roe, "
     "the Head of Air Force Capability, on Tuesday.", "Head of Air Force Capability"),
    ("LAGOS, May 2, 2024 - The president was represented by the Minister of Defence, retired Major General John Doe, "
     "at the ceremony at the air base.", "Minister of Defence"),
])
def test_an_office_leaves_no_organisation(pipeline, text, gone):
    assert gone not in {n for _, n in node_labels(pipeline, text)}
