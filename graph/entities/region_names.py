"""A region's bare name is the region: "drones struck airfields in the Irkutsk Oblast ... fires in
Irkutsk". Within one document that names a region "X Oblast" / "X Region" / "X Province" (any of
``region_name_heads`` in ``lexicon.yaml``, in either case), a Place named "X" alone is a short name of that region (the convention of
ANNOTATION.md: "Kursk Oblast" has the alias "Kursk"), so the store does not keep a city node beside the
region for the same referent.

The bare name stays a place of its own where the text marks it as the town ("the town of X", "X city",
"a landing near X")
or where a relation of the document touches it (an event held in the city, a base located there).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ..mentions.lexicon import lexicon
from ..relations import Relation, related_ids
from .entity import Entity


@lru_cache(maxsize=1)
def _region_heads() -> frozenset[str]:
    """Heads of a first-level region's name, folded ("oblast", "region", "province")."""
    return frozenset(h.casefold() for h in lexicon()["region_name_heads"])


def _region_stem(name: str) -> str | None:
    """ "Kursk" of "Kursk Oblast" or "Sisaket province", or ``None`` for a name that is no region's."""
    words = name.split()
    if len(words) < 2 or len(words) > 5 or words[-1].casefold() not in _region_heads():
        return None
    stem = words[:-1]
    return " ".join(stem) if all(w[:1].isupper() for w in stem) else None


def _marked_town(doc: Doc, entity: Entity) -> bool:
    """Whether a mention of ``entity`` is called the town or city ("the town of X", "X city") or placed as a
    point ("near X")."""
    town_words, preps = set(lexicon()["town_words"]), set(lexicon()["town_prepositions"])
    for m in entity.mentions:
        if m.start > 0 and doc[m.start - 1].lower_ in preps:
            return True
        after = doc[m.end].lower_ if m.end < len(doc) else ""
        before = doc[m.start - 2:m.start] if m.start >= 2 else None
        if after in town_words:
            return True
        if before is not None and before[1].lower_ == "of" and before[0].lower_ in town_words:
            return True
    return False


def fold_bare_regions(doc: Doc, entities: dict[str, Entity], relations: list[Relation]) -> None:
    """Merge into a region Place of ``entities`` ("X Oblast") every Place named "X" alone that no
    relation touches and the text never calls the town; ``entities`` is changed in place."""
    regions: dict[str, Entity] = {}
    for e in entities.values():
        for name in (e.name, *sorted(e.aliases)) if e.label == "Place" else ():
            stem = _region_stem(name)  # "Córdoba Province, Argentina" by its alias "Córdoba province"
            if stem is not None:
                regions.setdefault(stem.casefold(), e)
    if not regions:
        return
    used = related_ids(relations)
    for key, place in list(entities.items()):
        region = regions.get(place.name.casefold()) if place.label == "Place" else None
        if region is None or region is place or place.id in used or _marked_town(doc, place):
            continue
        for mention in place.mentions:
            region.add(mention)
        region.aliases.add(place.name)
        del entities[key]
