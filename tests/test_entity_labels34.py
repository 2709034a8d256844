"""Labels of names chosen from counts pooled over the thirty-one development halves (session 34), each shown
on invented sentences about other countries and a sentence where it must not fire: a firm's English last
word ("Shipping", "Management", "Ammunition") makes a name the NER read as a person's, a place's or an
organisation's a Company; an "... Authority" no catalogue knows is a state's GovernmentBody."""
from __future__ import annotations

from tests.extracted import node_labels as _labels


# -- a firm's last word --------------------------------------------------------------------------------
def test_a_shipping_or_management_firm_is_a_company(pipeline):
    labels = _labels(pipeline, "The bulk carrier is owned by Vardis Shipping of Piraeus. Talvik Management "
                               "bought two tankers from a Korean yard last year.")
    assert ("Company", "Vardis Shipping") in labels and ("Company", "Talvik Management") in labels
    assert ("Person", "Talvik Management") not in labels


def test_an_ammunition_maker_is_no_place(pipeline):
    labels = _labels(pipeline, "Colombia ordered rifle rounds from Norland Ammunition and Tarrow Ammunition "
                               "for its police.")
    assert ("Company", "Norland Ammunition") in labels and ("Place", "Norland Ammunition") not in labels


def test_a_chamber_of_shipping_stays_a_body(pipeline):
    labels = _labels(pipeline, "The Baltic Chamber of Shipping protested against the new port fees in Riga.")
    assert not any(label == "Company" and "Shipping" in name for label, name in labels)


# -- a state's authority ---------------------------------------------------------------------
def test_an_authority_is_a_state_body(pipeline):
    labels = _labels(pipeline, "Chile's Maritime Safety Authority closed the port of Valparaiso on Monday.")
    assert ("GovernmentBody", "Maritime Safety Authority") in labels or \
        any(label == "GovernmentBody" and "Authority" in name for label, name in labels)
