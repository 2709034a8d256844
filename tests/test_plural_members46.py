"""Session 46: a plural description of states ("both countries", "the three governments") stands for the right
group when it says what they are members of (graph/relations/plural.py, context.clause_subjects). Invented
sentences.

- An earlier sentence naming a pair only as objects ("thanked A and B for hosting") gives way to the article's own
  pair, the subject list of its opening ("C and D agreed ...").
- A bare "both" carries on a plural description of the sentence before ("Both countries belong to X. Y, to which
  both also belong").
- A bare "both" after a sentence whose clauses have two states as subjects stands for them, a state named only as a
  modifier ("the Russian-led X") left out.
- A relative clause on a plural description ("the three governments, which set up X") is said of its states."""
from __future__ import annotations

import pytest

from tests.extracted import graph_of, relations_in

CIS = "Commonwealth of Independent States"
SCO = "Shanghai Cooperation Organisation"


def text_members(pipeline, text: str) -> set[tuple[str, str]]:
    """(member, bloc) of the MEMBER_OF the text itself states."""
    return {(s, t) for (s, typ, t) in relations_in(graph_of(pipeline, text, "2024-05-02")) if typ == "MEMBER_OF"}


@pytest.mark.parametrize("text,present,absent", [
    ("Armenia and Azerbaijan agreed on Friday to restore diplomatic relations after talks in Geneva. The statement "
     "thanked Qatar and Oman for hosting earlier rounds of dialogue. Both countries are members of the "
     "Commonwealth of Independent States.",
     [("Armenia", CIS), ("Azerbaijan", CIS)], [("Qatar", CIS), ("Oman", CIS)]),
    ("India and Pakistan signed a water accord on Monday. Both countries belong to the Commonwealth of Nations. "
     "The Shanghai Cooperation Organisation, to which both also belong, welcomed the accord.",
     [("India", SCO), ("Pakistan", SCO)], []),
    ("Armenia remains a member of the Russian-led Collective Security Treaty Organization; Azerbaijan left the "
     "organisation in 1999. Both belong to the Commonwealth of Independent States.",
     [("Armenia", CIS), ("Azerbaijan", CIS)], [("Russia", CIS)]),
    ("Burkina Faso, Mali and Niger met in Bamako on Monday. The three governments, which set up the Alliance of "
     "Sahel States in 2023, agreed on a joint force.",
     [("Mali", "Alliance of Sahel States"), ("Niger", "Alliance of Sahel States")], []),
])
def test_plural_description_names_the_members(pipeline, text, present, absent):
    found = text_members(pipeline, text)
    for pair in present:
        assert pair in found, (pair, found)
    for pair in absent:
        assert pair not in found, (pair, found)


def test_a_nearer_subject_pair_still_wins(pipeline):
    """The states a later sentence makes its subjects are the nearer "both countries", not the opening pair."""
    found = text_members(pipeline, "Chile and Peru signed a fishing deal on Monday. Brazil and Argentina agreed a "
                                   "customs pact on Tuesday. Both countries are members of Mercosur.")
    assert ("Brazil", "Southern Common Market") in found, found
    assert ("Chile", "Southern Common Market") not in found, found


@pytest.mark.parametrize("text,pair,expected", [
    ("Japan, South Korea and the United States held a summit. They also promised to work more closely on ties with "
     "the members of ASEAN and the Pacific islands.", ("Japan", "Association of Southeast Asian Nations"), False),
    ("Poland is among the members of NATO that spend most on defence.",
     ("Poland", "North Atlantic Treaty Organization"), True),
])
def test_members_dealt_with_are_not_joined(pipeline, text, pair, expected):
    """A members noun that is the object of "with"/"to" ("ties with the members of X") is the clause's partner, not
    what its subject is (membership.dealt_with_preps); "among the members of X" still is."""
    assert (pair in text_members(pipeline, text)) is expected
