"""Where platforms are, by general shapes rather than cue phrases: platforms named as the object of a
dispatch verb or in a deployment's "of" object, a place that is home to or houses them, a "where"
clause, an "X-based" adjective, and ships or aircraft in a sea or strait; invented sentences."""
from __future__ import annotations

from functools import partial

from tests.extracted import text_edges

edges_of = partial(text_edges, published="2024-05-10", date_source=None)


def deployed(edges):
    return {(s, o) for s, t, o in edges if t == "DEPLOYED_TO"}


def test_platforms_in_a_counting_noun_deployed_to_a_state(pipeline):
    text = "Germany deployed a battery of MIM-104 Patriot systems to Poland in January."
    assert ("Patriot", "Poland") in deployed(edges_of(pipeline, text))


def test_platforms_as_the_object_of_deploy(pipeline):
    text = "Germany deployed two Eurofighter Typhoon jets to Romania."
    assert ("Eurofighter Typhoon", "Romania") in deployed(edges_of(pipeline, text))


def test_the_deployment_of_platforms_to_a_base(pipeline):
    text = "The deployment of F-35 jets to Ämari Air Base in Estonia began in March."
    assert ("F-35", "Ämari Air Base") in deployed(edges_of(pipeline, text))


def test_a_ship_sent_to_a_sea(pipeline):
    text = "Britain sent HMS Diamond to the Red Sea."
    assert ("HMS Diamond", "Red Sea") in deployed(edges_of(pipeline, text))


def test_jets_sent_to_a_state_are_a_supply_not_a_deployment(pipeline):
    text = "The US sent F-16 jets to Ukraine."
    assert not deployed(edges_of(pipeline, text))


def test_a_deployment_only_called_for_is_none(pipeline):
    text = "Kyiv called for the deployment of MIM-104 Patriot batteries to Lviv."
    assert not deployed(edges_of(pipeline, text))


def test_a_base_that_is_home_of_a_fleet(pipeline):
    text = "Čáslav Air Base is today the home of the 14 JAS-39 Gripen fighters that the Czech Air Force flies."
    assert ("Gripen", "Čáslav Air Base") in deployed(edges_of(pipeline, text))


def test_home_to_in_apposition(pipeline):
    text = "Ramstein Air Base, home to the C-130J Super Hercules, lies in western Germany."
    assert ("C-130J Super Hercules", "Ramstein Air Base") in deployed(edges_of(pipeline, text))  # own row since s38


def test_a_base_named_beside_the_platforms_it_is_home_of(pipeline):
    text = "The main home of Russia's Tu-160 bombers, Engels air base in the Saratov Oblast, was not on the list."
    assert ("Tu-160", "Engels-2") in deployed(edges_of(pipeline, text))


def test_no_longer_home_is_no_deployment(pipeline):
    text = "Spangdahlem Air Base is no longer home to the F-16 fighters."
    assert not deployed(edges_of(pipeline, text))


def test_a_base_that_houses_a_squadron_of_platforms(pipeline):
    text = "Spangdahlem Air Base houses a squadron of F-16 fighters."
    assert ("F-16", "Spangdahlem Air Base") in deployed(edges_of(pipeline, text))


def test_a_state_hosting_platforms_at_a_base(pipeline):
    text = "Poland will host US F-35 jets at Łask Air Base."
    assert ("F-35", "Łask Air Base") in deployed(edges_of(pipeline, text))


def test_where_clause_on_a_base(pipeline):
    text = "The jets landed at Łask Air Base, where the F-16 fighters of the Polish Air Force are stationed."
    assert ("F-16", "Łask Air Base") in deployed(edges_of(pipeline, text))


def test_place_based_adjective(pipeline):
    text = "The Lakenheath-based F-15E jets flew to Jordan."
    assert ("F-15E Strike Eagle", "RAF Lakenheath") in deployed(edges_of(pipeline, text))  # its own row since s36


def test_bombers_over_a_sea(pipeline):
    text = "Two Chinese H-6 bombers joined two Russian Tu-95 bombers over the Sea of Japan."
    found = deployed(edges_of(pipeline, text))
    assert {("H-6", "Sea of Japan"), ("Tu-95", "Sea of Japan")} <= found


def test_a_frigate_patrolling_a_sea_as_object(pipeline):
    text = "The Russian frigate Admiral Makarov patrolled the Black Sea for a week."
    assert ("Admiral Makarov", "Black Sea") in deployed(edges_of(pipeline, text))


def test_a_destroyer_as_agent_in_a_sea(pipeline):
    text = "Most of them were intercepted, some by the US Navy destroyer USS Carney in the northern Red Sea."
    assert ("USS Carney", "Red Sea") in deployed(edges_of(pipeline, text))


def test_missiles_fired_into_a_sea_are_not_deployed(pipeline):
    text = "Ukraine fired Kalibr missiles into the Black Sea."
    assert not deployed(edges_of(pipeline, text))


def test_where_clause_on_a_noun_a_platform_only_names_is_none(pipeline):
    text = "Pilots began simulator training in Brunei, where a regional Black Hawk training centre operates."
    assert not deployed(edges_of(pipeline, text))


def test_where_clause_after_a_base_in_a_region_is_the_base(pipeline):
    text = "The squadron was reformed at Misawa Air Base in Aomori Prefecture, where it now flies the F-35A."
    found = deployed(edges_of(pipeline, text))
    assert ("F-35", "Misawa Air Base") in found and ("F-35", "Aomori Prefecture") not in found
