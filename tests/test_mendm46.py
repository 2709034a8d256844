"""Session 46 mend (mendm46): two wrong readings the review of members46 and platforms46 found. Invented sentences.

- A plural description ("both countries") after a pair named only as objects stands for the article's opening pair
  only where that pair is a guest or go-between (thanked, hosted, met) or where the membership data confirms the
  opening pair and not the near one (graph/relations/plural.py, ``_lede_fits``); a pair acted on otherwise
  ("sanctioned A and B") is meant, as is a thanked pair the data confirms over the opening one.
- A number after a ship's name followed by a demonym or a designation counts what follows ("the carrier Liaoning
  12 Chinese warships"): no hull number (graph/mentions/ships.py, ``_opens_noun_phrase``)."""
from __future__ import annotations

import pytest

from tests.extracted import graph_of, relations_in

CIS = "Commonwealth of Independent States"
NATO = "North Atlantic Treaty Organization"
OPEC = "Organization of the Petroleum Exporting Countries"


def members(pipeline, text: str) -> set[tuple[str, str]]:
    return {(s, t) for (s, typ, t) in relations_in(graph_of(pipeline, text, "2025-03-10")) if typ == "MEMBER_OF"}


@pytest.mark.parametrize("text,meant,not_meant", [
    ("Kenya and Uganda agreed on a pipeline route on Monday. The European Union fined Russia and Belarus last week. "
     "Both countries are members of the Commonwealth of Independent States.",
     [("Russia", CIS), ("Belarus", CIS)], [("Kenya", CIS), ("Uganda", CIS)]),
    ("Peru and Chile signed a fishing accord on Monday. Washington sanctioned Algeria and Libya on Friday. "
     "Both countries are members of OPEC.",
     [("Algeria", OPEC), ("Libya", OPEC)], [("Peru", OPEC), ("Chile", OPEC)]),
    ("Switzerland and Austria signed a rail deal on Monday. The statement thanked Norway and Denmark for their "
     "advice. Both countries belong to NATO.",
     [("Norway", NATO), ("Denmark", NATO)], [("Switzerland", NATO), ("Austria", NATO)]),
])
def test_the_near_object_pair_is_meant(pipeline, text, meant, not_meant):
    found = members(pipeline, text)
    for pair in meant:
        assert pair in found, (pair, found)
    for pair in not_meant:
        assert pair not in found, (pair, found)


def platforms(pipeline, text: str) -> list[str]:
    g = graph_of(pipeline, text, "2025-03-10")
    return sorted(d.get("name", "") for _, d in g.nodes(data=True) if d.get("label") == "Platform")


@pytest.mark.parametrize("text,not_name", [
    ("The carrier Shandong 14 Chinese destroyers and two tankers sailed east of Taiwan.", "Shandong 14"),
    ("The carrier Fujian 20 J-15 fighters and a frigate left Sanya on Monday.", "Fujian 20"),
])
def test_a_count_after_a_ship_name_is_no_hull_number(pipeline, text, not_name):
    assert not any(not_name in p for p in platforms(pipeline, text)), platforms(pipeline, text)
