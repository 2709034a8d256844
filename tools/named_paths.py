"""Missed relations whose two ends a sentence names, sorted by the SYNTAX joining them: counts by shape.

For every required gold relation a development half's graph lacks while one sentence names both ends
(``tools/coref_misses.py``'s ``named`` kind), the dependency path spaCy parses between the two names (the
shortest over the sentences and the mention pairs) is sorted into the first shape that holds:

* ``appos``: an apposition on the path ("X, a Y-made Z");
* ``relcl``: a relative clause ("Z, which Y supplies");
* ``participle``: a participle hung on a noun ("Z built by Y", "the Z operated by Y");
* ``passive``: a passive with "by" on a verb ("Z was supplied by Y");
* ``modifier``: one end a compound, possessive or adjective of the other or of the noun it heads
  ("Y's Z", "the Y-built Z", "the Y Z");
* ``verb-conj``: two verbs joined, one end the argument of the other verb ("A bought and B flew");
* ``noun-conj``: two nouns joined (a list the rules did not read as one);
* ``copula``: "X is a Y ...";
* ``noun-cue``: the two meet on a common noun ("the supplier of", "a member of", "the X contract with Y");
* ``prep-chain``: two or more prepositions ("with the help of", "as part of");
* ``clauses``: the path crosses a clause boundary (a complement, an adverbial or loose clause);
* ``verb``: subject, object or preposition of one verb;
* ``other``.

Each item is written as one JSON line (``--out``) with its path, so that two runs can be compared.

    python tools/named_paths.py tune fresh fresh2 ... [--out FILE] [-v]   # -v prints each with its path

Session 26, tune .. fresh21 at int26: 1030 named misses. By shape (halves, types it occurs in): noun-cue 217
(22, 17), appos 212 (22, 16), noun-conj 126 (22, 14), relcl 107 (22, 16), verb-conj 81 (21, 13), verb 70,
other 44, clauses 42, participle 41, modifier 36 (13, 9), passive 21, copula 17, prep-chain 16. Read by hand,
most noun-conj and verb-conj items are sentences that only name both ends (the fact is stated elsewhere or is
a gold convention: "Iran, Russia and China wrap up ..."); noun-cue, appos and relcl are long tails of cue
frames. The recurring structural kind was ``modifier``: a demonym of a state that is not the type's origin
("Ukrainian F-16s were first shown", "Greek F-16s among the aircraft named", "German Patriot batteries"),
read only with a verb of action before, and a possessive over a premodifier list ("Russia's Tu-160 and
Tu-95MS bombers"). After branch path26: 1023 (modifier 36 -> 30; the demonym rule fixes more items of
coref_misses' named-demonym kind, where the demonym is the only mention of the state).
Branch appos26 (people's roles in appositions: the body past the title's topic, "its"/"whose <title>", two
joined titles, institution role nouns), tune .. fresh22: 1080 -> 1064 named misses, appos 234 -> 220 (its
AFFILIATED_WITH 43 -> 32, LEADS 24 -> 21); the rest of appos' people are conventions (a former commander
AFFILIATED_WITH his command), coreference ("the company's founder") or titles the text never names.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tools")]

from coref_misses import _RANK, classify  # noqa: E402
from devset import TUNE  # noqa: E402
from fp_causes import _path_up  # noqa: E402  one walk up the tree for both tools
from missed import missed  # noqa: E402

SHAPES = ("appos", "relcl", "participle", "passive", "modifier", "verb-conj", "noun-conj", "copula", "noun-cue",
          "prep-chain", "clauses", "verb", "other")
_MODS = {"compound", "poss", "amod", "nmod", "npadvmod"}
_CLAUSES = {"ccomp", "advcl", "xcomp", "parataxis", "csubj", "pcomp"}


def path(a, b) -> tuple[list, object, list]:
    """(tokens from ``a`` up to the meeting point, the meeting point, tokens from ``b`` up to it)."""
    up_a = [a, *a.ancestors]
    at = {t.i for t in up_a}
    top = next(t for t in [b, *b.ancestors] if t.i in at) if at & {t.i for t in [b, *b.ancestors]} else None
    if top is None:
        return [], None, []
    return _path_up(a, top), top, _path_up(b, top)


def render(left: list, top, right: list) -> str:
    """``A <nsubj buy >dobj B``-like text: the deps up from the source, the meeting word, the deps down."""
    ups = " ".join(f"<{t.dep_}" + (f" {t.head.lemma_}" if t.head.i != top.i else "") for t in left)
    downs = " ".join((f"{t.head.lemma_} " if t.head.i != top.i else "") + f">{t.dep_}" for t in reversed(right))
    return f"{ups} [{top.lemma_}/{top.pos_}] {downs}".strip()


def shape(left: list, top, right: list) -> str:
    """The first of :data:`SHAPES` the path holds."""
    steps = left + right
    deps = [t.dep_ for t in steps]
    if "appos" in deps:
        return "appos"
    if "relcl" in deps:
        return "relcl"
    if any(t.dep_ == "acl" and t.tag_ in {"VBN", "VBG"} for t in steps):
        return "participle"
    if "agent" in deps:
        return "passive"
    if len(steps) <= 3 and top.pos_ in {"NOUN", "PROPN"} and all(d in _MODS for d in deps[:1] + deps[-1:]) and (
            any(d in _MODS for d in deps)):
        return "modifier"
    if any(t.dep_ == "conj" and t.pos_ in {"VERB", "AUX"} for t in steps):
        return "verb-conj"
    if "conj" in deps:
        return "noun-conj"
    if top.lemma_ == "be" and ("attr" in deps or "acomp" in deps):
        return "copula"
    if top.pos_ == "NOUN" or any(t.pos_ == "NOUN" and t.dep_ in {"dobj", "pobj", "attr", "nsubj"} and t not in
                                 (left[:1] + right[:1]) for t in steps):
        return "noun-cue"
    if deps.count("prep") >= 2:
        return "prep-chain"
    if any(d in _CLAUSES for d in deps):
        return "clauses"
    if top.pos_ in {"VERB", "AUX"}:
        return "verb"
    return "other"


def best_path(doc, entities, a: str, b: str) -> tuple[int, str, str, str] | None:
    """(length, shape, rendered path, sentence) of the shortest path between a named ``a`` and a named ``b``."""
    out = None
    for sent in doc.sents:
        ms = [m for m in doc._.mentions if m.entity in (a, b) and m.source != "coref" and sent.start <= m.start < sent.end]
        for ma in (m for m in ms if m.entity == a):
            for mb in (m for m in ms if m.entity == b):
                ha, hb = doc[ma.start:ma.end].root, doc[mb.start:mb.end].root
                if ha.i == hb.i:
                    continue
                left, top, right = path(ha, hb)
                if top is None:
                    continue
                n = len(left) + len(right)
                if out is None or n < out[0]:
                    out = (n, shape(left, top, right), render(left, top, right), sent.text)
    return out


def run(half: str, sink, verbose: bool) -> Counter:
    counts: Counter = Counter()
    for gold_path, r, a, b, seen in missed({"tune": TUNE}.get(half, Path(half))):
        if a is None or b is None:
            continue
        docs = [(doc, ents) for doc, ents in seen if a in ents and b in ents]
        kinds = [classify(d, e, a, b)[0] for d, e in docs]
        if not kinds or min(kinds, key=_RANK.index) != "named":
            continue
        found = [p for d, e in docs if (p := best_path(d, e, a, b))]
        if not found:
            continue
        n, sh, text, sentence = min(found)
        counts[sh] += 1
        counts[f"{r['type']} {sh}"] += 1
        item = {"half": Path(half).name, "article": gold_path.stem, "type": r["type"], "source": r["source"],
                "target": r["target"], "shape": sh, "path": text, "sentence": sentence}
        if sink:
            sink.write(json.dumps(item) + "\n")
        if verbose:
            print(f"  [{item['half']}/{item['article']}] {sh:10} {r['source']} -{r['type']}-> {r['target']} | {text}"
                  f" | {sentence[:200]!r}")
    return counts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("halves", nargs="+")
    ap.add_argument("--out", type=Path)
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    total: Counter = Counter()
    sink = args.out.open("w", encoding="utf-8") if args.out else None
    for half in args.halves:
        counts = run(half, sink, args.v)
        total.update(counts)
        print(Path(half).name, {s: counts[s] for s in SHAPES if counts[s]}, flush=True)
    print("all", sum(total[s] for s in SHAPES), {s: total[s] for s in SHAPES if total[s]})
    types = sorted({k.split()[0] for k in total if " " in k})
    for t in types:
        print(f"{t:18}", {s: total[f'{t} {s}'] for s in SHAPES if total[f'{t} {s}']})
    if sink:
        sink.close()


if __name__ == "__main__":
    main()
