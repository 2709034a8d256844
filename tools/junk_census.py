"""List the junk nodes of development halves' merged stores with what sorting them by kind needs.

For each half named, ingests its articles into one store (as ``tests/devset.py HALF --merged``
does), scores it with ``score.py --merged`` and prints one tab-separated line per junk node:
half, its kind (a rough sort: generic event, document, headline line, fragment, true entity with or
without relations), label, name, the number of text relations it carries (with evidence), their types, and
the first sentence it was mentioned in. Development halves only (never check or a held-out half).

    python tools/junk_census.py tune fresh fresh2 ... [--keep DIR] [--reuse] [--kinds] [--graphs DIR]

``--graphs DIR`` builds each half's merged store from per-article graphs kept earlier (``DIR/HALF/NAME.json``,
as ``tests/devset.py`` or ``tools/node_census.py --keep`` write them) instead of extracting again: the store
merges the same fragments an ingest would.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from dev_chart import HELD_OUT  # noqa: E402  one list of the halves nobody tunes on
from devset import DEV_DIR, build_merged, scorer_module  # noqa: E402


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` around the span [start, end)."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
    return " ".join(text[left:right + 1].split())


def first_mention(node: dict, docs: list[dict]) -> tuple[str, str, int, str]:
    """(article stem, its text, offset, surface) of the first mention of the node's name or an alias."""
    for doc in docs:
        text = Path(doc.get("path", "")).read_text(encoding="utf-8") if doc.get("path") else ""
        for name in [node.get("name", "")] + sorted(node.get("aliases") or [], key=len, reverse=True):
            at = text.find(name) if name else -1
            if at >= 0:
                return Path(doc["path"]).stem[:3], text, at, name
    return (Path(docs[0].get("path", "?")).stem[:3] if docs else "?"), "", -1, ""


DOC_WORDS = {"Treaty", "Agreement", "Accord", "Accords", "Declaration", "Charter", "Review", "Policy", "Act",
             "Document", "Convention", "Protocol", "Strategy", "Initiative"}
WIDE_PLACES = {"supra_region", "ocean", "sea"}


@cache
def place_kinds() -> dict[str, str]:
    """Catalogue kind (city, region, supra_region, ocean ...) of every catalogued place name and alias."""
    kinds: dict[str, str] = {}
    for path in sorted((ROOT / "graph" / "reference" / "data").glob("places*.csv")):
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                for name in [row["name"], *(row.get("aliases") or "").split("|")]:
                    kinds.setdefault(name, row["kind"]) if name else None
    return kinds


def kind_of(label: str, name: str, relations: int, text: str, at: int, surface: str) -> str:
    """The kind of one junk node, from its name and the text around its first mention."""
    line_start = text.rfind("\n", 0, at) + 1 if at >= 0 else 0
    line = text[line_start:text.find("\n", at) if at >= 0 and text.find("\n", at) >= 0 else len(text)]
    before = text[max(0, at - 2):at] if at >= 0 else ""
    after_text = text[at + len(surface):] if at >= 0 else ""
    after = after_text.split()[0] if after_text.split() else ""
    if label == "Event" and name[:1].islower():
        return "generic event noun named by place/date"
    if name.split()[-1] in DOC_WORDS or (after in DOC_WORDS and not after_text.startswith((",", "."))):
        return "document/treaty/policy (or a place naming one)"
    if line.lstrip("<#* ").lower().startswith(("title", "source", "h1", "h2", "headline")) or \
            (line.strip() and line.strip()[-1:] not in ".!?\"'>:" and len(line.split()) < 16):
        return "headline, title or outlet line"
    if after_text[:1] == "-" and after_text[1:2].isalpha() or (before[-1:] == "-" and before[:1].isalpha()) or \
            (after_text[:1] == " " and after[:1].isupper() and after.isalpha()):
        return "opening or tail of a longer name (fragment)"
    if relations:
        return f"true entity, with relations: {label}"
    if label == "Place":
        wide = place_kinds().get(name) in WIDE_PLACES
        return "true entity, no relation: Place (" + ("region/ocean/sea" if wide else "site") + ")"
    return f"true entity, no relation: {label}"


def merged_from_graphs(gold_dir: Path, graph_dir: Path, store_dir: Path) -> Path:
    """One store merged from the kept per-article graphs of ``gold_dir``'s articles; its exported graph.json."""
    from graph.store import Store
    from graph.store.interchange import write_graph
    from graph.store.store import load_json

    store = Store(store_dir)
    parts = []
    for gold in sorted(gold_dir.glob("*.json")):
        part = load_json(graph_dir / gold.name)
        doc = next((n for n, a in part.nodes(data=True) if a.get("label") == "Document"), None)
        parts.append((doc, part))
    store.add_documents(parts)
    out = store_dir / "merged.json"
    write_graph(store.graph, out)
    return out


def census(half: str, work: Path, rebuild: bool = True, graphs: Path | None = None) -> list[tuple]:
    """(half, kind, label, name, text relation count, relation types, sentence) for each junk node of ``half``."""
    gold_dir = DEV_DIR / half
    merged = work / half / "store" / "merged.json"
    if graphs is not None:
        merged = merged_from_graphs(gold_dir, graphs / half, work / half / "store")
    elif rebuild or not merged.exists():
        merged = build_merged(gold_dir, work / half / "store")
    score = scorer_module()
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))]
    nodes, edges = score.load_graph(merged)
    result = score.score_merged(golds, nodes, edges)
    by_id = {n["id"]: n for n in nodes}
    junk = set(result["junk"])
    rows = []
    for node in score.entity_nodes(nodes, edges):
        shown = f"{node.get('label')}:{node.get('name')}"
        if shown not in junk:
            continue
        rels = [e for e in edges if node["id"] in (e["source"], e["target"]) and e.get("evidence")]
        docs = [by_id.get(e["target"], {}) for e in edges if e["source"] == node["id"] and e.get("type") == "MENTIONED_IN"]
        stem, text, at, surface = first_mention(node, docs)
        sentence = f"{stem}: " + (sentence_at(text, at, at + len(surface)) if at >= 0 else "?")
        types = Counter(e["type"] for e in rels)
        kind = kind_of(node.get("label", ""), node.get("name", ""), len(rels), text, at, surface)
        rows.append((half, kind, node.get("label"), node.get("name"), len(rels),
                     ",".join(f"{k}x{v}" for k, v in types.items()), sentence[:300]))
    print(f"# {half}: {result['nodes']} nodes, junk {len(result['junk'])} ({result['junk_rate']:.1%}), "
          f"dup {len(result['duplicates'])} ({result['duplicate_rate']:.1%})", file=sys.stderr, flush=True)
    return rows


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("halves", nargs="+")
    ap.add_argument("--keep", type=Path, help="keep the stores in this directory")
    ap.add_argument("--reuse", action="store_true", help="score the stores kept in --keep again")
    ap.add_argument("--kinds", action="store_true", help="print the table of kinds by half, not the nodes")
    ap.add_argument("--graphs", type=Path, help="build the merged stores from per-article graphs kept in DIR/HALF")
    a = ap.parse_args(argv)
    if any(h in HELD_OUT for h in a.halves):
        ap.error("held-out halves are never listed")
    work = a.keep or Path(tempfile.mkdtemp(prefix="geopol-junk-"))
    table: dict[str, Counter] = defaultdict(Counter)
    for half in a.halves:
        for row in census(half, work, rebuild=not a.reuse, graphs=a.graphs):
            table[row[1]][half] += 1
            if not a.kinds:
                print("\t".join(map(str, row)), flush=True)
    if a.kinds:  # one line per kind: total, then per half
        print(f"{'kind':58} total " + " ".join(h.replace("fresh", "f") for h in a.halves))
        for kind, per in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
            print(f"{kind:58} {sum(per.values()):5} " + " ".join(f"{per[h]:{len(h.replace('fresh', 'f'))}}"
                                                              for h in a.halves))


if __name__ == "__main__":
    main()
