"""Who operates a platform (issue 10, session 29): the stage of goods made for a user and the hedged coming of
goods, on invented sentences about other states, services and platforms, through the real pipeline."""
from __future__ import annotations

from tests.extracted import has_staged as _has
from tests.extracted import staged_edges as _edges


def test_a_type_being_developed_for_a_user_is_planned(pipeline):
    edges = _edges(pipeline, "Its first task is the LUH, a light helicopter that HAL is developing for the Indian Army.")
    assert _has(edges, "Indian Army", "OPERATES", "LUH", "planned")


def test_a_type_being_built_for_a_user_is_ordered(pipeline):
    edges = _edges(pipeline, "Naval Group is showing the Gowind, a corvette which is being built for the Romanian Navy.")
    assert _has(edges, "Romanian Nav", "OPERATES", "Gowind", "ordered")


def test_goods_that_could_go_to_a_holder_are_none_of_its(pipeline):
    edges = _edges(pipeline, "An officer said the K9 howitzers could go to the Philippine Army next year.")
    assert not any(t == "OPERATES" for _, t, _, _ in edges)
    edges = _edges(pipeline, "The K9 howitzers will go to the Philippine Army next year.")
    assert _has(edges, "Philippine Army", "OPERATES", "K9")


def test_the_operator_of_a_type_in_a_clause_conjoined_to_its_subject(pipeline):
    edges = _edges(pipeline, "Egypt signed the deal in May and is now the second customer of the K9 in Africa.")
    assert _has(edges, "Egypt", "OPERATES", "K9", "in_service")


def test_one_of_the_operators_the_parser_hangs_on_the_holder(pipeline):
    edges = _edges(pipeline, "Together the two fleets will make the Republic of China Air Force one of the largest "
                             "F-16 operators in the world.")
    assert _has(edges, "Republic of China Air Force", "OPERATES", "F-16", "in_service")
    edges = _edges(pipeline, "The deal would make the Royal Thai Air Force one of the largest Gripen operators in Asia.")
    assert not any(t == "OPERATES" for _, t, _, _ in edges)
