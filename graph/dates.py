"""Dates of the graph as days: the one reading of ISO dates at any precision shared by the
embedded schema's DATE columns, the exports and the time filters of the named queries.

A stored date is ISO 8601 at the precision the source gave (``2025``, ``2025-05``, ``2025-05-07``)
or an interval ``START/END`` with either side open. As a day, a start (``valid_from``,
``first_reported``, ``published``, an event's ``date``...) is the first day of its period and an end
(``valid_to``) the last: a fact that ended "in 2019" held on some day of 2019.

A relationship holds in a window ``[lo, hi]`` (days) when it began by ``hi`` and did not end before
``lo``; it begins at ``valid_from``, else at its ``first_reported``; a relationship with neither is
timeless and holds everywhere. ``as_of`` D is the window ``[D, D]``; ``since``/``until`` bound it.

>>> day("2019"), day("2019", end=True), day("2019-02", end=True), day("2020-03-01/2020-04")
(datetime.date(2019, 1, 1), datetime.date(2019, 12, 31), datetime.date(2019, 2, 28), datetime.date(2020, 3, 1))
>>> window(as_of="2020")
(datetime.date(2020, 1, 1), datetime.date(2020, 1, 1))
>>> holds({"valid_from": "2019", "valid_to": "2021-06"}, *window(since="2021-07"))
False
"""
from __future__ import annotations

import calendar
import re
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from .errors import QueryError

#: Weekday names, Monday first as :meth:`datetime.date.weekday` counts them; month names cut to three letters.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")

# typed date columns: property -> whether it is an end (read as the last day of its period)
NODE_DATES: dict[str, bool] = {"published": False, "date": False}
REL_DATES: dict[str, bool] = {"first_reported": False, "last_reported": False, "valid_from": False, "valid_to": True}
DATE_PROPERTIES = set(NODE_DATES) | set(REL_DATES)

MIN_DAY, MAX_DAY = date(1, 1, 1), date(9999, 12, 31)
_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?\s*$")


def day(value: Any, end: bool = False) -> date | None:
    """The first (or, with ``end``, the last) day of an ISO date at any precision; for an interval,
    its start (or end) side. None for None, '' and what is not an ISO date."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if hasattr(value, "to_native"):  # a neo4j.time.Date
        return value.to_native()
    return _day(str(value), end)


@lru_cache(maxsize=65536)
def _day(text: str, end: bool) -> date | None:
    if "/" in text:
        start, _, stop = text.partition("/")
        text = stop if end else start
        if not text:
            return None
    m = _ISO.match(text)
    if not m:
        return None
    year, month, dd = int(m.group(1)), m.group(2), m.group(3)
    try:
        if month is None:
            return date(year, 12, 31) if end else date(year, 1, 1)
        mo = int(month)
        if dd is None:
            return date(year, mo, calendar.monthrange(year, mo)[1]) if end else date(year, mo, 1)
        return date(year, mo, int(dd))
    except ValueError:
        return None


def iso(value: Any) -> str | None:
    """A day as ``YYYY-MM-DD`` (dates, datetimes, pandas Timestamps, neo4j Dates); None stays None."""
    if value is None:
        return None
    if isinstance(value, float) and value != value:
        return None
    if hasattr(value, "to_native"):
        value = value.to_native()
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp
        if str(value) == "NaT":
            return None
        value = value.to_pydatetime()
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def param(value: Any, name: str, end: bool = False) -> str:
    """A query parameter (``as_of``, ``since``, ``until``) as ``YYYY-MM-DD``, '' when unset;
    ``until`` takes the last day of its period (``until=2019`` is up to 2019-12-31)."""
    if value is None or value == "":
        return ""
    d = day(value, end=end)
    if d is None:
        raise QueryError(f"{name} must be an ISO date such as 2020-01-01 (or 2020, 2020-05); got {value!r}")
    return d.isoformat()


def window(as_of: Any = "", since: Any = "", until: Any = "") -> tuple[date, date]:
    """The days ``(lo, hi)`` of a time filter; ``as_of`` wins over ``since``/``until``; unset is open."""
    if as_of:
        d = day(as_of)
        return d, d
    return (day(since) or MIN_DAY), (day(until, end=True) or MAX_DAY)


def start_of(attrs: dict[str, Any]) -> date | None:
    """When a relationship begins: ``valid_from``, else ``first_reported``, else None (timeless)."""
    return day(attrs.get("valid_from")) or day(attrs.get("first_reported"))


def holds(attrs: dict[str, Any], lo: date, hi: date) -> bool:
    """Whether a relationship with these properties holds on some day of ``[lo, hi]``."""
    start = start_of(attrs)
    stop = day(attrs.get("valid_to"), end=True)
    return lo <= hi and (start is None or start <= hi) and (stop is None or stop >= lo)


def is_open(lo: date, hi: date) -> bool:
    return lo == MIN_DAY and hi == MAX_DAY


# Closing (bi-temporal, as Graphiti's invalid_at): a later report that ends a fact sets its valid_to
# rather than deleting it; the fact then drops out of any as_of after that day.
ENDING = {"stage": {"cancelled", "retired"}, "status": {"former"}}


def ends(attrs: dict[str, Any]) -> bool:
    """Whether these relationship properties state an end (a cancelled deal, a retired fleet, a
    former member)."""
    return any(attrs.get(k) in values for k, values in ENDING.items())


def end_of(attrs: dict[str, Any]) -> str | None:
    """The day an ending report puts the end at: its ``valid_to``, else the latest ``when`` of its
    evidence (the end side of an interval), else when it was reported."""
    if attrs.get("valid_to"):
        return attrs["valid_to"]
    whens = []
    for item in attrs.get("evidence") or ():
        w = str(item.get("when") or "")
        start, _, stop = w.partition("/")
        if stop or start:
            whens.append(stop or start)
    return max(whens, default=None) or attrs.get("last_reported") or attrs.get("first_reported")


def close_new(attrs: dict[str, Any]) -> None:
    """A new relationship that states its own end gets ``valid_to`` (in place)."""
    if ends(attrs) and not attrs.get("valid_to"):
        end = end_of(attrs)
        if end:
            attrs["valid_to"] = end


def close_merged(out: dict[str, Any], known: dict[str, Any], attrs: dict[str, Any]) -> None:
    """After merging ``attrs`` into ``known`` (as ``out``, in place): a report that ends the fact and
    is not older than what is known closes it (``valid_to``, and its stage or status); a report of
    the fact as going on that is later than the close and than every report known reopens one a text
    report had closed (another sentence of the same article does not: "received its first F-16s in
    1980 ... its F-16 era is over" is a retirement)."""
    reported, latest = attrs.get("last_reported") or attrs.get("first_reported"), known.get("last_reported")
    if ends(attrs):
        end = end_of(attrs)
        if end and (not latest or not reported or reported >= latest):
            out["valid_to"] = end
            out.update({k: attrs[k] for k in ENDING if attrs.get(k)})
    elif ends(known) and known.get("valid_to") and reported and reported > known["valid_to"] \
            and reported > (known.get("last_reported") or "") and not attrs.get("valid_to"):
        out.pop("valid_to", None)
        for k, values in ENDING.items():
            if known.get(k) in values:
                if attrs.get(k):
                    out[k] = attrs[k]
                else:
                    out.pop(k, None)
