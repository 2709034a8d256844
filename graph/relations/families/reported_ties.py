"""Ties and conflicts a speaker states about another party in a reported clause, and conflicts of
overthrow.

* ``reported_labels``: "X said Y is a close partner", "X's minister said Y remains an ally", "X said Y
  was an enemy": the reporting verb's subject and the reported copula's subject are partners (a foe
  label: in conflict); where the label names its own other side ("Y is a friend of Z", "Z's partner"),
  that side instead of the speaker.
* ``reported_hostility``: "X said Y's forces attacked its positions": a hostile act whose object is
  the speaker's own ("its", "their", "our") sets the speaker against the actor.
* ``overthrown``: "the junta ousted the government of X", "X was toppled by Y": the one who overthrows
  and the one overthrown are in conflict.

The words are ``ties.reported_friend_labels``, ``reported_foe_labels``, ``linking_verbs``,
``reporting_verbs``, ``overthrow_verbs`` and ``removal_objects`` in ``cues.yaml``.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..context import SentenceContext
from ..coordination import conjuncts
from ..lexicon import cues
from ..negation import hedged, negated
from ..prepositions import prep_objects
from ..relation import Relation
from .common import DocFacts
from .tie_parties import clause_subjects, group, modifiers, parties, possessors, tie

# what a reported clause's object owns that is the speaker's ("their" may be the actor's own)


def _labels(copula: Token, words: set[str]) -> list[Token]:
    """The label nouns a copula states of its subject ("is a close partner", "a neighbour and a friend")."""
    attrs = [c for c in copula.children if c.dep_ == "attr"]
    return [t for a in attrs for t in [a, *conjuncts(a)] if t.pos_ in {"NOUN", "PROPN"} and t.lemma_.lower() in words]


def _former(tok: Token) -> bool:
    former = cues()["ties"]["former_modifiers"]
    return any(c.dep_ == "amod" and c.lower_ in former for c in tok.children)


def _named_other(ctx: SentenceContext, facts: DocFacts, label: Token) -> tuple[list[str], bool]:
    """The other side a label names itself: its owner ("Z's partner"; "its partner" points back) or its
    "of"/"to" object ("a friend of Z"): (parties, whether it names one at all)."""
    owners, owned = possessors(ctx, facts, label)
    if owned:
        return owners, True
    objs = prep_objects(label, {"of", "to"})
    if objs:
        return [x for o in objs for x in group(ctx, facts, o)], True
    return [], False


def reported_labels(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "X said Y is a close partner": the speaker and the subject of the reported copula are partners
    (a foe label: in conflict); a label that names its own other side pairs the subject with that side,
    reported or not ("Y remains a trusted friend of Z")."""
    ties = cues()["ties"]
    friend, foe = ties["reported_friend_labels"], ties["reported_foe_labels"]
    for copula in (t for t in ctx.tokens if t.pos_ in {"AUX", "VERB"} and t.lemma_.lower() in ties["linking_verbs"]):
        verb = copula.head
        reported = copula.dep_ == "ccomp" and verb.pos_ == "VERB" and verb.lemma_.lower() in ties["reporting_verbs"]
        if negated(ctx, copula) or hedged(copula) or reported and (negated(ctx, verb) or hedged(verb)):
            continue
        subjects = [s for s in copula.children if s.dep_ == "nsubj"]
        ys = [p for s in subjects for p in group(ctx, facts, s)]
        if not ys:
            continue
        for label in _labels(copula, friend | foe):
            if _former(label) or hedged(label):
                continue
            type_, rule, domain = (("COOPERATES_WITH", "partner", "political") if label.lemma_.lower()
                                   in friend else ("IN_CONFLICT_WITH", "foe", "political"))
            others, named = _named_other(ctx, facts, label)
            if not named and reported:
                others = clause_subjects(ctx, facts, verb)
            rule = ("reported-" if reported and not named else "copula-") + rule
            yield from _labelled(ctx, ys, others, type_, rule, domain)


def _labelled(ctx: SentenceContext, ys: list[str], others: list[str], type_: str, rule: str,
              domain: str) -> Iterator[Relation]:
    """The ties a label states between ``ys`` and ``others``; not where a firm is one end ("the company has
    long been the ministry's preferred partner": a supplier and its customer, no tie between states)."""
    for a in ys:
        for b in dict.fromkeys(others):
            if "Company" in {ctx.entities[a].label, ctx.entities[b].label}:
                continue
            if found := tie(ctx, a, type_, b, 0.65, rule, domain):
                yield found


def described_labels(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Tanzania, a close friend of Uganda, ...", "Y, an old enemy of Z": a label in apposition to a
    named party that names its own other side."""
    ties = cues()["ties"]
    friend, foe = ties["reported_friend_labels"], ties["reported_foe_labels"]
    for label in (t for t in ctx.tokens if t.dep_ == "appos" and t.pos_ == "NOUN" and t.lemma_.lower() in friend | foe):
        if label.head.i not in ctx.at or _former(label) or hedged(label):
            continue
        others, named = _named_other(ctx, facts, label)
        type_, rule, domain = (("COOPERATES_WITH", "described-partner", "political") if label.lemma_.lower()
                               in friend else ("IN_CONFLICT_WITH", "described-foe", "political"))
        if named:
            yield from _labelled(ctx, group(ctx, facts, label.head), others, type_, rule, domain)


def _own_object(tok: Token) -> bool:
    """Whether a hostile verb's object is the speaker's own: "its positions", "our troops", "us"."""
    ties = cues()["ties"]
    own, self_words, preps = set(ties["reported_own_words"]), set(ties["reported_self_words"]), set(ties["reported_own_preps"])
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    # "struck targets on its territory", "fired into our airspace" (not "from its positions": the actor's)
    objs += prep_objects(tok, preps)
    for obj in objs:
        # "its positions", "dozens of its soldiers", "targets on its territory"
        if obj.lower_ in self_words or any(c.dep_ == "poss" and c.lower_ in own and not any(
                a.lower_ == "own" for a in c.head.children) for c in obj.subtree):
            return True
    return False


def reported_hostility(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "X said Y's forces attacked its positions", "X said Y had shelled our troops": a hostile act
    reported by X on what is X's own sets X against the actor."""
    ties = cues()["ties"]
    hostile = cues()["conflict"]["verbs"] | ties["force_verbs"]
    for verb in ctx.verbal(ties["reporting_verbs"]):
        if negated(ctx, verb) or hedged(verb):
            continue
        speakers = clause_subjects(ctx, facts, verb)
        if not speakers:
            continue
        acts = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "VERB"]
        acts = [t for a in acts for t in [a, *conjuncts(a)] if t.lemma_.lower() in hostile]
        for act in acts:
            if not _own_object(act) or negated(ctx, act) or hedged(act):
                continue
            actors = []
            for s in (c for c in act.children if c.dep_ == "nsubj"):
                owners, owned = possessors(ctx, facts, s)
                # "Y's forces", "Houthi forces", "Russian drones"
                actors += owners if owned and owners else (group(ctx, facts, s) or modifiers(ctx, facts, s))
            for a in speakers:
                for b in dict.fromkeys(actors):
                    if found := tie(ctx, a, "IN_CONFLICT_WITH", b, 0.65, "reported-hostility", "defense"):
                        yield found


def overthrown(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "The junta ousted the government of X", "X's president was toppled by Y", "Y removed X from
    power": the one who overthrows and the one overthrown are in conflict ("remove" only "from" power
    or office)."""
    ties = cues()["ties"]
    for verb in ctx.verbal(ties["overthrow_verbs"]):
        if verb.lemma_.lower() in ties["removal_verbs"] and not any(
                o.lemma_.lower() in ties["removal_objects"] for o in prep_objects(verb, "from")):
            continue
        if negated(ctx, verb) or hedged(verb):
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        fallen_toks = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        fallen = [p for t in fallen_toks for p in (possessors(ctx, facts, t)[0] or group(ctx, facts, t) or [
            x for o in prep_objects(t, "of") for x in group(ctx, facts, o)])]  # "the government of X"
        if passive:
            doers = [p for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
                     for p in group(ctx, facts, o)]
        else:
            doers = clause_subjects(ctx, facts, verb)
        for a in doers:
            for b in dict.fromkeys(fallen):
                if found := tie(ctx, a, "IN_CONFLICT_WITH", b, 0.65, "overthrown", "political"):
                    yield found


def joint_strikes(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Israel struck Iranian nuclear sites with the United States": the party a strike is made "with"
    (a party, not a weapon) is the striker's partner, and in conflict with the side struck."""
    ties = cues()["ties"]
    for verb in ctx.verbal(ties["joint_strike_verbs"]):
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        # the parser hangs "with" on the verb or on what it struck ("struck sites with the United States")
        withs = [o for h in (verb, *objs) for o in prep_objects(h, "with")]
        # a named party, not a weapon its maker or user names ("with Iranian drones")
        partners = parties(ctx, facts, [ctx.at[t.i] for o in withs for t in [o, *conjuncts(o)] if t.i in ctx.at])
        if not partners or negated(ctx, verb) or hedged(verb) or any(c.dep_ == "auxpass" for c in verb.children):
            continue
        strikers = clause_subjects(ctx, facts, verb)
        struck = [x for c in objs
                  for x in (possessors(ctx, facts, c)[0] or group(ctx, facts, c, places=True))]
        for a in strikers:
            for b in dict.fromkeys(partners):
                if found := tie(ctx, a, "COOPERATES_WITH", b, 0.65, "joint-strike", "defense"):
                    yield found
        for a in dict.fromkeys(partners):
            for b in dict.fromkeys(struck):
                if a not in strikers and (found := tie(ctx, a, "IN_CONFLICT_WITH", b, 0.65, "joint-strike-target", "defense")):
                    yield found


def proxies_fought(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "The army battled rebels backed by Rwanda", "troops fought fighters sent by X": a hostile act on
    generic forces that another party backs, sends or commands sets the actor against that party."""
    ties = cues()["ties"]
    hostile = cues()["conflict"]["verbs"]
    senders = ties["proxy_participles"]
    for verb in ctx.verbal(hostile):
        if negated(ctx, verb) or hedged(verb) or any(c.dep_ == "auxpass" for c in verb.children):
            continue
        forces = [c for c in verb.children if c.dep_ == "dobj" and c.i not in ctx.at
                  and (c.lower_ in ties["force_targets"] or c.lemma_.lower() in ties["force_targets"])]
        # "rebels backed by Rwanda", "troops sent from Eritrea", "forces belonging to the junta"
        backers = [x for f in forces for a in f.children if a.dep_ == "acl"
                   for g in a.children if g.dep_ == "agent" and a.lemma_.lower() in senders
                   or g.dep_ == "prep" and (g.lower_ == "from" and a.lemma_.lower() in ties["proxy_from_participles"]
                                            or g.lower_ == "to" and a.lemma_.lower() in ties["proxy_to_participles"])
                   for o in g.children if o.dep_ == "pobj" for x in group(ctx, facts, o)]
        for a in clause_subjects(ctx, facts, verb) if backers else []:
            for b in dict.fromkeys(backers):
                if found := tie(ctx, a, "IN_CONFLICT_WITH", b, 0.65, "proxies-fought", "defense"):
                    yield found


def counted_among(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Azerbaijan counts Pakistan and Turkey among its closest military partners", "X numbers Y among its
    enemies": the counter and the parties it counts among its partners (foes) are tied (in conflict)."""
    ties = cues()["ties"]
    friend, foe = ties["reported_friend_labels"], ties["reported_foe_labels"]
    for verb in ctx.verbal(ties["counting_verbs"]):
        if negated(ctx, verb) or hedged(verb):
            continue
        labels = [o for o in prep_objects(verb, "among") if o.lemma_.lower() in friend | foe]
        counted = [x for c in verb.children if c.dep_ == "dobj" for x in group(ctx, facts, c)]
        for label in labels if counted else []:
            if _former(label):
                continue
            # "among its partners": the counter's own ("its" is the subject, not the party counted)
            named = [x for c in label.children if c.dep_ == "poss" and c.i in ctx.at for x in group(ctx, facts, c)]
            counters = named or clause_subjects(ctx, facts, verb)
            type_, rule = (("COOPERATES_WITH", "counted-partner") if label.lemma_.lower() in friend
                           else ("IN_CONFLICT_WITH", "counted-foe"))
            for a in counters:  # firms count partners too ("counts Rafael and Elbit among its partners")
                for b in dict.fromkeys(counted):
                    if found := tie(ctx, a, type_, b, 0.65, rule, "political"):
                        yield found

