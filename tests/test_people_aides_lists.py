"""People tied to a state through a leader or a cabinet title (issue 10): a national security adviser serves
the state; "<leader>'s adviser" serves the leader's state; "<portfolio> Secretary X" is a state's cabinet
post. Invented sentences about other countries."""
from __future__ import annotations

from functools import partial

import pytest

from tests.extracted import text_edges

edges = partial(text_edges, published="2024-05-02")


@pytest.mark.parametrize("text,expected,absent", [
    # a national security adviser is one of the state's people, not an institute's
    ("Peru reshuffled its cabinet. The national security adviser, Ana Torres, resigned on Monday.",
     {("Ana Torres", "AFFILIATED_WITH", "Peru")}, set()),
    # "<leader>'s adviser": the state the leader heads
    ("President Vladimir Putin of Russia spoke first. Pavel Orlov, Putin's national security adviser, "
     "said the talks went well.", {("Pavel Orlov", "AFFILIATED_WITH", "Russia")}, set()),
    ("Prime Minister Keir Starmer of Britain met Macron. Tom Hale, Starmer's adviser, joined them.",
     {("Tom Hale", "AFFILIATED_WITH", "United Kingdom")}, set()),
    # a leader's aide whose state the text does not name is tied to no other state the sentence names
    ("President Lee Jae-myung named a minister. Kang Min-ho, Lee's chief of staff, said the alliance with "
     "the United States would grow.", set(), {("Kang Min-ho", "AFFILIATED_WITH", "United States")}),
    # a relative is no post
    ("President Emmanuel Macron met Olaf Scholz. Anne Laure, Macron's wife, joined them.",
     set(), {("Anne Laure", "AFFILIATED_WITH", "France")}),
    # "<portfolio> Secretary X": a state's cabinet post
    ("Chile renewed its fleet. Transport Secretary Ana Rojas said the ships were late.",
     {("Ana Rojas", "AFFILIATED_WITH", "Chile")}, set()),
    # a party's secretary is no state office
    ("Vietnam hosted the talks. Party Secretary Nguyen Van Long greeted the guests.",
     set(), {("Nguyen Van Long", "AFFILIATED_WITH", "Vietnam")}),
])
def test_aides_and_listed_titles(pipeline, text, expected, absent):
    found = edges(pipeline, text)
    assert expected <= found, found
    assert not absent & found, found
