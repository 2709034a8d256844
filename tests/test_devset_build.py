"""tests/devset.py's build_graphs: an article that fails is named and skipped, the rest of the half is built
(session 37: one held-out article crashed the pipeline and took the whole half's reading with it)."""
from __future__ import annotations

import json

from tests.devset import build_graphs


def test_a_failing_article_is_named_and_the_others_are_built(tmp_path, pipeline, capsys):
    half, out = tmp_path / "half", tmp_path / "graphs"
    half.mkdir()
    (half / "a01_ok.txt").write_text("Norway ordered four Sentinel helicopters from Halvik Aero in May 2024.\n",
                                     encoding="utf-8")
    for name, article in (("a01_ok", "a01_ok.txt"), ("a02_gone", "a02_gone.txt")):  # a02's article is missing
        (half / f"{name}.json").write_text(json.dumps({"document": {"file": article}, "entities": [],
                                                        "relations": []}), encoding="utf-8")
    assert build_graphs(half, out, pipeline) == ["a01_ok"]
    assert (out / "a01_ok.json").exists() and not (out / "a02_gone.json").exists()
    assert "a02_gone.json" in capsys.readouterr().err
