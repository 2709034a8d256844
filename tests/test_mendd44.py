"""Mends of deploy44's readings (mendd44): a ship back at its home port is not deployed there (port_calls); "they"
after a subject of people stands for the people, and a missile is never the platform a stand-in names
(stand_in_bases). Invented sentences."""
from __future__ import annotations

from functools import partial

import pytest

from tests.extracted import text_edges

edges_of = partial(text_edges, published="2025-03-12", date_source=None)


def deployed(edges) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in edges if t == "DEPLOYED_TO"}


def _has(found: set[tuple[str, str]], platform: str, place: str) -> bool:
    return any(platform.lower() in s.lower() and place.lower() in o.lower() for s, o in found)


@pytest.mark.parametrize("text,ship,port", [
    ("The destroyer HMS Dauntless docked in Portsmouth, its home port, after a six-month patrol in the Gulf.",
     "Dauntless", "Portsmouth"),
    ("The frigate FS Normandie berthed at Brest, her home port, on Thursday.", "Normandie", "Brest"),
    ("The submarine USS Hawaii docked at its home port of Pearl Harbor after a long deployment.", "Hawaii",
     "Pearl Harbor"),
])
def test_a_ship_at_its_home_port_is_not_deployed_there(pipeline, text, ship, port):
    assert not _has(deployed(edges_of(pipeline, text)), ship, port)


@pytest.mark.parametrize("text,platform,place", [
    ("Romanian pilots learned to fly the F-35 in Texas. They will live at Campia Turzii after the course.",
     "F-35", "Turzii"),
    ("Dutch crews trained on the CH-47 in Mississippi last year. They are now based at Gilze-Rijen with their "
     "families.", "Chinook", "Gilze-Rijen"),
    ("Polish sailors learned to handle the Miecznik frigate in Gdynia. They are now stationed at Swinoujscie.",
     "Miecznik", "Swinoujscie"),
])
def test_they_after_a_subject_of_people_are_the_people(pipeline, text, platform, place):
    assert not _has(deployed(edges_of(pipeline, text)), platform, place)


@pytest.mark.parametrize("text,platform,place", [
    ("Russia took its Kalibr cruise missiles and the ships that fire them out of Sevastopol. The fleet is now based "
     "at Novorossiysk.", "Kalibr", "Novorossiysk"),
    ("Poland bought more JASSM missiles last year. It keeps them at Powidz.", "JASSM", "Powidz"),
])
def test_a_missile_is_never_a_stand_ins_platform(pipeline, text, platform, place):
    assert not _has(deployed(edges_of(pipeline, text)), platform, place)

