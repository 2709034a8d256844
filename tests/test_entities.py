"""Entity quality: the gate in front of the graph and one name per thing across documents.
Short sentences of our own through the real pipeline (``pipeline`` fixture)."""
from __future__ import annotations

import pytest

from graph.entities.canon import canonical_name
from graph.text import Document


def _nodes(pipeline, text: str) -> dict[str, dict]:
    g = pipeline.process(Document.from_text(text))
    return {d["name"]: d for _, d in g.nodes(data=True) if d.get("label") != "Document"}


def _labels(pipeline, text: str) -> set[tuple[str, str]]:
    return {(d["label"], name) for name, d in _nodes(pipeline, text).items()}


def test_metonymic_capital_is_its_country(pipeline):
    nodes = _nodes(pipeline, "Washington imposed new sanctions on Tehran. Moscow said it would respond.")
    assert "Washington" in nodes["United States"]["aliases"]
    assert "Moscow" in nodes["Russia"]["aliases"]
    assert not [n for n, d in nodes.items() if d["label"] == "Place"]


def test_capital_as_a_place(pipeline):
    labels = _labels(pipeline, "The two leaders held talks in Moscow on Tuesday.")
    assert ("Place", "Moscow") in labels


def test_kremlin_white_house_pentagon(pipeline):
    nodes = _nodes(pipeline, "The Kremlin rejected the plan. The White House and the Pentagon said Kazakhstan agreed.")
    assert "Kremlin" in nodes["Russia"]["aliases"]
    assert "White House" in nodes["United States"]["aliases"]
    assert nodes["United States Department of Defense"]["label"] == "GovernmentBody"
    assert "Kremlin" not in nodes and "Pentagon" not in nodes


def test_background_regions_and_headings_are_not_places(pipeline):
    text = "Kazakhstan signed the deal.\n\nBackground\n\nEurope watched as Kazakhstan bought tanks."
    labels = _labels(pipeline, text)
    assert not {n for lab, n in labels if n in {"Europe", "Background"}}


def test_fact_box_label_is_no_entity(pipeline):
    assert ("Person", "Buyer") not in _labels(pipeline, "Buyer: Kazakhstan\nSeller: Turkey\n\nKazakhstan bought drones.")


def test_people_in_locative_phrases_are_places(pipeline):
    labels = _labels(pipeline, "Azerbaijani troops advanced towards Nerkin Hand and Verin Shorzha on Tuesday.")
    assert not [n for lab, n in labels if lab == "Person"]


def test_role_marked_name_is_a_person(pipeline):
    labels = _labels(pipeline, "Jean-Brice Dumont, who runs the division, said the aircraft were delivered.")
    assert ("Person", "Jean-Brice Dumont") in labels


def test_fragment_cut_at_of_is_completed(pipeline):
    labels = _labels(pipeline, "The National Bank of the Kyrgyz Republic said the transfers were legal.")
    assert ("GovernmentBody", "National Bank of the Kyrgyz Republic") in labels
    assert not [n for _, n in labels if n.endswith((" of", " the"))]


def test_venue_is_a_place(pipeline):
    labels = _labels(pipeline, "The leaders met at the Independence Palace in Minsk. Bombers took off from "
                               "Whiteman Air Force Base in Missouri.")
    assert ("Place", "Independence Palace") in labels
    assert ("Place", "Whiteman Air Force Base") in labels


def test_secretary_of_state_is_no_body(pipeline):
    labels = _labels(pipeline, "Secretary of State Antony Blinken said Iran had shipped missiles.")
    assert not [n for lab, n in labels if lab == "GovernmentBody"]


def test_government_of_a_country_is_the_country(pipeline):
    nodes = _nodes(pipeline, "Colombia signed a letter of intent with the Government of Sweden.")
    assert not [n for n, d in nodes.items() if d["label"] == "GovernmentBody"]


def test_name_listed_with_firms_is_a_firm(pipeline):
    labels = _labels(pipeline, "The sanctioned firms, among them Rosoboronexport, Uralvagonzavod, Kalashnikov and "
                               "Russian Helicopters, denied wrongdoing.")
    assert not [n for lab, n in labels if lab == "Person"]


def test_british_and_american_spelling_one_body(pipeline):
    a = _nodes(pipeline, "Poland's defence ministry signed the contract.")
    b = _nodes(pipeline, "Poland's defense ministry signed the contract.")
    ida = {d["id"] for d in a.values() if d["label"] == "GovernmentBody"}
    idb = {d["id"] for d in b.values() if d["label"] == "GovernmentBody"}
    assert ida == idb and len(ida) == 1


def test_legal_forms_one_firm_across_documents(pipeline):
    a = _nodes(pipeline, "JSC NC Kazakhstan Engineering signed the deal with Turkey.")
    b = _nodes(pipeline, "Kazakhstan Engineering will assemble the drones for Kazakhstan.")
    assert "Kazakhstan Engineering" in a and "Kazakhstan Engineering" in b
    assert a["Kazakhstan Engineering"]["id"] == b["Kazakhstan Engineering"]["id"]


def test_brand_joins_its_designation(pipeline):
    nodes = _nodes(pipeline, "Niger bought Bayraktar TB2 drones. Bayraktar drones now patrol the border.")
    platforms = [n for n, d in nodes.items() if d["label"] == "Platform"]
    assert platforms == ["Bayraktar TB2"]


def test_short_name_joins_the_full_name(pipeline):
    nodes = _nodes(pipeline, "The Arrow 3 system entered service in Germany. Arrow intercepts missiles in space.")
    assert [n for n, d in nodes.items() if d["label"] in {"Platform", "Person"}] == ["Arrow 3"]


def test_acronym_and_long_form_one_body(pipeline):
    a = _nodes(pipeline, "OFAC designated the bank on Thursday.")
    b = _nodes(pipeline, "The Office of Foreign Assets Control designated the bank.")
    assert a.keys() & b.keys() == {"Office of Foreign Assets Control"}


def test_country_word_in_body_name_one_body(pipeline):
    nodes = _nodes(pipeline, "Morocco's Royal Moroccan Air Force received the first Apache helicopters. "
                             "The Royal Air Force will fly them from Sale.")
    bodies = [n for n, d in nodes.items() if d["label"] == "GovernmentBody"]
    assert bodies == ["Royal Moroccan Air Force"]


def test_generic_events_stay_one_per_document(pipeline):
    a = _nodes(pipeline, "Leaders of the CSTO met at the summit in Minsk on 23 November 2023.")
    b = _nodes(pipeline, "Leaders of the CSTO met at the summit in Astana on 28 November 2024.")
    ea = {d["id"] for d in a.values() if d["label"] == "Event"}
    eb = {d["id"] for d in b.values() if d["label"] == "Event"}
    assert not ea & eb


@pytest.mark.parametrize(("label", "name", "canonical"), [
    ("Company", "Xiamen Limbach Aircraft Engine Co. Ltd", "Xiamen Limbach Aircraft Engine"),
    ("Company", "OJSC Keremet Bank", "Keremet Bank"),
    ("GovernmentBody", "Ukrainian Air Defence Force", "Ukrainian Air Defence Forces"),
    ("GovernmentBody", "Ukrainian Air Defense Forces", "Ukrainian Air Defense Forces"),
    ("Organization", "UN Security Council", "United Nations Security Council"),
    ("Person", "Co Ltd", "Co Ltd"),
    ("GovernmentBody", "U.S. Naval Forces Korea", "United States Naval Forces Korea"),
    ("GovernmentBody", "US Army Pacific", "United States Army Pacific"),
])
def test_canonical_name(label, name, canonical):
    assert canonical_name(label, name) == canonical


def test_shared_designation_resolved_by_category_noun(pipeline):
    nodes = _nodes(pipeline, "Russia sent Typhoon armoured vehicles to the front. Germany ordered more Typhoon "
                             "fighter jets.")
    platforms = {d["id"]: d.get("category") for d in nodes.values() if d["label"] == "Platform"}
    assert platforms == {"platform:typhoon-k": "armored_vehicle", "platform:eurofighter-typhoon": "aircraft"}


def test_undefined_acronym_joins_its_long_form(pipeline):
    nodes = _nodes(pipeline, "Kazakhstan Aselsan Engineering builds radios in Astana. KAE said it would expand.")
    assert "KAE" in nodes["Kazakhstan Aselsan Engineering"]["aliases"]
    assert "KAE" not in nodes


# -- the shape of a name (graph/mentions/shape.py) and the headings kept out of the graph -------------
def test_byline_and_title_case_heading_are_not_names(pipeline):
    text = ("Old Friends Drift Apart As Quiet Rewiring Goes On\n\nBy Layla Mansour, Doha\n\n"
            "Qatar ordered ten helicopters from Airbus on Monday.")
    names = set(_nodes(pipeline, text))
    assert "Layla Mansour" not in names and "Quiet Rewiring" not in names
    assert {"Qatar", "Airbus"} <= names


def test_technical_acronyms_are_no_organisations(pipeline):
    names = set(_nodes(pipeline, "Chile says IOC for its new radar is planned for 2027, and AESA sets will follow."))
    assert not names & {"IOC", "AESA"}


def test_designation_led_name_is_a_platform(pipeline):
    labels = _labels(pipeline, "Officers praised the locally built ZT-4 Grey Wolf, a tank of its own design.")
    assert ("Platform", "ZT-4 Grey Wolf") in labels


def test_name_particles_and_hyphenated_given_names_complete_a_person(pipeline):
    labels = _labels(pipeline, "The fair was opened by Sheikh Tariq bin Khalid Al Sabah, the crown prince of Kuwait. "
                               "The contract was signed by KAI vice president Han Jong-seok and a navy officer.")
    assert {("Person", "Tariq bin Khalid Al Sabah"), ("Person", "Han Jong-seok")} <= labels


def test_lone_surname_joins_the_accented_full_name(pipeline):
    nodes = _nodes(pipeline, "Lithuanian President Rimantas Šarūnas opened the factory. "
                             "Sarunas told guests the plant mattered.")
    people = [n for n, d in nodes.items() if d["label"] == "Person"]
    assert people == ["Rimantas Šarūnas"]


def test_acronym_spelled_out_in_the_document_beats_the_catalogue(pipeline):
    nodes = _nodes(pipeline, "The Department of National Defense of the Philippines said the DND had budgeted the money.")
    assert not [n for n, d in nodes.items() if d["label"] == "Company"]
    assert "DND" in nodes["Department of National Defense of the Philippines"]["aliases"]


def test_outlets_programmes_and_peoples_are_no_bodies(pipeline):
    text = ("Press release distributed by Caspian Business Newswire on behalf of Kazakhstan Engineering. "
            "Poland will pay through the Foreign Military Financing programme. "
            "Rwanda denies backing a Hutu militia.")
    labels = _labels(pipeline, text)
    assert not [n for lab, n in labels if lab in {"Organization", "GovernmentBody", "Place", "Person"}]


def test_firm_name_tail_and_title_before_a_name(pipeline):
    labels = _labels(pipeline, "The order went to Korvex Aviation Services, said Budget Minister Delegate Samir Alaoui.")
    assert ("Company", "Korvex Aviation Services") in labels
    assert ("Person", "Samir Alaoui") in labels


def test_islamic_republic_is_iran(pipeline):
    nodes = _nodes(pipeline, "Western governments accused the Islamic Republic of sending missiles to Russia.")
    assert "Islamic Republic" in nodes["Iran"]["aliases"]


def test_dropped_names_the_text_shows_to_be_places_people_or_groups(pipeline):
    text = ("The squadrons are based at Ambala and Hasimara. The rebels also took the towns of Minova and Masisi. "
            "A day later the ministry's spokesman, Aram Vardanyan, told reporters that talks would resume.")
    labels = _labels(pipeline, text)
    assert {("Place", "Ambala"), ("Place", "Hasimara"), ("Place", "Minova")} <= labels
    assert ("Person", "Aram Vardanyan") in labels


def test_a_role_word_of_the_next_person_does_not_make_a_region_a_person(pipeline):
    labels = _labels(pipeline, "The plant opened at Unterluess in Lower Saxony, attended by Defence Minister "
                               "Boris Pistorius.")
    assert ("Person", "Lower Saxony") not in labels


def test_bank_named_after_a_headline_is_one_firm(pipeline):
    text = ("Lender Tamerlan Faces Sanctions Over Payments\n\nTamerlan Bank, a small lender in Kyrgyzstan, was "
            "sanctioned. Tamerlan said it would appeal.")
    nodes = _nodes(pipeline, text)
    assert nodes["Tamerlan Bank"]["label"] == "Company"
    assert "Tamerlan" not in nodes


def test_adjective_before_a_school_belongs_to_its_name(pipeline):
    labels = _labels(pipeline, "Oleg Sirotin, who teaches at the Higher School of Economics, disagreed.")
    assert ("Organization", "Higher School of Economics") in labels


def test_named_places_written_with_a_lower_case_venue_phrase(pipeline):
    text = ("The battery stands at the Wittstock air base. Russia's 7th military base in Gyumri stayed open. "
            "The ships docked at the Port of Taipei, in New Taipei, on Sunday.")
    labels = _labels(pipeline, text)
    assert {("Place", "Wittstock Air Base"), ("Place", "7th Military Base"), ("Place", "Port of Taipei"),
            ("Place", "New Taipei")} <= labels


def test_airline_named_after_its_country_and_firm_with_a_legal_form(pipeline):
    text = ("Regulators also listed Iran Air, the national flag carrier. "
            "The Treasury added Ningbo Dongfang Aircraft Parts Co. to its list.")
    labels = _labels(pipeline, text)
    assert ("Company", "Iran Air") in labels
    assert any(lab == "Company" and n.startswith("Ningbo Dongfang Aircraft Parts") for lab, n in labels)


def test_name_split_at_and_parts_and_programmes(pipeline):
    text = ("Visitors crowded the 9th Caspian Aviation and Defence Exhibition on Monday. "
            "The deal was signed with Steppe Aviation Industry of Kazakhstan LLP. "
            "Arman Seitov, who runs Airbus's Space Systems business, spoke. "
            "Funds come from the Re-Horizon 3 phase of the programme.")
    labels = _labels(pipeline, text)
    assert ("Event", "9th Caspian Aviation and Defence Exhibition") in labels or any(
        lab == "Event" and "Defence Exhibition" in n for lab, n in labels)
    assert any(lab == "Company" and n.startswith("Steppe Aviation Industry of Kazakhstan") for lab, n in labels)
    assert not {n for lab, n in labels if n in {"Space Systems", "Re-Horizon"}}


def test_lower_case_state_bodies_after_a_country(pipeline):
    nodes = _nodes(pipeline, "Kyrgyzstan's finance ministry sold the stake, and Kazakhstan's air defence forces "
                             "received the jet.")
    bodies = {n for n, d in nodes.items() if d["label"] == "GovernmentBody"}
    assert "Ministry of Finance of Kyrgyzstan" in bodies
    assert any("Air Defen" in n for n in bodies)


def test_lower_case_special_forces_of_a_state_are_no_body(pipeline):
    lower = _nodes(pipeline, "Kyrgyz special forces were said to have crossed the river near Osh on Monday.")
    assert not [n for n, d in lower.items() if d["label"] == "GovernmentBody" and "Special Forces" in n]
    upper = _nodes(pipeline, "Colonel Aibek Sultanov, the commander of Kyrgyzstan's Special Forces, opened the drill in Bishkek.")
    assert [n for n, d in upper.items() if d["label"] == "GovernmentBody" and "Special Forces" in n]


def test_heading_rule_spares_list_items_and_prose_opening_with_by():
    from graph.mentions.layout import heading_line

    assert heading_line("By Layla Mansour, Doha", 3) is not None
    assert heading_line("Cheap Jets Over The Steppe Are Changing Old Habits", 3) is not None
    assert heading_line("By 2030 the air force will field twelve jets built by Orlan Aero.", 3) is None
    assert heading_line("- Steppe Aselsan Engineering", 3) is None
    assert heading_line("Buyer: Armament Agency, on behalf of the Polish Armed Forces", 3) is None


def test_a_place_before_an_event_noun_stays_a_place(pipeline):
    labels = _labels(pipeline, "Ukrainian troops pushed deeper during the Kursk offensive last August.")
    assert ("Event", "Kursk") not in labels


def test_headline_word_named_again_only_in_lower_case_is_no_name(pipeline):
    text = "Drones To Roll Off Steppe Line Next Year, Says Manufacturer\n\nThe manufacturer said Kazakhstan would assemble them."
    assert "Manufacturer" not in _nodes(pipeline, text)


def test_base_named_with_an_ordinal_and_a_port_of_a_name_are_places(pipeline):
    labels = _labels(pipeline, "The handover took place at the 3rd Royal Air Force Base near the coast. "
                               "The tanks came ashore at the port of Nador West Med last month.")
    assert ("Place", "3rd Royal Air Force Base") in labels
    assert ("Organization", "Nador West Med") not in labels


def test_an_unknown_alliance_without_states_is_an_organisation(pipeline):
    labels = _labels(pipeline, "Fighters of the Kivu Lakes Alliance entered the town. The NATO Alliance met in Brussels.")
    assert ("Organization", "Kivu Lakes Alliance") in labels
    assert ("Alliance", "North Atlantic Treaty Organization") in labels


def test_titles_alone_are_no_names_and_a_title_before_a_name_is_dropped(pipeline):
    labels = _labels(pipeline, "Akim Erlan Nurlanov met the Supreme Commander in the city.")
    assert ("Person", "Erlan Nurlanov") in labels
    assert not [n for lab, n in labels if "Supreme Commander" in n or n.startswith("Akim")]


def test_news_agencies_cited_as_sources_are_no_entities(pipeline):
    names = set(_nodes(pipeline, "Anadolu Agency reported the deal, and Interfax quoted a Kazakh official. "
                                 "Yonhap News Agency said Seoul agreed."))
    assert not names & {"Anadolu Agency", "Interfax", "Yonhap News Agency", "Anadolu", "Yonhap"}


def test_a_fair_keeps_its_year_while_an_amount_is_cut_off():
    import spacy

    from graph.mentions.shape import trim

    nlp = spacy.blank("en")
    doc = nlp("Visitors came to IDEX 2025 and Orbis International Dh24 million went to spares.")
    assert trim(doc, 3, 5, "Event") == (3, 5)
    assert trim(doc, 6, 9, "Organization") == (6, 8)


def test_short_form_of_a_country_named_in_the_document(pipeline):
    nodes = _nodes(pipeline, "Rwandan troops were operating in the Democratic Republic of Congo, and officials in "
                             "Congo denied it.")
    assert "Congo" in nodes["Democratic Republic of the Congo"]["aliases"]
    assert not [n for n, d in nodes.items() if d["label"] == "Place"]


@pytest.mark.parametrize("name,bare", [("Steppe Optics Engineering LLP", "Steppe Optics Engineering"),
                                       ("Orbis Makina A.Ş.", "Orbis Makina"), ("Orbis Makina AŞ", "Orbis Makina"),
                                       ("Nusantara Defence Tbk", "Nusantara Defence"),
                                       ("Selat Marine Sdn Bhd", "Selat Marine")])
def test_legal_forms_of_many_countries_are_stripped(name, bare):
    assert canonical_name("Company", name) == bare


@pytest.mark.parametrize("text, name", [
    ("The Defence Council on 12 March approved the purchase of radars.", "Defence Council"),
    ("The Procurement Board on June 3 signed the order.", "Procurement Board"),
])
def test_a_date_after_on_is_no_part_of_a_name(pipeline, text, name):
    doc = pipeline.nlp(text)
    assert name in {m.text for m in doc._.mentions}
    assert not any(" on " in m.text for m in doc._.mentions)


def test_new_before_a_country_does_not_make_a_place(pipeline):
    doc = pipeline.nlp("The reforms belong to the president's \u201cNew Mongolia\u201d programme, officials said in "
                       "Ulaanbaatar.")
    assert not any(m.label == "Place" and m.text.startswith("New") for m in doc._.mentions)


def test_word_lists_made_once_match_the_tokens_and_feed_the_whole_document_scans(pipeline):
    from graph.mentions.words import lowers, texts

    text = ("Chile's air force flew from the Cerro Moreno air base. Kenya's defence ministry thanked Equity Bank, "
            "a lender in Nairobi. The 3rd naval base at Talcahuano hosted the 2S19 howitzers.")
    doc = pipeline.nlp(text)
    assert texts(doc) == [t.text for t in doc] and lowers(doc) == [t.lower_ for t in doc]
    assert texts(doc) is texts(doc)  # made once
    labels = _labels(pipeline, text)
    assert {("Place", "Cerro Moreno Air Base"), ("GovernmentBody", "Ministry of Defence of Kenya"),
            ("Company", "Equity Bank"), ("Platform", "2S19 Msta-S")} <= labels
    assert any(lab == "Place" and n.endswith("3rd Naval Base") for lab, n in labels)


@pytest.mark.parametrize("text, name", [
    ("The drill was led by U.S. Naval Forces Europe-Africa on Monday.", "United States Naval Forces Europe-Africa"),
    ("Rear Admiral Ann Roe, deputy commander of US Naval Forces Southern Command, visited Lima.",
     "United States Naval Forces Southern Command"),
    ("Officers of Allied Joint Force Command Naples planned the drill.", "Allied Joint Force Command Naples"),
])
def test_a_command_keeps_the_region_or_seat_its_name_ends_in(pipeline, text, name):
    bodies = {n for n, d in _nodes(pipeline, text).items() if d["label"] == "GovernmentBody"}
    assert name in bodies
    assert not any(n != name and name.startswith(n) for n in bodies)  # no body cut before its region


def test_a_command_and_the_place_after_in_stay_two(pipeline):
    nodes = _nodes(pipeline, "The Joint Force Command in Naples planned the drill.")
    assert "Naples" in nodes and "Joint Force Command Naples" not in nodes
