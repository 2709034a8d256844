"""Two limits on the weaker readings of a person's state or body.

A person the sentence names as standing in for one state is not another state's: "Chile was represented by
its foreign minister, A; Peru by Foreign Minister B" gives B the title "Foreign Minister" with the sentence's
first state (families/people.py) as well as Peru (families/represented.py). Where a representation puts a
person with one country, the person's other AFFILIATED_WITH a country from the same sentence is dropped
(:func:`drop_other_states`).

A person who LEADS a state or body is not also one of its people by standing in for it ("Iran was represented
by acting President X": X leads Iran), nor by the bare "X of Y" (families/person_of.py: "Chairman X of the
Corporation" leads it) (:func:`drop_led_bodies`).
"""
from __future__ import annotations

from ..relation import Relation

REPRESENTING = {"represented-by", "delegation-led-by"}
#: rules whose AFFILIATED_WITH gives way to a LEADS of the same person and target ("Chairman X of the
#: Corporation": families/person_of.py)
WEAKER = REPRESENTING | {"person-of-body"}


def drop_other_states(relations: list[Relation], entities: dict) -> list[Relation]:
    """``relations`` less the AFFILIATED_WITH of a represented person to another country of the same sentence."""
    said = {(r.source, r.evidence.get("doc"), r.evidence.get("start")): r.target
            for r in relations if r.type == "AFFILIATED_WITH" and r.rule in REPRESENTING}

    def other(r: Relation) -> bool:
        state = said.get((r.source, r.evidence.get("doc"), r.evidence.get("start")))
        e = entities.get(r.target)
        return (r.type == "AFFILIATED_WITH" and state is not None and state != r.target
                and r.rule not in REPRESENTING and e is not None and e.label == "Country")

    return [r for r in relations if not other(r)]


def drop_led_bodies(relations: list[Relation]) -> list[Relation]:
    """``relations`` less each AFFILIATED_WITH of a :data:`WEAKER` rule whose person LEADS the same target."""
    leads = {(r.source, r.target) for r in relations if r.type == "LEADS"}
    return [r for r in relations
            if not (r.rule in WEAKER and r.type == "AFFILIATED_WITH" and (r.source, r.target) in leads)]
