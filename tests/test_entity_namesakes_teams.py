"""Entity kinds missed in session 23's pooled study of the development halves, each shown on invented
sentences with a case where the rule must not fire: a research body named "X Institute for Y Strategy" (its
head is the institute, no programme); a catalogued person's surname after another given name (a namesake,
not the catalogued person); two people of one surname named in full; military display teams from the
catalogue (``government_bodies_display_teams.csv``)."""
from __future__ import annotations

from tests.extracted import node_labels as _labels


def test_institute_for_a_strategy_is_a_research_body(pipeline):
    labels = _labels(pipeline, '"The order buys time," said Tomas Lind, a researcher at the Halland Institute for '
                               'Naval Strategy.')
    assert ("Organization", "Halland Institute for Naval Strategy") in labels
    assert ("Person", "Tomas Lind") in labels


def test_a_programme_named_by_its_plan_stays_no_body(pipeline):
    labels = _labels(pipeline, "Fiji received two boats under the Pacific Maritime Security Program last year.")
    assert not any(name == "Pacific Maritime Security Program" for _, name in labels)


def test_catalogued_surname_after_another_given_name_is_a_namesake(pipeline):
    labels = _labels(pipeline, 'Foreign Minister Shah Mahmood Qureshi watched the parade. "The jets are old," '
                               'said Sadia Qureshi, a researcher at the Halland Institute.')
    assert ("Person", "Shah Mahmood Qureshi") in labels and ("Person", "Sadia Qureshi") in labels


def test_catalogued_surname_after_a_title_stays_the_catalogued_person(pipeline):
    labels = _labels(pipeline, "President Vladimir Putin spoke first. Later President Putin left for Minsk.")
    people = {name for label, name in labels if label == "Person"}
    assert people == {"Vladimir Putin"}


def test_two_full_names_with_one_surname_are_two_people(pipeline):
    labels = _labels(pipeline, "Prime Minister Tomas Berg spoke first. Later Berg left. Anna Berg, an analyst "
                               "at the Halland Institute, disagreed.")
    assert ("Person", "Tomas Berg") in labels and ("Person", "Anna Berg") in labels


def test_catalogued_display_teams_are_state_bodies(pipeline):
    labels = _labels(pipeline, "Two foreign teams flew on the last day: the Turkish Stars and the Roulettes, "
                               "in their PC-21 trainers.")
    assert ("GovernmentBody", "Turkish Stars") in labels and ("GovernmentBody", "Roulettes") in labels


def test_own_service_after_a_possessive_country_is_its_service(pipeline):
    labels = _labels(pipeline, "Denmark's own air force flies the F-35 from Skrydstrup.")
    assert ("GovernmentBody", "Royal Danish Air Force") in labels


def test_its_service_in_a_reported_clause_is_the_speaker_country_service(pipeline):
    labels = _labels(pipeline, "Norway said its air force had intercepted two bombers over the Barents Sea.")
    assert ("GovernmentBody", "Royal Norwegian Air Force") in labels
    labels = _labels(pipeline, "Analysts said its air force was too small for the task.")
    assert not any(label == "GovernmentBody" for label, _ in labels)


def test_a_sentence_opening_verb_before_a_catalogued_surname_is_no_given_name(pipeline):
    labels = _labels(pipeline, "President Xi Jinping flew to Moscow. Meeting Xi in the Kremlin, Vladimir Putin "
                               "praised the ties.")
    assert not any(label == "Person" and name.startswith("Meeting") for label, name in labels)


def test_catalogued_body_holding_a_numbered_unit_stays_the_body(pipeline):
    labels = _labels(pipeline, "The US Third Fleet runs the drill from Hawaii.")
    assert ("GovernmentBody", "United States Third Fleet") in labels


def test_ship_class_the_ner_missed_is_a_naval_platform(pipeline):
    labels = _labels(pipeline, "The navy also operates three Tamarin-class boats built by a Korean yard.")
    assert ("Platform", "Tamarin-class boat") in labels
    labels = _labels(pipeline, "It is a world-class shipyard that repairs boats for the navy.")
    assert not any(label == "Platform" for label, _ in labels)


def test_a_plain_word_type_opening_a_described_person_name_is_the_person(pipeline):
    labels = _labels(pipeline, "The old jets may go to museums. Arjun Mehra of the Deccan Institute for Air "
                               "Power Studies said the fleet was worn out.")
    assert ("Person", "Arjun Mehra") in labels and not any(label == "Platform" for label, _ in labels)
    labels = _labels(pipeline, "The army ordered 118 more Arjun tanks, the ministry said.")
    assert any(label == "Platform" for label, _ in labels)


def test_own_parliament_is_the_state_body_but_own_armed_forces_stay_unnamed(pipeline):
    labels = _labels(pipeline, "Latvia's own parliament voted for the treaty in April.")
    assert any(label == "GovernmentBody" for label, _ in labels)
    labels = _labels(pipeline, "India's own armed forces have flown the jet since 2007.")
    assert not any(label == "GovernmentBody" for label, _ in labels)
