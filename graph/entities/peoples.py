"""A people's name is no place, platform or state: "the Masalit and other communities", "a Sunni Baluch
militant group", "Tigrayan towns", "the Alawite coast", "Tuareg-led separatists".

The tagger reads the name of an ethnic or religious group now as a location, now as an organisation or a person,
and the labelling rules then give it a Place (or, beside goods, a Platform) of its own. The ontology has no label
for a people, and the gold annotates none: pooled over the forty-five development halves (tune .. fresh44,
session 48), eight such nodes of seven halves, none a gold entity or alias (the one gold alias of these words,
"SAMI", is a company's acronym and its word is left out of the list).

A person is left alone: a surname may be a group's word ("Colonel Luo", "Minister Zulu", "Tatar"), and none of
the eight dev nodes is a Person (int48's graphs: six Places, "Masalit", "Sunni Baluch", "Tigrayan", "Turkic",
"Alawite", "Tuareg"; Platform "Tigrayan"; Country "Bosniak").

An entity the reference data does not know, labelled Place, Platform or Country, whose every word
(hyphens split; "the" and "-led" aside; a plural "s" allowed) is a group of ``ethnic_groups.csv`` is dropped
with its relations. Words that also name a region or a state ("Shan", "Kachin", "Afar", "Somali") are not in
the list: "Shan" may be Shan State.
"""
from __future__ import annotations

import re
from functools import cache

from ..reference.offices import DATA_DIR, read_rows
from ..relations import Relation
from .entity import Entity, drop_entities

#: labels a people's name is read under by mistake (not Person: "Colonel Luo", "Minister Zulu" are people)
_LABELS = frozenset({"Place", "Platform", "Country"})
_SPLIT = re.compile(r"[\s\-\u2010\u2011]+")
_FILLERS = frozenset({"the", "led"})


@cache
def group_words() -> frozenset[str]:
    """The casefolded names of ``ethnic_groups.csv`` (ethnic and religious groups)."""
    return frozenset(r["name"].strip().casefold() for r in read_rows(DATA_DIR / "ethnic_groups.csv") if r.get("name"))


def people_name(name: str) -> bool:
    """Whether every word of ``name`` names an ethnic or religious group.

    >>> [people_name(n) for n in ("Tuareg", "Sunni Baluch", "Tigrayans", "Tuareg-led", "Kidal", "Shan", "")]
    [True, True, True, True, False, False, False]
    """
    words = [w.casefold() for w in _SPLIT.split(name.strip()) if w and w.casefold() not in _FILLERS]
    groups = group_words()
    return bool(words) and all(w in groups or w.endswith("s") and w[:-1] in groups for w in words)


def drop_people_names(entities: dict[str, Entity], relations: list[Relation]) -> None:
    """Remove from ``entities`` every uncatalogued Place, Platform or Country named by a people
    (:func:`people_name`), and from ``relations`` every relation touching one (both changed in place)."""
    gone = {e.id for e in entities.values() if e.ref_id is None and e.label in _LABELS and people_name(e.name)}
    drop_entities(entities, relations, gone)
