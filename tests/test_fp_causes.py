"""tools/fp_causes.py sorts false relations by structural cause and never reads a held-out half."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _module():
    spec = importlib.util.spec_from_file_location("fp_causes", ROOT / "tools" / "fp_causes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cause_order():
    tool = _module()
    assert tool.cause("fp_junk", [{"question"}]) == "junk"
    assert tool.cause("fp", [{"question", "clauses"}, {"question"}]) == "question"
    assert tool.cause("fp", [{"question"}, {"clauses"}]) == "same"  # a cause must hold for every sentence
    assert tool.cause("fp", [{"unnamed"}]) == "unnamed"


def test_refuses_held_out_half():
    tool = _module()
    with pytest.raises(SystemExit):
        tool.false_relations("check")


def test_features_of_a_question(pipeline):
    tool = _module()
    doc = pipeline.nlp("Asked whether the drills were aimed at Vietnam, both commanders said no.")
    drills, vietnam = (next(t for t in doc if t.text == w) for w in ("drills", "Vietnam"))
    assert "question" in tool.features(drills, vietnam)
