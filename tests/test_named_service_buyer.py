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
