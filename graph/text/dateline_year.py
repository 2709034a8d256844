"""A second opinion on the year a yearless dateline ("PRAGUE, Sept. 11 (Wire) -") omits: every
candidate year is scored by all the evidence the text gives at once, instead of one signal after
another, and the best year is returned with its lead over the runner-up.

The evidence, each a soft score (none is trusted alone):

* the weekday the lead names for its news ("signed on Wednesday"): a report comes the same day or
  the next one (46 and 45 of 97 development articles), rarely later;
* office holders named by title who held that office on the day (``held``, from the offices data);
* years the text tells of as past ("ordered in 2021") are no later than publication; the latest of
  them is usually a few years before it at most;
* years it speaks of as ahead ("due in 2028", "expects ... in 2033", "until 2027"; a span's "from 2028" too) come after it;
* a year in an event's name in the headline or the opening sentence ("IDEX 2025", "MAKS-2021")
  is the year of the story, or the year before a review of it (not a plan's name: "Vision 2030").

The caller keeps its own answer unless this one leads by :data:`MARGIN` (see
``metadata._with_year``), so a text whose evidence is thin keeps its old reading.

>>> best_year("2025-02-21", "The show wound up on Friday. The next edition is set for 2027.", "IDEX 2025 Closes")[0]
2025
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date

# how far ahead of the runner-up a year must be before it overrides the older reading
MARGIN = 1.0

_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# words right before a year that make it a deadline or a plan ("by 2030", "due in 2028", "until 2027")
_AHEAD = re.compile(r"\b(?:by|due(?:\s+(?:in|by))?|end\s+of|expected\s+in|scheduled\s+for|planned\s+for|until|till|"
                    r"through)\s*$", re.I)
# a year that bounds a span ("from 2019 to 2021", "2019-2021", "between 2019 and 2021"): neither past nor ahead
_SPAN = re.compile(r"\b(?:from|between)\s*$|\b(?:to|and|[-\u2013])\s*$", re.I)
_SPAN_AFTER = re.compile(r"^\s*(?:to|[-\u2013])\s*(?:19|20)\d\d\b")
# words earlier in the year's sentence that put it ahead ("expects a first flight in 2023")
_FUTURE = re.compile(r"\b(?:will|would|shall|due|expects?|expected|plans?|planned|scheduled?|intends?|aims?|"
                     r"hop(?:es|ed|ing)|next|calls?\s+for|target|to\s+be|(?:is|are)\s+to|coming)\b", re.I)
# a capitalised word and a year: an event's name ("IDEX 2025", "MAKS-2021"), not a month's date
_NAMED = re.compile(r"\b(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b)([A-Z][A-Za-z]+)[ -]"
                    r"((?:19|20)\d\d)\b(?![-/]\d)")
# names of plans and programmes that carry a target year ("Vision 2030", "Agenda 2063")
_PLANS = {"vision", "agenda", "strategy", "plan", "programme", "program", "goal", "target", "horizon", "air"}
# capitalised words before a year that name no event ("In 2021 the talks ...", "Since 2019 ...")
_NO_NAME = {"in", "by", "since", "until", "from", "of", "and", "the", "after", "before", "during", "through"}
# how often a report comes that many days after the weekday its lead names (days 0 and 1 nearly always)
_OFFSET = {0: math.log(0.47), 1: math.log(0.46), 2: math.log(0.04)}
_FAR_OFFSET = math.log(0.01)


def told_years(body: str) -> tuple[list[int], list[int]]:
    """(years told of as past, years its clause speaks of as ahead), in text order; a plan's name ("Vision
    2030") and a span's bounds ("from 2012 to 2016") are neither.

    >>> told_years("Talks stalled in 2021. Deliveries are due in 2028; Rostec expects a flight in 2026. Vision 2030.")
    ([2021], [2028, 2026])
    """
    past, ahead = [], []
    for m in _YEAR.finditer(body):
        before = body[max(0, m.start() - 120):m.start()]
        named = re.search(r"([A-Z][A-Za-z]+)[ -]$", before)
        if named and named.group(1).lower() in _PLANS:
            continue
        sentence = re.split(r"[.!?\n;,]", before)[-1]  # the clause the year is in
        if _AHEAD.search(before[-24:]) or _FUTURE.search(sentence):
            ahead.append(int(m.group(1)))
        elif not (_SPAN.search(before[-12:]) and re.search(r"(?:19|20)\d\d\D{0,12}$", before)
                  or re.search(r"\b(?:from|between)\s*$", before) or _SPAN_AFTER.match(body[m.end():m.end() + 12])):
            past.append(int(m.group(1)))
    return past, ahead


_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# a month named right before a year ("in March 2022", "March 3, 2022", "3 March 2022")
_MONTH_BEFORE = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$",
                           re.I)


def told_months(body: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """As :func:`told_years`, for the years written with their month: (year, month) told of as past,
    and spoken of as ahead ("before the offers lapse in March 2022").

    >>> told_months("Talks stalled in May 2021; the offer is due to lapse in March 2022. It was 2020.")
    ([(2021, 5)], [(2022, 3)])
    """
    past, ahead = [], []
    for m in _YEAR.finditer(body):
        before = body[max(0, m.start() - 120):m.start()]
        month = _MONTH_BEFORE.search(before)
        if month is None:
            continue
        before_month = before[:month.start()]
        sentence = re.split(r"[.!?\n;,]", before_month)[-1]
        key = (int(m.group(1)), _MONTH_NAMES.index(month.group(1).lower()[:3]) + 1)
        (ahead if _AHEAD.search(before_month[-24:]) or _FUTURE.search(sentence) else past).append(key)
    return past, ahead


def _named_years(headline: str, body: str) -> list[int]:
    """Years of events named in the headline or the opening sentence ("IDEX 2025", "MAKS-2021")."""
    opening = re.split(r"(?<=[.!?])\s", body.strip(), maxsplit=1)[0]
    return [int(m.group(2)) for m in _NAMED.finditer(f"{headline}\n{opening}") if m.group(1).lower() not in _PLANS | _NO_NAME]


def lead_weekday(body: str) -> int | None:
    """The first weekday the lead (its first 700 characters) names, as 0 (Monday) to 6."""
    lead = body[:700].lower()
    first = min(((m.start(), i) for i, d in enumerate(_WEEKDAYS) if (m := re.search(rf"\b{d}\b", lead))), default=None)
    return first[1] if first else None


def best_year(iso: str, body: str, headline: str = "", weekday: int | None = None,
              held: Callable[[int], int] | None = None, today: date | None = None) -> tuple[int, float]:
    """The best-scored year for a dateline's ``0000-MM-DD`` and how far it leads the runner-up."""
    month, day = int(iso[5:7]), int(iso[8:10])
    today = today or date.today()
    past, ahead = told_years(body)
    past_months, ahead_months = told_months(body)
    wd = weekday if weekday is not None else lead_weekday(body)
    named = _named_years(headline, body)
    latest = max(past, default=None)
    later = [y for y in ahead if latest is None or y > latest]
    first_ahead = min(later, default=None)
    scores: dict[int, float] = {}
    for year in range(today.year - 40, today.year + 1):
        try:
            day_of = date(year, month, day)
        except ValueError:
            continue
        if day_of > today:
            continue
        score = 0.0
        if wd is not None:
            score += _OFFSET.get((day_of.weekday() - wd) % 7, _FAR_OFFSET)
        if held is not None:
            score += 3 * held(year)
        score -= 3 * len({y for y in past if y > year})  # told of as past, yet after it
        if latest is not None and year - latest > 4:
            score -= 1.5 if year - latest <= 8 else 3  # the latest past a text tells of is seldom old
        score -= 1.5 * len({y for y in ahead if y < year})  # spoken of as ahead, yet before it
        month_of = (year, month)  # ... and, for a month of the candidate's own year, at that month
        score -= 3 * len({ym for ym in past_months if ym[0] == year and ym > month_of})
        score -= 1.5 * len({ym for ym in ahead_months if ym[0] == year and ym < month_of})
        if first_ahead is not None and first_ahead - year > 3:
            score -= 1 if first_ahead - year <= 6 else 2  # what a text speaks of as ahead is seldom far off
        score += 0.02 * (year - today.year)  # nothing else equal: the more recent
        score += sum(2 if year == n else 0.5 if year == n + 1 else 0 for n in named)
        scores[year] = score
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], -kv[0]))
    if len(ranked) < 2:
        return (ranked[0][0], math.inf) if ranked else (today.year, 0.0)
    return ranked[0][0], ranked[0][1] - ranked[1][1]
