"""A term in a post, as a sentence about the leader gives it (ONTOLOGY.md, Time).

* Held for a stated time: "X, who retired after three years at the head of the navy", "Y leaves after 26
  months in charge". The LEADS fact of the one who leaves is dated by its whole term (an interval
  ``START/END``): its end is the day the sentence gives for the leaving (the successor's first day), its start
  that length before, as precise as the length is (years: a year; months: a month).
* Taken up on a date a clause on the leader gives: "General Z, who took over in June, ...", "Admiral W, who
  became chief of the naval staff in April, ...": the fact holds from then, whatever else the sentence dates."""
from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Token

from ...entities import Entity
from ..lexicon import cues
from ..relation import Relation
from ..time import NUMBER_WORDS, parse_date, published_of, resolved_dates, verb_of

_NUMBERS = {"a": 1, "an": 1, **NUMBER_WORDS}  # "a year", "three years"
# the length after "after": "three years", "26 months", "two and a half years" (no hedge: "more than a year")
_LENGTH = re.compile(r"after\s+(\d{1,2}|" + "|".join(_NUMBERS) + r")(\s+and\s+a\s+half)?\s+(years?|months?)\b", re.I)


def apply(relations: list[Relation], doc: Doc, entities: dict[str, Entity]) -> None:
    """Date, in place, each LEADS fact whose sentence gives its leader's taking up the post, or the leaving
    with the term's length."""
    for r in relations:
        if r.type != "LEADS" or "/" in str(r.evidence.get("when") or ""):
            continue
        took = _took_office(r, doc, entities)
        if took:
            r.evidence = {**r.evidence, "when": took}
            continue
        months = _term_months(r, doc, entities)
        end = str(r.evidence.get("when") or "")
        if months is None or not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", end):
            continue
        start = _back(end, months)
        if start:
            r.evidence = {**r.evidence, "when": f"{start}/{end}"}


def _took_office(r: Relation, doc: Doc, entities: dict[str, Entity]) -> str | None:
    """The date of a clause on the leader that tells of taking up a post ("who took over in June", "who became
    chief of the army in April"), where the clause names no other body than the fact's own."""
    span, mine = _sentence(r, doc, entities)
    if span is None:
        return None
    words = cues()["time"]["office_taking_verbs"]
    others = {i for e in entities.values() if e.id not in {r.source, r.target} and e.label != "Person"
              for m in e.mentions for i in range(m.start, m.end)}
    for verb in span:
        lemma = verb.lemma_.lower()
        if verb.dep_ != "relcl" or verb.head.i not in mine or lemma not in words:
            continue
        if lemma == "take" and not any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children):
            continue
        inside = {t.i for t in verb.subtree}
        if inside & others:
            continue  # "who became chief of the air staff in 2019, now heads the ministry": another post
        dated = [v for s, v in resolved_dates(span, published_of(doc)) if s.start in inside and getattr(verb_of(s), "i", None) == verb.i]
        if len(dated) == 1 and "/" not in dated[0]:
            return dated[0]
    return None


def _sentence(r: Relation, doc: Doc, entities: dict[str, Entity]):
    """(the fact's sentence, the token indices of its leader's mentions there), or (None, set())."""
    start, end = r.evidence.get("start"), r.evidence.get("end")
    leader = entities.get(r.source)
    if leader is None or not isinstance(start, int) or not isinstance(end, int):
        return None, set()
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None, set()
    span = span.sent if span.sent.start <= span.start and span.end <= span.sent.end else span
    mine = {i for m in leader.mentions if start <= m.start_char and m.end_char <= end for i in range(m.start, m.end)}
    return span, mine


def _term_months(r: Relation, doc: Doc, entities: dict[str, Entity]) -> int | None:
    """The months of the term the leader's own verb of leaving states ("who retired after three years" -> 36);
    None where the sentence gives no such length of the leader's."""
    span, mine = _sentence(r, doc, entities)
    if span is None:
        return None
    verbs = cues()["time"]["tenure_end_verbs"]
    for prep in (t for t in span if t.lower_ == "after"):
        verb = _verb_above(prep)
        if verb is None or verb.lemma_.lower() not in verbs or not _of_leader(verb, mine):
            continue
        m = _LENGTH.match(doc[prep.i:prep.right_edge.i + 1].text)
        if m:
            n = int(m.group(1)) if m.group(1).isdigit() else _NUMBERS[m.group(1).lower()]
            years = m.group(3).lower().startswith("year")
            return n * 12 + (6 if m.group(2) else 0) if years else n
    return None


def _verb_above(tok: Token) -> Token | None:
    """The verb a phrase hangs on ("retired [after three years]"; "left on Tuesday [after 26 months]", which
    the parser may hang on the date)."""
    for _ in range(4):
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"}:
            return tok
        if tok.head.i == tok.i:
            return None
    return None


def _of_leader(verb: Token, mine: set[int]) -> bool:
    """Whether the leader is the verb's subject, or the noun its relative clause describes ("X, who retired")."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.i in mine for c in verb.children):
        return True
    return verb.dep_ in {"relcl", "acl"} and verb.head.i in mine  # (the parser hangs "X, ..., left" so too)


def _back(end: str, months: int) -> str | None:
    """The month (or, for whole or half years, the year) ``months`` before ``end``."""
    day = parse_date(end + "-01-01"[len(end) - 4:] if len(end) < 10 else end)
    if day is None:
        return None
    total = day.year * 12 + day.month - 1 - months
    year, month = total // 12, total % 12 + 1
    if months % 6 == 0:  # "three years", "two and a half years": no month of its own
        return f"{year:04d}"
    return date(year, month, 1).isoformat()[:7] if len(end) >= 7 else f"{year:04d}"
