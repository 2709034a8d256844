"""Cooperation and conflict: both sides of a tie, a clash, a war or sanctions."""
from __future__ import annotations

from collections.abc import Iterator

from ...ontology import ACTORS
from ..context import SentenceContext
from ..lexicon import cues, domain_of
from ..relation import Relation
from .common import DocFacts, _lemma_tokens, rel

STATE_ACTORS = ACTORS - {"Person"}


def _pairs(ctx: SentenceContext, family: str, type_: str, rule: str) -> Iterator[Relation]:
    """Both sides of a tie or a conflict; people are not parties to them here (their states are)."""
    lex = cues()[family]
    domain = domain_of(ctx.lemmas)
    actors = STATE_ACTORS
    from ..negation import negated

    for tok in _lemma_tokens(ctx, lex["nouns"] | lex["verbs"]):
        if tok.i in ctx.at or negated(ctx, tok):
            continue
        preps = {"with", "against", "on", "toward", "towards", "to"} | ({"of", "in", "at"} if family == "conflict" else set())
        partners = ctx.prep_objects(tok, preps, actors)
        between = ctx.prep_objects(tok, {"between", "among"}, actors)
        if tok.lower_ in lex.get("list_cues", set()):  # "partners including A, B and C"
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ in {"including", "like", "such"}:
                    for obj in child.subtree:
                        if obj.dep_ == "pobj":
                            partners += ctx.group(obj, actors)
                            break
        if tok.pos_ == "VERB":  # "Pakistan shot down five Indian jets": the object, or the states it belongs to
            for obj in (c for c in tok.children if c.dep_ in {"dobj", "attr"}):
                partners += [m for m in ctx.group(obj, actors) if m not in partners]
        if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in {"against", "with"}:
            # "Ukraine stepped up its fightback against Russia's invasion"
            owners = [ctx.at[c.i] for c in tok.children if c.dep_ == "poss" and c.i in ctx.at
                      and ctx.label(ctx.at[c.i]) in actors]
            if owners:
                for a in ctx.subjects(tok.head.head, actors):
                    for b in owners:
                        if a.entity != b.entity:
                            yield rel(ctx, a, type_, b, 0.65, rule, domain=domain)
        poss = [ctx.at[c.i] for c in tok.children if c.dep_ == "poss" and c.i in ctx.at
                and ctx.label(ctx.at[c.i]) in actors] if tok.pos_ == "NOUN" else []
        subjects = (poss or ctx.subjects(tok, actors)) if partners else []
        for a in subjects:
            for b in partners:
                if a.entity != b.entity:
                    yield rel(ctx, a, type_, b, 0.75, rule, domain=domain)
        if len(between) >= 2:
            for i, a in enumerate(between):
                for b in between[i + 1:]:
                    if a.entity != b.entity:
                        yield rel(ctx, a, type_, b, 0.8, rule, domain=domain)
        # "the Russia-Ukraine war", "India-Pakistan tensions"
        mods = [ctx.at[c.i] for c in tok.subtree if c.i < tok.i and c.i in ctx.at and ctx.label(ctx.at[c.i]) in actors
                and c.dep_ in {"compound", "amod", "nmod", "conj", "npadvmod"}]
        if tok.pos_ == "NOUN" and len(mods) >= 2:
            for i, a in enumerate(mods):
                for b in mods[i + 1:]:
                    if a.entity != b.entity:
                        yield rel(ctx, a, type_, b, 0.7, rule, domain=domain)


def cooperation(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    yield from _pairs(ctx, "cooperation", "COOPERATES_WITH", "cooperation")


def conflict(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    yield from _pairs(ctx, "conflict", "IN_CONFLICT_WITH", "conflict")


# -- background knowledge: the sides of a known war --------------------------------------------------
def known_conflicts(doc, facts: DocFacts, doc_id: str) -> Iterator[Relation]:
    """The sides of a catalogued war named in the document are in conflict, and took part in it,
    where a sentence names the war (the one that also names a side, else the first)."""
    from ...entities import Entity
    from ...reference import load_reference

    ref = load_reference()
    mentions = [m for m in doc._.mentions if m.entity]
    by_ref = {e.ref_id: e for e in facts.entities.values() if e.ref_id}
    for war in list(facts.entities.values()):
        entry = ref.get(war.ref_id) if war.label == "Event" and war.ref_id else None
        if entry is None or len(entry.parties) < 2:
            continue
        sides = []
        for name in entry.parties:
            for s in ref.lookup(name)[:1]:
                side = by_ref.get(s.id)
                if side is None and any(name.lower() in m.text.lower() for m in war.mentions):
                    # "the invasion of Ukraine" names Ukraine even where no other mention does
                    side = facts.entities.setdefault(s.id, Entity(id=s.id, label=s.label, name=s.name,
                                                                  aliases=set(s.aliases), props=dict(s.props),
                                                                  ref_id=s.id))
                    by_ref[s.id] = side
                if side is not None:
                    sides.append(side)
        if len(sides) < 2:
            continue
        sents = [doc[m.start].sent for m in war.mentions]
        for i, a in enumerate(sides):
            for b in sides[i + 1:]:
                sent = next((s for s in sents if any(m.entity in {a.id, b.id} and s.start <= m.start < s.end
                                                     for m in mentions)), sents[0])
                ctx = SentenceContext(sent, mentions, facts.entities, doc_id)
                yield rel(ctx, a.id, "IN_CONFLICT_WITH", b.id, 0.65, "known-war", domain="defense")
        for side in sides:
            sent = next((s for s in sents if any(m.entity == side.id and s.start <= m.start < s.end
                                                 for m in mentions)), None)
            if sent is not None:
                yield rel(SentenceContext(sent, mentions, facts.entities, doc_id), side.id, "PARTICIPATED_IN",
                          war.id, 0.6, "known-war")


# -- sanctions and listings ---------------------------------------------------------------------------
def _as_state(ctx: SentenceContext, m) -> str | None:
    """A sanctioning party as its state: a country or alliance as it is, a body as its country."""
    entity = ctx.entities[m.entity]
    if entity.label in {"Country", "Alliance"}:
        return entity.id
    if entity.label == "GovernmentBody":
        from ...ids import make_id

        country = entity.country or (make_id("Country", entity.props["country"]) if entity.props.get("country") else None)
        return country if country in ctx.entities else None
    return None


def sanctions(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """Who sanctions whom: "the Treasury designated X", "Y was added to the U.S. sanctions list",
    "the EU imposed sanctions on Z", "Washington blacklisted W". The sanctioning body stands for its state."""
    from ..negation import negated

    lex = cues()["sanctions"]
    for tok in ctx.sent:
        lemma = tok.lemma_.lower()
        if lemma not in lex["verbs"] and lemma not in lex["nouns"] or tok.i in ctx.at or negated(ctx, tok):
            continue
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children)
        if tok.pos_ == "VERB":
            sanctioners = ctx.prep_objects(tok, {"by"}, STATE_ACTORS) if passive else ctx.subjects(tok, STATE_ACTORS)
            targets = [m for c in tok.children if c.dep_ in ({"nsubjpass"} if passive else {"dobj"})
                       for m in ctx.group(c, STATE_ACTORS)]
            targets += ctx.prep_objects(tok, {"on", "against"}, STATE_ACTORS)
            # "added to the U.S. sanctions list": the list's owner sanctions
            for p in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"to", "on"}):
                for obj in p.children:
                    if {t.lemma_.lower() for t in obj.subtree} & lex["lists"]:
                        sanctioners += [ctx.at[t.i] for t in obj.subtree if t.i in ctx.at and t.i < obj.i]
        else:  # "U.S. sanctions on X", "the EU's sanctions against Y"
            sanctioners = [ctx.at[c.i] for c in tok.subtree if c.i < tok.i and c.i in ctx.at
                           and c.dep_ in {"compound", "amod", "poss", "nmod"}]
            targets = ctx.prep_objects(tok, {"on", "against"}, STATE_ACTORS)
            if not sanctioners and tok.head.pos_ == "VERB":  # "the EU imposed sanctions on X"
                sanctioners = ctx.subjects(tok.head, STATE_ACTORS)
                targets += ctx.prep_objects(tok.head, {"on", "against"}, STATE_ACTORS)
        sides = {s for m in sanctioners if (s := _as_state(ctx, m))}
        targets = [t for t in targets if not t.demonym]  # "Chinese firms" are not China
        for side in sides:
            for t in targets:
                if t.entity != side and t.entity not in sides:
                    yield rel(ctx, side, "IN_CONFLICT_WITH", t, 0.7, "sanctions", domain="economic")


_PAIR_NOUNS = {"countries", "nations", "states", "sides", "governments", "leaders", "presidents", "militaries",
               "armies", "capitals", "neighbours", "neighbors", "allies", "partners"}
_PAIR_DETS = {"two", "both", "their"}


def _pair_states(ctx: SentenceContext, facts: DocFacts) -> list[str]:
    """The two states "the two countries", "both sides", "their countries" refer to: the countries
    of this sentence (named, or those of the known leaders it names), else of the sentence before."""
    def states_in(span) -> list[str]:
        found: list[str] = []
        for m in (m for m in facts.mentions if span.start <= m.start < span.end):
            e = ctx.entities.get(m.entity)
            ids = [e.id] if e is not None and e.label == "Country" else sorted(facts.known.get(m.entity, ()))
            found += [i for i in ids if i in ctx.entities and i not in found]
        return found

    here = states_in(ctx.sent)
    if len(here) < 2 and ctx.sent.start > 0:
        here += [s for s in states_in(ctx.doc[ctx.sent.start - 1].sent) if s not in here]
    return here if len(here) == 2 else []


def paired_ties(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "raised relations between their countries", "the two governments decided to work together":
    a tie between the two states the description refers to."""
    from ..negation import negated

    lex = cues()["cooperation"]
    described = any(t.lower_ in _PAIR_NOUNS and any(c.lower_ in _PAIR_DETS for c in t.children) for t in ctx.sent)
    if not described:
        return
    cue = next((t for t in ctx.sent if (t.lemma_.lower() in lex["nouns"] | lex["verbs"] or t.lower_ == "together")
                and t.i not in ctx.at and not negated(ctx, t)), None)
    if cue is None:
        return
    pair = _pair_states(ctx, facts)
    if len(pair) == 2:
        yield rel(ctx, pair[0], "COOPERATES_WITH", pair[1], 0.65, "paired-tie", domain=domain_of(ctx.lemmas))
