"""Object pronouns of goods and a state's service named by its branch (coref25: graph/entities/antecedents.py
``goods_objects``, graph/entities/resolve.py ``service_coreference``), on invented sentences."""
from __future__ import annotations

from functools import partial

from tests.extracted import corefs, text_edges

edges = partial(text_edges, published="2025-03-01")


def test_an_object_it_of_flying_is_the_platform_the_sentence_before_is_about(pipeline):
    text = ("The KC-390, a twin-engine transport that can carry 26 tonnes, made its debut at a show in Chile. "
            "The Portuguese Air Force flies it from Beja.")
    assert ("it", "C-390") in corefs(pipeline, text)
    assert ("Portuguese Air Force", "OPERATES", "C-390") in edges(pipeline, text)


def test_an_object_it_of_a_deal_verb_or_after_no_platform_stands_for_nothing(pipeline):
    signed = "The KC-390 made its debut at a show in Chile. The Portuguese cabinet approved it in May."
    assert not [c for c in corefs(pipeline, signed) if c[0] == "it"]
    no_goods = "Portugal held an election in March. The Portuguese Air Force flies it from Beja."
    assert not [c for c in corefs(pipeline, no_goods) if c[0] == "it"]


def test_they_of_a_noun_plural_only_by_its_verb(pipeline):
    text = ("Romania signed for 32 F-35A jets in November. The aircraft are being bought from the United States. "
            "They are built by Lockheed Martin.")
    assert ("They", "F-35") in corefs(pipeline, text)
    assert ("Lockheed Martin", "MANUFACTURES", "F-35") in edges(pipeline, text)
    single = ("Romania signed for an F-35A jet in November. The aircraft is being bought from the United States. "
              "They are built by Lockheed Martin.")
    assert not [c for c in corefs(pipeline, single) if c[0] == "They"]


def test_the_air_force_is_the_named_service_of_the_articles_state_beside_another_state(pipeline):
    text = ("Malaysia has ordered 18 FA-50 jets from South Korea for the Royal Malaysian Air Force. Malaysia will "
            "assemble 14 of them at home, and South Korea will build four. Malaysia hopes to order more. The "
            "Korean jets will replace the Hawk trainers that the air force has flown since 1994.")
    assert ("air force", "Royal Malaysian Air Force") in corefs(pipeline, text)


def test_flag_officer_in_command_leads_the_navy_and_command_alone_is_no_body(pipeline):
    text = ("The frigate arrived in Subic Bay on Tuesday, where it was received by Vice Admiral Ramon Cruz, "
            "Flag Officer in Command of the Philippine Navy.")
    found = edges(pipeline, text)
    assert ("Ramon Cruz", "LEADS", "Philippine Navy") in found
    assert not [e for e in found if e[0] == "Command" or e[2] == "Command"]


def test_they_after_a_plural_description_of_states_is_those_states(pipeline):
    text = ("The leaders of Kazakhstan and Uzbekistan met in Astana on Friday. The two countries signed an allied "
            "treaty. They are members of the Shanghai Cooperation Organisation.")
    found = edges(pipeline, text)
    assert ("Kazakhstan", "MEMBER_OF", "Shanghai Cooperation Organisation") in found
    assert ("Uzbekistan", "MEMBER_OF", "Shanghai Cooperation Organisation") in found


def test_a_second_it_of_a_conjoined_clause_is_what_the_first_stood_for(pipeline):
    text = ("Rwanda has sent troops abroad quickly for years. It is one of the largest contributors to the "
            "peacekeeping mission in South Sudan, and in December it sent more soldiers to Mozambique.")
    found = [c for c in corefs(pipeline, text) if c[0].lower() == "it"]
    assert found == [("It", "Rwanda"), ("it", "Rwanda")]
