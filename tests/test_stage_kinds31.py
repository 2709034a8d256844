"""Stage kinds of the thirty-first session (ONTOLOGY.md, Time; ANNOTATION.md, "Stage and operator conventions"):

* a buyer's own relative or participle clause of buying, in a clause that waits for the goods, is ``ordered``
  ("Having bought 12 tanks in 2023, Peru is still waiting for them"; families/stage.py: _buyers_clause);
* one named unit (a ship with its own name) torpedoed, or handed, sold or given to another holder, is ``retired``
  for its former holder; a type is not retired when one of its units is lost (passes/use_stage.py);
* a year in a clause of ordering on the goods dates the order, not a first handover ("delivered two jets, the first
  of 16 the kingdom ordered in 2018": ``delivering``; families/stage.py: _in_deal_phrase).

Each kind beside the sentence it must leave alone. The sentences are our own."""
from __future__ import annotations

import pytest

from tests.extracted import stage_of

_DAY = "2025-03-03"
_LIMA = "LIMA, March 3 (Defence Wire) - "
_DELHI = "NEW DELHI, March 3 (Defence Wire) - "


@pytest.mark.parametrize("sentence,stage", [
    ("The first export customer was Peru, which bought 12 K2 tanks from South Korea in 2023, still waiting for the "
     "first of them.", "ordered"),
    ("Having bought 12 K2 tanks from South Korea in 2023, Peru is still waiting for them.", "ordered"),
    ("Peru, which bought 12 K2 tanks from South Korea in 2023, has spent two years waiting for their delivery.",
     "ordered"),
    # the wait is for something else, or the clause tells no wait: the goods came
    ("Peru, which bought 12 K2 tanks from South Korea in 2023, is waiting for approval of a second contract.",
     "delivered"),
    ("Having bought 12 K2 tanks from South Korea in 2023, Peru has moved them to the border.", "delivered"),
])
def test_buyer_clause_under_a_wait(pipeline, sentence, stage):
    assert stage_of(pipeline, _LIMA + sentence, "South Korea", "SUPPLIES", "Peru", _DAY) == stage


@pytest.mark.parametrize("sentence,source,target,stage", [
    ("The Indian Navy frigate INS Khukri was torpedoed by a Pakistani submarine in 1971.", "Indian Navy",
     "INS Khukri", "retired"),
    ("The Indian Navy's INS Sindhuvir was handed over to Myanmar in 2020.", "Indian Navy", "INS Sindhuvir",
     "retired"),
    ("Britain sold HMS Norfolk, a Royal Navy frigate, to Chile in 2006.", "Royal Navy", "HMS Norfolk", "retired"),
    # the new holder keeps it; a handover still to come leaves it with the navy
    ("The Indian Navy's INS Sindhuvir was handed over to Myanmar in 2020.", "Myanmar", "INS Sindhuvir", "delivered"),
    ("The Indian Navy will hand INS Sindhuvir over to Myanmar next year.", "Indian Navy", "INS Sindhuvir",
     "in_service"),
    # a ship that sank another was not lost
    ("In 1982 the British submarine HMS Conqueror sank the Argentine Navy cruiser ARA General Belgrano.",
     "Argentine Navy", "ARA General Belgrano", "retired"),
])
def test_named_unit_lost_or_handed_away(pipeline, sentence, source, target, stage):
    assert stage_of(pipeline, _DELHI + sentence, source, "OPERATES", target, _DAY) == stage


def test_sinker_not_lost(pipeline):
    from graph.relations.families.stage import lost

    doc = pipeline.nlp("The submarine HMS Conqueror sank the cruiser ARA General Belgrano in 1982.")
    assert not lost(next(t for t in doc if t.lower_ == "sank"))
    doc = pipeline.nlp("The cruiser ARA General Belgrano sank in 1982.")
    assert lost(next(t for t in doc if t.lower_ == "sank"))


def test_type_not_retired_when_one_unit_is_torpedoed(pipeline):
    text = _DELHI + "The Indian Navy operates Kilo-class submarines; one Kilo-class submarine was torpedoed in 1971."
    assert stage_of(pipeline, text, "Indian Navy", "OPERATES", "Kilo", _DAY) == "in_service"


def test_year_of_the_order_does_not_date_a_first_handover(pipeline):
    text = ("MANAMA, March 3 (Defence Wire) - Lockheed Martin has delivered two F-16 Block 70 jets to Bahrain, the "
            "first of 16 the kingdom ordered in 2018.")
    assert stage_of(pipeline, text, "Lockheed Martin", "SUPPLIES", "Bahrain", _DAY) == "delivering"
    assert stage_of(pipeline, text, "Bahrain", "OPERATES", "F-16", _DAY) == "delivering"
