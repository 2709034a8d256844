"""Every entity node of development halves' per-article graphs with how the gold takes it.

Extracts each article of the halves named on its own (as ``tests/devset.py`` does), keeps the graphs
in ``--keep DIR/HALF``, prints the scorer's totals per half (stderr) and one tab-separated line per
entity node (stdout): half, article, label, name, text relations it carries, their types, and its
status in the strict (label) matching: ``required``, ``optional``, ``dup`` or ``unlisted`` (no gold
entity of the article). Pooling these over halves shows which kinds of node the writers leave out.
``--from DIR`` reads graphs kept by an earlier run instead of extracting. Development halves only.

    python tools/node_census.py tune fresh ... --keep /tmp/nodes > nodes.tsv
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from dev_chart import HELD_OUT  # noqa: E402  one list of the halves nobody tunes on
from devset import DEV_DIR, build_graphs, score, scorer_module, totals  # noqa: E402


def node_rows(half: str, graph_dir: Path) -> list[tuple]:
    """(half, article, label, name, text relations, types, status) per entity node of the half."""
    sc = scorer_module()
    rows = []
    for gold_path in sorted((DEV_DIR / half).glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        nodes, edges = sc.load_graph(graph_dir / gold_path.name)
        ents = sc.entity_nodes(nodes, edges)
        optional = {g["name"] for g in gold["entities"] if g.get("optional")}
        mapping = sc.match_entities(gold["entities"], ents, True)
        for node in ents:
            rels = [e["type"] for e in edges if e.get("evidence") and node["id"] in (e["source"], e["target"])
                    and e.get("type") != "MENTIONED_IN"]
            m = mapping.get(node["id"])
            status = ("unlisted" if m is None else "dup" if isinstance(m, tuple)
                      else "optional" if m in optional else "required")
            rows.append((half, gold_path.stem[:3], node.get("label"), node.get("name"), len(rels),
                         ",".join(sorted(set(rels))), status))
    return rows


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("halves", nargs="+")
    ap.add_argument("--keep", type=Path, help="write the graphs to DIR/HALF")
    ap.add_argument("--from", dest="source", type=Path, help="read graphs kept in DIR/HALF")
    a = ap.parse_args(argv)
    if any(h in HELD_OUT for h in a.halves):
        ap.error("held-out halves are never listed")
    if not (a.keep or a.source):
        ap.error("--keep or --from")
    pipeline = None
    for half in a.halves:
        graph_dir = (a.source or a.keep) / half
        if not a.source:
            from graph.pipeline import Pipeline

            pipeline = pipeline or Pipeline()
            graph_dir.mkdir(parents=True, exist_ok=True)
            build_graphs(DEV_DIR / half, graph_dir, pipeline)
        summary = score(DEV_DIR / half, graph_dir)[0]
        print(f"{half:7} {totals(summary)} entF1={summary['entity']['f']:.4f} relF1={summary['relation']['f']:.4f}",
              file=sys.stderr, flush=True)
        for row in node_rows(half, graph_dir):
            print("\t".join(map(str, row)), flush=True)


if __name__ == "__main__":
    main()
