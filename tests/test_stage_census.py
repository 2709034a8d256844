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
