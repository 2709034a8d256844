"""Score the extractor on gold-annotated articles: each article is ingested alone into a fresh
store, its graph written beside the others, and ``../shared/eval/score.py`` run over them.

    python tests/devset.py [GOLD_DIR] [-v]      # default: tests/data/dev
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
DEV_DIR = ROOT / "tests" / "data" / "dev"


def build_graphs(gold_dir: Path, text_dir: Path, out_dir: Path) -> list[str]:
    """Ingest the text of every gold file into its own fresh store; write ``out_dir/NAME.json``."""
    from graph.pipeline import Pipeline, ingest
    from graph.store import Store

    pipeline = Pipeline()
    names = []
    for gold in sorted(gold_dir.glob("*.json")):
        document = json.loads(gold.read_text(encoding="utf-8"))["document"]
        with tempfile.TemporaryDirectory() as tmp:
            store = Store(tmp)
            report = ingest([text_dir / document], store, pipeline)
            if report.failures:
                raise RuntimeError(f"{document}: {report.failures[0]}")
            store.save(extra_path=out_dir / gold.name)
        names.append(gold.stem)
    return names


def score(gold_dir: Path, graph_dir: Path, verbose: bool = False) -> tuple[dict, str]:
    """(summary JSON, printed table) of the scorer over the directory pair."""
    args = [sys.executable, str(SCORER), "--gold-dir", str(gold_dir), "--graph-dir", str(graph_dir)]
    table = subprocess.run(args + (["-v"] if verbose else []), capture_output=True, text=True, check=True).stdout
    summary = json.loads(subprocess.run(args + ["--json"], capture_output=True, text=True, check=True).stdout)
    return summary, table


def main() -> None:
    gold_dir = Path(sys.argv[1]) if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else DEV_DIR
    out = Path(tempfile.mkdtemp(prefix="geopol-dev-"))
    build_graphs(gold_dir, gold_dir, out)
    _, table = score(gold_dir, out, verbose="-v" in sys.argv)
    print(table)
    print(f"graphs in {out}")


if __name__ == "__main__":
    main()
