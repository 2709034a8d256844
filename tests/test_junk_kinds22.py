"""Kinds of junk and split nodes pooled over the dev halves' merged stores (session 22), each rule shown
on invented sentences about other countries, with a sentence where it must not fire: a violent incident
named by its place ("the 1999 Kargil war", "the Pahalgam attack") is an event, not a place; an
acronym in brackets after a catalogued body's long name in English that spells its name in another
language ("the Brazilian Air Force (FAB)") or given by ", known as X" is that body; a name set off by
commas before a country after "at"/"in" is a place; an era the text measures time from ("since the
Cold War") is no event."""
from __future__ import annotations

from tests.extracted import node_labels as _labels


# -- an incident named by its place ------------------------------------------------------------------
def test_place_war_is_an_event(pipeline):
    labels = _labels(pipeline, "Lessons from the 2016 Mosul war still shape how Iraq trains its troops.")
    assert ("Event", "Mosul war") in labels
    assert ("Place", "Mosul") not in labels


def test_place_attack_is_an_event_and_a_later_place_stays(pipeline):
    labels = _labels(pipeline, "Troops were sent north after the Mopti attack, which killed nine soldiers "
                               "at a checkpoint outside Mopti.")
    assert ("Event", "Mopti attack") in labels
    assert ("Place", "Mopti") in labels


def test_place_before_a_drone_attack_is_an_event(pipeline):
    labels = _labels(pipeline, "Jordan closed its airspace after the Aqaba drone attack on Sunday.")
    assert ("Event", "Aqaba drone attack") in labels


def test_place_war_modifying_a_noun_is_no_event(pipeline):
    labels = _labels(pipeline, "A Kargil war veteran now leads the regiment.")
    assert not any(label == "Event" and "war" in name for label, name in labels)


def test_country_war_is_no_new_event(pipeline):
    labels = _labels(pipeline, "Chile has watched the Peru war games closely.")
    assert not any(label == "Event" and name.startswith("Peru") for label, name in labels)


# -- an acronym in another language after a catalogued body's name ------------------------------------
def test_bracketed_foreign_acronym_joins_the_catalogued_body(pipeline):
    labels = _labels(pipeline, "The Brazilian Air Force (FAB) retired its last F-5 fighters on Friday. "
                               "The FAB will fly the Gripen from next year.")
    assert ("GovernmentBody", "Brazilian Air Force") in labels
    assert not any(name == "FAB" for _, name in labels)


def test_bracketed_country_code_stays_a_country(pipeline):
    labels = _labels(pipeline, "The Defence Equipment and Support agency (UK) signed the contract with Babcock.")
    assert not any(label == "GovernmentBody" and name == "UK" for label, name in labels)


# -- a name set off by commas before a country is a place in it ------------------------------------------
def test_name_before_a_comma_and_a_country_is_a_place(pipeline):
    labels = _labels(pipeline, "The engine plant at Vila Nova Serra, Brazil, will close next year.")
    assert ("Place", "Vila Nova Serra") in labels
    assert not any(label == "Organization" and name == "Vila Nova Serra" for label, name in labels)


def test_firm_before_a_country_possessive_stays_a_firm(pipeline):
    labels = _labels(pipeline, "The yard was sold to Hanwha Ocean, South Korea's biggest shipbuilder, last year.")
    assert not any(label == "Place" and name.startswith("Hanwha") for label, name in labels)


# -- an organisation's acronym given by "known as" ------------------------------------------------------
def test_known_as_acronym_is_the_firm(pipeline):
    labels = _labels(pipeline, "Andes Air Transport, known as ANTRA, has suspended flights to Bolivia. "
                               "ANTRA said one of its jets had been damaged.")
    assert not any(name == "ANTRA" for _, name in labels)


# -- an era measured from is no event of the article -----------------------------------------------------
def test_era_measured_from_is_no_event(pipeline):
    labels = _labels(pipeline, "Chile opened its biggest naval exercise since the Cold War off Valparaíso on Monday.")
    assert not any(name == "Cold War" for _, name in labels)
    assert any(label == "Event" for label, _ in labels)


def test_short_war_stays(pipeline):
    labels = _labels(pipeline, "Peru's navy has not lost a ship since the Falklands War, its commander said.")
    assert ("Event", "Falklands War") in labels
