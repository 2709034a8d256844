"""tools/stage_causes.py puts a stage disagreement under the brief's first cause and never reads a held-out half."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _module():
    spec = importlib.util.spec_from_file_location("stage_causes", ROOT / "tools" / "stage_causes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_first_cause_wins():
    tool = _module()
    two = [("ordered", "2024", "Ruritania signs for twelve Kestrels"),
           ("planned", "2024", "Ruritania would buy twelve Kestrels, the ministry said.")]
    assert tool.cause_of("planned", "ordered", two, 2024) == "several evidence sentences, a wrong one decides"
    one = [("ordered", "2024", "Ruritania would buy twelve Kestrels, the ministry said.")]
    assert tool.cause_of("planned", "ordered", one, 2024) == "modality / intent / choice"
    assert tool.cause_of("ordered", None, one, 2024) == "no system stage"


def test_future_date_and_partial():
    tool = _module()
    due = [("in_service", "2024", "Norland signed for six corvettes, the first due in 2027.")]
    assert tool.cause_of("ordered", "in_service", due, 2024) == "future delivery date"
    first = [("in_service", "2024", "The first of the patrol boats reached the Norland coast guard.")]
    assert tool.cause_of("delivering", "in_service", first, 2024) == "partial delivery, cue not read"
    bare = [("in_service", "2024", "The coast guard sails the patrol boats.")]
    assert tool.cause_of("delivering", "in_service", bare, 2024) == "partial delivery, no cue in the evidence"


def test_supplies_link():
    tool = _module()
    sold = [("delivered", "2024", "Norland sold the Kestrel to Ruritania.")]
    assert (tool.cause_of("in_service", "delivered", sold, 2024, [("delivered", "delivered")])
            == "OPERATES copies its SUPPLIES stage (gold splits them)")
    assert (tool.cause_of("delivered", "in_service", sold, 2024, [("delivered", None)])
            == "OPERATES not copied from its SUPPLIES")


def test_old_items():
    tool = _module()
    assert tool._old({"when": "2019-05"}, 2024)
    assert not tool._old({"when": "2023"}, 2024)
    assert not tool._old({"when": "2015/"}, 2024)  # "since 2015": still holds
    assert not tool._old({}, 2024)


def test_refuses_held_out_half(tmp_path):
    tool = _module()
    with pytest.raises(SystemExit):
        tool.main(["--halves", "tune", "check", "--graphs", str(tmp_path)])
