"""Relation scores of one half per relationship type: counts only, never an item or a sentence.

For a held-out half this says *where* the extractor loses (which types, and whether a spurious
relation had an endpoint that is no gold entity at all) without showing what it missed, so rules
can be aimed at a kind of fact without reading the half. Scored with ``../shared/eval/score.py``'s
own matching (imported), so the totals equal the scorer's.

    python tools/by_type.py tests/data/dev/fresh2          # extract, then count
    python tools/by_type.py check --graphs /tmp/geopol-check-xyz   # count graphs already built
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from devset import CHECK, TUNE, build_graphs, scorer_module  # noqa: E402


def gold_keys(sc, gold: dict):
    """The scorer's key of a relation (undirected types as a pair) and the keys of the gold's required and
    optional relations: ``(key, required, optional)``."""
    def key(s, t, typ):
        return (typ, frozenset((s, t))) if typ in sc.UNDIRECTED else (typ, s, t)

    req = {key(r["source"], r["target"], r["type"]) for r in gold["relations"] if not r.get("optional")}
    opt = {key(r["source"], r["target"], r["type"]) for r in gold["relations"] if r.get("optional")}
    return key, req, opt


def scored_edges(sc, mapping: dict, edges: list[dict], key):
    """``(scorer key, edge, both ends gold)`` for every edge the scorer scores (an edge with an end that
    matches no gold entity is keyed by its own ends)."""
    for e in edges:
        if e.get("type") in sc.SKIP_EDGE_TYPES or not e.get("evidence"):
            continue
        s, t = mapping.get(e["source"]), mapping.get(e["target"])
        ends = isinstance(s, str) and isinstance(t, str)
        yield (key(s, t, e["type"]) if ends else ("?", e["source"], e["target"], e["type"])), e, ends


def count(gold_dir: Path, graph_dir: Path) -> dict[str, Counter]:
    """Per type: ``tp``, ``fn`` (required gold relations missed), ``fn_noent`` (of those, the ones
    with an end that no node of the graph matches: an entity miss, not a relation rule's), ``fp``
    (spurious, both ends gold entities) and ``fp_junk`` (spurious with an end that matches no gold
    entity)."""
    sc = scorer_module()
    out: dict[str, Counter] = {}
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        nodes, edges = sc.load_graph(graph_dir / gold_path.name)
        mapping = sc.match_entities(gold["entities"], sc.entity_nodes(nodes, edges), False)
        key, req, opt = gold_keys(sc, gold)
        found: dict = {}
        for k, e, ends in scored_edges(sc, mapping, edges, key):
            found.setdefault(k, (e["type"], ends))
        for k, (typ, ends) in found.items():
            c = out.setdefault(typ, Counter())
            if k in req:
                c["tp"] += 1
            elif k not in opt:
                c["fp" if ends else "fp_junk"] += 1
        matched = {v for v in mapping.values() if isinstance(v, str)}
        for r in gold["relations"]:
            if not r.get("optional") and key(r["source"], r["target"], r["type"]) not in found:
                c = out.setdefault(r["type"], Counter())
                c["fn"] += 1
                c["fn_noent"] += not {r["source"], r["target"]} <= matched
    return out


def table(counts: dict[str, Counter]) -> str:
    rows = [f"{'type':18} {'tp':>4} {'fn':>4} {'fn_noent':>8} {'fp':>4} {'fp_junk':>7} {'P':>5} {'R':>5}"]
    total = Counter()
    for typ in sorted(counts, key=lambda t: -(counts[t]["fn"] + counts[t]["fp"] + counts[t]["fp_junk"])):
        c = counts[typ]
        total.update(c)
        rows.append(_row(typ, c))
    rows.append(_row("all", total))
    return "\n".join(rows)


def _row(name: str, c: Counter) -> str:
    found, gold = c["tp"] + c["fp"] + c["fp_junk"], c["tp"] + c["fn"]
    p, r = (c["tp"] / found if found else 0.0), (c["tp"] / gold if gold else 0.0)
    return f"{name:18} {c['tp']:4} {c['fn']:4} {c['fn_noent']:8} {c['fp']:4} {c['fp_junk']:7} {p:5.2f} {r:5.2f}"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("half", help="tune, check or a gold directory")
    ap.add_argument("--graphs", type=Path, help="a directory of graphs already extracted (NAME.json)")
    args = ap.parse_args(argv)
    gold_dir = {"tune": TUNE, "check": CHECK}.get(args.half, Path(args.half))
    graphs = args.graphs
    if graphs is None:
        graphs = Path(tempfile.mkdtemp(prefix=f"geopol-{gold_dir.name}-"))
        build_graphs(gold_dir, graphs)
    print(table(count(gold_dir, graphs)))


if __name__ == "__main__":
    main()
