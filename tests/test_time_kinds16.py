"""Session 16 time kinds: the year of a yearless dateline from office holders a plural title names,
and stage cues read from the parse. Texts written for the test."""
from __future__ import annotations

from graph.text.metadata import _in_office, from_text


def test_a_plural_title_names_each_of_its_office_holders():
    # 8 December fell on a Thursday in 2016 and in 2022; Tokayev became president only in 2019
    text = ("ASTANA, Dec. 8 (Plains Ledger) - Presidents Kassym-Jomart Tokayev and Shavkat Mirziyoyev opened a "
            "rail crossing on Thursday. The line was first planned in 2013.")
    assert (_in_office(text, 12, 8)(2016), _in_office(text, 12, 8)(2022)) == (1, 2)
    assert from_text(text).published == "2022-12-08"
    # the holder named second counts too, and a name after the pair is no holder
    other = "Presidents Shavkat Mirziyoyev and Kassym-Jomart Tokayev met; Ilham Aliyev did not come."
    assert _in_office(other, 12, 8)(2022) == 2
    # a former title proves nothing
    former = text.replace("Presidents", "former Presidents")
    assert _in_office(former, 12, 8)(2022) == 0
