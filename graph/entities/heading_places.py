"""A wide region the article names only in its headline or a subheading is no place of the article.

"Tokyo Deepens Southeast Asia Role", "Paris pulls back across West Africa", "From the Arctic to the top
job", "AUKUS and the Middle East": a headline or a subheading frames the story with a supra-region, an
ocean or a sea, and the body then speaks of states, bases and towns. No fact of the graph holds the region.
Pooled over the twenty-four development halves, of the wide places (catalogue kind ``supra_region``,
``ocean``, ``sea``) that no relation touches and that the text names only on such lines, the writers of
the gold left out four, listed three as optional and one as required; the other wide places no relation
touches are gold far more often (150 of 180 in the merged stores), so only the heading-only ones go.

A wide Place no relation touches, every one of whose mentions lies in the headline or on a heading line
(a Title Case line without closing punctuation, or a short line without it: see
:func:`~graph.mentions.layout.heading_line`, :func:`~graph.mentions.layout.short_line`), is dropped. A
region the body names too, or that some relation touches, stays; so does a city, a region of a state or any
uncatalogued place.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..mentions import Mention
from ..mentions.layout import doc_text, heading_line, in_headline, short_line
from ..reference import ReferenceData
from ..relations import Relation, related_ids
from .entity import Entity

WIDE_KINDS = frozenset({"supra_region", "ocean", "sea"})  # catalogue kinds of places wider than a state's parts


def on_heading(doc: Doc, mention: Mention) -> bool:
    """Whether ``mention`` lies in the headline or on a heading or short line without closing punctuation."""
    text = doc_text(doc)
    at = mention.start_char
    return in_headline(doc, at) or heading_line(text, at) is not None or short_line(text, at) is not None


def drop_heading_places(doc: Doc, entities: dict[str, Entity], relations: list[Relation],
                        ref: ReferenceData) -> None:
    """Remove from ``entities`` every wide catalogued Place (:data:`WIDE_KINDS`) no relation touches whose
    every mention is :func:`on_heading` (``entities`` changed in place)."""
    used = related_ids(relations)
    for key, entity in list(entities.items()):
        if entity.label != "Place" or not entity.mentions or entity.id in used:
            continue
        entry = ref.get(entity.ref_id) if entity.ref_id else None
        if entry is None or entry.props.get("kind") not in WIDE_KINDS:
            continue
        if all(on_heading(doc, m) for m in entity.mentions):
            del entities[key]
