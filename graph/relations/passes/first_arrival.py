"""A transfer and a holding begin when their first goods arrive (ONTOLOGY.md, Time: ``valid_from``).

An article on a first delivery tells the deal behind it too ("The first five Rafales bought from France
landed at Ambala on Wednesday ... India signed the agreement for 36 Rafales on September 23, 2016"): the
sale and the fleet the order sentence gives are dated by the order, yet both hold from the day the first
goods came. So a supply or a holding of a type whose stage is ``delivering`` or ``delivered``, and that
no date of the text or the reference data already starts, starts on the day a sentence tells the type's
first units arriving (the goods the subject of an arrival verb, or the "of" phrase of "took delivery",
with a word of the first batch on them: "the first F-16 built for the air force landed", "its first
HIMARS"). The words are ``arrival_verbs``, ``arrival_nouns`` and ``first_batch`` of ``time`` in
``cues.yaml``.
"""
from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Token

from ...entities import Entity
from ..lexicon import cues
from ..relation import Relation
from ..time import published_of, relation_when

_STAGES = {"delivering", "delivered"}
_NOUN_PARTS = {"compound", "amod", "nmod", "nummod", "appos", "poss", "pobj", "prep", "npadvmod", "det"}


def _goods_head(tok: Token) -> Token | None:
    """The noun phrase a platform's name is in, climbed to its head ("The first three of 40 UH-60M Black
    Hawk helicopters" -> "three"), or None when it crosses a verb."""
    for _ in range(6):
        if tok.dep_ in {"nsubj", "nsubjpass", "pobj"} and tok.head.pos_ in {"VERB", "AUX", "NOUN"} \
                and (tok.dep_ != "pobj" or tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN"):
            return tok
        if tok.dep_ not in _NOUN_PARTS or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _arrives(tok: Token) -> Token | None:
    """The first goods arriving that a platform's name token is in, as the token that dates it (the
    arrival verb), or None."""
    words = cues()["time"]
    head = _goods_head(tok)
    if head is None:
        return None
    if head.dep_ == "pobj":  # "took delivery of its first HIMARS"
        noun = head.head.head
        verb = noun.head if noun.lemma_.lower() in words["arrival_nouns"] and noun.dep_ == "dobj" else None
    else:
        verb = head.head if head.head.lemma_.lower() in words["arrival_verbs"] and head.head.pos_ == "VERB" else None
    if verb is None or any(c.dep_ == "neg" for c in verb.children):
        return None
    first = [t for t in head.subtree if t.i <= tok.i and t.lower_ in words["first_batch"]]
    return verb if first else None


def first_arrivals(doc: Doc, entities: dict[str, Entity], base: date | None) -> dict[str, str]:
    """Platform id -> the day (or month) the text tells its first units arriving, the earliest such
    sentence's, if no later than publication."""
    out: dict[str, str] = {}
    for m in doc._.mentions:
        entity = entities.get(m.entity) if m.entity else None
        if entity is None or entity.label != "Platform" or entity.id in out:
            continue
        tok = doc[m.end - 1]
        verb = _arrives(tok)
        if verb is None:
            continue
        when = relation_when(tok.sent, [tok], base)
        if when and "/" not in when and len(when) >= 7 and (base is None or when <= base.isoformat()):
            out[entity.id] = when
    return out


def _holder(r: Relation, entities: dict[str, Entity]) -> str | None:
    """The state that holds the goods of a supply or a holding: the recipient, or the state of its service."""
    entity = entities.get(r.target if r.type == "SUPPLIES" else r.source)
    if entity is None:
        return None
    return entity.id if entity.label == "Country" else entity.country


def apply(relations: list[Relation], doc: Doc, entities: dict[str, Entity]) -> None:
    """Start (``valid_from``) each supply to, or holding by, the article's own state (the goods under way or
    handed over) that nothing starts yet, on the day the text tells the type's first units arriving; other
    states' fleets of the type and sales to them are not that delivery."""
    focal = doc.user_data.get("focal_country")
    candidates = [r for r in relations if r.type in {"SUPPLIES", "OPERATES"} and r.props.get("stage") in _STAGES
                  and not r.props.get("valid_from") and focal and _holder(r, entities) == focal]
    if not candidates:
        return
    arrivals = first_arrivals(doc, entities, published_of(doc))
    if not arrivals:
        return
    for r in candidates:
        if r.type == "OPERATES":
            day = arrivals.get(r.target)
        else:  # the types the supply's own sentence names
            start, end = r.evidence.get("start"), r.evidence.get("end")
            days = {arrivals[m.entity] for m in doc._.mentions if m.entity in arrivals
                    and isinstance(start, int) and isinstance(end, int) and start <= m.start_char < end}
            day = days.pop() if len(days) == 1 else None
        if day:
            r.props["valid_from"] = day
