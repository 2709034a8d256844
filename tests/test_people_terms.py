"""Past office holders with terms (issue 10, capability 1): the defence ministers, heads of state and
government and chiefs of defence of the countries most present in defence news since 2015, so that
"the defence minister" of a story of 2016 is whoever held the office then, and a surname two catalogued
holders of different countries share names neither by itself."""
from __future__ import annotations

import pytest

from graph.ids import make_id
from graph.reference.loader import load_reference
from graph.reference.offices import load_offices


@pytest.mark.parametrize("country,role,day,name", [
    ("United States", "defence_minister", "2016-03-01", "Ash Carter"),
    ("United States", "defence_minister", "2018-06-01", "Jim Mattis"),
    ("United Kingdom", "defence_minister", "2018-06-01", "Gavin Williamson"),
    ("France", "defence_minister", "2016-03-01", "Jean-Yves Le Drian"),
    ("India", "defence_minister", "2016-03-01", "Manohar Parrikar"),
    ("Japan", "defence_minister", "2015-06-01", "Gen Nakatani"),
    ("Japan", "defence_minister", "2025-06-01", "Gen Nakatani"),
    ("Germany", "defence_minister", "2017-06-01", "Ursula von der Leyen"),
    ("Israel", "defence_minister", "2017-06-01", "Avigdor Lieberman"),
    ("Poland", "defence_minister", "2016-06-01", "Antoni Macierewicz"),
    ("Turkey", "defence_minister", "2017-01-10", "Fikri Işık"),
    ("Ukraine", "defence_minister", "2017-01-10", "Stepan Poltorak"),
    ("Brazil", "defence_minister", "2017-01-10", "Raul Jungmann"),
    ("Kazakhstan", "defence_minister", "2017-01-10", "Saken Zhasuzakov"),
    ("Malaysia", "defence_minister", "2019-01-10", "Mohamad Sabu"),
    ("Germany", "head_of_state", "2016-01-10", "Joachim Gauck"),
    ("Poland", "head_of_government", "2015-03-01", "Ewa Kopacz"),
    ("United States", "chief_of_general_staff", "2017-01-10", "Joseph Dunford"),
    ("United Kingdom", "chief_of_general_staff", "2019-01-10", "Nick Carter"),
    ("France", "chief_of_general_staff", "2016-01-10", "Pierre de Villiers"),
    ("Germany", "chief_of_general_staff", "2020-01-10", "Eberhard Zorn"),
    ("Israel", "chief_of_general_staff", "2017-01-10", "Gadi Eisenkot"),
    ("India", "chief_of_general_staff", "2021-01-10", "Bipin Rawat"),
])
def test_holder_on_a_past_day(country, role, day, name):
    holder = load_offices().holder(make_id("Country", country), {role}, day)
    assert holder is not None and holder.name == name


def test_successor_takes_over_on_the_day():
    offices = load_offices()
    us = make_id("Country", "United States")
    assert offices.holder(us, {"defence_minister"}, "2017-01-19").name == "Ash Carter"
    assert offices.holder(us, {"defence_minister"}, "2017-01-21").name == "Jim Mattis"


def test_one_person_many_offices():
    terms = load_offices().held_by(make_id("Person", "Hulusi Akar"))
    assert {o.role for o in terms} == {"defence_minister", "chief_of_general_staff"}


def test_surname_of_two_states_names_neither():
    # Carter is a US defence secretary and a British chief of the defence staff: the bare surname is no alias
    ref = load_reference()
    assert not [e for e in ref.lookup("Carter", "Person") if e.name in {"Ash Carter", "Nick Carter"}]
    assert ref.find("Person", "Mattis") is not None


def test_a_first_holder_in_apposition_proves_nothing_of_the_year():
    from graph.text.metadata import _in_office

    # Rawat held the post from January 2020 to December 2021: the title in apposition dates a story of 2021 ...
    text = "Officers at the ceremony in Delhi praised Bipin Rawat, India's Chief of Defence Staff, for the reform."
    assert (_in_office(text, 9, 20)(2021), _in_office(text, 9, 20)(2023)) == (1, 0)
    # ... but ranked among its holders ("first", "previous", "last") he may be long gone: no clue
    for rank in ("first", "previous", "last"):
        ranked = text.replace("India's Chief", f"India's {rank} Chief")
        assert _in_office(ranked, 9, 20)(2021) == 0


# -- service chiefs (session 27): the heads of a state's army, navy, air force and marines -------------------
@pytest.mark.parametrize("country,role,day,name", [
    ("India", "army_chief", "2021-01-10", "Manoj Mukund Naravane"),
    ("India", "navy_chief", "2024-05-01", "Dinesh K. Tripathi"),
    ("India", "air_force_chief", "2024-09-29", "Vivek Ram Chaudhari"),
    ("India", "air_force_chief", "2024-10-01", "Amar Preet Singh"),
    ("Pakistan", "air_force_chief", "2022-01-10", "Zaheer Ahmad Babar Sidhu"),
    ("United Kingdom", "navy_chief", "2023-01-10", "Ben Key"),
    ("United States", "navy_chief", "2020-01-10", "Michael Gilday"),
    ("United States", "air_force_chief", "2021-01-10", "Charles Q. Brown Jr."),
    ("Australia", "air_force_chief", "2025-01-10", "Stephen Chappell"),
    ("Canada", "chief_of_general_staff", "2022-01-10", "Wayne Eyre"),
])
def test_service_chief_on_a_day(country, role, day, name):
    holder = load_offices().holder(make_id("Country", country), {role}, day)
    assert holder is not None and holder.name == name


def test_service_chief_leads_the_named_service(pipeline):
    from tests.extracted import text_edges

    text = ("Admiral Dinesh K. Tripathi inspected a new frigate at Mumbai on Tuesday. "
            "The Indian Navy plans to commission two more ships this year, Tripathi said.")
    assert ("Dinesh K. Tripathi", "LEADS", "Indian Navy") in text_edges(pipeline, text, published="2024-11-12")


def test_a_chief_of_another_time_leads_nothing(pipeline):
    from tests.extracted import text_edges

    # Tripathi took over the navy on 2024-04-30: a story of 2019 names him in another post
    text = ("Vice Admiral Dinesh K. Tripathi visited Kochi on Tuesday. "
            "The Indian Navy plans to commission two more ships this year.")
    assert ("Dinesh K. Tripathi", "LEADS", "Indian Navy") not in text_edges(pipeline, text, published="2019-11-12")


# -- chief executives of arms makers (session 27): the company head on the document's date ------------------
def _heads(company: str, day: str) -> list[str]:
    offices = load_offices()
    return sorted(o.name for terms in offices.by_person.values() for o in terms
                  if o.role == "ceo" and o.office == company and o.holds_on(day))


@pytest.mark.parametrize("company,day,name", [
    ("Saab", "2019-06-01", "Håkan Buskhe"),
    ("Saab", "2020-06-01", "Micael Johansson"),
    ("Northrop Grumman", "2018-06-01", "Wes Bush"),
    ("Korea Aerospace Industries", "2023-06-01", "Kang Goo-young"),
    ("Turkish Aerospace Industries", "2020-06-01", "Temel Kotil"),
    ("Hindustan Aeronautics", "2023-06-01", "C. B. Ananthakrishnan"),
    ("Safran", "2019-06-01", "Philippe Petitcolin"),
])
def test_one_chief_executive_on_a_day(company, day, name):
    assert _heads(company, day) == [name]


def test_chief_executive_leads_the_named_company(pipeline):
    from tests.extracted import text_edges

    text = ("Kang Goo-young met buyers from three air forces in Seoul on Monday. "
            "Korea Aerospace Industries hopes to sell more FA-50 jets abroad, Kang said.")
    assert ("Kang Goo-young", "LEADS", "Korea Aerospace Industries") in text_edges(pipeline, text, published="2023-10-16")
    assert ("Kang Goo-young", "LEADS", "Korea Aerospace Industries") not in text_edges(pipeline, text, published="2026-03-16")


@pytest.mark.parametrize("country,day,name", [
    ("China", "2020-01-10", "Li Zuocheng"),
    ("China", "2024-01-10", "Liu Zhenli"),
    ("Philippines", "2024-01-10", "Romeo Brawner Jr."),
])
def test_chief_of_defence_of_a_gap_country(country, day, name):
    holder = load_offices().holder(make_id("Country", country), {"chief_of_general_staff"}, day)
    assert holder is not None and holder.name == name


def test_a_minister_removed_and_restored_holds_two_terms():
    # Mali's Sadio Camara: defence minister from October 2020, dropped in May 2021, restored in June 2021
    terms = load_offices().held_by(make_id("Person", "Sadio Camara"))
    assert len(terms) == 2 and not load_offices().held_by(make_id("Person", "Sadio Camara"), "2021-06-01")


def test_army_chief_and_joint_chiefs_chair_are_two_offices():
    # Pakistan's army chief and the chairman of its joint chiefs committee served side by side
    offices, pakistan = load_offices(), make_id("Country", "Pakistan")
    assert offices.holder(pakistan, {"army_chief"}, "2021-01-10").name == "Qamar Javed Bajwa"
    assert offices.holder(pakistan, {"chief_of_general_staff"}, "2021-01-10").name == "Nadeem Raza"


# -- round 2 (session 27): service chiefs of ten more states, chiefs of defence, defence ministers ---------
@pytest.mark.parametrize("country,role,day,name", [
    ("Russia", "navy_chief", "2020-06-01", "Nikolai Yevmenov"),
    ("Russia", "navy_chief", "2024-06-01", "Alexander Moiseyev"),
    ("Russia", "air_force_chief", "2024-01-10", "Viktor Afzalov"),
    ("Ukraine", "army_chief", "2022-03-01", "Oleksandr Syrskyi"),
    ("Ukraine", "air_force_chief", "2023-05-01", "Mykola Oleshchuk"),
    ("France", "navy_chief", "2022-01-10", "Pierre Vandier"),
    ("Germany", "navy_chief", "2023-01-10", "Jan Christian Kaack"),
    ("China", "navy_chief", "2022-06-01", "Dong Jun"),
    ("Turkey", "air_force_chief", "2024-05-01", "Ziya Cemal Kadıoğlu"),
    ("Italy", "army_chief", "2024-06-01", "Carmine Masiello"),
    ("Japan", "chief_of_general_staff", "2025-10-01", "Hiroaki Uchikura"),
    ("Japan", "chief_of_general_staff", "2024-10-01", "Yoshihide Yoshida"),
    ("Saudi Arabia", "chief_of_general_staff", "2022-01-10", "Fayyad al-Ruwaili"),
    ("United Arab Emirates", "chief_of_general_staff", "2024-01-10", "Essa Saif Mohammed Al Mazrouei"),
    ("North Korea", "defence_minister", "2023-06-01", "Kang Sun-nam"),
    ("North Korea", "defence_minister", "2025-01-10", "No Kwang-chol"),
    ("Burkina Faso", "defence_minister", "2023-06-01", "Kassoum Coulibaly"),
    ("Yemen", "defence_minister", "2020-01-10", "Mohammed al-Maqdashi"),
])
def test_round_two_holder_on_a_day(country, role, day, name):
    holder = load_offices().holder(make_id("Country", country), {role}, day)
    assert holder is not None and holder.name == name


def test_a_brazilian_santos_would_cost_colombia_its_santos():
    # a catalogued Brazilian general surnamed Santos would strip Juan Manuel Santos's bare "Santos"
    from graph.reference.loader import load_reference

    santos = load_reference().get("person:juan-manuel-santos")
    assert santos is not None and "Santos" in santos.aliases


def test_russian_air_chief_leads_the_aerospace_forces(pipeline):
    from tests.extracted import text_edges

    text = ("Colonel General Viktor Afzalov toured an air base near Rostov on Monday. "
            "The Russian Aerospace Forces will receive new fighters this year, Afzalov said.")
    assert ("Viktor Afzalov", "LEADS", "Russian Aerospace Forces") in text_edges(pipeline, text, published="2024-03-12")
