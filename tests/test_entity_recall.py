"""Kinds of entities missed on held-out text (issue 10, entity recall), each on invented sentences:
catalogued wars and coups named with a date after the noun, capitals one travels to, bases named by a
base phrase or a service's "Base" word, numbered units."""
from __future__ import annotations

from graph.mentions.units import numbered_units
from tests.extracted import node_labels as _labels


def _mentions(pipeline, text: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.label, m.ref_id) for m in pipeline.nlp(text)._.mentions]


# -- a catalogued war or coup named by a date after its noun ------------------------------------------
def test_coup_dated_after_the_noun(pipeline):
    found = _mentions(pipeline, "Myanmar's generals, who took power in a coup in February 2021, were not invited.")
    assert ("coup", "Event", "event:2021-myanmar-coup-d-etat") in found


def test_conflict_dated_with_of(pipeline):
    found = _mentions(pipeline, "Veterans of the Kargil conflict of 1999 said India and Pakistan still distrust each other.")
    assert ("Kargil conflict", "Event", "event:kargil-war") in found


def test_dated_noun_needs_the_parties_named(pipeline):
    found = _mentions(pipeline, "The officers who led a coup in February 2021 were later tried in Lima.")
    assert not any(label == "Event" for _, label, _ in found)


def test_date_of_another_clause_is_not_the_events(pipeline):
    found = _mentions(pipeline, "Laos recalls the border war, and Thailand signed a pact in 1987.")
    assert not any(ref == "event:thai-laotian-border-war" for _, _, ref in found)


# -- a capital one leaves for is the city -------------------------------------------------------------
def test_capital_left_for_is_a_place(pipeline):
    found = _mentions(pipeline, "After the talks the Turkish president left for Doha on Thursday evening.")
    assert ("Doha", "Place", "place:doha") in found


def test_capital_that_speaks_is_the_state(pipeline):
    found = _mentions(pipeline, "Doha said on Thursday that the mediation would go on.")
    assert ("Doha", "Country", "country:qatar") in found


# -- bases ----------------------------------------------------------------------------------------------
def test_service_base_is_a_place(pipeline):
    labels = _labels(pipeline, "Tankers flew from RAAF Base Townsville during the drill, Canberra said.")
    assert ("Place", "RAAF Base Townsville") in labels


def test_name_after_a_base_phrase_is_a_place(pipeline):
    found = _mentions(pipeline, "The patrol drones will fly from the naval air station INS Vembanad near Tirunelveli.")
    assert ("INS Vembanad", "Place", None) in found
    assert not any(label == "Platform" for _, label, _ in found)


# -- numbered units --------------------------------------------------------------------------------------
def test_numbered_units_are_state_bodies(pipeline):
    labels = _labels(pipeline, "The last MiG-21s belonged to No. 7 Squadron of the Indian Air Force, based at Ambala.")
    assert ("GovernmentBody", "No. 7 Squadron") in labels
    labels = _labels(pipeline, "General Bello, who commands the Nigerian Army's 3 Division in Jos, was promoted.")
    assert ("GovernmentBody", "3 Division") in labels


def test_a_count_before_a_service_is_no_unit(pipeline):
    doc = pipeline.nlp("Some 300 Army officers and IX Corps staff attended the briefing.")  # "Army": no formation
    spans = {doc[s:e].text for s, e in numbered_units(doc)}
    assert "IX Corps" in spans and not any("300" in s for s in spans)
