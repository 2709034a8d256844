"""Goods told by a noun of handing over ("deliveries of X to Y began", "completed the handover of X to Y"):
families/handed_over.py, with invented sentences through the real pipeline."""
from __future__ import annotations

import pytest

from tests.extracted import stage_of, text_edges


@pytest.mark.parametrize("text,source,type_,target,stage", [
    # begun or the first of a batch -> delivering
    ("Deliveries of the K9 Thunder howitzers to Latvia began in April.", "Latvia", "OPERATES", "K9", "delivering"),
    ("The handover of the first F-35A fighters to Belgium took place in Fort Worth.", "Belgium", "OPERATES", "F-35",
     "delivering"),
    # completed -> delivered, the subject of the completing verb supplies
    ("Fincantieri completed the delivery of two FREMM frigates to the Egyptian Navy in 2021.", "Fincantieri",
     "SUPPLIES", "Egypt", "delivered"),
    ("Sweden completed the transfer of the Archer howitzers to Ukraine last spring.", "Sweden", "SUPPLIES",
     "Ukraine", "delivered"),
    # a demonym on the goods names their state
    ("Deliveries of the Turkish Bayraktar TB2 drones to Kenya started last month.", "Turkey", "SUPPLIES", "Kenya",
     "delivering"),
    # put ahead -> ordered
    ("Deliveries of the Rafale jets to Serbia are due to start in 2028.", "Serbia", "OPERATES", "Rafale", "ordered"),
])
def test_handover_noun(pipeline, text, source, type_, target, stage):
    assert stage_of(pipeline, text, source, type_, target, "2024-06-03") == stage


@pytest.mark.parametrize("text,holder", [
    # only possible, halted or denied: no handover
    ("Deliveries of the K9 Thunder howitzers to Latvia could begin next year.", "Latvia"),
    ("Germany halted the transfer of Leopard 2 tanks to Turkey.", "Turkey"),
    ("A possible transfer of Gripen fighters to Colombia was discussed.", "Colombia"),
    ("Hanwha did not complete the delivery of K9 Thunder howitzers to Latvia.", "Latvia"),
])
def test_no_handover(pipeline, text, holder):
    edges = text_edges(pipeline, text, "2024-06-03")
    assert not any(holder in (s, t) for s, typ, t in edges if typ in {"SUPPLIES", "OPERATES"}), edges


def test_no_platform_no_handover(pipeline):
    """A transfer of technology or of ammunition moves no platform: nothing is operated."""
    edges = text_edges(pipeline, "The transfer of technology to India is part of the agreement with France.",
                       "2024-06-03")
    assert not any(typ in {"SUPPLIES", "OPERATES"} for _, typ, _ in edges), edges


@pytest.mark.parametrize("text,sold", [
    # a letter of offer and acceptance is the contract of a government-to-government sale: its "with" party sells
    ("Qatar signed a letter of offer and acceptance with the United States for 12 MQ-9B drones.", True),
    ("Qatar has not signed a letter of offer and acceptance with the United States for 12 MQ-9B drones.", False),
])
def test_letter_of_acceptance(pipeline, text, sold):
    edges = text_edges(pipeline, text, "2024-06-03")
    assert (("United States", "SUPPLIES", "Qatar") in edges) is sold, edges
