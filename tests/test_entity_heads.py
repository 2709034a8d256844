"""Kinds of wrong labels and cut names (session 9, from the sixth fresh half's misses), each rule shown on
invented sentences about other countries and a sentence where it must not fire: a name's label from its
head word ("Tagum City" a place, "Kiel-Werft" a firm, "the Social Democrats" a party, "Army Headquarters" a
state body), from the noun before it ("the gang Los Rastrojos", "an exercise named Steel Harbour"), a
medium's account no place; a known place run on into a body's or region's name ("Kano State", "Aceh
Institute for Peace Studies"); ordinal-numbered units; navy ship prefixes; a state body's "(state)" form."""
from __future__ import annotations

from graph.text import Document
from tests.extracted import node_labels as _labels


def _aliases(pipeline, text: str, name: str) -> set[str]:
    g = pipeline.process(Document.from_text(text))
    return next(set(d.get("aliases") or ()) for _, d in g.nodes(data=True) if d.get("name") == name)


# -- labels from the head word ----------------------------------------------------------------------
def test_city_or_state_is_a_place_not_a_person(pipeline):
    labels = _labels(pipeline, "The talks opened at Camp Navarro in Tagum City, where the navy chief spoke.")
    assert ("Place", "Tagum City") in labels and ("Person", "Tagum City") not in labels


def test_foreign_shipyard_word_makes_a_firm(pipeline):
    labels = _labels(pipeline, "The group owns two yards on the Baltic coast: Stralsund-Werft in Stralsund and "
                               "Warnowwerft in Rostock.")
    assert ("Company", "Stralsund-Werft") in labels and ("Company", "Warnowwerft") in labels


def test_party_by_its_plural_name_or_the_word_party(pipeline):
    labels = _labels(pipeline, "In the vote, Prime Minister Magdalena Andersson's Social Democrats came second.")
    assert ("Organization", "Social Democrats") in labels and ("Person", "Magdalena Andersson") in labels
    labels = _labels(pipeline, "Rahimov, a former rival of the president, brought his small New Dawn party back "
                               "into the coalition.")
    assert ("Organization", "New Dawn") in labels and ("Person", "New Dawn") not in labels


def test_defence_headquarters_is_a_state_body(pipeline):
    labels = _labels(pipeline, "At the Army Headquarters in Accra, officers waited for the new chief.")
    assert ("GovernmentBody", "Army Headquarters") in labels


def test_a_media_account_is_no_place(pipeline):
    labels = _labels(pipeline, "The minister posted the video on his Gettr Social account on Sunday.")
    assert not any(name == "Gettr Social" for _, name in labels)


# -- labels from the noun before the name ------------------------------------------------------------
def test_gang_or_cartel_names_an_organisation(pipeline):
    text = ("Colombian troops raided a camp of the gang Los Rastrojos near the border. "
            "Officials said Los Rastrojos controls the smuggling routes.")
    labels = _labels(pipeline, text)
    assert ("Organization", "Los Rastrojos") in labels and ("Person", "Los Rastrojos") not in labels


def test_operation_named_by_the_text_is_an_event(pipeline):
    labels = _labels(pipeline, "Sweden answered by launching a naval mission in the Baltic Sea named Steel Harbour.")
    assert ("Event", "Steel Harbour") in labels
    # "named" without an operation noun before it names no event
    labels = _labels(pipeline, "The president named Anders Holm as his new chief of staff.")
    assert ("Event", "Anders Holm") not in labels


# -- names cut short -----------------------------------------------------------------------------------
def test_known_place_with_state_or_region_word(pipeline):
    labels = _labels(pipeline, "Tinubu's rival, a former governor of Kano State, spoke in Abuja.")
    assert ("Place", "Kano State") in labels
    labels = _labels(pipeline, "The drills ran in the Vitebsk region bordering Latvia.")
    assert any(label == "Place" and name.lower() == "vitebsk region" for label, name in labels)
    # a region word that is part of a longer phrase stays out
    labels = _labels(pipeline, "The Vitebsk region governor said the drills were over.")
    assert not any(name.lower() == "vitebsk region" for _, name in labels)


def test_place_run_on_into_a_body_name(pipeline):
    labels = _labels(pipeline, "\"The border is quiet,\" said Rina Putri of the Aceh Institute for Peace Studies.")
    assert ("Organization", "Aceh Institute for Peace Studies") in labels
    labels = _labels(pipeline, "Omar Diallo of the Sahel-Maghreb Security Institute in Dakar said so.")
    assert ("Organization", "Sahel-Maghreb Security Institute") in labels


def test_ordinal_numbered_unit(pipeline):
    labels = _labels(pipeline, "About 1,500 Marines of the 31st Marine Expeditionary Unit arrived in Okinawa.")
    assert ("GovernmentBody", "31st Marine Expeditionary Unit") in labels


def test_navy_ship_prefixes(pipeline):
    labels = _labels(pipeline, "Malaysia's navy sent the frigate KD Jebat and the corvette KD Lekiu to the drill.")
    assert ("Platform", "KD Jebat") in labels
    labels = _labels(pipeline, "Nigeria commissioned two patrol boats, NNS Kada and NNS Sokoto, in Lagos.")
    assert ("Platform", "NNS Kada") in labels


# -- names of state bodies -------------------------------------------------------------------------------
def test_state_body_written_with_the_state_in_brackets(pipeline):
    aliases = _aliases(pipeline, "The deal was delayed after Timor-Leste's Ministry of Defence asked for more time.",
                       "Ministry of Defence of East Timor")
    assert "Ministry of Defence (Timor-Leste)" in aliases and "Ministry of Defence (East Timor)" in aliases


# -- offices and portfolios are no bodies; service members no platforms --------------------------------
def test_office_titles_are_no_bodies(pipeline):
    labels = _labels(pipeline, "Amina Bello was elevated to National Security Adviser, taking over from Musa Garba.")
    assert not any(name == "National Security Adviser" for _, name in labels)
    labels = _labels(pipeline, "The president also retired the Inspector-General of Customs, Ali Tanko, on Friday.")
    assert not any(name == "Inspector-General of Customs" for _, name in labels)


def test_minister_for_a_portfolio_names_no_firm(pipeline):
    labels = _labels(pipeline, "The guests included the Minister for Defence Industry, Ana Ruiz, and two generals.")
    assert not any(name == "Defence Industry" for _, name in labels)


def test_marines_beside_ships_are_no_platform(pipeline):
    labels = _labels(pipeline, "The navy sent the assault ship USS Tripoli, with the USS Ashland and about 1,800 "
                               "Marines of the 31st Marine Expeditionary Unit.")
    assert ("Platform", "USS Ashland") in labels and not any(name == "Marines" for _, name in labels)


# -- long names of offices and ministries; regions; a state's named bodies --------------------------------
def test_office_of_an_officer_to_a_body_is_one_name(pipeline):
    labels = _labels(pipeline, "The list was signed by Joy Okafor, director in the Office of the Secretary to the "
                               "Government of the Federation.")
    assert any(label == "GovernmentBody" and name.startswith("Office of the Secretary to the Government of the Federation")
               for label, name in labels)


def test_ministry_listing_its_portfolios(pipeline):
    labels = _labels(pipeline, "The yard is run by a company under the Ministry of Roads, Bridges and Highways.")
    assert any(label == "GovernmentBody" and name.startswith("Ministry of Roads, Bridges and Highways")
               for label, name in labels)
    labels = _labels(pipeline, "The Ministry of Defence, Lockheed Martin and Boeing signed the deal.")
    assert not any("Boeing" in name and label == "GovernmentBody" for label, name in labels)


def test_compass_word_before_a_country_names_its_region(pipeline):
    labels = _labels(pipeline, "The patrol boats will be built in Western Australia, south of Perth.")
    assert ("Place", "Western Australia") in labels
    labels = _labels(pipeline, "Seoul and Pyongyang traded threats; South Korea called in its ambassador.")
    assert ("Country", "South Korea") in labels


def test_country_name_run_into_a_state_body(pipeline):
    labels = _labels(pipeline, "Halima Sule became acting head of the Ghana Immigration Service on Monday.")
    assert any(label == "GovernmentBody" and "Immigration Service" in name for label, name in labels)


def test_programmes_are_no_bodies(pipeline):
    labels = _labels(pipeline, "Under its Pacific Coastal Patrol Program it had three patrol boats built by Austal.")
    assert not any("Program" in name or name == "Pacific" for _, name in labels)
    labels = _labels(pipeline, "The trucks are bought under Project SEA 4100 Phase 2, the army said.")
    assert not any(name.startswith("Project") for _, name in labels)
    # a research body named after a region stays one
    labels = _labels(pipeline, "\"The port matters,\" said Jane Obi of the West Africa Maritime Research Network.")
    assert ("Organization", "West Africa Maritime Research Network") in labels


def test_international_court_is_no_state_body(pipeline):
    labels = _labels(pipeline, "Guyana asked the International Court of Arbitration in 2019 to confirm the border.")
    assert not any(label == "GovernmentBody" and name.startswith("International") for label, name in labels)


def test_numbered_task_force_is_a_state_body(pipeline):
    labels = _labels(pipeline, "Ships of Combined Task Force 151 escorted the convoy through the Gulf of Aden.")
    assert ("GovernmentBody", "Combined Task Force 151") in labels


def test_name_before_an_exercise_phrase_is_an_event(pipeline):
    labels = _labels(pipeline, "Hanoi holds exercises with many partners, including India, with which it staged "
                               "the Iron Lotus special forces drills last year.")
    assert ("Event", "Iron Lotus") in labels


def test_container_lines_are_firms(pipeline):
    labels = _labels(pipeline, "Hapag-Lloyd and Yang Ming have paused transits through the Strait of Hormuz.")
    assert ("Company", "Hapag-Lloyd") in labels and ("Company", "Yang Ming Marine Transport") in labels


def test_sentence_opening_the_with_a_venue_word_is_no_name(pipeline):
    labels = _labels(pipeline, "The corridor will be the real test for the two governments, officials in Yerevan said.")
    assert not any(name.lower() == "the corridor" for _, name in labels)
    labels = _labels(pipeline, "The jets landed at the Holzdorf air base on Monday.")
    assert ("Place", "Holzdorf Air Base") in labels


def test_ship_named_after_its_line_is_not_made_by_it(pipeline):
    g = pipeline.process(Document.from_text("Maersk paused its transits after the container ship Maersk Hangzhou "
                                            "was hit by a missile in the Red Sea."))
    names = {n: d.get("name") for n, d in g.nodes(data=True)}
    made = {(names[u], names[v]) for u, v, d in g.edges(data=True) if d.get("type") == "MANUFACTURES"}
    assert not any(maker == "A.P. Moller-Maersk" for maker, _ in made)


def test_party_of_a_country_is_one_name(pipeline):
    labels = _labels(pipeline, "Nguyen Van Binh, a member of the Communist Party of Laos, met the delegation.")
    assert ("Organization", "Communist Party of Laos") in labels
    assert ("Organization", "Communist Party") not in labels


def test_a_name_word_alone_is_no_body(pipeline):
    labels = _labels(pipeline, "Officials at Group said the order was on track, and Industries declined to comment.")
    assert not any(name in {"Group", "Industries"} for _, name in labels)
