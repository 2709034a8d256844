"""The :class:`Mention` record: one surface form of an ontology entity in a document."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Mention:
    """A span of a spaCy doc labelled with an ontology label.

    ``ref_id`` is the reference entry it matched (if any); ``source`` says which rule found it
    (``reference``, ``pattern``, ``ner``, ``context``); ``demonym`` marks "Kazakh" for Kazakhstan.
    """

    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    label: str
    source: str
    ref_id: str | None = None
    category: str | None = None
    demonym: bool = False
    entity: str | None = None  # the resolved entity id, filled in by the entities stage

    def tokens(self) -> range:
        return range(self.start, self.end)
