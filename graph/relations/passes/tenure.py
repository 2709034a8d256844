"""A term in a post, as a sentence about the leader gives it (ONTOLOGY.md, Time).

* Held for a stated time: "X, who retired after three years at the head of the navy", "Y leaves after 26
  months in charge". The LEADS fact of the one who leaves is dated by its whole term (an interval
  ``START/END``): its end is the day the sentence gives for the leaving (the successor's first day), its start
  that length before, as precise as the length is (years: a year; months: a month).
* Taken up on a date a clause on the leader gives: "General Z, who took over in June, ...", "Admiral W, who
  became chief of the naval staff in April, ...": the fact holds from then, whatever else the sentence dates.
* Ended by the news (the leader dismissed, replaced, killed, or called "former"), and taken up as another
  sentence of the article tells with the leader as subject and no other body named: "X took over the top
  job in February 2021", "X had been made interim commander on December 30", "X had held the top post since
  January 2020", "X had led the military for only a year": the whole term, from then to the news."""
from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Token

from ...entities import Entity
from ...text.numbers import CARDINALS
from ..lexicon import cues
from ..relation import Relation
from ..time import parse_date, published_of, resolved_dates, verb_of

_NUMBERS = {"a": 1, "an": 1, **CARDINALS}  # "a year", "three years"
# the length after "after": "three years", "26 months", "two and a half years" (no hedge: "more than a year")
_LENGTH = re.compile(r"after\s+(\d{1,2}|" + "|".join(_NUMBERS) + r")(\s+and\s+a\s+half)?\s+(years?|months?)\b", re.I)


def apply(relations: list[Relation], doc: Doc, entities: dict[str, Entity]) -> None:
    """Date, in place, each LEADS fact whose sentence gives its leader's taking up the post, or the leaving
    with the term's length."""
    for r in relations:
        if r.type not in _TERMS or "/" in str(r.evidence.get("when") or ""):
            continue
        took = _took_office(r, doc, entities)
        if took:
            r.evidence = {**r.evidence, "when": took}
            continue
        held = _held_since(r, doc, entities)
        if held:
            r.evidence = {**r.evidence, "when": held}
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


_TERMS = {"LEADS", "AFFILIATED_WITH"}  # (an affiliation only with a role: "India's first Chief of Defence Staff")
_POST_DEPS = {"dobj", "oprd", "attr", "dative"}
_DAY = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_FOR = re.compile(r"for\s+(?:only\s+|just\s+)?(\d{1,2}|" + "|".join(_NUMBERS) + r")\s+(years?|months?)\b", re.I)


def _ended(r: Relation, span, mine: set[int]) -> bool:
    """Whether the fact's sentence ends the leader's term: a role called "former" or "outgoing", or the
    leader the object of a verb of ending ("dismissed the commander, General X", "taking over from X") or
    the subject of one ("X was killed")."""
    words = cues()["time"]
    if str(r.props.get("role") or "").split(" ")[0] in words["ended_roles"]:
        return True
    for i in mine:
        tok = span.doc[i]
        for _ in range(4):
            if tok.dep_ in {"dobj", "nsubjpass", "npadvmod"} and tok.head.lemma_.lower() in words["term_ending_verbs"]:
                return True
            if tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.head.head.lemma_.lower() == "take":
                return True  # "taking over from X"
            if tok.dep_ not in {"appos", "compound", "dobj", "pobj", "prep", "nsubjpass", "npadvmod"} or tok.head.i == tok.i:
                break
            tok = tok.head
    return False


def _held_since(r: Relation, doc: Doc, entities: dict[str, Entity]) -> str | None:
    """The term (``START/END``) of a fact its sentence ends (:func:`_ended`), its start from another
    sentence with the leader as subject of a verb of taking up or holding a post (``time.term_start_verbs``)
    that names no other body than the fact's, by a date on that verb or a length ("for only a year") counted
    back from the end."""
    span, mine = _sentence(r, doc, entities)
    end = str(r.evidence.get("when") or "")
    if span is None or not mine or not _DAY.fullmatch(end) or not _ended(r, span, mine):
        return None
    if r.type == "AFFILIATED_WITH" and not r.props.get("role"):
        return None
    leader = entities[r.source]
    words = cues()["time"]
    others = {i for e in entities.values() if e.id not in {r.source, r.target} and e.label != "Person"
              for m in e.mentions for i in range(m.start, m.end)}
    starts = set()
    base = published_of(doc)
    for m in leader.mentions:
        tok = doc[m.end - 1]
        if span.start <= tok.i < span.end or tok.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        verb = tok.head
        post = {t.i for c in verb.children if c.dep_ in _POST_DEPS or c.dep_ == "prep" and c.lower_ in {"as", "of"}
                for t in c.subtree}  # the post taken: "the top job as acting chief", "interim commander"
        if verb.lemma_.lower() not in words["term_start_verbs"] or post & others:
            continue
        if not any(doc[i].lemma_.lower() in words["post_nouns"] for i in post) and verb.lemma_.lower() != "lead":
            continue  # "took over the top job", "was made interim commander", not "took part in 2019"
        dated = [v for s, v in resolved_dates(tok.sent, base) if getattr(verb_of(s), "i", None) == verb.i]
        if dated:
            start = dated[0].split("/")[0] if not dated[0].startswith("/") else ""
        else:
            length = _FOR.search(doc[verb.i:verb.right_edge.i + 1].text)
            n = (int(length.group(1)) if length.group(1).isdigit() else _NUMBERS[length.group(1).lower()]) if length else 0
            start = _back(end, n * 12 if length.group(2).lower().startswith("year") else n) if length and n else ""
        if start and start < end:
            starts.add(start)
    return f"{starts.pop()}/{end}" if len(starts) == 1 else None


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
