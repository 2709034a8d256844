"""Supply, operation and manufacture with their stage, on short sentences of our own through the
real pipeline (spaCy model, entity ruler, reference data)."""
from __future__ import annotations

import pytest

from graph.text.sources import Document
from tests.extracted import find_relation, text_relations


@pytest.mark.parametrize("text, source, type_, target, stage", [
    ("Turkey delivered six Bayraktar TB2 drones to Togo last year.", "Turkey", "SUPPLIES", "Togo", "delivered"),
    ("Turkey delivered six Bayraktar TB2 drones to Togo last year.", "Togo", "OPERATES", "TB2", "delivered"),
    ("Poland signed a contract with Hyundai Rotem for 180 K2 tanks.", "Hyundai Rotem", "SUPPLIES", "Poland", "ordered"),
    ("Poland signed a contract with Hyundai Rotem for 180 K2 tanks.", "Poland", "OPERATES", "K2", "ordered"),
    ("Kazakhstan plans to buy Su-30SM fighters from Russia.", "Kazakhstan", "OPERATES", "Su-30", "planned"),
    ("Kazakhstan plans to buy Su-30SM fighters from Russia.", "Russia", "SUPPLIES", "Kazakhstan", "planned"),
    ("Egypt is negotiating to buy Rafale jets from France.", "Egypt", "OPERATES", "Rafale", "negotiating"),
    ("Hungary is receiving its Leopard 2A7 tanks from Germany.", "Hungary", "OPERATES", "Leopard", "delivering"),
    ("Greece operates the F-16 Fighting Falcon.", "Greece", "OPERATES", "F-16", "in_service"),
])
def test_supply_and_stage(pipeline, text, source, type_, target, stage):
    edge = find_relation(text_relations(pipeline, text), source, type_, target)
    assert edge is not None
    assert edge.get("stage") == stage


def test_maker_named_on_the_platform_supplies(pipeline):
    edges = text_relations(pipeline, "Twenty Bastion armoured vehicles built by Arquus were shipped to Armenia in May.")
    assert find_relation(edges, "Arquus", "SUPPLIES", "Armenia")
    assert find_relation(edges, "Arquus", "MANUFACTURES", "Bastion")
    assert find_relation(edges, "Armenia", "OPERATES", "Bastion")


def test_deal_with_maker_and_its_country(pipeline):
    edges = text_relations(pipeline, "In 2022 Jakarta signed for 42 Rafale jets from France's Dassault Aviation.")
    assert find_relation(edges, "Dassault", "SUPPLIES", "Indonesia")
    assert find_relation(edges, "France", "SUPPLIES", "Indonesia")
    assert find_relation(edges, "Indonesia", "OPERATES", "Rafale")


def test_took_delivery_with_pronoun_subject(pipeline):
    edges = text_relations(pipeline, "Poland signed a contract with Hyundai Rotem for 180 K2 tanks. "
                             "It took delivery of twelve Bayraktar TB2 drones from Baykar in June.")
    edge = find_relation(edges, "Poland", "OPERATES", "TB2")
    assert edge is not None and edge.get("stage") == "delivered"
    assert find_relation(edges, "Baykar", "SUPPLIES", "Poland")


def test_fleet(pipeline):
    edges = text_relations(pipeline, "The Kazakh transport fleet is built largely around Ilyushin Il-76s and Antonov An-26s.")
    assert find_relation(edges, "Kazakhstan", "OPERATES", "Il-76")
    assert find_relation(edges, "Kazakhstan", "OPERATES", "An-26")


@pytest.mark.parametrize("text", [
    "Turkey did not deliver the Bayraktar TB2 drones to Iraq.",
    "Turkey denied supplying Bayraktar TB2 drones to Iraq.",
])
def test_negated_supply_gives_nothing(pipeline, text):
    edges = text_relations(pipeline, text)
    assert not find_relation(edges, "Turkey", "SUPPLIES", "Iraq")
    assert not find_relation(edges, "Iraq", "OPERATES", "TB2")


def test_no_longer_operates(pipeline):
    edges = text_relations(pipeline, "Romania no longer operates the MiG-21.")
    edge = find_relation(edges, "Romania", "OPERATES", "MiG-21")
    assert edge is None or edge.get("stage") == "retired"


def test_non_arms_transfers_are_no_supply(pipeline):
    edges = text_relations(pipeline, "Indonesia will send a trade delegation to India. "
                             "France cancelled its air services agreement with Iran.")
    assert not find_relation(edges, "Indonesia", "SUPPLIES", "India")
    assert not find_relation(edges, "Iran", "SUPPLIES", "France")


def test_made_and_developed_by(pipeline):
    edges = text_relations(pipeline, "The Pinaka rocket launcher, developed by India's Defence Research and Development "
                             "Organisation, was sold to Armenia. Armenia also bought Turkish-made drones.")
    assert find_relation(edges, "India", "MANUFACTURES", "Pinaka")


@pytest.mark.parametrize("text, source, target", [
    ("Peru retired its Mirage 5 fighters in 2021.", "Peru", "Mirage 5"),
    ("Chile took its first F-16s in 2006, long after its Mirage 5s were retired.", "Chile", "Mirage 5"),
    ("The Bulgarian Air Force decommissioned its MiG-29 fleet last year.", "Bulgaria", "MiG-29"),
])
def test_retired_platforms_are_operated_with_stage_retired(pipeline, text, source, target):
    edge = find_relation(text_relations(pipeline, text), source, "OPERATES", target)
    assert edge is not None and edge.get("stage") == "retired"


def test_scrapped_plans_are_no_retirement(pipeline):
    edges = text_relations(pipeline, "Peru scrapped plans to buy MiG-29 fighters.")
    assert not any(d.get("stage") == "retired" for d in edges.values())


def test_leading_participle_names_the_maker(pipeline):
    text = ("Iran supplied the Fath-360 to Russia. Developed by Iran's Aerospace Industries Organization, "
            "the missile carries a warhead of about 150 kilograms.")
    edges = text_relations(pipeline, text)
    assert find_relation(edges, "Aerospace Industries Organization", "MANUFACTURES", "Fath-360") is not None


def test_participle_buyer_and_seller(pipeline):
    edges = text_relations(pipeline, "The first M1A2T Abrams tanks bought by Taiwan from the United States have arrived.")
    assert find_relation(edges, "United States", "SUPPLIES", "Taiwan") is not None
    assert find_relation(edges, "Taiwan", "OPERATES", "Abrams") is not None


def test_systems_fielded_by_an_armed_force(pipeline):
    edges = text_relations(pipeline, "The new interceptor will sit above the HQ-9 and HQ-22 systems already fielded by the PLA.")
    assert find_relation(edges, "People's Liberation Army", "OPERATES", "HQ-22") is not None


def test_maker_contract_with_a_state_body(pipeline):
    text = ("Korea Aerospace Industries said it has concluded a contract with the Department of National Defense "
            "of the Philippines for 12 FA-50 light combat aircraft.")
    edges = text_relations(pipeline, text)
    assert find_relation(edges, "Korea Aerospace Industries", "SUPPLIES", "Department of National Defense") is not None


def test_contract_signed_between_buyer_and_maker(pipeline):
    text = ("Colombia's defence ministry said the contract for seventeen Gripen fighters was signed "
            "between Colombia and the Swedish company Saab AB.")
    edges = text_relations(pipeline, text)
    assert find_relation(edges, "Saab", "SUPPLIES", "Colombia") is not None
    assert find_relation(edges, "Colombia", "OPERATES", "Gripen") is not None
    assert find_relation(edges, "Sweden", "OPERATES", "Gripen") is None


def test_building_parts_is_not_making_the_platform(pipeline):
    edges = text_relations(pipeline, "India will build Rafale fuselages at a new plant in Hyderabad.")
    assert find_relation(edges, "India", "MANUFACTURES", "Rafale") is None


def test_variants_are_types_of_their_own(pipeline):
    from graph.reference import load_reference

    ref = load_reference()
    assert ref.find("Platform", "Rafale M").name != ref.find("Platform", "Rafale").name
    assert ref.find("Platform", "T-50").name != ref.find("Platform", "FA-50").name
    assert ref.find("Platform", "K2PL").name != ref.find("Platform", "K2").name


def _platforms(pipeline, text: str) -> dict[str, str]:
    doc = pipeline.nlp(text)
    return {m.text: m.category for m in doc._.mentions if m.label == "Platform"}


@pytest.mark.parametrize("text, name, category", [
    ("The column brought the T-72B3, the gas-turbine T-80 and the T-90M.", "T-90M", "armored_vehicle"),
    ("Crews showed the Orlan-10 and Orlan-20 reconnaissance drones.", "Orlan-20", "uav"),
    ("The parade featured the T-80 and the 2S44 Giatsint.", "2S44 Giatsint", "armored_vehicle"),
    ("They were joined by the Agnibaan multi-barrel rocket launcher.", "Agnibaan", "artillery"),
    ("The Malva self-propelled howitzer made its debut.", "Malva", "artillery"),
])
def test_designations_the_catalogue_lacks(pipeline, text, name, category):
    assert _platforms(pipeline, text).get(name) == category


@pytest.mark.parametrize("text, word", [
    ("The aircraft, carrying the manufacturer serial MSN139, was flown to Astana.", "MSN139"),
    ("Passengers of flight MH17 were remembered at a ceremony.", "MH17"),
    ("The G20 summit opened in Rio with talks on trade.", "G20"),
])
def test_codes_that_are_no_platforms(pipeline, text, word):
    assert word not in _platforms(pipeline, text)


def test_operators_listed_after_a_platform(pipeline):
    text = ("Airbus has sold 178 A400M airlifters. The other operators are Germany, France and Spain. "
            "Its users are happy, officials said.")
    edges = text_relations(pipeline, text)
    for state in ("Germany", "France", "Spain"):
        assert find_relation(edges, state, "OPERATES", "A400M") is not None


def test_a_state_subjects_own_platform(pipeline):
    edges = text_relations(pipeline, "The Luftwaffe declared operational capability for its first Arrow 3 battery on Wednesday.")
    assert find_relation(edges, "Luftwaffe", "OPERATES", "Arrow 3") is not None
    edges = text_relations(pipeline, "Airbus delivered its first A400M to Kazakhstan in December.")
    assert find_relation(edges, "Airbus", "OPERATES", "A400M") is None


def test_demonym_of_the_origin_names_the_maker(pipeline):
    edges = text_relations(pipeline, "France has pushed the Franco-Italian SAMP/T, while Germany chose the American Patriot missile system.")
    assert find_relation(edges, "Italy", "MANUFACTURES", "SAMP/T") is not None
    assert find_relation(edges, "France", "MANUFACTURES", "SAMP/T") is not None
    edges = text_relations(pipeline, "The Indian Su-30MKI fleet flew over the parade.")
    assert find_relation(edges, "India", "MANUFACTURES", "Su-30") is None


def test_a_bare_number_counts_the_platform_just_named(pipeline):
    edges = text_relations(pipeline, "Malaysia signed for 18 FA-50 fighters in 2023, and Poland ordered 48 in 2022.")
    assert find_relation(edges, "Poland", "OPERATES", "FA-50") is not None


def test_maker_built_the_type_for_a_state(pipeline):
    text = ("Turkish Aerospace Industries makes the Anka drone. TUSAS has built the type for Turkey's Defence Ministry "
            "since 2013. Since 2022 TUSAS has also built the type for Tunisia.")
    edges = text_relations(pipeline, text)
    assert find_relation(edges, "Turkish Aerospace Industries", "SUPPLIES", "Ministry of National Defense") is not None
    assert find_relation(edges, "Turkish Aerospace Industries", "SUPPLIES", "Tunisia") is not None
    assert find_relation(edges, "Tunisia", "OPERATES", "Anka") is not None
    assert ("Turkish Aerospace Industries", "SUPPLIES", "Turkey") not in edges  # its own state: no transfer


def test_an_ambiguous_name_keeps_its_sense_in_the_document(pipeline):
    doc = pipeline.nlp("Kazakhstan flies the Anka drone. Three more Ankas were ordered in 2021.")
    assert [m.text for m in doc._.mentions if m.label == "Platform"] == ["Anka", "Ankas"]


def test_contract_awarded_to_a_maker_by_a_state(pipeline):
    edges = text_relations(pipeline, "A contract for 12 K9 howitzers was awarded to Hanwha Aerospace by Estonia.")
    assert find_relation(edges, "Hanwha Aerospace", "SUPPLIES", "Estonia") is not None
    assert find_relation(edges, "Estonia", "OPERATES", "K9") is not None


def test_maker_contracted_in_a_ministry_release(pipeline):
    text = ("NEW DELHI, March 20 (Desk) - India's Ministry of Defence signed five contracts today. "
            "Hindustan Aeronautics Limited has been contracted for RD-33 aero-engines worth Rs 5,249 crore.")
    edges = text_relations(pipeline, text)
    assert find_relation(edges, "Hindustan Aeronautics", "SUPPLIES", "India") is not None


def test_award_for_other_work_is_no_supply(pipeline):
    edges = text_relations(pipeline, "Naval Group was awarded a prize by France for its work on a new hospital.")
    assert find_relation(edges, "Naval Group", "SUPPLIES", "France") is None


def test_maker_in_a_relative_clause(pipeline):
    edges = text_relations(pipeline, "The FA-50 is a light combat variant of the T-50 Golden Eagle trainer, which KAI developed in the 1990s.")
    assert find_relation(edges, "Korea Aerospace Industries", "MANUFACTURES", "T-50") is not None


def test_a_companys_design(pipeline):
    edges = text_relations(pipeline, "The Aksungur, a larger TAI design, has reportedly gone to Nigeria.")
    assert find_relation(edges, "Turkish Aerospace Industries", "MANUFACTURES", "Aksungur") is not None
    assert find_relation(edges, "Nigeria", "OPERATES", "Aksungur") is not None


def test_a_bodys_platform_set_beside_it(pipeline):
    """The same apposition, with a platform noun and a state body: the body operates it."""
    edges = text_relations(pipeline, "Crowds cheered the Gripen, a Hungarian Air Force fighter, at the show.")
    assert find_relation(edges, "Hungarian Air Force", "OPERATES", "Gripen") is not None


def test_passive_deal_with_a_maker_in_a_ministry_release(pipeline):
    text = ("NEW DELHI, March 20 (Desk) - India's Ministry of Defence concluded five contracts today. The largest "
            "contract was signed with BrahMos Aerospace, the joint venture, for BrahMos supersonic cruise missiles.")
    edges = text_relations(pipeline, text)
    assert find_relation(edges, "BrahMos Aerospace", "SUPPLIES", "India") is not None


def test_a_company_reports_its_own_dispatch(pipeline):
    text = "Bharat Electronics said the first battery of the Akash air-defence system had been dispatched to Armenia."
    edges = text_relations(pipeline, text)
    assert find_relation(edges, "Bharat Electronics", "SUPPLIES", "Armenia") is not None
    assert find_relation(edges, "Armenia", "OPERATES", "Akash") is not None


@pytest.mark.parametrize("text, user, platform", [
    ("The shorter-range Iskander missiles that Russia has fired at Ukraine worry Warsaw.", "Russia", "Iskander"),
    ("Israel launched Jericho missiles during the exercise.", "Israel", "Jericho"),
])
def test_a_state_that_fires_a_weapon_operates_it(pipeline, text, user, platform):
    assert find_relation(text_relations(pipeline, text), user, "OPERATES", platform) is not None


def test_a_consignment_is_of_the_platform_just_named(pipeline):
    text = "Niger acquired a batch of TB2 drones in 2022, and Togo took delivery of its own consignment the same year."
    assert find_relation(text_relations(pipeline, text), "Togo", "OPERATES", "TB2") is not None


def test_a_body_name_before_a_designation_is_two_names(pipeline):
    doc = pipeline.nlp("Royal Saudi Air Force F-15s escorted the president's plane on Tuesday.")
    found = {(m.text, m.label) for m in doc._.mentions}
    assert ("Royal Saudi Air Force", "GovernmentBody") in found and ("F-15s", "Platform") in found
    edges = text_relations(pipeline, "Royal Saudi Air Force F-15s escorted the president's plane on Tuesday.")
    assert find_relation(edges, "Royal Saudi Air Force", "OPERATES", "F-15") is not None


def test_a_platform_described_as_a_bodys_jet(pipeline):
    edges = text_relations(pipeline, "Visitors saw the J-15T, the first PLA Navy jet ever shown at Zhuhai.")
    assert find_relation(edges, "People's Liberation Army Navy", "OPERATES", "J-15") is not None


def test_a_demonym_on_a_person_is_no_buyer(pipeline):
    text = "Papikian and his French counterpart Sebastien Lecornu signed for three Ground Master 200 radars."
    assert find_relation(text_relations(pipeline, text), "France", "OPERATES", "Ground Master") is None


def test_the_army_is_the_articles_state_not_a_unit_named_army(pipeline):
    text = ("TAIPEI, Jan. 16 (Wire) - Taiwan received 38 Abrams tanks, which went to the Army Armor Training "
            "Command in Hsinchu. Today the army fields about 1,000 tanks, a mix of the CM-11 Brave Tiger and the M60A3.")
    edges = text_relations(pipeline, text)
    assert find_relation(edges, "Army Armor Training Command", "OPERATES", "CM-11") is None


def test_passive_purchase_in_the_articles_state(pipeline):
    text = ("BUCHAREST, Nov. 21 (Desk) - Romania signed for 32 F-35A fighters today. The aircraft are being "
            "acquired from the United States through the Foreign Military Sales procedure.")
    edges = text_relations(pipeline, text)
    assert find_relation(edges, "United States", "SUPPLIES", "Romania") is not None


def test_purchases_of_a_states_own_fleet(pipeline):
    text = ("Romania's Air Force will continue to rely on its F-16 Fighting Falcons, 17 of which were purchased "
            "from Portugal.")
    edges = text_relations(pipeline, text)
    assert find_relation(edges, "Portugal", "SUPPLIES", "Romania") is not None
    assert ("Portugal", "SUPPLIES", "Romanian Air Force") not in edges


def test_some_of_the_platforms_just_named(pipeline):
    text = ("Airbus has delivered eight C295 aircraft to Kazakhstan, and the National Security Committee has "
            "ordered three of the twin-turboprops.")
    assert find_relation(text_relations(pipeline, text), "National Security Committee", "OPERATES", "C295") is not None


@pytest.mark.parametrize("text, source, type_, target, stage", [
    ("BUCHAREST, Nov. 21 (Desk) - Romania signed for 32 F-35A jets. The aircraft are being acquired from the "
     "United States.", "United States", "SUPPLIES", "Romania", "ordered"),
    ("The first 38 M1A2T Abrams tanks bought by Taiwan from the United States have arrived.", "United States",
     "SUPPLIES", "Taiwan", "delivering"),
    ("Turkish Aerospace Industries makes the Anka drone. TUSAS has built the type for Tunisia since 2013.",
     "Tunisia", "OPERATES", "Anka", "in_service"),
])
def test_stage_of_new_patterns(pipeline, text, source, type_, target, stage):
    edge = find_relation(text_relations(pipeline, text), source, type_, target)
    assert edge is not None and edge.get("stage") == stage


def test_the_type_exported_is_supplied_by_its_named_maker(pipeline):
    text = ("Korea Aerospace Industries builds the T-50 Golden Eagle trainer. Powered by one engine, the family "
            "has been exported to Indonesia and Iraq.")
    edges = text_relations(pipeline, text)
    assert find_relation(edges, "Korea Aerospace Industries", "SUPPLIES", "Iraq") is not None
    assert find_relation(edges, "Iraq", "OPERATES", "T-50") is not None
    edges = text_relations(pipeline, "The family has been exported to Indonesia and Iraq.")
    assert not any(t == "SUPPLIES" for _, t, _ in edges)


def test_a_partner_in_development_makes_it_too(pipeline):
    edges = text_relations(pipeline, "Korea Aerospace Industries developed the T-50 Golden Eagle with the American firm Lockheed Martin.")
    assert find_relation(edges, "Lockheed Martin", "MANUFACTURES", "T-50") is not None
    assert find_relation(edges, "Korea Aerospace Industries", "MANUFACTURES", "T-50") is not None


@pytest.mark.parametrize("text, source, target", [
    ("Officials said France will sell Rafale jets to Greece, a step that makes Athens the first buyer in Europe to fly the type.",
     "France", "Greece"),
    ("The Kremlin said Russia would export Su-35 fighters to Algeria, enough for the country to fly a full squadron.",
     "Russia", "Algeria"),
])
def test_sale_to_a_dative_recipient_and_the_seller_does_not_operate(pipeline, text, source, target):
    edges = text_relations(pipeline, text)
    assert find_relation(edges, source, "SUPPLIES", target)
    assert not any(s == source and t == "OPERATES" for s, t, _ in edges)


@pytest.mark.parametrize("text, offerer", [
    ("Seoul said Russia had offered the country six Su-57 fighters.", "Russia"),
    ("Reports said Turkey had offered the country a squadron of KAAN fighters.", "Turkey"),
])
def test_an_offerer_does_not_operate_what_it_offers(pipeline, text, offerer):
    edges = text_relations(pipeline, text)
    assert not any(s == offerer and t == "OPERATES" for s, t, _ in edges)


@pytest.mark.parametrize("text, maker, platform", [
    ("The Polish army fields Hanwha Aerospace K9 howitzers alongside its own Krab guns.", "Hanwha", "K9"),
    ("Qatar chose the Rafale over the Eurofighter, and the Dassault jet entered service in 2019.", "Dassault", "Rafale"),
])
def test_company_named_before_a_platform_makes_it(pipeline, text, maker, platform):
    assert find_relation(text_relations(pipeline, text), maker, "MANUFACTURES", platform)


@pytest.mark.parametrize("text, first, second, platform", [
    ("Vietnam is studying the Russian-Indian BrahMos missile.", "Russia", "India", "BrahMos"),
    ("Egypt showed interest in the Chinese-Pakistani JF-17 fighter.", "China", "Pakistan", "JF-17"),
])
def test_joint_demonym_names_both_makers(pipeline, text, first, second, platform):
    edges = text_relations(pipeline, text)
    assert find_relation(edges, first, "MANUFACTURES", platform)
    assert find_relation(edges, second, "MANUFACTURES", platform)


@pytest.mark.parametrize("text, body, platform", [
    ("Its navy, the Hellenic Navy, relies on Type 214 submarines.", "Hellenic Navy", "Type 214"),
    ("Its air force, the Royal Norwegian Air Force, now flies F-35 fighters.", "Royal Norwegian Air Force", "F-35"),
])
def test_named_appositive_of_a_generic_subject_operates(pipeline, text, body, platform):
    assert find_relation(text_relations(pipeline, text), body, "OPERATES", platform)


@pytest.mark.parametrize("text, body, state, platforms", [
    ("Japan and Australia trained together. Japan Air Self-Defense Force F-15 and F-2 jets flew the escort.",
     "Japan Air Self-Defense Force", "Japan", ["F-15", "F-2"]),
    ("Italy and Spain exercised together. Italian Air Force F-35 and Eurofighter jets led the formation.",
     "Italian Air Force", "Italy", ["F-35", "Eurofighter"]),
])
def test_body_named_before_conjoined_platforms_operates_them(pipeline, text, body, state, platforms):
    """The named service operates each platform; its state's twin relation from the same sentence is
    not required (ANNOTATION.md's operator convention; ``relations/passes/service_twins.py`` drops it)."""
    edges = text_relations(pipeline, text)
    for p in platforms:
        assert find_relation(edges, body, "OPERATES", p)


@pytest.mark.parametrize("text, states, platform", [
    ("The K9 is in service with Finland, Norway and Estonia.", ["Finland", "Norway", "Estonia"], "K9"),
    ("Brazil assembles the Gripen. The type already flies with the air forces of Hungary and Thailand.",
     ["Hungary", "Thailand"], "Gripen"),
])
def test_platform_serving_with_states(pipeline, text, states, platform):
    edges = text_relations(pipeline, text)
    for s in states:
        assert find_relation(edges, s, "OPERATES", platform)


@pytest.mark.parametrize("text, body, platform", [
    ("Two Tu-160 bombers of the Russian Aerospace Forces flew over the Barents Sea.", "Russian Aerospace Forces", "Tu-160"),
    ("Six F-16 fighters from the Royal Netherlands Air Force landed in Romania.", "Royal Netherlands Air Force", "F-16"),
])
def test_platform_of_an_armed_service(pipeline, text, body, platform):
    assert find_relation(text_relations(pipeline, text), body, "OPERATES", platform)


@pytest.mark.parametrize("text, maker, platform", [
    ("The Su-30MKI is a licence-built derivative of the Su-30, produced by Hindustan Aeronautics Limited.",
     "Hindustan Aeronautics", "Su-30"),
    ("Greece needs Washington's consent because the F-16 is a design built by Lockheed Martin.", "Lockheed Martin", "F-16"),
])
def test_copula_subject_is_what_the_participle_built(pipeline, text, maker, platform):
    assert find_relation(text_relations(pipeline, text), maker, "MANUFACTURES", platform)


@pytest.mark.parametrize("text, maker, platform", [
    ("Export approval was slow because the Rafale is a French design.", "France", "Rafale"),
    ("Buyers hesitated because the Gripen is a Swedish product.", "Sweden", "Gripen"),
])
def test_demonym_design_names_the_maker(pipeline, text, maker, platform):
    assert find_relation(text_relations(pipeline, text), maker, "MANUFACTURES", platform)


@pytest.mark.parametrize("text, body, platform", [
    ("Egypt and the Egyptian Air Force waited. Egypt's new jets will replace the air force's ageing MiG-21s.",
     "Egyptian Air Force", "MiG-21"),
    ("Denmark and the Royal Danish Army agreed. The new tanks will replace the army's ageing Leopard 1 tanks.",
     "Royal Danish Army", "Leopard 1"),
])
def test_generic_service_possessor_operates(pipeline, text, body, platform):
    assert find_relation(text_relations(pipeline, text), body, "OPERATES", platform)


@pytest.mark.parametrize("text, body, other, platform", [
    ("The Royal Malaysian Air Force and the Royal Thai Air Force trained together. The Thai service flies Gripens. "
     "Malaysia retired its MiG-29s in 2017, and since then the air force has relied on Su-30MKM fighters.",
     "Royal Malaysian Air Force", "Royal Thai Air Force", "Su-30"),
    ("The Portuguese Air Force and the Hellenic Air Force met in Crete. Greece flies Mirage 2000s. "
     "Portugal's Alpha Jets were retired in 2018; since then the air force has relied on F-16 fighters.",
     "Portuguese Air Force", "Hellenic Air Force", "F-16"),
])
def test_the_air_force_is_that_of_the_state_just_named(pipeline, text, body, other, platform):
    edges = text_relations(pipeline, text)
    assert find_relation(edges, body, "OPERATES", platform)
    assert not find_relation(edges, other, "OPERATES", platform)


@pytest.mark.parametrize("text, state, platform", [
    ("Argentina's last supersonic interceptors, its Mirage III fleet, were retired in 2015.", "Argentina", "Mirage III"),
    ("Croatia's ageing fighters, its MiG-21 squadron, were retired in 2024.", "Croatia", "MiG-21"),
])
def test_retired_platform_named_in_an_apposition(pipeline, text, state, platform):
    edge = find_relation(text_relations(pipeline, text), state, "OPERATES", platform)
    assert edge is not None and edge.get("stage") == "retired"


@pytest.mark.parametrize("text, supplier, recipient, platform", [
    ("Moldova is rebuilding its air defences with help from its partners. Romania delivered the first NASAMS launchers in March.",
     "Romania", "Moldova", "NASAMS"),
    ("Armenia has been re-arming since 2020. India has handed over the first Pinaka launchers, officials in Yerevan said.",
     "India", "Armenia", "Pinaka"),
])
def test_supply_without_recipient_goes_to_the_articles_state(pipeline, text, supplier, recipient, platform):
    edges = text_relations(pipeline, text)
    assert find_relation(edges, supplier, "SUPPLIES", recipient)
    assert find_relation(edges, recipient, "OPERATES", platform)


@pytest.mark.parametrize("text, supplier", [
    ("Iran has been told by Armenia and Armenia's allies to give up the pursuit of nuclear weapons, Armenian officials said.", "Iran"),
    ("Officials in Armenia say Armenia's neighbours hope that Iran will give up its missiles and drones.", "Iran"),
])
def test_giving_up_is_no_supply(pipeline, text, supplier):
    assert not any(s == supplier and t == "SUPPLIES" for s, t, _ in text_relations(pipeline, text))


@pytest.mark.parametrize("text, supplier, recipient", [
    ("Canada has promised four Leopard 2 tanks to Ukraine.", "Canada", "Ukraine"),
    ("Spain committed six Hawk launchers to Ukraine last spring.", "Spain", "Ukraine"),
])
def test_promised_and_committed_arms_are_supplied(pipeline, text, supplier, recipient):
    assert find_relation(text_relations(pipeline, text), supplier, "SUPPLIES", recipient)


@pytest.mark.parametrize("text, first, second", [
    ("Finland signed a security agreement with Estonia that included 12 K9 howitzers.", "Finland", "Estonia"),
    ("Latvia signed a defence pact with Poland that included Piorun missiles.", "Latvia", "Poland"),
])
def test_an_agreement_between_two_states_gives_no_direction(pipeline, text, first, second):
    edges = text_relations(pipeline, text)
    assert not find_relation(edges, second, "SUPPLIES", first)
    assert not any(s == first and t == "OPERATES" for s, t, _ in edges)


@pytest.mark.parametrize("text, seller, buyer, platform", [
    ("Romania has placed an order for 54 K2 tanks with Hyundai Rotem, the ministry said.", "Hyundai Rotem", "Romania", "K2"),
    ("Slovakia placed a firm order for 152 CV90 vehicles with BAE Systems Hägglunds.", "Hägglunds", "Slovakia", "CV90"),
])
def test_order_with_a_maker_attached_to_the_platform(pipeline, text, seller, buyer, platform):
    edges = text_relations(pipeline, text)
    assert find_relation(edges, seller, "SUPPLIES", buyer)
    assert find_relation(edges, buyer, "OPERATES", platform)


@pytest.mark.parametrize("text, seller, buyer, platform", [
    ("Slovakia wants to modernise its army. The cabinet has approved the purchase of 18 Patria AMV vehicles from Finland.",
     "Finland", "Slovakia", "Patria AMV"),
    ("Peru is short of transport aircraft. The government approved the acquisition of two C-390 aircraft from Brazil.",
     "Brazil", "Peru", "C-390"),
])
def test_generic_government_subject_buys_for_the_articles_state(pipeline, text, seller, buyer, platform):
    edges = text_relations(pipeline, text)
    assert find_relation(edges, seller, "SUPPLIES", buyer)
    assert find_relation(edges, buyer, "OPERATES", platform)


@pytest.mark.parametrize("text, origin, platform", [
    ("Is Egypt really buying Russia's Su-35 fighter?", "Russia", "Su-35"),
    ("India flies France's Rafale from two bases.", "France", "Rafale"),
])
def test_the_origin_possessor_of_a_traded_platform_does_not_operate_it(pipeline, text, origin, platform):
    assert not find_relation(text_relations(pipeline, text), origin, "OPERATES", platform)


@pytest.mark.parametrize("text, state", [
    ("From Crete the Tomahawk would reach the Libyan coast.", "Libya"),
    ("From Okinawa the missile could reach the Chinese mainland.", "China"),
])
def test_reaching_a_coast_is_no_delivery(pipeline, text, state):
    assert not any(s == state and t == "OPERATES" for s, t, _ in text_relations(pipeline, text))


@pytest.mark.parametrize("text, state, platform", [
    ("India's air force flies Rafales, and it co-produces the Su-30MKI with Russian industry at Nashik.", "India", "Su-30"),
    ("Brazil's air force flies F-5s, and it co-produces the Gripen E with Swedish industry.", "Brazil", "Gripen"),
])
def test_state_body_that_co_produces_stands_for_its_state(pipeline, text, state, platform):
    assert find_relation(text_relations(pipeline, text), state, "MANUFACTURES", platform)


@pytest.mark.parametrize("text, state, platforms, not_maker", [
    ("Japanese F-15 and F-35 fighters escorted the tanker over the Sea of Japan.", "Japan", ["F-15", "F-35"], None),
    ("Turkish jets intercepted two Greek Mirage 2000 fighters over the Aegean.", "Greece", ["Mirage 2000"], None),
    ("Two Russian Su-34 bombers attacked the bridge at dawn.", "Russia", ["Su-34"], "Russia"),
])
def test_demonym_platform_in_action_names_its_user(pipeline, text, state, platforms, not_maker):
    edges = text_relations(pipeline, text)
    for p in platforms:
        assert find_relation(edges, state, "OPERATES", p)
    if not_maker:
        assert not any(s == not_maker and t == "MANUFACTURES" for s, t, _ in edges)


@pytest.mark.parametrize("text, maker, platform", [
    ("Slovakia will buy 152 CV90 vehicles from BAE Systems Hägglunds, the ministry said.", "Hägglunds", "CV90"),
    ("Egypt signed a contract with Dassault Aviation for 30 more Rafale jets.", "Dassault", "Rafale"),
])
def test_supplying_catalogue_maker_makes_the_platform(pipeline, text, maker, platform):
    assert find_relation(text_relations(pipeline, text), maker, "MANUFACTURES", platform)


def test_supplying_company_that_is_not_the_maker_does_not_make_it(pipeline):
    edges = text_relations(pipeline, "Poland signed a contract with Lockheed Martin for 96 AH-64E Apache helicopters.")
    assert find_relation(edges, "Lockheed Martin", "SUPPLIES", "Poland")
    assert not find_relation(edges, "Lockheed Martin", "MANUFACTURES", "AH-64")


@pytest.mark.parametrize("text, seller, buyer, platform", [
    ("Within days Washington approved the sale to Athens of 20 F-35 fighters.", "United States", "Greece", "F-35"),
    ("The United States has long armed Jordan. The State Department approved the sale of 12 F-16 jets to Jordan.",
     "United States", "Jordan", "F-16"),
])
def test_approved_sale_the_approver_sells(pipeline, text, seller, buyer, platform):
    edges = text_relations(pipeline, text)
    assert find_relation(edges, seller, "SUPPLIES", buyer)
    assert find_relation(edges, buyer, "OPERATES", platform)
    assert not find_relation(edges, seller, "OPERATES", platform)


@pytest.mark.parametrize("text, state, platforms", [
    ("Serbia's air force relies on two types: the MiG-29 and the Super Galeb.", "Serbia", ["MiG-29", "Galeb"]),
    ("For decades Peruvian air power has rested on Soviet designs: Su-25 attack jets and MiG-29 fighters, most bought in 1996.",
     "Peru", ["Su-25", "MiG-29"]),
])
def test_operated_types_listed_after_a_colon(pipeline, text, state, platforms):
    edges = text_relations(pipeline, text)
    for p in platforms:
        assert find_relation(edges, state, "OPERATES", p)


def test_resting_without_on_is_no_operation(pipeline):
    edges = text_relations(pipeline, "The decision on the Su-35 rests with Egypt, which may buy it later.")
    assert not any(t == "OPERATES" and "rests" in d["evidence"][0]["sentence"] and s == "Egypt" and d.get("stage") == "in_service"
                   for (s, t, _), d in edges.items())


@pytest.mark.parametrize("text, maker, engine", [
    ("The Su-57 is powered by two AL-41F1 turbofans, built by UEC Saturn near Moscow.", "UEC Saturn", "AL-41F1"),
    ("The Tu-160 flies on four NK-32 engines, built by Kuznetsov in Samara.", "Kuznetsov", "NK-32"),
])
def test_engine_makers_from_the_catalogue_family(pipeline, text, maker, engine):
    assert find_relation(text_relations(pipeline, text), maker, "MANUFACTURES", engine)


@pytest.mark.parametrize("text, makers, platform", [
    ("The K9 was developed jointly by Hanwha Aerospace, at Changwon, and Poland's Huta Stalowa Wola.",
     ["Hanwha Aerospace", "Huta Stalowa Wola"], "K9"),
    ("The KF-21 was developed jointly by Korea Aerospace Industries, at Sacheon, and Indonesia's PT Dirgantara Indonesia.",
     ["Korea Aerospace Industries", "Dirgantara"], "KF-21"),
])
def test_makers_of_a_passive_with_a_stray_conjunct(pipeline, text, makers, platform):
    edges = text_relations(pipeline, text)
    for m in makers:
        assert find_relation(edges, m, "MANUFACTURES", platform)


@pytest.mark.parametrize("text, company, country", [
    ("The Typhoons were supplied by BAE Systems of Britain.", "BAE Systems", "United Kingdom"),
    ("Egypt bought K9 howitzers from Hanwha Aerospace of South Korea.", "Hanwha Aerospace", "South Korea"),
])
def test_company_of_a_country_is_based_there(pipeline, text, company, country):
    assert find_relation(text_relations(pipeline, text), company, "BASED_IN", country)


def _platform_names(pipeline, text: str) -> set[str]:
    g = pipeline.process(Document.from_text(text, "test.txt"))
    return {d["name"] for _, d in g.nodes(data=True) if d.get("label") == "Platform"}


@pytest.mark.parametrize("text, variants", [
    ("Hungary ordered 44 Leopard 2A7 tanks and kept 12 older Leopard 2A4 tanks for training.", {"Leopard 2A7", "Leopard 2A4"}),
    ("Taiwan flies the F-16V, while Indonesia still flies the older F-16A fighters.", {"F-16V", "F-16A"}),
])
def test_two_variants_of_one_family_are_two_platforms(pipeline, text, variants):
    assert variants <= _platform_names(pipeline, text)


@pytest.mark.parametrize("text, family", [
    ("Norway flies the F-35A; its F-35 fleet reached full strength in 2024.", "F-35"),
    ("Poland bought Leopard 2A4 tanks, and its Leopard crews trained in Germany.", "Leopard 2"),
])
def test_one_variant_stays_with_its_family(pipeline, text, family):
    names = _platform_names(pipeline, text)
    assert family in names and len(names) == 1


@pytest.mark.parametrize("text, supplier, recipient, third", [
    ("Estonia is rearming fast. Germany delivered six IRIS-T launchers in recognition of the aid Tallinn sent to Ukraine.",
     "Germany", "Estonia", "Ukraine"),
    ("Latvia is rearming fast. Washington delivered six HIMARS launchers in recognition of the aid Riga sent to Ukraine.",
     "United States", "Latvia", "Ukraine"),
])
def test_third_state_inside_a_relative_clause_does_not_block_the_articles_state(pipeline, text, supplier, recipient, third):
    edges = text_relations(pipeline, text)
    assert find_relation(edges, supplier, "SUPPLIES", recipient)
    assert not find_relation(edges, supplier, "SUPPLIES", third)


@pytest.mark.parametrize("text, supplier, recipient", [
    ("Poland is proud of the heavy equipment Warsaw sent to Ukraine in 2022.", "Poland", "Ukraine"),
    ("Officials praised the artillery Lisbon shipped to Ukraine last year.", "Portugal", "Ukraine"),
])
def test_goods_a_relative_clause_sends(pipeline, text, supplier, recipient):
    assert find_relation(text_relations(pipeline, text), supplier, "SUPPLIES", recipient)


@pytest.mark.parametrize("text, maker, platform, not_made", [
    ("Designed by Saab, the Gripen fires Meteor missiles.", "Saab", "Gripen", "Meteor"),
    ("Built by Dassault Aviation, the Rafale carries SCALP missiles.", "Dassault", "Rafale", "SCALP"),
])
def test_opening_participle_names_the_maker_of_the_subject_only(pipeline, text, maker, platform, not_made):
    edges = text_relations(pipeline, text)
    assert find_relation(edges, maker, "MANUFACTURES", platform)
    assert not find_relation(edges, maker, "MANUFACTURES", not_made)


@pytest.mark.parametrize("text,operator,ship", [
    ("The Indian Navy sent the destroyer INS Ranvijay to the drills.", "Indian Navy", "INS Ranvijay"),
    ("Belgium and the Netherlands trained together; HNLMS Tromp led the Dutch group.", "Netherlands", "HNLMS Tromp"),
])
def test_a_prefixed_ship_is_its_navys(pipeline, text, operator, ship):
    """The prefix names the state (lexicon.yaml ``ship_prefixes``); its navy, or the state, named in
    the sentence operates the ship."""
    assert find_relation(text_relations(pipeline, text), operator, "OPERATES", ship) is not None


def test_another_states_ship_is_not_operated_by_the_watcher(pipeline):
    edges = text_relations(pipeline, "The Chinese navy shadowed USS Nimitz in the South China Sea on Monday.")
    assert not [k for k in edges if k[1] == "OPERATES" and k[2] == "USS Nimitz"]


@pytest.mark.parametrize("text, maker, platform, not_maker", [
    # the maker named in apposition to a generic noun ("the European firm Airbus"), the platform described
    # by an apposition the participle hangs on ("the A400M, a ... airlifter designed by ...")
    ("The A400M, a four-engine airlifter originally designed by the European firm Airbus, will replace the "
     "ageing fleet.", "Airbus", "A400M", "European Union"),
    ("The Hurjet, a jet trainer built by the Ankara company Turkish Aerospace, flew in April.",
     "Turkish Aerospace", "Hürjet", "Turkey"),
])
def test_maker_named_in_apposition(pipeline, text, maker, platform, not_maker):
    edges = text_relations(pipeline, text)
    assert find_relation(edges, maker, "MANUFACTURES", platform), edges
    assert not find_relation(edges, not_maker, "MANUFACTURES", platform)


def test_an_appositive_description_without_maker_makes_nothing(pipeline):
    edges = text_relations(pipeline, "The K9, a howitzer praised by the Norwegian army, was shown in Oslo.")
    assert not [k for k in edges if k[1] == "MANUFACTURES"], edges


@pytest.mark.parametrize("text, seller, buyer", [
    ("Rheinmetall is also one of the main suppliers of artillery shells to Poland.", "Rheinmetall", "Poland"),
    ("Baykar, a major exporter of drones to Ukraine, opened a plant.", "Baykar", "Ukraine"),
])
def test_supplier_nouns(pipeline, text, seller, buyer):
    assert find_relation(text_relations(pipeline, text), seller, "SUPPLIES", buyer)


@pytest.mark.parametrize("text", [
    "Rheinmetall is not a supplier of artillery to Peru.",
    "Norway is a major supplier of gas to Germany.",
])
def test_supplier_nouns_negated_or_not_arms(pipeline, text):
    assert not [k for k in text_relations(pipeline, text) if k[1] == "SUPPLIES"]


@pytest.mark.parametrize("text, country, platform", [
    ("Chile said the two U.S.-built Apache helicopters reached its northern base. The United States trains the crews.",
     "United States", "Apache"),
    ("Kenya will take six UK-built Wildcat helicopters next year, officials from the United Kingdom said.",
     "United Kingdom", "Wildcat"),
])
def test_country_fused_with_making_participle_makes(pipeline, text, country, platform):
    assert find_relation(text_relations(pipeline, text), country, "MANUFACTURES", platform)


def test_fused_participle_needs_a_named_country(pipeline):
    edges = text_relations(pipeline, "Greece flies U.S.-designed F-16 fighters from Souda Bay.")
    assert not any(t == "MANUFACTURES" and "United States" in s for s, t, _ in edges)


@pytest.mark.parametrize("text, users, platform", [
    ("The K9 howitzer is used by four NATO members: Poland, Norway, Finland and Estonia.",
     ["Poland", "Norway", "Finland", "Estonia"], "K9"),
    ("He noted that the Rafale is operated by the other members of the group, Egypt, Qatar and India.",
     ["Egypt", "Qatar", "India"], "Rafale"),
    ("The Pilatus PC-21 is flown by several countries, including Spain and Jordan.", ["Spain", "Jordan"], "PC-21"),
])
def test_passive_agent_listing_states_operates(pipeline, text, users, platform):
    edges = text_relations(pipeline, text)
    for u in users:
        assert find_relation(edges, u, "OPERATES", platform), u


def test_passive_agent_of_an_organisation_names_no_state(pipeline):
    edges = text_relations(pipeline, "The Leopard 2 is operated by members of NATO, Spain said.")
    assert not find_relation(edges, "Spain", "OPERATES", "Leopard")


@pytest.mark.parametrize("text, supplier, recipient", [
    ("Hanwha Aerospace is one of the main suppliers of artillery to Poland.", "Hanwha", "Poland"),
    ("Israel, Azerbaijan's largest arms supplier, sent more drones in May.", "Israel", "Azerbaijan"),
    ("China has become the biggest weapons exporter to Serbia.", "China", "Serbia"),
])
def test_supplier_noun_supplies(pipeline, text, supplier, recipient):
    assert find_relation(text_relations(pipeline, text), supplier, "SUPPLIES", recipient)


@pytest.mark.parametrize("text", [
    "Gazprom is the main supplier of gas to Hungary.",  # no arms
    "Baykar is Turkey's largest drone exporter.",  # an exporter's possessor is its home
])
def test_supplier_noun_without_arms_or_customer(pipeline, text):
    assert not any(t == "SUPPLIES" for _, t, _ in text_relations(pipeline, text))


@pytest.mark.parametrize("text, maker, buyer", [
    ("Oman has taken delivery of coastal radars built by Thales.", "Thales", "Oman"),
    ("Peru received twelve trainers made by Embraer last year.", "Embraer", "Peru"),
])
def test_maker_of_what_a_state_receives_supplies(pipeline, text, maker, buyer):
    assert find_relation(text_relations(pipeline, text), maker, "SUPPLIES", buyer)


def test_maker_is_no_seller_when_a_seller_is_named(pipeline):
    edges = text_relations(pipeline, "Chile bought Leopard tanks built by KNDS from the Netherlands.")
    assert not find_relation(edges, "KNDS", "SUPPLIES", "Chile")
