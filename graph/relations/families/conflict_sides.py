"""Sides of a conflict that no name states as the subject: the leader of a coalition ("the
Saudi-led coalition fighting the Houthis"), the article's own state behind a generic force ("the
army is still fighting al-Shabaab", "the government's offensive against the rebels"), and rivals
named in apposition ("Boko Haram and its rival, ISWAP").
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
from .tie_parties import clause_subjects, exemplars, group, modifiers, parties, possessors, tie

_NOUNS = {"NOUN", "PROPN"}


def led_by(ctx: SentenceContext, facts: DocFacts, tok: Token) -> list[str]:
    """The leader of the force a participle or relative clause describes: "the Saudi-led coalition
    fighting X", "a coalition led by Nigeria that fought X" (``tok`` the cue verb)."""
    if tok.pos_ != "VERB" or tok.dep_ not in {"acl", "relcl"} or tok.head.pos_ not in _NOUNS:
        return []
    leading = cues()["ties"]["leading_participles"]
    found: list[str] = []
    for part in (c for c in tok.head.children if c.lower_ in leading and c.dep_ in {"amod", "acl"}):
        names = [c for c in part.children if c.dep_ in {"npadvmod", "compound", "nmod"}]  # "Saudi-led"
        names += [o for a in part.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]  # "led by X"
        found += [p for n in names for p in group(ctx, facts, n) if p not in found]
    return found


def fought(ctx: SentenceContext, facts: DocFacts, verb: Token) -> list[str]:
    """The parties a verb's objects name themselves, or as the compound of a generic noun ("Houthi
    rebels"), not by a backer's participle ("Iran-backed")."""
    out: list[str] = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for t in [obj, *conjuncts(obj)]:
            named = [t] if t.i in ctx.at else [c for c in t.children if c.dep_ == "compound" and c.i in ctx.at]
            out += [p for p in parties(ctx, facts, [ctx.at[n.i] for n in named]) if p not in out]
    return out


_SIDE_LABELS = {"Country", "Organization", "GovernmentBody", "Alliance"}


def members_of(ctx: SentenceContext, facts: DocFacts, obj: Token) -> list[str]:
    """The side a generic target belongs to: "a strike against fighters from the gang X", "clashes
    with troops of Y", "militants linked to X" (a side named as such, not a place: "the streets of
    Khartoum" is no side)."""
    if obj.i in ctx.at or obj.pos_ != "NOUN":
        return []
    linked = cues()["ties"]["linked_words"]
    preps = [p for p in obj.children if p.dep_ == "prep" and p.lower_ in {"of", "from"}]
    # "militants linked to the Islamic State", "fighters affiliated with al-Qaeda", "gunmen loyal to X"
    preps += [p for a in obj.children if a.dep_ in {"acl", "amod"} and (a.lemma_.lower() in linked or a.lower_ in linked)
              for p in a.children if p.dep_ == "prep" and p.lower_ in {"to", "with"}]
    return parties(ctx, facts, [m for p in preps for o in p.children if o.dep_ == "pobj"
                                for m in ctx.group(o, _SIDE_LABELS)])


def defended(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "to defend South Korea against the North", "protect Armenia from Azerbaijan": the defended
    party and the one it is defended against are in conflict (whether or not the defence came); the
    guard of another state's airspace or waters cooperates with it (:func:`_guarding`)."""
    ties = cues()["ties"]
    yield from _guaranteed(ctx, facts, ties)
    for verb in ctx.verbal(ties["defend_verbs"]):
        yield from _guarding(ctx, facts, verb, ties)
        guarded = [p for c in verb.children if c.dep_ == "dobj" for p in group(ctx, facts, c)]
        against = [p for o in prep_objects(verb, {"against", "from"}) for p in group(ctx, facts, o)]
        for a in guarded:
            for b in against:
                if found := tie(ctx, a, "IN_CONFLICT_WITH", b, 0.7, "defended-against", "defense"):
                    yield found


def _guaranteed(ctx: SentenceContext, facts: DocFacts, ties: dict) -> Iterator[Relation]:
    """ "Britain guaranteed the defence of Malaysia and Singapore", "the US provides for the security of
    X": who takes on another party's defence cooperates with it."""
    for verb in ctx.verbal(ties["guarantee_verbs"]):
        if negated(ctx, verb) or hedged(verb):
            continue
        kept = [o for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in ties["security_nouns"]
                for o in prep_objects(c, "of")]
        kept += [o for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in ties["security_nouns"]
                 for o in c.children if o.dep_ == "poss"]  # "guaranteed Malaysia's security"
        others = [p for o in kept for p in group(ctx, facts, o)]
        for a in clause_subjects(ctx, facts, verb) if others else []:
            for b in others:
                if found := tie(ctx, a, "COOPERATES_WITH", b, 0.7, "guaranteed", "defense"):
                    yield found


def _guarding(ctx: SentenceContext, facts: DocFacts, verb: Token, ties: dict) -> Iterator[Relation]:
    """ "Poland and Hungary have been guarding Slovak airspace", "Turkey is to help protect Somalia's
    territorial waters": who guards another state's airspace, waters or coast cooperates with it."""
    if negated(ctx, verb) or hedged(verb):
        return
    owners: list[str] = []
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in ties["guarded_nouns"]):
        found, owned = possessors(ctx, facts, obj)
        owners += [p for p in (found if owned else modifiers(ctx, facts, obj)) if p not in owners]
    for a in clause_subjects(ctx, facts, verb) if owners else []:
        for b in owners:
            if found := tie(ctx, a, "COOPERATES_WITH", b, 0.7, "guarding", "defense"):
                yield found


def labelled_as(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Maduro described the British move as a provocation", "Seoul called Pyongyang's launch a
    threat", "Warsaw regards Moscow as a threat", "regards X as an enemy": the namer is in conflict with
    the party it, or whose act it, names hostile or a foe; one it names a partner ("described South Korea as an important
    partner") it cooperates with."""
    ties = cues()["ties"]
    hostile = ties["hostile_labels"]
    for verb in ctx.verbal(ties["labelling_verbs"]):
        labels = [c for c in verb.children if c.dep_ in {"oprd", "attr", "ccomp", "xcomp"}]
        acts = [c for c in verb.children if c.dep_ == "dobj"]  # "the British move", or "Moscow" itself
        # "described the move as a provocation" (the parser may hang "as" on the object)
        labels += [o for h in (verb, *acts) for o in prep_objects(h, "as")]
        said = {t.lemma_.lower() for lab in labels for t in (lab, *lab.children)}
        if said & hostile or any(lab.lemma_.lower() in ties["foe_labels"] for lab in labels):
            type_, rule, domain = "IN_CONFLICT_WITH", "labelled-hostile", "political"
        elif said & ties["friendly_labels"]:  # "described South Korea as an important partner"
            type_, rule, domain = "COOPERATES_WITH", "labelled-partner", "political"
        else:
            continue
        if negated(ctx, verb) or hedged(verb):
            continue
        doers = [p for a in acts for p in (possessors(ctx, facts, a)[0] or group(ctx, facts, a))]
        for a in clause_subjects(ctx, facts, verb):
            for b in doers:
                if found := tie(ctx, a, type_, b, 0.7, rule, domain):
                    yield found


def insurgency(ctx: SentenceContext, facts: DocFacts, tok: Token) -> Iterator[Relation]:
    """ "Boko Haram's insurgency in the northeast", "the Houthi rebellion in Yemen": a non-state
    group's insurgency is against the state it is waged in (the country of its "in" place, else the
    article's own state)."""
    rebels = non_state(ctx, possessors(ctx, facts, tok)[0] or modifiers(ctx, facts, tok))
    if not rebels:
        return
    states: list[str] = []
    where = prep_objects(tok, {"in", "across", "inside"})
    for o in where:
        states += [s for s in group(ctx, facts, o, places=True) if ctx.entities[s].label == "Country" and s not in states]
    named = any(t.i in ctx.at for o in where for t in o.subtree)  # "in Cabo Delgado" (of no known country): none
    if not states and not named and facts.focal in ctx.entities and ctx.entities[facts.focal].label == "Country":
        states = [facts.focal]  # "in the northeast", or nowhere said: the article's own state
    for a in rebels:
        for b in states:
            if found := tie(ctx, a, "IN_CONFLICT_WITH", b, 0.6, "insurgency", "defense"):
                yield found


def _generic_force(ctx: SentenceContext, tok: Token) -> bool:
    """ "the army", "his army", "government forces", "the military": a force of no named state."""
    if tok.i in ctx.at or tok.lemma_.lower() not in cues()["ties"]["home_force_nouns"] and \
            tok.lower_ not in cues()["ties"]["home_force_nouns"]:
        return False
    if any(t.i in ctx.at or t.pos_ == "PROPN" for t in tok.subtree if t.i != tok.i):
        return False  # "Kenya's army", "the army of Chad", "Russian forces": the owner is named
    return any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and c.tag_ == "PRP$"
               or c.dep_ in {"compound", "amod"} and c.lemma_.lower() == "government" for c in tok.children)


def _subject(tok: Token) -> Token | None:
    """The subject (a verb's) or owner (a noun's) that does what a cue says, carried up through
    conjoined and complement verbs."""
    if tok.pos_ in _NOUNS:
        return next((c for c in tok.children if c.dep_ == "poss"), None)
    cur = tok
    for _ in range(3):
        subj = next((c for c in cur.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None:
            return subj
        if cur.dep_ not in {"conj", "xcomp", "advcl"}:
            return None
        cur = cur.head
    return None


def home_side(ctx: SentenceContext, facts: DocFacts, tok: Token) -> list[str]:
    """The article's own state where a generic force of no named state does what a conflict cue
    says ("the military is fighting X", "the government's offensive against X"); only the state the
    article is about, and only against a non-state group (the caller keeps those)."""
    if facts.focal is None or facts.focal not in ctx.entities or ctx.entities[facts.focal].label != "Country":
        return []
    subj = _subject(tok)
    return [facts.focal] if subj is not None and _generic_force(ctx, subj) else []


def non_state(ctx: SentenceContext, ids: list[str]) -> list[str]:
    """The armed groups, militias and movements among parties (no state, bloc or body)."""
    return [i for i in ids if ctx.entities[i].label == "Organization"]


def rivals(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Boko Haram and its rival, ISWAP", "ISWAP, Boko Haram's rival faction", "Israel's enemies, above
    all Iran": a party and the rival named in apposition to its rival noun (or as its example) are in
    conflict."""
    words = cues()["ties"]["rival_names"]
    if not ctx.cued(words, "lemma"):
        return  # neither the noun nor its modifier is a rival word
    for tok in ctx.tokens:
        if tok.pos_ not in _NOUNS or tok.i in ctx.at:
            continue
        if tok.lemma_.lower() not in words and not any(c.dep_ == "amod" and c.lemma_.lower() in words
                                                     for c in tok.children):
            continue
        named = [c for c in tok.children if c.dep_ == "appos" and c.i in ctx.at] + exemplars(ctx, tok)
        if tok.dep_ == "appos" and tok.head.i in ctx.at:
            named.append(tok.head)
        others = parties(ctx, facts, [ctx.at[t.i] for t in named])
        owners, owned = possessors(ctx, facts, tok)
        if not owned:
            continue
        if any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children) and tok.dep_ == "conj" \
                and tok.head.i in ctx.at:
            owners = group(ctx, facts, tok.head)[:1]  # "Boko Haram and its rival": "its" is the name before
        if negated(ctx, tok) or hedged(tok):
            continue
        for a in owners:
            for b in others:
                if found := tie(ctx, a, "IN_CONFLICT_WITH", b, 0.7, "rival-named", "defense"):
                    yield found
