"""Stage kinds of the thirtieth session, second round (ONTOLOGY.md, Time; ANNOTATION.md, "Stage and operator
conventions"):

* goods, or their holder, that struck, bombed, shot down or intercepted are in use: a verb of combat
  (``stage.combat_verbs``) whose active subject is the platform, also one joined to the platform's verb with no
  subject of its own ("the jets took off and struck the camps", "the air force took its jets to the border and
  struck"; passes/use_stage.py: shown_in_use);
* goods bought that a "waiting" clause of the buying verb waits for are ordered, whatever the wait's complement
  names of their coming: "to receive the first", "for them to be delivered", "for the Rafales", "for the first
  batch", "for the rest of them", or nothing after "still" (families/stage.py: _waiting);
* an upgraded type's own name worked out or picked ("an upgraded Gripen is being developed for X", "the upgraded
  Gripen C was chosen") tells of a newer version: a holder the article gives the type holds it (passes/use_stage.py,
  news_stage.py: upgraded_name).

Each kind beside the sentence it must leave alone. The sentences are our own."""
from __future__ import annotations

import pytest

from tests.extracted import stage_of

_DAY = "2025-03-03"


@pytest.mark.parametrize("text,stage", [
    ("Officials said the Indian Air Force's Rafale jets took off before dawn and struck militant camps, describing "
     "the mission as going as planned.", "in_service"),
    ("The Royal Saudi Air Force's Typhoon jets, delivered in 2024, hit Houthi positions on Monday, the coalition "
     "said.", "in_service"),
    # the holder took or received the goods and struck: they are in use
    ("Officials said the Pakistan Air Force took its J-10C jets to the border and struck Indian positions, describing "
     "the operation as going as planned.", "in_service"),
    ("The Pakistan Air Force received J-10C jets from China in 2022 and shot down two drones last week.",
     "in_service"),
    # a strike ahead, or denied, shows no use; an order and a strike stay an order
    ("Pakistan ordered J-10C jets from China in 2022 and its air force shot down two drones last week.", "ordered"),
    ("The Indian Air Force's Rafale jets took off before dawn and will strike camps if ordered, officials said.",
     "delivered"),
    ("The Indian Air Force's Rafale jets arrived at Ambala in 2020 and did not strike any target until 2025.",
     "delivered"),
])
def test_combat_verbs_show_use(pipeline, text, stage):
    source = "Saudi" if "Saudi" in text else "Pakistan" if "Pakistan" in text else "Indian Air Force"
    target = "Typhoon" if "Typhoon" in text else "J-10" if "J-10" in text else "Rafale"
    assert stage_of(pipeline, text, source, "OPERATES", target, _DAY) == stage


@pytest.mark.parametrize("text,stage", [
    ("Serbia bought 12 Rafale jets from France in 2024, waiting to receive the first in 2028.", "ordered"),
    ("Serbia bought 12 Rafale jets from France in 2024, still waiting for the first jets to arrive.", "ordered"),
    ("Serbia bought 12 Rafale jets from France in 2024, waiting for them to be delivered from 2028.", "ordered"),
    ("Serbia bought 12 Rafale jets from France in 2024, waiting for the Rafales until 2028.", "ordered"),
    ("Serbia bought 12 Rafale jets from France in 2024, waiting to take delivery in 2028.", "ordered"),
    ("Serbia bought 12 Rafale jets from France in 2024, still waiting.", "ordered"),
    ("Serbia bought 12 Rafale jets from France in 2024, waiting for the first batch in 2028.", "ordered"),
    ("Serbia bought 12 Rafale jets from France in 2024, still waiting for the remaining jets.", "ordered"),
    ("Serbia bought 12 Rafale jets from France in 2024, waiting for the rest of them.", "ordered"),
    # waiting for something else, or a wait that is over, leaves the purchase done
    ("Serbia bought 12 Rafale jets from France in 2024, waiting for approval to buy six more.", "delivered"),
    ("Serbia bought 12 Rafale jets from France in 2024, waiting to take part in the air show.", "delivered"),
    ("Serbia bought 12 Rafale jets from France in 2024, waiting for the rest of the world to follow.", "delivered"),
    ("Serbia bought 12 Rafale jets from France in 2024 and waited two years for them to arrive.", "delivered"),
])
def test_waiting_clause_of_a_purchase(pipeline, text, stage):
    assert stage_of(pipeline, text, "Serbia", "OPERATES", "Rafale", _DAY) == stage


def test_waiting_with_a_signed_contract(pipeline):
    text = ("Serbia signed a contract for 12 Rafale jets with Dassault in 2024. The Serbian Air Force, which bought "
            "12 Rafale jets from France in 2024, is still waiting.")
    assert stage_of(pipeline, text, "Serbian Air Force", "OPERATES", "Rafale", _DAY) == "ordered"


_CHOSEN = "The upgraded Gripen C was chosen by the Royal Thai Air Force, proposed by Saab in 2023 and shortlisted last year."


@pytest.mark.parametrize("text,source,target,stage", [
    ("An upgraded Gripen is being developed by Saab for the Hungarian Air Force, which plans to keep it in service "
     "until 2035.", "Hungarian Air Force", "Gripen", "in_service"),
    (_CHOSEN + " The Royal Thai Air Force flies 11 Gripen C jets.", "Royal Thai Air Force", "Gripen", "in_service"),
    # a buyer the article gives no such type plans the version; an upgraded type bought or received is that news
    (_CHOSEN, "Royal Thai Air Force", "Gripen", "planned"),
    ("Italy ordered 76 upgraded Freccia vehicles from Iveco in 2024.", "Italy", "Freccia", "ordered"),
    ("The Polish Air Force received its first upgraded F-16 jets from Lockheed Martin on Monday.", "Polish Air Force",
     "F-16", "delivering"),
])
def test_upgraded_type_worked_out(pipeline, text, source, target, stage):
    assert stage_of(pipeline, text, source, "OPERATES", target, _DAY) == stage
