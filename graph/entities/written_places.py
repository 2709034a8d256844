"""A place as the text writes it around its name: "Preah Sihanouk province", "the province of Namur", "the
Phu Bai airport", "Norfolk, Virginia". The NER's span holds the proper name alone ("Preah Sihanouk"); the words
the writer set around it (a lower-case division or facility noun after it, a division noun and "of" before it,
a U.S. state after a comma) are part of how the text names that place, and ANNOTATION.md lists every surface form
of an entity among its aliases. Without them a store cannot tell that "Preah Sihanouk province" of one article
and "Preah Sihanouk" of another are the same place (junk36: 10 junk nodes of nine development halves' merged
stores were such places).

Only the written form is added, never a guess: a catalogued city or capital takes no division or facility form
("the Samarkand region" is the region, "the Colombo port" the port: other places than the city), and no alias is added that another entity of the document
already goes by ("Batken region" beside the city "Batken"). Word lists in ``lexicon.yaml`` under
``written_place_forms``.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ..ids import fold
from ..mentions.lexicon import lexicon
from .entity import Entity

_TOWN_KINDS = frozenset({"city", "capital"})
_CLAUSE_ENDS = frozenset({",", ".", ";", ":", ")", "(", "\n", "where", "in", "on", "at", "to", "and", "with"})


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in lexicon()["written_place_forms"].items()}


def _forms(doc: Doc, text: str, start: int, end: int, town: bool) -> list[str]:
    """The written forms around the place mention ``doc[start:end]`` (``text`` its name as mentioned); a
    catalogued ``town`` takes only the state form (its region or its port is another place)."""
    w = _words()
    out = []
    if not town and end < len(doc) and doc[end].is_lower and doc[end].text in w["after"] and not doc[end].is_sent_start:
        out.append(f"{text} {doc[end].text}")  # "Preah Sihanouk province", "the Phu Bai airport"
    if not town and start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].is_lower and doc[start - 2].text in w["before"]:
        out.append(f"{doc[start - 2].text} of {text}")  # "the province of Namur"
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].text[:1].isupper():
        for state in w["us_states"]:  # "Norfolk, Virginia", "Palm Bay, Florida" (not "Bay, Bakool and Gedo")
            n = len(state.split())
            words = [t.text for t in doc[end + 1:end + 1 + n]]
            after = doc[end + 1 + n] if end + 1 + n < len(doc) else None
            if words == state.split() and (after is None or after.lower_ in _CLAUSE_ENDS or after.is_punct):
                out.append(f"{text}, {state}")
                break
    return out


def written_place_forms(doc: Doc, entities: dict[str, Entity]) -> None:
    """Add to each Place of ``entities`` the forms the text writes it in (``_forms``), unless another entity
    of the document goes by that form; in place."""
    taken = {fold(n): e.id for e in entities.values() for n in (e.name, *e.aliases)}
    for entity in entities.values():
        if entity.label != "Place":
            continue
        town = entity.props.get("kind") in _TOWN_KINDS
        for m in entity.mentions:
            if m.start >= len(doc) or m.end > len(doc):
                continue
            for form in _forms(doc, m.text, m.start, m.end, town):
                owner = taken.get(fold(form))
                if owner is None or owner == entity.id:
                    entity.aliases.add(form)
                    taken[fold(form)] = entity.id
