"""Two limits on the weaker readings of a person's state or body.

A person the sentence names as standing in for one state is not another state's: "Chile was represented by
its foreign minister, A; Peru by Foreign Minister B" gives B the title "Foreign Minister" with the sentence's
first state (families/people.py) as well as Peru (families/represented.py). Where a representation puts a
person with one country, the person's other AFFILIATED_WITH a country from the same sentence is dropped
(:func:`drop_other_states`).

A person who LEADS a state or body is not also one of its people (:func:`drop_led_bodies`), by whichever rule
the AFFILIATED_WITH came: by standing in for it ("Iran was represented by acting President X": X leads Iran), by
the bare "X of Y" (families/person_of.py: "Chairman X of the Corporation" leads it), by a title or an office
("Shoigu, who has run the ministry since 2012": the title rule's tie and the LEADS of "run"). The gold keeps one
of the two for a pair, LEADS where the person heads the body (ANNOTATION.md: a leader LEADS, other people are
AFFILIATED_WITH). Session 46, over the 43 dev halves at int46: of the pairs given both, the AFFILIATED_WITH was
false 25 times in 19 halves and true 8 times in 5 halves (where the LEADS was wrong or optional: a council's
secretary, a vice president, the head of a firm's division).
"""
from __future__ import annotations

from ..relation import Relation

REPRESENTING = {"represented-by", "delegation-led-by"}
#: rules whose LEADS leaves the person's AFFILIATED_WITH of the same body: a security council's secretary runs it
#: and also serves in it (families/people.py; the gold's AFFILIATED_WITH required, its LEADS optional)
SERVING_HEADS = {"title-secretary"}


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
    """``relations`` less each AFFILIATED_WITH whose person LEADS the same target (any rule, any sentence; not
    a LEADS of :data:`SERVING_HEADS`)."""
    leads = {(r.source, r.target) for r in relations if r.type == "LEADS" and r.rule not in SERVING_HEADS}
    return [r for r in relations if not (r.type == "AFFILIATED_WITH" and (r.source, r.target) in leads)]
