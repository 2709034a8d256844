"""A base's town named alone is the base: "Sulur Air Force Station" ... "the exercise at Sulur". Within
one document a bare name the catalogue does not know that is the proper part of a named base's name
(the words left once the service and base words are taken away) refers to that base, whatever label
the NER gave it (a town read as a firm or a jet). A catalogued town ("RAAF Base Darwin" ... "Darwin")
is a place of its own. An airport is such a base too ("Changi Airport" ... "landed at Changi"), and so is
its last proper word ("Washington Dulles International Airport" ... "Dulles") and each half of a
hyphenated town pair ("Malacky-Kuchyňa Air Base" ... "Kuchyňa").
"""
from __future__ import annotations

import re

from .entity import Entity

#: words of a base's name that are no part of the town's name
_BASE_WORDS = frozenset({"base", "station", "airbase", "airfield", "air", "force", "naval", "navy", "army",
                         "military", "marine", "corps", "joint", "field", "of", "the", "airport", "international",
                         "regional"})
_BASE_HEADS = frozenset({"base", "station", "airbase", "airfield", "airport"})
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")  # "RAAF", "PAF", "INS"
_LABELS = frozenset({"Place", "Company", "Organization", "Platform"})


def _town(name: str) -> str | None:
    """The proper part of a base's name ("Sulur" of "Sulur Air Force Station"), or ``None``."""
    words = name.split()
    if not _BASE_HEADS & {w.lower() for w in words}:
        return None
    proper = [w for w in words if w.lower() not in _BASE_WORDS and not _ACRONYM.match(w)]
    return " ".join(proper) if proper and all(w[:1].isupper() for w in proper) else None


def _town_names(name: str) -> list[str]:
    """The names a base's town goes by alone: its proper part, the proper part's last word (of an
    airport: "Dulles"), and each half of a hyphenated pair ("Kuchyňa")."""
    town = _town(name)
    if town is None:
        return []
    names, words = [town], town.split()
    if len(words) > 1 and name.split()[-1].lower() == "airport":
        names.append(words[-1])
    if len(words) == 1 and words[0].count("-") == 1:
        names += [part for part in words[0].split("-") if part[:1].isupper() and len(part) > 2]
    return names


def fold_base_towns(entities: dict[str, Entity]) -> None:
    """Merge into a named base of ``entities`` every other entity named as that base's town alone
    that no catalogue knows; ``entities`` is changed in place."""
    bases = {}
    for base in entities.values():
        for town in _town_names(base.name) if base.label == "Place" else ():
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
