"""A name that names nothing: one word of kind or scope, a date, an amount.

The NER and the context rules sometimes leave a node whose whole name is a word cut from a longer name or a
phrase of time: "Sea" of "the Law of the Sea", "Ground" and "Maritime" of "its Ground, Maritime and Air
Self-Defense Forces", "Regional" of "the Regional prison", "Training" of "Security Assistance and Training for
Ukraine", "Fort" of "St Ann's Fort", a platform "Army" of "the Army's new fighting vehicle", "Group" of "Group 1
of Kopassus"; an event "Since 2008" of "Since 2008, air forces from across NATO have sent ...", "In 2022", a
contract's "NZ$1.521 billion". Such a word names a kind (a sea, a fort, a group), a scope (regional, maritime)
or a time, never one thing the graph could hold, and whatever relation it was given is false.

An entity the reference data does not know whose name is one word of ``no_name_words`` or of the unit heads
(``name_shape.unit_heads``: army, group, squadron ...), or, for an Event, a preposition with a year or a date
("Since 2008", "In March 2021"), or any amount of money ("NZ$1.521 billion") is dropped with its relations.
A GovernmentBody or an Alliance is never dropped so: "the Army", "the Navy", "the Guards" are the aliases the
writers give a state's service (forty-one gold aliases of the development halves), and the resolver names
such a body after its state where it can.

Over the thirty-eight development halves (tune .. fresh37, session 41) the per-article graphs held twelve
nodes named by one such word, none a gold entity (label aside: no gold name or alias outside a body is one of
these words), and three Events named by a time or an amount, none gold; in the merged stores they were
junk nodes of ten halves.
"""
from __future__ import annotations

import re
from functools import cache

from ..mentions.lexicon import lexicon
from ..relations import Relation
from .entity import Entity, drop_entities

#: labels whose one-word names are a state's service or a bloc the writers name so ("the Army", "the Union")
_KEPT_LABELS = {"GovernmentBody", "Alliance"}
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
           "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_TIME = re.compile(rf"^(?:in|since|by|from|until|till|before|after|during|on|through)\s+"
                   rf"(?:(?:early|mid|late)[ -])?(?:(?:\d{{1,2}}\s+)?(?:{_MONTHS})\.?(?:\s+\d{{1,2}})?,?\s+)?\d{{4}}s?$",
                   re.IGNORECASE)
_AMOUNT = re.compile(r"^(?:[A-Z]{1,3})?[$\u20ac\u00a3\u00a5]\s?\d[\d.,]*(?:\s*(?:m|bn|million|billion|trillion))?$",
                     re.IGNORECASE)


@cache
def no_name_words() -> frozenset[str]:
    """Words that alone name no entity: ``no_name_words`` and the unit heads of ``name_shape``."""
    lex = lexicon()
    return frozenset(w.casefold() for w in [*lex["no_name_words"], *lex["name_shape"]["unit_heads"]])


def names_nothing(name: str, label: str) -> bool:
    """Whether ``name`` (of an entity labelled ``label``) is a kind or scope word, a time or an amount.

    >>> [names_nothing(n, "Place") for n in ("Sea", "the Regional", "Black Sea", "Bay", "Reading")]
    [True, True, False, False, False]
    >>> names_nothing("Army", "Platform"), names_nothing("Army", "GovernmentBody")
    (True, False)
    >>> [names_nothing(n, "Event") for n in ("Since 2008", "In March 2021", "NZ$1.521 billion", "Zapad 2021")]
    [True, True, True, False]
    """
    if label in _KEPT_LABELS:
        return False
    text = " ".join(name.split())
    if _AMOUNT.match(text):
        return True
    if label == "Event" and _TIME.match(text):
        return True
    words = text.casefold().split()
    if words[:1] == ["the"]:
        words = words[1:]
    return len(words) == 1 and words[0] in no_name_words()


def drop_no_names(entities: dict[str, Entity], relations: list[Relation]) -> None:
    """Remove from ``entities`` every entity the reference data does not know whose name names nothing
    (:func:`names_nothing`), and from ``relations`` every relation touching one (both changed in place)."""
    gone = {e.id for e in entities.values() if e.ref_id is None and names_nothing(e.name, e.label)}
    drop_entities(entities, relations, gone)
