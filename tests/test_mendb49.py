"""mendb49: the review49 findings ol05 (listed platforms across owners) and jk13 (a body named after a rank word).
Invented sentences; each case failed before the mend."""
from __future__ import annotations

import pytest

from graph.entities.office_names import names_office
from tests.extracted import node_names, text_edges

_D = "2025-11-17"


@pytest.mark.parametrize("text,holder,platform", [
    # "alongside" sets two forces' kit side by side: no list (review49 ol05)
    ("Exercise Garuda featured Indian Su-30MKI jets alongside A330 MRTT tankers of the French Air and Space Force.",
     "French Air and Space Force", "Su-30MKI"),
    ("Exercise Garuda featured Indian Su-30MKI jets alongside Rafale fighters of the French Air and Space Force.",
     "French Air and Space Force", "Su-30MKI"),
    # a demonym names the first item's own holder: the "of" holder of the last item is not shared with it
    ("The drill featured Indian Su-30MKI jets and A330 MRTT tankers of the French Air and Space Force.",
     "French Air and Space Force", "Su-30MKI"),
    ("Exercise Garuda featured Indian Su-30MKI jets and A330 MRTT tankers of the French Air and Space Force.",
     "French Air and Space Force", "Su-30MKI"),
])
def test_an_owned_item_ends_the_list(pipeline, text, holder, platform):
    edges = text_edges(pipeline, text, _D)
    assert (holder, "OPERATES", platform) not in edges, edges


@pytest.mark.parametrize("name", [
    "General Security", "General Intelligence Service", "General Intelligence Presidency", "General Customs",
    "General Prosecutor", "General Police", "General Service Unit",
])
def test_a_rank_word_before_a_field_of_government_names_a_body(name):
    assert not names_office(name, "Organization")


@pytest.mark.parametrize("text,name", [
    ("Lebanon's General Security arrested two men near the Syrian border on Friday.", "General Security"),
])
def test_the_agency_stays(pipeline, text, name):
    assert name in node_names(pipeline, text, published=_D)
