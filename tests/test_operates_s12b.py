"""Who operates a platform (issue 10, session 12): a named service's platforms said with "the service's",
"the navy's", and a type named again only by its production block. Invented sentences through the real
pipeline."""
from __future__ import annotations

import pytest

from tests.extracted import has_staged as _has
from tests.extracted import staged_edges as _edges


def test_a_later_bare_conjunct_shares_the_services_possessive(pipeline):
    edges = _edges(pipeline, "The Royal Danish Air Force sent two jets to the show. They flew beside the service's "
                             "ageing transports and Sikorsky MH-60R helicopters.")
    assert _has(edges, "Royal Danish Air Force", "OPERATES", "MH-60R")


def test_a_conjunct_with_its_own_owner_does_not_share_the_possessive(pipeline):
    edges = _edges(pipeline, "Officials in Warsaw compared Poland's K2 tanks and Turkey's Altay tanks.")
    assert not _has(edges, "Poland", "OPERATES", "Altay")


def test_a_foreign_made_word_does_not_make_the_possessor_the_maker(pipeline):
    edges = _edges(pipeline, "New helicopters were ordered last year. They will replace the Hellenic Navy's "
                             "ageing, French-built Alouette III helicopters.")
    assert _has(edges, "Hellenic Navy", "OPERATES", "Alouette")


def test_a_home_built_word_still_names_a_maker_not_a_user(pipeline):
    edges = _edges(pipeline, "Analysts in Ankara discussed Turkey's Turkish-built Altay tanks for the export market.")
    assert not _has(edges, "Turkey", "OPERATES", "Altay")


@pytest.mark.parametrize("text", [
    "Romania signed for 32 F-16 Block 70 fighters in 2023. The factory also builds Block 70 jets for Peru.",
    "Romania signed for 32 F-16 Block 70 fighters in 2023. The factory also builds Block 70s for Peru.",
])
def test_a_bare_production_block_names_the_type_named_with_it(pipeline, text):
    edges = _edges(pipeline, text)
    assert _has(edges, "Peru", "OPERATES", "F-16")


def test_a_block_no_type_was_named_with_names_no_platform(pipeline):
    edges = _edges(pipeline, "Romania signed for 32 F-16 fighters in 2023. The factory also builds Block 70 jets for Peru.")
    assert not any(t == "OPERATES" and "Peru" in s for s, t, _, _ in edges)


def test_a_services_fleet_of_a_type_is_its_own(pipeline):
    edges = _edges(pipeline, "The Royal Moroccan Air Force has chosen a new transport. Spares are short for the air "
                             "force's ageing fleet of Lockheed C-130H Hercules transports.")
    assert _has(edges, "Royal Moroccan Air Force", "OPERATES", "C-130")


def test_a_version_set_beside_a_services_possessed_noun_is_its_type(pipeline):
    edges = _edges(pipeline, "The yard will build the Royal New Zealand Navy's new patrol ships, an enlarged version "
                             "of the Arafura class designed by Lürssen.")
    assert _has(edges, "Royal New Zealand Navy", "OPERATES", "Arafura")

