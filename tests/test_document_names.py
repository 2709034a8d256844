"""A body whose name is a document's (a review, a white paper, an act, a status-of-forces agreement, a plan's vision)
is no body of the article, whether no relation touches it or only a BASED_IN does: a document is based nowhere
(graph/entities/document_names.py); an institution named after its topic stays."""
from __future__ import annotations

from graph.entities.document_names import names_document
from tests.extracted import node_labels


def test_document_heads_and_a_year_after_them():
    assert names_document("Coastal Defence White Paper") and names_document("Harbour Vision 2040")
    assert names_document("Maritime Zones Act 1127") and names_document("Visiting Forces Agreement")
    assert names_document("Eastern European Time") and names_document("Mid-Life Update")


def test_institutions_alliances_and_single_words_stay():
    assert not names_document("Tallinn Institute for Security Policy") and not names_document("Warsaw Pact")
    assert not names_document("Government of National Accord") and not names_document("Vision")
    assert not names_document("Baltic Defence College")


def test_a_white_paper_read_as_a_body_is_dropped(pipeline):
    text = ("LIMA, May 3, 2024 - The Peruvian Navy already operates two patrol ships of the first batch, bought "
            "from Korea. Peru's Defence White Paper calls for ten coastal ships to patrol the southern waters.")
    labels = node_labels(pipeline, text)
    assert ("GovernmentBody", "Peruvian Navy") in labels and not {n for _, n in labels if n.endswith("White Paper")}
