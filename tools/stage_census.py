"""Count the stage disagreements of matched SUPPLIES / OPERATES relations, pooled over dev halves, by cause.

    python tools/stage_census.py --halves tune fresh fresh2 ... [--graphs ROOT] [--cue retire]

``--graphs ROOT`` reuses graphs written per half (``ROOT/HALF/NAME.json``, as ``tests/devset.py`` writes them);
else each half is extracted into a temporary directory. Prints counts only (no sentence, no name):

* ``disagree``: (type, gold stage, system stage) -> relations, halves;
* ``cause``: each disagreement by the cue class that would explain the gold stage (``CUES``: "retired" by a
  verb of leaving service, "delivering" by a partial delivery, ...) and where it sits (``where``): in the
  relation's own evidence, else in the article's headline, else in the sentence right after an evidence
  sentence, else only in another sentence of the article naming the pair (OPERATES: the platform; SUPPLIES:
  both ends), or nowhere;
* ``gap``: each disagreement by the years between its latest dated evidence and ``published`` (``gap_bucket``):
  a date relative to publication;
* ``stageless``: matched relations whose gold has a stage and the system none (the scorer counts them as
  disagreements), and the reverse (the scorer does not count them);
* ``--cue NAME``: for every matched relation with a gold stage whose own evidence or another sentence holds the
  cue class NAME, (type, where, gold stage, system stage) -> relations, halves: how often a rule reading that
  cue would be right, and how often the system already is.

The held-out halves are refused. Censuses: docs/process/stage-census-s38.md (35 halves) and
docs/process/stage-census-s41.md (38 halves): the disagreements are spread one to three halves per shape.
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
    "talks": ("negotiating", r"\b(negotiat\w*|talks|discussions|finalis\w*|finaliz\w*|final stage)\b"),
    "cancel": ("cancelled", r"\b(cancel\w*|scrapped (the|its) (plan|order|deal)|dropped (its|the) plan|abandon\w*)\b"),
    "order": ("ordered", r"\b(ordered|signed|contract|on order|bought|purchased|acquired)\b"),
    "plan": ("planned", r"\b(plans?|planned|intends?|will buy|selected|chose|chosen|approved|requested|wants?|picked)\b"),
    "use": ("in_service", r"\b(flies|flown|fields|fielded|operates|operated|uses|in service|relies|has|have)\b"),
}
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
#: lines that carry an article's headline in its source format (Markdown, front matter, HTML)
_HEADLINE = re.compile(r"^\s*(#\s+|title:\s*)(?P<text>.+)$|<(title|h1)[^>]*>(?P<html>[^<]+)<", re.I | re.M)


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


def headlines(text: str) -> list[str]:
    """The article's headline lines (Markdown heading, front-matter title, HTML title or h1), else its first line.

    >>> headlines("---\\ntitle: Navy retires its last frigates\\n---\\nBody.")
    ['Navy retires its last frigates']
    >>> headlines("Ruritania buys jets\\n\\nThe deal ...")
    ['Ruritania buys jets']
    """
    found = [re.sub(r"^[\"']|[\"']$", "", (m.group("text") or m.group("html")).strip()).strip()
             for m in _HEADLINE.finditer(text[:3000])]
    if found:
        return found
    first = next((line for line in text.splitlines() if line.strip()), "")
    return [first.strip()]


def next_sentences(text: str, own: list[str]) -> list[str]:
    """The sentences right after each evidence sentence in the article (the evidence itself left out)."""
    sents = sentences(text)
    joined = " ".join(own)
    out = []
    for i, s in enumerate(sents[:-1]):
        if s.strip() and s.strip() in joined and sents[i + 1] not in joined:
            out.append(sents[i + 1])
    return out


def where(cue: str, own: list[str], others: list[str], heads: list[str] = (), nexts: list[str] = ()) -> str:
    """Where the cue class sits, nearest first: "own" (the relation's evidence), "headline", "next" (the sentence
    after an evidence sentence), "other" (another sentence naming the pair), else "none".

    >>> where("retire", ["Ruritania flies the Kestrel."], ["The Kestrels were retired in May."])
    'other'
    >>> where("retire", ["Ruritania flies the Kestrel."], [], ["Ruritania bids farewell to the Kestrel"])
    'headline'
    """
    for name, group in (("own", own), ("headline", heads), ("next", nexts), ("other", others)):
        if any(cue in cue_classes(s) for s in group):
            return name
    return "none"


def gap_bucket(whens: list[str | None], published: str | None) -> str:
    """Years from the latest dated evidence to ``published``: "none" (no date), "<=0", "1", "2", "3-5", "6+".

    >>> gap_bucket(["2019-05", "2016"], "2024-03-01")
    '3-5'
    >>> gap_bucket([None], "2024-03-01")
    'none'
    """
    years = [int(str(w)[:4]) for w in whens if w and re.match(r"\d{4}", str(w))]
    if not years or not published:
        return "none"
    g = int(published[:4]) - max(years)
    return "<=0" if g <= 0 else "1" if g == 1 else "2" if g == 2 else "3-5" if g <= 5 else "6+"


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
    tables: dict[str, dict] = {name: defaultdict(lambda: [0, set()])
                               for name in ("disagree", "cause", "gap", "stageless", "cue")}
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
                doc = gold.get("document")
                published = doc.get("published") if isinstance(doc, dict) else None
                text = devset.article_of(gp).read_text(encoding="utf-8")
                heads = headlines(text)
                nodes, edges = sc.load_graph(path)
                mapping = sc.match_entities(gold["entities"], sc.entity_nodes(nodes, edges), False)
                by_pair = {}
                for e in edges:  # as score.py: the first edge with evidence per pair
                    s, t = mapping.get(e["source"]), mapping.get(e["target"])
                    if e.get("evidence") and isinstance(s, str) and isinstance(t, str):
                        by_pair.setdefault((e["type"], s, t), e)
                forms = {g["name"]: [g["name"], *(g.get("aliases") or [])] for g in gold["entities"]}
                for r in gold["relations"]:
                    e = by_pair.get((r["type"], r["source"], r["target"]))
                    if e is None or r["type"] not in ("OPERATES", "SUPPLIES"):
                        continue
                    if bool(r.get("stage")) != bool(e.get("stage")):
                        _add(tables["stageless"], (r["type"], "gold stage, system none" if r.get("stage")
                                                   else "system stage, gold none (not scored)"), half)
                    if not r.get("stage"):
                        continue
                    own = [x.get("sentence") or "" for x in e.get("evidence") or []]
                    others = pair_sentences(text, own, r["type"], forms.get(r["source"], []), forms.get(r["target"], []))
                    nexts = next_sentences(text, own)
                    if cue:
                        at = where(cue, own, others, heads, nexts)
                        if at != "none":
                            _add(tables["cue"], (r["type"], at, r["stage"], e.get("stage")), half)
                    if e.get("stage") == r["stage"]:
                        continue
                    _add(tables["disagree"], (r["type"], r["stage"], e.get("stage")), half)
                    wanted = next((n for n, (stage, _) in CUES.items() if stage == r["stage"]), None)
                    at = where(wanted, own, others, heads, nexts) if wanted else "none"
                    _add(tables["cause"], (r["type"], r["stage"], e.get("stage"), wanted, at), half)
                    whens = [x.get("when") for x in e.get("evidence") or []]
                    _add(tables["gap"], (r["type"], r["stage"], e.get("stage"), gap_bucket(whens, published)), half)
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
