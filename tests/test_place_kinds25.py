"""Places and platforms that were no entity (session 25), each rule shown on invented sentences about
other countries and one where it must not fire: a town after a settlement noun and "of" or before a town
apposition ("X, an oil town in ..."), a name the NER
reads as a people set by a known place, a town after "from"/"to" placed in a known region; a plain-word
catalogue platform after an equipment modifier or a maker's possessive; a designation before a small
arms or engine noun, printed next to a platform in a list or before an equipment apposition."""
from __future__ import annotations

from tests.extracted import node_labels as _labels
from tests.extracted import node_names as _names


# -- places ------------------------------------------------------------------------------------------
def test_name_after_a_settlement_noun_is_a_place(pipeline):
    assert ("Place", "Halvara") in _labels(
        pipeline, "Militants attacked a checkpoint near the town of Halvara in Peru's Loreto region on Monday.")
    assert ("Place", "Sokh") in _labels(
        pipeline, "A dispute over a canal near the Uzbek exclave of Sokh turned violent in 2022.")
    assert "Israel" not in _names(pipeline, "Officials of the state of Israel met in Cyprus.", "Place")


def test_name_before_a_town_apposition_is_a_place(pipeline):
    assert ("Place", "Kulsary") in _labels(
        pipeline, "The protests started on March 4 in Kulsary, an oil town in the western Atyrau Region.")
    assert "Sequoia" not in _names(pipeline, "The money came from Sequoia, a venture capital firm.", "Place")


def test_people_word_set_by_a_known_place_is_a_place(pipeline):
    assert ("Place", "Cimahi") in _labels(
        pipeline, "The general was born in Cimahi in West Java and joined the army in 1988.")
    assert not _names(pipeline, "Troops took positions near Kurdish villages in northern Syria.", "Place")


def test_town_after_from_or_to_in_a_known_region_is_a_place(pipeline):
    assert ("Place", "Porbandar") in _labels(
        pipeline, "The navy is expected to operate the drone from Porbandar in Gujarat to watch the coast.")
    assert ("Place", "Tessit") in _labels(pipeline, "The convoy moved from Tessit in Mali to the border.")
    assert "Hassan" not in _names(pipeline, "They handed the files to Hassan in Cairo on Friday.", "Place")


# -- platforms ---------------------------------------------------------------------------------------
def test_plain_catalogue_word_after_an_equipment_modifier_is_a_platform(pipeline):
    assert ("Platform", "Patriot") in _labels(
        pipeline, "Chile will place the long-range Patriot alongside its other air defences.")
    assert "Fatah" not in _names(pipeline, "The Palestinian Fatah movement rejected the plan.", "Platform")


def test_plain_catalogue_word_after_a_makers_possessive_is_a_platform(pipeline):
    assert ("Platform", "Lynx") in _labels(
        pipeline, "Hungary ordered 218 infantry fighting vehicles based on Rheinmetall's Lynx.")


def test_designation_before_a_small_arms_or_engine_noun_is_a_platform(pipeline):
    assert ("Platform", "AK-203") in _labels(
        pipeline, "The factory in Amethi produced its first batch of AK-203 assault rifles for the army.")
    assert ("Platform", "PD-14") in _labels(
        pipeline, "The airliner flew with Russian-made PD-14 engines for the first time.")
    assert "F-16" not in _names(pipeline, "The F-16 engines contract was signed in 2019 by Turkey.", "Company")


def test_designation_printed_next_to_a_platform_in_a_list_is_a_platform(pipeline):
    assert ("Platform", "ZT-700") in _labels(
        pipeline, "Further back came the ZT-700 and CJ-20A cruise missiles, followed by drones.")
    assert "G20" not in _names(pipeline, "The G20 and the Su-35 were both in the news in 2023.", "Platform")


def test_designation_before_an_equipment_apposition_is_a_platform(pipeline):
    assert ("Platform", "PX-20") in _labels(
        pipeline, "The Mumbai yard launched the PX-20, a stealthy new frigate, on Friday.")
    assert ("Platform", "HLFT-42") in _labels(
        pipeline, "The firm showed a model of the HLFT-42, a proposed supersonic lead-in fighter trainer.")
    assert "B-12" not in _names(pipeline, "Officials met in Room B-12, a small office on the third floor.", "Platform")
