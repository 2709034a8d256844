"""An armed service that a verb of giving has as its object operates the goods (``given_to_service``; the
operator convention of ANNOTATION.md: the service named as operator). Invented sentences, real pipeline."""
from __future__ import annotations

from graph.text.metadata import Metadata
from graph.text.sources import Document


def _operates(pipeline, text: str) -> dict[tuple[str, str], str | None]:
    doc = Document.from_text(text, "t.txt", meta=Metadata(published="2025-03-10", date_source="cli"))
    g = pipeline.process(doc)
    return {(g.nodes[u]["name"], g.nodes[v]["name"]): d.get("stage") for u, v, d in g.edges(data=True)
            if d["type"] == "OPERATES"}


def test_order_gives_the_service_its_ships(pipeline):
    found = _operates(pipeline, "The order will give the Chilean Navy four Type 26 frigates.")
    assert found.get(("Chilean Navy", "Type 26 frigate")) == "ordered"


def test_not_given(pipeline):
    found = _operates(pipeline, "The deal will not give the Chilean Navy any Type 26 frigates.")
    assert ("Chilean Navy", "Type 26 frigate") not in found


def test_the_giver_is_no_operator_of_what_it_gives(pipeline):
    """The service as the subject gives the goods away: this rule gives it nothing."""
    found = _operates(pipeline, "The Chilean Navy will give four Type 26 frigates to the Peruvian Navy.")
    assert ("Chilean Navy", "Type 26 frigate") not in found
