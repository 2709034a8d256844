"""backlog45: wrong readings older code made on the review probes of sessions 42-44 (``_BOTH``), each cause fixed
in general and shown here on a second invented sentence of the same shape (the review probes hold the first)."""
from __future__ import annotations

import pytest

from tests.extracted import graph_of, relations_in


def _edges(pipeline, text: str, published: str = "2025-03-10") -> dict:
    return relations_in(graph_of(pipeline, text, published, name="t.txt"))


def _has(edges: dict, source: str, type_: str, target: str) -> bool:
    return any(t == type_ and source.lower() in s.lower() and target.lower() in o.lower() for (s, t, o) in edges)


@pytest.mark.parametrize("text,published,state,bloc", [
    # "Nor is X a member": the predicate noun hung on the subject as an apposition (membership.py _predicate_appos)
    ("Nor is Armenia a member of the European Union, the envoy noted.", "2025-03-10", "Armenia", "European Union"),
    # a yes/no question asks a described membership (membership.py described_membership: asked cues)
    ("Is Hungary really a loyal member of the EU?", "2025-03-10", "Hungary", "European Union"),
    # a membership noun another state owns, up to the clause's verb (membership._owners, pending_members)
    ("Norway praised Moldova's steps towards membership of the European Union.", "2025-03-10", "Norway",
     "European Union"),
    ("Ireland congratulated Finland on its accession to NATO.", "2023-04-05", "Ireland", "North Atlantic"),
    # an infinitive on the object of a denying verb (negation.py: "refused an invitation to join")
    ("Argentina refused an invitation to join BRICS, the foreign minister said.", "2023-12-30", "Argentina", "BRICS"),
])
def test_a_denied_asked_or_anothers_membership_is_none(pipeline, text, published, state, bloc):
    edges = _edges(pipeline, text, published)
    assert not _has(edges, state, "MEMBER_OF", bloc), edges


def test_the_owner_of_the_accession_is_still_a_member(pipeline):
    edges = _edges(pipeline, "Finland completed its accession to NATO in April.", "2023-04-05")
    assert _has(edges, "Finland", "MEMBER_OF", "North Atlantic"), edges


def test_a_firm_passed_over_with_not_makes_nothing(pipeline):
    edges = _edges(pipeline, "Norway test-fired an NSM missile from a frigate. Raytheon, not Kongsberg, will build "
                             "the missile's launcher.")
    assert not _has(edges, "Kongsberg", "MANUFACTURES", "NSM"), edges


def test_a_trainer_of_anothers_crews_does_not_operate_the_type(pipeline):
    edges = _edges(pipeline, "The French Navy trained Brazilian crews to operate the Scorpene submarines.")
    assert not _has(edges, "French Navy", "OPERATES", "Scorp"), edges


def test_a_campaign_against_a_disease_sets_no_rivals_in_conflict(pipeline):
    edges = _edges(pipeline, "India's campaign against malaria reached Pakistan's border districts.")
    assert not any(t == "IN_CONFLICT_WITH" and {"Pakistan", "India"} <= {s, o} for (s, t, o) in edges), edges


def test_a_sold_design_is_no_fleet_of_the_seller(pipeline):
    edges = _edges(pipeline, "The German Navy sold its MEKO A-200 frigates design to Egypt.")
    assert not _has(edges, "German Navy", "OPERATES", "MEKO"), edges


def test_a_day_before_an_event_noun_in_a_clause_ahead_dates_this_years_edition(pipeline):
    g = graph_of(pipeline, "The June 12 parade, which Vladimir Putin attended in 2019, will be shorter this year.",
                 "2025-03-10", name="t.txt")
    dates = {a.get("date") for _, a in g.nodes(data=True) if a.get("label") == "Event" and "parade" in a["name"]}
    assert "2025-06-12" in dates, dates
