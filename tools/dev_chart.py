"""Score every half of the development corpus in one run and draw the totals as one picture.

Each half is extracted article by article and scored by ``../shared/eval/score.py`` (as
``tests/devset.py`` does); for the check half only the totals are ever printed. Writes
``docs/dev-scores.png`` (extraction and time agreement per half) and ``docs/dev-scores.json``
(the scorer's totals as printed on this run).

    python tools/dev_chart.py [--halves tune fresh ...] [--held-out] [--out docs/dev-scores.png]

By default it scores the development halves only (every half but the held-out ones named in
HELD_OUT); ``--held-out`` adds those at the end (the lead's final picture).
    python tools/dev_chart.py --from docs/dev-scores.json   # redraw a run's totals
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from devset import DEV_DIR, build_graphs, score, totals  # noqa: E402

TIME_KEYS = ("published", "when", "stage", "event_date")
#: Halves nobody tunes on this session (forty-ninth: fresh46, fresh47 and check): scored only when asked for with --held-out.
HELD_OUT = ("fresh46", "fresh47", "check")


def development_halves() -> list[str]:
    """The development halves in corpus order: tune, then fresh, fresh2, ... (held-out halves left out)."""
    names = [p.name for p in DEV_DIR.iterdir() if p.is_dir() and p.name not in HELD_OUT]
    return sorted(names, key=lambda n: (n != "tune", len(n), n))


def measure(halves: list[str]) -> dict[str, dict]:
    """The scorer's JSON totals per half, extracted with one shared pipeline."""
    from graph.pipeline import Pipeline

    pipeline = Pipeline()
    out: dict[str, dict] = {}
    for half in halves:
        with tempfile.TemporaryDirectory(prefix=f"geopol-{half}-") as tmp:
            build_graphs(DEV_DIR / half, Path(tmp), pipeline)
            out[half] = score(DEV_DIR / half, Path(tmp))[0]
        print(f"{half:7} {totals(out[half])}", flush=True)
    return out


def draw(results: dict[str, dict], path: Path) -> None:
    """Two panels: entity F1 and relation P/R/F1 per half; time agreement rates per half."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    halves = list(results)
    fig, (left, right) = plt.subplots(2, 1, figsize=(max(8, 1.1 * len(halves)), 9))  # one row per panel: halves stay legible
    bars = {"entity F1": [results[h]["entity"]["f"] for h in halves],
            "relation P": [results[h]["relation"]["p"] for h in halves],
            "relation R": [results[h]["relation"]["r"] for h in halves],
            "relation F1": [results[h]["relation"]["f"] for h in halves]}
    _grouped(left, halves, bars, "extraction (score.py, micro)")
    time = {k: [_rate(results[h].get("time", {}).get(k)) for h in halves] for k in TIME_KEYS}
    _grouped(right, halves, time, "time agreement (matched items)")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _rate(item: dict | None) -> float:
    return item["agree"] / item["of"] if item and item.get("of") else 0.0


def _grouped(ax, halves: list[str], series: dict[str, list[float]], title: str) -> None:
    width = 0.8 / len(series)
    for i, (name, values) in enumerate(series.items()):
        xs = [x + (i - (len(series) - 1) / 2) * width for x in range(len(halves))]
        ax.bar(xs, values, width, label=name)
        for x, v in zip(xs, values, strict=True):
            ax.text(x, v + 0.01, f"{v:.2f}", ha="center", va="bottom", rotation=90, fontsize=6)
    ax.set_xticks(range(len(halves)), halves)
    ax.set_ylim(0, 1.15)
    ax.set_title(title)
    ax.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.1), ncol=len(series), frameon=False)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--halves", nargs="+", help="halves to score (default: the development halves)")
    ap.add_argument("--held-out", action="store_true", help="also score the held-out halves, totals only")
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "dev-scores.png")
    ap.add_argument("--from", dest="source", type=Path, help="redraw the totals a run wrote (its JSON)")
    args = ap.parse_args(argv)
    halves = (args.halves or development_halves()) + (list(HELD_OUT) if args.held_out else [])
    results = json.loads(args.source.read_text(encoding="utf-8")) if args.source else measure(halves)
    draw(results, args.out)
    args.out.with_suffix(".json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out} and {args.out.with_suffix('.json')}")


if __name__ == "__main__":
    main()
