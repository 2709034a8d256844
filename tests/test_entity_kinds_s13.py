"""Kinds of junk and duplicate nodes of the merged development stores (session 13), each shown on
invented sentences with one where the rule must not fire: a capital that reads or is aimed at a fact
is its state (the city node beside the country was a duplicate); a sea's or region's name before
"coast", "leaders" is a word of a description; an institute's name goes on after "on"/"for"; a
"Shipbuilding Agreement" is no firm; a firm styled in lower case."""
from __future__ import annotations

from tests.extracted import node_labels as _labels


# -- a capital standing for its state ----------------------------------------------------------------
def test_capital_that_reads_a_fact_is_the_state(pipeline):
    labels = _labels(pipeline, "The arrest was widely read in Ankara as a warning to the generals.")
    assert ("Country", "Turkey") in labels and ("Place", "Ankara") not in labels
    labels = _labels(pipeline, "The purchase is unlikely to go down well in Tehran, diplomats said.")
    assert ("Country", "Iran") in labels and ("Place", "Tehran") not in labels


def test_capital_aimed_at_is_the_state(pipeline):
    labels = _labels(pipeline, "The drill was aimed as much at Beijing as at Hanoi, a Manila analyst said.")
    assert {("Country", "China"), ("Country", "Vietnam")} <= labels
    assert not {("Place", "Beijing"), ("Place", "Hanoi")} & labels


def test_officials_in_capitals_are_states(pipeline):
    labels = _labels(pipeline, "The plan worried officials in Cairo and Amman, the envoy said.")
    assert {("Country", "Egypt"), ("Country", "Jordan")} <= labels


def test_reaction_noun_before_a_capital(pipeline):
    labels = _labels(pipeline, "The test launch caused alarm in Tokyo on Friday.")
    assert ("Country", "Japan") in labels and ("Place", "Tokyo") not in labels


def test_capital_where_something_happens_stays_the_city(pipeline):
    assert ("Place", "Cairo") in _labels(pipeline, "The two ministers met in Cairo on Tuesday.")
    assert ("Place", "Ankara") in _labels(pipeline, "The frigate was seen in Ankara's harbour museum last year, "
                                                    "and the deal was signed in Ankara.")


# -- a sea's or region's name as a word of a description ---------------------------------------------
def test_region_before_a_description_noun_is_no_place(pipeline):
    labels = _labels(pipeline, "Several Caribbean leaders backed the plan for the Atlantic coast of Guyana.")
    assert not {n for label, n in labels if label == "Place"} & {"Caribbean", "Atlantic Ocean"}


def test_region_as_a_place_stays(pipeline):
    labels = _labels(pipeline, "The destroyer will patrol the Caribbean until May.")
    assert ("Place", "Caribbean") in labels


def test_a_sea_named_in_full_before_a_description_noun_stays(pipeline):
    labels = _labels(pipeline, "Oman will fly the new patrol aircraft along its Arabian Sea coastline.")
    assert ("Place", "Arabian Sea") in labels


# -- an institute's name after "on"/"for" ------------------------------------------------------------
def test_institute_name_goes_on_after_on(pipeline):
    labels = _labels(pipeline, "Maria Costa, a researcher at the Lisbon Observatory on Naval Industry, said "
                               "the yard was full.")
    assert ("Organization", "Lisbon Observatory on Naval Industry") in labels
    assert not any(n in {"Naval Industry", "Lisbon Observatory"} for _, n in labels)


def test_institute_tail_stops_at_a_date(pipeline):
    names = {n for _, n in _labels(pipeline, "Analysts at the Lima Institute on Thursday published a study.")}
    assert not any(n.endswith("Thursday") for n in names)


# -- agreements and lower-case firms -----------------------------------------------------------------
def test_agreement_named_after_a_trade_is_no_firm(pipeline):
    labels = _labels(pipeline, "Chile and Spain signed a Naval Shipbuilding Agreement in Madrid.")
    assert not any(label == "Company" for label, _ in labels)


def test_firm_styled_in_lower_case(pipeline):
    labels = _labels(pipeline, "The submarines will be built by thyssenkrupp Marine Systems in Kiel.")
    assert ("Company", "ThyssenKrupp Marine Systems") in labels
    assert ("Company", "Marine Systems") not in labels


# -- a month or a weekday is no platform ------------------------------------------------------------
def test_month_and_weekday_are_no_platforms(pipeline):
    labels = _labels(pipeline, "Iran fired missiles at the base in June. An official had said on Friday that "
                               "Ukrainian drones were active near the airport.")
    assert not {n for _, n in labels} & {"June", "Friday"}
