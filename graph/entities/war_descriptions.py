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


def fought_unreal(verb: Token) -> bool:
    """Whether a verb of fighting tells no war that was fought: a modal or future auxiliary ("could fight", "will
    fight", "would have waged"; ``unreal_markers``) on it or on the verb it hangs on ("could mobilise and fight",
    "are going to fight"), a negation ("did not fight", "never waged"), an "if", "unless" or "whether" clause above
    it, or a question."""
    lex = lexicon()["described_wars"]
    markers, clauses = set(lex["unreal_markers"]), set(lex["unreal_clauses"])
    if verb.sent.text.rstrip().rstrip("\"'”’)").endswith("?"):
        return True
    cur = verb
    while True:
        if any(c.dep_ == "neg" or c.dep_ in {"aux", "auxpass"} and c.lower_ in markers for c in cur.children):
            return True
        if cur.dep_ == "xcomp" and cur.head.lemma_.lower() == "go" and cur.head.tag_ == "VBG":
            return True  # "are going to fight"
        if cur.dep_ not in {"conj", "xcomp"} or cur.head.i == cur.i \
                or any(c.dep_ in {"nsubj", "nsubjpass"} for c in cur.children) and cur.dep_ == "conj":
            break  # "A could not win, and B fought ...": another clause's modal is not this verb's
        cur = cur.head
    return any(c.dep_ == "mark" and c.lower_ in clauses for a in (verb, *verb.ancestors) for c in a.children)


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
