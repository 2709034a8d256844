"""Score the extractor on the development corpus (``tests/data/dev/tune`` and ``check``) with
``../shared/eval/score.py``: each article is extracted alone and its graph written beside the
others; ``merged`` ingests a whole half into one store and scores its junk and duplicate nodes.

    python tests/devset.py tune [-v]      # per-article table; -v lists misses (tune half only)
    python tests/devset.py check          # totals only: nobody reads the check half's misses
    python tests/devset.py check --merged
    python tests/devset.py tests/data/dev/fresh13 --merged -v   # also lists its junk and duplicate nodes
"""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
DEV_DIR = ROOT / "tests" / "data" / "dev"
TUNE, CHECK = DEV_DIR / "tune", DEV_DIR / "check"


def article_of(gold_path: Path) -> Path:
    """The article a gold file annotates (``document`` is a file name or ``{"file": ...}``)."""
    document = json.loads(gold_path.read_text(encoding="utf-8"))["document"]
    return gold_path.parent / (document["file"] if isinstance(document, dict) else document)


def build_graphs(gold_dir: Path, out_dir: Path, pipeline=None) -> list[str]:
    """Extract the article of every gold file on its own; write ``out_dir/NAME.json``. An article that fails is
    named on stderr and left without a graph (the scorer counts it as found nothing), the others go on."""
    from graph.pipeline import Pipeline
    from graph.store.interchange import write_graph
    from graph.text import read_document

    pipeline = pipeline or Pipeline()
    names = []
    for gold in sorted(gold_dir.glob("*.json")):
        try:
            fragment = pipeline.process(read_document(article_of(gold)))
        except Exception as exc:  # noqa: BLE001  (one failing article is named; the half is still scored)
            print(f"devset: {gold.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        write_graph(fragment, out_dir / gold.name)
        names.append(gold.stem)
    return names


def build_merged(gold_dir: Path, store_dir: Path, pipeline=None) -> Path:
    """Ingest all of ``gold_dir``'s articles into one store; return its exported graph.json."""
    from graph.pipeline import ingest
    from graph.store import Store
    from graph.store.interchange import write_graph

    store = Store(store_dir)
    report = ingest([article_of(g) for g in sorted(gold_dir.glob("*.json"))], store, pipeline)
    if report.failures:
        raise RuntimeError(str(report.failures[0]))
    out = store_dir / "merged.json"
    write_graph(store.graph, out)
    return out


def scorer_module():
    """``../shared/eval/score.py`` imported as a module (its matching, for counts the CLI does not print)."""
    spec = importlib.util.spec_from_file_location("geopol_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run(args: list[str]) -> str:
    return subprocess.run([sys.executable, str(SCORER), *args], capture_output=True, text=True, check=True).stdout


def score(gold_dir: Path, graph_dir: Path, verbose: bool = False) -> tuple[dict, str]:
    """(summary JSON, printed table) of the scorer over the directory pair."""
    args = ["--gold-dir", str(gold_dir), "--graph-dir", str(graph_dir)]
    table = _run(args + (["-v"] if verbose else []))
    return json.loads(_run(args + ["--json"])), table


def score_merged(gold_dir: Path, merged: Path) -> dict:
    """Junk and duplicate rates of one merged store (``score.py --merged``)."""
    return json.loads(_run(["--gold-dir", str(gold_dir), "--merged", str(merged), "--json"]))


def totals(summary: dict) -> str:
    e, r = summary["entity"], summary["relation"]
    t = ", ".join(f"{k} {v['agree']}/{v['of']}" for k, v in summary.get("time", {}).items() if v["of"])
    return (f"{summary['documents']} articles: entity P={e['p']:.2f} R={e['r']:.2f} F1={e['f']:.3f}; "
            f"relation P={r['p']:.2f} R={r['r']:.2f} F1={r['f']:.3f}" + (f"; time agreement: {t}" if t else ""))


def main(argv: list[str]) -> None:
    half = next((a for a in argv if not a.startswith("-")), "tune")
    gold_dir = {"tune": TUNE, "check": CHECK}.get(half, Path(half))
    out = Path(tempfile.mkdtemp(prefix=f"geopol-{gold_dir.name}-"))
    if "--merged" in argv:
        graph = build_merged(gold_dir, out / "store")
        print(json.dumps(score_merged(gold_dir, graph), indent=2))
        if "-v" in argv and gold_dir != CHECK:  # the junk and duplicate nodes themselves
            print(_run(["--gold-dir", str(gold_dir), "--merged", str(graph), "-v"]), end="")
        return
    build_graphs(gold_dir, out)
    summary, table = score(gold_dir, out, verbose="-v" in argv and gold_dir != CHECK)
    print(table if gold_dir != CHECK else totals(summary))
    print(f"graphs in {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
