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
from bisect import bisect_left
from datetime import date, datetime, timedelta
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..dates import WEEKDAYS, day
from ..mentions.layout import doc_text, in_headline, outside_text
from ..mentions.lexicon import lexicon
from ..mentions.words import lowers, pos_tags, texts, tokens
from ..text.numbers import CARDINALS, ORDINALS, alternation, cardinal, ordinal
from .lexicon import cues
from .prepositions import prep_objects

# "on Saturday and Sunday": two weekdays joined (read as a span when they follow each other)
_DAY_PAIR = re.compile(rf"^(?:on\s+)?({'|'.join(WEEKDAYS)})\s+and\s+({'|'.join(WEEKDAYS)})$", re.I)
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]
# a month's name or abbreviation (not "decades", "marine", "mayor")
_MONTH_RE = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
             r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?")
# words that anchor an expression in time; "two years", "annual", "44-day" have none
_ANCHOR = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)}|{_MONTH_RE}|(?:1[89]|20)\d\d|today|yesterday|tomorrow|tonight|"
                     r"last|this|next|ago|earlier|later|previous|past)\b", re.I)
_DURATION = re.compile(r"\b(?:past|last|next|coming)\s+(?:\w+\s+)?(?:years|months|weeks|days|decades?)\b", re.I)
_START = {"since", "from", "after"}
_TO = r"(?:[-\u2013]|to|and|until|through|till)"
_END = {"by", "until", "till", "before"}
_MODIFIER = {"compound", "amod", "nummod", "poss", "nmod"}
_FUTURE = {"will", "shall", "next", "upcoming", "coming", "due", "scheduled", "planned"}
# verbs whose present tense reports what was said or found, not what is scheduled ("officials say")
_REPORTING = {"say", "tell", "report", "claim", "accuse", "argue", "note", "add", "write", "believe", "estimate",
              "show", "suggest", "insist", "deny", "describe", "see", "expect", "announce", "confirm", "reveal",
              "state", "declare", "disclose", "warn"}
# a count a text moves in time by ("nine days later", "eleven years earlier")
_COUNT_WORDS = {"a": 1, "an": 1, **CARDINALS}
_COUNT = alternation(_COUNT_WORDS) + r"|\d+"
# the news events a text counts days from ("a day before the ceremony", "two days after the summit")
_NEWS_EVENTS = ("summit|show|exhibition|fair|talks|meeting|conference|forum|exercise|exercises|drills|parade|expo|"
                "visit|ceremony|celebration|signing|handover|election|vote|referendum|inauguration|opening|launch")
_BEFORE_EVENT = re.compile(rf"(?:{_COUNT})\s+(?:day|week)s?\s+(?:before|after)\s+"
                           rf"the\s+(?:{_NEWS_EVENTS})", re.I)
# the same day as a news event the text names ("within hours of the Jakarta announcement", "hours after the vote")
_HOURS_OF_EVENT = re.compile(rf"(?:within\s+hours\s+of|(?:just\s+|only\s+)?hours\s+after)\s+the\s+(?:[A-Z][\w-]+\s+)?"
                             rf"(?:{_NEWS_EVENTS}|announcement|decision|agreement|deal)\b", re.I)
# "that afternoon", "the same visit": the very time named before, even a report's
_SAME_TIME = re.compile(r"\bthat\s+(?:morning|afternoon|evening|night)\b|\bsame\s+(?!day|week|month|year)\w+", re.I)
# occasions a text points back to as "the same visit" (the time of the visit named before)
_SAME_OCCASIONS = "visit|trip|tour|meeting|summit|ceremony|session|talks|event|occasion"
# one end of a span of days: "3", "3rd", "3 November", "November 3", "Nov. 3rd" (the month on one end at least: below)
# (a month is a word of its own: "15 November-class corvettes" is a count of ships)
_SPAN_MONTH = rf"{_MONTH_RE}(?![\w-])"
_SPAN_DAY = (rf"(?:\d{{1,2}}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?{_SPAN_MONTH}|(?!\s+(?:of\s+)?{_MONTH_RE}[\w-]))"
             rf"|{_SPAN_MONTH}\s*\d{{1,2}}(?:st|nd|rd|th)?)(?![\d:])")
# one end of a span of days that names its month ("3 November", "Nov. 3")
_SPAN_DAY_MONTH = (rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_SPAN_MONTH}|{_SPAN_MONTH}\s*\d{{1,2}}(?:st|nd|rd|th)?)"
                   rf"(?![\d:])")
# a span with neither "from" nor "between" is a date after a preposition or an event verb ("held 10 to 12 May",
# ``span_lead_words`` of ``time``), or with its month on both ends; not "about 10 to 12 May flights"
_SPAN_LEAD = "|".join(rf"(?<=\b{re.escape(w)}\s)" for w in cues()["time"]["span_lead_words"])
# date phrases the named-entity recogniser may miss or swallow into a name ("Armament Agency on Friday")
_PHRASES = re.compile(
    rf"\b{_BEFORE_EVENT.pattern}\b|\b{_HOURS_OF_EVENT.pattern}|"
    rf"\b(?:from|between)\s+(?:{'|'.join(WEEKDAYS)})\s+(?:to|and|until|through|till)\s+(?:{'|'.join(WEEKDAYS)})\b|"
    rf"\b(?:(?:on|last|next|this|by|since|until)\s+)?(?:{'|'.join(WEEKDAYS)})(?:\s+(?:morning|afternoon|evening|night))?\b"
    r"|\b(?:yesterday|tomorrow)\b|\b(?:earlier|later)\s+this\s+(?:week|month|year)\b"
    r"|\b(?:last|this|next)\s+(?:week|month|year)\b|\bthe\s+(?:day|week)\s+before\b"
    r"|\bthe\s+previous\s+(?:day|week)\b|\ba\s+day\s+earlier\b"
    rf"|\b(?:{_COUNT})\s+(?:day|week|month|year|decade)s?\s+(?:later|earlier)\b"
    r"|\bthe\s+(?:following|next|preceding|same)\s+(?:day|week|month|year|morning|afternoon|evening|night)\b"
    r"|\b(?:earlier|later)\s+in\s+the\s+(?:day|week|month|year)\b"
    rf"|\bthat\s+(?:day|week|month|year|spring|summer|autumn|fall|winter|morning|afternoon|evening|night|"
    rf"{_MONTH_RE})(?!\w)"
    rf"|\b(?:on\s+|during\s+|at\s+)?the\s+same\s+(?:{_SAME_OCCASIONS})\b"
    r"|\bwithin\s+(?:days|hours)\b|\b(?:days|hours)\s+later\b"
    r"|\bovernight\b(?!\s+(?:from|between|into|to)\b)"  # "struck overnight": the night before the report
    # a span of days in one month that the recogniser splits ("between Sept. 12 and 16")
    rf"|\b(?:between|from)\s+{_MONTH_RE}\s*\d{{1,2}}(?:st|nd|rd|th)?\s+(?:and|to|until|through|till)\s+"
    r"\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:1[89]|20)\d\d)?\b"
    # a span of days written with a dash that the recogniser splits ("held 3-14 March", "on March 3-14")
    rf"|\b(?:(?:on|from)\s+)?\d{{1,2}}\s*[-\u2013]\s*\d{{1,2}}\s+{_MONTH_RE}(?:,?\s+(?:1[89]|20)\d\d)?\b"
    rf"|\b(?:(?:on|from)\s+)?{_MONTH_RE}\s+\d{{1,2}}\s*[-\u2013]\s*\d{{1,2}}(?:,?\s+(?:1[89]|20)\d\d)?\b"
    # a span of days whose first end the recogniser splits off or leaves out ("from 3 until 15 November",
    # "between 20 October and 12 November 2024", "3 November - 15 November", "Nov. 3 - Nov. 15")
    rf"|\b(?:from|between)\s+{_SPAN_DAY}\s*(?:[-\u2013]|to|and|until|through|till)\s*{_SPAN_DAY}"
    r"(?:,?\s+(?:1[89]|20)\d\d|\s+(?:this|last|next)\s+year)?\b"
    rf"|(?:{_SPAN_LEAD})\b{_SPAN_DAY}\s*(?:[-\u2013]|to|until|through|till)\s*{_SPAN_DAY}(?:,?\s+(?:1[89]|20)\d\d)?\b"
    rf"|\b{_SPAN_DAY_MONTH}\s*(?:[-\u2013]|to|until|through|till)\s*{_SPAN_DAY_MONTH}(?:,?\s+(?:1[89]|20)\d\d)?\b",
    re.I)
# every phrase above opens a word (its branches open with a word boundary and a word character, after their
# lookbehinds): asked first, that one test spares the search trying each branch at every other position of a
# sentence (the same matches, found about 2.5 times faster)
_PHRASES = re.compile(rf"\b(?=\w)(?:{_PHRASES.pattern})", re.I)
# a day named relative to the report: "Sunday's parade", "yesterday's talks", "last week's summit" date what they name
_RELATIVE_DAY = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)}|yesterday|today|tonight|last\s+week|this\s+week)\b", re.I)
_DAY_BEFORE = re.compile(r"(?:(?:the\s+)?day\s+before|(?:the\s+)?previous\s+day|a\s+day\s+earlier)", re.I)
_WEEK_BEFORE = re.compile(r"(?:(?:the\s+)?week\s+before|(?:the\s+)?previous\s+week)", re.I)


@lru_cache(maxsize=4096)
def parse_date(value: str | None) -> date | None:
    """``YYYY-MM-DD`` (or a longer ISO string) as a date; None otherwise (read once per value: every
    relation asks for its document's publication date)."""
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


def _parsed(text: str, base: date | None) -> tuple[date, str] | None:
    """dateparser's reading of ``text`` against ``base``: (date, period), or None."""
    plain = _plain(text, base)
    if plain is not None:
        return plain
    data = _parser(base).get_date_data(text)
    return None if data.date_obj is None else (data.date_obj.date(), data.period or "day")


_MONTH_NUMBER = {name.capitalize(): n for n, name in enumerate(_MONTHS, 1)}
_MONTH_NAME = "|".join(_MONTH_NUMBER)
_ORD = r"(?:st|nd|rd|th)?"
_PLAIN_DAY = re.compile(rf"(?:(?P<m1>{_MONTH_NAME}) (?P<d1>\d{{1,2}}){_ORD}|(?P<d2>\d{{1,2}}){_ORD} (?P<m2>{_MONTH_NAME}))"
                        r"(?:,? (?P<y>(?:1[89]|20)\d\d))?")
_PLAIN_MONTH = re.compile(rf"(?P<m>{_MONTH_NAME})(?:,? (?P<y>(?:1[89]|20)\d\d))?")
_PLAIN_RELATIVE = {"today": "day", "this year": "year", "last year": "year", "last month": "month"}


def _plain(text: str, base: date | None) -> tuple[date, str] | None:
    """What dateparser reads in the commonest plain dates, without asking it (it is the dearest step of
    dating a sentence): "March", "March 2022", "March 5, 2022", "5 March 2022", "March 5", "this year",
    "last year", "last month", "today"; None for anything else, or a day no calendar has (dateparser
    answers those). ``tests/test_time_plain.py`` holds the two to the same answers."""
    m = _PLAIN_DAY.fullmatch(text)
    if m:
        month, day = _MONTH_NUMBER[m.group("m1") or m.group("m2")], int(m.group("d1") or m.group("d2"))
        year = int(m.group("y")) if m.group("y") else None
        if year is None:
            if base is None:
                return None
            year = base.year if (month, day) <= (base.month, base.day) else base.year - 1
        try:
            return date(year, month, day), "day"
        except ValueError:
            return None
    m = _PLAIN_MONTH.fullmatch(text)
    if m:
        month = _MONTH_NUMBER[m.group("m")]
        if m.group("y"):
            return date(int(m.group("y")), month, 1), "month"
        if base is None:
            return None
        return date(base.year if month <= base.month else base.year - 1, month, 1), "month"
    period = _PLAIN_RELATIVE.get(text.lower())
    if period is None or base is None:
        return None
    if text.lower() == "last year":
        return date(base.year - 1, base.month, 1), period
    if text.lower() == "last month":
        return (date(base.year, base.month - 1, 1) if base.month > 1 else date(base.year - 1, 12, 1)), period
    return (base if period == "day" else date(base.year, base.month, 1)), period


@lru_cache(maxsize=4096)
def _date_data(text: str, base: date) -> tuple[date, str] | None:
    """:func:`_parsed` once per text and publication date (dateparser is the dearest step of dating
    a sentence, and the same day is named again in the same article and in others of that day);
    only with a base date, so that no reading of "now" is kept."""
    return _parsed(text, base)


def _iso(d: date, period: str) -> str:
    if period == "year":
        return f"{d.year:04d}"
    if period == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return d.strftime("%Y-%m-%d")


def _point(text: str, base: date | None, future: bool) -> str | None:
    """One point in time (no interval words)."""
    text = re.sub(r"['\u2019]s?$", "", text.strip())  # "last week's summit", "Sunday's parade"
    text = re.sub(r"^(?:on|in|at|during|of|the|around|about|as of|over)\s+", "", text.strip(), flags=re.I)
    text = re.sub(r"^(?:earlier|later)\s+(?:on|in)\s+(?=" + "|".join(WEEKDAYS) + ")", "", text, flags=re.I)
    text = re.sub(r"\b(?:early|earlier|late|later|mid|(?:the\s+)?end of|(?:the\s+)?start of|(?:the\s+)?beginning of|"
                  r"(?:the\s+)?middle of)[\s-]+(?=this|last|next|(?:" + _MONTH_RE + r")|\d)", "", text, flags=re.I).strip(" -,")
    text = re.sub(r"^(?:the\s+)?(?:first|second|third|fourth|last|final|closing|opening)\s+(?:half|week|fortnight|"
                  r"days|part)\s+of\s+(?=(?:" + _MONTH_RE + r")\b)", "", text, flags=re.I)  # "the second half of July"
    text = re.sub(r"\b(morning|afternoon|evening|night)\b", "", text, flags=re.I).strip()
    text = re.sub(r"^(?:earlier|later)\s+in\s+the\s+(day|week|month|year)$", r"this \1", text, flags=re.I)
    if text.lower() == "this day" and base is not None:
        return base.isoformat()
    if base is not None and re.fullmatch(r"(?:the\s+)?(?:start|beginning|middle)\s+of\s+the\s+year", text, re.I):
        return str(base.year)  # "at the start of the year": the year of publication
    text = re.sub(r"^(?:fiscal(?:\s+year)?|FY)\s*(?=(?:1[89]|20)\d\d\b)", "", text, flags=re.I)
    low = text.lower()
    period = _period(low, base, future)
    if period:
        return period
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
    month = _relative_month(low, base)
    if month:
        return month
    year = re.fullmatch(r"(?:(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?)?((?:1[89]|20)\d\d)s?", low)
    if year:
        return year.group(1)
    if low in WEEKDAYS:
        if base is None:
            return None
        delta = (base.weekday() - WEEKDAYS.index(low)) % 7
        day = base + timedelta(days=(7 - delta) % 7) if future and delta else base - timedelta(days=delta)
        return day.isoformat()
    if base is None and not re.search(r"(?:1[89]|20)\d\d", low):
        return None
    if re.fullmatch(r"(?:earlier |later )?this month", low) and base is not None:
        return f"{base.year:04d}-{base.month:02d}"
    found = _date_data(text, base) if base is not None else _parsed(text, None)
    if found is None:
        return None
    d, period = found
    month = next((i for i, m in enumerate(_MONTHS) if re.search(rf"\b{m[:3]}(?:{m[3:]}|t|t\.|\.)?(?![a-z])", low)),
                 None)
    if month is not None and not re.search(r"(?:1[89]|20)\d\d", low) and base is not None:
        # "in November", "Nov. 15": the publication year, or the year before for a later month
        y = base.year + (1 if future and month + 1 < base.month else 0) - (1 if not future and month + 1 > base.month else 0)
        try:
            d = d.replace(year=y)
        except ValueError:
            return None
    if period == "week":
        period = "day"
    if re.search(r"\bweeks?\s+ago\b", low):
        period = "month"  # "seven weeks ago": no day of its own, its month (as "last week")
    return _iso(d, period)


# "last July", "this March", "next May"; "June last year", "May of this year", "in March next year"
_MONTH_BEFORE = re.compile(rf"(last|this|next|past|coming)\s+({_MONTH_RE})", re.I)
_MONTH_AFTER = re.compile(rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?)?({_MONTH_RE})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?\s+"
                          r"(?:of\s+)?(last|this|next)\s+year", re.I)


def _month_number(word: str) -> int:
    word = word.lower().rstrip(".")
    return next(i + 1 for i, name in enumerate(_MONTHS) if word[:3] == name[:3])


def _relative_month(low: str, base: date | None) -> str | None:
    """A month named against the publication date: "last July" (the latest July before the month of
    publication), "next March" (the first after it), "this May" (the publication year's);
    "June last year", "May of this year", "March next year" (that year's month, a day kept:
    "November 5 last year")."""
    if base is None:
        return None
    m = _MONTH_BEFORE.fullmatch(low)
    if m:
        word, month = m.group(1), _month_number(m.group(2))
        if word in {"last", "past"}:
            year = base.year - (1 if month >= base.month else 0)
        elif word in {"next", "coming"}:
            year = base.year + (1 if month <= base.month else 0)
        else:
            year = base.year
        return f"{year:04d}-{month:02d}"
    m = _MONTH_AFTER.fullmatch(low)
    if m:
        year = base.year + {"last": -1, "this": 0, "next": 1}[m.group(2)]
        day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", low)
        month = _month_number(m.group(1))
        if day:
            try:
                return date(year, month, int(day.group(1))).isoformat()
            except ValueError:
                return None
        return f"{year:04d}-{month:02d}"
    return None


_QUARTER = re.compile(r"(?:the\s+)?(?:q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter)"
                      r"(?:\s+of)?\s*((?:1[89]|20)\d\d)?", re.I)
_HALF = re.compile(r"(?:the\s+)?(first|second|1st|2nd)\s+half(?:\s+of)?\s*((?:1[89]|20)\d\d)?", re.I)
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _period(low: str, base: date | None, future: bool) -> str | None:
    """A stretch of a year or a decade: "Q3 2023" and "the third quarter" (2023-07/2023-09), "the
    first half of 2024", "the 1990s" (1990/1999), a season without its year ("over the summer": the
    year of the latest such season by publication, the next one for a clause about the future)."""
    m = _QUARTER.fullmatch(low)
    if m:
        n = int(m.group(1) or _NTH[m.group(2)])
        year = m.group(3) or (str(base.year) if base else None)
        return f"{year}-{3 * n - 2:02d}/{year}-{3 * n:02d}" if year else None
    m = _HALF.fullmatch(low)
    if m:
        n = _NTH[m.group(1)]
        year = m.group(2) or (str(base.year) if base else None)
        return f"{year}-{6 * n - 5:02d}/{year}-{6 * n:02d}" if year else None
    m = re.fullmatch(r"(?:the\s+)?(?:early\s+|late\s+|mid-?)?((?:1[89]|20)\d)0s", low)
    if m:
        return f"{m.group(1)}0/{m.group(1)}9"
    m = re.fullmatch(r"(?:(?:this|last|next|the)\s+)?(spring|summer|autumn|fall|winter)", low)
    if m and base is not None:
        first, last = _SEASONS[m.group(1)]
        word = low.split()[0]
        # "last spring" written in September is this year's; "last autumn" then, or a winter, the year before's
        done = first <= last < base.month
        year = base.year - (1 if word == "last" and not done or (word not in {"next", "this"} and not future
                                                                  and first > base.month) else 0) \
            + (1 if word == "next" or (future and word != "last" and first <= base.month and word != "this") else 0)
        return str(year)
    return None


# expressions that count from a time the text named before ("a year later", "the next day")
_ANAPHORIC = re.compile(rf"(?:(?:{_COUNT})\s+(day|week|month|year|decade)s?\s+(later|earlier|before|after)"
                        r"|(?:the\s+)?(following|next|previous|preceding|same)\s+(day|week|month|year|morning|afternoon|"
                        r"evening|night)"
                        rf"|that\s+(day|week|month|year|spring|summer|autumn|fall|winter|morning|afternoon|evening|"
                        rf"night|{_MONTH_RE})|(?:the\s+)?same\s+(?:{_SAME_OCCASIONS}))", re.I)
# "next month", "early next year" without "the": counted from the report, not from the time named before
# ("the next month" is; "next week" keeps its reading: a week is no date of its own)
_DEICTIC_NEXT = re.compile(r"(?<!\bthe\s)\bnext\s+(?:month|year)\b", re.I)
# an uncounted short while after the time named before ("within days", "hours later")
_SOON = re.compile(r"(?:within\s+(days|hours)|(days|hours)\s+later)", re.I)


def _from_anchor(text: str, anchor: str | None) -> str | None:
    """An expression counting from an earlier time ("a year later" after "in 2022" -> 2023), at the
    precision of that time (a day after a year is no date)."""
    if not anchor or anchor.startswith("/"):
        return None
    soon = _SOON.fullmatch(text.strip())
    if soon:  # "in January, and within days ...": that month; "hours later": that day
        start = anchor.split("/")[0]
        return start if (soon.group(1) or soon.group(2)).lower() == "hours" else start[:7]
    # ("later that month", "earlier that year": that month, that year)
    m = _ANAPHORIC.fullmatch(re.sub(r"^(?:(?:on|in|at|by|during)\s+|(?:later|earlier)\s+(?=that\b))", "", text.strip(),
                                    flags=re.I))
    if not m:
        return None
    start = anchor.split("/")[0]
    if not any(m.groups()):  # "the same visit": the time named before, as precise as it was
        return start
    if m.group(5):  # "that year", "that August": the time named before, or the month of its year
        word = m.group(5).lower().rstrip(".")
        if word in {"morning", "afternoon", "evening", "night"}:
            word = "day"  # "that afternoon": the day named before
        month = next((i + 1 for i, name in enumerate(_MONTHS) if word[:3] == name[:3]), None)
        if month:
            return f"{start[:4]}-{month:02d}"
        keep = {"year": 4, "month": 7, "week": 7, "day": 10}.get(word, 4)
        return start[:keep] if len(start) >= keep else None
    if m.group(1):
        unit, sign = m.group(1).lower(), (1 if m.group(2).lower() in {"later", "after"} else -1)
        word = text.strip().split()[0].lower()
        n = sign * (int(word) if word.isdigit() else _COUNT_WORDS.get(word, 1))
    else:
        unit, word = m.group(4).lower(), m.group(3).lower()
        unit = "day" if unit in {"morning", "afternoon", "evening", "night"} else unit  # "the next morning"
        n = 0 if word == "same" else (1 if word in {"following", "next"} else -1)
    precision = {4: "year", 7: "month", 10: "day"}.get(len(start))
    d = parse_date(start + "-01-01"[len(start) - 4:]) if precision else None
    if d is None or (unit in {"day", "week"} and precision != "day") or (unit == "month" and precision == "year"):
        return None
    if unit in {"year", "decade"}:  # "a year later": a year, whatever the day it counts from
        return _iso(d.replace(year=d.year + n * (10 if unit == "decade" else 1)), "year")
    if unit == "month":
        months = d.year * 12 + d.month - 1 + n
        return _iso(date(months // 12, months % 12 + 1, 1), "month")
    moved = (d + timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
    return moved[:7] if unit == "week" else moved  # a week is no date of its own: its month


def resolve_expression(text: str, base: date | None, future: bool = False) -> str | None:
    """An ISO date or interval for one date expression, None when it does not place anything in time."""
    text = _normalised(text.strip(), base)
    iso = re.fullmatch(r"(?:on\s+|in\s+)?((?:1[89]|20)\d\d-[01]\d-[0-3]\d)", text)
    if iso:  # "on 2024-01-03"
        return iso.group(1) if parse_date(iso.group(1)) else None
    week = re.fullmatch(rf"(?:on\s+)?({'|'.join(WEEKDAYS)})\s+(last|this|next)\s+week", text, re.I)
    if week and base is not None:  # "Tuesday last week": that weekday of the week before the report's
        monday = base - timedelta(days=base.weekday())
        shift = {"last": -7, "this": 0, "next": 7}[week.group(2).lower()]
        return (monday + timedelta(days=shift + WEEKDAYS.index(week.group(1).lower()))).isoformat()
    low = text.lower()
    if low == "overnight":  # the night that ended on the report's day
        return None if base is None or future else f"{(base - timedelta(days=1)).isoformat()}/{base.isoformat()}"
    short = re.match(r"^(?:in\s+)?((?:1[89]|20)(\d\d))\s*[-\u2013/]\s*(\d\d)$", text)
    if short and int(short.group(3)) > int(short.group(2)):  # "2023-24"
        return f"{short.group(1)}/{short.group(1)[:2]}{short.group(3)}"
    m = re.match(rf"^(?:on\s+|in\s+|from\s+|between\s+)?((?:{_MONTH_RE})\s+)(\d{{1,2}})(?:st|nd|rd|th)?\s*{_TO}\s*"
                 rf"(\d{{1,2}})(?:st|nd|rd|th)?(,?\s+\d{{4}})?$", text, re.I)
    if m and int(m.group(3)) <= int(m.group(2)):  # "3-1 May 4": a score, not a span of days
        return None
    if m:  # "June 16-22", "between June 16 and 22"
        a = _point(f"{m.group(1)}{m.group(2)}{m.group(4) or ''}", base, future)
        b = _point(f"{m.group(1)}{m.group(3)}{m.group(4) or ''}", base, future)
        return f"{a}/{b}" if a and b else a
    m = re.match(rf"^(?:on\s+|in\s+|from\s+|between\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s*{_TO}\s*(\d{{1,2}})(?:st|nd|rd|th)?"
                 rf"(\s+(?:of\s+)?(?:{_MONTH_RE})(?:,?\s+\d{{4}})?)$", text, re.I)
    if m and int(m.group(2)) <= int(m.group(1)):  # "won 3-1 May 4": a score, not a span of days
        return None
    if m:  # "16-22 June", "from 3 to 10 March 2024"
        a = _point(f"{m.group(1)}{m.group(3)}", base, future)
        b = _point(f"{m.group(2)}{m.group(3)}", base, future)
        return f"{a}/{b}" if a and b else a
    m = re.match(rf"^(?:in\s+|during\s+)?({_MONTH_RE})\s+and\s+({_MONTH_RE})(,?\s+(?:1[89]|20)\d\d)?$", text, re.I)
    if m:  # "in April and May": the two months' stretch
        return resolve_expression(f"between {m.group(1)} and {m.group(2)}{m.group(3) or ''}", base, future)
    m = _DAY_PAIR.match(text)
    if m and (WEEKDAYS.index(m.group(2).lower()) - WEEKDAYS.index(m.group(1).lower())) % 7 == 1:
        # "on Saturday and Sunday": two days in a row (not "on Monday and Friday", two days apart)
        return resolve_expression(f"between {m.group(1)} and {m.group(2)}", base, future)
    m = re.fullmatch(rf"(?:on\s+|in\s+|during\s+|over\s+)?((?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?)?{_MONTH_RE}"
                     rf"(?:\s*\d{{1,2}}(?:st|nd|rd|th)?)?)\s*(?:[-\u2013]|to|until|through|till)\s*(.+)", text, re.I)
    if m and re.search(r"\d", m.group(1)) and re.search(_MONTH_RE, m.group(2), re.I):
        # "3 November - 15 November", "Nov. 3 - Nov. 15", "November 3 to November 15": as "from ... to ..."
        return resolve_expression(f"from {m.group(1)} to {m.group(2)}", base, future)
    m = re.match(r"^(?:from|between)\s+(.+?)\s+(?:to|until|and|through|till)\s+(.+)$", text, re.I) \
        or re.match(r"^((?:1[89]|20)\d\d)\s*[-\u2013/]\s*((?:1[89]|20)\d\d)$", text)
    if m:
        a, b = _point(m.group(1), base, future), _point(m.group(2), base, future)
        if a and b and len(a) == len(b) == 10 and a > b and m.group(1).lower() in WEEKDAYS:
            a = _shift(a, -7)  # "runs from Tuesday to Thursday", written on the Wednesday: this week's Tuesday
        if a and b and len(a) > 4 and not re.search(r"(?:1[89]|20)\d\d", m.group(1)):
            a = f"{int(b[:4]) - (a[5:] > b[5:])}{a[4:]}"  # "between March and May 2023": the end's year
        return f"{a or ''}/{b or ''}" if a or b else None
    first = low.split()[0] if low.split() else ""
    if first in _START | _END:
        rest = text.split(None, 1)[1] if " " in text else ""
        point = _point(rest, base, future)
        if point is None:
            return None
        return f"{point}/" if first in _START else f"/{point}"
    return _point(text, base, future)


_HEDGE = re.compile(r"\b(?:some|nearly|almost|about|around|roughly|approximately|(?:just\s+)?(?:more|less|fewer)\s+"
                    r"than|(?:just\s+)?(?:over|under)|at\s+least|barely|only|close\s+to)\s+"
                    r"(?=(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+"
                    r"(?:day|week|month|year|decade)s?\s+(?:ago|earlier|later|before)\b)", re.I)


def _normalised(text: str, base: date | None) -> str:
    """A date expression in the shapes the resolver reads: hedges dropped ("nearly three years ago"),
    fiscal years and halves named plainly ("FY2023", "the 2023 fiscal year", "H2 2023"), "this past
    January" as "last January", and "last year" inside a longer phrase as its number ("the spring of
    last year" -> "the spring of 2023")."""
    text = _HEDGE.sub("", text)
    text = re.sub(r"\bthis\s+past\s+", "last ", text, flags=re.I)
    text = re.sub(r"\b(?:the\s+)?((?:1[89]|20)\d\d)\s+(?:fiscal|financial)\s+year\b", r"\1", text, flags=re.I)
    text = re.sub(r"\bFY\s?((?:19|20)\d\d)\b", r"\1", text)
    text = re.sub(r"\bFY\s?(\d\d)\b", r"20\1", text)
    text = re.sub(r"\bH([12])\s+((?:19|20)\d\d)\b", lambda m: f"the {'first' if m.group(1) == '1' else 'second'} half of "
                  f"{m.group(2)}", text)
    if base is not None and not re.fullmatch(r"(?:\w+\s+)?(?:last|this|next)\s+year", text, re.I):
        text = re.sub(r"\b(last|this|next)\s+year\b",
                      lambda m: str(base.year + {"last": -1, "this": 0, "next": 1}[m.group(1).lower()]), text, flags=re.I)
    return text


def _future(sent: Span) -> bool:
    low = _text(sent).lower()
    if not any(w in low for w in _FUTURE):  # no token can be a future word the text does not contain
        return False
    return any(t.lower_ in _FUTURE for t in sent)


# verbs and adjectives that put what they govern ahead ("is scheduled to open", "is due to arrive")
_AHEAD = {"schedule", "plan", "due", "set", "expect", "intend", "aim", "slate"}


def _clause_future(span: Span) -> bool:
    """Whether the clause a date expression hangs on speaks of the future ("will end on Sunday",
    "is scheduled to open on Monday", "planned for Friday"), clause by clause: "started on Monday
    and will end on Sunday" has a past Monday. An expression on no verb goes by its sentence, less the
    clauses that describe a noun ("... off Bali on Sunday as the navy opened a week of drills that will
    run until Saturday": a past Sunday)."""
    verb = verb_of(span)
    if verb is None:
        return _future(span.sent) and _future_outside_clauses(span)
    cur = verb
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"} for c in cur.children):
            return True
        if cur.lemma_.lower() in _AHEAD and (cur is not verb or cur.tag_ in {"VBN", "JJ"}):
            return True
        if cur.lemma_.lower() == "be" and cur is not verb and any(c.lower_ == "to" for c in verb.children):
            return True  # "the talks are to resume on Monday"
        if cur.dep_ == "xcomp" or cur.dep_ == "conj" and cur.tag_ == "VB":
            cur = cur.head
            continue
        break
    return any(t.lower_ in {"next", "upcoming", "coming"} for t in span)


def _future_outside_clauses(span: Span) -> bool:
    """Whether a future word of the sentence lies outside every relative or adjectival clause that does not
    hold ``span`` ("drills that will run until Saturday" puts only its own clause ahead)."""
    inside = set()
    for t in span.sent:
        if t.dep_ in {"relcl", "acl"} and not t.left_edge.i <= span.start < t.right_edge.i + 1:
            inside.update(range(t.left_edge.i, t.right_edge.i + 1))
    return any(t.lower_ in _FUTURE and t.i not in inside for t in span.sent)


def _words() -> dict:
    """The verb lists of ``cues.yaml`` ``time``."""
    return cues()["time"]


def _text(span: Span) -> str:
    """``span.text``, cut from the document's text made once (spaCy joins the tokens on each access)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def _scheduled(span: Span) -> bool:
    """Whether the verb an expression hangs on is a present tense that speaks of a schedule ("on
    Thursday the president stays on for the summit", "the talks open on Monday"), not a report nor a
    tie to an earlier happening ("the pact follows the war in May": ``time.backward_verbs``), and the
    expression dates no noun on the way up ("follows its conflict with India in May")."""
    tok = span.root
    for _ in range(4):
        if tok.pos_ in {"VERB", "AUX"} and not _misread_noun(tok) or tok.head.i == tok.i:
            break
        if (tok.pos_ in {"NOUN", "PROPN"} or _misread_noun(tok)) and tok.i not in {t.i for t in span}:
            return False  # "follows its conflict with India in May": the date of the noun's happening
        tok = tok.head
    return tok.pos_ in {"VERB", "AUX"} and tok.tag_ in {"VBZ", "VBP"} \
        and tok.lemma_.lower() not in _REPORTING | _words()["backward_verbs"] \
        and not any(c.dep_ in {"aux", "auxpass"} for c in tok.children)


def _entity_bounds(doc: Doc) -> list[tuple[int, int, bool]]:
    """(start, end, is a DATE) of the document's named entities in order, listed once per document
    (``doc.ents`` builds every entity's span on each access)."""
    bounds = doc.user_data.get("geopol.ents")
    if bounds is None:
        bounds = doc.user_data["geopol.ents"] = [(e.start, e.end, e.label_ == "DATE") for e in doc.ents]
    return bounds


_YEAR_TOKEN = re.compile(r"(?:1[89]|20)\d\d")


def _dates_in(sent: Span) -> list[Span]:
    """The recogniser's DATE entities that fall completely within the sentence (as ``sent.ents``)."""
    doc, out = sent.doc, []
    for start, end, is_date in _entity_bounds(doc):
        if start >= sent.start:
            if end > sent.end:
                break
            if is_date:
                if doc[end - 1].lower_ == "of" and end < sent.end and _YEAR_TOKEN.fullmatch(doc[end].text):
                    end += 1  # "the summer of | 2022": the recogniser left the year out
                out.append(doc[start:end])
    return out


_SPANS: list[tuple[Doc, dict]] = []  # the last few documents' spans made from the caches below (see :func:`_spans_of`)


def _spans_of(doc: Doc, key: tuple, found: list[tuple[int, int, object]]) -> list[tuple[Span, object]]:
    """``[(doc[s:e], x) for s, e, x in found]``, the spans made once per document and ``key`` (the rules
    ask for a sentence's dates again and again, and making a ``Span`` is dear); kept beside the
    document, not in ``doc.user_data``, for the last few documents (as :func:`..mentions.words.tokens`).
    Each call gets its own list."""
    made = next((m for kept, m in _SPANS if kept is doc), None)
    if made is None:
        made = {}
        _SPANS[:] = [(d, m) for d, m in _SPANS if d is not doc][-3:] + [(doc, made)]
    spans = made.get(key)
    if spans is None or spans[0] != found:  # (the cache it was made from was made again)
        spans = made[key] = (list(found), [(doc[s:e], x) for s, e, x in found])
    return list(spans[1])


def expressions(sent: Span) -> list[tuple[Span, str]]:
    """The date expressions of a sentence with the preposition before them ("since", "by"), as
    (span, text), in sentence order: the recogniser's dates and the weekday and relative phrases
    it missed; the dateline and byline are not part of the prose. Found once per sentence."""
    doc = sent.doc
    cache = doc.user_data.setdefault("geopol.expressions", {})  # (never serialised: Docs stay in process)
    key = (sent.start, sent.end)
    if key not in cache:
        cache[key] = [(span.start, span.end, text) for span, text in _expressions(sent)]
    return _spans_of(doc, ("expressions", key), cache[key])


def _expressions(sent: Span) -> list[tuple[Span, str]]:
    doc = sent.doc
    if outside_text(doc, sent.start_char, sent.end_char) or in_headline(doc, sent.start_char):
        return []
    out = []
    for ent in _dates_in(sent):
        if outside_text(doc, ent.start_char, ent.end_char) or in_headline(doc, ent.start_char):
            continue
        start = ent.start
        prev = doc[start - 1] if start > sent.start else None
        if ent.root.dep_ in _MODIFIER and ent.root.head.pos_ in {"NOUN", "PROPN"} and ent.root.head.i >= ent.end \
                and not (prev is not None and prev.lower_ in _START | _END | {"on", "in", "during", "from"}) \
                and not (ent.root.dep_ == "poss" and _RELATIVE_DAY.search(ent.text)):
            continue  # "their 2020 war", "a 2021 contract": names a thing ("In 2021 Greece ...", "Sunday's parade" place it)
        if prev is not None and prev.lower_ in _START | _END | {"on", "in", "between", "from"}:
            start -= 1
        span = doc[start:ent.end]
        out.append((span, span.text))
    for m in _PHRASES.finditer(_text(sent)):
        span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        inside = [(s, t) for s, t in out if s.start < span.end and span.start < s.end]
        if all(s.start >= span.start and s.end <= span.end and (s.start, s.end) != (span.start, span.end)
               for s, _ in inside):  # the phrase is new, or longer than the names it covers ("the day [before]")
            out = [x for x in out if x not in inside] + [(span, m.group(0))]
    nights = [x for x in out if x[1].lower() == "overnight"]
    others = [span for span, text in out if text.lower() != "overnight"]
    out = [x for x in out if x not in nights or _night_alone(x[0], others)]
    return _joined(sorted(out, key=lambda x: x[0].start))


def _night_alone(span: Span, others: list[Span]) -> bool:
    """ "overnight" saying when something happened ("drones crossed the border overnight"), not a
    noun's kind ("an overnight stay", "overnight delivery"), nor a night its clause names by a date of
    its own ("overnight on Sunday", "struck overnight, hours after talks failed on Monday")."""
    tok = span[0]
    if tok.pos_ not in {"ADV", "NOUN"} or tok.dep_ not in {"advmod", "npadvmod", "pobj", "obl"} \
            or tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ in {"NOUN", "PROPN"}:
        return False
    verb = verb_of(span)
    return not any(abs(o.start - span.end) <= 1 or abs(span.start - o.end) <= 1
                   or verb is not None and verb_of(o) is not None and verb_of(o).i == verb.i for o in others)


def _joined(found: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """Two dates the recogniser split around "to" made one span again ("from Monday, March 10, | to |
    March 20", "between May 3 | and | June 1")."""
    out: list[tuple[Span, str]] = []
    for span, text in found:
        if out:
            prev, prev_text = out[-1]
            gap = _text(span.doc[prev.end:span.start]) if span.start >= prev.end else None
            if gap is not None and prev[0].lower_ in {"from", "between"} and "/" not in prev_text \
                    and re.fullmatch(r",?\s*(?:to|until|through|till|and)", gap.strip()) \
                    and span[0].lower_ not in _START | _END:
                joined = span.doc[prev.start:span.end]
                out[-1] = (joined, _text(joined))
                continue
        out.append((span, text))
    return out


# the dependencies of a noun: a word tagged as a finite or bare verb in one of them is a noun the tagger misread
# ("wrapped up its July Storm exercise on Sunday": "exercise" tagged VBP as the object of "wrapped")
_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "iobj", "pobj", "compound", "poss", "appos"})


def _misread_noun(tok: Token) -> bool:
    """Whether a token tagged as a present or bare verb fills a noun's place (``_NOUN_DEPS``) with no subject or
    auxiliary of its own: a noun the tagger read as a verb, not the verb a date hangs on."""
    return tok.tag_ in {"VBP", "VBZ", "VB"} and tok.dep_ in _NOUN_DEPS \
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark"} for c in tok.children)


def clause_verb(tok: Token, steps: int = 4) -> Token | None:
    """The verb ``tok`` hangs on within ``steps`` heads (``tok`` itself if a verb), or None; not a noun the tagger
    read as a verb (:func:`_misread_noun`)."""
    for _ in range(steps):
        if tok.pos_ in {"VERB", "AUX"} and not _misread_noun(tok):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def verb_of(span: Span):
    """The verb a date expression hangs on ("signed on Friday" -> signed), or None."""
    return clause_verb(span.root)


def _not_until(span: Span) -> bool:
    """ "did not sign until March", "was not delivered until 2021": the act came at that time."""
    if span[0].lower_ not in {"until", "till"}:
        return False
    verb = verb_of(span)
    return verb is not None and any(c.dep_ == "neg" for c in verb.children)


def _reported(span: Span) -> bool:
    """ "..., the ministry said on Monday": the date of the report, not of what it reports ("after
    their meeting on Tuesday the two said ..." dates the meeting)."""
    verb = verb_of(span)
    return verb is not None and verb.lemma_.lower() in _REPORTING and not _on_event_noun(span, verb)


def _on_event_noun(span: Span, verb: Token) -> bool:
    """Whether a date hangs on an event's noun on its way up to ``verb`` ("their meeting on Tuesday")."""
    tok = span.root.head
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _EVENT_TIME["end_nouns"] | _EVENT_TIME["clashes"]:
            return True
        tok = tok.head
    return False


def resolved_dates(sent: Span, base: date | None) -> list[tuple[Span, str]]:
    """(expression, ISO value) for each expression of the sentence that resolves, in order (worked
    out once per sentence and date: every rule that dates a fact asks again)."""
    doc = sent.doc
    cache = doc.user_data.setdefault("geopol.resolved", {})  # (never serialised: Docs stay in process)
    key = (sent.start, sent.end, base)
    if key not in cache:
        found = []
        for span, text in expressions(sent):
            if _BEFORE_EVENT.fullmatch(text.strip()):  # "a day before the ceremony": from the ceremony's day
                value = _from_anchor(re.sub(r"\s+the\s+\w+$", "", text.strip()),
                                     _event_anchor(sent, text.split()[-1].lower(), base))
            elif _HOURS_OF_EVENT.fullmatch(text.strip()):  # "within hours of the announcement": its day
                anchor = _event_anchor(sent, text.split()[-1].lower(), base)
                value = anchor if anchor and len(anchor) == 10 else None
            elif _ANAPHORIC.search(text) and not _DEICTIC_NEXT.search(text) or _SOON.fullmatch(text.strip()):  # "a year later": from the time named before, in this sentence or earlier
                anchor = found[-1][2] if found else _previous_time(sent, base, bool(_SAME_TIME.search(text)))
                # (too coarse a time before it: no date; none at all: from the publication date)
                value = _from_anchor(text, anchor) if anchor else _from_anchor(text, base and base.isoformat())
            else:
                value = resolve_expression(text, base, _clause_future(span) or _scheduled(span))
            if value and value.startswith("/") and _not_until(span):
                value = value[1:]  # "did not put it to a vote until February 26": the vote was on February 26
            if value:
                found.append((span.start, span.end, value))
        cache[key] = _refined(doc, found)
    return _spans_of(doc, ("resolved", key), cache[key])


def _refined(doc: Doc, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Two expressions side by side, one narrowing the other ("earlier in the week, on Wednesday", "in
    July, earlier this year"): both take the narrower date, which lies within the wider one."""
    out = list(found)
    for i in range(len(out) - 1):
        (s1, e1, v1), (s2, e2, v2) = out[i], out[i + 1]
        if "/" in v1 or "/" in v2 or v1 == v2 or not re.fullmatch(r"[\s,\u2014\u2013-]*", _text(doc[e1:s2])):
            continue
        if v2.startswith(v1):
            out[i] = (s1, e1, v2)
        elif v1.startswith(v2):
            out[i + 1] = (s2, e2, v1)
    return out


def _event_anchor(sent: Span, noun: str, base: date | None) -> str | None:
    """The day of "the ceremony" a sentence counts from: the last time an earlier sentence naming it
    gives; else the day of the article's news (the publication date's, for a sentence of the lead)."""
    for prev in _paragraph_sentences(sent, across=True):
        if re.search(rf"\b{noun}\b", prev.text, re.I):
            own = [v for span, v in resolved_dates(prev, base) if not _reported(span) and "/" not in v]
            if own:
                return own[-1]
    if any(sent.start == s.start for s in lead_sentences(sent.doc)):
        return base.isoformat() if base else None
    return lead_when(sent.doc, base)


def tells_end(sent: Span, base: date | None, day: str) -> bool:
    """Whether the sentence gives ``day`` on a verb of ending ("the exercise ended on Thursday",
    "as the drills closed on 8 May")."""
    for span, value in resolved_dates(sent, base):
        verb = verb_of(span)
        if value == day and verb is not None and verb.lemma_.lower() in _EVENT_TIME["end"] and not _reported(span):
            return True
    return False


def dates_itself(sent: Span, base: date | None) -> bool:
    """Whether a sentence gives a date for what it reports, not only for the report ("said on Monday")."""
    return any(not _reported(span) for span, _ in resolved_dates(sent, base))


def sentence_when(sent: Span, base: date | None) -> str | None:
    """The first date expression of the sentence that resolves, one that dates what is reported
    before one that dates the report ("the tanks arrived on Sunday, the ministry said on Monday")."""
    found = resolved_dates(sent, base)
    own = [v for span, v in found if not _reported(span)]
    return (own or [v for _, v in found] or [None])[0]


def lead_sentences(doc: Doc, n: int = 3) -> list[Span]:
    """The first ``n`` sentences of the prose: not the headline, dateline or byline, and with a verb
    (not a capitalised header such as "PRESS RELEASE - MINISTRY OF DEFENCE")."""
    cache = doc.user_data.setdefault("geopol.lead", {})
    if n not in cache or any(e > len(doc) for _, e in cache[n]):  # (user data copied from another document)
        out = []
        for sent in doc.sents:
            if len(out) >= n:
                break
            if not in_headline(doc, sent.start_char) and not outside_text(doc, sent.start_char, sent.end_char) \
                    and any(t.pos_ in {"VERB", "AUX"} for t in sent):
                out.append((sent.start, sent.end))
        cache[n] = out
    return [span for span, _ in _spans_of(doc, ("lead", n), [(s, e, None) for s, e in cache[n]])]


def lead_when(doc: Doc, base: date | None) -> str | None:
    """The date of the article's news: the first date its lead gives for what it reports (not for
    the report: "said on Monday"), else the lead's report date, else the publication date; a point
    in time before a span ("since 2024"). A headline reports the lead's news."""
    key = "lead_when"
    if key not in doc.user_data:
        found = [(span, v) for s in lead_sentences(doc) for span, v in resolved_dates(s, base) if not v.startswith("/")]
        own = [v for span, v in found if not _reported(span) and not _describes_noun(span) and not _other_time(span)
               and _past_point(v, base) and not _long_before(v, base)]
        # (news is no later than its report: "the first due in 2030" is a schedule; nor years older than it:
        # "the government first said in 2010 ..." is the story's background, not its news)
        points = [v for v in own if "/" not in v] or [v for _, v in found if "/" not in v]  # a day before a span
        when = (points or own or [v for _, v in found] or [None])[0]
        doc.user_data[key] = when or (base.isoformat() if base else None)
    return doc.user_data[key]


# what opens a clause or phrase about an earlier or later happening than the one it hangs on
_OTHER_TIME = {"after", "before", "following", "since", "until", "till", "once"}


def _other_time(span: Span) -> Token | None:
    """The head of the clause or phrase about another happening a date is in, below the sentence's
    main verb: "retiring the fleet [after a crash in July killed four]", "[following talks in May]";
    None when the date is on the main clause. (A date that is itself the object, "after July", is a
    bound of its own, not another happening.)"""
    tok, inside = span.root, {t.i for t in span}
    for _ in range(8):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.i in inside:
            continue
        if tok.pos_ in {"VERB", "AUX"} and any(c.dep_ == "mark" and c.lower_ in _OTHER_TIME for c in tok.children):
            return tok
        if tok.dep_ == "prep" and tok.lower_ in _OTHER_TIME and tok.head.pos_ in {"VERB", "AUX", "NOUN"}:
            return tok
    return None


def _describes_noun(span: Span) -> bool:
    """Whether a date hangs on a clause that describes an object ("converting a memorandum signed six
    weeks earlier", "under the treaty that took effect in 2024"): background to the news, not the
    news (a clause on the subject is what the sentence is about: "The agreement, signed on June 3, ...")."""
    verb = verb_of(span)
    return verb is not None and verb.dep_ in {"acl", "relcl"} and verb.head.dep_ in {"dobj", "pobj", "dative"}


# verbs that date an event's first or last day, and what an event "enters" ("its second day")
_EVENT_TIME = {
    "start": {"begin", "start", "open", "break", "erupt", "launch", "kick", "commence", "flare", "resume", "convene"},
    "end": {"end", "close", "conclude", "wind", "wrap", "finish"},
    "end_nouns": {"summit", "show", "exhibition", "fair", "talks", "meeting", "session", "conference", "forum",
                  "exercise", "exercises", "drills", "parade", "expo", "visit", "tour"},
    "ongoing": {"enter", "be", "reach", "continue", "mark"},
    # verbs of an event under way "since" its first day: "has been running since Thursday"
    "running": {"run", "hold", "stage", "conduct", "continue", "last", "go", "be"},
    "parts": {"phase", "round", "leg", "stage", "session", "day"},
    "clashes": {"clash", "fighting", "war", "battle", "attack", "strike", "offensive", "skirmish", "incursion", "raid",
                "shelling", "ceasefire", "truce", "invasion"},
}
_DAYS = re.compile(r"\b(\d{1,2}|" + alternation(CARDINALS) + r")[- ]days?\b", re.I)
_NTH_DAY = re.compile(r"\b(" + alternation(ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))\s+(day|week)\b", re.I)
# how long an event that ended ran: "for three weeks", "over the five days", "after almost two weeks of drills"
_RAN_FOR = re.compile(r"\b(?:for|over|after|across|during|in)\s+(?:(?:the|almost|nearly|some|about|around|just\s+over)\s+)*"
                      r"(\d{1,2}|" + alternation(CARDINALS) + r")\s+(days|weeks)\b", re.I)


def _ran_since(sent: Span, end: str, base: date | None) -> str | None:
    """The first day of an event that ended on ``end`` (a day), from how long its sentence or a
    sentence near it in its paragraph says it ran: a span ending that day ("from Sunday to Thursday"),
    a count of days ("over the five days": the day), of weeks ("for three weeks": the month it began)."""
    near = [sent, *_paragraph_sentences(sent)[:2], *_following(sent, 2)]
    for other in near:
        for _, value in resolved_dates(other, base):
            first, _, last = value.partition("/")
            if first and last == end and len(first) == 10 and first < end:
                return first
    for other in sent.doc.sents:  # a span anywhere that ends that day ("between Sept. 12 and 16"), within a month
        for _, value in resolved_dates(other, base):
            first, _, last = value.partition("/")
            if first and last == end and len(first) == 10 and first < end and _days_before(first, end) <= 31:
                return first
    for other in near:
        m = _RAN_FOR.search(_text(other))
        n = _count(m.group(1)) if m else None
        if n and n > 1:
            if m.group(2).lower() == "days":
                return _shift(end, 1 - n)
            shifted = _shift(end, 1 - 7 * n)
            return shifted[:7] if shifted else None  # a count of weeks dates the month
    return None


_LAST_PARTS = {"closing", "final", "last", "concluding"}
_FIRST_PARTS = {"opening", "first", "initial", "inaugural"}


def _part_at(verb: Token) -> str | None:
    """ "end" when a verb's phrase places it at an event's last part ("turned up on Tuesday for the closing
    stage of X", "spoke at the final session"), "start" at its first ("at the opening session"), else None."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"for", "at", "during", "on", "in"}:
            continue
        for part in prep.children:
            if part.dep_ == "pobj" and part.lemma_.lower() in _EVENT_TIME["parts"]:
                marks = {c.lower_ for c in part.children if c.dep_ in {"amod", "compound"} and c.i < part.i}
                if marks & _LAST_PARTS:
                    return "end"
                if marks & _FIRST_PARTS:
                    return "start"
    return None


def _following(sent: Span, n: int) -> list[Span]:
    """Up to ``n`` sentences after ``sent`` in its paragraph, nearest first."""
    doc, out = sent.doc, []
    text = doc_text(doc)
    stop = text.find(_paragraph_break(doc), sent.end_char)
    stop = len(text) if stop < 0 else stop
    tok = sent.end
    while len(out) < n and tok < len(doc):
        nxt = doc[tok].sent
        if nxt.start_char >= stop:
            break
        out.append(nxt)
        tok = nxt.end
    return out


def _count(word: str) -> int | None:
    return cardinal(word) or ordinal(word)


def _shift(iso: str, days: int) -> str | None:
    day = parse_date(iso)
    return (day + timedelta(days=days)).isoformat() if day and len(iso) == 10 else None


_EDITION_NAME = re.compile(r"\b(?:1[89]|20)\d\d\b|\s[IVXLC]{2,}$|^\S+(?:st|nd|rd|th)\s", re.I)


def _within_edition(value: str, base: date | None) -> bool:
    """Whether a "since" date is a day of the current edition: a day within a month before publication."""
    first = value.split("/")[0]
    if base is None or len(first) != 10:
        return False
    days = _days_before(first, base.isoformat())
    return days is not None and 0 <= days <= 31


def _earlier_edition(verb, earlier: list[str]) -> bool:
    """Whether a date's verb tells of an earlier edition: "when the show was last held in 2021" (an adverb),
    "the previous fair, held in October 2021", "the last exercise took place in 2022" (a modifier of the
    event it is said of)."""
    if verb is None or verb.lemma_.lower() not in _words()["origin_verbs"] | _EDITION_VERBS:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in earlier for c in verb.children):
        return True
    nouns = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    nouns += [verb.head] if verb.dep_ in {"acl", "relcl"} else []
    return any(d.dep_ in {"amod", "det", "poss"} and d.lower_ in earlier for n in nouns for d in n.children)


# verbs of an edition taking place ("the previous show took place in 2021"), besides the origin verbs
_EDITION_VERBS = frozenset({"take", "run", "draw", "attract", "feature", "gather", "bring", "see"})


def _series_origin(span: Span, base: date | None, value: str, name: str) -> bool:
    """Whether a date gives when a series began, not when an edition took place: "since 1959" (for a
    name that is one edition's: "Falcon LXV", "Falcon 2024"), a verb or a subject marked "first" ("was
    first held in 1964", "the first edition was sailed in 1960"), a founding verb ("founded in 1971"),
    or a verb of starting in a clause on a noun ("the exercise that the navy launched six decades
    ago") more than two years before the article."""
    if (span[0].lower_ == "since" or span.start > 0 and span.doc[span.start - 1].lower_ == "since") \
            and _EDITION_NAME.search(name) and not _within_edition(value, base):
        return True  # (not "running since Thursday": a day of this edition)
    words = _words()
    verb = verb_of(span)
    if _earlier_edition(verb, words["earlier_words"]):
        return True
    if verb is None:
        return any(c.lower_ in words["first_words"] for t in (span.root.head,) for c in t.children if c.dep_ == "amod")
    lemma = verb.lemma_.lower()
    if lemma not in words["origin_verbs"]:
        return False
    firsts = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ in words["first_words"]]
    firsts += [g for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}  # not "the first round was held"
               and c.lemma_.lower() not in _EVENT_TIME["parts"] | {"round"} for g in c.children
               if g.dep_ == "amod" and g.lower_ in words["first_words"]]
    if firsts:
        return True
    year = re.match(r"(\d{4})", value)
    long_ago = base is not None and year is not None and base.year - int(year.group(1)) > 2
    return long_ago and (lemma in words["founding_verbs"] or verb.dep_ in {"relcl", "acl"})


def event_date(name: str, sents: list[Span], base: date | None) -> str | None:
    """When an event took place, from the sentences about it: the day it began ("broke out on
    Tuesday"), the days it ran ("wound up on Friday ... over five days", "closing a two-day summit on
    Wednesday", "a three-day summit opened on Monday", "began on Monday and ended on Thursday",
    "entered its second day on Wednesday", "the exercise runs from March 10 to March 20"), else the
    first date they give that is not a deadline ("by 2030") -- within the year the event's name
    gives, if any -- else that year. For a name without a year, dates within two years of
    publication first: "the exercise the navy launched six decades ago" is the series' start, not
    this edition's."""
    if base is not None and not _name_year(name):
        near = _event_date(name, sents, base, near=True)
        if near:
            return _begun_earlier(name, sents, base, _the_news(name, sents, base, near))
    return _begun_earlier(name, sents, base, _the_news(name, sents, base, _event_date(name, sents, base)))


# the event nouns a text calls an event by when it tells how it began ("the drills began in mid-November"),
# by kind: an event whose name has a word of one kind (or of none) takes that kind's nouns
_BEGUN_KINDS = (
    frozenset({"exercise", "exercises", "drill", "drills", "manoeuvre", "manoeuvres", "maneuver", "maneuvers",
               "wargame", "wargames", "training", "games"}),
    frozenset({"summit", "meeting", "meetings", "talks", "conference", "forum", "session", "sessions", "dialogue",
               "gathering", "show", "airshow", "exhibition", "fair", "expo", "visit", "tour", "trip"}),
    frozenset({"crisis", "coup", "putsch", "mutiny", "rebellion", "uprising", "revolt", "fighting", "clashes", "clash",
               "war", "offensive", "siege", "battle", "incursion", "invasion", "standoff", "unrest", "protests"}),
)
# kinds of event a start told of an exercise, meeting or conflict does not date
_OTHER_KINDS = frozenset({"ceremony", "parade", "treaty", "agreement", "accord", "deal", "pact", "election", "funeral",
                          "inauguration", "attack", "strike", "strikes", "raid", "bombing", "shooting", "crash", "sinking",
                          "launch", "test", "flight", "contract", "award", "referendum", "ceasefire", "truce"})
_BEGUN_WINDOW = 62  # days: a start told this long before the event's other date belongs to another
# nouns of no kind a text calls its event by once it has named it: "opened the four-day event on Wednesday",
# "the latest round began on Wednesday" (bare, or "the round of" a noun of the event's kind: _the_noun)
_ANY_KIND = frozenset({"event", "round"})
# words an event's name opens with that its text may leave out: "Exercise Talisman Sabre 2025" ... "Talisman Sabre ran"
_NAME_OPENERS = frozenset({"exercise", "operation"})
# "the six-day event", "the two-week event": the one modifier a bare "event" may have
_SPAN_OF_DAYS = re.compile(r"^\w+-(?:day|week)$")
_SPAN_UNITS = frozenset({"day", "week"})
# a visit, tour or trip begins when its guest arrives, a day or two before the day it is dated by
_JOURNEYS = frozenset({"visit", "tour", "trip"})
_ARRIVALS = frozenset({"arrive", "land"})
_ARRIVAL_WINDOW = 3  # days
# verbs whose object is what begins ("opened the show", "launched the offensive"), of _EVENT_TIME["start"]
_BEGUN_OBJECT = frozenset({"open", "launch", "start", "begin", "kick", "commence", "convene"})


def _begun_earlier(name: str, sents: list[Span], base: date | None, found: str | None) -> str | None:
    """An event dated by one day or month only (its end, its report's) whose article tells how it began
    within two months before: "The drills began in mid-November", "The crisis began early on Friday",
    "The latest round began on Wednesday" (its kind's noun or "round" as the subject), "X opened the
    four-day event on Wednesday" (the noun as the object of a verb of opening), "Exercise Y 2023 ran from
    January 12" (its own name); a visit's guest "landed late on Tuesday" (up to three days before): that
    start, through the date found."""
    if not found or not sents or "/" in found:
        return found
    words = {w.casefold() for w in re.findall(r"[\w'-]+", name)}
    kinds = [k for k in _BEGUN_KINDS if words & k]
    if not kinds and not words & _OTHER_KINDS and _in_headline_text(sents[0].doc, name):
        kinds = list(_BEGUN_KINDS)  # a name of no kind ("Yudh Abhyas 2022"): the article's own event only
    nouns = frozenset().union(*kinds, _ANY_KIND) if kinds else frozenset()
    first = _first_day(found)
    if first is None:
        return found
    stems = _name_stems(name)
    starts = set()
    for sent in sents[0].doc.sents:
        for span, value in resolved_dates(sent, base):
            verb = _day_when(span) or verb_of(span)  # "on Monday, the day the meetings opened": opened
            if verb is None or _reported(span):
                continue
            lemma = verb.lemma_.lower()
            if value.endswith("/") and len(value) > 1 and _ran_from(span, verb):
                value = value[:-1]  # "ran from January 12": its first day
            elif lemma in _ARRIVALS and words & _JOURNEYS and len(value) == 10 and verb.tag_ == "VBD" \
                    and 0 < (first - _first_day(value)).days <= _ARRIVAL_WINDOW:
                starts.add(value)  # "landed in Pyongyang late on Tuesday": the visit's first day
                continue
            elif lemma not in _EVENT_TIME["start"] or "/" in value:
                continue
            args = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}
                    or c.dep_ == "dobj" and lemma in _BEGUN_OBJECT]
            if not any(_the_noun(a, nouns) or _names(a, stems) for a in args):
                continue  # "the drills began": the one the article tells of, not "drills began" anywhere
            begun = _first_day(value)
            if begun is not None and begun < first and (_last_day(found) - begun).days <= _BEGUN_WINDOW:
                starts.add(value)
    return f"{starts.pop()}/{found}" if len(starts) == 1 else found


def _name_stem(name: str) -> str | None:
    """An event's own name less its year, casefolded ("exercise veer guardian" of "Exercise Veer Guardian
    2023"), where it is a name (capitalised, two words or more); else None."""
    stem = re.sub(r"\s*(?:1[89]|20)\d\d$", "", name).strip()
    return stem.casefold() if len(stem.split()) >= 2 and stem[:1].isupper() else None


def _name_stems(name: str) -> tuple[str, ...]:
    """The ways a text may name an event once named: its stem ("exercise talisman sabre") and the stem less
    an opening "Exercise" or "Operation" ("talisman sabre", "balikatan")."""
    stem = _name_stem(name)
    if stem is None:
        return ()
    words = stem.split()
    return (stem, " ".join(words[1:])) if words[0] in _NAME_OPENERS else (stem,)


def _names(tok: Token, stems: tuple[str, ...]) -> bool:
    """Whether a subject or object's phrase names the event by one of its ``stems``, as whole words."""
    text = _text(tok.doc[tok.left_edge.i:tok.right_edge.i + 1]).casefold()
    return any(re.search(rf"(?<!\w){re.escape(s)}(?!\w)", text) for s in stems)


def _the_noun(tok: Token, nouns: frozenset) -> bool:
    """Whether a subject or object is one of ``nouns`` with "the": "the drills", "the four-day event". A noun
    of no kind only as the event's own: "event" bare ("the event", "the six-day event", not "the new runway
    event at Tindal"), "round" with no "of" or of a noun of the event's kind ("the latest round of talks",
    not "the latest round of strikes" beside a summit)."""
    if tok.lower_ not in nouns or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    if tok.lower_ == "event":
        return all(c.dep_ == "det" and c.lower_ == "the" or _span_of_days(c) for c in tok.children)
    if tok.lower_ == "round":
        kinds = nouns - _ANY_KIND
        return all(o.lower_ in kinds for o in prep_objects(tok, "of")) \
            and not any(c.dep_ == "prep" and c.lower_ == "of" and not any(o.dep_ == "pobj" for o in c.children)
                        for c in tok.children)
    return True


def _span_of_days(tok: Token) -> bool:
    """Whether a modifier is a span of days or weeks: "six-day" (one token or "six" "-" "day")."""
    if _SPAN_OF_DAYS.match(tok.lower_):
        return True
    return tok.dep_ == "compound" and tok.lower_ in _SPAN_UNITS \
        and any(c.dep_ == "nummod" for c in tok.children) \
        and all(c.dep_ in {"nummod", "punct"} for c in tok.children)


def _ran_from(span: Span, verb: Token) -> bool:
    """Whether an open span ("from January 12") is the first day of a verb of running in the past: "the
    exercise ran from January 12" (not "has been under way since", read elsewhere, nor a schedule)."""
    return span[0].lower_ == "from" and verb.lemma_.lower() in _EVENT_TIME["running"] and verb.tag_ == "VBD"


# what names an event as the occasion of a happening: "at the X", "during X", "on the sidelines of X",
# "on the margins of X", "the week of X"
_OCCASION_PREPS = frozenset({"at", "during"})
_OCCASION_NOUNS = frozenset({"sidelines", "sideline", "margins", "margin", "week"})
_EARLIER_ADVERBS = frozenset({"first", "previously", "once", "earlier", "already", "formerly", "originally", "last"})
_OCCASION_WINDOW = 45  # days: the lead's news this near the report is this edition's time


def occasion_date(span: Span, base: date | None) -> str | None:
    """The month of a catalogued recurring event (a show, a summit, an exercise) that no sentence dates,
    where the text names it as the occasion of a past happening ("Seoul announced it on the sidelines of
    the World Defense Show", "at the Teknofest fair ... had said"): the date its clause gives, else
    the lead's news, if that lies near the report (the edition the article reports on). Not a
    future occasion ("he is expected at the summit"), not the occasion of another clause's date."""
    if base is None:
        return None
    root = span.root
    while root.dep_ == "compound" and root.head.i > root.i:  # "the Eurosatory exhibition"
        root = root.head
    prep = root.head if root.dep_ == "pobj" else None
    if prep is not None and prep.lower_ == "of" and prep.head.lower_ in _OCCASION_NOUNS:
        prep = prep.head.head if prep.head.dep_ == "pobj" else prep.head
    elif prep is None or prep.lower_ not in _OCCASION_PREPS:
        return None
    if prep.i > span.sent.start + 1 and span.doc[prep.i - 1].text == ",":  # "announced in February, during the show"
        beside = [v for d, v in resolved_dates(span.sent, base) if d.end == prep.i - 1 and "/" not in v]
        if beside and len(beside[0]) >= 7:
            return beside[0][:7]
    verb = next((t for t in (prep, *prep.ancestors) if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return None
    told = [d for d, _ in expressions(span.sent)]
    if any(c.dep_ == "advmod" and c.lower_ in _EARLIER_ADVERBS and not any(d.start <= c.i < d.end for d in told)
           for c in verb.children):
        return None  # "first showed the gun at the show": an earlier edition
    verbs = {verb.i}
    if verb.dep_ in {"advcl", "relcl"} and any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
        verbs.add(verb.head.i)  # "last seen on 29 August, when he addressed the forum": the day of the clause it tells of
    own = [v for d, v in resolved_dates(span.sent, base) if (vb := verb_of(d)) is not None and vb.i in verbs
           and "/" not in v and not v.startswith("/")]
    if own:  # (also of a schedule: "early next month he is expected at the meeting")
        return own[0][:7] if len(own[0]) >= 7 else None
    if verb.tag_ in {"VB", "VBP", "VBZ"} and not any(c.dep_ == "aux" for c in verb.children) or _clause_future(span):
        return None  # (a present "is held at" or a future: a schedule, not the edition reported)
    news = lead_when(span.doc, base)
    first = _first_day(news) if news and "/" not in news and len(news) >= 7 else None
    if first is None or abs((first - base).days) > _OCCASION_WINDOW:
        return None
    return news[:7]


def _day_when(span: Span) -> Token | None:
    """The verb of a day a date is set beside ("on Monday, the day the meetings opened" -> opened)."""
    doc, i = span.doc, span.end
    if i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "the" \
            and doc[i + 2].lower_ in {"day", "date", "morning", "evening"}:
        return next((c for c in doc[i + 2].children if c.dep_ in {"relcl", "acl"} and c.pos_ == "VERB"), None)
    return None


def _in_headline_text(doc: Doc, name: str) -> bool:
    """Whether the headline names the event (its name less a year: "Yudh Abhyas" of "Yudh Abhyas 2022")."""
    stem = re.sub(r"\s*(?:1[89]|20)\d\d$", "", name).strip()
    return bool(stem) and any(in_headline(doc, m.start())
                              for m in re.finditer(rf"(?<!\w){re.escape(stem)}(?!\w)", doc_text(doc)))


def _first_day(value: str) -> date | None:
    return parse_date(value if len(value) == 10 else (value + "-01-01")[:10])


def _last_day(value: str) -> date:
    return day(value, end=True)


def _the_news(name: str, sents: list[Span], base: date | None, found: str | None) -> str | None:
    """An unnamed event the headline or the lead tells of without a date of its own ("in the afternoon
    they joined a street parade", "Leaders meet in first summit") is the news, on the lead's day: not dated by a later paragraph's other edition ("the
    2023 parade had been the first in ten years") or an earlier manoeuvre ("In January it refused to
    host CSTO manoeuvres")."""
    if base is None or not sents or re.search(r"[A-Z]", name):  # a named event keeps its own schedule
        return found  # ("a crash during drills ahead of Freedom Shield")
    lead = {s.start for s in lead_sentences(sents[0].doc, 2)}
    told = [s for s in sents if s.start in lead or in_headline(s.doc, s.start_char)]  # the headline's event too
    if sents[0].start not in lead and _GIVEN_EVENT.search(_text(sents[0])):
        told.append(sents[0])  # first told of as known ("Biden called the meeting historic"): the news's
    if not told or any(_event_dates(s, name, base) for s in told):
        return found
    news = lead_when(sents[0].doc, base)
    year = _name_year(name)
    if not news or "/" in news or len(news) < 10 or year and not news.startswith(year.group(1)):
        return found
    if found is None or _within(news, found):
        return found
    return news


# an event noun with the definite article and no modifier of its own: one the reader already knows of
_GIVEN_EVENT = re.compile(rf"\b[Tt]he\s+(?:{_NEWS_EVENTS})\b(?!\s+(?:of|in|on|at)\b)")


def _within(day: str, value: str) -> bool:
    """Whether a day lies in a date or span ("2024-10" holds "2024-10-01")."""
    if "/" in value:
        start, end = value.split("/")
        return (not start or start[:len(day)] <= day) and (not end or day[:len(end)] <= end)
    return day.startswith(value) or value.startswith(day)


def _event_date(name: str, sents: list[Span], base: date | None, near: bool = False) -> str | None:
    lex = _EVENT_TIME
    year = _name_year(name)

    def fits(value: str) -> bool:
        if near and base is not None and not (value[:4].isdigit() and abs(int(value[:4]) - base.year) <= 2):
            return False
        return not value.startswith("/") and (year is None or value.startswith(year.group(1)))

    for sent in sents:
        counted = _counted_from(sent, name, base)
        if counted and fits(counted):
            return counted
    told = None if year else _year_with_name(name, sents)
    if told and fits(told):
        return told
    start = end = None
    for sent in sents:
        found = _event_dates(sent, name, base)
        closing = _closes_event(sent, name)
        length = _length_in(sent, name)
        first = True
        for span, value in found:
            ran_until = _ran_until(span, value)  # "the drills ran until Friday": the day they ended
            value = ran_until or value
            if not fits(value) or _reported(span) or _series_origin(span, base, value, name):
                continue
            verb = verb_of(span)
            lemma = verb.lemma_.lower() if verb is not None else ""
            if lemma == "wound" and any(c.dep_ == "prt" and c.lower_ in {"up", "down"} for c in verb.children):
                lemma = "wind"  # "wound down on Thursday" (the tagger's lemma is the noun's)
            if lemma == "get" and any(c.lower_ == "under" and any(w.lower_ == "way" for w in c.children)
                                     for c in verb.children):
                lemma = "start"  # "got under way on Monday"
            if _comes_to_end(verb):
                lemma = "end"  # "came to an end on Friday"
            if verb is not None and verb.dep_ in {"relcl", "acl"} and verb.head.pos_ != "PROPN" \
                    and (verb.head.lemma_.lower() not in lex["end_nouns"] | lex["clashes"]
                         or _other_journey(verb.head.lemma_.lower(), name, verb.head.lower_)):
                lemma = ""  # "closing a chapter that opened in 1969": what began is no event; nor "the summit was the
                # centrepiece of a state visit that began on Wednesday": the journey's start, not the summit's
            part = _part_at(verb) if verb is not None else None  # "on Tuesday for the closing stage of X"
            lemma = {"end": "end", "start": "start"}.get(part, lemma)
            if ran_until and lemma:
                lemma = "end"
            if lemma in lex["start"] | lex["end"] and _begins_other(verb, name):
                lemma = ""  # "agreed to start building rockets next year": no start of the talks
            nth = _NTH_DAY.search(_text(sent))
            if nth and (lemma in lex["ongoing"] or _nth_day_of_event(sent, name)) and (n := _count(nth.group(1))):
                if nth.group(2).lower().startswith("week"):
                    shifted = _shift(value, 7 * (1 - n))
                    start = start or (shifted[:7] if shifted else None)  # a week count dates the month
                else:
                    start = start or _shift(value, 1 - n)
            elif lemma in lex["start"]:
                start = start or value
                until = _until_day(sent, base)
                if until and until > value and not end:  # "began last Friday and runs until Feb. 27"
                    end = until
                elif length and length > 1 and not end:  # "a three-day summit opened on Monday"
                    end = _shift(value, length - 1)
            elif lemma in lex["end"] or closing and first and not _in_relative(verb):
                end = end or value
                if length and length > 1:
                    start = start or _shift(value, 1 - length)
                elif not start and len(value) == 10:
                    start = _ran_since(sent, value, base)
            elif "/" in value and all(value.split("/")) and verb is not None \
                    and (_event_subject(verb, name) or _event_object(verb, name) or _event_noun_span(verb, name)):
                start, end = start or value.split("/")[0], end or value.split("/")[1]  # "the drill runs from X to Y"
            elif value.endswith("/") and _within_edition(value, base) and verb is not None \
                    and lemma in lex["running"] and any(c.dep_ == "aux" for c in verb.children):
                start = start or value[:-1]  # "the exercise Russia has been running since Thursday"
            elif not first:
                continue
            first = False  # the sentence's first date, and any other on a verb of beginning or ending
    if (start is None) != (end is None) and len(start or end) == 10:
        n = _stated_length(sents, name)  # "closed the summit on Friday ... The two-day gathering ..."
        if n and n > 1:
            start, end = (start, _shift(start, n - 1)) if start else (_shift(end, 1 - n), end)
    if start and end and start < end:
        return f"{start}/{end}"
    if start or end:
        return start or end
    for sent in sents:
        phrase = _own_phrase(sent, name)
        mine = [sent.doc[i] for i in sorted(phrase)]
        found = [(span, v) for span, v in _event_dates(sent, name, base, phrase)
                 if fits(v) and not _series_origin(span, base, v, name) and not _record_since(span, v)
                 and (mine and _set_off_after(span, mine)
                      or not _describes_other(span, name) and not _other_clause(span, name))]
        # a date told in the event's own phrase ("the Euronaval show in October 2024") before the sentence's others
        found.sort(key=lambda x: not _in_own_phrase(x[0], phrase))
        when = ([v for span, v in found if not _reported(span)] or [v for _, v in found] or [None])[0]
        if when:
            return when
    for sent in sents:  # "the 2024 edition of the forum", "the forum's 2024 edition"
        edition = _EDITION_YEAR.search(_text(sent))
        if edition and fits(edition.group(1)):
            return edition.group(1)
    season = _season_span(name, sents, base, year)
    if season:
        return season
    return year.group(1) if year else None


_SPAN = re.compile(r"(\d{4})-\d\d(?:-\d\d)?/(\d{4})-\d\d(?:-\d\d)?")


def _season_span(name: str, sents: list[Span], base: date | None, year: re.Match | None) -> str | None:
    """A span of days or months a sentence naming the event gives for it, begun in the year before the
    one its name carries ("Exercise Sahel Shield 2025, held between 20 October and 12 November 2024": a
    season's or fiscal year's label, not the time it ran), or None."""
    if not year:
        return None
    named = int(year.group(1))
    for sent in sents:
        if not _named_in(sent, name):
            continue
        for span, value in _event_dates(sent, name, base):
            m = _SPAN.fullmatch(value)
            if m and int(m.group(1)) == named - 1 and int(m.group(2)) in {named - 1, named} and not _reported(span) \
                    and not _series_origin(span, base, value, name) and not _describes_other(span, name) \
                    and not _other_clause(span, name):
                return value
    return None


# what a verb of ending may close besides an event noun: a part of the event (``_EVENT_TIME["parts"]``: "wrapped up
# the live-fire phase of its Han Kuang exercise"), a count of its days ("closing ten days of manoeuvres", "wrapped
# up two days of talks"), an edition
_CLOSED_PARTS = frozenset(_EVENT_TIME["parts"] | {"days", "week", "weeks", "edition"})


def _closes_event(sent: Span, name: str) -> bool:
    """Whether a sentence ends the event: a verb of ending ("closed", "wrapped up", "came to an end") whose object
    or subject is an event noun ("closed the summit"), the event itself ("closed DIMDEX 2024"), a part of it ("the
    final phase of the drill") or a count of its days ("wrapped up two days of talks", "closing ten days of
    manoeuvres"): the sentence's first day is the event's last."""
    for t in sent:
        if t.lemma_.lower() not in _EVENT_TIME["end"] and not _comes_to_end(t):
            continue
        for c in t.children:
            if c.dep_ not in {"dobj", "nsubj", "nsubjpass"}:
                continue
            lemma = c.lemma_.lower()
            if lemma in _EVENT_TIME["end_nouns"] or _own_event_ref(c, name):
                return True
            if (lemma in _CLOSED_PARTS or c.lower_ in _CLOSED_PARTS) and any(
                    p.dep_ == "prep" and p.lower_ == "of" for p in c.children):
                return True
    return False


def _comes_to_end(verb: Token | None) -> bool:
    """ "came to an end", "comes to a close": a verb of coming whose "to" phrase is an end."""
    return verb is not None and verb.lemma_.lower() == "come" and any(o.lower_ in {"end", "close"} for o in prep_objects(verb, "to"))


def _nth_day_of_event(sent: Span, name: str) -> bool:
    """Whether a sentence counts a day of the event ("on the third day of their annual meeting", "on the second day
    of the exercise"): an ordinal day whose "of" phrase is the event, not a journey it was part of: the sentence's
    day is that day of it."""
    for t in sent:
        if t.lower_ != "day" or not any(c.dep_ == "amod" and _count(c.text) for c in t.children):
            continue
        for p in t.children:
            if p.dep_ == "prep" and p.lower_ == "of" and any(
                    o.dep_ == "pobj" and _own_event_ref(o, name) and not _other_journey(o.lemma_.lower(), name, o.lower_)
                    for o in p.children):
                return True  # (not "the second day of Macron's three-day visit" for a ceremony held in it)
    return False


def _ran_until(span: Span, value: str) -> str | None:
    """The day an event ended, told by a past verb of running or ending up to an "until"/"till" day
    ("the exercise ran until Friday", "which continued until 14 March"): that day; else ``None`` (a
    present "runs until Friday" is a schedule; an open span of months or years ends nothing told)."""
    if not (value.startswith("/") and len(value) == 11) or span[0].lower_ not in {"until", "till"}:
        return None
    verb = verb_of(span)
    if verb is None or verb.tag_ != "VBD" or verb.lemma_.lower() not in _EVENT_TIME["running"] | _EVENT_TIME["end"]:
        return None
    return value[1:]


_YEAR_BEFORE = re.compile(r"\b((?:1[89]|20)\d\d)\s+$")
# an apposition that names the event by its year: "Operation X, Kenya's 2011 incursion into Somalia"
_YEAR_APPOSED = re.compile(r",\s+(?:the\s+|an?\s+)?(?:[\w'\u2019-]+\s+){0,2}?((?:1[89]|20)\d\d)\s+[a-z]")


def _year_with_name(name: str, sents: list[Span]) -> str | None:
    """The year a text writes beside a named event without a year in its name: just before its name
    ("during the 2017 battle of Marawi") or opening an apposition to it ("Operation Linda Nchi, Kenya's 2011
    incursion into southern Somalia"). A war or battle told of as background keeps its own year, not the
    article's."""
    pattern = re.compile(re.escape(name), re.I)
    for sent in sents:
        text = _text(sent)
        for m in pattern.finditer(text):
            before = _YEAR_BEFORE.search(text[:m.start()])
            after = _YEAR_APPOSED.match(text[m.end():])
            if before or after:
                return (before or after).group(1)
    return None


# a journey that holds events of its own: its length is not theirs ("a two-day visit to France, which ended
# on Friday with the parade": the parade took one day)
_JOURNEYS = {"visit", "trip", "tour", "journey", "stay", "swing"}


def _length_in(sent: Span, name: str) -> int | None:
    """The days a sentence gives the event ("a three-day summit opened on Monday", "wound up after five
    days"), not the length of a journey the event was part of, unless the event is that journey."""
    days = _DAYS.search(_text(sent))
    if not days:
        return None
    at = sent.start_char + days.end() - 1
    tok = next((t for t in sent if t.idx <= at < t.idx + len(t)), None)
    while tok is not None and tok.dep_ in {"amod", "compound", "nummod", "npadvmod", "punct"} and tok.head is not tok:
        tok = tok.head
    if tok is not None and _other_journey(tok.lemma_.lower(), name, tok.lower_):
        return None
    return _count(days.group(1))


def _other_journey(noun: str, name: str, form: str = "") -> bool:
    """Whether a length's noun (lemma ``noun``, as written ``form``) is a journey's and the event ``name``
    is not that journey ("a two-day visit ... ended with the parade"; not the "State Visit" itself)."""
    named = {w.casefold() for w in re.findall(r"[\w-]+", name)}
    return noun in _JOURNEYS and noun not in named and form not in named


# a year in an event's name: not the number of a designation written with a short capital prefix
# ("a KJ-2000 aircraft led the flypast", "S-300"), which is no year ("Zapad-2021", "Army-2022" are editions)
_NAME_YEAR = re.compile(r"(?<!\w)(?<!\b[A-Z]-)(?<!\b[A-Z]{2}-)(?<!\b[A-Z]{3}-)((?:1[89]|20)\d\d)\b")


def _name_year(name: str) -> re.Match | None:
    """The year an event's name writes ("Vostok 2022", "Zapad-2021"), not a designation's number ("KJ-2000").

    >>> [bool(_name_year(n)) for n in ("Vostok 2022", "Zapad-2021", "ARMY-2022", "KJ-2000", "S-300", "parade of 2019")]
    [True, True, True, False, False, True]
    """
    return _NAME_YEAR.search(name)


def _describes_other(span: Span, name: str) -> bool:
    """Whether a date lies in a clause describing a noun that is not the event ("named after two rulers, both
    of whom died last year"; "the talks ..., whose envoys signed a pledge on 11 May"): that clause's time is
    its noun's, not the event's ("the summit, which opened on Monday" is the event's own)."""
    verb = verb_of(span)
    clause = next((t for t in (verb, *verb.ancestors) if t.dep_ in {"relcl", "acl"}), None) if verb is not None else None
    if clause is None or span.start > span.sent.start and span.doc[span.start - 1].text == ",":
        return False  # (", on Saturday" after a clause is set off from it: the parser's attachment is a guess)
    words = {w for w in re.findall(r"[\w-]+", name.casefold()) if len(w) > 2}
    if clause.head.lemma_.lower() in _EVENT_TIME["end_nouns"] | _EVENT_TIME["clashes"]:
        return False  # "the exercise, which began on Monday"
    # a word of the event's name inside the clause ("the gun, unveiled at the Eurosatory show in 2022"); not
    # another event noun ("the types that have carried the air war since 2022" is no date of the summit)
    return not any(t.lower_ in words for t in (clause.head, *clause.subtree))


def _in_relative(verb: Token | None) -> bool:
    """Whether a date's verb lies in a clause describing a noun ("closed with a declaration that welcomed
    the talks, whose envoys signed a truce on 2 March"): its time is that clause's, not the closing's."""
    return verb is not None and any(t.dep_ in {"relcl", "acl"} for t in (verb, *verb.ancestors))


def _event_subject(verb: Token, name: str) -> bool:
    """Whether a verb's subject is the event: its name, or an event noun ("the annual exercise")."""
    low = name.casefold()
    for c in verb.children:
        if c.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        if c.lemma_.lower() in _EVENT_TIME["end_nouns"] or c.pos_ == "PROPN" and c.text.casefold() in low:
            return True
    return False


def _event_object(verb: Token, name: str) -> bool:
    """Whether a verb of putting on an event (``cues.yaml`` ``time.event_host_verbs``: "hosted", "held")
    has the event as its object: a word of its name, proper noun or its kind's noun ("hosted the summit"
    of "the Sahel Defence Summit")."""
    verbs = set(_words()["event_host_verbs"])
    if verb.lemma_.lower() not in verbs and verb.lower_ not in verbs:
        return False
    low = set(re.findall(r"\w+", name.casefold()))
    for c in verb.children:
        if c.dep_ != "dobj":
            continue
        for obj in [c, *(x for x in c.children if x.dep_ == "conj")]:
            kind = {obj.lemma_.lower(), obj.lower_} & _EVENT_TIME["end_nouns"]
            if obj.pos_ == "PROPN" and obj.lower_ in low or kind and obj.lower_ in low:  # "held talks": no summit
                return True
    return False


def _event_noun_span(verb: Token, name: str) -> bool:
    """Whether a verb of running over days (``cues.yaml`` ``time.event_span_verbs``: "ran", "running", "took place")
    opens a clause set on the event's own noun ("the show, which ran from March 18 to 21"; "the fourth edition of
    the fair, running from 3 to 6 June"): a word of the event's name, or, for a name without an event noun
    ("DIMDEX 2024"), a noun an event is called by; not one another name modifies ("CSTO manoeuvres"), nor talks,
    visits or meetings held beside the event."""
    words = _words()
    if verb.dep_ not in {"relcl", "acl"} or verb.lemma_.lower() not in words["event_span_verbs"]:
        return False
    if verb.lemma_.lower() == "take" and not any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children):
        return False
    noun = verb.head
    if noun.lemma_.lower() in words["edition_nouns"]:  # "the 18th edition of the show"
        noun = next(iter(prep_objects(noun, "of")), noun)
    if noun.pos_ != "NOUN" or not _own_event_ref(noun, name):
        return False
    own = set(re.findall(r"[a-z]+", name.casefold()))
    said = {noun.lemma_.lower(), noun.lower_}
    kinds = [set(nouns) for nouns in lexicon()["event_kinds"].values() if own & set(nouns)]
    if kinds or own & (_EVENT_TIME["end_nouns"] | _GATHERINGS):  # a name with its own noun ("Sahel Defence Summit",
        return bool(said & own or any(said & k for k in kinds))  # "Baltic Expo"): that noun or one of its kind
    return not said & _BESIDE_NOUNS


# nouns of a happening held beside an event rather than the event itself ("talks ran from May 3 to 5")
_BESIDE_NOUNS = frozenset({"talks", "meeting", "session", "visit", "tour", "ceremony", "consultations", "training",
                           "celebration", "event"})


# an event's length written before its noun ("the two-day gathering", "a 10-day drill")
_LENGTH_NOUN = re.compile(r"\b(\d{1,2}|" + alternation(CARDINALS) + r")-day\s+(?:[a-z-]+\s+)?(?:"
                          + "|".join(sorted(_EVENT_TIME["end_nouns"] | {"gathering", "drill", "event", "trip",
                                                                        "programme", "games"})) + r")\b", re.I)


def _stated_length(sents: list[Span], name: str = "") -> int | None:
    """The days an event lasted, as a sentence about it writes before its noun ("The two-day gathering"),
    not a journey's the event was part of ("a two-day visit ... ended with the parade"), unless it is the
    journey."""
    for sent in sents:
        for m in _LENGTH_NOUN.finditer(_text(sent)):
            if _other_journey(m.group(0).split()[-1].lower(), name):
                continue
            return _count(m.group(1))
    return None


def _until_day(sent: Span, base: date | None) -> str | None:
    """The day an "until"/"through" phrase of the sentence ends at ("runs until Feb. 27"), if a day."""
    for span, value in resolved_dates(sent, base):
        if span[0].lower_ in {"until", "till", "through"} and value.startswith("/") and len(value) == 11:
            return value[1:]
    return None


def _event_dates(sent: Span, name: str, base: date | None,
                 phrase: set[int] | None = None) -> list[tuple[Span, str]]:
    """The dates a sentence gives that may date the event ``name``: not those of another event; "a day
    before the ceremony" counts from the ceremony's day, which is what it gives of this ceremony. ``phrase``:
    the event's own noun phrase in the sentence (:func:`_own_phrase`), where the caller has it already."""
    doc = sent.doc
    cache = doc.user_data.setdefault("geopol.event_dates", {})  # (never serialised: Docs stay in process)
    key = (sent.start, sent.end, name, base)
    if key not in cache:  # (the event's date reads each sentence several times: once per reading of it)
        cache[key] = [(span.start, span.end, value) for span, value in _dates_of_event(sent, name, base, phrase)]
    return _spans_of(doc, ("event_dates", key), cache[key])


def _dates_of_event(sent: Span, name: str, base: date | None, phrase: set[int] | None) -> list[tuple[Span, str]]:
    kind = name.casefold().split(",")[0].split()[-1:]
    mine = _named_in(sent, name)
    phrase = _own_phrase(sent, name) if phrase is None else phrase
    out = _noun_days(sent, phrase, base)  # "the April 1 air strike": its day, first
    for span, value in resolved_dates(sent, base):
        if (_other_event(span, name) or "/" not in value and _other_happening(span)) \
                and not (span.start - 1 in phrase and span[0].lower_ in {"in", "on", "during"}):
            continue  # (not a date written right after the event's phrase: "follows the X drills in August")
        if mine and all(_distance(span.root, t) >= 3 for t in mine) and not _set_off_after(span, mine):
            continue  # "Reforger in 1988, ...; NATO's Trident Juncture in 2018 mustered ...": another clause's date
        text = _text(span).strip()
        if _BEFORE_EVENT.fullmatch(text) and kind and text.split()[-1].casefold() == kind[0]:
            value = _event_anchor(sent, kind[0], base) or value  # (counted from another event: as it is)
        out.append((span, value))
    return out


_PHRASE_DEPS = frozenset({"compound", "amod", "nmod", "nummod"})
_DAY_WRITTEN = re.compile(rf"\b(?:{_MONTH_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?"
                          rf"(?:{_MONTH_RE})\b", re.I)


def _own_phrase(sent: Span, name: str) -> set[int]:
    """The token indices of the event's own noun phrase in a sentence: the capitalised words and numbers that
    spell its name and the nouns they modify ("Euronaval" and "show" of "the Euronaval naval show", "Operation"
    and "1027"); for a name of common words ("air strike"), the sentence's nouns of its kind (its last word).
    Worked out once per sentence and name (each call gets its own set)."""
    cache = sent.doc.user_data.setdefault("geopol.own_phrase", {})  # (never serialised: Docs stay in process)
    key = (sent.start, sent.end, name)
    if key not in cache:
        cache[key] = frozenset(_phrase_of(sent, name))
    return set(cache[key])


def _phrase_of(sent: Span, name: str) -> set[int]:
    words = {w for w in re.findall(r"[^\W_]+", name.casefold()) if len(w) > 2 or any(c.isdigit() for c in w)}

    def spelt(toks: list[Token]) -> set[str]:
        return {w for t in toks for w in re.findall(r"[^\W_]+", t.lower_)} & words

    runs: list[list[Token]] = [[]]
    for t in sent:  # runs of the name's words ("Joint Sword-2024B"), a hyphen inside them
        if spelt([t]) and t.ent_type_ not in _STATE_TYPES or runs[-1] and t.text == "-":
            runs[-1].append(t)
        elif runs[-1]:
            runs.append([])
    runs = [r for r in runs if any(t.text[:1].isupper() and t.pos_ in {"PROPN", "ADJ", "NOUN"} for t in r)]
    best = max((len(spelt(r)) for r in runs), default=0)
    # the runs that spell most of the name: not "Joint Sword-2024A" for "Joint Sword-2024B"
    mine = [t for r in runs if len(spelt(r)) == best for t in r if t.text != "-"]
    out = {t.i for t in mine}
    for t in mine:
        head = t
        for _ in range(4):
            if head.dep_ not in _PHRASE_DEPS or head.head.i <= head.i or head.head.pos_ not in {"NOUN", "PROPN"}:
                break
            head = head.head
            out.add(head.i)
    if not mine:
        kind = name.casefold().split(",")[0].split()[-1:]
        out = {t.i for t in sent if t.pos_ == "NOUN" and kind and kind[0] in {t.lower_, t.lemma_.lower()}}
    return out


def _in_own_phrase(span: Span, phrase: set[int]) -> bool:
    """Whether a date is told on the event's own noun phrase: written right after it ("the Euronaval show in
    October 2024", "the G20 summit in September") or attached to one of its words by the parser."""
    if not phrase:
        return False
    if span.start - 1 in phrase and span[0].lower_ in {"in", "on", "during"}:
        return True
    root = span.root
    if root.dep_ in _PHRASE_DEPS and re.fullmatch(r"(?:19|20)\d\d", span.text.strip()):
        return False  # the edition's year in the name ("Army Day 2026"), not a date told of the event
    return root.head.i in phrase and root.head.i != root.i \
        and root.dep_ in {"prep", "npadvmod", "pobj", "appos"} | _PHRASE_DEPS


def _noun_days(sent: Span, phrase: set[int], base: date | None) -> list[tuple[Span, str]]:
    """The days written as a modifier of the event's noun ("the April 1 air strike", "Israel's September 9
    strike"): the event's day. (:func:`expressions` leaves a noun's date modifier out, as "a 2021 contract"
    names a thing; a day and month before an event noun is when it happened.)"""
    doc, out = sent.doc, []
    if not phrase:
        return out
    for ent in _dates_in(sent):
        root = ent.root
        if root.i in phrase and root.i == ent.end - 1 and ent.end - ent.start > 1:
            ent = doc[ent.start:root.i]  # "The May 9 parade" read as one date: the day before the event's noun
            root = ent.root
        if root.dep_ not in _MODIFIER or root.head.i < ent.end or root.head.i not in phrase \
                or not _DAY_WRITTEN.search(ent.text) or in_headline(doc, ent.start_char) \
                or outside_text(doc, ent.start_char, ent.end_char):
            continue
        verb = root.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        # "The May 9 parade ... will be smaller this year": this year's day, ahead of the report
        value = resolve_expression(ent.text, base, future=verb.pos_ in {"VERB", "AUX"} and _ahead(verb))
        if value and len(value) == 10:
            out.append((ent, value))
    return out


_SET_OFF_WORDS = frozenset({"which", "that", "was", "were", "is", "are", "had", "has", "been"})


def _set_off_after(span: Span, mine: list[Token]) -> bool:
    """Whether a date follows the event's name in a clause set off by a comma that tells when it ran
    ("Exercise X, held 3-14 March", "the X show, which ran from 3 to 14 March"): the event's own date,
    however the parser attached the clause."""
    last = max(t.i for t in mine)
    between = span.doc[last + 1:span.start]
    if not 2 <= len(between) <= 4 or between[0].text != ",":
        return False
    words = list(between)[1:]
    verbs = [t for t in words if t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in
             _EVENT_TIME["running"] | _EVENT_TIME["start"] | _EVENT_TIME["end"] and t.lower_ not in _SET_OFF_WORDS]
    return len(verbs) == 1 and all(t in verbs or t.lower_ in _SET_OFF_WORDS for t in words)


def _other_happening(span: Span) -> bool:
    """Whether a date is in a clause that starts a state the sentence tells of, not a happening it
    reports: "has revived large parades [since taking office in 2022]", "[since the ministers met in
    May] the drills have grown" (:func:`_other_time`); not a noun's ("since the summit on May 4": it may
    be the event's own)."""
    head = _other_time(span)
    earlier = {"since"}  # ("after a crash in July killed four" may date the event the crash was part of)
    if head is None:
        return False
    if head.pos_ in {"VERB", "AUX"}:  # "after the ministers met in January"
        return any(c.dep_ == "mark" and c.lower_ in earlier for c in head.children)
    # "since taking office in 2022"; not a noun's time, which may be the event's own ("after the summit on May 4")
    return head.lower_ in earlier and any(c.dep_ == "pcomp" and c.pos_ in {"VERB", "AUX"} for c in head.children)


def _named_in(sent: Span, name: str) -> list[Token]:
    """The sentence's proper nouns that spell a word of the event's name, not a state's ("Trident" and
    "Juncture" of "Trident Juncture 2018", not "Norway" of "the Norway summit")."""
    words = {w for w in re.findall(r"[\w-]+", name.casefold()) if len(w) > 2 and not w.isdigit()}
    toks = tokens(sent.doc)
    return [toks[i] for i in range(sent.start, sent.end)
            if toks[i].pos_ == "PROPN" and toks[i].lower_ in words and toks[i].ent_type_ not in _STATE_TYPES]


# named-entity types of a state or a people (the recogniser tags many an exercise's name LOC: "Northern Shield")
_STATE_TYPES = {"GPE", "NORP", "Country"}


_EDITION_YEAR = re.compile(r"(?:\bthe|'s|\bits|\bthis)\s+((?:1[89]|20)\d\d)\s+(?:edition|iteration|instalment|installment)"
                           r"\b(?!\s+(?:was|had|drew|saw)\b)", re.I)


# named-entity types of a place or a people: "Europe's biggest fair", "the Paris summit" are the event's place
_PLACE_TYPES = {"GPE", "LOC", "NORP", "FAC", "Place", "Country"}


# "on Sunday, a day after the Niamey summit": the event named after the count was that many days off
_COUNTED = re.compile(rf"\b({_COUNT})\s+(day|week)s?\s+(after|before)\s+"
                      r"(?:the|its|their|this|that|last)\s+([^,.;:]+)", re.I)


def _counted_from(sent: Span, name: str, base: date | None) -> str | None:
    """The day of an event a sentence counts from a date it gives ("met on Sunday, a day after the
    Niamey summit" -> the summit was on Saturday), when the counted phrase names the event (its
    kind noun ends the name)."""
    text = _text(sent)
    kind = name.casefold().split(",")[0].split()[-1:] or [""]
    for m in _COUNTED.finditer(text):
        words = re.findall(r"[\w-]+", m.group(4).casefold())
        if not kind[0] or kind[0] not in words[:6]:
            continue
        at = sent.start_char + m.start()
        before = [(span, v) for span, v in resolved_dates(sent, base) if span.end_char <= at and len(v) == 10]
        if not before:
            continue
        n = _count(m.group(1)) or (1 if m.group(1).lower() in {"a", "an"} else None)
        if n is None:
            continue
        days = n * (7 if m.group(2).lower() == "week" else 1) * (-1 if m.group(3).lower() == "after" else 1)
        return _shift(before[-1][1], days)
    return None


def _of_other_edition(span: Span) -> bool:
    """Whether a date expression hangs on an event noun of another edition ("the inaugural meeting in
    Miami in 1994", "the previous summit in 2022"; ``other_edition`` in the lexicon)."""
    from ..mentions.lexicon import lexicon

    cues = set(lexicon()["other_edition"])
    tok = span.root
    for _ in range(4):
        if tok.head.i == tok.i or tok.pos_ in {"VERB", "AUX"}:
            return False
        tok = tok.head
        if tok.lemma_.lower() in _EVENT_TIME["end_nouns"] and any(c.lower_ in cues for c in tok.lefts):
            return True
    return False


def _kind(words: set[str]) -> str | None:
    """ "clash" for words of fighting, "gathering" for those of a meeting, show or parade, else None."""
    if words & (_EVENT_TIME["clashes"] | {"clashes", "war", "conflict", "fighting"}):
        return "clash"
    return "gathering" if words & (_EVENT_TIME["end_nouns"] | {"summit", "parade", "airshow", "dialogue"}) else None


def _of_other_kind(span: Span, name: str) -> bool:
    """Whether a date expression dates the subject of its verb, and that subject is another kind of event
    than ``name`` ("The fighting that the parade celebrated broke out on September 27" does not date
    a parade; "the summit opened on Monday" does not date a war)."""
    verb = verb_of(span)
    if verb is None:
        return False
    mine = _kind(set(re.findall(r"[a-z]+", name.casefold())))
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "NOUN"]
    return mine is not None and any(_kind({s.lemma_.lower(), s.lower_}) not in {None, mine} for s in subjects)


def _introduced_in_lead(noun: Token) -> bool:
    """Whether an event noun is introduced by "a"/"an" in the lead's first two sentences: the news's own
    event, whatever its name there ("took his seat at an Arab League summit on Friday")."""
    return any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children) \
        and any(s.start <= noun.i < s.end for s in lead_sentences(noun.doc, 2))


def _on_other_named_event(span: Span, name: str) -> bool:
    """Whether a date expression hangs on an event noun that a name not in ``name`` modifies ("most
    recently the G7 meeting in Hiroshima in May" does not date a summit at Camp David; a place's name,
    "the Paris summit", is the event's place)."""
    low = name.casefold()
    tok = span.root
    for _ in range(4):
        if tok.head.i == tok.i or tok.pos_ in {"VERB", "AUX"}:
            return False
        tok = tok.head
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _EVENT_TIME["end_nouns"] | _EVENT_TIME["parts"]:
            names = [t for t in tok.lefts if t.pos_ == "PROPN" and t.dep_ in {"compound", "nmod"}
                     and t.ent_type_ not in _PLACE_TYPES]
            if names and _introduced_in_lead(tok):
                return False  # "took his seat at an Arab League summit on Friday": the news's own summit
            return bool(names) and not any(t.text.casefold() in low for t in tok.lefts if t.pos_ == "PROPN")
    return False


def _the_event(tok: Token, name: str) -> bool:
    """Whether a token names the event ``name``: a proper noun of its name, an event noun ("the meeting"),
    or a noun of the kind an unnamed event's name gives ("the coup" for "clash, Bamako" or "mutiny, Bamako")."""
    words = {w for w in re.findall(r"[\w-]+", name.casefold()) if len(w) > 2 and not w.isdigit()}
    if tok.pos_ == "PROPN" or tok.text.isupper() and len(tok.text) > 2 and tok.lower_ in words:
        return tok.lower_ in words and tok.ent_type_ not in _STATE_TYPES  # (an acronym read as a noun: "DIMDEX")
    head = name.split(",")[0].strip().casefold()
    kind = {n for key, nouns in lexicon()["event_kinds"].items() if head == key or head in nouns for n in nouns}
    nouns = _EVENT_TIME["end_nouns"] | _GATHERINGS | _EVENT_TIME["parts"] - {"day"} | kind
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in nouns or tok.lower_ in nouns)


# nouns a text calls an event by besides the ones a date's verb may end ("the gathering", "the drill")
_GATHERINGS = frozenset({"gathering", "drill", "manoeuvres", "maneuvers", "games", "dialogue", "ministerial",
                         "training", "celebration", "ceremony", "festival", "event", "consultations"})


def _own_event_ref(tok: Token, name: str) -> bool:
    """Whether a token may stand for the event ``name``: :func:`_the_event`, not an event noun another
    name modifies ("CSTO manoeuvres" in an article on another exercise)."""
    if not _the_event(tok, name):
        return False
    low = name.casefold()
    return tok.pos_ == "PROPN" or not any(
        (t.pos_ == "PROPN" or t.text.isupper() and len(t.text) > 1) and t.dep_ in {"compound", "nmod"}
        and t.ent_type_ not in _PLACE_TYPES
        and t.text.casefold() not in low for t in tok.lefts)


def _other_clause(span: Span, name: str) -> bool:
    """Whether a date after the lead lies in a clause with a subject of its own that tells nothing of the
    event ``name`` ("The gathering capped a season of diplomacy: the kingdom restored relations with Iran
    in March"; "In January it refused to host CSTO manoeuvres"): that clause's time, not the event's. A
    pronoun subject stands for the event only on a verb of its course ("It opened on Monday"); the
    subjects of ``gathering_verbs`` are at the event ("the leaders met on Tuesday")."""
    if any(s.start == span.sent.start for s in lead_sentences(span.doc, 2)):
        return False  # the lead tells of the news, whoever acts in it ("the leaders sat down on Thursday")
    verb = verb_of(span)
    while verb is not None and verb.dep_ in {"xcomp", "conj"} and verb.head.i != verb.i \
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        verb = verb.head  # "agreed on Tuesday to start building rockets next year": the agreeing's clause
    if verb is None:
        return False
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        return False
    lemma = verb.lemma_.lower()
    if lemma in _words()["gathering_verbs"]:
        return False  # "the leaders met in Tokyo on Tuesday"
    course = _EVENT_TIME["start"] | _EVENT_TIME["end"] | _EVENT_TIME["running"] | _EVENT_TIME["ongoing"] | {"take"}
    if any(s.pos_ == "PRON" and lemma in course for s in subjects):
        return False
    return not any(_own_event_ref(t, name) for t in _own_clause(verb))


def _begins_other(verb: Token, name: str) -> bool:
    """Whether a verb of beginning or ending acts on something other than the event ``name``: it has
    an object or a verb it governs that holds no word for the event, and no subject that is the event
    ("agreed to start building rockets next year"; not "began ten days of joint training on Monday",
    "the summit opened on Monday", "leaders closed the summit on Friday")."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "xcomp"}]
    if not objects or any(c.dep_ in {"nsubj", "nsubjpass"} and _own_event_ref(c, name) for c in verb.children):
        return False
    return not any(_own_event_ref(t, name) for c in objects for t in c.subtree)


def _record_since(span: Span, value: str) -> bool:
    """Whether an open span hangs on a noun or an adjective ("for the first time since 2010", "the
    largest since 2019"): the mark a record is measured from, not a time of the event."""
    return value.endswith("/") and span[0].lower_ == "since" and span.root.head.pos_ in {"NOUN", "ADJ"}


def _own_clause(verb: Token) -> list[Token]:
    """A verb's clause: its subtree less the clauses hung on it that have subjects of their own."""
    out, todo = [], [verb]
    while todo:
        tok = todo.pop()
        out.append(tok)
        todo += [c for c in tok.children if not (c.pos_ in {"VERB", "AUX"} and c.dep_ in _CLAUSES
                                                and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children))]
    return out


# clauses of their own hung on a verb (a clause of time, "as the ministers held their talks", stays the verb's)
_CLAUSES = frozenset({"ccomp", "conj", "parataxis"})


def _on_object_event(span: Span, name: str) -> bool:
    """Whether a date expression dates an event noun that the event's own sentence has as the object of
    a verb relating it to an earlier happening (``backward_verbs``: "The meeting followed the prime
    minister's state visit in October": the visit's month, not the meeting's), set on the noun or on the
    verb; not when that noun is a word of ``name``."""
    words = {w for w in re.findall(r"[\w-]+", name.casefold())}
    nouns = _EVENT_TIME["end_nouns"] | _JOURNEYS | _GATHERINGS
    verb = verb_of(span)
    if verb is not None and verb.lemma_.lower() in _words()["backward_verbs"] \
            and any(c.dep_ == "dobj" and c.lemma_.lower() in nouns and not {c.lower_, c.lemma_.lower()} & words
                    for c in verb.children) \
            and any(c.dep_ in {"nsubj", "nsubjpass"} and _the_event(c, name) for c in verb.children):
        return True  # "The meeting followed the state visit ... in March", the month set on "followed"
    tok = span.root
    for _ in range(4):
        if tok.head.i == tok.i or tok.pos_ in {"VERB", "AUX"}:
            return False
        tok = tok.head
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in nouns:
            if tok.lower_ in words or tok.lemma_.lower() in words or tok.dep_ not in {"dobj", "pobj"}:
                return False
            verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
            return verb is not None and verb.lemma_.lower() in _words()["backward_verbs"] and any(
                c.dep_ in {"nsubj", "nsubjpass"} and c.i != tok.i and _the_event(c, name) for c in verb.children)
    return False


def _other_event(span: Span, name: str) -> bool:
    """Whether a date expression dates another named event than ``name``: one whose subordinate
    clause is about a named event or a named event's part ("the SCO summit that ended on Monday",
    "when Cobra Gold's second phase ended in March" do not date a parade or another exercise)."""
    if _of_other_edition(span) or _on_other_named_event(span, name) or _of_other_kind(span, name) \
            or _on_object_event(span, name):
        return True
    verb = verb_of(span)
    if verb is None or verb.dep_ == "ROOT" or verb.head.i == verb.i:
        return False  # the sentence's own news: "The Cobra Gold exercise began on Monday"
    nouns = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.dep_ in {"relcl", "acl"}:
        nouns.append(verb.head)
    low = name.casefold()
    for noun in nouns:
        if noun.lemma_.lower() not in _EVENT_TIME["end_nouns"] | _EVENT_TIME["parts"]:
            continue
        names = [t for t in noun.subtree if t.pos_ == "PROPN" and t.i < noun.i and t.ent_type_ not in _PLACE_TYPES]
        if names and not any(t.text.casefold() in low for t in names):
            return True
    return False


def _present(sent: Span) -> bool:
    """Whether the sentence's main clause speaks of the present: a present-tense or present-perfect
    root ("Russia operates", "has taken delivery"), not a past, future or conditional one."""
    return _present_verb(sent.root)


def evidence_when(sent: Span, base: date | None) -> str | None:
    """When a sentence places its facts: its first date expression that resolves; for the headline
    and an undated lead sentence, the date of the lead's news; else, for a sentence in the present
    tense ("X operates Y", "has received"), the publication date (the fact holds as the article
    reports it); else the time the paragraph is at (:func:`inherited_when`)."""
    if in_headline(sent.doc, sent.start_char):
        return lead_when(sent.doc, base)
    when = sentence_when(sent, base)
    if when or base is None:
        return when
    return _undated(sent, base, _present(sent) or _ahead(sent.root))


def deal_when(sent: Span, base: date | None, when: str | None) -> str | None:
    """The time of a deal's stage (an order, a plan, talks) as the sentence reports it: a date after
    publication is when the goods are due ("is to receive five, with the first due in 2030", "will start
    receiving them in 2026"), a later stage, not the deal's; the deal stands at the time the sentence
    reports it (:func:`_undated`: the lead's news day, else the time of its paragraph)."""
    if base is None or not when or _past_point(when, base):
        return when
    return _undated(sent, base, False)


def _undated(sent: Span, base: date, present: bool) -> str | None:
    """The date of a fact whose own clause gives none: a lead sentence reports the news of the day;
    a present-tense clause (or a plan) holds on the publication date; a past one at the time its
    paragraph is at."""
    if any(sent.start == s.start for s in lead_sentences(sent.doc, 2)):
        return lead_when(sent.doc, base)
    return base.isoformat() if present else inherited_when(sent, base)


def _paragraph_break(doc: Doc) -> str:
    """What ends a paragraph in the document's text: a blank line, or a line break where the text
    has no blank line at all (a page reduced to text puts each paragraph on a line of its own)."""
    found = doc.user_data.get("geopol.break")
    if found is None:
        found = doc.user_data["geopol.break"] = "\n\n" if "\n\n" in doc_text(doc).strip() else "\n"
    return found


def _paragraph_sentences(sent: Span, across: bool = False) -> list[Span]:
    """The sentences before ``sent`` in its paragraph (text since the last :func:`_paragraph_break`),
    nearest first; ``across`` paragraphs, the eight before it."""
    doc = sent.doc
    sents = doc.user_data.get("geopol.sents")
    if sents is None or (sents and sents[-1][1] > len(doc)):
        sents = doc.user_data["geopol.sents"] = [(s.start, s.end) for s in doc.sents]
    text = doc_text(doc)
    start = text.rfind(_paragraph_break(doc), 0, sent.start_char)
    out = []
    for s, e in reversed(sents[:bisect_left(sents, (sent.start, -1))]):
        prev = doc[s:e]
        if (prev.start_char < start and not across) or len(out) >= 8 or in_headline(doc, prev.start_char) \
                or outside_text(doc, prev.start_char, prev.end_char):
            break
        out.append(prev)
    return out


def _previous_time(sent: Span, base: date | None, reports: bool = False) -> str | None:
    """The last time the sentences before ``sent`` (in its paragraph, else the eight before) name; with
    ``reports``, a report's time too ("On Saturday morning X told delegates ... Y spoke that afternoon")."""
    for prev in _paragraph_sentences(sent, across=True):
        own = [v for span, v in resolved_dates(prev, base) if (reports or not _reported(span)) and "/" not in v]
        if own:
            return own[-1]
    return None


def _long_before(value: str, base: date | None) -> bool:
    """Whether a date lies in a year more than one before publication (background, not the news)."""
    return base is not None and value[:4].isdigit() and int(value[:4]) < base.year - 1


def _past_point(value: str, base: date | None) -> bool:
    """A time (or the start of a span, not a deadline) no later than publication: what a past-tense
    sentence after it can be continuing."""
    start = value.split("/")[0]
    return bool(start) and (base is None or start <= base.isoformat())


# phrases that point back to a time named before ("said at the time", "on the same day")
_BACK = re.compile(r"\b(?:at\s+(?:the|that)\s+time|back\s+then|at\s+that\s+(?:point|stage|moment)|"
                   r"(?:on\s+)?the\s+same\s+(?:day|date|week|month|year))\b", re.I)


def _background(span: Span) -> bool:
    """Whether a date tells a noun's past, not the time a paragraph's story is at: one in a relative
    clause in the past perfect ("Monguno, who had held the job since 2015")."""
    verb = verb_of(span)
    return verb is not None and verb.dep_ in {"relcl", "acl"} \
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def inherited_when(sent: Span, base: date | None) -> str | None:
    """Temporal anaphora: an undated past-tense sentence continues the time of the nearest sentence
    before it in its paragraph that dates what it reports ("In 2022 the two signed a package. It was
    the first foreign sale of ..." -> 2022), in earlier paragraphs too when it points back ("said at
    the time"); with none, the date of the article's news (the lead's). Worked out once per sentence
    and date: every undated fact of the sentence asks."""
    cache = sent.doc.user_data.setdefault("geopol.inherited", {})  # (never serialised: Docs stay in process)
    key = (sent.start, sent.end, base)
    if key not in cache:
        cache[key] = _inherited_when(sent, base)
    return cache[key]


def _inherited_when(sent: Span, base: date | None) -> str | None:
    for prev in _paragraph_sentences(sent, across=bool(_BACK.search(_text(sent)))):
        own = [v.split("/")[0] for span, v in resolved_dates(prev, base) if not _reported(span) and _past_point(v, base)
               and not _background(span)]
        if own:
            return own[-1]  # the time the sentence before ends at ("from February 17": its start)
    news = lead_when(sent.doc, base)
    return news if news and "/" not in news or base is None else base.isoformat()


# a clause boundary crossed to reach a date: a coordinated or loosely joined clause is another event
_FAR = {"conj", "parataxis"}
_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}


def _step(t: Token, first: bool) -> int:
    """What passing verb ``t`` costs: 1, or 3 for a clause of its own (coordinated with a subject of its
    own, or loosely joined). A verb coordinated under the same subject and tense that a date hangs on
    or leads to directly (``first``: no verb between) is one act with the verb it joins ("had attended
    last year and met X"); not one with a tense of its own ("has run the ministry since 2012 and
    oversaw the invasion", "takes over ... and will host the summit in 2025")."""
    if t.dep_ == "conj" and first and _same_act(t):
        return 1
    return 3 if t.dep_ in _FAR else 1


def _same_act(conj: Token) -> bool:
    """Whether a coordinated verb shares its head's subject, auxiliaries and tense."""
    head = conj.head
    if head.pos_ not in {"VERB", "AUX"} or any(c.dep_ in _SUBJECTS | {"aux", "auxpass"} for c in conj.children):
        return False
    auxes = [c for c in head.children if c.dep_ in {"aux", "auxpass"}]
    if auxes:  # "will sign and deliver"; "had attended ... and met" (a past under a past perfect, as tagged)
        return conj.tag_ == head.tag_ or (conj.tag_ == "VBD" and head.tag_ == "VBN" and auxes[0].lower_ == "had")
    return conj.tag_ == head.tag_


def _distance(a: Token, b: Token) -> int:
    """Clause steps between two tokens in the dependency tree: each verb passed on the way up to
    their common ancestor counts 1, a coordinated clause with its own subject 3 (:func:`_step`); so
    does a semicolon between them (it joins independent clauses, whatever the parser made of them)."""
    lo, hi = sorted((a.i, b.i))
    if ";" in texts(a.doc)[lo:hi]:
        return 3
    up_a = [a, *a.ancestors]
    index = {t.i: n for n, t in enumerate(up_a)}
    cost_b, common = 0, None
    for t in [b, *b.ancestors]:
        if t.i in index:
            common = t
            break
        if t.pos_ in {"VERB", "AUX"}:
            cost_b += _step(t, cost_b == 0)
    if common is None:  # another sentence root: as far as a coordinated clause
        return 3 + cost_b
    cost_a = 0
    for t in up_a[:index[common.i]]:
        if t.pos_ in {"VERB", "AUX"}:
            cost_a += _step(t, cost_a == 0)
    return cost_a + cost_b


def relation_when(sent: Span, anchors: list[Token], base: date | None) -> str | None:
    """When a sentence places the fact its mentions ``anchors`` (source first) take part in: the
    date expression nearest them in the dependency tree (the one on the verb that carries the
    fact, or on a clause under it: "Malaysia signed in 2023, and Poland ordered 48 in 2022" gives
    Poland's order 2022), not one in a coordinated clause of its own ("has delivered eight, and
    ... the third contract being signed in January 2024"); a date opening the sentence covers all of
    it. A report date ("said on Monday") only when nothing nearer dates the fact. Without such a
    date, as :func:`evidence_when` for an undated sentence, with the tense of the fact's own verb.
    Worked out once per sentence, mentions and date: rules that find several facts of the same
    mentions (a sale and its operator, a person's office and state) ask again."""
    cache = sent.doc.user_data.setdefault("geopol.relation_when", {})  # (never serialised: Docs stay in process)
    key = (sent.start, sent.end, tuple(a.i for a in anchors), base)
    if key not in cache:
        cache[key] = _relation_when(sent, anchors, base)
    return cache[key]


def _relation_when(sent: Span, anchors: list[Token], base: date | None) -> str | None:
    if not anchors or in_headline(sent.doc, sent.start_char):
        return evidence_when(sent, base)
    found = resolved_dates(sent, base)
    retired = _retirement_date(found, anchors)
    if retired:  # "The navy, which retired its Sea Harriers in 2016, commissioned a carrier on Friday": 2016
        return retired
    ending = _ended_later(anchors)
    if ending is not None:  # "received the corvette in 2005 and later withdrew it": the end's own date, or none
        inside = {t.i for t in ending.subtree}
        return next((value for span, value in found if span.root.i in inside and not value.startswith("/")), None)
    pos = pos_tags(sent.doc)  # (each token's ``pos_``, without a Token per word)
    near = _conjunct_anchors(anchors)
    best, best_key, best_span = None, None, None
    for n, (span, value) in enumerate(found):
        if not _about(span, anchors):
            continue  # "Estonia, a member of NATO since 2004, ordered ... in 2022": the order is 2022
        costs = [_distance(span.root, a) for a in near]
        cost = min(costs)
        if span.start <= sent.start + 1 or all(p not in {"VERB", "AUX"} for p in pos[sent.start:span.start]):
            cost = min(cost, 1)  # "In 2022, ...": the sentence's time
        key = (cost + (0.5 if cost and _reported(span) else 0), _reported(span), costs[0], n)  # "X announced in May": X's own act
        if best_key is None or key < best_key:
            best, best_key, best_span = value, key, span
    if best is not None and best_key[0] < 3:
        if _reported(best_span) and not _own_report(best_span, anchors) \
                and any(sent.start == s.start for s in lead_sentences(sent.doc, 2)):
            news = lead_when(sent.doc, base)  # "X has signed ..., the ministry said on Monday": the lead's news day
            if news and _past_point(news, base) and "/" not in news and news <= best.split("/")[0] \
                    and _days_before(news, best.split("/")[0]) <= 7:
                return news  # (a report follows its news by days: an older date of the lead is another event)
        return _counted_back(best_span, anchors, best) or _since_nth_day(best_span, best)
    counted = _counted_back(best_span, anchors, best) if best is not None else None
    if counted:  # "... on Thursday, four days before X and Y begin the exercise": however far the clause
        return counted
    if not found and base is not None:  # "The announcement came two days after X did Y": counted from the
        main = _undated(sent, base, _present(sent))  # main clause's time, which the sentence does not date
        counted = _counted_back(None, anchors, main) if main and len(main) == 10 else None
        if counted:
            return counted
    named = _named_year(anchors, base) or _demonstrative_time(sent, anchors, base)
    if named:
        return named  # "Qatar's 2017 contract for 36 Rafale jets", "fought the 2020 war", "under that deal"
    if base is None:
        return best
    verb = _carrier(anchors)
    present = _present_verb(verb) or _ahead(verb) if verb is not None else _present(sent)
    news = _news_change(verb, sent, base) if verb is not None else None
    if news:
        return news
    if found and present:  # the sentence's dates belong to other clauses: the lead's news day is none of them
        return base.isoformat()
    return _undated(sent, base, present)


def _retirement_date(found: list[tuple[Span, str]], anchors: list[Token]) -> str | None:
    """The date a verb of retiring a type (``cues.yaml`` ``time.retiring_verbs``) gives when the fact's
    object (a type, a ship) is what that verb retires ("which retired its Sea Harrier jets in 2016",
    "the frigate, decommissioned in 2019"), whatever other clause of the sentence is nearer its holder."""
    verbs = _words()["retiring_verbs"]
    for span, value in found:
        verb = verb_of(span)
        if verb is None or verb.lemma_.lower() not in verbs or value.startswith("/") or _reported(span) \
                or any(c.dep_ == "neg" for c in verb.children):
            continue
        if not _retired_by(verb, anchors[0]):
            continue  # "bought the frigate, which was decommissioned by the Royal Navy in 2006": another's retirement
        for a in anchors[1:]:
            tok = a
            while tok.dep_ in {"compound", "amod", "nmod", "conj", "appos"} and tok.head.i != tok.i:
                tok = tok.head  # "its Sea Harrier jets", "the Mirages and Jaguars"
            if tok.head.i == verb.i and tok.dep_ in {"dobj", "nsubjpass"} or verb.head.i == tok.i and (
                    verb.dep_ == "acl" and verb.tag_ == "VBN"  # "the frigate, decommissioned in 2019" (not its holder's
                    or verb.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.tag_ in {"WDT", "WP"}  # clause)
                                                    for c in verb.children)):
                return value
    return None


def _ended_later(anchors: list[Token]) -> Token | None:
    """The verb that ends a holding a fact's verb of receiving or holding is joined to ("received the corvette in
    2005 and later withdrew it", "flew the type from 1980 and retired it in 2022": families/stage.py, ended_later):
    the end's date is only what that verb's own clause gives, not the receipt's."""
    from .families.stage import ended_later

    if len(anchors) < 2:
        return None
    tok = anchors[-1]
    while tok.dep_ in {"compound", "amod", "nmod", "appos", "conj"} and tok.head.i != tok.i:
        tok = tok.head  # "the corvette BAP Guise", "two Descubierta corvettes"
    verb = tok.head
    if tok.dep_ not in {"dobj", "nsubjpass"} or verb.pos_ != "VERB" or not ended_later(verb):
        return None
    ending = _words_of_stage("ended_later_verbs")
    return next((c for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() in ending), None)


def _words_of_stage(name: str) -> list[str]:
    return cues()["stage"][name]


def _retired_by(verb: Token, holder: Token) -> bool:
    """Whether a verb of retiring names no one who retires, or names ``holder`` ("the navy retired ...",
    "the navy, which retired ...", "was decommissioned by the navy")."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"] + [o for c in verb.children if c.dep_ == "agent"
                                                                 for o in c.children if o.dep_ == "pobj"]
    doers = [verb.head if d.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl" else d for d in doers]
    return not doers or any(holder.i in {t.i for t in d.subtree} for d in doers)


def _conjunct_anchors(anchors: list[Token]) -> list[Token]:
    """The fact's mentions as its clause holds them: a subject two coordinated verbs share stands at
    the conjunct the other mentions are under ("Indonesia signed for Rafales in 2022 and agreed this
    year to buy Mirages from Qatar": Qatar's sale is dated by "this year", not by "in 2022")."""
    out = []
    for a in anchors:
        others = [b for b in anchors if b.i != a.i]
        verb = a.head
        if others and a.dep_ in {"nsubj", "nsubjpass"} and verb.pos_ in {"VERB", "AUX"} \
                and not any(b.i in {t.i for t in verb.subtree} and b.head.i == verb.i for b in others):
            for c in verb.children:
                if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and c.i > a.i \
                        and not any(x.dep_ in {"nsubj", "nsubjpass"} for x in c.children) \
                        and all(_argument_of(b, c) for b in others):
                    a = c
                    break
        out.append(a)
    return out


# how a mention hangs on the verb whose party it is ("to buy 12 jets from Qatar"), not a place or a clause of
# its own ("builds it at a Rheinmetall plant", "was seen ..., when he addressed the China forum")
_ARGUMENT_DEPS = {"dobj", "pobj", "dative", "xcomp", "compound", "amod", "nmod", "poss", "appos", "conj", "cc",
                  "nummod", "prep"}
_ARGUMENT_PREPS = {"from", "to", "for", "with", "by", "of"}


def _argument_of(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` is a party of ``verb``'s act: below it through objects, modifiers and the
    prepositions of a deal's parties only."""
    for _ in range(8):
        if tok.i == verb.i:
            return True
        if tok.dep_ not in _ARGUMENT_DEPS or tok.dep_ == "prep" and tok.lower_ not in _ARGUMENT_PREPS:
            return False
        tok = tok.head
    return False


_COUNT_UNITS = {"day", "week", "month", "year", "decade"}


def _counted_back(span: Span | None, anchors: list[Token], value: str) -> str | None:
    """The date of a fact in a clause counted from the main clause's date: "applied in May 2022, three months
    after Russia launched its invasion" -> the invasion's 2022-02 ("two days before the vote, X signed ..."
    counts forward). None unless the fact's mentions all sit in such a clause and the date does not."""
    inside = {t.i for t in span} if span is not None else set()
    for verb in {a.i: a for a in anchors}.values():
        clause = next((t for t in (verb, *verb.ancestors) if t.dep_ == "advcl"), None)
        if clause is None:
            return None
        mark = next((c.lower_ for c in clause.children if c.dep_ == "mark" and c.lower_ in {"after", "before"}), None)
        marks = [c for c in clause.children if c.dep_ == "mark"]  # "four days | before they begin": on the mark
        units = [c for t in (clause, *marks) for c in t.children
                 if c.dep_ == "npadvmod" and c.lemma_.lower() in _COUNT_UNITS]
        units += [c for c in clause.head.children if c.dep_ == "npadvmod" and c.lemma_.lower() in _COUNT_UNITS
                  and any(c.i + 1 == m.i for m in marks)]  # (or on the verb above, right before the mark)
        under = {t.i for t in clause.subtree}
        if mark is None or not units or inside & under or not all(a.i in under for a in anchors):
            return None
        count = next((c.lower_ for c in units[0].children if c.dep_ in {"nummod", "det"}), "a")
        if count not in _COUNT_WORDS and not count.isdigit():
            return None
        return _from_anchor(f"{count} {units[0].lemma_.lower()}s {'earlier' if mark == 'after' else 'later'}", value)
    return None


def _days_before(earlier: str, later: str) -> int:
    """Days from one ISO date to a later one at day precision; a coarser ``earlier`` counts from the
    start of its month or year, 0 when ``later`` falls within it."""
    if later.startswith(earlier):
        return 0
    a, b = parse_date(earlier if len(earlier) == 10 else (earlier + "-01-01")[:10]), parse_date(later[:10])
    return (b - a).days if a and b and len(later) >= 10 else 10 ** 6


def _named_year(anchors: list[Token], base: date | None = None) -> str | None:
    """The date a fact's own noun phrase names, when its clause gives no date: a year or a day
    modifying a mention or a noun it hangs on below the first verb ("Qatar's 2017 contract for
    Rafale jets", "the 2020 war over Nagorno-Karabakh", "Israel's September 9 air strike")."""
    for a in anchors:
        tok = a
        for _ in range(4):
            if tok.pos_ in {"VERB", "AUX"}:
                break
            for c in tok.children:
                if c.dep_ in {"nummod", "compound", "amod", "nmod", "npadvmod"} and c.i < tok.i:
                    if _YEAR_TOKEN.fullmatch(c.text):
                        return c.text
                    day = _modifying_day(c, base)
                    if day:
                        return day
            if tok.head.i == tok.i:
                break
            tok = tok.head
    return None


def _news_change(verb: Token, sent: Span, base: date | None) -> str | None:
    """The day of the article's news (its lead's) for a fact told by a change verb in the simple
    present ("Major General X becomes Chief of Defence Staff"), when that day is at most a week
    before publication; None otherwise."""
    if base is None:
        return None
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass", "neg"}]
    words = _words()
    simple = verb.tag_ in {"VBZ", "VBP"} and not auxes and verb.lemma_.lower() in words["change_verbs"]
    future = verb.tag_ == "VB" and [a.lower_ for a in auxes] == ["will"] and verb.lemma_.lower() in words["change_verbs"]
    perfect = verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].lower_ in {"has", "have"} \
        and verb.lemma_.lower() not in words["state_verbs"]
    if not (simple or future or perfect):
        return None
    news = lead_when(sent.doc, base)
    if not news or "/" in news or len(news) != 10 or not _past_point(news, base) \
            or _days_before(news, base.isoformat()) > 7:
        return None
    return news


def _demonstrative_time(sent: Span, anchors: list[Token], base: date | None) -> str | None:
    """The time of a thing a fact's clause points back to ("Under that package Denmark is leasing
    ..."): the date the nearest sentence before it in its paragraph gives inside the same noun's
    phrase ("a package agreed in June"), not a report's."""
    doc, start, end = sent.doc, sent.start, sent.end
    if "that" not in lowers(doc)[start:end] and "those" not in lowers(doc)[start:end]:
        return None  # no demonstrative in the sentence: no noun below one
    toks, pos = tokens(doc), pos_tags(doc)
    for i in range(start, end):
        if pos[i] != "NOUN":
            continue
        t = toks[i]
        if not any(c.dep_ == "det" and c.lower_ in {"that", "those"} for c in t.children) \
                or min(_distance(t, a) for a in anchors) >= 3:
            continue
        for prev in _paragraph_sentences(sent)[:3]:
            for u in prev:
                if u.pos_ == "NOUN" and u.lemma_.lower() == t.lemma_.lower():
                    inside = {x.i for x in u.subtree}
                    own = [v for span, v in resolved_dates(prev, base) if span.root.i in inside and not _reported(span)]
                    if own:
                        return own[0]
    return None


def _modifying_day(tok: Token, base: date | None) -> str | None:
    """The day a month-and-day date modifying a noun names ("the September 9 strike", "its 3 May
    vote"), resolved against ``base``; None for any other modifier."""
    if base is None or tok.ent_type_ != "DATE" or not re.match(_MONTH_RE, tok.text, re.I) and not tok.like_num:
        return None
    ent = next((e for e in _dates_in(tok.sent) if e.start <= tok.i < e.end), None)
    if ent is None or not re.fullmatch(rf"(?:\d{{1,2}}\s+{_MONTH_RE}|{_MONTH_RE}\s+\d{{1,2}})(?:st|nd|rd|th)?", ent.text, re.I):
        return None
    value = resolve_expression(ent.text, base)
    return value if value and len(value) == 10 else None


def _own_report(span: Span, anchors: list[Token]) -> bool:
    """Whether the report a date is on is itself the fact's act ("Ruto announced in May that ..." of
    Ruto), not a report of a fact stated under it ("KAI announced today that it has concluded a
    contract with X": the contract is the fact)."""
    verb = verb_of(span)
    if verb is None:
        return False
    said = {t.i for c in verb.children if c.dep_ in {"ccomp", "xcomp"} for t in c.subtree}
    return not any(a.i in said for a in anchors)


def _since_nth_day(span: Span, value: str) -> str:
    """ "The fighting entered its second day on Wednesday": the fact holds from its first day (an
    interval from Tuesday to Wednesday); any other date as it is."""
    verb = verb_of(span)
    if verb is None or verb.lemma_.lower() not in _EVENT_TIME["ongoing"] or len(value) != 10:
        return value  # (asked before the sentence's search: most clauses' verbs tell no ongoing fact)
    nth = _NTH_DAY.search(_text(span.sent))
    if nth is None or not nth.group(2).lower().startswith("day"):
        return value
    n = _count(nth.group(1))
    start = _shift(value, 1 - n) if n and n > 1 else None
    return f"{start}/{value}" if start else value


def _carrier(anchors: list[Token]) -> Token | None:
    """The verb that carries a fact: the lowest verb above all its mentions ("Also designated was X, a
    company that Washington accuses ..." -> designated), else the first mention's own verb."""
    chains = [[t for t in (a, *a.ancestors) if t.pos_ in {"VERB", "AUX"}] for a in anchors]
    common = [t for t in chains[0] if all(any(t.i == u.i for u in c) for c in chains[1:])]
    return (common or chains[0] or [None])[0]


def _ahead(verb: Token) -> bool:
    """Whether a verb speaks of what is yet to come ("will deliver", "is to buy", "plans to buy"):
    the plan holds as the article reports it."""
    if any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"} for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in {"plan", "intend", "want", "aim", "seek", "hope",
                                                                  "expect", "be"} and verb.head.tag_ in {"VBZ", "VBP"}


def _present_verb(verb: Token) -> bool:
    """Whether a verb speaks of the present: present tense or present perfect, not future or modal."""
    if verb.tag_ in {"VBZ", "VBP"} and not any(c.dep_ == "aux" and c.lower_ in _FUTURE | {"would", "could", "might"}
                                               for c in verb.children):
        return True
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return bool(auxes) and auxes[0].tag_ in {"VBZ", "VBP"} and auxes[0].lemma_ in {"have", "be"} \
        and verb.tag_ in {"VBN", "VBG"}


def published_of(doc: Doc) -> date | None:
    """The publication date the pipeline put in ``doc.user_data["published"]``."""
    return parse_date(doc.user_data.get("published"))


def validity(sent: Span, base: date | None) -> dict[str, str]:
    """When the sentence says its facts hold: "since 2019", "from 2019" (not "from 2019 to ...")
    -> ``valid_from``; "until 2020" in a sentence about the past or present -> ``valid_to``. A
    deadline ("by 2030") or a plan is no end of validity; nor is a phrase that qualifies a noun
    ("Poland, a NATO member since 1999, ordered ..." says nothing of when the order holds)."""
    return _validity(sent, base, lambda span: not _on_noun(span) and _relative(span) is None)


def _relative(span: Span) -> Token | None:
    """The relative clause a date phrase is in ("the air force, which had flown MiG-21s until 2015"), else None."""
    verb = verb_of(span)
    return next((t for t in (verb, *verb.ancestors) if t.dep_ == "relcl"), None) if verb is not None else None


def relative_validity(sent: Span, anchors: list[Token], base: date | None) -> dict[str, str]:
    """:func:`validity` of a relative clause, for a fact the clause itself states: its mentions in the clause or
    the noun it describes ("the air force, which had flown MiG-21s until 2015": the MiG-21s, not what the main
    clause says the force received)."""
    def own(span: Span) -> bool:
        clause = _relative(span)
        if clause is None or _on_noun(span):
            return False
        inside = {t.i for t in clause.subtree} | {clause.head.i}
        return all(a.i in inside for a in anchors)

    return _validity(sent, base, own) if anchors else {}


def noun_validity(sent: Span, anchors: list[Token], base: date | None) -> dict[str, str]:
    """:func:`validity` of a phrase that qualifies a noun, for the fact that noun phrase states:
    "Poland, a NATO member since 1999, ..." -> Poland's membership of NATO holds from 1999 (not
    what else the sentence says of Poland)."""
    if not anchors:
        return {}

    return _validity(sent, base, lambda span: _on_noun(span) is not None and _about(span, anchors))


# where a noun a clause describes stands as an item of a list or an apposition ("included J-10s, K-8 trainers
# that Beijing sold in 2019"): a clause on it tells that thing's past, not the fact the sentence states of it
_LISTED = {"appos", "conj", "attr", "oprd"}


def _arguments(noun: Token) -> set[int]:
    """The tokens of a noun's prepositional arguments ("a memorandum between X and Y"): a fact
    between them is the noun's own, which a clause on it dates."""
    return {t.i for c in noun.children if c.dep_ == "prep" for t in c.subtree}


def _acquired_own(verb: Token, anchors: list[Token]) -> bool:
    """Whether ``verb`` heads a clause of taking into one's hands (``cues.yaml`` ``time.acquiring_verbs``)
    on a noun that is one of the fact's mentions or names one (its compound, or a noun set beside one in
    apposition), told by that noun itself, a pronoun or another of the mentions ("Fiocchi Munizioni, the
    maker it bought in 2022", "the former HMS Ocean carrier bought from Britain in 2018"): the holding's
    own clause, not another noun's ("the parade included jets that Pakistan bought in 2022")."""
    if verb.dep_ not in {"acl", "relcl"} or verb.lemma_.lower() not in _words()["acquiring_verbs"] \
            or any(c.dep_ == "neg" for c in verb.children):
        return False
    head, mine = verb.head, {a.i for a in anchors}
    nouns = [head] + ([head.head] if head.dep_ == "appos" else [])
    named = {n.i for n in nouns} | {c.i for n in nouns for c in n.children if c.dep_ == "compound"}
    if not mine & named:
        return False
    clause = {t.i for t in verb.subtree}
    words = {t.i for n in nouns for c in n.children if c.dep_ in {"amod", "nmod"} for t in c.subtree}
    if mine & (words - clause - named):
        return False  # "the German tank maker KMW, which bought ...": a fact of the noun's own words, not the purchase
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return all(s.tag_ in {"WP", "WDT", "PRP"} or s.i in mine for s in subjects)


def _about(span: Span, anchors: list[Token]) -> bool:
    """Whether a date phrase on a noun ("a member of NATO since 2004") qualifies the noun phrase
    the fact's mentions are all in (an apposition's head with it: "Estonia, a member ..."); a date in
    a clause describing an object none of them is in ("... on top of 83 ordered in 2021") does not;
    one in a clause of acquiring on a mention of the fact does (:func:`_acquired_own`)."""
    verb = verb_of(span)
    if verb is not None and _acquired_own(verb, anchors):
        return True  # "Fiocchi Munizioni, the maker it bought in 2022": the holding's own year
    if verb is not None and verb.dep_ in {"acl", "relcl"} and verb.head.dep_ in {"dobj", "pobj", "dative"} \
            and not any(a.i in {t.i for t in verb.head.subtree} for a in anchors) and not _basis(verb):
        return False  # "signed for 97 more, on top of 83 ordered in 2021": the date of another object
    if verb is not None and verb.dep_ in {"acl", "relcl"} and verb.head.dep_ in _LISTED \
            and not any(a.i in {t.i for t in verb.subtree} | _arguments(verb.head) for a in anchors):
        return False  # "the parade included K-8 trainers that Beijing sold in 2019": the sale's year, not the parade's
    if verb is not None and verb.dep_ == "relcl" and verb.head.dep_ in {"nsubj", "nsubjpass"} \
            and any(c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"WP", "WDT"} for c in verb.children) \
            and not any(a.i in {t.i for t in verb.subtree} for a in anchors):
        return False  # "Sa'ar, who had rejoined the government in September, will succeed Katz": Sa'ar's past
    if verb is not None and verb.tag_ == "VBN" and verb.dep_ == "advcl" and verb.i > max(a.i for a in anchors) \
            and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark"} for c in verb.children) \
            and not any(a.i in {t.i for t in verb.subtree} for a in anchors) \
            and any(c.dep_ == "prep" and c.i < verb.i for c in verb.children):
        return False  # the same, as the parser may hang it: "..., on top of 83 | ordered in 2021"
    if verb is not None and _contrasted(verb) and not any(a.i in {t.i for t in verb.subtree} for a in anchors):
        return False  # "X flew the drones then, while Y had opened a plant in May 2022": Y's time, not X's
    noun = _on_noun(span) if span[0].lower_ in {"since", "from", "until", "till"} else None
    if noun is None:
        return True
    inside = {t.i for t in noun.subtree} | ({noun.head.i} if noun.dep_ == "appos" else set())
    return all(a.i in inside for a in anchors)


_CONTRAST = frozenset({"while", "whereas", "although", "though"})


def _contrasted(verb: Token) -> bool:
    """Whether ``verb`` heads a clause set against another with a subject of its own ("..., while
    Tajikistan had opened a plant in May 2022"): what it dates is its own subject's."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONTRAST for c in verb.children) \
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _basis(verb: Token) -> bool:
    """Whether ``verb`` signs the document a fact still ahead rests on: "(X will build drones with Y) under
    an agreement signed on Wednesday", "(X is to supply the jets) through a deal sealed in March": the
    signing is all the sentence dates of it. A fact under way has a time of its own ("Under the contract
    signed in 2021, Athens is buying 18 jets": the news's)."""
    words, noun = _words(), verb.head
    if not (verb.lemma_.lower() in words["basis_verbs"] and noun.lemma_.lower() in words["basis_nouns"]
            and noun.dep_ == "pobj" and noun.head.lower_ in words["basis_preps"]):
        return False
    fact = noun.head.head
    return fact.pos_ in {"VERB", "AUX"} and _ahead(fact)


def _validity(sent: Span, base: date | None, keep) -> dict[str, str]:
    out: dict[str, str] = {}
    bounded = [(span, text, first) for span, text in expressions(sent)
               if (first := text.split()[0].lower() if text.split() else "") in {"since", "from", "until", "till"}
               and keep(span)]
    future = _future(sent) if bounded else False
    for span, text, first in bounded:
        value = resolve_expression(text, base, future)
        if not value:
            continue
        start, _, end = value.partition("/")
        if first in {"since", "from"} and start and not end:
            out.setdefault("valid_from", start)
        elif first in {"until", "till"} and end and not start and not future and not _timetable(span):
            out.setdefault("valid_to", end)
    return out



def _timetable(span: Span) -> bool:
    """Whether an "until" phrase times a schedule, not the end of a fact: "with deliveries running
    until 2028", "the contract runs until 2030", "deliveries until 2026" (the noun of the schedule is
    the phrase's head, the subject or head of the verb it hangs on, or the word just before it)."""
    words = _words()["schedule_nouns"]
    prep = span[0]
    head = prep.head
    near = [head, *(c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"})]
    if head.dep_ in {"acl", "relcl"}:
        near.append(head.head)
    if prep.i > 0:
        near.append(prep.doc[prep.i - 1])
    return any(t.lower_ in words or t.lemma_.lower() in words for t in near if t.pos_ in {"NOUN", "PROPN"})


def _on_noun(span: Span) -> Token | None:
    """The noun a date phrase ("since 1999") qualifies ("a member since 1999"), None when it
    qualifies a clause ("has operated them since 2019")."""
    if span[0].dep_ != "prep":
        return None
    head = span[0].head
    for _ in range(3):
        if head.pos_ in {"VERB", "AUX"} or head.head.i == head.i:
            return None
        if head.pos_ in {"NOUN", "PROPN"}:
            return head
        head = head.head
    return None
