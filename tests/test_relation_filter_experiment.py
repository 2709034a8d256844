"""The leave-one-half-out arithmetic of tools/relation_filter_experiment.py on small made-up halves."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

from relation_filter_experiment import Model, after, base_counts, prf, rule_precision  # noqa: E402


def _item(kind: str, rule: str, typ: str = "LEADS") -> dict:
    return {"article": "a", "type": typ, "kind": kind,
            "feats": [{"rules": [rule], "features": {"bias": 1.0, f"t={typ}": 1.0, f"r={typ}:{rule}": 1.0}}]}


def _half(name: str, kinds: list[tuple[str, str]], recall: float) -> dict:
    return {"half": name, "totals": {"relation": {"r": recall}}, "items": [_item(k, r) for k, r in kinds]}


def test_prf_and_removals():
    half = _half("h", [("tp", "good")] * 8 + [("fp", "bad"), ("fpj", "bad"), ("opt", "bad")], 0.5)
    tp, false, gold = base_counts(half)
    assert (tp, false, gold) == (8, 2, 16.0)
    assert after([("tp", 0.9), ("fp", 0.1), ("opt", 0.1), ("tp", 0.2)], 0.3) == (1, 1)
    p, r, f = prf(8, 2, 16)
    assert abs(p - 0.8) < 1e-9 and abs(r - 0.5) < 1e-9 and abs(f - 2 * 0.4 / 1.3) < 1e-9


def test_rule_precision_leaves_optional_out_and_smooths():
    half = _half("h", [("tp", "good")] * 10 + [("fp", "bad")] * 10 + [("opt", "bad")] * 50, 1.0)
    rp, tp = rule_precision([half])
    assert abs(tp["LEADS"] - 0.5) < 1e-9
    assert rp["LEADS:good"] > 0.8 and rp["LEADS:bad"] < 0.2


def test_model_separates_a_rule_that_is_always_false():
    rows = [{"bias": 1.0, "r=good": 1.0}] * 40 + [{"bias": 1.0, "r=bad": 1.0}] * 40
    model = Model(c=1.0, min_count=1).fit(rows, [1] * 40 + [0] * 40)
    p = model.prob([{"bias": 1.0, "r=good": 1.0}, {"bias": 1.0, "r=bad": 1.0}, {"bias": 1.0, "unseen": 1.0}])
    assert p[0] > 0.8 and p[1] < 0.2 and 0.3 < p[2] < 0.7
