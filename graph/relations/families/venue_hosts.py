"""Host nations of an exercise, read from where it was held: a state an exercise is held in
("training under way in Morocco, Tunisia and Ghana") hosts it and drills with its guests. Each
derived fact keeps the evidence of the venue it comes from. (A summit's or a show's state was
measured and left out: a wrong venue there makes a wrong host, and annotators rarely name one.)"""
from __future__ import annotations

from dataclasses import replace

from ..relation import Relation
from .events import event_kind


def venue_hosts(relations: list[Relation], entities: dict) -> list[Relation]:
    """HOSTED_BY and PARTICIPATED_IN facts implied by an exercise's HELD_IN a state."""
    have = {r.key() for r in relations}
    out: list[Relation] = []
    for r in relations:
        if r.type != "HELD_IN" or r.source not in entities or r.target not in entities:
            continue
        event, where = entities[r.source], entities[r.target]
        if where.label != "Country" or event_kind(event) != "exercise":
            continue
        for key in ((event.id, "HOSTED_BY", where.id), (where.id, "PARTICIPATED_IN", event.id)):
            if key not in have:
                have.add(key)
                out.append(replace(r, source=key[0], type=key[1], target=key[2],
                                   confidence=min(r.confidence, 0.55), rule="hosted-where-held", props=dict(r.props)))
    return out
