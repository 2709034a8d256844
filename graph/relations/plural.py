"""Plural descriptions that stand for a group of states named before: "the three countries have held
joint drills", "both nations", "the annual drills between the two countries' ground forces".

A description with a count (``cues.yaml`` ``plural``) points back to the nearest group of exactly that
many countries: the nearest sentence naming countries, where it names exactly that many (the part of
the description's own sentence before it counts first); else the nearest coordinated list of that
many ("Mali, Burkina Faso and Niger") within ten sentences, or further back the document's only one. A capital counts as its country.
A group found in an earlier sentence where its states are neither that sentence's subjects nor its list's ("thanked
Iraq and Oman for hosting", "goes on to A and B") gives way to the article's own pair: the list of that many states
its opening sentences make a clause's subject ("Saudi Arabia and Iran agreed ...", a headline's "A and B sign ..."),
where the near pair is a guest or go-between (the object of a verb of thanks, hosting, mediating or meeting) or the
membership data of a bloc the description's sentence names has the opening pair as members and not the near one
(and not where the data says the other way: "The statement thanked Finland and Sweden. Both countries joined NATO").
A bare "both" also carries on a plural description of two states in its own or the sentence before ("Both countries
belong to X. Y, to which both also belong, ...").
A subject "they" carrying on from such a description (in a clause it reports or joins, or opening the next
sentence) stands for the same states.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from ..entities import Entity
from ..ids import make_id
from ..mentions import Mention
from ..mentions.words import lowers, tokens
from .coordination import conjuncts
from .lexicon import cues

_NEAR = 3  # sentences back to look for a sentence naming exactly the count
_WINDOW = 10  # sentences back to look for a coordinated list of exactly the count
_LEDE = 4  # opening sentences (a headline, the lead) whose subject list of states is the article's own group


def _count(tok: Token) -> int | None:
    """The count a plural state noun carries ("the three countries", "both sides"), else None."""
    counts = cues()["plural"]["counts"]
    kids = {c.lower_: c.dep_ for c in tok.children}
    if "both" in kids:
        return 2
    if kids.get("the") != "det":
        return None
    return next((counts[w] for w, dep in kids.items() if dep == "nummod" and w in counts), None)


def _country(m: Mention, entities: dict[str, Entity]) -> str | None:
    """The country a mention stands for: a country, or a capital of a country the document names."""
    e = entities.get(m.entity) if m.entity else None
    if e is None:
        return None
    if e.label == "Country":
        return e.id
    country = make_id("Country", e.props.get("country", "")) if e.label == "Place" and e.props.get("kind") == "capital" else None
    return country if country in entities else None


def _distinct(ms: Iterable[Mention], entities: dict[str, Entity]) -> dict[str, Mention]:
    out: dict[str, Mention] = {}
    for m in ms:
        c = _country(m, entities)
        if c is not None and c not in out:
            out[c] = dataclasses.replace(m, entity=c)
    return out


def _lists(ms: list[Mention], doc: Doc, entities: dict[str, Entity]) -> list[dict[str, Mention]]:
    """The coordinated lists of countries among ``ms``, nearest (last) first."""
    at = {i: m for m in ms for i in m.tokens()}
    out, seen = [], set()
    for m in reversed(ms):
        head = doc[m.start:m.end].root
        listed = sorted([head, *conjuncts(head)], key=lambda t: t.i)  # "A, the B and C": one list
        if listed[0].i in seen:
            continue
        seen.add(listed[0].i)
        members = [at[t.i] for t in listed if t.i in at]
        found = _distinct(members, entities)
        if len(found) >= 2:
            out.append(found)
    return out


def _bare_count(tok: Token) -> int | None:
    """The count a bare plural subject carries ("Both belong to the SCO", "the two are members",
    "all three signed"): a count word standing alone as a clause's subject, else None."""
    counts = cues()["plural"]["counts"]
    low = tok.lower_
    if low not in counts or tok.dep_ not in {"nsubj", "nsubjpass"} or tok.pos_ not in {"PRON", "NUM", "DET"}:
        return None
    if any(c.dep_ in {"compound", "amod", "prep"} for c in tok.children):
        return None
    kids = {c.lower_ for c in tok.children if c.dep_ == "det"}
    return counts[low] if low == "both" or kids & {"the", "all"} else None


def plural_groups(doc: Doc, mentions: list[Mention], entities: dict[str, Entity]) -> dict[int, list[Mention]]:
    """Token index of each plural description -> the country mentions it stands for."""
    toks = tokens(doc)
    nouns = cues()["plural"]["state_nouns"]
    ordered = sorted((m for m in mentions if m.entity and m.source != "coref"), key=lambda m: m.start)
    sents: list | None = None  # made at the first plural description
    out: dict[int, list[Mention]] = {}
    bare_words = set(cues()["plural"]["counts"])
    for i, low in enumerate(lowers(doc)):
        if low not in nouns and low not in bare_words:
            continue
        tok = toks[i]
        bare = None if low in nouns else _bare_count(tok)
        if bare is None and (low not in nouns or tok.tag_ != "NNS"):
            continue
        n = _count(tok) if bare is None else bare
        if n is None:
            continue
        if sents is None:
            sents = list(doc.sents)
        np_start = tok.left_edge.i
        here = next(k for k, s in enumerate(sents) if s.start <= tok.i < s.end)
        windows = [(sents[here].start, np_start)] + [(sents[k].start, sents[k].end)
                                                      for k in range(here - 1, max(-1, here - 1 - _WINDOW), -1)]
        in_window = [[m for m in ordered if lo <= m.start and m.end <= hi] for lo, hi in windows]
        if bare is not None:  # a bare "both" may stand for anything: only a list of that many states just before
            found = next((g for w in in_window[:2] for g in _lists(w, doc, entities) if len(g) == n), {}) \
                or _subjects(in_window[1] if len(in_window) > 1 else [], doc, entities, n) \
                or _carried(out, windows[1][0] if len(windows) > 1 else windows[0][0], tok.i, n)
            if found and not _people_list(in_window[:2], doc, entities, n):
                out[tok.i] = _standing_for(tok, found)
            continue
        nearest = next((w for w in in_window[:_NEAR + 1] if _distinct(w, entities)), [])
        found = _distinct(nearest, entities)
        if len(found) != n:
            found = next((g for w in in_window for g in _lists(w, doc, entities) if len(g) == n), {})
        if found and not (nearest and len(_distinct(nearest, entities)) == n and nearest is in_window[0]) \
                and not _as_subjects(found, doc):
            own = _lede_group(sents, ordered, doc, entities, n, np_start)
            if own and _lede_fits(own, found, doc, sents[here], ordered, entities):
                found = own  # "thanked Iraq and Oman ... Both countries": the article's pair
        if not found:  # further back, only the document's one list of that many
            earlier = {frozenset(g): g for g in _lists([m for m in ordered if m.end <= np_start], doc, entities)
                       if len(g) == n}
            found = next(iter(earlier.values())) if len(earlier) == 1 else {}
        if found:
            out[tok.i] = _standing_for(tok, found)
    if out:
        _carried_pronouns(doc, mentions, out)
    return out


def _carried_pronouns(doc: Doc, mentions: list[Mention], out: dict[int, list[Mention]]) -> None:
    """A subject "they" that carries on from a plural description ``out`` holds: in a clause reported by or
    joined to the description's own ("the three countries announced that they were quitting X"), or opening
    the next sentence's main clause with nothing named before it ("The two countries signed a pact in 2001.
    They also agreed to ..."): the same states."""
    named = {i for m in mentions if m.entity for i in m.tokens()}
    for i, low in enumerate(lowers(doc)):
        if low != "they":
            continue
        tok = doc[i]
        if tok.tag_ != "PRP" or tok.dep_ not in {"nsubj", "nsubjpass"} or i in out:
            continue
        group = None
        verb = tok.head
        while group is None and verb.dep_ in {"ccomp", "conj", "advcl", "xcomp"} and verb.head.i != verb.i:
            verb = verb.head
            subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < tok.i), None)
            if subj is not None:
                group = out.get(subj.i)
                break
        sent = tok.sent
        main = tok.head.dep_ == "ROOT" or tok.head.dep_ == "conj" and tok.head.head.dep_ == "ROOT"
        if group is None and main and sent.start > 0 and not any(
                t.dep_ in {"nsubj", "nsubjpass"} or t.i in named for t in doc[sent.start:tok.i]):
            prev = doc[sent.start - 1].sent
            subj = next((t for t in prev if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT"), None)
            group = out.get(subj.i) if subj is not None else None
        if group:
            out[i] = _standing_for(tok, {m.entity: m for m in group})


def _subjects(ms: list[Mention], doc: Doc, entities: dict[str, Entity], n: int) -> dict[str, Mention]:
    """The states a sentence makes the subjects of its clauses, where exactly ``n`` states are ("A remains a
    member of the Russian-led X; B left it in 2012. Both ...": a state named only as another's modifier, an
    object, is no subject)."""
    found = _distinct([m for m in ms if doc[m.start:m.end].root.dep_ in {"nsubj", "nsubjpass"}], entities)
    return found if len(found) == n else {}


def _carried(out: dict[int, list[Mention]], lo: int, hi: int, n: int) -> dict[str, Mention]:
    """The states of the last plural description of ``n`` states between tokens ``lo`` and ``hi``."""
    last = max((i for i, ms in out.items() if lo <= i < hi and len({m.entity for m in ms}) == n), default=None)
    return {} if last is None else {m.entity: m for m in out[last]}


def _subject_head(tok: Token) -> bool:
    """Whether ``tok`` is a clause's subject or a conjunct of one ("Saudi Arabia and Iran agreed")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in {"nsubj", "nsubjpass"}


def _as_subjects(found: dict[str, Mention], doc: Doc) -> bool:
    """Whether every state of ``found`` is named as a clause's subject where it was found."""
    return all(_subject_head(doc[m.start:m.end].root) for m in found.values())


def _lede_group(sents: list, ordered: list[Mention], doc: Doc, entities: dict[str, Entity], n: int,
                before: int) -> dict[str, Mention]:
    """The article's own group of ``n`` states: the first list of exactly that many its opening sentences make a
    clause's subject ("Riyadh and Tehran agree to reopen embassies"), named before token ``before``; else {}."""
    for s in sents[:_LEDE]:
        ms = [m for m in ordered if s.start <= m.start and m.end <= min(s.end, before)]
        for g in reversed(_lists(ms, doc, entities)):  # (``_lists`` gives the last first)
            if len(g) == n and _as_subjects(g, doc):
                return g
    return {}


def _lede_fits(own: dict[str, Mention], near: dict[str, Mention], doc: Doc, sent, ordered: list[Mention],
               entities: dict[str, Entity]) -> bool:
    """Whether the article's own pair ``own`` rather than the nearer pair ``near`` (named only as objects) is what a
    plural description in ``sent`` stands for. Where the description's sentence names a bloc whose members the
    reference data lists on the document's date, and the data has one pair all members and the other not, the data
    decides ("Austria and Ireland signed a pact. The statement thanked Finland and Sweden. Both countries joined
    NATO": Finland and Sweden); else the near pair gives way only as the object of a verb of thanks, hosting,
    mediating or meeting (``plural.counterpart_verbs``: a guest or go-between, "thanked Qatar and Oman for hosting
    the talks"), not of any other verb ("the United States sanctioned Iran and Venezuela")."""
    verdict = _members_verdict(own, near, sent, ordered, entities, doc.user_data.get("published"))
    if verdict is not None:
        return verdict
    verbs = set(cues()["plural"]["counterpart_verbs"])
    return all(_governing_lemma(doc[m.start:m.end].root) in verbs for m in near.values())


def _governing_lemma(tok: Token) -> str | None:
    """The lemma of the verb a list's state is the object of ("thanked A and B", "met with A and B", "thanked the
    UAE and Saudi Arabia for their mediation"): the first verb above the list's head, else None."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    for a in list(tok.ancestors)[:4]:
        if a.pos_ in {"VERB", "AUX"}:
            return a.lemma_.lower()
    return None


def _members_verdict(own: dict[str, Mention], near: dict[str, Mention], sent, ordered: list[Mention],
                     entities: dict[str, Entity], day: str | None) -> bool | None:
    """True where a bloc named in ``sent`` has every state of ``own`` and not every state of ``near`` among its
    members on ``day`` (the reference data), False where the other way round, None where no bloc tells them apart."""
    from ..reference.bloc_members import _country_name, known_members
    from .families.common import bloc_entity

    for m in ordered:
        if not (sent.start <= m.start < sent.end):
            continue
        e = entities.get(m.entity) if m.entity else None
        if e is None or not bloc_entity(e):
            continue
        members = known_members(e, day)
        if not members:
            continue
        own_in = all((_country_name(c) or entities[c].name) in members for c in own)
        near_in = all((_country_name(c) or entities[c].name) in members for c in near)
        if own_in != near_in:
            return own_in
    return None


def _standing_for(tok: Token, found: dict[str, Mention]) -> list[Mention]:
    return [dataclasses.replace(m, start=tok.i, end=tok.i + 1, start_char=tok.idx,
                                end_char=tok.idx + len(tok.text), text=tok.text, source="coref")
            for m in found.values()]


def _people_list(windows: list[list[Mention]], doc: Doc, entities: dict[str, Entity], n: int) -> bool:
    """Whether the sentences also coordinate ``n`` people ("Presidents A and B"): "both" may be them."""
    for w in windows:
        at = {i: m for m in w for i in m.tokens()}
        for m in w:
            e = entities.get(m.entity) if m.entity else None
            if e is None or e.label != "Person":
                continue
            head = doc[m.start:m.end].root
            people = {at[t.i].entity for t in [head, *conjuncts(head)] if t.i in at
                      and entities.get(at[t.i].entity) is not None and entities[at[t.i].entity].label == "Person"}
            if len(people) == n:
                return True
    return False
