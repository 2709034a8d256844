"""Session 47 mend (mendt47), on invented sentences: a bloc noun's lone member state must be the one its own clause
speaks of (its subject, owner or apposition), not a speaker named only in the reporting clause, and a clause only
supposed ("If X joined, it would ...") gives none (confirmed_membership._lone_member_in); a state's work with the
United Nations is no longer dropped for a membership of the UN read from the same text and dropped later
(passes/finish.py: drop_universal_memberships before drop_bloc_ties)."""
from __future__ import annotations

import pytest

from tests.extracted import graph_of, has_member, relations_in

_PUBLISHED = "2025-06-02"


def members(pipeline, text: str) -> set[tuple[str, str]]:
    """(member, bloc) of the MEMBER_OF relations the text states (not the reference catalogue's)."""
    return {(s, t) for s, typ, t in relations_in(graph_of(pipeline, text, _PUBLISHED)) if typ == "MEMBER_OF"}


@pytest.mark.parametrize("text,state,bloc", [
    # the member only speaks: the noun is the non-member's
    ("Moldova hopes for a place in the EU, Romania's president said on Sunday.", "Romania",
     "European Union"),
    ("Georgia wants a bigger role in NATO, Lithuania's foreign minister said in Vilnius.", "Lithuania",
     "North Atlantic"),
    # a non-member's guests from the bloc's member states, a member's ministry speaking
    ("Kenya hosted officers from EU countries in Mombasa last week, Italy's defence ministry said.", "Italy",
     "European Union"),
    # a hypothetical about a non-member, told by a member
    ("If Bosnia joined, it would have the smallest navy in NATO, Denmark's defence minister said.", "Denmark",
     "North Atlantic"),
])
def test_a_speaking_member_is_no_lone_member(pipeline, text, state, bloc):
    found = members(pipeline, text)
    assert not has_member(found, state, bloc), found


@pytest.mark.parametrize("text,state", [
    ("Bangladesh works closely with the United Nations in South Sudan, where 1,500 Bangladeshi troops serve under "
     "UN command.", "Bangladesh"),
    ("Senegal has trained with the United Nations for years, and Senegalese battalions serve under UN command in "
     "Mali.", "Senegal"),
])
def test_work_with_the_united_nations_is_kept(pipeline, text, state):
    edges = relations_in(graph_of(pipeline, text, _PUBLISHED))
    assert any(k[1] == "COOPERATES_WITH" and {k[0], k[2]} == {state, "United Nations"} for k in edges), edges
