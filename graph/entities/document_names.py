"""A review, a policy or a concept is a document or a programme, no body of the article.

"the Defence Strategic Review", "the Common Security and Defence Policy", "NATO's Partnership for Peace
Operational Capabilities Concept": the NER reads such a name as an organisation, but it names what a
government wrote or runs, not who acts. The writers of the gold leave these out (ANNOTATION.md has no
label for a document; a treaty that marks an occasion is an Event): of the relation-less organisation
nodes of nineteen development halves whose name ends in such a word, they listed none as a body but the
ones named after an institution ("the Lyon Centre for Aerospace Policy"). A GovernmentBody, Organization
or Alliance no relation touches whose last word is a document head (``document_body_heads``) and none of
whose words is an institution's (``person_affiliation.institution_heads``: institute, centre, forum ...)
is dropped; a year or a number after the head is no part of it ("Vision 2030", "Republic Act 11939").
So is one whose only relations are BASED_IN: a document is based nowhere ("the Defence White Paper" read
as a Malaysian organisation). Session 39 widened the heads (paper, update, act, time, vision, agreement):
over the thirty-six development halves' merged stores (tune .. fresh35) every body so named was junk or a
second node of a gold entity (eight nodes, six halves), none a gold body. A body the text describes in an
apposition as a kind of body (``document_body_kinds``: "Defense Update, an Israeli defence news site based in Tel
Aviv", review39) stays, with its BASED_IN.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..mentions.lexicon import lexicon
from ..relations import Relation, related_ids
from .entity import Entity, drop_entities

_BODY_LABELS = {"GovernmentBody", "Organization", "Alliance"}
_NUMBER = re.compile(r"[\d/.-]+")
#: relations a document's name may have been given without any of them holding: it is based nowhere
_IDLE_TYPES = {"BASED_IN"}


def names_document(name: str) -> bool:
    """Whether ``name`` is a document's or a programme's, not an institution's.

    >>> names_document("Defence Strategic Review"), names_document("Lyon Centre for Aerospace Policy")
    (True, False)
    >>> names_document("Vision 2030"), names_document("Republic Act 11939"), names_document("Warsaw Pact")
    (True, True, False)
    """
    lex = lexicon()
    words = [w.casefold() for w in name.split()]
    several = len(words) > 1
    while len(words) > 1 and _NUMBER.fullmatch(words[-1]):
        words.pop()  # "Vision 2030": the head is before the year
    institutions = set(lex["person_affiliation"]["institution_heads"])
    return several and words[-1] in set(lex["document_body_heads"]) and not institutions & set(words)


def described_body(entity: Entity, doc: Doc | None) -> bool:
    """Whether a mention of ``entity`` has an apposition headed by a kind of body (``document_body_kinds``):
    "Defense Update, an Israeli defence news site", "Foreign Policy, the Washington magazine"."""
    if doc is None:
        return False
    kinds = set(lexicon()["document_body_kinds"])
    for m in entity.mentions:
        if m.source == "coref" or m.end > len(doc):
            continue
        head = doc[m.start:m.end].root
        if any(c.dep_ == "appos" and c.lemma_.lower() in kinds for c in head.children) or \
                (head.dep_ == "appos" and head.head.lemma_.lower() in kinds):
            return True
    return False


def drop_document_bodies(entities: dict[str, Entity], relations: list[Relation], doc: Doc | None = None) -> None:
    """Remove from ``entities`` every body whose name is a document's (:func:`names_document`) and that no
    relation but a BASED_IN touches, with those BASED_IN relations (both changed in place); a body ``doc``
    describes as one (:func:`described_body`) stays."""
    touched = related_ids(r for r in relations if r.type not in _IDLE_TYPES)
    gone = set()
    for entity in entities.values():
        if entity.label in _BODY_LABELS and entity.id not in touched and names_document(entity.name) \
                and not described_body(entity, doc):
            gone.add(entity.id)
    drop_entities(entities, relations, gone)
