"""A foreign maker's sale to an armed service the sentence names by its proper name goes to that service,
not also to its state (session 34, pooled over the 31 dev halves: such state twins were 6 false, 1 true);
a service written generically ("Chile's air force") keeps its state beside it, and the state's relation
from another sentence stays. Invented sentences through the real pipeline."""
from __future__ import annotations

from graph.relations.passes.own_forces import proper_named
from tests.extracted import graph_maker, relations_in

graph_of = graph_maker("2024-03-03")


def supplies(pipeline, text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, typ, t in relations_in(graph_of(pipeline, text)) if typ == "SUPPLIES"}


def test_proper_named_service_words():
    assert proper_named("the Royal Thai Air Force") and proper_named("RAAF")
    assert not proper_named("the navy") and not proper_named("Norway's air force")


def test_named_service_is_the_buyer(pipeline):
    found = supplies(pipeline, "The Royal Thai Air Force has ordered four Gripen jets from Saab.")
    assert ("Saab", "Royal Thai Air Force") in found
    assert ("Saab", "Thailand") not in found


def test_named_service_in_a_passive_participle(pipeline):
    found = supplies(pipeline, "The six Gowind corvettes ordered by the Royal Malaysian Navy from Naval Group are "
                               "running late.")
    assert ("Naval Group", "Royal Malaysian Navy") in found
    assert ("Naval Group", "Malaysia") not in found


def test_generic_service_keeps_its_state(pipeline):
    found = supplies(pipeline, "Chile's air force is taking delivery of 12 F-16 fighters from Lockheed Martin.")
    assert ("Lockheed Martin", "Chile") in found


def test_state_from_another_sentence_stays(pipeline):
    found = supplies(pipeline, "Thailand signed a contract with Saab for more Gripen jets in 2023. The Royal Thai "
                               "Air Force already flies 11 Gripens bought from Saab.")
    assert {("Saab", "Thailand"), ("Saab", "Royal Thai Air Force")} <= found


def test_a_capitalised_service_word_alone_is_generic(pipeline):
    found = supplies(pipeline, "Norway is rearming. The Army has ordered 24 K9 howitzers from Hanwha Aerospace.")
    assert ("Hanwha Aerospace", "Norway") in found


# -- mendb34: a proper name carries its state or its own name word --------------------------------------------
def test_proper_name_carries_its_state_or_own_word():
    assert proper_named("the Indian Air Force") and proper_named("Pakistan Air Force") and proper_named("Royal Navy")
    assert not proper_named("The Air Force") and not proper_named("Air Force")
    assert not proper_named("Greece's Air Force") and not proper_named("Peru\u2019s Navy")


def test_the_service_word_capitalised_keeps_its_state(pipeline):
    found = supplies(pipeline, "Norway is rearming. The Air Force has ordered six more P-8 Poseidon aircraft from "
                               "Boeing.")
    assert ("Boeing", "Norway") in found


def test_a_possessed_capitalised_service_keeps_its_state(pipeline):
    found = supplies(pipeline, "Peru is rearming. Peru's Navy has signed for two more patrol vessels from "
                               "Hyundai Heavy Industries.")
    assert ("HD Hyundai Heavy Industries", "Peru") in found


# -- mendb34: the state told as the buyer in the same sentence stays ------------------------------------------
def test_state_subject_of_the_buying_verb_stays(pipeline):
    found = supplies(pipeline, "Pakistan bought 36 J-10C fighters from Chengdu Aircraft Corporation for the "
                               "Pakistan Air Force.")
    assert ("Chengdu Aircraft Corporation", "Pakistan") in found


def test_state_subject_with_the_service_last_stays(pipeline):
    found = supplies(pipeline, "Morocco has ordered 24 Apache helicopters from Boeing for the Royal Moroccan Air "
                               "Force.")
    assert ("Boeing", "Morocco") in found


def test_government_to_government_deal_keeps_the_state(pipeline):
    found = supplies(pipeline, "Thailand's Royal Thai Navy ordered a Yuan-class submarine from China Shipbuilding "
                               "Industry Corporation in a government-to-government deal.")
    assert ("China State Shipbuilding Corporation", "Thailand") in found


def test_named_service_told_as_the_buyer_alone(pipeline):
    # the state neither the buying verb's subject nor in a deal between governments: the service alone
    found = supplies(pipeline, "Thailand's Royal Thai Navy ordered a Yuan-class submarine from China Shipbuilding "
                               "Industry Corporation.")
    assert ("China State Shipbuilding Corporation", "Royal Thai Navy") in found
    assert ("China State Shipbuilding Corporation", "Thailand") not in found
