"""Stage disagreements of matched SUPPLIES / OPERATES relations by cause, and what a merge or cue rule would do.

    python tools/stage_causes.py --halves tune fresh fresh2 ... --graphs ROOT

``ROOT/HALF/NAME.json`` are the graphs ``tests/devset.py`` writes per half (this tool never extracts). Counts only
(relations, halves), no sentence and no name:

* ``cause``: each disagreement put under the first cause of :data:`ORDER` it shows (:func:`cause_of`): several
  evidence sentences of which the wrong one decides, retirement or replacement, modality or choice, a future
  delivery date, a test, a lease, a negation, the OPERATES stage copied from a SUPPLIES of the same sentence that
  the gold splits from it (or not copied where copying would fix it), older purchases, partial deliveries, handover
  against use, else "other";
* ``cue``: every matched relation whose single evidence sentence holds a cue of :data:`CUES`, by system and gold
  stage: how often the cue is already read right (a rule on a cue read right 90% of the time fixes little);
* ``merge``: relations with evidence items of different stages: what the pipeline's choice gives against two other
  choices (items dated two or more years before publication do not decide; the headline's item does not decide);
* ``link``: OPERATES sharing an evidence sentence with a SUPPLIES to the same operator: same / different stage,
  and which is right.

Census of session 43: docs/process/stage-census-s43.md. The held-out halves are refused.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tools")]

import devset  # noqa: E402
from dev_chart import HELD_OUT  # noqa: E402

from graph.store.edges import _RANK as RANK  # noqa: E402  (the deal's course, as the store ranks reports of one day)

#: cue classes of the brief, each a pattern over the evidence sentence(s)
CUES: dict[str, str] = {
    "retire": r"\b(retir\w+|decommission\w*|phas\w+ out|replac\w+|withdraw\w*|withdrawn|scrapp\w+|lost|aground|sank"
              r"|sunk|take over from|leaves? service|halted)\b",
    "modality": r"\b(will|would|could|should|plans? to|planned to|intends? to|expects? to|is expected to|are expected"
                r" to|aims? to|wants? to|is to|are to|set to|letter of intent|chosen|chose|picks?|picked|selected"
                r"|offer\w*|promised|pledged?|approved|possible sale)\b",
    "future": r"\b(due (to|from|by|in|next)|from next year|by (the end of )?20[2-5]\d|next year|later in the decade"
              r"|deliveries (will|are to|are due|should))\b",
    "trial": r"\b(trials?|testing|tested|tests?|evaluat\w+|prototype)\b",
    "lease": r"\b(leas\w+|on loan|loaned|rent\w*)\b",
    "negation": r"\b(not|never|no longer|yet to)\b",
    "partial": r"\b(first|second|third|remaining|rest|batch|of the \w+|more to come|still to come|began receiving"
               r"|arriving|arrive|landed|land)\b",
}
#: the causes, in the order a disagreement is tried against them
ORDER = ("no system stage", "several evidence sentences, a wrong one decides", "retired / replaced / lost / halted",
         "modality / intent / choice", "future delivery date", "test or trial", "lease", "negation",
         "OPERATES copies its SUPPLIES stage (gold splits them)", "OPERATES not copied from its SUPPLIES",
         "older purchase or handover, gold in_service", "partial delivery, cue not read",
         "partial delivery, no cue in the evidence", "handover against use (delivered <-> in_service)", "other")


def has(cue: str, text: str) -> bool:
    """Whether ``text`` holds the cue class ``cue``.

    >>> has("modality", "Ruritania will buy twelve jets."), has("modality", "Ruritania bought twelve jets.")
    (True, False)
    """
    return re.search(CUES[cue], text, re.I) is not None


def cause_of(gold: str, system: str | None, items: list[tuple[str | None, str | None, str]], published_year: int,
             supplies: list[tuple[str | None, str | None]] = ()) -> str:
    """The first cause of :data:`ORDER` a disagreement shows. ``items``: (stage, when, sentence) per evidence item;
    ``supplies``: (system stage, gold stage) of the SUPPLIES to the same operator sharing an evidence sentence.

    >>> cause_of("planned", "ordered", [("ordered", "2024", "Ruritania would buy 12 jets.")], 2024)
    'modality / intent / choice'
    >>> cause_of("retired", "in_service", [("in_service", "2024", "The Xs, which replaced the Y, fly on.")], 2024)
    'retired / replaced / lost / halted'
    >>> cause_of("in_service", "delivered", [("delivered", "2024", "Ruritania got the jets.")], 2024,
    ...          [("delivered", "delivered")])
    'OPERATES copies its SUPPLIES stage (gold splits them)'
    """
    sents = list(dict.fromkeys(s for _, _, s in items))
    text = " ".join(sents)
    years = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text)]
    if system is None:
        return ORDER[0]
    if len(sents) > 1 and gold in {st for st, _, _ in items}:
        return ORDER[1]
    if has("retire", text) and (gold in ("retired", "planned", "ordered") or system == "retired"):
        return ORDER[2]
    if has("modality", text) and (gold in ("planned", "negotiating") or system in ("planned", "negotiating")):
        return ORDER[3]
    if gold in ("ordered", "planned", "delivering") and (any(y > published_year for y in years) or has("future", text)):
        return ORDER[4]
    for n, cue in ((5, "trial"), (6, "lease"), (7, "negation")):
        if has(cue, text):
            return ORDER[n]
    if any(s == system for s, _ in supplies) and any(g not in (None, gold) for _, g in supplies):
        return ORDER[8]
    if any(s == gold for s, _ in supplies):
        return ORDER[9]
    if gold == "in_service" and system in ("delivered", "ordered") and years and min(years) <= published_year - 2:
        return ORDER[10]
    if gold == "delivering":
        return ORDER[11] if has("partial", text) else ORDER[12]
    if {gold, system} == {"delivered", "in_service"}:
        return ORDER[13]
    return ORDER[14]


def _old(item: dict, year: int, years: int = 2) -> bool:
    """Whether an evidence item is dated (closed) ``years`` or more before the publication year."""
    when = str(item.get("when") or "")
    if not when or when.endswith("/"):
        return False
    m = re.match(r"(\d{4})", when.split("/")[-1] or when)
    return bool(m) and int(m.group(1)) <= year - years


def census(halves: list[str], graphs: Path) -> dict[str, dict]:
    """The four tables of the module doc, each key -> [relations, set of halves]."""
    sc = devset.scorer_module()
    tables: dict[str, dict] = {n: defaultdict(lambda: [0, set()]) for n in ("cause", "cue", "merge", "link")}

    def add(table: str, key: tuple, half: str) -> None:
        tables[table][key][0] += 1
        tables[table][key][1].add(half)

    for half in halves:
        for gp in sorted((devset.DEV_DIR / half).glob("*.json")):
            path = graphs / half / gp.name
            if not path.exists():
                continue
            gold = json.loads(gp.read_text(encoding="utf-8"))
            nodes, edges = sc.load_graph(path)
            mapping = sc.match_entities(gold["entities"], sc.entity_nodes(nodes, edges), False)
            docs = [n for n in (nodes.values() if isinstance(nodes, dict) else nodes) if n.get("label") == "Document"]
            published = next((str(n["published"]) for n in docs if n.get("published")), "")
            title = next((n["title"].strip() for n in docs if n.get("title")), None)
            year = int(published[:4]) if published[:4].isdigit() else 0
            by_pair: dict[tuple, dict] = {}
            for e in edges:  # as score.py: the first edge with evidence per pair
                s, t = mapping.get(e["source"]), mapping.get(e["target"])
                if e.get("evidence") and isinstance(s, str) and isinstance(t, str):
                    by_pair.setdefault((e["type"], s, t), e)
            gold_by = {(r["type"], r["source"], r["target"]): r for r in gold["relations"]}
            for r in gold["relations"]:
                key = (r["type"], r["source"], r["target"])
                e = by_pair.get(key)
                if e is None or r["type"] not in ("OPERATES", "SUPPLIES") or not r.get("stage"):
                    continue
                ev = e.get("evidence") or []
                items = [(x.get("stage"), x.get("when"), x.get("sentence") or "") for x in ev]
                sents = {s for _, _, s in items}
                G, S = r["stage"], e.get("stage")
                supplies = []
                if r["type"] == "OPERATES":
                    for k2, e2 in by_pair.items():
                        if k2[0] == "SUPPLIES" and k2[2] == r["source"] and sents & {
                                x.get("sentence") for x in e2.get("evidence") or []}:
                            supplies.append((e2.get("stage"), gold_by.get(k2, {}).get("stage")))
                            add("link", ("same stage" if e2.get("stage") == S else "different stage",
                                         "OPERATES right" if S == G else "OPERATES wrong",
                                         "SUPPLIES stage = gold" if e2.get("stage") == G else "SUPPLIES stage != gold"),
                                half)
                if len(sents) == 1:
                    for cue in CUES:
                        if has(cue, next(iter(sents))):
                            add("cue", (cue, r["type"], f"system {S}", f"gold {G}"), half)
                stages = [st for st, _, _ in items if st in RANK]
                if len(set(stages)) > 1 and S in stages:
                    for name, keep in (("old items do not decide", [x for x in ev if not _old(x, year)]),
                                       ("headline does not decide", [x for x in ev if title is None
                                                                     or (x.get("sentence") or "").strip() != title])):
                        kept = [x.get("stage") for x in keep if x.get("stage") in RANK]
                        if kept and len(kept) < len(stages) and S == max(stages, key=RANK.get):
                            new = max(kept, key=RANK.get)
                            if new != S:
                                add("merge", (name, "was right" if S == G else "was wrong",
                                              "now right" if new == G else "now wrong"), half)
                if S != G:
                    add("cause", (cause_of(G, S, items, year, supplies),), half)
    return tables


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--halves", nargs="+", required=True, help="development halves, named one by one")
    ap.add_argument("--graphs", type=Path, required=True, help="ROOT of graphs per half (ROOT/HALF/NAME.json)")
    args = ap.parse_args(argv)
    if set(args.halves) & set(HELD_OUT):
        sys.exit(f"stage_causes: held-out halves are never read: {sorted(set(args.halves) & set(HELD_OUT))}")
    for name, table in census(args.halves, args.graphs).items():
        print(f"== {name} (relations, halves)")
        for key, (n, hs) in sorted(table.items(), key=lambda kv: (str(kv[0][0]) if name == "cue" else "",
                                                                  -len(kv[1][1]), -kv[1][0], str(kv[0]))):
            print(f"{n:4d} {len(hs):3d}  {' / '.join(map(str, key))}")


if __name__ == "__main__":
    main(sys.argv[1:])
