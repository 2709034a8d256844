"""What a text's weekdays say of the year of a yearless dateline ("ALMATY, Nov. 23 (Wire) -"), read as a
reader would:

* a weekday written with its own date ("on Thursday, September 1", "Friday 14 November") falls on that
  date only every five, six or eleven years: of the candidate years, only those fit
  (:func:`dated_years`);
* a weekday the lead tells as a coming day ("will meet on Tuesday", "is due to sign on Friday", "next
  Monday", "runs until Sunday") lies after the writing, not on the day of the news or the day before:
  it dates nothing by itself (:func:`coming_day`);
* a weekday the lead names for the news falls, in the right year, on a day of the month the text writes a few
  days before the dateline ("closed on Sunday ... ran from July 23 to July 27"): :func:`days_before`,
  :func:`weekday_on_told_day` (not a weekday a verb of saying reports on).

The weekday step of :func:`~.metadata.year_and_step` uses all three.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from ..dates import MONTH_ABBREVIATIONS, WEEKDAYS

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
# "Thursday, September 1", "Wednesday, Sept. 14", "Friday, 14 November", "Monday 22 July", "Sunday the 4th of August"
_DATED = re.compile(rf"\b(mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?"
                    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH})\b"
                    rf"|(?P<m2>{_MONTH})\b\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)(?!\d)", re.I)


def dated_weekdays(body: str) -> set[tuple[int, int, int]]:
    """(weekday, month, day) of each weekday the text writes with its own date (Monday = 0).

    >>> sorted(dated_weekdays("From Thursday, September 1, the neighbours police the sky. Talks end Friday 14 Nov."))
    [(3, 9, 1), (4, 11, 14)]
    """
    found = set()
    for m in _DATED.finditer(body):
        month = MONTH_ABBREVIATIONS.index((m.group("m1") or m.group("m2")).lower()[:3]) + 1
        day = int(m.group("d1") or m.group("d2"))
        if 1 <= day <= 31:
            found.add((WEEKDAYS.index(m.group(1).lower() + "day"), month, day))
    return found


def _nearest(year: int, month: int, day: int, dated_month: int, dated_day: int) -> date | None:
    """The date ``dated_month``/``dated_day`` nearest the dateline ``year``-``month``-``day``: in its year,
    the year before or the year after ("Friday, December 29" in a story dated 2 January lies in the year before)."""
    try:
        dateline = date(year, month, day)
    except ValueError:
        return None
    options = []
    for y in (year - 1, year, year + 1):
        try:
            options.append(date(y, dated_month, dated_day))
        except ValueError:
            continue
    return min(options, key=lambda d: abs(d - dateline), default=None)


def dated_years(body: str, month: int, day: int, years: range) -> set[int]:
    """The years of ``years`` whose dateline day (``month``/``day``) puts every weekday the text writes with
    its date on that date, each date taken nearest the dateline; empty when the text writes none, or no year fits.

    >>> sorted(dated_years("From Thursday, September 1, the neighbours police the sky.", 8, 31, range(2015, 2027)))
    [2016, 2022]
    """
    dated = dated_weekdays(body)
    if not dated:
        return set()
    fit = set()
    for year in years:
        days = [_nearest(year, month, day, m, d) for _, m, d in dated]
        if all(d is not None and d.weekday() == w for d, (w, _, _) in zip(days, dated, strict=True)):
            fit.add(year)
    return fit


# what tells a weekday as a day ahead of the writing: in its clause before it, a future or a schedule ("will meet
# on", "is due to sign on", "are set to arrive on", "is scheduled for"); right before it, a span that ends then
# ("runs until", "through") or "next"/"coming" ("next Monday", "this coming Friday"); not "by", which also
# tells a point reached ("by Monday morning the rebels held the city")
_AHEAD_BEFORE = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:due|set|scheduled|expected|slated|to)|due\s+to|"
                           r"(?:scheduled|expected|set)\s+to)\b(?:(?![,;:]).)*$", re.I)
_AHEAD_WORD = re.compile(r"\b(?:until|till|through|next|coming)\s+$", re.I)
# what ends a clause before a weekday: a comma or a sentence's end, "that"/"which"/"when" opening another clause
_RELATIVE = {"who", "which", "that"}
_CLAUSE_START = re.compile(r"[.;:!?,\n\u2014]|\b(?:that|which|who|when|after|before|and|but|said|says|told|announced)\b",
                           re.I)


def coming_day(lead: str, start: int) -> bool:
    """Whether the weekday a lead names at ``start`` is told as a day ahead of the writing: in a clause whose
    verb is a future or a schedule ("the talks will resume on Tuesday", "is due to sign on Friday"), after
    "next", "coming", "until" or "through" ("next Monday", "runs until Sunday"); not one a clause reports as done
    ("said on Friday that it will ...", "announced on Monday").

    >>> lead = "the two navies will begin a joint patrol on tuesday, officials said."
    >>> coming_day(lead, lead.index("tuesday"))
    True
    >>> lead = "the minister said on tuesday that the two navies will patrol together."
    >>> coming_day(lead, lead.index("tuesday"))
    False
    >>> lead = "the president named the officers who will run the forces on friday."
    >>> coming_day(lead, lead.index("friday"))
    False
    >>> lead = "the show, which opened on monday, runs until sunday."
    >>> coming_day(lead, lead.index("monday")), coming_day(lead, lead.index("sunday"))
    (False, True)
    """
    before = lead[max(0, start - 120):start]
    cuts = list(_CLAUSE_START.finditer(before))
    clause = before[cuts[-1].end():] if cuts else before
    # a future in a relative clause may not govern the weekday: "named the officers who will run the forces on
    # Friday" was named on Friday
    relative = bool(cuts) and cuts[-1].group(0).lower() in _RELATIVE
    return bool((_AHEAD_BEFORE.search(clause) and not relative) or _AHEAD_WORD.search(before))


def days_ahead(year: int, month: int, day: int, weekday: int) -> int:
    """How many days after the dateline of ``year`` the next ``weekday`` falls (1..7; 0: no such day)."""
    try:
        dateline = date(year, month, day)
    except ValueError:
        return 0
    return next(n for n in range(1, 8) if (dateline + timedelta(days=n)).weekday() == weekday)


# a day of the month the text writes ("ran from July 23 to July 27", "on 27 July", "until Sept. 3"), with or
# without its year
_DAY_OF_MONTH = re.compile(rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH})\b"
                           rf"|(?P<m2>{_MONTH})\b\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)(?!\d|:)", re.I)


def days_before(body: str, month: int, day: int, most: int = 6) -> set[tuple[int, int]]:
    """(month, day) of each day of the month the text writes that falls one to ``most`` days before the
    dateline's ``month``/``day`` (taken in a common year).

    >>> sorted(days_before("The drill ran from July 23 to July 27 and ends the season on 30 July.", 7, 28))
    [(7, 23), (7, 27)]
    """
    dateline = date(2001, month, day) if (month, day) != (2, 29) else date(2001, 3, 1)
    found = set()
    for m in _DAY_OF_MONTH.finditer(body):
        dm = MONTH_ABBREVIATIONS.index((m.group("m1") or m.group("m2")).lower()[:3]) + 1
        dd = int(m.group("d1") or m.group("d2"))
        for y in (2000, 2001):
            try:
                told = date(y, dm, dd) if (dm, dd) != (2, 29) else date(y, 2, 28)
            except ValueError:
                break
            if 1 <= (dateline - told).days <= most:
                found.add((dm, dd))
    return found


def weekday_on_told_day(year: int, weekday: int, told: set[tuple[int, int]]) -> bool:
    """Whether ``weekday`` falls, in ``year``, on one of the days of the month ``told`` (a day before the dateline
    the text writes: "wrapped up on Sunday ... ran from July 23 to July 27" puts that Sunday on July 27).

    >>> weekday_on_told_day(2025, 6, {(7, 27)}), weekday_on_told_day(2024, 6, {(7, 27)})
    (True, False)
    """
    for month, day in told:
        try:
            if date(year, month, day).weekday() == weekday:
                return True
        except ValueError:
            continue
    return False
