"""Ties and conflicts stated by a class of verbs and its dependency frame, not by a tie noun: the verb
classes are lists of ``cues.yaml`` (``ties``), the frame says who the two sides are.

Cooperation: moving closer ("X has drawn closer to Y"), reliance on a party ("X
relies on Y for its helicopters"), fighting for a party ("volunteers fought for the government of X"),
acting together with one ("X entered the race together with Y"), training another's forces or with
them or in its country ("France will train Ukrainian pilots", "Kazakh troops trained with American
units", "Brazilian engineers were trained in Sweden"), making something with another ("Tata will
assemble the aircraft with Airbus"), a base kept in another state or another's base or forces hosted
("Russia keeps a base in Tajikistan", "Qatar hosts a US base").
Conflict: a weapon turned on a party ("vessels used water cannon against Philippine boats"), entering
its space ("Russian drones crossed into Polish airspace"), blocking its way ("Greece blocked Skopje's
path into NATO"), an act that draws its protest ("Beijing's map drew protests from Vietnam"), taking
ground from it ("the army recaptured the town from the rebels"), acting against it ("X intervened against Y"), a border disputed with it ("the
disputed frontier with China"), the targets a speaker names as another party's ("X said the targets
were camps used by Y").
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..context import SentenceContext
from ..coordination import conjuncts
from ..lexicon import cue_union, cues, domain_of
from ..negation import hedged, negated
from ..relation import Relation
from .common import DocFacts
from .tie_parties import (
    MAX_TRAINING_PARTIES,
    clause_subjects,
    country_of,
    crowd,
    group,
    modifiers,
    multilateral,
    parties,
    possessors,
    state_level,
    tie,
)

COOP, CONFLICT = "COOPERATES_WITH", "IN_CONFLICT_WITH"


def _objects(tok: Token, deps: set[str], preps: set[str] | None = None) -> list[Token]:
    """``tok``'s children of ``deps``, or (with ``preps``) the objects of its prepositions ``preps``, with
    the prepositions conjoined to one ("used it against China and against Turkey")."""
    if preps is None:
        return [c for c in tok.children if c.dep_ in deps]
    return [o for p in tok.children if p.dep_ in {"prep", "agent"} and p.lower_ in preps
            for q in (p, *(c for c in p.conjuncts if c.pos_ == "ADP" and c.lower_ in preps))
            for o in q.children if o.dep_ in {"pobj", "pcomp"}]


def _owners(ctx: SentenceContext, facts: DocFacts, tok: Token) -> list[str]:
    """The party a noun names or belongs to: the noun itself, its owner ("NVL's yard") or the party
    naming it ("Philippine boats", "Polish airspace")."""
    return group(ctx, facts, tok) or possessors(ctx, facts, tok)[0] or modifiers(ctx, facts, tok)


def _relied_party(ctx: SentenceContext, facts: DocFacts, tok: Token) -> list[str]:
    """The party relied on or acted with: named, or owning what is relied on ("NVL's yard"); none where
    it is equipment ("relies on Boeing F-15s", "on Russian-built jets": a fleet, not a partner)."""
    goods = cues()["supply"]["goods"]
    if any(t.i in ctx.at and ctx.label(ctx.at[t.i]) == "Platform" or t.lemma_.lower() in goods for t in tok.subtree):
        return []
    return group(ctx, facts, tok) or possessors(ctx, facts, tok)[0]


#: the ``ties`` cue lists whose verbs :func:`verb_ties` reads one by one (a verb of none of them is read only for
#: its "together with")
_VERB_LISTS = ("closer_verbs", "reliance_verbs", "fight_for_verbs", "wielding_verbs", "intrusion_verbs", "obstruct_verbs",
               "drawing_verbs", "taking_verbs", "against_verbs", "base_keeping_verbs", "base_hosting_verbs",
               "training_verbs", "making_verbs")


def _verb_cues(ties: dict) -> frozenset[str]:
    """Every verb of :data:`_VERB_LISTS` (built once per loaded lexicon)."""
    return cue_union(ties, _VERB_LISTS)


def _live(ctx: SentenceContext, verb: Token) -> bool:
    return not negated(ctx, verb) and not hedged(verb)


def _pairs(ctx: SentenceContext, starts: list[str], others: list[str], type_: str, rule: str,
           domain: str | None) -> Iterator[Relation]:
    for a in starts:
        for b in others:
            if found := tie(ctx, a, type_, b, 0.7, rule, domain):
                yield found


def _closer(ctx: SentenceContext, facts: DocFacts, verb: Token, ties: dict) -> Iterator[Relation]:
    """ "X has drawn closer to Y", "moved closer to Y": the subject and the "to"/"with" object."""
    closer = [c for c in verb.children if c.lower_ in ties["closer_words"]]
    if not closer:
        return
    others = [p for h in [verb, *closer] for o in _objects(h, set(), {"to", "with"}) for p in _owners(ctx, facts, o)]
    yield from _pairs(ctx, clause_subjects(ctx, facts, verb), others, COOP, "drawn-closer", domain_of(ctx.lemmas))


def _relied_on(ctx: SentenceContext, facts: DocFacts, verb: Token) -> Iterator[Relation]:
    """ "X still relies on Y for most of its air force", "relies heavily on NVL's yard"."""
    others = [p for o in _objects(verb, set(), {"on", "upon"}) for p in _relied_party(ctx, facts, o)]
    yield from _pairs(ctx, clause_subjects(ctx, facts, verb), others, COOP, "relied-on", domain_of(ctx.lemmas))


def _fought_for(ctx: SentenceContext, facts: DocFacts, verb: Token) -> Iterator[Relation]:
    """ "mercenaries have fought for the governments of A and B", "sent troops to fight for Moscow
    against Kyiv" (the one who sent them fights for the same side; the side fought for is at war with
    the one fought against)."""
    others = [p for o in _objects(verb, set(), {"for"}) for p in group(ctx, facts, o)]
    if not others:
        return
    starts = clause_subjects(ctx, facts, verb)
    if verb.dep_ in {"xcomp", "advcl"} and not starts:  # "sent troops to fight for Moscow"
        starts = clause_subjects(ctx, facts, verb.head)
    yield from _pairs(ctx, starts, others, COOP, "fought-for", "defense")
    enemies = [p for o in _objects(verb, set(), {"against"}) for p in group(ctx, facts, o)]
    yield from _pairs(ctx, others, enemies, CONFLICT, "fought-for", "defense")  # "fight for Moscow against Kyiv"


def _weapon(ctx: SentenceContext, tok: Token, ties: dict) -> bool:
    """A weapon: a generic one ("water cannon", "drones") or a named platform ("the TB2")."""
    return tok.lemma_.lower() in ties["wielded_nouns"] or tok.lower_ in ties["wielded_nouns"] \
        or tok.i in ctx.at and ctx.label(ctx.at[tok.i]) == "Platform"


def _wielders(ctx: SentenceContext, facts: DocFacts, verb: Token, passive: bool) -> list[str]:
    """Who turns the weapon: the "by" agent of a passive ("were used by X against Y"), else the clause's
    subject, else in a relative clause on the weapon the party named before the verb ("the drone, which
    X used against Y", where the parser hangs X on "which")."""
    if passive:
        return [p for o in _objects(verb, set(), {"by"}) for p in group(ctx, facts, o)]
    found = clause_subjects(ctx, facts, verb)
    if found or verb.dep_ != "relcl":
        return found
    named = [t for t in verb.subtree if t.i < verb.i and t.i in ctx.at and t.dep_ in {"nsubj", "npadvmod", "compound"}]
    return [p for t in named for p in group(ctx, facts, t)]


def _wielded(ctx: SentenceContext, facts: DocFacts, verb: Token, ties: dict) -> Iterator[Relation]:
    """ "Chinese vessels used water cannon against Philippine boats", "turned its water cannon on X",
    "the drones were used by X against Y", "the TB2, which X used against Y's armour"."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    held = _objects(verb, {"nsubjpass"} if passive else {"dobj"})
    using = verb.lemma_.lower() in ties["using_verbs"]
    if using and verb.dep_ == "relcl" and all(o.lower_ in {"which", "that"} for o in held):
        held = [verb.head]  # "the drone, which X used (was used by X) against Y": what the clause is on
    # "used it against Y", "the law Washington used against Y": whatever a party uses against another
    # is turned on it (a named party used is no weapon: "used Ukraine against Russia" is left alone)
    # (only "against" then: "uses the radar on its vehicles" turns nothing on anyone)
    weapons = [o for o in held if _weapon(ctx, o, ties)]
    used = [o for o in held if using and o not in weapons and o.i not in ctx.at
            and (o.pos_ == "NOUN" or o.lower_ in {"it", "them"})]
    if not weapons and not used:
        return
    aims = {"against", "on", "at"} if weapons else {"against"}
    others = [p for h in [verb, *weapons, *used] for o in _objects(h, set(), aims)
              for p in _owners(ctx, facts, o)]
    if others:
        yield from _pairs(ctx, _wielders(ctx, facts, verb, passive), others, CONFLICT, "weapon-turned", "defense")


def _use_against(ctx: SentenceContext, facts: DocFacts, noun: Token) -> Iterator[Relation]:
    """ "supplied drones to X for use against Y": the party the weapons go to turns them on Y (the
    receiver, else the clause's subject: "X bought the jets for use against Y")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for" or noun.head.head.pos_ != "VERB":
        return
    verb = noun.head.head
    if not _live(ctx, verb):
        return
    others = [p for o in _objects(noun, set(), {"against"}) for p in _owners(ctx, facts, o)]
    if not others:
        return
    users = [p for o in _objects(verb, set(), {"to"}) for p in group(ctx, facts, o)] or clause_subjects(ctx, facts, verb)
    yield from _pairs(ctx, users, others, CONFLICT, "use-against", "defense")


def _acted_on(ctx: SentenceContext, facts: DocFacts, noun: Token) -> Iterator[Relation]:
    """ "the boycott of Qatar by A, B and C", "A's boycott of Qatar": the acting side (the "by" agent,
    else the noun's owner) against the side acted on (the "of" object or the party owning it)."""
    if noun.dep_ in {"dobj", "nsubj", "nsubjpass"} and noun.head.pos_ == "VERB" and not _live(ctx, noun.head):
        return
    acted = _objects(noun, set(), {"of"})
    targets = [p for o in acted for p in _owners(ctx, facts, o)]
    if not targets:
        return
    # the parser may hang "by" on the "of" object, or on the active verb the noun is the object of
    # ("ending the boycott of Q by A and B")
    hosts = [noun, *acted]
    if noun.dep_ == "dobj" and not any(c.dep_ == "auxpass" for c in noun.head.children):
        hosts.append(noun.head)
    by = [o for h in hosts for o in _objects(h, set(), {"by"})]
    actors = [p for o in by for p in _owners(ctx, facts, o)] or possessors(ctx, facts, noun)[0]
    yield from _pairs(ctx, [a for a in actors if a not in targets], targets, CONFLICT, "acted-on", "defense")


def _intruded(ctx: SentenceContext, facts: DocFacts, verb: Token, ties: dict) -> Iterator[Relation]:
    """ "Russian drones crossed into Polish airspace", "violated Lithuania's airspace": entering the
    space (``guarded_nouns``) another party owns."""
    spaces = [o for o in [*_objects(verb, {"dobj"}), *_objects(verb, set(), {"into", "over"})]
              if o.lemma_.lower() in ties["guarded_nouns"] or o.lower_ in ties["guarded_nouns"]]
    others = [p for o in spaces for p in possessors(ctx, facts, o)[0] or modifiers(ctx, facts, o)]
    if any(s.lemma_.lower() in ties["intruder_nouns"] or s.lower_ in ties["intruder_nouns"]
           for s in _objects(verb, {"nsubj"})):  # "Venezuelan troops crossed into Guyana": a state entered by force
        others += [p for o in _objects(verb, set(), {"into"}) if o.i in ctx.at and ctx.label(ctx.at[o.i]) == "Country"
                   for p in group(ctx, facts, o) if p not in others]
    yield from _pairs(ctx, clause_subjects(ctx, facts, verb), others, CONFLICT, "intrusion", "defense")


def _blocked(ctx: SentenceContext, facts: DocFacts, verb: Token, ties: dict) -> Iterator[Relation]:
    """ "Greece blocked Skopje's path into NATO", "Turkey vetoed Sweden's bid"."""
    bids = [o for o in _objects(verb, {"dobj"}) if o.lemma_.lower() in ties["bid_nouns"]]
    others = [p for o in bids for p in possessors(ctx, facts, o)[0] or modifiers(ctx, facts, o)]
    yield from _pairs(ctx, clause_subjects(ctx, facts, verb), others, CONFLICT, "blocked", "political")


def _protested(ctx: SentenceContext, facts: DocFacts, verb: Token, ties: dict) -> Iterator[Relation]:
    """ "Beijing's release of a map drew protests from A, B and C": the act's owner (or the subject)
    and those protesting."""
    if not any(o.lower_ in ties["protest_nouns"] or o.lemma_.lower() in ties["protest_nouns"]
               for o in _objects(verb, {"dobj"})):
        return
    holders = [verb, *(o for o in _objects(verb, {"dobj"}))]
    others = [p for h in holders for o in _objects(h, set(), {"from"}) for p in group(ctx, facts, o)]
    starts = [p for s in _objects(verb, {"nsubj"}) for p in possessors(ctx, facts, s)[0]] \
        or clause_subjects(ctx, facts, verb)
    yield from _pairs(ctx, starts, others, CONFLICT, "protest-drawn", "political")


def _together(ctx: SentenceContext, facts: DocFacts, verb: Token, ties: dict) -> Iterator[Relation]:
    """ "Rheinmetall entered the race together with GM Defense", "Finnish troops landed together with
    Swedish troops": the subject and the co-actor of a "together with" on the verb."""
    if verb.dep_ in {"acl", "relcl"} or verb.lemma_.lower() in cues()["participation"]["exhibit"]:
        return  # "a centre set up together with X" is not the centre's doing; showing a type beside its user is no tie
    partners = [p for t in ctx.accompanying(verb) for p in _relied_party(ctx, facts, t)]  # not "buy jets together
    # with five Patriot units"
    if partners:  # like with like: a state's own staff or another state's unit beside its troops is no tie
        for a in clause_subjects(ctx, facts, verb):
            same = [b for b in partners if len({_level(ctx, x) for x in state_level(ctx, a, b)}) == 1]
            yield from _pairs(ctx, [a], same, COOP, "together-with", domain_of(ctx.lemmas))


def _level(ctx: SentenceContext, end: str) -> str:
    """The level of a party for ``_together``: a state, a firm, or a body or unit of a state."""
    label = ctx.entities[end].label if end in ctx.entities else ""
    return {"Country": "state", "Company": "firm", "Organization": "firm"}.get(label, label)


def _acted_against(ctx: SentenceContext, facts: DocFacts, verb: Token) -> Iterator[Relation]:
    """ "the Saudi-led coalition intervened against the Houthis", "the juntas turned against Paris": the
    subject and the party its verb of acting against (``against_verbs``) is aimed at."""
    others = [p for o in _objects(verb, set(), {"against"}) for p in group(ctx, facts, o)]
    if others:
        yield from _pairs(ctx, clause_subjects(ctx, facts, verb), others, CONFLICT, "acted-against", "defense")


def _taken_from(ctx: SentenceContext, facts: DocFacts, verb: Token, ties: dict) -> Iterator[Relation]:
    """ "the army recaptured the town of Kidal from the rebels", "seized control from X": ground
    taken from another party."""
    ground = [o for o in _objects(verb, {"dobj"}) if o.lemma_.lower() in ties["ground_nouns"]
              or o.i in ctx.at and ctx.label(ctx.at[o.i]) == "Place"]
    if not ground:
        return
    losers = [p for h in [verb, *ground] for o in _objects(h, set(), {"from"}) for p in _owners(ctx, facts, o)]
    yield from _pairs(ctx, clause_subjects(ctx, facts, verb), losers, CONFLICT, "ground-taken", "defense")


def _disputed(ctx: SentenceContext, facts: DocFacts, ties: dict) -> Iterator[Relation]:
    """ "Indian planners want to watch the disputed frontier with China", "its contested border with X":
    the holder of a border called disputed (its owner, else the clause's subject) and the "with" party."""
    for noun in ctx.cued_tokens(ties["disputed_nouns"], "lower", {"NOUN"}):
        if not any(c.dep_ == "amod" and c.lower_ in ties["disputed_words"] for c in noun.children):
            continue
        holders = [noun, noun.head] if noun.dep_ == "dobj" else [noun]  # "guarded its contested border with X"
        others = [p for h in holders for o in _objects(h, set(), {"with"}) for p in group(ctx, facts, o)]
        if not others:
            continue
        owners, owned = possessors(ctx, facts, noun)
        starts = owners if owned else clause_subjects(ctx, facts, noun)
        verb = noun.head
        if not owned and not starts and verb.dep_ in {"ccomp", "xcomp"}:  # "Indian planners want drones to watch ..."
            starts = clause_subjects(ctx, facts, verb.head)
        yield from _pairs(ctx, starts, others, CONFLICT, "disputed-border", "security")


def _base_lands(ctx: SentenceContext, facts: DocFacts, noun: Token) -> list[str]:
    """The states a base noun phrase puts it in: "a base in Tajikistan", "an air base at Kant in
    Kyrgyzstan", "in the Armenian city of Gyumri" (a place as its country), down "in"/"at" phrases of
    the noun and its conjuncts (and "of" below them)."""
    out: list[str] = []
    todo = [noun, *conjuncts(noun)]
    while todo:
        t = todo.pop()
        for p in (p for p in t.children if p.dep_ == "prep" and p.lower_ in {"in", "at", "of"}):
            if p.lower_ == "of" and t is noun:
                continue  # "a base of the Russian army": whose, not where
            for o in (o for o in p.children if o.dep_ == "pobj"):
                found = group(ctx, facts, o, places=True)
                if not found and o.i not in ctx.at:  # "in the Armenian city of Gyumri"
                    found = [x for x in modifiers(ctx, facts, o) if ctx.entities[x].label == "Country"]
                out += [x for x in found if x not in out]
                todo.append(o)
    return out


def _based(ctx: SentenceContext, facts: DocFacts, verb: Token, ties: dict) -> Iterator[Relation]:
    """ "Russia keeps the 201st Military Base in Tajikistan and an air base at Kant in Kyrgyzstan": the
    keeper and the states the base is in; "Qatar hosts a major US base", "hosts French troops": the host
    and the state naming the base or force."""
    objects = _objects(verb, {"dobj"})
    lemma = verb.lemma_.lower()
    if lemma in ties["base_keeping_verbs"]:
        bases = [o for o in objects if o.lemma_.lower() in ties["base_nouns"] or o.lower_ in ties["base_nouns"]]
        lands = [x for b in bases for x in _base_lands(ctx, facts, b)]
        if bases:  # "keeps a base in the city of X", the "in" hung on the verb
            lands += [x for x in _base_lands(ctx, facts, verb) if x not in lands]
        yield from _pairs(ctx, clause_subjects(ctx, facts, verb), lands, COOP, "base-kept", "defense")
    if lemma in ties["base_hosting_verbs"]:
        hosted = [t for o in objects for t in [o, *conjuncts(o)] if t.i not in ctx.at
                  and (t.lemma_.lower() in ties["hosted_force_nouns"] or t.lower_ in ties["hosted_force_nouns"])]
        guests = [x for t in hosted for x in possessors(ctx, facts, t)[0] or modifiers(ctx, facts, t)]
        yield from _pairs(ctx, clause_subjects(ctx, facts, verb), guests, COOP, "base-hosted", "defense")


def _trainees(ctx: SentenceContext, facts: DocFacts, verb: Token) -> list[str]:
    """The parties of a training verb's subject: named ("Kazakhstan's forces"), or the state naming a
    generic one ("Brazilian engineers were trained", "pilots from Ukraine")."""
    named = clause_subjects(ctx, facts, verb)
    if named:
        return named
    subjects = _objects(verb, {"nsubj", "nsubjpass"})
    if not subjects and verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
        subjects = [verb.head]  # "Emirati special forces trained alongside ...": the parser hangs the verb on its noun
    subjects += [o for s in subjects if s.i not in ctx.at for o in _objects(s, set(), {"of"})]  # "dozens of Kenyan pilots"
    return list(dict.fromkeys(p for s in subjects if s.i not in ctx.at for p in _owners(ctx, facts, s)))


def _described_trainees(ctx: SentenceContext, facts: DocFacts, verb: Token) -> bool:
    """Whether ``verb`` only describes its unnamed noun ("Emirati special forces trained alongside ...", "Somali
    commandos trained by the United States"): a reduced relative clause whose trainees :func:`_trainees` takes
    from the noun. Its trainers or companions tie them; the country it was done in does not ("Indonesian pilots
    trained in Spain" by the aircraft's maker)."""
    return verb.dep_ == "acl" and not _objects(verb, {"nsubj", "nsubjpass"}) and not clause_subjects(ctx, facts, verb)


def _trained(ctx: SentenceContext, facts: DocFacts, verb: Token, ties: dict) -> Iterator[Relation]:
    """ "France will train Ukrainian pilots" (subject and the trainees' state), "Kazakh forces trained
    with American and British troops" ("with"/"alongside"), "Brazilian engineers were trained in Sweden"
    or "by French instructors" (the country trained in, the trainers' state). Not a weapon trained on
    a target ("trained its guns on the ship": :func:`_wielded`)."""
    goods = cues()["supply"]["goods"]
    objects = _objects(verb, {"dobj"})
    if any(o.lemma_.lower() in ties["wielded_nouns"] or o.lemma_.lower() in goods
           or o.i in ctx.at and ctx.label(ctx.at[o.i]) == "Platform" for o in objects):
        return
    starts = _trainees(ctx, facts, verb)
    others = [p for o in objects for p in _owners(ctx, facts, o)]
    others += [p for o in _objects(verb, set(), {"with", "alongside", "by"}) for p in _owners(ctx, facts, o)]
    if not _described_trainees(ctx, facts, verb):  # "pilots trained in Spain and flew home": who trained them untold
        others += [p for o in _objects(verb, set(), {"in"}) for m in ctx.group(o, {"Country"})
                   for p in group(ctx, facts, o) if p == m.entity]
    others = [o for o in dict.fromkeys(others) if o not in starts]
    settings = objects + _objects(verb, set(), {"with", "alongside", "in", "during", "at"})
    if crowd(starts + others, MAX_TRAINING_PARTIES) or any(multilateral(o) for o in settings):
        return  # "trained with troops from A, B, C and D", "trained X at a multinational course": a gathering
    yield from _pairs(ctx, starts, others, COOP, "trained", "defense")


def _with_down(verb: Token) -> list[Token]:
    """The "with" objects of a verb, also where the parser hangs the "with" on its object or on a place
    phrase ("assemble aircraft for the air force with Airbus", "building it at a plant in X with Y"):
    down object and preposition links only, never into a clause or an apposition."""
    out: list[Token] = []
    todo = [c for c in verb.children if c.dep_ in {"dobj", "prep"}]
    while todo:
        t = todo.pop()
        if t.dep_ == "prep" and t.lower_ == "with":
            out += [o for o in t.children if o.dep_ == "pobj"]
            continue
        todo += [c for c in t.children if c.dep_ in {"prep", "pobj"}]
    return out


def _made_with(ctx: SentenceContext, facts: DocFacts, verb: Token) -> Iterator[Relation]:
    """ "Tata will assemble the C295 with Airbus", "Hungary has been building the Lynx with Rheinmetall":
    the maker and the named party it makes something with (not "built with US engines")."""
    partners = [p for o in _with_down(verb) if o.i in ctx.at for p in _relied_party(ctx, facts, o)]
    # (a named party only: "with the German group" is a firm, not Germany)
    if partners and _objects(verb, {"dobj"}):
        yield from _pairs(ctx, clause_subjects(ctx, facts, verb), partners, COOP, "made-with", "defense_industry")


def verb_ties(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    ties = cues()["ties"]
    yield from _disputed(ctx, facts, ties)
    for noun in ctx.cued_tokens(ties["use_nouns"], pos={"NOUN"}):
        yield from _use_against(ctx, facts, noun)
    for noun in ctx.cued_tokens(ties["acted_on_nouns"], pos={"NOUN"}):
        yield from _acted_on(ctx, facts, noun)
    for noun in ctx.cued_tokens(ties["struck_target_nouns"], pos={"NOUN"}):
        yield from _targets_named(ctx, facts, noun, ties)
    cued = _verb_cues(ties)
    exhibit = cues()["participation"]["exhibit"]
    for verb in (t for t in ctx.tokens if t.pos_ == "VERB"):
        lemma = verb.lemma_.lower()
        # the cheap tests first: a verb of none of the cue lists, with no "together with" on it (``_together``),
        # finds nothing, so its negation and hedges need no reading
        if lemma not in cued and (verb.dep_ in {"acl", "relcl"} or lemma in exhibit or not ctx.accompanying(verb)):
            continue
        if not _live(ctx, verb):
            continue
        if lemma in ties["closer_verbs"]:
            yield from _closer(ctx, facts, verb, ties)
        if lemma in ties["reliance_verbs"]:
            yield from _relied_on(ctx, facts, verb)
        if lemma in ties["fight_for_verbs"]:
            yield from _fought_for(ctx, facts, verb)
        if lemma in ties["wielding_verbs"]:
            yield from _wielded(ctx, facts, verb, ties)
        if lemma in ties["intrusion_verbs"]:
            yield from _intruded(ctx, facts, verb, ties)
        if lemma in ties["obstruct_verbs"]:
            yield from _blocked(ctx, facts, verb, ties)
        if lemma in ties["drawing_verbs"]:
            yield from _protested(ctx, facts, verb, ties)
        if lemma in ties["taking_verbs"]:
            yield from _taken_from(ctx, facts, verb, ties)
        if lemma in ties["against_verbs"]:
            yield from _acted_against(ctx, facts, verb)
        if lemma in ties["base_keeping_verbs"] or lemma in ties["base_hosting_verbs"]:
            yield from _based(ctx, facts, verb, ties)
        if lemma in ties["training_verbs"]:
            yield from _trained(ctx, facts, verb, ties)
        if lemma in ties["making_verbs"]:
            yield from _made_with(ctx, facts, verb)
        yield from _together(ctx, facts, verb, ties)


def _speakers(ctx: SentenceContext, facts: DocFacts, verb: Token, ties: dict) -> list[str]:
    """Who states a clause: the subject of the reporting verb it is the object of ("X said the targets
    were ..."), else its "according to" object."""
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ties["reporting_verbs"] and _live(ctx, verb.head):
        return clause_subjects(ctx, facts, verb.head)
    return [p for a in verb.children if a.dep_ == "prep" and a.lower_ == "according"
            for o in _objects(a, set(), {"to"}) for p in group(ctx, facts, o)]


def _targets_named(ctx: SentenceContext, facts: DocFacts, noun: Token, ties: dict) -> Iterator[Relation]:
    """ "ISPR said the targets were hideouts used by X and Y", "according to X's ministry, the targets
    included camps of Y": the speaker struck the party whose sites the targets were (named by a
    participle's agent, an "of" object, an owner or a naming modifier)."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in ties["target_copulas"]:
        return
    sites = [t for c in verb.children if c.dep_ in {"attr", "dobj"} for t in (c, *conjuncts(c)) if t.i not in ctx.at]
    owners: list[str] = []
    for site in sites:
        # "used by A and B": every party named in the agent phrase (the parser may split a hyphenated name)
        held = [m for a in site.children if a.dep_ == "acl" and a.lemma_.lower() in ties["site_holder_participles"]
                for b in a.children if b.dep_ == "agent" for m in _named_in(ctx, b)]
        owners += [p for p in parties(ctx, facts, held) if p not in owners]
        for o in _objects(site, set(), {"of"}):
            owners += [p for p in group(ctx, facts, o) if p not in owners]
        owners += [p for p in possessors(ctx, facts, site)[0] + modifiers(ctx, facts, site) if p not in owners]
    if owners:  # a ministry or a force speaks for its state's strike
        speakers = [country_of(ctx, s) or s for s in _speakers(ctx, facts, verb, ties)]
        yield from _pairs(ctx, list(dict.fromkeys(speakers)), owners, CONFLICT, "targets-named", "defense")


def _named_in(ctx: SentenceContext, head: Token) -> list:
    """The mentions inside ``head``'s phrase, not in its prepositional phrases, appositions or clauses
    ("used by A and B in northern Iraq": A and B)."""
    out, todo = [], list(head.children)
    while todo:
        t = todo.pop(0)
        m = ctx.at.get(t.i)
        if m is not None and m not in out:
            out.append(m)
        todo += [c for c in t.children if c.dep_ not in {"prep", "appos", "relcl", "acl", "punct"}]
    return out
