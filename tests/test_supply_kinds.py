"""Kinds of supply, operation and manufacture wording found on unseen articles (issue 10), each on
invented sentences about other countries and platforms, through the real pipeline."""
from __future__ import annotations

import pytest

from tests.extracted import find_relation, text_relations


@pytest.mark.parametrize("text, state, platform", [
    ("Turkey unveiled the Hurjet trainer in 2022. Pakistan and Azerbaijan want to fly the type.", "Pakistan", "jet"),
    ("Algeria bought the Mi-28 helicopter. Iraq also operates the same type.", "Iraq", "Mi-28"),
])
def test_the_type_is_the_platform_just_named(pipeline, text, state, platform):
    assert find_relation(text_relations(pipeline, text), state, "OPERATES", platform)


@pytest.mark.parametrize("text, states, platform", [
    ("Several navies operate the MH-60R Seahawk, including Denmark and Norway.", ["Denmark", "Norway"], "MH-60"),
    ("Only a few countries still use the MiG-23, among them Angola and Syria.", ["Angola", "Syria"], "MiG-23"),
])
def test_group_subject_spelt_out_after_a_list_marker(pipeline, text, states, platform):
    edges = text_relations(pipeline, text)
    assert all(find_relation(edges, s, "OPERATES", platform) for s in states)


def test_group_subject_without_a_list_gives_no_operator(pipeline):
    edges = text_relations(pipeline, "Several countries operate the MiG-23, and Angola wants to sell its own.")
    assert not find_relation(edges, "Angola", "OPERATES", "MiG-23")


@pytest.mark.parametrize("text, state, platform", [
    ("Norway, which had pledged a battery of its own NASAMS, asked Washington for approval.", "Norway", "NASAMS"),
    ("Finland, which keeps its own K9 howitzers in reserve, ordered more shells.", "Finland", "K9"),
])
def test_relative_clause_owner_of_its_own_platform(pipeline, text, state, platform):
    assert find_relation(text_relations(pipeline, text), state, "OPERATES", platform)


def test_promised_supply_goes_to_no_bystander_state(pipeline):
    text = ("Italy pledged SAMP/T batteries to Ukraine in May. The same day the Netherlands said it would supply "
            "two Patriot launchers, the step Italy had wanted so that it would not act alone.")
    edges = text_relations(pipeline, text)
    assert not find_relation(edges, "Netherlands", "SUPPLIES", "Italy")
    assert not find_relation(edges, "Italy", "OPERATES", "Patriot")


@pytest.mark.parametrize("text, maker, platform", [
    ("The air force flew the Hurjet trainer designed and built in Ankara by Turkish Aerospace.", "Turkish Aerospace",
     "jet"),
    ("Egypt bought the K9 Thunder howitzer. It is the first export of the howitzer, which is built by Hanwha "
     "Aerospace.", "Hanwha", "K9"),
    ("Kenya received the Bayraktar TB2 in 2023. The Kenyan drones were assembled in Istanbul by Baykar.", "Baykar",
     "TB2"),
])
def test_makers_of_conjoined_relative_and_passive_clauses(pipeline, text, maker, platform):
    assert find_relation(text_relations(pipeline, text), maker, "MANUFACTURES", platform)


@pytest.mark.parametrize("text, maker, buyer", [
    ("Fincantieri, which is building frigates for the Indonesian Navy, opened a new yard.", "Fincantieri",
     "Indonesian Navy"),
    ("Hanwha Ocean is building submarines for the Royal Canadian Navy.", "Hanwha", "Royal Canadian Navy"),
])
def test_building_arms_for_a_state_supplies_it(pipeline, text, maker, buyer):
    assert find_relation(text_relations(pipeline, text), maker, "SUPPLIES", buyer)


def test_building_a_plant_for_a_state_supplies_nothing(pipeline):
    edges = text_relations(pipeline, "Hanwha Ocean is building a shipyard for the Royal Canadian Navy.")
    assert not find_relation(edges, "Hanwha", "SUPPLIES", "Canad")


@pytest.mark.parametrize("text, seller, buyer, platform", [
    ("Peru already flies second-hand MiG-29 fighters bought from Belarus.", "Belarus", "Peru", "MiG-29"),
    ("Chile operates Leopard 2 tanks acquired from Germany in 2007.", "Germany", "Chile", "Leopard"),
])
def test_goods_bought_from_a_seller_by_their_operator(pipeline, text, seller, buyer, platform):
    edges = text_relations(pipeline, text)
    assert find_relation(edges, seller, "SUPPLIES", buyer)
    assert find_relation(edges, buyer, "OPERATES", platform)


@pytest.mark.parametrize("text, seller, buyer, platform", [
    ("Oman signed for Typhoon jets in 2012. A year later the sultanate ordered eight Hawk trainers from Britain.",
     "United Kingdom", "Oman", "Hawk"),
    ("Morocco received Apache helicopters in 2024. That year the kingdom also ordered 25 F-16 jets from the United "
     "States.", "United States", "Morocco", "F-16"),
])
def test_state_stand_in_noun_buys_from_the_seller_after_the_goods(pipeline, text, seller, buyer, platform):
    edges = text_relations(pipeline, text)
    assert find_relation(edges, buyer, "OPERATES", platform)
    assert find_relation(edges, seller, "SUPPLIES", buyer)


@pytest.mark.parametrize("text, state, platform", [
    ("Spain's contingent of Eurofighter Typhoon jets reached the base.", "Spain", "Eurofighter"),
    ("The Dutch detachment of F-35 jets landed at Rota.", "Netherlands", "F-35"),
    ("Egyptian Rafale fighters joined the drill on Monday.", "Egypt", "Rafale"),
    ("Moroccan F-16s are working alongside the American jets.", "Morocco", "F-16"),
])
def test_contingents_and_demonym_platforms_taking_part(pipeline, text, state, platform):
    assert find_relation(text_relations(pipeline, text), state, "OPERATES", platform)


@pytest.mark.parametrize("text, seller, buyer", [
    ("Bulgaria's parliament approved the purchase of eight Dutch F-16 jets in March.", "Netherlands", "Bulgaria"),
    ("Uruguay buys Spain's old C-295 transports for 40 million dollars.", "Spain", "Uruguay"),
])
def test_marked_goods_are_sold_by_their_state(pipeline, text, seller, buyer):
    edges = text_relations(pipeline, text)
    assert find_relation(edges, seller, "SUPPLIES", buyer)
    assert not any(t == "OPERATES" and "parliament" in s.lower() for s, t, _ in edges)


def test_maker_demonym_is_no_previous_owner(pipeline):
    edges = text_relations(pipeline, "Vietnam bought Russian-made Su-30 jets in 2013.")
    assert not find_relation(edges, "Russia", "SUPPLIES", "Vietnam")


@pytest.mark.parametrize("text, supplier, recipient", [
    ("Bulgaria flew MiG-29 jets for decades, long after Russia stopped making them. In 2024 the government decided "
     "to hand the MiG-29 fleet to Ukraine, Bulgaria's defence minister said.", "Bulgaria", "Ukraine"),
    ("Slovenia flies Pilatus PC-9 trainers, and Slovenia's pilots like them, although Switzerland stopped building "
     "them. Last year the new government decided to give two PC-9 trainers to Albania.", "Slovenia", "Albania"),
])
def test_the_government_is_the_article_state(pipeline, text, supplier, recipient):
    assert find_relation(text_relations(pipeline, text), supplier, "SUPPLIES", recipient)


def test_named_parts_are_no_type(pipeline):
    edges = text_relations(pipeline, "Brazil operates the Guarani vehicle. Elbit will produce the mission systems, sensors "
                             "and weapons integration for it.")
    assert not find_relation(edges, "Elbit", "MANUFACTURES", "Guarani")


def test_a_platform_listed_with_parts_is_still_made(pipeline):
    """A firm that builds a platform named in a list with sensors or units makes the platform, not parts only."""
    from graph.relations.passes.part_makers import _part_object
    doc = pipeline.nlp("Arkon builds the Patroller drone, the Sterna sensors and the navigation units used by the army.")
    inside = {t.i for t in doc if t.text == "Patroller"}
    verb = next(t for t in doc if t.lemma_ == "build")
    assert not _part_object(verb, inside, it=True)
    parts = pipeline.nlp("Arkon builds the mission systems, sensors and weapons integration for the Patroller.")
    assert _part_object(next(t for t in parts if t.lemma_ == "build"), {t.i for t in parts if t.text == "Patroller"},
                        it=True)


@pytest.mark.parametrize("text, state, platform", [
    ("Portugal sent three Leopard 2A6 tanks from its own stocks to Ukraine.", "Portugal", "Leopard"),
    ("Canada shipped eight Leopard 2A4 tanks from Canadian Army stocks to Kyiv.", "Canad", "Leopard"),
])
def test_goods_taken_from_a_states_stocks_were_its_own(pipeline, text, state, platform):
    assert find_relation(text_relations(pipeline, text), state, "OPERATES", platform)


@pytest.mark.parametrize("text, state, platform", [
    ("India ordered 36 Rafale jets in 2016. Egypt flies 24 of them.", "Egypt", "Rafale"),
    ("Brazil received its first Gripen E jets. Sweden already operates 60 of them.", "Sweden", "Gripen"),
])
def test_a_number_of_them_is_the_platform_just_named(pipeline, text, state, platform):
    assert find_relation(text_relations(pipeline, text), state, "OPERATES", platform)


@pytest.mark.parametrize("text, maker, platform", [
    ("Rafael, whose Iron Dome guards the cities, showed a new radar.", "Rafael", "Iron Dome"),
    ("Germany's Diehl, whose IRIS-T SLM protects Kyiv, had a large stand.", "Diehl", "IRIS-T"),
])
def test_whose_platform_is_the_companys(pipeline, text, maker, platform):
    assert find_relation(text_relations(pipeline, text), maker, "MANUFACTURES", platform)


@pytest.mark.parametrize("text, maker, platform", [
    ("Peru flew the Mirage 2000 for decades. The French-built jets were retired in 2024.", "France", "Mirage 2000"),
    ("Brazil bought the Gripen E in 2014. The Swedish-built fighters arrived in 2022.", "Sweden", "Gripen"),
])
def test_made_in_on_the_category_noun_of_the_platform_just_named(pipeline, text, maker, platform):
    assert find_relation(text_relations(pipeline, text), maker, "MANUFACTURES", platform)


@pytest.mark.parametrize("text, maker, platform", [
    ("India flies the Su-30MKI. HAL builds the aircraft at Nashik.", "Hindustan", "Su-30"),
    ("Poland ordered the K2 tank in 2022. Hyundai Rotem builds the tanks in Changwon.", "Hyundai Rotem", "K2"),
])
def test_maker_of_the_category_noun_just_named(pipeline, text, maker, platform):
    assert find_relation(text_relations(pipeline, text), maker, "MANUFACTURES", platform)
