"""Session 47 mend (mendl47), on invented sentences: every body of a membership list of three or more is read,
whatever the parser hangs the later items on ("members of the UN, the EU and NATO" makes the EU and NATO conjuncts
of "members", not objects of "of": coordination.hung_tail_object, read by membership.membership); the two-body
list stays read, and a list after a noun of no membership ("partners of") reads nothing."""
from __future__ import annotations

import pytest

from tests.extracted import graph_of, has_member, relations_in

_PUBLISHED = "2025-06-02"


def members(pipeline, text: str) -> set[tuple[str, str]]:
    """(member, bloc) of the MEMBER_OF relations the text states (not the reference catalogue's)."""
    return {(s, t) for s, typ, t in relations_in(graph_of(pipeline, text, _PUBLISHED)) if typ == "MEMBER_OF"}


@pytest.mark.parametrize("text,state,bloc", [
    ("Estonia and Latvia, members of the United Nations, the European Union and NATO, sent two minehunters to the "
     "Gulf of Riga.", "Latvia", "North Atlantic"),
    ("Estonia and Latvia, members of the United Nations, the European Union and NATO, sent two minehunters to the "
     "Gulf of Riga.", "Estonia", "European Union"),
    ("Portugal and Greece, members of the European Union, NATO and the United Nations, signed the pledge in "
     "Lisbon.", "Greece", "North Atlantic"),
    ("Portugal and Greece, members of the OSCE, the European Union and NATO, signed the pledge in Lisbon.",
     "Portugal", "North Atlantic"),
])
def test_every_body_of_a_long_membership_list_is_read(pipeline, text, state, bloc):
    found = members(pipeline, text)
    assert has_member(found, state, bloc), found


@pytest.mark.parametrize("text,state,bloc", [  # guards: read before the mend too
    ("Estonia and Latvia, members of the European Union and NATO, sent two minehunters to the Gulf of Riga.",
     "Latvia", "North Atlantic"),
    ("Estonia and Latvia, members of the European Union and NATO, sent two minehunters to the Gulf of Riga.",
     "Estonia", "European Union"),
])
def test_a_two_body_membership_list_stays_read(pipeline, text, state, bloc):
    found = members(pipeline, text)
    assert has_member(found, state, bloc), found


@pytest.mark.parametrize("text", [  # guards: nothing read before the mend either
    "Japan and South Korea, partners of NATO, the European Union and the United Nations, held a naval drill.",
    "Chile and Peru, observers at the OSCE, the European Union and NATO, signed the pledge in Lima.",
])
def test_a_list_after_no_membership_noun_reads_no_membership(pipeline, text):
    assert not members(pipeline, text)
