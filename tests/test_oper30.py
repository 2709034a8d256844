"""Same-sentence shapes of OPERATES (issue 10, session 30), pooled over the development halves: a list's last
object cut off by an aside ("flies X and, more recently, Y"), the holder of an unowned fleet or of an armed
service named by its kind ("Nigeria, with a fleet of JF-17s", "has an air force with JF-17s"), craft in a
force's markings, a holder's "pair of" craft, and a type taken "out of service" (retired). Invented
sentences through the real pipeline, each with a case where the rule must stay silent."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from graph.relations.coordination import conjuncts
from tests.extracted import graph_maker, relations_in

graph_of = graph_maker("2024-06-12")


def operates(pipeline, text: str) -> dict[tuple[str, str], str | None]:
    """(operator, platform) -> stage of every OPERATES the text states."""
    return {(s, t): d.get("stage") for (s, typ, t), d in relations_in(graph_of(pipeline, text)).items()
            if typ == "OPERATES"}


def test_conjuncts_reach_past_an_aside():
    # "flies A and, more recently, B": the parser hangs B on the verb as an adverbial noun
    words = ["Chile", "flies", "F-16s", "and", ",", "recently", ",", "F-5s", "."]
    heads = [1, 1, 1, 1, 1, 1, 1, 1, 1]
    deps = ["nsubj", "ROOT", "dobj", "cc", "punct", "advmod", "punct", "npadvmod", "punct"]
    pos = ["PROPN", "VERB", "NOUN", "CCONJ", "PUNCT", "ADV", "PUNCT", "NOUN", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert [t.text for t in conjuncts(doc[2])] == ["F-5s"]
    assert [t.text for t in conjuncts(doc[7])] == ["F-16s"]


def test_conjuncts_need_the_and_and_the_comma():
    # "flies F-16s daily, F-5s" is no list; nor is "and" with no aside ("flies F-16s and recently F-5s" parses
    # as a plain conjunction)
    words = ["Chile", "flies", "F-16s", "daily", ",", "F-5s", "."]
    heads = [1, 1, 1, 1, 1, 1, 1]
    deps = ["nsubj", "ROOT", "dobj", "advmod", "punct", "npadvmod", "punct"]
    pos = ["PROPN", "VERB", "NOUN", "ADV", "PUNCT", "NOUN", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert conjuncts(doc[2]) == []


def test_object_after_an_aside_is_flown_too(pipeline):
    found = operates(pipeline, "The Indian Army fielded T-90 tanks and, more recently, K9 Vajra howitzers.")
    assert ("Indian Army", "T-90") in found and ("Indian Army", "K9 Vajra-T") in found  # its own row since s36
    found = operates(pipeline, "Egypt operates F-16 fighters and, since 2015, Rafale jets.")
    assert ("Egypt", "Rafale") in found


def test_holder_of_a_fleet_named_with_with(pipeline):
    assert ("Nigeria", "JF-17") in operates(pipeline, "Nigeria, with a fleet of 12 JF-17 fighters, patrols the north.")


def test_unnamed_air_force_with_its_craft(pipeline):
    assert ("Nigeria", "JF-17") in operates(pipeline, "Nigeria has a small air force with a dozen JF-17 fighters.")


def test_a_force_that_is_no_service_holds_nothing(pipeline):
    # "force" is an armed service only as an air or naval force; a negated holding holds nothing
    found = operates(pipeline, "Chad faced a rebel force with 40 T-55 tanks near the border.")
    assert ("Chad", "T-55") not in found
    found = operates(pipeline, "Nigeria will not have an air force with JF-17 fighters.")
    assert ("Nigeria", "JF-17") not in found


def test_craft_in_a_force_s_markings(pipeline):
    found = operates(pipeline, "Egypt said four F-16 fighters in Royal Danish Air Force markings landed at Skrydstrup.")
    assert found.get(("Royal Danish Air Force", "F-16")) == "in_service"


def test_markings_name_no_office(pipeline):
    found = operates(pipeline, "Four F-16 fighters in Ministry of Defence markings were shown.")
    assert not any(p == "F-16" and "Ministry" in o for o, p in found)


def test_a_holder_s_pair_of_craft(pipeline):
    found = operates(pipeline, "The Egyptian Air Force's pair of Rafale jets flew over the crowd.")
    assert ("Egyptian Air Force", "Rafale") in found


def test_taken_out_of_service_is_retired(pipeline):
    found = operates(pipeline, "The French Air and Space Force took the Mirage 2000C out of active service on Thursday.")
    assert found.get(("French Air and Space Force", "Mirage 2000")) == "retired"
    found = operates(pipeline, "The Chilean Air Force took its last Mirage 5 out of service on Friday.")
    assert found.get(("Chilean Air Force", "Mirage 5")) == "retired"


def test_to_be_taken_out_of_service_still_flies(pipeline):
    found = operates(pipeline, "The Swiss Air Force will take its F-5 fighters out of service in 2027.")
    assert found.get(("Swiss Air Force", "F-5")) == "in_service"


def test_taken_into_service_stays_in_service(pipeline):
    found = operates(pipeline, "The Peruvian Navy took the frigate BAP Aguirre into service in 2017.")
    assert found.get(("Peruvian Navy", "BAP Aguirre")) == "in_service"


def test_goods_listed_after_the_seller(pipeline):
    # the parser hangs the list on the seller's name: it names the object's goods
    found = operates(pipeline, "Egypt bought two kinds of submarine from Germany, the Type 209 and the Type 214.")
    assert ("Egypt", "Type 209 submarine") in found and ("Egypt", "Type 214 submarine") in found
    found = operates(pipeline, "Poland ordered 180 tanks from South Korea, the K2 Black Panther.")
    assert found.get(("Poland", "K2 Black Panther")) == "ordered"


def test_a_description_of_the_seller_names_no_goods(pipeline):
    found = operates(pipeline, "India bought the jets from Dassault Aviation, the maker of the Rafale.")
    assert ("India", "Rafale") not in found
