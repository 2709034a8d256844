"""Names of firms (session 13, ent13b), on invented sentences with one where the rule must not fire: a
firm's name goes on after "and" when the words after it name a line of business, not a second firm."""
from __future__ import annotations

from tests.extracted import node_labels as _labels


# -- a firm's name after "and" -------------------------------------------------------------------------
def test_firm_name_goes_on_after_and(pipeline):
    labels = _labels(pipeline, "The ministry hired Halden Marine Systems and Services to maintain the boats.")
    assert ("Company", "Halden Marine Systems and Services") in labels
    assert ("Company", "Halden Marine Systems") not in labels


def test_second_firm_after_and_stays_apart(pipeline):
    labels = _labels(pipeline, "BAE Systems and Thales signed the agreement in London.")
    assert {("Company", "BAE Systems"), ("Company", "Thales")} <= labels
    labels = _labels(pipeline, "Lockheed Martin and Raytheon will share the work on the missile.")
    assert {("Company", "Lockheed Martin"), ("Company", "Raytheon")} <= labels


def test_catalogued_ampersand_firm_written_with_and(pipeline):
    labels = _labels(pipeline, "The corvettes are built by Garden Reach Shipbuilders and Engineers in Kolkata.")
    assert ("Company", "Garden Reach Shipbuilders & Engineers") in labels
