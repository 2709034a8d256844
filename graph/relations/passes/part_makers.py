"""Makers of a platform's parts: they neither make nor sell the platform.

"Hensoldt and Leonardo supply the radar of the Eurofighter" and "Safran, which builds the Rafale's M88
engine, ..." name firms that make a part (``manufacture.part_nouns``: radar, engine, sensors ...) of a
platform. Rules that read a maker or a seller off the sentence (a catalogue maker of the platform, a
making verb's object) would make the firm the platform's maker or its buyer's supplier. Two checks,
over every rule's relations of a sentence:

* a SUPPLIES or MANUFACTURES whose source is named in the sentence only as the doer of a verb whose
  object, or an item listed with it, is a platform's part ("X supplies the radar of the Eurofighter", "X, which
  builds the F-35's engines", "X will produce the mission systems and sensors for it": a MANUFACTURES of the
  platform "it" stands for; not "X builds radars", its own products) is dropped;
* a MANUFACTURES whose platform is named in the sentence only as the owner of a part ("the Rafale's
  engine", "the radar of the Eurofighter") is dropped: the firm makes the part.

A part that is itself a catalogued platform ("the M88 engine") keeps its own maker.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ...entities import Entity
from ..lexicon import cues
from ..relation import Relation

_TYPES = frozenset({"SUPPLIES", "MANUFACTURES"})


def _parts() -> set[str]:
    return cues()["manufacture"]["part_nouns"]


def _part_object(verb: Token, inside: set[int], it: bool = False) -> bool:
    """Whether a verb's direct object, or an item listed with it, is a part noun of a platform, naming no platform
    of its own: "the radar of the Eurofighter", "the F-35's engines", "the mission systems and sensors for the
    Guarani" (not "builds radars": a firm's own products). With ``it``, "for it" names the platform too (a
    MANUFACTURES whose platform the pronoun stands for)."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        listed = [obj, *obj.conjuncts]
        if any(_names_platform(p, inside) for p in listed):
            continue  # the list holds a whole platform ("builds the X drone and the Y sensors"): its own product
        if any(p.lemma_.lower() in _parts() and p.i not in inside and (_owned_part(p, inside, it) or _owned_part(obj, inside, it))
               for p in listed):
            return True
    return False


def _names_platform(noun: Token, inside: set[int]) -> bool:
    """Whether a listed object that is no part noun is a platform named by its name ("the X drone": X a
    platform's name; a bare noun a description resolved does not count)."""
    if noun.lemma_.lower() in _parts():
        return False
    return any(c.dep_ == "compound" and c.i in inside for c in noun.children)


def _owned_part(noun: Token, inside: set[int], it: bool = False) -> bool:
    """Whether a part noun names the platform it belongs to (possessive, compound or "of"/"for" object; with
    ``it`` also "for it")."""
    for c in noun.children:
        if c.dep_ in {"poss", "compound"} and c.i in inside:
            return True
        if c.dep_ == "prep" and c.lower_ in {"of", "for"} and any(
                o.dep_ == "pobj" and (o.i in inside or it and o.lower_ == "it") for o in c.children):
            return True
    return False


def _doer_verbs(head: Token) -> list[Token]:
    """The verbs a mention's head is the doer of: its own verb as a subject (climbing conjuncts and "together
    with" partners), and the verbs of relative clauses on it ("Safran, which builds ...")."""
    verbs = [c for c in head.children if c.dep_ == "relcl" and any(s.dep_ == "nsubj" and s.tag_ == "WDT" for s in c.children)]
    cur = head
    for _ in range(4):
        if cur.dep_ == "nsubj":
            verbs.append(cur.head)
            break
        if cur.dep_ in {"conj", "appos"} or cur.dep_ == "pobj" and cur.head.lower_ == "with":
            cur = cur.head
        elif cur.dep_ == "prep" and cur.lower_ == "with":
            cur = cur.head
        else:
            break
    return verbs


def _only_part_maker(heads: list[Token], inside: set[int], it: bool = False) -> bool:
    return bool(heads) and all(any(_part_object(v, inside, it) for v in _doer_verbs(h)) for h in heads)


def _part_owner(span) -> bool:
    """Whether a platform's words only own a part: "the Rafale's engine", "the radar of the Eurofighter" (the
    part outside the platform's own words; not "AL-41F1 turbofans", where the noun is the platform's kind)."""
    head, parts = span.root, _parts()
    owner = head.head if head.dep_ == "poss" else \
        head.head.head if head.dep_ == "pobj" and head.head.lower_ in {"of", "for"} else None
    return owner is not None and owner.lemma_.lower() in parts and not span.start <= owner.i < span.end


def platform_token_indices(doc: Doc, entities: dict[str, Entity]) -> set[int]:
    """Indices of the tokens of ``doc`` inside a mention of a Platform entity."""
    return {i for m in doc._.mentions if m.entity and entities.get(m.entity) is not None
            and entities[m.entity].label == "Platform" for i in range(m.start, m.end)}


def drop_part_makers(relations: list[Relation], doc: Doc, sents: list, entities: dict[str, Entity]) -> list[Relation]:
    """``relations`` less the SUPPLIES and MANUFACTURES of firms that make or supply only a part of the
    platform (see the module docstring)."""
    if not any(r.type in _TYPES for r in relations):
        return relations
    by_start = {s.start_char: s for s in sents}
    mentions = [m for m in doc._.mentions if m.entity]
    platform_tokens = platform_token_indices(doc, entities)

    def spans(entity: str, sent) -> list:
        return [doc[m.start:m.end] for m in mentions if m.entity == entity and sent.start <= m.start < sent.end]

    def part_only(r: Relation) -> bool:
        sent = by_start.get(r.evidence.get("start"))
        if r.type not in _TYPES or sent is None:
            return False
        if _only_part_maker([s.root for s in spans(r.source, sent)], platform_tokens, r.type == "MANUFACTURES"):
            return True
        found = spans(r.target, sent) if r.type == "MANUFACTURES" else []
        return bool(found) and all(_part_owner(s) for s in found)

    return [r for r in relations if not part_only(r)]
