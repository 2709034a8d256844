"""A region's bare name is the region: "drones struck airfields in the Irkutsk Oblast ... fires in
Irkutsk". Within one document that names a region "X Oblast" / "X Region" / "X Province" (any of
``_REGION_HEADS``), a Place named "X" alone is a short name of that region (the convention of
ANNOTATION.md: "Kursk Oblast" has the alias "Kursk"), so the store does not keep a city node beside the
region for the same referent.

The bare name stays a place of its own where the text marks it as the town ("the town of X", "X city")
or where a relation of the document touches it (an event held in the city, a base located there).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..relations import Relation
from .entity import Entity

#: heads of a first-level region's name ("Kursk Oblast", "Batken Region", "Sisaket province")
_REGION_HEADS = ("oblast", "region", "province", "governorate", "krai", "prefecture", "voivodeship")
_REGION = re.compile(r"^(?P<x>[A-Z][\w'\-]*(?: [A-Z][\w'\-]*){0,3}) (?:%s)$" % "|".join(_REGION_HEADS), re.I)
#: words that mark a bare name as the settlement ("the town of Kidal", "Batken town")
_TOWN_WORDS = frozenset({"town", "city", "village", "port", "capital"})


def _region_stem(name: str) -> str | None:
    """ "Kursk" of "Kursk Oblast", or ``None`` for a name that is no region's."""
    m = _REGION.match(name)
    return m.group("x") if m and m.group("x")[:1].isupper() else None


def _marked_town(doc: Doc, entity: Entity) -> bool:
    """Whether a mention of ``entity`` is called the town or city ("the town of X", "X city")."""
    for m in entity.mentions:
        after = doc[m.end].lower_ if m.end < len(doc) else ""
        before = doc[m.start - 2:m.start] if m.start >= 2 else None
        if after in _TOWN_WORDS:
            return True
        if before is not None and before[1].lower_ == "of" and before[0].lower_ in _TOWN_WORDS:
            return True
    return False


def fold_bare_regions(doc: Doc, entities: dict[str, Entity], relations: list[Relation]) -> None:
    """Merge into a region Place of ``entities`` ("X Oblast") every Place named "X" alone that no
    relation touches and the text never calls the town; ``entities`` is changed in place."""
    regions: dict[str, Entity] = {}
    for e in entities.values():
        stem = _region_stem(e.name) if e.label == "Place" else None
        if stem is not None:
            regions.setdefault(stem.casefold(), e)
    if not regions:
        return
    used = {r.source for r in relations} | {r.target for r in relations}
    for key, place in list(entities.items()):
        region = regions.get(place.name.casefold()) if place.label == "Place" else None
        if region is None or region is place or place.id in used or _marked_town(doc, place):
            continue
        for mention in place.mentions:
            region.add(mention)
        region.aliases.add(place.name)
        del entities[key]
