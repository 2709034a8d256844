"""Stage kinds of the thirtieth session (ONTOLOGY.md, Time; ANNOTATION.md, "Stage and operator conventions"):

* a headline "<subject> to <verb> ..." puts the news ahead: nothing is handed over, whatever the tagger made of
  the capitalised verb (passes/headline_stage.py); a verb of making in the infinitive ("to build", "to
  assemble") is still to come (families/stage.py: clause_stage);
* goods bought that the buyer is still waiting for are ordered (families/stage.py: _still_awaited);
* goods that took part in strikes, an operation or a drill are in use (passes/use_stage.py: _in_action).

Each kind beside the sentence it must leave alone. The sentences are our own."""
from __future__ import annotations

import pytest

from graph.relations.passes.headline_stage import puts_ahead
from tests.extracted import stage_of

_DAY = "2025-03-03"
_BODY = "CAIRO, March 3 (Defence Wire) - Egypt has ordered 20 Hurkus trainers, the ministry said on Monday."


_HUNGARY = "BUDAPEST, March 3 (Defence Wire) - Hungary has ordered 30 K9 howitzers, the ministry said on Monday."


@pytest.mark.parametrize("headline,body,source,type_,target", [
    ("Turkish Aerospace to Assemble 20 Hurkus for Egyptian Air Force", _BODY, "Egyptian Air Force", "OPERATES",
     "Hürkuş"),
    ("Turkish Aerospace to Assemble 20 Hurkus for Egyptian Air Force", _BODY, "Turkish Aerospace", "SUPPLIES",
     "Egyptian Air Force"),
    # the tagger reads "Manufacture" as a name: the headline's "to" still puts it ahead, and the body's order stands
    ("Turkish Aerospace to Manufacture 30 K9 Howitzers for Hungary", _HUNGARY, "Hungary", "OPERATES", "K9"),
    ("Turkish Aerospace to Manufacture 30 K9 Howitzers for Hungary", _HUNGARY, "Turkish Aerospace", "SUPPLIES",
     "Hungary"),
])
def test_headline_ahead_hands_nothing_over(pipeline, headline, body, source, type_, target):
    text = f"{headline}\n\n{body} They will be assembled at Helwan.\n"
    assert stage_of(pipeline, text, source, type_, target, _DAY) == "ordered"


def test_headline_of_a_handover_stays_delivered(pipeline):
    text = ("Egyptian Air Force Receives 20 Hurkus Trainers\n\nCAIRO, March 3 (Defence Wire) - Turkish Aerospace "
            "handed over 20 Hurkus trainers to the Egyptian Air Force, the ministry said on Monday.\n")
    assert stage_of(pipeline, text, "Egyptian Air Force", "OPERATES", "Hürkuş", _DAY) == "delivered"


@pytest.mark.parametrize("headline,ahead", [
    ("Turkish Aerospace to Assemble 20 Hurkus for Egyptian Air Force", True),
    ("Indian Navy to Induct 26 Rafale M Fighters", True),
    ("Germany to Supply Four IRIS-T Systems to Ukraine", True),
    ("Egypt Receives Rafales to Replace Mirage Jets", False),  # the headline's verb comes first: done
    ("First K2 Tanks Delivered to Poland", False),  # "to" a place
    ("Talks to Resume in Geneva", False),  # no verb of making, buying or sending
])
def test_puts_ahead(pipeline, headline, ahead):
    assert puts_ahead(pipeline.nlp(headline)[:]) is ahead


@pytest.mark.parametrize("text,stage", [
    ("The contract calls for Hyundai Heavy Industries to build six patrol vessels for the Philippine Navy.",
     "ordered"),
    ("Hyundai Heavy Industries is building six patrol vessels for the Philippine Navy.", "delivering"),
    ("Hyundai Heavy Industries built six patrol vessels for the Philippine Navy in 2019.", "delivered"),
])
def test_making_in_the_infinitive_is_still_to_come(pipeline, text, stage):
    assert stage_of(pipeline, text, "Hyundai Heavy Industries", "SUPPLIES", "Philippine Navy", _DAY) == stage


@pytest.mark.parametrize("text,stage", [
    ("Peru bought 12 FA-50 jets from South Korea in 2023 and is still waiting for their delivery, the air force "
     "said.", "ordered"),
    ("The Peruvian Air Force bought ten Gripen fighters from Sweden last year but is still awaiting delivery.",
     "ordered"),
    ("Peru purchased four Z-9 helicopters from China in 2024 and still awaits their delivery.", "ordered"),
    ("Peru, which bought 12 FA-50 jets from South Korea in 2023, is still waiting for them, the air force said.",
     "ordered"),
    ("Peru, which bought 12 FA-50 jets from South Korea in 2023, is still waiting for a decision on more.",
     "delivered"),
    # waiting for something else, or waiting that is over, leaves the purchase done
    ("Peru bought 12 FA-50 jets from South Korea in 2023 and is still waiting for approval of a second batch.",
     "delivered"),
    ("Peru bought 12 FA-50 jets from South Korea in 2023.", "delivered"),
])
def test_bought_and_still_awaited(pipeline, text, stage):
    assert stage_of(pipeline, text, "Peru", "OPERATES", "FA-50" if "FA-50" in text else
                    "Gripen" if "Gripen" in text else "Z-9", _DAY) == stage


@pytest.mark.parametrize("text,stage", [
    ("The J-10C jets that China delivered to Pakistan in 2022 took part in the strikes, and Pakistan plans to buy "
     "40 more fighters, officials said.", "in_service"),
    ("Ukraine's F-16 jets, delivered by Denmark last year, took part in repelling the attack, officials said.",
     "in_service"),
    ("China delivered the J-10C jets, which took part in the strikes, to Pakistan in 2022, officials said.",
     "in_service"),
    ("China delivered the J-10C jets, which will take part in the strikes, to Pakistan in 2022, officials said.",
     "delivered"),
    ("The J-10C jets that China delivered to Pakistan in 2022 took part in the parade in Islamabad.", "delivered"),
    ("The J-10C jets that China delivered to Pakistan in 2022 arrived at Kamra.", "delivered"),
])
def test_taking_part_in_an_action_is_use(pipeline, text, stage):
    source = "Ukraine" if "Ukraine" in text else "Pakistan"
    target = "F-16" if "F-16" in text else "J-10"
    assert stage_of(pipeline, text, source, "OPERATES", target, _DAY) == stage


@pytest.mark.parametrize("text,stage", [
    # a newer version of a type its holder has: the version is chosen or developed, the type is held
    ("An upgraded version of the FA-50 was chosen by the Philippine Air Force, proposed by KAI and shortlisted last "
     "year. The Philippine Air Force flies 12 FA-50 jets.", "in_service"),
    ("The Philippine Air Force, which received 12 FA-50 jets in 2017, chose an upgraded version of the jet proposed "
     "by KAI.", "in_service"),
    ("The Philippine Air Force, which received 12 FA-50 jets in 2017, chose KAI to train its pilots.", "delivered"),
    # a buyer that has no such type plans the version
    ("An upgraded version of the FA-50 was chosen by the Philippine Air Force, proposed by KAI and shortlisted last "
     "year.", "planned"),
])
def test_new_version_of_a_held_type(pipeline, text, stage):
    assert stage_of(pipeline, text, "Philippine Air Force", "OPERATES", "FA-50", _DAY) == stage

