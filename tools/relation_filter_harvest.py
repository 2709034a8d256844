"""Harvest the rules' relations of development halves with the precision filter's features and their kind.

Each article is extracted alone (as ``tests/devset.py``); every relation ``relations_of`` returns gets the
features of ``tools/relation_filter_features.py``; the graph's relations are matched to the gold with the
shared scorer (as ``tools/rule_precision.py``): tp / opt / fp / fpj per scored key. One JSON per half in
``--out`` (a folder): {"half", "totals", "items": [{"article", "type", "kind", "feats": [...]}]}.

    python tools/relation_filter_harvest.py --halves tune fresh fresh2 --out /tmp/filter34-h --jobs 2
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tools")]

from by_type import gold_keys, scored_edges  # noqa: E402
from devset import DEV_DIR, scorer_module  # noqa: E402
from rule_precision import extract_half  # noqa: E402


def _pipeline():
    from relation_filter_features import relation_features

    from graph.pipeline import Pipeline

    class Recording(Pipeline):
        seen: dict = {}

        def relations_of(self, doc, entities, doc_id):
            relations = super().relations_of(doc, entities, doc_id)
            self.seen.update(relation_features(doc, entities, relations))
            return relations

    return Recording()


def measure_half(args: tuple[str, Path]) -> str:
    half, out = args
    sc = scorer_module()
    articles, totals = extract_half(DEV_DIR / half, _pipeline(), "filter34")
    items = []
    for gold_path, gold, nodes, edges, seen in articles:
        mapping = sc.match_entities(gold["entities"], sc.entity_nodes(nodes, edges), False)
        key, req, opt = gold_keys(sc, gold)
        found: dict = {}
        for k, e, ends in scored_edges(sc, mapping, edges, key):
            rec = seen.get((e["source"], e["type"], e["target"]))
            item = found.setdefault(k, {"article": gold_path.stem, "type": e["type"], "feats": [],
                                        "kind": "tp" if k in req else "opt" if k in opt else "fp" if ends else "fpj"})
            item["feats"].append(rec)
        items += list(found.values())
    path = out / f"{half}.json"
    path.write_text(json.dumps({"half": half, "totals": totals, "items": items}), encoding="utf-8")
    return str(path)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--halves", nargs="+", required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    todo = [(h, args.out) for h in args.halves if not (args.out / f"{h}.json").exists()]
    if args.jobs > 1:
        from multiprocessing import Pool

        with Pool(args.jobs) as pool:
            for p in pool.imap_unordered(measure_half, todo):
                print(p, flush=True)
    else:
        for t in todo:
            print(measure_half(t), flush=True)


if __name__ == "__main__":
    main()
