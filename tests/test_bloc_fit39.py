"""A bloc only described ("the same bloc", "that bloc", "the 31st member") is the most recent named bloc the
description FITS (families/bloc_fit.py, entities/descriptions.py member_subjects; session 39), on invented
sentences: the membership data must ever list the state under it, an ordinal on a member noun must not pass the
number of members it ever had; where no earlier bloc fits, nothing. A verb that is no membership ("Russia warned
the alliance") moves no description."""
from __future__ import annotations

import pytest

from tests.extracted import text_edges

CSTO = "Collective Security Treaty Organization"
NATO = "North Atlantic Treaty Organization"
OTS = "Organization of Turkic States"
EU = "European Union"


def members(pipeline, text: str, published: str = "2024-05-02") -> set[tuple[str, str]]:
    """(member, bloc) of the MEMBER_OF relations the text itself states."""
    return {(s, t) for s, kind, t in text_edges(pipeline, text, published) if kind == "MEMBER_OF"}


@pytest.mark.parametrize("text,published,expected,wrong", [
    # the nearer bloc never had the state: the one named before it
    ("The CSTO held a staff drill near Minsk in March. The Organization of Turkic States met in Baku a week "
     "later. Armenia belongs to the same bloc as Belarus.", "2024-05-02", ("Armenia", CSTO), ("Armenia", OTS)),
    ("The CSTO held a staff drill near Minsk in March. The European Union sent observers to the border. "
     "Uzbekistan left that bloc in 2012.", "2024-05-02", ("Uzbekistan", CSTO), ("Uzbekistan", EU)),
    # an ordinal past the nearer bloc's size: a member of the one before it
    ("NATO leaders gathered in Vilnius on Tuesday. Sweden promised to help revive Turkey's bid to join the "
     "European Union. Finland, which became the 31st member in April, attended its first summit.", "2023-07-12",
     ("Finland", NATO), ("Finland", EU)),
])
def test_description_fits_earlier_bloc(pipeline, text, published, expected, wrong):
    found = members(pipeline, text, published)
    assert expected in found, found
    assert wrong not in found, found


def test_no_fitting_bloc_gives_nothing(pipeline):
    """No bloc named before ever had the state: "left that bloc" is no membership of either."""
    text = ("NATO leaders gathered in Vilnius on Tuesday. Turkmenistan marked thirty years since it left the "
            "Soviet Union with a parade.")
    assert not {m for m in members(pipeline, text) if m[0] == "Turkmenistan"}


def test_other_verbs_take_the_nearest(pipeline):
    """A verb that says no membership: the description is not steered by the state beside it."""
    text = ("NATO ministers met in Brussels on Monday. The SCO held its summit in Astana. Russia warned the "
            "alliance against new drills.")
    assert ("Russia", NATO) not in members(pipeline, text)
