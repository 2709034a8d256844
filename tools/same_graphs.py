"""Byte-identity of two refs' graphs, for speed work: ``compare BASE NEW`` checks out both refs in
temporary detached worktrees, and in each builds, for every named development half (default
``tune`` and ``fresh8``; ``seeds`` names the seed articles): every article's own fragment (canonical JSON, as ``tools/identical.py``)
and the store of an ``ingest --workers 2`` of the whole half (``export_json``'s text). Prints every
graph that differs; exit status 1 if any does. ``build OUT [--halves ...]`` writes the graphs of the
code of a checkout (what ``compare`` runs for each worktree; the texts are always read here). Never names the held-out halves.

    python tools/same_graphs.py compare int12 HEAD [--halves tune fresh8]
    PYTHONHASHSEED=0 python tools/same_graphs.py build /tmp/a --code /path/to/checkout --halves seeds tune ...
    python tools/same_graphs.py same /tmp/a /tmp/b
"""
from __future__ import annotations

import argparse
import filecmp
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dev_chart import HELD_OUT  # noqa: E402  one list of the halves nobody tunes on

ROOT = Path(__file__).resolve().parents[1]
ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm"}


def build(out: Path, halves: list[str], code: Path) -> None:
    """Every article's fragment and one two-worker store per half, as JSON files under ``out``, by
    the code of the checkout ``code`` (the texts are always this checkout's)."""
    sys.path.insert(0, str(code))
    import orjson

    from graph.pipeline import Pipeline, ingest
    from graph.store import Store, to_node_link
    from graph.text import read_document

    pipeline = Pipeline()
    for half in halves:
        folder = ROOT / "seeds" if half == "seeds" else ROOT / "tests" / "data" / "dev" / half
        paths = sorted(p for p in folder.iterdir()
                       if p.suffix in ARTICLE_SUFFIXES and not p.name.startswith("SOURCES"))
        (out / half).mkdir(parents=True, exist_ok=True)
        for document, part in pipeline.process_many([read_document(p) for p in paths]):
            text = orjson.dumps(to_node_link(part)).decode() if not isinstance(part, Exception) else repr(part)
            (out / half / f"{Path(document.path).stem}.json").write_text(text + "\n", encoding="utf-8")
        with tempfile.TemporaryDirectory() as store_dir:
            store = Store(store_dir)
            report = ingest([str(p) for p in paths], store, pipeline, workers=2, batch_size=8)
            assert not report.failures, report.failures
            store.export_json(out / f"{half}.store.json")
    print(f"built {', '.join(halves)} into {out}")


def compare(base: str, new: str, halves: list[str]) -> int:
    python = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        outs = []
        for ref in (base, new):
            tree, out = Path(tmp) / f"tree-{len(outs)}", Path(tmp) / f"out-{len(outs)}"
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), ref], check=True)
            try:
                subprocess.run([python, __file__, "build", str(out), "--code", str(tree), "--halves", *halves],
                               check=True, env={**os.environ, "PYTHONPATH": str(tree)})
            finally:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)
            outs.append(out)
        return same(outs[0], outs[1], f"{base} against {new}")


def same(a: Path, b: Path, title: str = "") -> int:
    """Compare two ``build`` outputs file by file: prints every graph that differs (or is missing
    on one side) and the count of byte-identical ones; 1 if any differs."""
    names = sorted({str(p.relative_to(a)) for p in a.rglob("*.json")} | {str(p.relative_to(b)) for p in b.rglob("*.json")})
    differ = [n for n in names if not ((a / n).exists() and (b / n).exists() and filecmp.cmp(a / n, b / n, shallow=False))]
    for name in differ:
        print(f"DIFFERS: {name}")
    print(f"{title or f'{a} against {b}'}: {len(names) - len(differ)} of {len(names)} graphs byte-identical")
    return 1 if differ else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="action", required=True)
    b = sub.add_parser("build")
    b.add_argument("out", type=Path)
    b.add_argument("--code", type=Path, default=ROOT, help="the checkout whose code builds the graphs")
    c = sub.add_parser("compare")
    c.add_argument("base")
    c.add_argument("new")
    d = sub.add_parser("same", help="compare two build outputs (built with the same PYTHONHASHSEED)")
    d.add_argument("a", type=Path)
    d.add_argument("b", type=Path)
    for p in (b, c):
        p.add_argument("--halves", nargs="+", default=["tune", "fresh8"])
    args = ap.parse_args()
    if args.action == "same":
        sys.exit(same(args.a, args.b))
    if set(HELD_OUT) & set(args.halves):
        raise SystemExit("held-out halves are never built here")
    if args.action == "build":
        build(args.out, args.halves, args.code)
    else:
        sys.exit(compare(args.base, args.new, args.halves))


if __name__ == "__main__":
    main()
