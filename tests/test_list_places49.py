"""Items of a list that each carry their own place ("A in X and B in Y", "A near X and B in Y"): the last item's
place is not an earlier item's, nor the earlier item's place's, however the parser hangs the prepositions
(graph/relations/families/events.py: _placed_apart, _own_place_after). Invented sentences."""
from __future__ import annotations

from tests.extracted import text_edges


def test_each_item_with_its_own_place(pipeline):
    edges = text_edges(pipeline, "The drones were flown from Jiuquan in Gansu and Yinchuan in Ningxia last week.")
    assert ("Jiuquan", "LOCATED_IN", "Gansu") in edges
    assert ("Yinchuan", "LOCATED_IN", "Ningxia") in edges
    assert ("Gansu", "LOCATED_IN", "Ningxia") not in edges


def test_a_landmark_near_one_item_is_not_in_the_next_items_place(pipeline):
    edges = text_edges(pipeline, "The air force flies the transports from Hindan near Delhi and Panagarh in West Bengal.")
    assert ("Panagarh", "LOCATED_IN", "West Bengal") in edges
    assert ("Delhi", "LOCATED_IN", "West Bengal") not in edges


def test_items_without_their_own_place_share_the_last_one(pipeline):
    edges = text_edges(pipeline, "The regiment trains at Cold Lake in Alberta and Bagotville in Quebec, "
                                 "and the reserve squadrons at Trenton and Borden in Ontario.")
    assert ("Bagotville", "LOCATED_IN", "Quebec") in edges
    assert not any(s == "Alberta" and t == "Quebec" for s, _, t in edges)


def test_earlier_items_take_no_place_from_a_list_of_placed_items(pipeline):
    edges = text_edges(pipeline, "The aircraft passed over RAF Cosford, Aldergrove in Northern Ireland and "
                                 "Lossiemouth in Scotland on the last day.")
    assert ("RAF Cosford", "LOCATED_IN", "Northern Ireland") not in edges
    assert ("RAF Cosford", "LOCATED_IN", "Scotland") not in edges
