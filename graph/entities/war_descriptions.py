"""What a text's description of a war tells about which catalogued war it is: the sides that fought it ("Russia and
Georgia fought a five-day war") and its length ("the six-week war", "a 44-day war"). Used by the resolver's
described wars (``resolve._described_wars``), with the words of ``described_wars`` in the lexicon.
"""
from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Token

from ..mentions.lexicon import lexicon
from ..text.numbers import cardinal

_LENGTH = re.compile(r"\b(\d{1,3}|[a-z]+)[-\s](day|week|month)s?\b(?!\s*-?old)", re.I)
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30}


def fought_by(tok: Token) -> Token | None:
    """The verb of fighting whose object ``tok`` is ("fought a five-day war", "waged a short conflict"), else None."""
    verbs = set(lexicon()["described_wars"]["fighting_verbs"])
    head = tok.head
    if tok.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in verbs:
        return head
    return None


def fighters(verb: Token) -> list[Token]:
    """The tokens of the subject of ``verb`` with its conjuncts ("India and Pakistan fought")."""
    return [w for c in verb.children if c.dep_ == "nsubj" for w in c.subtree]


def told_length(tok: Token) -> int | None:
    """The length in days a war noun's own modifiers give it ("the six-week war" 42, "a 44-day war" 44, "five-day
    conflict" 5), else None."""
    left = tok.doc[tok.left_edge.i:tok.i].text
    found = _LENGTH.findall(left)
    if len(found) != 1:
        return None
    count, unit = found[0]
    n = cardinal(count)
    return n * _UNIT_DAYS[unit.lower()] if n else None


def length_fits(span: str, days: int) -> bool:
    """Whether a catalogued war's dates ``span`` ("2008-08-07/2008-08-12": both ends to the day) last about ``days``
    (within ``length_tolerance`` of the told length, at least a day either way)."""
    start, _, end = span.partition("/")
    if len(start) != 10 or len(end) != 10:
        return False
    lasted = (date.fromisoformat(end) - date.fromisoformat(start)).days + 1
    slack = max(1.0, days * lexicon()["described_wars"]["length_tolerance"])
    return abs(lasted - days) <= slack
