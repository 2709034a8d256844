"""Another edition of the article's event: a clause dated in a year before the event's own ("BRIC held its
first summit in Yekaterinburg in 2009", "China took part in 2014 and 2016", "the first exercise was held in
November 2019 off Cape Town") tells of an earlier edition of the series, so what it says of taking part,
hosting, the venue or the platforms shown is no fact of the event the article resolved it to, whichever
rule read it. A date the clause gives with "since" ("has run the drill since 1981") dates the series, not
an edition, and stays. Words in ``cues.yaml`` (``editions``).
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..entities import Entity
from .lexicon import cues
from .scope import meeting_point
from .time import clause_verb

_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_OWN_YEAR = re.compile(r"\b((?:1[89]|20)\d\d)\b")


def event_year(event: Entity) -> int | None:
    """The year an event took place: its date's, else the one its name gives ("Mosi 2023"), else None."""
    found = _OWN_YEAR.search(event.props.get("date") or "") or _OWN_YEAR.search(event.name)
    return int(found.group(1)) if found else None


def _clause_verb(tok: Token) -> Token | None:
    """The verb of the clause ``tok`` stands in (``tok`` itself if a verb), or None."""
    return clause_verb(tok, steps=6)


_CLAUSES = frozenset({"relcl", "ccomp", "advcl", "acl", "xcomp", "parataxis", "csubj"})


def _own_clause(verb: Token) -> list[Token]:
    """The tokens of ``verb``'s own clause: its subtree without the clauses under it ("which began in 2004",
    "first held in 2004", a verb conjoined to it)."""
    out, todo = [], [verb]
    while todo:
        tok = todo.pop()
        out.append(tok)
        todo += [c for c in tok.children if c.dep_ not in _CLAUSES
                 and not (c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})]
    return out


def _under(tok: Token, verb: Token, words: set[str]) -> bool:
    """Whether a word of ``words`` stands between ``tok`` and ``verb`` ("since the inaugural meeting in 1994")."""
    while tok.i != verb.i and tok.head.i != tok.i:
        tok = tok.head
        if tok.lower_ in words:
            return True
    return False


def dated_before(verb: Token, year: int) -> bool:
    """Whether ``verb``'s clause is dated in a year before ``year`` by a phrase of its own ("held ... in 2009",
    "took part in 2014 and 2016", "met in Hanoi in October 2010"; not "since 1981" nor "since the first
    meeting in 1994": ``editions.dating``, ``editions.series``)."""
    words = cues()["editions"]
    dating, series = set(words["dating"]), set(words["series"])
    for prep in _own_clause(verb):
        if prep.dep_ != "prep" or prep.lower_ not in dating or _under(prep, verb, series):
            continue
        years = [int(t.text) for t in prep.subtree if _YEAR.match(t.text) and t.ent_type_ == "DATE"]
        if years and max(years) < year:
            return True
    return False


def earlier_edition(firsts: list[Token], seconds: list[Token], year: int | None) -> bool:
    """Whether a fact between an event named at ``firsts`` and another end named at ``seconds`` (the tokens
    of their mentions in one sentence) is told of an earlier edition: every pair meets in a clause
    :func:`dated_before` the event's ``year``, and each end stands in that clause itself, not in a clause
    under it ("took its present name in 2009, when X, its organiser, added ...": X's clause is undated). An
    event the sentence names only by a noun the rule read it from: the clauses the other end stands in.
    The other end not named, or no year: False."""
    if not seconds or year is None:
        return False
    pairs = [(a, b) for a in firsts for b in seconds] or [(b, b) for b in seconds]
    for a, b in pairs:
        verb = _clause_verb(meeting_point(a, b))
        if verb is None or not dated_before(verb, year) \
                or any((v := _clause_verb(t)) is None or v.i != verb.i for t in (a, b)):
            return False
    return True
