"""A review, a policy or a concept is a document or a programme, no body of the article.

"the Defence Strategic Review", "the Common Security and Defence Policy", "NATO's Partnership for Peace
Operational Capabilities Concept": the NER reads such a name as an organisation, but it names what a
government wrote or runs, not who acts. The writers of the gold leave these out (ANNOTATION.md has no
label for a document; a treaty that marks an occasion is an Event): of the relation-less organisation
nodes of nineteen development halves whose name ends in such a word, they listed none as a body but the
ones named after an institution ("the Lyon Centre for Aerospace Policy"). A GovernmentBody, Organization
or Alliance no relation touches whose last word is a document head (``document_body_heads``) and none of
whose words is an institution's (``person_affiliation.institution_heads``: institute, centre, forum ...)
is dropped.
"""
from __future__ import annotations

from ..mentions.lexicon import lexicon
from ..relations import Relation, related_ids
from .entity import Entity

_BODY_LABELS = {"GovernmentBody", "Organization", "Alliance"}


def names_document(name: str) -> bool:
    """Whether ``name`` is a document's or a programme's, not an institution's.

    >>> names_document("Defence Strategic Review"), names_document("Lyon Centre for Aerospace Policy")
    (True, False)
    """
    lex = lexicon()
    words = [w.casefold() for w in name.split()]
    institutions = set(lex["person_affiliation"]["institution_heads"])
    return len(words) > 1 and words[-1] in set(lex["document_body_heads"]) and not institutions & set(words)


def drop_document_bodies(entities: dict[str, Entity], relations: list[Relation]) -> None:
    """Remove from ``entities`` every body no relation touches whose name is a document's
    (:func:`names_document`); ``entities`` is changed in place."""
    touched = related_ids(relations)
    for key, entity in list(entities.items()):
        if entity.label in _BODY_LABELS and entity.id not in touched and names_document(entity.name):
            del entities[key]
