"""Guards on platform descriptions resolved across sentences (disc28b), on invented sentences: a described
platform's maker named by "by" is a firm or a state body, not a state; a part named before a goods pronoun is what it
stands for; a named operation is no display event; with two platforms of the kind named near, only the name
that is the subject of the sentence before tells which one "the tanks" are."""
from __future__ import annotations

from functools import partial

from tests.extracted import corefs, text_edges

edges = partial(text_edges, published="2025-03-01")


def test_a_described_platform_owned_by_a_state_is_not_made_by_it(pipeline):
    text = "Peru ordered 24 Gripen fighters in 2025. The jets will be built and owned outright by the republic."
    assert not [e for e in edges(pipeline, text) if e[1] == "MANUFACTURES"]


def test_a_described_platform_developed_by_a_state_body_is_made_by_its_state(pipeline):
    text = ("Iraq ordered the KM-SAM in 2024. The system was developed by South Korea's Agency for Defense "
            "Development.")
    assert ("South Korea", "MANUFACTURES", "KM-SAM") in edges(pipeline, text)


def test_a_described_platform_built_by_a_firm_is_made_by_it(pipeline):
    text = "Peru ordered 24 Gripen fighters in 2025. The jets will be built by Saab in Linkoping."
    assert ("Saab", "MANUFACTURES", "Gripen") in edges(pipeline, text)


def test_a_part_named_before_the_pronoun_is_what_is_handed_over(pipeline):
    text = ("Chile ordered two Type 26 frigates in 2024. The ships spent a year on the slipway. Their engines come "
            "from Rolls-Royce; Chile bought the engines and handed them to Brazil.")
    assert ("Brazil", "OPERATES", "Type 26 frigate") not in edges(pipeline, text)


def test_two_tank_types_near_and_neither_the_subject_before(pipeline):
    text = ("Germany pledged Leopard 2 tanks to Ukraine in January. The United States will send M1 Abrams tanks. "
            "Moscow called the decision an escalation. The tanks were built by Krauss-Maffei Wegmann.")
    assert not [c for c in corefs(pipeline, text) if c[0] == "tanks"]


def test_two_tank_types_near_and_one_the_subject_before(pipeline):
    text = ("Germany pledged Leopard 2 tanks to Ukraine in January. Washington will add some M1 Abrams tanks. "
            "The Leopards will arrive in March. The tanks were built by Krauss-Maffei Wegmann.")
    assert ("tanks", "Leopard 2") in corefs(pipeline, text)
