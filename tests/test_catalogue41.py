"""Rows of platforms_world.csv added in session 41 (platcat41): types in service or on order 2015-2026 of the
kinds the catalogue lacked (naval guns, small arms, engines, radars and jammers, trainers and light transports,
patrol-boat classes, support vehicles). Sentences are invented."""
import pytest

from graph.entities.resolve import resolve
from graph.mentions import build_nlp


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


@pytest.mark.parametrize("text,platform", [
    ("The Chilean Navy fitted an OTO Melara 76/62 gun to its new patrol ship.", "OTO Melara 76 mm"),
    ("Nigeria's army ordered K10 ammunition resupply vehicles from Hanwha Aerospace.", "K10 ARV"),
    ("Slovakia's soldiers will carry the CZ BREN 2 rifle from next year.", "CZ BREN 2"),
    ("India's Gas Turbine Research Establishment ran the Kaveri engine at altitude in Russia.", "GTRE GTX-35VS Kaveri"),
    ("Oman's air force received two Diamond DA62 MPP surveillance aircraft.", "Diamond DA62"),
    ("The MC-21-310 flew with Russian-built PD-14 engines for the first time.", "Irkut MC-21"),
    ("Fiji took over a Guardian-class patrol boat built by Austal in Henderson.", "Guardian-class patrol boat"),
    ("The Marine Corps fitted the AN/ALQ-231 pod to its MV-22 tilt-rotors.", "Intrepid Tiger II"),
])
def test_new_world_rows_resolve_in_running_text(nlp, text, platform):
    found = {e.name: e for e in resolve(nlp(text)).values() if e.label == "Platform"}
    assert platform in found and found[platform].ref_id, sorted(found)


def test_a_plain_word_alias_row_needs_a_military_context(nlp):
    """INSAS and Cascavel rows are flagged ambiguous: the plain word alone in civil text is no platform."""
    text = "Cascavel hosted a farm fair on Sunday, and the mayor opened a new road to the airport."
    assert not [e.name for e in resolve(nlp(text)).values() if e.label == "Platform"]
