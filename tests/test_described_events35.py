"""A named event described in apposition as one party's own, or led by a party written with "-led"
(graph/relations/families/described_events.py). Invented sentences about other countries."""
from __future__ import annotations

from test_scope import edges


def _partic(found: set, name: str) -> set[str]:
    return {e[0] for e in found if e[1] == "PARTICIPATED_IN" and name in e[2]}


def test_a_possessor_of_the_described_contribution(pipeline):
    found = edges(pipeline, "In 2017 the jets flew over Niger under Operation Sabre Dune, Belgium's contribution to "
                  "the campaign against armed groups in the Sahel.")
    assert "Belgium" in _partic(found, "Sabre Dune")


def test_a_demonym_of_the_described_campaign(pipeline):
    found = edges(pipeline, "Abeche was the headquarters of Operation Sand Viper, the Italian counter-insurgency "
                  "campaign that covered three countries.")
    assert "Italy" in _partic(found, "Sand Viper")


def test_a_leader_written_with_led(pipeline):
    found = edges(pipeline, "Frigates from the Dutch-led Operation Ocean Lantern escort tankers through the strait.")
    assert "Netherlands" in _partic(found, "Ocean Lantern")
    found = edges(pipeline, "A Spanish-led coalition, Operation Ocean Lantern, is escorting ships off Somalia.")
    assert "Spain" in _partic(found, "Ocean Lantern")


def test_a_planned_voyage_to_a_led_exercise_is_no_part_taken(pipeline):
    found = edges(pipeline, "The corvette is scheduled to sail to Hawaii next month for the Chilean-led Exercise "
                  "Southern Cross.")
    assert "Chile" not in _partic(found, "Southern Cross")


def test_an_answer_or_a_celebration_is_no_own_doing(pipeline):
    found = edges(pipeline, "Operation Cold Harbour, Belarus's answer to the sanctions, began in March.")
    assert "Belarus" not in _partic(found, "Cold Harbour")
    found = edges(pipeline, "The Jamhuri Parade, the Kenyan celebration of the republic, was held on Sunday.")
    assert "Kenya" not in _partic(found, "Jamhuri")


def test_a_target_or_a_theatre_is_no_owner(pipeline):
    """ "the anti-Houthi mission": its target; "the Iraq campaign": where it was fought. Neither took part."""
    found = edges(pipeline, "Operation Prosperity Guardian, the anti-Houthi mission, began in December.")
    assert "Houthis" not in _partic(found, "Prosperity Guardian")
    found = edges(pipeline, "Operation Desert Storm, the Iraq campaign, drove Saddam Hussein's forces from Kuwait.")
    assert "Iraq" not in _partic(found, "Desert Storm")
    found = edges(pipeline, "Operation Sea Lantern, the anti-Somali piracy mission, ended in 2016.")
    assert "Somalia" not in _partic(found, "Sea Lantern")
    found = edges(pipeline, "Operation Jungle Anvil, the Mali campaign, lasted two years.")
    assert "Mali" not in _partic(found, "Jungle Anvil")


def test_a_demonym_of_a_campaign_still_owns_it(pipeline):
    """A demonym or possessive before a noun of fighting is still its owner."""
    found = edges(pipeline, "Operation Jungle Anvil, the Malian campaign against armed groups, lasted two years.")
    assert "Mali" in _partic(found, "Jungle Anvil")


def test_owners_of_a_drill_the_resolver_read_as_the_event(pipeline):
    """ "Exercise Kestrel, a Malaysian and Thai drill": the resolver takes "drill" as the event's own mention."""
    found = edges(pipeline, "Exercise Kestrel, a Malaysian and Thai drill, ended on Friday.")
    assert {"Malaysia", "Thailand"} <= _partic(found, "Kestrel")
    found = edges(pipeline, "Exercise Andes Falcon, a Chilean and Peruvian drill, ended on Monday.")
    assert {"Chile", "Peru"} <= _partic(found, "Andes Falcon")
