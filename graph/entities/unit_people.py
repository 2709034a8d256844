"""A "person" whose every name holds an armed service's or unit's word, or is made of titles alone, is no person.

The tagger reads a capitalised service or unit phrase as a person's name ("the Ground Self-Defense" of
"Japan's Ground Self-Defense Force", "Gorkha Rifles" of "8th Gorkha Rifles") and a rank or post written
as a heading as one too ("Officer Commanding", "Major-General"): no human's name holds "Army", "Navy",
"Force(s)", "Guard", "Command", "Corps", "Brigade", "Rifles", "Self-Defense" ..., and a name made of nothing
but ranks and titles names nobody (a bare "Major" or "King", a possible surname, stays: two words at least).

A Person every one of whose mentions is such a phrase is dropped with the relations that touch it: they
cannot hold of a gold person (their end is no name the gold knows). Of the twenty-seven development halves'
merged stores (tune .. fresh26, session 30), six such nodes: four junk ("Ground Self-Defense", "Gorkha
Rifles", "Officer Commanding", "Major-General") and two bodies the gold lists under another label
("Rajputana Rifles", "Military Intelligence": false Persons under the strict label match); no gold person was
named so. A person named once by a clean name ("Asim Munir") keeps every mention. Likewise a name that ends in
an institution's, a firm's or an office's word ("Staff College", "Stock Exchange", "Political Affairs",
``person_institution_heads``): session 39 counted seven such Person nodes in the thirty-six development halves'
merged stores (tune .. fresh35), six junk in six halves and one a firm's ("AEL Sistemas", not in the list),
and no gold person whose name ends so (titles before a name, "External Affairs Minister X", end in the name).
Some of those words are also surnames (``person_institution_surnames``: "Colonel Pierre Bureau", "Gianluca Navali",
review39): a name ending in one stays a person where a mention of it is a clean two- or three-word name written
after a rank or title, or opening with a given name (a catalogued person's first name, or a word no English word
list holds); none of the seven dev nodes ended so.
"""
from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from ..mentions.lexicon import lexicon
from ..mentions.mention import Mention
from ..relations import Relation
from .entity import Entity, drop_entities


@cache
def _service_words() -> frozenset[str]:
    """Words of an armed service's or a unit's name (lexicon ``person_service_words``)."""
    return frozenset(lexicon()["person_service_words"])


@cache
def title_words() -> frozenset[str]:
    """Lower-cased words of the ranks, titles and roles the lexicon knows ("major", "general", "officer")."""
    lex = lexicon()
    out: set[str] = set()
    for key in ("ranks", "rank_words", "person_titles", "person_roles", "apposition_roles"):
        for phrase in lex[key]:
            out.update(w.strip(".").lower() for w in re.split(r"[\s-]+", str(phrase)) if w)
    return frozenset(out | {"officer", "commanding"})


def _words(text: str) -> list[str]:
    return [w.strip(".,'\u2019").lower() for w in re.split(r"\s+", text) if w.strip(".,'\u2019")]


def service_name(text: str) -> bool:
    """Whether ``text`` holds a service's or unit's word.

    >>> [service_name(t) for t in ("Ground Self-Defense", "Gorkha Rifles", "Asim Munir", "Marine Le Pen")]
    [True, True, False, False]
    """
    words = _service_words()
    return any(w in words or (("-" in w) and any(p in words for p in w.split("-")))
               for w in _words(text))


def title_name(text: str) -> bool:
    """Whether ``text`` is two or more words (a hyphen's parts count) all of them ranks or titles.

    >>> [title_name(t) for t in ("Major-General", "Officer Commanding", "Major", "John Major")]
    [True, True, False, False]
    """
    parts = [p for w in _words(text) for p in w.split("-") if p]
    return len(parts) >= 2 and all(p in title_words() for p in parts)


@cache
def _institution_heads() -> frozenset[str]:
    """Last words of an institution's, a firm's or an office's name (lexicon ``person_institution_heads``)."""
    return frozenset(lexicon()["person_institution_heads"])


def institution_name(text: str) -> bool:
    """Whether ``text`` is two or more words and ends in an institution's word.

    >>> [institution_name(t) for t in ("Staff College", "Political Affairs", "Sara College", "Exchange")]
    [True, True, True, False]
    """
    words = _words(text)
    return len(words) >= 2 and words[-1] in _institution_heads()


def no_person(text: str) -> bool:
    """Whether ``text`` cannot be a person's name: :func:`service_name`, :func:`title_name` or
    :func:`institution_name`."""
    return service_name(text) or title_name(text) or institution_name(text)


@cache
def _surname_heads() -> frozenset[str]:
    """Institution words that are also surnames (lexicon ``person_institution_surnames``)."""
    return frozenset(lexicon()["person_institution_surnames"])


@cache
def _given_names() -> frozenset[str]:
    """Lower-cased first words of the catalogued people's names (people.csv): given names."""
    from ..reference import load_reference

    return frozenset(e.name.split()[0].lower() for e in load_reference() if e.label == "Person" and " " in e.name)


def _given_word(word: str) -> bool:
    """Whether a capitalised word may be a given name: a catalogued person's first name, or no English word
    ("Gianluca", "Pedro"), and no rank, title or institution word."""
    from ..mentions.lemmas import common_words
    from ..mentions.nlp import MODEL

    low = word.lower()
    if not (word[:1].isupper() and word.isalpha()) or low in title_words() or low in _institution_heads():
        return False
    return low in _given_names() or low not in common_words(MODEL)


def _clean_name(m: Mention, doc: Doc) -> bool:
    """Whether a mention is a person's clean name: two or three words after a rank or title ("Colonel Pierre
    Bureau", "Brigadier James Council") or opening with a given name ("Gianluca Navali")."""
    words = m.text.split()
    if not 2 <= len(words) <= 3:
        return False
    before = doc[m.start - 1].text.strip(".").lower() if m.start > 0 else ""
    return before in title_words() or _given_word(words[0])


def _surnamed(entity: Entity, doc: Doc | None) -> bool:
    """Whether a Person ending in an institution word that is also a surname is named as a person."""
    if doc is None or not (words := _words(entity.name)) or words[-1] not in _surname_heads():
        return False
    return any(_clean_name(m, doc) for m in entity.mentions if m.source != "coref")


def drop_unit_people(entities: dict[str, Entity], relations: list[Relation], doc: Doc | None = None) -> None:
    """Remove every Person whose every mention (and name) :func:`no_person`, and the relations touching it
    (both changed in place); one whose name ends in a surname-like institution word stays where ``doc`` shows
    a clean name of it (:func:`_surnamed`)."""
    gone = set()
    for entity in entities.values():
        if entity.label != "Person" or not entity.mentions:
            continue
        texts = [entity.name] + [m.text for m in entity.mentions if m.source != "coref"]
        if all(no_person(t) for t in texts) and not _surnamed(entity, doc):
            gone.add(entity.id)
    drop_entities(entities, relations, gone)
