"""A maker supplying its own state's armed service: the service is the buyer, not the state as well.

Rules let a government body stand for its state ("the air force ordered 83 jets from HAL" gives HAL's
SUPPLIES to the air force and to India). Where the seller is a company of that same state and the
sentence names one of the state's armed services as the buyer, annotators list the service only
(ANNOTATION.md, "A company supplying its own state's forces": SUPPLIES company -> that body, the state
only when no body is named). The state's relation from that sentence is dropped; one the state has
from any other sentence stays, and so does a foreign seller's (a state selling abroad is the usual
SIPRI fact, and a foreign firm's customer is often written as its state).
"""
from __future__ import annotations

from ...entities import Entity
from ...ids import make_id
from ..relation import Relation
from .service_twins import service


def company_home(entity: Entity, relations: list[Relation]) -> set[str]:
    """The ids of the countries a company is based in: its catalogue entry's country and the BASED_IN
    relations the article gives it."""
    from ...reference import load_reference

    homes = {r.target for r in relations if r.type == "BASED_IN" and r.source == entity.id}
    entry = load_reference().get(entity.ref_id)
    if entry is not None and entry.props.get("country"):
        homes.add(make_id("Country", entry.props["country"]))
    return homes


def drop_home_states(relations: list[Relation], entities: dict[str, Entity]) -> list[Relation]:
    """``relations`` less each SUPPLIES from a company to its own state where the same sentence has the
    company supplying one of that state's armed services."""
    served = {(r.source, entities[r.target].country, r.evidence.get("start"))
              for r in relations if r.type == "SUPPLIES" and entities[r.source].label == "Company"
              and service(entities[r.target])}
    if not served:
        return relations
    homes: dict[str, set[str]] = {}

    def home_state(r: Relation) -> bool:
        if r.type != "SUPPLIES" or entities[r.source].label != "Company" or entities[r.target].label != "Country":
            return False
        if (r.source, r.target, r.evidence.get("start")) not in served:
            return False
        if r.source not in homes:
            homes[r.source] = company_home(entities[r.source], relations)
        return r.target in homes[r.source]

    return [r for r in relations if not home_state(r)]

