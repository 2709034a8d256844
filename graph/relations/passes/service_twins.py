"""A state's OPERATES beside its named service's in one sentence: the service is the operator.

Many rules let a government body stand for its state too ("The Ruritanian Air Force flies twelve of
the jets" gives the air force's OPERATES and Ruritania's). Where the sentence names a service of the
state (an army, navy, air force, the armed forces; not an office, not a unit below a service) as
the operator of a platform, the state's relation to the same platform from that sentence, at the same
stage, says nothing the service's does not, and annotators list the service (ANNOTATION.md, "Stage
and operator conventions": the service required, the state at most optional). A state relation
of another stage stays (the service flies the type already, the state has just ordered more), and
so does one the state has from any other sentence.
"""
from __future__ import annotations

from ...entities import Entity
from ..families.inventory import office
from ..lexicon import cues
from ..relation import Relation


def service(entity: Entity) -> bool:
    """Whether a government body is a state's armed service: a body of a state, not an office that
    buys but operates nothing (``operate.office_words``), not a unit below a service (``operate.unit_nouns``:
    "No. 3 Squadron", "7th Brigade")."""
    if entity.label != "GovernmentBody" or not entity.country or office(entity):
        return False
    words = set(entity.name.lower().replace("(", " ").replace(")", " ").split())
    return not words & set(cues()["operate"]["unit_nouns"])


def drop_state_twins(relations: list[Relation], entities: dict[str, Entity]) -> list[Relation]:
    """``relations`` less each state's OPERATES that one of its services holds for the same platform,
    in the same sentence, at the same stage."""
    served = {(entities[r.source].country, r.target, r.evidence.get("start"), r.props.get("stage"))
              for r in relations if r.type == "OPERATES" and service(entities[r.source])}
    return [r for r in relations if not (
        r.type == "OPERATES" and entities[r.source].label == "Country"
        and (r.source, r.target, r.evidence.get("start"), r.props.get("stage")) in served)]


def branch(entity: Entity) -> str | None:
    """The branch (``air``, ``sea``, ``land``) of an armed service from the words of its name.

    >>> branch(Entity("b", "GovernmentBody", "Royal Thai Air Force"))
    'air'
    >>> branch(Entity("b", "GovernmentBody", "Coast Guard")) is None
    True
    """
    name = f" {entity.name.lower()} "
    for kind, words in cues()["operate"]["service_branches"].items():
        if any(f" {w} " in name for w in words):
            return kind
    return None
