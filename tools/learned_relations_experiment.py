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
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tools"))
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
DEV = ROOT / "tests" / "data" / "dev"
HALVES = {h: DEV / h for h in ("tune", "fresh", "fresh2", "fresh3", "fresh4", "fresh5")}  # never check/ or fresh6/
CACHE = Path(tempfile.gettempdir()) / "geopol-learned-cache-8"
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


def train(rows: list[tuple[dict, str, int]], c: float = 1.0, balanced: bool = True, model: str = "lr",
          min_count: int = 1) -> dict:
    """One classifier per relation type (types with positives): logistic regression (``lr``) or
    gradient boosting (``gb``), on the features seen in at least ``min_count`` of its rows."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    models = {}
    for t in sorted({t for _, t, _ in rows}):
        X = [f for f, tt, _ in rows if tt == t]
        y = [y for _, tt, y in rows if tt == t]
        if min_count > 1:
            counts: dict[str, int] = {}
            for f in X:
                for k in f:
                    counts[k] = counts.get(k, 0) + 1
            X = [{k: v for k, v in f.items() if counts[k] >= min_count or k == "bias"} for f in X]
        if sum(y) < 2:
            continue
        weight = "balanced" if balanced else None
        if model == "gb":
            vec = DictVectorizer(sparse=False)
            m = HistGradientBoostingClassifier(max_iter=100, learning_rate=0.1, early_stopping=False, class_weight=weight, random_state=0)
        else:
            vec = DictVectorizer()
            m = LogisticRegression(C=c, max_iter=2000, class_weight=weight)
        m.fit(vec.fit_transform(X), y)
        models[t] = (vec, m)
    return models


def added_edges(article: dict, models: dict, threshold: float) -> list[dict]:
    """The best-scored sentence of each (source, type, target) no rule gave, at or over ``threshold``."""
    todo: dict[str, list] = {}
    for src, dst, types, feats, sentence in article["cands"]:
        for t in types:
            if t not in models or (src, t, dst) in article["rules"]:
                continue
            if t in ("COOPERATES_WITH", "IN_CONFLICT_WITH") and (dst, t, src) in article["rules"]:
                continue
            todo.setdefault(t, []).append((src, dst, feats, sentence))
    best: dict = {}
    for t, items in sorted(todo.items()):
        vec, m = models[t]
        probs = m.predict_proba(vec.transform([f for _, _, f, _ in items]))[:, 1]
        for (src, dst, _, sentence), p in zip(items, probs, strict=True):
            key = (src, t, dst)
            if p >= threshold and p > best.get(key, (0, ""))[0]:
                best[key] = (float(p), sentence)
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


def reach(half: str, sc) -> Counter:
    """The gold relations the rules miss, by why: an end is no graph entity (``noent``), the two ends
    never share a sentence (``cross_sentence``), they do but the ontology allows no such type between
    the graph's labels (``same_sentence_untyped``), or a same-sentence candidate of the type exists
    (``same_sentence_typed``: what a same-sentence classifier could reach)."""
    out: Counter = Counter()
    for a in load(half):
        nodes, edges = a["graph"]["nodes"], a["graph"].get("edges", a["graph"].get("links", []))
        misses = sc.score_one(a["gold"], nodes, edges)["relations"]["misses"]
        mapping = sc.match_entities(a["gold"]["entities"], sc.entity_nodes(nodes, edges), False)
        mapped = {v for v in mapping.values() if isinstance(v, str)}
        ends = [(mapping[s], types, mapping[d]) for s, d, types, _, _ in a["cands"]
                if isinstance(mapping.get(s), str) and isinstance(mapping.get(d), str)]
        keys = {(s, t, d) for s, types, d in ends for t in types}
        pairs = {frozenset((s, d)) for s, _, d in ends}
        for m in misses:
            s, rest = m.split(" -", 1)
            t, d = rest.split("-> ", 1)
            out["missed"] += 1
            if s not in mapped or d not in mapped:
                out["noent"] += 1
            elif (s, t, d) in keys or (t in sc.UNDIRECTED and (d, t, s) in keys):
                out["same_sentence_typed"] += 1
            elif frozenset((s, d)) in pairs:
                out["same_sentence_untyped"] += 1
            else:
                out["cross_sentence"] += 1
    return out


def bins(argv: list[str]) -> None:
    """Of the edges the booster proposes on held-out folds (p >= 0.1), how many are gold, per
    probability band and per type: whether any threshold could make its additions precise enough."""
    opts = dict(a.split("=", 1) for a in argv if "=" in a)
    sc = scorer()
    data = {h: load(h) for h in HALVES}
    proposed: Counter = Counter()
    right: Counter = Counter()

    def rkey(s, t, d):
        return (t, frozenset((s, d))) if t in sc.UNDIRECTED else (t, s, d)

    for test in HALVES:
        rows = [r for h in HALVES if h != test for a in data[h] for r in labelled(a, sc)]
        models = train(rows, float(opts.get("C", 1.0)), opts.get("weight") == "balanced", opts.get("model", "lr"),
                       int(opts.get("min", 1)))
        for a in data[test]:
            nodes, edges = a["graph"]["nodes"], a["graph"].get("edges", a["graph"].get("links", []))
            mapping = sc.match_entities(a["gold"]["entities"], sc.entity_nodes(nodes, edges), False)
            req = {rkey(r["source"], r["type"], r["target"]) for r in a["gold"]["relations"] if not r.get("optional")}
            for e in added_edges(a, models, 0.1):
                gs, gt = mapping.get(e["source"]), mapping.get(e["target"])
                ok = isinstance(gs, str) and isinstance(gt, str) and rkey(gs, e["type"], gt) in req
                band = f"p {min(int(e['confidence'] * 10), 9) / 10:.1f}-{min(int(e['confidence'] * 10), 9) / 10 + 0.1:.1f}"
                proposed[band] += 1
                right[band] += ok
                if e["confidence"] >= 0.5:
                    proposed["p>=0.5 " + e["type"]] += 1
                    right["p>=0.5 " + e["type"]] += ok
    for k in sorted(proposed):
        print(f"{k:28} {right[k]:4} of {proposed[k]:4} proposed are gold ({right[k] / proposed[k]:.2f})")


def cue_classes() -> dict[str, set[str]]:
    """lemma -> the cues.yaml lists (family.key) naming it (multiword entries left out)."""
    from graph.relations.lexicon import cues

    out: dict[str, set[str]] = {}
    for family, entries in cues().items():
        for key, words in entries.items():
            if isinstance(words, set):
                for w in words:
                    if isinstance(w, str) and " " not in w:
                        out.setdefault(w.lower(), set()).add(f"{family}.{key}")
    return out


def with_cues(feats: dict, classes: dict[str, set[str]]) -> dict:
    """``feats`` plus the cue classes of the lemmas on the path, between the mentions and at the LCA."""
    out = dict(feats)
    for f in feats:
        for prefix in ("p:", "b:", "lca:"):
            if f.startswith(prefix) and "|" not in f:
                for c in classes.get(f[len(prefix):], ()):
                    out["c" + prefix + c] = 1.0
    return out


def aggregated(article: dict) -> dict:
    """``article`` with one candidate per (source, target, types): the union of its sentences'
    features (multi-instance: a pair said in several sentences), their count bucketed, the first sentence."""
    groups: dict = {}
    for src, dst, types, feats, sentence in article["cands"]:
        g = groups.setdefault((src, dst, types), [{}, 0, sentence])
        g[0].update(feats)
        g[1] += 1
    cands = [(s, d, t, f | {f"nsent={min(n, 4)}": 1.0}, sent) for (s, d, t), (f, n, sent) in groups.items()]
    return article | {"cands": cands}


def pooled_dir() -> Path:
    """One folder of links to every released half's gold files (names are unique across halves)."""
    d = CACHE / "pooled-gold"
    d.mkdir(parents=True, exist_ok=True)
    for path in HALVES.values():
        for g in sorted(path.glob("*.json")):
            if not (d / g.name).exists():
                (d / g.name).symlink_to(g)
    return d


def score_json(gold_dir: Path, graph_dir: Path) -> dict:
    res = subprocess.run([sys.executable, str(SCORER), "--gold-dir", str(gold_dir), "--graph-dir", str(graph_dir),
                          "--json"], capture_output=True, text=True, check=True).stdout
    return json.loads(res)


def loho(argv: list[str]) -> None:
    """Leave one half out: train on five released halves, test on the sixth; per fold and pooled."""
    opts = dict(a.split("=", 1) for a in argv if "=" in a)
    c = float(opts.get("C", 1.0))
    balanced = opts.get("weight", "plain") == "balanced"
    model = opts.get("model", "lr")
    cue = opts.get("cues", "0") == "1"
    thresholds = [float(x) for x in opts.get("th", "0.3,0.5,0.7,0.9").split(",")]
    ruled = opts.get("ruled", "0") == "1"
    min_count = int(opts.get("min", 1))
    sc = scorer()
    classes = cue_classes() if cue else {}
    data = {h: load(h) for h in HALVES}
    if opts.get("agg", "0") == "1":
        data = {h: [aggregated(a) for a in arts] for h, arts in data.items()}
    if cue:
        for arts in data.values():
            for a in arts:
                a["cands"] = [(s, d, t, with_cues(f, classes), sent) for s, d, t, f, sent in a["cands"]]
    configs = ["rules"] + [f"p>={th:.2f}" for th in thresholds]
    dirs = {cfg: Path(tempfile.mkdtemp(prefix=f"geopol-loho-{cfg}-")) for cfg in configs}
    print(f"== loho C={c} weight={'balanced' if balanced else 'plain'} model={model} cues={int(cue)} "
          f"ruled={int(ruled)} min={min_count} agg={opts.get('agg', '0')}")
    for test in HALVES:
        rows = [r for h in HALVES if h != test for a in data[h] for r in labelled(a, sc, ruled)]
        models = train(rows, c, balanced, model, min_count)
        line = [f"{test:7} ({sum(r[2] for r in rows)}/{len(rows)} train pos)"]
        for cfg in configs:
            fold = Path(tempfile.mkdtemp(prefix=f"geopol-fold-{test}-"))
            for a in data[test]:
                g = json.loads(json.dumps(a["graph"]))
                key = "edges" if "edges" in g else "links"
                if cfg != "rules":
                    g[key] = g.get(key, []) + added_edges(a, models, float(cfg[3:]))
                text = json.dumps(g)
                (fold / a["name"]).write_text(text, encoding="utf-8")
                (dirs[cfg] / a["name"]).write_text(text, encoding="utf-8")
            r = score_json(HALVES[test], fold)["relation"]
            line.append(f"{cfg} P={r['p']:.3f} R={r['r']:.3f} F1={r['f']:.3f}")
        print(" | ".join(line), flush=True)
    gold = pooled_dir()
    for cfg in configs:
        s = score_json(gold, dirs[cfg])
        r, e = s["relation"], s["entity"]
        print(f"pooled {cfg:9}: relation P={r['p']:.3f} R={r['r']:.3f} F1={r['f']:.3f} (entity F1={e['f']:.3f})")


def load(half: str) -> list[dict]:
    return pickle.loads((CACHE / f"{half}.pkl").read_bytes())


def main(argv: list[str]) -> None:
    if argv[0] == "harvest":
        CACHE.mkdir(exist_ok=True)
        for half in argv[1:] or list(HALVES):
            (CACHE / f"{half}.pkl").write_bytes(pickle.dumps(harvest(half)))
        return
    if argv[0] == "loho":
        loho(argv[1:])
        return
    if argv[0] == "bins":
        bins(argv[1:])
        return
    sc = scorer()
    if argv[0] == "reach":
        total: Counter = Counter()
        for half in HALVES:
            counts = reach(half, sc)
            total += counts
            print(f"{half}: {dict(counts)}")
        print(f"all: {dict(total)}")
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
