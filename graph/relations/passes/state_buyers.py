"""A state sells to a state: when a rule names a foreign state as the supplier and an armed service or
ministry as the buyer ("the air force flies Rafales bought from France", "the navy signed for frigates
from Russia"), the transfer is one between the two states (SIPRI sense), so the buyer is the service's
state. A company's customer stays the service it names ("the navy ordered drones from Baykar").

A service or ministry that is itself the buyer of its verb ("the navy took delivery of eight patrol aircraft from
Russia", "the air force acquired them from the United States", "the helicopters it ordered from Turkey": rules
named ``*-body``) stays a recipient beside its state: the later writers' rulings make the body that signed, ordered
or took delivery the required recipient and its state optional (ANNOTATION.md: fi09, fk01, fr01, fu01, fu15), the
earlier ones the state; both stand."""
from __future__ import annotations

from dataclasses import replace

from ...entities import Entity
from ..relation import Relation


def state_buyer(r: Relation, entities: dict[str, Entity]) -> Relation:
    """``r`` with its buyer raised to the buyer's state where a state supplies a state's body."""
    if r.type != "SUPPLIES" or r.source not in entities or r.target not in entities:
        return r
    seller, buyer = entities[r.source], entities[r.target]
    if seller.label != "Country" or buyer.label != "GovernmentBody":
        return r
    state = buyer.country
    if not state or state == seller.id or state not in entities:
        return r
    return replace(r, target=state, props=dict(r.props))


BODY_RULE_SUFFIX = "-body"


def state_buyers(r: Relation, entities: dict[str, Entity]) -> list[Relation]:
    """``r`` raised by :func:`state_buyer`, and ``r`` itself beside it where its rule read the body as the buyer of
    its own verb (a rule name ending in ``-body``)."""
    raised = state_buyer(r, entities)
    if not r.rule.endswith(BODY_RULE_SUFFIX):
        return [raised]
    own = replace(raised, rule=r.rule.removesuffix(BODY_RULE_SUFFIX))  # under the rule's own name
    if raised is r:  # a company's customer stays the body anyway
        return [own]
    return [own, r]
