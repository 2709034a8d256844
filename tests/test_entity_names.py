"""Kinds of junk and cut names on the third fresh half (session 6), each rule shown on two invented
sentences about other countries and a sentence where it must not fire: personal names cut by the NER
or by a catalogued surname; ranks and office titles taken for bodies; a party member or a creed taken
for a person or a body; venues named after a person; a country's name in a place's name; capitals
standing for their state after "figures in", "the ministry in"."""
from __future__ import annotations

from tests.extracted import node_labels as _labels
from tests.extracted import node_names as _names


# -- personal names ---------------------------------------------------------------------------------
def test_catalogued_surname_inside_another_name(pipeline):
    # "Santos" (Juan Manuel Santos) and "Bashir" (Omar al-Bashir) are catalogued aliases
    names = _names(pipeline, "Angola sent Foreign Minister Tete dos Santos Almeida to the talks in Luanda.")
    assert "Juan Manuel Santos" not in names and "Tete dos Santos Almeida" in names
    names = _names(pipeline, "The Chadian delegation was led by Bashir Ousmane, the country's army chief.")
    assert "Omar al-Bashir" not in names and "Bashir Ousmane" in names
    assert "Juan Manuel Santos" in _names(pipeline, "Colombian President Juan Manuel Santos said on Monday that "
                                                    "Santos would sign the accord.")


def test_hyphenated_piece_makes_another_person(pipeline):
    # "Cho Hyun" is a catalogued minister; "Cho Hyun-min" is someone else
    names = _names(pipeline, "\"The radar is old,\" said Cho Hyun-min, a retired colonel in Busan.")
    assert "Cho Hyun-min" in names and "Cho Hyun" not in names
    names = _names(pipeline, "\"We need more tankers,\" said Yoon Ji-ho, an analyst in Daejeon.")
    assert "Yoon Ji-ho" in names and "Yoon Suk Yeol" not in names


def test_name_cut_before_its_last_part(pipeline):
    names = _names(pipeline, "Honoré Mbemba Ngouabi of Gabon said the region needed more patrol boats.")
    assert any(n.endswith("Ngouabi") and "Mbemba" in n for n in names)
    names = _names(pipeline, "Cameroon's delegate, Paul Atangana Mebara, signed the accord in Yaounde.")
    assert "Paul Atangana" not in names


def test_first_and_last_name_of_a_catalogued_person(pipeline):
    # the catalogue has "Bashir Salihi Magashi"; the text leaves out the middle name
    labels = _labels(pipeline, "Nigeria's defence minister, retired Major General Bashir Magashi, met the envoy.")
    assert ("Person", "Bashir Salihi Magashi") in labels


# -- ranks and office titles -----------------------------------------------------------------------
def test_rank_is_no_body(pipeline):
    labels = _labels(pipeline, "The wing is led by Air Commodore Kwame Mensah, Ghana's senior pilot.")
    assert not any(n == "Air Commodore" for _, n in labels) and ("Person", "Kwame Mensah") in labels
    labels = _labels(pipeline, "Peru's navy was represented by Fleet Admiral Jorge Montoya Ruiz at the review.")
    assert not any("Fleet Admiral" in n for _, n in labels)


def test_office_title_is_no_body(pipeline):
    names = _names(pipeline, "The army said in a statement by its Director of Media and Outreach, "
                             "Colonel Ama Boateng, that the jets had landed.")
    assert "Media and Outreach" not in names
    names = _names(pipeline, "Kenya's Chief of the Defence Staff, General Peter Njoroge, opened the range.")
    assert "Defence Staff" not in names
    assert "Central Intelligence Agency" in _names(
        pipeline, "The Director of the Central Intelligence Agency visited Nairobi in May.")


# -- a member and a creed ----------------------------------------------------------------------------
def test_party_member_is_no_person(pipeline):
    names = _names(pipeline, "Dubois, a Green Democrat who ran the ministry for two years, resigned on Monday.")
    assert "Green Democrat" not in names
    names = _names(pipeline, "Halvorsen, a Christian Democrat from Bergen, took over the defence portfolio.")
    assert "Christian Democrat" not in names


def test_creed_adjective_is_no_body(pipeline):
    names = _names(pipeline, "Mali's army bought the drones to use against Jihadist fighters in the north.")
    assert "Jihadist" not in names
    names = _names(pipeline, "The Philippine air force struck Maoist rebels in Samar with its new jets.")
    assert "Maoist" not in names


# -- places ----------------------------------------------------------------------------------------------
def test_venue_named_after_a_person(pipeline):
    labels = _labels(pipeline, "The tankers landed at Ignacio Pereira Montes International Airport on Friday.")
    assert ("Place", "Ignacio Pereira Montes International Airport") in labels
    labels = _labels(pipeline, "The Chilean jets flew from Diego Aracena Rojas Air Base in the north.")
    assert not any(lab == "Person" for lab, _ in labels)


def test_country_name_inside_a_place_name(pipeline):
    labels = _labels(pipeline, "The new radar will be installed near Minna in Niger State next year.")
    assert ("Place", "Niger State") in labels and ("Country", "Niger") not in labels
    labels = _labels(pipeline, "The frigate docked at the port of Djibouti City after the patrol.")
    assert not any(lab == "Country" for lab, _ in labels)


def test_capital_after_people_nouns_is_the_state(pipeline):
    labels = _labels(pipeline, "Few in Ottawa expected the order, a deal the ministry in Ottawa valued at $2 billion.")
    assert ("Country", "Canada") in labels and ("Place", "Ottawa") not in labels
    labels = _labels(pipeline, "The general outranked better-known figures in Canberra for the post.")
    assert ("Country", "Australia") in labels and ("Place", "Canberra") not in labels
    assert ("Place", "Canberra") in _labels(pipeline, "The delegates stayed in Canberra for a week of talks.")


# -- bodies and firms ------------------------------------------------------------------------------
def test_designation_is_no_place(pipeline):
    labels = _labels(pipeline, "The KF-5E left service in 2019 and the RF-5A photo model in 2021, leaving the KF-16.")
    assert not any(lab == "Place" for lab, _ in labels)
    labels = _labels(pipeline, "Egypt retired the MiG-21U trainers and the RT-33A survey model a decade ago.")
    assert not any(lab == "Place" for lab, _ in labels)


def test_unit_word_after_a_service_name(pipeline):
    labels = _labels(pipeline, "Captain Rui Mendes, commander of the Naval Aviation Force, received the helicopters.")
    assert ("Company", "Naval Aviation") not in labels
    labels = _labels(pipeline, "The Army Aviation Command of Peru ordered two more transports on Monday.")
    assert not any(lab == "Company" and n == "Army Aviation" for lab, n in labels)


def test_firm_name_ends_in_its_last_word(pipeline):
    assert ("Company", "Saimaa Aviation Maintenance Services") in _labels(
        pipeline, "Finland hired Saimaa Aviation Maintenance Services, a local repair firm, to refit the jets.")
    assert ("Company", "Andes Aviation Repair Solutions") in _labels(
        pipeline, "Peru signed with Andes Aviation Repair Solutions for the overhaul of its transports.")


def test_apposition_calls_it_a_firm(pipeline):
    assert ("Company", "Falkor Aerial") in _labels(
        pipeline, "The navy leased four jets from Falkor Aerial, a Canadian company that trains pilots.")
    assert ("Company", "Telvora Sistemas") in _labels(
        pipeline, "The navy signed a deal with Telvora Sistemas, a Recife maker of tactical radios.")
    assert ("Company", "Vektor Analitika") not in _labels(
        pipeline, "The report was written by Vektor Analitika, a Moscow think tank close to the ministry.")


# -- a variant's designation before the type's name -------------------------------------------------
def test_variant_designation_before_the_type_name(pipeline):
    labels = _labels(pipeline, "Ecuador's air force flew the A-29M Super Tucano light attack aircraft at the show.")
    assert ("Platform", "Super Tucano") in labels and ("Platform", "A-29M") not in labels
    labels = _labels(pipeline, "France parked its E-3F Sentry airborne early warning aircraft beside a tanker.")
    assert ("Platform", "E-3 Sentry") in labels and ("Platform", "E-3F") not in labels


def test_firm_named_again_keeps_its_label(pipeline):
    labels = _labels(pipeline, "The fund bought 40 per cent of VRTX, a Sao Paulo company that makes fuzes. "
                               "VRTX will now build a second plant.")
    assert ("Company", "VRTX") in labels and ("Organization", "VRTX") not in labels
    labels = _labels(pipeline, "Poland picked KMTR, a Gdansk firm that repairs radars, for the work. "
                               "KMTR expects to start in May.")
    assert ("Organization", "KMTR") not in labels


# -- people the NER took for bodies or places --------------------------------------------------------
def test_person_shown_by_apposition_role(pipeline):
    labels = _labels(pipeline, "The launcher is new, according to Park Sun, a missile specialist at the Seoul Institute.")
    assert ("Person", "Park Sun") in labels
    labels = _labels(pipeline, "The deal is late, said Lwazi Dube, a defence researcher at the Cape Town Forum.")
    assert ("Person", "Lwazi Dube") in labels


def test_person_by_tenure_or_state(pipeline):
    labels = _labels(pipeline, "In the last weeks of Michelle Bachelet's presidency, Santiago bought two frigates.")
    assert ("Person", "Michelle Bachelet") in labels
    labels = _labels(pipeline, "Seats were given to the leaders, as was Évariste Ndayishimiye of Burundi.")
    assert ("Person", "Évariste Ndayishimiye") in labels


def test_body_named_after_a_region(pipeline):
    labels = _labels(pipeline, "\"The order is late,\" said Kofi Mensah, a fellow at the West Africa Security Network in Accra.")
    assert ("Organization", "West Africa Security Network") in labels and ("Place", "West Africa") not in labels
    labels = _labels(pipeline, "\"Prices will rise,\" said Ana Costa, an analyst at the East Asia Maritime Transparency "
                               "Project in Manila.")
    assert ("Place", "East Asia") not in labels


def test_name_after_near_is_a_place(pipeline):
    labels = _labels(pipeline, "Gunnery is practised on a range near Bou-Arfa in the east.")
    assert ("Place", "Bou-Arfa") in labels
    labels = _labels(pipeline, "The troops camped outside Oum-Tounsi before dawn.")
    assert ("Place", "Oum-Tounsi") in labels
