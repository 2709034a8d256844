"""A base's town named alone is the base: "Sulur Air Force Station" ... "the exercise at Sulur"; so is a range's or
a training site's ("the Ilisky training area" ... "the first stage runs at Ilisky"). Within
one document a bare name the catalogue does not know that is the proper part of a named base's name
(the words left once the service and base words are taken away) refers to that base, whatever label
the NER gave it (a town read as a firm or a jet). A catalogued town ("RAAF Base Darwin" ... "Darwin")
is a place of its own. An airport is such a base too ("Changi Airport" ... "landed at Changi"), and so is
its last proper word ("Washington Dulles International Airport" ... "Dulles") and each half of a
hyphenated town pair ("Malacky-Kuchyňa Air Base" ... "Kuchyňa").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..relations import Relation
from .capitals import _venue
from .entity import Entity
from .region_names import _marked_town

#: words of a base's name that are no part of the town's name
_BASE_WORDS = frozenset({"base", "station", "airbase", "airfield", "air", "force", "naval", "navy", "army",
                         "military", "marine", "corps", "joint", "field", "of", "the", "airport", "international",
                         "regional", "range"})
_BASE_HEADS = frozenset({"base", "station", "airbase", "airfield", "airport", "range"})
#: two last words that make a name a range's or a training site's ("Ilisky Training Area" ... "at Ilisky")
_RANGE_HEADS = frozenset({("training", "area"), ("training", "ground"), ("proving", "ground"), ("test", "site"),
                          ("training", "centre"), ("training", "center"), ("firing", "range"), ("tank", "range"),
                          ("training", "range"), ("artillery", "range"), ("missile", "range"), ("test", "range"),
                          ("bombing", "range"), ("shooting", "range")})
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")  # "RAAF", "PAF", "INS"
_LABELS = frozenset({"Place", "Company", "Organization", "Platform"})
#: relation types that follow a town into its base when the town joins the base ("deployed to Jodhpur")
_FOLLOWING = frozenset({"DEPLOYED_TO"})


def _ranged(name: str) -> bool:
    """Whether ``name`` is a range's or a training site's ("Vidsel Test Range"), not a base's."""
    low = name.lower().split()
    return low[-1:] == ["range"] or (len(low) > 2 and tuple(low[-2:]) in _RANGE_HEADS)


def _town(name: str) -> str | None:
    """The proper part of a base's name ("Sulur" of "Sulur Air Force Station"), or ``None``."""
    words = name.split()
    low = [w.lower() for w in words]
    ranged = len(low) > 2 and tuple(low[-2:]) in _RANGE_HEADS
    if not _BASE_HEADS & set(low) and not ranged:
        return None
    if ranged:  # "Ilisky Training Area": the words before the site's two words
        words = words[:-2]
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
    that no catalogue knows, and every uncatalogued base named after the town of a catalogued one;
    ``entities`` is changed in place."""
    bases = {}
    for base in entities.values():
        for town in _town_names(base.name) if base.label == "Place" else ():
            bases.setdefault(town.casefold(), base)
    if not bases:
        return
    for base in [e for e in entities.values() if e.label == "Place" and e.ref_id]:  # the catalogue's row first
        for town in _town_names(base.name):
            bases[town.casefold()] = base
    for key, entity in list(entities.items()):
        base = bases.get(entity.name.casefold())
        if base is None and entity.label == "Place" and not entity.ref_id:
            # "Kubinka airfield" beside the catalogued "Kubinka air base": one base by two of its names
            # (a base never folds into a range of its town: "Vidsel Air Base" beside the catalogued "Vidsel Test Range")
            base = next((b for t in _town_names(entity.name) if (b := bases.get(t.casefold())) and b.ref_id
                         and _ranged(b.name) == _ranged(entity.name)), None)
        if base is None or base is entity or entity.label not in _LABELS or entity.ref_id:
            continue  # a catalogued town ("Darwin") is a place of its own beside its base
        for mention in entity.mentions:
            base.add(mention)
        del entities[key]
    _range_towns(entities)


def _range_towns(entities: dict[str, Entity]) -> None:
    """A range or training site is known by its town's name too ("the Ustka training range" ... "landings at
    Ustka"): the town's name is an alias of the site's entity where no other entity of the document has it."""
    names = {n.casefold() for e in entities.values() for n in (e.name, *e.aliases)}
    for site in entities.values():
        low = site.name.lower().split()
        if site.label != "Place" or site.ref_id or not (low[-1:] == ["range"] or tuple(low[-2:]) in _RANGE_HEADS):
            continue
        town = _town(site.name)
        if town and town.casefold() not in names:
            site.aliases.add(town)


def fold_idle_base_towns(doc: Doc, entities: dict[str, Entity], relations: list[Relation]) -> None:
    """Merge into a named base of ``entities`` ("RAAF Base Edinburgh", "Jodhpur Air Force Station") the
    catalogued town it is named after ("Edinburgh", "Jodhpur") where the town holds nothing of the document:
    no relation touches it but a deployment, which then goes to the base ("jets flew to Jodhpur"), and the
    text never calls it the town ("the city of X", "near X") nor names it in a sentence with an occasion
    ("Darwin hosts the drills": :func:`graph.entities.capitals._venue`). A town that holds an event or a site ("the
    parade in Darwin") stays a place of its own. Of eleven such pairs in the merged stores of thirty-one
    development halves, the writers made the five idle towns the base's alias and kept the five that hold an
    event as places. A range or an airport named after its town is no such base (the writers keep the town of
    a training ground as the place the exercise is held); ``entities`` and ``relations`` are changed in place."""
    bases = {}
    for base in entities.values():
        if base.label != "Place" or _ranged(base.name) or "airport" in base.name.lower().split():
            continue  # a range or an airport named after a town lies outside it ("held near Termez", "landed in X")
        for town in _town_names(base.name):
            bases.setdefault(town.casefold(), base)
    if not bases:
        return
    for key, town in list(entities.items()):
        base = bases.get(town.name.casefold()) if town.label == "Place" and town.ref_id else None
        if base is None or base is town or _marked_town(doc, town) or _venue(doc, town, entities):
            continue  # "Darwin hosts the drills": a sentence naming an occasion with the town keeps the town
        if any(town.id in (r.source, r.target) and r.type not in _FOLLOWING for r in relations):
            continue  # "the parade in Darwin": the town
        for r in relations:
            if r.target == town.id:
                r.target = base.id
            if r.source == town.id:
                r.source = base.id
        for mention in town.mentions:
            base.add(mention)
        base.aliases.add(town.name)
        del entities[key]
