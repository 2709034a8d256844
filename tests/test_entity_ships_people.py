"""Entity kinds of session 8, each on sentences written for the test: named ships after a ship noun
(and their short form later), a person named right after a speech verb, an institute named "X Forum"
where a person works, and a research unit named by its field."""
from __future__ import annotations

from graph.text import Document
from tests.extracted import node_labels as _labels


def _platforms(pipeline, text: str) -> dict[str, str | None]:
    g = pipeline.process(Document.from_text(text))
    return {d["name"]: d.get("category") for _, d in g.nodes(data=True) if d.get("label") == "Platform"}


# -- named ships -------------------------------------------------------------------------------------
def test_ship_noun_names_the_ship(pipeline):
    ships = _platforms(pipeline, "The Indonesian Navy sent the frigate Bung Tomo and the tanker Arun to the drill "
                                 "off Sulawesi.")
    assert ships.get("Bung Tomo") == "naval_vessel" and ships.get("Arun") == "naval_vessel"
    labels = _labels(pipeline, "The Indonesian Navy sent the frigate Bung Tomo and the tanker Arun to the drill.")
    assert ("Person", "Bung Tomo") not in labels


def test_ship_named_after_a_city_after_its_class(pipeline):
    ships = _platforms(pipeline, "The Chinese navy sent the Type 052D destroyer Xining and the Type 054A frigate "
                                 "Yancheng to the Gulf of Aden.")
    assert {"Xining", "Yancheng"} <= set(ships)
    assert ("Place", "Xining") not in _labels(pipeline, "The Chinese navy sent the Type 052D destroyer Xining.")


def test_ship_prefix_initials_and_numeral_kept(pipeline):
    ships = _platforms(pipeline, "The Kenyan Navy committed the patrol vessel KNS Jasiri I and the destroyer "
                                 "USS John S. McCain sailed to Guam.")
    assert "KNS Jasiri I" in ships and "USS John S. McCain" in ships


def test_ship_name_runs_on_past_particles_titles_and_hyphens(pipeline):
    text = ("The Spanish Navy sent the frigate ESPS Blas de Lezo, and a task group led by HMS Duke of York and "
            "the destroyer ROKS Yang Man-chun joined it off Crete.")
    ships = _platforms(pipeline, text)
    assert {"ESPS Blas de Lezo", "HMS Duke of York", "ROKS Yang Man-chun"} <= set(ships)
    labels = _labels(pipeline, text)
    assert ("Place", "York") not in labels and ("Platform", "HMS Duke") not in labels


def test_ship_name_stops_before_of_and_a_state(pipeline):
    ships = _platforms(pipeline, "The destroyer INS Kolkata of India docked at Colombo on Monday.")
    assert "INS Kolkata" in ships and not any(" of " in s for s in ships)


def test_ship_named_again_is_the_same_ship(pipeline):
    text = ("Moscow has sent the frigate Admiral Makarov to the drill. Officials said the Admiral Makarov "
            "would stay in port for a week.")
    labels = _labels(pipeline, text)
    assert ("Platform", "Admiral Makarov") in labels
    assert not any(label != "Platform" and "Makarov" in name for label, name in labels)


def test_ship_noun_before_a_firm_or_capital_letters_is_no_ship(pipeline):
    assert not _platforms(pipeline, "Kenya Airways said the national carrier Kenya Airways would fly again.")
    assert not _platforms(pipeline, "The Submarine Rotational Force-West was set up in Perth in 2023.")
    assert not _platforms(pipeline, "The drone hit the vessel Russia had sent to Syria.")


# -- people and research bodies --------------------------------------------------------------------
def test_name_after_said_is_a_person(pipeline):
    labels = _labels(pipeline, '"The army gets training it can barely afford," said Thabo Nkosi of the Lagos '
                               'Maritime Policy Unit.')
    assert ("Person", "Thabo Nkosi") in labels
    assert ("Organization", "Lagos Maritime Policy Unit") in labels
    assert ("Company", "Saab") in _labels(pipeline, '"It is late," said Saab Dynamics on Monday.')


def test_forum_where_a_person_works_is_an_institution(pipeline):
    labels = _labels(pipeline, "Lena Moser, who follows naval affairs at the Lake Constance Security Forum, said "
                               "the deal was late.")
    assert ("Organization", "Lake Constance Security Forum") in labels
    labels = _labels(pipeline, '"Every bidder is asked the same," said Omar Haddad, a defence-industry consultant '
                               'with the Gulf Economic Forum in Doha.')
    assert ("Organization", "Gulf Economic Forum") in labels
    labels = _labels(pipeline, "Putin, who spoke at the Eastern Economic Forum in Vladivostok, said the deal was late.")
    assert ("Event", "Eastern Economic Forum") in labels


# -- units and regions are no platforms ------------------------------------------------------------
def test_unit_named_by_its_head_is_a_government_body(pipeline):
    labels = _labels(pipeline, "The crews belonged to the Air Proving Ground Wing, the unit that kept a few jets flying.")
    assert ("GovernmentBody", "Air Proving Ground Wing") in labels
    assert ("GovernmentBody", "Garuda Aerobatic Team") in _labels(
        pipeline, "The Garuda Aerobatic Team flew over the crowd on Sunday.")
    assert ("Organization", "Hamza Brigade") in _labels(pipeline, "The Hamza Brigade attacked the town.")


def test_region_before_an_apposition_stays_a_place(pipeline):
    labels = _labels(pipeline, "On 3 May, the 205th Fighter Squadron at Nyutabaru Air Base in Miyazaki Prefecture, "
                               "the last operational Eagle unit, flew its F-15J jets for the final time.")
    assert ("Place", "Miyazaki Prefecture") in labels
    assert not any(label == "Platform" and "Prefecture" in name for label, name in labels)


# -- a design bureau's name in its type's name ------------------------------------------------------
def _mentioned(pipeline, text: str) -> set[tuple[str, str]]:
    """Nodes the document itself names (MENTIONED_IN), not those the reference data adds."""
    g = pipeline.process(Document.from_text(text))
    named = {s for s, _, d in g.edges(data=True) if d.get("type") == "MENTIONED_IN"}
    return {(g.nodes[n]["label"], g.nodes[n]["name"]) for n in named}


def test_bureau_letters_make_the_maker_part_of_the_name(pipeline):
    named = _mentioned(pipeline, "Algeria's air force, which flies Russian Sukhoi Su-30MKA fighters, sent two "
                                 "Antonov An-26 transports to the drill.")
    assert not any(label == "Company" for label, _ in named)
    named = _mentioned(pipeline, "Guyana's neighbour flies Boeing F-15s bought in 2019.")
    assert ("Company", "Boeing") in named
    named = _mentioned(pipeline, "Sukhoi said on Monday that its Sukhoi Su-57 would fly at the show.")
    assert ("Company", "Sukhoi") in named


def test_programme_headed_by_an_equipment_noun_is_a_platform(pipeline):
    labels = _labels(pipeline, "Madrid and Rome are developing the Future Ground Combat System together.")
    assert ("Platform", "Future Ground Combat System") in labels
    assert ("Company", "United Aircraft Corporation") in _labels(
        pipeline, "The United Aircraft Corporation said the order was late.")


def test_roman_numeral_stays_in_the_type_name(pipeline):
    names = {n for label, n in _labels(pipeline, "The Turkish Air Force retired its F-4E Phantom II jets on Friday.")
             if label == "Platform"}
    assert "II" not in names and names
