"""A demonym of a state that is not the type's country of origin names who holds the platform, wherever
the sentence puts it (issue 10, session 26: named OPERATES misses whose path is one ``amod``, pooled over the
development halves). Invented sentences through the real pipeline."""
from __future__ import annotations

import pytest

from tests.extracted import has_staged as _has
from tests.extracted import staged_edges as _edges


@pytest.mark.parametrize("text, user, platform", [
    ("Norwegian F-35s were shown to the public at the air show.", "Norway", "F-35"),
    ("Chilean Leopard tanks stood beside the podium.", "Chile", "Leopard 2"),
    ("The second phase is expected to draw Finnish F/A-18s among the aircraft named.", "Finland", "F/A-18"),
])
def test_a_demonym_other_than_the_origin_names_the_user(pipeline, text, user, platform):
    assert _has(_edges(pipeline, text), user, "OPERATES", platform, "in_service")


@pytest.mark.parametrize("text, origin", [
    ("Russian Su-35 fighters were on display.", "Russia"),
    ("Washington approved the sale of American F-16s to Peru.", "United States"),
    ("The Turkish drones impressed the crowd.", "Turkey"),
    ("Oman's air force flies French Rafales and Eurofighter Typhoons bought from Britain.", "France"),
    ("The yard offers a larger development of the German and Italian Type 212A.", "Italy"),
])
def test_the_origin_demonym_out_of_action_names_no_user(pipeline, text, origin):
    assert not any(s == origin and t == "OPERATES" for s, t, _, _ in _edges(pipeline, text))


def test_a_headline_demonym_names_no_user(pipeline):
    edges = _edges(pipeline, "Trump clears the way for Saudi F-35s\n\nThe decision surprised analysts in Washington.")
    assert not any(s == "Saudi Arabia" and t == "OPERATES" for s, t, _, _ in edges)


@pytest.mark.parametrize("text, user, platform", [
    ("The main home of Russia's Tu-160 and Tu-95MS bombers was not on the list.", "Russia", "Tu-95"),
    ("India's Su-30MKI and Rafale jets flew past the stand.", "India", "Rafale"),
])
def test_a_possessive_holds_every_item_of_a_premodifier_list(pipeline, text, user, platform):
    assert _has(_edges(pipeline, text), user, "OPERATES", platform, "in_service")


def test_an_item_with_its_own_determiner_is_its_own_phrase(pipeline):
    edges = _edges(pipeline, "Poland's K2 tanks and the Turkish Altay were compared.")
    assert not any(s == "Poland" and t == "OPERATES" and "Altay" in p for s, t, p, _ in edges)



def test_a_list_in_apposition_to_a_possessed_noun_is_possessed(pipeline):
    edges = _edges(pipeline, "Britain sent three ships from its carrier strike group: the destroyer HMS Diamond, "
                             "the frigate HMS Richmond and the tanker RFA Tidespring.")
    assert _has(edges, "United Kingdom", "OPERATES", "RFA Tidespring", "in_service")
