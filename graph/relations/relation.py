"""The :class:`Relation` record: one typed edge found in one sentence."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span

from ..mentions.layout import doc_text


@dataclass
class Relation:
    """``source -[type]-> target`` with its evidence (doc id, sentence, character offsets)."""

    source: str
    type: str
    target: str
    evidence: dict[str, Any]
    confidence: float
    rule: str
    props: dict[str, str] = field(default_factory=dict)
    said: str | None = None  # the stage its own sentence says, where the article's course moved ``props["stage"]``

    def key(self) -> tuple[str, str, str]:
        return self.source, self.type, self.target


def related_ids(relations: Iterable[Relation]) -> set[str]:
    """The ids of the entities some relation of ``relations`` has as its source or its target.

    >>> sorted(related_ids([Relation("a", "LEADS", "b", {}, 1.0, "r")]))
    ['a', 'b']
    """
    return {end for r in relations for end in (r.source, r.target)}


def sentence_place(doc_id: str, doc: Doc, sent: Span) -> dict[str, Any]:
    """A sentence as evidence without its time: the document, the sentence's text and its offsets.

    >>> import spacy
    >>> doc = spacy.blank("en")("Oman joined. Qatar did not.")
    >>> doc[3].is_sent_start = True
    >>> sentence_place("d1", doc, list(doc.sents)[1])
    {'doc': 'd1', 'sentence': 'Qatar did not.', 'start': 13, 'end': 27}
    """
    return {"doc": doc_id, "sentence": doc_text(doc)[sent.start_char:sent.end_char],  # ``sent.text``, without a Token per word
            "start": sent.start_char, "end": sent.end_char}
