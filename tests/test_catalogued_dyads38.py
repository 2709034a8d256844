"""Two sides of an armed conflict the reference data lists as active on the article's date, named in one sentence
with a hostile cue anywhere in it, are IN_CONFLICT_WITH each other (session 38, ``conflict_dyads.csv``). Not a pair
the data has no active row for, not a sentence without a cue or with only a negated one, not a side named only as
the place of the fighting. Invented sentences."""
from __future__ import annotations

import pytest

from graph.relations.families.catalogued_dyads import active_dyad
from tests.extracted import text_edges


def _conflict(edges, a: str, b: str) -> bool:
    return any(t == "IN_CONFLICT_WITH" and {s, o} == {a, b} for s, t, o in edges)


def test_data_dates_the_dyads():
    assert active_dyad({"Pakistan"}, {"Tehrik-i-Taliban Pakistan"}, 2024)
    assert active_dyad({"Kyrgyzstan"}, {"Tajikistan"}, 2022)
    assert not active_dyad({"Kyrgyzstan"}, {"Tajikistan"}, 2019)
    assert not active_dyad({"France"}, {"Germany"}, 2024)


@pytest.mark.parametrize("text,a,b", [
    ("After a week of shelling along the frontier, Kyrgyzstan and Tajikistan traded blame for the deaths.",
     "Kyrgyzstan", "Tajikistan"),
    ("Turkey said its drones had hit several PKK positions overnight, the third such raid this month.",
     "Turkey", "Kurdistan Workers' Party"),
])
def test_catalogued_sides_with_a_cue(pipeline, text, a, b):
    edges = text_edges(pipeline, text, "2022-09-20")
    assert _conflict(edges, a, b), edges


@pytest.mark.parametrize("text,a,b,day", [
    # no cue in the sentence
    ("Kyrgyzstan and Tajikistan held talks on the border in Bishkek.", "Kyrgyzstan", "Tajikistan", "2022-09-20"),
    # the data has the dyad only for other years
    ("After a week of shelling along the frontier, Kyrgyzstan and Tajikistan traded blame for the deaths.",
     "Kyrgyzstan", "Tajikistan", "2018-09-20"),
])
def test_no_conflict_without_cue_or_active_row(pipeline, text, a, b, day):
    edges = text_edges(pipeline, text, day)
    assert not _conflict(edges, a, b), edges


@pytest.mark.parametrize("text,a,b", [
    # a side named only as the adjective or possessor of a bystander noun is no side (conflictb38)
    ("Pakistani nationals were evacuated from the camp as Indian jets struck targets across the border.",
     "India", "Pakistan"),
    ("The Saudi crown prince spoke to reporters while Houthi drones struck a tanker off Yemen.",
     "Saudi Arabia", "Houthis"),
    ("India's economy slowed as Pakistan shelled villages along the Line of Control.", "India", "Pakistan"),
])
def test_bystander_adjective_is_no_side(pipeline, text, a, b):
    edges = text_edges(pipeline, text, "2025-06-20")
    assert not _conflict(edges, a, b), edges


@pytest.mark.parametrize("text,a,b", [
    # a force noun, the cue itself, or a bystander noun that is the cue's subject keeps its state a side
    ("Pakistani troops fired on Indian positions along the Line of Control.", "India", "Pakistan"),
    ("Indian officials accused Pakistan of shelling villages along the frontier.", "India", "Pakistan"),
    ("Israeli strikes on Iran hit several air defence sites.", "Israel", "Iran"),
    # a demonym after a place word is an adjective of what follows, not the place ("to the Saudi share")
    ("Critics pointed to the Saudi share of the air war against the Houthis.", "Saudi Arabia", "Houthis"),
])
def test_acting_adjective_stays_a_side(pipeline, text, a, b):
    edges = text_edges(pipeline, text, "2025-06-20")
    assert _conflict(edges, a, b), edges


@pytest.mark.parametrize("text,a,b", [
    # a side named only as a place, past an article or an adjective, is no side (conflictb38)
    ("The tanker had left a port in the Emirates bound for India before Houthi missiles struck it.",
     "United Arab Emirates", "Houthis"),
    ("Kenyan troops pushed into southern Somalia last year to fight Al-Shabaab.", "Somalia", "Al-Shabaab"),
])
def test_place_past_an_article_is_no_side(pipeline, text, a, b):
    edges = text_edges(pipeline, text, "2025-06-20")
    assert not _conflict(edges, a, b), edges
