"""Print every time disagreement of a dev half, item by item (``score.py`` only counts them).

    python tools/time_misses.py tests/data/dev/fresh4 [--graphs DIR]

For each article: a ``published`` that disagrees with the gold, and each matched relation whose
``when`` or ``stage`` or matched event whose ``date`` disagrees, with the system's values and
the evidence sentences. ``--graphs`` reuses graphs written by ``tests/devset.py`` (else they are built).
Never run it on the held-out halves.
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import devset  # noqa: E402


def _short(text: str, n: int = 160) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 3] + "..."


def report(gold_path: Path, graph_path: Path, sc) -> list[str]:
    """Lines describing each time disagreement of one article."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    nodes, edges = sc.load_graph(graph_path)
    out: list[str] = []
    doc = gold.get("document")
    gold_pub = doc.get("published") if isinstance(doc, dict) else None
    pubs = [(n.get("published"), n.get("date_source")) for n in nodes if n.get("label") == "Document"]
    if gold_pub and not any(sc.dates_agree(p, gold_pub) for p, _ in pubs):
        out.append(f"  published: gold {gold_pub} system {pubs}")
    ents = sc.entity_nodes(nodes, edges)
    by_id = {n["id"]: n for n in ents}
    loose = sc.match_entities(gold["entities"], ents, False)
    strict = sc.match_entities(gold["entities"], ents, True)
    gold_by_name = {g["name"]: g for g in gold["entities"]}
    undirected = sc.UNDIRECTED

    def rkey(s, t, d):
        return (t, frozenset((s, d))) if t in undirected else (t, s, d)

    sys_edges: dict = {}
    for e in edges:
        if e.get("type") in sc.SKIP_EDGE_TYPES or not e.get("evidence"):
            continue
        s, t = loose.get(e["source"]), loose.get(e["target"])
        if isinstance(s, str) and isinstance(t, str):
            sys_edges.setdefault(rkey(s, e.get("type"), t), e)
    for r in gold["relations"]:
        e = sys_edges.get(rkey(r["source"], r["type"], r["target"]))
        if e is None:
            continue
        name = f"{r['source']} -{r['type']}-> {r['target']}"
        ev = [i for i in e.get("evidence") or [] if isinstance(i, dict)]
        if r.get("when"):
            found = [i.get("when") for i in ev] + [e.get("valid_from")]
            if not any(sc.dates_agree(w, r["when"]) for w in found):
                out.append(f"  when  {name}: gold {r['when']} system {found}")
                out += [f"        | {i.get('when')}: {_short(i.get('sentence') or i.get('text') or '')}" for i in ev[:3]]
        if r.get("stage") and e.get("stage") != r["stage"]:
            out.append(f"  stage {name}: gold {r['stage']} system {e.get('stage')}")
            out += [f"        | {_short(i.get('sentence') or i.get('text') or '')}" for i in ev[:3]]
    for nid, m in strict.items():
        if isinstance(m, str) and gold_by_name[m].get("date"):
            if not sc.dates_agree(by_id[nid].get("date"), gold_by_name[m]["date"]):
                out.append(f"  event {m}: gold {gold_by_name[m]['date']} system {by_id[nid].get('date')}")
    return out


def main(argv: list[str]) -> None:
    half = Path(next(a for a in argv if not a.startswith("-")))
    if "check" in half.parts:
        raise SystemExit("the check half is held out")
    graphs = Path(argv[argv.index("--graphs") + 1]) if "--graphs" in argv else None
    if graphs is None:
        graphs = Path(tempfile.mkdtemp(prefix=f"geopol-time-{half.name}-"))
        devset.build_graphs(half, graphs)
    sc = devset.scorer_module()
    for gold in sorted(half.glob("*.json")):
        lines = report(gold, graphs / gold.name, sc)
        if lines:
            print(gold.stem)
            print("\n".join(lines))
    print(f"graphs in {graphs}")


if __name__ == "__main__":
    main(sys.argv[1:])
