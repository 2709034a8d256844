"""Count-only: per (type, rule) true / false / false-with-junk-end relations of one half (any dir).
Prints no sentence and no name.   PYTHONPATH=WT python rulecount.py DIR [DIR ...]"""
import json, sys, tempfile
from collections import Counter, defaultdict
from pathlib import Path
sys.path.insert(0, str(Path.cwd() / "tests")); sys.path.insert(0, str(Path.cwd() / "tools"))
from devset import scorer_module  # noqa
from graph.pipeline import Pipeline
from graph.store.interchange import write_graph
from graph.text import read_document
from devset import article_of  # noqa

sc = scorer_module()
rules = defaultdict(set)
class Recording(Pipeline):
    def relations_of(self, doc, entities, doc_id):
        rels = super().relations_of(doc, entities, doc_id)
        for r in rels:
            rules[(r.source, r.type, r.target)].add(r.rule)
        return rels
pipe = Recording()
tally = defaultdict(Counter)
for d in sys.argv[1:]:
    for gp in sorted(Path(d).glob("*.json")):
        rules.clear()
        with tempfile.TemporaryDirectory() as tmp:
            write_graph(pipe.process(read_document(article_of(gp))), Path(tmp) / gp.name)
            nodes, edges = sc.load_graph(Path(tmp) / gp.name)
        gold = json.loads(gp.read_text())
        mapping = sc.match_entities(gold["entities"], sc.entity_nodes(nodes, edges), False)
        key = lambda s, t, typ: (typ, frozenset((s, t))) if typ in sc.UNDIRECTED else (typ, s, t)
        req = {key(r["source"], r["target"], r["type"]) for r in gold["relations"] if not r.get("optional")}
        opt = {key(r["source"], r["target"], r["type"]) for r in gold["relations"] if r.get("optional")}
        for e in edges:
            if e.get("type") in sc.SKIP_EDGE_TYPES or not e.get("evidence"):
                continue
            s, t = mapping.get(e["source"]), mapping.get(e["target"])
            both = isinstance(s, str) and isinstance(t, str)
            k = key(s, t, e["type"]) if both else None
            kind = "tp" if k in req else "opt" if k in opt else "fp" if both else "fpj"
            rs = rules.get((e["source"], e["type"], e["target"])) or rules.get((e["target"], e["type"], e["source"])) or {"?"}
            for r in rs:
                tally[(e["type"], r)][kind] += 1
print(f"{'type':18} {'rule':40} tp opt fp fpj")
for (typ, r), c in sorted(tally.items(), key=lambda x: (x[0][0], -(x[1]['fp'] + x[1]['fpj']))):
    print(f"{typ:18} {str(r)[:40]:40} {c['tp']:3} {c['opt']:3} {c['fp']:3} {c['fpj']:3}")
