"""Ties and people (session 15), on invented sentences: "their allies" names others than a pair; "A
accuses B of arming C" is no conflict of A with B; a member's cooperation with its own bloc gives way
to its membership; a person's relative clause hung on a noun of the apposition ("a former commander of
the navy who now heads Y"), "who took over at Y", and a body named in apposition to the clause's
object; a title that owns the next noun ("X, the president's spokesman") is not X's."""
from __future__ import annotations

import pytest
from extracted import text_edges


def test_their_allies_is_no_pair(pipeline):
    text = ("Vladimir Putin is Russia's president. On Sunday the Estonian prime minister said Estonians had sent "
            "a message to their allies in Europe, and to Vladimir Putin, that small countries stand together.")
    got = text_edges(pipeline, text, "2024-05-02")
    assert ("Estonia", "COOPERATES_WITH", "Russia") not in got and ("Russia", "COOPERATES_WITH", "Estonia") not in got


@pytest.mark.parametrize("pair", ["the two allies", "their governments"])
def test_the_two_allies_are_a_pair(pipeline, pair):
    text = (f"Polish President Andrzej Duda met Lithuanian President Gitanas Nauseda in Vilnius, where {pair} "
            "signed a defence cooperation agreement.")
    got = text_edges(pipeline, text, "2024-05-02")
    assert {("Lithuania", "COOPERATES_WITH", "Poland"), ("Poland", "COOPERATES_WITH", "Lithuania")} & got, got


def test_member_cooperation_with_own_bloc_is_membership(pipeline):
    got = text_edges(pipeline, "Norway, a NATO member, deepened its cooperation with its allies in NATO.", "2024-05-02")
    assert ("Norway", "MEMBER_OF", "North Atlantic Treaty Organization") in got, got
    assert not {e for e in got if e[1] == "COOPERATES_WITH" and "North Atlantic Treaty Organization" in e}, got


@pytest.mark.parametrize("text,person,body", [
    ("Amos Levin, a former commander of the navy who now heads Israel Aerospace Industries, said the firm was ready.",
     "Amos Levin", "Israel Aerospace Industries"),
    ("Colonel Jan Novak, a veteran of the tank corps who now runs the Czech Defence Agency, spoke first.",
     "Jan Novak", "Czech Defence Agency"),
    ("The venture is run by Karl Weber, a banker, and Marie Dubois, who took over at Safran last year.",
     "Marie Dubois", "Safran"),
    ("Hans Olsen, who heads the UN agency for Palestinian refugees, UNRWA, addressed the session.",
     "Hans Olsen", "UNRWA"),
])
def test_relative_clause_of_a_person(pipeline, text, person, body):
    got = text_edges(pipeline, text, "2024-05-02")
    assert any(s == person and t == "LEADS" and body in o for s, t, o in got), got


def test_took_over_at_is_not_the_first_named(pipeline):
    got = text_edges(pipeline, "The venture is run by Karl Weber, a banker, and Marie Dubois, who took over at "
                               "Safran last year.", "2024-05-02")
    assert not any(s == "Karl Weber" and "Safran" in o for s, _, o in got), got


def test_title_owning_the_next_noun(pipeline):
    text = "Vladimir Putin is Russia's president. Dmitry Peskov, the president's spokesman, said nothing."
    got = text_edges(pipeline, text, "2024-05-02")
    assert ("Dmitry Peskov", "LEADS", "Russia") not in got, got
    assert ("Vladimir Putin", "LEADS", "Russia") in got


@pytest.mark.parametrize("text,a,b,conflict", [
    ("Kenya's government accuses Uganda of arming the Lord's Resistance Army, a charge Kampala rejects.",
     "Kenya", "Uganda", False),
    ("Armenia accused Azerbaijan of shelling Armenian villages near the border.", "Armenia", "Azerbaijan", True),
])
def test_charge_of_dealings_with_a_third_actor(pipeline, text, a, b, conflict):
    got = text_edges(pipeline, text, "2024-05-02")
    found = {(a, "IN_CONFLICT_WITH", b), (b, "IN_CONFLICT_WITH", a)} & got
    assert bool(found) == conflict, got
