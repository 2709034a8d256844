"""False relations of development halves sorted by why they are false, structurally, pooled over the
halves named (never a held-out half): for each spurious graph edge (``fp``: both ends gold entities;
``fp_junk``: an end that is no gold entity), the first cause that holds for every sentence it was read from:

* ``junk``: an end is junk or a duplicate (``fp_junk``);
* ``question``: the two ends meet inside a clause "whether", "if" or "unless" opens (:mod:`graph.relations.scope`);
* ``denied``: the clause joining them is negated, hedged by a modal, or the complement of a verb of
  denying, accusing, asking or urging ("denied", "accused ... of", "called on ... to");
* ``unnamed``: an end is not named in the sentence (reference data, a title, a description, the article's event);
* ``clauses``: the two names stand in different clauses (a path between them enters a clause with its own subject);
* ``same``: one clause joins them (a wrong end or party, a list on the wrong verb, or a gold convention).

    python tools/fp_causes.py tune fresh fresh2 ... [-v]   # -v prints each false relation with its sentence

Session 25 (prec25). A prototype of this classifier (the same causes; "denied" also counted a modal or
negation above the meeting point) over tune .. fresh20, false relations at int25 -> prec25:

    cause        int25  prec25
    junk           302     296
    question         3       0
    denied           9       9
    unnamed        226     219
    clauses        100      99
    same           420     420     (total 1060 -> 1043; true relations 5990 -> 5990)

This tool at prec25 on tune .. fresh7: junk 70, question 0, denied 5, unnamed 71, clauses 26, same 99.
The clause-scope causes the brief suspected (question, denied) are about 1% of the false relations of the
development halves (3 of fresh21's 67): the rules already ask ``negated``/``hedged`` of their verbs. Most
false relations are junk ends, ends not named in the sentence, or one clause read with a gold convention
the rules do not share (a service chief AFFILIATED_WITH his state, a maker's country MANUFACTURES its
platform) or with the wrong party (a possessive of the maker read as the operator, an event noun of
another gathering resolved to the article's event).
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

from dev_chart import HELD_OUT  # noqa: E402  one list of the halves nobody tunes on
from devset import DEV_DIR, article_of, scorer_module  # noqa: E402

_DENYING = {"deny", "accuse", "allege", "ask", "urge", "call", "demand", "refuse", "reject"}
_MODALS = {"could", "would", "might", "may", "should"}
_CLAUSES = {"advcl", "ccomp", "relcl", "parataxis", "csubj"}
CAUSES = ("junk", "question", "denied", "unnamed", "clauses", "same")


def _path_up(tok, top) -> list:
    out = []
    while tok.i != top.i:
        out.append(tok)
        tok = tok.head
    return out


def features(a, b) -> set[str]:
    """Structural facts of the clause joining the tokens ``a`` and ``b`` of one sentence."""
    from graph.relations.scope import meeting_point, unasserted

    top = meeting_point(a, b)
    out: set[str] = set()
    if unasserted(top):
        out.add("question")
    for x, other in ((a, b), (b, a)):
        for t in _path_up(x, top):
            own = any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in t.children)
            relative_of_other = t.dep_ == "relcl" and t.head.i == top.i == other.i
            if own and not relative_of_other and (t.dep_ in _CLAUSES or t.dep_ == "conj" and t.pos_ in {"VERB", "AUX"}):
                out.add("clauses")
    t, depth = top, 0
    while True:
        kids = list(t.children)
        if depth == 0 and any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _MODALS for c in kids):
            out.add("denied")
        if t.dep_ in {"ccomp", "xcomp", "pcomp"} and t.head.i != t.i:
            h = t.head if t.dep_ != "pcomp" else t.head.head
            if h.lemma_.lower() in _DENYING:
                out.add("denied")
        if t.head.i == t.i:
            return out
        t, depth = t.head, depth + 1


def cause(kind: str, feature_sets: list[set[str]]) -> str:
    """The first cause of :data:`CAUSES` that holds for every sentence of a false relation."""
    if kind == "fp_junk":
        return "junk"
    for name in ("question", "denied", "unnamed", "clauses"):
        if all(name in f for f in feature_sets):
            return name
    return "same"


def false_relations(half: str) -> list[dict]:
    """Every false relation of one development half: type, ends, kind, cause, rules and sentences."""
    if half in HELD_OUT:
        raise SystemExit(f"{half} is held out")
    from graph.pipeline import Pipeline
    from graph.store.interchange import write_graph
    from graph.text import read_document

    sc = scorer_module()
    seen: dict[tuple, list] = defaultdict(list)

    class Recording(Pipeline):
        def relations_of(self, doc, entities, doc_id):
            rels = super().relations_of(doc, entities, doc_id)
            named = [m for m in doc._.mentions if m.entity]
            for r in rels:
                start, end = r.evidence.get("start"), r.evidence.get("end")
                ends = [next((doc[m.start:m.end].root for m in named if m.entity == e and start is not None
                              and start <= doc[m.start].idx < end), None) for e in (r.source, r.target)]
                found = {"unnamed"} if None in ends else features(*ends)
                seen[(r.source, r.type, r.target)].append((found, r.rule, r.evidence.get("sentence", "")))
            return rels

    pipeline, out = Recording(), []
    with tempfile.TemporaryDirectory() as tmp:
        for gold_path in sorted((DEV_DIR / half).glob("*.json")):
            seen.clear()
            write_graph(pipeline.process(read_document(article_of(gold_path))), Path(tmp) / gold_path.name)
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            nodes, edges = sc.load_graph(Path(tmp) / gold_path.name)
            mapping = sc.match_entities(gold["entities"], sc.entity_nodes(nodes, edges), False)

            def key(s, t, typ):
                return (typ, frozenset((s, t))) if typ in sc.UNDIRECTED else (typ, s, t)

            gold_keys = {key(r["source"], r["target"], r["type"]) for r in gold["relations"]}
            for e in edges:
                if e.get("type") in sc.SKIP_EDGE_TYPES or not e.get("evidence"):
                    continue
                s, t = mapping.get(e["source"]), mapping.get(e["target"])
                both = isinstance(s, str) and isinstance(t, str)
                if both and key(s, t, e["type"]) in gold_keys:
                    continue
                reads = seen.get((e["source"], e["type"], e["target"])) or seen.get((e["target"], e["type"], e["source"]), [])
                kind = "fp" if both else "fp_junk"
                out.append({"half": half, "article": gold_path.stem, "type": e["type"], "source": e["source"],
                            "target": e["target"], "kind": kind, "cause": cause(kind, [f for f, _, _ in reads] or [set()]),
                            "rules": sorted({r for _, r, _ in reads}), "sentences": [x for _, _, x in reads]})
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("halves", nargs="+", help="development halves: tune fresh fresh2 ...")
    ap.add_argument("-v", action="store_true", help="print each false relation with its sentence")
    args = ap.parse_args(argv)
    pooled: Counter = Counter()
    by_type: dict[str, Counter] = defaultdict(Counter)
    for half in args.halves:
        found = false_relations(half)
        pooled.update(r["cause"] for r in found)
        for r in found:
            by_type[r["type"]][r["cause"]] += 1
            if args.v:
                print(f"{r['cause']:8} {half} {r['type']} {r['source']} -> {r['target']} {r['rules']}")
                print(f"         {' '.join(r['sentences'][0].split())[:240] if r['sentences'] else ''}")
        print(f"{half:8} " + " ".join(f"{c} {Counter(r['cause'] for r in found)[c]}" for c in CAUSES), flush=True)
    print("pooled   " + " ".join(f"{c} {pooled[c]}" for c in CAUSES))
    for typ, c in sorted(by_type.items(), key=lambda x: -sum(x[1].values())):
        print(f"  {typ:18} " + " ".join(f"{k} {c[k]}" for k in CAUSES if c[k]))


if __name__ == "__main__":
    main()
