"""Supply, operation and manufacture of platforms, with the stage of a supply or an operation.

A transfer is read off a cue verb or noun (``cues.yaml``: ``supply``, ``acquire``, ``operate``):
its supplier (subject, "by" agent, "from"/"with" object, the maker of the platform), its recipient
(subject of an acquisition, "to" object, dative) and its platforms (objects, "for"/"of" objects of
a deal). The stage (``stage``: planned ... cancelled) comes from the cue, the verbs governing it
("plans to buy", "agreed to purchase") and its tense and aspect. Negated cues ("did not deliver",
"denied supplying", "no longer operates") give nothing.

The rules that ``RULES`` names live here (``transfers``, ``deals``, ``fleets``, ``possessed``,
``manufacture``); they run the family's smaller rules too: ``awards`` (contracts awarded to a maker),
``inventory`` (retirements, operators, own and fired platforms), ``makers`` (makers named in a
clause, a demonym or a design), ``sourced`` (platforms named with a "from" source: "F-16s bought from
Portugal", "three drones from Baykar for the navy"). ``phrases`` holds the phrase readers they share,
``stage`` the stage.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Token

from ...entities import Entity
from ...ids import make_id
from ...mentions import Mention
from ...mentions.layout import in_headline
from ..context import SentenceContext
from ..coordination import conjuncts, list_head, shared_head, with_added
from ..gates import gated
from ..lexicon import cues
from ..negation import negated
from ..passes.state_buyers import BODY_RULE_SUFFIX
from ..prepositions import prep_objects
from ..relation import Relation
from ..scope import questioned
from ..tense import put_ahead
from .awards import awards
from .boat_goods import naval_craft
from .common import MAKERS, STATES, SUPPLIERS, DocFacts, entity_pairs, platforms_in, rel
from .entering import entering
from .events import _ORIGINAL_CUES
from .given_to import given_to
from .handed_over import handovers
from .inventory import (
    _latest_platform,
    backbone,
    brought,
    built_for,
    customers,
    demonym_users,
    described_owner,
    earlier_users,
    ended_service,
    equipped_with,
    fired,
    given_away,
    gone_to,
    in_national_service,
    meant_for,
    on_order,
    only_design,
    operators,
    own_platforms,
    replacements,
    retirements,
    sent_away,
    serves_with,
    service_heading,
    shares,
    shown_by_service,
    stationed_at,
    successions,
    unit_at,
    whose_platforms,
)
from .makers import (
    DESIGN_NOUNS,
    compound_makers,
    consortium_members,
    design_of,
    from_maker,
    fused_makers,
    licensed,
    maker_of,
    native_makers,
    participial_makers,
    possessive_makers,
    prefixed_makers,
)
from .neighbour_makers import neighbour_makers
from .phrases import (
    _BATCH_NOUNS,
    _PARTS,
    _RECEIVING,
    _REPORTING,
    _STAND_INS,
    _TYPE_NOUNS,
    _antecedent,
    _arms,
    _bare_number,
    _home,
    _known_makers,
    _maker,
    _makers_in,
    _not_people,
    _np_head,
    _partners,
    _platforms_of,
    _recent_platform,
    _seller_owners,
    _subjects,
    _with_country,
    armed_service,
    described,
    described_platforms,
    more_of_them,
)
from .sourced import sourced
from .stage import base_year, clause_stage, framework_only, in_use, stage_of, still_shipping, transfer_step
from .standing_trade import standing_purchases

# prepositions of a supply verb that list the goods its object sums up ("sent $1 billion of aid, including ...")
_GOODS_LISTS = frozenset({"including"})
_NOT_YET = frozenset({"planned", "negotiating"})  # stages of a deal still to be made


def _owned_object(prep: Token) -> bool:
    """Whether a preposition's object is a thing its buyer already has ("for its carrier", "for their F-16s")."""
    return any(d.dep_ == "poss" for o in prep.children if o.dep_ == "pobj" for d in o.children)


def _deal_parts(ctx: SentenceContext, tok: Token) -> tuple[list[Mention], list[Mention]]:
    """Platforms and suppliers of a deal hanging on ``tok``: "signed a contract with Saab for 17 Gripens",
    "signed for 42 Rafale jets from France's Dassault Aviation", "placed an order for ..."."""
    deal_nouns = cues()["acquire"]["deal_nouns"]
    platforms: list[Mention] = []
    sellers: list[Mention] = []
    holders = [tok] + [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass", "attr"}
                       and (c.lemma_.lower() in deal_nouns or c.lower_ in deal_nouns)]
    for h in holders:
        for child in h.children:
            if child.dep_ == "prep" and child.lower_ in {"for", "of", "covering", "on"}:
                if platforms and child.lower_ == "for" and _owned_object(child):
                    continue  # "signed for 26 Rafale M jets for its carrier INS Vikrant": where the goods go
                platforms += _platforms_of(ctx, child)
                if child.lower_ == "for":  # "signed for two frigates with Fincantieri": the parser hangs the seller on the goods
                    sellers += [m for o in child.children if o.dep_ == "pobj"
                                for m in ctx.prep_objects(o, {"with", "from"}, SUPPLIERS)]
        sellers += ctx.prep_objects(h, {"with", "from"}, SUPPLIERS)
    for p in platforms:  # "42 Rafale jets from France's Dassault Aviation"
        head = ctx.head_token(p)
        for t in (head, head.head):
            sellers += [m for m in ctx.prep_objects(t, {"from"}, SUPPLIERS) if m not in sellers]
    return platforms, _seller_owners(ctx, sellers)


def _no_longer(tok: Token) -> bool:
    """ "no longer operates", "has stopped flying": the fact is over, not to be stated positively."""
    if any(c.lower_ == "longer" and any(x.lower_ in {"no", "not"} for x in c.children) for c in tok.children):
        return True
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in cues()["stage"]["ended"]


def _colon_list(ctx: SentenceContext, tok: Token) -> list[Mention]:
    """The platforms a colon right after ``tok``'s phrase lists: "two types: the F-16 and the Gripen"."""
    end = tok.right_edge.i + 1
    if end >= ctx.sent.end or ctx.doc[end].text not in {":", "\u2014", "\u2013"}:
        return []
    out: list[Mention] = []
    for i in range(end + 1, min(end + 13, ctx.sent.end)):
        if ctx.doc[i].text in {";", ":"} or ctx.doc[i].lower_ in {"most", "some", "all", "which", "both"}:
            break
        m = ctx.at.get(i)
        if m is not None and ctx.label(m) == "Platform" and all(o.entity != m.entity for o in out):
            out.append(m)
    return out


def _original(ctx: SentenceContext, p: Mention) -> bool:
    """A platform named as the original of a version ("Canada's version of the P-3", "a licence-built Su-30")."""
    before = ctx.doc[max(ctx.sent.start, p.start - 4):p.start].text.lower()
    return any(cue in before for cue in _ORIGINAL_CUES)


def _officials_buying(ctx: SentenceContext, facts: DocFacts, verb: Token) -> list[Mention]:
    """The state of the officials who are the subject of a buying verb, not a seller's home state."""
    from .people import official_states

    people = ctx.subjects(verb, {"Person"})
    homes = {make_id("Country", h) for m in ctx.of({"Company"}) if (h := _home(ctx, m))}
    homes |= {m.entity for t in [verb, *(c for c in verb.children if c.dep_ == "dobj")]
              for m in ctx.prep_objects(t, {"from", "with"}, {"Country"})}
    return official_states(ctx, facts, people, homes)


def _in_relative(t: Token, tok: Token) -> bool:
    """Whether ``t`` sits in a relative or participial clause other than ``tok``'s own ("X handed over
    tanks in recognition of the equipment Prague sent to Ukraine": Ukraine is no party to the handover)."""
    cur = t
    while cur.head.i != cur.i and cur.i != tok.i:
        if cur.dep_ in {"relcl", "acl"}:
            return True
        cur = cur.head
    return False


def _under_supply(tok: Token, supply: set[str]) -> bool:
    """Whether ``tok`` (without a subject of its own) hangs under a supply verb, whose subject is then the
    seller, not the user: "X will sell F-35s to Y, ..., to fly the jet"."""
    cur = tok
    for _ in range(3):
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in cur.children) or cur.dep_ not in {"advcl", "xcomp", "conj"}:
            return False
        cur = cur.head
        if cur.pos_ == "VERB" and cur.lemma_.lower() in supply and not _taken_from(cur):
            return True
    return False


def _named_holders(ctx: SentenceContext, platforms: list[Mention], tok: Token) -> list[Mention]:
    """The state or service named right before an earlier mention of the same platform in the sentence
    ("Indian Air Force Rafale jets fired ...; the Rafales were bought from France": the air force)."""
    wanted = {p.entity for p in platforms}
    out: list[Mention] = []
    for m in ctx.mentions:
        if m.start >= tok.i or m.entity not in wanted or m in platforms:
            continue
        before = ctx.at.get(m.start - 1)
        if before is not None and ctx.label(before) in STATES and before not in out:
            out.append(before)
    return out


def _signs_to_supply(tok: Token, supply: set[str]) -> bool:
    """Whether the deal a buying verb takes is one to supply goods to someone else: "X signed a contract
    to supply 20 tanks to Y" (X is the seller; the contract's goods go to Y)."""
    deal_nouns = cues()["acquire"]["deal_nouns"]
    for o in tok.children:
        if o.dep_ != "dobj" or o.lemma_.lower() not in deal_nouns:
            continue
        for c in o.children:
            if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB" and c.lemma_.lower() in supply \
                    and not _taken_from(c) and not any(x.dep_ in {"nsubj", "nsubjpass"} for x in c.children) \
                    and any(x.dep_ == "dative" or x.dep_ == "prep" and x.lower_ == "to" for x in c.children):
                return True
    return False


def _taken_from(verb: Token) -> bool:
    """Whether a verb that can go either way takes its goods "from" someone and gives them to no one: "is
    leasing a NASAMS system from Norway" (the subject receives), not "leased jets to Chile"."""
    if verb.lemma_.lower() not in cues()["supply"]["either_way"]:
        return False
    kids = list(verb.children) + [c for o in verb.children if o.dep_ == "dobj" for c in o.children]
    return any(c.dep_ == "prep" and c.lower_ == "from" for c in kids) and \
        not any(c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to" for c in kids)


def _fors(verb: Token) -> list[Token]:
    """The "for" phrases of a verb of relying, conjoined ones too: "relies on the US for most of its jets
    and for its Patriots"."""
    fors = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"]
    return fors + [x for f in fors for x in conjuncts(f) if x.lower_ == "for"]


def _unasserted(tok: Token) -> bool:
    """A clause the sentence asks about or makes a condition, not states: "whether the navy gets its first
    aircraft on time", "if Lima buys the jets"."""
    marks = cues()["supply"]["unasserted_marks"]
    return any(c.dep_ == "mark" and c.lower_ in marks for c in tok.children)


def _listed_agents(ctx: SentenceContext, tok: Token) -> list[Mention]:
    """The states a plural "by" agent of ``tok`` spells out in apposition, after "including" / "such as" or
    after its "of" object:
    "is used by four NATO members: Poland, Norway and Finland", "is flown by the other members of the
    alliance, Greece, Turkey and Romania"."""
    nouns = cues()["operate"]["group_nouns"]
    out: list[Mention] = []
    for agent in (c for c in tok.children if c.dep_ in {"agent", "prep"} and c.lower_ == "by"):
        for n in (o for o in agent.children if o.dep_ == "pobj" and o.lower_ in nouns and o.i not in ctx.at):
            listed = [a for a in n.children if a.dep_ == "appos"]  # "... countries, including X and Y" too
            listed += [o for p in n.children if p.dep_ == "prep" and p.lower_ in {"including", "as"} for o in p.children
                       if o.dep_ == "pobj"]
            listed += [o for p in n.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                       if o.dep_ == "pobj" and o.i not in ctx.at and conjuncts(o)]
            # the parser often hangs the list on the platform subject instead: a platform has no state in
            # apposition, so states set beside it after the agent are the agent's list
            listed += [a for s in tok.children if s.dep_ == "nsubjpass" for a in s.children
                       if a.dep_ == "appos" and a.i > n.i]
            out += [m for a in listed for m in ctx.group(a, STATES) if m not in out]
    return out


_LIST_MARKERS = frozenset({"including", "among", "such", "notably", "namely", ":"})


def _object_controller(ctx: SentenceContext, tok: Token) -> Token | None:
    """The people a verb's object names who do what its infinitive says ("trained Indian pilots to fly the
    Su-30MKI": ``operate.crew_nouns``, ``controlled_people``); None where the infinitive's doer is the subject above
    ("plans to buy") or the object is a named state or body (left to the older reading: "leaving the air force to
    rely on its Hornets" gives the state too)."""
    if tok.dep_ != "xcomp" or tok.head.i == tok.i or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    lex = cues()["operate"]
    people = set(lex["crew_nouns"]) | set(lex["controlled_people"])
    for c in tok.head.children:
        if c.dep_ == "dobj" and c.i < tok.i and c.i not in ctx.at and c.lower_ in people:
            return c
    return None


def _listed_subjects(ctx: SentenceContext, tok: Token) -> list[Mention]:
    """The states a plural group subject of ``tok`` spells out after a list marker later in the clause:
    "only a handful of countries still fly the F-4, among them A, B and C", "several air forces operate
    the type, including A and B"."""
    nouns = cues()["operate"]["group_nouns"]
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i in ctx.at:
        return []
    heads = [subj] + [o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    if not any(h.lower_ in nouns and h.i not in ctx.at for h in heads):
        return []
    for t in ctx.doc[tok.i + 1:min(tok.right_edge.i + 8, ctx.sent.end)]:
        if t.lower_ not in _LIST_MARKERS:
            continue
        for i in range(t.i + 1, min(t.i + 4, ctx.sent.end)):
            m = ctx.at.get(i)
            if m is not None and ctx.label(m) in STATES:
                return ctx.group(ctx.head_token(m), STATES)
        break
    return []


def _holder_of(ctx: SentenceContext, facts: DocFacts, noun: Token) -> list[Mention]:
    """Who holds the goods a participle of buying qualifies: the owner of the noun ("its F-16s, ... acquired
    from X") or the subject of the operating or buying verb it is the object of ("flies F-16s bought from X")."""
    from .inventory import _owners

    for t in (noun, noun.head if noun.dep_ in {"appos", "conj"} else noun):
        owners = _owners(ctx, facts, t)
        if owners:
            return owners
    lex = cues()
    verb = noun.head
    if noun.dep_ == "dobj" and verb.pos_ == "VERB" and (verb.lemma_.lower() in lex["operate"]["verbs"]
                                                        or verb.lemma_.lower() in lex["acquire"]["verbs"]):
        return _subjects(ctx, facts, verb, STATES)
    return []


def _helped(ctx: SentenceContext, verb: Token) -> list[Mention]:
    """The state a purpose clause of a supply verb helps: "sent several dozen of the systems to help Kyiv's
    forces hold back Russian troops" (the first state named as its object, subject or possessor)."""
    helps = cues()["supply"]["purpose_verbs"]
    for c in verb.children:
        if c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in helps and any(a.lower_ == "to" for a in c.children):
            for t in c.subtree:
                m = ctx.at.get(t.i)
                if m is not None and t.dep_ in {"dobj", "nsubj", "poss", "pobj"} and ctx.label(m) in STATES:
                    return [m]
    return []


def _maker_relative(ctx: SentenceContext, verb: Token) -> list[Mention]:
    """The platform a relative clause of operating is about where the parser hung it on the maker of a "built
    by" phrase ("the F-35B, the jet built by Lockheed Martin, which the squadron has flown"): a maker is not
    flown, so the clause is read up through the participle to the platform it describes."""
    head = verb.head
    maker = ctx.at.get(head.i)
    if maker is None or ctx.label(maker) != "Company" or head.dep_ != "pobj" \
            or not any(c.dep_ == "dobj" and c.tag_ in {"WDT", "WP"} for c in verb.children):
        return []
    cur = head
    for _ in range(5):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        m = ctx.at.get(cur.i)
        if m is not None and ctx.label(m) == "Platform":
            return [m]
        if cur.dep_ in {"appos", "attr"} and cur.i not in ctx.at:
            return described_platforms(ctx, cur)
        if cur.pos_ in {"VERB", "AUX"} and cur.dep_ != "acl":
            break
    return []


def _former_latter(ctx: SentenceContext, word: Token) -> list[Mention]:
    """The platform "the latter" or "the former" stands for: the last or first of the conjoined phrases it is
    set beside ("Boeing F-15s and Eurofighter Typhoons, the latter supplied by BAE Systems")."""
    phrase = word.head if word.dep_ == "appos" else None
    if phrase is None:
        return []
    found = [p for t in [phrase, *conjuncts(phrase)] for p in _platforms_of(ctx, t) if p.start < word.i]
    found = sorted({p.start: p for p in found}.values(), key=lambda p: p.start)
    return found[-1:] if word.lemma_.lower() == "latter" else found[:1]


def _goods_holder(ctx: SentenceContext, facts: DocFacts, noun: Token) -> list[Mention]:
    """Who holds the goods a participle of supplying qualifies: the subject of the operating or buying verb
    whose object (or "on" object) the goods are ("the air force relies on Typhoons, the latter supplied by
    BAE Systems"), else their owner (``_holder_of``)."""
    cur = noun
    while cur.dep_ in {"appos", "conj"} and cur.head.i != cur.i:
        cur = cur.head
    verb = cur.head.head if cur.dep_ == "pobj" and cur.head.dep_ == "prep" else cur.head if cur.dep_ == "dobj" else None
    lex = cues()
    if verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in lex["operate"]["verbs"] | lex["acquire"]["verbs"]:
        found = _subjects(ctx, facts, verb, STATES)
        if found:
            return [m for m in _with_country(ctx, found, STATES) if _user(ctx, m)]
    return [m for m in _with_country(ctx, _holder_of(ctx, facts, noun), STATES) if _user(ctx, m)]


def _not_goods_origin(ctx: SentenceContext, ms: list[Mention]) -> list[Mention]:
    """Without demonyms that qualify goods ("the Korean jets will replace the Hawks"): where the arms come from,
    not who holds them."""
    from .phrases import _goods_word

    out = []
    for m in ms:
        head = ctx.head_token(m).head
        held = ctx.at.get(head.i)
        if m.demonym and (_goods_word(head) or held is not None and ctx.label(held) == "Platform"):
            continue
        out.append(m)
    return out


def _user(ctx: SentenceContext, m: Mention) -> bool:
    """Whether a buying or receiving state mention can be the user of arms: a state or an armed body, not
    the legislature or cabinet that approved the purchase ("Romania's parliament approved the purchase")."""
    if ctx.label(m) != "GovernmentBody":
        return True
    words = set(ctx.entities[m.entity].name.lower().split())
    return not words & cues()["operate"]["non_users"]


def _body_buyers(ctx: SentenceContext, tok: Token, subjects: list[Mention]) -> set[str]:
    """The armed services and ministries among the subjects of a verb of buying or receiving (``acquire``:
    ``body_buyer_verbs``), each the buyer itself: "the navy took delivery of eight jets from Russia", "the air force
    acquired them from Thailand", "the corvettes it ordered from Turkey"; not a verb of use ("the air force flies
    jets bought from France": the state bought them)."""
    lex = cues()["acquire"]
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma not in lex["body_buyer_verbs"] or questioned(tok):
        return set()  # "Will the Colombian Air Force acquire Gripen jets from Sweden?": asked, not done
    if lemma in lex["body_goods_verbs"] and not _goods_taken(ctx, tok):
        return set()  # "The Indian Air Force received training from France on the Rafale"
    return {m.entity for m in subjects if ctx.label(m) == "GovernmentBody" and _user(ctx, m)}


def _goods_taken(ctx: SentenceContext, tok: Token) -> bool:
    """Whether a verb of taking anything ("receive": ``acquire.body_goods_verbs``) has goods as its object: a platform
    mention, a goods word (``supply.goods``, ``deal_progress.goods``: "received the first jets", "a batch of
    drones") or a pronoun ("received them"), also the noun a relative clause of the verb hangs on ("the helicopters the
    navy received"); not "training", "a visit", "an invitation"."""
    goods = set(cues()["supply"]["goods"]) | set(cues()["deal_progress"]["goods"])
    todo = [c for c in tok.children if c.dep_ in {"dobj", "obj"}]
    if tok.dep_ in {"relcl", "acl"} and not todo:
        todo = [tok.head]  # "the MH-60R helicopters the navy received from the United States"
    seen = 0
    while todo and seen < 20:
        o = todo.pop()
        seen += 1
        if o.tag_ == "PRP" or o.lower_ in goods or o.lemma_.lower() in goods \
                or o.i in ctx.at and ctx.label(ctx.at[o.i]) == "Platform":
            return True
        todo += [c for c in o.children if c.dep_ == "conj" or c.dep_ in {"compound", "nmod"} and c.i in ctx.at]
        todo += [p for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return False


def _named_seller(ctx: SentenceContext, m: Mention) -> bool:
    """Whether a seller is named for itself ("from Russia"), not read off a demonym or a possessive of the goods or
    of their maker ("the Italian 8x8", "France's Dassault", "Turkey's Anka drones")."""
    return not m.demonym and ctx.head_token(m).dep_ != "poss"


def _previous_owners(ctx: SentenceContext, platforms: list[Mention], buyers: list[Mention]) -> list[Mention]:
    """The state whose demonym or possessive marks the goods a buyer takes, when no seller is named: it sells
    them ("the purchase of 32 Norwegian F-16s", "Argentina buys Denmark's old F-16s"); not "-made" makers."""
    from .inventory import _demonym_before

    taken = {b.entity for b in _with_country(ctx, buyers, STATES)}
    out: list[Mention] = []
    for p in platforms:
        head = ctx.head_token(p)
        owners = [ctx.at[c.i] for t in {head, _np_head(head)} for c in t.children if c.dep_ == "poss" and c.i in ctx.at]
        owners += [d] if (d := _demonym_before(ctx, p)) is not None else []
        out += [m for m in owners if ctx.label(m) == "Country" and m.entity not in taken
                and all(o.entity != m.entity for o in out)]
    return out


def _origin_demonyms(ctx: SentenceContext, objs: list[Token]) -> list[Mention]:
    """The states whose demonym qualifies the goods a buyer takes, when no seller is named: they come from
    there ("Morocco bought 24 French helicopters", "has taken the largest number of Turkish drones"); not a
    "-made" maker, not a clause inside the phrase."""
    from ...mentions.lexicon import category_of

    goods = cues()["supply"]["goods"]
    out: list[Mention] = []
    todo = list(objs)
    while todo:
        t = todo.pop()
        todo += [c for c in t.children if c.dep_ in {"prep", "pobj", "conj"} or c.dep_ in {"nmod", "compound"}
                 and c.i in ctx.at and ctx.label(ctx.at[c.i]) == "Platform"]  # "Chinese J-10C fighters"
        held = ctx.at.get(t.i)
        named = held is not None and ctx.label(held) == "Platform"  # "American F-16s"
        if not named and t.pos_ not in {"NOUN", "PROPN"} or not (named or t.pos_ == "NOUN" and (
                t.lower_ in goods or t.lemma_.lower() in goods or category_of([t.lower_])) and naval_craft(ctx, t)):
            continue
        for c in t.children:
            m = ctx.at.get(c.i)
            # a demonym ("French helicopters") or a state's name set before the goods ("US submarines")
            origin = m is not None and (m.demonym or c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN" and m.end == c.i + 1) \
                and not _made_word(ctx.doc[m.end:t.i])  # "Soviet and Russian-built MiG-29s": who built them
            if c.dep_ in {"amod", "compound", "nmod"} and c.i < t.i and origin and (held is None or m.entity != held.entity) \
                    and ctx.label(m) == "Country" and ctx.doc[m.end].text != "-" and all(o.entity != m.entity for o in out):
                out.append(m)
    return out


def _relative_goods_noun(ctx: SentenceContext, verb: Token) -> bool:
    """Whether ``verb`` heads a relative clause or participle on a noun of arms, the goods it takes: "the
    second-hand jets that Croatia is buying from France", "the first armour Poland bought from Korea" (the
    noun itself, not its other modifiers: "the oil that India bought from Russia" names no arms)."""
    from ...mentions.lexicon import category_of

    if verb.dep_ not in {"relcl", "acl"} or verb.head.pos_ != "NOUN" or verb.head.i in ctx.at:
        return False
    noun, lex = verb.head, cues()["supply"]
    goods = set(lex["goods"]) | set(lex["bought_goods"])
    return (noun.lower_ in goods or noun.lemma_.lower() in goods or category_of([noun.lower_]) is not None) \
        and naval_craft(ctx, noun)


def _first_of_relative(verb: Token) -> bool:
    """Whether a buying verb's relative clause describes goods counted as the first of a batch: "the pair are
    the first of 28 jets that Kuwait is buying", "the first half of a dozen jets that Croatia is buying from
    France" (the first units have come, more are to follow)."""
    if verb.dep_ not in {"relcl", "acl"}:
        return False
    cur, through_of = verb.head, False
    for _ in range(4):
        if cur.dep_ != "pobj" and not (cur.dep_ in {"nummod", "quantmod", "compound"} and through_of):
            return False
        through_of = through_of or cur.head.lower_ == "of"
        cur = cur.head if cur.dep_ != "pobj" else cur.head.head
        if through_of and (cur.lower_ in {"first", "initial"} or any(
                c.lower_ in {"first", "initial"} and c.dep_ in {"amod", "advmod"} for c in cur.children)):
            return True
    return False


def _made_word(span) -> bool:
    """Whether a stretch of words holds a "-built"/"-made" compound ("Soviet and Russian-built"):
    ``manufacture.made_suffixes``."""
    made = {s.lstrip("-") for s in cues()["manufacture"]["made_suffixes"]}
    return any(x.text == "-" and x.i + 1 < len(x.doc) and x.doc[x.i + 1].lower_ in made for x in span)


def _focal_supplies(ctx: SentenceContext, facts: DocFacts) -> bool:
    """Whether the article's state is the subject of a main-clause supply verb anywhere in the article (found once)."""
    cache = ctx.doc.user_data.setdefault("_focal_supplies", {})
    if facts.focal not in cache:
        verbs = cues()["supply"]["verbs"]
        cache[facts.focal] = any(
            t.dep_ == "nsubj" and t.head.lemma_.lower() in verbs and t.head.pos_ == "VERB"
            and t.head.dep_ not in {"relcl", "acl"}  # not "the equipment Prague sent to Ukraine"
            for m in facts.mentions if m.entity == facts.focal for t in ctx.doc[m.start:m.end])
    return cache[facts.focal]


def _chosen(ctx: SentenceContext, tok: Token, lex: dict) -> list[Mention]:
    """ "A has chosen X to supply 18 jets to its air force": the object of a verb of choosing is who does
    its "to" clause (A is the buyer, not the supplier)."""
    head = tok.head
    infinitive = tok.dep_ == "xcomp" or tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    if not infinitive or head.pos_ != "VERB" or head.lemma_.lower() not in lex["supply"]["chooser_verbs"]:
        return []  # (also "has contracted X to build ...", the infinitive read as a clause of purpose)
    return [m for c in head.children if c.dep_ == "dobj" for m in ctx.group(c, SUPPLIERS)]


def _service_holders(ctx: SentenceContext, verb: Token) -> list[Mention]:
    """The states whose service a verb takes goods "into" ("was inducted into PAF service", "accepted into
    Hungarian service"): the names qualifying the service noun (``operate.service_nouns``)."""
    nouns = cues()["operate"]["service_nouns"]
    return [m for o in prep_objects(verb, "into") if o.lemma_.lower() in nouns and o.i not in ctx.at
            for q in o.children if q.dep_ in {"compound", "poss", "amod", "nmod"} for m in ctx.group(q, STATES)]


def _relative_goods(ctx: SentenceContext, verb: Token) -> list[Mention]:
    """The platforms a relative clause or participle describes when ``verb`` is a later conjunct of its verb
    with no object of its own, passive or with a subject of its own ("a drone that carries heavier munitions
    and is flown by X", "the jets that A builds and B flies")."""
    if any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children) or \
            not any(c.dep_ in {"auxpass", "nsubj"} and c.tag_ not in {"WDT", "WP"} for c in verb.children):
        return []
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ in {"VERB", "AUX"}:
        clause = clause.head
    if clause.dep_ not in {"relcl", "acl"}:
        return []
    noun = clause.head
    return [p for p in _platforms_of(ctx, noun) if p.start < clause.i] or described_platforms(ctx, noun)


def _shared_subject_goods(ctx: SentenceContext, verb: Token) -> list[Mention]:
    """The platforms a passive verb of handing over shares as its subject with the verb it is conjoined to: "the
    first three Rafales have arrived and been handed over to the air force" (``verb`` passive, with no subject or
    object of its own, the first verb's subject naming the goods)."""
    if any(c.dep_ in {"dobj", "nsubj", "nsubjpass"} for c in verb.children) or \
            not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    first = verb
    while first.dep_ == "conj" and first.head.pos_ in {"VERB", "AUX"}:
        first = first.head
    if first is verb or first.dep_ in {"relcl", "acl"}:
        return []
    return [p for c in first.children if c.dep_ in {"nsubj", "nsubjpass"} for p in _platforms_of(ctx, c)]


def _beside_types(verb: Token, objs: list[Token], lex: dict) -> list[Token]:
    """The types a verb of operating sets beside its object ("flies F-4s alongside MiG-29s", the F-4s' own
    "alongside"), and those it flies a display or a mission "with" ("is flying displays with the F-35A")."""
    dobjs = [o for o in objs if o.dep_ == "dobj"]
    if not dobjs:  # "they will fly alongside the F-16s": the subject is the goods, their user unsaid
        return []
    out = [o for h in [verb, *dobjs] for o in prep_objects(h, lex["beside_types"])]
    # "has 100 An-32s along with a fleet of Il-76s", "operates six frigates together with two submarines"
    withs = [w for h in [verb, *dobjs] for p in h.children if p.dep_ == "prep"
             for w in ([p] if p.lower_ == "with" and any(c.lower_ in lex["beside_words"] for c in p.children)
                       else [c for c in p.children if c.dep_ == "prep" and c.lower_ == "with"]
                       if p.lower_ in lex["beside_words"] else [])]
    out += [o for w in withs for o in w.children if o.dep_ == "pobj"]
    flown = [o for o in objs if o.dep_ == "dobj" and o.lower_ in lex["flown_nouns"]]
    out += [o for h in ([verb, *flown] if flown else []) for o in prep_objects(h, "with")]
    return out


@lru_cache(maxsize=1)
def _transfer_words() -> frozenset[str]:
    """Every word :func:`_transfers` reads a token by (as its lemma or its form)."""
    lex = cues()
    return frozenset(lex["supply"]["verbs"]) | frozenset(lex["supply"]["nouns"]) | frozenset(lex["acquire"]["verbs"]) \
        | frozenset(lex["operate"]["verbs"]) | frozenset(lex["supply"]["chosen_maker_verbs"])


def _for_service_work(tok: Token, lex: dict) -> bool:
    """Whether goods are sent only to be worked on or shown: "sending the jets to Russia for overhaul", "sent
    two F-16s for flying displays"; or the verb moves work, not goods: "keeps providing maintenance work for
    the armed forces" (no transfer)."""
    purposes = lex["service_work"] | lex["show_purposes"]
    if any(o.lemma_.lower() in purposes or o.lower_ in purposes for o in prep_objects(tok, "for")):
        return True
    return any(c.dep_ == "dobj" and (c.lemma_.lower() in lex["service_work"] | lex["service_objects"]
                                     or c.lemma_.lower() == "work" and any(
                d.dep_ == "compound" and d.lemma_.lower() in lex["service_work"] for d in c.children))
               for c in tok.children)


def _part_goods(ctx: SentenceContext, facts: DocFacts, objs: list[Token]) -> bool:
    """ "Leonardo supplies the turret, the gun and the sights", "supplied the combat management system", "supplies key
    components": the first object a part of another's platform, not counted ("will supply 12 radars" is a sale) and
    with no state in its phrase ("sold Armenia four radars": a taker the parser hung on the goods). A platform it
    could be part of must be named outside its own phrase, in its sentence or the one before (:func:`_platform_near`:
    "ordered two frigates ... supplies the combat management system"); where none is ("is rebuilding its air
    defences. Saab will supply the Giraffe 4A radar") the goods are sold whole. A catalogued type as the object is
    no sale by itself: "the Kronos radar" of a corvette named before is the ship's part."""
    lex = cues()["supply"]
    first = next((o for o in objs if o.dep_ == "dobj"), None)
    if first is None or any(t.like_num or t.i in ctx.at and ctx.label(ctx.at[t.i]) in STATES for t in first.subtree):
        return False
    low = first.lemma_.lower()
    if first.lower_ in lex["part_nouns"] or low in lex["part_nouns"]:
        part = True
    elif low in lex["part_goods"]:
        part = first.tag_ == "NN" and any(c.dep_ in {"det", "poss"} for c in first.children)  # "the Kronos radar"
    else:
        part = low == "system" and any(c.lower_ in lex["part_system_words"] for c in first.subtree if c.i < first.i)
    return part and _platform_near(ctx, facts, first)


def _platform_near(ctx: SentenceContext, facts: DocFacts, part: Token) -> bool:
    """Whether the part's sentence or the one before names a platform it could be part of, outside the part's own
    phrase: a platform mention ("K9 howitzers") or a platform noun (``manufacture.described_goods`` that are no
    ``supply.part_goods``: "two frigates", "the tanks")."""
    nouns = set(cues()["manufacture"]["described_goods"]) - set(cues()["supply"]["part_goods"])
    start = ctx.doc[ctx.sent.start - 1].sent.start if ctx.sent.start > 0 else ctx.sent.start
    own = range(part.left_edge.i, part.i + 1)
    platforms = {i for m in facts.mentions if start <= m.start < ctx.sent.end and m.entity in facts.entities
                 and facts.entities[m.entity].label == "Platform" for i in range(m.start, m.end)}
    return any(t.i not in own and (t.i in platforms or t.pos_ == "NOUN" and t.lemma_.lower() in nouns)
               for t in ctx.doc[start:ctx.sent.end])


def _part_before(ctx: SentenceContext, tok: Token) -> bool:
    """Whether a part of a platform (``manufacture.part_nouns``: "engines", "turbines") no name covers is named
    before the goods pronoun ``tok`` in its sentence: "India bought the engines and handed them to the
    builder" hands over the engines, not the ship named before."""
    parts = set(cues()["manufacture"]["part_nouns"])
    return any(t.pos_ == "NOUN" and t.lower_ in parts and t.i not in ctx.at for t in ctx.doc[ctx.sent.start:tok.i])


def _goods_set_after(ctx: SentenceContext, verb: Token, objs: list[Token]) -> list[Mention]:
    """The platforms a list set off by a comma at the end of a verb's phrase names for its object, which names
    none ("bought two submarines from Germany, the Type 209 and the Type 214": the parser hangs the list on the
    last name as an apposition or conjunct of it). The object must be a common noun of goods (counted or of a
    kind) and the list the last words of the clause."""
    if not any(o.dep_ == "dobj" and o.pos_ == "NOUN" and o.i not in ctx.at for o in objs):
        return []
    out: list[Mention] = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > max(o.i for o in objs)):
        for name in (o for o in prep.children if o.dep_ == "pobj" and o.i in ctx.at):
            if ctx.label(ctx.at[name.i]) not in STATES | MAKERS:
                continue
            for c in (c for c in name.children if c.dep_ in {"appos", "conj"} and c.i > name.i):
                gap = ctx.doc[name.i + 1:c.left_edge.i]
                if len(gap) != 1 or gap[0].text != ",":
                    continue
                items = [c, *c.conjuncts]  # the list's own names, not a platform inside a description of the seller
                found = [ctx.at[t.i] for t in items if t.i in ctx.at and ctx.label(ctx.at[t.i]) == "Platform"]
                if len(found) < len(items):
                    continue
                if found and all(t.is_punct or t.is_space for t in ctx.doc[c.right_edge.i + 1:ctx.sent.end]):
                    out += [p for p in found if all(p.entity != o.entity for o in out)]
    return out


def _transfers(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    lex = cues()
    supply, supply_nouns = lex["supply"]["verbs"], lex["supply"]["nouns"]
    acquire, operate = lex["acquire"]["verbs"], lex["operate"]["verbs"]
    chosen_makers = lex["supply"]["chosen_maker_verbs"]
    for tok, (lemma, low) in ctx.cued_forms(_transfer_words(), "either"):
        if not (lemma in supply or lemma in supply_nouns or low in supply_nouns or lemma in acquire
                or lemma in operate or lemma in chosen_makers):
            continue  # no cue word (the tests below need one)
        if tok.pos_ not in {"VERB", "NOUN"} or tok.i in ctx.at:
            continue
        if lemma in chosen_makers and not (tok.pos_ == "VERB" and _chosen(ctx, tok, lex)):
            continue  # "build" supplies only as what a chosen firm is to do ("picked X to build its frigates")
        is_supply = (lemma in supply or lemma in chosen_makers) and tok.pos_ == "VERB" or \
            tok.pos_ == "NOUN" and (lemma in supply_nouns or tok.lower_ in supply_nouns)
        if not (is_supply or lemma in acquire or lemma in operate) or negated(ctx, tok) or _no_longer(tok) \
                or _unasserted(tok) or is_supply and _for_service_work(tok, lex["supply"]):
            continue
        objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass", "attr", "oprd"}]
        # "flies MH-60Rs and, more recently, P-8Is": the last item an aside cut off, hung on the verb itself
        objs += [c for o in list(objs) for c in conjuncts(o) if c.head.i == tok.i and c.dep_ in {"npadvmod", "advcl"}]
        fors: list[Token] = []  # what a verb of relying is relied on for
        if is_supply and tok.pos_ == "VERB":  # "has committed $2 billion in aid, including howitzers and Javelins"
            objs += prep_objects(tok, _GOODS_LISTS)
        if lemma in operate:  # "relies on its F-16s", "has rested on MiG-29s"
            objs += [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"]
            objs += _beside_types(tok, objs, lex["operate"])
            if lemma in {"rest", "depend", "lean"} and not any(c.lower_ == "on" for c in objs):
                continue  # "rest" alone is no use
            if lemma in lex["operate"]["dependence_verbs"]:  # "relies on the US for (most of X and for) Patriots"
                fors = _fors(tok)
                objs += fors
        platforms = [p for o in objs for p in _platforms_of(ctx, o)]
        if not platforms:  # "bought two submarines from Germany, the Type 209 and the Type 214"
            platforms = _goods_set_after(ctx, tok, objs)
        if tok.dep_ == "acl" or tok.dep_ == "relcl" and not platforms:
            # "a consignment of TB2s delivered to Togo", "the Kfir fighters that the air force has flown";
            # not the original a version is of ("the CP-140, Canada's version of the P-3, which the air force has flown")
            platforms += [p for p in _platforms_of(ctx, tok.head) if p.start < tok.i and p not in platforms
                          and not _original(ctx, p)]
            if not platforms and tok.dep_ == "relcl" and _bare_number(tok.head):
                platforms = _latest_platform(ctx, facts, tok.i)  # "adding to the 14 the air force already flies"
            if not platforms and tok.head.i not in ctx.at:
                # "a P-8 Poseidon, the patrol aircraft the navy has ordered", "the MQ-9 is a drone the air force
                # uses", "the Hawk is a trainer flown by X": the platform the noun stands beside or describes
                platforms = described_platforms(ctx, tok.head)
            if not platforms and tok.dep_ == "relcl" and lemma in operate:
                platforms = _maker_relative(ctx, tok)  # "the F-35B, a jet built by Lockheed Martin, which X flies"
            if not platforms and tok.head.lemma_.lower() in {"latter", "former"}:
                platforms = _former_latter(ctx, tok.head)  # "F-15s and Typhoons, the latter supplied by BAE"
            if not platforms and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.i not in ctx.at and \
                    lemma in acquire and any(c.dep_ == "agent" for c in tok.children):
                platforms = _recent_platform(ctx, facts, tok.head)  # "as on the tanks ordered by X": the one just named
        if not platforms and tok.dep_ == "conj":
            # "a drone that carries heavier munitions and is flown by X": a second verb of a relative clause
            platforms = _relative_goods(ctx, tok) or (_shared_subject_goods(ctx, tok) if is_supply else [])
        if not platforms:  # "has rested on Soviet-era designs: MiG-29 fighters and Su-25 attack aircraft"
            platforms = [p for o in objs for p in _colon_list(ctx, o)]
        if not platforms:
            for o in objs:
                nouns = [o] + [x for x in o.subtree if x.dep_ == "pobj"]
                platforms += next((found for n in nouns if (found := _recent_platform(ctx, facts, n))), [])
        if not platforms and lemma in supply and any(o.dep_ == "nsubjpass" and o.lemma_.lower() in _TYPE_NOUNS | {"family"}
                                                     and any(d.lower_ == "the" for d in o.children) for o in objs):
            platforms = _latest_platform(ctx, facts, ctx.sent.start)  # "the family has been exported to ..."
        if not platforms and (lemma in operate or lemma in acquire) and any(
                o.dep_ in {"dobj", "nsubjpass"} and o.lemma_.lower() in _TYPE_NOUNS and o.i not in ctx.at
                and any(d.lower_ in {"the", "same"} for d in o.children) for o in objs):
            platforms = _latest_platform(ctx, facts, tok.i)  # "Oman already flies the type": the one just named
        if not platforms and (lemma in acquire or lemma in lex["stage"]["already_verbs"] or is_supply) and \
                any(_bare_number(o) for o in objs if o.dep_ == "dobj"):  # "Qatar flies 36 of them", not "modernise 79"
            platforms = _latest_platform(ctx, facts, tok.i)  # "Tunisia also bought three", "Poland ordered 48"
        if not platforms and lemma in acquire and tok.pos_ == "VERB":
            # "the UAE signed for the system", "Qatar signed for the jets": the goods "for" which one signs, just named
            for o in prep_objects(tok, "for"):
                if o.i not in ctx.at and o.lemma_.lower() in _TYPE_NOUNS and any(d.lower_ == "the" for d in o.children):
                    platforms = _latest_platform(ctx, facts, tok.i)
                platforms = platforms or _recent_platform(ctx, facts, o)
        if not platforms and (is_supply or lemma in acquire or lemma in lex["operate"]["pronoun_verbs"]) and \
                tok.pos_ == "VERB" and \
                any(o.dep_ == "dobj" and o.lower_ in lex["supply"]["goods_pronouns"] for o in objs):
            # "the shipbuilder handed her over in April"; "It served the French Navy, flying Crusaders, before Brazil
            # bought it": a pronoun the sentence's subject already was stands for the subject's referent, not the
            # goods named since
            said = {o.lower_ for o in objs if o.dep_ == "dobj"}
            same = any(t.dep_ in {"nsubj", "nsubjpass"} and t.lower_ in said and t.i < tok.i for t in ctx.sent)
            platforms = [] if _part_before(ctx, tok) else _latest_platform(ctx, facts, ctx.sent.start if same else tok.i, 40)
        if not platforms and any(t.lemma_.lower() in _BATCH_NOUNS for o in objs for t in o.subtree):
            platforms = _latest_platform(ctx, facts, tok.i, 60)  # "Togo took delivery of its own consignment"
        # "the tanks bought by Taiwan from the US", "systems fielded by the PLA": a participle is passive
        # (a participle the tagger read as a past tense, "fighters bought under Chavez", is one too)
        participle = tok.dep_ == "acl" and (tok.tag_ == "VBN" or tok.tag_ == "VBD" and not any(c.dep_ == "nsubj" for c in tok.children))
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children) or participle
        # the stage of a supply (a purchase's is read below, once it has a buyer: most have none)
        stage = stage_of(ctx, tok, objs) if is_supply or lemma in supply else None
        if lemma in supply and passive and not ctx.prep_objects(tok, {"to"}, STATES) and \
                any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
            # "Poland will be supplied with 180 K2 tanks (by X)"
            recipients = _with_country(ctx, [m for c in tok.children if c.dep_ == "nsubjpass" for m in ctx.group(c, STATES)], STATES)
            platforms = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for p in _platforms_of(ctx, c)]
            for r in recipients:
                for p in platforms:
                    yield rel(ctx, r, "OPERATES", p, 0.7, "supplied-with", stage=stage)
                for s in ctx.prep_objects(tok, {"by"}, SUPPLIERS):
                    yield rel(ctx, s, "SUPPLIES", r, 0.75, "supplied-with", stage=stage)
        elif is_supply:
            if tok.pos_ == "NOUN":  # "Leonardo's arms sales to Israel", "shipments of missiles from Iran to Russia"
                suppliers = [ctx.at[c.i] for c in tok.children if c.dep_ == "poss" and c.i in ctx.at
                             and ctx.label(ctx.at[c.i]) in SUPPLIERS]
                suppliers += ctx.prep_objects(tok, {"from", "by"}, SUPPLIERS)
                platforms += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                              for p in _platforms_of(ctx, c) if p not in platforms]
                verb = tok.head
                if tok.dep_ == "dobj" and verb.lemma_.lower() in lex["supply"]["approve_verbs"] and not negated(ctx, verb):
                    # "Washington approved the sale to Ankara of 40 F-16s": the approving state sells
                    approvers = [_maker(ctx, m) for m in ctx.subjects(verb, STATES) if not m.demonym]
                    suppliers = suppliers or [m for m in approvers if m is not None and ctx.label(m) == "Country"]
                    platforms += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                                  for p in _platforms_of(ctx, c) if p not in platforms]
                stage = None if stage == "delivered" else stage
            else:
                suppliers = ctx.prep_objects(tok, {"by"}, SUPPLIERS) if passive else \
                    _chosen(ctx, tok, lex) or _subjects(ctx, facts, tok, SUPPLIERS)
                if passive and not suppliers and ctx.prep_objects(tok, {"to"}, STATES):
                    # "were passed to Thailand from U.S. Air Force stocks": the source of goods sent to a state
                    sources = _with_country(ctx, ctx.prep_objects(tok, {"from"}, SUPPLIERS | STATES), SUPPLIERS)
                    suppliers = [m for m in sources if ctx.label(m) in SUPPLIERS]
                if passive and not suppliers:  # "Dutch F-16s were sold to Chile": their former owner sells
                    suppliers = _previous_owners(ctx, platforms, ctx.prep_objects(tok, {"to"}, STATES))
                if passive and not suppliers and tok.dep_ == "conj" and tok.head.pos_ == "VERB" and \
                        tok.head.lemma_.lower() in lex["manufacture"]["verbs"] | supply:
                    # "X builds Boxers for the army, and some of those Boxers are exported to Y": the maker sells
                    suppliers = ctx.subjects(tok.head, {"Company"})
                if passive and not suppliers:
                    suppliers = _makers_in(ctx, platforms)
                if passive and not suppliers and lemma in {"export", "sell"}:
                    suppliers = _known_makers(ctx, facts, platforms)  # "the family has been exported to X"
                if passive and not suppliers and tok.dep_ == "ccomp":  # "Bharat Electronics said X had been dispatched"
                    suppliers = ctx.subjects(tok, {"Company"})
                    if not suppliers and tok.head.lemma_.lower() in _REPORTING | {"announce", "confirm"}:
                        suppliers = [m for c in tok.head.children if c.dep_ == "nsubj" for m in ctx.group(c, {"Company"})]
            recipients = ctx.prep_objects(tok, {"to"}, STATES)
            # "Expal, which supplies the Spanish army": an armed service as the object is supplied with arms
            served = [m for c in tok.children if c.dep_ == "dobj" for m in ctx.group(c, STATES) if armed_service(ctx, m)] \
                if tok.pos_ == "VERB" and not passive and lemma in lex["supply"]["serving_verbs"] else []
            recipients += served
            if tok.pos_ == "NOUN" and not recipients and suppliers and tok.dep_ == "dobj":
                recipients = ctx.prep_objects(tok.head, {"to"}, STATES)  # "approved the sale to Ankara"
            for c in with_added(tok):  # (and "..., as well as to Z")
                if c.dep_ == "dative" and c.lower_ in {"to", "for"}:  # "will sell F-35s to Saudi Arabia"
                    recipients += [m for o in c.children if o.dep_ == "pobj" for m in ctx.group(o, STATES)]
                elif c.dep_ == "dative" or (c.dep_ == "dobj" and any(x.dep_ == "prep" and x.lower_ == "with" for x in tok.children)):
                    recipients += ctx.group(c, STATES)  # "provides the Israeli Air Force with M-346s"
                    platforms += [p for x in tok.children if x.dep_ == "prep" and x.lower_ == "with" for p in _platforms_of(ctx, x)]
            # "agreed to supply coastal radars to the navy": a body its verb names as the taker (passes/state_buyers)
            own_takers = {m.entity for m in recipients if ctx.label(m) == "GovernmentBody"} if tok.pos_ == "VERB" else set()
            if not recipients and tok.pos_ == "NOUN":  # "the sale of 12 F-16 jets to Jordan"
                recipients = [m for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree
                              if t.dep_ == "prep" and t.lower_ == "to" for x in t.children if x.dep_ == "pobj"
                              for m in ctx.group(x, STATES)]
            if not recipients:
                recipients = [m for o in objs for t in o.subtree if t.dep_ == "prep" and t.lower_ == "to"
                              for x in t.children if x.dep_ == "pobj" for m in ctx.group(x, STATES)]
            if not recipients:  # "supplying 94% of Armenia's arms imports"
                recipients = [ctx.at[c.i] for o in objs for t in o.subtree if t.lemma_.lower() in _RECEIVING
                              for c in t.children if c.dep_ == "poss" and c.i in ctx.at and ctx.label(ctx.at[c.i]) in STATES]
            how = "supply"
            if not recipients and tok.pos_ == "VERB" and not passive and _chosen(ctx, tok, lex):
                # "the Department of National Defense has contracted HHI to build six patrol vessels": the body that
                # chose the firm buys from it (a ministry stays the buyer, its state beside it)
                recipients = _not_people(ctx, _subjects(ctx, facts, tok.head, STATES))
                how = "chooser-buyer" if recipients else how
                if recipients and negated(ctx, tok.head):
                    recipients = []  # "did not contract X to build": no choice made
                elif recipients and (put_ahead(tok.head) or stage_of(ctx, tok.head) in _NOT_YET):
                    # "may contract X to build", "plans to contract X": a choice still to come, no order
                    stage = stage_of(ctx, tok.head) if stage_of(ctx, tok.head) in _NOT_YET else "planned"
            if not recipients and tok.pos_ == "VERB" and ctx.subjects(tok, SUPPLIERS):
                recipients = _helped(ctx, tok)  # "Sweden sent 50 CV90s to help Ukraine" (a subject of its own)
            if not recipients and passive and tok.dep_ == "acl" and suppliers:
                recipients = _goods_holder(ctx, facts, tok.head)  # "relies on Typhoons supplied by BAE Systems"
            if not recipients and not passive and suppliers and tok.dep_ == "conj" and tok.head.pos_ == "VERB" and \
                    tok.head.lemma_.lower() in acquire and not negated(ctx, tok.head):
                # "India ordered 36 Rafales from France, and Dassault handed over the first of them": the buyer of
                # the clause the supply is joined to takes the goods
                recipients = _subjects(ctx, facts, tok.head, STATES)
                if recipients and not platforms and any(o.dep_ == "dobj" and o.lower_ in {"first", "last", "rest", "remainder"}
                                                        for o in objs):
                    platforms = [p for c in tok.head.children if c.dep_ == "dobj" for p in _platforms_of(ctx, c)]
            if not recipients and tok.pos_ == "VERB" and not passive and facts.focal and suppliers and \
                    not _focal_supplies(ctx, facts) and not _part_goods(ctx, facts, objs) and \
                    not any(c.dep_ == "dative" or c.dep_ == "nsubj" and c.tag_ in {"PRP", "WDT", "WP"}
                            for c in tok.children) and \
                    all(c.lower_ == "over" for c in tok.children if c.dep_ == "prt") and \
                    all(ctx.label(m) != "Country" or m.entity in {s.entity for s in suppliers} | {facts.focal}
                        or _in_relative(ctx.head_token(m), tok) or m.demonym and ctx.entities[m.entity].name in
                        {_home(ctx, s) for s in suppliers} for m in ctx.mentions):
                # "France delivered the first Mirage 2000 fighters in February" in an article about Ukraine:
                # a supply by a named state with no recipient, in a sentence naming no other state, goes to the
                # article's state, unless that state is itself a giver in the article ("Germany would send tanks
                # ...; the United States would supply Abrams") or the clause has its own taker ("gives EDGE the right")
                recipients = [dataclasses.replace(s, entity=facts.focal) for s in suppliers[:1]
                              if s.entity != facts.focal and facts.focal in ctx.entities
                              and _home(ctx, s) != ctx.entities[facts.focal].name]
            recipients = [r for r in _with_country(ctx, recipients, STATES) if _user(ctx, r)]
            if served:  # "Expal supplies the Spanish army": a firm supplying its own state's army, not its state
                recipients = [r for r in recipients if ctx.label(r) != "Country"
                              or all(_home(ctx, s) != ctx.entities[r.entity].name for s in suppliers)]
            goods = objs + [c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"with", "of"}]
            if tok.dep_ in {"relcl", "acl"} and not objs:  # "the heavy equipment Prague sent to Ukraine"
                goods.append(tok.head)
            if not platforms and not served and not _arms(ctx, goods if tok.pos_ == "VERB" else [tok]):
                continue
            if stage == "cancelled":  # "scrapped plans to deliver": no supply
                suppliers = []
            for r in recipients:
                for s in suppliers:  # no state supplies its own armed service ("to give its army its own supply")
                    if s.entity not in {r.entity, ctx.entities[r.entity].country}:
                        named = r.entity in own_takers and _named_seller(ctx, s)
                        yield rel(ctx, s, "SUPPLIES", r, 0.8, how + (BODY_RULE_SUFFIX if named else ""), stage=stage)
                if (tok.pos_ == "VERB" or suppliers) and all(s.entity != r.entity for s in suppliers):
                    for p in platforms:  # a seller does not operate what it sells
                        yield rel(ctx, r, "OPERATES", p, 0.7, how, stage=in_use(stage, objs))
        else:
            buyers = _subjects(ctx, facts, tok, STATES) if not passive else ctx.prep_objects(tok, {"by"}, STATES)
            controller = _object_controller(ctx, tok) if not passive else None
            if controller is not None:  # "X trained Indian pilots to fly the Su-30": the pilots fly it, not X
                buyers = ctx.group(controller, STATES)
            # "the navy took delivery of eight jets from Russia": a body that is its verb's own buyer (passes/state_buyers)
            own_buyers = _body_buyers(ctx, tok, buyers) if not passive and controller is None else set()
            if not buyers:  # "the J-10C was inducted into PAF service", "taken into Hungarian service"
                buyers = _service_holders(ctx, tok)
            if not buyers and not passive:  # "Defence Minister X signed for 24 jets": the minister's state
                buyers = _officials_buying(ctx, facts, tok)
            if not passive and (_under_supply(tok, supply) or _signs_to_supply(tok, supply)):
                buyers = []  # "X will sell F-35s to Y, ... to fly the jet": the seller does not fly it
            if not passive and lemma in cues()["stage"]["upgrading_verbs"] and ctx.subjects(tok, {"Company"}):
                buyers = []  # "STM, the Turkish firm, modernised the Agosta 90Bs": a firm works on another's fleet
            if passive and not buyers and tok.dep_ == "acl":  # "the tanks bought by Taiwan from the US"
                buyers = ctx.prep_objects(tok, {"by"}, STATES)
            if passive and not buyers and lemma in acquire and participle:
                buyers = _holder_of(ctx, facts, tok.head)  # "Romania flies F-16s bought from Portugal"
            if passive and not buyers:  # "is flown by four NATO members: Poland, Norway and Finland"
                buyers = _listed_agents(ctx, tok)
            if not passive and not buyers:  # "a handful of countries still fly the F-4, among them A, B and C"
                buyers = _listed_subjects(ctx, tok)
            focal = list(facts.focal_first)
            by_focal = False
            if passive and not buyers and tok.dep_ == "relcl":  # "its F-16s, 17 of which were bought from Portugal"
                from .inventory import _owners

                owners = _with_country(ctx, _owners(ctx, facts, tok.head), STATES)
                buyers = [m for m in owners if ctx.label(m) == "Country"] or owners  # the state bought them
            if passive and not buyers and platforms and lemma in acquire and tok.dep_ in {"ROOT", "conj"} and \
                    not any(c.dep_ == "agent" or c.lower_ == "by" for c in tok.children):
                # "Indian Air Force Rafale jets fired ...; the Rafales were bought from France": their holder
                # named before in the sentence; else "Three Ankas were ordered from the Turkish firm": the article's state
                buyers = _named_holders(ctx, platforms, tok)
                by_focal = not buyers
                buyers = buyers or focal
            if passive and not buyers and not platforms and lemma in acquire and tok.dep_ == "ROOT" and \
                    not any(c.dep_ == "agent" or c.lower_ == "by" for c in tok.children) and \
                    _arms(ctx, [c for c in tok.children if c.dep_ == "nsubjpass"]) and \
                    ctx.prep_objects(tok, {"from"}, SUPPLIERS):
                # "Twelve jets were bought second-hand from France in 2005": goods of no named type bought from a
                # named seller, their buyer not named: the article's state, as for a named type above
                buyers, by_focal = focal, True
            buyers = [b for b in _with_country(ctx, _not_people(ctx, _not_goods_origin(ctx, buyers)), STATES)
                      if _user(ctx, b)]
            if not buyers:
                continue  # every relation below is a buyer's
            stage = stage_of(ctx, tok, objs)
            if stage == "ordered" and _first_of_relative(tok):
                stage = "delivering"  # "the pair are the first of 28 jets that Kuwait is buying": the first have come
            sellers = _seller_owners(ctx, ctx.prep_objects(tok, {"from"}, SUPPLIERS)) if lemma in acquire else []
            if lemma in acquire:  # "bought much of its new equipment from Turkey and Israel", "ordered 28 jets from X"
                sellers += [m for o in objs for t in o.subtree if t.dep_ == "pobj" and t.head.dep_ == "prep"
                            or t is o for m in ctx.prep_objects(t, {"from"}, SUPPLIERS) if m not in sellers]
            if lemma in acquire:  # "bought 12 used Rafales from the French Air and Space Force": the service's state sells
                sellers += [m for m in _service_states(ctx, [tok, *objs]) if m not in sellers]
            if lemma in acquire:  # "is buying them through the Italian government", "under the US FMS programme"
                sellers += [ctx.at[t.i] for o in prep_objects(tok, {"through", "via", "under"}) if o.lemma_.lower() in lex["acquire"]["channel_nouns"]
                            for t in o.subtree if t.i in ctx.at and ctx.label(ctx.at[t.i]) == "Country"
                            and ctx.at[t.i] not in sellers]
            if lemma in acquire:  # "from the Turkish firm": the firm just named
                sellers += [m for o in prep_objects(tok, "from") if o.lemma_.lower() in _STAND_INS
                            for m in _antecedent(ctx, facts, o, {"Company"}) if m not in sellers]
            if lemma in acquire and not sellers and all(t.lower_ != "from" for t in tok.subtree):
                # "took delivery of radars built by Thales": the maker sells ("tanks built by X from Y" names a seller)
                made = lex["acquire"]["maker_participles"]
                sellers = _seller_owners(ctx, [m for o in objs for t in o.subtree if t.dep_ == "acl" and t.tag_ == "VBN"
                                               and t.lemma_.lower() in made for m in ctx.prep_objects(t, {"by"}, SUPPLIERS)])
            if by_focal and any(m.entity == facts.focal or _home(ctx, m) == ctx.entities[facts.focal].name
                                for m in _seller_owners(ctx, sellers) + [m for c in tok.children if c.dep_ == "prep"
                                                                         and c.lower_ == "from" for o in c.children
                                                                         for m in ctx.group(o, {"Country"})]):
                buyers = []  # the article's state is the seller's
            if lemma in acquire and tok.pos_ == "VERB":
                more, deal_sellers = _deal_parts(ctx, tok)
                platforms += [p for p in more if p not in platforms]
                if not platforms and more_of_them(tok):
                    platforms = _latest_platform(ctx, facts, tok.i)  # "signed an agreement with X for 32 more"
                sellers += [s for s in deal_sellers if s not in sellers]
                if lemma == "take":  # "took delivery of X (from Y)", "has taken 20 Su-30SMs from Russia"
                    for o in objs:
                        sellers += [m for m in ctx.prep_objects(o, {"from"}, SUPPLIERS) if m not in sellers]
                    sellers = sellers or _origin_demonyms(ctx, objs)  # "has taken the most Turkish drones"
                    if not any(o.lemma_.lower() in {"delivery", "charge", "possession"} for o in objs) and not sellers:
                        continue
            if fors and platforms:  # "relies on the United States for its Patriot batteries": the "on" object supplies
                sellers = [m for m in ctx.prep_objects(tok, {"on"}, SUPPLIERS) if not m.demonym]
            elif fors and _arms(ctx, fors):  # "relies on the United States for air defence missiles"
                sellers = _seller_owners(ctx, [m for o in prep_objects(tok, "on") for m in ctx.group(o, SUPPLIERS)])
            if lemma in acquire and sellers and all(ctx.label(m) == "Country" for m in sellers):
                # "signed an agreement with the United States for 31 drones built by General Atomics": a sale by a
                # government of a firm's product; the firm supplies too
                made = lex["acquire"]["maker_participles"]
                sellers += [m for p in platforms for t in _np_head(ctx.head_token(p)).children
                            if t.dep_ == "acl" and t.tag_ == "VBN" and t.lemma_.lower() in made
                            for m in ctx.prep_objects(t, {"by"}, {"Company"}) if m not in sellers]
            if lemma in acquire and not sellers and buyers:  # "Argentina buys Denmark's F-16s"
                sellers = _previous_owners(ctx, platforms, buyers)
            origin: set[str] = set()
            if (lemma in acquire or lemma in operate) and not sellers and buyers:
                sellers = _origin_demonyms(ctx, objs)  # "Morocco bought 24 French helicopters", "flies American F-16s"
                origin = {m.entity for m in sellers}
            if lemma in acquire and not sellers and buyers and not any(
                    c.dep_ == "aux" and c.tag_ == "MD" or c.dep_ == "prep" and c.lower_ == "from" for c in tok.children):
                # "X displays the Arrow 3, which Germany has bought" (not "will pick one of three candidates: ...",
                # not "bought them from American makers": the text names its own source)
                sellers = _catalogue_sellers(ctx, platforms)
                if not sellers and stage != "cancelled":  # "Kuwait agreed to buy TB2s" in a story naming Baykar
                    sellers = _foreign_makers(ctx, facts, platforms, buyers)
            if not platforms and not _arms(ctx, objs + [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"]) \
                    and not _relative_goods_noun(ctx, tok):
                sellers = []  # "bought oil from Russia", "took charge of the talks"
            if lemma == "sign" and any(ctx.label(m) == "Country" for m in sellers + [
                    m for o in objs for m in ctx.prep_objects(o, {"with"}, {"Country"})]) and \
                    any(o.lemma_.lower() in lex["ties"]["agreement_nouns"] - lex["ties"]["commercial_nouns"] for o in objs) \
                    and not _for_goods(ctx, objs + [tok]):
                # "Belgium signed a security agreement with Ukraine that included 30 F-16s": an agreement
                # between two states does not say which way the arms go
                continue
            if stage == "cancelled":
                sellers = []  # a cancelled purchase supplies nothing
            worked = platforms or [ctx.at[t.i] for t in tok.subtree if t.i in ctx.at
                                   and ctx.label(ctx.at[t.i]) == "Platform"]
            if lemma in acquire and worked and all(_upgraded_goods(ctx, p, tok) for p in worked):
                sellers = []  # "signed a contract with X to upgrade its IAR 330s": work on its fleet, no sale
            # "to replace the 60 Mirages [the country bought]": the goods a relative clause describes
            replaced = [tok.head] if tok.dep_ in {"relcl", "acl"} and tok.head.dep_ == "dobj" else []
            if len(platforms) > 1:  # "takes the first Drishti-10, an Indian version of the Hermes 900": the version only
                platforms = [p for p in platforms if not _original(ctx, p)] or platforms
            # "signed a contract with Embraer for ten transports for the air force": a firm sells to the service
            served = _end_users(ctx, tok, tok) if lemma in acquire and tok.pos_ == "VERB" and sellers and all(
                ctx.label(m) == "Company" for m in sellers) else []
            for b in buyers:
                for p in platforms:
                    yield rel(ctx, b, "OPERATES", p, 0.75, "acquire", stage=in_use(stage, objs + replaced))
            for b in served or buyers:
                for s in sellers:  # no state supplies its own armed service
                    if s.entity not in {b.entity, ctx.entities[b.entity].country}:  # flown after it came: delivered
                        bought = ("acquire-origin" if s.entity in origin else "acquire") + (
                            BODY_RULE_SUFFIX if b.entity in own_buyers and not served and _named_seller(ctx, s) else "")
                        yield rel(ctx, s, "SUPPLIES", b, 0.75, bought,
                                  stage="delivered" if stage == "in_service" else transfer_step(ctx, tok, stage))


def _deals(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """A deal noun with its platforms and parties, whatever verb carries it: "put its name to a contract
    for 48 KAAN fighters", "sealed a contract for CAESAR howitzers", "a package covering Pinaka
    launchers", "India's largest defence agreement with France", "a letter of intent on Mistral missiles";
    and contracts awarded to a maker (``awards``)."""
    yield from awards(ctx, facts)
    lex = cues()
    deal_nouns = lex["acquire"]["deal_nouns"]
    letters = [(t, (t.lemma_.lower(), t.lower_)) for t in ctx.cued_tokens({"letter"}) if _sale_letter(t)]
    for tok, (lemma, low) in sorted(ctx.cued_forms(deal_nouns, "either") + letters, key=lambda x: x[0].i):
        letter = any(t is tok for t, _ in letters)
        if lemma not in deal_nouns and low not in deal_nouns and not letter:
            continue
        if tok.pos_ not in {"NOUN", "PROPN"} or tok.lemma_.lower() not in deal_nouns and tok.lower_ not in deal_nouns \
                and not letter:
            continue
        if tok.i in ctx.at or negated(ctx, tok):
            continue
        platforms: list[Mention] = []
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in {"for", "of", "covering", "on", "including"}:
                platforms += _platforms_of(ctx, child)
            if child.dep_ == "acl" and child.lower_ in {"covering", "including", "worth"}:
                platforms += [p for c in child.children if c.dep_ in {"dobj", "prep"} for p in _platforms_of(ctx, c)]
        sellers = ctx.prep_objects(tok, {"with", "from"}, SUPPLIERS)
        how = "deal"
        for p in platforms:
            for t in (ctx.head_token(p), _np_head(ctx.head_token(p))):  # "an order for 44 tanks with KNDS"
                sellers += [m for m in ctx.prep_objects(t, {"from", "with"}, SUPPLIERS) if m not in sellers]
        buyers = [ctx.at[c.i] for c in tok.children if c.dep_ == "poss" and c.i in ctx.at
                  and ctx.label(ctx.at[c.i]) in STATES]
        owned = bool(buyers)  # "India's largest defence agreement with France": the owner buys
        verb = tok if buyers else _signing_clause(tok, lex)  # "a contract the ministry signed with X"
        for _ in range(3 if verb is tok else 0):
            if verb.dep_ not in {"dobj", "pobj", "prep", "nsubjpass", "attr", "conj", "appos"} or verb.head == verb:
                break
            verb = verb.head
        if verb is not tok and negated(ctx, verb, itself=letter):
            continue  # "has not signed the letter of acceptance", "Poland did not sign the contract with X", "the
            # contract was not signed with X" (a deal "cancelled" stays: its stage is cancelled)
        if verb is not tok:
            for child in verb.children:  # "concluded a contract with X for 12 FA-50s"
                if child.dep_ == "prep" and child.lower_ in {"for", "covering"}:
                    platforms += [p for p in _platforms_of(ctx, child) if p not in platforms]
            sellers += [m for m in ctx.prep_objects(verb, {"with", "from"}, SUPPLIERS) if m not in sellers]
            if not platforms:  # "signed with BrahMos Aerospace, the joint venture, for BrahMos missiles"
                platforms = [p for s in sellers for t in ctx.head_token(s).subtree if t.dep_ == "prep"
                             and t.lower_ == "for" for p in _platforms_of(ctx, t)]
            if not buyers and verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() not in _REPORTING:
                passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
                actors = ctx.prep_objects(verb, {"by"}, STATES | {"Company"}) if passive else \
                    _not_people(ctx, _subjects(ctx, facts, verb, STATES | {"Company"}))  # not "her French counterpart"
                if passive and not actors:  # "The deal was signed with the ministry, Hanwha said": the party telling it
                    actors = _reporting_party(ctx, facts, verb, STATES | {"Company"})
                    if actors and not any(ctx.label(a) in STATES for a in actors):  # a firm tells it: it sells
                        sellers = actors + [m for m in sellers if ctx.label(m) == "Company" and m not in actors]
                        how = "deal-reported"
                        actors = actors + ctx.prep_objects(verb, {"with"}, STATES)
                buyers = [a for a in actors if ctx.label(a) in STATES]
                makers = [a for a in actors if ctx.label(a) == "Company"]
                if not actors and not passive:  # "Minister X signed a contract for ... with Y"
                    buyers = _officials_buying(ctx, facts, verb)
                if tok.lemma_.lower() in lex["supply"]["nouns"] and verb.lemma_.lower() in lex["supply"]["approve_verbs"]:
                    continue  # "X approved the sale of ...": the subject sells (``transfers`` reads it)
                if makers and not buyers:  # "KAI concluded a contract with the Philippines": the maker sells
                    buyers = [m for m in sellers if ctx.label(m) in STATES]
                    buyers += [m for t in (tok, verb) for m in ctx.prep_objects(t, {"with"}, {"GovernmentBody"})
                               if m not in buyers]  # "... with the Department of National Defense"
                    sellers = makers + [m for m in sellers if ctx.label(m) == "Company" and m not in makers]
        if not buyers and verb is not tok:  # "the contract ... was signed between the Ministry and Saab AB"
            inside = [ctx.at[t.i] for c in verb.children if c.dep_ in {"prep", "agent"} and c.lower_ == "between"
                      for t in c.subtree if t.i in ctx.at]
            makers = [m for m in inside if ctx.label(m) == "Company"]
            if makers:  # the parties named as heads are buyers ("the Swedish company": no buyer)
                buyers = [m for m in inside if ctx.label(m) in STATES and ctx.head_token(m).dep_ in {"pobj", "conj"}]
                sellers += [m for m in makers if m not in sellers]
        if not buyers:  # "its second contract": the owner of the deal, when no clause names the buyer
            buyers = [m for c in tok.children if c.dep_ == "poss" and c.tag_ == "PRP$"
                      for m in _antecedent(ctx, facts, c, STATES)]
        if not buyers and sellers and facts.focal and verb is not tok and tok.dep_ == "dobj" and any(
                c.dep_ == "nsubj" and c.i not in ctx.at and c.lemma_.lower() in lex["acquire"]["state_nouns"]
                and any(d.lower_ == "the" for d in c.children) for c in verb.children):
            # "The cabinet has approved the purchase of 24 F-35s from the United States": the article's state
            buyers = list(facts.focal_first)
        if not buyers and sellers and tok.dep_ == "nsubjpass" and facts.focal and \
                not ctx.prep_objects(verb, {"by"}, STATES | {"Company", "Organization", "Person"}):
            # "the largest contract was signed with BrahMos Aerospace for ...": the article's state buys
            buyers = list(facts.focal_first)
        work = lex["supply"]["work_qualifiers"]
        if any(c.dep_ in {"compound", "amod", "nmod"} and c.lemma_.lower() in work for c in tok.children) or \
                tok.i > ctx.sent.start and ctx.doc[tok.i - 1].lower_ in work:  # (the parser may read "offset" as a verb)
            continue  # "offset agreements with Boeing", "a maintenance contract": work on goods, no sale of them
        arms_deal = _arms(ctx, [tok]) or any(t.lower_ in lex["supply"]["deal_qualifiers"] for t in tok.subtree) or \
            _goods_just_named(ctx, facts, tok)
        if any(c.dep_ in {"compound", "amod", "nmod"} and c.lemma_.lower() in lex["supply"]["tie_qualifiers"]
               for c in tok.children):
            arms_deal = False  # "a defence cooperation deal with Australia" is a tie, not a sale
        if not platforms and not (sellers and arms_deal):
            continue  # "air services agreements with Tehran" is no arms deal
        worked = platforms or [ctx.at[t.i] for t in (verb if verb is not tok else tok).subtree if t.i in ctx.at
                               and ctx.label(ctx.at[t.i]) == "Platform"]
        if worked and all(_upgraded_goods(ctx, p, verb) for p in worked):
            continue  # "signed a contract with Elbit to upgrade its IAR 330s": work on its fleet, no sale
        ties = lex["ties"]
        if not owned and not letter and tok.lemma_.lower() in ties["agreement_nouns"] - ties["commercial_nouns"] - {"deal"} and \
                any(ctx.label(m) == "Country" for m in sellers) and any(ctx.label(b) == "Country" for b in buyers) \
                and not _for_goods(ctx, [tok]):
            continue  # "Belgium signed a security agreement with Ukraine that included F-16s": no direction
        end_users = _end_users(ctx, tok, verb) if buyers and all(ctx.label(b) != "Company" for b in buyers) else []
        buyers = end_users or [b for b in _with_country(ctx, buyers, STATES) if _user(ctx, b)]
        if not sellers and buyers:  # "approved the purchase of 32 Norwegian F-16s"
            sellers = _previous_owners(ctx, platforms, buyers)
        sellers = _seller_owners(ctx, sellers)
        words = {c.lower_ for c in tok.subtree} | {verb.lemma_.lower()}
        stage = clause_stage(ctx, verb if verb is not tok else None, "ordered", words)
        if stage == "ordered" and framework_only(ctx, tok) and not (
                tok.dep_ == "pobj" and tok.head.lower_ in cues()["stage"]["framework"]["placed_under"]):
            stage = "planned"  # "put its name to a framework agreement with X for 54 tanks": buys still to come
            # (not "the order was placed under a framework agreement": the order's own deal)
        if stage == "ordered" and verb is not tok and verb.pos_ in {"VERB", "AUX"} and put_ahead(verb) and \
                verb.lemma_.lower() in cues()["stage"]["deal_signing_verbs"]:
            stage = "planned"  # "the contract will be signed with X in May": a deal still to be made
        if stage == "ordered" and standing_purchases(tok, base_year(ctx)):
            stage = "in_service"  # "Tunisia's purchases of American equipment such as UH-60s": a trade that went on
        if not sellers and buyers and platforms and stage != "cancelled":
            # "Canada has finalised the purchase of 88 Lockheed Martin F-35As": the maker named with the goods
            # sells, else the catalogue's maker the story names elsewhere
            sellers = [m for m in _catalogue_sellers(ctx, platforms) if _home(ctx, m) not in {
                ctx.entities[b.entity].name for b in buyers}] or _foreign_makers(ctx, facts, platforms, buyers)
        for b in buyers:
            for p in platforms:
                yield rel(ctx, b, "OPERATES", p, 0.7, how, stage=stage)
            for s in sellers if stage != "cancelled" else []:
                if s.entity != b.entity:
                    yield rel(ctx, s, "SUPPLIES", b, 0.7, how, stage=stage)


def _reporting_party(ctx: SentenceContext, facts: DocFacts, verb: Token, labels: set[str]) -> list[Mention]:
    """The named subject of the verb of saying a passive deal clause is the report of, when it is a party the
    clause leaves unnamed ("The deal was signed with the ministry on Tuesday, Hanwha said": Hanwha signed it);
    a bare first word of a firm the article names stands for it ("Hanwha" for Hanwha Aerospace)."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_.lower() not in cues()["acquire"]["deal_reporting_verbs"]:
        return []
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    found = [m for c in subjects for m in ctx.group(c, labels) if not m.demonym]
    for c in subjects if not found else []:
        if c.pos_ != "PROPN" or c.i in ctx.at or any(d.dep_ == "compound" for d in c.children):
            continue
        firms = {e.id for e in ctx.entities.values() if e.label == "Company" and e.name.split()[0] == c.text}
        earlier = [m for m in facts.mentions if m.entity in firms and m.start < c.i]
        if len(firms) == 1 and earlier:
            found.append(dataclasses.replace(earlier[-1], start=c.i, end=c.i + 1))
    return found


def _sale_letter(tok: Token) -> bool:
    """Whether "letter" is a letter of offer and acceptance, the contract of a government-to-government sale
    ("signed a letter of offer and acceptance with the United States for 20 F-35s"; ``acquire.deal_letters``)."""
    kinds = cues()["acquire"]["deal_letters"]
    ofs = prep_objects(tok, "of")
    # the parser hangs a capitalised "Letter of Offer and Acceptance" on the letter: "Acceptance" its conjunct
    own = [c for c in tok.children if c.dep_ == "conj" and c.i > tok.i] if ofs else []
    return tok.pos_ in {"NOUN", "PROPN"} and (any(
        o.lemma_.lower() in kinds or o.lower_ in kinds for p in ofs for o in (p, *conjuncts(p))) or any(
        o.lower_ in kinds for o in own))


def _goods_just_named(ctx: SentenceContext, facts: DocFacts, tok: Token) -> bool:
    """Whether a deal noun with "the" and no goods of its own is the deal the sentence before told of, naming its
    platforms ("Saudi Arabia will buy ten batteries of the system. The contract was signed between X and the
    ministry"): an arms deal. Only a deal of sale (``ties.commercial_nouns``, "deal"), not a memorandum or an
    agreement, which may be a tie."""
    if tok.lemma_.lower() not in cues()["ties"]["commercial_nouns"] | {"deal"}:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or ctx.sent.start == 0:
        return False
    before = ctx.doc[ctx.sent.start - 1].sent
    return any(before.start <= m.start < before.end and ctx.entities[m.entity].label == "Platform"
               for m in facts.mentions if m.entity in ctx.entities)


def _signing_clause(tok: Token, lex: dict) -> Token:
    """The verb of a relative clause by which a deal noun's buyer strikes it ("a contract the Hungarian ministry
    signed with Rheinmetall", "an order for six Apaches that India signed with the US government"): a signing
    verb (``acquire.deal_clause_verbs``) describing the deal or the goods it is "for", with a subject of its own
    and no object but its relative pronoun; else ``tok`` itself."""
    heads = [tok] + [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children
                     if o.dep_ == "pobj"]
    for h in heads:
        for v in h.children:
            if v.dep_ == "relcl" and v.pos_ == "VERB" and v.lemma_.lower() in lex["acquire"]["deal_clause_verbs"] \
                    and any(c.dep_ == "nsubj" for c in v.children) \
                    and all(c.tag_ in {"WDT", "WP"} for c in v.children if c.dep_ == "dobj"):
                return v
    return tok


def _end_users(ctx: SentenceContext, tok: Token, verb: Token) -> list[Mention]:
    """ "The council approved the purchase of 26 jets from X for the Navy": the armed service a purchase is
    "for" takes the goods (not the body approving it, nor its state); also one the goods of the deal are "for"
    ("signed a contract with X for 40 jets for the air force")."""
    holders = [tok] if verb is tok else [tok, verb]
    return list({m.entity: m for h in holders for t in h.subtree if t.dep_ == "prep" and t.lower_ == "for"
                 and (t.head.i == tok.i or t.head.i == verb.i or t.head.i in ctx.at or _goods_for(t.head, tok, verb))
                 for o in t.children if o.dep_ == "pobj" for m in ctx.group(o, {"GovernmentBody"})
                 if armed_service(ctx, m) or _fleet_holder(ctx, m, o)}.values())


def _fleet_holder(ctx: SentenceContext, m: Mention, noun: Token) -> bool:
    """Whether a body is the possessor of the fleet or goods a deal is "for" and can use arms ("a framework
    agreement with X for the Bundeswehr's own tank fleet"): not an office or a legislature ("for the
    ministry's programme")."""
    head = ctx.head_token(m)
    if head.dep_ != "poss" or head.head.i != noun.i:
        return False
    lex = cues()["operate"]
    words = set(ctx.entities[m.entity].name.lower().split())
    return not words & (set(lex["office_words"]) | set(lex["non_users"]))


def _goods_for(noun: Token, tok: Token, verb: Token) -> bool:
    """Whether ``noun`` is the object of a "for" of the deal noun or its verb, or of their object or party: the
    goods bought ("a contract with X for 40 light combat aircraft"), no verb of another clause between."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return False
    for a in list(noun.head.ancestors)[:4]:
        if a.i in {tok.i, verb.i}:
            return True
        if a.pos_ in {"VERB", "AUX"}:
            return False
    return False


def _maker_ids(platform: Entity) -> set[str]:
    """The reference ids of the companies the catalogue names as a platform's makers."""
    from ...reference import load_reference

    ref = load_reference()
    entry = ref.get(platform.ref_id)
    return {m.id for name in (entry.makers if entry is not None else []) if (m := ref.find("Company", name))}


def _catalogue_sellers(ctx: SentenceContext, platforms: list[Mention]) -> list[Mention]:
    """The firms of the sentence that the catalogue lists as makers of the platforms bought: with no seller
    named, the maker named beside the goods sells them ("Israel Aerospace Industries displays the Arrow 3
    interceptor that Germany has bought")."""
    makers = {i for p in platforms for i in _maker_ids(ctx.entities[p.entity])}
    out: list[Mention] = []
    for m in ctx.of({"Company"}):
        if ctx.entities[m.entity].ref_id in makers and all(o.entity != m.entity for o in out) and not _name_prefix(ctx, m):
            out.append(m)
    return out


def _name_prefix(ctx: SentenceContext, m: Mention) -> bool:
    """Whether a firm is named only as the maker's prefix of a platform's name or of a noun of goods ("bought
    Lockheed Martin C-130J aircraft", "52 of the Lockheed Martin stealth fighters"), here and everywhere else
    in the article: no party to the sale."""
    def prefix(x) -> bool:
        head = ctx.doc[x.start:x.end].root
        return head.dep_ in {"compound", "nmod"} and head.head.i >= x.end and head.head.pos_ in {"NOUN", "PROPN"}

    # a firm the article names on its own too ("Boeing confirmed that Ottawa had signed ...") is an actor of it
    return prefix(m) and all(prefix(x) for x in ctx.doc._.mentions if x.entity == m.entity)


def _foreign_makers(ctx: SentenceContext, facts: DocFacts, platforms: list[Mention],
                    buyers: list[Mention]) -> list[Mention]:
    """The catalogue's maker of the platforms bought, named with the same platforms in the sentence before
    or after ("Baykar builds the TB2. Qatar agreed to buy TB2s."), and no firm of a buyer's own state (a state buying its
    own firm's goods is no transfer); a maker named only further off is history, not the seller."""
    doc = ctx.doc
    lo = doc[ctx.sent.start - 1].sent.start if ctx.sent.start > 0 else ctx.sent.start
    hi = doc[ctx.sent.end].sent.end if ctx.sent.end < len(doc) else ctx.sent.end
    makers = {i for p in platforms for i in _maker_ids(ctx.entities[p.entity])}
    own = {b.entity for b in buyers} | {ctx.entities[b.entity].country for b in buyers}
    out: list[Mention] = []
    for m in facts.mentions:
        e = ctx.entities.get(m.entity)
        if e is None or e.ref_id not in makers or not lo <= m.start < hi or any(o.entity == m.entity for o in out):
            continue
        if _name_prefix(ctx, m):
            continue  # "bought Lockheed Martin C-130J aircraft": the maker's name is part of the goods'
        sent = doc[m.start].sent  # the text ties the maker to the goods: it names them together
        if not any(p.entity == q.entity for p in platforms for q in facts.mentions if sent.start <= q.start < sent.end):
            continue
        if (h := _home(ctx, m)) and make_id("Country", h) not in own:
            out.append(m)
    return out


_NAMED_MAKER_REACH = 4  # parse-tree steps between a firm and a platform it is catalogued as making
# steps allowed when the platform is the nearest of the firm's catalogued goods in the sentence (or listed with
# it): "40 of which are on order from Sikorsky", "the Aravis ... from Nexter" (dev halves, session 39)
_NEAREST_MAKER_REACH = 7


def _tree_distance(a: Token, b: Token) -> int:
    """Steps from ``a`` to ``b`` in the parse tree (through their lowest common head)."""
    up = {}
    t, n = a, 0
    while True:
        up[t.i] = n
        if t.head == t:
            break
        t, n = t.head, n + 1
    t, n = b, 0
    while t.i not in up:
        if t.head == t:
            return 99
        t, n = t.head, n + 1
    return n + up[t.i]


def _other_verb_between(a: Token, b: Token) -> bool:
    """Whether the parse path from ``a`` to ``b`` passes through a verb by which one platform fires, carries or
    gives way to another (``manufacture.acting_verbs``: "the HIMARS, built by X, fires the ATACMS", "the X weapon
    that is replacing the ATACMS"): that tells nothing of the other platform's maker."""
    acting = set(cues()["manufacture"]["acting_verbs"])
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    common = next((t for t in up_a if t in up_b), None)
    if common is None:
        return True
    path = up_a[1:up_a.index(common) + 1] + up_b[1:up_b.index(common)]
    return any(t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in acting for t in path)


def named_makers(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Baykar's chief said the company's TB2 ...", "the KT-1 trainers the company has sold": a firm named in a
    sentence with a platform that the reference catalogue (platforms.csv, ``makers``) lists it as making makes
    it: the text names the two together, the catalogue says how they are tied."""
    firms = [m for m in ctx.of({"Company"}) if not m.demonym and ctx.entities[m.entity].ref_id]
    if not firms or ctx.lemmas & set(cues()["manufacture"]["branch_nouns"]):
        return  # "its U.S. subsidiary builds the M2": the branch, a firm of its own, makes it
    named = [(p, ctx.head_token(p)) for p in ctx.of({"Platform"})]
    # "The tanks come from Hyundai Rotem": a noun standing for the platform just named (its category, "the")
    named += [(p, t) for t in ctx.sent if t.pos_ == "NOUN" and t.i not in ctx.at for p in _recent_platform(ctx, facts, t)]
    for m in firms:
        firm, own = ctx.head_token(m), ctx.entities[m.entity].ref_id
        goods = [(p, at, _tree_distance(firm, at)) for p, at in named if own in _maker_ids(ctx.entities[p.entity])]
        if not goods or _passed_over(ctx, m):
            continue
        nearest = min(d for _, _, d in goods)
        near = [at for _, at, d in goods if d == nearest]
        for p, at, d in goods:
            if d > _NEAREST_MAKER_REACH or _other_verb_between(firm, at) or _named_for_other(firm, at):
                continue
            if d <= _NAMED_MAKER_REACH or any(_conjoined(at, n) for n in near):
                yield rel(ctx, m, "MANUFACTURES", p, 0.5, "catalogue-maker", role="producer")


def _passed_over(ctx: SentenceContext, m: Mention) -> bool:
    """Whether the firm is named as the alternative passed over ("with help from Rheinmetall rather than KNDS
    Deutschland", ``manufacture.passed_over``)."""
    before = " ".join(t.lower_ for t in ctx.doc[max(ctx.sent.start, m.start - 3):m.start] if t.pos_ != "DET")
    return any(before.endswith(cue) for cue in cues()["manufacture"]["passed_over"])


def _named_for_other(firm: Token, at: Token) -> bool:
    """Whether the firm's own clause names another platform among its verb's arguments and not these goods ("the
    MiG-21 jets will be retired, while Hindustan Aeronautics focuses on the Tejas"): the firm is named for that one."""
    clause = next((t for t in firm.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    noun = at
    while noun.dep_ in {"compound", "amod", "nmod", "nummod"} and noun.head.i > noun.i:
        noun = noun.head  # "Ground Master 200 radars made by Thales": the noun the platform names
    if clause is None or at in clause.subtree or clause in noun.subtree:
        return False  # the clause holds the goods or describes them ("the MiG-27, designed by Mikoyan as ...")
    def argument(t: Token) -> bool:  # of the clause's own verb, no verb of a clause inside it between
        while t.head != t and t.head != clause:
            t = t.head
            if t.pos_ in {"VERB", "AUX"}:
                return False
        return t.head == clause
    return any(t.ent_type_ == "Platform" and t.i != at.i and argument(t) for t in clause.subtree)


def _conjoined(a: Token, b: Token) -> bool:
    """Whether two tokens are one token or conjuncts of one coordination ("from Nexter, the Leclerc tank, the VBCI
    and the Aravis"): a firm's nearest goods and those listed with them are what it is named for; goods of it
    further off in another phrase ("ordered F-35s from Lockheed Martin to succeed its older F-16s") are not."""
    def top(t: Token) -> Token:
        while t.dep_ in {"compound", "amod", "nmod"} and t.head.i > t.i:  # "the Leclerc tank": the noun it names
            t = t.head
        return list_head(t)
    return top(a) == top(b)


def _catalogue_makers(ctx: SentenceContext, found: list[Relation]) -> Iterator[Relation]:
    """ "Hungary would buy four more Gripens from Saab": a company that supplies a platform in the
    sentence and is the catalogue's maker of it makes it (the text ties the two, the catalogue says how)."""
    sellers = {r.source for r in found if r.type == "SUPPLIES" and ctx.entities[r.source].label == "Company"}
    platforms = {r.target for r in found if r.type == "OPERATES"}
    for company in sellers:
        made = ctx.entities[company].ref_id
        for p in platforms:
            if made and made in _maker_ids(ctx.entities[p]):
                yield rel(ctx, company, "MANUFACTURES", p, 0.6, "supplying-maker", role="producer")


def _supplier_of(ctx: SentenceContext, facts: DocFacts, tok: Token) -> list[Mention]:
    """Who a supplier noun describes: the subject of a copula it is the attribute of ("X is (one of) the
    main suppliers", "X is among the suppliers"; a subject that names none, what it stands for: "the group
    has become one of Kyiv's key suppliers"), or the name it stands in apposition to ("X, a supplier")."""
    copulas = cues()["supply"]["copulas"]
    cur = tok
    for _ in range(3):  # up through "one of", "among"
        if cur.dep_ == "appos" and cur.head.i in ctx.at:
            return ctx.group(cur.head, SUPPLIERS)
        if cur.dep_ in {"attr", "acomp"} or cur.dep_ == "prep" and cur.head.lemma_.lower() in copulas:
            verb = cur.head
            if verb.lemma_.lower() not in copulas or negated(ctx, verb):  # "X is not a supplier of ..."
                return []
            named = [m for c in verb.children if c.dep_ == "nsubj" for m in ctx.group(c, SUPPLIERS)]
            # "The group has become one of Kyiv's key suppliers": the company or state the subject stands for
            return named or [m for c in verb.children if c.dep_ == "nsubj" for m in _antecedent(ctx, facts, c, SUPPLIERS)]
        if cur.dep_ not in {"pobj", "prep"} or cur.head == cur:
            return []
        cur = cur.head
    return []


def suppliers_named(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Hanwha is one of the main suppliers of artillery to Poland", "Israel, Azerbaijan's largest arms
    supplier": a supplier noun of arms (or of an armed service: "one of the navy's main suppliers"), its
    subject or apposition the supplier, its "to" object (also under its "of" object) or a supplier's
    possessor the recipient ("Turkey's largest exporter" is Turkey's own); the recipient operates the
    platforms a participle of delivering on it names ("..., delivering Marder vehicles")."""
    nouns, possessed = cues()["supply"]["supplier_nouns"], cues()["supply"]["customer_possessed"]
    for tok, (_, low) in ctx.cued_forms(nouns, "lower"):
        if low not in nouns or tok.i in ctx.at or tok.pos_ != "NOUN" or negated(ctx, tok):
            continue
        recipients = [m for t in tok.subtree if t.dep_ == "prep" and t.lower_ == "to"
                      for x in t.children if x.dep_ == "pobj" for m in ctx.group(x, STATES)]
        recipients += [ctx.at[c.i] for c in tok.children if c.dep_ == "poss" and low in possessed and c.i in ctx.at
                       and ctx.label(ctx.at[c.i]) in STATES]
        if not _arms(ctx, [tok]) and not any(armed_service(ctx, r) for r in recipients):
            continue  # "one of the navy's main suppliers" is of arms; "a supplier of oil to X" is not
        recipients = _with_country(ctx, recipients, STATES)
        suppliers = _seller_owners(ctx, _supplier_of(ctx, facts, tok)) if recipients else []
        stage = clause_stage(ctx, tok, "delivered")
        copula = _copula_of(tok)
        if stage == "delivered" and copula is not None and still_shipping(copula, tok):
            stage = "delivering"  # "X is one of the main suppliers to Y, shipping rounds for ..."
        # "X has become one of Kyiv's key suppliers, delivering ammunition and Marder vehicles": what it sends
        sending = [c for t in ([copula] if copula is not None else []) + [tok] for c in t.children
                   if c.dep_ in {"advcl", "acl"} and c.tag_ == "VBG" and c.lemma_.lower() in cues()["stage"]["delivered"]]
        goods = [p for c in sending for o in c.children if o.dep_ == "dobj" for p in _platforms_of(ctx, o)]
        for s in suppliers:
            for r in recipients:
                if s.entity != r.entity and _home(ctx, s) != ctx.entities[r.entity].name:
                    yield rel(ctx, s, "SUPPLIES", r, 0.65, "supplier-noun", stage=stage)
                    for p in goods:  # what has come of a supply still going on is in use
                        yield rel(ctx, r, "OPERATES", p, 0.6, "supplier-noun",
                                  stage="in_service" if stage == "delivering" else stage)


def _service_states(ctx: SentenceContext, toks: list[Token]) -> list[Mention]:
    """The states of the armed services a purchase is "from" ("bought used F-16s from the Royal Netherlands Air
    Force"): a state's forces sell only as the state."""
    out: list[Mention] = []
    for t in toks:
        for m in ctx.prep_objects(t, {"from"}, {"GovernmentBody"}):
            state = ctx.entities[m.entity].country
            if armed_service(ctx, m) and state in ctx.entities and all(o.entity != state for o in out):
                out.append(dataclasses.replace(m, entity=state))
    return out


def _copula_of(tok: Token) -> Token | None:
    """The verb a supplier noun is the attribute of, through "one of", "among" ("X is one of the suppliers")."""
    cur = tok
    for _ in range(3):
        if cur.dep_ in {"attr", "acomp"}:
            return cur.head
        if cur.dep_ not in {"pobj", "prep"} or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def transfers(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    yield from suppliers_named(ctx, facts)
    found = list(_transfers(ctx, facts))
    yield from found
    yield from _catalogue_makers(ctx, found)



def _for_goods(ctx: SentenceContext, nouns: list) -> bool:
    """Whether an agreement noun says what it is for ("a letter of intent with France for Rafale jets",
    "for 32 more" of the type just named): then the signer is the buyer; "a security agreement with
    Ukraine that included F-16s" says not."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and (
        any(t.i in ctx.at and ctx.label(ctx.at[t.i]) == "Platform" for t in c.subtree) or _arms(ctx, list(c.children))
        or more_of_them(n)) for n in nouns for c in n.children)


def _handed_over(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """Goods a handover noun tells of (``handed_over``): the recipient operates them and the supplier named
    in the sentence, else the catalogue's maker named with them, supplies it."""
    for h in handovers(ctx):
        recipients = [r for r in h.recipients if _user(ctx, r)]
        suppliers = list(h.suppliers) or [m for m in _origin_demonyms(ctx, [h.noun])
                                          if m.entity not in {r.entity for r in recipients}]  # "of Korean K9s to X"
        if not suppliers:
            suppliers = [m for m in _catalogue_sellers(ctx, list(h.platforms)) if _home(ctx, m) not in {
                ctx.entities[r.entity].name for r in recipients}] or \
                _foreign_makers(ctx, facts, list(h.platforms), recipients)
        for r in recipients:
            for p in h.platforms:
                yield rel(ctx, r, "OPERATES", p, 0.7, "handed_over", stage=h.stage)
            for s in _seller_owners(ctx, suppliers):
                if s.entity != r.entity:
                    yield rel(ctx, s, "SUPPLIES", r, 0.7, "handed_over", stage=h.stage)


def deals(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """A deal noun with its platforms and parties (``_deals``), and the catalogue makers among its sellers."""
    found = list(_deals(ctx, facts)) + list(sourced(ctx, facts)) + list(_handed_over(ctx, facts))
    yield from found
    yield from _catalogue_makers(ctx, found)


def held_with(ctx: SentenceContext, facts: DocFacts, noun: Token) -> list[Mention]:
    """The holder of an unowned holding noun ("a fleet", "an air force") by its place in the clause: the state or
    force a "with" phrase of it hangs on ("Nigeria, with a fleet of JF-17s, ..."), the subject of the verb that
    phrase hangs on ("patrols with a fleet of ..."), or the subject of a verb of holding it is the object of ("has
    an air force with JF-17s", "maintains a fleet of F-16s"; `operate.holding_verbs`)."""
    lex = cues()["operate"]
    if noun.dep_ == "pobj" and noun.head.lower_ == "with":
        anchor = noun.head.head
        if anchor.i in ctx.at:
            owner = ctx.fit(ctx.at[anchor.i], STATES)
            return [owner] if owner is not None else []
        if anchor.pos_ == "VERB" and not negated(ctx, anchor):
            return [m for m in _subjects(ctx, facts, anchor, STATES) if ctx.head_token(m).i < noun.i]
        return []
    verb = noun.head
    if noun.dep_ == "dobj" and verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in lex["holding_verbs"] \
            and not negated(ctx, verb) and not any(c.dep_ == "prt" for c in verb.children):
        return [m for m in _subjects(ctx, facts, verb, STATES) if ctx.head_token(m).i < noun.i]
    return []


@gated("unnamed_services")
def unnamed_services(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Nigeria has a small air force with a dozen JF-17 fighters", "Kenya, with a navy of three patrol boats":
    a state's armed service named by its kind alone (`operate.unnamed_services`, no name, no possessor) holds the
    platforms of its "with" or "of" phrase, or of the "with" phrase of the verb of holding it is the object of; the
    state (:func:`held_with`) operates them."""
    lex = cues()["operate"]
    for tok in ctx.sent:
        if tok.lemma_.lower() not in lex["unnamed_services"] or tok.i in ctx.at or tok.pos_ != "NOUN":
            continue
        if tok.lemma_.lower() == "force" and not any(c.dep_ in {"compound", "amod"} and c.lower_ in {"air", "naval"}
                                                     for c in tok.children):
            continue  # "an air force", "a naval force"; not "a force of 40 tanks"
        if any(c.dep_ in {"poss", "det"} and c.lower_ not in {"a", "an"} for c in tok.children):
            continue  # "its air force", "the navy": a service of its own, read by the rules of possession
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"with", "of"}]
        if tok.dep_ == "dobj":
            preps += [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > tok.i]
        platforms = [p for c in preps for p in _platforms_of(ctx, c)]
        if not platforms:
            continue
        owners = _with_country(ctx, held_with(ctx, facts, tok), STATES)
        stage = clause_stage(ctx, tok, "in_service")
        for o, p in entity_pairs(owners, platforms):
            yield rel(ctx, o, "OPERATES", p, 0.65, "unnamed-service", stage=stage)


def fleets(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "its fleet of Su-27s and MiG-29s", "the Kazakh transport fleet is built around Il-76s": the
    owner of a fleet or inventory operates what it holds; and (``inventory``) what a state retired,
    what "the operators" are said to fly, and a state subject's "its" platform."""
    yield from retirements(ctx, facts)
    yield from ended_service(ctx, facts)
    yield from operators(ctx, facts)
    yield from own_platforms(ctx, facts)
    yield from whose_platforms(ctx, facts)
    yield from gone_to(ctx, facts)
    yield from fired(ctx, facts)
    yield from described_owner(ctx, facts)
    yield from serves_with(ctx, facts)
    yield from in_national_service(ctx, facts)
    yield from demonym_users(ctx, facts)
    yield from successions(ctx, facts)
    yield from replacements(ctx, facts)
    yield from earlier_users(ctx, facts)
    yield from backbone(ctx, facts)
    yield from built_for(ctx, facts)
    yield from brought(ctx, facts)
    yield from shown_by_service(ctx, facts)
    yield from stationed_at(ctx, facts)
    yield from equipped_with(ctx, facts)
    yield from unit_at(ctx, facts)
    yield from meant_for(ctx, facts)
    yield from service_heading(ctx, facts)
    yield from shares(ctx, facts)
    yield from customers(ctx, facts)
    yield from on_order(ctx, facts)
    yield from entering(ctx, facts)
    yield from given_to(ctx, facts)
    yield from unnamed_services(ctx, facts)
    words = cues()["operate"]["fleet_nouns"] | cues()["operate"]["held_counts"]
    for tok, (_, low) in ctx.cued_forms(words, "lower"):
        if low not in words or tok.i in ctx.at or negated(ctx, tok):
            continue
        owners = [m for c in tok.children if c.dep_ in {"poss", "amod", "compound", "nmod"}
                  for m in ctx.group(c, STATES)]
        owners += [m for c in tok.children if c.dep_ == "poss" and c.tag_ == "PRP$"
                   for m in _antecedent(ctx, facts, c, STATES)]
        # "the air force's ageing fleet of Avro 748s": the service just named
        owners += [m for c in _possessors(tok) if c.tag_ != "PRP$" and c.i not in ctx.at
                   for m in _antecedent(ctx, facts, c, {"GovernmentBody"}) if m not in owners]
        owners += [m for m in ctx.prep_objects(tok, {"of"}, STATES) if m not in owners]
        if not owners and not any(c.dep_ in {"poss", "det"} and c.lower_ not in {"a", "an"} for c in tok.children):
            owners = held_with(ctx, facts, tok)  # "Nigeria, with a fleet of JF-17s", "has a fleet of ..."
        owners = _with_country(ctx, owners, STATES)
        platforms = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"of", "including"}
                     for p in _platforms_of(ctx, c)]
        if tok.dep_ in {"nsubj", "nsubjpass"}:  # "the fleet is built around / consists of / includes ..."
            verb = tok.head
            platforms += [p for c in verb.children if c.dep_ in {"prep", "dobj", "attr"} and c.i > tok.i
                          for p in _platforms_of(ctx, c) if p not in platforms]
        stage = clause_stage(ctx, tok, "in_service")
        if not platforms and tok.dep_ == "pobj" and tok.head.lower_ == "from":
            # "14 Leopard 2A6 tanks from Bundeswehr stocks", "sent missiles from its own inventory": the stock's
            # owner holds the goods taken out of it (whatever becomes of them)
            goods = tok.head.head
            holders = [c for c in goods.children if c.dep_ == "dobj"] if goods.pos_ in {"VERB", "AUX"} else [goods]
            platforms = [p for h in holders for p in _platforms_of(ctx, h) if p.start < tok.head.i]
            stage = "in_service"
        for o in owners:
            for p in platforms:
                yield rel(ctx, o, "OPERATES", p, 0.65, "fleet", stage=stage)


def _sold_origin(ctx: SentenceContext, owner: Mention, p: Mention) -> bool:
    """Whether ``owner`` is the platform's country of origin and the platform is bought, sold, offered,
    flown or set against another by someone: "buying China's J-35", "the sale of America's F-35", "India flies
    Russia's Su-30MKI", "beat Turkey's T-155" (``manufacture.rival_words``)."""
    from ...reference import load_reference

    e = ctx.entities[p.entity]
    entry = load_reference().get(e.ref_id)
    if entry is None or ctx.entities[owner.entity].name not in entry.origin:
        return False
    lex = cues()
    words = lex["acquire"]["verbs"] | lex["supply"]["verbs"] | lex["acquire"]["deal_nouns"] | lex["supply"]["nouns"] | \
        lex["operate"]["verbs"] | lex["manufacture"]["rival_words"]
    upgrading = set(lex["stage"]["upgrading_verbs"])
    cur = _np_head(ctx.head_token(p))
    for _ in range(3):
        if cur.dep_ not in {"dobj", "pobj", "prep", "nsubjpass", "conj"} or cur.head == cur:
            break
        cur = cur.head
        if cur.lemma_.lower() in upgrading:
            return False  # "to modernise Pakistan's Agosta 90Bs": work on the holder's own fleet, not a sale
        if cur.lemma_.lower() in words:
            return True
    return False


def _national_product(ctx: SentenceContext, owner: Mention, p: Mention, poss: Token) -> bool:
    """Whether "<state>'s <maker> <type>" names a state's industry product, not its fleet: the state is the
    type's country of origin and the type's maker stands between them ("Russia's Sukhoi Su-57",
    "Japan's Kawasaki P-1")."""
    from ...reference import load_reference

    e = ctx.entities[p.entity]
    entry = load_reference().get(e.ref_id)
    if entry is None or ctx.entities[owner.entity].name not in entry.origin or not entry.makers:
        return False
    firsts = {mk.split()[0].lower() for mk in entry.makers}
    between = ctx.doc[poss.i + 1:p.end]
    return any(t.lower_ in firsts for t in between if t.i < p.end - 1 or len(between) == 1)


_OWN_DETERMINERS = frozenset({"the", "its", "their", "this", "that", "these", "those", "his", "her"})


def _shared_possession(ctx: SentenceContext, phrase: Token, p: Mention) -> list[Mention]:
    """The platforms of the phrases conjoined to a possessed one, which the possessive also governs:
    "the air force's E-3 aircraft, a KC-135 tanker and C-130 transports" (not a conjunct with its own
    owner, determiner or state: "Poland's K2 tanks and the American Abrams")."""
    out: list[Mention] = []
    for conj in conjuncts(phrase):
        if conj.i < phrase.i or conj.pos_ not in {"NOUN", "PROPN"}:
            continue
        own = [conj, *(c for c in conj.children if c.dep_ in {"compound", "nmod", "amod", "nummod", "det", "poss"})]
        if any(t.dep_ == "poss" or t.lower_ in _OWN_DETERMINERS for t in own[1:]):
            continue
        found = [ctx.at[t.i] for t in own if t.i in ctx.at]
        if any(ctx.label(m) in STATES for m in found):
            continue
        out += [m for m in found if ctx.label(m) == "Platform" and m.entity != p.entity
                and all(m.entity != o.entity for o in out)]
    return out


_MADE_WORDS = frozenset({"built", "made", "developed", "designed"})


def _foreign_made(ctx: SentenceContext, owner: Mention | None, made: Token) -> bool:
    """Whether a made word names another state as the maker ("the navy's British-built Sea Kings"), so the
    possessor is a user, not the maker ("India's licence-built BMP-2")."""
    i = made.i - 1 if made.i > 0 and ctx.doc[made.i - 1].text not in {"-", "\u2010"} else made.i - 2
    maker = ctx.at.get(i) if i >= ctx.sent.start else None
    if maker is None or ctx.label(maker) != "Country" or owner is None:
        return False
    home = ctx.entities[owner.entity].country if ctx.label(owner) == "GovernmentBody" else owner.entity
    return maker.entity != home


def _shared_holders(ctx: SentenceContext, noun: Token) -> tuple[Token, ...]:
    """The first conjunct of a bare later conjunct, whose possessive it shares: "the service's F/A-18D
    Hornets and Su-30MKM fighters" (not "Poland's K2 tanks and the Turkish Altay")."""
    if noun.dep_ != "conj" or noun.head.i > noun.i or noun.pos_ not in {"NOUN", "PROPN"}:
        return ()
    own = [c for c in noun.children if c.dep_ in {"compound", "nmod", "amod", "nummod", "det", "poss"}]
    if any(t.dep_ == "poss" or t.lower_ in _OWN_DETERMINERS or t.i in ctx.at and ctx.label(ctx.at[t.i]) in STATES
           for t in own):
        return ()
    return (noun.head,)


_VARIANT_NOUNS = frozenset({"version", "variant", "derivative", "development"})


def _variant_holders(noun: Token) -> tuple[Token, ...]:
    """The noun a "version of" phrase is set beside, whose possessive the platform takes: "the navy's new
    frigates, an upgraded version of the Mogami class" (an apposition, or a second object after a comma)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.lemma_.lower() not in _VARIANT_NOUNS:
        return ()
    v = noun.head.head
    if v.dep_ == "appos":
        return (v.head,)
    if v.i > 0 and v.doc[v.left_edge.i - 1].text == "," and v.dep_ in {"dobj", "attr", "pobj"}:
        before = [c for c in v.head.children if c.dep_ == v.dep_ and c.i < v.i]
        return (before[-1],) if before else ()
    return ()


def _possessors(tok: Token) -> list[Token]:
    """``tok``'s possessives, also one the parser hung on an adjective before it ("the navy's ageing,
    British-built Sea Kings": "navy's" on "ageing")."""
    return [c for c in tok.children if c.dep_ == "poss"] + \
        [c for a in tok.children if a.dep_ == "amod" and a.i < tok.i for c in a.children if c.dep_ == "poss"]


def _listed_in_apposition(ctx: SentenceContext, head: Token) -> tuple[Token, ...]:
    """The unnamed noun a list of names stands in apposition to, for a later item of the list: "its task
    force: the destroyer A, the frigate B and the supply ship C" gives "force" for B and C (the parser hangs
    only the first name on the noun, and the others on the first)."""
    items = [head, *conjuncts(head)]
    first = min(items, key=lambda t: t.i)
    noun = first.head
    if first.i == head.i or first.dep_ != "appos" or noun.i in ctx.at or noun.pos_ != "NOUN" or noun.i > first.i:
        return ()
    return (noun,)


def possessed(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "the UAE's 60 Mirage 2000-9 jets", "Israel's Iron Dome": a state's own platform, and the platforms
    conjoined to it under the same possessive (``_shared_possession``); not goods it only pledges."""
    for p in ctx.of({"Platform"}):
        if given_away(ctx, p) or only_design(ctx, p):
            continue  # "their F-16 pledges", "sold its Gowind corvettes design"
        head = ctx.head_token(p)
        # the platform's word and the noun it modifies ("Peru's Mirage 2000 fighters"), not across a conjunction
        # ("Poland's K2 tanks and the Turkish Altay": ``_shared_possession`` decides what a conjunct shares)
        holders = (head, head.head) if head.dep_ != "conj" else (head,)
        if (noun := shared_head(head)) is not None:
            holders += (noun,)  # "Russia's Tu-160 and Tu-95MS bombers": the possessive of the noun both modify
        holders += _listed_in_apposition(ctx, head)
        # "the Algerian Navy's training ship La Soummam": the kind noun the parser hung on the name as a compound
        holders += tuple(c for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < p.start
                         and c.i not in ctx.at)
        noun = head.head if head.dep_ in {"compound", "nmod", "amod", "nummod"} else head
        holders += _shared_holders(ctx, noun) + _variant_holders(noun)
        given = cues()["operate"]["given_nouns"]  # "their own F-16 pledges": goods they give away
        owners = [(c, t) for t in holders for c in _possessors(t)
                  if not (t.i not in ctx.at and t.lemma_.lower() in given) and not sent_away(ctx, t)]
        for c, phrase in owners:
            if c.i not in ctx.at:  # "the air force's ageing F-16s": the service just named
                found = _antecedent(ctx, facts, c, {"GovernmentBody"}) if c.lower_ not in {"its", "their"} else []
                if c.lower_ in {"its", "their"} and phrase.dep_ == "conj" and phrase.head.i in ctx.at:
                    found = [m for m in [ctx.fit(ctx.at[phrase.head.i], STATES)] if m is not None]  # "X and its F-16s"
                for o in _with_country(ctx, found, STATES) if c.i < p.start else []:
                    for x in [p, *_shared_possession(ctx, phrase, p)]:
                        yield rel(ctx, o, "OPERATES", x, 0.55, "possessive", stage="in_service")
                continue
            owner = ctx.fit(ctx.at[c.i], STATES)
            made = any(t.lower_.split("-")[-1] in _MADE_WORDS and not _foreign_made(ctx, owner, t)
                       for t in ctx.doc[c.i + 1:p.start])
            national = owner is not None and _national_product(ctx, owner, p, c)
            if owner is not None and (national or _sold_origin(ctx, owner, p)):
                # "Is Pakistan buying China's J-35?": the maker's country, not an operator; it makes the type (as "the
                # Chinese J-35") unless a firm named between makes it ("France's Dassault Rafale")
                firm_between = national or any(ctx.label(m) == "Company" for m in ctx.mentions if c.i < m.start < p.end)
                # a pronoun ("declined to export its MQ-9", "replace its Tornado fleet") or a fleet noun owns a fleet
                fleet = c.pos_ == "PRON" or phrase.lemma_.lower() in cues()["operate"]["fleet_nouns"]
                if c.i < p.start and not firm_between and not fleet and not in_headline(ctx.doc, ctx.sent.start_char):
                    yield rel(ctx, owner, "MANUFACTURES", p, 0.6, "origin-possessive", role="producer")
                continue
            if owner is not None and c.i < p.start and not made:  # "India's licence-built BMP-2" names a maker
                stage = clause_stage(ctx, head, "in_service")
                for x in [p, *(m for m in _shared_possession(ctx, phrase, p) if not _sold_origin(ctx, owner, m))]:
                    yield rel(ctx, owner, "OPERATES", x, 0.55, "possessive", stage=stage)


def _company_pronoun_owners(ctx: SentenceContext, p: Mention) -> list[Token]:
    """A resolved "its"/"their" owning the platform ("its KF51 Panther", "its PULS rocket launcher")."""
    head = ctx.head_token(p)
    holders = [head] + ([head.head] if head.dep_ in {"compound", "amod", "nmod"} and head.head.i not in ctx.at else [])
    return [c for t in holders for c in t.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}
            and c.i < p.start and c.i in ctx.at]


def _goods_object(ctx: SentenceContext, tok: Token) -> bool:
    """Whether ``tok``'s direct object is itself an arms noun ("building corvettes", "makes shells"), not a
    phrase that only holds one ("builds the factory for missiles")."""
    from ...mentions.lexicon import category_of

    goods = cues()["supply"]["goods"]
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and (c.lemma_.lower() in goods or category_of([c.lower_]) is not None)
               and naval_craft(ctx, c) for c in tok.children)


def _named_before(ctx: SentenceContext, facts: DocFacts, tok: Token) -> list[Mention]:
    """The platform a bare "the <category noun>" object of ``tok`` stands for: the latest one named before it
    (this sentence or the last ones) of that category ("where Leonardo assembles the aircraft")."""
    from ...mentions.lexicon import category_of

    for c in tok.children:
        if c.dep_ != "dobj" or c.i in ctx.at or not any(d.lower_ == "the" for d in c.children) or \
                any(d.dep_ in {"compound", "amod", "conj"} or d.dep_ == "prep" and d.lower_ == "of" for d in c.children):
            continue
        category = category_of([c.lower_])
        latest = _latest_platform(ctx, facts, tok.i) if category is not None else []
        return [m for m in latest if ctx.entities[m.entity].props.get("category") == category]
    return []


def _whose_owner(ctx: SentenceContext, p: Mention) -> Mention | None:
    """The name a relative "whose" before the platform stands for: "MBDA, whose Exocet family ..."."""
    head = ctx.head_token(p)
    holders = [head] + ([head.head] if head.dep_ in {"compound", "amod", "nmod"} else [])
    for t in holders:
        whose = next((c for c in t.children if c.dep_ == "poss" and c.lower_ == "whose" and c.i < p.start), None)
        if whose is None:
            continue
        if whose.i >= 2 and ctx.doc[whose.i - 1].text == ",":  # "Saab, whose ...", however the clause is parsed
            before = ctx.at.get(whose.i - 2)
            if before is not None and before.end == whose.i - 1:
                return before
        cur = t
        for _ in range(4):
            if cur.dep_ == "relcl":
                return ctx.at.get(cur.head.i)
            if cur.head == cur:
                break
            cur = cur.head
    return None


def _listed_owner(ctx: SentenceContext, p: Mention) -> Mention | None:
    """The company whose "'s" the first of a bare list of platforms carries ("Baykar's TB2 and Akinci"), not
    across a conjunct with its own determiner ("Leonardo's M-346 and the KF51 Panther")."""
    head = ctx.head_token(p)
    if head.dep_ != "conj" or any(c.dep_ in {"det", "poss"} for c in head.children):
        return None
    first = ctx.at.get(head.head.i)
    if first is None or ctx.label(first) != "Platform" or first.start <= ctx.sent.start + 1:
        return None
    mark = ctx.doc[first.start - 1]
    owner = ctx.at.get(first.start - 2) if mark.lower_ in {"'s", "\u2019s"} else None
    return owner if owner is not None and ctx.label(owner) == "Company" else None


def _made_phrase(ctx: SentenceContext, noun: Token) -> list[Mention]:
    """The platforms of the phrase a "-made"/"-built" word qualifies, not of the goods hung on it or set
    beside it with their own origin: "Turkish-made Cobra vehicles fitted with Belarusian missiles and
    Russian-built Osa systems" (the Cobra only)."""
    skip: set[int] = set()
    for c in noun.children:
        # a conjunct with its own origin or its own name is a phrase of its own ("Chinese-built Wing Loong
        # drones and MiG-29 fighters": the MiG is not Chinese-built)
        own_origin = c.dep_ == "conj" and any(ctx.at.get(x.i) is not None and ctx.label(ctx.at[x.i]) in {"Country", "Platform"}
                                              for x in c.subtree)
        if c.dep_ in {"prep", "acl", "relcl", "appos"} or own_origin:
            skip |= {x.i for x in c.subtree}
    return platforms_in(ctx, noun, skip)


def _set_beside(ctx: SentenceContext, noun: Token) -> list[Mention]:
    """The platform named right before the comma that opens ``noun``'s phrase: "the Tejas, the light combat
    aircraft ...", an apposition the parser hung elsewhere."""
    left = noun.left_edge.i
    if noun.i in ctx.at or left - 2 < ctx.sent.start or ctx.doc[left - 1].text != ",":
        return []
    m = ctx.at.get(left - 2)
    return [m] if m is not None and m.end == left - 1 and ctx.label(m) == "Platform" else []


def _built_for(ctx: SentenceContext, tok: Token) -> list[Mention]:
    """The states or services a making verb builds "for": "built (the type) for X", also after the last of
    its listed objects ("builds the M2 Bradley, the AMPV and the M109A7 for the U.S. Army")."""
    holders = [tok]
    for c in tok.children:
        if c.dep_ == "dobj":
            holders += [c, *conjuncts(c)]
    found: list[Mention] = []
    for h in holders:
        found += [m for m in ctx.prep_objects(h, {"for"}, STATES) if all(m.entity != f.entity for f in found)]
    return found


def _built_for_users(ctx: SentenceContext, tok: Token) -> list[Mention]:
    """Whom a making verb builds "for", as users: a ministry also stands for its state ("for Turkey's Defence
    Ministry"), an armed service named as the customer only for itself ("builds howitzers for the Australian
    Army": the army takes and fields them, its state is not said to)."""
    found = _built_for(ctx, tok)
    services = [m for m in found if armed_service(ctx, m)]
    return services + [m for m in _with_country(ctx, [m for m in found if m not in services], STATES)
                       if all(m.entity != s.entity for s in services)]


def _branch_subject(ctx: SentenceContext, verb: Token) -> bool:
    """Whether the verb's subject is an unnamed part of a firm ("its U.S. subsidiary", "the group's unit"), not
    one its own phrase names ("whose Sikorsky division designed the Black Hawk")."""
    branch = cues()["manufacture"]["branch_nouns"]
    return any(c.dep_ == "nsubj" and c.i not in ctx.at and c.lower_ in branch
               and not any(d.dep_ != "poss" and d.i in ctx.at and ctx.label(ctx.at[d.i]) == "Company"
                           for d in c.children)
               for c in verb.children)


def _works_subject(ctx: SentenceContext, verb: Token) -> bool:
    """Whether the verb's subject is an unnamed place of making ("the plant builds ...", "the line, which also
    builds ..."): no maker is named, but whom it builds for still gets the goods."""
    works = cues()["manufacture"]["works_nouns"]
    for c in verb.children:
        if c.dep_ != "nsubj" or c.i in ctx.at:
            continue
        noun = verb.head if c.tag_ == "WDT" and verb.dep_ == "relcl" else c
        if noun.i not in ctx.at and noun.lemma_.lower() in works:
            return True
    return False


def _deal_object(ctx: SentenceContext, verb: Token) -> bool:
    """Whether a making verb's object is a deal or a promise a platform only qualifies ("made their own
    F-16 pledges", however the parser splits the phrase), not goods."""
    deals = cues()["manufacture"]["deal_nouns"]
    return any(c.dep_ == "dobj" and c.i not in ctx.at and c.lemma_.lower() in deals for c in verb.children)


def _upgraded_goods(ctx: SentenceContext, p: Mention, verb: Token) -> bool:
    """Whether the platform is reached from ``verb`` only through a word of work on goods already built
    (``stage.upgrading_verbs``, ``stage.upgrading_nouns``): "signed a contract with X to upgrade its IAR 330s",
    "for the modernisation of its F-16s"; not goods sold for the work ("79 kits to modernise its F-16s":
    ``stage.upgrading_goods``, ``supply.goods``) nor "40 new F-16s and kits to modernise 79 more"."""
    lex = cues()
    work = set(lex["stage"]["upgrading_verbs"])
    goods = set(lex["stage"]["upgrading_goods"]) | set(lex["supply"]["goods"])
    worked = False
    cur = _np_head(ctx.head_token(p))
    for _ in range(10):
        if cur.head == cur:
            return False
        cur = cur.head
        if cur.i == verb.i:
            return worked
        if cur.pos_ == "VERB" and cur.lemma_.lower() in work or cur.pos_ == "NOUN" and \
                cur.lower_ in lex["stage"]["upgrading_nouns"]:
            worked = True
        elif worked and cur.pos_ == "NOUN" and cur.lower_ in goods:
            return False  # the goods of the work are sold
    return False


def upgraded_for(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "the F-5s that Embraer upgraded for the air force", "modernises the tanks for the army": whom work on
    goods already built (``stage.upgrading_verbs``) is done "for" holds them; the worker neither makes nor
    supplies them (ANNOTATION.md: upgrades and repair are not SUPPLIES)."""
    for tok, _ in ctx.cued_forms(cues()["stage"]["upgrading_verbs"]):
        if tok.pos_ != "VERB" or negated(ctx, tok):
            continue
        platforms = [p for c in tok.children if c.dep_ == "dobj" for p in _platforms_of(ctx, c)]
        if not platforms and tok.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in {"which", "that"}
                                                         for c in tok.children):
            platforms = [p for p in _platforms_of(ctx, tok.head) if p.start < tok.i]  # "the F-5 that X upgraded"
        for b in _built_for_users(ctx, tok) if platforms else []:
            for p in platforms:
                yield rel(ctx, b, "OPERATES", p, 0.65, "upgraded-for", stage=clause_stage(ctx, tok, "in_service"))


_QUANTIFIERS = frozenset({"both", "all", "each"})  # "X and Y, both built by Z"
_FIRM_PARTNERS = frozenset({"Company"})  # "developed with Lockheed Martin"
_STATE_PARTNERS = frozenset({"Company", "Country"})  # "which Pakistan produces jointly with China"


def manufacture(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    yield from participial_makers(ctx, facts)
    yield from native_makers(ctx, facts)
    yield from design_of(ctx, facts)
    yield from from_maker(ctx, facts)
    yield from named_makers(ctx, facts)
    yield from compound_makers(ctx, facts)
    yield from possessive_makers(ctx, facts)
    yield from fused_makers(ctx, facts)
    yield from prefixed_makers(ctx, facts)
    yield from maker_of(ctx, facts)
    yield from licensed(ctx, facts)
    yield from neighbour_makers(ctx, facts)
    yield from upgraded_for(ctx, facts)
    lex = cues()["manufacture"]
    makers_ok = MAKERS | {"GovernmentBody"}
    for tok, (lemma, _) in ctx.cued_forms(lex["verbs"]):
        if lemma not in lex["verbs"] or tok.i in ctx.at or negated(ctx, tok):
            continue
        if any(c.dep_ == "prt" and c.lower_ in lex["not_making_particles"] for c in tok.children):
            continue  # "is building up its fleet": growing a fleet, not making it
        role = lex["roles"].get(lemma, "producer")
        how = "manufacture"
        grouped: list[Mention] = []  # members of a consortium make the goods; the consortium delivers them
        shared = tok.dep_ == "conj" and tok.tag_ == "VBN" and tok.head.dep_ in {"acl", "amod"}
        own: list[Mention] = []
        made = tok  # the making word itself, whose "in" names where the goods are made
        if shared:  # "the Rooivalk, designed and built by Denel": the second participle is the first's kin;
            own = ctx.prep_objects(tok, {"by"}, makers_ok)  # "designed by X and built by Y": Y built it
            tok = tok.head
        by_agent = tok.dep_ in {"acl", "amod"} or any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children)
        if by_agent:
            grouped = [] if own else consortium_members(ctx, tok, makers_ok)
            makers = own or grouped or ctx.prep_objects(tok, {"by"}, makers_ok)
            if not makers:  # "designed and built in South Africa by Denel": the agent of a conjoined participle
                makers = [m for c in tok.children if c.dep_ == "conj" and c.tag_ == "VBN"
                          for m in ctx.prep_objects(c, {"by"}, makers_ok)]
            if makers:  # "developed by PAC, at Kamra, and China's Chengdu Aircraft Corporation": a stray conjunct
                makers += [ctx.at[c.i] for c in tok.children if c.dep_ == "conj" and c.pos_ in {"PROPN", "NOUN"}
                           and c.i in ctx.at and ctx.label(ctx.at[c.i]) in makers_ok and ctx.at[c.i] not in makers]
                # "built by Kongsberg together with the American firm Raytheon": the partner makes it too
                makers += [m for m in _partners(ctx, tok) if m not in makers]
            elif tok.tag_ == "VBN":  # "submarines built with France's Naval Group": the firm it is built with
                makers = _partners(ctx, tok)
            platforms = [ctx.at[tok.head.i]] if tok.head.i in ctx.at else []
            if tok.dep_ == "acl" and not platforms and tok.head.dep_ == "appos" and tok.head.head.i in ctx.at:
                platforms = [ctx.at[tok.head.head.i]]  # "the C-390, a jet transport designed by Embraer"
            if tok.dep_ == "acl" and not platforms and tok.head.dep_ == "appos" and tok.head.head.i not in ctx.at \
                    and tok.head.lemma_.lower() in DESIGN_NOUNS:
                # "their T-50B jets, a type built by KAI": the platform the noun beside the description names
                platforms = [p for p in _platforms_of(ctx, tok.head.head) if p.start < tok.head.i]
            if tok.dep_ == "acl" and not platforms and tok.head.dep_ == "attr" and tok.head.head.lemma_ == "be":
                # "the H-6 is a derivative of the Tu-16, produced by XAC": the copula's subject was produced
                platforms = [p for c in tok.head.head.children if c.dep_ == "nsubj" for p in _platforms_of(ctx, c)]
            elif tok.dep_ in {"acl", "amod"} and not platforms:  # "the CAESAR howitzers, produced by KNDS"
                platforms = [p for p in _platforms_of(ctx, tok.head) if p.start < tok.i]
            if tok.dep_ == "acl" and not platforms and tok.head.lower_ in _QUANTIFIERS and tok.head.dep_ == "appos":
                # "Meteor and SCALP missiles, both made by MBDA": the conjoined goods the quantifier stands beside
                platforms = [p for p in _platforms_of(ctx, tok.head.head) if p.start < tok.head.i]
            if tok.dep_ == "acl" and not platforms:
                platforms = _set_beside(ctx, tok.head)  # "the Tejas, the light fighter built by HAL" (misparsed)
            if tok.dep_ == "acl" and not platforms and tok.head.i not in ctx.at and \
                    any(c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in tok.head.children):
                platforms = _recent_platform(ctx, facts, tok.head)  # "The jet, developed by Sukhoi, ...": the one just named
            subjects = [p for c in tok.children if c.dep_ == "nsubjpass" for p in _platforms_of(ctx, c)]
            # a participle with a passive subject of its own is a clause the parser hung on the noun before ("four
            # submarines built with X, and four frigates being built by Y"): its subject is what it makes
            platforms = subjects if subjects and tok.dep_ == "acl" else platforms + subjects
            if not platforms and tok.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.tag_ == "WDT" for c in tok.children):
                # "the missile, which is built by BrahMos Aerospace": what the relative pronoun stands for
                platforms = [p for p in _platforms_of(ctx, tok.head) if p.start < tok.i] or \
                    _recent_platform(ctx, facts, tok.head)
            if not platforms:  # "the Nigerian aircraft were assembled by X": the platform just named
                platforms = next((f for c in tok.children if c.dep_ == "nsubjpass"
                                  if (f := _recent_platform(ctx, facts, c))), [])
            # "the first carrier designed and built in India", "Patriot interceptors made in Japan under licence": the
            # state the goods are made in makes them (a city or a works names no maker here); where a firm is named as
            # the maker ("CV90s built by BAE Systems Hagglunds in Sweden") the state is only where its works are
            if not any(ctx.label(m) == "Company" for m in makers) and lemma not in lex["upkeep"]:  # not "upgraded in X"
                makers += [m for t in {made, tok} for m in ctx.prep_objects(t, {"in"}, {"Country"})
                           if not m.demonym and m not in makers]
        else:
            # a state body subject stands for its state ("the PAF co-produces the JF-17"); one that upgrades
            # or modernises its own platform does not make it
            makers = _subjects(ctx, facts, tok, MAKERS if role == "producer" and lemma in lex["upkeep"] else makers_ok)
            if tok.dep_ in {"xcomp", "advcl"} and (chosen := _chosen(ctx, tok, cues())):
                makers = chosen  # "Norway has chosen BAE Systems to build its frigates": the firm chosen builds them
                how = "chosen-maker"
            if _branch_subject(ctx, tok):
                makers = []  # "its U.S. subsidiary builds ...": a firm of its own, not its parent or country
            platforms = [] if _deal_object(ctx, tok) else \
                [p for c in tok.children if c.dep_ == "dobj"
                 for p in _platforms_of(ctx, c) if _np_head(ctx.head_token(p)).lower_ not in _PARTS]
            if not platforms and any(c.dep_ == "dobj" and c.lemma_.lower() in _TYPE_NOUNS
                                     and any(d.lower_ == "the" for d in c.children)
                                     and not any(d.dep_ in {"compound", "amod", "conj"} for d in c.children)
                                     for c in tok.children):
                # "TUSAS has built the type for ...", not "will produce the mission systems, electronics and ..."
                platforms = _latest_platform(ctx, facts, tok.i)
            if not platforms:  # "the airfield where Leonardo assembles the aircraft": the one just named
                platforms = _named_before(ctx, facts, tok)
            if tok.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in {"which", "that"} for c in tok.children):
                # "the T-50 trainer, which KAI developed with Lockheed Martin"
                platforms = [p for p in _platforms_of(ctx, tok.head) if p.start < tok.i]
            if makers:  # "which KAI developed with the American firm Lockheed Martin": a partner makes it too;
                # a state's partner state too ("which Pakistan produces jointly with China")
                states = any(ctx.label(m) == "Country" for m in makers)
                makers += [m for m in _partners(ctx, tok, _STATE_PARTNERS if states else _FIRM_PARTNERS)
                           if m not in makers]
            elif _branch_subject(ctx, tok) or _works_subject(ctx, tok):  # its buyer still holds what it builds for it
                for b in _built_for_users(ctx, tok):
                    for p in platforms:
                        yield rel(ctx, b, "OPERATES", p, 0.6, "built-for", stage=clause_stage(ctx, tok, "delivered"))
        if platforms and (makers or tok.dep_ in {"acl", "relcl"} or
                          any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children)):
            # "produced at the Pakistan Aeronautical Complex", "being built at Mazagon Dock": the works makes it
            makers += [m for m in ctx.prep_objects(tok, {"at"}, {"Company"}) if m not in makers]
        for named in makers:
            mk = _maker(ctx, named)
            for p in platforms:
                if mk is not None and ctx.label(p) == "Platform" and \
                        not (by_agent and described(ctx, p) and ctx.label(named) == "Country"):
                    # "the jets will be built and owned by the republic": a description's maker by "by" is a firm or
                    # a state body ("developed by South Korea's Agency for Defense Development"), not a state
                    yield rel(ctx, mk, "MANUFACTURES", p, 0.75, how, role=role)
            # "TUSAS has built the type for Turkey's Defence Ministry": the maker supplies that state
            # "is building corvettes for the navy": no named type
            buyers = _built_for_users(ctx, tok) if platforms or _goods_object(ctx, tok) else []
            since = any(c.dep_ == "prep" and c.lower_ == "since" for c in tok.children)  # "has built ... since 2013"
            for b in buyers if mk is not None and ctx.label(mk) == "Company" else []:
                if ctx.entities[b.entity].name != _home(ctx, mk) and not grouped and lemma not in lex["upkeep"]:
                    # (not its own state's ministry; "X upgraded for the air force" moves no goods)
                    yield rel(ctx, mk, "SUPPLIES", b, 0.65, "built-for", stage=clause_stage(ctx, tok, "delivered"))
                for p in platforms:
                    yield rel(ctx, b, "OPERATES", p, 0.65, "built-for",
                              stage=clause_stage(ctx, tok, "in_service" if since else "delivered"))
    # "Baykar, the Turkish firm behind the Bayraktar TB2", "TAI, the state-owned developer of the aircraft"
    roles = {"developer": "developer", "designer": "developer", "maker": "producer", "manufacturer": "producer",
             "producer": "producer", "builder": "producer", "firm": "developer", "company": "developer"}
    for mk in ctx.of({"Company"}):
        for ap in ctx.head_token(mk).children:
            if ap.dep_ != "appos" or ap.i in ctx.at or ap.lemma_.lower() not in roles:
                continue
            for prep in ap.children:
                if prep.dep_ == "prep" and prep.lower_ in ({"of", "behind"} if ap.lemma_.lower() not in {"firm", "company"} else {"behind"}):
                    objs = [o for o in prep.children if o.dep_ == "pobj"]
                    found = [p for o in objs for p in _platforms_of(ctx, o)]
                    if not found:
                        found = next((f for o in objs if (f := _recent_platform(ctx, facts, o))), [])
                    for p in found:
                        yield rel(ctx, mk, "MANUFACTURES", p, 0.7, "maker-appositive", role=roles[ap.lemma_.lower()])
    # "Turkish-made drones", "Baykar's TB2", "Elbit planned to show its PULS launcher"
    for p in ctx.of({"Platform"}):
        prev = ctx.doc[p.start - 1] if p.start > ctx.sent.start else None
        # "Baykar's TB2", "Mitsubishi Heavy Industries' Type 12" (a bare apostrophe after a plural name)
        owner = ctx.at.get(prev.i - 1) if prev is not None and (prev.lower_ in {"'s", "\u2019s"} or prev.tag_ == "POS") else None
        if owner is None:
            owner = next((ctx.at[c.i] for c in _company_pronoun_owners(ctx, p)), None)
        if owner is None:  # "MBDA, whose Exocet family ...", "Sweden's Saab, whose JAS 39 Gripen is ..."
            owner = _whose_owner(ctx, p)
        if owner is None:  # "Baykar's Bayraktar TB2 and Bayraktar Akinci drones": one possessive for both
            owner = _listed_owner(ctx, p)
        if owner is not None and ctx.label(owner) == "Company":
            yield rel(ctx, owner, "MANUFACTURES", p, 0.6, "maker-possessive", role="developer")
    for t, (_, low) in zip(ctx.tokens, ctx.forms, strict=True):
        if low in {"made", "built", "developed", "designed", "produced", "manufactured"} and t.i > 0 \
                and ctx.doc[t.i - 1].text == "-" and t.i - 2 in ctx.at:
            maker = _maker(ctx, ctx.at[t.i - 2])
            if maker is not None:
                # "the American-built fighters": the fighters just named when the phrase names none; "the
                # Neptune is a Ukrainian-made missile", "the Neptune, a Ukrainian-made missile": the one it describes
                for p in _made_phrase(ctx, t.head) or _recent_platform(ctx, facts, t.head) or \
                        described_platforms(ctx, t.head):
                    yield rel(ctx, maker, "MANUFACTURES", p, 0.65, "made-in", role="producer")
