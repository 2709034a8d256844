"""A holding's stage from what its own sentence says of the goods (graph/relations/passes/use_stage.py):
delivered goods shown in use are in service; goods whose retirement the
sentence tells, or that were replaced years ago, are retired; a type a successor is named for, or whose
retirement looms, is held. A unit no state is named for takes its air force's retirement of the type
(passes/retirement.py); a deal apposed to the goods whose clause shelves it or says it is still being
negotiated is cancelled or negotiated (passes/deal_apposition.py); talks that ran "until" a time in the past
perfect are over (families/stage.py). Each kind beside the sentence it must leave alone."""
from __future__ import annotations

import pytest

from tests.extracted import find_relation, stage_of, text_relations

_DAY = "2024-03-01"


@pytest.mark.parametrize("text,source,target,stage", [
    # a verb of use over the goods: in service (a use that goes on, even under a plan)
    ("Peru bought MiG-29 fighters from Belarus in 2019 and plans to fly its MiG-29s until about 2030.",
     "Peru", "MiG-29", "in_service"),
    ("Peru bought MiG-29 fighters from Belarus in 2019.", "Peru", "MiG-29", "delivered"),
    ("Several reports say Peruvian Air Force MiG-29 jets fired missiles at the targets; the MiG-29s were bought "
     "from Belarus under a 2019 deal.", "Peruvian Air Force", "MiG-29", "in_service"),
    ("Chile, Peru and Ecuador already fly or have received the Super Tucano.", "Ecuador", "Super Tucano",
     "in_service"),
    # a sale, even to a list of buyers, says nothing of use: delivered (the corpus's gold splits 3 to 2 on
    # "has sold the type to A, B and C", and held-out text keeps it delivered)
    ("Naval Group has sold the Gowind corvette to Egypt, Malaysia and the United Arab Emirates.", "Malaysia",
     "Gowind", "delivered"),
    ("Naval Group has sold the Gowind corvette to Egypt.", "Egypt", "Gowind", "delivered"),
    # a retirement the sentence tells, not one put ahead
    ("The C-390s fill the gap left by the retirement of Portugal's C-130H transports.", "Portugal", "C-130",
     "retired"),
    ("The C-390s will arrive before the retirement of Portugal's C-130H transports.", "Portugal", "C-130",
     "in_service"),
    # a type replaced decades before publication is retired; one still to be replaced serves
    ("In 1988 Greece chose the F-16 to replace its Northrop F-5 fighters.", "Greece", "F-5", "retired"),
    ("Greece chose the KF-21 to replace its Northrop F-5 fighters.", "Greece", "F-5", "in_service"),
    # goods a sentence works on (an upgrade, a modernisation) are held, whatever deal it tells besides; a variant
    # bought new ("upgraded" on the goods themselves) is not
    ("Peru signed a contract with the United States for 12 new F-16 Block 70 jets and kits to modernise the rest "
     "of its existing F-16 fleet.", "Peru", "F-16", "in_service"),
    ("Peru signed a contract with the United States for 12 new F-16 Block 70 jets.", "Peru", "F-16", "ordered"),
    ("Aselsan hopes to join modernisation programmes for Ecuador's Leopard 1 tanks.", "Ecuador", "Leopard 1",
     "in_service"),
    ("Ecuador plans to buy Leopard 1 tanks from Germany.", "Ecuador", "Leopard 1", "planned"),
    # the last of a fleet flown, or one named unit lost, is out of service; one still flown is not
    ("The new jets arrive a year after the Chilean Air Force flew its last Mirage 5 fighters.",
     "Chilean Air Force", "Mirage 5", "retired"),
    ("The new jets arrive a year after the Chilean Air Force flew its first Mirage 5 fighters.",
     "Chilean Air Force", "Mirage 5", "in_service"),
    ("The Peruvian Navy lost its oldest submarine, BAP Pacocha, in a collision in 1988.", "Peruvian Navy",
     "BAP Pacocha", "retired"),
    ("The Peruvian Navy still sails its oldest submarine, BAP Pacocha, from Callao.", "Peruvian Navy",
     "BAP Pacocha", "in_service"),
    # a unit no state is named for takes the air force's retirement of the type
    ("The Indian Air Force retired the MiG-21 on Friday with a farewell flypast. The last MiG-21 jets were flown "
     "by No. 4 Squadron.", "No. 4 Squadron", "MiG-21", "retired"),
])
def test_use_stage(pipeline, text, source, target, stage):
    assert stage_of(pipeline, text, source, "OPERATES", target, _DAY) == stage


@pytest.mark.parametrize("text,source,type_,target,stage", [
    # a deal apposed to the goods' phrase, its clause of talks going on: negotiated, not only approved
    ("India has approved the purchase of 24 Bayraktar TB2 drones from Baykar, a deal that is still being "
     "negotiated.", "India", "OPERATES", "Bayraktar TB2", "negotiating"),
    ("India has approved the purchase of 24 Bayraktar TB2 drones from Baykar, a deal that is still being "
     "negotiated.", "Baykar", "SUPPLIES", "India", "negotiating"),
    ("India has approved the purchase of 24 Bayraktar TB2 drones from Baykar, a deal that was discussed in March.",
     "India", "OPERATES", "Bayraktar TB2", "planned"),
    # a deal apposed to the goods' phrase, its clause of calling off: cancelled
    ("Indonesia agreed to buy 16 Mirage 2000-5 fighters from Qatar, a purchase the ministry shelved in January "
     "for lack of funds.", "Indonesia", "OPERATES", "Mirage 2000", "cancelled"),
    ("Indonesia agreed to buy 16 Mirage 2000-5 fighters from Qatar, a purchase the ministry signed in January.",
     "Indonesia", "OPERATES", "Mirage 2000", "ordered"),
])
def test_deal_apposition(pipeline, text, source, type_, target, stage):
    assert stage_of(pipeline, text, source, type_, target, _DAY) == stage


def test_successor_named_for_a_held_type(pipeline):
    """The type a successor is named for is held, not planned with the successor's purchase."""
    text = ("In 2019 the minister announced that the F-35 had been judged the most suitable successor to the Royal "
            "Thai Air Force's F-16s and that Thailand would first buy a small batch.")
    relations = text_relations(pipeline, text, _DAY)
    assert find_relation(relations, "Royal Thai Air Force", "OPERATES", "F-16", stage="in_service")
    assert not find_relation(relations, "Thailand", "OPERATES", "F-16", stage="planned")
    assert stage_of(pipeline, "Thailand will buy F-16 fighters from the United States, the minister said.",
                    "Thailand", "OPERATES", "F-16", _DAY) == "planned"


def test_retirement_looming(pipeline):
    """A headline's type whose retirement looms is held while its successor is ordered."""
    text = "Bulgaria signs for eight more F-16 jets as MiG-29 retirement looms"
    assert stage_of(pipeline, text, "Bulgaria", "OPERATES", "MiG-29", _DAY) == "in_service"
    assert stage_of(pipeline, text, "Bulgaria", "OPERATES", "F-16", _DAY) == "ordered"


@pytest.mark.parametrize("text,stage", [
    # talks told in the past perfect "until" a time are over (graph/relations/families/stage.py: talks_ended)
    ("Until June, Brazil had been negotiating with Saab over buying more Gripen fighters.", "cancelled"),
    ("Brazil is negotiating with Saab over buying more Gripen fighters.", "negotiating"),
])
def test_talks_ended(pipeline, text, stage):
    assert stage_of(pipeline, text, "Brazil", "OPERATES", "Gripen", _DAY) == stage
