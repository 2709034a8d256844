"""A state's OPERATES beside its named service's in one sentence: the service is the operator.

Many rules let a government body stand for its state too ("The Ruritanian Air Force flies twelve of
the jets" gives the air force's OPERATES and Ruritania's). Where the sentence names a service of the
state (an army, navy, air force, the armed forces; not an office, not a unit below a service) as
the operator of a platform, the state's relation that a rule found at the service's own mention (the
state standing in for its body), for the same platform at the same stage, says nothing the service's
does not, and annotators list the service (ANNOTATION.md, "Stage and operator conventions": the
service required, the state at most optional). A state named on its own in the sentence stays, so
does a relation of another stage (the service flies the type already, the state has just ordered
more) and one the state has from any other sentence.
"""
from __future__ import annotations

from ..entities import Entity
from .families.inventory import office
from .lexicon import cues
from .relation import Relation


def service(entity: Entity) -> bool:
    """Whether a government body is a state's armed service: a body of a state, not an office that
    buys but operates nothing (``operate.office_words``), not a unit below a service (``operate.unit_nouns``:
    "No. 3 Squadron", "7th Brigade")."""
    if entity.label != "GovernmentBody" or not entity.country or office(entity):
        return False
    words = set(entity.name.lower().replace("(", " ").replace(")", " ").split())
    return not words & set(cues()["operate"]["unit_nouns"])


def drop_state_twins(relations: list[Relation], entities: dict[str, Entity]) -> list[Relation]:
    """``relations`` (as the rules propose them, before one sentence's duplicates merge) less each
    state's OPERATES that stands in for one of its services named as operator: found at the service's
    own mention, for the same platform in the same sentence at the same stage. A state named on its
    own stays ("the navy flies two drones, and India is in talks to buy more")."""
    def state(r: Relation) -> bool:
        return r.source in entities and entities[r.source].label == "Country"

    served = {(entities[r.source].country, r.target, r.evidence.get("start"), r.props.get("stage"), r.at)
              for r in relations if r.type == "OPERATES" and r.source in entities and service(entities[r.source])}
    return [r for r in relations if not (
        r.type == "OPERATES" and state(r) and r.at is not None
        and (r.source, r.target, r.evidence.get("start"), r.props.get("stage"), r.at) in served)]
