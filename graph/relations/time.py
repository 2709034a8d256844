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

from ..mentions.layout import doc_text, in_headline, outside_text

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]
_MONTH_RE = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# words that anchor an expression in time; "two years", "annual", "44-day" have none
_ANCHOR = re.compile(rf"\b(?:{'|'.join(_WEEKDAYS)}|{_MONTH_RE}|(?:1[89]|20)\d\d|today|yesterday|tomorrow|tonight|"
                     r"last|this|next|ago|earlier|later|previous|past)\b", re.I)
_DURATION = re.compile(r"\b(?:past|last|next|coming)\s+(?:\w+\s+)?(?:years|months|weeks|days|decades?)\b", re.I)
_START = {"since", "from", "after"}
_TO = r"(?:[-\u2013]|to|and|until|through|till)"
_END = {"by", "until", "till", "before"}
_MODIFIER = {"compound", "amod", "nummod", "poss", "nmod"}
_FUTURE = {"will", "shall", "next", "upcoming", "coming", "due", "scheduled", "planned"}
# verbs whose present tense reports what was said or found, not what is scheduled ("officials say")
_REPORTING = {"say", "tell", "report", "claim", "accuse", "argue", "note", "add", "write", "believe", "estimate",
              "show", "suggest", "insist", "deny", "describe", "see", "expect"}
# date phrases the named-entity recogniser may miss or swallow into a name ("Armament Agency on Friday")
_PHRASES = re.compile(
    rf"\b(?:(?:on|last|next|this|by|since|until)\s+)?(?:{'|'.join(_WEEKDAYS)})(?:\s+(?:morning|afternoon|evening|night))?\b"
    r"|\b(?:yesterday|tomorrow)\b|\b(?:earlier|later)\s+this\s+(?:week|month|year)\b"
    r"|\b(?:last|this|next)\s+(?:week|month|year)\b|\bthe\s+(?:day|week)\s+before\b"
    r"|\bthe\s+previous\s+(?:day|week)\b|\ba\s+day\s+earlier\b", re.I)
_DAY_BEFORE = re.compile(r"(?:(?:the\s+)?day\s+before|(?:the\s+)?previous\s+day|a\s+day\s+earlier)", re.I)
_WEEK_BEFORE = re.compile(r"(?:(?:the\s+)?week\s+before|(?:the\s+)?previous\s+week)", re.I)


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
    text = re.sub(r"^(?:on|in|at|during|of|the|around|about|as of|over)\s+", "", text.strip(), flags=re.I)
    text = re.sub(r"^(?:earlier|later)\s+(?:on|in)\s+(?=" + "|".join(_WEEKDAYS) + ")", "", text, flags=re.I)
    text = re.sub(r"\b(?:early|earlier|late|later|mid|(?:the\s+)?end of|(?:the\s+)?start of|(?:the\s+)?beginning of|"
                  r"(?:the\s+)?middle of)[\s-]+(?=this|last|next|(?:" + _MONTH_RE + r")|\d)", "", text, flags=re.I).strip(" -,")
    text = re.sub(r"\b(morning|afternoon|evening|night)\b", "", text, flags=re.I).strip()
    low = text.lower()
    if base is not None and _DAY_BEFORE.fullmatch(low):
        return (base - timedelta(days=1)).isoformat()
    if base is not None and _WEEK_BEFORE.fullmatch(low):
        return (base - timedelta(days=7)).isoformat()[:7]
    if base is not None and re.fullmatch(r"(?:(?:last|this|past)\s+|the\s+)?weekend", low):
        saturday = base - timedelta(days=(base.weekday() - 5) % 7)
        return f"{saturday.isoformat()}/{(saturday + timedelta(days=1)).isoformat()}"
    if base is not None and re.fullmatch(r"(?:last|earlier this|this|past)\s+week|(?:a|one)\s+week\s+ago", low):
        # a week is no date of its own: the month it fell in, as precise as the text is
        return (base - timedelta(days=7 if low.startswith(("last", "past", "a ", "one")) else 0)).isoformat()[:7]
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
    short = re.match(r"^(?:in\s+)?((?:1[89]|20)(\d\d))\s*[-\u2013/]\s*(\d\d)$", text)
    if short and int(short.group(3)) > int(short.group(2)):  # "2023-24"
        return f"{short.group(1)}/{short.group(1)[:2]}{short.group(3)}"
    m = re.match(rf"^(?:on\s+|in\s+|from\s+|between\s+)?((?:{_MONTH_RE})\s+)(\d{{1,2}})(?:st|nd|rd|th)?\s*{_TO}\s*"
                 rf"(\d{{1,2}})(?:st|nd|rd|th)?(,?\s+\d{{4}})?$", text, re.I)
    if m:  # "June 16-22", "between June 16 and 22"
        a = _point(f"{m.group(1)}{m.group(2)}{m.group(4) or ''}", base, future)
        b = _point(f"{m.group(1)}{m.group(3)}{m.group(4) or ''}", base, future)
        return f"{a}/{b}" if a and b else a
    m = re.match(rf"^(?:on\s+|in\s+|from\s+|between\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s*{_TO}\s*(\d{{1,2}})(?:st|nd|rd|th)?"
                 rf"(\s+(?:of\s+)?(?:{_MONTH_RE})(?:,?\s+\d{{4}})?)$", text, re.I)
    if m:  # "16-22 June", "from 3 to 10 March 2024"
        a = _point(f"{m.group(1)}{m.group(3)}", base, future)
        b = _point(f"{m.group(2)}{m.group(3)}", base, future)
        return f"{a}/{b}" if a and b else a
    m = re.match(r"^(?:from|between)\s+(.+?)\s+(?:to|until|and|through|till)\s+(.+)$", text, re.I) \
        or re.match(r"^((?:1[89]|20)\d\d)\s*[-\u2013/]\s*((?:1[89]|20)\d\d)$", text)
    if m:
        a, b = _point(m.group(1), base, future), _point(m.group(2), base, future)
        return f"{a or ''}/{b or ''}" if a or b else None
    first = low.split()[0] if low.split() else ""
    if first in _START | _END:
        rest = text.split(None, 1)[1] if " " in text else ""
        point = _point(rest, base, future)
        if point is None:
            return None
        return f"{point}/" if first in _START else f"/{point}"
    return _point(text, base, future)


def _future(sent: Span) -> bool:
    low = _text(sent).lower()
    if not any(w in low for w in _FUTURE):  # no token can be a future word the text does not contain
        return False
    return any(t.lower_ in _FUTURE for t in sent)


def _text(span: Span) -> str:
    """``span.text``, cut from the document's text made once (spaCy joins the tokens on each access)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def _scheduled(span: Span) -> bool:
    """Whether the verb an expression hangs on is a present tense that speaks of a schedule ("on
    Thursday the president stays on for the summit", "the talks open on Monday"), not a report."""
    tok = span.root
    for _ in range(4):
        if tok.pos_ in {"VERB", "AUX"} or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok.pos_ in {"VERB", "AUX"} and tok.tag_ in {"VBZ", "VBP"} and tok.lemma_.lower() not in _REPORTING \
        and not any(c.dep_ in {"aux", "auxpass"} for c in tok.children)


def _entity_bounds(doc: Doc) -> list[tuple[int, int, bool]]:
    """(start, end, is a DATE) of the document's named entities in order, listed once per document
    (``doc.ents`` builds every entity's span on each access)."""
    bounds = doc.user_data.get("geopol.ents")
    if bounds is None:
        bounds = doc.user_data["geopol.ents"] = [(e.start, e.end, e.label_ == "DATE") for e in doc.ents]
    return bounds


def _dates_in(sent: Span) -> list[Span]:
    """The recogniser's DATE entities that fall completely within the sentence (as ``sent.ents``)."""
    doc, out = sent.doc, []
    for start, end, is_date in _entity_bounds(doc):
        if start >= sent.start:
            if end > sent.end:
                break
            if is_date:
                out.append(doc[start:end])
    return out


def expressions(sent: Span) -> list[tuple[Span, str]]:
    """The date expressions of a sentence with the preposition before them ("since", "by"), as
    (span, text), in sentence order: the recogniser's dates and the weekday and relative phrases
    it missed; the dateline and byline are not part of the prose. Found once per sentence."""
    doc = sent.doc
    cache = doc.user_data.setdefault("geopol.expressions", {})  # (never serialised: Docs stay in process)
    key = (sent.start, sent.end)
    if key not in cache:
        cache[key] = [(span.start, span.end, text) for span, text in _expressions(sent)]
    return [(doc[s:e], text) for s, e, text in cache[key]]


def _expressions(sent: Span) -> list[tuple[Span, str]]:
    doc = sent.doc
    if outside_text(doc, sent.start_char, sent.end_char) or in_headline(doc, sent.start_char):
        return []
    out = []
    for ent in _dates_in(sent):
        if outside_text(doc, ent.start_char, ent.end_char) or in_headline(doc, ent.start_char):
            continue
        if ent.root.dep_ in _MODIFIER and ent.root.head.pos_ in {"NOUN", "PROPN"} and ent.root.head.i >= ent.end:
            continue  # "their 2020 war", "a 2021 contract": names a thing, does not place the fact
        start = ent.start
        prev = doc[start - 1] if start > sent.start else None
        if prev is not None and prev.lower_ in _START | _END | {"on", "in", "between", "from"}:
            start -= 1
        span = doc[start:ent.end]
        out.append((span, span.text))
    covered = {i for span, _ in out for i in range(span.start, span.end)}
    for m in _PHRASES.finditer(_text(sent)):
        span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and not covered & set(range(span.start, span.end)):
            out.append((span, m.group(0)))
    return sorted(out, key=lambda x: x[0].start)


def _verb_of(span: Span):
    """The verb a date expression hangs on ("signed on Friday" -> signed), or None."""
    tok = span.root
    for _ in range(4):
        if tok.pos_ in {"VERB", "AUX"}:
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _reported(span: Span) -> bool:
    """ "..., the ministry said on Monday": the date of the report, not of what it reports."""
    verb = _verb_of(span)
    return verb is not None and verb.lemma_.lower() in _REPORTING


def _resolved(sent: Span, base: date | None) -> list[tuple[Span, str]]:
    """(expression, ISO value) for each expression of the sentence that resolves, in order (worked
    out once per sentence and date: every rule that dates a fact asks again)."""
    doc = sent.doc
    cache = doc.user_data.setdefault("geopol.resolved", {})  # (never serialised: Docs stay in process)
    key = (sent.start, sent.end, base)
    if key not in cache:
        future = _future(sent)
        found = []
        for span, text in expressions(sent):
            value = resolve_expression(text, base, future or _scheduled(span))
            if value:
                found.append((span.start, span.end, value))
        cache[key] = found
    return [(doc[s:e], value) for s, e, value in cache[key]]


def sentence_when(sent: Span, base: date | None) -> str | None:
    """The first date expression of the sentence that resolves, one that dates what is reported
    before one that dates the report ("the tanks arrived on Sunday, the ministry said on Monday")."""
    found = _resolved(sent, base)
    own = [v for span, v in found if not _reported(span)]
    return (own or [v for _, v in found] or [None])[0]


def lead_sentences(doc: Doc, n: int = 3) -> list[Span]:
    """The first ``n`` sentences of the prose: not the headline, dateline or byline, and with a verb
    (not a capitalised header such as "PRESS RELEASE - MINISTRY OF DEFENCE")."""
    out = []
    for sent in doc.sents:
        if len(out) >= n:
            break
        if not in_headline(doc, sent.start_char) and not outside_text(doc, sent.start_char, sent.end_char) \
                and any(t.pos_ in {"VERB", "AUX"} for t in sent):
            out.append(sent)
    return out


def lead_when(doc: Doc, base: date | None) -> str | None:
    """The date of the article's news: the first date its lead gives for what it reports (not for
    the report: "said on Monday"), else the lead's report date, else the publication date. A
    headline reports the lead's news."""
    key = "lead_when"
    if key not in doc.user_data:
        found = [(span, v) for s in lead_sentences(doc) for span, v in _resolved(s, base) if not v.startswith("/")]
        own = [v for span, v in found if not _reported(span)]
        when = (own or [v for _, v in found] or [None])[0]
        doc.user_data[key] = when or (base.isoformat() if base else None)
    return doc.user_data[key]


# verbs that date an event's first or last day, and what an event "enters" ("its second day")
_EVENT_TIME = {
    "start": {"begin", "start", "open", "break", "erupt", "launch", "kick", "commence", "flare", "resume"},
    "end": {"end", "close", "conclude", "wind", "wrap", "finish"},
    "end_nouns": {"summit", "show", "exhibition", "fair", "talks", "meeting", "session", "conference", "forum",
                  "exercise", "exercises", "drills", "parade", "expo", "visit", "tour"},
    "ongoing": {"enter", "be", "reach", "continue", "mark"},
}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10}
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "eleven": 11, "twelve": 12}
_DAYS = re.compile(r"\b(\d{1,2}|" + "|".join(_NUMBERS) + r")[- ]days?\b", re.I)
_NTH_DAY = re.compile(r"\b(" + "|".join(_ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))\s+day\b", re.I)


def _count(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return _NUMBERS.get(word) or _ORDINALS.get(word) or (int(word[:-2]) if word[:-2].isdigit() else None)


def _shift(iso: str, days: int) -> str | None:
    day = parse_date(iso)
    return (day + timedelta(days=days)).isoformat() if day and len(iso) == 10 else None


def event_date(name: str, sents: list[Span], base: date | None) -> str | None:
    """When an event took place, from the sentences about it: the day it began ("broke out on
    Tuesday"), the days it ran ("wound up on Friday ... over five days", "closing a two-day summit on
    Wednesday", "entered its second day on Wednesday"), else the first date they give that is not
    a deadline ("by 2030") -- within the year the event's name gives, if any -- else that year."""
    lex = _EVENT_TIME
    year = re.search(r"\b((?:1[89]|20)\d\d)\b", name)

    def fits(value: str) -> bool:
        return not value.startswith("/") and (year is None or value.startswith(year.group(1)))

    start = end = None
    for sent in sents:
        closing = any(t.lemma_.lower() in lex["end"] and any(
            c.dep_ in {"dobj", "nsubj", "nsubjpass"} and c.lemma_.lower() in lex["end_nouns"] for c in t.children)
            for t in sent)
        for span, value in _resolved(sent, base):
            if not fits(value) or _reported(span):
                continue
            verb = _verb_of(span)
            lemma = verb.lemma_.lower() if verb is not None else ""
            nth = _NTH_DAY.search(sent.text)
            if nth and lemma in lex["ongoing"] and (n := _count(nth.group(1))):
                start = start or _shift(value, 1 - n)
            elif lemma in lex["start"]:
                start = start or value
            elif lemma in lex["end"] or closing:
                end = end or value
                days = _DAYS.search(sent.text)
                if days and (n := _count(days.group(1))) and n > 1:
                    start = start or _shift(value, 1 - n)
            break  # the sentence's first date
    if start and end and start < end:
        return f"{start}/{end}"
    if start or end:
        return start or end
    for sent in sents:
        when = sentence_when(sent, base)
        if when and fits(when):
            return when
    return year.group(1) if year else None


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
    """When a sentence places its facts: its first date expression that resolves; for the headline
    and an undated lead sentence, the date of the lead's news; else, for a sentence in the present tense ("X operates Y", "has
    received"), the publication date (the fact holds as the article reports it); else nothing."""
    if in_headline(sent.doc, sent.start_char):
        return lead_when(sent.doc, base)
    when = sentence_when(sent, base)
    if when or base is None:
        return when
    if any(sent.start == s.start for s in lead_sentences(sent.doc, 2)):
        return lead_when(sent.doc, base)  # the lead reports the news of the day
    return base.isoformat() if _present(sent) else None


def published_of(doc: Doc) -> date | None:
    """The publication date the pipeline put in ``doc.user_data["published"]``."""
    return parse_date(doc.user_data.get("published"))


def validity(sent: Span, base: date | None) -> dict[str, str]:
    """When the sentence says its facts hold: "since 2019", "from 2019" (not "from 2019 to ...")
    -> ``valid_from``; "until 2020" in a sentence about the past or present -> ``valid_to``. A
    deadline ("by 2030") or a plan is no end of validity."""
    out: dict[str, str] = {}
    bounded = [(text, first) for _, text in expressions(sent)
               if (first := text.split()[0].lower() if text.split() else "") in {"since", "from", "until", "till"}]
    future = _future(sent) if bounded else False
    for text, first in bounded:
        value = resolve_expression(text, base, future)
        if not value:
            continue
        start, _, end = value.partition("/")
        if first in {"since", "from"} and start and not end:
            out.setdefault("valid_from", start)
        elif first in {"until", "till"} and end and not start and not future:
            out.setdefault("valid_to", end)
    return out

