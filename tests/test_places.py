"""The places family (graph/relations/families/places.py): invented sentences about other countries."""
from __future__ import annotations

from functools import partial

from tests.extracted import text_edges

edges_of = partial(text_edges, published="2024-05-10", date_source=None)


def held_in(edges, place):
    return {s for s, t, o in edges if t == "HELD_IN" and o == place}


def test_exercise_sites(pipeline):
    text = ("Exercise Desert Falcon 2024 opened on Monday with troops from Oman, Jordan and Egypt. "
            "Infantry units trained around Nizwa and near Ibri, while artillery crews fired on ranges outside Sur.")
    edges = edges_of(pipeline, text)
    assert {"Nizwa", "Ibri"} <= {o for s, t, o in edges if t == "HELD_IN"}


def test_exercise_sites_spread_between(pipeline):
    text = ("Exercise Northern Shield 2023 drew 9,000 personnel from Finland, Estonia and Latvia. "
            "The flying was spread between Rovaniemi and Kuopio, with tankers working out of Tampere.")
    edges = edges_of(pipeline, text)
    places = {o for s, t, o in edges if t == "HELD_IN"}
    assert {"Rovaniemi", "Kuopio"} <= places
    assert "Tampere" not in places


def test_no_exercise_no_site(pipeline):
    text = "Kenyan pilots trained at Laikipia Air Base and near Nanyuki before the aircraft were handed over."
    assert not {e for e in edges_of(pipeline, text) if e[1] == "HELD_IN"}


def test_exercise_beside_place(pipeline):
    text = "The Indian and French navies began Exercise Varuna 2024 off Goa on Tuesday."
    edges = edges_of(pipeline, text)
    assert any(t == "HELD_IN" and o == "Goa" for s, t, o in edges)


def test_venue_where_held_and_hosting_site(pipeline):
    text = ("The Halifax International Security Forum 2023 closed on Sunday. "
            "It takes its name from Halifax, where it is held every November.")
    edges = edges_of(pipeline, text)
    assert any(t == "HELD_IN" and o == "Halifax" for s, t, o in edges)
    text = ("The Singapore Airshow 2024 closed on Sunday with orders worth $2 billion. "
            "The show ran at the Changi Exhibition Centre, the site that has hosted the biennial show since 2008.")
    edges = edges_of(pipeline, text)
    assert any(t == "HELD_IN" and o == "Changi Exhibition Centre" for s, t, o in edges)


def test_event_in_apposition(pipeline):
    text = ("The two ministers met on Tuesday on the sidelines of IDEX, the arms exhibition held every two years "
            "at Abu Dhabi, the Emirati capital.")
    edges = edges_of(pipeline, text)
    assert any(t == "HELD_IN" and o == "Abu Dhabi" for s, t, o in edges)


def test_host_of_generic_event(pipeline):
    text = ("Defence ministers from 30 countries met at the Oslo meeting of the Nordic Defence Cooperation on "
            "Tuesday. Lars Mikkelsen, who hosted the talks, said the group would meet again in spring.")
    edges = edges_of(pipeline, text)
    assert any(t == "HOSTED_BY" and o == "Lars Mikkelsen" for s, t, o in edges)


def test_installation_in_apposition(pipeline):
    text = ("The jets landed at Kadena, the air base in Okinawa, on Friday. "
            "Talks were held at Chequers, the country retreat in Buckinghamshire.")
    edges = edges_of(pipeline, text)
    located = {(s, o) for s, t, o in edges if t == "LOCATED_IN"}
    assert ("Kadena", "Okinawa") in located or ("Kadena Air Base", "Okinawa") in located


def test_parade_route(pipeline):
    text = ("Some 2,000 Serbian soldiers marched through the centre of Belgrade on Sunday in the 2024 Belgrade "
            "Victory Parade.")
    assert any(t == "HELD_IN" and o == "Belgrade" for s, t, o in edges_of(pipeline, text))


def test_installation_near_town(pipeline):
    text = "Two Gripens flew out of Batajnica Air Base, near Belgrade, on Monday."
    assert ("Batajnica Air Base", "LOCATED_IN", "Belgrade") in edges_of(pipeline, text)


def test_host_stages_generic_event(pipeline):
    text = ("The 2024 Nairobi Air Show closed on Sunday with 40 exhibitors. Organisers from the Kenya Air Force, "
            "which stages the biennial event, counted 30,000 visitors.")
    assert any(t == "HOSTED_BY" for s, t, o in edges_of(pipeline, text))


def test_host_of_another_edition_is_not_the_articles(pipeline):
    text = ("The 2024 Tashkent Summit of the Organization of Turkic States closed on Friday. "
            "Hungary will host the next summit, and Azerbaijan will host the first session of a joint assembly.")
    edges = edges_of(pipeline, text)
    assert not any(t == "HOSTED_BY" and o in {"Hungary", "Azerbaijan"} for s, t, o in edges)


def test_named_area_of_larger_place(pipeline):
    text = ("Shelling hit a school in the Chernihiv region of northern Ukraine on Monday. "
            "The garrison sits in the Kidal district of Mali, near the border. "
            "Troops clashed in the Shaksgam Valley of northern Kashmir last spring.")
    located = {(s, o) for s, t, o in edges_of(pipeline, text) if t == "LOCATED_IN"}
    assert any(s.startswith("Chernihiv") and o == "Ukraine" for s, o in located), located
    assert any(s.startswith("Kidal") and o == "Mali" for s, o in located), located


def test_named_port_of_is_no_area(pipeline):
    text = "Two corvettes docked at the Port of Mombasa in the county of Mombasa on Friday."
    located = {(s, o) for s, t, o in edges_of(pipeline, text) if t == "LOCATED_IN"}
    assert not any(s == o for s, o in located)


def test_plural_area_noun_names_its_members(pipeline):
    text = "The pact covers Java but not the Sumatra provinces of Aceh and Riau."
    located = {(s, o) for s, t, o in edges_of(pipeline, text) if t == "LOCATED_IN"}
    assert not any(o in {"Aceh", "Riau"} for s, o in located), located
