"""Forces going past in a parade, in sentences that do not name the parade (``events._passes_by``):
"the air force flew 30 aircraft over the square", "ships of X steamed past", "behind them marched X".
Invented articles through the real pipeline."""
from __future__ import annotations

from graph.text import Document
from graph.text.metadata import Metadata

PARADE = "Ghana held its Independence Day parade in Accra on Thursday. "


def _participants(pipeline, text: str) -> set[str]:
    g = pipeline.process(Document.from_text(text, meta=Metadata(published="2024-03-07")))
    name = {n: a["name"] for n, a in g.nodes(data=True)}
    return {name[u] for u, v, d in g.edges(data=True) if d["type"] == "PARTICIPATED_IN"}


def test_a_service_flying_aircraft_over_the_square_took_part(pipeline):
    assert "Ghana Air Force" in _participants(pipeline, PARADE + "The Ghana Air Force flew 12 aircraft over the square.")


def test_ships_of_a_navy_steaming_past_put_the_navy_in_the_parade(pipeline):
    assert "Ghana Navy" in _participants(pipeline, PARADE + "Ships of the Ghana Navy steamed past the reviewing stand.")


def test_forces_after_a_fronted_place_marched(pipeline):
    found = _participants(pipeline, PARADE + "Behind them marched the Ghana Army and then the Ghana Navy.")
    assert {"Ghana Army", "Ghana Navy"} <= found


def test_a_service_putting_up_aircraft_took_part(pipeline):
    assert "Ghana Air Force" in _participants(pipeline, PARADE + "Overhead, the Ghana Air Force put up eight aircraft in two formations.")


def test_a_negated_pass_is_no_participation(pipeline):
    assert "Ghana Navy" not in _participants(pipeline, PARADE + "The Ghana Navy did not march this year.")


def test_a_person_flying_in_is_not_read_as_a_pass(pipeline):
    found = _participants(pipeline, PARADE + "The Ghana Air Force flew the minister to Kumasi for talks on Friday.")
    assert "Ghana Air Force" not in found


def test_no_pass_outside_a_parade_article(pipeline):
    text = "Ghana and Togo signed a border accord in Lomé on Thursday. The Ghana Air Force flew 12 aircraft over the square."
    assert "Ghana Air Force" not in _participants(pipeline, text)


SUMMIT = "The Andean Community summit opened in Lima on Tuesday. "


def test_a_leader_in_the_hall_of_a_summit_attended(pipeline):
    assert "Gustavo Petro" in _participants(pipeline, SUMMIT + "Colombia's Gustavo Petro was also in the hall.")


def test_a_leader_not_in_the_room_did_not_attend(pipeline):
    assert "Gustavo Petro" not in _participants(pipeline, SUMMIT + "Colombia's Gustavo Petro was not in the room.")


def test_people_flanking_a_speaker_on_the_rostrum_attended(pipeline):
    found = _participants(pipeline, PARADE + (
        "President John Mahama took the salute, flanked on the rostrum by Vice President Jane Opoku-Agyemang "
        "and Speaker Alban Bagbin."))
    assert {"Jane Opoku-Agyemang", "Alban Bagbin"} <= found


def test_a_body_named_after_a_plain_noun_subject_is_no_passer(pipeline):
    found = _participants(pipeline, PARADE + (
        "Togo sent a band from its guard battalion, the unit that plays for the National Assembly of Togo; "
        "the group flew into Accra on Monday."))
    assert "National Assembly of Togo" not in found
