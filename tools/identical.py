"""Byte-identity check for speed work: the extractor's graphs before and after a change.

``record DIR`` extracts every article of the development sets (``tune`` and ``fresh`` to ``fresh6``,
with ``--check`` also the held-out ``check``) and the seeds, one pipeline for all, and writes each
graph's canonical JSON (``graph.json``'s text) to ``DIR/<set>/<article>.json``, plus
``DIR/digests.json``: the sha256 of the canonical text and of a strict text (node-link data in
insertion order, attribute order kept) for every graph. ``compare DIR`` extracts again and reports
every graph whose canonical text differs (and, as a warning, those whose only change is the order
of insertion). The check half is compared opaquely: only its digests are stored, and only a count
of differing graphs is ever printed (no file names, no content).

    python tools/identical.py record /tmp/ident-base [--check]
    python tools/identical.py compare /tmp/ident-base [--check]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import orjson

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "data" / "dev"
VISIBLE = ("tune", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6")
ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm"}


def articles(folder: Path) -> list[Path]:
    """The article files of a folder (not gold JSON, not the SOURCES notes), sorted."""
    return sorted(p for p in folder.iterdir()
                  if p.suffix in ARTICLE_SUFFIXES and not p.name.startswith("SOURCES"))


def sets(check: bool) -> list[tuple[str, list[Path]]]:
    found = [("seeds", articles(ROOT / "seeds"))] + [(name, articles(DEV / name)) for name in VISIBLE]
    if check:
        found.append(("check", articles(DEV / "check")))
    return found


def texts(g: nx.MultiDiGraph) -> tuple[str, str]:
    """(canonical, strict) JSON text of one graph."""
    from graph.store.interchange import to_node_link

    canonical = orjson.dumps(to_node_link(g)).decode() + "\n"
    strict = orjson.dumps(nx.node_link_data(g, edges="edges"), default=repr).decode()
    return canonical, strict


def extract(check: bool) -> Iterator[tuple[str, str, str, str]]:
    """``(set, article name, canonical, strict)`` for every article."""
    from graph.pipeline import Pipeline
    from graph.text import read_document

    pipeline = Pipeline()
    for name, paths in sets(check):
        documents = [read_document(p) for p in paths]
        for document, part in pipeline.process_many(documents):
            if not isinstance(part, nx.MultiDiGraph):
                detail = "" if name == "check" else f" ({Path(document.path).name}: {part})"
                raise SystemExit(f"{name}: an extraction failed: {type(part).__name__}{detail}")
            stem = Path(document.path).stem
            yield (name, sha(stem)[:16] if name == "check" else stem, *texts(part))


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def record(out: Path, check: bool) -> None:
    digests: dict[str, dict[str, list[str]]] = {}
    for name, stem, canonical, strict in extract(check):
        if name != "check":
            (out / name).mkdir(parents=True, exist_ok=True)
            (out / name / f"{stem}.json").write_text(canonical, encoding="utf-8")
        digests.setdefault(name, {})[stem] = [sha(canonical), sha(strict)]
    (out / "digests.json").write_text(json.dumps(digests, indent=1, sort_keys=True), encoding="utf-8")
    print(f"recorded {sum(len(v) for v in digests.values())} graphs in {out}")


def compare(base: Path, check: bool) -> int:
    digests = json.loads((base / "digests.json").read_text(encoding="utf-8"))
    same = differ = order_only = 0
    hidden_differ = 0
    seen: dict[str, set[str]] = {}
    for name, stem, canonical, strict in extract(check):
        seen.setdefault(name, set()).add(stem)
        old = digests.get(name, {}).get(stem)
        if old is None or old[0] != sha(canonical):
            differ += 1
            if name == "check":
                hidden_differ += 1
            else:
                print(f"DIFFERS: {name}/{stem}" + ("" if old else " (new article)"))
        else:
            same += 1
            if old[1] != sha(strict):
                order_only += 1
                if name != "check":
                    print(f"order of insertion only: {name}/{stem}")
    missing = sum(len(set(v) - seen.get(k, set())) for k, v in digests.items() if check or k != "check")
    if hidden_differ:
        print(f"check: {hidden_differ} graph(s) differ")
    print(f"identical: {same}, differing: {differ}, missing: {missing}, insertion order changed: {order_only}")
    return 1 if differ or missing else 0


def main() -> None:
    sys.path.insert(0, str(ROOT))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("action", choices=("record", "compare"))
    ap.add_argument("dir", type=Path)
    ap.add_argument("--check", action="store_true", help="also the held-out check half, opaquely")
    args = ap.parse_args()
    if args.action == "record":
        record(args.dir, args.check)
    else:
        sys.exit(compare(args.dir, args.check))


if __name__ == "__main__":
    main()
