"""A catalogued town named alone beside the base named after it is the base where the town holds nothing
of the article ("RAAF Base Darwin" ... "left Darwin"); a town the text calls the town or places things near
stays a place of its own (graph/entities/base_towns.py, fold_idle_base_towns)."""
from __future__ import annotations

from tests.extracted import node_labels


def test_an_idle_town_beside_its_base_is_the_base(pipeline):
    labels = set(node_labels(pipeline, "Six Indonesian Air Force F-16 fighters arrived at RAAF Base Darwin on "
                                       "Monday for Exercise Pitch Black. The jets will leave Darwin in August."))
    assert ("Place", "RAAF Base Darwin") in labels
    assert ("Place", "Darwin") not in labels


def test_a_town_the_text_places_things_near_stays_a_place(pipeline):
    labels = set(node_labels(pipeline, "Six Indonesian Air Force F-16 fighters arrived at RAAF Base Darwin on "
                                       "Monday. A second group trained at a range near Darwin."))
    assert ("Place", "RAAF Base Darwin") in labels
    assert ("Place", "Darwin") in labels


def test_the_town_of_a_training_ground_stays_a_place(pipeline):
    labels = set(node_labels(pipeline, "Troops of Uzbekistan and Pakistan trained at the Termez Training Ground. "
                                       "Officers from Termez watched the final stage."))
    assert ("Place", "Termez") in labels
