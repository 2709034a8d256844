"""The plain dates :func:`graph.text.metadata._plain` reads itself give what dateparser gives (``iso_date``)."""
from __future__ import annotations

from datetime import date

import pytest

from graph.text import metadata as M

BASES = [None, date(2024, 2, 29), date(2025, 1, 1)]


def _dateparser(text: str, base: date | None) -> str | None:
    """``iso_date``'s answer when it asks dateparser (its day test included)."""
    parsed = M._parse(text, base)
    if parsed is None:
        return None
    has_day = bool(M.re.search(r"\b\d{1,2}(st|nd|rd|th)?\b(?!\d)", M.re.sub(r"\d{4}", "", text)))
    return parsed.strftime("%Y-%m-%d" if has_day else "%Y-%m")


def _texts() -> list[str]:
    out = []
    for month in M._MONTH_NUMBER:
        out += [f"{month} 2022", f"{month} 1899", f"{month} 2099"]
        for day in (0, 1, 5, 9, 12, 28, 29, 30, 31, 32):
            out += [f"{day} {month} 2024", f"{month} {day}, 2023", f"{month} {day} 2021", f"{month} {day}th 2024",
                    f"{day}th {month} 2023", f"0{day} {month} 2020" if day < 10 else f"{day}rd {month} 2021"]
    return out


@pytest.mark.parametrize("base", BASES)
def test_plain_dates_agree_with_dateparser(base):
    checked = 0
    for text in _texts():
        plain = M._plain(text)
        if plain is not None:
            checked += 1
            assert plain == _dateparser(text, base), (text, base)
    assert checked > 300


def test_other_texts_are_left_to_dateparser():
    for text in ("Sept. 12, 2024", "March 4", "4 March", "february 3, 2024", "February 30, 2023", "March 2024 edition",
                 "Monday, March 4, 2024", "4 March, 2024", "March, 2024", "March 5, 1750", "32 May 2024", "last Friday"):
        assert M._plain(text) is None, text
    assert M.iso_date("4 March 2024") == "2024-03-04" and M.iso_date("March 2024") == "2024-03"
    assert M.iso_date("Monday, March 4, 2024") == "2024-03-04"  # (dateparser's)
