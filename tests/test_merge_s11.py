"""Junk and duplicate nodes in a store of many articles (issue 10, session 11): the kinds the merged
stores of the development halves showed, each with sentences of our own. Platform variants, nicknames,
the generic name of a war, names cut at "and", titles and numbers taken for people, a minister's title
taken for a force, two bodies joined by "and the", the capital as its state, and the dateline's
country as the article's."""
from __future__ import annotations

from graph.text import Document
from graph.text.metadata import from_text


def _graph(pipeline, text: str):
    return pipeline.process(Document.from_text(text, meta=from_text(text)))


def _names(pipeline, text: str, label: str | None = None) -> set[str]:
    return {d["name"] for _, d in _graph(pipeline, text).nodes(data=True)
            if d.get("label") != "Document" and (label is None or d.get("label") == label)}


def _edge(pipeline, text: str, source: str, type_: str, target: str) -> bool:
    g = _graph(pipeline, text)
    name = {n: d.get("name") for n, d in g.nodes(data=True)}
    return any(name[u] == source and d["type"] == type_ and name[v] == target for u, v, d in g.edges(data=True))


def _mentions(pipeline, text: str) -> set[tuple[str, str]]:
    return {(m.text, m.label) for m in pipeline.nlp(text)._.mentions}


# -- variants of one platform -------------------------------------------------------------------------

def test_lettered_variants_named_together_are_one_family(pipeline):
    names = _names(pipeline, "Denmark has ordered both the F-35A and the F-35B from Lockheed Martin.", "Platform")
    assert names == {"F-35"}


def test_uncatalogued_variant_beside_its_catalogued_family_joins_it(pipeline):
    names = _names(pipeline, "The display team flies the J-10CY, a display version of the J-10C, at every "
                             "airshow it visits.", "Platform")
    assert names == {"J-10"}


def test_letters_on_a_bare_family_name_stay_another_platform(pipeline):
    names = _names(pipeline, "Rheinmetall showed the KF51U, an unmanned version of its KF51 Panther tank.", "Platform")
    assert "KF51U" in names


def test_sub_variant_of_a_numbered_model_joins_that_model(pipeline):
    names = _names(pipeline, "Greece flies the Mirage 2000-5. Its Mirage 2000-5F jets came from France later.",
                   "Platform")
    assert names == {"Mirage 2000"}


def test_contrasted_lettered_variants_stay_apart(pipeline):
    names = _names(pipeline, "Chile flies the F-16C, while Jordan retired its older F-16A jets.", "Platform")
    assert {"F-16C", "F-16A"} <= names


def test_two_numbered_models_stay_apart(pipeline):
    names = _names(pipeline, "Spain kept its Leopard 2A4 tanks and ordered new Leopard 2A8 tanks in 2024.", "Platform")
    assert {"Leopard 2A4", "Leopard 2A8"} <= names


def test_uncatalogued_lettered_designation_joins_its_shorter_form(pipeline):
    names = _names(pipeline, "The wing retired its last RF-5E reconnaissance jets; the RF-5EG trainers stay "
                             "until 2027.", "Platform")
    assert "RF-5EG" not in names


# -- people, wars -------------------------------------------------------------------------------------

def test_quoted_nickname_leaves_the_name(pipeline):
    names = _names(pipeline, 'Admiral Samuel J. "Sam" Paparo Jr. told senators the fleet was too small.', "Person")
    assert "Samuel J. Paparo Jr." in names


def test_war_in_ukraine_is_the_invasion(pipeline):
    text = "Date: 2024-05-02\n\nLatvian officials said the war in Ukraine had doubled the cost of artillery shells."
    assert "Russian invasion of Ukraine" in _names(pipeline, text, "Event")


# -- the entity gate ----------------------------------------------------------------------------------

def test_name_cut_at_and_is_no_organisation(pipeline):
    found = _mentions(pipeline, "Kenya signed up to the Belt and Road Initiative in 2017, the minister said.")
    assert not any(text == "Road Initiative" for text, _ in found)


def test_name_cut_at_ampersand_is_no_firm(pipeline):
    found = _mentions(pipeline, "The unit will trade under the name Sea & Coastal Systems from next year.")
    assert not any(text == "Coastal Systems" for text, _ in found)


def test_two_firms_joined_by_and_stay_firms(pipeline):
    found = _mentions(pipeline, "Airbus and General Dynamics bid for the contract.")
    assert {("Airbus", "Company"), ("General Dynamics", "Company")} <= found


def test_base_number_is_no_person(pipeline):
    found = _mentions(pipeline, "The last French troops left Air Base 172 near the airport in N'Djamena on Friday.")
    assert not any(label == "Person" for _, label in found)


def test_commanding_in_chief_is_a_title(pipeline):
    found = _mentions(pipeline, "He served as General Officer Commanding-in-Chief of the Eastern Command until May.")
    assert not any(label == "Person" for _, label in found)


def test_production_block_is_no_organisation(pipeline):
    found = _mentions(pipeline, "The navy will buy the Block V and retire the Block IV by 2030.")
    assert not any(text.startswith("Block") for text, _ in found)
    found = _mentions(pipeline, "Oman ordered twelve Typhoons of the Tranche 3A standard from BAE Systems.")
    assert not any(text.startswith("Tranche") for text, _ in found)


def test_command_paper_is_no_body(pipeline):
    found = _mentions(pipeline, "The Integrated Review Command Paper of 2021 cut two squadrons.")
    assert not any(text == "Integrated Review Command" for text, _ in found)


def test_armed_forces_minister_is_a_title_and_keeps_the_country(pipeline):
    text = "The first howitzers reached Armenia on Monday, French Armed Forces Minister Catherine Vautrin said."
    assert "Armed Forces of France" not in _names(pipeline, text) and "French Armed Forces" not in _names(pipeline, text)
    assert "France" in _names(pipeline, text, "Country")


def test_ministry_and_the_council_are_two_bodies(pipeline):
    found = _mentions(pipeline, "The Ministry of Defence and the National Security Council met in Accra.")
    assert ("Ministry of Defence", "GovernmentBody") in found and ("National Security Council", "GovernmentBody") in found


def test_ministry_with_and_in_its_portfolio_stays_whole(pipeline):
    found = _mentions(pipeline, "The Ministry of Fisheries and Oceans of Canada said.")
    assert any(text.startswith("Ministry of Fisheries and Oceans") for text, _ in found)


def test_hull_code_is_no_organisation(pipeline):
    found = _mentions(pipeline, "Canberra wants its first SSN in the water by the late 2030s.")
    assert not any(text == "SSN" for text, _ in found)


def test_catalogued_committee_is_not_cut_at_in(pipeline):
    names = _names(pipeline, "The Committee on Foreign Investment in the United States cleared the purchase.")
    assert "Committee on Foreign Investment in the United States" in names


# -- capitals and datelines ---------------------------------------------------------------------------

def test_possessive_capital_is_the_state(pipeline):
    names = _names(pipeline, "Chile signed a letter of offer under Washington's Foreign Military Sales programme.")
    assert "United States" in names and "Washington, D.C." not in names


def test_possessive_capital_before_a_place_noun_is_the_city(pipeline):
    names = _names(pipeline, "Two drones fell near Moscow's main airport on Sunday night.", "Place")
    assert "Moscow" in names


def test_dateline_country_decides_the_bare_ministry(pipeline):
    text = ("Kumar takes over the army as Rao retires\n\nNEW DELHI, May 2 (Wire) - General Kumar took over as "
            "chief on Friday. The defence ministry announced it last week. His army faces China along the "
            "northern border.")
    names = _names(pipeline, text, "GovernmentBody")
    assert any("India" in n for n in names)


# -- short and long forms across articles -------------------------------------------------------------

def test_region_named_with_its_kind_is_the_catalogued_region(pipeline):
    assert "Nagorno-Karabakh" in _names(pipeline, "Aid convoys reached the Karabakh region on Monday.", "Place")


def test_base_named_as_another_kind_of_base_is_the_catalogued_base(pipeline):
    names = _names(pipeline, "The transport landed at Hindon Air Base after a night flight.", "Place")
    assert "Hindon Air Force Station" in names


def test_numbered_squadron_drops_its_number_sign(pipeline):
    a = _names(pipeline, "No. 12 Squadron flew its last sortie on Tuesday.", "GovernmentBody")
    b = _names(pipeline, "Pilots of 12 Squadron flew the last sortie on Tuesday.", "GovernmentBody")
    assert a & b


def test_surname_shared_by_namesakes_of_two_countries_is_the_one_the_text_names(pipeline):
    names = _names(pipeline, "General Dan Caine took the oath on Friday. Caine told senators the force was "
                             "ready.", "Person")
    assert names == {"Dan Caine"}
