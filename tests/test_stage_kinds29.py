"""Kinds of stage misread in the pooled dev halves and in probes of one clause shape (session 29), each with
invented sentences through the real pipeline: an order whose own sentence goes on to say all its goods were
handed over, a handover that says more of the order is still to come, goods a clause of ordering describes
that a verb of handover takes, and a first handover dated by a year of the deal's own phrase."""
from __future__ import annotations

import pytest

from tests.extracted import stage_of as _stage


@pytest.mark.parametrize("text,source,type_,target,stage", [
    # an order, and in a clause joined to it the handover of all its goods: the order is complete
    ("Estonia ordered K9 howitzers from South Korea in 2018 and received them in 2021.", "South Korea",
     "SUPPLIES", "Estonia", "delivered"),
    ("Estonia ordered K9 howitzers from South Korea in 2018 and received them in 2021.", "Estonia",
     "OPERATES", "K9", "delivered"),
    ("Ghana signed a deal for five Super Tucano aircraft with Embraer in 2019 and took delivery of them in 2022.",
     "Embraer", "SUPPLIES", "Ghana", "delivered"),
    ("Ghana ordered five Super Tucano aircraft from Embraer in 2019, delivered in 2022.", "Ghana", "OPERATES",
     "Super Tucano", "delivered"),
    ("Ghana signed for five Super Tucano aircraft with Embraer in 2019, and the last arrived in April.",
     "Embraer", "SUPPLIES", "Ghana", "delivered"),
    ("Estonia has ordered 18 K9 howitzers from South Korea and has received them all.", "Estonia", "OPERATES",
     "K9", "delivered"),
    # ... but not a first share, a handover still to come, one not made, or a clause about something else
    ("Estonia ordered 18 K9 howitzers from South Korea and received the first six in May.", "Estonia",
     "OPERATES", "K9", "delivering"),
    ("Estonia ordered 18 K9 howitzers from South Korea and will receive them in 2027.", "Estonia", "OPERATES",
     "K9", "ordered"),
    ("Estonia ordered 18 K9 howitzers from South Korea, to be delivered in 2027.", "South Korea", "SUPPLIES",
     "Estonia", "ordered"),
    ("Estonia ordered 18 K9 howitzers from South Korea, delivered from 2027.", "Estonia", "OPERATES", "K9",
     "ordered"),
    ("Estonia ordered 18 K9 howitzers from South Korea but never received them.", "Estonia", "OPERATES", "K9",
     "ordered"),
    ("Estonia signed for 18 K9 howitzers with South Korea in 2018 and took part in exercises in 2021.", "Estonia",
     "OPERATES", "K9", "ordered"),
    # a handover with more of the order still to come: the deliveries go on
    ("Chile has received six Rafale fighters from France, with six more due next year.", "France", "SUPPLIES",
     "Chile", "delivering"),
    ("Chile received six P-8 jets from the United States in May, and more are due in 2026.", "Chile", "OPERATES",
     "P-8", "delivering"),
    ("Chile has operated P-8 jets since 2014 and has a dozen more on order.", "Chile", "OPERATES", "P-8",
     "in_service"),
    ("Chile has received twelve Rafale fighters from France.", "France", "SUPPLIES", "Chile", "delivered"),
    # goods a clause of ordering describes, as the subject or object of a verb of handover: the handover's stage
    ("The ten F-16 fighters that Chile ordered from Lockheed Martin in 2022 arrived last month.", "Lockheed Martin",
     "SUPPLIES", "Chile", "delivered"),
    ("The United States has delivered all ten F-16 fighters ordered by Chile.", "Chile", "OPERATES", "F-16",
     "delivered"),
    # ... not a handover still to come, a clause about the buyer, nor goods that will replace others
    ("The ten F-16 fighters that Chile ordered from Lockheed Martin in 2022 will arrive next year.",
     "Lockheed Martin", "SUPPLIES", "Chile", "ordered"),
    ("The United States will deliver the ten F-16 fighters ordered by Chile next year.", "Chile", "OPERATES",
     "F-16", "ordered"),
    ("Chile, which ordered ten F-16 fighters from Lockheed Martin in 2022, received Leopard tanks from Germany in "
     "May.", "Chile", "OPERATES", "F-16", "ordered"),
    ("The ten F-16 fighters that Chile ordered in 2022 will replace its F-5s.", "Chile", "OPERATES", "F-16",
     "ordered"),
    # a first handover dated by its own clause; a year inside the deal's phrase dates the deal, not the handover
    ("Hanwha delivered the first K9 howitzers to Peru in May under a contract signed in 2019.", "Peru",
     "OPERATES", "K9", "delivering"),
    ("Hanwha delivered the first K9 howitzers to Peru in 2019 under a contract signed in 2017.", "Peru",
     "OPERATES", "K9", "in_service"),
])
def test_stage_kinds29(pipeline, text, source, type_, target, stage):
    assert _stage(pipeline, text, source, type_, target, "2025-06-12") == stage
