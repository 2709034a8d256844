"""Occasions the resolver left without an Event (session 38): a signing told by its verb in the headline or the
lead (graph/entities/signings.py). ANNOTATION.md: a treaty or partnership signing is an Event dated at its
signing, its states and signatories its participants. Sentences invented for these
tests (other countries, other word orders)."""
from __future__ import annotations

from tests.extracted import events_in as events_of
from tests.extracted import graph_maker
from tests.extracted import relations_in as edges_of

graph_of = graph_maker("2025-03-14")  # a Friday


def _with_alias(g, alias: str) -> list[str]:
    return [n for n, a in events_of(g).items() if alias in a.get("aliases", []) or n == alias]


def _participants(g, event: str) -> set[str]:
    return {s for s, t, e in edges_of(g) if t == "PARTICIPATED_IN" and e == event}


def test_a_pact_signed_in_a_capital_on_a_day_is_a_signing_event(pipeline):
    text = ("Chile and Peru signed a maritime security pact in Lima on Wednesday, pledging to share radar data "
            "along their coast. The pact takes effect next year.")
    g = graph_of(pipeline, text)
    found = _with_alias(g, "signing")
    assert len(found) == 1, events_of(g)
    assert "pact" in events_of(g)[found[0]]["aliases"]
    assert {"Chile", "Peru"} <= _participants(g, found[0])
    assert any(e == found[0] and t == "HELD_IN" and p == "Lima" for e, t, p in edges_of(g))


def test_a_treaty_in_a_relative_clause_is_signed_too(pipeline):
    text = ("Estonia and Finland will defend each other under a treaty that President Alar Karis and President "
            "Alexander Stubb signed in Tallinn on Wednesday.")
    g = graph_of(pipeline, text)
    found = _with_alias(g, "treaty")
    assert len(found) == 1, events_of(g)
    people = _participants(g, found[0])
    assert any("Karis" in p for p in people) and any("Stubb" in p for p in people)


def test_a_planned_signing_is_no_event(pipeline):
    text = ("Chile and Peru will sign a maritime security pact in Lima on Wednesday, officials said. The pact "
            "would let the navies share radar data.")
    g = graph_of(pipeline, text)
    assert not _with_alias(g, "signing"), events_of(g)


def test_two_firms_signing_an_agreement_is_no_event(pipeline):
    text = ("Saab and Embraer signed a cooperation agreement in Stockholm on Wednesday to build trainer jets "
            "together.")
    g = graph_of(pipeline, text)
    assert not _with_alias(g, "signing"), events_of(g)


def test_a_contract_signing_is_no_event(pipeline):
    text = ("Chile and Peru signed a contract for four patrol boats in Lima on Wednesday, officials said.")
    g = graph_of(pipeline, text)
    assert not _with_alias(g, "signing"), events_of(g)


def test_a_signing_without_place_or_day_is_no_event(pipeline):
    text = ("Chile and Peru have signed a maritime security pact, officials said. The pact lets the navies share "
            "radar data along the coast.")
    g = graph_of(pipeline, text)
    assert not _with_alias(g, "signing"), events_of(g)


def test_a_pact_signed_at_a_summit_is_the_summit_s(pipeline):
    text = ("Chile and Peru signed a maritime security pact at the summit in Lima on Wednesday. The summit of "
            "Pacific states ended on Thursday.")
    g = graph_of(pipeline, text)
    assert not _with_alias(g, "signing"), events_of(g)


def test_the_signatories_of_a_later_sentence_take_part(pipeline):
    text = ("Chile and Peru signed a maritime security pact in Lima on Wednesday, pledging to share radar data. "
            "President Gabriel Boric and President Dina Boluarte signed the pact at the Palacio de Gobierno. "
            "Both navies welcomed it.")
    g = graph_of(pipeline, text)
    found = _with_alias(g, "signing")
    assert len(found) == 1, events_of(g)
    people = _participants(g, found[0])
    assert any("Boric" in p for p in people) and any("Boluarte" in p for p in people), people


def test_an_older_treaty_signed_with_another_state_is_not_this_signing(pipeline):
    text = ("Chile and Peru signed a maritime security pact in Lima on Wednesday. It replaces the 1952 treaty "
            "that Chile signed with Ecuador.")
    g = graph_of(pipeline, text)
    found = _with_alias(g, "signing")
    assert len(found) == 1, events_of(g)
    assert "Ecuador" not in _participants(g, found[0])
