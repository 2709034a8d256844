"""How many missed gold relations a discourse resolver could reach: counts only.

For every required gold relation the extractor misses while both ends are graph entities, look for a
sentence that names one end and stands for the other only with a pronoun ("it", "its", "their") or a
definite description ("the country", "the company", "the jets"), the other end having been named
earlier in the article. ``loose``: such a word of a fitting kind is in the sentence; ``tight``: the
other end is also the latest entity of its label named before that word (what a recency resolver
picks); ``coref``: the sentence already holds a ``coref`` mention of the other end (resolved, but the
relation is still missed); ``same``: both ends are named in one sentence (not discourse);
``apart``: neither.

    python tools/discourse_reach.py tests/data/dev/fresh7 [tune ...] [-v per type] [-s the sentences]

Session 10, the eight development halves, with entities/antecedents.py in: of 1013 missed relations
whose ends are both graph entities, 440 (43%) have both ends named in one sentence (no discourse
needed), 85 (8%) already have the other end as a ``coref`` mention in a sentence naming the first
(resolved; the rules still miss the wording), 121 (12%) ``tight``, 140 (14%) ``loose``, 227 (22%)
``apart``. Reading the ``tight`` sentences, most pair a pronoun that is not what carries the relation
("its neighbours" in a sentence naming the other end): what a resolver can add is a few per half.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tools")]

from devset import TUNE  # noqa: E402
from missed import missed  # noqa: E402

_ANY = {"it", "its", "they", "their", "them"}
_PERSON = {"he", "his", "him", "she", "her"}
# description head (lemma) -> labels it can stand for
_NOUNS = {
    **dict.fromkeys(("country", "kingdom", "nation", "state", "republic", "government", "emirate"), {"Country"}),
    **dict.fromkeys(("company", "firm", "manufacturer", "maker", "contractor", "group", "shipbuilder",
                     "shipyard", "conglomerate", "corporation"), {"Company"}),
    **dict.fromkeys(("ministry", "department", "agency", "army", "navy", "force", "military", "service"),
                    {"GovernmentBody"}),
    **dict.fromkeys(("minister", "president", "leader", "chief", "commander", "premier"), {"Person"}),
    **dict.fromkeys(("aircraft", "jet", "fighter", "frigate", "ship", "vessel", "tank", "system", "helicopter",
                     "drone", "missile", "submarine", "plane", "corvette", "destroyer", "vehicle", "howitzer",
                     "platform", "type", "model"), {"Platform"}),
    **dict.fromkeys(("exercise", "drill", "summit", "show", "exhibition", "fair", "parade", "meeting", "talks",
                     "games", "manoeuvre", "maneuver", "event", "forum", "ceremony"), {"Event"}),
    **dict.fromkeys(("alliance", "bloc", "organisation", "organization", "union", "pact"), {"Alliance", "Organization"}),
}


def _anaphors(sent) -> list[tuple[int, set[str] | None]]:
    """(token index, labels it may stand for; None = any non-person) of the sentence's anaphors."""
    out = []
    for t in sent:
        low = t.lower_
        if low in _ANY and t.tag_ in {"PRP", "PRP$"}:
            out.append((t.i, None))
        elif low in _PERSON and t.tag_ in {"PRP", "PRP$"}:
            out.append((t.i, {"Person"}))
        elif t.pos_ == "NOUN" and t.lemma_.lower() in _NOUNS and any(
                c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"} for c in t.children):
            out.append((t.i, _NOUNS[t.lemma_.lower()]))
    return out


def reach(gold_dir: Path) -> Counter:
    out: Counter = Counter()
    for _, r, a, b, seen in missed(gold_dir):
        if a is None or b is None:
            continue
        out["missed (both ends entities)"] += 1
        kinds = {_kind(doc, ents, a, b): (doc, ents) for doc, ents in seen}
        kind = next(k for k in ("same", "coref", "tight", "loose", "apart") if k in kinds)
        if SHOW and kind in {"tight", "loose", "coref"}:
            print(f"  {kind} {r['source']} -{r['type']}-> {r['target']}: {EXAMPLE.get((a, b))}")
        out[kind] += 1
        out[f"{kind} {r['type']}"] += 1
    return out


SHOW = "-s" in sys.argv
EXAMPLE: dict = {}


def _kind(doc, entities, a: str, b: str) -> str:
    named = sorted(((m.start, m.entity, m.source) for m in doc._.mentions if m.entity in entities),
                   key=lambda x: x[0])
    best = "apart"
    rank = ["apart", "loose", "tight", "coref", "same"]
    for sent in doc.sents:
        inside = {e for i, e, s in named if sent.start <= i < sent.end and s != "coref"}
        corefs = {e for i, e, s in named if sent.start <= i < sent.end and s == "coref"}
        if {a, b} <= inside:
            return "same"
        for here, other in ((a, b), (b, a)):
            if here not in inside:
                continue
            if other in corefs:
                if best != "coref":
                    EXAMPLE[(a, b)] = "[coref] " + sent.text.strip()[:300]
                best = max(best, "coref", key=rank.index)
                continue
            label = entities[other].label
            for i, labels in _anaphors(sent):
                if not (labels is None and label != "Person" or labels and label in labels):
                    continue
                before = [e for j, e, s in named if j < i and s != "coref" and entities[e].label == label]
                if other not in before:
                    continue
                new = max(best, "tight" if before[-1] == other else "loose", key=rank.index)
                if new != best:
                    EXAMPLE[(a, b)] = f"[{doc[i].text}] " + sent.text.strip()[:300]
                best = new
    return best


def main(argv: list[str]) -> None:
    total = Counter()
    for half in (a for a in argv if not a.startswith("-")):
        counts = reach({"tune": TUNE}.get(half, Path(half)))
        total.update(counts)
        print(half, dict(sorted(counts.items())) if "-v" in argv else
              {k: v for k, v in counts.items() if " " not in k or k.startswith("missed")})
    print("all", dict(sorted(total.items())))


if __name__ == "__main__":
    main([a for a in sys.argv[1:]])
