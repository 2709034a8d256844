"""Names of firms and services (session 13, ent13b), on invented sentences with one where the rule must
not fire: a firm's name goes on after "and" when the words after it name a line of business, not a
second firm; a state's service used as a modifier ("navy boats") is still the service."""
from __future__ import annotations

from test_entity_kinds import _labels


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


# -- a service as a modifier ---------------------------------------------------------------------------
def test_service_as_modifier_is_the_service(pipeline):
    labels = _labels(pipeline, "Coast guard crews boarded Philippine navy boats during the resupply run.")
    assert ("GovernmentBody", "Philippine Navy") in labels
    labels = _labels(pipeline, "Two Chilean air force jets escorted the airliner.")
    assert ("GovernmentBody", "Chilean Air Force") in labels


def test_military_as_modifier_is_no_body(pipeline):
    labels = _labels(pipeline, "The deal covers Indian military aircraft and trucks.")
    assert not {lab for lab, _ in labels} & {"GovernmentBody"}
