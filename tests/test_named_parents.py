"""PART_OF from a company named by another company's whole name and more words
(graph/relations/families/named_parents.py), on invented sentences."""
from __future__ import annotations

from functools import partial

import pytest

from graph.relations.families.named_parents import _owner_of
from tests.extracted import text_edges

edges = partial(text_edges, published="2024-05-02")
NOT_PART = {"asa", "holdings", "group", "inc"}


@pytest.mark.parametrize("name,owners,expected", [
    ("Saab Dynamics", {"Saab": "s"}, "s"),  # a division named by its owner's name
    ("Thales Alenia Space", {"Thales": "t", "Thales Alenia": "ta"}, "ta"),  # the longest owner name
    ("Philly Shipyard ASA", {"Philly Shipyard": "p"}, None),  # a legal form: the listed parent
    ("Hanwha Holdings", {"Hanwha": "h"}, None),  # a holding names the parent, not a part
    ("Saabco", {"Saab": "s"}, None),  # a whole word, not a prefix of one
    ("BAE Systems", {"BA": "b"}, None),  # an initialism too short to stand as an owner
])
def test_owner_of(name, owners, expected):
    assert _owner_of(name, owners, NOT_PART) == expected


def test_named_division_in_text(pipeline):
    found = edges(pipeline, "Airbus said on Monday that Airbus Helicopters would deliver twelve H145M "
                            "helicopters to the Ruritanian Air Force next year. Airbus also builds the A400M.")
    assert ("Airbus Helicopters", "PART_OF", "Airbus") in found


def test_joint_venture_is_no_part(pipeline):
    found = edges(pipeline, "Thales said on Monday that Thales Alenia Space would build the satellite.")
    assert ("Thales Alenia Space", "PART_OF", "Thales") not in found


def test_name_cut_before_and_is_no_part(pipeline):
    text = ("Airbus opened a plant in Pune. Airbus expects more orders. The head of Airbus India and South Asia "
            "said the line would open next year.")
    assert ("Airbus India", "PART_OF", "Airbus") not in edges(pipeline, text)
