"""A ship's port call is a deployment to the port or state it calls at (families/port_calls.py): a visiting verb's
object, a calling verb's "at"/"in" phrase, a port call noun's place; not a calling verb that names, not another
vessel category, not a negated visit. Invented sentences."""
from __future__ import annotations

from functools import partial

from tests.extracted import text_edges

edges_of = partial(text_edges, published="2024-05-10", date_source=None)


def deployed(edges):
    return {(s, o) for s, t, o in edges if t == "DEPLOYED_TO"}


def test_a_ship_visiting_a_state(pipeline):
    text = "The Spanish frigate ESPS Blas de Lezo will visit Ghana next week as part of a tour of West Africa."
    assert ("ESPS Blas de Lezo", "Ghana") in deployed(edges_of(pipeline, text))


def test_a_ship_calling_at_a_port(pipeline):
    text = "The destroyer HMS Dragon called at Valletta in May."
    assert ("HMS Dragon", "Valletta") in deployed(edges_of(pipeline, text))


def test_a_submarine_calling_in_a_state(pipeline):
    text = "The US submarine USS Minnesota had called in Norway in March."
    assert ("USS Minnesota", "Norway") in deployed(edges_of(pipeline, text))


def test_put_in_at(pipeline):
    text = "The Indian destroyer INS Chennai put in at Djibouti for fuel."
    assert ("INS Chennai", "Djibouti") in deployed(edges_of(pipeline, text))


def test_berthed_at_a_pier_of_a_base(pipeline):
    text = "The landing ship HTMS Angthong berthed at a pier in Sattahip Naval Base with 150 sailors aboard."
    assert any(s == "HTMS Angthong" and o.lower() == "sattahip naval base"
               for s, o in deployed(edges_of(pipeline, text)))


def test_docked_in_the_port_of(pipeline):
    text = "The frigate HMS Kent docked in the port of Mombasa on Tuesday."
    assert ("HMS Kent", "Mombasa") in deployed(edges_of(pipeline, text))


def test_made_a_port_call(pipeline):
    text = "The frigate FGS Sachsen made a port call in Manila last month."
    assert ("FGS Sachsen", "Manila") in deployed(edges_of(pipeline, text))


def test_called_as_naming_is_no_call(pipeline):
    text = "A frigate called the HMS Iron Duke in Portsmouth was renamed."
    assert not deployed(edges_of(pipeline, text))


def test_called_on_a_state_is_no_call(pipeline):
    text = "The destroyer USS Mason called on Iran to release the tanker."
    assert not deployed(edges_of(pipeline, text))


def test_a_negated_visit_is_none(pipeline):
    text = "The frigate HMS Lancaster did not visit Bahrain this year."
    assert not deployed(edges_of(pipeline, text))


def test_a_phone_call_is_no_port_call(pipeline):
    text = "The frigate FGS Hessen made a call to Berlin after the drill."
    assert ("FGS Hessen", "Berlin") not in deployed(edges_of(pipeline, text))
