"""Membership of alliances and organisations: "member of", lists of members, "X members A and B"."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..context import SentenceContext
from ..coordination import conjuncts, hung_tail_object
from ..lexicon import cues
from ..negation import hedged, negated
from ..prepositions import prep_objects
from ..relation import Relation
from ..scope import asked
from .common import DocFacts, blocs, is_bloc, rel


def membership(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    lex = cues()["membership"]
    members_ok = {"Country", "Organization", "GovernmentBody"}
    for a in blocs(ctx):
        if _negated_name(ctx, a):
            continue  # "a member of neither NATO nor the CSTO", "a non-NATO ally"
        head = ctx.head_token(a)
        # "members of the UN, the EU and NATO": the parser hangs the EU and NATO on "members", so each is read
        # as the object of "of" the list began with (the cue words before it and its governor)
        head = hung_tail_object(head) or head
        # the words before the bloc's noun phrase, past its own modifiers ("members of the Russian-led CSTO")
        start = min(a.start, head.left_edge.i) if head.left_edge.i >= ctx.sent.start else a.start
        if any(t.dep_ == "poss" for t in ctx.doc[start:a.start]):
            start = a.start  # "under its AUKUS pact with A and B": the pact's parties (_bound_parties)
        before = " ".join(t.lower_ for t in ctx.doc[max(ctx.sent.start, start - 4):start])
        if start == a.start:
            before = before.removesuffix(" the")
        # "as part of NATO's air-policing mission": the cue is said of what the bloc owns, not of the bloc
        member_noun = _conjoined_of(head, lex)  # "members of A, ..., and of B": B's "of" joined to A's
        if head.dep_ != "poss" and (member_noun is not None or any(before.endswith(cue) for cue in lex["before"])):
            # the clause's subject, plus the objects of "with" in the same phrase ("relations with Russia under the CSTO")
            governor = member_noun if member_noun is not None else head.head.head if head.dep_ == "pobj" else head.head
            if negated(ctx, governor) or governor.dep_ == "attr" and negated(ctx, governor.head) \
                    or _predicate_appos(governor) and negated(ctx, governor.head.head):
                continue  # "has never joined the SCO", "Finland is not a member of NATO", "Nor is X a member"
            if asked(governor) or _averse(governor, lex):
                continue  # "Is Argentina joining NATO?", "opposed to joining the alliance"
            if governor.dep_ == "pobj" and governor.head.lower_ in lex["dealt_with_preps"] \
                    and governor.lower_ in lex["predicate_member_nouns"]:
                continue  # "They promised closer ties with the members of ASEAN": dealt with, not one of them
            members = ctx.subjects(governor, members_ok, plural=True) if not _intended(governor, lex) \
                else [ctx.at[c.i] for c in governor.head.children if c.dep_ == "poss" and c.i in ctx.at
                      and c.tag_ != "PRP$" and ctx.label(ctx.at[c.i]) in members_ok]  # "Turkey's bid to join"
            if head.dep_ == "pobj" and head.head.lower_ in {"under", "within"}:
                members += [m for m in ctx.prep_objects(governor, {"with"}, members_ok) if m not in members]
            owners = _owners(ctx, governor, members_ok)
            if owners is not None:  # "X welcomed Albania's progress towards membership": Albania's, not X's
                members = [m for m in members if m.entity in owners]
            for m in members:
                yield rel(ctx, m, "MEMBER_OF", a, 0.8, "membership")
        # "the CSTO, which includes Russia, Belarus and Kazakhstan"
        for verb, (lemma, _) in zip(ctx.tokens, ctx.forms, strict=True):
            if lemma in {"include", "comprise", "unite", "bring", "count"} and verb.pos_ == "VERB" \
                    and a in ctx.subjects(verb, {"Alliance"}):
                for obj in verb.children:
                    if obj.dep_ == "dobj":
                        for m in ctx.group(obj, members_ok):
                            yield rel(ctx, m, "MEMBER_OF", a, 0.75, "membership-includes")
            elif composed_of(verb, lemma, lex) and a in ctx.subjects(verb, {"Alliance"}):
                # "the Quad, made up of A, B, C and D", "the bloc, which consists of A and B"
                # (the parser may hang "of" on the particle: "made up of")
                for obj in (o for h in (verb, *verb.children) if h is verb or h.dep_ == "prt"
                            for o in prep_objects(h, "of")):
                    for m in ctx.group(obj, members_ok):
                        yield rel(ctx, m, "MEMBER_OF", a, 0.75, "membership-composed")
        yield from _bound_parties(ctx, a, lex, members_ok)
        # "the CSTO is an alliance of six ex-Soviet states -- Russia, Armenia, Belarus ..."
        if head.dep_ == "nsubj" and head.head.lemma_ in {"be", "comprise", "consist", "unite", "group"}:
            listed = [m for m in ctx.of({"Country"}) if m.start > head.head.i]
            chain = max((ctx.group(ctx.head_token(m), {"Country"}) for m in listed), key=len, default=[])
            if len(chain) >= 2:
                for m in chain:
                    yield rel(ctx, m, "MEMBER_OF", a, 0.7, "membership-list")
        # "A, B and C turned their security pact, the Alliance of Sahel States, into ...": "their" bloc
        j = a.start - 1 - (a.start - 1 > ctx.sent.start and ctx.doc[a.start - 1].lower_ == "the")
        owner = ctx.doc[j - 1] if j - 1 >= ctx.sent.start and ctx.doc[j].text == "," else None
        if owner is not None and owner.lemma_.lower() in lex["body_nouns"] \
                and any(c.dep_ == "poss" and c.lower_ == "their" for c in owner.children):
            owners = ctx.subjects(owner.head if owner.dep_ in {"dobj", "pobj", "nsubjpass"} else owner, {"Country"})
            for m in {x.entity: x for o in owners for x in [o, *ctx.group(ctx.head_token(o), {"Country"})]}.values():
                yield rel(ctx, m, "MEMBER_OF", a, 0.7, "membership-their-bloc")
        # "NATO members Poland and Lithuania", "CSTO member states such as X"
        after = [t for t in ctx.doc[a.end:min(ctx.sent.end, a.end + 3)]]
        # "five Commonwealth countries: A, B and C", "fellow NATO members, among them A and B"
        if after and after[0].lemma_.lower() in lex["member_after"] and after[0].i not in ctx.at:
            for t in ctx.doc[after[0].i + 1:ctx.sent.end]:
                if t.i in ctx.at:
                    for m in ctx.group(t, members_ok):
                        yield rel(ctx, m, "MEMBER_OF", a, 0.75, "membership")
                    break
                if t.lower_ not in {",", "including", "such", "as", "like", ":", "-", "--", "\u2014", "state", "states", "the",
                                    "among", "them"}:
                    break


def composed_of(verb, lemma: str, lex: dict) -> bool:
    """A verb of being made of members, whose "of" objects are they: "consists of", "is composed of",
    "made up of" (``membership.composed_verbs``; a phrase's particle must be there)."""
    if verb.pos_ != "VERB":
        return False
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    return any(lemma == words[0] and set(words[1:]) <= particles
               for words in (phrase.split() for phrase in lex["composed_verbs"]))


def _conjoined_of(head, lex: dict):
    """The members noun whose "of" a bloc's "of" is joined to: "members of the SCO, which Iran joined
    last year, and of the OIC" (the OIC's "of" is a conjunct of the SCO's), else None."""
    prep = head.head if head.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "of":
        return None
    if prep.dep_ == "prep" and prep.head.lemma_ == "be" and any(
            c.dep_ == "cc" and c.i == prep.i - 1 for c in prep.head.children):
        # "are members of A, which X founded, and of B": the parser hangs "and of B" on the copula
        return next((n for n in prep.head.children if n.dep_ == "attr" and n.i < prep.i
                     and n.lower_ in lex["predicate_member_nouns"]
                     and any(c.dep_ == "prep" and c.lower_ == "of" for c in n.children)), None)
    if prep.dep_ != "conj":
        return None
    first = prep.head
    if first.dep_ != "prep" or first.lower_ != "of":
        return None
    noun = first.head
    return noun if noun.lower_ in lex["predicate_member_nouns"] else None


def _bound_parties(ctx: SentenceContext, a, lex: dict, members_ok: set[str]) -> Iterator[Relation]:
    """The parties a bloc's treaty holds together: "the ANZUS Treaty, which binds A to B and C" (the
    object and the "to"/"with" objects of a binding verb the bloc is the subject of), "under its AUKUS
    pact with B and C" (the pact's owner and its "with" objects), "A announced the AUKUS pact with B
    and C" (the subject of a verb making the pact)."""
    for verb in ctx.verbal(lex["bind_verbs"]):
        if verb.pos_ == "VERB" and verb.lemma_.lower() in lex["bind_verbs"] and a in ctx.subjects(verb, {"Alliance"}):
            bound = [m for c in verb.children if c.dep_ == "dobj" for m in ctx.group(c, members_ok)]
            if bound:  # "binds A to B": both sides; "unites them" names none
                bound += ctx.prep_objects(verb, {"to", "with"}, members_ok)
            for m in bound:
                yield rel(ctx, m, "MEMBER_OF", a, 0.7, "membership-bound")
    yield from _owned_grouping(ctx, a, lex, members_ok)
    head = ctx.head_token(a)
    noun = head if head.lemma_.lower() in lex["pact_nouns"] else head.head if head.dep_ == "compound" \
        and head.head.i not in ctx.at and head.head.lemma_.lower() in lex["pact_nouns"] else None
    if noun is None:
        return
    partners = ctx.prep_objects(noun, {"with"}, {"Country"})
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if not partners:
        return
    if owner is None and noun.dep_ == "pobj" and noun.head.lower_ in {"under", "within"}:
        owners = []  # "build submarines under the AUKUS pact with B and C": the pact's "with" parties
    elif owner is None:
        # "A announced / signed the AUKUS pact with B and C": the one who makes the pact is a party
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in lex["pact_verbs"] or negated(ctx, verb) or hedged(verb):
            return
        owners = ctx.subjects(verb, {"Country"})
    else:
        # "its": the nearest state before it that is a clause's subject ("A cancelled ... under its pact")
        subjects = [m for m in ctx.of({"Country"}) if m.end <= owner.i and not m.demonym
                    and ctx.head_token(m).dep_ in {"nsubj", "nsubjpass"}]
        owners = ctx.group(owner, {"Country"}) if owner.i in ctx.at else \
            subjects[-1:] if owner.lower_ in {"its", "their"} else []
    for m in owners + partners:
        yield rel(ctx, m, "MEMBER_OF", a, 0.7, "membership-pact-with")


def _owned_grouping(ctx: SentenceContext, a, lex: dict, members_ok: set[str]) -> Iterator[Relation]:
    """ "Both sides praised the Quad, their grouping with A and B": a bloc in apposition to an owned body
    noun with "with" objects; the owners (the possessor, or for "their"/"its" the clause's subjects) and
    the "with" objects are its members, each one the membership data confirms where it knows the bloc."""
    head = ctx.head_token(a)
    for body in (c for c in head.children if c.dep_ == "appos" and c.i not in ctx.at
                 and c.lemma_.lower() in lex["body_nouns"] | lex["pact_nouns"]):
        owner = next((c for c in body.children if c.dep_ == "poss"), None)
        partners = ctx.prep_objects(body, {"with"}, {"Country"})
        if owner is None or not partners:
            continue
        if owner.i in ctx.at:
            owners = ctx.group(owner, {"Country"})
        elif owner.lower_ in {"their", "its"} and head.dep_ in {"dobj", "nsubjpass", "pobj"}:
            owners = ctx.subjects(head.head if head.dep_ != "pobj" else head.head.head, {"Country"}, plural=True)
        else:
            owners = []
        if negated(ctx, head.head):
            continue
        members = list({m.entity: m for m in owners + partners}.values())
        known = _known_members(ctx, a.entity)
        for m in members:
            if known is None or ctx.entities[m.entity].name in known:
                yield rel(ctx, m, "MEMBER_OF", a, 0.7, "membership-grouping-with")


def _known_members(ctx: SentenceContext, alliance: str) -> set[str] | None:
    """The members the data gives ``alliance`` on the document's date (None where it has none):
    :func:`graph.reference.bloc_members.known_members`."""
    from ...reference.bloc_members import known_members

    return known_members(ctx.entities.get(alliance), ctx.doc.user_data.get("published"))


def _bloc_names(entity) -> tuple[str, ...] | None:
    """The names the reference data gives a bloc entity (:func:`graph.reference.bloc_members.bloc_names`)."""
    from ...reference.bloc_members import bloc_names

    return bloc_names(entity)


_NOUN = frozenset({"NOUN"})
_OBSERVER = frozenset({"observer", "observers"})
_MEMBER_CUES = {"member", "members", "membership", "belong", "belongs", "fellow", "founding", "founders", "signatory",
                "signatories", "ally", "allies", "participant", "participants", "groups", "comprises", "includes",
                "unites", "joined", "join", "joins", "acceded"}
_BODY_NOUNS = {"bloc", "alliance", "organisation", "organization", "grouping", "pact", "union", "group"}
_NEGATIONS = {"not", "never", "non-member", "left", "withdrew", "quit", "outside", "no"}


def _negated_name(ctx: SentenceContext, a) -> bool:
    """ "a major non-NATO ally": the alliance named only to be denied."""
    before = [t.lower_ for t in ctx.doc[max(ctx.sent.start, a.start - 2):a.start]]
    if any(w in {"neither", "nor"} for w in before):
        return True  # "a member of neither NATO nor the CSTO"
    return before[-2:] == ["non", "-"] or bool(before) and before[-1] in {"non", "non-"}


def _predicate_appos(noun) -> bool:
    """ "Nor is Serbia a member of NATO": the predicate noun of an inverted copula the parser hangs on the
    subject as an apposition (no comma between them, the subject's verb "be")."""
    subject = noun.head
    return noun.dep_ == "appos" and subject.dep_ in {"nsubj", "nsubjpass"} and subject.head.lemma_ == "be" \
        and not any(t.text == "," for t in noun.doc[subject.i + 1:noun.i])


def _owners(ctx: SentenceContext, governor, members_ok: set[str]) -> set[str] | None:
    """Whose membership a membership noun is where the noun phrase names it, up to the clause's verb: the named
    possessor ("welcomed Albania's progress towards membership"), or the verb's object for "its"/"their"
    ("congratulated Sweden on its accession"); None where the phrase names no owner (the clause's subject)."""
    tok = governor
    while tok.pos_ not in {"VERB", "AUX"} and tok.head.i != tok.i:
        for c in tok.children:
            if c.dep_ != "poss":
                continue
            if c.i in ctx.at and ctx.label(ctx.at[c.i]) in members_ok:
                return {ctx.at[c.i].entity}
            if c.tag_ == "PRP$" and c.lower_ in {"its", "their"}:
                verb = _clause(tok)
                objects = {ctx.at[o.i].entity for o in verb.children
                           if o.dep_ == "dobj" and o.i in ctx.at and ctx.label(ctx.at[o.i]) in members_ok}
                if objects:
                    return objects
        tok = tok.head
    return None


def _intended(governor, lex: dict) -> bool:
    """Whether the verb of joining is an intention a noun names: "its plan to join NATO", "Georgia's bid
    to join the EU" (``membership.intent_nouns``): only the noun's named owner may be the joiner, never the
    subject of the clause the noun stands in ("Ukraine must abandon its plan to join NATO", said by Russia)."""
    return governor.dep_ == "acl" and governor.head.lemma_.lower() in lex["intent_nouns"]


def _averse(governor, lex: dict) -> bool:
    """Whether the verb of joining is what its subject is against: "most voters are opposed to joining the
    alliance", "resisted joining NATO" (``membership.averse_verbs``)."""
    head = governor.head.head if governor.dep_ == "pcomp" and governor.head.dep_ == "prep" else governor.head
    return governor.dep_ in {"pcomp", "xcomp"} and head.lemma_.lower() in lex["averse_verbs"]


def _clause(tok):
    """The verb whose clause ``tok`` is in (the sentence's root where there is none)."""
    while tok.pos_ not in {"VERB", "AUX"} and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _said_with(ctx: SentenceContext, m, cues_at: list[int], alliance: str) -> bool:
    """Whether a country is said to be a member, not only named near the cue: it is in the clause
    of a membership cue ("the flag ... between those of Spain and Turkey, in the row of member
    states"), or the cue's clause describes it ("Iran, which joined the organisation"); not a
    possessor of something else ("Germany's KNDS"), nor the alliance's own modifier ("Moscow-led")."""
    head = ctx.head_token(m)
    if head.dep_ == "poss" and head.head.i in ctx.at and ctx.at[head.head.i].entity != m.entity:
        return False  # "Germany's KNDS Deutschland": the company's country
    if m.end + 1 < ctx.sent.end and ctx.doc[m.end].text == "-" and not ctx.doc[m.end - 1].whitespace_ \
            and ctx.doc[m.end + 1].pos_ == "VERB":
        return False  # "the Moscow-led CSTO"
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ in {"NOUN", "PROPN"} and head.head.head.i not in cues_at \
            and head.head.head.lower_ not in _MEMBER_CUES:
        return False  # "both members of X and close partners of Russia": Russia is the partners' object
    own = _clause(head)
    for i in cues_at:
        described = _described_noun(ctx.doc[i])
        if described is not None:  # "against Turkey, a NATO ally": the cue is said of Turkey alone
            if head in (described, *conjuncts(described)):
                return True
            continue
        clause = _clause(ctx.doc[i])
        if clause == own or clause.dep_ in {"relcl", "acl"} and clause.head == head:
            return True
        if clause.dep_ == "conj" and clause.head == own and head.dep_ in {"nsubj", "nsubjpass"} \
                and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children):
            return True  # "A hosts a Russian base and is a CSTO member": the shared subject
    return False


def _described_noun(cue):
    """The one noun phrase a member noun describes, where the parse says so: the name it is in
    apposition to ("Turkey, a NATO ally"), the object it is predicated of ("designated Argentina a
    major non-NATO ally"); else None. A cue inside a compound speaks through the noun it modifies
    ("Romania, a NATO member state": "member" describes Romania, as "state" does)."""
    while cue.dep_ == "compound" and cue.head.i != cue.i:
        cue = cue.head
    if cue.dep_ == "appos":
        return cue.head
    if cue.dep_ == "oprd":
        return next((c for c in cue.head.children if c.dep_ == "dobj"), None)
    if cue.dep_ == "dobj":  # "designated it a major ally" read as two objects
        return next((c for c in cue.head.children if c.dep_ == "dobj" and c.i < cue.i), None)
    return None


def _salient_alliance(ctx: SentenceContext, facts: DocFacts) -> str | None:
    """The alliance "the bloc" refers to: the last one named before the sentence that the sentence fits
    (:func:`.bloc_fit.fitting_bloc`), else the most named."""
    from .bloc_fit import fitting_bloc

    return fitting_bloc(ctx, facts)


def described_membership(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """Membership stated by description: "the bloc's six members - A, B and C", "fellow members of
    the alliance", "countries that belong to the CSTO". The alliance is the one named in the sentence,
    else the document's main alliance for "the bloc"/"the alliance"; the members are the countries
    of the sentence that the membership data confirms, or the listed countries where it has none."""
    yield from _one_of_the_others(ctx, facts)
    cues_at = [t.i for t in ctx.cued_tokens(_MEMBER_CUES, "lower")
               if not any(c.lower_ in {"non", "non-"} for c in t.lefts)  # "a major non-NATO ally"
               and not asked(t)]  # "Is Turkey still a reliable member of NATO?"
    if not cues_at or any(ctx.doc[j].lower_ in _NEGATIONS for i in cues_at for j in range(max(ctx.sent.start, i - 4), i)):
        return  # no cue, or "is not a member", "left the bloc"
    named = [a for a in blocs(ctx) if not _negated_name(ctx, a)]  # not "a major non-NATO ally"
    owned = [(a.entity, [i for i in cues_at if _cue_of(ctx, a, i)]) for a in named]
    if sum(1 for _, at in owned if at) > 1:
        # "A and B, both members of X, ..., and C and D are also members of Y": each bloc its own cue's members
        for alliance, at in owned:
            if at:
                yield from _described(ctx, facts, alliance, at)
        return
    owners = {alliance for alliance, at in owned if at}
    # the one bloc a cue is said of, else the first named ("applied to join BRICS while remaining a NATO member")
    alliance = next(iter(owners)) if len(owners) == 1 else named[0].entity if named else None
    if alliance is None and (any(low in _BODY_NOUNS and t.i > 0 and ctx.doc[t.i - 1].lower_ in {"the", "its", "'s", "\u2019s"}
                                 for t, (_, low) in zip(ctx.tokens, ctx.forms, strict=True)) or _founders_joined(ctx)):
        alliance = _salient_alliance(ctx, facts)
    if alliance is None:
        return
    yield from _described(ctx, facts, alliance, cues_at)


def _one_of_the_others(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "X sailed alongside the navies of A, B and C, the other three members of the Quad", "Canada
    joined the patrol with A and B, its fellow NATO allies": the clause's subject is a member too."""
    from .tie_parties import clause_subjects, country_of

    for tok, (_, low) in ctx.cued_forms(_OTHER_MEMBER_NOUNS, "lower"):
        if low not in _OTHER_MEMBER_NOUNS or tok.dep_ != "appos" \
                or not any(c.dep_ == "amod" and c.lower_ in {"other", "fellow"} for c in tok.children):
            continue
        bodies = [m for m in blocs(ctx) if _cue_of(ctx, m, tok.i)]
        for clause in (c for c in tok.children if c.dep_ == "relcl" and not negated(ctx, c)):
            # "Turkey, a fellow NATO member with which Greece has quarrelled": the fellow of the clause's subject
            for p in (m for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"} for m in ctx.group(c, {"Country"})):
                for body in bodies:
                    yield rel(ctx, p, "MEMBER_OF", body, 0.7, "membership-others")
        verb = tok.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.dep_ in {"pobj", "prep", "conj", "appos", "dobj"} and verb.head != verb:
            verb = verb.head
        if not bodies or verb.pos_ not in {"VERB", "AUX"} or negated(ctx, verb) or hedged(verb):
            continue
        for p in clause_subjects(ctx, facts, verb):
            state = p if ctx.entities[p].label == "Country" else country_of(ctx, p)  # "the Indian Navy": India
            for body in bodies:
                if state in ctx.entities and state != body.entity:
                    yield rel(ctx, state, "MEMBER_OF", body, 0.7, "membership-others")


_OTHER_MEMBER_NOUNS = frozenset({"members", "allies", "member", "ally", "partners", "signatories"})


def _cue_of(ctx: SentenceContext, a, i: int) -> bool:
    """Whether the membership cue at ``i`` is said of the bloc ``a``: "members of X", "X's members",
    "X members"."""
    head = ctx.head_token(a)
    return head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i == i \
        or head.dep_ in {"poss", "compound"} and head.head.i == i


def _described(ctx: SentenceContext, facts: DocFacts, alliance: str, cues_at: list[int]) -> Iterator[Relation]:
    """The members of ``alliance`` its membership cues at ``cues_at`` describe (see :func:`described_membership`)."""
    named_states = [m for m in ctx.of({"Country"}) if not m.demonym]
    if _counted_members(ctx, alliance) == len({m.entity for m in named_states}):
        countries = named_states  # "A, B, C and D ... all four members of the Quad"
    else:
        countries = [m for m in named_states if _said_with(ctx, m, cues_at, alliance)]
    known = _known_members(ctx, alliance)
    if known is not None:
        chosen = [m for m in countries if facts.entities[m.entity].name in known]
        # "Turkey's President X, whose country is a NATO member": the person's country, which the data confirms
        chosen += [c for c in _whose_countries(ctx, facts, cues_at) if facts.entities[c].name in known]
    else:
        chosen = max((ctx.group(ctx.head_token(m), {"Country"}) for m in countries), key=len, default=[])
        chosen = chosen if len(chosen) >= 2 else []
    for m in chosen:
        yield rel(ctx, m, "MEMBER_OF", alliance, 0.65, "membership-described")


def _whose_countries(ctx: SentenceContext, facts: DocFacts, cues_at: list[int]) -> list[str]:
    """The countries of "whose country" clauses a membership cue is in ("X, whose country is a NATO
    member", "... applied to join BRICS while remaining a NATO member")."""
    out: list[str] = []
    for i in cues_at:
        clause = _clause(ctx.doc[i])
        for _ in range(4):
            if clause.dep_ not in {"advcl", "xcomp", "conj"} or clause.head.i == clause.i:
                break
            clause = clause.head
        if negated(ctx, clause) or hedged(clause):
            continue
        out += [c for c in _whose_country(ctx, facts, clause) if c not in out]
    return out


def _founders_joined(ctx: SentenceContext) -> bool:
    """ "The five founders - A, B and C - were joined by D in 1984": a bloc's founders, or those who
    joined them, named without the bloc (the one the article is about)."""
    founders = cues()["membership"]["founder_nouns"]
    for tok, (lemma, low) in zip(ctx.tokens, ctx.forms, strict=True):
        if tok.i in ctx.at:
            continue
        if _listed_members(ctx, tok):
            return True  # "alongside the founding members A, B and C"
        if low in founders and any(c.dep_ == "appos" or c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return True  # "the founders", "the five founders - A, B, C -"
        if lemma in cues()["membership"]["join_verbs"] and any(c.dep_ == "auxpass" for c in tok.children) and any(
                c.dep_ == "nsubjpass" and c.i not in ctx.at and c.lower_ in founders | cues()["membership"]["member_nouns"]
                for c in tok.children):
            return True  # "the founders were joined by D"
    return False


def _listed_members(ctx: SentenceContext, tok) -> bool:
    """ "the founding members Brazil, Russia and India", "the member states A and B", "The full members are A,
    B and C": a members noun with "the" whose apposition, or predicate, is a listed state (the bloc is the one
    named before)."""
    nouns = cues()["membership"]["listing_member_nouns"]
    phrase = f"{ctx.doc[tok.i - 1].lower_} {tok.lower_}" if tok.i > ctx.sent.start else tok.lower_
    if tok.lower_ not in nouns and phrase not in nouns:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    listed = [c for c in tok.children if c.dep_ == "appos"]
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":  # "The full members are A, B and C"
        listed += [c for c in tok.head.children if c.dep_ == "attr"]
    return any(c.i in ctx.at and ctx.label(ctx.at[c.i]) == "Country" for c in listed)


def _counted_members(ctx: SentenceContext, alliance: str) -> int | None:
    """The count of "all four members of the Quad", "the bloc's six member states" (the alliance
    ``alliance`` named as their "of" object or possessor), else None."""
    counts = cues()["plural"]["counts"]
    nouns = cues()["membership"]["member_nouns"]
    for tok, (_, low) in ctx.cued_forms(nouns, "lower"):
        if low not in nouns:
            continue
        n = next((counts.get(c.lower_) or int(c.text) for c in tok.children if c.dep_ == "nummod"
                  and (c.lower_ in counts or c.text.isdigit())), None)
        owned = [ctx.at[o.i] for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj" and o.i in ctx.at] + [ctx.at[c.i] for c in tok.children
                                                         if c.dep_ == "poss" and c.i in ctx.at]
        if n and any(m.entity == alliance for m in owned):
            return n
    return None


def _recent_alliance(ctx: SentenceContext, facts: DocFacts) -> str | None:
    """The alliance a sentence speaks of without naming it: the one it names, else the last named before."""
    named = [a for a in blocs(ctx) if not _negated_name(ctx, a)]
    return named[0].entity if named else _salient_alliance(ctx, facts)


def _whose_country(ctx: SentenceContext, facts: DocFacts, verb) -> list[str]:
    """ "Finnish President X, whose country joined the alliance", "Syria's Y, whose country was readmitted
    to the League": the country of the person the relative clause hangs on, named in the person's title ("Finnish", "Kazakhstan's")."""
    nouns = cues()["membership"]["own_country_nouns"]
    if verb.dep_ != "relcl" or not any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in nouns
                                       and any(g.lower_ == "whose" for g in c.children) for c in verb.children):
        return []
    person = ctx.at.get(verb.head.i)
    if person is None or ctx.label(person) != "Person":
        return []
    titled = [ctx.at[i] for i in range(max(ctx.sent.start, person.start - 4), person.start)
              if i in ctx.at and ctx.label(ctx.at[i]) == "Country"]
    if titled:
        return [titled[-1].entity]
    known = [c for c in facts.known.get(person.entity, ()) if c in ctx.entities]
    return known if len(known) == 1 else []


def _unaccomplished(ctx: SentenceContext, verb) -> bool:
    """ "applied to join", "will join", "did not join", "wants to accede": no membership (yet); "became the
    22nd country to join" is one (:func:`_counted_joiner`), unless its own verb of being is still to come."""
    from ..negation import negated

    words = cues()["membership"]["unaccomplished"]
    counted = _counted_joiner(verb)
    if counted is not None:
        return _unaccomplished(ctx, counted) or hedged(counted)
    return verb.dep_ == "xcomp" or any(c.dep_ in {"aux", "auxpass"} and c.lower_ in words for c in verb.children) \
        or negated(ctx, verb) or asked(verb) or _averse(verb, cues()["membership"])


_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$")


def _counted_joiner(verb):
    """The verb of being that makes its subject a counted joiner of the infinitive ``verb``: "Poland became
    the 22nd country to join X" (the infinitive the parser hangs on "became" or on "country"), "Iran is the
    latest member to join"; None for any other verb."""
    lex = cues()["membership"]
    if verb.dep_ not in {"xcomp", "relcl", "acl"} or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if verb.dep_ == "xcomp":
        copula = verb.head
        noun = next((c for c in copula.children if c.dep_ in {"attr", "oprd"}), None)
    else:
        noun = verb.head
        copula = noun.head if noun.dep_ in {"attr", "oprd"} else None
    if noun is None or copula is None or copula.lemma_.lower() not in lex["counted_joiner_copulas"] \
            or noun.lemma_.lower() not in lex["counted_joiner_nouns"]:
        return None
    if not any(c.dep_ in {"amod", "nummod"} and (c.lower_ in lex["counted_joiner_words"] or _ORDINAL.match(c.lower_))
               for c in noun.children):
        return None
    return copula


def _joined_body(ctx: SentenceContext, facts: DocFacts, verb, lex: dict) -> str | None:
    """The alliance a joining verb takes: its object or the object of "into"/"to"/"of" where that
    names an alliance or is a bloc noun ("joined the alliance"); with no object at all ("joining in
    April", "were admitted in 2017") the alliance the sentence or the text before it names."""
    if any(c.dep_ == "prt" and c.lower_ in lex["join_in_particles"] for c in verb.children):
        return None  # "two partners joined in": took part (in an exercise), no accession
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += prep_objects(verb, {"into", "to", "as"})
    for o in objects:
        m = ctx.at.get(o.i)
        if m is not None:
            if (is_bloc(ctx, m) or _named_body(ctx, m, lex)) and not _negated_name(ctx, m):
                return m.entity
            return None  # "joined the talks in Geneva", "accepted into the EU-funded programme"
        if o.lemma_.lower() in lex["body_nouns"] and any(d.lower_ in {"the", "its", "their"} for d in o.children):
            return _recent_alliance(ctx, facts)
        if o.lemma_.lower() in {"member", "members", "membership"}:
            return _recent_alliance(ctx, facts)  # "admitted as full members"
        if o.lower_ in lex["named_body_nouns"] and any(d.lower_ in {"the", "its", "their"} for d in o.children):
            return _named_with(ctx, facts, o.lower_)  # "joined the initiative": the Sky Shield Initiative
        return None  # "joined the exercise", "accepted into the programme"
    if any(o.dep_ == "pobj" and o.lemma_.lower() in lex["joined_gatherings"] for c in verb.children
           if c.dep_ == "prep" and c.lower_ in {"for", "in"} for o in c.children):
        return None  # "the leaders joined for a session of their own": took part, no accession ("admitted at a
        # summit" is an accession)
    return _named_so_far(ctx, facts)


def _named_body(ctx: SentenceContext, m, lex: dict) -> bool:
    """An organisation whose name ends in a word of a grouping ("the European Sky Shield Initiative", "the X
    Coalition"): states join it as they join a bloc, as "joined the initiative" already reads it."""
    entity = ctx.entities[m.entity]
    last = entity.name.lower().split()[-1] if entity.name else ""
    return entity.label == "Organization" and last in set(lex["named_body_nouns"]) | set(lex["body_nouns"])


def _named_with(ctx: SentenceContext, facts: DocFacts, noun: str) -> str | None:
    """The bloc "the <noun>" refers to where the noun is a word of its name ("the initiative": an alliance
    or organisation named "... Initiative"): the last one named before the sentence or in it; none where no
    name holds the word."""
    named = [m for m in facts.mentions if m.start < ctx.sent.end and facts.entities.get(m.entity) is not None
             and facts.entities[m.entity].label in {"Alliance", "Organization"}]
    for m in reversed(named):
        entity = facts.entities[m.entity]
        if any(noun in form.lower().split() for form in (entity.name, *entity.aliases)):
            return entity.id
    return None


def _named_so_far(ctx: SentenceContext, facts: DocFacts) -> str | None:
    """The alliance an object-less joining verb ("joining in April", "South Africa joined the following
    year") means: the one the sentence names, else the last one named before it; none where no bloc has
    been named yet (a headline's "troops join drills" names no bloc of the text's)."""
    from .bloc_fit import fitting_bloc

    named = [a for a in blocs(ctx) if not _negated_name(ctx, a)]
    if named:
        return named[0].entity
    return fitting_bloc(ctx, facts, unnamed=False)


def joining(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """Membership by the act that makes it: "Finland joined the alliance in 2023", "joining in
    April", "India and Pakistan were admitted in 2017, and Iran followed in 2023", "Kazakh President
    X, whose country has chaired the SCO", "the SCO was set up in 2001 by China, Russia and
    Kazakhstan". Not where the act is only wanted or denied ("applied to join", "did not join")."""
    lex = cues()["membership"]
    members_ok = {"Country"}
    acts = lex["join_verbs"] | lex["admit_verbs"] | lex["chair_verbs"] | lex["found_verbs"]
    for verb, (lemma, _) in ctx.cued_forms(acts):
        if lemma not in acts or verb.pos_ != "VERB":
            continue  # every case below needs one of these verbs
        # "was founded by A and B", and the participle "the SCO, founded in 2001 by A and B"
        passive = any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ == "acl" and verb.tag_ == "VBN"
        if _unaccomplished(ctx, verb):
            continue
        if lemma in lex["join_verbs"] and not passive:
            body = _joined_body(ctx, facts, verb, lex)
        elif lemma in lex["admit_verbs"] and passive:
            body = _joined_body(ctx, facts, verb, lex)
        elif lemma in lex["chair_verbs"] and not passive:
            objs = [ctx.at.get(c.i) for c in verb.children if c.dep_ == "dobj"]
            body = next((m.entity for m in objs if m is not None and is_bloc(ctx, m)), None)
        else:
            yield from _founders(ctx, verb, lemma, passive, lex)
            continue
        if body is None:
            continue
        counted = _counted_joiner(verb)  # "Poland became the 22nd country to join": the subject of "became"
        members = [m.entity for m in ctx.subjects(counted if counted is not None else verb, members_ok, plural=True)] \
            or _whose_country(ctx, facts, verb)
        for c in verb.children:  # "..., and Iran followed in 2023"
            if c.dep_ == "conj" and c.lemma_.lower() in lex["follow_verbs"] and not _unaccomplished(ctx, c):
                members += [m.entity for m in ctx.subjects(c, members_ok)]
        for m in dict.fromkeys(members):
            yield rel(ctx, m, "MEMBER_OF", body, 0.7, "membership-joined")
    yield from _chair_holders(ctx, facts, lex)
    yield from _founding_parties(ctx, lex)


def _among_founders(ctx: SentenceContext, tok, lex: dict) -> tuple[list, list]:
    """ "Denmark and Norway were among the original signatories of the X", "A is one of the founding members of
    the X": the subjects of a verb of being whose "among"/"one of" object is a bloc's founding noun (its
    signatories, founders, members), the bloc that noun's "of" object (a bloc, or an organisation named as a
    grouping: "... Initiative")."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lex["founding_party_nouns"] or tok.i in ctx.at \
            or tok.dep_ != "pobj" or tok.head.lower_ not in lex["founding_party_preps"]:
        return [], []
    prep = tok.head
    verb = prep.head if prep.lower_ != "of" else \
        prep.head.head if prep.head.lower_ in lex["founding_party_one"] and prep.head.dep_ in {"attr", "nsubj"} else None
    if verb is None or verb.lemma_.lower() not in lex["founding_party_verbs"] or negated(ctx, verb) or hedged(verb):
        return [], []
    blocs = [m for m in ctx.prep_objects(tok, {"of"}, {"Alliance", "Organization"})
             if (is_bloc(ctx, m) or _named_body(ctx, m, lex)) and not _negated_name(ctx, m)]
    if not blocs:
        return [], []
    return ctx.subjects(verb, {"Country"}, plural=True), blocs


def _founding_parties(ctx: SentenceContext, lex: dict) -> Iterator[Relation]:
    """MEMBER_OF of :func:`_among_founders`, where the membership data (if it knows the bloc) lists the state."""
    for tok in ctx.cued_tokens(lex["founding_party_nouns"], "lemma", _NOUN):
        states, bodies = _among_founders(ctx, tok, lex)
        for body in {b.entity: b for b in bodies}.values():
            known = _known_members(ctx, body.entity)
            for s in {m.entity: m for m in states if not m.demonym}.values():
                if known is None or ctx.entities[s.entity].name in known:
                    yield rel(ctx, s, "MEMBER_OF", body, 0.65, "membership-among-founders")


def _chair_holders(ctx: SentenceContext, facts: DocFacts, lex: dict) -> Iterator[Relation]:
    """Only a member holds a bloc's rotating chair: "Laos takes over the chair in 2024", "Belarus,
    which holds the rotating chairmanship", "Indonesia's year as chair", "Malaysia, the current chair
    of ASEAN", "Chile handed the chair to Peru". The bloc is the chair's own ("the chair of X",
    "ASEAN's chair"), else the one the sentence or the text before names; a chair of anything else
    ("the chair of the conference") and a chair held by no state name nothing."""
    for noun in ctx.cued_tokens(lex["chair_nouns"], "lower", _NOUN):
        lower = noun.lower_
        if noun.pos_ != "NOUN" or lower not in lex["chair_nouns"] or lower in lex["rotating_only"] and not any(
                c.lower_ == "rotating" for c in noun.children):
            continue
        holders = _chair_holder(ctx, noun, lex)
        if not holders:
            continue
        body = _chaired_body(ctx, facts, noun, lex)
        if body is None:
            continue
        for m in dict.fromkeys(holders):
            yield rel(ctx, m, "MEMBER_OF", body, 0.65, "membership-chair")


def _chair_holder(ctx: SentenceContext, noun, lex: dict) -> list[str]:
    """The states holding a chair noun: the subject of a verb holding or taking it (and the "to"
    object of one handing it on), the owner of the noun "as chair" describes ("A's year as chair"),
    the state it is in apposition to or predicated of, or its own possessor ("A's chairmanship")."""
    states = {"Country"}
    head = noun.head
    found: list = []
    if noun.dep_ in {"dobj", "nsubjpass"} and head.pos_ == "VERB" and not negated(ctx, head) and not hedged(head):
        lemma = head.lemma_.lower()
        if lemma in lex["chair_take_verbs"] or lemma in lex["chair_hand_verbs"]:
            found += ctx.subjects(head, states)
        if lemma in lex["chair_hand_verbs"]:
            found += ctx.prep_objects(head, {"to"}, states)
    elif noun.dep_ == "pobj" and head.lower_ == "as":
        holder = head.head
        owners = [ctx.at[c.i] for c in holder.children if c.dep_ == "poss" and c.i in ctx.at]
        found += [m for m in owners if ctx.label(m) in states] if holder.pos_ in {"NOUN", "PROPN"} else \
            ctx.subjects(holder, states) if holder.pos_ in {"VERB", "AUX"} else []
    elif noun.dep_ == "appos" and head.i in ctx.at:
        found += ctx.group(head, states)
    elif noun.dep_ == "attr" and head.lemma_ == "be":
        found += ctx.subjects(head, states)
    found += [ctx.at[c.i] for c in noun.children if c.dep_ == "poss" and c.i in ctx.at and ctx.label(ctx.at[c.i]) in states]
    return [m.entity for m in found]


def _chaired_body(ctx: SentenceContext, facts: DocFacts, noun, lex: dict) -> str | None:
    """The bloc whose chair ``noun`` is: its "of" object, possessor or naming modifier where that is
    an alliance (None where it is anything else: "the chair of the panel"), a bloc noun ("the bloc's
    chair") or nothing: then the alliance the sentence or the text before names."""
    owners = prep_objects(noun, "of")
    owners += [c for c in noun.children if c.dep_ in {"poss", "compound", "nmod"}]
    for o in owners:
        m = ctx.at.get(o.i)
        if m is not None and is_bloc(ctx, m):
            return None if _negated_name(ctx, m) else m.entity
        if o.dep_ == "poss" and (m is None and o.tag_ in {"WP$", "PRP$"} or m is not None and ctx.label(m) == "Country"):
            continue  # "whose chairmanship", "Indonesia's chairmanship": the holder, not the bloc
        if m is not None or o.lemma_.lower() not in lex["body_nouns"]:
            return None
    return _recent_alliance(ctx, facts)


def _founders(ctx: SentenceContext, verb, lemma: str, passive: bool, lex: dict) -> Iterator[Relation]:
    """ "The SCO was set up in 2001 by China, Russia and ...", "A, B and C founded the bloc"."""
    if lemma not in lex["found_verbs"] or lemma == "set" and not any(c.dep_ == "prt" and c.lower_ == "up"
                                                                      for c in verb.children):
        return
    if passive:
        bodies = [m for m in ctx.subjects(verb, {"Alliance"})]
        founders = ctx.prep_objects(verb, {"by"}, {"Country"})
    else:
        bodies = [ctx.at[c.i] for c in verb.children if c.dep_ == "dobj" and c.i in ctx.at
                  and is_bloc(ctx, ctx.at[c.i])]
        founders = ctx.subjects(verb, {"Country"}, plural=True)
    for body in bodies:
        for m in founders:
            yield rel(ctx, m, "MEMBER_OF", body, 0.7, "membership-founded")


# words that give a membership's status (ONTOLOGY "status"), said of the member in the sentence
STATUS_CUES: dict[str, set[str]] = {
    "suspended": {"freeze", "froze", "frozen", "freezing", "suspend", "suspended", "suspension"},
    "former": {"former", "ex-member"},
    "candidate": {"candidate", "applicant", "aspirant", "apply", "applied", "application"},
    "observer": {"observer"},
}


_STATUS_WORDS = frozenset().union(*STATUS_CUES.values())
_MEMBER_NOUNS = {"member", "ally", "signatory", "participant", "state"}


def _text_status(ctx: SentenceContext, r: Relation, facts: DocFacts) -> str | None:
    """The status the sentence gives the member: "froze its participation" (suspended), "applied to
    join" (candidate), "an observer" (observer), "former member" (former). The cue must be said of
    the member: the member is the subject of the cue's clause, or the cue is in the member's phrase."""
    member = [m for m in ctx.mentions if m.entity == r.source]
    if not member or not _STATUS_WORDS & ctx.lemmas:  # (a cue inside a name is no cue: ``lemmas`` leaves names out)
        return None
    for tok, (lemma, low) in zip(ctx.tokens, ctx.forms, strict=True):
        status = next((k for k, words in STATUS_CUES.items() if low in words or lemma in words), None)
        if status is None or tok.i in ctx.at:
            continue
        if status == "former" and tok.head.lemma_.lower() not in _MEMBER_NOUNS and tok.lower_ != "ex-member":
            continue  # "former member", not "former Soviet republics"
        said_of = {m.entity for m in ctx.subjects(tok, {"Country", "Organization", "GovernmentBody"})}
        beside = any(m.start <= tok.head.i < m.end for m in member)  # "Iran, an observer"
        beside = beside or any(o.dep_ in {"dobj", "nsubjpass"} and o.lower_ in _TAKING_PART and any(
            p.dep_ == "poss" and any(m.start <= p.i < m.end for m in member) for p in o.children)
            for o in tok.children)  # "suspend Uzbekistan's membership"
        beside = beside or any(o.dep_ == "dobj" and any(m.start <= o.i < m.end for m in member) for o in tok.children
                               if tok.pos_ == "VERB")  # "ECOWAS suspended Niger"
        if r.source in said_of or beside:
            return status
    return None


_TAKING_PART = {"participation", "membership", "involvement"}


def taking_part(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Yerevan froze its participation in the CSTO", "Armenia suspended its membership of the
    bloc": MEMBER_OF, whose status the sentence gives (suspended)."""
    members_ok = {"Country", "Organization", "GovernmentBody"}
    yield from _suspended_member(ctx, facts, members_ok)
    for tok, (_, low) in ctx.cued_forms(_TAKING_PART, "lower"):
        if low not in _TAKING_PART or tok.dep_ not in {"dobj", "nsubjpass"}:
            continue
        if not any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in tok.children):
            yield from _owned_membership(ctx, facts, tok, members_ok)
            continue
        bodies = [b.entity for b in ctx.prep_objects(tok, {"in", "of", "within"}, {"Alliance", "Organization"}) if is_bloc(ctx, b)]
        if not bodies and _bloc_object(tok, {"in", "of", "within"}):  # "froze its participation in the bloc"
            bodies = [b for b in [_recent_alliance(ctx, facts)] if b]
        if not bodies:
            continue
        for m in ctx.subjects(tok.head, members_ok):
            for body in bodies:
                yield rel(ctx, m, "MEMBER_OF", body, 0.7, "membership-participation")


def _suspended_member(ctx: SentenceContext, facts: DocFacts, members_ok: set[str]) -> Iterator[Relation]:
    """ "ECOWAS suspended Niger after the coup", "the AU suspended Mali": a bloc suspends a member."""
    for verb in ctx.verbal({"suspend"}):
        if negated(ctx, verb, itself=False) or hedged(verb):
            continue
        bodies = [b.entity for b in ctx.subjects(verb, {"Alliance", "Organization"}) if is_bloc(ctx, b)]
        bodies = bodies or _suspended_from(ctx, facts, verb)
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        objects = [o for o in verb.children if o.dep_ == ("nsubjpass" if passive else "dobj") and o.i in ctx.at]
        members = [m for o in objects for m in ctx.group(o, members_ok)]
        for m in members:
            for body in bodies:
                if m.entity != body:
                    yield rel(ctx, m, "MEMBER_OF", body, 0.7, "membership-suspended")


def _suspended_from(ctx: SentenceContext, facts: DocFacts, verb) -> list[str]:
    """The bloc a state is suspended from: "suspended from the African Union", "from the bloc", "from
    all the bloc's activities", or the bloc owning the subject body ("the AU's Peace and Security
    Council suspended X")."""
    out = []
    for o in prep_objects(verb, "from"):
        owners = [o, *(c for c in o.children if c.dep_ == "poss")]  # "all the bloc's activities"
        for t in owners:
            m = ctx.at.get(t.i)
            if m is not None and is_bloc(ctx, m) and not _negated_name(ctx, m):
                out.append(m.entity)
            elif m is None and t.lemma_.lower() in cues()["membership"]["body_nouns"] \
                    and any(d.lower_ in {"the", "its"} for d in t.children):
                out += [b for b in [_recent_alliance(ctx, facts)] if b]
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        out += [ctx.at[c.i].entity for c in subj.children if c.dep_ == "poss" and c.i in ctx.at
                and is_bloc(ctx, ctx.at[c.i])]  # "the African Union's council suspended X"
    return list(dict.fromkeys(out))


def _owned_membership(ctx: SentenceContext, facts: DocFacts, tok, members_ok: set[str]) -> Iterator[Relation]:
    """ "the CSTO agreed to suspend Uzbekistan's membership", "Mali's membership of ECOWAS was
    suspended", "the league restored Syria's membership": a named member's membership that a bloc (the
    clause's subject, the noun's "of"/"in" object, or "the bloc" named before) suspends or restores."""
    verb = tok.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues()["membership"]["membership_acts"] or hedged(verb):
        return
    owners = [ctx.at[c.i] for c in tok.children if c.dep_ == "poss" and c.i in ctx.at]
    owners = [m for o in owners for m in ctx.group(ctx.head_token(o), members_ok)]
    if not owners:
        return
    bodies = [b.entity for b in ctx.prep_objects(tok, {"in", "of", "within"}, {"Alliance", "Organization"}) if is_bloc(ctx, b)]
    bodies = bodies or [b.entity for b in ctx.subjects(verb, {"Alliance", "Organization"}) if is_bloc(ctx, b)]
    if not bodies and _bloc_object(tok, {"in", "of", "within"}):
        bodies = [b for b in [_recent_alliance(ctx, facts)] if b]
    for m in owners:
        for body in bodies:
            if m.entity != body:
                yield rel(ctx, m, "MEMBER_OF", body, 0.7, "membership-owned")


def _bloc_object(tok, preps: set[str]) -> bool:
    """Whether ``tok`` has a "the bloc"/"the alliance" object of ``preps`` (a bloc named before)."""
    nouns = cues()["membership"]["body_nouns"]
    return any(o.dep_ == "pobj" and o.lemma_.lower() in nouns and any(d.lower_ in {"the", "its", "their"} for d in o.children)
               for p in tok.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children)


def leaving(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Chad threatened to withdraw from the task force", "Mali is weighing leaving the bloc": only a
    member can threaten to leave. A departure done from a bloc ("Uzbekistan left the CSTO in 2012")
    is a membership that was: status former (:func:`_left`)."""
    lex = cues()["membership"]
    members_ok = {"Country", "Organization", "GovernmentBody"}
    for verb in ctx.verbal(lex["leave_verbs"]):
        intent = verb.head if verb.dep_ in {"xcomp", "pcomp"} else None
        if _leaving_ahead(verb, lex):
            yield from _left(ctx, facts, verb, members_ok, ahead=True)
            continue
        if intent is None:
            yield from _left(ctx, facts, verb, members_ok)
            continue
        if intent.lemma_.lower() not in lex["leave_intent"] or negated(ctx, intent) or hedged(intent):
            continue
        objects = [o for o in verb.children if o.dep_ == "dobj"]
        objects += prep_objects(verb, {"from", "of"})
        bodies = [m.entity for o in objects for m in ctx.group(o, {"Alliance", "Organization"}) if is_bloc(ctx, m)]
        if not bodies and (_bloc_object(verb, {"from", "of"}) or any(
                o.lemma_.lower() in lex["body_nouns"] and any(d.lower_ in {"the", "its"} for d in o.children)
                for o in verb.children if o.dep_ == "dobj")):
            bodies = [b for b in [_recent_alliance(ctx, facts)] if b]
        for m in ctx.subjects(intent, members_ok):
            for body in dict.fromkeys(bodies):
                yield rel(ctx, m, "MEMBER_OF", body, 0.7, "membership-leaving")


def _it_state(ctx: SentenceContext, facts: DocFacts, verb, body: str) -> list:
    """The state "it" stands for in a clause on a bloc ("kept Uzbekistan outside the CSTO, which it
    left in 2012"): the nearest state named before the pronoun in the sentence, if the membership data
    knows it in ``body`` at some time (the data confirms the reading; it is no evidence by itself)."""
    pron = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == "it"), None)
    if pron is None:
        return []
    before = [m for m in ctx.of({"Country"}) if m.end <= pron.i and not m.demonym]
    if not before:
        return []
    names, member = _bloc_names(facts.entities.get(body)), facts.entities.get(before[-1].entity)
    if names is None or member is None or _term(member.name, names, None) is None:
        return []
    return [before[-1]]


def _leaving_ahead(verb, lex: dict) -> bool:
    """A departure the text sets ahead as settled: "will leave the bloc", "is set to leave", "are due to
    quit" (not "may leave", "would leave": a hedge or a condition)."""
    if any(c.dep_ == "aux" and c.lower_ in lex["leave_future_aux"] for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex["leave_future_heads"]


def _left(ctx: SentenceContext, facts: DocFacts, verb, members_ok: set[str], ahead: bool = False) -> Iterator[Relation]:
    """ "Uzbekistan left the CSTO in 2012", "Kazakhstan quit the bloc": a stated departure of a
    member from a named bloc (an Alliance; "the bloc" the one named last) is MEMBER_OF, status former.
    Only a verb that states it (past, not negated, hedged or a question); troops leaving a place are
    no member leaving a bloc (the object must be an Alliance). ``ahead``: a departure still to come
    ("A, B and C will leave ECOWAS in January"): they are members until then (status member)."""
    if ahead:
        head = verb.head if verb.dep_ == "xcomp" else verb
        if negated(ctx, verb) or negated(ctx, head) or hedged(verb) or hedged(head):
            return
    elif verb.tag_ not in {"VBD", "VBN", "VBG"} or negated(ctx, verb) or hedged(verb) or verb.dep_ in {"acl", "amod"}:
        return
    objects = [o for o in verb.children if o.dep_ == "dobj"]
    objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children
                if o.dep_ == "pobj"]
    bodies = [m.entity for o in objects for m in ctx.group(o, {"Alliance", "Organization"}) if is_bloc(ctx, m)]
    if not bodies and verb.dep_ == "relcl" and verb.head.i in ctx.at and is_bloc(ctx, ctx.at[verb.head.i]) \
            and any(o.lower_ in {"which", "that"} for o in objects):
        bodies = [ctx.at[verb.head.i].entity]  # "the CSTO, which it left in 2012"
    if not bodies and any(o.lemma_.lower() in cues()["membership"]["body_nouns"]
                          and any(d.lower_ == "the" for d in o.children) for o in objects):
        bodies = [b for b in [_recent_alliance(ctx, facts)] if b]
    subjects = ctx.subjects(verb, members_ok, plural=ahead)
    if not subjects and len(set(bodies)) == 1:
        subjects = _it_state(ctx, facts, verb, bodies[0])
    for m in subjects:
        for body in dict.fromkeys(bodies):
            if m.entity != body and ahead:
                # the clause's date is when the membership ends, not when it was stated
                r = rel(ctx, m, "MEMBER_OF", body, 0.7, "membership-leaving-ahead", status="member")
                end = r.evidence.pop("when", None)
                if end and "/" not in end:
                    r.props.setdefault("valid_to", end)
                yield r
            elif m.entity != body:
                r = rel(ctx, m, "MEMBER_OF", body, 0.7, "membership-left", status="former")
                when = r.evidence.get("when")
                if when and "/" not in when:  # left in 2012: a membership that ended then
                    r.evidence = {**r.evidence, "when": "/" + when}
                yield r


def observers(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Mongolia, an observer in the SCO", "Iran has observer status at the EAEU", "Mongolia, an
    observer, attended" (of the bloc the sentence names, else the one named last): MEMBER_OF with
    status observer."""
    members_ok = {"Country", "Organization", "GovernmentBody"}
    for tok, (_, low) in ctx.cued_forms(_OBSERVER, "lower"):
        if low not in {"observer", "observers"} or tok.i in ctx.at:
            continue
        noun = tok.head if tok.dep_ in {"compound", "amod"} else tok  # "observer status"
        bodies = ctx.prep_objects(noun, {"in", "at", "of", "to", "with"}, {"Alliance", "Organization"})
        if not bodies and noun.dep_ == "appos" and noun.head.i in ctx.at and not any(
                c.dep_ in {"amod", "compound", "prep"} for c in noun.children):
            # "Mongolia, an observer, took part": of the bloc the sentence names, else the one named last
            recent = _recent_alliance(ctx, facts)
            bodies = [recent] if recent else []
        if not bodies:
            continue
        members = ctx.group(noun.head, members_ok) if noun.dep_ == "appos" else []
        members = members or ctx.subjects(noun, members_ok)
        for m in members:
            for body in bodies:
                if m.entity != (body if isinstance(body, str) else body.entity):
                    yield rel(ctx, m, "MEMBER_OF", body, 0.7, "membership-observer", status="observer")


@lru_cache(maxsize=4096)
def _term(member: str, names: tuple[str, ...], day: str | None) -> tuple[dict[str, str], str] | None:
    """The membership data's term of ``member`` in the alliance of ``names`` that covers ``day`` (else
    the latest): its dates (of the full membership it belongs to) and its status (worked out once per
    member, alliance and date: sentences ask again)."""
    from ...reference.offices import load_offices

    terms = sorted((m for m in load_offices().memberships_of.get(member, ()) if m.alliance in names),
                   key=lambda m: m.start or "")
    covering = [m for m in terms if m.holds_on(day)]
    term = covering[-1] if covering else terms[-1] if terms else None
    if term is None:
        return None
    full = [m for m in terms if m.status in {"member", "former"}]
    dates = next((m for m in reversed(full) if m in covering), full[-1] if full else term)
    # a membership the data marks former but that still held on the day: a member then (until its end)
    status = "member" if term.status == "former" and term in covering and day else term.status
    return {k: v for k, v in (("valid_from", dates.start), ("valid_to", dates.end)) if v}, status


def _with_terms(rule):
    """``rule`` with the membership data's dates on each MEMBER_OF it finds: ``valid_from`` and
    ``valid_to`` of the term that covers the document's date (else the latest term), and its
    ``status``, which the sentence's own words override ("froze its participation": suspended)."""
    from functools import wraps

    @wraps(rule)
    def dated(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
        from .bloc_lists import spread

        day = ctx.doc.user_data.get("published")
        for r in (x for found in rule(ctx, facts) for x in (found, *spread(ctx, facts, found))):
            names, member = _bloc_names(facts.entities.get(r.target)), facts.entities.get(r.source)
            if names is not None and member is not None:
                found = _term(member.name, names, day)
                if found is not None:
                    dates, status = found
                    r.props.update(dates)
                    r.props["status"] = status
            said = _text_status(ctx, r, facts)
            if said:
                r.props["status"] = said
            yield r

    return dated


membership = _with_terms(membership)
described_membership = _with_terms(described_membership)
observers = _with_terms(observers)
taking_part = _with_terms(taking_part)
leaving = _with_terms(leaving)
joining = _with_terms(joining)
