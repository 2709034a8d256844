"""COOPERATES_WITH with the article's state as the implicit side (session 49): a standing tie noun whose own side
the sentence does not name ("Ties with Lima remain deep", "deepened the strategic partnership with Paris") is the
article's state's. Sentences of our own."""
from __future__ import annotations

import pytest
from test_ties import COOP, tie, ties

_FOCAL = "Uruguay buys three used patrol ships from Spain. "


@pytest.mark.parametrize("text,expected", [
    (_FOCAL + "Ties with Paraguay remain deep, officials in Montevideo said.", {tie(COOP, "Uruguay", "Paraguay")}),
    (_FOCAL + "He argued that the purchase also deepened the strategic partnership with Asuncion.",
     {tie(COOP, "Uruguay", "Paraguay")}),
    (_FOCAL + "Officials said defence cooperation with Paraguay would keep growing next year.",
     {tie(COOP, "Uruguay", "Paraguay")}),
])
def test_focal_tie(pipeline, text, expected):
    found = ties(pipeline, text)
    assert expected <= found, f"missing {expected - found}; found {found}"


@pytest.mark.parametrize("text,absent", [
    # an owner names the side; a generic noun of a state's firms is no state; a soured tie is no cooperation
    (_FOCAL + "Argentina's ties with Paraguay remain deep.", {tie(COOP, "Uruguay", "Paraguay")}),
    ("The United States imposed sanctions on two Chinese firms. The firms build drones in partnership with Russian "
     "firms.", {tie(COOP, "Russia", "United States")}),
    (_FOCAL + "Relations with Paraguay have soured since the dispute.", {tie(COOP, "Uruguay", "Paraguay")}),
])
def test_focal_tie_absent(pipeline, text, absent):
    found = ties(pipeline, text)
    assert not absent & found, f"unexpected {absent & found}"
