"""A learned precision filter over the rules' relations, measured leave one half out (session 34).

Reads the halves harvested by ``tools/relation_filter_harvest.py`` (one JSON per half). Each fold trains an
L2 logistic regression (plain numpy) on thirty halves' relations (right = required gold; false = fp or fp
with a junk end; optional gold left out of training), scores the thirty-first, and drops the relations
whose probability of being right is below a threshold. The threshold is either fixed (``--th``) or chosen
on the training halves only (inner folds over the training halves, the threshold with the best pooled
training F1 whose true removals stay under a third of its false ones). Per half relation P/R/F1 follow from
the scorer's totals: a dropped tp lowers tp, a dropped fp or fpj lowers the false count, an optional is
neutral. The rule's pooled precision (smoothed) is a feature computed on the training halves only.

    python tools/relation_filter_experiment.py --dir /tmp/filter34-h --th 0.2,0.3,0.4 --chosen
"""
from __future__ import annotations

import argparse
import json
import math
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

PRIOR = 5.0  # pseudo-count pulling a rule's precision to its type's


def load(folder: Path, halves: list[str]) -> list[dict]:
    return [json.loads((folder / f"{h}.json").read_text(encoding="utf-8")) for h in halves]


def _recs(item: dict) -> list[dict]:
    return [f for f in item["feats"] if f]


def rule_precision(halves: list[dict]) -> tuple[dict[str, float], dict[str, float]]:
    """Smoothed precision per type:rule and per type, from the items of ``halves``."""
    by_rule: dict[str, Counter] = defaultdict(Counter)
    by_type: dict[str, Counter] = defaultdict(Counter)
    for h in halves:
        for it in h["items"]:
            if it["kind"] == "opt":
                continue
            right = it["kind"] == "tp"
            by_type[it["type"]][right] += 1
            for rec in _recs(it):
                for rule in rec["rules"]:
                    by_rule[f"{it['type']}:{rule}"][right] += 1
    total = sum(c[True] for c in by_type.values()) / max(1, sum(sum(c.values()) for c in by_type.values()))
    tp = {t: (c[True] + PRIOR * total) / (c[True] + c[False] + PRIOR) for t, c in by_type.items()}
    rp = {}
    for r, c in by_rule.items():
        p0 = tp.get(r.split(":")[0], total)
        rp[r] = (c[True] + PRIOR * p0) / (c[True] + c[False] + PRIOR)
    return rp, tp


def features(it: dict, rec: dict, rp: dict, tp: dict, use: str) -> dict[str, float]:
    f = dict(rec["features"]) if use != "rules" else {k: v for k, v in rec["features"].items()
                                                      if k == "bias" or k.startswith(("t=", "r="))}
    if use == "inter":  # each end / sentence feature also crossed with the type and with each rule
        base = [k for k in f if not k.startswith(("t=", "r=", "bias", "pair="))]
        for k in base:
            f[f"{it['type']}&{k}"] = 1.0
            for rule in rec["rules"]:
                f[f"{it['type']}:{rule}&{k}"] = 1.0
    p = max((rp.get(f"{it['type']}:{r}", tp.get(it["type"], 0.85)) for r in rec["rules"]), default=0.85)
    p = min(max(p, 0.02), 0.995)
    f["rp_logit"] = math.log(p / (1 - p))
    f[f"rp_b={min(int(p * 10), 9)}"] = 1.0
    return f


class Model:
    """L2 logistic regression over dict features (features seen fewer than ``min_count`` times dropped)."""

    def __init__(self, c: float = 1.0, min_count: int = 3, iters: int = 400) -> None:
        self.c, self.min_count, self.iters = c, min_count, iters

    def fit(self, rows: list[dict[str, float]], y: list[int]) -> Model:
        seen = Counter(k for r in rows for k in r)
        self.index = {k: i for i, k in enumerate(sorted(k for k, n in seen.items() if n >= self.min_count))}
        idx, val = self._sparse(rows)
        yy = np.asarray(y, dtype=np.float64)
        n_feat = len(self.index) + 1  # the last column is padding
        w = np.zeros(n_feat)
        m, v = np.zeros_like(w), np.zeros_like(w)
        lam = 1.0 / (self.c * len(y))
        flat = idx.ravel()
        for t in range(1, self.iters + 1):
            p = 1 / (1 + np.exp(-(w[idx] * val).sum(axis=1)))
            g = np.bincount(flat, weights=(val * (p - yy)[:, None]).ravel(), minlength=n_feat) / len(y) + lam * w
            g[-1] = 0.0
            m = 0.9 * m + 0.1 * g
            v = 0.999 * v + 0.001 * g * g
            w -= 0.1 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
        self.w = w
        return self

    def _sparse(self, rows: list[dict[str, float]]) -> tuple[np.ndarray, np.ndarray]:
        pad = len(self.index)
        width = max((len(r) for r in rows), default=1)
        idx = np.full((len(rows), width), pad, dtype=np.int64)
        val = np.zeros((len(rows), width))
        for i, r in enumerate(rows):
            j = 0
            for k, x in r.items():
                col = self.index.get(k)
                if col is not None:
                    idx[i, j], val[i, j] = col, x
                    j += 1
        return idx, val

    def prob(self, rows: list[dict[str, float]]) -> np.ndarray:
        idx, val = self._sparse(rows)
        return 1 / (1 + np.exp(-(self.w[idx] * val).sum(axis=1)))

    def weights(self) -> dict[str, float]:
        return {k: round(float(self.w[i]), 5) for k, i in self.index.items() if abs(self.w[i]) > 1e-6}


def training_rows(halves: list[dict], rp: dict, tp: dict, use: str) -> tuple[list, list]:
    rows, y = [], []
    for h in halves:
        for it in h["items"]:
            if it["kind"] == "opt":
                continue
            for rec in _recs(it)[:1]:
                rows.append(features(it, rec, rp, tp, use))
                y.append(1 if it["kind"] == "tp" else 0)
    return rows, y


def score_items(model: Model, half: dict, rp: dict, tp: dict, use: str) -> list[tuple[str, float]]:
    """(kind, probability the item is kept) per item: an item with an edge no rule record explains is kept."""
    out = []
    for it in half["items"]:
        recs = _recs(it)
        if not recs or len(recs) < len(it["feats"]):
            out.append((it["kind"], 1.0))
            continue
        out.append((it["kind"], float(max(model.prob([features(it, r, rp, tp, use) for r in recs])))))
    return out


def prf(tp: float, fp: float, gold: float) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def base_counts(half: dict) -> tuple[int, int, float]:
    c = Counter(it["kind"] for it in half["items"])
    rel = half["totals"]["relation"]
    gold = c["tp"] / rel["r"] if rel["r"] else 0.0
    return c["tp"], c["fp"] + c["fpj"], gold


def after(scored: list[tuple[str, float]], th: float) -> tuple[int, int]:
    """(true removed, false removed)."""
    t = sum(1 for k, p in scored if p < th and k == "tp")
    f = sum(1 for k, p in scored if p < th and k in ("fp", "fpj"))
    return t, f


def choose(halves: list[dict], c: float, use: str, grid: list[float], groups: int = 5) -> float:
    """The threshold with the best pooled F1 over inner folds of the training halves (true removed < false/3)."""
    scored_by = []
    for g in range(groups):
        test = [h for i, h in enumerate(halves) if i % groups == g]
        train = [h for i, h in enumerate(halves) if i % groups != g]
        rp, tp = rule_precision(train)
        model = Model(c).fit(*training_rows(train, rp, tp, use))
        scored_by += [(h, score_items(model, h, rp, tp, use)) for h in test]
    best, best_f = 0.0, -1.0
    for th in [0.0, *grid]:
        T = F = G = 0.0
        rt = rf = 0
        for h, s in scored_by:
            t0, f0, gold = base_counts(h)
            dt, df = after(s, th)
            T, F, G = T + t0 - dt, F + f0 - df, G + gold
            rt, rf = rt + dt, rf + df
        f1 = prf(T, F, G)[2]
        if (th == 0.0 or rt * 3 < rf) and f1 > best_f + 1e-9:
            best, best_f = th, f1
    return best


def run(halves: list[dict], c: float, use: str, ths: list[float], chosen: bool, grid: list[float]) -> None:
    results: dict[str, list] = defaultdict(list)  # label -> per half (name, base f1, after p,r,f1, dt, df)
    picks = []
    pooled: list[tuple[str, float]] = []
    for i, h in enumerate(halves):
        train = halves[:i] + halves[i + 1:]
        rp, tp = rule_precision(train)
        model = Model(c).fit(*training_rows(train, rp, tp, use))
        s = score_items(model, h, rp, tp, use)
        pooled += s
        labels = [(f"p<{th}", th) for th in ths]
        if chosen:
            th = choose(train, c, use, grid)
            picks.append(th)
            labels.append(("chosen", th))
        t0, f0, gold = base_counts(h)
        for label, th in labels:
            dt, df = after(s, th)
            do = sum(1 for k, p in s if p < th and k == "opt")
            results[label].append((h["half"], prf(t0, f0, gold), prf(t0 - dt, f0 - df, gold), dt, df, t0, f0, gold, do))
        print(f"fold {h['half']}: done" + (f" (chosen threshold {picks[-1]})" if chosen else ""), flush=True)
    for label, rows in results.items():
        up = sum(1 for r in rows if r[2][2] > r[1][2] + 1e-9)
        down = sum(1 for r in rows if r[2][2] < r[1][2] - 1e-9)
        worst = min(r[2][2] - r[1][2] for r in rows)
        dt = sum(r[3] for r in rows)
        df = sum(r[4] for r in rows)
        T = sum(r[5] for r in rows)
        F = sum(r[6] for r in rows)
        G = sum(r[7] for r in rows)
        do = sum(r[8] for r in rows)
        b, a = prf(T, F, G), prf(T - dt, F - df, G)
        print(f"\n== {label} (C={c}, features={use}) ==")
        print(f"pooled P/R/F1 {b[0]:.4f}/{b[1]:.4f}/{b[2]:.4f} -> {a[0]:.4f}/{a[1]:.4f}/{a[2]:.4f} "
              f"({a[2] - b[2]:+.4f}); removed true {dt}, false {df}, optional {do}; halves up {up} / down {down} / "
              f"unchanged {len(rows) - up - down}; worst half {worst:+.4f}")
        for r in rows:
            print(f"  {r[0]:8} {r[1][2]:.4f} -> {r[2][2]:.4f} ({r[2][2] - r[1][2]:+.4f})  -true {r[3]} -false {r[4]}")
    if picks:
        print("chosen thresholds:", Counter(picks))
    print("\nout-of-half calibration: predicted p bin -> true / false / optional (share true of true+false)")
    for lo in [x / 10 for x in range(10)]:
        c = Counter(k for k, p in pooled if lo <= p < lo + 0.1 or (lo == 0.9 and p >= 1.0))
        t, f = c["tp"], c["fp"] + c["fpj"]
        print(f"  {lo:.1f}-{lo + 0.1:.1f}: {t:5} / {f:5} / {c['opt']:5}  ({t / (t + f) if t + f else 0:.2f})")


def export(halves: list[dict], c: float, use: str, th: float, out: Path) -> None:
    rp, tp = rule_precision(halves)
    model = Model(c).fit(*training_rows(halves, rp, tp, use))
    out.write_text(json.dumps({"threshold": th, "rule_precision": {k: round(v, 4) for k, v in rp.items()},
                               "type_precision": {k: round(v, 4) for k, v in tp.items()},
                               "weights": model.weights()}, indent=1, sort_keys=True), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", type=Path, required=True)
    ap.add_argument("--halves", nargs="+")
    ap.add_argument("--c", type=float, default=1.0)
    ap.add_argument("--use", choices=("all", "rules", "inter"), default="all")
    ap.add_argument("--th", default="0.2,0.3,0.4")
    ap.add_argument("--chosen", action="store_true")
    ap.add_argument("--grid", default="0.1,0.15,0.2,0.25,0.3,0.35,0.4,0.45")
    ap.add_argument("--export", type=Path)
    args = ap.parse_args()
    names = args.halves or sorted(p.stem for p in args.dir.glob("*.json"))
    halves = load(args.dir, names)
    if args.export:
        export(halves, args.c, args.use, float(args.th.split(",")[0]), args.export)
        return
    run(halves, args.c, args.use, [float(t) for t in args.th.split(",")], args.chosen,
        [float(t) for t in args.grid.split(",")])


if __name__ == "__main__":
    main()
