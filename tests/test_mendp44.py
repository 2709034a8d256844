"""mendp44: a ceremony where a contract for goods is also signed stays an Event when the ceremony is of another deed
(the verb its first "at a ceremony" hangs on commissions, hands over, rolls out or names) or when the signatories are
states only (an accord between them, not a purchase). The sentences are invented."""
from __future__ import annotations

import pytest

from tests.extracted import events_in, graph_of

CASES = {
    "commissioned": ("2025-06-10", "Chile commissions submarine\n\nTALCAHUANO, June 9 - The Chilean Navy commissioned "
                     "the submarine Almirante Soto at a ceremony in Talcahuano on Monday. Officials also signed a "
                     "contract for four Scorpene submarines at the ceremony."),
    "handed_over": ("2025-04-16", "First C-390 handed to Portugal\n\nGAVIAO PEIXOTO, April 15 - Embraer handed over "
                    "the first C-390 transport to the Portuguese Air Force at a ceremony in Gaviao Peixoto on Tuesday. "
                    "Portugal signed a contract for two more C-390 aircraft at the ceremony."),
    "rolled_out": ("2024-09-13", "Saab rolls out Brazil's Gripen\n\nLINKOPING, September 12 - Saab rolled out the "
                   "first Gripen E for Brazil at a ceremony in Linkoping on Thursday, and Colombia signed a deal for "
                   "17 Gripen jets."),
    "christened": ("2024-08-18", "Destroyer christened\n\nPASCAGOULA, August 17 - The destroyer USS Ted Stevens was "
                   "christened at a ceremony in Pascagoula on Saturday, where Huntington Ingalls signed a contract "
                   "for two more Arleigh Burke destroyers."),
    "states_accord": ("2024-11-19", "Germany, France and Spain sign drone pact\n\nBERLIN, November 18 - Germany, "
                      "France and Spain signed an agreement for the joint development of the Eurodrone at a "
                      "ceremony in Berlin on Monday."),
}


@pytest.mark.parametrize("key", sorted(CASES))
def test_a_ceremony_of_another_deed_or_a_states_accord_stays_an_event(pipeline, key):
    published, text = CASES[key]
    events = events_in(graph_of(pipeline, text, published))
    assert any("ceremony" in name for name in events), events
