"""Platforms a state retires: "Peru retired its Mirage 5s", "its F-5s were retired a decade earlier".

ONTOLOGY.md (Time) records a retired type as an ``OPERATES`` with ``stage: retired``. The cue verbs
are ``RETIRE_VERBS``; "scrap" and "withdraw" count only when the platform itself is their object
("scrapped its MiG-21s", not "scrapped plans to buy MiG-21s", which is a cancellation).
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Token

from ...entities import Entity
from ...mentions import Mention
from ...mentions.layout import in_headline
from ..context import SentenceContext
from ..coordination import conjuncts, list_head
from ..lexicon import cues
from ..negation import negated
from ..prepositions import prep_objects
from ..relation import Relation
from ..tense import present_simple
from .common import STATES, SUPPLIERS, DocFacts, apposition_owners, entity_pairs, platforms_in, rel
from .phrases import _TYPE_NOUNS, _antecedent, _platforms_of, _subjects, _with_country, armed_service
from .stage import base_year, clause_stage, clause_verb, held_until, modality, out_of_service

RETIRE_VERBS = frozenset({"retire", "decommission", "mothball", "scrap", "withdraw", "phase", "ground"})


@lru_cache(maxsize=1)
def _service_words() -> frozenset[str]:
    """The lemmas :func:`served_with` reads a token by (its verbs and nouns of service)."""
    lex = cues()["operate"]
    return frozenset(lex["service_verbs"]) | frozenset(lex["service_nouns"])

_ORDER = frozenset({"order"})
# verbs that retire only with a particle ("phased out"); the others stand alone
NEEDS_PARTICLE = {"phase": {"out"}, "withdraw": {"from"}}


def _platform_heads(ctx: SentenceContext, tok: Token) -> list[Mention]:
    """Platforms named by ``tok``'s own phrase (itself, its compounds and conjuncts), not deeper."""
    out: list[Mention] = []
    for t in [tok, *conjuncts(tok), *(c for c in tok.children if c.dep_ == "appos")]:  # "..., its Mirage III fleet,"
        for x in [t, *(c for c in t.children if c.dep_ in {"compound", "nmod", "amod", "nummod"})]:
            m = ctx.at.get(x.i)
            if m is not None and ctx.label(m) == "Platform" and all(o.entity != m.entity for o in out):
                out.append(m)
    return out


def _owners(ctx: SentenceContext, facts: DocFacts, tok: Token) -> list[Mention]:
    """The state owning the phrase at ``tok``: "Peru's Mirage 5s", "its F-5s" (an earlier state)."""
    for c in tok.children:
        if c.dep_ != "poss":
            continue
        if c.i in ctx.at:
            owner = ctx.fit(ctx.at[c.i], STATES)
            return [owner] if owner is not None else []
        if c.tag_ == "PRP$":
            return _antecedent(ctx, facts, c, STATES)
    return []


def retirements(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Peru retired its Mirage 5s", "the F-5s were retired"; and any verb taking its object "out of service"
    ("took the Mirage 2000C out of active service": :func:`.stage.out_of_service`)."""
    if ctx.words.isdisjoint(RETIRE_VERBS) and "out" not in ctx.words:
        return  # neither a verb of retiring nor an "out of" phrase (most sentences: no walk of every token)
    cued = {tok.i: (tok, lemma) for tok, (lemma, _) in ctx.cued_forms(RETIRE_VERBS)}
    cued.update({t.i: (t, t.lemma_.lower()) for t in ctx.sent if t.pos_ == "VERB" and out_of_service(t)})
    for tok, lemma in (cued[i] for i in sorted(cued)):
        if not (lemma in RETIRE_VERBS or out_of_service(tok)) or tok.pos_ != "VERB" or negated(ctx, tok):
            continue
        particles = {c.lower_ for c in tok.children if c.dep_ in {"prt", "prep"}}
        if lemma in NEEDS_PARTICLE and not particles & NEEDS_PARTICLE[lemma] and not out_of_service(tok):
            continue
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children)
        owners: list[Mention] = []
        platforms: list[Mention] = []
        if passive:
            for c in tok.children:
                if c.dep_ == "nsubjpass":
                    platforms += _platform_heads(ctx, c)
                    owners += _owners(ctx, facts, c)
            owners += [m for m in ctx.prep_objects(tok, {"by"}, STATES) if m not in owners]
        else:
            for c in tok.children:
                if c.dep_ == "dobj":
                    platforms += _platform_heads(ctx, c)
            subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if lemma not in RETIRE_VERBS and (subject is None or (subject.i not in ctx.at and subject.tag_ != "PRP")):
                continue  # "Russian strikes took two Patriot batteries out of service": only a holder retires
            if platforms:
                owners = _subjects(ctx, facts, tok, STATES)
        owners = _with_country(ctx, owners, STATES)
        for o, p in entity_pairs(owners, platforms):
            yield rel(ctx, o, "OPERATES", p, 0.65, "retired", stage=clause_stage(ctx, tok, "retired"))


def ended_service(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "the RAAF ends 55 years of P-3 service", "ended roughly fifty years of Phantom operations", "closing
    six decades of MiG-21 flying", "ended its Mirage operations": the subject has retired the type (a span
    or activity noun of ``operate.ended_service``; "will end" keeps it in service: :func:`clause_stage`). Surer
    than a rule of use that reads "flying" there as the subject's use of the type (confidence 0.8)."""
    lex = cues()["operate"]["ended_service"]
    for tok, _ in ctx.cued_forms(lex["verbs"]):
        if tok.pos_ != "VERB" or negated(ctx, tok):
            continue
        for d in (c for c in tok.children if c.dep_ == "dobj"):
            acts = [d] if d.lemma_.lower() in lex["activities"] else []
            if d.lemma_.lower() in lex["spans"]:
                acts = [o for p in d.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ in {"pobj", "pcomp"} and (o.lemma_.lower() in lex["activities"] or any(
                            c.dep_ in {"acl", "amod"} and c.lower_ in lex["activities"]
                            for c in (*d.children, *o.children)))]  # "decades of Sea King flying"
            platforms = [m for a in acts for m in _platform_heads(ctx, a)]
            if not platforms:
                continue
            owners = _with_country(ctx, _subjects(ctx, facts, tok, STATES), STATES)
            for o, p in entity_pairs(owners, platforms):
                yield rel(ctx, o, "OPERATES", p, 0.8, "ended-service", stage=clause_stage(ctx, tok, "retired"))


def office(entity: Entity) -> bool:
    """Whether a state body is an office that buys or plans arms but operates none ("Ministry of Defence of
    Denmark", "Defence Research and Development Organisation"): cue words ``operate.office_words`` in its name."""
    words = set(entity.name.lower().replace("(", " ").replace(")", " ").split())
    return entity.label == "GovernmentBody" and bool(words & cues()["operate"]["office_words"])


OPERATOR_NOUNS = frozenset({"operator", "operators", "user", "users"})
_COPULAS = frozenset({"be", "include", "comprise", "remain", "become"})


def _latest_platform(ctx: SentenceContext, facts: DocFacts, before: int, reach: int = 120) -> list[Mention]:
    """The platform named last before token ``before`` (within ``reach`` tokens); farther back, the
    document's one platform if it names only one."""
    earlier = [m for m in facts.mentions if m.start < before and m.entity in ctx.entities
               and ctx.entities[m.entity].label == "Platform"]
    if earlier and before - earlier[-1].start <= reach:
        return [earlier[-1]]
    if len({m.entity for m in facts.mentions if ctx.entities.get(m.entity) is not None
            and ctx.entities[m.entity].label == "Platform"}) == 1 and earlier:
        return [earlier[-1]]
    return []


def operators(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "The other operators were Germany, France and Spain", "Chile is an operator of the F-16": the
    states a copula sets beside an operator noun operate its "of" platform, else the one just named."""
    for tok, (_, low) in ctx.cued_forms(OPERATOR_NOUNS, "lower"):
        if low not in OPERATOR_NOUNS or tok.i in ctx.at or negated(ctx, tok):
            continue
        verb = tok.head
        if verb.lemma_.lower() not in _COPULAS or tok.dep_ not in {"nsubj", "attr"}:
            continue
        other = {"attr", "dobj"} if tok.dep_ == "nsubj" else {"nsubj"}
        states = [m for c in verb.children if c.dep_ in other for m in ctx.group(c, STATES)]
        platforms = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in _platform_heads(ctx, next((o for o in c.children if o.dep_ == "pobj"), c))]
        if not platforms and any(c.dep_ == "poss" and c.tag_ == "WP$" for c in tok.children) and verb.dep_ == "relcl":
            platforms = _platform_heads(ctx, verb.head)  # "the P-8, whose largest operator is the US Navy": that type
            if not platforms:
                continue
        if not platforms and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            platforms = _latest_platform(ctx, facts, ctx.sent.start)
        for s in states:
            for p in platforms:
                yield rel(ctx, s, "OPERATES", p, 0.6, "operators", stage=clause_stage(ctx, verb, "in_service"))


def given_away(ctx: SentenceContext, p: Mention) -> bool:
    """Whether the noun a platform's name qualifies is a promise of it to others ("their own F-16 pledges")."""
    nxt = ctx.doc[p.end] if p.end < ctx.sent.end else None
    return nxt is not None and nxt.i not in ctx.at and nxt.lemma_.lower() in cues()["operate"]["given_nouns"]


def only_design(ctx: SentenceContext, p: Mention) -> bool:
    """Whether the platform's name only qualifies a design or right to it that a verb of supply hands on ("sold its
    Gowind corvettes design to Egypt", "licensed its Rafale plans": ``operate.design_nouns``): the owner's own
    fleet is not named (not "building its own SSN-AUKUS design": a design built is the boats)."""
    verb = ctx.head_token(p)
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.lemma_.lower() not in cues()["supply"]["verbs"]:
        return False
    words = cues()["operate"]["design_nouns"]
    for t in ctx.doc[p.end:min(ctx.sent.end, p.end + 3)]:  # past the rest of its name ("MEKO A-200 frigates design")
        if t.i not in ctx.at and t.lower_ in words:
            return True  # (the tagger may read "design" after a plural as a verb)
        if t.pos_ in {"ADP", "VERB", "AUX", "PUNCT", "CCONJ", "DET", "PRON"}:
            return False
    return False


def sent_away(ctx: SentenceContext, noun: Token) -> bool:
    """Whether a possessed noun is the object of a supply verb with a receiver: "would send its Leopard 2A6
    tanks to Ukraine", "gave Kyiv its MiG-29s" (the owner's no longer; not "sent its tanks to the Baltic")."""
    verb = noun.head
    return noun.dep_ == "dobj" and verb.lemma_.lower() in cues()["supply"]["verbs"] and bool(
        ctx.prep_objects(verb, {"to"}, STATES) or any(c.dep_ in {"dative", "iobj"} and c.i in ctx.at
                                                      for c in verb.children))


def own_platforms(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "The Luftwaffe declared initial operational capability for its first Arrow 3 battery": a state
    subject's "its"/"their" platform is its own (not its "own F-16 pledges", nor what a supply verb says it
    sends to another: those it gives away)."""
    given = cues()["operate"]["given_nouns"]
    for p in ctx.of({"Platform"}):
        head = ctx.head_token(p)
        phrase = head
        for _ in range(3):
            if any(c.dep_ == "poss" for c in phrase.children) or phrase.dep_ not in {"compound", "nmod", "amod", "nummod"}:
                break
            phrase = phrase.head
        poss = [c for c in phrase.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}]
        if not poss or poss[0].i > p.start or phrase.i not in ctx.at and phrase.lemma_.lower() in given \
                or given_away(ctx, p) or only_design(ctx, p):
            continue
        verb, holder = phrase, None
        for _ in range(4):
            if verb.pos_ in {"VERB", "AUX"} or verb.head == verb:
                break
            verb = verb.head
            if holder is None and verb.i in ctx.at and ctx.label(ctx.at[verb.i]) in STATES:
                # "the RAAF flies the F-35A, and the navy with its MH-60R": the state the phrase hangs on
                holder = ctx.at[verb.i]
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        if sent_away(ctx, phrase):
            continue  # "Germany prepares to send its first Leopard 2A6 tanks to Ukraine": its own, given away
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if holder is not None:
            subjects = [ctx.head_token(holder)]
        elif not subjects and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            subjects = _infinitive_owner(ctx, verb)  # "the army's choice of the K9 to replace its M109s"
        if len(subjects) == 1 and subjects[0].tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
            subjects = [verb.head]  # "Poland, which had promised a company of its own Leopards"
        if len(subjects) != 1 or subjects[0].i not in ctx.at:
            continue
        owner = ctx.at[subjects[0].i]
        if ctx.label(owner) not in STATES:
            continue  # "Airbus delivered its first A400M": a maker's own type is not operated by it
        # the platform's own phrase where it hangs on that verb ("ended its F-16 era": the era is the F-16's)
        stage = clause_stage(ctx, head if (clause_verb(head) or head).i == verb.i else verb, "in_service")
        for o in _with_country(ctx, [owner], STATES):
            yield rel(ctx, o, "OPERATES", p, 0.6, "own-platform", stage=stage)


def whose_platforms(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "the United States, whose F-15E Strike Eagles shot down drones", "Poland, whose Leopard 2A4 tanks are
    ageing": the state or armed body a relative "whose" stands for owns the platforms of its phrase (the
    noun the relative clause qualifies, else the name just before ", whose"; not "a deal whose F-16s ...":
    that noun must be a state or a body)."""
    for p in ctx.of({"Platform"}):
        phrase = ctx.head_token(p)
        for _ in range(3):
            if phrase.dep_ not in {"compound", "nmod", "amod", "nummod"}:
                break
            phrase = phrase.head
        for _ in range(2):  # "whose F-15Es and two destroyers": the first conjunct holds the "whose"
            if phrase.dep_ != "conj":
                break
            phrase = phrase.head
        whose = next((c for t in [phrase, *ctx.doc[p.start:p.end]] for c in t.children
                      if c.dep_ == "poss" and c.tag_ == "WP$" and c.i < p.start), None)
        if whose is None or given_away(ctx, p) or _others_goods(ctx, p, phrase):
            continue
        owner = _whose_owner(ctx, phrase, whose)
        if owner is None or ctx.label(owner) not in STATES:
            continue
        for o in _with_country(ctx, [owner], STATES):
            yield rel(ctx, o, "OPERATES", p, 0.6, "whose-platform", stage=clause_stage(ctx, phrase, "in_service"))


def _others_goods(ctx: SentenceContext, p: Mention, phrase: Token) -> bool:
    """Whether the platform's phrase is the object of another subject's verb ("Turkey, whose TB2s Ukraine bought")."""
    return phrase.dep_ in {"dobj", "pobj"} and any(
        c.dep_ in {"nsubj", "nsubjpass"} and not p.start <= c.i < p.end for c in phrase.head.children)


def _whose_owner(ctx: SentenceContext, phrase: Token, whose: Token) -> Mention | None:
    """Whom "whose" stands for: the noun its relative clause qualifies, else the name just before it."""
    verb = phrase
    for _ in range(4):
        if verb.dep_ in {"relcl", "acl"} or verb.head == verb:
            break
        verb = verb.head
    if verb.dep_ in {"relcl", "acl"} and verb.head.i < whose.i:
        return ctx.at.get(verb.head.i)
    before = whose.i - 2 if whose.i >= 2 and ctx.doc[whose.i - 1].text == "," else whose.i - 1
    return ctx.at.get(before) if before >= ctx.sent.start else None


def _infinitive_owner(ctx: SentenceContext, verb: Token) -> list[Token]:
    """The state an infinitive with no subject of its own belongs to: the possessor of the noun it
    qualifies ("the army's choice of the K9 to replace its M109s", up to two nouns up) or the subject of
    the verb it hangs on ("Canada chose the F-35 to replace its CF-18s")."""
    head = verb.head
    for _ in range(3):
        if head.pos_ in {"VERB", "AUX"}:
            return [c for c in head.children if c.dep_ == "nsubj"]
        owner = [c for c in head.children if c.dep_ == "poss" and c.i in ctx.at]
        if owner:
            return owner[:1]
        if head.head == head:
            break
        head = head.head
    return []


ARRIVAL_VERBS = frozenset({"go", "arrive", "reach"})


def gone_to(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "the Aksungur has reportedly gone to Nigeria", "the first HIMARS arrived in Taiwan": a platform
    that goes to a state is operated by it."""
    for tok, (lemma, _) in ctx.cued_forms(ARRIVAL_VERBS):
        if lemma not in ARRIVAL_VERBS or tok.pos_ != "VERB" or negated(ctx, tok):
            continue
        platforms = [p for c in tok.children if c.dep_ == "nsubj" for p in _platform_heads(ctx, c)]
        if not platforms:
            continue
        preps = {"to"} if tok.lemma_.lower() == "go" else {"in", "to"}
        states = [m for m in ctx.prep_objects(tok, preps, {"Country"})]
        if tok.lemma_.lower() == "reach":  # "reached Nigeria", not "would reach the Chinese coast"
            states += [ctx.at[c.i] for c in tok.children if c.dep_ == "dobj" and c.i in ctx.at
                       and ctx.label(ctx.at[c.i]) == "Country" and not ctx.at[c.i].demonym]
        stage = clause_stage(ctx, tok, "delivered")
        for s in states:
            for p in platforms:
                yield rel(ctx, s, "OPERATES", p, 0.6, "gone-to", stage=stage)


USE_VERBS = frozenset({"fire", "launch", "drop", "shoot"})


def fired(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "the Iskander missiles that Russia has fired at Ukraine", "the Geran-2, which Russian forces
    have launched": a state that fires or launches a weapon operates it."""
    for tok, (lemma, _) in ctx.cued_forms(USE_VERBS):
        if lemma not in USE_VERBS or tok.pos_ != "VERB" or negated(ctx, tok):
            continue
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children) or tok.dep_ == "acl" and tok.tag_ == "VBN"
        platforms = [p for c in tok.children if c.dep_ in {"dobj", "nsubjpass"} for p in _platform_heads(ctx, c)]
        if tok.dep_ in {"relcl", "acl"} and (passive or any(c.dep_ == "dobj" and c.tag_ in {"WDT", "WP"}
                                                            for c in tok.children)):
            platforms += [p for p in _platform_heads(ctx, tok.head) if p not in platforms]
        if not platforms:
            continue
        users = ctx.prep_objects(tok, {"by"}, STATES) if passive else ctx.subjects(tok, STATES)
        for u in _with_country(ctx, users, STATES):
            for p in platforms:
                yield rel(ctx, u, "OPERATES", p, 0.6, "fired", stage=clause_stage(ctx, tok, "in_service"))


def _of_armed_body(ctx: SentenceContext, p: Mention) -> Iterator[Relation]:
    """ "Xian H-6K bombers of the Chinese air force", "Tu-95MS carriers from the Russian Aerospace Forces", "the
    destroyer Jiaozuo of the Chinese Navy": an armed service (a word of ``operate.armed_body_words`` in its name)
    named in an "of"/"from" phrase of the platform's noun, or of its own name where that is set beside a kind
    noun ("the destroyer Jiaozuo": not a class set beside a named ship, "USS X, a Y-class ship of the US Navy")."""
    from .phrases import _np_head

    head = ctx.head_token(p)
    noun = _np_head(head)
    armed = cues()["operate"]["armed_body_words"]
    beside = head != noun and head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.i not in ctx.at
    owners = [noun, head] if beside else [noun]
    bodies = list({m.entity: m for t in owners for m in ctx.prep_objects(t, {"of", "from"}, {"GovernmentBody"})
                   if armed & set(ctx.entities[m.entity].name.lower().split())}.values())
    for o in _with_country(ctx, bodies, STATES):
        yield rel(ctx, o, "OPERATES", p, 0.6, "armed-body-of", stage=clause_stage(ctx, noun, "in_service"))


def _in_markings(ctx: SentenceContext, p: Mention) -> Iterator[Relation]:
    """ "six Rafale fighters in Hellenic Air Force markings", "two Gripens in Hungarian colours": the state or
    force whose markings (`operate.marking_nouns`) the platform wears, named in the noun's modifiers, flies it."""
    from .phrases import _np_head

    noun = _np_head(ctx.head_token(p))
    marks = cues()["operate"]["marking_nouns"]
    for obj in (o for o in prep_objects(noun, "in") if o.lemma_.lower() in marks and o.i not in ctx.at):
        owners = [ctx.at[t.i] for t in obj.subtree if t.i < obj.i and t.i in ctx.at]
        owners = [m for m in owners if ctx.label(m) in STATES and not office(ctx.entities[m.entity])]
        for o in _with_country(ctx, list({m.entity: m for m in owners}.values()), STATES):
            yield rel(ctx, o, "OPERATES", p, 0.6, "in-markings", stage=clause_stage(ctx, noun, "in_service"))


def described_owner(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "the J-15T, the first PLA Navy jet shown at Zhuhai": a platform set beside an equipment noun
    that a state body's name modifies is that body's; so is one named right after it ("Royal Saudi
    Air Force F-15s")."""
    from ...mentions.lexicon import category_of

    for p in ctx.of({"Platform"}):
        before = ctx.at.get(p.start - 1)
        if before is not None and before.end == p.start and ctx.label(before) == "GovernmentBody" and \
                ctx.doc[before.start].tag_ not in {"PRP", "PRP$"}:  # a name, not "its" read as the body
            # "US Air Force F-16 and F-35 fighters": the body's conjoined platforms too, and its state
            more, i = [], p.end
            while i + 1 < ctx.sent.end and ctx.doc[i].lower_ in {",", "and"}:  # "F-16, F-15 and F-35 fighters"
                nxt = ctx.at.get(i + 1) if ctx.doc[i + 1].lower_ != "and" else ctx.at.get(i + 2)
                if nxt is None or ctx.label(nxt) != "Platform":
                    break
                more.append(nxt)
                i = nxt.end
            for o in _with_country(ctx, [before], STATES):
                for x in [p, *(m for m in more if m.entity != p.entity)]:
                    yield rel(ctx, o, "OPERATES", x, 0.6, "body-platform",
                              stage=clause_stage(ctx, ctx.head_token(x), "in_service"))
        yield from _of_armed_body(ctx, p)
        yield from _in_markings(ctx, p)
        for m in apposition_owners(ctx, p, "GovernmentBody", lambda ap: category_of([ap.lower_]) is not None):
            yield rel(ctx, m, "OPERATES", p, 0.6, "described-owner",
                      stage=clause_stage(ctx, ctx.head_token(p), "in_service"))


def serves_with(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "The type already flies with the air forces of Myanmar and Nigeria", "the K9 is in service with
    Finland and Norway": the states a platform subject serves "with" operate it."""
    lex = cues()["operate"]
    for tok, (lemma, _) in ctx.cued_forms(_service_words()):
        if lemma not in lex["service_verbs"] and lemma not in lex["service_nouns"]:
            continue  # (the two cases below need one of these)
        holder = None
        if tok.pos_ == "VERB" and lemma in lex["service_verbs"]:
            holder, verb = tok, tok
        elif lemma in lex["service_nouns"] and tok.dep_ == "pobj" and tok.head.lower_ == "in":
            holder, verb = tok, tok.head.head
        if holder is None or negated(ctx, verb) or verb.pos_ not in {"VERB", "AUX"}:
            continue
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        platforms = [p for s in subjects for p in _platform_heads(ctx, s)]
        if not platforms and any(s.lemma_.lower() in {"type", "jet", "aircraft", "system", "fighter"}
                                 and any(d.lower_ == "the" for d in s.children) for s in subjects):
            platforms = _latest_platform(ctx, facts, ctx.sent.start)  # "the type": the platform just named
        states = [ctx.at[t.i] for c in holder.children if c.dep_ == "prep" and c.lower_ == "with"
                  for t in c.subtree if t.i in ctx.at and ctx.label(ctx.at[t.i]) in STATES]
        seen: set[str] = set()
        for s in _with_country(ctx, states, STATES):
            for p in platforms if s.entity not in seen else []:
                yield rel(ctx, s, "OPERATES", p, 0.6, "serves-with", stage=clause_stage(ctx, verb, "in_service"))
            seen.add(s.entity)


def _national_service_holder(ctx: SentenceContext, noun: Token) -> list[Mention]:
    """The state or armed service a "service" noun of ``in``-phrase names as its holder: "in Kazakh service", "in
    RAF service", "in Indian Air Force service" (a demonym or a name before the noun, nothing else)."""
    lex = cues()["operate"]
    if noun.lower_ not in lex["national_service_nouns"] or not _in_service(noun) and not _left_service(noun):
        return []
    mods = [c for c in noun.children if c.i < noun.i and c.dep_ not in {"det", "punct"}]
    holders = [ctx.at[c.i] for c in mods if c.i in ctx.at]
    if not holders or len({m.entity for m in holders}) != 1 or \
            any(c.i not in ctx.at and c.lower_ not in lex["national_service_words"] for c in mods):
        return []  # "in active Indian service" reads as Indian; "in Indian and Pakistani service" is two
    first = next(c for c in mods if c.i in ctx.at)  # "in Soviet and Polish service": both
    holders += [ctx.at[d.i] for d in conjuncts(first) if d.i in ctx.at]
    return [m for h in holders if (m := ctx.fit(h, STATES)) is not None]


def _in_service(noun: Token) -> bool:
    """ "in Kazakh service": the noun the object of ``in``."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "in"


def _left_service(noun: Token) -> bool:
    """ "INS Viraat leaves Indian Navy service", "was retired from French service": the noun the object of a verb
    of leaving (``national_service_exits``) or of ``from`` on a verb of retiring."""
    lex = cues()["operate"]
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in lex["national_service_exits"]
    return noun.dep_ == "pobj" and noun.head.lower_ == "from" and noun.head.head.lemma_.lower() in RETIRE_VERBS


def in_national_service(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "The last MiG-29s in Kazakh service", "the Airbus A400M, known in RAF service as the Atlas C1", "the number
    of Rafales in Indian service", "the Su-24 remained in Kazakh service until 2020": the state or service whose
    "service" a platform is in operates it (the phrase on the platform's noun, on a participle hung on it, or on a
    verb whose subject names it)."""
    lex = cues()["operate"]
    if not ctx.lemmas & set(lex["national_service_nouns"]):
        return
    for tok in ctx.tokens:
        holders = _national_service_holder(ctx, tok)
        if not holders:
            continue
        left = _left_service(tok)
        head = tok.head if left and tok.dep_ == "dobj" else tok.head.head
        if left:  # "INS Viraat leaves Indian Navy service", "the Mirage 2000 was retired from French service"
            if negated(ctx, head) or head.pos_ not in {"VERB", "AUX"}:
                continue
            platforms = [p for c in head.children if c.dep_ in {"nsubj", "nsubjpass"} for p in _platform_heads(ctx, c)]
        elif head.pos_ in {"VERB", "AUX"} and head.dep_ in {"acl", "relcl"} and head.tag_ == "VBN":
            platforms = [p for p in _platform_heads(ctx, head.head) if p.start < head.i]  # "X, known in RAF service"
        elif head.pos_ in {"VERB", "AUX"}:
            if negated(ctx, head):
                continue
            platforms = [p for c in head.children if c.dep_ in {"nsubj", "nsubjpass"} for p in _platform_heads(ctx, c)]
        else:
            platforms = [p for p in _platform_heads(ctx, head) if p.start < tok.i]
        # in a service is in service, unless its clause retires it ("remained in Kazakh service until 2020")
        ended = left or head.pos_ in {"VERB", "AUX"} and held_until(head, base_year(ctx))  # "remained ... until 2020"
        stage = "retired" if ended or clause_stage(ctx, head, "in_service") == "retired" else "in_service"
        if left and any(c.dep_ == "aux" and c.lower_ in {"will", "would", "shall"} for c in head.children):
            stage = "in_service"  # "will leave Navy service next year": still in it
        for o in _own_services(ctx, holders, platforms):
            for p in platforms:
                yield rel(ctx, o, "OPERATES", p, 0.6, "national-service", stage=stage)


def _own_services(ctx: SentenceContext, holders: list[Mention], platforms: list[Mention]) -> list[Mention]:
    """A state holder told by its demonym gives way to its armed service the sentence names, when that service's
    kind fits the platforms ("the air force's fleet: ... helicopters, known in Malaysian service as the EC725": the
    air force; not the navy beside "Rafales in Indian service"); a named holder stays."""
    out: list[Mention] = []
    for h in holders:
        services = [m for m in ctx.mentions if h.demonym and ctx.label(m) == "GovernmentBody"
                    and ctx.entities[m.entity].country == h.entity and armed_service(ctx, m)]
        services = [m for m in services if all(_service_fits(ctx, m, p) for p in platforms)]
        out += [m for m in (services[:1] or [h]) if all(m.entity != o.entity for o in out)]
    return out


def _service_fits(ctx: SentenceContext, service: Mention, platform: Mention) -> bool:
    """Whether an armed service's name fits a platform's category (``operate.service_categories``: an air force
    flies aircraft, a navy sails ships); a category with no entry fits none."""
    category = ctx.entities[platform.entity].props.get("category")
    words = cues()["operate"]["service_categories"].get(category or "", [])
    name = ctx.entities[service.entity].name.lower()
    return any(w in name.split() for w in words)


def _demonym_before(ctx: SentenceContext, p: Mention) -> Mention | None:
    """The country demonym right before a platform ("two Russian Tu-95 bombers"), not a maker's "-made"."""
    i = p.start - 1
    while i >= ctx.sent.start and ctx.doc[i].pos_ == "ADJ" and i not in ctx.at:
        i -= 1
    m = ctx.at.get(i)
    if m is None or not m.demonym or ctx.label(m) != "Country" or m.end != i + 1:
        return None
    if i + 1 < len(ctx.doc) and ctx.doc[i + 1].text == "-":
        return None  # "Russian-made", "Chinese-Pakistani"
    return m


def _listed_noun(ctx: SentenceContext, p: Mention) -> Token:
    """The noun a platform's phrase hangs on, the first of a conjoined list's ("Russian Su-30SM and
    Su-35S fighters", "Chinese J-10Cs as well as American F-16s")."""
    from .phrases import _np_head

    noun = _np_head(ctx.head_token(p))
    return _np_head(noun.head) if noun.dep_ == "conj" else noun


def in_action(ctx: SentenceContext, p: Mention) -> bool:
    """Whether the platform's phrase is the subject, object or passive agent of an action verb ("... escorted
    the group", "intercepted two ... bombers", "were shot down by ... fighters")."""
    noun = _listed_noun(ctx, p)
    for _ in range(3):  # a misparsed phrase: "Moroccan F-16s are working" with "F-16s" under "Moroccan"
        if noun.dep_ in {"nsubj", "dobj", "nsubjpass"} and noun.head.pos_ == "VERB" or noun.head == noun or \
                noun.head.pos_ in {"VERB", "AUX"} or noun.dep_ not in {"dobj", "case", "amod", "compound", "nummod", "nmod"}:
            break
        noun = noun.head
    lex = cues()["operate"]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in lex["formation_nouns"]:
        noun = noun.head.head  # "met by a formation of Indian Tejas fighters": the formation acts
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "agent" and verb.head.pos_ == "VERB":
        noun, verb = verb, verb.head  # "drones were shot down by Polish F-16s": the passive's doer
    phrasal = lex["action_phrasal"].get(verb.lemma_.lower())  # "a German A400M took part"
    acting = verb.lemma_.lower() in lex["action_verbs"] or phrasal is not None and noun.dep_ == "nsubj" and any(
        c.dep_ == "dobj" and c.lower_ == phrasal for c in verb.children)
    return noun.dep_ in {"nsubj", "dobj", "nsubjpass", "agent"} and verb.pos_ == "VERB" and acting \
        and not negated(ctx, verb)


def _held_by_subject(ctx: SentenceContext, p: Mention, m: Mention) -> bool:
    """Whether the platform is the object of an operating or buying verb whose subject is not the demonym's
    state: "Pakistan flies Chinese J-10C fighters", "an air force that flies American F-4s" (the demonym names
    where the jets come from)."""
    lex = cues()
    noun = _listed_noun(ctx, p)  # "flies Chinese J-10Cs as well as American F-16s"
    verb = noun.head
    if noun.dep_ not in {"dobj", "pobj"} or verb.lemma_.lower() not in lex["operate"]["verbs"] | lex["acquire"]["verbs"]:
        return False
    # "an air force that still flies American F-4s": a subject that is no named state holds them too
    own = [c for c in verb.children if c.dep_ == "nsubj" and (c.i not in ctx.at or ctx.at[c.i].entity != m.entity)]
    return bool(own) or any(s.entity != m.entity for s in ctx.subjects(verb, STATES))


def demonym_users(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Russian Su-30SM and Su-35S fighters escorted the group", "NORAD intercepted two Chinese H-6
    bombers": a state's demonym on a platform in action names its operator (not where a state that
    flies or buys it got it from: ``_held_by_subject``); so does the demonym of a state that is not the
    type's country of origin, in action or not ("Ukrainian F-16s were first shown in public":
    :func:`foreign_demonym`)."""
    for p in ctx.of({"Platform"}):
        m, first = _demonym_before(ctx, p), None
        if m is None:
            prev = ctx.at.get(p.start - 1)  # "Russian Su-30SM and Su-35S": the first platform's demonym
            first = ctx.doc[p.start - 1].lower_ == "and" and ctx.at.get(p.start - 2)
            if prev is None and first and ctx.label(first) == "Platform":
                m = _demonym_before(ctx, first)
        if m is None or _held_by_subject(ctx, p, m):
            continue
        # a demonym read off the first of two platforms holds the second only where it names no origin of the
        # first either ("French Rafales and Eurofighter Typhoons": France makes the Rafale, flies no Typhoon)
        foreign = foreign_demonym(ctx, m, p) and (not first or foreign_demonym(ctx, m, first))
        # (not in a headline, whose "Saudi F-35s", "First Brazilian Gripen" names the buyer of goods still to come)
        if in_action(ctx, p) and not foreign and _owned_in_phrase(ctx, m, p):
            continue  # "American F-16 jets flown by Ukrainian pilots": the phrase names who holds the maker's goods
        if in_action(ctx, p) or (foreign and not given_away(ctx, p) and not in_headline(ctx.doc, ctx.sent.start_char)):
            yield rel(ctx, m, "OPERATES", p, 0.55, "demonym-user",
                      stage=clause_stage(ctx, ctx.head_token(p), "in_service"))
        elif not first and maker_demonym_user(ctx, m, p):
            yield rel(ctx, m, "OPERATES", p, 0.5, "demonym-maker-user",
                      stage=clause_stage(ctx, ctx.head_token(p), "in_service"))


def maker_demonym_user(ctx: SentenceContext, m: Mention, p: Mention) -> bool:
    """Whether the demonym of the type's own maker state names its user where the maker reading is declined
    (``native-maker``): the phrase is its clause's subject ("a Chinese J-16 fighter cut in front of the patrol
    plane", "Swedish Gripen fighters will lead the air activity") or goes on with a noun of a force's own units
    ("American Patriot units"). Not in a headline (its "Russian Su-35s" may name the seller of the news), not goods
    pledged, and not where the sentence names another state that the operator table lists for the type ("the first
    American M1 tanks are now in Poland": the buyer's, come from the maker)."""
    from .makers import _subject

    if in_headline(ctx.doc, ctx.sent.start_char) or given_away(ctx, p) or foreign_demonym(ctx, m, p):
        return False
    e = ctx.entities[p.entity]
    from ...reference import load_reference

    entry = load_reference().get(e.ref_id) if e.ref_id else None
    if entry is None or ctx.entities[m.entity].name not in entry.origin:
        return False
    unit = p.end < ctx.sent.end and ctx.doc[p.end].lower_ in cues()["manufacture"]["user_unit_nouns"]
    if not (unit or _subject(ctx, p) or _relative_subject(ctx, p)) or _goods_clause(ctx, p) or \
            _owned_in_phrase(ctx, m, p):
        return False
    from .catalogued_dyads import norm_name
    from .catalogued_users import operators

    listed = {s for (t, s) in operators() if t == norm_name(entry.name)}
    for o in ctx.mentions:
        other = ctx.entities.get(o.entity) if o.entity else None
        if other is None or other.id == m.entity:
            continue
        state = other.name if other.label == "Country" else \
            ctx.entities[other.country].name if other.label == "GovernmentBody" and other.country in ctx.entities else None
        if state is not None and state not in entry.origin and norm_name(state) in listed:
            return False
    return True


def _phrase_noun(ctx: SentenceContext, p: Mention) -> Token:
    """The head noun of the platform's whole phrase: its listed noun, up through compounds and modifiers
    ("Israeli Heron drones": "drones")."""
    noun = _listed_noun(ctx, p)
    while noun.dep_ in {"compound", "amod", "nmod", "nummod"} and noun.head.i != noun.i:
        noun = noun.head
    return noun


_HOLDING_PREPS = {"of", "by", "to", "in", "with"}
_HELD_NOUNS = {"service", "use", "inventory", "fleet", "hands", "arsenal", "stock", "stocks"}


def _owned_in_phrase(ctx: SentenceContext, m: Mention, p: Mention) -> bool:
    """Whether the platform's own phrase names another state or its service as the holder of the maker's goods, so
    demonym ``m`` names only where they come from: an owner's possessive ("India's Israeli Heron drones"), an
    "of"-phrase ("Israeli Heron drones of the Indian Army"), a participle or relative clause of holding ("operated
    by India", "flown by Ukrainian pilots", "belonging to the Indian Air Force", "leased to India", "which belong
    to the Indian Army"), "in Indian service", or "its" after another state in the sentence ("India said its Israeli
    Heron drones"). A state the phrase names in what the units do ("Russian Su-35s
    that bombed Ukrainian positions") is no owner."""
    lex = cues()
    noun = _phrase_noun(ctx, p)
    holding = set(lex["operate"]["verbs"]) | {"belong", "lease", "loan", "own", "fly", "pilot", "crew", "man",
                                               "field", "hold", "operate", "use"}
    spans: list[Token] = [c for c in noun.children if c.dep_ == "poss"]
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            spans += [o for o in c.children if o.dep_ == "pobj"]
        elif c.dep_ == "prep" and c.lower_ == "in":
            spans += [o for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in _HELD_NOUNS]
        elif c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in holding:
            spans += [o for g in c.children if g.dep_ in {"agent", "prep"} and g.lower_ in _HOLDING_PREPS
                      for o in g.children if o.dep_ == "pobj"]
            if c.dep_ == "acl" and c.tag_ == "VBG":  # "belonging to", "India flying them"
                spans += [g for g in c.children if g.dep_ in {"dobj"}]
    maker = ctx.entities[m.entity].name

    def state_of(o: Mention) -> str | None:
        other = ctx.entities.get(o.entity) if o.entity else None
        if other is None or other.label not in STATES:
            return None
        return other.name if other.label == "Country" else \
            ctx.entities[other.country].name if other.country in ctx.entities else None  # a body of no known state

    for span in spans:
        if span.tag_ == "PRP$":  # "India said its Israeli Heron drones ...": the clause's state before it
            before = [o for o in ctx.mentions if o.end <= span.i and not o.demonym and state_of(o) is not None]
            if before and state_of(max(before, key=lambda o: o.start)) != maker:
                return True
            continue
        for t in span.subtree:
            o = ctx.at.get(t.i)
            if o is None or o.entity is None or o.entity == m.entity or o.start < p.end and o.end > p.start:
                continue
            state = state_of(o)
            if state is not None and state != maker:
                return True
    return False


def _relative_subject(ctx: SentenceContext, p: Mention) -> bool:
    """Whether the platform's phrase is the subject of its own relative clause ("a Russian Kh-55 cruise missile that
    came down in a forest"): the clause tells of those units doing something (not "the Patriot, which Poland bought")."""
    noun = _phrase_noun(ctx, p)
    return any(c.dep_ == "relcl" and c.pos_ == "VERB"
               and any(g.dep_ == "nsubj" and g.lower_ in {"that", "which"} for g in c.children)
               for c in noun.children)


def _goods_clause(ctx: SentenceContext, p: Mention) -> bool:
    """Whether the clause of a platform's phrase tells of goods, not of a force's use: its verb is one of supply,
    purchase or arrival ("the American Patriot could not be delivered as quickly", "tanks that arrived in the port") or the goods are on show ("an Israeli
    Hermes 900 drone was also on show": ``display.goods_nouns``)."""
    lex = cues()
    noun = _phrase_noun(ctx, p)
    verbs = [noun.head, *(c for c in noun.children if c.dep_ == "relcl")]
    goods = set(lex["supply"]["verbs"]) | set(lex["acquire"]["verbs"]) | set(lex["manufacture"]["arrival_verbs"])
    shown = set(lex["display"]["goods_nouns"])
    return any(v.lemma_.lower() in goods or any(t.dep_ == "pobj" and t.head.lower_ == "on" and t.lemma_.lower() in shown
                                                 for t in v.subtree) for v in verbs)


def foreign_demonym(ctx: SentenceContext, m: Mention, p: Mention) -> bool:
    """Whether demonym ``m`` on platform ``p`` names a state that is not the type's country of origin (the
    reference data's ``origin``): "Ukrainian F-16s", "Greek F-16s", "German Patriot batteries" name who
    holds them, wherever the sentence puts them; "Russian Su-35s", "American F-16s", "Turkish drones" may
    name only where they come from (those stay with :func:`in_action`), as do demonyms joined to the origin's
    ("the German and Italian Type 212A"). A type the reference data gives no origin is left alone."""
    from ...reference import load_reference

    e = ctx.entities[p.entity]
    entry = load_reference().get(e.ref_id) if e.ref_id else None
    if entry is None or not entry.origin or ctx.entities[m.entity].name in entry.origin:
        return False
    # "the German and Italian Type 212A": demonyms joined before the type credit its design, not its holders
    joined = ctx.doc[min(m.start, ctx.head_token(p).left_edge.i):p.start]
    return not any(t.i in ctx.at and ctx.entities[ctx.at[t.i].entity].name in entry.origin for t in joined)


def _clause_chain(tok: Token) -> list[Token]:
    """``tok`` and the words its clause hangs from up to the clause's own verb ("it is due to succeed":
    succeed, due, is), not into a clause above it."""
    chain = [tok]
    while chain[-1].dep_ in {"xcomp", "acomp"} and chain[-1].head != chain[-1] and len(chain) < 4:
        chain.append(chain[-1].head)
    return chain


def _succeeded(ctx: SentenceContext, tok: Token) -> list[Mention]:
    """The platforms a succession verb says give way ("succeed the F-16", "take over from the MiG-29")."""
    lex = cues()["operate"]
    objs = _succeeded_nouns(tok)
    out: list[Mention] = []
    for o in objs:
        # "replace several older types in the air force, including Mirage 2000s and Jaguars": the members listed
        listed = prep_objects(o, lex["listing_preps"])
        for p in [m for n in [o, *listed] for m in _own_phrase(ctx, n)]:
            if all(p.entity != q.entity for q in out):
                out.append(p)
    return out


def _succeeded_nouns(tok: Token) -> list[Token]:
    """The nouns of what gives way: the object of "replace"/"succeed", the "from" object of "take over"."""
    lemma = tok.lemma_.lower()
    lex = cues()["operate"]
    if lemma in lex["succession_verbs"]:
        return [c for c in tok.children if c.dep_ == "dobj"]
    if lemma in lex["succession_phrasal"] and any(c.dep_ == "prt" and c.lower_ == lex["succession_phrasal"][lemma]
                                                   for c in tok.children):
        return [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for o in c.children
                if o.dep_ == "pobj"]
    return []


def _phrase_nouns(noun: Token) -> list[Token]:
    """``noun`` and the nouns that name the same thing in its phrase: conjuncts, appositions, compound
    and nominal modifiers, the "of" object of an apposition ("the CP-140, Canada's version of the P-3")."""
    out, todo = [], [noun]
    while todo and len(out) < 12:
        t = todo.pop()
        if t in out:
            continue
        out.append(t)
        todo += [c for c in t.children if c.dep_ in {"conj", "appos", "compound", "nmod"}]
        if t.dep_ == "appos" or t.dep_ == "nmod":
            todo += [o for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                     if o.dep_ == "pobj"]
    return out


def _holder_word(ctx: SentenceContext, facts: DocFacts, tok: Token) -> list[Mention]:
    """The state or body a possessive or subject word names: a mention ("Peru's", "the Royal Navy"), "its"
    (an earlier state), "the air force('s)" (the service just named); not a demonym ("Polish")."""
    if tok.i in ctx.at:
        m = ctx.fit(ctx.at[tok.i], STATES)
        return [m] if m is not None and not m.demonym else []
    if tok.tag_ in {"PRP$", "PRP"}:
        return _antecedent(ctx, facts, tok, STATES)
    return _antecedent(ctx, facts, tok, {"GovernmentBody"}) if tok.pos_ == "NOUN" else []


def _relative_holders(ctx: SentenceContext, facts: DocFacts, noun: Token) -> list[Mention]:
    """The subjects of a relative clause of flying or using whose object is ``noun``: "the Hawks that the air
    force has flown since the 1990s", "helicopters that the army and the air force still fly"."""
    lex = cues()["operate"]
    verbs = set(lex["verbs"]) | set(lex["service_verbs"])
    out: list[Mention] = []
    for c in noun.children:
        if c.dep_ == "relcl" and c.lemma_.lower() in verbs and not negated(ctx, c) and \
                any(x.dep_ in {"dobj", "nsubjpass"} and x.tag_ in {"WDT", "WP"} for x in c.children):
            out += [m for x in c.children if x.dep_ == "nsubj" for y in [x, *conjuncts(x)]
                    for m in _holder_word(ctx, facts, y)]
    return out


def _old_holders(ctx: SentenceContext, facts: DocFacts, tok: Token) -> list[Mention]:
    """Who holds the type that gives way, as its own phrase says: its possessor ("the air force's
    MiG-21s", "its F-5s"), the subject of an operating verb in a relative clause on it ("the Hawks that
    the air force has flown since the 1990s", "the CP-140, which the air force has flown for decades"),
    the "in" object of its noun when it is a body ("older types in the air force")."""
    out: list[Mention] = []
    for noun in _succeeded_nouns(tok):
        own = {m.entity for m in _own_phrase(ctx, noun)}
        for t in _phrase_nouns(noun):
            # (the possessor of a description set beside it is no holder: "Brazil's version of the F-5")
            found = [m for c in t.children if c.dep_ == "poss" and t.dep_ != "appos"
                     for m in _holder_word(ctx, facts, c)]
            # a clause on the original of a version ("the F-5EM, Brazil's version of the F-5, which the air force
            # has flown") is about the version only where the version is a type of its own
            original = t.dep_ == "pobj" and t.head.lower_ == "of"
            if not original or not own & {m.entity for m in _own_phrase(ctx, t)}:
                found += _relative_holders(ctx, facts, t)
            # (a body only: "the Bell 212s in Brunei" are where they are, not Brunei's)
            found += [m for c in t.children if t is noun and c.dep_ == "prep" and c.lower_ in {"in", "within"}
                      for x in c.children if x.dep_ == "pobj" for m in _holder_word(ctx, facts, x)
                      if ctx.label(m) == "GovernmentBody"]
            out += [m for m in found if all(m.entity != o.entity for o in out)]
    return out


def _own_phrase(ctx: SentenceContext, noun: Token) -> list[Mention]:
    """Platforms of a noun's own phrase ("the M113 armoured carriers", "the F-16 and the F-5"), not of the
    clauses and prepositional phrases hung on it (whatever the noun's own place: an apposition's own words count)."""
    skip = {x.i for c in noun.subtree if c != noun and c.dep_ in {"prep", "acl", "relcl", "appos"} for x in c.subtree}
    return platforms_in(ctx, noun, skip)


def successions(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "In the Belgian Air Component the new jet will replace the F-16", "in the Polish Air Force it will take
    over from the MiG-29": the service or state a succession is said to happen "in" operates the type that
    gives way (in service now, whatever the tense of the succession)."""
    lex = cues()["operate"]
    if not ctx.lemmas & (lex["succession_verbs"] | set(lex["succession_phrasal"])):
        return  # no cue word in the sentence (most sentences)
    succession = lex["succession_verbs"] | set(lex["succession_phrasal"])
    for tok, (lemma, _) in ctx.cued_forms(succession):
        if lemma not in succession or tok.pos_ != "VERB":
            continue  # (:func:`_succeeded` needs one of these)
        platforms = _succeeded(ctx, tok)
        if negated(ctx, tok):
            continue
        if not platforms:  # "retired its Lynx helicopters and replaced them with the SH-60": the new type still
            yield from _successors(ctx, tok, [], [])
            continue
        holders = [m for t in _clause_chain(tok) for m in ctx.prep_objects(t, {"in", "within"}, STATES)]
        # the service named, not its state as well: "in the Polish Air Force" says which of Poland's forces
        for o in [m for m in holders if not m.demonym]:
            for p in platforms:
                yield rel(ctx, o, "OPERATES", p, 0.6, "succession",
                          stage="retired" if succession_done(tok) else "in_service")
        old = _old_holders(ctx, facts, tok)
        # a succession told as done ("the P-8s took over from the P-3s in 2023", "the jets have replaced the
        # MiG-21s") retired the type that gave way; one still to come or going on leaves it in service
        gone = "retired" if succession_done(tok) else "in_service"
        for o in old:
            for p in platforms:
                yield rel(ctx, o, "OPERATES", p, 0.6, "succeeded-holder", stage=gone)
        yield from _successors(ctx, tok, platforms, old)


def replacements(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "The Army's replacement is the UH-60M", "the XM30, the Army's planned replacement for the M2
    Bradley", "pitched as a replacement for the Cheetah helicopters that the army still flies": the owner of a
    replacement (its possessor) holds the type it replaces and takes the type named as the replacement; the
    subject of a relative clause of flying on the type replaced holds that type."""
    nouns = cues()["operate"]["replacement_nouns"]
    if not ctx.lemmas & nouns:
        return
    for tok, (lemma, _) in ctx.cued_forms(nouns):
        if lemma not in nouns or tok.pos_ != "NOUN" or tok.i in ctx.at:
            continue
        owners = [m for c in tok.children if c.dep_ == "poss" for m in _holder_word(ctx, facts, c)]
        olds = prep_objects(tok, {"for", "to", "of"})
        old = [p for o in olds for p in _own_phrase(ctx, o)]
        holders = owners + [m for o in olds for t in _phrase_nouns(o) for m in _relative_holders(ctx, facts, t)]
        for h in holders:
            for p in old:
                yield rel(ctx, h, "OPERATES", p, 0.55, "replacement-owner", stage="in_service")
        new = [p for n in _replacing(tok) for p in _own_phrase(ctx, n) if all(p.entity != q.entity for q in old)]
        for h in owners:
            for p in new:
                yield rel(ctx, h, "OPERATES", p, 0.55, "replacement-owner", stage=clause_stage(ctx, tok, "ordered"))


def _replacing(noun: Token) -> list[Token]:
    """The noun a replacement noun is said to be: the other side of a copula ("the replacement is the K2",
    "the K2 is the replacement"), or the noun it is set beside ("the XM30, the Army's planned replacement")."""
    head = noun.head
    if noun.dep_ == "appos":
        return [head]
    if noun.dep_ in {"attr", "nsubj"} and head.lemma_ == "be":
        return [c for c in head.children if c.dep_ in ({"nsubj"} if noun.dep_ == "attr" else {"attr"})]
    return []


_CRAFT_NOUNS = frozenset({"jet", "aircraft", "fighter", "helicopter", "tank", "ship", "submarine", "drone"})


def _ordinal(tok: Token, words: set[str]) -> bool:
    """Whether ``tok`` ranks its noun in a series: "third", "latest", "23rd"."""
    low = tok.lower_
    return low in words or any(ch.isdigit() for ch in low) and low[-2:] in {"st", "nd", "rd", "th"}


def _infinitives(noun: Token) -> list[Token]:
    """The infinitive saying what a ranked noun is ranked for: "the third country to fly X" (on the noun, or,
    as the parser often has it, on the verb of the noun's clause)."""
    near = [c for c in noun.children if c.dep_ in {"acl", "relcl"}]
    near += [c for c in noun.head.children if c.dep_ in {"xcomp", "advcl"} and c.i > noun.i] \
        if noun.dep_ in {"attr", "ccomp", "oprd", "dobj"} else []
    return [v for v in near if v.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)]


def earlier_users(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Thailand will become the third country to fly the Gripen E, after Sweden and Brazil", "the second
    country in the region, after Israel, to fly the F-35": the states a ranked user follows hold the type
    (flying it when the verb is one of flying; how far along unsaid when it is one of buying)."""
    lex = cues()["operate"]
    nouns = lex["ranked_user_nouns"]
    if not ctx.lemmas & nouns:
        return
    operate, acquire = set(lex["verbs"]), set(cues()["acquire"]["verbs"])
    for tok, (lemma, _) in ctx.cued_forms(nouns):
        if lemma not in nouns or tok.i in ctx.at or not any(
                c.dep_ == "amod" and _ordinal(c, lex["ordinal_words"]) for c in tok.children):
            continue
        for verb in _infinitives(tok):
            low = verb.lemma_.lower()
            if low not in operate | acquire or negated(ctx, verb):
                continue
            objs = [c for c in verb.children if c.dep_ == "dobj"]
            platforms = [p for c in objs for p in _own_phrase(ctx, c)]
            if not platforms and any(c.lemma_.lower() in _TYPE_NOUNS | _CRAFT_NOUNS and c.i not in ctx.at
                                     and any(d.lower_ == "the" for d in c.children) for c in objs):
                platforms = _latest_platform(ctx, facts, tok.i)  # "the third country to fly the E/F model"
            earlier = _precedents(ctx, tok, verb) + [m for m in _precedents(ctx, tok.head, tok.head)
                                                     if tok.head != verb]
            seen: set[str] = set()
            for m in earlier:
                if m.entity in seen:
                    continue
                seen.add(m.entity)
                stage = "in_service" if low in operate else _own_clause_stage(ctx, m)
                for p in platforms:
                    yield rel(ctx, m, "OPERATES", p, 0.55, "earlier-user", **({"stage": stage} if stage else {}))


def _own_clause_stage(ctx: SentenceContext, m: Mention) -> str | None:
    """The stage an earlier user's own relative clause tells of the type ("after India, which flies its own
    P-8I variant": in service; "and Portugal, which took its first aircraft in 2023": delivering), else None
    (how far along it is the ranked verb of buying leaves unsaid)."""
    head = ctx.head_token(m)
    after = head.i + 2 if head.i + 1 < len(head.doc) and head.doc[head.i + 1].text == "," else head.i + 1
    # the clause that opens right after the name, wherever the parser hung it ("after Australia, India, which
    # flies ...": parsed on Australia)
    clause = next((t for t in ctx.sent if t.dep_ == "relcl" and t.pos_ in {"VERB", "AUX"} and t.left_edge.i == after), None)
    if clause is None or negated(ctx, clause):
        return None
    stage = clause_stage(ctx, clause, "in_service")
    return stage if stage in {"in_service", "delivering", "delivered", "retired"} else None


def succession_done(tok: Token) -> bool:
    """A verb of succession told as done: the simple past or a perfect ("took over from", "have replaced"), not
    negated, not under a modal or "to" ("would have replaced")."""
    aux = [c for c in tok.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.tag_ == "MD" or a.lower_ == "to" for a in aux) or any(c.dep_ == "neg" for c in tok.children):
        return False
    return tok.tag_ == "VBD" and not aux or tok.tag_ == "VBN" and any(a.lemma_ == "have" for a in aux)


def _successors(ctx: SentenceContext, tok: Token, old: list[Mention], old_holders: list[Mention]) -> Iterator[Relation]:
    """The new type of a succession is the holder's too, at the stage of its own clause: "Chile will
    replace its F-5s with the Gripen" (Chile, the subject), "the K2 will replace the Polish Army's
    T-72s", "the Rafales will take over from the MiG-21s that the air force has flown", "35 F-35As to
    replace the air force's Tornados" (the holder of the type that gives way: :func:`_old_holders`)."""
    olds = {m.entity for m in old}
    subjects = [c for t in _clause_chain(tok) for c in t.children if c.dep_ == "nsubj"]
    # the new type's own phrase, not what a description set beside it names ("the EA-18G, a derivative of the
    # Super Hornet")
    new = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children
           if o.dep_ == "pobj" for p in _own_phrase(ctx, o)]
    holders = [m for s in subjects for m in ctx.group(s, STATES)] if new else []
    if new and not holders:  # "The navy retired its Lynx fleet and replaced it with ...": the conjoined verb's subject
        holders = [m for m in ctx.subjects(tok, STATES) if not m.demonym]
    if not new:  # the new type as the subject, the old one's owner by possessive
        new = [p for s in subjects for p in _own_phrase(ctx, s)]
        if not new and tok.dep_ in {"acl", "relcl"}:  # "35 F-35As to replace the Tornados", "jets that will replace"
            new = [p for n in [tok.head, *(c for c in tok.head.children if c.dep_ == "appos")]
                   for p in _own_phrase(ctx, n)]
        holders = [ctx.at[c.i] for o in tok.children if o.dep_ == "dobj" for c in o.children
                   if c.dep_ == "poss" and c.i in ctx.at and ctx.label(ctx.at[c.i]) in STATES]
        holders += [m for m in old_holders if all(m.entity != h.entity for h in holders)]
    # "replaced its Mirages with MiG-29s", "the new corvettes take over the patrols": the new type serves
    done = succession_done(tok) or present_simple(tok) and not modality(tok)
    stage = "in_service" if done else clause_stage(ctx, tok, "ordered")
    for h in _with_country(ctx, holders, STATES):
        for p in new:
            if p.entity not in olds:
                yield rel(ctx, h, "OPERATES", p, 0.6, "successor", stage=stage)


def backbone(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "the F-5 fighters that have formed the backbone of Chile's air defence", "the Leopard 2 remains the
    mainstay of the Finnish Army": what forms the core of a state's force is operated by it."""
    lex = cues()["operate"]
    if not ctx.lemmas & lex["core_nouns"]:
        return
    for tok, (lemma, _) in ctx.cued_forms(lex["core_nouns"]):
        if lemma not in lex["core_nouns"] or tok.i in ctx.at or tok.dep_ not in {"dobj", "attr"}:
            continue
        verb = tok.head
        if verb.lemma_.lower() not in lex["core_verbs"] or negated(ctx, verb):
            continue
        owners: list[Mention] = []
        for o in prep_objects(tok, "of"):
            owners += [m for m in ctx.group(o, STATES) if not m.demonym or o.i not in ctx.at]
            owners += _owners(ctx, facts, o)
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        platforms = [p for s in subjects for p in _platform_heads(ctx, s)]
        if not platforms and verb.dep_ == "relcl" and any(s.tag_ in {"WDT", "WP"} for s in subjects):
            platforms = _platform_heads(ctx, verb.head)  # "the F-5 fighters that have formed the backbone of ..."
        seen: set[str] = set()
        for o in _with_country(ctx, owners, STATES):
            for p in platforms if o.entity not in seen else []:
                yield rel(ctx, o, "OPERATES", p, 0.6, "backbone", stage=clause_stage(ctx, verb, "in_service"))
            seen.add(o.entity)


def _arrival_stage(main: Token, noun: Token) -> str:
    """The stage of goods a clause says arrived or changed hands: the first of a batch is being delivered."""
    from .stage import arrived, first_of

    lex = cues()["stage"]
    if main.pos_ in {"VERB", "AUX"} and (arrived(main) or main.lemma_.lower() in lex["delivered"]) \
            and not any(c.dep_ == "neg" for c in main.children):
        return "delivering" if first_of(noun) else "delivered"
    return "ordered"


def _relative_goods(ctx: SentenceContext, clause: Token) -> list[Mention]:
    """The platforms a relative clause of making describes: "the KSS-III, a submarine which is being built for
    X" (the noun it hangs on, else the name that noun stands in apposition to), "a development of the Type 212A
    that it is building for X" (the relative word a subject, an object or a mark of the clause)."""
    noun = clause.head
    found = [p for p in _platform_heads(ctx, noun) if p.start < clause.i]
    if not found and noun.dep_ == "appos" and noun.i not in ctx.at:
        found = [p for p in _platform_heads(ctx, noun.head) if p.start < clause.i]
    return found


def _relative_stage(clause: Token) -> str:
    """The stage of goods a relative clause of making is about: planned while the type is being developed
    ("a helicopter that HAL is developing for the air force"), else as an arrival ("which is being built": ordered)."""
    if clause.lemma_.lower() in cues()["operate"]["developing_verbs"]:
        return "planned"
    return _arrival_stage(clause, clause.head)


def _relative_making(tok: Token) -> bool:
    """Whether ``tok`` is the verb of a relative clause whose relative word is what is made: "which is being
    built", "that it is building", "which HAL is developing" (not "where X builds ...")."""
    return tok.dep_ == "relcl" and any(
        c.lower_ in {"which", "that"} and c.dep_ in {"nsubjpass", "dobj", "mark"} for c in tok.children)


def built_for(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "The first Rafale built for the Hellenic Air Force landed at Tanagra", "two F-35s destined for the
    Royal Danish Air Force", "the KSS-III, a submarine which is being built for the Republic of Korea Navy",
    "a helicopter that HAL is developing for the Indian Air Force": a platform made or meant "for" a state is
    that state's (delivered when the clause says it came, the first of a batch being delivered; else ordered)."""
    words = cues()["operate"]["for_participles"] | cues()["operate"]["for_relative_verbs"]
    if ctx.lemmas & set(cues()["operate"]["making_nouns"]):
        yield from _in_making_for(ctx)
    if not ctx.lemmas & words:
        return
    for tok, (lemma, _) in ctx.cued_forms(words):
        # a participle the tagger read as a past tense ("helicopters ordered for the army have arrived") is one too
        participle = tok.tag_ == "VBN" or tok.tag_ == "VBD" and tok.dep_ == "acl" and \
            not any(c.dep_ == "nsubj" for c in tok.children)
        relative = _relative_making(tok)
        if lemma not in words or not (participle or relative) or negated(ctx, tok):
            continue
        if not relative and lemma not in cues()["operate"]["for_participles"]:
            continue  # "the Tejas, developed for the air force": an origin, no stage of its holding
        owners = [m for m in ctx.prep_objects(tok, {"for"}, STATES) if not m.demonym]
        if not owners:
            continue
        if relative:
            platforms = _relative_goods(ctx, tok)
            if platforms:
                for o in _with_country(ctx, owners, STATES):
                    for p in platforms:
                        yield rel(ctx, o, "OPERATES", p, 0.6, "built-for-state", stage=_relative_stage(tok))
            continue
        if tok.dep_ == "acl":
            noun = tok.head
            platforms = [p for p in _platform_heads(ctx, noun) if p.start < tok.i]
            main = noun.head if noun.dep_ in {"nsubj", "nsubjpass"} else tok
        else:
            subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
            platforms = [p for s in subjects for p in _platform_heads(ctx, s)]
            noun, main = (subjects[0], tok) if subjects else (tok, tok)
            main = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"), main)  # "... were handed over"
        if not platforms:
            continue
        stage = _arrival_stage(main, noun)
        for o in _with_country(ctx, owners, STATES):
            for p in platforms:
                yield rel(ctx, o, "OPERATES", p, 0.6, "built-for-state", stage=stage)


def _in_making_for(ctx: SentenceContext) -> Iterator[Relation]:
    """ "The Arafura-class patrol vessels are in production for the Royal Australian Navy", "two frigates under
    construction for the Hellenic Navy": goods in the making "for" a state or service are that user's (ordered)."""
    nouns = set(cues()["operate"]["making_nouns"])
    for tok in ctx.tokens:
        if tok.lemma_.lower() not in nouns or tok.dep_ != "pobj" or tok.head.lower_ not in {"in", "under"}:
            continue
        verb = tok.head.head
        owners = [m for t in (tok, verb) for m in ctx.prep_objects(t, {"for"}, STATES) if not m.demonym]
        if not owners or negated(ctx, verb) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
            continue  # (not "could be in production for X by 2030": a possibility)
        if verb.pos_ in {"VERB", "AUX"}:  # "the vessels are in production for X"
            platforms = [p for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for p in _platforms_of(ctx, c)]
        else:  # "two Arafura-class vessels in production for X"
            platforms = _platform_heads(ctx, verb)
        for o in _with_country(ctx, owners, STATES):
            for p in platforms:
                yield rel(ctx, o, "OPERATES", p, 0.6, "built-for-state", stage="ordered")


def _main_kind(facts: DocFacts) -> str | None:
    main = facts.entities.get(facts.main_event) if facts.main_event else None
    return main.props.get("kind") if main is not None else None


def brought(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "The Indian Air Force brought Su-30MKI fighters", "the navy sent a task group built around the carrier X,
    with the destroyers Y and Z" (to an exercise): a state or service that brings or sends its platforms with no
    state to receive them operates them. "bring" says so anywhere but at a trade show (where makers bring what
    they sell); sending, dispatching and contributing only in an article about an exercise or a parade
    (elsewhere they are gifts: families/supply.py)."""
    lex = cues()["operate"]
    if not ctx.lemmas & lex["contribution_verbs"]:
        return
    kind = ""
    for tok, (lemma, _) in ctx.cued_forms(lex["contribution_verbs"]):
        if lemma not in lex["contribution_verbs"] or tok.pos_ != "VERB" or negated(ctx, tok):
            continue
        kind = _main_kind(facts) if kind == "" else kind
        if kind in lex["product_events"] or lemma != "bring" and kind not in lex["contribution_events"]:
            continue
        if ctx.prep_objects(tok, {"to", "for"}, STATES) or any(c.dep_ == "dative" for c in tok.children):
            continue  # "brought a dozen jets to the Royal Thai Air Force": a delivery
        if any(t.dep_ == "prep" and t.lower_ == "from" and any(o.i in ctx.at and ctx.label(ctx.at[o.i]) in {"Country", "Company"}
                                                              for o in t.children) for t in tok.subtree):
            continue  # "the plan brought BrahMos batteries from India": goods bought in, not a force's own brought along
        # the goods and what comes "with" them: "sent a task group built around X, with the destroyers Y and Z"
        platforms = _goods_along(ctx, tok)
        if not platforms:
            continue
        senders = [m for m in ctx.subjects(tok, STATES) if not m.demonym]
        for o in senders:
            for p in platforms:
                yield rel(ctx, o, "OPERATES", p, 0.6, "brought", stage="in_service")


def _goods_along(ctx: SentenceContext, verb: Token) -> list[Mention]:
    """The platforms a verb takes and those "with" them ("sent a task group ..., with the destroyers Y and
    Z", "along with a P-8I", "together with two frigates")."""
    return [p for c in verb.children if c.dep_ == "dobj" or c.dep_ in {"prep", "advmod"}
            and c.lower_ in {"with", "along", "together"} for p in _platforms_of(ctx, c)]


def shown_by_service(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "The Republic of Singapore Air Force paired an F-15SG with an AH-64D", "the navy showcased its new
    corvette": an armed service (a name ending in "Air Force", "Navy", "Army" ...) that shows or puts up a
    platform with no state to receive it operates it (``operate.show_verbs``; a state subject may be showing
    what it sells, so only services)."""
    lex = cues()["operate"]
    if not ctx.lemmas & lex["show_verbs"]:
        return
    for tok, (lemma, _) in ctx.cued_forms(lex["show_verbs"]):
        if lemma not in lex["show_verbs"] or tok.pos_ != "VERB" or negated(ctx, tok):
            continue
        if ctx.prep_objects(tok, {"to", "for"}, STATES) or any(c.dep_ == "dative" for c in tok.children):
            continue  # shown to a buyer
        services = [m for m in ctx.subjects(tok, {"GovernmentBody"}) if not m.demonym and armed_service(ctx, m)]
        platforms = _goods_along(ctx, tok)
        for o in services:
            for p in platforms:
                yield rel(ctx, o, "OPERATES", p, 0.55, "shown-by-service", stage="in_service")


def _base(ctx: SentenceContext, m: Mention) -> bool:
    """Whether a place mention names a military installation (an air base, an air station, a naval base)."""
    e = ctx.entities[m.entity]
    if e.label != "Place":
        return False
    return e.props.get("kind") == "base" or bool(set(e.name.lower().split()) & cues()["operate"]["base_words"])


def stationed_at(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "F-35A fighters at Evenes Air Station took over the alert", "its first Arrow 3 battery at the Holzdorf air
    base", "the Kossei air base, where Mirage 2000 jets are stationed": a platform set at a base, or stationed
    where a base is, is deployed there."""
    from .phrases import _np_head

    words = cues()["operate"]["station_verbs"]
    sorties = cues()["operate"]["sortie_verbs"]
    for p in ctx.of({"Platform"}):
        noun = _np_head(ctx.head_token(p))
        for place in ctx.prep_objects(noun, {"at"}, {"Place"}):
            if _base(ctx, place):
                yield rel(ctx, p, "DEPLOYED_TO", place, 0.6, "at-base")
        # "F-35s flying from X air base", "the jets operate from X air base": where their missions start
        verbs = [c for c in noun.children if c.dep_ == "acl"] + ([noun.head] if noun.dep_ == "nsubj" else [])
        first = list_head(noun)  # "flies Super Hornets and Growlers from X"
        if first.dep_ == "dobj" and first.head.tag_ in {"VBZ", "VBP"} and \
                not any(t.dep_ == "prep" and t.lower_ in {"to", "into"} for t in first.head.subtree):
            verbs.append(first.head)  # "the air force flies its F-35s from X air base" (now, not a journey)
        for verb in verbs:
            if verb.lemma_.lower() not in sorties or negated(ctx, verb) or \
                    any(c.dep_ == "prep" and c.lower_ in {"to", "into"} for c in verb.children):
                continue  # "flew from X air base to Y": a journey's start, not where they are based
            for place in ctx.prep_objects(verb, {"from"}, {"Place"}):
                if _base(ctx, place):
                    yield rel(ctx, p, "DEPLOYED_TO", place, 0.6, "flying-from-base")
    for place in ctx.of({"Place"}):
        if not _base(ctx, place):
            continue
        head = ctx.head_token(place)
        # the clause may hang on the place's own phrase: "the X air base in the capital, where ..."
        nouns = [head] + [c for c in head.children if c.dep_ == "appos"] + \
            [o for o in prep_objects(head) if o.i not in ctx.at]
        for verb in (c for n in nouns for c in n.children if c.dep_ == "relcl"):
            if verb.lemma_.lower() not in words or negated(ctx, verb) or \
                    not any(c.lower_ == "where" for c in verb.children):
                continue
            for p in (x for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for x in _own_phrase(ctx, c)):
                yield rel(ctx, p, "DEPLOYED_TO", place, 0.6, "where-stationed")


def equipped_with(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Venezuela's armed forces, equipped with Su-30MK2 fighters", "the Peruvian Army is armed with T-55
    tanks", "Peru re-equipped its army with K9 howitzers": the force a making-ready verb equips holds the
    platforms of its "with" object (the force: the participle's noun, the passive subject, the object)."""
    words = cues()["operate"]["equip_verbs"]
    if not ctx.lemmas & words:
        return
    for tok in ctx.cued_tokens(words, pos={"VERB", "ADJ"}):
        if tok.lemma_.lower() not in words or tok.pos_ not in {"VERB", "ADJ"} or negated(ctx, tok):
            continue
        # "with" on the verb, or on its object ("equipped its army with K9s", parsed under "army")
        withs = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
        platforms = [p for t in withs for c in t.children if c.dep_ == "prep" and c.lower_ == "with"
                     for p in _platforms_of(ctx, c)]
        if not platforms:
            continue
        if tok.dep_ in {"acl", "amod"}:
            holders = [tok.head]
        elif any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children):
            holders = [c for c in tok.children if c.dep_ == "nsubjpass"]
        else:
            holders = [c for c in tok.children if c.dep_ == "dobj"]
        owners: list[Mention] = []
        for h in holders:
            found = ctx.group(h, STATES) or _owners(ctx, facts, h)
            if not found and h.tag_ in {"PRP", "WDT"} and h.dep_ == "nsubjpass":
                found = _antecedent(ctx, facts, h, STATES)
            owners += [m for m in found if m not in owners]
        stage = clause_stage(ctx, tok, "in_service")
        for o in _with_country(ctx, owners, STATES):
            for p in platforms:
                yield rel(ctx, o, "OPERATES", p, 0.6, "equipped-with", stage=stage)


def _units(ctx: SentenceContext) -> Iterator[Token]:
    """Head words of the sentence's state bodies and of unit nouns ("102 Squadron", "Wing 7", "the regiment")."""
    nouns = cues()["operate"]["unit_nouns"]
    seen: set[int] = set()
    for m in ctx.of({"GovernmentBody"}):
        seen.add(ctx.head_token(m).i)
        yield ctx.head_token(m)
    for t in ctx.cued_tokens(nouns):
        if t.lemma_.lower() in nouns and t.i not in seen and t.dep_ != "compound":
            yield t


def unit_at(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "the F-16 fighters of 102 Squadron at Korat", "Wing 7 at Surat Thani has flown Gripen jets since 2011": the
    platforms of a state body or unit set "at" a place are deployed there."""
    operate = cues()["operate"]["verbs"]
    for head in _units(ctx):
        places = ctx.prep_objects(head, {"at"}, {"Place"})
        if not places:
            continue
        platforms: list[Mention] = []
        if head.dep_ == "pobj" and head.head.lower_ == "of":  # "the F-16s of 102 Squadron at Korat"
            noun = head.head.head
            lo = noun.head.left_edge.i if noun.dep_ == "appos" else noun.left_edge.i  # "the F-16s, fighters of X"
            platforms = [p for p in ctx.of({"Platform"}) if lo <= p.start < head.head.i]
        elif head.dep_ == "nsubj" and head.head.lemma_.lower() in operate and not negated(ctx, head.head):
            platforms = [p for c in head.head.children if c.dep_ == "dobj" for p in _platforms_of(ctx, c)]
        for p in platforms:
            for place in places:
                yield rel(ctx, p, "DEPLOYED_TO", place, 0.6, "unit-at")


def _trade_word(tok: Token) -> bool:
    """Whether ``tok`` is a word of buying, supplying or contracting (a verb or a deal noun)."""
    lex = cues()
    words = lex["acquire"]["verbs"] | lex["supply"]["verbs"] | lex["acquire"]["deal_nouns"] | lex["supply"]["nouns"] | \
        lex["operate"]["trade_verbs"]
    return tok.lemma_.lower() in words


def _deal_sellers(ctx: SentenceContext, holders: list[Token]) -> list[Mention]:
    """The named seller of the trade the goods' phrase hangs on: a "with" or "from" object of the trade word or
    of the verb whose object it is ("signed a contract with X for ...", "ordered 24 jets from X for ...")."""
    out: list[Mention] = []
    for h in holders:
        for t in (h, h.head) if h.dep_ == "dobj" else (h,):
            out += [m for m in ctx.prep_objects(t, {"with", "from"}, SUPPLIERS) if not m.demonym and m not in out]
    return out


def meant_for(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "ordered 26 Rafale M jets for the Indian Navy", "a contract for 20 Leopard 2A8 tanks for the Czech Army", "BrahMos
    missiles for the Navy": goods a trade word puts "for" a state are that state's (the platform's own "for", or
    the trade verb's when the platform is its object); "Ukrainian-operated F-16s": the state fused with "-operated"."""
    from .phrases import _not_people, _np_head

    for p in ctx.of({"Platform"}):
        noun = _np_head(ctx.head_token(p))
        holders = [noun]
        if noun.dep_ in {"dobj", "pobj"} and _trade_word(noun.head if noun.dep_ == "dobj" else noun.head.head):
            holders.append(noun.head if noun.dep_ == "dobj" else noun.head.head)  # "ordered X for Y", "a deal for X for Y"
        if not any(_trade_word(h) or h.dep_ in {"dobj", "pobj"} and _trade_word(h.head if h.dep_ == "dobj" else h.head.head)
                   for h in holders):
            continue  # "a replacement for the Navy" says nothing of goods changing hands
        # the "for" objects that are not the goods' own phrase ("programmes for Kazakhstan's T-72 tanks" names no user)
        objs = [o for h in holders for o in prep_objects(h, "for") if not o.left_edge.i <= p.start <= o.right_edge.i]
        owners = [m for o in objs for m in ctx.group(o, STATES) if not m.demonym]
        owners = [m for m in _not_people(ctx, owners) if ctx.label(m) == "Country" or
                  not set(ctx.entities[m.entity].name.lower().split()) & cues()["operate"]["non_users"]]
        if noun.i in ctx.at and ctx.at[noun.i].entity != p.entity:
            continue
        stage = clause_stage(ctx, holders[-1], "ordered")
        for o in _with_country(ctx, owners, STATES):
            yield rel(ctx, o, "OPERATES", p, 0.6, "meant-for", stage=stage)
        for o in [m for m in owners if armed_service(ctx, m)]:
            # "signed a contract with Dassault for 30 Rafales for the Egyptian Air Force": the seller of the deal
            # supplies the service the goods are for (its state's ministry and the state are the deal's buyers)
            for s in _deal_sellers(ctx, holders):
                if s.entity not in {o.entity, ctx.entities[o.entity].country}:
                    yield rel(ctx, s, "SUPPLIES", o, 0.6, "meant-for", stage=stage)
    for t in ctx.cued_tokens(cues()["operate"]["fused_operated"], "lower"):
        if t.lower_ in cues()["operate"]["fused_operated"] and t.i >= 2 and ctx.doc[t.i - 1].text == "-" \
                and t.i - 2 in ctx.at and ctx.label(ctx.at[t.i - 2]) in STATES:
            for p in _platforms_of(ctx, t.head):
                yield rel(ctx, ctx.at[t.i - 2], "OPERATES", p, 0.6, "state-operated", stage="in_service")


_MARKUP = frozenset("-*+•")


def _heading(ctx: SentenceContext, facts: DocFacts) -> tuple[Mention, int] | None:
    """The state body a line opens with before a colon, and the colon's index: in this sentence ("Indian Navy: the
    destroyer ..."), or as the whole of the sentence before it (the parser cut "- **Indian Navy:**" off its list)."""
    colon = next((t for t in ctx.tokens[:10] if t.text.startswith(":") and set(t.text) <= {":", "*"}), None)
    if colon is None:
        j = ctx.sent.start - 1
        while j >= 0 and (not ctx.doc[j].text.strip() or set(ctx.doc[j].text) <= _MARKUP):
            j -= 1
        if j < 0 or not (ctx.doc[j].text.startswith(":") and set(ctx.doc[j].text) <= {":", "*"}):
            return None
        colon = ctx.doc[j]
    before = [m for m in facts.mentions if m.end <= colon.i and colon.i - m.start < 12]
    if not before or before[-1].end != colon.i:
        return None
    m = before[-1]
    i = m.start - 1
    while i >= 0 and set(ctx.doc[i].text) <= _MARKUP and ctx.doc[i].text.strip():
        i -= 1
    if i >= 0 and "\n" not in ctx.doc[i].text and not ctx.doc[i].is_sent_end and ctx.doc[i].text not in {".", ":"}:
        return None  # the heading is the service's name and nothing else
    return m, colon.i


def service_heading(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "- **Indian Navy:** the destroyer INS Ranvijay, supported by Hawk jet trainers and P-8I aircraft": an armed
    service that heads a line before a colon holds the platforms the line lists (an order of battle)."""
    found = _heading(ctx, facts)
    if found is None:
        return
    service, colon = found
    e = ctx.entities.get(service.entity)
    if e is None or e.label != "GovernmentBody" or not cues()["operate"]["armed_body_words"] & set(e.name.lower().split()):
        return
    for p in ctx.of({"Platform"}):
        if p.start > colon and _demonym_before(ctx, p) is None:
            yield rel(ctx, service, "OPERATES", p, 0.6, "service-heading", stage="in_service")


def _listed_after(ctx: SentenceContext, start: int) -> list[Mention]:
    """The platforms named from token ``start`` on, up to the end of the list (a new clause, another state)."""
    breaks = set(cues()["operate"]["list_breaks"])
    out: list[Mention] = []
    for i in range(start, ctx.sent.end):
        tok = ctx.doc[i]
        if tok.lower_ in breaks:
            break
        m = ctx.at.get(i)
        if m is None or m.start != i:
            continue
        if ctx.label(m) in STATES and not m.demonym:
            break  # "..., and Japan sent ...": another state's share
        if ctx.label(m) == "Platform" and all(o.entity != m.entity for o in out):
            out.append(m)
    # "the Hobart-class destroyer HMAS Brisbane": the ship, not its class right before it
    return [m for m in out if not any(n.start - m.end in {0, 1} and n.start > m.start for n in out)]


def _share_owner(ctx: SentenceContext, facts: DocFacts, noun: Token) -> list[Mention]:
    """The state a share noun belongs to: "Australia's contribution", "its contingent", "the Philippine side"."""
    owners = _owners(ctx, facts, noun)
    if owners:
        return owners
    for c in noun.children:
        if c.dep_ in {"amod", "compound", "nmod"} and c.i in ctx.at:
            m = ctx.fit(ctx.at[c.i], STATES)
            if m is not None:
                return [m]
    return []


def _joint_forces(ctx: SentenceContext, facts: DocFacts, owners: list[Mention]) -> list[Mention | str]:
    """Each state owner replaced by its armed forces (a body of all arms) when the article names them."""
    names = cues()["operate"]["joint_force_names"]
    out: list[Mention | str] = []
    for o in owners:
        body = next((e.id for e in facts.entities.values() if e.label == "GovernmentBody" and e.country == o.entity
                     and any(n in e.name.lower() for n in names)), None) if ctx.label(o) == "Country" else None
        out.append(body or o)
    return out


def shares(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Australia's contribution includes the destroyer X, F/A-18F fighters and ...", "on the Philippine side
    are FA-50 fighters and ...", "the Chinese navy is represented by the destroyer X and the frigate Y": what
    a state's share of a joint force is made of, it operates (in service)."""
    lex = cues()["operate"]
    if not ctx.lemmas & (set(lex["share_nouns"]) | set(lex["represent_verbs"])):
        return
    for tok, (lemma, _) in zip(ctx.tokens, ctx.forms, strict=True):
        owners: list[Mention] = []
        start = -1
        if lemma in lex["share_nouns"] and tok.pos_ == "NOUN" and tok.i not in ctx.at:
            verb = tok.head
            if tok.dep_ == "nsubj" and verb.lemma_.lower() in lex["listing_verbs"] and not negated(ctx, verb):
                owners, start = _share_owner(ctx, facts, tok), verb.i + 1
            elif tok.dep_ == "pobj" and lemma == "side" and verb.lower_ == "on" and verb.i == ctx.sent.start:
                owners, start = _share_owner(ctx, facts, tok), tok.i + 1  # "On the Philippine side are ..."
        elif lemma in lex["represent_verbs"] and tok.pos_ == "VERB" and not negated(ctx, tok) \
                and any(c.dep_ == "auxpass" for c in tok.children):
            owners = [m for c in tok.children if c.dep_ == "nsubjpass" and c.i in ctx.at
                      if (m := ctx.fit(ctx.at[c.i], STATES)) is not None]
            start = tok.i + 1
        if not owners or start < 0:
            continue
        platforms = _listed_after(ctx, start)
        for o in _joint_forces(ctx, facts, owners):
            for p in platforms:
                yield rel(ctx, o, "OPERATES", p, 0.55, "share-of-force", stage="in_service")


def _listing_clause(noun: Token, lex: dict) -> Token | None:
    """The relative clause listing a customer noun's members: "a group of TB2 users that already includes X and Y",
    "the type's operators, which include X" (its verb one of ``customer_verbs``, not negated, not a copula)."""
    for c in noun.children:
        if c.dep_ == "relcl" and c.lemma_.lower() in lex["customer_verbs"] and c.lemma_.lower() != "be" and \
                not any(d.dep_ == "neg" for d in c.children):
            return c
    return None


def _joiners(ctx: SentenceContext, noun: Token, lex: dict) -> list[Mention]:
    """The states that join the customers: subjects of a ``join_verbs`` verb whose object is the customer noun
    or a ``join_groups`` noun of it ("Kenya joins the TB2 users", "Peru joins a club of K9 operators")."""
    head = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in lex["join_groups"]:
        head = noun.head.head
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_.lower() not in lex["join_verbs"] or negated(ctx, verb):
        return []
    return [m for m in ctx.subjects(verb, STATES) if not m.demonym]


def _one_of(noun: Token) -> Token | None:
    """The "one" a customer noun is picked from ("one of the largest F-16 operators"), else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lower_ != "one":
        return None
    return prep.head


def _prospect(verb: Token) -> bool:
    """Whether ``verb`` is only a prospect: "could", "might", "may" or "would" before it (``operate.reach_hedges``)."""
    return any(c.dep_ == "aux" and c.lower_ in cues()["operate"]["reach_hedges"] for c in verb.children)


def _one_of_holders(ctx: SentenceContext, one: Token, lex: dict) -> list[Mention]:
    """Who is that "one": the subject of a copula ("X is one of ..."), the subject of the small clause of a
    verb of making ("will make X one of ..."); no prospect ("would make X one of ...": the clause's stage)."""
    verb = one.head
    if negated(ctx, verb) or _prospect(verb):
        return []  # "could become one of the largest K2 operators": a prospect
    if one.dep_ == "attr" and verb.lemma_.lower() in lex["customer_verbs"]:
        heads = [c for c in verb.children if c.dep_ == "nsubj"]
    elif one.dep_ in {"dobj", "oprd", "ccomp"} and verb.lemma_.lower() in {"make", "become"}:
        heads = [c for c in one.children if c.dep_ == "nsubj"] or [c for c in verb.children if c.dep_ == "dobj" and c != one]
    elif one.dep_ == "nummod" and verb.dep_ == "dobj" and verb.head.lemma_.lower() == "make" and not negated(ctx, verb.head) \
            and not _prospect(verb.head):
        heads = [verb]  # "will make the air force one of the largest F-16 operators" read as "the air force one"
    else:
        return []
    return [m for h in heads for m in [ctx.at.get(h.i), *(ctx.at.get(d.i) for d in conjuncts(h))]
            if m is not None and not m.demonym and ctx.label(m) in STATES]


def _copula_subjects(verb: Token) -> list[Token]:
    """The subjects of a copula, or of the first verb it is conjoined to when it has none of its own ("the air
    force still wants more fighters and is the main operator of the Rafale": the air force)."""
    cur = verb
    for _ in range(3):
        found = [c for c in cur.children if c.dep_ == "nsubj"]
        if found or cur.dep_ != "conj" or cur.head.pos_ not in {"VERB", "AUX"}:
            return found
        cur = cur.head
    return []


def _customer_owners(ctx: SentenceContext, noun: Token, facts: DocFacts | None = None) -> list[Mention]:
    """Whose customers: "Saab's customers", "Saab, whose customers", "customers of the JF-17" (a firm or a type);
    with ``facts``, also a type told by a definite description just named ("two other buyers of the system")."""
    out: list[Mention] = []
    for c in noun.children:
        if c.dep_ == "poss":
            m = ctx.at.get(c.i)
            if m is None and c.lower_ == "whose" and c.i - 2 >= ctx.sent.start and ctx.doc[c.i - 1].text == ",":
                m = ctx.at.get(c.i - 2)  # "Saab, whose ...": the name before the comma
            if m is not None:
                out.append(m)
        elif c.dep_ == "prep" and c.lower_ in {"of", "for"}:
            out += [ctx.at[o.i] for o in c.children if o.dep_ == "pobj" and o.i in ctx.at]
            if facts is not None and c.lower_ == "of":
                out += [m for o in c.children if o.dep_ == "pobj" and o.i not in ctx.at
                        for m in _described_type(ctx, facts, o)]
        elif c.dep_ == "compound" and c.i in ctx.at and ctx.label(ctx.at[c.i]) == "Platform":
            out.append(ctx.at[c.i])  # "TB2 users", "K9 operators": the type's (a firm's name there is its home)
    return [m for m in out if ctx.label(m) in {"Company", "Platform"}]


def _described_type(ctx: SentenceContext, facts: DocFacts, noun: Token) -> list[Mention]:
    """The platform a definite description of a customer noun's "of" object stands for: "buyers of the system",
    "the second operator of the jet" (the latest platform of the noun's kind, or for "the type"/"the system" the
    platform named last, within the sentence or just before it); no other word may qualify the noun."""
    from .phrases import _recent_platform

    if noun.pos_ != "NOUN" or not any(d.dep_ == "det" and d.lower_ == "the" for d in noun.children) or \
            any(d.dep_ not in {"det", "punct"} for d in noun.children if d.i < noun.i):
        return []  # "the jet", not "the new jet" or "the Turkish system"
    found = _recent_platform(ctx, facts, noun)
    if not found and noun.lemma_.lower() in _TYPE_NOUNS:
        found = _latest_platform(ctx, facts, noun.i, 60)
    return [m for m in found if ctx.label(m) == "Platform"]


def _among_holders(ctx: SentenceContext, noun: Token) -> list[Mention]:
    """The states a verb puts "among" the customers: "puts India alongside China among the buyers of X" (its object
    and the objects of its ``alongside`` phrase), "Chile is among the users of X" (a copula's subject)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "among" or prep.dep_ != "prep":
        return []
    verb = prep.head
    if verb.pos_ not in {"VERB", "AUX"} or negated(ctx, verb) or _prospect(verb):
        return []
    heads = [c for c in verb.children if c.dep_ == "dobj"]
    if not heads and verb.lemma_.lower() in cues()["operate"]["customer_verbs"]:
        heads = _copula_subjects(verb)
    heads += prep_objects(verb, cues()["operate"]["among_companions"])
    return [m for h in heads for m in [ctx.at.get(h.i), *(ctx.at.get(d.i) for d in conjuncts(h))]
            if m is not None and not m.demonym and ctx.label(m) in STATES]


def _made_shape(ctx: SentenceContext, noun: Token) -> bool:
    """Whether a customer noun is what a verb of making (``made_customer_verbs``, not negated) turns a state into:
    "makes Peru the third buyer of X", "would make it the second operator of X" (a prospect too)."""
    verb = noun.head
    return noun.dep_ in {"ccomp", "oprd"} and verb.lemma_.lower() in cues()["operate"]["made_customer_verbs"] \
        and not negated(ctx, verb)


def _made_customer(ctx: SentenceContext, noun: Token) -> list[Mention]:
    """Who a verb of making turns into the customer: "the deal makes Peru the third buyer of X" (the noun the small
    clause of ``make``/``become``, its subject the state); none where the making is only a prospect."""
    verb = noun.head
    if noun.dep_ not in {"ccomp", "oprd", "attr"} or verb.lemma_.lower() not in cues()["operate"]["made_customer_verbs"] \
            or negated(ctx, verb) or _prospect(verb):
        return []
    if noun.dep_ == "attr":  # "the Philippines became the second export customer of the BrahMos"
        heads = _copula_subjects(verb) if verb.lemma_.lower() == "become" else []
    else:
        heads = [c for c in noun.children if c.dep_ == "nsubj"] or \
            [c for c in verb.children if c.dep_ == "dobj" and c.i < noun.i]
    return [m for h in heads for m in [ctx.at.get(h.i), *(ctx.at.get(d.i) for d in conjuncts(h))]
            if m is not None and not m.demonym and ctx.label(m) in STATES]


def _precedents(ctx: SentenceContext, noun: Token, verb: Token) -> list[Mention]:
    """The earlier customers a "latest customer" phrase lists: "X is the latest customer of the Rafale, following
    Egypt, Qatar and India" (a ``precedent_preps`` object of the noun or its copula, and its conjuncts)."""
    preps = cues()["operate"]["precedent_preps"]
    out: list[Mention] = []
    for c in [*noun.children, *verb.children]:
        if c.dep_ != "prep" or c.lower_ not in preps:
            continue
        todo = [o for o in c.children if o.dep_ == "pobj"]
        while todo:  # the object and its list ("Hungary, the Czech Republic and ..." may parse as apposition)
            t = todo.pop(0)
            todo += [x for x in t.children if x.dep_ in {"conj", "appos"}]
            m = ctx.at.get(t.i)
            if m is not None and not m.demonym and ctx.label(m) in STATES and all(m.entity != o.entity for o in out):
                out.append(m)
    return out


def customers(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Saab, whose only export customer so far is Brazil" (Saab supplies Brazil), "operators of the K9 include
    Poland and Egypt", "Pakistan is the only foreign customer of the JF-17", "Brazil, the Gripen's first export
    customer" (they fly it): the named customers of a
    firm are supplied by it, those of a type operate it; prospective ones are neither."""
    lex = cues()["operate"]
    if not ctx.lemmas & set(lex["customer_nouns"]):
        return
    for tok, (_, low) in ctx.cued_forms(lex["customer_nouns"], "lower"):
        if low not in lex["customer_nouns"] or tok.i in ctx.at or tok.pos_ != "NOUN":
            continue
        if any(c.lower_ in lex["prospect_words"] for c in tok.children):
            continue
        verb = tok.head
        one = _one_of(tok)
        if one is not None:  # "X is one of the largest F-16 operators", "made X one of the K9's users"
            for st in _one_of_holders(ctx, one, lex):
                for o in _customer_owners(ctx, tok, facts):
                    if ctx.label(o) == "Platform":
                        yield rel(ctx, st, "OPERATES", o, 0.55, "customer-of", stage=clause_stage(ctx, one.head, "in_service"))
            continue
        among, made = _among_holders(ctx, tok), _made_customer(ctx, tok)
        if among or made or _made_shape(ctx, tok):
            # "puts India among the buyers of X", "the deal makes Peru the third buyer of X"; "would make it the
            # second operator of the jet after Brazil" (a prospect: only the earlier one)
            yield from _named_customers(ctx, facts, tok, among, made, lex)
            continue
        joiners = _joiners(ctx, tok, lex)  # "Kenya joins a group of TB2 users ...": Kenya too
        if tok.dep_ != "appos" and _listing_clause(tok, lex) is None and not joiners and (
                verb.lemma_.lower() not in lex["customer_verbs"] or negated(ctx, verb)):
            continue
        earlier: list[Mention] = []
        if tok.dep_ == "nsubj":  # "... customers include X and Y": the states after the noun's phrase
            inside = {t.i for t in tok.subtree}
            span = {t.i for t in verb.subtree} - inside
            states = [m for m in ctx.mentions if m.start in span and m.start > tok.i and not m.demonym
                      and ctx.label(m) in STATES]
        elif (rc := _listing_clause(tok, lex)) is not None:  # "TB2 users that already include X and Y"
            states = [m for c in rc.children if c.dep_ in {"dobj", "attr"} for m in ctx.group(c, STATES)
                      if not m.demonym]
        elif tok.dep_ == "appos" and tok.head.i in ctx.at:  # "Brazil, the Gripen's first export customer, ..."
            # "Peru and Ecuador, two other buyers of the HIMARS": the head and its conjuncts
            heads = [ctx.at[tok.head.i], *(ctx.at[d.i] for d in conjuncts(tok.head) if d.i in ctx.at)]
            states = [m for m in heads if not m.demonym and ctx.label(m) in STATES]
        elif tok.dep_ == "attr":  # "X is the only customer of ...", "X wants ... and is the main operator of ..."
            states = [m for c in _copula_subjects(verb) if c.i in ctx.at and not ctx.at[c.i].demonym
                      for m in [ctx.at[c.i], *(ctx.at[d.i] for d in conjuncts(c) if d.i in ctx.at)]
                      if ctx.label(m) in STATES]
            earlier = [m for m in _precedents(ctx, tok, verb) if all(m.entity != s.entity for s in states)]
        elif joiners:
            states = []
        else:
            continue
        recent = any(c.lower_ in lex["recent_words"] for c in tok.children)
        for o in _customer_owners(ctx, tok) if joiners else []:
            for st in joiners:
                if ctx.label(o) == "Platform":
                    yield rel(ctx, st, "OPERATES", o, 0.55, "customer-of", stage=clause_stage(ctx, tok, "in_service"))
        for o in _customer_owners(ctx, tok, facts):
            for st in states:
                if ctx.label(o) == "Company":
                    yield rel(ctx, o, "SUPPLIES", st, 0.55, "customer-of", stage="ordered" if recent else "delivered")
                else:
                    yield rel(ctx, st, "OPERATES", o, 0.55, "customer-of", stage="ordered" if recent else "in_service")
            for st in earlier if tok.dep_ == "attr" else []:  # customers before it: how far along, unsaid
                if ctx.label(o) == "Company":
                    yield rel(ctx, o, "SUPPLIES", st, 0.55, "customer-of")
                else:
                    yield rel(ctx, st, "OPERATES", o, 0.55, "customer-of")


def _named_customers(ctx: SentenceContext, facts: DocFacts, noun: Token, among: list[Mention], made: list[Mention],
                     lex: dict) -> Iterator[Relation]:
    """The OPERATES of the states a customer noun of a type places "among" its customers (a list of users: no
    stage) or turns into one ("makes Peru the third buyer of X": a buyer has ordered, an operator flies it), and of
    the earlier customers it names ("the second operator of the jet after Brazil": no stage)."""
    types = [o for o in _customer_owners(ctx, noun, facts) if ctx.label(o) == "Platform"]
    deal = any(c.dep_ == "nsubj" and c.lemma_.lower() in cues()["acquire"]["deal_nouns"] for c in noun.head.children)
    flying = noun.lower_ in lex["flying_customer_nouns"] and not deal and \
        not any(c.lower_ in lex["recent_words"] for c in noun.children)  # "the contract makes X the first user"
    earlier = [] if among else [m for m in _precedents(ctx, noun, noun.head) if all(m.entity != s.entity for s in made)]
    for o in types:
        for st in among:
            yield rel(ctx, st, "OPERATES", o, 0.55, "customer-among")
        for st in made:
            yield rel(ctx, st, "OPERATES", o, 0.55, "customer-made", stage="in_service" if flying else "ordered")
        for st in earlier:  # "the second operator of the jet after India": India flies it; an earlier buyer, unsaid
            yield rel(ctx, st, "OPERATES", o, 0.55, "customer-made",
                      **({"stage": "in_service"} if noun.lower_ in lex["flying_customer_nouns"] else {}))


def _bare_count(tok: Token) -> bool:
    """A number standing for goods named before: "27", "27 more", "another 12" (no noun of its own)."""
    return tok.pos_ == "NUM" or tok.lower_ in {"more", "others"} and any(c.pos_ == "NUM" for c in tok.children)


def on_order(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Norway flies the F-35A, and Denmark, which has 27 on order": a state holding a bare number "on order"
    has ordered the platform named last before it (in its sentence, else just before it)."""
    for tok in ctx.cued_tokens(_ORDER, "lower"):
        if tok.lower_ != "order" or tok.dep_ != "pobj" or tok.head.lower_ != "on":
            continue
        verb = tok.head.head
        if verb.dep_ == "dobj" and _bare_count(verb):  # "has 34 on order" with "on" under the number
            verb = verb.head
        if verb.lemma_.lower() != "have" or negated(ctx, verb):
            continue
        counts = [c for c in verb.children if c.dep_ == "dobj"]
        if not counts or not all(_bare_count(c) and not any(t.i in ctx.at for t in c.subtree) for c in counts):
            continue
        before = [m for m in facts.mentions if m.start < verb.i and ctx.entities.get(m.entity) is not None
                  and ctx.entities[m.entity].label == "Platform" and ctx.sent.start - m.start <= 60]
        if not before:
            continue
        p = before[-1]
        for o in ctx.subjects(verb, STATES):
            yield rel(ctx, o, "OPERATES", p, 0.55, "on-order", stage="ordered")
