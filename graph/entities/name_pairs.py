"""Two names joined by a hyphen before a noun are no person: "the Modi-Macron talks", "the Austin-Dong
meeting", "the Maréchal and Saint-Exupéry sites". The tagger reads the pair as one person's double-barrelled
name; it names the two sides of a meeting (or a place named after a person) and qualifies the noun after
it. A Person no relation touches every one of whose mentions is such a pair, two capitalised words glued
by a hyphen and followed straight by a lower-case word, is dropped. A person named in full elsewhere
("Kristóf Szalay-Bobrovniczky said") keeps every mention. Such nodes of the twenty-two development
halves (tune .. fresh21): four ("Kyzyl-Bel" too, a place), all left out by the writers.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..mentions import Mention
from ..relations import Relation, related_ids
from .entity import Entity


def hyphen_pair(doc: Doc, mention: Mention) -> bool:
    """Whether ``mention`` is "<Name>-<Name>" right before a lower-case word ("the Modi-Macron talks")."""
    toks = doc[mention.start:mention.end]
    if len(toks) != 3 or toks[1].text != "-" or toks[0].whitespace_ or toks[1].whitespace_:
        return False
    if not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in (toks[0], toks[2])):
        return False
    nxt = doc[mention.end] if mention.end < len(doc) else None
    return nxt is not None and nxt.is_alpha and nxt.is_lower and bool(toks[2].whitespace_)


def drop_name_pairs(doc: Doc, entities: dict[str, Entity], relations: list[Relation]) -> None:
    """Remove every Person no relation touches whose mentions are all hyphenated pairs before a noun."""
    used = related_ids(relations)
    for key, entity in list(entities.items()):
        if entity.label == "Person" and entity.id not in used and entity.mentions \
                and all(hyphen_pair(doc, m) for m in entity.mentions):
            del entities[key]
