"""A state sells to a state: when a rule names a foreign state as the supplier and an armed service or
ministry as the buyer ("the air force flies Rafales bought from France", "the navy signed for frigates
from Russia"), the transfer is one between the two states (SIPRI sense), so the buyer is the service's
state. A company's customer stays the service it names ("the navy ordered drones from Baykar")."""
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
