"""Kinds of junk and split nodes of the merged fresh7 store (session 10), each rule shown on invented
sentences about other countries, with a sentence where it must not fire: calendar days taken for
events; a place glued as the tail of a hyphenated adjective ("Euro-Atlantic"); ocean regions;
inquiries named "Commission into X and Y"; documents and firms taken for people; bare compass
words; "<name> port"; Korean place suffixes; a firm named in full and by its first words."""
from __future__ import annotations

from tests.extracted import node_labels as _labels
from tests.extracted import node_names as _names


def _events(pipeline, text: str) -> set[str]:
    return {n for label, n in _labels(pipeline, text) if label == "Event"}


# -- a day of the calendar is no event ---------------------------------------------------------------
def test_calendar_day_alone_is_no_event(pipeline):
    assert not _events(pipeline, "Officials in Tallinn said the new brigade would be ready by New Year's Eve.")
    assert not _events(pipeline, "Peru's navy will commission the corvette on Navy Day, its commander said.")


def test_day_parade_stays_an_event(pipeline):
    events = _events(pipeline, "Troops marched through Lima for the Independence Day parade on Sunday, and "
                               "the parade closed with a flypast.")
    assert any("parade" in e for e in events)


# -- a place glued into a hyphenated adjective -------------------------------------------------------
def test_hyphenated_adjective_keeps_the_long_name_whole(pipeline):
    labels = _labels(pipeline, "Ana Ruiz of the Quito Centre for Euro-Atlantic Studies said the vote was close.")
    assert ("Organization", "Quito Centre for Euro-Atlantic Studies") in labels
    assert not any(n == "Atlantic Ocean" for _, n in labels)
    assert "Pacific Ocean" not in _names(pipeline, "Malaysia backs trans-Pacific trade, its minister said.")


def test_two_states_joined_by_a_hyphen_stay_two(pipeline):
    names = _names(pipeline, "The Moscow-Minsk rail link reopened, and the Russia-Belarus treaty was signed.")
    assert {"Russia", "Belarus"} <= names


def test_ocean_region_is_its_own_place(pipeline):
    names = _names(pipeline, "The Peruvian frigate sailed to the South Pacific for a drill with Fiji.")
    assert "South Pacific" in names and "Pacific Ocean" not in names


# -- long names cut at "and", names of inquiries, documents and firms -------------------------------
def test_inquiry_into_two_subjects_is_one_name(pipeline):
    labels = _labels(pipeline, "Canada set up the Royal Commission into Procurement and Veteran Housing in May.")
    names = {n for _, n in labels}
    assert "Royal Commission into Procurement and Veteran Housing" in names
    assert "Veteran Housing" not in names and "Royal Commission" not in names


def test_declaration_is_no_person(pipeline):
    labels = _labels(pipeline, "The leaders adopted the Halifax Declaration on Friday.")
    assert not any(label == "Person" for label, _ in labels)


def test_firm_with_general_and_a_legal_suffix_is_no_general(pipeline):
    labels = _labels(pipeline, "The drones were bought from General Robotics Holdings, a private firm.")
    assert not any(label == "Person" for label, _ in labels)
    assert ("Company", "General Robotics Holdings") in labels


# -- places ------------------------------------------------------------------------------------------
def test_compass_word_alone_is_no_place(pipeline):
    names = _names(pipeline, "Japan will help South-East Asian coast guards buy patrol boats.")
    assert "South-East" not in names


def test_named_port_is_the_port(pipeline):
    names = _names(pipeline, "A Chinese firm runs the Gwadar port on a long lease, and ships now wait at the "
                             "Port of Gwadar for days.")
    assert "Port of Gwadar" in names and "Gwadar" not in names


def test_korean_place_suffix_stays_on_the_name(pipeline):
    names = _names(pipeline, "Eight bombs fell on the Idong-ri area of Pocheon, injuring villagers.")
    assert "Idong-ri" in names and "Idong" not in names


# -- one firm named in full and by its first words ------------------------------------------------
def test_short_names_of_an_uncatalogued_firm_are_one_node(pipeline):
    labels = _labels(pipeline, "Hensoldt agreed to buy Kestrel Marine Systems, a Tasmanian boat builder. "
                               "Kestrel Marine employs 400 people, and Kestrel said sales rose.")
    kestrel = {n for label, n in labels if n.startswith("Kestrel")}
    assert kestrel == {"Kestrel Marine Systems"}


def test_two_firms_sharing_a_first_word_stay_two(pipeline):
    names = _names(pipeline, "Orion Aerospace Works and Orion Naval Yards signed a deal, Orion Naval Yards said.")
    assert {"Orion Aerospace Works", "Orion Naval Yards"} <= names


# -- named occasions ------------------------------------------------------------------------------
def test_state_visit_stays_an_event(pipeline):
    events = _events(pipeline, "Kenya's president arrived in Accra on Monday for a state visit. The visit is "
                               "his first to Ghana.")
    assert any("state visit" in e for e in events)
