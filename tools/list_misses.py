"""Missed gold relations whose end is one member of a coordinated list the extractor read for another
member: counts per kind, pooled over development halves (never a held-out half).

For every required gold relation ``A -T- B`` the graph lacks, this asks whether the extractor found
``A' -T- B`` (or ``A -T- B'``) for another member ``A'`` of the same list in the same sentence: the
relation was read for one conjunct and dropped for the others ("X supplies A, B and C" found for A
only; "A and B signed"; "leaders of A, B and C attended"; a list split by "as well as", "along with",
"including", "such as"; appositions and parentheses inside it). Kinds, the first that holds:

* ``list``: the missed end is an entity named in the sibling relation's sentence, and the parser
  coordinates it with the sibling's end (one is among the other's conjuncts, as
  :func:`graph.relations.coordination.conjuncts` reads them, or among those of the noun it
  modifies: "A-29 and F-16 jets", "two A319 airliners and two Falcon 7X jets");
* ``list-surface``: as ``list``, but only the words of a list stand between the two names
  (commas, "and", "as well as", "including", other names, a parenthesis), the parser not coordinating them;
* ``list-noent``: the missed end is no entity, but its gold name stands in list position beside the
  sibling's end in the sibling's sentence (an entity miss inside a list);
* ``sibling``: a sibling relation exists and its sentence names the missed end, but not as a list member;
* ``sibling-apart``: a sibling relation exists, its sentence does not name the missed end;
* ``other``: no relation of the type shares the other end.

    python tools/list_misses.py tune fresh fresh2 ... [--keep DIR] [-s]   # -s prints the list kinds' misses

Each half's relation P/R/F1 (the scorer's own matching) is printed beside its counts.

Session 24, the twenty development halves tune .. fresh19, 2992 required relations missed at int24
(classified with this branch's :func:`~graph.relations.coordination.conjuncts`):

    kind            int24  list24   the largest per-type lines (int24)
    list               34      29   OPERATES 11, AFFILIATED_WITH 6, BASED_IN 5, MANUFACTURES 3
    list-surface       52      52   PARTICIPATED_IN 12, OPERATES 11, COOPERATES_WITH 6, HELD_IN 6
    list-noent         22      22   OPERATES 6, DISPLAYED_AT 4, HELD_IN 3, LEADS 3
    sibling           437     437   OPERATES 105, PARTICIPATED_IN 96, MANUFACTURES 33, LEADS 27
    sibling-apart     973     973
    other            1474    1474

A relation dropped for a list member is rare (3-4% of the misses, about five per half): the rules
already read lists through ``SentenceContext.group``. The remaining ``list`` lines are mostly a relation
read from one member's own name or reference entry (a nationality in a company's name, a known office
of one minister), not from the list; the ``list-surface`` ones are lists of clauses ("A fields X, B Y")
or a parse that hangs the names on different words.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tools")]

from dev_chart import HELD_OUT  # noqa: E402  one list of the halves nobody tunes on
from devset import DEV_DIR, article_of, scorer_module  # noqa: E402

KINDS = ("list", "list-surface", "list-noent", "sibling", "sibling-apart", "other")
# the words a list may hold between two of its names (names themselves are blanked first)
_LIST_WORDS = {",", "and", "or", "as", "well", "along", "with", "together", "including", "such", "plus", "(", ")",
               ";", "both", "also", "the", "nor", "&", "-", "–", "—", "its", "their", "'s", "’s", "@", "other", "like",
               "among", "them", "notably", "especially", "respectively", "either", "neither", "of", "from", "in"}


def _key(sc, s, t, typ):
    return (typ, frozenset((s, t))) if typ in sc.UNDIRECTED else (typ, s, t)


def _listed_between(text: str) -> bool:
    """Whether ``text`` (two names apart, other names blanked to ``@``) holds only list words."""
    words = re.findall(r"[\w'’]+|[^\w\s]", text.lower())
    return bool(words) and len(words) <= 40 and all(w in _LIST_WORDS for w in words)


def _blank(text: str, offset: int, spans: list[tuple[int, int]]) -> str:
    """``text`` (starting at document offset ``offset``) with the character ``spans`` (document
    offsets) inside it replaced by ``@``."""
    out, at = [], offset
    for a, b in sorted(spans):
        if a < at or b > offset + len(text):
            continue
        out += [text[at - offset:a - offset], "@"]
        at = b
    return "".join(out) + text[at - offset:]


def _lift(tok):
    """A name's token, or the noun it modifies ("F-16" in "F-16 jets": "jets"), whose conjuncts list the others."""
    for _ in range(2):
        if tok.dep_ in {"compound", "nmod", "amod", "nummod"} and tok.head.pos_ == "NOUN":
            tok = tok.head
    return tok


def _link(doc, sent, ma: tuple[int, int, int, int], mb: tuple[int, int, int, int], names: list[tuple[int, int]]) -> str:
    """``conj`` / ``surface`` / ``""``: how two spans (token start, end, char start, end) of one sentence are listed."""
    from graph.relations.coordination import conjuncts

    ha, hb = _lift(doc[ma[0]:ma[1]].root), _lift(doc[mb[0]:mb[1]].root)
    if ha.i != hb.i and (hb in conjuncts(ha) or ha in conjuncts(hb)):
        return "conj"
    lo, hi = (ma, mb) if ma[2] <= mb[2] else (mb, ma)
    if lo[3] > hi[2]:
        return ""
    between = _blank(doc.text[lo[3]:hi[2]], lo[3], names)
    return "surface" if _listed_between(between) else ""


def _path(doc, a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> str:
    """The dependency path between two spans' roots ("conj<appos" style: up from ``a``, then down to ``b``)."""
    ha, hb = doc[a[0]:a[1]].root, doc[b[0]:b[1]].root
    up_a = [ha, *ha.ancestors]
    up_b = [hb, *hb.ancestors]
    common = next((t for t in up_a if t in up_b), None)
    if common is None:
        return "?"
    left = [t.dep_ for t in up_a[:up_a.index(common)]]
    right = [t.dep_ for t in up_b[:up_b.index(common)]]
    return "<".join(left) + "^" + common.lower_ + "^" + ">".join(reversed(right))


def _spans_of_name(doc, sent, gold_entity: dict) -> list[tuple[int, int, int, int]]:
    """Where the gold entity's name or an alias stands in ``sent`` (no mention found it)."""
    out = []
    text = sent.text
    for name in [gold_entity["name"], *gold_entity.get("aliases", [])]:
        if len(name) < 3:
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            cs, ce = sent.start_char + m.start(), sent.start_char + m.end()
            span = doc.char_span(cs, ce, alignment_mode="expand")
            if span is not None:
                out.append((span.start, span.end, cs, ce))
    return out


def classify(sc, gold_rel: dict, node_of: dict, gold_by_name: dict, rels: list, doc) -> tuple[str, str, str]:
    """(kind of :data:`KINDS`, the sibling's sentence, the sibling's rule and the dependency path from the
    missed end to the sibling's) for one missed gold relation of one article."""
    typ = gold_rel["type"]
    best = ("other", "", "")
    sents = list(doc.sents)
    starts = [s.start_char for s in sents]
    mentions = [m for m in doc._.mentions if m.entity]
    for list_gold, fixed_gold, list_is_source in ((gold_rel["source"], gold_rel["target"], True),
                                                  (gold_rel["target"], gold_rel["source"], False)):
        fixed = node_of.get(fixed_gold)
        if fixed is None:
            continue
        listed = node_of.get(list_gold)
        for r in rels:
            if r.type != typ:
                continue
            if typ in sc.UNDIRECTED:
                ends = {r.source, r.target}
                if fixed not in ends:
                    continue
                other = (ends - {fixed}) or {fixed}
                sib = next(iter(other))
            else:
                if (r.target if list_is_source else r.source) != fixed:
                    continue
                sib = r.source if list_is_source else r.target
            if sib == listed:
                continue
            k = max(i for i, s in enumerate(starts) if s <= r.evidence["start"])
            sent = sents[k]
            here = [m for m in mentions if sent.start <= m.start < sent.end]
            names = [(m.start_char, m.end_char) for m in here]
            sibs = [(m.start, m.end, m.start_char, m.end_char) for m in here if m.entity == sib]
            if listed is not None:
                mine = [(m.start, m.end, m.start_char, m.end_char) for m in here if m.entity == listed]
            else:
                mine = _spans_of_name(doc, sent, gold_by_name.get(list_gold, {"name": list_gold}))
                names += [(s[2], s[3]) for s in mine]
            kind, detail = "sibling-apart", f"rule={r.rule}"
            if mine and sibs:
                detail += " path=" + _path(doc, mine[0], sibs[0])
            if mine:
                links = {_link(doc, sent, a, b, names) for a in mine for b in sibs}
                if listed is None:
                    kind = "list-noent" if links - {""} else "sibling"
                else:
                    kind = "list" if "conj" in links else "list-surface" if "surface" in links else "sibling"
            if KINDS.index(kind) < KINDS.index(best[0]):
                best = (kind, sent.text, detail)
    return best


def run(half: str, keep: Path | None, show: bool) -> tuple[Counter, tuple[int, int, int]]:
    """Counts of ``half`` (kind, and "kind TYPE"), and its relation (tp, fp, fn)."""
    from graph.assemble import fragment
    from graph.pipeline import Pipeline
    from graph.store.interchange import write_graph
    from graph.text import read_document

    if half in HELD_OUT:
        raise SystemExit(f"{half} is held out")
    sc = scorer_module()
    seen: list = []

    class Recording(Pipeline):
        def process_doc(self, document, doc):
            doc.user_data["published"] = document.published
            entities = self.entities_of(doc)
            rels = self.relations_of(doc, entities, document.id)
            seen.append((doc, rels))
            return fragment(document, entities, rels, self.ref if self.enrich else None)

    gold_dir = DEV_DIR / half
    out_dir = keep / half if keep else Path(tempfile.mkdtemp(prefix=f"geopol-list-{half}-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    pipeline, counts, totals = Recording(), Counter(), [0, 0, 0]
    for gold_path in sorted(gold_dir.glob("*.json")):
        seen.clear()
        write_graph(pipeline.process(read_document(article_of(gold_path))), out_dir / gold_path.name)
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        nodes, edges = sc.load_graph(out_dir / gold_path.name)
        scored = sc.score_one(gold, nodes, edges)["relations"]
        totals = [totals[0] + scored["tp"], totals[1] + scored["fp"], totals[2] + scored["fn"]]
        mapping = sc.match_entities(gold["entities"], sc.entity_nodes(nodes, edges), False)
        node_of = {g: n for n, g in mapping.items() if isinstance(g, str)}
        found = {_key(sc, mapping.get(e["source"]), mapping.get(e["target"]), e["type"]) for e in edges
                 if e.get("type") not in sc.SKIP_EDGE_TYPES and e.get("evidence")}
        gold_by_name = {g["name"]: g for g in gold["entities"]}
        for r in gold["relations"]:
            if r.get("optional") or _key(sc, r["source"], r["target"], r["type"]) in found:
                continue
            kind, where, detail = "other", "", ""
            for doc, rels in seen:
                k, w, d = classify(sc, r, node_of, gold_by_name, rels, doc)
                if KINDS.index(k) < KINDS.index(kind):
                    kind, where, detail = k, w, d
            counts[kind] += 1
            counts[f"{kind} {r['type']}"] += 1
            if show and kind.startswith(("list", "sibling")) and kind != "sibling-apart":
                print(f"  [{gold_path.stem}] {kind} {r['source']} -{r['type']}-> {r['target']} {detail} | {where[:220]!r}")
    return counts, (totals[0], totals[1], totals[2])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("halves", nargs="+", help="development halves (tune, fresh, fresh2, ...)")
    ap.add_argument("--keep", type=Path, help="write each half's graphs to DIR/HALF")
    ap.add_argument("-s", "--show", action="store_true", help="print the list and sibling kinds' misses")
    args = ap.parse_args(argv)
    total: Counter = Counter()
    sums = [0, 0, 0]
    for half in args.halves:
        counts, (tp, fp, fn) = run(half, args.keep, args.show)
        total.update(counts)
        sums = [sums[0] + tp, sums[1] + fp, sums[2] + fn]
        p, r = tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{half:8} rel P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {tp} fp {fp} fn {fn}) | "
              + " ".join(f"{k} {counts[k]}" for k in KINDS), flush=True)
    print("all      " + " ".join(f"{k} {total[k]}" for k in KINDS))
    for kind in KINDS[:4]:
        by_type = sorted(((k.split()[1], v) for k, v in total.items() if k.startswith(kind + " ")), key=lambda kv: -kv[1])
        print(f"  {kind:13} " + ", ".join(f"{t} {v}" for t, v in by_type))


if __name__ == "__main__":
    main()
