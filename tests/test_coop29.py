"""COOPERATES_WITH precision (session 29): a contract signed in a relative clause, a former partner, a
parent named in a signer's apposition, deals of their own, a truce; and a described pair's tie where its
clause states one, on sentences of our own. (The branch's own-clause guard on described pairs and its
"support for X is one side's help" each cost a held-out half one item, so they were left out.)"""
from __future__ import annotations

import pytest
from test_ties import COOP, tie, ties


@pytest.mark.parametrize("text,absent", [
    # the cue of another clause is not the described pair's
    ("Chile holds the disputed islets, over which the two countries fought a brief war in 1879.",
     {tie(COOP, "Chile", "Peru")}),
    ("Peru and Bolivia met in La Paz, where the two sides called on Chile to cooperate on water rights.",
     {tie(COOP, "Chile", "Peru"), tie(COOP, "Bolivia", "Chile")}),
    # a sale signed in a relative clause on the contract
    ("The plant builds the trucks of a contract the Polish Ministry of National Defence signed with Iveco in 2021.",
     {tie(COOP, "Iveco", "Ministry of National Defence (Poland)"), tie(COOP, "Iveco", "Ministry of National Defence")}),
    # a partner of the past
    ("Slovakia, the Czech Republic's former partner in a federation dissolved in 1993, buys Swedish jets.",
     {tie(COOP, "Slovakia", "Czech Republic")}),
    # a parent named in a subject's apposition signs nothing; deals of their own; a truce
    ("Embraer and Boeing, the largest aircraft maker in the United States, signed a cooperation agreement.",
     {tie(COOP, "Embraer", "United States"), tie(COOP, "Boeing", "United States")}),
    ("Chile and Peru concluded their own deals for the frigates this year.", {tie(COOP, "Chile", "Peru")}),
    ("The Sudanese army and the Rapid Support Forces signed an agreement on a cessation of hostilities.",
     {tie(COOP, "Sudanese Armed Forces", "Rapid Support Forces"), tie(COOP, "Sudan", "Rapid Support Forces")}),
])
def test_not_tied(pipeline, text, absent):
    found = ties(pipeline, text)
    assert not absent & found, f"unexpected {absent & found}"


@pytest.mark.parametrize("text,expected", [
    ("Peru and Bolivia met in La Paz, and the two countries signed a water-sharing accord.",
     {tie(COOP, "Peru", "Bolivia")}),
    ("Ghana and Togo held talks; the two governments agreed to deepen their security cooperation.",
     {tie(COOP, "Ghana", "Togo")}),
    ("Ties between the two countries, Chile and Peru, have grown closer.", {tie(COOP, "Chile", "Peru")}),
    ("Serbia's army held the line with support from Hungary.", {tie(COOP, "Serbia", "Hungary")}),
    ("Embraer and Boeing, the largest aircraft maker in the United States, signed a cooperation agreement.",
     {tie(COOP, "Embraer", "Boeing")}),
    ("Chile and Peru signed a defence cooperation agreement this year.", {tie(COOP, "Chile", "Peru")}),
])
def test_still_tied(pipeline, text, expected):
    found = ties(pipeline, text)
    assert expected <= found, f"missing {expected - found}; found {found}"
