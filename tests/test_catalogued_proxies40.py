"""A state and the armed group or hired force the reference data says it backs (``patron_proxies.csv``), named in
one sentence with a backing word, cooperate (session 40). Not a pair the data lacks or dates otherwise, a negated cue
only, or a state set against the group. Invented sentences."""
from __future__ import annotations

import pytest

from graph.relations.families.catalogued_proxies import patron_kind
from tests.extracted import text_edges


def _coop(edges, a: str, b: str) -> bool:
    return any(t == "COOPERATES_WITH" and {s, o} == {a, b} for s, t, o in edges)


def test_data_dates_the_ties():
    assert patron_kind({"Iran"}, {"Hezbollah"}, 2024) == "arms"
    assert patron_kind({"Mali"}, {"Wagner Group"}, 2023) == "hires"
    assert patron_kind({"Mali"}, {"Wagner Group"}, 2019) is None
    assert patron_kind({"Qatar"}, {"Hamas"}, 2024) == "funds"
    assert patron_kind({"Israel"}, {"Hezbollah"}, 2024) is None


@pytest.mark.parametrize("text,a,b", [
    ("Officials said the new rockets reached Hezbollah through smugglers and that Iran had paid for the weapons.",
     "Iran", "Hezbollah"),
    ("Mali's junta turned to the Wagner Group, hiring about a thousand Russian contractors last winter.",
     "Mali", "Wagner Group"),
])
def test_catalogued_proxies_with_a_cue(pipeline, text, a, b):
    edges = text_edges(pipeline, text, "2024-05-14")
    assert _coop(edges, a, b), edges


@pytest.mark.parametrize("text,a,b,day", [
    # no backing word
    ("Iran and Hezbollah were both mentioned in the minister's speech on Tuesday.", "Iran", "Hezbollah",
     "2024-05-14"),
    # the data dates the contract later
    ("Mali's junta turned to the Wagner Group, hiring about a thousand Russian contractors last winter.", "Mali",
     "Wagner Group", "2018-05-14"),
    # a denial only
    ("Iran has never armed Hezbollah, the foreign ministry insisted on Monday.", "Iran", "Hezbollah", "2024-05-14"),
    # a compound cue tells only of the actor it describes
    ("The Iran-backed Houthis began firing at ships after the war between Israel and Hamas broke out.", "Iran",
     "Hamas", "2024-05-14"),
    # a place, not a patron
    ("The mercenaries of the Wagner Group were seen in Mali last week, residents said.", "Mali", "Wagner Group",
     "2024-05-14"),
    # the data has no such tie
    ("Officials said the new rockets reached Hezbollah through smugglers and that Israel had tracked the weapons.",
     "Israel", "Hezbollah", "2024-05-14"),
])
def test_no_tie(pipeline, text, a, b, day):
    edges = text_edges(pipeline, text, day)
    assert not _coop(edges, a, b), edges
