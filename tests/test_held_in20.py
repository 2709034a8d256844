"""An event held where its own name says (``families/named_venue.py``): "the Battle of X", "the X
clash", "the strike on X" put the event in X; a pair of sides, a place the event came from, a war's
loose reference and a place no event name holds do not."""
from __future__ import annotations

import pytest

from graph.relations.families.named_venue import names_venue


@pytest.mark.parametrize("name,place", [
    ("Battle of Marivka", "Marivka"),
    ("Siege of Port Dalen", "Port Dalen"),
    ("2019 Tarsk Valley clash", "Tarsk Valley"),
    ("2025 Velmora peace talks", "Velmora"),
    ("air strike on Korvin", "Korvin"),
    ("regional summit in Ostrava (2026)", "Ostrava"),
    ("Second Halden-Brisk War", "Halden-Brisk"),
])
def test_place_in_the_name_is_the_venue(name, place):
    assert names_venue(name, place)


@pytest.mark.parametrize("name,place", [
    ("Marivka–Dolna clashes", "Marivka"),        # one of a pair of sides
    ("Marivka–Dolna clashes", "Dolna"),
    ("rocket fire from Korvin", "Korvin"),       # where the strike came from
    ("talks with Velmora", "Velmora"),           # the other party
    ("Korvin", "Korvin"),                        # the whole name is the place
    ("Reform Party congress of Tarsk", "Ostrava"),  # not in the name at all
    ("the Velmoran talks", "Velmora"),           # part of another word
    ("Velmora peace talks", "Velmora"),          # a bare place first: a style, side or sponsor as often
    ("Arctic drills", "Arctic"),
])
def test_other_places_are_not_the_venue(name, place):
    assert not names_venue(name, place)


def _held_in(pipeline, text: str) -> set[tuple[str, str]]:
    from graph.text.metadata import Metadata
    from graph.text.sources import Document
    g = pipeline.process(Document.from_text(text, "t.txt", meta=Metadata(published="2025-03-10", date_source="cli")))
    return {(g.nodes[u]["name"], g.nodes[v]["name"]) for u, v, d in g.edges(data=True) if d["type"] == "HELD_IN"}


def test_battle_held_where_its_name_says(pipeline):
    """Through the pipeline: a named battle is held in the town its name holds."""
    held = _held_in(pipeline, "Ukrainian officials said the Battle of Bakhmut cost both armies dearly. "
                              "Bakhmut, a town in Donetsk Oblast, was almost destroyed.")
    assert any(place == "Bakhmut" for _, place in held)


def test_war_reference_is_not_its_venue(pipeline):
    """A war's loose written reference ("the war in Gaza") does not place the war."""
    held = _held_in(pipeline, "Aid agencies said the war in Gaza had displaced most of the population. "
                              "The Gaza Strip has been under blockade since 2007.")
    assert not held


def _hosted_by(pipeline, text: str) -> set[tuple[str, str]]:
    from graph.text.metadata import Metadata
    from graph.text.sources import Document
    g = pipeline.process(Document.from_text(text, "t.txt", meta=Metadata(published="2025-03-10", date_source="cli")))
    return {(g.nodes[u]["name"], g.nodes[v]["name"]) for u, v, d in g.edges(data=True) if d["type"] == "HOSTED_BY"}


def test_organiser_in_apposition_hosts_the_show(pipeline):
    """ "X, its organiser" and "organisers from Y": both host the article's show."""
    hosts = {h for _, h in _hosted_by(pipeline, "The Lusaka Air Show 2025 opened on Tuesday at the city airport. "
                                               "The event began in 1999, and the Zambian Aerospace Association, its "
                                               "organiser, said it had sold all its space. Organisers from the Kafue "
                                               "Foundation said 200 firms came.")}
    assert {"Zambian Aerospace Association", "Kafue Foundation"} <= hosts


def test_organiser_of_another_edition_hosts_nothing(pipeline):
    """The organiser of next year's show is not said to host this one."""
    assert not _hosted_by(pipeline, "The Lusaka Air Show 2025 opened on Tuesday. The Zambian Aerospace "
                                    "Association, the organiser of next year's show, said it was pleased.")


@pytest.mark.parametrize("second", [
    "Latvia, the host country, said the summit would meet yearly.",
    "Host nation Latvia said the summit would meet yearly.",
])
def test_host_frame_names_the_host(pipeline, second):
    """ "X, the host country" and "host nation X" host the article's summit."""
    hosted = _hosted_by(pipeline, f"Leaders gathered for the 2026 Baltic Sea Summit on Monday. {second}")
    assert ("2026 Baltic Sea Summit", "Latvia") in hosted


def test_host_of_another_edition_is_not_this_ones(pipeline):
    """The host nation of next year's summit does not host this one."""
    hosted = _hosted_by(pipeline, "Leaders gathered for the 2026 Baltic Sea Summit on Monday. Estonia will be "
                                  "the host nation of next year's summit.")
    assert ("2026 Baltic Sea Summit", "Estonia") not in hosted


def test_event_at_an_airfield_outside_a_town_is_held_in_the_town(pipeline):
    """ "a ceremony at the X airfield outside Y": the installation's town is a venue too."""
    held = _held_in(pipeline, "Norway accepted its first jets on Tuesday in a ceremony at the Caselle airfield "
                              "outside Turin.")
    assert {place for _, place in held} >= {"Turin"}


def test_town_near_a_town_is_no_venue(pipeline):
    """A town near another town (no installation) does not take the event with it."""
    held = _held_in(pipeline, "The jet was flown from the assembly line at San Pablo near Seville and handed over "
                              "in a ceremony at San Pablo on Monday.")
    assert "Seville" not in {place for _, place in held}
