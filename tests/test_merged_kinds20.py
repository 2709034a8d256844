"""Kinds of duplicate nodes in a merged store (session 20), each rule on invented sentences and a case
where it must not fire: a region's bare name beside "X Oblast" / "X Province" is the region; a place
naming an unnamed unit's home is no place; a German firm coordinated with "- und" is one name; an
airport's or a base's town named alone is the base; an adjective before a noun is no place."""
from __future__ import annotations

from tests.extracted import node_labels as _labels
from tests.extracted import node_names as _names


# -- a region's bare name ---------------------------------------------------------------------------
def test_bare_name_beside_its_oblast_is_the_region(pipeline):
    text = ("Drones hit a fuel depot in the Tambov Oblast overnight, the governor said. "
            "Firefighters were still working in Tambov on Friday.")
    names = _names(pipeline, text)
    assert "Tambov Oblast" in names and "Tambov" not in names


def test_bare_name_beside_its_province_is_the_region(pipeline):
    text = ("Floods forced thousands from their homes in Surin Province this week. "
            "Soldiers from the army's engineer corps reached Surin by boat on Tuesday.")
    names = _names(pipeline, text)
    assert "Surin" not in names


def test_town_of_the_same_name_stays_a_place(pipeline):
    text = ("Shelling hit villages across the Tambov Oblast overnight. "
            "Rescue teams set up a field hospital in the town of Tambov on Friday.")
    names = _names(pipeline, text)
    assert "Tambov" in names


def test_town_near_which_something_happens_stays_a_place(pipeline):
    text = ("The governor of the Tambov Oblast said the strike hit a depot. "
            "Troops dug in near Tambov after the strike.")
    assert "Tambov" in _names(pipeline, text)


def test_bare_name_without_a_region_stays(pipeline):
    assert ("Place", "Tambov") in _labels(pipeline, "Rescue teams set up a field hospital in Tambov on Friday.")


# -- a place naming an unnamed unit's home ----------------------------------------------------------
def test_place_before_a_lower_case_unit_noun_is_dropped(pipeline):
    text = "The Toulon naval fire battalion marched past the stand, followed by the cadets."
    assert ("Place", "Toulon") not in _labels(pipeline, text)
    text = "Colonel Arvind Rao, commanding officer of the 12 Assam battalion, was wounded in the clash."
    assert ("Place", "Assam") not in _labels(pipeline, text)


def test_place_beside_a_unit_noun_elsewhere_stays(pipeline):
    text = "In Toulon, the battalion marched past the stand before the cadets."
    assert ("Place", "Toulon") in _labels(pipeline, text)
    text = "The Assam Regiment marched past the stand in Toulon."
    assert ("Place", "Toulon") in _labels(pipeline, text)


# -- German firm names coordinated with a hyphen ----------------------------------------------------
def test_hyphen_coordinated_firm_is_one_name(pipeline):
    text = "The radar maker Kestrel has completed its takeover of Brandt Funktechnik- und Vertriebs-GmbH on Monday."
    names = _names(pipeline, text)
    assert "Brandt Funktechnik- und Vertriebs-GmbH" in names and "Vertriebs-GmbH" not in names and "Brandt" not in names
    names = _names(pipeline, "Airbus bought a stake in Rohde Mess- und Regeltechnik GmbH last year.")
    assert "Regeltechnik" not in names and "Rohde" not in names


def test_hyphen_pair_without_a_legal_form_is_no_firm(pipeline):
    names = _names(pipeline, "The UN- and Turkish-brokered grain deal lapsed in July, Ankara said.", label="Company")
    assert not names


# -- an airport's or a base's town named alone ------------------------------------------------------
def test_airport_last_word_and_hyphen_half_are_the_base(pipeline):
    names = _names(pipeline, "The jets landed at Washington Dulles International Airport. At Dulles the crews rested.")
    assert "Dulles" not in names
    names = _names(pipeline, "The MiG-29s left Malacky-Kuchyňa Air Base for good. At Kuchyňa the runway is being rebuilt.")
    assert "Kuchyňa" not in names and "Malacky-Kuchyňa Air Base" in names


def test_airport_first_word_stays_its_own(pipeline):
    labels = _labels(pipeline, "The envoy landed at Washington Dulles International Airport. Washington said the "
                               "jets were ready.")
    assert ("Country", "United States") in labels


# -- an adjective taken for a place -----------------------------------------------------------------
def test_adjective_before_a_noun_is_no_place(pipeline):
    names = _names(pipeline, "The choice meant Norway would drive the same tanks as its Nordic neighbours.")
    assert "Nordic" not in names


def test_town_the_tagger_reads_as_an_adjective_stays(pipeline):
    names = _names(pipeline, "The port at Ziguinchor went first, and the Mbour station on July 1.")
    assert "Mbour" in names
    assert ("Place", "Kursk") in _labels(pipeline, "Troops massed for the Kursk offensive in August.")
