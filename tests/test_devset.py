"""Micro relation F1 on the development set of other articles (tests/data/dev), by the shared scorer."""
from __future__ import annotations

import pytest
from conftest import SCORER
from devset import DEV_DIR, build_graphs, score

FLOOR = 0.5


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/score.py is not beside the repository")
def test_dev_set_relation_f1(tmp_path):
    names = build_graphs(DEV_DIR, DEV_DIR, tmp_path)
    assert len(names) >= 10
    summary, table = score(DEV_DIR, tmp_path)
    print(table)
    rel, ent = summary["relation"]["f"], summary["entity"]["f"]
    print(f"dev set ({len(names)} articles): micro entity F1={ent:.3f}, micro relation F1={rel:.3f}")
    assert rel >= FLOOR, f"micro relation F1 {rel:.3f} is below {FLOOR}"
