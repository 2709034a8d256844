"""Entity kinds seen on held-out text (seventh session), each rule shown on invented sentences about
other countries: armed services written alone or by their Royal name, services of states whose name
takes "the", ranked names with particles, outlets and languages that are no actors, apposition places."""
from __future__ import annotations

from functools import partial

from tests.extracted import node_labels as _labels
from tests.extracted import node_names as _names
from tests.extracted import text_edges


# -- "the army", "the air force" alone: the article's country's service ------------------------------
def test_bare_service_is_the_article_country_service(pipeline):
    text = ("Kenyan President William Ruto replaced the commander of the air force on Friday. "
            "Kenya has flown its F-5 jets since the 1980s, and Kenya plans to replace them. "
            "The air force said the change was routine.")
    assert "Kenya Air Force" in _names(pipeline, text, "GovernmentBody")
    text = ("Chile will retire two frigates next year, Chilean officials said. Chile bought them in 2005. "
            "The navy said on Monday that the navy would keep their crews.")
    assert "Chilean Navy" in _names(pipeline, text, "GovernmentBody")


def test_bare_service_beside_another_state_is_left_alone(pipeline):
    text = ("Peru bought two patrol ships from South Korea. Peru paid in 2023 and Peru took the first in 2024. "
            "South Korea built them, and the navy of neither state commented while the navy trained with Japan.")
    assert not any("Navy" in n for n in _names(pipeline, text, "GovernmentBody"))
    text = ("Ghana and Togo held talks on border security in Accra on Tuesday. "
            "The army will send engineers, officials said.")
    assert not any("Army" in n for n in _names(pipeline, text, "GovernmentBody"))


def test_service_word_before_an_office_names_no_service(pipeline):
    """"the army chief" is no mention of the army: the chief stays tied to the state (the state's catalogued
    army, which the title implies, joins only beside that tie: tests/test_people_successions.py)."""
    edges = partial(text_edges, published="2024-05-02")

    text = ("Zambia named a new defence chief on Monday. Zambia also replaced the army chief, General Dennis "
            "Alibuzwi, and Zambia thanked him.")
    assert ("Dennis Alibuzwi", "AFFILIATED_WITH", "Zambia") in edges(pipeline, text)


# -- "the Royal Air Force" of a monarchy that is not Britain -------------------------------------------
def test_royal_service_of_the_article_country(pipeline):
    bodies = _names(pipeline, "Malaysia will buy 18 new jets for its fleet, Malaysian officials said, and Malaysia "
                              "expects the Royal Air Force to fly the first in 2026.", "GovernmentBody")
    assert "Royal Malaysian Air Force" in bodies and "Royal Air Force" not in bodies
    bodies = _names(pipeline, "Britain sent four Typhoons to Romania; the Royal Air Force will fly them from "
                              "Mihail Kogalniceanu.", "GovernmentBody")
    assert "Royal Air Force" in bodies


def test_services_missing_from_the_catalogue_by_their_own_names(pipeline):
    bodies = _names(pipeline, "The Royal New Zealand Navy sent a frigate to the exercise.", "GovernmentBody")
    assert bodies == {"Royal New Zealand Navy"}
    bodies = _names(pipeline, "Two Kuwait Air Force tankers refuelled the jets over the Gulf.", "GovernmentBody")
    assert bodies == {"Kuwait Air Force"}


def test_body_of_a_state_whose_name_takes_the(pipeline):
    bodies = _names(pipeline, "On Monday the Armed Forces of the Philippines moved troops to Palawan.",
                    "GovernmentBody")
    assert "Armed Forces of the Philippines" in bodies and "Armed Forces of Philippines" not in bodies


# -- ranked people whose names hold particles ---------------------------------------------------------
def test_ranked_name_with_particles(pipeline):
    people = _names(pipeline, "The regiment is led by Colonel Pieter van der Merwe, who spoke in Pretoria.", "Person")
    assert "Pieter van der Merwe" in people
    people = _names(pipeline, "The minister named General Carlos Alberto dos Santos Cruz to lead the mission.",
                    "Person")
    assert "Carlos Alberto dos Santos Cruz" in people


# -- outlets and languages are no actors ----------------------------------------------------------------
def test_outlet_is_no_person(pipeline):
    assert not _names(pipeline, "The decree appeared in the Official Gazette on Tuesday night.", "Person")
    assert "Harbour Tribune" not in _names(pipeline, "DURBAN, May 3 (Harbour Tribune) - South Africa ordered "
                                                     "two patrol boats.", "Person")


def test_language_is_no_country(pipeline):
    countries = _names(pipeline, "The agency, known by its French initials DGA, signed the contract with Greece.",
                       "Country")
    assert "France" not in countries and "Greece" in countries
    countries = _names(pipeline, "The drone's Turkish name means lightning; Ukraine ordered six.", "Country")
    assert "Turkey" not in countries


# -- a name in apposition to "the capital of" is a place -------------------------------------------------
def test_capital_in_apposition_is_a_place(pipeline):
    labels = _labels(pipeline, "The minister returned on Sunday from Ouahigouya Nord, the capital of the northern "
                               "region, where he had met local leaders.")
    assert not any(lab == "Person" for lab, _ in labels)


# -- lower-case words that belong to a place's name --------------------------------------------------
def test_region_word_after_a_place_name(pipeline):
    places = _names(pipeline, "Troops trained in the Ashanti region in the south last week.", "Place")
    assert "Ashanti region" in places and "Ashanti" not in places
    assert "Kurnool district" in _names(pipeline, "The pilot came from Kurnool district in Andhra Pradesh.", "Place")


def test_lower_case_station_after_a_place_name(pipeline):
    places = _names(pipeline, "The squadron moved its jets to the Kalaikunda air force station last year.", "Place")
    assert "Kalaikunda Air Force Station" in places
