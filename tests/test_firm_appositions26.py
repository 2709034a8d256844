"""An apposition that calls a name a joint venture, a subsidiary, a consortium or a group of a line of
business makes it a firm, whatever the NER guessed (graph/mentions/component.py ``_described_as_firm``);
a relative clause after the apposition's head does not. Sentences written for these tests."""
from __future__ import annotations

from tests.extracted import node_labels


def _label(pipeline, text: str, name: str) -> str | None:
    return next((label for label, n in node_labels(pipeline, text, "2024-03-01") if n == name), None)


def test_a_joint_venture_is_a_firm(pipeline):
    assert _label(pipeline, "The two groups launched Skyforge, the joint venture that will design the engine.",
                  "Skyforge") == "Company"
    assert _label(pipeline, "The engine came from MotorJet, a joint venture of Safran and a Russian firm.",
                  "MotorJet") == "Company"


def test_a_consortium_and_a_shipping_group_are_firms(pipeline):
    assert _label(pipeline, "Designed by Tornavia, a consortium of British and Italian industry, the jet "
                            "first flew in 1974.", "Tornavia") == "Company"
    assert _label(pipeline, "The ship is tied to Marlow Car Carriers, a shipping group controlled by a "
                            "businessman.", "Marlow Car Carriers") == "Company"


def test_a_town_described_by_a_firms_possessive_stays_a_place(pipeline):
    assert _label(pipeline, "The jets are assembled in Toulouse, the company's home town, and flown to Spain.",
                  "Toulouse") == "Place"


def test_a_subsidiary_in_a_relative_clause_is_not_the_heads(pipeline):
    label = _label(pipeline, "Pierre Dumas of FRANTEX, the French land industry association whose subsidiary "
                             "Expo Events runs the show, spoke on Monday.", "FRANTEX")
    assert label != "Company"
