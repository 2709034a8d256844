"""Features of the rules' relations for a learned precision filter (session 34 experiment, not shipped: see
``tools/relation_filter_experiment.md``): one feature dict per distinct (source, type, target), read from
the relation's own records, its two ends and its evidence sentences. No entity name or article word is a
feature: only types, rules, labels, counts and a few function-word cues."""
from __future__ import annotations

import bisect
from collections import defaultdict

from graph.entities import Entity
from graph.relations.relation import Relation

_NEG = {"not", "n't", "never", "no", "neither", "nor", "without"}
_MODAL = {"may", "might", "could", "would", "should", "can", "must"}
_FUTURE = {"will", "plan", "intend", "expect", "propose", "consider", "seek", "aim"}


def _bucket(n: int, edges: tuple[int, ...] = (1, 2, 3, 5)) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f"{edges[-1]}+"


def _end(f: dict[str, float], side: str, e: Entity | None, degree: int) -> None:
    if e is None:
        f[f"{side}:missing"] = 1.0
        return
    f[f"{side}lab={e.label}"] = 1.0
    f[f"{side}men={_bucket(len(e.mentions))}"] = 1.0
    f[f"{side}deg={_bucket(degree)}"] = 1.0
    words = e.name.split()
    f[f"{side}tok={_bucket(len(words), (1, 2, 3))}"] = 1.0
    if e.name[:1].islower():
        f[f"{side}lower"] = 1.0
    if e.ref_id:
        f[f"{side}ref"] = 1.0
    if any(ch.isdigit() for ch in e.name):
        f[f"{side}digit"] = 1.0


def relation_features(doc, entities: dict[str, Entity], relations: list[Relation]) -> dict[tuple[str, str, str], dict]:
    """(source, type, target) -> {"rules": [...], "features": {name: value}} for the relations of one document."""
    groups: dict[tuple[str, str, str], list[Relation]] = defaultdict(list)
    for r in relations:
        groups[r.key()].append(r)
    degree: dict[str, set[str]] = defaultdict(set)
    for s, _t, o in groups:
        degree[s].add(o)
        degree[o].add(s)
    sents = list(doc.sents)
    starts = [s.start_char for s in sents]
    # entities mentioned per sentence index, and the sentences each entity is mentioned in
    in_sent: dict[int, set[str]] = defaultdict(set)
    sents_of: dict[str, set[int]] = defaultdict(set)
    for e in entities.values():
        for m in e.mentions:
            k = bisect.bisect_right(starts, m.start_char) - 1
            in_sent[k].add(e.id)
            sents_of[e.id].add(k)
    out = {}
    for key, rs in groups.items():
        s, typ, o = key
        f: dict[str, float] = {"bias": 1.0, f"t={typ}": 1.0}
        rules = sorted({r.rule or "?" for r in rs})
        for rule in rules:
            f[f"r={typ}:{rule}"] = 1.0
        f[f"nrules={_bucket(len(rules), (1, 2))}"] = 1.0
        es, eo = entities.get(s), entities.get(o)
        _end(f, "s", es, len(degree[s]))
        _end(f, "o", eo, len(degree[o]))
        if es is not None and eo is not None:
            f[f"pair={es.label}>{eo.label}"] = 1.0
        ks = set()
        for r in rs:
            ev = r.evidence or {}
            if "start" in ev:
                ks.add(bisect.bisect_right(starts, int(ev["start"])) - 1)
        f[f"nsent={_bucket(len(ks), (1, 2, 3))}"] = 1.0
        both = [k for k in ks if s in in_sent.get(k, ()) and o in in_sent.get(k, ())]
        if ks and not both:
            f["cross"] = 1.0
        if 0 in ks:
            f["first_sent"] = 1.0
        if ks and min(ks) > 0 and ks <= {0, 1}:
            f["second_sent"] = 1.0
        common = sents_of.get(s, set()) & sents_of.get(o, set())
        f[f"cosent={_bucket(len(common), (0, 1, 2, 3))}"] = 1.0
        k0 = min(ks) if ks else None
        if k0 is not None and 0 <= k0 < len(sents):
            sent = sents[k0]
            n_ent = len(in_sent.get(k0, ()))
            f[f"parties={_bucket(n_ent, (2, 3, 4, 6))}"] = 1.0
            f[f"slen={_bucket(len(sent) // 10, (1, 2, 3, 4))}"] = 1.0
            low = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
            if low & _NEG:
                f["neg"] = 1.0
            if low & _MODAL:
                f["modal"] = 1.0
            if low & _FUTURE:
                f["future"] = 1.0
            if '"' in sent.text or "\u201c" in sent.text:
                f["quote"] = 1.0
            if sent.text.rstrip().endswith("?"):
                f["question"] = 1.0
        out[key] = {"rules": rules, "features": f}
    return out
