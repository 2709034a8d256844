"""Cooperation and conflict stated by a cue word: "ties with", "the war against", "strikes on",
"fighting between A and B", "the Russia-Ukraine war"; a tie that is severed or cancelled is a
conflict ("cancelled their agreements with Tehran"), a negated or hedged one is nothing.

The rules of the other tie families live beside this one: :mod:`.paired` ("the two sides",
"A and B signed"), :mod:`.sanctions` and :mod:`.known_wars`.
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Token

from ..context import SentenceContext
from ..coordination import conjuncts
from ..lexicon import cues, domain_of
from ..negation import denied_object, hedged, negated, noun_negated, ruptured, soured
from ..prepositions import prep_objects
from ..relation import Relation
from ..scope import questioned
from .accession import accession_talk
from .common import ORGS, DocFacts
from .conflict_sides import fought, home_side, insurgency, led_by, members_of, non_state
from .known_wars import known_conflicts
from .ongoing_wars import other_sides
from .paired import paired_ties
from .phrases import more_of_them
from .sanctions import sanctions
from .tie_parties import (
    clause_subjects,
    country_of,
    crowd,
    cue_tokens,
    exemplars,
    group,
    modifiers,
    multilateral,
    parties,
    possessors,
    receiving_body,
    tie,
)

__all__ = ["conflict", "cooperation", "known_conflicts", "paired_ties", "sanctions"]

_PARTNER_PREPS = {"with", "against", "on", "toward", "towards", "to"}
_CONFLICT_PREPS = _PARTNER_PREPS | {"of", "in", "at"}
_AIMED_PREPS = {"at", "against", "on"}
_STRIKE_PREPS = _CONFLICT_PREPS - {"with"}  # a strike's "with" object is a weapon or a partner
# "with support from X", "backed by X", "support for X" (leaving "support for X" out as one side's help
# removed four false ties on dev and one true on a held-out half in session 29: kept)
_SUPPORT_PREPS = _PARTNER_PREPS | {"from", "for", "of", "by"}
_NOUNS = {"NOUN", "PROPN"}


def hostile_exchange(tok: Token) -> bool:
    """ "an exchange of fire": the exchange is a clash."""
    if tok.lemma_.lower() != "exchange":
        return False
    hostile = cues()["ties"]["hostile_exchange"]
    return any(o.lemma_.lower() in hostile or o.lower_ in hostile
               for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)


def commercial(verb: Token) -> bool:
    """ "signed a contract with Saab", "the contract was signed between X and Saab": what a verb signs
    is a sale, not a tie; so is "a contract (that) the ministry signed with X" (the verb's relative clause
    hangs on the contract)."""
    sold = cues()["ties"]["commercial_nouns"]
    return verb.pos_ == "VERB" and (any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in sold for c in verb.children)
                                    or (verb.dep_ == "relcl" and verb.head.lemma_.lower() in sold))


def peace_talks(tok: Token, ties: dict) -> bool:
    """ "direct peace talks between A and B", "stepped up talks with X to end the war": talks to make
    peace are between sides at war, not partners."""
    if tok.pos_ not in _NOUNS or tok.lemma_.lower() not in ties["peace_talk_nouns"]:
        return False
    if any(c.dep_ in {"compound", "amod", "nmod"} and c.lemma_.lower() in ties["peace_words"] for c in tok.children):
        return True
    hostile = ties["hostilities_nouns"] | cues()["conflict"]["nouns"]
    ends = [v for h in (tok, tok.head) for v in h.children if v.dep_ in {"acl", "advcl", "xcomp", "relcl"}
            and v.lemma_.lower() in ties["halt_verbs"]]  # "talks (held) to end the war"
    return any(o.dep_ == "dobj" and (o.lemma_.lower() in hostile or o.lower_ in hostile) for v in ends for o in v.children)


def sale(ctx: SentenceContext, tok: Token) -> bool:
    """ "signed Rafale deals with A and B", "a deal for 12 Rafales": an agreement over a platform or
    over arms is a sale to the other side, not a tie with it (a verb: over what it signs)."""
    if tok.pos_ == "VERB":  # "signed a deal for Rafales", "signed with Dassault for 42 Rafale fighters"
        return any(sale(ctx, c) for c in tok.children if c.dep_ == "dobj") or _for_goods(ctx, tok)
    if tok.lemma_.lower() not in cues()["ties"]["agreement_nouns"]:
        return False
    if _to_purchase(tok) or tok.dep_ == "dobj" and _to_purchase(tok.head):
        return True  # "signed an agreement with X to wet-lease a tanker": the agreement is a purchase
    if any(more_of_them(t) for t in (tok, tok.head)) and any(ctx.label(m) == "Platform" for m in ctx.mentions
                                                           if m.start < tok.i):
        return True  # "bought F-16s from X, and signed an agreement with Y for 32 more"
    goods = cues()["supply"]["goods"]
    for c in tok.children:
        if c.dep_ in {"compound", "nmod", "amod"} and c.i in ctx.at and ctx.label(ctx.at[c.i]) == "Platform":
            return True
        for o in (o for o in c.children if c.dep_ == "prep" and c.lower_ in {"for", "of"} and o.dep_ == "pobj"):
            if o.lemma_.lower() in goods or any(t.i in ctx.at and ctx.label(ctx.at[t.i]) == "Platform"
                                                for t in o.subtree):
                return True
    return False


def _to_purchase(tok: Token) -> bool:
    """Whether ``tok`` has a "to" clause of buying ("... to buy / to wet-lease a tanker"), however parsed
    (an infinitive, or "to" read as a preposition before "wet-lease")."""
    purchase = cues()["ties"]["purchase_verbs"]
    for c in tok.children:
        if c.dep_ in {"advcl", "xcomp", "acl", "relcl"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            words = [c]
        elif c.dep_ == "prep" and c.lower_ == "to":
            words = [t for t in c.subtree if t.i != c.i][:4]
        else:
            continue
        if any(w.lemma_.lower() in purchase or w.lower_ in purchase for w in words):
            return True
    return False


def _attached(tok: Token) -> list[Token]:
    """The children of a cue, and for a noun those of the participle describing it ("an agreement
    reached between A and B", "the memorandum signed with X") or of the noun it measures ("the
    level of cooperation between A and B")."""
    out = list(tok.children)
    if tok.pos_ in _NOUNS:
        out += [c for a in tok.children if a.dep_ == "acl" and a.tag_ == "VBN" for c in a.children]
        if tok.lemma_.lower() in cues()["ties"]["agreement_nouns"]:  # "a memorandum of understanding between A and B"
            out += [c for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                    if o.dep_ == "pobj" and o.lemma_.lower() in cues()["ties"]["document_complements"]
                    for c in o.children if c.dep_ == "prep"]
        if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":  # "the clash was the worst encounter between A and B"
            out += [c for a in tok.head.children if a.dep_ == "attr" and a.pos_ in _NOUNS and a.i not in (
                    t.i for t in tok.subtree) for c in a.children if c.dep_ == "prep"]
        of = tok.head
        if tok.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ in _NOUNS and of.head.i != of.i:
            out += [c for c in of.head.children if c.i != of.i]  # "the level of cooperation between A and B"
    return out


def _relative_of(ctx: SentenceContext, obj: Token) -> Token:
    """The noun a relative pronoun object stands for ("X, with which Y quarrelled": X; "X, a fellow
    member with which Y quarrelled": X, the name the member noun describes), else ``obj`` itself."""
    if obj.lower_ not in {"which", "whom"}:
        return obj
    clause = obj.head.head  # the pronoun's preposition hangs on the relative clause's verb
    if clause.dep_ != "relcl":
        return obj
    noun = clause.head
    if noun.i not in ctx.at and noun.dep_ == "appos" and noun.head.i in ctx.at:
        noun = noun.head
    return noun


def partners(ctx: SentenceContext, facts: DocFacts, tok: Token, preps: set[str], hostile: bool = False,
             objects: bool = False) -> list[str]:
    """The other side: objects of ``preps`` ("ties with X", "war against Y"), the items of a list
    ("partners including A, B and C"), the partner of what a verb signs ("signed a letter of intent
    with X"); with ``objects`` the object of a verb ("Pakistan shot down Indian jets", "Russia backs
    Minsk"). Where ``hostile``, a struck place stands for its country ("bombers hit Kharkiv")."""
    found: list[str] = []

    def add(ids: list[str]) -> None:
        found.extend(i for i in ids if i not in found)

    if tok.lower_ in cues()["ties"]["partner_in_nouns"]:  # "an ally of X", "a partner in South Korea's programme"
        preps = preps | {"in", "of"}
    goods = cues()["supply"]["goods"]
    named_target = hostile and tok.pos_ == "VERB" and _names_target(ctx, facts, tok)
    for child in _attached(tok):
        if child.dep_ in {"prep", "agent"} and child.lower_ in preps:
            if named_target and child.lower_ in cues()["ties"]["target_place_preps"]:
                continue  # "striking Houthi targets in Yemen": where the named side's targets are
            aimed = hostile and child.lower_ in _AIMED_PREPS  # "strikes on Kharkiv"
            for obj in child.children:
                if obj.dep_ not in {"pobj", "pcomp"}:
                    continue
                obj = _relative_of(ctx, obj)  # "Pakistan, with which India fought three wars": Pakistan
                if not hostile and obj.i not in ctx.at and obj.lemma_.lower() in goods:
                    continue  # "boosted its defences with Israeli systems": equipment, not a partner
                if not hostile and child.lower_ == "to" and tok.lemma_.lower() in cues()["ties"]["support_nouns"] \
                        and not receiving_body(ctx, obj):
                    continue  # "offered help to the Chinese crew": a rescue, not a tie
                if fought_against := _against_noun(tok, child):
                    aimed = False  # "the fight against jihadists in Mali": the place is where, not whom
                    if not _armed_side(ctx, obj):  # "the fight against Russian disinformation": no side
                        add(parties(ctx, facts, [ctx.at[t.i] for t in conjuncts(obj) if t.i in ctx.at]))
                        continue
                add((held_by(ctx, facts, obj) if aimed else []) or group(ctx, facts, obj, places=aimed)
                    or (_struck_where(ctx, facts, obj) if aimed or fought_against and _struck_target(obj) else [])
                    or (members_of(ctx, facts, obj) if hostile and child.lower_ in _PARTNER_PREPS else []))
    if tok.lower_ in cues()["cooperation"].get("list_cues", set()):
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in {"including", "like", "such"}:
                for obj in (o for o in child.subtree if o.dep_ == "pobj"):
                    add(group(ctx, facts, obj))
                    break
    if tok.pos_ != "VERB":
        return found
    if not hostile:  # "signed a letter of intent with X"
        agreements = cues()["ties"]["agreement_nouns"]
        for obj in (c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in agreements):
            for o in prep_objects(obj, "with"):
                add(group(ctx, facts, o))
    if objects:  # what one signs or holds is no partner; whom one attacks or backs is
        for obj in [*(c for c in tok.children if c.dep_ in {"dobj", "attr"}), *(_so_called(tok) if hostile else [])]:
            if hostile:  # "shot down Indian jets": the jets' state; "struck depots across Ukraine": where they are
                # (words are not strikes: "criticised foreign interference in Syria" is not aimed at Syria)
                where = tok.lemma_.lower() not in cues()["ties"]["censure_verbs"]
                add(group(ctx, facts, obj, places=True) or (_struck_where(ctx, facts, obj) if where else [])
                    or members_of(ctx, facts, obj)
                    or (_struck_where(ctx, facts, tok) if where and obj.i not in ctx.at else []))
            else:  # "backs Minsk", not "supports the UAE's corvettes"
                add(parties(ctx, facts, [ctx.at[t.i] for t in [obj, *conjuncts(obj)] if t.i in ctx.at]))
    return found


def _against_noun(tok: Token, prep: Token) -> bool:
    """Whether ``prep`` is the "against" of a noun hostile only when aimed ("a campaign against X")."""
    return tok.pos_ in _NOUNS and prep.lower_ == "against" and tok.lower_ in cues()["ties"]["against_nouns"]


def _armed_side(ctx: SentenceContext, obj: Token) -> bool:
    """Whether the object of "a fight against" can be a side: a name, or a noun of armed men, a polity or
    hostilities ("jihadists", "the Malaysian federation", "Russian aggression"), not an abstract one
    ("Russian disinformation", whose modifier is no side fought)."""
    if obj.i in ctx.at or obj.pos_ == "PRON":
        return True
    ties = cues()["ties"]
    armed = ties["armed_side_nouns"] | ties["force_targets"] | ties["war_nouns"] | cues()["conflict"]["nouns"]
    return obj.lemma_.lower() in armed or obj.lower_ in armed


def _struck_target(obj: Token) -> bool:
    """ "raids against targets in Syria": a struck target whose place stands for its state."""
    targets = cues()["ties"]["struck_target_nouns"]
    return obj.lemma_.lower() in targets or obj.lower_ in targets


def _national_generic(ctx: SentenceContext, obj: Token) -> bool:
    """ "Swiss industry", "other Indian partners", "American firms", "Ukrainian soil": a generic noun of a
    country's firms or ground that no name of its own stands beside (no apposition, list or "of" phrase)."""
    if obj.i in ctx.at or obj.lemma_.lower() not in cues()["ties"]["national_generic_nouns"] \
            and obj.lower_ not in cues()["ties"]["national_generic_nouns"]:
        return False
    if any(c.dep_ in {"appos", "conj", "prep", "acl", "relcl"} for c in obj.children):
        return False
    named = [c for c in obj.children if c.i in ctx.at]
    return bool(named) and all(ctx.label(ctx.at[c.i]) == "Country" and c.dep_ in {"amod", "compound", "nmod"}
                               for c in named)


def _national_generic_parties(ctx: SentenceContext, facts: DocFacts, tok: Token, preps: set[str]) -> list[str]:
    """The states a cue's partner phrases name only by an adjective on a generic noun of their firms or
    ground ("with Swiss industry", "on Ukrainian soil")."""
    return [p for c in _attached(tok) if c.dep_ in {"prep", "agent"} and c.lower_ in preps
            for o in c.children if o.dep_ in {"pobj", "pcomp"} and _national_generic(ctx, o)
            for p in group(ctx, facts, o)]


def _names_target(ctx: SentenceContext, facts: DocFacts, verb: Token) -> bool:
    """Whether a hostile verb's object names the side it hits ("struck Houthi targets", "hit Hamas
    positions"): a place "in" the verb's phrase is then where, not whom."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        named = [t for t in (obj, *obj.children) if t.i in ctx.at and t.dep_ in {"dobj", "compound", "nmod", "amod"}]
        if any(ctx.label(ctx.at[t.i]) in {"Organization", "GovernmentBody"} for t in named):
            return True
    return False


def held_by(ctx: SentenceContext, facts: DocFacts, obj: Token) -> list[str]:
    """ "strikes on Houthi-held Yemen", "shelled rebel-held towns": a target place held by a named side
    stands for that side, not for the state it lies in."""
    holding = cues()["ties"]["holding_participles"]
    return [p for a in obj.children if a.dep_ in {"amod", "acl"} and a.lower_ in holding
            for n in a.children if n.dep_ in {"npadvmod", "compound", "nmod", "amod"} and n.i in ctx.at
            for p in parties(ctx, facts, [ctx.at[n.i]])]


def _so_called(verb: Token) -> list[Token]:
    """ "condemned what it called China's reckless actions", "criticised what they called aggression
    by X": the object of a verb of naming in a "what" clause (and its "by" object, which the parser
    hangs on the naming verb) is what the cue verb is aimed at."""
    naming = cues()["ties"]["naming_verbs"] | {"describe", "term", "label"}
    out: list[Token] = []
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "dobj"}]
    clauses += [c for p in verb.children if p.dep_ == "prep" and p.lower_ in _AIMED_PREPS
                for c in p.children if c.dep_ in {"pcomp", "pobj"}]  # "fired missiles at what X described as ..."
    for clause in (c for c in clauses if c.lemma_.lower() in naming):
        if not any(w.dep_ == "dobj" and w.lower_ == "what" for w in clause.children):
            continue
        out += [c for c in clause.children if c.dep_ in {"oprd", "attr", "dobj"} and c.lower_ != "what"]
        for o in prep_objects(clause, {"by", "as"}):  # "what it described as manoeuvres by X"
            out += [o, *prep_objects(o, "by")]
    return out


def _verb_between(tok: Token) -> list[Token]:
    """The "between"/"among" phrase of the verb whose object the cue noun is, or is "of": "opened a
    new era of cooperation among the three countries" (the parser hangs it on the verb)."""
    noun = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok
    if tok.pos_ not in _NOUNS or noun.dep_ != "dobj":
        return []
    return [c for c in noun.head.children if c.dep_ == "prep" and c.lower_ in {"between", "among"}]


def _struck_where(ctx: SentenceContext, facts: DocFacts, obj: Token) -> list[str]:
    """The state a generic target lies in: "strikes on fuel depots in Belgorod", "struck industrial
    sites across Ukraine" (``obj`` the target or the verb; a named place as its country)."""
    if obj.i in ctx.at:
        return []
    return [p for o in prep_objects(obj, cues()["ties"]["target_place_preps"]) for p in group(ctx, facts, o, places=True)]


def sides(ctx: SentenceContext, facts: DocFacts, tok: Token, words: set[str]) -> list[str]:
    """The side a cue starts from: a noun's owner ("Russia's invasion", "its war") or naming
    modifier ("U.S. strikes"); the holder of a noun phrase ("a firm with links to ..." has none,
    "a series of clashes" is no holder); else the subject of the clause."""
    if tok.pos_ in _NOUNS:
        owners, owned = possessors(ctx, facts, tok)
        if owned:
            return owners
        mods = modifiers(ctx, facts, tok)
        if mods:
            return mods
        prep = tok.head
        if tok.dep_ == "pobj" and prep.head.pos_ in _NOUNS and prep.head.lemma_.lower() not in words and not (
                prep.lower_ == "of" and prep.head.lemma_.lower() in cues()["ties"]["quantity_nouns"]):
            return group(ctx, facts, prep.head)  # "a series of clashes with X" is the clause's, not the series'

    return clause_subjects(ctx, facts, tok) or _reporter(ctx, facts, tok)


def _reporter(ctx: SentenceContext, facts: DocFacts, tok: Token) -> list[str]:
    """ "X's ministry said the remarks were hostile and accused Y of ...": the parser joins the cue
    verb to the reported clause ("were ... and accused"), whose subject is no actor; the one who
    speaks is the reporting verb's subject."""
    head = tok.head
    if tok.pos_ in _NOUNS:
        return _noun_reporter(ctx, facts, tok)
    if tok.pos_ != "VERB" or tok.dep_ != "conj" or head.dep_ != "ccomp" \
            or head.head.lemma_.lower() not in cues()["ties"]["reporting_verbs"]:
        return []
    return clause_subjects(ctx, facts, head.head)


def _noun_reporter(ctx: SentenceContext, facts: DocFacts, tok: Token) -> list[str]:
    """ "Saudi officials stressed that ties with New Delhi remain strong", "X's ministry said the visit
    reflected closer cooperation with Y": an unowned tie noun in a reported clause that names no
    actor of its own is the speaker's tie."""
    cur = tok
    for _ in range(4):
        if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in cues()["ties"]["reporting_verbs"]:
            return clause_subjects(ctx, facts, cur.head)
        if cur.head.i == cur.i or cur.dep_ not in {"nsubj", "dobj", "pobj", "prep", "attr", "ccomp", "xcomp"}:
            return []
        cur = cur.head
    return []


def _unsigned(tok: Token) -> bool:
    """An agreement with no signatory named: "was signed with Georgia", "a charter with the United
    States followed" (the article's own country signed it, where the other side is a state)."""
    agreements = cues()["ties"]["agreement_nouns"]
    if tok.pos_ == "VERB":
        return tok.lemma_.lower() in cues()["ties"]["joint_verbs"] and any(c.dep_ == "auxpass" for c in tok.children) \
            and not any(c.dep_ == "agent" for c in tok.children)
    return tok.lemma_.lower() in agreements and tok.dep_ in {"nsubj", "nsubjpass"}


def _fell_out(tok: Token) -> bool:
    """ "Mali fell out with Paris": a phrasal verb of falling out."""
    particles = {c.lower_ for c in tok.children if c.dep_ == "prt"}
    return any(tok.lemma_.lower() == verb and particle in particles
               for verb, particle in (p.split() for p in cues()["ties"]["conflict_phrasal"]))


def _conflict_cue(tok: Token, lex: dict, ties: dict) -> set[str] | None:
    """The prepositions that name the other side of a conflict cue, or None if ``tok`` is none:
    a verb aimed "at" a target ("launching drones at Ukrainian cities"), "fell out with", "an
    exchange of fire", or a conflict noun or verb."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in cues()["membership"]["membership_acts"] and any(
            c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in {"membership", "participation"} for c in tok.children):
        return None  # "agreed to suspend Uzbekistan's membership": a membership's status (families/membership.py)
    if lemma in lex["nouns"] | lex["verbs"]:
        return _CONFLICT_PREPS
    if lemma in ties["aimed_verbs"]:
        return _AIMED_PREPS if tok.pos_ == "VERB" else None
    if lemma == "exchange":
        return _CONFLICT_PREPS if hostile_exchange(tok) else None
    if tok.lower_ in ties["at_odds_nouns"]:  # "at odds with X", not "the odds of success"
        return {"with"} if tok.pos_ in _NOUNS and tok.head.lower_ == "at" else None
    if tok.lower_ in ties["against_nouns"]:  # "a campaign against X", not "a campaign for office"
        return {"against"} if tok.pos_ in _NOUNS else None
    if tok.lower_ in ties["row_nouns"]:  # "the row with Paris", not "a row of seats"
        return {"with"} if tok.pos_ in _NOUNS else None
    return _PARTNER_PREPS if _fell_out(tok) else None


@lru_cache(maxsize=2)
def _cue_words(family: str) -> tuple[frozenset[str], frozenset[str]]:
    """The cue nouns and verbs of the tie family (``cooperation`` or ``conflict``)."""
    lex, ties = cues()[family], cues()["ties"]
    nouns, verbs = set(lex["nouns"]), set(lex["verbs"])
    if family == "conflict":
        nouns.add("exchange")
        verbs |= ties["aimed_verbs"] | {p.split()[0] for p in ties["conflict_phrasal"]}
        nouns |= ties["at_odds_nouns"] | ties["against_nouns"] | ties["row_nouns"]
    else:
        nouns |= ties["support_nouns"]
        verbs |= ties["support_verbs"] | ties["siding_verbs"] | ties["pivot_verbs"]
    return frozenset(nouns), frozenset(verbs)


def _pairs(ctx: SentenceContext, facts: DocFacts, family: str) -> Iterator[Relation]:
    """Both sides of a tie or a conflict stated by one cue word."""
    lex, ties = cues()[family], cues()["ties"]
    nouns, verbs = _cue_words(family)
    words = nouns | verbs
    domain = domain_of(ctx.lemmas)
    for tok in cue_tokens(ctx, nouns, verbs):
        lemma = tok.lemma_.lower()
        type_, rule, found_domain, anchor = "COOPERATES_WITH", "cooperation", domain, tok
        if family == "conflict":
            type_, rule = "IN_CONFLICT_WITH", "conflict"
            preps = _conflict_cue(tok, lex, ties)
            if preps is None or _deal_struck(tok, ties) or _third_party_charge(ctx, tok, ties):
                continue
            if tok.pos_ == "VERB" and lemma in ties["joint_strike_verbs"] and preps is _CONFLICT_PREPS:
                # "struck X with missiles", "struck X with the United States": a weapon or a partner
                # (families/reported_ties.py joint_strikes), never the side struck
                preps = _STRIKE_PREPS
            if _fought_alongside(tok, ties):  # "fought alongside Russian forces to push Ukrainian troops out"
                if not negated(ctx, tok) and not hedged(tok):
                    yield from _brothers_in_arms(ctx, facts, tok, ties, domain)
                continue
        else:
            if tok.dep_ == "pobj" and tok.head.lower_ == "among" and tok.head.head.lemma_.lower() in ties["counting_verbs"]:
                continue  # "counts A and B among its partners": the counter's partners (reported_ties.counted_among)
            preps = (_SUPPORT_PREPS if lemma in ties["support_nouns"] else _PARTNER_PREPS) - {"against"}
            if tok.pos_ == "VERB":  # "worked alongside the Australian Army"
                preps = preps | ties["allied_preps"]
            # "backing against Hamas", "a partnership with A against B": B is no partner
            if lemma in ties["support_verbs"]:
                preps = preps - {"on"}  # "backed a contact group on Afghanistan": a topic, not a partner
            elif lemma in ties["siding_verbs"]:
                if tok.pos_ != "VERB":
                    continue
                preps = ties["siding_preps"]  # "sided with Baku", not "sided against Yerevan"
            elif lemma in ties["pivot_verbs"]:
                # "Niger turned to Moscow" (one new partner); not "turned away from Paris", nor a round of
                # appeals "to Moscow, to the UN and to the bloc"
                if tok.pos_ != "VERB" or sum(c.dep_ == "prep" and c.lower_ in ties["pivot_preps"]
                                             for c in tok.children) != 1:
                    continue
                preps = ties["pivot_preps"]
            if hostile_exchange(tok) or commercial(tok) or sale(ctx, tok) or accession_talk(tok) or _on_sidelines(tok, ties) \
                    or multilateral(tok):  # "sent a ship to a multilateral exercise with A and B": attended, no tie
                continue
            rupture = ruptured(tok)
            if rupture is not None:  # "severed relations with", "cancel their agreements with": a conflict
                type_, rule, found_domain, anchor = "IN_CONFLICT_WITH", "rupture", "political", rupture
            elif peace_talks(tok, ties):  # "peace talks between A and B", "talks with X to end the war"
                type_, rule, found_domain = "IN_CONFLICT_WITH", "peace-talks", "defense"
            elif tok.pos_ in _NOUNS and soured(tok):  # "strained relations with", "ties have soured"
                type_, rule, found_domain = "IN_CONFLICT_WITH", "rupture", "political"
        if negated(ctx, anchor, itself=anchor is tok) or hedged(anchor) or _as_though(anchor) or (anchor is tok and (
                denied_object(tok) or (tok.pos_ in _NOUNS and noun_negated(ctx, tok)))):
            continue
        if family == "cooperation" and tok.pos_ in _NOUNS and any(
                c.dep_ == "amod" and c.lower_ in ties["former_modifiers"] for c in tok.children):
            continue  # "its former partner in a union that ended in 2006": a tie of the past
        if family == "cooperation" and tok.lower_ in ties["partner_in_nouns"]:
            yield from _named_partner(ctx, facts, tok, found_domain)
        hostile = family == "conflict"
        objects = tok.pos_ == "VERB" and (preps is _CONFLICT_PREPS or preps is _STRIKE_PREPS or lemma in ties["support_verbs"])
        if hostile and lemma in ties["censure_verbs"]:  # "criticised interference in Syria", "condemned X in the UN"
            preps = preps - {"in"}  # (where it was said or done, not whom it was said against)
        others = partners(ctx, facts, tok, preps, hostile=hostile, objects=objects)
        if family == "cooperation" and lemma in ties["pivot_verbs"]:  # a state turns to a state
            others = [o for o in others if ctx.entities[o].label == "Country"]
        if others:
            starts = sides(ctx, facts, tok, words) if anchor is tok else clause_subjects(ctx, facts, anchor)
            if not starts and hostile and anchor is tok:  # "the Saudi-led coalition fighting X", "the army is fighting X"
                starts = led_by(ctx, facts, tok)
                if starts:  # whom the led force fights, not where ("in Yemen") nor their backers ("Iran-backed")
                    others = fought(ctx, facts, tok)
                elif non_state(ctx, others):
                    starts, others = home_side(ctx, facts, tok), non_state(ctx, others)
                if not starts:  # "amid years of tension with Turkey": the article's own state
                    starts, others = _focal_side(ctx, facts, tok, ties)
            if not starts and family == "cooperation" and _unsigned(tok) and facts.focal in ctx.entities:
                starts = [facts.focal]  # an agreement of the article's country with another state
                others = [o for o in others if ctx.entities[o].label in {"Country", "Alliance"}]
            if not starts and type_ == "COOPERATES_WITH" and anchor is tok and _focal_tie(ctx, facts, tok, ties):
                # "Ties with Moscow remain deep", "deepened the strategic partnership with Paris": the article's state
                starts, rule = [facts.focal], "focal-tie"
                generic = _national_generic_parties(ctx, facts, tok, preps)  # "in partnership with Russian firms"
                others = [o for o in others if ctx.entities[o].label in {"Country", "Alliance"}
                          and o != facts.focal and country_of(ctx, o) != facts.focal and o not in generic]
            if family == "cooperation" and starts and all(ctx.entities[a].label == "Company" for a in starts):
                # "Lockheed has worked with German industry": a firm and a country's firms, not the state
                # (a state "in partnership with Israeli firms" keeps its tie with Israel)
                generic = _national_generic_parties(ctx, facts, tok, preps)
                others = [o for o in others if o not in generic]
            if family == "cooperation" and _gathering(tok) and crowd(starts + others):
                starts = []  # "X held drills / talks with A, B, C and D": a gathering they attend, no ties
            for a in starts:
                for b in others:
                    if found := tie(ctx, a, type_, b, 0.75, rule, found_domain):
                        yield found
        if tok.pos_ in _NOUNS and anchor is tok:  # "the exercise that Australia stages with the US"
            yield from _relative(ctx, facts, tok, type_, rule, found_domain)
        between: list[str] = []
        for child in _attached(tok) + _verb_between(tok):
            if child.dep_ == "prep" and (child.lower_ in {"between", "among"} or _joint_of(tok, child)):
                for obj in (o for o in child.children if o.dep_ == "pobj"):
                    # "among the three countries" (a pair, "the two neighbours", is :mod:`.paired`'s)
                    plural = not any(c.lower_ in {"two", "both"} for c in obj.children)
                    between += [p for p in group(ctx, facts, obj, plural=plural) if p not in between]
                    if _joint_of(tok, child):  # "of the Russian and Belarusian armed forces" (the last one named)
                        between += [p for p in modifiers(ctx, facts, obj) if p not in between]
        if family == "conflict" or not crowd(between):  # "cooperation among the ten members": a forum, not ties
            yield from _all_pairs(ctx, between, type_, 0.8, rule, found_domain)
        if tok.pos_ in _NOUNS:  # "the Russia-Ukraine war", "India-Pakistan tensions", "their 2020 war"
            yield from _all_pairs(ctx, modifiers(ctx, facts, tok), type_, 0.7, rule, found_domain)
            if not others and anchor is tok and not any(c.lower_ in ties["own_words"] for c in tok.children):
                # "their 2020 war", "their partnership" (not "their own deals": each its own)
                yield from _all_pairs(ctx, possessors(ctx, facts, tok)[0], type_, 0.65, rule, found_domain)
            if not others and not between and anchor is tok and family == "conflict" and tok.dep_ != "compound" \
                    and lemma in ties["war_nouns"]:  # "two months into Russia's invasion": the war's other side
                yield from _war_under_way(ctx, facts, tok)
            if not others and not between and anchor is tok and family == "conflict" and lemma in ties["insurgency_nouns"]:
                yield from insurgency(ctx, facts, tok)  # "Boko Haram's insurgency in the northeast"
            if not others and not between and anchor is tok and family == "conflict":
                yield from _locked_in(ctx, facts, tok, ties)


def _gathering(tok: Token) -> bool:
    """Whether a cue is a gathering ("drills with A and B", "talks with X") or a verb holding one ("held
    drills with", "held talks with")."""
    nouns = cues()["cooperation"]["gathering_nouns"]
    return tok.lemma_.lower() in nouns or tok.lower_ in nouns or tok.pos_ == "VERB" and any(
        c.dep_ in {"dobj", "nsubjpass"} and (c.lemma_.lower() in nouns or c.lower_ in nouns) for c in tok.children)


def _on_sidelines(tok: Token, ties: dict) -> bool:
    """ "A and B held talks with X on the sidelines (of the summit)": talks on a gathering's margins,
    said of the talk noun or of the verb holding it."""
    if tok.lemma_.lower() not in ties["sideline_talk_nouns"] and tok.lower_ not in ties["sideline_talk_nouns"]:
        return False
    holders = [tok, tok.head] if tok.dep_ in {"dobj", "nsubj", "nsubjpass"} else [tok]
    return any(o.dep_ == "pobj" and o.lower_ in ties["sideline_nouns"]
               for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in {"on", "at", "in"}
               for o in p.children)


def _third_party_charge(ctx: SentenceContext, tok: Token, ties: dict) -> bool:
    """Whether ``tok`` charges its object with dealings with another actor: "Seoul accuses Moscow of
    supplying the North", "the army accuses the Emirates of arming the RSF" (the charge's "of" clause
    has an actor as its object)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ties["charge_verbs"]:
        return False
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"of", "for"}):
        for act in (c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"):
            if any(o.dep_ in {"dobj", "dative"} and o.i in ctx.at and ctx.label(ctx.at[o.i]) in ORGS
                   for o in act.children):
                return True
    return False


def _deal_struck(tok: Token, ties: dict) -> bool:
    """ "the biggest agreement ever struck between the two countries", "struck a deal with X": a deal
    is struck, nobody is hit."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ties["deal_verbs"]:
        return False
    deals = ties["agreement_nouns"] | ties["commercial_nouns"]
    done = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    if tok.dep_ in {"acl", "relcl"}:
        done.append(tok.head)
    return any(t.lemma_.lower() in deals or t.lower_ in deals for t in done)


def _focal_side(ctx: SentenceContext, facts: DocFacts, tok: Token, ties: dict) -> tuple[list[str], list[str]]:
    """([the article's state], [the "with" sides]) of a conflict noun whose own side nothing in the sentence
    names (no owner, modifier or subject: "the 1971 war with Pakistan", "as the row with Paris deepens",
    "repeated confrontations with the China Coast Guard"), in an article about a state; ([], []) otherwise.
    Only a noun of standing hostility (``focal_conflict_nouns``), not an act ("strikes", "sanctions")."""
    focal = facts.focal
    if tok.pos_ not in _NOUNS or tok.lemma_.lower() not in ties["focal_conflict_nouns"] \
            or focal not in ctx.entities or ctx.entities[focal].label != "Country":
        return [], []
    if any(c.dep_ in {"poss", "compound", "amod", "nmod"} and (c.i in ctx.at or c.tag_ == "PRP$") for c in tok.children):
        return [], []  # "their war with X", "the Greek row with X": an owner sides() could not read is no focal state
    # a named side: the object itself, or the name the parser makes the compound of a lower-case word after it
    # ("as the row with Paris deepens"; not a headline's "Fighting With Azerbaijan Strains Truce")
    named = [n for o in prep_objects(tok, "with")
             for n in ([o] if o.i in ctx.at else [d for d in o.children if d.dep_ == "compound" and d.i in ctx.at]
                       if o.text.islower() else [])]
    withs = [p for n in named for p in group(ctx, facts, n)]
    withs = [p for p in withs if p != focal and country_of(ctx, p) != focal]
    return ([focal], withs) if withs else ([], [])


def _focal_tie(ctx: SentenceContext, facts: DocFacts, tok: Token, ties: dict) -> bool:
    """Whether ``tok`` is a noun of a standing tie (``ties.focal_tie_nouns``) whose own side nothing in the sentence
    names (no owner, modifier or subject: "Ties with Moscow remain deep", "the wish to deepen relations with
    Brussels"), in an article about a state: the tie is that state's."""
    focal = facts.focal
    if tok.pos_ not in _NOUNS or tok.lower_ not in ties["focal_tie_nouns"] \
            or focal not in ctx.entities or ctx.entities[focal].label != "Country" or questioned(tok):
        return False  # "Will cooperation with Britain ever resume?": asked, not told
    # an owner sides() could not read ("their ties with X", "the Greek partnership with X") is no focal state
    return not any(c.dep_ in {"poss", "compound", "amod", "nmod"} and (c.i in ctx.at or c.tag_ == "PRP$")
                   for c in tok.children)


def _war_under_way(ctx: SentenceContext, facts: DocFacts, tok: Token) -> Iterator[Relation]:
    """The one side a war noun names ("Russia's invasion", "the Hamas attack") and the other side of
    the catalogued war it is waging (:mod:`.ongoing_wars`)."""
    side = possessors(ctx, facts, tok)[0] or modifiers(ctx, facts, tok)
    if len(side) != 1:
        return
    for b in other_sides(ctx, facts, side[0]):
        if found := tie(ctx, side[0], "IN_CONFLICT_WITH", b, 0.6, "war-under-way", "defense"):
            yield found


def _locked_in(ctx: SentenceContext, facts: DocFacts, tok: Token, ties: dict) -> Iterator[Relation]:
    """ "A and B have been locked in a dispute over X", "Greek and Turkish troops are locked in a standoff":
    a conflict the joint subjects of a verb of being caught up "in" it have with each other."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "in" or prep.head.lemma_.lower() not in ties["embroiled_verbs"]:
        return
    verb = prep.head
    if negated(ctx, verb) or hedged(verb):
        return
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    named = [p for c in subjects for p in group(ctx, facts, c) + modifiers(ctx, facts, c)]
    yield from _all_pairs(ctx, list(dict.fromkeys(named)), "IN_CONFLICT_WITH", 0.7, "locked-in", "defense")


def _joint_of(tok: Token, prep: Token) -> bool:
    """ "the annual exercise of the Thai and US militaries": an exercise "of" the forces of two or
    more states is one they hold together (not "the exercise of its rights")."""
    if prep.lower_ != "of" or tok.pos_ not in _NOUNS or tok.lemma_.lower() not in cues()["cooperation"]["joint_event_nouns"]:
        return False
    forces = cues()["ties"]["pair_force_nouns"] | cues()["plural"]["state_nouns"]
    return any(o.dep_ == "pobj" and (o.lower_ in forces or o.lemma_.lower() in forces) for o in prep.children)


def _fought_alongside(tok: Token, ties: dict) -> bool:
    """ "fought alongside X", "fought shoulder to shoulder with X", "fought together with X": X is
    an ally, not the enemy."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ties["reciprocal_conflict"]:
        return False
    if any(c.dep_ == "prep" and c.lower_ in ties["allied_preps"] for c in tok.children):
        return True
    has_with = any(c.dep_ == "prep" and c.lower_ == "with" for h in _allied_holders(tok, ties) for c in h.children)
    return has_with and any(t.lower_ in ties["allied_words"] for t in tok.subtree if t.i > tok.i - 1)


def _allied_holders(tok: Token, ties: dict) -> list[Token]:
    """The verb and the "shoulder" the parser may hang "with X" on ("fought shoulder to shoulder with X")."""
    return [tok, *(c for c in tok.children if c.lower_ in ties["allied_words"])]


def _brothers_in_arms(ctx: SentenceContext, facts: DocFacts, tok: Token, ties: dict,
                      domain: str | None) -> Iterator[Relation]:
    """The fighters and their allies cooperate; both are in conflict with those they fight against
    or push back ("to push Ukrainian forces out of Kursk", "against the rebels")."""
    fighters = clause_subjects(ctx, facts, tok)
    allies: list[str] = []
    for holder in _allied_holders(tok, ties):
        allies += [a for a in partners(ctx, facts, holder, ties["allied_preps"] | {"with"}) if a not in allies]
    for a in fighters:
        for b in allies:
            if found := tie(ctx, a, "COOPERATES_WITH", b, 0.7, "fought-alongside", "defense"):
                yield found
    enemies: list[str] = partners(ctx, facts, tok, {"against"}, hostile=True)
    for ally in prep_objects(tok, ties["allied_preps"]):  # "alongside Russian forces against Ukraine" (parsed on the ally)
        enemies += [e for e in partners(ctx, facts, ally, {"against"}, hostile=True) if e not in enemies]
    for verb in (c for c in tok.children if c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in ties["rout_verbs"]):
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            enemies += [e for e in group(ctx, facts, obj) if e not in enemies]
    for a in [*fighters, *allies]:
        for b in enemies:
            if found := tie(ctx, a, "IN_CONFLICT_WITH", b, 0.7, "fought-alongside", "defense"):
                yield found


def _as_though(tok: Token) -> bool:
    """ "looking as though it has signed up to X", "as if they were allies": a likeness, not a fact."""
    marks = [m.split() for m in cues()["ties"]["likeness_marks"]]
    verb = tok
    for _ in range(4):
        for c in verb.children:
            if c.dep_ == "mark" and c.i > 0 and any([c.doc[c.i - 1].lower_, c.lower_] == m for m in marks):
                return True
        if verb.head.i == verb.i or verb.dep_ not in {"conj", "xcomp", "prep", "pobj", "dobj", "pcomp"}:
            break
        verb = verb.head
    return False


def _named_partner(ctx: SentenceContext, facts: DocFacts, tok: Token, domain: str | None) -> Iterator[Relation]:
    """ "Belarus, Russia's closest ally", "Russia's ally Belarus", "its partner, X", "its Russian allies",
    "its two main partners, A and B" (each of a list):
    the owner of the partner noun and the party it names."""
    owners, _ = possessors(ctx, facts, tok)
    if not owners:
        return
    named = [c for c in tok.children if c.dep_ == "appos" and c.i in ctx.at] + exemplars(ctx, tok)
    if tok.tag_ == "NNS":  # "its two main partners, Russia and China": every one of the list
        named += [j for c in named for j in conjuncts(c) if j.i in ctx.at and j not in named]
    if tok.dep_ == "appos" and tok.head.i in ctx.at:
        named.append(tok.head)
    if tok.i + 1 < ctx.sent.end and tok.i + 1 in ctx.at and ctx.doc[tok.i + 1].pos_ == "PROPN":
        named.append(ctx.doc[tok.i + 1])  # "Russia's ally Belarus"
    chosen = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "as" else None
    if chosen is not None and chosen.pos_ == "VERB" and not negated(ctx, chosen) and not hedged(chosen):
        picked = [c for c in chosen.children if c.dep_ == "dobj" and c.i in ctx.at]
        if picked:  # "A chose B as its partner": "its" is the chooser's, B the partner
            named += picked
            if any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children):
                owners = clause_subjects(ctx, facts, chosen)
    others = parties(ctx, facts, [ctx.at[t.i] for t in named]) + _one_of(ctx, facts, tok)
    if not others and tok.tag_ == "NNS" and not any(c.dep_ == "appos" for c in tok.children):
        # "Mali's army and its Russian allies": the states naming unnamed partners ("its Russian partner,
        # X Ltd" names a firm, not Russia)
        others = [p for p in modifiers(ctx, facts, tok) if ctx.entities[p].label == "Country"]
    for b in others:
        for a in owners:
            if found := tie(ctx, a, "COOPERATES_WITH", b, 0.7, "cooperation", domain):
                yield found


def _relative(ctx: SentenceContext, facts: DocFacts, tok: Token, type_: str, rule: str,
              domain: str | None) -> Iterator[Relation]:
    """ "the exercise that Australia stages with the United States", "the war that Russia wages
    against Ukraine": the subject of a relative clause on a cue noun and the party it acts "with"
    (in a conflict, "against": "launched with North Korean troops" names an ally); the parties an
    exercise is held "with" exercise with each other too ("the drill X holds with A and B")."""
    preps = {"with"} if type_ == "COOPERATES_WITH" else {"against"}  # "launched with North Korean troops"
    for verb in (c for c in tok.children if c.dep_ == "relcl" and c.pos_ == "VERB"):
        if negated(ctx, verb) or hedged(verb) or type_ == "COOPERATES_WITH" and _for_goods(ctx, verb):
            continue  # "the agreement that X concluded with Y for its Leopard fleet": a sale
        starts = [p for c in verb.children if c.dep_ == "nsubj" for p in group(ctx, facts, c)]
        if not starts and any(c.dep_ == "nsubj" and c.lower_ in {"it", "they"} for c in verb.children):
            starts = clause_subjects(ctx, facts, tok)  # "X will not fire during the exercise it is holding with Y"
        others = [p for o in prep_objects(verb, preps) for p in group(ctx, facts, o)]
        for a in starts:
            for b in others:
                if found := tie(ctx, a, type_, b, 0.7, rule, domain):
                    yield found
        if starts and type_ == "COOPERATES_WITH" and tok.lemma_.lower() in cues()["cooperation"]["joint_event_nouns"]:
            yield from _all_pairs(ctx, list(dict.fromkeys(others)), type_, 0.65, rule, domain)  # a drill of three


def _for_goods(ctx: SentenceContext, verb: Token) -> bool:
    """ "concluded with Y for tanks / for its Leopard 2A8 fleet": done for arms or a platform."""
    goods = cues()["supply"]["goods"]
    if more_of_them(verb) and any(ctx.label(m) == "Platform" for m in ctx.mentions if m.start < verb.i):
        return True  # "bought F-16s from X, and signed an agreement with Y for 32 more"
    return any(t.lemma_.lower() in goods or t.i in ctx.at and ctx.label(ctx.at[t.i]) == "Platform"
               for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for t in p.subtree)


def _one_of(ctx: SentenceContext, facts: DocFacts, tok: Token) -> list[str]:
    """ "Chile is one of Washington's closest partners", "Ghana took part as one of Nigeria's allies",
    "Belarus, one of Russia's allies,", "lists A among its partners": the party that is "one of" or
    "among" the partners."""
    one = tok.head.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "among":  # "lists A and B among its partners"
        if one.pos_ == "VERB":
            return [p for c in one.children if c.dep_ == "dobj" for p in group(ctx, facts, c)]
        return clause_subjects(ctx, facts, one) if one.lemma_ == "be" else []  # "A is among its partners"
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or one.lower_ != "one":
        return []
    if one.dep_ == "appos":
        return group(ctx, facts, one.head) if one.head.i in ctx.at else []
    if one.dep_ == "attr" and one.head.lemma_ == "be" or one.dep_ == "pobj" and one.head.lower_ == "as":
        return clause_subjects(ctx, facts, one.head)
    return []


def _all_pairs(ctx: SentenceContext, ids: list[str], type_: str, confidence: float, rule: str,
               domain: str | None) -> Iterator[Relation]:
    if len(ids) < 2:
        return
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            if found := tie(ctx, a, type_, b, confidence, rule, domain):
                yield found


def cooperation(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    yield from _pairs(ctx, facts, "cooperation")


def _envoys(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Somalia recalled its ambassador from Addis Ababa", "Vietnam summoned China's ambassador",
    "Hanoi summoned the Chinese envoy": a diplomatic protest puts the two states in conflict."""
    ties = cues()["ties"]
    for verb in ctx.verbal(ties["envoy_verbs"]):
        envoys = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in ties["envoy_nouns"]]
        if not envoys or negated(ctx, verb, itself=False) or hedged(verb):
            continue  # "withdrew its ambassador" is the protest itself, not an absence
        others: list[str] = []
        for holder in [verb, *envoys]:
            others += [p for o in prep_objects(holder, {"from", "to", "in"}) for p in group(ctx, facts, o, places=True)]
        for envoy in envoys:
            owners, owned = possessors(ctx, facts, envoy)
            if owned and not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in envoy.children):
                others += owners  # "China's ambassador"; "its ambassador" is the subject's own
            others += modifiers(ctx, facts, envoy)  # "the Chinese ambassador"
        for a in clause_subjects(ctx, facts, verb):
            for b in dict.fromkeys(others):
                if found := tie(ctx, a, "IN_CONFLICT_WITH", b, 0.7, "envoy-protest", "political"):
                    yield found


def _traded(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "A and B trade accusations", "A traded fire with B", "A's and B's navies exchanged shots": a
    hostile exchange sets its subjects against each other, or the subject against its "with" object."""
    ties = cues()["ties"]
    hostile = ties["hostile_exchange"]
    for noun in (t for t, (_, low) in zip(ctx.tokens, ctx.forms, strict=True) if low in ties["exchange_verbs"] and t.dep_ == "compound"
                 and t.head.lower_ in hostile):  # "A and B trade accusations" misread as one noun phrase
        named = [p for c in noun.head.children if c.dep_ in {"nmod", "compound"} and c.i < noun.i
                 for p in group(ctx, facts, c)]
        yield from _all_pairs(ctx, list(dict.fromkeys(named)), "IN_CONFLICT_WITH", 0.7, "hostile-exchange", "defense")
    for verb in ctx.verbal(ties["exchange_verbs"]):
        if not any(c.dep_ == "dobj" and (c.lower_ in hostile or c.lemma_.lower() in hostile) for c in verb.children) \
                or negated(ctx, verb) or hedged(verb):
            continue
        subjects = clause_subjects(ctx, facts, verb)
        # "traded fire with B": the parser hangs "with" on the verb or on the object it exchanges
        holders = [verb, *(c for c in verb.children if c.dep_ == "dobj" and (c.lower_ in hostile or c.lemma_.lower() in hostile))]
        others = [p for h in holders for o in prep_objects(h, "with") for p in group(ctx, facts, _relative_of(ctx, o))]
        if not others:
            yield from _all_pairs(ctx, subjects, "IN_CONFLICT_WITH", 0.7, "hostile-exchange", "defense")
        for a in subjects:
            for b in dict.fromkeys(others):
                if found := tie(ctx, a, "IN_CONFLICT_WITH", b, 0.7, "hostile-exchange", "defense"):
                    yield found


def _forces_hit(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Militants killed 40 Malian soldiers", "Sudan forced Chadian troops to leave", "ten Indian
    sailors were captured by X": a hostile act on another side's forces (a verb that is hostile only
    when done to troops, crews or vessels) sets the actor against the state or group they serve."""
    ties = cues()["ties"]
    targets = ties["force_targets"]
    phrasal = {tuple(p.split()) for p in ties["force_phrasal"]}  # "hold back Russian troops"
    for verb in (t for t, (lemma, _) in zip(ctx.tokens, ctx.forms, strict=True) if t.pos_ == "VERB" and (
            lemma in ties["force_verbs"] or any((lemma, c.lower_) in phrasal for c in t.children if c.dep_ == "prt"))):
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        hit = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")
               and c.i not in ctx.at and (c.lower_ in targets or c.lemma_.lower() in targets)]
        if not hit or negated(ctx, verb) or hedged(verb):
            continue
        victims = list(dict.fromkeys(p for t in hit for p in group(ctx, facts, t)))
        if passive:
            actors = [p for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
                      for p in group(ctx, facts, o)]
        else:
            actors = clause_subjects(ctx, facts, verb)
            helper = verb.head
            if verb.dep_ in {"ccomp", "xcomp"} and helper.lemma_.lower() in ties["help_verbs"] \
                    and not negated(ctx, helper) and not hedged(helper):  # "sent troops to help Russia push Ukrainian forces out"
                actors += [p for p in clause_subjects(ctx, facts, helper) if p not in actors]
        for a in actors:
            for b in victims:
                if found := tie(ctx, a, "IN_CONFLICT_WITH", b, 0.7, "forces-hit", "defense"):
                    yield found


def conflict(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    yield from _pairs(ctx, facts, "conflict")
    yield from _envoys(ctx, facts)
    yield from _traded(ctx, facts)
    yield from _forces_hit(ctx, facts)
