"""Kinds of stage read over a whole article or a whole clause (session 13): a fact stated before and after
its goods came takes the stage of the article's news; a yes/no question states no stage; "the first"
delivered years ago is no delivery under way; a retirement still ahead leaves the type in service; the
rest of a fleet due to be sold is no delivery; a gapped clause shares its verb's stage; "is to supply" is
an arrangement; talks going on make a choice a negotiation, talks still ahead leave it planned
(session 14 conventions); the latest customer has goods on order.
Invented articles through the real pipeline."""
from __future__ import annotations

from functools import partial

import pytest

from graph.relations.passes.news_stage import asks
from tests.extracted import stage_of

_stage = partial(stage_of, published="2025-03-10")


@pytest.mark.parametrize("text,source,type_,target,stage", [
    # the news is an order; a later sentence says the buyer already flies leased ones: the order's stage
    ("Chile signed a contract with Saab for 12 Gripen fighters on Monday. Chile has flown two Gripen jets leased "
     "from Sweden since 2021.", "Chile", "OPERATES", "Gripen", "ordered"),
    ("Egypt has ordered six Airbus C295 aircraft. Airbus has already delivered eight C295 aircraft to Egypt.",
     "Egypt", "OPERATES", "C295", "ordered"),
    # the news is the fleet; a later order adds to it: in service
    ("Chile has flown Gripen jets since 2021. On Monday Chile signed a contract with Saab for 12 more Gripen "
     "fighters.", "Chile", "OPERATES", "Gripen", "in_service"),
    # on one side of the arrival the furthest stage wins
    ("Peru plans to buy FA-50 fighters. In May Peru signed a contract for 12 FA-50 fighters.", "Peru", "OPERATES",
     "FA-50", "ordered"),
    # a yes/no question takes the stage of the statements that answer it
    ("Is Peru buying the FA-50? Peru is in talks with Korea Aerospace Industries to buy FA-50 fighters.",
     "Peru", "OPERATES", "FA-50", "negotiating"),
    # the first jets came years before the report: not being delivered; the type has served since
    ("The Peruvian Air Force inducted its first FA-50 jets at Lima in 2021.", "Peruvian Air Force", "OPERATES",
     "FA-50", "in_service"),
    ("The Peruvian Air Force inducted its first FA-50 jets at Lima on Monday.", "Peruvian Air Force", "OPERATES",
     "FA-50", "delivering"),
    # a number in a name is no year
    ("France delivered the first Mirage 2000 fighters to Peru in February.", "France", "SUPPLIES", "Peru",
     "delivering"),
    # a farewell tour before the type leaves service: still in service; a farewell with no leaving ahead retires it
    ("Three Royal Danish Air Force F-16 jets flew a farewell tour over Denmark on Tuesday, a month before the type "
     "leaves service.", "Royal Danish Air Force", "OPERATES", "F-16", "in_service"),
    ("Three Royal Danish Air Force F-16 jets flew a farewell tour over Denmark on Tuesday.", "Royal Danish Air Force",
     "OPERATES", "F-16", "retired"),
    # the rest of a fleet due to be sold is no delivery to come; the rest due to arrive is
    ("The Royal Norwegian Air Force flies 14 NH90 helicopters. The remaining six are due to be sold.",
     "Royal Norwegian Air Force", "OPERATES", "NH90", "in_service"),
    ("The Royal Norwegian Air Force has received eight NH90 helicopters. The remaining six are due next year.",
     "Royal Norwegian Air Force", "OPERATES", "NH90", "delivering"),
    # a clause that leaves out its verb shares it; a holder's goods bought from a seller are its fleet
    ("The Peruvian Air Force's KT-1 trainers were bought from Korea Aerospace Industries and its C-27J transports "
     "from Leonardo.", "Leonardo", "SUPPLIES", "Peruvian Air Force", "delivered"),
    ("The Peruvian Air Force's KT-1 trainers were bought from Korea Aerospace Industries and its C-27J transports "
     "from Leonardo.", "Peruvian Air Force", "OPERATES", "C-27J", "in_service"),
    ("The Peruvian Air Force's KT-1 trainers were bought from Korea Aerospace Industries and its C-27J transports "
     "from Leonardo.", "Peruvian Air Force", "OPERATES", "KT-1", "in_service"),
    # goods passed on from another state's stocks were delivered
    ("Jordan flies F-16 fighters. The jets were passed to Jordan from the United States in the late 1990s.",
     "United States", "SUPPLIES", "Jordan", "delivered"),
    # "is to receive": an arrangement, no contract yet
    ("Under the arrangement, Colombia is to receive 16 Gripen fighters from Saab.", "Saab", "SUPPLIES", "Colombia",
     "planned"),
    ("Under the arrangement, Colombia will receive 16 Gripen fighters from Saab.", "Saab", "SUPPLIES", "Colombia",
     "ordered"),
    # a choice whose contract talks are still ahead is planned; talks going on negotiate it
    ("Norway picks the Type 26 frigate for its navy\n\nNorway has chosen the British Type 26 frigate for its navy. "
     "Final contract talks still lie ahead.", "Norway", "OPERATES", "Type 26", "planned"),
    ("Norway picks the Type 26 frigate for its navy\n\nNorway has chosen the British Type 26 frigate for its navy. "
     "Talks with the shipbuilder are continuing.", "Norway", "OPERATES", "Type 26", "negotiating"),
    ("Chile picks the Gripen for its air force\n\nChile has chosen the Gripen fighter for its air force. Both "
     "governments said they would work towards a contract.", "Chile", "OPERATES", "Gripen", "planned"),
    ("Norway picks the Type 26 frigate for its navy\n\nNorway has chosen the British Type 26 frigate for its navy. "
     "Officials hope to sign a contract next year.", "Norway", "OPERATES", "Type 26", "planned"),
    # the latest customer has just signed
    ("Peru is the latest export customer of the FA-50.", "Peru", "OPERATES", "FA-50", "ordered"),
    ("Peru is an export customer of the FA-50.", "Peru", "OPERATES", "FA-50", "in_service"),
])
def test_stage_over_the_article(pipeline, text, source, type_, target, stage):
    assert _stage(pipeline, text, source, type_, target) == stage


@pytest.mark.parametrize("sentence,question", [
    ("Q&A: Is Pakistan really buying the J-35?", True),
    ("Will Greece sign for more Rafales?", True),
    ("Why did Poland buy the K2?", False),
    ("Poland bought the K2.", False),
])
def test_yes_no_questions(sentence, question):
    assert asks(sentence) is question
