"""Time, session 18: a fact still ahead is dated by the signing of the agreement it rests on ("will build
drones with Y under an agreement signed on Wednesday"); a fact under way keeps the news's time."""
from __future__ import annotations

from graph.text.metadata import from_text
from graph.text.sources import Document


def _whens(pipeline, text: str, type_: str, names: set[str]) -> list:
    g = pipeline.process(Document.from_text(text, "basis.txt", meta=from_text(text)))
    return [i.get("when") for u, v, d in g.edges(data=True) if d["type"] == type_
            and {g.nodes[u]["name"], g.nodes[v]["name"]} == names for i in d.get("evidence", [])]


# 2031-03-12 is a Wednesday
def test_a_tie_still_ahead_takes_the_day_its_agreement_was_signed(pipeline):
    text = ("Drones for Jakarta\n\nJAKARTA, March 13, 2031 (Island Wire) - Turkey's Baykar will build drones in "
            "Indonesia through a joint venture with the Indonesian firm Republikorp, under an agreement signed on "
            "Wednesday at the presidential palace.")
    assert _whens(pipeline, text, "COOPERATES_WITH", {"Baykar", "Republikorp"}) == ["2031-03-12"]


def test_a_date_describing_another_object_still_says_nothing_of_the_fact(pipeline):
    text = ("Drones for Jakarta\n\nJAKARTA, March 13, 2031 (Island Wire) - Turkey's Baykar will build drones in "
            "Indonesia with the Indonesian firm Republikorp, beside the hangar opened on Wednesday at the palace.")
    assert "2031-03-12" not in _whens(pipeline, text, "COOPERATES_WITH", {"Baykar", "Republikorp"})
