"""Candidate relations for the learned classifier: every ordered pair of resolved mentions of two
different entities in one sentence, for the relation types the ontology allows between their
labels, with the features the classifier reads (label pair, dependency path, words between,
distance, order, negation/modal cues, what the rules already found for the pair)."""
from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from graph.entities import Entity
from graph.mentions import Mention
from graph.ontology import RELATIONS, allowed

MAX_PATH = 8  # longer dependency paths are summarised by their length only
MAX_BETWEEN = 12  # words between the mentions kept as a bag
_CONTENT = {"NOUN", "VERB", "ADJ", "ADP", "PROPN", "ADV", "NUM", "AUX", "PART", "SCONJ", "CCONJ"}
TYPES = tuple(t for t in RELATIONS if t != "MENTIONED_IN")


@dataclass
class Candidate:
    """An ordered mention pair of one sentence, the types it may have, and its features."""

    source: str
    target: str
    types: tuple[str, ...]
    sent: Span
    features: dict[str, float] = field(default_factory=dict)


def _head(doc, m: Mention) -> Token:
    return doc[m.start:m.end].root


def _path(a: Token, b: Token) -> tuple[list[str], list[str], str, list[Token]] | None:
    """(lemmas, dependency steps, lowest common ancestor lemma, tokens) of the tree path from ``a`` to ``b``."""
    up_a = [a, *a.ancestors]
    index_a = {t.i: k for k, t in enumerate(up_a)}
    up_b = [b]
    for t in b.ancestors:
        if up_b[-1].i in index_a:
            break
        up_b.append(t)
    if up_b[-1].i not in index_a:
        return None
    lca = up_b[-1]
    left = up_a[:index_a[lca.i]]
    right = up_b[:-1]
    deps = [f"{t.dep_}^" for t in left] + [f"{t.dep_}v" for t in reversed(right)]
    lemmas = [t.lemma_.lower() for t in left[1:]] + [t.lemma_.lower() for t in right[1:]]
    return lemmas, deps, lca.lemma_.lower(), [*left, lca, *right]


def _features(doc, sent: Span, a: Mention, b: Mention, la: str, lb: str, inside: set[int],
              starts: list[int], rule_types: set[str]) -> dict[str, float]:
    f: dict[str, float] = {f"pair={la}>{lb}": 1.0, "bias": 1.0}
    ha, hb = _head(doc, a), _head(doc, b)
    f["order=" + ("st" if a.start < b.start else "ts")] = 1.0
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    gap = max(hi - lo, 0)
    f[f"dist={min(gap // 3, 6)}"] = 1.0
    between = [t for t in doc[lo:hi] if t.i not in inside]
    others = sum(1 for s in starts if lo <= s < hi)
    f[f"others={min(others, 3)}"] = 1.0
    for t in between[:MAX_BETWEEN]:
        if t.pos_ in _CONTENT:
            f["b:" + t.lemma_.lower()] = 1.0
    path = _path(ha, hb)
    if path is None:
        f["nopath"] = 1.0
    else:
        lemmas, deps, lca, tokens = path
        f[f"plen={min(len(deps), MAX_PATH)}"] = 1.0
        f["lca:" + lca] = 1.0
        f[f"lca:{lca}|{la}>{lb}"] = 1.0
        for w in lemmas:
            f["p:" + w] = 1.0
        for d in deps:
            f["d:" + d] = 1.0
        if len(deps) <= 4:
            f["dp:" + " ".join(deps)] = 1.0
        f["end:" + (deps[0] if deps else "") + "|" + (deps[-1] if deps else "")] = 1.0
        if any(c.dep_ == "neg" for t in tokens for c in t.children):
            f["neg"] = 1.0
        if any(c.tag_ == "MD" for t in tokens for c in t.children):
            f["modal"] = 1.0
    if any(t.dep_ == "neg" for t in sent):
        f["sent_neg"] = 1.0
    for t in sorted(rule_types):
        f["rule:" + t] = 1.0
    if rule_types:
        f["rule_any"] = 1.0
    return f


def candidates(doc, entities: dict[str, Entity], mentions: list[Mention],
               found: dict[tuple[str, str], set[str]]) -> Iterator[Candidate]:
    """Candidates of every sentence; ``found`` maps (source, target) to the types rules gave it."""
    by_sent: dict[int, list[Mention]] = {}
    starts = [s.start for s in doc.sents]
    sents = list(doc.sents)

    for m in mentions:
        if m.entity in entities:
            by_sent.setdefault(bisect.bisect_right(starts, m.start) - 1, []).append(m)
    for k, ms in by_sent.items():
        sent = sents[k]
        inside = {i for m in ms for i in range(m.start, m.end)}
        mstarts = [m.start for m in ms]
        for a in ms:
            for b in ms:
                ea, eb = entities[a.entity], entities[b.entity]
                if ea.id == eb.id or a.start == b.start:
                    continue
                types = tuple(t for t in TYPES if allowed(ea.label, t, eb.label))
                if not types:
                    continue
                rules = found.get((ea.id, eb.id), set()) | found.get((eb.id, ea.id), set())
                yield Candidate(ea.id, eb.id, types, sent, _features(doc, sent, a, b, ea.label, eb.label, inside, mstarts, rules))
