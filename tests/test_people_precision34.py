"""False LEADS / AFFILIATED_WITH read off pooled dev halves (session 34, issue 10): a post told past "and"
after a titled name belongs to the next party; heads of a bloc's institutions lead that institution, not the
bloc. Invented sentences about other countries."""
from __future__ import annotations

from functools import partial

from tests.extracted import text_edges

edges = partial(text_edges, published="2025-05-02")


def test_post_after_and_is_the_next_partys(pipeline):
    got = edges(pipeline, "Defence Minister Oleg Petrov and the commander of the Russian Navy, Admiral Ivan Sokolov, "
                          "watched the ships pass.")
    assert ("Oleg Petrov", "LEADS", "Russian Navy") not in got
    got = edges(pipeline, "Defence Minister Jan Novak and the commander of the Czech Air Force, General Petr Hromek, "
                          "toured the base in Caslav.")
    assert ("Jan Novak", "LEADS", "Czech Air Force") not in got
    assert ("Petr Hromek", "LEADS", "Czech Air Force") in got


def test_a_name_own_of_phrase_still_names_the_body(pipeline):
    got = edges(pipeline, "Analyst Sarah Kim of the Asan Institute said the launch was a warning.")
    assert ("Sarah Kim", "AFFILIATED_WITH", "Asan Institute") in got


def test_heads_of_bloc_institutions_do_not_lead_the_bloc(pipeline):
    got = edges(pipeline, "The European Union sent Ursula von der Leyen and António Costa to the summit in Astana, "
                          "where they met Kazakh President Kassym-Jomart Tokayev.")
    assert ("Ursula von der Leyen", "LEADS", "European Union") not in got
    assert ("António Costa", "LEADS", "European Union") not in got
    got = edges(pipeline, "Mahmoud Ali Youssouf called on the African Union's members to send troops to Somalia.")
    assert ("Mahmoud Ali Youssouf", "LEADS", "African Union") not in got


def test_heads_of_bloc_institutions_lead_the_institution_named(pipeline):
    got = edges(pipeline, "Mahmoud Ali Youssouf of the African Union Commission said the mission in Somalia would "
                          "need money.")
    assert ("Mahmoud Ali Youssouf", "LEADS", "African Union Commission") in got


def test_a_leader_of_an_unnamed_people_or_group_leads_no_state_of_the_article(pipeline):
    got = edges(pipeline, "Georgia's government rejected the vote. The Abkhaz leader Aslan Bzhania said the region "
                          "would never return.")
    assert ("Aslan Bzhania", "LEADS", "Georgia") not in got
    got = edges(pipeline, "Spain's defence ministry signed the order. Catalan President Pere Aragones said the plant "
                          "would stay open.")
    assert ("Pere Aragones", "LEADS", "Spain") not in got
    got = edges(pipeline, "Israel struck the port of Hodeidah. Abdul Rahman al-Mashat, the movement's leader, said "
                          "his fighters would answer.")
    assert ("Abdul Rahman al-Mashat", "LEADS", "Israel") not in got


def test_a_leader_of_the_named_state_still_leads_it(pipeline):
    got = edges(pipeline, "Kazakhstan signed the deal. The Kazakh president, Kassym-Jomart Tokayev, said it would last.")
    assert ("Kassym-Jomart Tokayev", "LEADS", "Kazakhstan") in got
    got = edges(pipeline, "Kenya sent police to Haiti. The country's president, William Ruto, said they would stay a "
                          "year.")
    assert ("William Ruto", "LEADS", "Kenya") in got


def test_a_wide_region_describes_the_holder_and_owns_no_title(pipeline):
    got = edges(pipeline, "Colombia joined the partnership. The first Latin American head of state to visit, "
                          "Gustavo Ramirez, met the alliance's chief on Thursday.")
    assert ("Gustavo Ramirez", "LEADS", "Colombia") in got


# Review of int34b (menda34): a party or creed written before a leader's title describes the holder and owns no
# title ("Republican President X", "Social Democratic Chancellor X"); past "as well as", "together with" or
# "alongside" a post belongs to the next party.
def test_a_party_before_a_title_owns_no_title(pipeline):
    got = edges(pipeline, "The United States approved the sale. Democratic President Joe Biden said the jets would "
                          "be delivered in 2026.")
    assert ("Joe Biden", "LEADS", "United States") in got
    got = edges(pipeline, "The United States approved the sale. Republican President Donald Trump said the jets "
                          "would be delivered in 2026.")
    assert ("Donald Trump", "LEADS", "United States") in got
    got = edges(pipeline, "Portugal will buy six frigates. Socialist Prime Minister Rui Tavares said the ships "
                          "would be built in Lisbon.")
    assert ("Rui Tavares", "LEADS", "Portugal") in got


def test_post_after_a_multiword_joiner_is_the_next_partys(pipeline):
    got = edges(pipeline, "Defence Minister Oleg Petrov as well as the commander of the Russian Navy, Admiral Ivan "
                          "Sokolov, watched the ships pass.")
    assert ("Oleg Petrov", "LEADS", "Russian Navy") not in got
    got = edges(pipeline, "Defence Minister Anna Lindqvist together with the commander of the Swedish Navy, Rear "
                          "Admiral Erik Holm, opened the base in Karlskrona.")
    assert ("Anna Lindqvist", "LEADS", "Swedish Navy") not in got
