"""Fleet, succession, maker and origin wording found on the fresh4 articles (issue 10), each kind on
invented sentences about other countries and platforms, through the real pipeline."""
from __future__ import annotations

import pytest

from graph.text.sources import Document
from tests.extracted import has_staged as _has
from tests.extracted import staged_edges as _edges


@pytest.mark.parametrize("text, holder, platform", [
    ("In the Royal Netherlands Air Force and the Belgian Air Component the new jet is due to succeed the F-16.",
     "Belgian Air Component", "F-16"),
    ("In the Hellenic Army the new vehicle will replace the M113 armoured carriers.", "Hellenic Army", "M113"),
    ("The Poles want a new fighter; in the Polish Air Force it will take over from the MiG-29.", "Polish Air Force",
     "MiG-29"),
])
def test_the_type_a_successor_replaces_in_a_service_is_in_service_there(pipeline, text, holder, platform):
    assert _has(_edges(pipeline, text), holder, "OPERATES", platform, "in_service")


def test_a_succession_without_a_holder_gives_no_operator(pipeline):
    edges = _edges(pipeline, "Greece said the Rafale will replace the Mirage 2000 in the coming decade.")
    assert not any(t == "OPERATES" and "Mirage" in o and s != "Greece" for s, t, o, _ in edges)


@pytest.mark.parametrize("text, state, platform", [
    ("The Su-30 fighters that form the backbone of the Algerian air force flew overhead.", "Algeria", "Su-30"),
    ("The T-72 tanks remain the mainstay of the Finnish Army.", "Finnish Army", "T-72"),
])
def test_the_backbone_of_a_force_is_operated_by_it(pipeline, text, state, platform):
    assert _has(_edges(pipeline, text), state, "OPERATES", platform)


@pytest.mark.parametrize("text, state, platform, stage", [
    ("The first Rafale fighter built for the Hellenic Air Force landed at Tanagra on Friday.", "Hellenic Air Force",
     "Rafale", "delivering"),
    ("The K9 howitzers built for the Norwegian Army were handed over in Changwon.", "Norwegian Army", "K9",
     "delivered"),
])
def test_a_platform_built_for_a_state_is_that_states(pipeline, text, state, platform, stage):
    assert _has(_edges(pipeline, text), state, "OPERATES", platform, stage)


@pytest.mark.parametrize("text, maker, platform", [
    ("The Rooivalk, the attack helicopter designed by Denel and built by Airbus Helicopters, entered service in 2011.",
     "Airbus Helicopters", "Rooivalk"),
    ("The Hurjet, a trainer designed by Turkish Aerospace and assembled by Kale Group, flew in April.",
     "Kale", "Hürjet"),
])
def test_each_conjoined_participle_keeps_its_own_maker(pipeline, text, maker, platform):
    assert _has(_edges(pipeline, text), maker, "MANUFACTURES", platform)


@pytest.mark.parametrize("text, maker, platform", [
    ("K9 howitzers rolled past the stands; built by the South Korean company Hanwha Aerospace, they had become the "
     "symbol of the army.", "Hanwha", "K9"),
    ("The Hermes 900 drone took off first. Built by Elbit Systems, it can stay aloft for 30 hours.", "Elbit",
     "Hermes 900"),
])
def test_a_making_participle_before_a_pronoun_subject_is_about_the_platform_just_named(pipeline, text, maker, platform):
    assert _has(_edges(pipeline, text), maker, "MANUFACTURES", platform)


def test_a_made_in_word_qualifies_only_its_own_phrase(pipeline):
    text = ("Polish-made Rosomak armoured vehicles fitted with Israeli Spike anti-tank missiles and Russian-built "
            "Buk surface-to-air systems were on show.")
    edges = _edges(pipeline, text)
    assert _has(edges, "Poland", "MANUFACTURES", "Rosomak")
    assert not _has(edges, "Poland", "MANUFACTURES", "Spike")
    assert not _has(edges, "Poland", "MANUFACTURES", "Buk")


@pytest.mark.parametrize("text, state, platform", [
    ("Russia's Sukhoi Su-57 made its debut at the show.", "Russia", "Su-57"),
    ("Japan's Kawasaki P-1 was considered for the requirement before the Boeing aircraft was chosen.", "Japan",
     "P-1"),
])
def test_a_states_maker_named_product_is_no_fleet(pipeline, text, state, platform):
    edges = _edges(pipeline, text)
    assert not _has(edges, state, "OPERATES", platform)
    assert not _has(edges, "Boeing", "MANUFACTURES", platform)


def test_a_states_own_fleet_stays_its_own(pipeline):
    assert _has(_edges(pipeline, "India's Su-30MKI fleet flew over the base."), "India", "OPERATES", "Su-30")


@pytest.mark.parametrize("text, seller, buyer", [
    ("Morocco bought 24 French helicopters in 2020.", "France", "Morocco"),
    ("Kenya has taken the largest number of Chinese drones, about 12, ahead of Zambia.", "China", "Kenya"),
    ("Peru ordered two South Korean frigates last year.", "South Korea", "Peru"),
])
def test_the_demonym_of_bought_goods_names_their_supplier(pipeline, text, seller, buyer):
    assert _has(_edges(pipeline, text), seller, "SUPPLIES", buyer)


@pytest.mark.parametrize("text, state", [
    ("Morocco bought Spanish-made patrol boats and French advice.", "France"),
    ("Chile took French advice on the tender.", "France"),
])
def test_a_demonym_on_no_goods_or_a_maker_word_names_no_supplier(pipeline, text, state):
    assert not any(t == "SUPPLIES" and s == state for s, t, _, _ in _edges(pipeline, text))


@pytest.mark.parametrize("text, platform", [
    ("The Brazilian Air Force received its first F-39E at Anapolis.", "Gripen"),
    ("The last P-3K2 left Whenuapai in January.", "P-3 Orion"),
    ("Nine Hawk Mk132 jets of the Indian team flew a loop.", "Hawk"),
])
def test_variant_designations_resolve_to_their_family(pipeline, text, platform):
    g = pipeline.process(Document.from_text(text, "test.txt"))
    assert any(d.get("label") == "Platform" and d.get("name") == platform or
               d.get("label") == "Platform" and platform in d.get("name", "") for _, d in g.nodes(data=True))


def test_a_force_that_brings_its_platforms_operates_them(pipeline):
    edges = _edges(pipeline, "The Indian Air Force brought Su-30MKI fighters, supported by its own tankers.")
    assert _has(edges, "Indian Air Force", "OPERATES", "Su-30", "in_service")


def test_a_force_sending_platforms_to_an_exercise_operates_them(pipeline):
    text = ("Exercise Pitch Black 2024 began in Darwin on Monday. The Japan Maritime Self-Defense Force sent a task "
            "group built around the helicopter carrier JS Izumo.")
    assert _has(_edges(pipeline, text), "Japan Maritime Self-Defense Force", "OPERATES", "Izumo")


@pytest.mark.parametrize("text", [
    "Germany sent Leopard 2 tanks in January, officials said.",
    "The deal is meant to bring a dozen Gripen fighters to the Royal Thai Air Force.",
])
def test_sending_outside_a_gathering_or_bringing_to_a_state_is_no_own_fleet(pipeline, text):
    edges = _edges(pipeline, text)
    assert not _has(edges, "Germany", "OPERATES", "Leopard")
    assert not any(t == "OPERATES" and s == "Sweden" for s, t, _, _ in edges)


@pytest.mark.parametrize("text, seller, buyer, platform", [
    ("Poland asked its allies for air defence. Norway said it would allow the delivery of NASAMS launchers to Poland.",
     "Norway", "Poland", "NASAMS"),
    ("Moldova asked for help. Paris has committed 200 million euros in aid since May, including CAESAR howitzers "
     "and Mistral missiles.", "France", "Moldova", "Mistral"),
])
def test_allowed_deliveries_and_aid_lists_are_supplies(pipeline, text, seller, buyer, platform):
    edges = _edges(pipeline, text)
    assert _has(edges, seller, "SUPPLIES", buyer)
    assert _has(edges, buyer, "OPERATES", platform)


@pytest.mark.parametrize("text, platform, base", [
    ("On Monday the F-35A fighters at Rygge Air Station took over the alert duty.", "F-35", "Rygge"),
    ("The Bundeswehr declared capability for its first NASAMS battery at the Husum air base on Wednesday.", "NASAMS",
     "Husum"),
    ("The French troops are spread across two sites: the Niamey Air Base in the capital, where Rafale fighter jets are "
     "stationed, and a smaller garrison in the north.", "Rafale", "Niamey"),
])
def test_a_platform_at_a_base_is_deployed_there(pipeline, text, platform, base):
    assert _has(_edges(pipeline, text), platform, "DEPLOYED_TO", base)


def test_a_platform_at_a_show_is_not_deployed_there(pipeline):
    edges = _edges(pipeline, "Gripen fighters at the Farnborough Airshow drew crowds.")
    assert not any(t == "DEPLOYED_TO" for _, t, _, _ in edges)


def test_the_ships_sent_with_a_task_group_to_an_exercise_are_the_senders(pipeline):
    text = ("Exercise Pitch Black 2024 began in Darwin on Monday. The Indian Navy sent a task group built around the "
            "carrier INS Vikrant, with the destroyer INS Kolkata and the frigate INS Shivalik.")
    edges = _edges(pipeline, text)
    assert _has(edges, "Indian Navy", "OPERATES", "Kolkata") and _has(edges, "Indian Navy", "OPERATES", "Shivalik")


@pytest.mark.parametrize("text, source, type_, target, stage", [
    ("The Royal Norwegian Air Force's P-3C Orions have flown their final mission.", "Royal Norwegian Air Force",
     "OPERATES", "P-3", "retired"),
    ("Oslo would allow the delivery of NASAMS launchers to Ukraine, officials said.", "Norway", "SUPPLIES", "Ukraine",
     "planned"),
])
def test_stage_of_last_outings_and_allowed_deliveries(pipeline, text, source, type_, target, stage):
    assert _has(_edges(pipeline, text), source, type_, target, stage)


def test_a_last_mission_of_a_kept_fleet_is_no_retirement_without_the_words(pipeline):
    edges = _edges(pipeline, "The Royal Norwegian Air Force's P-3C Orions have flown a long mission over the Arctic.")
    assert not _has(edges, "Royal Norwegian Air Force", "OPERATES", "P-3", "retired")
