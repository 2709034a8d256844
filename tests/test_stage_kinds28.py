"""Kinds of stage misread in the pooled dev halves (session 28), each with invented sentences through the
real pipeline: an earlier user's own relative clause, a deal told in the present perfect, and a share of an
order that came in a clause of its own."""
from __future__ import annotations

import pytest

from tests.extracted import stage_of as _stage


@pytest.mark.parametrize("text,source,type_,target,stage", [
    # a ranked buyer's precedents: their own relative clause tells how far along they are
    ("Chile becomes the fifth country to order the C-390, after Austria, Sweden, which flies two of the "
     "transports already, and Slovakia.", "Sweden", "OPERATES", "C-390", "in_service"),
    ("Chile becomes the fifth country to receive the C-390, after Austria and the Netherlands, which took its first "
     "aircraft in March.", "Netherlands", "OPERATES", "C-390", "delivering"),
    # a deal in the present perfect: bought or sold, nothing handed over yet
    ("Visitors saw the IRIS-T SLM launcher that Estonia has bought for its air defence.", "Estonia", "OPERATES",
     "IRIS-T", "ordered"),
    ("Peru has purchased four Leopard 2A4 tanks from Spain, the minister said.", "Peru", "OPERATES",
     "Leopard 2", "ordered"),
    # ... a record of purchases over a span is not one deal; a seller's "has sold" and the simple past stay
    # handovers
    ("The frigate is the fifth Meko ship that Peru has bought from Germany since the 1990s.", "Peru", "OPERATES",
     "Meko", "delivered"),
    ("In recent years Peru has bought Leopard 2A4 tanks and M109 howitzers from Spain.", "Peru", "OPERATES",
     "Leopard 2", "delivered"),
    ("Saab has sold the Gripen to Thailand.", "Saab", "SUPPLIES", "Thailand", "delivered"),
    ("Peru has bought Leopard 2A4 tanks that it operates with its armoured brigade.", "Peru", "OPERATES",
     "Leopard 2", "in_service"),
    ("Estonia bought the IRIS-T SLM launcher in 2019.", "Estonia", "OPERATES", "IRIS-T", "delivered"),
    # a share of the order that came, in a clause of its own
    ("The Royal Thai Air Force ordered 12 Gripen E fighters from Saab in 2021, four of them delivered so far.",
     "Royal Thai Air Force", "OPERATES", "Gripen", "delivering"),
    ("The Royal Thai Air Force ordered 12 Gripen E fighters from Saab in 2021.", "Royal Thai Air Force",
     "OPERATES", "Gripen", "ordered"),
    # one sentence that holds a type in a relative clause and retires it in its main clause: retired
    ("The Sea Harrier first flew in 1978. The Royal Navy, which flew the type from its carriers, retired its last "
     "Sea Harriers in 2006.", "Royal Navy", "OPERATES", "Sea Harrier", "retired"),
    ("The Sea Harrier first flew in 1978. The Royal Navy, which flew the type from its carriers, plans to retire "
     "its last Sea Harriers in 2030.", "Royal Navy", "OPERATES", "Sea Harrier", "in_service"),
])
def test_stage_kinds28(pipeline, text, source, type_, target, stage):
    assert _stage(pipeline, text, source, type_, target, "2025-06-01") == stage
