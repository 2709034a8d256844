"""A sea, ocean, strait, gulf or wider region lies in no state or town: a LOCATED_IN from such a place (its catalogue
kind, ``places.wide_kinds``) to a place or state of another kind is dropped ("its militarisation of the South China
Sea", "flew on towards the Pacific, the Japanese ministry said", "Canada's Arctic"). Over the forty-one dev halves
of session 44 the gold holds no such relation as required (3 optional: a strait or bay beside its coast state) and
int44 read 9 false ones in 8 halves; a water or area within a wider one ("the North Natuna Sea, the southern fringe
of the South China Sea") stays."""
from __future__ import annotations

from ...entities import Entity
from ..lexicon import cues
from ..relation import Relation


def _wide(place: Entity) -> bool:
    """Whether a place is a sea, ocean, strait, gulf or wider region by its catalogue kind.

    >>> _wide(Entity("p:1", "Place", "Coral Sea", props={"kind": "sea"})), _wide(Entity("p:2", "Place", "Darwin"))
    (True, False)
    """
    return place.props.get("kind") in set(cues()["places"]["wide_kinds"])


def drop_wide_containers(relations: list[Relation], entities: dict[str, Entity]) -> list[Relation]:
    """The relations without a LOCATED_IN that puts a wide place (:func:`_wide`) inside a place that is not."""
    def inside(r: Relation) -> bool:
        return r.type == "LOCATED_IN" and r.source in entities and r.target in entities \
            and _wide(entities[r.source]) and not _wide(entities[r.target])

    return [r for r in relations if not inside(r)]
