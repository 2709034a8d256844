"""A base's town named alone is the base: "Sulur Air Force Station" ... "the exercise at Sulur". Within
one document a bare name the catalogue does not know that is the proper part of a named base's name
(the words left once the service and base words are taken away) refers to that base, whatever label
the NER gave it (a town read as a firm or a jet). A catalogued town ("RAAF Base Darwin" ... "Darwin")
is a place of its own.
"""
from __future__ import annotations

import re

from .entity import Entity

#: words of a base's name that are no part of the town's name
_BASE_WORDS = frozenset({"base", "station", "airbase", "airfield", "air", "force", "naval", "navy", "army",
                         "military", "marine", "corps", "joint", "field", "of", "the"})
_BASE_HEADS = frozenset({"base", "station", "airbase", "airfield"})
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")  # "RAAF", "PAF", "INS"
_LABELS = frozenset({"Place", "Company", "Organization", "Platform"})


def _town(name: str) -> str | None:
    """The proper part of a base's name ("Sulur" of "Sulur Air Force Station"), or ``None``."""
    words = name.split()
    if not _BASE_HEADS & {w.lower() for w in words}:
        return None
    proper = [w for w in words if w.lower() not in _BASE_WORDS and not _ACRONYM.match(w)]
    return " ".join(proper) if proper and all(w[:1].isupper() for w in proper) else None


def fold_base_towns(entities: dict[str, Entity]) -> None:
    """Merge into a named base of ``entities`` every other entity named as that base's town alone
    that no catalogue knows; ``entities`` is changed in place."""
    bases = {}
    for base in entities.values():
        town = _town(base.name) if base.label == "Place" else None
        if town is not None:
            bases.setdefault(town.casefold(), base)
    if not bases:
        return
    for key, entity in list(entities.items()):
        base = bases.get(entity.name.casefold())
        if base is None or base is entity or entity.label not in _LABELS or entity.ref_id:
            continue  # a catalogued town ("Darwin") is a place of its own beside its base
        for mention in entity.mentions:
            base.add(mention)
        del entities[key]
