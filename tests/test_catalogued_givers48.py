"""Catalogued users (families/catalogued_users.py) and the states a sentence names as givers (session 48).

A state the operator table lists for a type is no user of it where the sentence has it giving the type away, in
shapes the parser reads loosely: the subject hung on an auxiliary ("have between them sent"), a verb leading on to
the giving one ("began sending", "signalled they were ready to contribute"), a state written after a giver in a
list the parser attaches elsewhere ("from Belgium and the Netherlands"). Over the 45 dev halves such donors were
false OPERATES in five halves. Invented sentences through the real pipeline; each with a case that must stay."""
from __future__ import annotations

from tests.extracted import graph_maker, relations_in

graph_of = graph_maker("2024-06-12")


def operators(pipeline, text: str) -> set[tuple[str, str]]:
    """(operator, platform) of every OPERATES the text states."""
    return {(s, t) for (s, typ, t) in relations_in(graph_of(pipeline, text)) if typ == "OPERATES"}


def test_subject_hung_on_an_auxiliary_gives(pipeline):
    found = operators(pipeline, "It has done well in Estonia, where Denmark and France have between them sent a dozen "
                                "of the CAESAR guns to help the brigade.")
    assert ("Denmark", "CAESAR") not in found


def test_verb_leading_on_to_giving(pipeline):
    found = operators(pipeline, "Several allies, among them Spain and Norway, signalled they were ready to contribute "
                                "Leopard 2 tanks too.")
    assert ("Spain", "Leopard 2") not in found and ("Norway", "Leopard 2") not in found


def test_began_sending(pipeline):
    found = operators(pipeline, "Kyiv wants more of the Leopard 2 tanks that Spain, Portugal and other governments "
                                "began sending last year.")
    assert ("Spain", "Leopard 2") not in found and ("Portugal", "Leopard 2") not in found
    assert ("Ukraine", "Leopard 2") in found  # the receiver stays


def test_state_listed_after_a_source(pipeline):
    found = operators(pipeline, "Rutte said the transfer of F-16 fighters to Ukraine from Belgium and the Netherlands "
                                "was going ahead.")
    assert ("Netherlands", "F-16") not in found


def test_holders_stay(pipeline):
    assert {("Norway", "F-35"), ("Denmark", "F-35"), ("Netherlands", "F-35")} \
        <= operators(pipeline, "Norway, Denmark and the Netherlands fly the F-35.")
    found = operators(pipeline, "Several allies, among them Spain and Norway, have kept their Leopard 2 tanks.")
    assert {("Spain", "Leopard 2"), ("Norway", "Leopard 2")} <= found
