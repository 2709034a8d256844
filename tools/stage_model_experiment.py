"""A learned stage for SUPPLIES / OPERATES, measured leave one half out against the rules (session 39).

Reads the halves harvested by ``tools/stage_model_harvest.py`` (one JSON per half). Each fold trains an L2
multinomial logistic regression (plain numpy, Adam; the code style of ``tools/relation_filter_experiment.py``)
on the other halves' matched relations (label: the gold stage), predicts the held-out half, and counts per half
how often the rules' stage, the model's stage, and the rules overridden by the model only where the model is
confident (p >= threshold and another stage than the rules') agree with the gold. The override threshold is
either fixed (``--th``) or chosen per fold on the training halves only (inner folds, ``--chosen``).
``--use norules`` drops every feature that holds the rules' stage (the edge's and each sentence's own).
The ship criterion is in ``tools/stage_model_experiment.md`` (written before measuring).

    python tools/stage_model_experiment.py --dir /tmp/stage39-h --halves tune fresh ... fresh35 --chosen
"""
from __future__ import annotations

import argparse
import json
import os
from collections import Counter, defaultdict
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # a small model on a shared machine: one thread is faster

import numpy as np  # noqa: E402

STAGES = ("planned", "negotiating", "ordered", "delivering", "delivered", "in_service", "retired", "cancelled")
NEWEST = ("fresh30", "fresh31", "fresh32", "fresh33", "fresh34", "fresh35")
_RULES_KEYS = ("rules=", "t&rules=", "said", "nsaid")


def load(folder: Path, halves: list[str]) -> list[dict]:
    return [json.loads((folder / f"{h}.json").read_text(encoding="utf-8")) for h in halves]


def feats(item: dict, use: str) -> dict[str, float]:
    f = item["features"]
    if use == "norules":
        return {k: v for k, v in f.items() if not k.startswith(_RULES_KEYS) and ":said" not in k}
    if use == "rulesonly":
        return {k: v for k, v in f.items() if k == "bias" or k.startswith(("t=", "rules=", "t&rules="))}
    return f


class Model:
    """L2 multinomial logistic regression over dict features (features seen fewer than ``min_count`` times dropped)."""

    def __init__(self, c: float = 1.0, min_count: int = 3, iters: int = 300) -> None:
        self.c, self.min_count, self.iters = c, min_count, iters

    def fit(self, rows: list[dict[str, float]], y: list[int]) -> Model:
        seen = Counter(k for r in rows for k in r)
        self.index = {k: i for i, k in enumerate(sorted(k for k, n in seen.items() if n >= self.min_count))}
        x = self._dense(rows)
        n, k = len(y), len(STAGES)
        onehot = np.zeros((n, k), dtype=np.float32)
        onehot[np.arange(n), y] = 1.0
        w = np.zeros((x.shape[1], k), dtype=np.float32)
        m, v = np.zeros_like(w), np.zeros_like(w)
        lam = 1.0 / (self.c * n)
        for t in range(1, self.iters + 1):
            g = x.T @ (self._softmax(x @ w) - onehot) / n + lam * w
            m = 0.9 * m + 0.1 * g
            v = 0.999 * v + 0.001 * g * g
            w -= 0.1 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
        self.w = w
        return self

    @staticmethod
    def _softmax(z: np.ndarray) -> np.ndarray:
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def _dense(self, rows: list[dict[str, float]]) -> np.ndarray:
        x = np.zeros((len(rows), len(self.index)), dtype=np.float32)
        for i, r in enumerate(rows):
            for key, val in r.items():
                col = self.index.get(key)
                if col is not None:
                    x[i, col] = val
        return x

    def prob(self, rows: list[dict[str, float]]) -> np.ndarray:
        return self._softmax(self._dense(rows) @ self.w)

    def weights(self) -> dict[str, dict[str, float]]:
        return {key: {s: round(float(self.w[i, j]), 5) for j, s in enumerate(STAGES) if abs(self.w[i, j]) > 1e-6}
                for key, i in self.index.items()}


def train(halves: list[dict], c: float, use: str) -> Model:
    rows = [feats(it, use) for h in halves for it in h["items"]]
    y = [STAGES.index(it["gold"]) for h in halves for it in h["items"]]
    return Model(c).fit(rows, y)


def predict(model: Model, half: dict, use: str) -> list[tuple[str, str, str, float]]:
    """(gold, rules, model's stage, its probability) per item of ``half``."""
    if not half["items"]:
        return []
    p = model.prob([feats(it, use) for it in half["items"]])
    best = p.argmax(axis=1)
    return [(it["gold"], it["rules"] or "none", STAGES[b], float(p[i, b]))
            for i, (it, b) in enumerate(zip(half["items"], best, strict=True))]


def override(pred: list[tuple[str, str, str, float]], th: float | None) -> int:
    """Agreement with the gold of the rules overridden where the model is confident (None: the model alone)."""
    n = 0
    for gold, rules, model, p in pred:
        stage = model if th is None or (model != rules and p >= th) else rules
        n += stage == gold
    return n


GRID = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


def choose(halves: list[dict], c: float, use: str, groups: int = 5) -> float:
    """The override threshold (or 2.0: never) with the best pooled agreement over inner folds of ``halves``."""
    preds = []
    for g in range(groups):
        test = [h for i, h in enumerate(halves) if i % groups == g]
        model = train([h for i, h in enumerate(halves) if i % groups != g], c, use)
        for h in test:
            preds += predict(model, h, use)
    best, best_n = 2.0, override(preds, 2.0)
    for th in GRID:
        n = override(preds, th)
        if n > best_n:
            best, best_n = th, n
    return best


def run(halves: list[dict], c: float, use: str, ths: list[float], chosen: bool, groups: int = 5) -> dict:
    rows: dict[str, list] = defaultdict(list)  # label -> [(half, n, rules agree, variant agree)]
    picks = []
    confusion: Counter = Counter()
    for i, h in enumerate(halves):
        train_halves = halves[:i] + halves[i + 1:]
        model = train(train_halves, c, use)
        pred = predict(model, h, use)
        base = override(pred, 2.0)
        rows["model"].append((h["half"], len(pred), base, override(pred, None)))
        for th in ths:
            rows[f"override p>={th}"].append((h["half"], len(pred), base, override(pred, th)))
        if chosen:
            th = choose(train_halves, c, use, groups)
            picks.append(th)
            rows["override, chosen per fold"].append((h["half"], len(pred), base, override(pred, th)))
        for gold, rules, m, _p in pred:
            if m != rules:
                confusion[(rules, m, "model right" if m == gold else "rules right" if rules == gold else "both wrong")] += 1
        print(f"fold {h['half']}: done" + (f" (chosen {picks[-1]})" if chosen else ""), flush=True)
    for label, rs in rows.items():
        report(label, rs, c, use)
    if picks:
        print("chosen thresholds (2.0 = never override):", dict(Counter(picks)))
    print("\nwhere the model's stage differs from the rules' (rules -> model: which is right), pooled:")
    for key, n in confusion.most_common(25):
        print(f"  {n:4d}  {' / '.join(key)}")
    return rows


def report(label: str, rs: list, c: float, use: str) -> None:
    n = sum(r[1] for r in rs)
    b = sum(r[2] for r in rs)
    a = sum(r[3] for r in rs)
    new = [r for r in rs if r[0] in NEWEST]
    nn, nb, na = sum(r[1] for r in new), sum(r[2] for r in new), sum(r[3] for r in new)
    up = sum(1 for r in rs if r[3] > r[2])
    down = sum(1 for r in rs if r[3] < r[2])
    worst = min(((r[3] - r[2]) / r[1] if r[1] else 0.0) for r in rs)
    print(f"\n== {label} (C={c}, features={use}) ==")
    print(f"pooled {b}/{n} {b / n:.4f} -> {a}/{n} {a / n:.4f} ({(a - b) / n:+.4f}); newest six {nb}/{nn} {nb / nn:.4f} -> "
          f"{na}/{nn} {na / nn:.4f} ({(na - nb) / nn:+.4f}); halves up {up} / down {down} / unchanged "
          f"{len(rs) - up - down}; worst half {worst:+.4f}")
    print("  " + "  ".join(f"{r[0]} {r[2]}->{r[3]}/{r[1]}" for r in rs))


def export(halves: list[dict], c: float, use: str, th: float, out: Path) -> None:
    model = train(halves, c, use)
    out.write_text(json.dumps({"stages": STAGES, "threshold": th, "use": use, "weights": model.weights()},
                              indent=1, sort_keys=True), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", type=Path, required=True)
    ap.add_argument("--halves", nargs="+")
    ap.add_argument("--c", type=float, default=1.0)
    ap.add_argument("--use", choices=("all", "norules", "rulesonly"), default="all")
    ap.add_argument("--th", default="0.6,0.7,0.8,0.9")
    ap.add_argument("--chosen", action="store_true")
    ap.add_argument("--groups", type=int, default=5, help="inner folds of --chosen")
    ap.add_argument("--export", type=Path)
    args = ap.parse_args()
    names = args.halves or sorted(p.stem for p in args.dir.glob("*.json"))
    halves = load(args.dir, names)
    if args.export:
        export(halves, args.c, args.use, float(args.th.split(",")[0]), args.export)
        return
    run(halves, args.c, args.use, [float(t) for t in args.th.split(",") if t], args.chosen, args.groups)


if __name__ == "__main__":
    main()
