"""An earlier occasion of the article's kind told apart by its own date.

An article on a ceremony often looks back on another one of the same kind: "HMS Ocean left British service at a
decommissioning ceremony at Devonport on March 27", "the handover repeated a ceremony held at the same airfield in
April", "the project was launched on 12 February 2024, when the chancellor joined them for the groundbreaking". The
article's one unnamed ceremony must not take those references: each is an occasion of its own (the writers list
it as an Event named by what, where and when, with the writer's words as aliases). A reference of the article's
kind is such an earlier occasion when its own clause dates it (``own_date``) at least ``min_days`` before the
report, it is not the article's first reference of the kind, and no sentence of the lead holds it.
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from ..mentions.lexicon import lexicon

_MONTHS = {m.lower() for m in calendar.month_name if m}


def clause_verb(tok: Token) -> Token:
    """The verb of the clause ``tok`` stands in (itself if none: a verbless heading)."""
    verb = tok
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return verb if verb.pos_ in {"VERB", "AUX"} else tok


def _attached_to(span: Span, heads: set[int]) -> bool:
    """Whether the date expression ``span`` hangs on one of the tokens ``heads`` (through prepositions and
    the words of its own phrase: "on 12 February 2024", "in late August")."""
    tok = span.root
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.i in heads:
            return True
        if not (span.start <= tok.i < span.end or tok.dep_ in {"prep", "pobj", "npadvmod", "nummod", "amod"}
                or tok.pos_ in {"ADP", "NUM", "PROPN"}):
            return False
    return False


def own_date(tok: Token, published: date | None) -> str | None:
    """The one date the clause of ``tok`` gives its occasion: a date in the noun's own phrase ("the April
    ceremony", "a ceremony held in April"), or one on the verb ``tok`` hangs on ("handed over ... on October 4, at
    a ceremony"), or, for a "when" clause, on the verb it dates ("was launched on 12 February 2024, when ...
    joined them for the groundbreaking"). Two different dates there: None."""
    from ..relations.time import resolve_expression, resolved_dates

    markers = set(lexicon()["earlier_occasions"]["when_markers"])
    verb = clause_verb(tok)
    heads = {verb.i} if verb.i != tok.i else set()
    if verb.dep_ in {"advcl", "relcl", "conj"} and any(w.lower_ in markers for w in tok.doc[verb.left_edge.i:verb.i]):
        heads.add(verb.head.i)  # (the parser hangs "when" on the clause's verb or on its subject)
    found = set()
    month = next((c for c in tok.lefts if c.dep_ in {"compound", "nmod", "npadvmod"} and c.pos_ == "PROPN"
                  and c.lower_ in _MONTHS), None)
    if month is not None:  # "the April ceremony": the last April up to the report
        value = resolve_expression(month.text, published)
        if value:
            found.add(value)
    for span, value in resolved_dates(tok.sent, published):
        if tok.left_edge.i <= span.start and span.end - 1 <= tok.right_edge.i or _attached_to(span, heads):
            found.add(value.split("/")[0])
    return found.pop() if len(found) == 1 else None


def _last_day(value: str) -> date | None:
    """The last day an ISO date of any precision may stand for ("2019-04" -> 2019-04-30)."""
    try:
        parts = [int(x) for x in value.split("-")]
    except ValueError:
        return None
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        nxt = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return nxt - timedelta(days=1)
    return date(parts[0], 12, 31) if len(parts) == 1 else None


def earlier_ceremonies(refs: list[Token], lead: list[Span], doc: Doc) -> dict[int, str]:
    """Token index -> date of each reference in ``refs`` (the article's own occasion's nouns) that tells an
    earlier occasion of its own: not the first reference, not in a ``lead`` sentence, its clause dated
    (:func:`own_date`) at least ``min_days`` before the report."""
    from ..relations.time import published_of

    published = published_of(doc)
    if published is None or len(refs) < 2:
        return {}
    days = lexicon()["earlier_occasions"]["min_days"]
    lead_starts = {s.start for s in lead}
    first = min(t.i for t in refs)
    found = {}
    for t in refs:
        if t.i == first or t.sent.start in lead_starts:
            continue
        value = own_date(t, published)
        last = _last_day(value) if value else None
        if last is not None and last <= published - timedelta(days=days):
            found[t.i] = value
    return found
