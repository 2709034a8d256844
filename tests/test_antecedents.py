"""Subject pronouns and definite descriptions across sentences (graph/entities/antecedents.py), on
invented sentences: the word becomes a ``coref`` mention of the entity it stands for, and the
relation rules then read it like the name."""
from __future__ import annotations

from functools import partial

from tests.extracted import corefs, text_edges

edges = partial(text_edges, published="2025-03-01")


def test_it_opening_a_sentence_is_the_previous_subject(pipeline):
    text = ("Hanwha Aerospace reported record exports last year. It has a partnership with Tata Advanced Systems "
            "to build howitzers.")
    assert ("It", "Hanwha Aerospace") in corefs(pipeline, text)
    assert ("Hanwha Aerospace", "COOPERATES_WITH", "Tata Advanced Systems") in edges(pipeline, text)


def test_they_takes_conjoined_subjects_and_it_does_not(pipeline):
    they = "Estonia and Latvia ordered the HIMARS in 2023. They will receive the launchers in 2026."
    assert {("They", "Estonia"), ("They", "Latvia")} <= set(corefs(pipeline, they))
    it = "Estonia and Latvia ordered the HIMARS in 2023. It will receive the launchers in 2026."
    assert not [c for c in corefs(pipeline, it) if c[0] == "It"]


def test_an_expletive_it_and_a_person_subject_stand_for_nothing(pipeline):
    assert corefs(pipeline, "Egypt signed for more jets in May. It is likely that the deal will grow.") == []
    text = "Vice Admiral Tomas Berg led the navy for a decade. It was bought from Sweden in 2001."
    assert not [c for c in corefs(pipeline, text) if c[0] == "It"]


def test_it_after_a_named_actor_in_its_own_sentence_is_left_alone(pipeline):
    text = "Kenya ordered trucks. In May, Ghana said it would buy patrol boats."
    assert not [c for c in corefs(pipeline, text) if c[0] == "it"]


def test_the_group_is_the_company_named_before(pipeline):
    text = ("Rheinmetall opened an ammunition plant in Lithuania. The group has become one of Kyiv's main "
            "arms suppliers.")
    assert ("group", "Rheinmetall") in corefs(pipeline, text)
    assert ("Rheinmetall", "SUPPLIES", "Ukraine") in edges(pipeline, text)


def test_the_frigates_are_the_frigates_named_before(pipeline):
    text = "Chile received two Type 23 frigates in 2021. The frigates are based at Talcahuano."
    assert ("frigates", "Type 23 frigate") in corefs(pipeline, text)
    assert ("Type 23 frigate", "DEPLOYED_TO", "Talcahuano") in edges(pipeline, text)


def test_a_platform_word_needs_a_platform_of_its_category(pipeline):
    text = "Chile received two Type 23 frigates in 2021. The helicopters are based at Talcahuano."
    assert not [c for c in corefs(pipeline, text) if c[0] == "helicopters"]


def test_the_sultanate_is_the_country(pipeline):
    text = "Oman signed for eight Typhoons in 2012. The sultanate also operates the F-16."
    assert ("sultanate", "Oman") in corefs(pipeline, text)
    assert ("Oman", "OPERATES", "F-16") in edges(pipeline, text)


def test_a_platform_object_but_not_a_share_of_the_fleet(pipeline):
    named = "Chile received two Type 23 frigates in 2021. Babcock, the maker of the frigates, will refit them."
    assert ("frigates", "Type 23 frigate") in corefs(pipeline, named)
    share = "Chile received two Type 23 frigates in 2021. A batch of the frigates will be refitted."
    assert not [c for c in corefs(pipeline, share) if c[0] == "frigates"]


def test_they_carries_on_from_a_platform_description(pipeline):
    text = "Norway bought 52 F-35A jets. The jets landed at Orland in 2019. They are produced by Lockheed Martin."
    assert ("They", "F-35") in corefs(pipeline, text)


def test_the_kingdom_is_a_country_called_a_kingdom(pipeline):
    text = ("Saudi Arabia bought jets. Saudi Arabia wants more. Does the pact extend Pakistan's nuclear umbrella "
            "to the kingdom?")
    assert ("kingdom", "Saudi Arabia") in corefs(pipeline, text)
    text = "Pakistan bought jets. Pakistan wants more. Troops will stay in the kingdom."
    assert not [c for c in corefs(pipeline, text) if c[0] == "kingdom"]


def test_the_group_is_no_academy(pipeline):
    text = "The Quad leaders met at the Archmere Academy. The group has no secretariat."
    assert ("group", "Archmere Academy") not in corefs(pipeline, text)


def test_its_air_force_is_the_service_of_the_country_its_stands_for(pipeline):
    text = "Kuwait signed for 28 Eurofighter Typhoons in 2016. Its air force received the first two jets this week."
    assert ("air force", "Kuwait Air Force") in corefs(pipeline, text)
    assert ("Kuwait Air Force", "OPERATES", "Eurofighter Typhoon") in edges(pipeline, text)
    navy = "Ghana bought two patrol boats in March. Its navy will base them at Sekondi."
    assert ("navy", "Ghana Navy") in corefs(pipeline, navy)


def test_the_countrys_navy_is_that_countrys_service(pipeline):
    text = "Peru held talks with Spain in May. The country's navy still operates four Type 209 submarines."
    assert ("navy", "Peruvian Navy") in corefs(pipeline, text)


def test_its_army_chief_and_a_firms_army_name_no_service(pipeline):
    office = "Norway received its last F-35A jets on Monday. Its army chief praised the deal."
    assert not [c for c in corefs(pipeline, office) if c[0] == "army"]
    firm = "Saab reported record orders in May. Its army of engineers has doubled since 2020."
    assert not [c for c in corefs(pipeline, firm) if c[0] == "army"]
    company = "Saab reported record orders in May. Its navy is now the largest customer."
    assert not [c for c in corefs(pipeline, company) if c[0] == "navy"]


def test_the_subject_of_a_passive_of_goods_is_the_platform_before(pipeline):
    built = "Peru signed for 24 KF-21 fighters on Monday. They will be built by Korea Aerospace Industries."
    assert ("They", "KAI KF-21 Boramae") in corefs(pipeline, built) or ("They", "KF-21") in corefs(pipeline, built)
    assert any(e[1] == "MANUFACTURES" and e[0] == "Korea Aerospace Industries" for e in edges(pipeline, built))
    based = "Romania ordered 32 AH-64E Apache helicopters in May. They will be based at Campia Turzii."
    assert [c for c in corefs(pipeline, based) if c[0] == "They" and "Apache" in c[1]]


def test_a_passive_of_goods_never_takes_the_buyer_before(pipeline):
    text = "Chile bought the Gripen E in 2024. It is assembled under licence by Embraer."
    assert not [c for c in corefs(pipeline, text) if c[0] == "It" and c[1] == "Chile"]
    founded = "Hanwha Ocean opened a yard in Ulsan. It was founded in 1973."  # no passive of goods
    assert ("It", "Hanwha Ocean") in corefs(pipeline, founded)


def test_they_of_goods_needs_a_plural_platform(pipeline):
    text = "Egypt signed for the K9 howitzer on Monday. They will be built in Cairo."
    assert not [c for c in corefs(pipeline, text) if c[0] == "They"]


def test_troops_based_somewhere_are_no_platform_named_in_passing(pipeline):
    text = ("Britain moved 800 troops to Estonia in May, alongside a squadron of Challenger 2 tanks. "
            "They will be based at Tapa.")
    assert not [c for c in corefs(pipeline, text) if c[0] == "They"]


def test_its_air_force_named_beside_it_is_left_to_the_name(pipeline):
    text = "Oman wants more jets. Its air force, the Royal Air Force of Oman, flies F-16 fighters."
    assert not [c for c in corefs(pipeline, text) if c[0] == "air force"]


def test_the_german_group_is_the_german_firm_named_before(pipeline):
    text = ("Rheinmetall opened a plant in Hungary last year. The factory is run by a joint venture between the "
            "German group and the Hungarian state.")
    assert ("group", "Rheinmetall") in corefs(pipeline, text)
    # a plain "the group" with no demonym is left to the group rule (a bloc or an armed group as well)
    assert ("group", "Rheinmetall") in corefs(pipeline, "Rheinmetall opened a plant in May. The group said so.")


def test_a_description_inside_a_names_phrase_is_not_that_name(pipeline):
    text = ("The Mahindra Group opened a plant in Pune in March. Mahindra Defence Systems, a wholly owned "
            "subsidiary of the conglomerate, signed the memorandum with Embraer.")
    assert ("conglomerate", "Mahindra Group") in corefs(pipeline, text)
    assert ("Mahindra Defence Systems", "PART_OF", "Mahindra Group") in edges(pipeline, text)


def test_a_description_is_no_other_argument_of_its_own_verb(pipeline):
    # set against a firm of its own clause, the description is another firm, which the nearest does not tell
    text = "Tata Advanced Systems builds fuselages in Hyderabad. With Airbus, the company assembles transport aircraft."
    assert not [c for c in corefs(pipeline, text) if c[0] == "company"]
    text = "Saab opened an office in Brasilia. Embraer signed a deal with the company in May."
    assert not [c for c in corefs(pipeline, text) if c[0] == "company"]
    assert ("company", "Saab") in corefs(pipeline, "Saab opened an office in Brasilia. The company hired staff.")


def test_the_shipyard_is_the_firm_so_named_before_a_nearer_one(pipeline):
    text = ("South Korea's Hanwha Group completed its takeover of Philly Shipyard on Monday. Hanwha Ocean will run "
            "the yard, and David Kim becomes chief executive of the shipyard.")
    assert ("shipyard", "Philly Shipyard") in corefs(pipeline, text)
    assert ("David Kim", "LEADS", "Philly Shipyard") in edges(pipeline, text)


def test_the_group_is_the_group_the_article_names_further_back(pipeline):
    text = ("Hanwha Group bought a stake in Austal. The regulator approved the bid on Friday. Officials in Canberra "
            "welcomed it. The yard in Perth builds patrol boats. Hanwha Aerospace builds howitzers in Geelong, and "
            "the group's shipbuilding arm, Hanwha Ocean, builds submarines.")
    assert ("group", "Hanwha Group") in corefs(pipeline, text)


def test_the_new_firm_points_back_to_nothing(pipeline):
    text = "Rheinmetall signed a deal with Ukroboronprom in May. The new firm will repair tanks in western Ukraine."
    assert not [c for c in corefs(pipeline, text) if c[0] == "firm"]


def test_he_opening_a_sentence_is_the_person_before(pipeline):
    text = ("General Tomas Varga became chief of the Hungarian Defence Forces on Monday. He previously led the "
            "3rd Mechanised Division.")
    assert ("He", "Tomas Varga") in corefs(pipeline, text)
    assert ("Tomas Varga", "LEADS", "3rd Mechanised Division") in edges(pipeline, text)


def test_she_carries_on_through_a_sentence_naming_no_one(pipeline):
    text = ("Admiral Lena Strand took over the Swedish Navy on Friday. The appointment had been expected. "
            "In 2015 she commanded the 4th Naval Warfare Flotilla.")
    assert ("she", "Lena Strand") in corefs(pipeline, text)


def test_he_after_a_person_or_role_of_its_own_sentence_is_left_alone(pipeline):
    named = "Karl Berg signed the deal. Later, Anders Lund said he would resign."
    assert not [c for c in corefs(pipeline, named) if c[0] == "he"]
    role = "Karl Berg signed the deal. The new minister, a former pilot, said he would resign."
    assert not [c for c in corefs(pipeline, role) if c[0] == "he"]
    relative = "Karl Berg signed the deal. The reform touches the units he inspected."
    assert not [c for c in corefs(pipeline, relative) if c[0] == "he"]


def test_he_is_not_the_one_person_of_a_sentence_about_someone_else(pipeline):
    two = "Karl Berg and Anders Lund met in Oslo. He later led the Norwegian Army."
    assert not [c for c in corefs(pipeline, two) if c[0] == "He"]
    other = ("General Tomas Varga took command on Monday. His ties to the premier go back to 2009, when he "
             "served in Pecs while Viktor Orban was in opposition. He later led the 3rd Mechanised Division.")
    assert not [c for c in corefs(pipeline, other) if c[0] == "He" and c[1] == "Viktor Orban"]


def test_a_person_named_only_by_he_takes_an_office_and_an_event_told_as_done(pipeline):
    text = ("General Tomas Varga became chief of the Hungarian Defence Forces on Monday. He attended the 2023 "
            "Vilnius summit and led the 3rd Mechanised Division.")
    found = edges(pipeline, text)
    assert ("Tomas Varga", "LEADS", "3rd Mechanised Division") in found
    assert [e for e in found if e[0] == "Tomas Varga" and e[1] == "PARTICIPATED_IN"]  # (tests/test_pronoun_attendance.py)



def test_a_person_named_only_by_he_stands_for_no_state(pipeline):
    text = ("Defence Secretary Lloyd Austin arrived in Vientiane on Thursday. He then held talks with New "
            "Zealand's defence minister Judith Collins.")
    assert ("He", "Lloyd Austin") in corefs(pipeline, text)
    assert not [e for e in edges(pipeline, text) if e[1] == "COOPERATES_WITH"]


def test_he_after_a_phrase_naming_his_own_earlier_post_is_still_the_person(pipeline):
    rank = "General Ana Ruiz was named Spain's defence chief on Tuesday. As a colonel she led the Canary Islands Command."
    assert ("she", "Ana Ruiz") in corefs(pipeline, rank)
    assert ("Ana Ruiz", "LEADS", "Canary Islands Command") in edges(pipeline, rank)
    before = ("General Ana Ruiz was named Spain's defence chief on Tuesday. Before becoming vice chief in March she "
              "headed the Canary Islands Command.")
    assert ("she", "Ana Ruiz") in corefs(pipeline, before)
    month = "General Mark Dale retired in May. In January he joined Shield Capital, a venture capital firm."
    assert ("he", "Mark Dale") in corefs(pipeline, month)
    # a phrase naming someone else still rules the pronoun out
    other = "Karl Berg signed the deal. Like President Anders Lund, he belongs to the Centre Party."
    assert not [c for c in corefs(pipeline, other) if c[0] == "he"]


def test_a_second_he_of_a_career_sentence_is_the_first_ones_person(pipeline):
    text = ("Admiral Ravi Menon became navy chief on Monday. As a rear admiral he led the Southern Fleet, and before "
            "becoming vice chief he was Flag Officer Commanding-in-Chief of the Eastern Naval Command.")
    assert [c for c in corefs(pipeline, text) if c[0] == "he"] == [("he", "Ravi Menon")] * 2
    assert ("Ravi Menon", "LEADS", "Eastern Naval Command") in edges(pipeline, text)
    other = "Admiral Ravi Menon became navy chief. He led the Southern Fleet, and later Admiral Kiran Rao said he would go."
    assert [c for c in corefs(pipeline, other) if c[0].lower() == "he"] == [("He", "Ravi Menon")]
