"""A catalogued recurring event (a series row without a date: "Dubai Airshow", "Ssang Yong") that the article
names but leaves undated is dated by the text: the one date its sentences tell ("signed in March 2018 on the
closing day of DIMDEX"; "made its debut at the Dubai Airshow last November"), or, where no sentence naming it
tells a date, the month of the report (``date_source: reported``, as for the text's own undated events in
:mod:`graph.assemble`). Two different dates in its sentences: left undated. The catalogue gives no date: its
series rows have none, and the usual season of a series is no date of this edition."""
from __future__ import annotations

from spacy.tokens import Doc

from ..mentions.lexicon import lexicon
from ..reference import ReferenceData
from .entity import Entity


def date_series_events(doc: Doc, entities: dict[str, Entity], ref: ReferenceData) -> None:
    """Give each undated catalogued series event of ``entities`` the text's date (see the module), in place."""
    from ..relations.time import published_of, resolved_dates

    published = published_of(doc)
    kinds = set(lexicon()["series_date_kinds"])
    lasting = set(lexicon()["lasting_event_words"])
    for entity in entities.values():
        if entity.label != "Event" or not entity.ref_id or entity.props.get("date"):
            continue
        entry = ref.get(entity.ref_id)
        if entry is None or entry.props.get("date") or entry.props.get("kind") not in kinds \
                or any(w.strip(",.").lower() in lasting for w in entity.name.split()):
            continue
        # (both ends' sentences: a parser may end a sentence inside the name, "at the Dubai | Airshow last November")
        sents = {doc[i].sent for m in entity.mentions for i in (m.start, m.end - 1) if 0 <= i < len(doc)}
        told = {value for sent in sents for _, value in resolved_dates(sent, published)}
        if len(told) == 1:
            entity.props["date"] = told.pop()
            entity.props["date_source"] = "text"
        elif not told and published is not None:
            entity.props["date"] = published.isoformat()[:7]
            entity.props["date_source"] = "reported"
