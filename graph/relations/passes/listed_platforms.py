"""Platforms listed together share their user: "The air force scrambled F-15J and F-35A fighters", "the cruiser
Zunyi, the frigate Hengyang and the replenishment ship Weishanhu of the navy", "four Su-30MKI fighters, two C-17
transports and an Il-78 tanker". A rule that reads one platform of such a list as a holder's (``OPERATES``) often
misses the others where the parser splits the list (designations read as verbs or symbols, a list hung on the
wrong word): the holder operates every platform of the run, at the same stage.

A run is a chain of platform mentions in one sentence each two of which only list words part (``operate.list_run``:
commas, "and", "as well as", "plus", and the determiners, numbers, adjectives and common nouns of a listed noun
phrase: "two C-17 Globemaster III transports and an"). A verb, a preposition, a pronoun, a clause mark, a semicolon
or the mention of any other entity (a state, a demonym, a maker: "Malaysia's KD Terengganu, Singapore's RSS Vigour")
ends the run, as does a noun that sets a platform apart from the others (``operate.list_run.breaks``: "rival",
"replacement"). "Alongside" is no list word: it sets side by side what two forces bring ("Indian Su-30MKI jets
alongside A330 MRTT tankers of the French Air and Space Force"). An item's own owner before it (a demonym or a
possessive: "Indian Su-30MKI jets", "India's Su-30MKI", "its Sea Harriers") counts as a holder of the run: where it
is not the rule's holder (nor its state or service), the run is not shared. A class named beside its ship ("the
Hobart-class destroyer HMAS Brisbane") describes the ship: it is no item of the list. Nothing is shared where the
run's platforms have two holders by the sentence's facts ("the navy and the air force flew A, B and C": whose is
whose), where the read platform is named twice in the sentence (which mention the rule read is not known), from an
air force or army to a ship, or from a rule whose holder stands for one type only
(``operate.list_run.not_from_rules``).

Session 49 census (46 dev halves, int49): of 460 missed required OPERATES whose platform the graph gave no
operator, 107 (38 halves) sit in a sentence where the gold holder (or its state or service) holds another
platform by a rule; most of them are list items the parse split.
"""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span

from ...entities import Entity
from ..lexicon import cues
from ..relation import Relation

_LIST_POS = frozenset({"DET", "NUM", "ADJ", "NOUN", "PROPN"})
_OWNER_LABELS = frozenset({"Country", "GovernmentBody", "Organization"})  # a maker before a type names no user


def _lex() -> dict:
    return cues()["operate"]["list_run"]


def _joined(doc: Doc, start: int, end: int, at: dict[int, str], entities: dict[str, Entity]) -> bool:
    """Whether tokens ``start`` .. ``end`` (exclusive) only part two listed platforms (see the module's docstring)."""
    lex = _lex()
    if end - start > lex["max_gap"] or end < start:
        return False
    words = doc[start:end]
    if not any(t.text in lex["joiners"] or t.lower_ in lex["joiners"] for t in words) and len(words) > lex["max_bare"]:
        return False  # "the Type 055 cruiser Zunyi": two names of one phrase; a longer gap with no list word: no list
    for t in words:
        e = at.get(t.i)
        if e is not None and entities[e].label != "Platform":
            return False  # another holder, a maker, a place
        if e is not None:
            continue  # a class standing beside its ship
        if t.lower_ in lex["breaks"] or t.lemma_.lower() in lex["breaks"]:
            return False
        if t.text in lex["joiners"] or t.lower_ in lex["joiners"]:
            continue
        if t.pos_ not in _LIST_POS or t.tag_ in {"PRP$", "WDT", "WP", "WP$"}:
            return False
    return True


def _twins(a: str, b: str, entities: dict[str, Entity]) -> bool:
    """Whether two holders are one, or a state and a body of its (the air force's fact and its state's twin)."""
    return a == b or entities[a].country == b or entities[b].country == a


def _class(entity: Entity) -> bool:
    """Whether a platform is a class of ships or a type named as a class ("Anzac-class frigate")."""
    return any(w in entity.name.lower() for w in _lex()["class_words"])


def _spans(doc: Doc, sent: Span, at: dict[int, str], entities: dict[str, Entity]) -> list[tuple[int, int, str]]:
    """(first token, end token, entity) of each platform mention of the sentence, in order, less a class that stands
    beside a named ship as its description ("the Hobart-class destroyer HMAS Brisbane", "USS Comstock, a Whidbey
    Island-class ship"): the ship is the listed item, its class no other."""
    spans: list[tuple[int, int, str]] = []
    i = sent.start
    while i < sent.end:
        e = at.get(i)
        if e is None or entities[e].label != "Platform":
            i += 1
            continue
        j = i
        while j < sent.end and at.get(j) == e:
            j += 1
        spans.append((i, j, e))
        i = j

    def beside(a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
        gap = doc[a[1]:b[0]]  # "HMAS Brisbane", "BRP Rajah Humabon (PS-11), a Cannon-class destroyer escort"
        return len(gap) <= 6 and all(t.text in {",", "(", ")"} or t.pos_ in {"DET", "ADJ", "NOUN", "NUM", "PROPN"}
                                     and t.i not in at for t in gap)
    out = []
    for k, sp in enumerate(spans):
        if _class(entities[sp[2]]) and any(
                not _class(entities[o[2]]) and (beside(sp, o) if o[0] > sp[0] else beside(o, sp))
                for o in spans[max(0, k - 1):k + 2] if o is not sp):
            continue
        out.append(sp)
    return out


def _owner(doc: Doc, sent: Span, start: int, at: dict[int, str],
           entities: dict[str, Entity]) -> tuple[str, bool] | None:
    """The own owner of the platform mention opening at token ``start``, if its phrase names one before it over
    determiners, numbers and adjectives only (``operate.list_run.owner_gap`` tokens at most), and whether it is a
    possessive ("India's Su-30MKI", "its Sea Harriers": the holder) rather than a demonym ("Indian Su-30MKI jets",
    "the Russian Pantsir-S1": the user or the maker's state)."""
    lex = _lex()
    i = start - 1
    while i >= max(sent.start, start - lex["owner_gap"]):
        t = doc[i]
        e = at.get(i)
        if e is not None:
            if entities[e].label not in _OWNER_LABELS:
                return None
            after = doc[i + 1] if i + 1 < len(doc) else None
            return e, t.tag_ == "PRP$" or (after is not None and after.tag_ == "POS")
        if t.text in lex["joiners"] or t.lower_ in lex["joiners"]:
            return None
        if t.tag_ != "POS" and t.pos_ not in {"DET", "NUM", "ADJ"}:
            return None
        i -= 1
    return None


def _runs(doc: Doc, sent: Span, at: dict[int, str], entities: dict[str, Entity]) -> list[set[str]]:
    """The runs of listed platforms of one sentence, as sets of platform entity ids (two or more each)."""
    spans = _spans(doc, sent, at, entities)
    runs: list[set[str]] = []
    current: set[str] = set()
    for k, (s, _, e) in enumerate(spans):
        if k and _joined(doc, spans[k - 1][1], s, at, entities):
            current.add(e)
            continue
        if len(current) > 1:
            runs.append(current)
        current = {e}
    if len(current) > 1:
        runs.append(current)
    return runs


def _misfit(holder: Entity, platform: Entity) -> bool:
    """Whether a holder is an armed service of another branch than a ship's (an air force or an army holds no
    frigate): ``operate.service_categories``."""
    cats = cues()["operate"]["service_categories"]
    if holder.label != "GovernmentBody" or platform.props.get("category") != "naval_vessel":
        return False
    words = set(holder.name.lower().split())
    other = {w for k, v in cats.items() if k != "naval_vessel" for w in v}
    return bool(words & other) and not words & set(cats["naval_vessel"])


def listed_platforms(relations: list[Relation], doc: Doc, sents: list, entities: dict[str, Entity]) -> list[Relation]:
    """OPERATES facts of the other platforms of a run whose one platform a rule gave a holder."""
    skip = set(_lex()["not_from_rules"])
    item_rules = set(_lex()["item_rules"])
    ops = [r for r in relations if r.type == "OPERATES" and r.rule not in skip]
    if not ops:
        return []
    starts = [s.start_char for s in sents]
    by_sent: dict[int, list[Relation]] = {}
    for r in relations:
        if r.type == "OPERATES":
            by_sent.setdefault(bisect_right(starts, r.evidence["start"]) - 1, []).append(r)
    at = {i: m.entity for m in doc._.mentions if m.entity in entities for i in m.tokens()}
    out: list[Relation] = []
    have = {(*r.key(), r.evidence["start"]) for r in relations}
    for k, rels in by_sent.items():
        if k < 0 or not any(r in ops for r in rels):
            continue
        runs = _runs(doc, sents[k], at, entities)
        if not runs:
            continue
        holders: dict[str, set[str]] = {}  # platform -> the holders the sentence's facts give it
        for r in rels:
            holders.setdefault(r.target, set()).add(r.source)
        named = {}  # platform -> how many mentions the sentence has of it
        demonyms: dict[str, set[str]] = {}  # platform -> the state or body a demonym before it names
        for sp in _spans(doc, sents[k], at, entities):
            named[sp[2]] = named.get(sp[2], 0) + 1
            owner = _owner(doc, sents[k], sp[0], at, entities)
            if owner is not None and owner[1]:  # "India's Su-30MKI": the item's own holder
                holders.setdefault(sp[2], set()).add(owner[0])
            elif owner is not None:  # "Indian Su-30MKI jets": its user's or its maker's state
                demonyms.setdefault(sp[2], set()).add(owner[0])
        for run in runs:
            held = {h for p in run for h in holders.get(p, ())}
            if any(not _twins(a, b, entities) for a in held for b in held):
                continue  # two holders in one list ("the navy and the air force flew A, B and C"): whose is whose
            others = {d for p in run for d in demonyms.get(p, ())}
            for r in rels:
                if r not in ops or r.target not in run or named.get(r.target, 0) > 1:
                    continue  # (a type named twice: which of its mentions the rule read is not known)
                if r.rule in item_rules and any(not _twins(r.source, d, entities) for d in others):
                    continue  # "Indian Su-30MKI jets and A330 MRTT tankers of the French Air and Space Force"
                for p in sorted(run - {r.target}):
                    if _misfit(entities[r.source], entities[p]):
                        continue
                    key = (r.source, "OPERATES", p, r.evidence["start"])
                    if key in have:
                        continue
                    have.add(key)
                    out.append(Relation(r.source, "OPERATES", p, dict(r.evidence), min(r.confidence, 0.5),
                                        "listed-platforms", dict(r.props)))
    return out
