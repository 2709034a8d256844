"""Per producing rule, pooled over development halves: true / optional / false / false-with-junk-end relations.

Each article is extracted alone (as ``tests/devset.py`` does) by a pipeline that records the ``rule`` of
every relation ``relations_of`` returns; the graph's relations are matched to the gold with the shared
scorer's own functions (``../shared/eval/score.py``, as ``tools/by_type.py``), so a relation counts once
per article. Prints counts only (no sentence, no name) unless ``--show`` asks for one rule's items on
development text; ``--out`` keeps every item (with its sentence) and each half's scorer totals as JSON.

    python tools/rule_precision.py --halves tune fresh fresh2 --jobs 2 --out /tmp/x.json
    python tools/rule_precision.py --from /tmp/x.json --show HOSTED_BY:hosted-guests
    python tools/rule_precision.py --from /tmp/x.json --low 0.45 --min-false 5   # only the weak rules

Precision here is tp / (tp + false + junk): optional gold relations are neither right nor wrong.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tools")]

from by_type import gold_keys, scored_edges  # noqa: E402
from devset import DEV_DIR, article_of, score, scorer_module  # noqa: E402

KINDS = ("tp", "opt", "fp", "fpj")


def _recording_pipeline():
    """A :class:`graph.pipeline.Pipeline` that keeps (source, type, target) -> {rule: sentence} of one article."""
    from graph.pipeline import Pipeline

    class Recording(Pipeline):
        seen: dict[tuple[str, str, str], dict[str, str]] = {}

        def relations_of(self, doc, entities, doc_id):
            relations = super().relations_of(doc, entities, doc_id)
            for r in relations:
                sentence = (r.evidence or {}).get("sentence") or (r.evidence or {}).get("text") or ""
                self.seen.setdefault((r.source, r.type, r.target), {}).setdefault(r.rule or "?", sentence)
            return relations

    return Recording()


def extract_half(gold_dir: Path, pipeline, prefix: str) -> tuple[list[tuple[Path, dict, list, list, dict]], dict]:
    """Each article of ``gold_dir`` extracted alone by a recording ``pipeline`` (one with a ``seen`` dict it fills
    per article): ``(gold path, gold, nodes, edges, seen)`` per article, and the scorer's totals of the half."""
    from graph.store.interchange import write_graph
    from graph.text import read_document

    sc = scorer_module()
    articles = []
    with tempfile.TemporaryDirectory(prefix=f"{prefix}-{gold_dir.name}-") as tmp:
        for gold_path in sorted(gold_dir.glob("*.json")):
            pipeline.seen = {}
            write_graph(pipeline.process(read_document(article_of(gold_path))), Path(tmp) / gold_path.name)
            nodes, edges = sc.load_graph(Path(tmp) / gold_path.name)
            articles.append((gold_path, json.loads(gold_path.read_text(encoding="utf-8")), nodes, edges, pipeline.seen))
        totals = score(gold_dir, Path(tmp))[0]
    return articles, totals


def measure_half(half: str) -> dict:
    """Scorer totals and every relation of one half's graphs with its producing rules and kind."""
    sc = scorer_module()
    gold_dir = DEV_DIR / half if not Path(half).is_dir() else Path(half)
    articles, totals = extract_half(gold_dir, _recording_pipeline(), "prune30")
    items = [item for gold_path, gold, nodes, edges, seen in articles
             for item in _classify(sc, gold, nodes, edges, seen, gold_path.stem)]
    return {"half": gold_dir.name, "totals": totals, "items": items}


def _classify(sc, gold: dict, nodes: list[dict], edges: list[dict], seen: dict, article: str) -> list[dict]:
    """One item per distinct scored relation of an article (the scorer's key), with its rules and kind."""
    mapping = sc.match_entities(gold["entities"], sc.entity_nodes(nodes, edges), False)
    names = {n["id"]: n.get("name", "") for n in nodes}
    key, req, opt = gold_keys(sc, gold)
    found: dict = {}
    for k, e, ends in scored_edges(sc, mapping, edges, key):
        rules = seen.get((e["source"], e["type"], e["target"])) or seen.get((e["target"], e["type"], e["source"])) or {}
        item = found.setdefault(k, {"article": article, "type": e["type"], "rules": {},
                                    "kind": "tp" if k in req else "opt" if k in opt else "fp" if ends else "fpj",
                                    "source": names.get(e["source"]), "target": names.get(e["target"])})
        item["rules"].update(rules or {"?": ""})
    return list(found.values())


def tally(results: list[dict]) -> dict[tuple[str, str], Counter]:
    """(type, rule) -> Counter of kinds, pooled over halves (a relation counts once per rule it came by)."""
    out: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for half in results:
        for item in half["items"]:
            for rule in item["rules"]:
                out[(item["type"], rule)][item["kind"]] += 1
    return out


def precision(c: Counter) -> float:
    wrong = c["tp"] + c["fp"] + c["fpj"]
    return c["tp"] / wrong if wrong else 0.0


def table(counts: dict[tuple[str, str], Counter], low: float | None = None, min_false: int = 0) -> str:
    rows = [f"{'type':18} {'rule':44} {'tp':>4} {'opt':>4} {'fp':>4} {'fpj':>4} {'P':>5}"]
    for (typ, rule), c in sorted(counts.items(), key=lambda x: (x[0][0], -(x[1]["fp"] + x[1]["fpj"]), x[0][1])):
        if low is not None and (precision(c) >= low or c["fp"] + c["fpj"] < min_false):
            continue
        rows.append(f"{typ:18} {rule[:44]:44} {c['tp']:4} {c['opt']:4} {c['fp']:4} {c['fpj']:4} {precision(c):5.2f}")
    return "\n".join(rows)


def halves_table(results: list[dict]) -> str:
    rows = [f"{'half':8} {'entF1':>6} {'relP':>6} {'relR':>6} {'relF1':>6}"]
    for half in results:
        e, r = half["totals"]["entity"], half["totals"]["relation"]
        rows.append(f"{half['half']:8} {e['f']:6.3f} {r['p']:6.3f} {r['r']:6.3f} {r['f']:6.3f}")
    return "\n".join(rows)


def show(results: list[dict], spec: str, kinds: set[str]) -> str:
    """The items of one ``TYPE:RULE`` (development text only), with their sentences."""
    typ, _, rule = spec.partition(":")
    lines = []
    for half in results:
        for item in half["items"]:
            if item["type"] == typ and rule in item["rules"] and item["kind"] in kinds:
                lines.append(f"[{item['kind']}] {half['half']}/{item['article']}: {item['source']} -> "
                             f"{item['target']}\n    {item['rules'][rule]}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--halves", nargs="+", help="development halves (name them: tune fresh fresh2 ...)")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--out", type=Path, help="keep every item and each half's totals as JSON")
    ap.add_argument("--from", dest="source", type=Path, help="read a run kept with --out instead of extracting")
    ap.add_argument("--low", type=float, help="list only rules whose precision is below this ...")
    ap.add_argument("--min-false", type=int, default=5, help="... with at least this many false (fp + fpj)")
    ap.add_argument("--show", help="TYPE:RULE: print that rule's items with their sentences (dev text only)")
    ap.add_argument("--kinds", default="fp,fpj", help="kinds --show prints (tp,opt,fp,fpj)")
    args = ap.parse_args(argv)
    if args.source:
        results = json.loads(args.source.read_text(encoding="utf-8"))
    else:
        if not args.halves:
            ap.error("name the development halves (--halves) or give --from")
        if args.jobs > 1:
            from multiprocessing import Pool

            with Pool(args.jobs) as pool:
                results = pool.map(measure_half, args.halves, chunksize=1)
        else:
            results = [measure_half(h) for h in args.halves]
        if args.out:
            args.out.write_text(json.dumps(results), encoding="utf-8")
    if args.show:
        print(show(results, args.show, set(args.kinds.split(","))))
        return
    print(table(tally(results), args.low, args.min_false))
    print()
    print(halves_table(results))


if __name__ == "__main__":
    main()
