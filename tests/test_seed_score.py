"""The seed article, ingested afresh through the CLI and scored by the shared scorer."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import GOLD, ROOT, SCORER, SEED


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/score.py is not beside the repository")
def test_seed_scores_above_floor(tmp_path):
    out = tmp_path / "graph.json"
    subprocess.run([sys.executable, "-m", "graph", "ingest", str(SEED), "--store", str(tmp_path / "s"),
                    "--out", str(out)], check=True, cwd=ROOT, capture_output=True)
    run = subprocess.run([sys.executable, str(SCORER), str(GOLD), str(out), "--json"],
                         check=True, capture_output=True, text=True)
    summary = json.loads(run.stdout)
    print(f"seed: entity F1={summary['entity']['f']:.3f} relation F1={summary['relation']['f']:.3f}")
    assert summary["entity"]["f"] >= 0.95
    assert summary["relation"]["f"] >= 0.90
