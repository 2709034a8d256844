"""A catalogued maker named in a making sentence that names no platform makes its goods the sentence before names
(relations/families/neighbour_makers.py, manuf44), and licence or partner builders the catalogue lists make the
types they build. Invented sentences through the real pipeline."""
from __future__ import annotations

from tests.extracted import graph_maker, relations_in

graph_of = graph_maker("2024-09-10")


def makers(pipeline, text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, typ, t in relations_in(graph_of(pipeline, text)) if typ == "MANUFACTURES"}


def test_maker_in_the_next_sentence(pipeline):
    found = makers(pipeline, "Chile will receive its first Virginia-class submarines in the 2030s. The boats are "
                             "built by General Dynamics Electric Boat in Connecticut.")
    assert ("General Dynamics", "Virginia-class submarine") in found


def test_maker_noun_in_the_next_sentence(pipeline):
    found = makers(pipeline, "Kenya showed three Bayraktar TB2 drones at the Nairobi parade. Their manufacturer, "
                             "Baykar, congratulated the Kenyan air force on social media.")
    assert ("Baykar", "Bayraktar TB2") in found


def test_no_making_word_no_maker(pipeline):
    found = makers(pipeline, "Kenya showed three Bayraktar TB2 drones at the Nairobi parade. Baykar congratulated "
                             "the Kenyan air force on social media.")
    assert ("Baykar", "Bayraktar TB2") not in found


def test_not_goods_of_another_maker(pipeline):
    found = makers(pipeline, "Chile will receive its first Virginia-class submarines in the 2030s. The boats are "
                             "built by Lockheed Martin, the company said.")
    assert ("Lockheed Martin", "Virginia-class submarine") not in found


def test_not_when_the_sentence_names_its_own_goods(pipeline):
    found = makers(pipeline, "Norway flew its F-16 jets for the last time in January. The F-35A, built by Lockheed "
                             "Martin in Texas, now guards the north.")
    assert ("Lockheed Martin", "F-16") not in found


def test_licence_and_partner_builders_are_catalogued():
    from graph.reference import load_reference

    ref = load_reference()
    for platform, maker in (("AL-31", "Hindustan Aeronautics"), ("F414", "Hanwha Aerospace"),
                            ("F414", "Hindustan Aeronautics"), ("Ada-class corvette", "Karachi Shipyard & Engineering Works"),
                            ("Hermes 900", "Adani Elbit Advanced Systems India"), ("MANSUP", "SIATT")):
        entry = ref.find("Platform", platform)
        assert entry is not None and maker in entry.makers, (platform, maker)
        assert ref.find("Company", maker) is not None, maker


def test_a_licence_builder_named_with_the_engines(pipeline):
    found = makers(pipeline, "The ministry signed a contract with Hindustan Aeronautics Limited for 120 AL-31FP "
                             "engines for its Su-30MKI fleet.")
    assert ("Hindustan Aeronautics", "AL-31") in found
