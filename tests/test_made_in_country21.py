"""MANUFACTURES from the state goods are made in (issue 10, session 21): "the first carrier designed and
built in India", "interceptors made in Japan under licence", "rounds manufactured in Australia";
pooled over several development halves. A city or a works the goods are made in names no maker here,
nor does a state they are sent to, nor the state of a works where a firm is named as the maker, nor one
where they were upgraded. Invented sentences through the real pipeline."""
from __future__ import annotations

from tests.extracted import graph_maker, relations_in

graph_of = graph_maker("2024-03-03")


def makers(pipeline, text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, type_, t in relations_in(graph_of(pipeline, text)) if type_ == "MANUFACTURES"}


def test_conjoined_participles_built_in_a_state(pipeline):
    found = makers(pipeline, "The navy commissioned INS Vikrant, the first aircraft carrier designed and built in "
                             "India.")
    assert ("India", "Vikrant-class aircraft carrier") in found


def test_a_firm_named_as_maker_leaves_the_state_out(pipeline):
    found = makers(pipeline, "The brigade relies on CV90 infantry fighting vehicles built by BAE Systems Hagglunds "
                             "in Sweden.")
    assert ("Sweden", "CV90") not in found


def test_goods_made_in_a_state_under_licence(pipeline):
    found = makers(pipeline, "Tokyo changed its rules so that it could send Patriot interceptors made in Japan "
                             "under licence to the United States.")
    assert ("Japan", "Patriot") in found


def test_passive_manufactured_in_a_state(pipeline):
    assert ("Australia", "GMLRS") in makers(pipeline, "The ministers agreed that GMLRS rounds will be "
                                                      "manufactured in Australia from 2025.")


def test_a_city_is_no_maker(pipeline):
    found = makers(pipeline, "The K9 howitzers were built in Changwon by Hanwha Aerospace.")
    assert ("Hanwha Aerospace", "K9 Thunder") in found
    assert all(maker == "Hanwha Aerospace" for maker, _ in found)


def test_the_state_goods_are_sent_to_makes_nothing(pipeline):
    found = makers(pipeline, "The Patriot batteries built by Raytheon were sent to Poland in 2023.")
    assert ("Poland", "Patriot") not in found


def test_a_state_goods_are_upgraded_in_makes_nothing(pipeline):
    found = makers(pipeline, "The air force has around a hundred An-32 transports, bought in the 1980s and "
                             "upgraded in Ukraine.")
    assert not any(maker == "Ukraine" for maker, _ in found)
