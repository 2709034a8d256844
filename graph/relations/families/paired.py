"""Ties between two parties named together rather than through a preposition.

"the two governments decided to work together", "raised relations between their countries" (the two
states the description refers to); "A and B signed a memorandum", "Russia and China were working
together", "Armenia and Azerbaijan clashed", "the two neighbours fought a war" (conjoined subjects of a reciprocal verb); "a
centre run jointly by A and B" (joint agents); "A thanked B for the partnership". A pair that agrees to a ceasefire was at war: that is a conflict, not a tie.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ...entities.antecedents import person_pronoun
from ..context import SentenceContext
from ..coordination import list_head
from ..gates import gated
from ..lexicon import cues, domain_of
from ..negation import hedged, negated, ruptured, soured
from ..prepositions import prep_objects
from ..relation import Relation
from ..scope import asked
from ..time import published_of, relation_when
from .common import DocFacts, rel
from .exercise_clauses import is_exercise
from .tie_parties import clause_subjects, country_of, cue_tokens, group, multilateral, parties, party, tie

_PAIR_NOUNS = {"countries", "nations", "states", "sides", "governments", "leaders", "presidents", "militaries",
               "armies", "capitals", "neighbours", "neighbors", "allies", "partners"}
_PAIR_DETS = {"two", "both", "their"}
# nouns that name others than the pair itself after "their": "sent a message to their allies" is no pair
# (not "their countries"); after "two" or "both" they are the pair ("the two allies")
_OTHERS_NOUNS = {"allies", "partners", "neighbours", "neighbors"}
_MAX_JOINT = 4  # conjoined subjects of a joint verb that still act with each other, not a crowd of signatories


def _pair_states(ctx: SentenceContext, facts: DocFacts) -> list[str]:
    """The two states "the two countries", "both sides", "their countries" refer to: the countries
    of this sentence (named, or those of the known leaders it names), else with those of the
    sentence before; one state found and the article's own country make a pair too."""
    def states_in(span) -> list[str]:
        found: list[str] = []
        for m in (m for m in facts.mentions if span.start <= m.start < span.end and not person_pronoun(m)):
            e = ctx.entities.get(m.entity)
            ids = [e.id] if e is not None and e.label == "Country" else sorted(facts.known.get(m.entity, ()))
            found += [i for i in ids if i in ctx.entities and i not in found]
        return found

    here = states_in(ctx.sent)
    if len(here) < 2 and ctx.sent.start > 0:
        here += [s for s in states_in(ctx.doc[ctx.sent.start - 1].sent) if s not in here]
    if len(here) == 1 and facts.focal in ctx.entities and facts.focal not in here:
        here.append(facts.focal)
    return here if len(here) == 2 else []


def _truce(ctx: SentenceContext) -> bool:
    """Whether the sentence speaks of a ceasefire or a truce, or of halting hostilities ("agreed to halt
    four days of missile and artillery exchanges", "to end the fighting")."""
    ties = cues()["ties"]
    if ctx.lemmas & ties["truce_words"]:
        return True
    hostile = ties["hostilities_nouns"] | cues()["conflict"]["nouns"]
    for verb in ctx.verbal(ties["halt_verbs"]):
        for obj in (c for c in verb.children if c.dep_ == "dobj"):  # "four days of missile and artillery exchanges"
            if any(t.lemma_.lower() in hostile or t.lower_ in hostile for t in obj.subtree if t.pos_ == "NOUN"):
                return True
    return False


def _clause_verb(tok: Token) -> Token:
    """The verb whose clause ``tok`` is in (``tok`` itself where it is one, or where none governs it)."""
    cur = tok
    for _ in range(4):
        if cur.pos_ in {"VERB", "AUX"} or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def _pair_dets(tok: Token, low: str) -> set[str]:
    """The determiners that make ``tok`` the described pair ("the two countries", "their governments")."""
    dets = {c.lower_ for c in tok.children} & _PAIR_DETS
    if low not in _OTHERS_NOUNS:
        return dets
    if dets == {"two"} and not any(c.lower_ in {"the", "these", "those"} for c in tok.children):
        return set()  # "two partners, A and B, joined in": a third party's partners, not a pair ("the two allies")
    return dets - {"their"}


def _described_pair(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "raised relations between their countries", "the two sides agreed to a ceasefire"."""
    lex = cues()["cooperation"]
    described = any(low in _PAIR_NOUNS and _pair_dets(t, low) for t, (_, low) in zip(ctx.tokens, ctx.forms, strict=True))
    if not described:
        return
    cues_ = cue_tokens(ctx, lex["nouns"], lex["verbs"]) + [t for t, (_, low) in zip(ctx.tokens, ctx.forms, strict=True) if low == "together"]
    cue = next((t for t in cues_ if t.i not in ctx.at
                and not negated(ctx, t) and not hedged(t)
                and not negated(ctx, _clause_verb(t))), None)  # "neither A nor B appeared among the partners"
    if cue is None:
        return
    pair = _pair_states(ctx, facts)
    if len(pair) == 2:
        if _truce(ctx) or ruptured(cue) is not None or (cue.pos_ in {"NOUN", "PROPN"} and soured(cue)):
            yield rel(ctx, pair[0], "IN_CONFLICT_WITH", pair[1], 0.65, "paired-tie", domain="defense")
        else:
            yield rel(ctx, pair[0], "COOPERATES_WITH", pair[1], 0.65, "paired-tie", domain=domain_of(ctx.lemmas))


def _described_rivals(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "the two neighbours fought a four-day conflict", "both sides exchanged fire", "confrontations
    between their coast guards": a conflict whose subject is the described pair ("two", "both") or
    whose "between" object is the pair or their forces."""
    ties, lex = cues()["ties"], cues()["conflict"]
    nouns = _PAIR_NOUNS | ties["pair_force_nouns"]
    for tok in (t for t in ctx.cued_tokens(nouns, "lower") if t.i not in ctx.at):
        dets = {c.lower_ for c in tok.children} & _PAIR_DETS
        if not dets:
            continue
        cue = None
        if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and dets - {"their"}:
            verb, objects = tok.head, [c for c in tok.head.children if c.dep_ == "dobj"]
            lemma = verb.lemma_.lower()
            if lemma in ties["reciprocal_conflict"] or any(o.lemma_.lower() in lex["nouns"] for o in objects) or (
                    lemma in ties["traded_verbs"] and any(o.lemma_.lower() in ties["hostile_exchange"] for o in objects)):
                cue = verb
        elif tok.dep_ == "pobj" and tok.head.lower_ == "between" and tok.head.head.lemma_.lower() in lex["nouns"] \
                and tok.head.head.pos_ in {"NOUN", "PROPN"}:  # "clashes between the two", not "a deal struck between"
            cue = tok.head.head
        if cue is None or negated(ctx, cue) or hedged(cue):
            continue
        pair = _pair_states(ctx, facts)
        if len(pair) == 2:
            yield rel(ctx, pair[0], "IN_CONFLICT_WITH", pair[1], 0.65, "paired-conflict", domain="defense")
        return


def _joint(ctx: SentenceContext, facts: DocFacts, verb: Token) -> list[str]:
    """The parties of a verb's coordinated subject, each named ("Rheinmetall and Lithuania's
    ministry", "Tokayev and Erdogan"); none where one is a generic head ("Fourteen NATO states and
    Finland") or the subject is not coordinated. An owner ("Lithuania's") is no party of its own."""
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        span = list(subj.subtree)
        antecedent = _relative_antecedent(verb, subj)
        if antecedent is not None:  # "India and Pakistan, which fought a war", "A and B, whose armies clashed"
            inside = {t.i for t in verb.subtree}
            span = [t for t in antecedent.subtree if t.i not in inside]
        if not any(t.dep_ == "cc" for t in span):
            return []
        found: list[str] = []
        named = []
        described = {t.i for a in span if a.dep_ == "appos" and a.head.i in ctx.at and not _after_description(ctx, a)
                     for t in a.subtree}
        for t in span:  # "A, the defence arm of B, and C signed": B describes A, it signs nothing
            if t.i in ctx.at and t.i not in described and ctx.at[t.i] not in named:
                named.append(ctx.at[t.i])
        for m in named:
            head = ctx.head_token(m)
            if any(c.dep_ == "case" for c in head.children) or head.dep_ == "poss":
                continue  # "Lithuania's": the owner of the next name
            if head.dep_ in {"compound", "amod", "nmod"} and not any(c.dep_ == "cc" for c in head.children):
                named_head = _modified_name(ctx, head)
                if named_head is None and _describes_name(ctx, head, named):
                    continue  # "the Turkish drone maker Baykar": the demonym of a named firm's description
                if named_head is None:
                    return []  # "NATO states": a generic head
                if named_head != head and ctx.at[named_head.i] in named:
                    continue  # "Kazakh President Tokayev": the modifier of a name
            p = party(ctx, facts, m)
            if p is None:
                return []
            if p not in found:
                found.append(p)
        return found
    return []


def _relative_antecedent(verb: Token, subj: Token) -> Token | None:
    """The list a relative clause's subject stands for: "A and B, which fought a war" ("which"),
    "A and B, whose armies clashed" (the forces of "whose"); None for any other subject."""
    if verb.dep_ != "relcl":
        return None
    whose = subj.lemma_.lower() in cues()["ties"]["pair_force_nouns"] | {"army", "force", "navy", "military"} and any(
        c.dep_ == "poss" and c.lower_ == "whose" for c in subj.children)
    if subj.lower_ not in {"which", "that", "who"} and not whose:
        return None
    wars = cues()["ties"]["war_nouns"] | {"battle", "battles", "skirmish", "skirmishes", "clash", "clashes"}
    if any(o.dep_ == "dobj" and o.lemma_.lower() not in wars for o in verb.children):
        return None  # "Egypt and Algeria, which fought rebels": not each other
    return list_head(verb.head)  # the list's first item


def _modified_name(ctx: SentenceContext, tok: Token) -> Token | None:
    """The named token a chain of modifiers leads to ("Kazakh" -> "President" -> "Tokayev"), or
    None where it leads to a generic noun ("NATO states")."""
    cur = tok
    while cur.dep_ in {"compound", "amod", "nmod"} and cur.head != cur:
        cur = cur.head
        if cur.i in ctx.at and ctx.at[cur.i] is not ctx.at.get(tok.i):
            return cur
    return None


def _after_description(ctx: SentenceContext, appos: Token) -> bool:
    """Whether an apposition directly follows a conjoined generic description of a firm ("A and the Finnish
    satellite company B", B parsed as A's apposition): B is the described firm, a party of its own."""
    before = ctx.doc[appos.i - 1] if appos.i > ctx.sent.start else None
    return before is not None and before.dep_ == "conj" and before.i not in ctx.at \
        and before.lemma_.lower() in cues()["ties"]["described_body_nouns"]


def _describes_name(ctx: SentenceContext, tok: Token, named: list) -> bool:
    """Whether the chain of modifiers from ``tok`` ends at a generic description whose apposition is a
    named body of the same list ("the Turkish drone maker Baykar", "the French company Safran"): the
    demonym describes that body and is no party of its own (its own tie, if any, is ``BASED_IN``)."""
    cur = tok
    while cur.dep_ in {"compound", "amod", "nmod"} and cur.head != cur and cur.head.i not in ctx.at:
        cur = cur.head
    if cur.i in ctx.at or cur.lemma_.lower() not in cues()["ties"]["described_body_nouns"]:
        return False
    names = [t for c in cur.children if c.dep_ == "appos" for t in [c, *(a for a in c.children if a.dep_ == "appos")]]
    if cur.i + 1 < ctx.sent.end and ctx.doc[cur.i + 1].dep_ == "appos":
        names.append(ctx.doc[cur.i + 1])  # "A and the Finnish satellite company B": B parsed as A's apposition
    return any(t.i in ctx.at and ctx.at[t.i] in named and ctx.label(ctx.at[t.i]) == "Company" for t in names)


@gated("joint_subjects")
def _joint_subjects(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "A and B signed a memorandum", "Russia and China were working together", "A and B held joint
    drills", "A and B are strategic partners", "A and B clashed", "A and B are rivals"."""
    ties, coop = cues()["ties"], cues()["cooperation"]
    verbs = ties["traded_verbs"] | ties["reciprocal_conflict"] | ties["quarrel_verbs"] | ties["joint_verbs"] | coop["verbs"] \
        | ties["founding_verbs"] | ties["exercise_pair_verbs"]
    # a verb of none of these lists is a cue only by its attribute ("are rivals", "at war") or "together"
    described = not ctx.words.isdisjoint(ties["rival_nouns"] | ties["partner_in_nouns"] | ties["reciprocal_adverbs"])
    for verb, (lemma, _) in zip(ctx.tokens, ctx.forms, strict=True):
        if lemma not in verbs and not described or verb.pos_ not in {"VERB", "AUX"}:
            continue
        rule = "joint-subjects"
        together = any(c.dep_ == "advmod" and c.lower_ in ties["reciprocal_adverbs"] for c in verb.children)
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        joint = any(a.dep_ == "amod" and a.lower_ in ties["reciprocal_adjectives"] for o in objects for a in o.children)
        are = {c.lemma_.lower() for c in verb.children if c.dep_ == "attr"  # "A and B are strategic partners",
               and not any(p.dep_ == "prep" and p.lower_ in {"of", "to"} for p in c.children)}  # not "allies of C"
        are |= {w for o in prep_objects(verb, "at") for w in (o.lemma_.lower(), o.lower_)}  # "at war", "at odds"
        if lemma in ties["traded_verbs"]:  # "A and B exchanged fire", not "exchanged views"
            if not any(o.lemma_.lower() in ties["hostile_exchange"] for o in objects):
                continue
            type_ = "IN_CONFLICT_WITH"
        elif (lemma in ties["reciprocal_conflict"] and not together) or are & ties["rival_nouns"] or (
                lemma in ties["quarrel_verbs"] and not any(c.dep_ in {"ccomp", "dobj"} for c in verb.children)):
            type_ = "IN_CONFLICT_WITH"  # "A and B quarrelled over ...", not "A and B argued that ..."
        elif lemma in ties["joint_verbs"] or are & ties["partner_in_nouns"] or lemma in coop["verbs"] and (
                together or joint or any(o.lemma_.lower() in ties["agreement_nouns"] for o in objects)) or (
                together and verb.dep_ == "relcl" and verb.head.lemma_.lower() in coop["nouns"]) or _founded_body(verb, objects, ties):
            type_ = "COOPERATES_WITH"  # "the exercise that A and B have run together", "A and B set up a centre"
        elif lemma in ties["together_verbs"] and together and not _watched(ctx, ties):
            type_ = "COOPERATES_WITH"  # "A and B have trained together for years"
            rule = "together-verb"
        elif lemma in ties["exercise_pair_verbs"] and _exercise_held(ctx, verb, objects) and not _watched(ctx, ties):
            type_ = "COOPERATES_WITH"  # "India and Sri Lanka wrapped up their drill"
            rule = "exercise-pair"
        else:
            continue
        if negated(ctx, verb) or hedged(verb) or asked(verb) or (type_ == "COOPERATES_WITH" and any(
                o.lemma_.lower() in ties["commercial_nouns"] for o in objects)):
            continue  # "A and B signed a contract": a sale; "Will A and B sign a deal?": only asked
        if type_ == "COOPERATES_WITH" and (_each_alone(verb, ties) or _with_third(ctx, facts, verb, objects) or any(
                a.lower_ in ties["own_words"] for o in objects for a in o.children)):  # "concluded their own deals"
            continue  # "A and B signed up as buyers", "A and B held talks with the host": each on its own
        pair = _joint(ctx, facts, verb)
        if rule == "exercise-pair":  # "the Japan Self-Defense Forces and the US military closed Keen Sword": the states
            pair = list(dict.fromkeys(country_of(ctx, p) or p for p in pair))
        if not 2 <= len(pair) <= (ties["exercise_pair_max"] if rule == "exercise-pair" else _MAX_JOINT):
            continue  # "A, B and C signed a treaty": each pair of a few signatories
        if type_ == "COOPERATES_WITH" and _truce(ctx) and verb.lemma_.lower() not in ties["founding_verbs"]:
            type_ = "IN_CONFLICT_WITH"
        domain = domain_of(ctx.lemmas) if type_ == "COOPERATES_WITH" else "defense"
        relative = any(_relative_antecedent(verb, c) is not None for c in verb.children if c.dep_ == "nsubj")
        for i, a in enumerate(pair):
            for b in pair[i + 1:]:
                if found := tie(ctx, a, type_, b, 0.7, rule, domain):
                    if relative:  # "A and B, which fought a war in 2019, sit ...": dated by the relative clause
                        when = relation_when(ctx.sent, [verb], published_of(ctx.doc))
                        found.evidence = {k: v for k, v in found.evidence.items() if k != "when"} | (
                            {"when": when} if when else {})
                    yield found


def _exercise_held(ctx: SentenceContext, verb: Token, objects: list[Token]) -> bool:
    """ "A and B wrapped up a naval drill", "A, B and C opened Exercise X": the verb holds an exercise (a noun
    of ``cooperation.joint_event_nouns`` or a named exercise) that is no gathering of many ("multinational
    drills") and that its subjects hold together, not each on its own ("each held drills", "held separate
    drills", "drills of their own", "on opposite sides of the border"). A bare plural ("held drills") is no
    shared exercise unless said to be joint ("joint drills") or theirs ("their drills")."""
    ties = cues()["ties"]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    near = [*verb.children, *(g for s in subjects for g in s.children)]
    if any(c.lower_ in ties["apart_adverbs"] for c in near) or multilateral(verb):
        return False
    side_by_side = _apart_phrase(ctx, ties) or any(c.lower_ in ties["apart_unless_joint"] for c in near)
    nouns = cues()["cooperation"]["joint_event_nouns"]
    for o in objects:
        if any(t.lower_ in ties["apart_modifiers"] for t in o.subtree):
            continue  # "separate drills", "parallel exercises", "drills of their own"
        joint = any(a.dep_ == "amod" and a.lower_ in ties["reciprocal_adjectives"] for a in o.children)
        if side_by_side and not joint:
            continue  # "A and B both held drills", "at the same time": each its own, not "both held a joint drill"
        m = ctx.at.get(o.i)
        if m is not None and ctx.label(m) == "Event" and is_exercise(ctx, m):
            return True
        if o.lemma_.lower() in nouns or o.lower_ in nouns:
            shared = joint or o.tag_ not in {"NNS", "NNPS"} or any(
                c.dep_ == "poss" and c.lower_ == "their" for c in o.children)
            if shared:  # "a naval drill", "their drills", "joint exercises" (not a bare "held drills")
                return True
    return False


def _apart_phrase(ctx: SentenceContext, ties: dict) -> bool:
    """Whether the sentence holds a phrase of acting side by side ("on opposite sides", "at the same time")."""
    words = f" {' '.join(t.lower_ for t in ctx.sent)} "
    return any(f" {p} " in words for p in ties["apart_phrases"])


def _watched(ctx: SentenceContext, ties: dict) -> bool:
    """Whether the sentence has a verb of watching or seeing off craft ("the F-35s shadowed the bombers",
    "with the US ships shadowing the Iranian vessels", "escorted them out"): forces that fly or sail
    "together" so are no partners."""
    phrasal = [p.split() for p in ties["watch_phrasal"]]
    for t in ctx.sent:
        if t.pos_ != "VERB" or any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            continue  # "flew together to intercept a mock raider": a shared aim
        lemma = t.lemma_.lower()
        if lemma in ties["watch_verbs"] or any(lemma == v and any(c.dep_ in {"prt", "advmod"} and c.lower_ == p
                                                                  for c in t.children) for v, p in phrasal):
            return True
    return False


def _founded_body(verb: Token, objects: list[Token], ties: dict) -> bool:
    """ "A and B set up a monitoring centre", "the coalition, which A and B founded": a body or
    grouping that coordinated subjects set up together (not a company each of them registers)."""
    if verb.lemma_.lower() not in ties["founding_verbs"]:
        return False
    if verb.lemma_.lower() == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return False
    made = [o for o in objects if o.tag_ not in {"WDT", "WP"}]
    if verb.dep_ == "relcl" and not made:  # "the centre (in Aghdam), which A and B set up"
        made = [verb.head, *([verb.head.head.head] if verb.head.dep_ == "pobj" else [])]
    return any(o.lemma_.lower() in ties["joint_body_nouns"] or o.lower_ in ties["joint_body_nouns"] for o in made)


def _each_alone(verb: Token, ties: dict) -> bool:
    """ "Greece and Croatia signed up in 2021": a phrasal verb each subject does on its own (enrolling
    as a buyer), not with the other."""
    return any(verb.lemma_.lower() == v and c.dep_ == "prt" and c.lower_ == particle
               for v, particle in (p.split() for p in ties["alone_phrasal"]) for c in verb.children)


def _with_third(ctx: SentenceContext, facts: DocFacts, verb: Token, objects: list[Token]) -> bool:
    """ "A and B held bilateral meetings with the host", "A and B signed deals with C": the subjects
    act towards a third party named by "with" on the verb or on its object (each of them with it, which
    the cue rules find), not with each other; "together with" keeps them together."""
    preps = [c for h in [verb, *objects] for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
             and not any(a.lower_ == "together" for a in c.children)]
    if any(c.dep_ == "advmod" and c.lower_ == "together" for c in verb.children):
        return False
    return any(o.dep_ == "pobj" and (o.i in ctx.at or o.lemma_.lower() in cues()["ties"]["third_party_nouns"])
               for p in preps for o in p.children)


def _named_in(ctx: SentenceContext, tokens: list[Token]) -> list[Token]:
    """The named tokens of a list of descriptions and names ("the maker Saab and the Brazilian firm
    Embraer"), through apposition and coordination, not the demonyms describing a generic head."""
    out: list[Token] = []
    todo = list(tokens)
    while todo:
        t = todo.pop(0)
        if t in out:
            continue
        out.append(t)
        todo += [c for c in t.children if c.dep_ in {"appos", "conj"}]
    return [t for t in out if t.i in ctx.at]


def _joint_agents(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "a test centre run jointly by A and B", "drills organised together by the A and B navies":
    the parties that jointly do what a passive participle says work together."""
    ties = cues()["ties"]
    for verb in (t for t in ctx.cued_tokens(ties["joint_agent_verbs"]) if t.tag_ == "VBN"):
        if not any(c.dep_ == "advmod" and c.lower_ in ties["reciprocal_adverbs"] for c in verb.children):
            continue
        if negated(ctx, verb) or hedged(verb):
            continue
        objects = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        agents = list(dict.fromkeys(p for t in _named_in(ctx, objects) for p in parties(ctx, facts, [ctx.at[t.i]])))
        if not agents:  # "by the Thai and US navies"
            agents = list(dict.fromkeys(p for o in objects for p in group(ctx, facts, o)))
        for i, a in enumerate(agents):
            for b in agents[i + 1:]:
                if found := tie(ctx, a, "COOPERATES_WITH", b, 0.7, "joint-agents", domain_of(ctx.lemmas)):
                    yield found


def _thanked(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "A thanked B for the partnership", "A praised B's support": a tie between the one who
    thanks and the one thanked, for a tie."""
    ties, coop = cues()["ties"], cues()["cooperation"]
    words = coop["nouns"] | ties["support_nouns"]
    for verb in ctx.verbal(ties["thanks_verbs"]):
        if negated(ctx, verb) or hedged(verb):
            continue
        reasons = [t for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for t in p.subtree]
        reasons += [t for o in verb.children if o.dep_ == "dobj" for t in o.subtree]
        if not any(t.lemma_.lower() in words and t.pos_ in {"NOUN", "PROPN"} for t in reasons):
            continue
        thanked = [p for o in verb.children if o.dep_ == "dobj" for p in group(ctx, facts, o)]
        for a in clause_subjects(ctx, facts, verb):
            for b in thanked:
                if found := tie(ctx, a, "COOPERATES_WITH", b, 0.65, "thanks", domain_of(ctx.lemmas)):
                    yield found


def paired_ties(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """Pairs named together; see the module docstring."""
    yield from _described_pair(ctx, facts)
    yield from _described_rivals(ctx, facts)
    yield from _joint_subjects(ctx, facts)
    yield from _joint_agents(ctx, facts)
    yield from _thanked(ctx, facts)
