"""The plain dates :func:`graph.relations.time._plain` reads itself give what dateparser gives."""
from __future__ import annotations

from datetime import date

import pytest

from graph.relations import time as T

BASES = [date(2024, 2, 29), date(2025, 1, 1), date(2023, 12, 31), date(2025, 6, 30), None]


def _dateparser(text: str, base: date | None):
    data = T._parser(base).get_date_data(text)
    return None if data.date_obj is None else (data.date_obj.date(), data.period or "day")


def _texts() -> list[str]:
    out = ["today", "Today", "this year", "This year", "last year", "Last year", "last month", "Last month"]
    for month in T._MONTH_NUMBER:
        out += [month, f"{month} 2022", f"{month}, 1999"]
        for day in (0, 1, 5, 9, 12, 28, 29, 30, 31, 32):
            out += [f"{month} {day}", f"{day} {month}", f"{month} {day}, 2023", f"{day} {month} 2024",
                    f"{month} {day}th", f"{month} 0{day}" if day < 10 else f"{day}rd {month} 2021"]
    return out


@pytest.mark.parametrize("base", BASES)
def test_plain_dates_agree_with_dateparser(base):
    checked = 0
    for text in _texts():
        plain = T._plain(text, base)
        if plain is not None:
            checked += 1
            assert plain == _dateparser(text, base), (text, base)
    assert checked > 100


def test_other_texts_are_left_to_dateparser():
    for text in ("Sept. 12", "last Friday", "five years ago", "March two", "May 45", "February 30, 2023",
                 "the 1990s", "march 5", "early March"):
        assert T._plain(text, date(2025, 3, 10)) is None
    assert T._plain("March", None) is None  # no base: "now" is dateparser's
    assert T._plain("March 2022", None) == (date(2022, 3, 1), "month")


def test_a_sentences_date_spans_are_made_once_and_each_ask_gets_its_own_list(pipeline):
    doc = pipeline.nlp("Ruritania signed the deal on Monday. It ordered six tankers in March 2021 and two in May.")
    doc.user_data["published"] = "2025-02-21"
    second = list(doc.sents)[1]
    first_ask, again = T.resolved_dates(second, date(2025, 2, 21)), T.resolved_dates(second, date(2025, 2, 21))
    assert [(s.text, v) for s, v in first_ask] == [("in March 2021", "2021-03"), ("in May", "2024-05")]
    assert first_ask == again and first_ask is not again
    assert all(a is b for (a, _), (b, _) in zip(first_ask, again, strict=True))  # the same Span objects
    first_ask.clear()
    assert len(T.resolved_dates(second, date(2025, 2, 21))) == 2
    assert [s.text for s in T.lead_sentences(doc, 2)] == [s.text for s in doc.sents][:2]
