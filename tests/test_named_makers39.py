"""A firm named in a sentence with goods the catalogue says it makes (supply.named_makers, session 39): a few
parse steps apart always; further apart when those goods are the firm's nearest catalogued goods in the
sentence or listed with them, never goods of it named in another phrase. Invented sentences through the real
pipeline."""
from __future__ import annotations

from tests.extracted import graph_maker, relations_in

graph_of = graph_maker("2024-05-05")


def makers(pipeline, text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, typ, t in relations_in(graph_of(pipeline, text)) if typ == "MANUFACTURES"}


def test_goods_on_order_from_their_maker(pipeline):
    found = makers(pipeline, "The army's new helicopter is the UH-60M Black Hawk, 30 of which are on order from "
                             "Sikorsky, the American helicopter maker.")
    assert ("Sikorsky", "Black Hawk") in found


def test_goods_listed_after_their_maker(pipeline):
    found = makers(pipeline, "The group's best-known products came from Nexter: the Leclerc tank, the CAESAR "
                             "howitzer and the VBCI infantry fighting vehicle.")
    assert {("Nexter", "Leclerc"), ("Nexter", "CAESAR"), ("Nexter", "VBCI")} <= found


def test_older_goods_of_the_maker_in_another_phrase(pipeline):
    found = makers(pipeline, "The F-35A, built by Lockheed Martin, will take over from the older F-16 jets at Bodø "
                             "next year.")
    assert ("Lockheed Martin", "F-35") in found
    assert ("Lockheed Martin", "F-16") not in found


def test_licensed_and_renamed_makers_are_catalogued():
    from graph.reference import load_reference

    ref = load_reference()
    for platform, maker in (("C295", "Tata Advanced Systems"), ("Gripen", "Embraer"), ("Leopard 2", "KNDS Deutschland"),
                            ("Scorpène-class submarine", "Mazagon Dock Shipbuilders"), ("MiG-21", "Hindustan Aeronautics")):
        entry = ref.find("Platform", platform)
        assert entry is not None and maker in entry.makers, (platform, maker)
        assert ref.find("Company", maker) is not None, maker


def test_a_renamed_maker_makes_its_types(pipeline):
    found = makers(pipeline, "The first of the Leopard 2A8 tanks that KNDS Deutschland is building for the Czech army "
                             "rolled out of the Munich plant on Tuesday.")
    assert ("KNDS Deutschland", "Leopard 2") in found

