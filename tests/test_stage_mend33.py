"""Review mends of session 33's stage rules (families/stage.py), sentences written for these tests:

* a receipt or holding ended later ("received the corvette in 2005 and later withdrew it") is ``retired``, but the
  receipt's year is no end: ``valid_to`` only from a date in the ending verb's own clause ("retired it in 2022"),
  else the report's day as for any retirement told without a date (graph/relations/time.py, _ended_later);
* a supply under a deal told in the present is the deal's terms (``ordered``) only where the deal is made: a
  condition ("if the talks succeed") or a signing denied ("the contract has not been signed") leaves it
  ``planned``; "under the terms of the deal" names the deal as "under the deal" does;
* a handover in a clause of time ahead ("once Saab has delivered them", "after Saab delivers them") beside a main
  clause told in the future is still to come: ``ordered``."""
from __future__ import annotations

import pytest

from tests.extracted import stage_of

_DAY = "2025-03-03"
_LIMA = "LIMA, March 3 (Defence Wire) - "


def _operates(pipeline, sentence: str, source: str, target: str) -> dict:
    from graph.text.metadata import Metadata
    from graph.text.sources import Document

    g = pipeline.process(Document.from_text(_LIMA + sentence, "t.txt", meta=Metadata(published=_DAY, date_source="cli")))
    found = [d for u, v, d in g.edges(data=True) if d["type"] == "OPERATES" and d.get("provenance") == "text"
             and source.lower() in g.nodes[u]["name"].lower() and target.lower() in g.nodes[v]["name"].lower()]
    assert found, sentence
    return found[0]


@pytest.mark.parametrize("sentence,source,target,valid_to", [
    # no date of its own: ended by the report's day, as any retirement told without a date ("decommissioned the
    # corvette"), not in the year of the receipt
    ("The Peruvian Navy received the corvette BAP Guise in 2005 and later withdrew it.", "Peruvian Navy", "Guise",
     _DAY),
    ("The Peruvian Air Force flew the Mirage 5 from 1980 and has since retired it.", "Peruvian Air Force",
     "Mirage 5", _DAY),
    ("The Royal Moroccan Navy bought two Descubierta corvettes in 1983 and decommissioned them in 2019.",
     "Royal Moroccan Navy", "Descubierta", "2019"),
    ("Peru flew the Mirage 2000 from 1986 and retired it in 2022.", "Peru", "Mirage 2000", "2022"),
])
def test_a_holding_ended_later_ends_in_the_year_of_its_end(pipeline, sentence, source, target, valid_to):
    d = _operates(pipeline, sentence, source, target)
    assert d.get("stage") == "retired"
    assert d.get("valid_to") == valid_to


@pytest.mark.parametrize("sentence,source,type_,target,stage", [
    ("If the talks succeed, under the deal Turkey sells 40 Hurjet trainers to Spain.", "Turkey", "SUPPLIES", "Spain",
     "planned"),
    ("Under the deal, Norway sells NASAMS to Lithuania, officials said, but the contract has not been signed.",
     "Norway", "SUPPLIES", "Lithuania", "planned"),
    ("Under the terms of the deal, Sweden sells 36 Gripen fighters to Brazil.", "Sweden", "SUPPLIES", "Brazil",
     "ordered"),
    ("Under the terms of the agreement, Hanwha supplies 48 K9 howitzers to Estonia.", "Estonia", "OPERATES",
     "K9", "ordered"),
])
def test_a_deal_told_in_the_present_is_ordered_only_where_it_is_made(pipeline, sentence, source, type_, target,
                                                                      stage):
    assert stage_of(pipeline, _LIMA + sentence, source, type_, target, _DAY) == stage


@pytest.mark.parametrize("sentence", [
    "The Brazilian Air Force will fly the Gripens from Anapolis once Saab has delivered them.",
    "The Brazilian Air Force will fly the Gripens from Anapolis after Saab delivers them.",
    "The Colombian Air Force will base its Gripen fighters at Palanquero until Saab has delivered them all.",
])
def test_a_handover_in_a_clause_of_time_ahead_of_a_future_main_clause(pipeline, sentence):
    assert stage_of(pipeline, _LIMA + sentence, "Saab", "SUPPLIES", "", _DAY) == "ordered"
