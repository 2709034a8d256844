"""National chambers known by their own name (reference data, graph/reference/data/
government_bodies_legislatures.csv): India's two houses, Iceland's Althing, Turkmenistan's two chambers and
Japan's Diet by its short name are government bodies, not places or nothing. Invented sentences."""
from __future__ import annotations

import pytest

from tests.extracted import node_labels


def bodies(pipeline, text: str) -> set[str]:
    return {n for lab, n in node_labels(pipeline, text, "2025-04-02") if lab == "GovernmentBody"}


@pytest.mark.parametrize("text, body", [
    ("The bill passed the Lok Sabha on Tuesday, India's government said.", "Lok Sabha"),
    ("The treaty goes to the Rajya Sabha next week, officials in New Delhi said.", "Rajya Sabha"),
    ("Iceland's prime minister told the Althing that coast guard patrols would continue.", "Althing"),
    ("The Halk Maslahaty approved the new military doctrine in Ashgabat on Friday.", "Halk Maslahaty"),
    ("The Diet approved the defence budget on Friday, the Japanese cabinet said.", "National Diet"),
])
def test_a_chamber_known_by_its_own_name_is_a_body(pipeline, text, body):
    assert body in bodies(pipeline, text)


def test_a_chamber_is_no_place(pipeline):
    text = "Members of the Lok Sabha and the Rajya Sabha debated the new procurement rules in New Delhi."
    places = {n for lab, n in node_labels(pipeline, text, "2025-04-02") if lab == "Place"}
    assert not {"Lok Sabha", "Rajya Sabha"} & places
