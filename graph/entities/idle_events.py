"""An occasion the article names only by a common noun and ties to nothing is no event of the graph.

"An official ceremony introducing the type is planned", "a warm and productive meeting", "a two-day drone
exhibition", "the jets were handed over at a ceremony in Kano": the resolver names such a ceremony,
meeting, parade, show or visit by its noun, place and date, but when no actor takes part in it, no
platform is shown at it and no host is named, the article says nothing of the occasion itself, only of
what happened there. The writers of the gold leave such occasions out: of the relation-less generic
occasions of nineteen development halves they listed none. An occasion no relation touches
(``idle_occasion_kinds``) is dropped; so is one (``placed_occasion_kinds``) that only a place touches, by
sentences that do not name the occasion ("the jets touched down in Kano", "took off from Volkel": the
place of the flight, not of the ceremony), with those place relations (four such nodes, all left out
by the writers). One whose place a sentence of its own gives ("The handover ceremony was held at Camp
Geille") stays, and so does one the text gives a purpose of its own ("the ceremony marking the 75th
anniversary of the air force": the writers list those), a clash, a battle or a war (the writers list those even when nobody is
named in them) and any named event ("the Seoul Air Show").
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..mentions.lexicon import lexicon
from ..relations import Relation, related_ids
from .entity import Entity, drop_entities


def occasion_kind(entity: Entity) -> str | None:
    """The event kind of a generic event (``event_kinds``: summit, parade, ceremony ...) from its
    ``kind`` property or the nouns of its name; ``None`` for a named or catalogued event.

    >>> occasion_kind(Entity("e", "Event", "handover ceremony, Cairo, 2015-07-21"))
    'ceremony'
    >>> occasion_kind(Entity("e", "Event", "Seoul Air Show")) is None
    True
    """
    if entity.label != "Event" or entity.ref_id or not entity.name[:1].islower():
        return None
    if entity.props.get("kind"):
        return entity.props["kind"]
    words = entity.name.split(",")[0].lower().split()
    kinds = lexicon()["event_kinds"]
    return next((k for word in reversed(words) for k, nouns in kinds.items() if word in nouns), None)


def _placed_elsewhere(entity: Entity, relations: list[Relation]) -> bool:
    """Whether only HELD_IN relations touch ``entity``, each from a sentence that does not name it."""
    own = [r for r in relations if entity.id in (r.source, r.target)]
    if not own or any(r.type != "HELD_IN" for r in own):
        return False
    return not any(r.evidence.get("start", -1) <= m.start_char < r.evidence.get("end", -1)
                   for r in own for m in entity.mentions)


def _own_purpose(doc: Doc, entity: Entity) -> bool:
    """Whether a mention of ``entity`` is given a purpose: a clause of a marking verb (``occasion_purpose_verbs``)
    after its noun ("the ceremony marking the anniversary of X"); not "a ceremony introducing the type", "a
    ceremony to induct them", "the ground-breaking ceremony for the site" (a delivery's, a plant's)."""
    verbs = set(lexicon()["occasion_purpose_verbs"])
    for m in entity.mentions:
        if m.end > len(doc):
            continue
        head = doc[m.start:m.end].root
        if any(c.dep_ == "acl" and c.lemma_.lower() in verbs for c in head.rights):
            return True
    return False


def drop_idle_occasions(entities: dict[str, Entity], relations: list[Relation], doc: Doc | None = None) -> None:
    """Remove from ``entities`` every generic occasion of an ``idle_occasion_kinds`` kind no relation
    touches, and every one of a ``placed_occasion_kinds`` kind that only places touch, by sentences not
    naming it (:func:`_placed_elsewhere`), unless ``doc`` gives it a purpose (:func:`_own_purpose`); and
    from ``relations`` those place relations (both changed in place)."""
    lex = lexicon()
    idle, placed = set(lex["idle_occasion_kinds"]), set(lex["placed_occasion_kinds"])
    touched = related_ids(relations)
    gone = set()
    for entity in entities.values():
        kind = occasion_kind(entity)
        if kind in idle and entity.id not in touched or kind in placed and _placed_elsewhere(entity, relations):
            if doc is not None and _own_purpose(doc, entity):
                continue
            gone.add(entity.id)
    drop_entities(entities, relations, gone)
