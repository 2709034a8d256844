"""Harvest the matched SUPPLIES / OPERATES relations with a gold ``stage`` for the learned-stage experiment.

    python tools/stage_model_harvest.py --halves tune fresh ... --graphs ROOT --out DIR

Reads graphs already written per half (``ROOT/HALF/NAME.json``, as ``tests/devset.py`` writes them), matches them
to the gold with the shared scorer as ``score.py`` does (the first edge with evidence per gold key), and keeps
every matched SUPPLIES / OPERATES whose gold states a stage: one JSON per half in ``DIR`` (``HALF.json``:
{"half", "items": [{"article", "type", "gold", "rules", "features"}]}). The features
(``tools/stage_model_features.py``) read the edge, its evidence sentences (parsed again with the project's spaCy
model) and the document's ``published``; no entity name and no article word is a feature. The held-out halves are
refused (see ``tools/stage_model_experiment.md``).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tools")]

import devset  # noqa: E402
from dev_chart import HELD_OUT  # noqa: E402  (one list of the halves nobody tunes on)

TYPES = ("SUPPLIES", "OPERATES")


def matched(sc, gold: dict, nodes: list[dict], edges: list[dict]) -> list[tuple[dict, dict]]:
    """(gold relation, system edge) for each gold SUPPLIES / OPERATES with a stage that a system edge matches."""
    mapping = sc.match_entities(gold["entities"], sc.entity_nodes(nodes, edges), False)
    first: dict = {}
    for e in edges:
        if e.get("type") not in TYPES or not e.get("evidence"):
            continue
        s, t = mapping.get(e["source"]), mapping.get(e["target"])
        if isinstance(s, str) and isinstance(t, str):
            first.setdefault((e["type"], s, t), e)
    out = []
    for r in gold["relations"]:
        e = first.get((r["type"], r["source"], r["target"]))
        if e is not None and r.get("stage") and r["type"] in TYPES:
            out.append((r, e))
    return out


def harvest_half(half: str, graphs: Path, nlp) -> dict:
    from stage_model_features import edge_features

    sc = devset.scorer_module()
    gold_dir = devset.DEV_DIR / half
    items = []
    for gp in sorted(gold_dir.glob("*.json")):
        path = graphs / half / gp.name
        if not path.exists():
            continue
        gold = json.loads(gp.read_text(encoding="utf-8"))
        nodes, edges = sc.load_graph(path)
        by_id = {n["id"]: n for n in nodes}
        published = next((n.get("published") for n in nodes if n.get("label") == "Document"), None)
        for r, e in matched(sc, gold, nodes, edges):
            items.append({"article": gp.stem, "type": r["type"], "gold": r["stage"], "rules": e.get("stage"),
                          "features": edge_features(e, by_id, published, nlp)})
    return {"half": half, "items": items}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--halves", nargs="+", required=True, help="development halves, named one by one")
    ap.add_argument("--graphs", type=Path, required=True, help="ROOT of graphs per half (ROOT/HALF/NAME.json)")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    if set(args.halves) & set(HELD_OUT):
        sys.exit(f"stage_model_harvest: held-out halves are never read: {sorted(set(args.halves) & set(HELD_OUT))}")
    import spacy

    from graph.mentions.nlp import MODEL

    nlp = spacy.load(MODEL, exclude=["ner"])
    args.out.mkdir(parents=True, exist_ok=True)
    for half in args.halves:
        out = args.out / f"{half}.json"
        if out.exists():
            continue
        out.write_text(json.dumps(harvest_half(half, args.graphs, nlp)), encoding="utf-8")
        print(out, flush=True)


if __name__ == "__main__":
    main()
