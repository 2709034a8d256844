"""How the gold takes the entity nodes no relation touches, per label, and what dropping them would cost.

Reads the per-article graphs ``tools/node_census.py --keep DIR`` kept (``DIR/nodes/HALF``) and the merged
stores ``tools/junk_census.py --keep DIR/merged`` kept (``DIR/merged/HALF/store/merged.json``) of development
halves and prints, per label (Place split into wide regions, oceans and seas vs the rest):

* merged stores: nodes no text relation of the store touches that are junk (no gold entity of the half)
  vs gold, and the same for nodes some relation touches;
* per-article graphs: the unrelated nodes' status in the strict matching (required, optional, dup,
  unlisted).

``--drop LABEL,...`` instead scores, per half, entity and relation F1 of the article graphs and the merged
junk before and after dropping the unrelated nodes of those labels (the gate's cost, without extracting
again). ``--part-of`` counts a PART_OF to a Country as no relation (a body's tie to its state).
Development halves only.

    python tools/unrelated_nodes.py DIR tune fresh ... [--drop GovernmentBody] [--part-of]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tools")]

from dev_chart import HELD_OUT  # noqa: E402
from devset import DEV_DIR, scorer_module  # noqa: E402
from junk_census import WIDE_PLACES, place_kinds  # noqa: E402


@cache
def scorer():
    """The scorer module, its name normalisation cached (the merged matching calls it very often)."""
    sc = scorer_module()
    sc.norm = cache(sc.norm)
    return sc


def label_of(node: dict) -> str:
    """The node's label, Place split into ``Place-wide`` (catalogued region, ocean, sea) and ``Place-other``."""
    label = node.get("label", "")
    if label == "Place":
        return "Place-wide" if place_kinds().get(node.get("name", "")) in WIDE_PLACES else "Place-other"
    return label


def related(nodes: list[dict], edges: list[dict], part_of: bool) -> Counter:
    """Text relations (with evidence) per node id; a PART_OF to a Country left out when ``part_of``."""
    labels = {n["id"]: n.get("label") for n in nodes}
    count: Counter = Counter()
    for e in edges:
        if e.get("type") == "MENTIONED_IN" or not e.get("evidence"):
            continue
        if part_of and e["type"] == "PART_OF" and labels.get(e["target"]) == "Country":
            continue
        count[e["source"]] += 1
        count[e["target"]] += 1
    return count


def _merged(base: Path, half: str) -> tuple[list[dict], list[dict], list[dict]] | None:
    path = base / "merged" / half / "store" / "merged.json"
    if not path.exists():
        return None
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((DEV_DIR / half).glob("*.json"))]
    return golds, *scorer().load_graph(path)


def merged_table(base: Path, halves: list[str], part_of: bool) -> tuple[dict, dict]:
    """(label -> Counter(junk/gold) of unrelated nodes, the same of related nodes) over the merged stores."""
    sc = scorer()
    idle: dict[str, Counter] = defaultdict(Counter)
    busy: dict[str, Counter] = defaultdict(Counter)
    for half in halves:
        if (loaded := _merged(base, half)) is None:
            continue
        golds, nodes, edges = loaded
        junk = set(sc.score_merged(golds, nodes, edges)["junk"])
        rels = related(nodes, edges, part_of)
        for n in sc.entity_nodes(nodes, edges):
            status = "junk" if f"{n.get('label')}:{n.get('name')}" in junk else "gold"
            (busy if rels[n["id"]] else idle)[label_of(n)][status] += 1
    return idle, busy


def _article_graphs(sc, base: Path, half: str):
    """(gold, nodes, edges) of each article of ``half`` whose graph the census kept under ``base``."""
    for gold_path in sorted((DEV_DIR / half).glob("*.json")):
        graph = base / "nodes" / half / gold_path.name
        if graph.exists():
            yield (json.loads(gold_path.read_text(encoding="utf-8")), *sc.load_graph(graph))


def article_table(base: Path, halves: list[str], part_of: bool) -> dict[str, Counter]:
    """label -> Counter(required/optional/dup/unlisted) of the article graphs' unrelated nodes."""
    sc = scorer()
    table: dict[str, Counter] = defaultdict(Counter)
    for half in halves:
        for gold, nodes, edges in _article_graphs(sc, base, half):
            ents = sc.entity_nodes(nodes, edges)
            optional = {g["name"] for g in gold["entities"] if g.get("optional")}
            mapping = sc.match_entities(gold["entities"], ents, True)
            rels = related(nodes, edges, part_of)
            for n in ents:
                if rels[n["id"]]:
                    continue
                m = mapping.get(n["id"])
                table[label_of(n)]["unlisted" if m is None else "dup" if isinstance(m, tuple)
                                   else "optional" if m in optional else "required"] += 1
    return table


def _without(nodes: list[dict], edges: list[dict], labels: set[str], part_of: bool) -> list[dict]:
    rels = related(nodes, edges, part_of)
    gone = {n["id"] for n in nodes if label_of(n) in labels and not rels[n["id"]]}
    return [e for e in edges if e["source"] not in gone and e["target"] not in gone]


def gate_cost(base: Path, half: str, labels: set[str], part_of: bool) -> dict:
    """Entity/relation F1 and merged junk of ``half`` before and after dropping its unrelated ``labels`` nodes."""
    sc = scorer()
    totals = {k: {"entity": [0, 0, 0], "relation": [0, 0, 0]} for k in ("before", "after")}
    for gold, nodes, edges in _article_graphs(sc, base, half):
        for when, kept in (("before", edges), ("after", _without(nodes, edges, labels, part_of))):
            r = sc.score_one(gold, nodes, kept)
            for key, got in (("entity", r["entities"]["strict"]), ("relation", r["relations"])):
                for i, k in enumerate(("tp", "fp", "fn")):
                    totals[when][key][i] += got[k]
    out = {f"{k}_{when}": sc.prf(*totals[when][k])[2] for when in totals for k in ("entity", "relation")}
    if (loaded := _merged(base, half)) is not None:
        golds, nodes, edges = loaded
        for when, kept in (("before", edges), ("after", _without(nodes, edges, labels, part_of))):
            m = sc.score_merged(golds, nodes, kept)
            out[f"junk_{when}"] = (len(m["junk"]), m["nodes"])
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("base", type=Path, help="DIR holding nodes/HALF and merged/HALF")
    ap.add_argument("halves", nargs="+")
    ap.add_argument("--drop", help="comma-separated labels (Place-wide, Place-other, GovernmentBody ...)")
    ap.add_argument("--part-of", action="store_true", help="a PART_OF to a Country counts as no relation")
    a = ap.parse_args(argv)
    if any(h in HELD_OUT for h in a.halves):
        ap.error("held-out halves are never listed")
    if a.drop:
        labels = set(a.drop.split(","))
        for half in a.halves:
            c = gate_cost(a.base, half, labels, a.part_of)
            junk = (f"  junk {c['junk_before'][0]}/{c['junk_before'][1]} -> {c['junk_after'][0]}/{c['junk_after'][1]}"
                    if "junk_before" in c else "")
            print(f"{half:8} entity F1 {c['entity_before']:.4f} -> {c['entity_after']:.4f}  "
                  f"relation F1 {c['relation_before']:.4f} -> {c['relation_after']:.4f}{junk}")
        return
    idle, busy = merged_table(a.base, a.halves, a.part_of)
    print(f"{'merged stores':16} {'unrelated: junk':>15} {'gold':>5} {'junk%':>6} | {'related: junk':>13} {'gold':>5}")
    for label in sorted(set(idle) | set(busy)):
        j, g = idle[label]["junk"], idle[label]["gold"]
        print(f"{label:16} {j:15} {g:5} {j / (j + g) if j + g else 0:6.0%} | {busy[label]['junk']:13} "
              f"{busy[label]['gold']:5}")
    print(f"\n{'article graphs':16} {'required':>8} {'optional':>8} {'dup':>4} {'unlisted':>8} {'unlisted%':>9}")
    for label, c in sorted(article_table(a.base, a.halves, a.part_of).items()):
        print(f"{label:16} {c['required']:8} {c['optional']:8} {c['dup']:4} {c['unlisted']:8} "
              f"{c['unlisted'] / sum(c.values()):9.0%}")


if __name__ == "__main__":
    main()
