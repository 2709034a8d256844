"""A post held for a stated time: "X, who retired after three years at the head of the navy", "Y leaves
after 26 months in charge". The LEADS fact of the one who leaves is dated by its whole term (ONTOLOGY.md,
Time: an interval ``START/END``): its end is the day the sentence gives for the leaving (the successor's
first day), its start that length before, as precise as the length is (years: a year; months: a month)."""
from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Token

from ...entities import Entity
from ..lexicon import cues
from ..relation import Relation
from ..time import parse_date

_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
# the length after "after": "three years", "26 months", "two and a half years" (no hedge: "more than a year")
_LENGTH = re.compile(r"after\s+(\d{1,2}|" + "|".join(_NUMBERS) + r")(\s+and\s+a\s+half)?\s+(years?|months?)\b", re.I)


def apply(relations: list[Relation], doc: Doc, entities: dict[str, Entity]) -> None:
    """Date, in place, each LEADS fact whose leader's leaving its sentence gives with the term's length."""
    for r in relations:
        if r.type != "LEADS" or "/" in str(r.evidence.get("when") or ""):
            continue
        months = _term_months(r, doc, entities)
        end = str(r.evidence.get("when") or "")
        if months is None or not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", end):
            continue
        start = _back(end, months)
        if start:
            r.evidence = {**r.evidence, "when": f"{start}/{end}"}


def _term_months(r: Relation, doc: Doc, entities: dict[str, Entity]) -> int | None:
    """The months of the term the leader's own verb of leaving states ("who retired after three years" -> 36);
    None where the sentence gives no such length of the leader's."""
    start, end = r.evidence.get("start"), r.evidence.get("end")
    leader = entities.get(r.source)
    if leader is None or not isinstance(start, int) or not isinstance(end, int):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    mine = {i for m in leader.mentions if start <= m.start_char and m.end_char <= end for i in range(m.start, m.end)}
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
