"""Experiment: does a relation classifier learned from the gold add recall on unseen articles?

    python tools/learned_relations_experiment.py harvest     # run the pipeline once, cache candidates
    python tools/learned_relations_experiment.py run [C] [balanced|plain] [thresholds] [ruled]
                                                             # train tune->fresh and fresh->tune, score
    python tools/learned_relations_experiment.py reach       # rule misses a same-sentence pair could reach

Candidates and features are ``tools/learned_relations_features.py``; labels come from the gold
through ``../shared/eval/score.py``'s own entity matching; every configuration is scored by
``score.py`` itself on graphs = the pipeline's graph + the classifier's added edges.
"""
from __future__ import annotations

import json
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tools"))
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
DEV = ROOT / "tests" / "data" / "dev"
HALVES = {"tune": DEV / "tune", "fresh": DEV / "fresh"}
CACHE = Path(tempfile.gettempdir()) / "geopol-learned-cache"
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)


def scorer():
    from devset import scorer_module

    return scorer_module()


def harvest(half: str) -> list[dict]:
    """Per article: gold, the pipeline's graph (node-link JSON), rule triples, candidates."""
    from devset import article_of
    from learned_relations_features import candidates

    import graph.relations as relations
    from graph.pipeline import Pipeline
    from graph.store.interchange import write_graph
    from graph.text import read_document

    original = relations.extract
    seen: list = []

    def wrapped(doc, entities, doc_id):
        rels = original(doc, entities, doc_id)
        found: dict = {}
        for r in rels:
            found.setdefault((r.source, r.target), set()).add(r.type)
        mentions = [m for m in doc._.mentions if m.entity]
        for c in candidates(doc, entities, mentions, found):
            seen.append((c.source, c.target, c.types, c.features, c.sent.text))
        seen.append(("RULES", {(r.source, r.type, r.target) for r in rels}))
        return rels

    relations.extract = wrapped
    pipeline = Pipeline()
    out = []
    tmp = Path(tempfile.mkdtemp())
    try:
        for gold in sorted(HALVES[half].glob("*.json")):
            print(gold.name, flush=True)
            seen.clear()
            fragment = pipeline.process(read_document(article_of(gold)))
            write_graph(fragment, tmp / gold.name)
            rule_triples = set().union(*[s[1] for s in seen if s[0] == "RULES"])
            cands = [s for s in seen if s[0] != "RULES"]
            out.append({"name": gold.name, "gold": json.loads(gold.read_text(encoding="utf-8")),
                        "graph": json.loads((tmp / gold.name).read_text(encoding="utf-8")),
                        "rules": rule_triples, "cands": cands})
    finally:
        relations.extract = original
    return out


def labelled(article: dict, sc, ruled: bool = False) -> list[tuple[dict, str, int]]:
    """(features, type, 0/1) of every candidate type the rules did not give (``ruled``: of every
    candidate type, without the feature of the rule that gave it); optional gold left out."""
    nodes, edges = article["graph"].get("nodes", []), article["graph"].get("edges", article["graph"].get("links", []))
    mapping = sc.match_entities(article["gold"]["entities"], sc.entity_nodes(nodes, edges), False)

    def rkey(s, t, d):
        return (t, frozenset((s, d))) if t in sc.UNDIRECTED else (t, s, d)

    rels = article["gold"]["relations"]
    req = {rkey(r["source"], r["type"], r["target"]) for r in rels if not r.get("optional")}
    opt = {rkey(r["source"], r["type"], r["target"]) for r in rels if r.get("optional")}
    out = []
    for src, dst, types, feats, _ in article["cands"]:
        gs, gt = mapping.get(src), mapping.get(dst)
        gs, gt = (gs if isinstance(gs, str) else None), (gt if isinstance(gt, str) else None)
        for t in types:
            given = (src, t, dst) in article["rules"] or (t in sc.UNDIRECTED and (dst, t, src) in article["rules"])
            if given and not ruled:
                continue
            k = rkey(gs, t, gt) if gs and gt else None
            if k in opt:
                continue
            out.append(({f: v for f, v in feats.items() if f != "rule:" + t}, t, int(k in req)))
    return out


def train(rows: list[tuple[dict, str, int]], c: float = 1.0, balanced: bool = True) -> dict:
    """One logistic regression per relation type (types with positives), on shared features."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    models = {}
    for t in sorted({t for _, t, _ in rows}):
        X = [f for f, tt, _ in rows if tt == t]
        y = [y for _, tt, y in rows if tt == t]
        if sum(y) < 2:
            continue
        vec = DictVectorizer()
        m = LogisticRegression(C=c, max_iter=2000, class_weight="balanced" if balanced else None)
        m.fit(vec.fit_transform(X), y)
        models[t] = (vec, m)
    return models


def added_edges(article: dict, models: dict, threshold: float) -> list[dict]:
    """The best-scored sentence of each (source, type, target) no rule gave, at or over ``threshold``."""
    best: dict = {}
    for src, dst, types, feats, sentence in article["cands"]:
        for t in types:
            if t not in models or (src, t, dst) in article["rules"]:
                continue
            if t in ("COOPERATES_WITH", "IN_CONFLICT_WITH") and (dst, t, src) in article["rules"]:
                continue
            vec, m = models[t]
            p = float(m.predict_proba(vec.transform([feats]))[0, 1])
            key = (src, t, dst)
            if p >= threshold and p > best.get(key, (0, ""))[0]:
                best[key] = (p, sentence)
    return [{"source": s, "target": d, "type": t, "key": 0, "provenance": "text", "confidence": p, "rule": "learned",
             "evidence": [{"doc": "x", "sentence": sent, "start": 0, "end": 0}]} for (s, t, d), (p, sent) in best.items()]


def score_config(half: str, articles: list[dict], models: dict | None, threshold: float) -> str:
    out = Path(tempfile.mkdtemp(prefix=f"geopol-learned-{half}-"))
    for a in articles:
        g = json.loads(json.dumps(a["graph"]))
        key = "edges" if "edges" in g else "links"
        if models:
            g[key] = g.get(key, []) + added_edges(a, models, threshold)
        (out / a["name"]).write_text(json.dumps(g), encoding="utf-8")
    res = subprocess.run([sys.executable, str(SCORER), "--gold-dir", str(HALVES[half]), "--graph-dir", str(out)],
                         capture_output=True, text=True, check=True).stdout
    return next(line for line in res.splitlines() if line.startswith("micro:"))


def reach(half: str, sc) -> tuple[int, int]:
    """(gold relations the rules miss, of them those with a same-sentence candidate of their type)."""
    missed = reachable = 0
    for a in load(half):
        nodes, edges = a["graph"]["nodes"], a["graph"].get("edges", a["graph"].get("links", []))
        misses = sc.score_one(a["gold"], nodes, edges)["relations"]["misses"]
        mapping = sc.match_entities(a["gold"]["entities"], sc.entity_nodes(nodes, edges), False)
        keys = {(mapping[s], t, mapping[d]) for s, d, types, _, _ in a["cands"] for t in types
                if isinstance(mapping.get(s), str) and isinstance(mapping.get(d), str)}
        for m in misses:
            s, rest = m.split(" -", 1)
            t, d = rest.split("-> ", 1)
            missed += 1
            reachable += (s, t, d) in keys or (t in sc.UNDIRECTED and (d, t, s) in keys)
    return missed, reachable


def load(half: str) -> list[dict]:
    return pickle.loads((CACHE / f"{half}.pkl").read_bytes())


def main(argv: list[str]) -> None:
    if argv[0] == "harvest":
        CACHE.mkdir(exist_ok=True)
        for half in argv[1:] or list(HALVES):
            (CACHE / f"{half}.pkl").write_bytes(pickle.dumps(harvest(half)))
        return
    sc = scorer()
    if argv[0] == "reach":
        for half in HALVES:
            missed, reachable = reach(half, sc)
            print(f"{half}: missed by rules {missed}, reachable by a same-sentence candidate {reachable}")
        return
    c = float(argv[1]) if len(argv) > 1 else 1.0
    balanced = len(argv) <= 2 or argv[2] != "plain"
    thresholds = [float(x) for x in argv[3].split(",")] if len(argv) > 3 else THRESHOLDS
    ruled = "ruled" in argv[4:]  # train on the rules' pairs too
    data = {h: load(h) for h in HALVES}
    for train_half, test_half in (("tune", "fresh"), ("fresh", "tune")):
        rows = [r for a in data[train_half] for r in labelled(a, sc, ruled)]
        models = train(rows, c, balanced)
        print(f"== train {train_half} ({len(rows)} candidates, {sum(r[2] for r in rows)} positive, "
              f"types {sorted(models)}) -> test {test_half}")
        print(f"rules only:        {score_config(test_half, data[test_half], None, 1.0)}")
        for th in thresholds:
            print(f"rules + p>={th:.2f}: {score_config(test_half, data[test_half], models, th)}")


if __name__ == "__main__":
    main(sys.argv[1:])
