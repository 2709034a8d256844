"""Venues and hosts of session 21: an exercise's sites named by a general verb whose subject is a force
or its activity (``places._force_activity``), a contrast clause's sites, the chair of the article's
summit as its host (``places.chaired_meetings``), an exercise named after a comma by "code-named"
(one event), and the limits of a venue read from an event's name (treaties, a year-led name of a body)."""
from __future__ import annotations

import pytest

from graph.relations.families.named_venue import _treaty, names_venue


def _graph(pipeline, text: str):
    from graph.text.metadata import Metadata
    from graph.text.sources import Document
    return pipeline.process(Document.from_text(text, "t.txt", meta=Metadata(published="2025-03-10", date_source="cli")))


def _edges(pipeline, text: str, typ: str) -> set[tuple[str, str]]:
    g = _graph(pipeline, text)
    return {(g.nodes[u]["name"], g.nodes[v]["name"]) for u, v, d in g.edges(data=True) if d["type"] == typ}


# sentences after the lead, so that what follows is not read as the lead's venue
_LATER = "The drill tests how fast reserves can be called up. It is held every two years.\n"
_LEAD = ("Exercise Iron Harbour 2025 opens in Denmark\n\nExercise Iron Harbour 2025, a multinational drill, began on "
         "Monday with troops from Denmark, Germany and Poland, the Danish army said.\n")


@pytest.mark.parametrize("sentence,places", [
    ("Units will work in two areas: off Esbjerg in the north and around Aarhus in the south.", {"Esbjerg"}),
    ("Most of the action is concentrated around Aalborg and Odense, far from the capital.", {"Aalborg", "Odense"}),
    ("Most of the land drills took place in western Jutland, while naval activity spread across the North Sea "
     "and the Skagerrak.", {"North Sea", "Skagerrak"}),
])
def test_exercise_activity_places_are_its_venues(pipeline, sentence, places):
    """A force or its activity doing something somewhere (work, concentrate, take part, spread in a
    contrast clause) in an exercise's article: the exercise is held there."""
    held = {p for e, p in _edges(pipeline, _LEAD + sentence, "HELD_IN") if e == "Exercise Iron Harbour 2025"}
    assert places <= held


def test_general_verb_of_other_subject_is_no_venue(pipeline):
    """ "Officials work in X": a general verb whose subject is no force or activity places nothing."""
    held = _edges(pipeline, _LEAD + _LATER + "Defence officials work in Aarhus on the budget.", "HELD_IN")
    assert "Aarhus" not in {p for _, p in held}


def test_states_a_part_of_the_exercise_went_to_are_no_hosts(pipeline):
    """ "Further serials took place in A, B and C": a general verb's states host nothing."""
    hosted = _edges(pipeline, _LEAD + _LATER + "Further serials took place on land in Sweden, Norway and Lithuania.",
                    "HOSTED_BY")
    assert not {h for _, h in hosted} & {"Sweden", "Norway", "Lithuania"}


_SUMMIT = ("Nordic leaders meet in Oslo for regional summit\n\nThe leaders of Norway, Sweden, Finland, Denmark and "
           "Iceland met in Oslo on Tuesday for the annual Nordic summit.\n")


def test_chair_of_the_meeting_hosts_it(pipeline):
    """ "X chaired the meeting": X hosts the article's summit."""
    hosted = _edges(pipeline, _SUMMIT + "Prime Minister Jonas Gahr Store chaired the meeting at the Akershus Fortress.",
                    "HOSTED_BY")
    assert any(h.startswith("Jonas Gahr") for _, h in hosted)


def test_co_chair_named_beside_a_title_hosts_it(pipeline):
    """ "was co-chaired by the Icelandic president, Y": the person hosts it, not the demonym's state."""
    hosted = {h for _, h in _edges(pipeline, _SUMMIT + "The summit was co-chaired by the Icelandic president, Halla "
                                   "Tomasdottir, who holds the rotating chairmanship of the Nordic Council.", "HOSTED_BY")}
    assert "Halla Tomasdottir" in hosted and "Iceland" not in hosted


def test_chairing_a_body_hosts_nothing(pipeline):
    """ "X chairs the party": no event is chaired."""
    hosted = _edges(pipeline, _SUMMIT + "Store, who also chairs the Labour Party, spoke to reporters.", "HOSTED_BY")
    assert not any(h.startswith("Jonas Gahr") or h == "Store" for _, h in hosted)


def test_code_named_after_a_comma_names_the_exercise(pipeline):
    """ "The exercise, code-named X, was launched": one event, named X (its year read inside the name)."""
    g = _graph(pipeline, "Navy wraps up drills off Crete\n\nGreece's navy wrapped up three days of large-scale "
                         "exercises in the Aegean on Friday.\nThe exercise, code-named Blue Trident-2025B, was launched "
                         "on Wednesday by the Hellenic Navy Fleet Command.\n")
    events = [d["name"] for _, d in g.nodes(data=True) if d.get("label") == "Event"]
    assert events == ["Blue Trident-2025B"]


@pytest.mark.parametrize("name,place", [
    ("2024 Ostrava Cooperation Organisation summit", "Ostrava"),      # a body named after a city
    ("2026 Ostrava Nine summit", "Ostrava"),
])
def test_year_led_name_of_a_body_does_not_hold_its_place(name, place):
    assert not names_venue(name, place)


def test_treaty_names_are_no_venues():
    """ "Treaty of X", "the X Accords": named after a place, not held there."""
    assert _treaty("Treaty of Velmora") and _treaty("Velmora Accords") and not _treaty("Battle of Velmora")


def test_year_led_name_before_an_event_word_holds_its_place():
    assert names_venue("2025 Velmora peace talks", "Velmora") and names_venue("2026 Ostrava Summit", "Ostrava")


def test_host_of_guests_hosts_the_summit(pipeline):
    """ "X hosted Y and Z at W": who hosts the guests hosts the article's summit."""
    hosted = _edges(pipeline, _SUMMIT + "The talks focused on Arctic security. Prime Minister Jonas Gahr Store hosted "
                    "Swedish Prime Minister Ulf Kristersson and Finnish President Alexander Stubb at the Akershus "
                    "Fortress.", "HOSTED_BY")
    assert any(h.startswith("Jonas Gahr") for _, h in hosted)


def test_host_of_titled_guests_hosts_the_summit(pipeline):
    """ "X hosted President Y, Prime Minister Z and W": the host, however the guests' titles are parsed."""
    hosted = _edges(pipeline, _SUMMIT + "The talks focused on Arctic security. Prime Minister Jonas Gahr Store hosted "
                    "President Alexander Stubb, Prime Minister Ulf Kristersson of Sweden and Mette Frederiksen.",
                    "HOSTED_BY")
    assert any(h.startswith("Jonas Gahr") for _, h in hosted)


def test_hosting_a_base_hosts_no_summit(pipeline):
    """ "Norway hosts a NATO training centre": no guests, no host of the summit."""
    hosted = _edges(pipeline, _SUMMIT + "The talks focused on Arctic security. Norway hosts a NATO training centre "
                    "near Bodo.", "HOSTED_BY")
    assert ("Norway" not in {h for _, h in hosted})


def test_ceremony_at_a_station_is_held_in_its_town(pipeline):
    """ "at the X Air Force Station": the station's town is a venue too (its name begins the station's)."""
    held = _edges(pipeline, "India retires its last MiG-21s\n\nThe Indian Air Force retired its last MiG-21 jets on "
                  "Friday at a ceremony at the Ambala Air Force Station.\nThe city of Ambala lies in Haryana state.\n", "HELD_IN")
    assert {"Ambala", "Ambala Air Force Station"} <= {p for _, p in held}  # the town beside the station, not for it


_DRILLS = ("Navy stages Iron Sea drills\n\nGreece's navy began two days of large-scale exercises in the Aegean on Friday.\n"
           "The exercise, code-named Iron Sea-2025B, was launched by the fleet command.\n")


def test_state_watching_closely_is_no_participant(pipeline):
    """ "Japan said it was watching closely": monitoring from afar, no taking part."""
    took_part = _edges(pipeline, _DRILLS + "Japan also said it was watching closely.", "PARTICIPATED_IN")
    assert "Japan" not in {a for a, _ in took_part}


def test_spectator_watching_the_exercise_takes_part(pipeline):
    """ "X watched the exercise from a frigate": a spectator there (object named)."""
    took_part = _edges(pipeline, _DRILLS + "Defence Minister Nikos Dendias watched the exercise from a frigate.",
                       "PARTICIPATED_IN")
    assert "Nikos Dendias" in {a for a, _ in took_part}
