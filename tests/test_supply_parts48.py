"""A firm's supply of a part of another's platform (issue 10, session 48), pooled over the development halves: "X
supplies the turret", "supplied the combat management system", "supplies key components" with no taker named in
the sentence is the firm's work for the platform's maker, not a sale to the article's state; a counted object
("will supply 12 radars"), the goods named before ("the radars") or a named taker stay a sale. Invented sentences
through the real pipeline."""
from __future__ import annotations

from tests.extracted import graph_maker, relations_in

graph_of = graph_maker("2024-03-03")


def supplies(pipeline, text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, typ, t in relations_in(graph_of(pipeline, text)) if typ == "SUPPLIES"}


def test_a_turret_supplier_sells_nothing_to_the_buyer_of_the_vehicle(pipeline):
    text = ("The Chilean Army has taken delivery of its first Centauro II vehicles. Iveco builds the hull, while "
            "Leonardo supplies the turret, the gun and the sights.")
    assert ("Leonardo", "Chile") not in supplies(pipeline, text)


def test_a_combat_system_supplier_sells_nothing_to_the_buyer_of_the_ship(pipeline):
    text = ("The Peruvian Navy received a new frigate from Hyundai Heavy Industries on Monday. Hanwha Systems "
            "supplied the combat management system.")
    found = supplies(pipeline, text)
    assert not any(s == "Hanwha Systems" for s, _ in found)


def test_a_component_supplier_sells_nothing_to_the_buyer(pipeline):
    text = "Kenya ordered twelve K9 howitzers last year. Hanwha Aerospace supplies key components and technology."
    assert not any(s == "Hanwha Aerospace" for s, _ in supplies(pipeline, text))


def test_counted_radars_are_still_a_sale_to_the_article_state(pipeline):
    text = "Kenya wants to watch its coasts. Thales will supply 13 Ground Master 400 radars."
    assert ("Thales", "Kenya") in supplies(pipeline, text)


def test_a_part_with_a_named_taker_is_still_a_sale(pipeline):
    text = "Kenya ordered new frigates. Thales will supply the radars to Kenya."
    assert ("Thales", "Kenya") in supplies(pipeline, text)


def test_radars_sold_to_a_state_named_before_them_are_still_a_sale(pipeline):
    text = ("Kenya is rebuilding its army after the war. India sold Kenya four weapon-locating radars for about $40 "
            "million in 2020.")
    assert ("India", "Kenya") in supplies(pipeline, text)


def test_bare_plural_radars_in_a_list_of_arms_are_still_a_sale(pipeline):
    text = ("Kenya is rebuilding its army after the war. France has agreed to sell Kenya radars, air defence "
            "missiles and CAESAR howitzers.")
    assert ("France", "Kenya") in supplies(pipeline, text)
