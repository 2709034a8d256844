"""tools/dev_chart.py draws the scorer's totals of each half it is given (the scoring itself is
tests/devset.py's, run by test_devset.py)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _module():
    spec = importlib.util.spec_from_file_location("dev_chart", ROOT / "tools" / "dev_chart.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_chart_of_two_halves(tmp_path):
    chart = _module()
    half = {"documents": 2, "entity": {"p": 0.9, "r": 0.8, "f": 0.85}, "relation": {"p": 0.7, "r": 0.4, "f": 0.51},
            "time": {"published": {"agree": 2, "of": 2}, "when": {"agree": 3, "of": 5}, "stage": {"agree": 0, "of": 0}}}
    out = tmp_path / "scores.png"
    chart.draw({"tune": half, "fresh": half}, out)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert chart._rate(half["time"]["when"]) == 0.6 and chart._rate(half["time"]["stage"]) == 0.0


def test_default_halves_leave_out_the_held_out_ones():
    chart = _module()
    halves = chart.development_halves()
    assert halves[0] == "tune" and "fresh" in halves
    assert not set(halves) & set(chart.HELD_OUT)
    assert halves.index("fresh") < halves.index("fresh2") < halves.index("fresh7")
