"""tools/stage_census.py: the cue classes it counts stage disagreements by, and its refusal of held-out halves
(sentences invented here)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _module():
    spec = importlib.util.spec_from_file_location("stage_census", ROOT / "tools" / "stage_census.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cue_classes_of_invented_sentences():
    census = _module()
    assert census.cue_classes("The Kestrels were withdrawn from service last spring.") == {"retire"}
    assert "partial" in census.cue_classes("The remaining eight are due by 2029.")
    assert "partial" in census.cue_classes("The first of six corvettes reached Port Vell on Friday.")
    assert "retire" not in census.cue_classes("The navy will retire the Kestrels in 2031.")


def test_where_a_cue_sits():
    census = _module()
    own = ["Ruritania signed for twelve Kestrel jets in 2022."]
    others = ["The first of the twelve Kestrels landed at Vell in May."]
    assert census.where("partial", own, others) == "other"
    assert census.where("order", own, others) == "own"
    assert census.where("retire", own, others) == "none"


def test_pair_sentences_name_both_ends_of_a_supply():
    census = _module()
    text = ("Norland sold Kestrels to Ruritania. The Kestrels arrived in May. Norland builds the Kestrel at Vell. "
            "Norland will train Ruritania's crews.")
    own = ["Norland sold Kestrels to Ruritania."]
    assert census.pair_sentences(text, own, "OPERATES", ["Ruritania"], ["Kestrel"]) == [
        "The Kestrels arrived in May.", "Norland builds the Kestrel at Vell."]
    assert census.pair_sentences(text, own, "SUPPLIES", ["Norland"], ["Ruritania"]) == [
        "Norland will train Ruritania's crews."]


def test_held_out_halves_are_refused():
    census = _module()
    with pytest.raises(SystemExit):
        census.main(["--halves", "tune", "check"])


def test_where_reads_the_headline_and_the_next_sentence_before_the_rest():
    census = _module()
    own = ["Ruritania flies the Kestrel from Vell."]
    heads = ["Ruritania bids farewell to the Kestrel"]
    nexts = ["The last Kestrels were withdrawn on Friday."]
    others = ["The Kestrels were retired in May."]
    assert census.where("retire", own, others, heads, nexts) == "headline"
    assert census.where("retire", own, others, [], nexts) == "next"
    assert census.where("retire", own, others, ["Ruritania buys tanks"], []) == "other"


def test_talks_and_cancel_cue_classes():
    census = _module()
    assert "talks" in census.cue_classes("Ruritania is finalising a deal for twelve Kestrels.")
    assert "cancel" in census.cue_classes("Norland cancelled the order for the frigates in March.")


def test_headlines_of_each_format():
    census = _module()
    assert census.headlines("# Norland signs for frigates\n\nBody text.") == ["Norland signs for frigates"]
    assert census.headlines('<html><title>Kestrels land at Vell</title></html>') == ["Kestrels land at Vell"]
    assert census.headlines("Ruritania retires its Kestrels\n\nVELL, May 2 - ...") == ["Ruritania retires its Kestrels"]


def test_next_sentences_follow_the_evidence():
    census = _module()
    text = "Ruritania ordered Kestrels. The first two arrived in May. Norland builds them."
    assert census.next_sentences(text, ["Ruritania ordered Kestrels."]) == ["The first two arrived in May."]


def test_gap_bucket_against_publication():
    census = _module()
    assert census.gap_bucket(["2024-01"], "2024-06-01") == "<=0"
    assert census.gap_bucket(["2021", "2023-05"], "2024-06-01") == "1"
    assert census.gap_bucket(["2010"], "2024-06-01") == "6+"
    assert census.gap_bucket([], "2024-06-01") == "none"
