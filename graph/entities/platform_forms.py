"""Written forms of a platform the text prints around its mention, kept as the platform's aliases.

* A maker's name printed right before the type ("a fleet of Ilyushin Il-76 heavy lifters", "its Lockheed Martin
  F-35A fighters"): the NER reads the maker as a firm of its own and the type as the platform, so the whole
  written form "Ilyushin Il-76", under which the type is named in the text, is one of the platform's names.
* A ship class the catalogue lacks, named "<Name>-class <ship noun>" ("Tamarin-class boat"): "Tamarin-class" and
  "Tamarin class" name it too, as the catalogue's classes have them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from ..ids import fold
from ..mentions import Mention
from ..reference import ReferenceData
from ..reference.loader import DATA_DIR, read_entries
from .entity import Entity

_CLASS = re.compile(r"^(?P<stem>[^\W\d][\w .'-]*?)-class [a-z][a-z ]*$")


def maker_forms(entities: dict[str, Entity], mentions: list[Mention], doc: Doc, ref: ReferenceData) -> None:
    """Add, in place, to each Platform the written form "<firm> <platform>" where a firm's name ends on the token
    before one of its mentions with only a space between: a Company mention or up to three capitalised words the
    catalogue names a company by or the platform's catalogued maker's name opens with ("Sukhoi Su-30MKM", "Bell
    UH-1H Huey"; not "Sukhoi's Su-30MKM", "Sukhoi, Su-30MKM")."""
    firms = {m.end: m.text for m in mentions if m.label == "Company"}
    for entity in entities.values():
        if entity.label != "Platform":
            continue
        row = ref.get(entity.ref_id) if entity.ref_id else None
        makers = row.makers if row else []
        for m in entity.mentions:
            if m.start == 0 or not doc[m.start - 1].whitespace_:
                continue
            firm = firms.get(m.start) or _catalogued_firm(doc, m.start, ref, makers)
            if firm and (not makers or _its_maker(firm, makers, ref)):
                entity.aliases.add(f"{firm} {m.text}")


def _opens_maker(text: str, makers: list[str]) -> bool:
    """Whether ``text`` opens the name of one of ``makers`` ("Bell" of "Bell Textron", "Dassault")."""
    return any(f"{maker} ".startswith(f"{text} ") for maker in makers)


def _its_maker(firm: str, makers: list[str], ref: ReferenceData) -> bool:
    """Whether ``firm`` is one of a catalogued platform's ``makers`` (its name, an alias of its catalogue row or
    the opening of its name: "Dassault" of "Dassault Aviation") or a firm since merged into others
    (``companies_historic.csv``: "McDonnell Douglas F-4 Phantom II", whose row names Boeing): "Thales Rafale"
    names Thales's radar on the Rafale, not the Rafale (review37 plat05)."""
    names = {fold(x) for maker in makers for row in [*ref.lookup(maker, "Company"), None]
             for x in ([maker] if row is None else row.surfaces())}
    return fold(firm) in names or _opens_maker(firm, makers) \
        or any(fold(row.name) in names or fold(row.name) in _defunct() for row in ref.lookup(firm, "Company"))


@lru_cache(maxsize=1)
def _defunct() -> frozenset[str]:
    """The folded names of the catalogued firms since merged into others (their types' rows name the heirs)."""
    return frozenset(fold(e.name) for e in read_entries(DATA_DIR / "companies_historic.csv", "Company"))


def _catalogued_firm(doc: Doc, end: int, ref: ReferenceData, makers: list[str]) -> str | None:
    """The longest run of up to three capitalised words ending at ``end`` that the catalogue names a company by or
    that opens the name of one of the platform's catalogued ``makers`` ("Bell" of "Bell Textron")."""
    best = None
    for start in range(end - 1, max(-1, end - 4), -1):
        tok = doc[start]
        if not (tok.is_alpha and tok.text[:1].isupper()) or start < end - 1 and not tok.whitespace_:
            break
        text = doc[start:end].text
        if ref.lookup(text, "Company") or _opens_maker(text, makers):
            best = text
    return best


def class_forms(entities: dict[str, Entity]) -> None:
    """Add, in place, "<Name>-class" and "<Name> class" to each uncatalogued Platform named "<Name>-class <ship
    noun>" ("Tamarin-class boat")."""
    for entity in entities.values():
        match = _CLASS.match(entity.name) if entity.label == "Platform" and not entity.ref_id else None
        if match:
            entity.aliases |= {f"{match['stem']}-class", f"{match['stem']} class"}
