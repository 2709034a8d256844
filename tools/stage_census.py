"""Count the stage disagreements of matched SUPPLIES / OPERATES relations, pooled over dev halves, by cause.

    python tools/stage_census.py --halves tune fresh fresh2 ... [--graphs ROOT] [--cue retire]

``--graphs ROOT`` reuses graphs written per half (``ROOT/HALF/NAME.json``, as ``tests/devset.py`` writes them);
else each half is extracted into a temporary directory. Prints counts only (no sentence, no name):

* ``disagree``: (type, gold stage, system stage) -> relations, halves;
* ``cause``: each disagreement by the cue class that would explain the gold stage (``CUES``: "retired" by a
  verb of leaving service, "delivering" by a partial delivery, ...) and where it sits: in the relation's own
  evidence, only in another sentence of the article naming the pair (OPERATES: the platform; SUPPLIES: both
  ends), or nowhere;
* ``--cue NAME``: for every matched relation with a gold stage whose own evidence or another sentence holds the
  cue class NAME, (type, where, gold stage, system stage) -> relations, halves: how often a rule reading that
  cue would be right, and how often the system already is.

The held-out halves are refused. Census of session 38: the stage disagreements are spread one or two per
cause; see the branch's report.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tools")]

import devset  # noqa: E402
from dev_chart import HELD_OUT  # noqa: E402  (one list of the halves nobody tunes on)

#: cue classes, each the stage it explains and a pattern over a sentence's words
CUES: dict[str, tuple[str, str]] = {
    "retire": ("retired", r"\b(was|were|been|being) (decommissioned|retired|withdrawn|scrapped|stood down|phased out)\b"
                          r"|\b(retired|decommissioned|scrapped|withdrew) (its|their|the)\b|\bwhich replaced\b"
                          r"|\bhave replaced\b|\bleft service\b|\bfarewell\b"),
    "partial": ("delivering", r"\bfirst (\w+ )?of (the |its )?\w+\b|\bdeliveries (began|started|have begun|continue)\b"
                              r"|\b(remaining|rest of the)\b.{0,40}\b(due|to follow|expected|will arrive|by 20\d\d)\b"
                              r"|\b(first|initial|second) batch\b|\bstill to come\b"),
    "handover": ("delivered", r"\b(delivered|handed (\w+ )?over|took delivery|received|arrived|commissioned|inducted)\b"),
    "order": ("ordered", r"\b(ordered|signed|contract|on order|bought|purchased|acquired)\b"),
    "plan": ("planned", r"\b(plans?|planned|intends?|will buy|selected|chose|chosen|approved|requested|wants?|picked)\b"),
    "use": ("in_service", r"\b(flies|flown|fields|fielded|operates|operated|uses|in service|relies|has|have)\b"),
}
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def sentences(text: str) -> list[str]:
    """The text's sentences, split at end punctuation and line breaks (a census needs no parser)."""
    return [s for s in _SENTENCE.split(text) if s.strip()]


def cue_classes(sentence: str) -> set[str]:
    """The cue classes (``CUES``) a sentence holds.

    >>> sorted(cue_classes("The last two frigates were decommissioned on Monday."))
    ['retire']
    >>> sorted(cue_classes("The first of twelve jets arrived in May; the remaining ten are due by 2027."))
    ['handover', 'partial']
    """
    return {name for name, (_, pat) in CUES.items() if re.search(pat, sentence, re.I)}


def where(cue: str, own: list[str], others: list[str]) -> str:
    """"own" when the relation's evidence holds the cue class, "other" when only another sentence does, else "none".

    >>> where("retire", ["Ruritania flies the Kestrel."], ["The Kestrels were retired in May."])
    'other'
    """
    if any(cue in cue_classes(s) for s in own):
        return "own"
    return "other" if any(cue in cue_classes(s) for s in others) else "none"


def pair_sentences(text: str, own: list[str], rel_type: str, source: list[str], target: list[str]) -> list[str]:
    """The article's other sentences naming the pair: the platform for OPERATES, both ends for SUPPLIES."""
    def names(forms: list[str], s: str) -> bool:
        return any(f in s for f in forms if len(f) > 3)

    joined = " ".join(own)
    return [s for s in sentences(text) if s not in joined and names(target, s)
            and (rel_type == "OPERATES" or names(source, s))]


def census(halves: list[str], graphs: Path | None, cue: str | None) -> dict[str, Counter]:
    """The three tables of the module doc, each key -> [relations, set of halves]."""
    sc = devset.scorer_module()
    tables: dict[str, dict] = {"disagree": defaultdict(lambda: [0, set()]), "cause": defaultdict(lambda: [0, set()]),
                               "cue": defaultdict(lambda: [0, set()])}
    for half in halves:
        gold_dir = devset.DEV_DIR / half
        with tempfile.TemporaryDirectory(prefix=f"stage-{half}-") as tmp:
            graph_dir = graphs / half if graphs else Path(tmp)
            if not graphs:
                devset.build_graphs(gold_dir, graph_dir)
            for gp in sorted(gold_dir.glob("*.json")):
                path = graph_dir / gp.name
                if not path.exists():
                    continue
                gold = json.loads(gp.read_text(encoding="utf-8"))
                text = devset.article_of(gp).read_text(encoding="utf-8")
                nodes, edges = sc.load_graph(path)
                mapping = sc.match_entities(gold["entities"], sc.entity_nodes(nodes, edges), False)
                by_pair = {}
                for e in edges:
                    s, t = mapping.get(e["source"]), mapping.get(e["target"])
                    if isinstance(s, str) and isinstance(t, str):
                        by_pair[(e["type"], s, t)] = e
                forms = {g["name"]: [g["name"], *(g.get("aliases") or [])] for g in gold["entities"]}
                for r in gold["relations"]:
                    e = by_pair.get((r["type"], r["source"], r["target"]))
                    if e is None or not r.get("stage") or r["type"] not in ("OPERATES", "SUPPLIES"):
                        continue
                    own = [x.get("sentence") or "" for x in e.get("evidence") or []]
                    others = pair_sentences(text, own, r["type"], forms.get(r["source"], []), forms.get(r["target"], []))
                    if cue:
                        at = where(cue, own, others)
                        if at != "none":
                            _add(tables["cue"], (r["type"], at, r["stage"], e.get("stage")), half)
                    if e.get("stage") == r["stage"]:
                        continue
                    _add(tables["disagree"], (r["type"], r["stage"], e.get("stage")), half)
                    wanted = next((n for n, (stage, _) in CUES.items() if stage == r["stage"]), None)
                    at = where(wanted, own, others) if wanted else "none"
                    _add(tables["cause"], (r["type"], r["stage"], e.get("stage"), wanted, at), half)
    return tables


def _add(table: dict, key: tuple, half: str) -> None:
    table[key][0] += 1
    table[key][1].add(half)


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--halves", nargs="+", required=True, help="development halves, named one by one")
    ap.add_argument("--graphs", type=Path, help="ROOT of graphs per half (ROOT/HALF/NAME.json)")
    ap.add_argument("--cue", choices=sorted(CUES), help="also count every relation whose text holds this cue class")
    args = ap.parse_args(argv)
    if set(args.halves) & set(HELD_OUT):
        sys.exit(f"stage_census: held-out halves are never read: {sorted(set(args.halves) & set(HELD_OUT))}")
    for name, table in census(args.halves, args.graphs, args.cue).items():
        if not table:
            continue
        print(f"== {name} (relations, halves)")
        for key, (n, hs) in sorted(table.items(), key=lambda kv: (-len(kv[1][1]), -kv[1][0], str(kv[0]))):
            print(f"{n:4d} {len(hs):3d}  {' / '.join(map(str, key))}")


if __name__ == "__main__":
    main(sys.argv[1:])
