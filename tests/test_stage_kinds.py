"""Kinds of stage the dev halves missed, each with invented sentences through the real pipeline: a fleet's
era ended, a platform called decommissioned, an operating unit disbanded, deliveries still to start, a
fleet still growing, goods that are to be replaced, a progressive "is taking", a supply still shipping,
a span of service ended, a buyer's bid to buy, a year told of other goods or of an order's clause."""
from __future__ import annotations

import pytest

from tests.extracted import stage_of as _stage


@pytest.mark.parametrize("text,source,type_,target,stage", [
    # a fleet's era ended -> retired; an era to end is still in service
    ("The Hellenic Air Force ended its Mirage 2000 era on Monday with a flypast over Tanagra.",
     "Hellenic Air Force", "OPERATES", "Mirage 2000", "retired"),
    ("The Hellenic Air Force will end its Mirage 2000 era next year.", "Hellenic Air Force", "OPERATES",
     "Mirage 2000", "in_service"),
    # a named ship its own phrase calls decommissioned
    ("Navy divers inspected the decommissioned Royal Australian Navy destroyer HMAS Perth off Albany.",
     "Royal Australian Navy", "OPERATES", "Perth", "retired"),
    ("Navy divers inspected the Royal Australian Navy destroyer HMAS Perth off Albany.",
     "Royal Australian Navy", "OPERATES", "Perth", "in_service"),
    # the unit that flew the type was disbanded
    ("The 302nd Tactical Fighter Squadron, which flew F-4 Phantoms from Naha, was disbanded in 2019.",
     "302nd Tactical Fighter Squadron", "OPERATES", "F-4", "retired"),
    # deliveries that are still to start are ordered; started ones are delivering
    ("The ministry said the Hellenic Army would start receiving the Leopard 2A7 in 2027.", "Hellenic Army",
     "OPERATES", "Leopard 2", "ordered"),
    ("The Hellenic Army began receiving the Leopard 2A7 in March.", "Hellenic Army", "OPERATES", "Leopard 2",
     "delivering"),
    # a fleet still being built up
    ("The Egyptian Air Force is still building up its fleet of Rafale fighters.", "Egyptian Air Force", "OPERATES",
     "Rafale", "delivering"),
    # what is to be replaced serves until then; the seller delivered it
    ("The KF-21s will replace the F-4 Phantoms that South Korea bought from the United States in 1969.",
     "South Korea", "OPERATES", "F-4", "in_service"),
    ("The KF-21s will replace the F-4 Phantoms that South Korea bought from the United States in 1969.",
     "United States", "SUPPLIES", "South Korea", "delivered"),
    # "is taking 12 helicopters" buys them
    ("Qatar is also taking 12 NH90 helicopters from Airbus Helicopters.", "Qatar", "OPERATES", "NH90", "ordered"),
    ("Qatar is also taking 12 NH90 helicopters from Airbus Helicopters.", "Airbus Helicopters", "SUPPLIES", "Qatar",
     "ordered"),
    # a supplier still shipping
    ("Hanwha Aerospace is the main supplier of artillery to Poland, shipping K9 howitzers from its plant in "
     "Changwon.", "Hanwha Aerospace", "SUPPLIES", "Poland", "delivering"),
    ("Hanwha Aerospace was the main supplier of artillery to Poland.", "Hanwha Aerospace", "SUPPLIES", "Poland",
     "delivered"),
    # a holder that ends a span of a type's service has retired it; one that will end it still flies it
    ("The Chilean Air Force ended forty years of Mirage 5 operations on Friday.", "Chilean Air Force", "OPERATES",
     "Mirage 5", "retired"),
    ("The Peruvian Navy closed more than three decades of Sea King flying in May.", "Peruvian Navy", "OPERATES",
     "Sea King", "retired"),
    ("The Chilean Air Force will end forty years of Mirage 5 operations next year.", "Chilean Air Force",
     "OPERATES", "Mirage 5", "in_service"),
    # a buyer's bid to buy is an intention (planned); a seller's bid in a tender stays under negotiation
    ("Ecuador renewed its bid to buy Super Tucano aircraft from Embraer.", "Ecuador", "OPERATES", "Super Tucano",
     "planned"),
    ("Ecuador renewed its bid to buy Super Tucano aircraft from Embraer.", "Embraer", "SUPPLIES", "Ecuador",
     "planned"),
    ("Embraer submitted a bid to supply Super Tucano aircraft to Ecuador.", "Embraer", "SUPPLIES", "Ecuador",
     "negotiating"),
])
def test_stage_kinds(pipeline, text, source, type_, target, stage):
    assert _stage(pipeline, text, source, type_, target) == stage


@pytest.mark.parametrize("text,source,type_,target,published,stage", [
    # a year told of other goods in their own relative clause does not make a new order an old holding
    ("The Gripen E will replace the Royal Thai Air Force's F-5 fighters, Northrop jets that entered service in the "
     "1970s.", "Royal Thai Air Force", "OPERATES", "Gripen", "2024-03-01", "ordered"),
    ("The Chilean Air Force still flies the F-16 fighters it received from the Netherlands in 2006.",
     "Chilean Air Force", "OPERATES", "F-16", "2024-03-01", "in_service"),
    # the year of an order's clause does not put the first handover of its goods years back
    ("Peru ordered 12 MiG-29 fighters from Belarus in 2016, and Belarus handed over the first of them in October.",
     "Belarus", "SUPPLIES", "Peru", "2019-12-27", "delivering"),
    ("Peru ordered 12 MiG-29 fighters from Belarus in 1995, and Belarus handed over the first of them in 1996.",
     "Peru", "OPERATES", "MiG-29", "2019-12-27", "in_service"),
])
def test_dated_stage_kinds(pipeline, text, source, type_, target, published, stage):
    assert _stage(pipeline, text, source, type_, target, published) == stage
