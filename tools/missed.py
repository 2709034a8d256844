"""Missed gold relations of a development half, for the tools that ask why they are missed
(``tools/cross_sentence.py``, ``tools/discourse_reach.py``): runs the pipeline over every article
with its gold, scores with ``../shared/eval/score.py``'s own matching and yields each required gold
relation the graph lacks, with the graph node ids of its two ends (``None`` where an end is no
entity) and the parsed sentences' documents and entities the pipeline saw.

    for gold_path, r, a, b, seen in missed(Path("tests/data/dev/fresh3")):
        ...
"""
from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tools")]

from dev_chart import HELD_OUT  # noqa: E402  one list of the halves nobody tunes on
from devset import article_of, scorer_module  # noqa: E402


def missed(gold_dir: Path) -> Iterator[tuple[Path, dict, str | None, str | None, list]]:
    """(gold file, gold relation, source node id, target node id, [(doc, entities), ...]) for every
    required gold relation of ``gold_dir`` the pipeline's graph does not hold."""
    if gold_dir.name in HELD_OUT:
        raise SystemExit(f"{gold_dir.name} is held out")
    from graph.assemble import fragment
    from graph.pipeline import Pipeline
    from graph.store.interchange import write_graph
    from graph.text import read_document

    sc = scorer_module()
    seen: list = []

    class Recording(Pipeline):
        def process_doc(self, document, doc):
            from graph.entities import resolve
            from graph.relations import extract

            doc.user_data["published"] = document.published
            entities = resolve(doc, self.ref)
            seen.append((doc, entities))
            return fragment(document, entities, extract(doc, entities, document.id), self.ref if self.enrich else None)

    pipeline, tmp = Recording(), Path(tempfile.mkdtemp(prefix="geopol-missed-"))
    for gold_path in sorted(gold_dir.glob("*.json")):
        seen.clear()
        write_graph(pipeline.process(read_document(article_of(gold_path))), tmp / gold_path.name)
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        nodes, edges = sc.load_graph(tmp / gold_path.name)
        mapping = sc.match_entities(gold["entities"], sc.entity_nodes(nodes, edges), False)
        node_of = {g: n for n, g in mapping.items() if isinstance(g, str)}

        def key(s, t, typ):
            return (typ, frozenset((s, t))) if typ in sc.UNDIRECTED else (typ, s, t)

        found = {key(mapping.get(e["source"]), mapping.get(e["target"]), e["type"]) for e in edges
                 if e.get("type") not in sc.SKIP_EDGE_TYPES and e.get("evidence")}
        for r in gold["relations"]:
            if not r.get("optional") and key(r["source"], r["target"], r["type"]) not in found:
                yield gold_path, r, node_of.get(r["source"]), node_of.get(r["target"]), seen
