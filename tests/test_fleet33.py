"""Fleets given as rosters of named ships and goods taken into a service (issue 10, session 33): the names a plural
ship noun opens ("the later boats A, B and C", "seven X-class submarines in service with the navy: A, B and C",
"the navy's other frigates are A and B", "her sisters A and B") are ships its navy operates; the types an earlier
sentence listed are operated by the force they were "taken into"; a colon's verbless list stays in the sentence
that opens it. Invented sentences through the real pipeline, each kind with a case where nothing may be added."""
from __future__ import annotations

import spacy

from graph.mentions.layout import colon_lists
from tests.extracted import graph_maker, node_names, relations_in

graph_of = graph_maker("2024-06-12")


def operated(pipeline, text: str) -> dict[tuple[str, str], str | None]:
    """(operator, platform) -> stage of every OPERATES the text states."""
    return {(s, t): d.get("stage") for (s, typ, t), d in relations_in(graph_of(pipeline, text)).items()
            if typ == "OPERATES"}


def test_roster_after_a_colon_is_the_navys(pipeline):
    text = ("The new boat joins six Marlin-class submarines already in service with the Indian Navy: Varuna, "
            "Meghna and Tarangini of the first batch, and the later boats Nirghosh, Ambudhi and Samudra.")
    ops = operated(pipeline, text)
    for ship in ("Varuna", "Meghna", "Tarangini", "Nirghosh", "Ambudhi", "Samudra"):
        assert ops.get(("Indian Navy", ship)) == "in_service", ship


def test_roster_after_a_word_of_being(pipeline):
    text = ("The Spanish Navy commissioned its newest frigate in Ferrol on Tuesday. The Spanish Navy's other "
            "Alava-class frigates are Almirante Ruiz, Cabo Penas and Ria de Arosa.")
    ops = operated(pipeline, text)
    for ship in ("Almirante Ruiz", "Cabo Penas", "Ria de Arosa"):
        assert ("Spanish Navy", ship) in ops, ship


def test_sisters_serving_with_a_navy(pipeline):
    text = "The frigate TCG Barbaros was refitted in Golcuk. Her sisters Kemalbey and Turgutbey serve with the Turkish Navy."
    ops = operated(pipeline, text)
    assert {t for (_, t) in ops} >= {"Kemalbey", "Turgutbey"}


def test_roster_still_being_built_is_ordered(pipeline):
    text = "The Royal Thai Navy's last corvettes are Krabi Sea and Pattani Sea, both still under construction."
    ops = operated(pipeline, text)
    assert ops.get(("Royal Thai Navy", "Krabi Sea")) == "ordered"


def test_roster_of_a_demonyms_line_goes_to_its_navy(pipeline):
    text = ("The Chilean Navy and the Peruvian Navy both sailed in the review. The Chilean line included the "
            "patrol ships Cabrales and Marinero Fuentealba.")
    ops = operated(pipeline, text)
    assert ("Chilean Navy", "Cabrales") in ops and ("Peruvian Navy", "Cabrales") not in ops


def test_list_of_states_after_a_ship_noun_is_no_roster(pipeline):
    text = "Warships of three navies at the review: France, Italy and Greece. The frigates France and Italy sent led."
    names = node_names(pipeline, text, "Platform")
    assert not names & {"France", "Italy", "Greece"}
    assert not operated(pipeline, text)


def test_types_taken_into_an_air_force(pipeline):
    text = ("Twelve Mi-17 helicopters and four A-29 Super Tucano planes crossed into Tajikistan in August. The "
            "planes and helicopters have been taken into the Tajik Air Force.")
    ops = operated(pipeline, text)
    assert ("Tajik Air Force", "Mi-8") in ops and ("Tajik Air Force", "Super Tucano") in ops


def test_drones_inducted_into_service(pipeline):
    text = ("Ukraine received six Bayraktar TB2 and two Akinci drones from Turkey in May. The drones were inducted "
            "into service with the Ukrainian Navy in June.")
    ops = operated(pipeline, text)
    assert ops.get(("Ukrainian Navy", "Bayraktar TB2")) == "in_service"
    assert ops.get(("Ukrainian Navy", "Akinci")) == "in_service"


def test_taking_an_idea_into_account_operates_nothing(pipeline):
    text = ("Poland bought K2 tanks in 2022. The Polish Land Forces took the K2 tanks into account and brought the talks "
            "into a new phase.")
    assert not any(t == "K2 Black Panther" and s == "Polish Land Forces" for s, t in operated(pipeline, text))


def test_colon_list_stays_in_its_sentence(pipeline):
    text = ("Brazil, the host, fielded the widest range: F-39 Gripen and F-5EM fighters, A-29 light attack "
            "aircraft and C-390 transports.")
    ops = operated(pipeline, text)
    assert ("Brazil", "Gripen") in ops and ("Brazil", "Super Tucano") in ops


def _tagged(words: list[str], tags: list[str]):
    doc = spacy.tokens.Doc(spacy.blank("en").vocab, words=words)
    for t, tag in zip(doc, tags, strict=True):
        t.tag_ = tag
    return doc


def test_colon_lists_leave_clauses_and_quotes():
    doc = _tagged(["It", "has", "two", ":", "A", "and", "B", "."], ["PRP", "VBZ", "CD", ":", "NNP", "CC", "NNP", "."])
    assert colon_lists(doc) == [(4, 8)]
    doc = _tagged(["He", "said", ":", "we", "will", "go", "."], ["PRP", "VBD", ":", "PRP", "MD", "VB", "."])
    assert colon_lists(doc) == []  # a clause of its own
    doc = _tagged(["He", "said", ":", '"', "Go", '"', "."], ["PRP", "VBD", ":", "``", "VB", "''", "."])
    assert colon_lists(doc) == []  # a quotation


def test_described_types_added_to_an_inventory(pipeline):
    text = ("Three Mi-24 helicopters and two Mi-17 helicopters arrived from Russia on Monday. The helicopters were "
            "added to the inventory of the Malian Air Force.")
    ops = operated(pipeline, text)
    assert ("Malian Air Force", "Mi-24") in ops and ("Malian Air Force", "Mi-8") in ops


def test_auxiliary_prefix_goes_to_its_service(pipeline):
    text = ("The Royal Navy will retire two frigates. The Royal Fleet Auxiliary will keep RFA Tidesurge and RFA "
            "Tideforce at sea until 2030.")
    ops = operated(pipeline, text)
    assert ("Royal Fleet Auxiliary", "RFA Tidesurge") in ops
    assert ("Royal Navy", "RFA Tidesurge") not in ops


def test_auxiliary_prefix_without_its_service_keeps_the_navy(pipeline):
    text = "The Royal Navy sent RFA Tidesurge to the Gulf."
    assert ("Royal Navy", "RFA Tidesurge") in operated(pipeline, text)


def test_roster_of_ships_named_after_people_is_kept(pipeline):
    """Ships are often named after people: a colon roster whose names read as persons is still the navy's
    (the lead's mend of mendb33's guard, which dropped such a roster on held-out text)."""
    text = ("The destroyer joins three Delhi-class destroyers already in service with the Indian Navy: "
            "Rajendra Prasad, Vikram Sarabhai and Homi Bhabha.")
    ops = operated(pipeline, text)
    assert {t for (o, t) in ops if o == "Indian Navy"} >= {"Rajendra Prasad", "Vikram Sarabhai", "Homi Bhabha"}
