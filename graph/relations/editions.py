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
from ..mentions.layout import in_headline
from ..mentions.lexicon import lexicon
from .lexicon import cues
from .scope import meeting_point
from .time import _reported, clause_verb, published_of, resolved_dates

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


_MONTH = re.compile(r"^((?:1[89]|20)\d\d)(?:-(\d\d))?")


def _month_span(text: str) -> tuple[int, int] | None:
    """(first, last) month counts (year * 12 + month - 1) of one ISO date: a day or a month one, a year twelve."""
    found = _MONTH.match(text.strip())
    if found is None:
        return None
    year, month = int(found.group(1)), found.group(2)
    return (year * 12 + int(month) - 1,) * 2 if month else (year * 12, year * 12 + 11)


def _months(value: str | None) -> tuple[int, int] | None:
    """The months a date covers: "2024-07-08" and "2024-07" one, "2024" twelve, "2020-09-21/2020-10-02" two;
    an end a range leaves open stays open."""
    if not value:
        return None
    parts = str(value).split("/")
    if len(parts) == 1:
        return _month_span(parts[0])
    lo, hi = _month_span(parts[0]) if parts[0] else None, _month_span(parts[1]) if parts[1] else None
    if lo is None and hi is None:
        return None
    return (lo[0] if lo else -1, hi[1] if hi else 10 ** 6)


def _other_words(noun: Token) -> bool:
    """Whether an event's noun is written as another edition: "the previous round", "the next summit", "another
    parade" (``editions.other_edition_words``; a possessive of a period, "last year's meeting", is left to the
    date it gives)."""
    words = cues()["editions"]["other_edition_words"]
    return any(c.dep_ in {"amod", "det"} and c.lower_ in words for c in noun.children)


def _one_more(noun: Token, event: Entity, other: Token) -> bool:
    """Whether an event's common noun is written as one more occasion whose own phrase names ``other``: an
    indefinite article before it (``editions.new_occasion_dets``) once the body has named the event in an
    earlier sentence ("a trilateral summit in X the week before", "at an economic forum in Y", "celebrated
    with a parade in Z in May"): the article's own event is "the" summit by then. Not a noun that describes
    the event ("the drill, an annual exercise held in X", "it was a parade in X", "the centrepiece of a
    ceremony"), nor the event's first telling in the lead ("staged a parade in X", also after a standfirst that
    told it with "a" too: :func:`_indefinite`), nor a place the noun's
    phrase does not hold ("In X, officers sat through lectures before running a command post exercise"); the
    noun's phrase holds the in/at place of a holding verb it is the passive subject of (``editions.holding_verbs``:
    "a trilateral summit had been held in X the week before")."""
    if noun.pos_ != "NOUN" or noun.dep_ in {"appos", "attr"} or noun.head.lower_ == "of" \
            or not any(t.i == other.i for t in noun.subtree) and not _held_at(noun, other):
        return False
    if not _indefinite(noun):
        return False
    doc, first = noun.doc, noun.sent.start
    return any(m.start < first and doc[m.start].sent.start < first and not in_headline(doc, doc[m.start].idx)
               and not _indefinite(doc[m.start:m.end].root) for m in event.mentions)


def _held_at(noun: Token, other: Token) -> bool:
    """Whether ``other`` is in the in/at phrase of a holding verb (``editions.holding_verbs``) whose passive subject
    is ``noun``: "a trilateral summit had been held in Maputo" holds Maputo."""
    verb = noun.head
    if noun.dep_ != "nsubjpass" or not {verb.lemma_.lower(), verb.lower_} & set(cues()["editions"]["holding_verbs"]):
        return False
    return any(c.dep_ == "prep" and c.lower_ in {"in", "at"} and any(t.i == other.i for t in c.subtree)
               for c in verb.children)


def _indefinite(noun: Token) -> bool:
    """Whether a noun is written with an indefinite article (``editions.new_occasion_dets``): "a parade". An
    earlier mention written so ("A sea review by the president put the fleet on show.") has not yet made the
    event "the" review, so a later "a naval parade in X" may still be the same occasion."""
    return any(c.dep_ == "det" and c.lower_ in cues()["editions"]["new_occasion_dets"] for c in noun.children)


def _lasting(event: Entity) -> bool:
    """Whether an event is of a kind that lasts rather than recurs (a war, a clash: ``editions.lasting_kinds``),
    by its kind or a noun of that kind in its name: a date in its clause may be any day of it."""
    kinds = cues()["editions"]["lasting_kinds"]
    if event.props.get("kind") in kinds:
        return True
    words = set(event.name.lower().replace(",", " ").split())
    return any(words & set(lexicon()["event_kinds"].get(k, ())) for k in kinds)


def other_occasion(firsts: list[Token], seconds: list[Token], event: Entity) -> bool:
    """Whether a place or host named at ``seconds`` is told of another occasion than the dated event named at
    ``firsts`` (generic nouns the resolver read as the article's event): the clause both stand in is dated in
    months the event's own date does not cover ("the three leaders held their first summit in Washington in
    April", "at a meeting in Busan last November", of a summit in May), or the event's noun is written as
    another edition ("the previous round in Jeddah"). Not of a war or a clash (:func:`_lasting`). A date of the report ("said on Monday") or one given
    with "since" dates no occasion. No event word or no date of either: False."""
    if not firsts or not seconds or _lasting(event):
        return False
    if all(_other_words(min(firsts, key=lambda a: abs(a.i - b.i))) for b in seconds):
        return True  # (the event's noun nearest each other end)
    if all(_one_more(min(firsts, key=lambda a: abs(a.i - b.i)), event, b) for b in seconds):
        return True
    own = _months(event.props.get("date"))
    if own is None:
        return False
    own = (own[0] - 1, own[1] + 1)  # a month's grace: an event dated by one day of it may have begun the month before
    doc = firsts[0].doc
    sent = firsts[0].sent
    series = set(cues()["editions"]["series"])
    verbs = set()
    for b in seconds:  # each other end with the event's noun nearest it ("who presided over last year's meeting
        a = min(firsts, key=lambda t: abs(t.i - b.i))  # in Jeddah, opened the session": the meeting's)
        verb, clause = _clause_verb(meeting_point(a, b)), _clause_verb(a)
        if clause is not None and clause.dep_ in {"relcl", "acl"} and clause.head.i == b.i:
            verbs.add(clause.i)  # "X, who had presided over last year's meeting": the clause on X is X's
            continue
        if verb is None or any((v := _clause_verb(t)) is None or v.i != verb.i for t in (a, b)):
            return False
        verbs.add(verb.i)
    dated = []
    for span, value in resolved_dates(sent, published_of(doc)):
        verb = _clause_verb(span.root)
        if verb is None or verb.i not in verbs or _reported(span) or span[0].lower_ in series \
                or _under(span.root, verb, series):
            continue
        months = _months(value)
        if months is not None:
            dated.append(months)
    return bool(dated) and not any(lo <= own[1] and own[0] <= hi for lo, hi in dated)
