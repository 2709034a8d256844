"""When a sentence places a fact: its date expressions ("on Thursday", "last year", "since 2019",
"earlier this month") resolved against the document's publication date, as ISO dates at the
precision the text gives (``2023``, ``2023-11``, ``2023-11-23``) or intervals (``2019/``, ``/2020``).

Relative phrases are resolved by dateparser (the base is the publication date, past preferred);
a bare weekday is the latest such day on or before publication (news reports the recent past),
the next one after it when the clause speaks of the future ("will meet on Thursday").

>>> from datetime import date
>>> resolve_expression("on Thursday", date(2023, 11, 23)), resolve_expression("last year", date(2023, 11, 23))
('2023-11-23', '2022')
>>> resolve_expression("since 2019", None), resolve_expression("earlier this month", date(2023, 11, 23))
('2019/', '2023-11')
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..mentions.layout import in_headline, outside_text

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]
_MONTH_RE = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# words that anchor an expression in time; "two years", "annual", "44-day" have none
_ANCHOR = re.compile(rf"\b(?:{'|'.join(_WEEKDAYS)}|{_MONTH_RE}|(?:1[89]|20)\d\d|today|yesterday|tomorrow|tonight|"
                     r"last|this|next|ago|earlier|later|previous|past)\b", re.I)
_DURATION = re.compile(r"\b(?:past|last|next|coming)\s+(?:\w+\s+)?(?:years|months|weeks|days|decades?)\b", re.I)
_START = {"since", "from", "after"}
_END = {"by", "until", "till", "before"}
_MODIFIER = {"compound", "amod", "nummod", "poss", "nmod"}
_FUTURE = {"will", "shall", "next", "upcoming", "coming", "due", "scheduled", "planned"}


def parse_date(value: str | None) -> date | None:
    """``YYYY-MM-DD`` (or a longer ISO string) as a date; None otherwise."""
    if not value:
        return None
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", str(value))
    return date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


@lru_cache(maxsize=8)
def _parser(base: date | None):
    from dateparser.date import DateDataParser

    settings = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False, "DATE_ORDER": "MDY",
                "PREFER_DATES_FROM": "past"}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    return DateDataParser(languages=["en"], settings=settings)


def _iso(d: date, period: str) -> str:
    if period == "year":
        return f"{d.year:04d}"
    if period == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return d.strftime("%Y-%m-%d")


def _point(text: str, base: date | None, future: bool) -> str | None:
    """One point in time (no interval words)."""
    text = re.sub(r"^(?:on|in|at|during|of|the|around|about|as of)\s+", "", text.strip(), flags=re.I)
    text = re.sub(r"\b(?:early|earlier|late|later|mid|the end of|the start of|the beginning of|the middle of)\s+"
                  r"(?=this|last|next|(?:" + _MONTH_RE + r")|\d)", "", text, flags=re.I).strip(" -,")
    text = re.sub(r"\b(morning|afternoon|evening|night)\b", "", text, flags=re.I).strip()
    low = text.lower()
    if not low or not _ANCHOR.search(low) or _DURATION.search(low):
        return None
    year = re.fullmatch(r"(?:(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?)?((?:1[89]|20)\d\d)s?", low)
    if year:
        return year.group(1)
    if low in _WEEKDAYS:
        if base is None:
            return None
        delta = (base.weekday() - _WEEKDAYS.index(low)) % 7
        day = base + timedelta(days=(7 - delta) % 7) if future and delta else base - timedelta(days=delta)
        return day.isoformat()
    if base is None and not re.search(r"(?:1[89]|20)\d\d", low):
        return None
    if re.fullmatch(r"(?:earlier |later )?this month", low) and base is not None:
        return f"{base.year:04d}-{base.month:02d}"
    data = _parser(base).get_date_data(text)
    if data.date_obj is None:
        return None
    d, period = data.date_obj.date(), data.period or "day"
    month = next((i for i, m in enumerate(_MONTHS) if re.search(rf"\b{m[:3]}", low)), None)
    if month is not None and not re.search(r"(?:1[89]|20)\d\d", low) and base is not None:
        # "in November", "Nov. 15": the publication year, or the year before for a later month
        y = base.year + (1 if future and month + 1 < base.month else 0) - (1 if not future and month + 1 > base.month else 0)
        try:
            d = d.replace(year=y)
        except ValueError:
            return None
    if period == "week":
        period = "day"
    return _iso(d, period)


def resolve_expression(text: str, base: date | None, future: bool = False) -> str | None:
    """An ISO date or interval for one date expression, None when it does not place anything in time."""
    text = text.strip()
    low = text.lower()
    m = re.match(r"^(?:from|between)\s+(.+?)\s+(?:to|until|and|through|till)\s+(.+)$", text, re.I) \
        or re.match(r"^((?:1[89]|20)\d\d)\s*[-\u2013/]\s*((?:1[89]|20)\d\d)$", text)
    if m:
        a, b = _point(m.group(1), base, future), _point(m.group(2), base, future)
        return f"{a or ''}/{b or ''}" if a or b else None
    m = re.match(rf"^(?:on\s+|in\s+|from\s+)?((?:{_MONTH_RE})\s+)(\d{{1,2}})\s*[-\u2013]\s*(\d{{1,2}})(,?\s+\d{{4}})?$", text, re.I)
    if m:  # "June 16-22"
        a = _point(f"{m.group(1)}{m.group(2)}{m.group(4) or ''}", base, future)
        b = _point(f"{m.group(1)}{m.group(3)}{m.group(4) or ''}", base, future)
        return f"{a}/{b}" if a and b else a
    first = low.split()[0] if low.split() else ""
    if first in _START | _END:
        rest = text.split(None, 1)[1] if " " in text else ""
        point = _point(rest, base, future)
        if point is None:
            return None
        return f"{point}/" if first in _START else f"/{point}"
    return _point(text, base, future)


def _future(sent: Span) -> bool:
    return any(t.lower_ in _FUTURE for t in sent)


def expressions(sent: Span) -> list[tuple[Span, str]]:
    """The date expressions of a sentence with the preposition before them ("since", "by"), as
    (span, text); the dateline and byline are not part of the prose."""
    doc = sent.doc
    out = []
    for ent in sent.ents:
        if ent.label_ != "DATE" or outside_text(doc, ent.start_char, ent.end_char) or in_headline(doc, ent.start_char):
            continue
        if ent.root.dep_ in _MODIFIER and ent.root.head.pos_ in {"NOUN", "PROPN"} and ent.root.head.i >= ent.end:
            continue  # "their 2020 war", "a 2021 contract": names a thing, does not place the fact
        start = ent.start
        prev = doc[start - 1] if start > sent.start else None
        if prev is not None and prev.lower_ in _START | _END | {"on", "in", "between", "from"}:
            start -= 1
        span = doc[start:ent.end]
        out.append((span, span.text))
    return out


def sentence_when(sent: Span, base: date | None) -> str | None:
    """The first date expression of the sentence that resolves."""
    future = _future(sent)
    for _, text in expressions(sent):
        value = resolve_expression(text, base, future)
        if value:
            return value
    return None


def _present(sent: Span) -> bool:
    """Whether the sentence's main clause speaks of the present: a present-tense or present-perfect
    root ("Russia operates", "has taken delivery"), not a past, future or conditional one."""
    root = sent.root
    if root.tag_ in {"VBZ", "VBP"} and not any(c.dep_ == "aux" and c.lower_ in _FUTURE | {"would", "could", "might"}
                                               for c in root.children):
        return True
    auxes = [c for c in root.children if c.dep_ in {"aux", "auxpass"}]
    return bool(auxes) and auxes[0].tag_ in {"VBZ", "VBP"} and auxes[0].lemma_ in {"have", "be"} \
        and root.tag_ in {"VBN", "VBG"}


def evidence_when(sent: Span, base: date | None) -> str | None:
    """When a sentence places its facts: its first date expression that resolves; else, for a
    sentence in the present tense ("X operates Y", "has received"), the publication date (the fact
    holds as the article reports it); else nothing."""
    when = sentence_when(sent, base)
    if when or base is None or expressions(sent) or in_headline(sent.doc, sent.start_char):
        return when
    return base.isoformat() if _present(sent) else None


def published_of(doc: Doc) -> date | None:
    """The publication date the pipeline put in ``doc.user_data["published"]``."""
    return parse_date(doc.user_data.get("published"))
