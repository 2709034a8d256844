"""Stage kinds of the thirty-third session (ONTOLOGY.md, Time; ANNOTATION.md, "Stage and operator conventions"):

* a supply told in the present under a named deal ("under the deal, X sells the system to Y", "is building four
  ships for the navy under a contract") states the deal's terms: ``ordered``, not a standing trade nor a handover
  (families/stage.py: deal_terms);
* goods being made for a buyer where the sentence names deliveries still to come ("with first deliveries due next
  month") are ``ordered`` (families/stage.py: deliveries_ahead);
* a handover told in the present inside a clause of time ahead ("before the yard hands her to the navy") is still to
  come: ``ordered`` (families/stage.py: handover_ahead);
* infinitives joined by "and" share what governs the first ("decided to retire its F-5s and replace them with
  F-16s": the successor is ``planned``; families/stage.py: _governors);
* a framework agreement is ``planned`` whatever verb signs it ("put its name to a framework agreement":
  families/supply.py deals, stage.framework_only);
* a platform rolling out of its maker's works is made, not yet handed over: the first of a batch ``delivering``,
  else ``ordered`` (families/stage.py: rolled_out);
* a receipt or a holding joined to a verb that ends it ("received Mirages in the 1990s and later withdrew them") is
  ``retired``; a named ship that is the subject of a verb of loss, or of one joined to it ("ran aground and sank"),
  is ``retired`` (families/stage.py: ended_later, _subject_lost);
* a ship named as what another ship once was ("Before she was X, the carrier was HMS Y", "the frigate was once HMS
  Y") is ``retired`` for the former navy (families/ships.py: _was_once).

Each kind beside the sentence it must leave alone. The sentences are our own."""
from __future__ import annotations

import pytest

from tests.extracted import stage_of

_DAY = "2025-03-03"
_VILNIUS = "VILNIUS, March 3 (Defence Wire) - "


@pytest.mark.parametrize("sentence,source,type_,target,stage", [
    ("Under the deal, Raytheon sells the NASAMS system to Lithuania and Kongsberg will build and deliver it.",
     "Raytheon", "SUPPLIES", "Lithuania", "ordered"),
    ("Under the contract, Hanwha supplies 48 K9 howitzers to Norway.", "Norway", "OPERATES", "K9", "ordered"),
    ("Navantia is building four frigates for the Philippine Navy under a contract signed last year.", "Navantia",
     "SUPPLIES", "Philippine Navy", "ordered"),
    # no deal named over the present: a standing trade or goods under way, as before
    ("Fincantieri is building two frigates for Indonesia.", "Fincantieri", "SUPPLIES", "Indonesia", "delivering"),
    ("Under the deal signed in 2019, Hanwha delivered 48 K9 howitzers to Norway.", "Norway", "OPERATES", "K9",
     "delivered"),
])
def test_a_supply_told_in_the_present_under_a_deal(pipeline, sentence, source, type_, target, stage):
    assert stage_of(pipeline, _VILNIUS + sentence, source, type_, target, _DAY) == stage


@pytest.mark.parametrize("sentence,stage", [
    ("Damen is assembling four patrol ships for Mexico at its yard in Galati, with first deliveries due next "
     "year.", "ordered"),
    ("Damen is assembling four patrol ships for Mexico at its yard in Galati; deliveries are expected to begin in "
     "2026.", "ordered"),
    ("Damen is assembling four patrol ships for Mexico at its yard in Galati.", "delivering"),
])
def test_goods_being_made_with_deliveries_ahead(pipeline, sentence, stage):
    assert stage_of(pipeline, _VILNIUS + sentence, "Damen", "SUPPLIES", "Mexico", _DAY) == stage


@pytest.mark.parametrize("sentence,source,type_,target,stage", [
    ("The Indonesian Navy's new frigate KRI Balaputradewa was launched in May and must still complete sea trials "
     "before PAL hands her to the navy.", "Indonesian Navy", "OPERATES", "KRI Balaputradewa", "ordered"),
    ("Chile decided to retire its F-5 fleet early and to replace it with American F-16 jets.", "Chile", "OPERATES",
     "F-16", "planned"),
    ("Chile decided to retire its F-5 fleet early and to replace it with American F-16 jets.", "Chile", "OPERATES",
     "F-5", "in_service"),
    ("Indonesia's first KF-21 fighters roll out.", "Indonesia", "OPERATES", "KF-21", "delivering"),
    ("Japan's First F-35B Fighters Roll Out at Fort Worth", "Japan", "OPERATES", "F-35", "delivering"),
    # a state showing off its own tanks is no roll-out at the maker's
    ("Poland rolled out its new K2 tanks at the Independence Day parade.", "Poland", "OPERATES", "K2", "in_service"),
    ("Norway's first K9 howitzers rolled off the production line at Hanwha's plant in Changwon, with deliveries to "
     "begin in June.", "Norway", "OPERATES", "K9", "delivering"),
])
def test_handovers_still_to_come(pipeline, sentence, source, type_, target, stage):
    assert stage_of(pipeline, _VILNIUS + sentence, source, type_, target, _DAY) == stage


@pytest.mark.parametrize("sentence,source,target,stage", [
    ("Greece received Mirage 2000 jets in the 1990s and later withdrew them.", "Greece", "Mirage 2000", "retired"),
    ("Peru flew the Mirage 2000 from 1986 and retired it in 2022.", "Peru", "Mirage 2000", "retired"),
    ("The Peruvian Navy frigate BAP Aguirre ran aground and sank off Callao in 2019.", "Peruvian Navy",
     "BAP Aguirre", "retired"),
    ("Last year the Royal Thai Navy lost HTMS Sukhothai, which ran aground and sank.", "Royal Thai Navy",
     "HTMS Sukhothai", "retired"),
    # grounding may be for a while; a retirement still to come leaves the type in service
    ("Bolivia bought six K-8 jets from China in 2011 and grounded them in 2020.", "Bolivia", "K-8", "in_service"),
    ("Greece received Mirage 2000 jets in the 1990s and will withdraw them in 2027.", "Greece", "Mirage 2000",
     "in_service"),
])
def test_holdings_ended_later(pipeline, sentence, source, target, stage):
    assert stage_of(pipeline, _VILNIUS + sentence, source, "OPERATES", target, _DAY) == stage


@pytest.mark.parametrize("sentence,stage", [
    ("Before she was Atlântico, the helicopter carrier was HMS Ocean, the Royal Navy's largest ship.", "retired"),
    # a ship named as what it is, not what another ship once was
    ("HMS Ocean was the Royal Navy's largest ship.", "in_service"),
])
def test_a_former_identity_of_a_ship(pipeline, sentence, stage):
    assert stage_of(pipeline, "LONDON, March 3 (Defence Wire) - " + sentence, "Royal Navy", "OPERATES", "HMS Ocean",
                    _DAY) == stage


@pytest.mark.parametrize("sentence,stage", [
    ("Romania put its name to a framework agreement with Rheinmetall for 290 Lynx vehicles.", "planned"),
    # an order placed under a framework is a firm order
    ("The order was placed under a framework agreement that Romania concluded with Rheinmetall for 290 Lynx "
     "vehicles.", "ordered"),
])
def test_a_framework_agreement_named_by_any_verb(pipeline, sentence, stage):
    assert stage_of(pipeline, _VILNIUS + sentence, "Rheinmetall", "SUPPLIES", "Romania", _DAY) == stage
