"""A session's review probes: invented defence-news sentences (``tests/reviewNN_sentences.py``, ``PROBES``) run
through the pipeline of the worktree this script is run from (PYTHONPATH), its nodes and text relations (with
the producing rule and stage) and what the store's fold of the fragment keeps written as JSON, so two code
versions can be compared (``--compare A.json B.json``).

    PYTHONPATH=$PWD python tools/review_probe.py [--probes tests.review37_sentences] out.json
    python tools/review_probe.py --compare base.json new.json
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
PROBES: dict = {}


def run(out: Path) -> None:
    from graph.pipeline import Pipeline
    from graph.text.metadata import Metadata
    from graph.text.sources import Document

    seen: list = []

    class Recording(Pipeline):
        def relations_of(self, doc, entities, doc_id):
            rels = super().relations_of(doc, entities, doc_id)
            name = {k: e.name for k, e in entities.items()}
            for r in rels:
                seen.append((name.get(r.source, r.source), r.type, name.get(r.target, r.target), r.rule,
                             r.props.get("stage"), r.evidence.get("sentence", "")))
            return rels

    pipeline = Recording()
    result = {}
    for key, (branch, published, text, _note) in PROBES.items():
        seen.clear()
        g = pipeline.process(Document.from_text(text, "t.txt", meta=Metadata(published=published,
                                                                             date_source="cli")))
        nodes = sorted(f"{a['label']}:{a['name']}" + (f" aka {sorted(a.get('aliases') or [])}"
                                                      if a["label"] in {"Platform", "GovernmentBody"} else "")
                       + (f" @{a.get('date')}" if a["label"] == "Event" else "")
                       for _, a in g.nodes(data=True) if a["label"] != "Document")
        rules = {}
        for s, t, o, rule, stage, _sent in seen:
            rules.setdefault(f"{s} -{t}-> {o}", []).append(f"{rule}[{stage}]")
        rels = sorted(f"{g.nodes[u]['name']} -{d['type']}-> {g.nodes[v]['name']}"
                      + (f" [{d.get('stage')}]" if d.get("stage") else "")
                      for u, v, d in g.edges(data=True) if d.get("provenance") == "text")
        try:  # the store's fold of a fragment (session 38: one name under two labels, same_names.py)
            from graph.store.same_names import fold_same_names
        except ImportError:
            def fold_same_names(part):
                return part
        from graph.store.fold import fold_clipped
        stored = fold_clipped(fold_same_names(g))
        store_nodes = sorted(f"{a['label']}:{a['name']}" for _, a in stored.nodes(data=True)
                             if a["label"] != "Document")
        store_rels = sorted(f"{stored.nodes[u]['label']}:{stored.nodes[u]['name']} -{d['type']}-> "
                            f"{stored.nodes[v]['label']}:{stored.nodes[v]['name']}"
                            for u, v, d in stored.edges(data=True) if d.get("provenance") == "text")
        result[key] = {"branch": branch, "nodes": nodes, "rels": rels, "rules": rules,
                       "store": store_nodes, "store_rels": store_rels}
    out.write_text(json.dumps(result, indent=1, ensure_ascii=False))


def compare(base: Path, new: Path) -> None:
    a, b = json.loads(base.read_text()), json.loads(new.read_text())
    for key, nb in b.items():
        if key not in PROBES:
            continue
        na = a.get(key, {"nodes": [], "rels": []})
        gained_n = sorted(set(nb["nodes"]) - set(na["nodes"]))
        lost_n = sorted(set(na["nodes"]) - set(nb["nodes"]))
        gained_r = sorted(set(nb["rels"]) - set(na["rels"]))
        lost_r = sorted(set(na["rels"]) - set(nb["rels"]))
        print(f"== {key} ({nb['branch']}): {PROBES[key][2]!r}")
        gained_s = sorted(set(nb.get("store", [])) - set(na.get("store", [])))
        lost_s = sorted(set(na.get("store", [])) - set(nb.get("store", [])))
        gained_sr = sorted(set(nb.get("store_rels", [])) - set(na.get("store_rels", [])))
        lost_sr = sorted(set(na.get("store_rels", [])) - set(nb.get("store_rels", [])))
        for tag, items in (("+S", gained_s), ("-S", lost_s), ("+SR", gained_sr), ("-SR", lost_sr)):
            for x in items:
                print(f"   {tag} {x}")
        for tag, items in (("+N", gained_n), ("-N", lost_n), ("+R", gained_r), ("-R", lost_r)):
            for x in items:
                rk = x.split(" [")[0]
                why = nb["rules"].get(rk) if tag == "+R" else a[key]["rules"].get(rk) if tag == "-R" else ""
                print(f"   {tag} {x} {why or ''}")
        if not (gained_n or lost_n or gained_r or lost_r):
            print("   (same)  rels:", "; ".join(nb["rels"]))


def _load(module: str) -> None:
    """Fill ``PROBES`` from a sentences module ("tests.review38_sentences")."""
    import importlib

    PROBES.clear()
    PROBES.update(importlib.import_module(module).PROBES)


if __name__ == "__main__":
    args = sys.argv[1:]
    module = "tests.review38_sentences"
    if args[0] == "--probes":
        module, args = args[1], args[2:]
    _load(module)
    if args[0] == "--compare":
        compare(Path(args[1]), Path(args[2]))
    else:
        run(Path(args[0]))
