"""A catalogued recurring event (a series row without a date: "Dubai Airshow", "Ssang Yong") that the article
names but leaves undated is dated by the text: the one date its sentences tell ("signed in March 2018 on the
closing day of DIMDEX"; "made its debut at the Dubai Airshow last November"), or, where no sentence naming it
tells a date, the month of the report (``date_source: reported``, as for the text's own undated events in
:mod:`graph.assemble`), unless no sentence naming it may tell the edition that is the article's news: each tells a
habit ("is held every two years"), a comparison ("Unlike RIMPAC"), a past feat of its verb ("first flew abroad at
the Dubai Airshow"), a past perfect, or a time preposition of another past event ("said on the eve of the
Shangri-La Dialogue"), with no word of the present ("this week", "now"). Two different dates in its sentences:
left undated. The catalogue gives no date: its series rows have none, and the usual season of a series is no
date of this edition."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

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
        elif not told and published is not None and any(_reported_edition(doc[m.start:m.end]) for m in entity.mentions
                                                          if 0 <= m.start < m.end <= len(doc)):
            entity.props["date"] = published.isoformat()[:7]
            entity.props["date_source"] = "reported"


def _governing_verb(head: Token) -> tuple[Token | None, list[Token]]:
    """The first verb above ``head`` and the tokens passed on the way (prepositions, nouns)."""
    path = []
    token = head
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token, path
        path.append(token)
    return None, path


def _past(verb: Token) -> bool:
    """A verb told in the past: a simple past, or a participle whose auxiliaries are past."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("will", "shall", "would", "'ll") or a.tag_ in ("VBZ", "VBP") for a in auxes):
        return False
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(a.tag_ == "VBD" for a in auxes)


def _reported_edition(span: Span) -> bool:
    """True unless the sentence of ``span`` (a series event's mention) tells no edition that is the article's news
    (see the module): a habit, a comparison, a past feat, a past perfect or another past event's time preposition."""
    if not len(span):
        return True
    words = lexicon()["series_unreported"]
    sent = span.sent
    low = sent.text.lower()
    if any(re.search(rf"\b{re.escape(w)}\b", low) for w in words["present_words"]):
        return True  # "this week", "now"
    verb, path = _governing_verb(span.root)
    preps = [t.lower_ for t in path if t.dep_ == "prep" or t.pos_ == "ADP"]
    if preps and preps[0] in words["compare_preps"]:
        return False  # "Unlike RIMPAC, ..."
    if verb is None:
        return True
    clause = [t for t in verb.subtree if not span.start <= t.i < span.end]
    if any(t.lower_ in words["habit_words"] for t in clause):
        return False  # "is held every two years"
    if any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in words["past_feat_adverbs"] for c in verb.children) \
            and _past(verb):
        return False  # "first flew abroad at"
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return False  # "had shown it at"
    if _past(verb) and (preps and preps[0] in words["time_anchor_preps"]
                        or any(t.lower_ in words["time_anchor_nouns"] for t in path)):
        return False  # "said on the eve of the Shangri-La Dialogue"
    return True
