"""An organisation named by an office or a rank is a post or a person, no body.

The tagger reads an office holder's title as an organisation's name ("the Head of Air Force Capability",
"the Minister of Defence, retired Major General X", "the navy's Controller of Warship Production and
Acquisition", "the rank of Honorary Air Commodore") and a rank with a person's first name or initials as one
too ("General SM Shafiuddin Ahmed" -> "General SM", "General Mahamat Idriss Deby" -> "General Mahamat"). A
post is held by a person and a body is named by its own noun (the Ministry, the Directorate, the Staff): such
a node is no Organization or GovernmentBody of the ontology, and whatever relation it carries is false.

An Organization or GovernmentBody the reference data does not know is dropped with its relations when its
name opens with an office word of ``office_names.csv`` (kind ``office``); an Organization also when its name is
a rank word (kind ``rank``) and one or two more words, none of them a body's noun (kind ``body``: "General
Staff", "General Assembly", "General Atomics" stay).

Session 49 census (the int49 graphs of the forty-six development halves): eight such nodes, seven junk nodes of
seven halves' merged stores, none a gold entity; no gold Organization or GovernmentBody name or alias of the
development halves opens with an office word, and those opening with a rank word are all "General" + a body's
noun ("General Staff", "General Assembly", "General Headquarters").
"""
from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

from ..errors import ReferenceDataError
from ..relations import Relation
from .entity import Entity, drop_entities

OFFICE_NAMES = Path(__file__).resolve().parents[1] / "reference" / "data" / "office_names.csv"
_KINDS = {"office", "rank", "body"}
_BODY_LABELS = {"Organization", "GovernmentBody"}


@cache
def office_words() -> dict[str, frozenset[str]]:
    """kind ("office", "rank", "body") -> its lower-case words, from ``office_names.csv`` (a source per row)."""
    out: dict[str, set[str]] = {k: set() for k in _KINDS}
    with OFFICE_NAMES.open(encoding="utf-8", newline="") as f:
        for n, row in enumerate(csv.DictReader(f), start=2):
            if row["kind"] not in _KINDS or not row["word"] or not row["source"]:
                raise ReferenceDataError(f"{OFFICE_NAMES}:{n}: needs a word, a source and a kind in {sorted(_KINDS)}")
            out[row["kind"]].add(row["word"].casefold())
    return {k: frozenset(v) for k, v in out.items()}


def names_office(name: str, label: str) -> bool:
    """Whether ``name`` (of an entity labelled ``label``) is an office's or a rank-and-name's, no body's.

    >>> [names_office(n, "Organization") for n in ("Head of Air Force Capability", "Minister of Defence",
    ...                                             "General SM", "General Assembly", "Ministry of Defence")]
    [True, True, True, False, False]
    >>> names_office("General Mahamat", "GovernmentBody"), names_office("Minister of Defence", "Person")
    (False, False)
    """
    if label not in _BODY_LABELS:
        return False
    words = [w.strip(".,").casefold() for w in name.split()]
    if words[:1] == ["the"]:
        words = words[1:]
    if not words:
        return False
    lists = office_words()
    if words[0] in lists["office"] and len(words) >= 2:
        return True
    return (label == "Organization" and words[0] in lists["rank"] and 2 <= len(words) <= 3
            and not set(words[1:]) & lists["body"])


def drop_office_names(entities: dict[str, Entity], relations: list[Relation]) -> None:
    """Remove every Organization or GovernmentBody the reference data does not know whose name is an office's
    or a rank-and-name's (:func:`names_office`), and every relation touching one (both changed in place)."""
    gone = {e.id for e in entities.values() if e.ref_id is None and names_office(e.name, e.label)}
    drop_entities(entities, relations, gone)
