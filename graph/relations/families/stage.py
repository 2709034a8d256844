"""The stage of a supply or an operation (ONTOLOGY.md, Time) that a cue token states, from the verbs
governing it, the cue itself and its tense and aspect."""
from __future__ import annotations

import re
from functools import wraps

from spacy.tokens import Token

from ...text.numbers import CARDINALS
from ..context import SentenceContext
from ..lexicon import cues
from ..passes.deal_stage import clause_long_ago, long_ago, talks_under_way
from ..prepositions import prep_objects
from ..tense import being_done, future_or_modal, past_done, present_simple, put_ahead, years_in
from ..time import published_of
from .deal_steps import furthest_step, name_stem, same_goods
from .making_stage import in_the_making
from .standing_trade import standing_trade


def on_order(tok: Token) -> bool:
    """Whether a verb or noun has its goods "on order" ("the F-35s it has on order", "jets on order")."""
    lex = cues()["stage"]
    return any(o.lemma_.lower() in lex["on_order"] for o in prep_objects(tok, "on"))


def on_order_clause(tok: Token) -> bool:
    """Whether the noun phrase of a platform name says in a relative clause of its own that its goods are on
    order ("the navy's City-class frigates, eight of which are on order")."""
    cur = tok
    for _ in range(3):
        if cur.dep_ not in {"compound", "nmod", "amod"} or cur.head.i == cur.i:
            break
        cur = cur.head
    return any(c.dep_ == "relcl" and c.lemma_ == "be" and on_order(c) for c in cur.children)


def _governors(tok: Token) -> list[Token]:
    """The verbs and nouns ``tok`` hangs under: "plans to buy", "a contract to supply", "talks on buying"
    (not across a semicolon)."""
    out = []
    cur = tok
    if cur.dep_ == "conj" and cur.tag_ == "VB" and cur.head.tag_ == "VB" and cur.head.dep_ in {"xcomp", "acl", "advcl"} \
            and not any(c.dep_ in {"nsubj", "nsubjpass", "aux"} and c.lower_ != "to" for c in cur.children):
        cur = cur.head  # "decided to retire its F-5s and replace them": the infinitives share what governs the first
    for _ in range(3):
        if cur.dep_ not in {"xcomp", "acl", "relcl", "advcl", "pcomp", "pobj", "prep", "ccomp", "dobj"} or cur.head == cur:
            break
        lo, hi = sorted((cur.i, cur.head.i))
        if any(t.text == ";" for t in cur.doc[lo:hi]):
            break  # a semicolon joins independent clauses, whatever the parser made of them
        child, cur = cur, cur.head
        if child.dep_ == "xcomp":  # "announced plans late last year to buy": the plan noun the parser passed over
            out.extend(c for c in cur.children if c.dep_ == "dobj" and c.i < child.i and c.pos_ == "NOUN")
        if cur.pos_ in {"VERB", "NOUN", "AUX", "ADJ"}:
            out.append(cur)
    return out


def _talks_going_on(ctx: SentenceContext) -> bool:
    """Whether the sentence says talks are going on ("and negotiations are under way", "talks
    continue"; not negated, not put ahead: :func:`graph.relations.passes.deal_stage.talks_under_way`)."""
    return talks_under_way(ctx.sent)


def _called_off(ctx: SentenceContext, after: int) -> bool:
    """Whether the sentence says, after token ``after``, that a deal was called off ("..., but the
    order was dropped", "the contract was later cancelled"): a deal noun as the subject of a
    cancelling verb that is neither negated nor still to come."""
    lex = cues()["stage"]
    for t, (_, low) in zip(ctx.tokens, ctx.forms, strict=True):
        if t.i > after and low in lex["deal_nouns"] and t.dep_ == "appos" and any(
                c.dep_ == "relcl" and c.lemma_.lower() in lex["called_off"] and not negative(c)
                and not any(a.dep_ == "aux" for a in c.children) for c in t.children):
            return True  # "..., a purchase the ministry shelved in January"
        if t.i <= after or low not in lex["deal_nouns"] or t.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        verb = t.head
        if verb.lemma_.lower() in lex["called_off"] and verb.i > after \
                and not any(c.dep_ == "neg" or c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ in {"will", "shall"})
                            for c in verb.children) \
                and not any(g.lemma_.lower() in lex["planned"] | lex["negotiating"] for g in _governors(verb)):
            return True
    return False


def _in_talks(fn):
    """A stage rule whose ``planned`` becomes ``negotiating`` where the sentence says talks are on,
    and whose deal (planned, negotiated or ordered) becomes ``cancelled`` where the sentence goes on
    to say the deal was called off."""
    @wraps(fn)
    def rule(ctx: SentenceContext, tok: Token | None, *args, **kwargs):
        stage = fn(ctx, tok, *args, **kwargs)
        if stage in {"planned", "negotiating", "ordered"} and tok is not None and _called_off(ctx, tok.i):
            return "cancelled"
        return "negotiating" if stage == "planned" and _talks_going_on(ctx) else stage
    return rule


def _later_steps(fn):
    """A stage rule whose deal still to come (planned, negotiating, ordered) moves on to the furthest later step of
    the same deal on the same goods its sentence states as done ("bought 12 jets and received them", "ordered
    Rafales and flies them": :func:`graph.relations.families.deal_steps.furthest_step`)."""
    @wraps(fn)
    def rule(ctx: SentenceContext, tok: Token | None, *args, **kwargs):
        stage = fn(ctx, tok, *args, **kwargs)
        if tok is None or stage not in {"planned", "negotiating", "ordered"}:
            return stage
        return furthest_step(tok, stage, base_year(ctx))
    return rule


def transfer_step(ctx: SentenceContext, tok: Token, stage: str | None) -> str | None:
    """The stage of a SUPPLIES a buyer's deal verb gives, once a receipt of any arms of the deal joined to it is
    counted ("Romania buys F-16s at reduced prices and receives AMRAAM missiles": delivered;
    :func:`graph.relations.families.deal_steps.furthest_step` with ``transfer``)."""
    if stage not in {"planned", "negotiating", "ordered"}:
        return stage
    return furthest_step(tok, stage, base_year(ctx), transfer=True)


def base_year(ctx: SentenceContext) -> int | None:
    """The year of the article's publication, the anchor of "next year" and of years told ahead (None: undated)."""
    base = published_of(ctx.doc)
    return base.year if base is not None else None


def _number(tok: Token) -> float | None:
    word = tok.lower_.replace(",", "")
    return float(word) if word.replace(".", "", 1).isdigit() else CARDINALS.get(word)


def _part_of_whole(obj: Token) -> bool:
    """Whether an object counts part of a whole ("10 of the 24 tanks", "six of its 12 jets"): the
    goods are still coming."""
    shares = cues()["stage"]["partial_shares"]
    for t in obj.subtree:
        if t.lower_ != "of" or t.i == 0:
            continue
        before = obj.doc[t.i - 1]
        part = 0.0 if before.lower_ in shares else _number(before)  # "most of the 53": fewer than the whole
        whole = next((_number(x) for x in obj.doc[t.i + 1:min(t.i + 4, obj.sent.end)] if _number(x) is not None), None)
        if part is not None and whole is not None and part < whole:
            return True
    return False


def arrived(verb: Token) -> bool:
    """ "landed at the air base", "touched down in Kano" (not "touched on", not negated)."""
    lemma = verb.lemma_.lower()
    return lemma in cues()["stage"]["arrived"] and not any(c.dep_ == "neg" for c in verb.children) \
        and (lemma != "touch" or any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children))


def first_of(noun: Token) -> bool:
    """Whether a noun phrase counts the first of a batch ("the first two of 14 jets", "its first F-16s")."""
    lex = cues()["stage"]
    return _part_of_whole(noun) or any(t.lower_ in lex["batch_first_words"] and t.dep_ in {"amod", "advmod"}
                                       for t in noun.subtree) or any(t.lower_ in lex["delivering"] and t.dep_ == "amod"
                                                                     for t in noun.children)


def _counted(noun: Token) -> list[Token]:
    """The words of a noun phrase that count its goods ("the first two", "initial batch of 12 jets"),
    without the phrases that describe them ("radars built by X, the first export of a Japanese
    system": no part of a batch)."""
    out, todo = [], [noun]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ not in {"appos", "relcl", "acl", "advcl", "ccomp", "conj"})
    return out


def _main_of_participle(tok: Token) -> tuple[Token, Token] | None:
    """(verb, subject) of the clause whose subject a participle of acquiring describes, when that
    verb says the goods arrived, serve or were retired ("the jets [ordered by X] arrived", "the
    Mirages [bought from France] were retired"), else None."""
    lex = cues()["stage"]
    if tok.lemma_.lower() not in lex["ordered"] | lex["bought"] or not (
            tok.dep_ == "acl" and tok.tag_ == "VBN" or tok.dep_ == "relcl" and tok.tag_ in {"VBD", "VBN"}
            and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children) and _goods_clause(tok)):
        return None  # "the jets ordered by X", "the jets (that) X ordered in 2022"
    cur = tok.head
    for _ in range(3):
        if cur.dep_ in {"nsubj", "nsubjpass"}:
            main = cur.head
            if main.pos_ in {"VERB", "AUX"} and (main.lemma_.lower() in lex["delivered"] | lex["retired"]
                                                 or arrived(main)) \
                    and not any(c.dep_ == "neg" for c in main.children) \
                    and not any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in main.children):
                return main, cur  # (not "will replace the F-5s": what replaces is not yet in service)
            return None
        if cur.dep_ not in {"pobj", "prep", "compound", "appos"} or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _in_deal_phrase(verb: Token) -> set[int]:
    """The token indices of the sentence inside a deal noun's phrase under ``verb`` ("under a 2019 contract", "a deal
    signed in 2018") or inside a clause of ordering or buying on its goods ("the first of 16 jets the kingdom ordered
    in 2018"): a year there dates the deal, not the handover the verb tells of ("handed over the first jets in May
    under a 2019 contract" began now)."""
    lex = cues()["stage"]
    deals, ordering = lex["deal_nouns"], set(lex["ordered"]) | set(lex["bought"])
    out: set[int] = set()
    for t in verb.sent:
        cur = t
        for _ in range(6):
            if cur.i == verb.i or cur.head.i == cur.i:
                break
            if cur.i != t.i and cur.pos_ == "NOUN" and cur.lemma_.lower() in deals:
                out.add(t.i)
                break
            if cur.i != t.i and cur.dep_ in {"acl", "relcl"} and cur.lemma_.lower() in ordering:
                out.add(t.i)  # "the first of 16 [the kingdom ordered in 2018]": the year of the order's own clause
                break
            cur = cur.head
    return out


def _goods_clause(relcl: Token) -> bool:
    """Whether a relative clause of buying describes the goods ("the jets [that X ordered]"), not the buyer
    ("X, [which ordered ten jets],"): its subject is no relative pronoun and it has no object of its own."""
    rel = {"which", "that", "who", "whom"}
    return not any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in rel for c in relcl.children) \
        and not any(c.dep_ == "dobj" and c.lower_ not in rel for c in relcl.children)


def _receiver_of_ordered(tok: Token) -> tuple[Token, Token] | None:
    """(verb, goods) where a relative clause of ordering or buying describes goods a verb of receiving
    takes ("began receiving the 36 Rafales it ordered from France", "received the jets it bought"): the
    goods' stage is that verb's, not the order's."""
    lex = cues()["stage"]
    if tok.dep_ not in {"relcl", "acl"} or tok.lemma_.lower() not in lex["ordered"] | lex["bought"] \
            or tok.tag_ not in {"VBD", "VBN"} or tok.dep_ == "acl" and tok.tag_ != "VBN":
        return None  # "the 36 Rafales it ordered", "the jets ordered by X"
    goods = top = tok.head
    for _ in range(2):  # "took delivery of (most of) the 53 it ordered": the share received, through "of" only
        if top.dep_ != "pobj" or top.head.lower_ != "of" or top.head.head.dep_ not in {"pobj", "dobj"}:
            break
        top = top.head.head
        if top.dep_ == "pobj" or top.lemma_.lower() not in lex["taken"]:
            goods = top  # "most" of "most of the 53"; not "delivery"
    verb = top.head
    if top.dep_ != "dobj" or verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in lex["delivered"] \
            or verb.lemma_.lower() in lex["pledged"] | {"supply", "provide", "export", "sell", "send", "ship"} \
            or negative(verb):
        return None
    return verb, goods


def _into_service(verb: Token) -> bool:
    """ "was inducted into service", "taken into the air force's service": goods that came and serve."""
    return any(o.lemma_.lower() == "service" for o in prep_objects(verb, "into"))


def out_of_service(verb: Token) -> bool:
    """ "took the Mirage 2000C out of active service", "pulled its frigates out of service": goods a holder retires
    (a verb's "out of" phrase whose object is a noun of service, `operate.service_nouns`)."""
    nouns = cues()["operate"]["service_nouns"]
    return any(x.lemma_.lower() in nouns for c in verb.children if c.dep_ == "prep" and c.lower_ == "out"
               for x in prep_objects(c, "of"))


def _be_to(verb: Token) -> bool:
    """ "is to receive", "are to supply": an infinitive on a bare "be" (not "is due to", "is set to")."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_ == "be" and head.i < verb.i \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and not any(c.dep_ in {"acomp", "attr"} for c in head.children)


def _maybe(verb: Token) -> bool:
    """A verb under a modal of possibility ("could send", "may buy", "might supply")."""
    return any(c.dep_ == "aux" and c.lower_ in cues()["stage"]["possible"] for c in verb.children)


def _bare_participle(tok: Token) -> bool:
    """A present participle opening a clause of its own, with no auxiliary (", shipping rounds for ...")."""
    return tok.tag_ == "VBG" and tok.dep_ in {"advcl", "acl"} and not any(c.dep_ in {"aux", "auxpass"}
                                                                         for c in tok.children)


def _past_participle_clause(tok: Token) -> bool:
    """A bare present participle whose clause hangs on a verb of the past or the present perfect ("has in
    the past turned to China for drones, buying ...", "it turned to X, buying ..."): it shares that tense."""
    if not _bare_participle(tok):
        return False
    head = tok.head
    aux = [c for c in head.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.tag_ == "MD" for c in aux):
        return False
    return head.tag_ == "VBD" or head.tag_ == "VBN" and any(c.lemma_ == "have" for c in aux)


def _shipping(tok: Token) -> bool:
    """A bare present participle under a verb of the present: "..., shipping rounds for the Marder" (not
    "was shipping", not under "said" of the past)."""
    return _bare_participle(tok) and tok.head.tag_ in {"VBZ", "VBP"}


def still_shipping(verb: Token, noun: Token) -> bool:
    """Whether a verb of the present, or the supplier noun it is said of, carries a participle of sending
    goods ("X is one of the main suppliers of ammunition to Ukraine, shipping rounds for ..."): the supply
    goes on."""
    lex = cues()["stage"]
    if verb.tag_ not in {"VBZ", "VBP"}:
        return False
    return any(_bare_participle(c) and c.lemma_.lower() in lex["delivered"] for c in (*verb.children, *noun.children))


def _running_total(verb: Token) -> bool:
    """A verb of the present perfect that counts what has come so far ("has so far accepted 88 of the
    tankers", "have delivered 40 to date"; ``running_totals`` of ``stage``): the handovers go on."""
    if not any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in {"VBZ", "VBP"} for c in verb.children):
        return False
    lex = cues()["stage"]["running_totals"]
    for c in verb.children:
        words = lex["adverbs"].get(c.lower_) if c.dep_ == "advmod" else lex["phrases"].get(c.lower_) if c.dep_ == "prep" else None
        if words and any(d.lower_ in words for d in c.children):
            return True
    return False


def _perfect_deal(verb: Token) -> bool:
    """A buyer's verb in the present perfect, its goods not counted in part ("the Arrow 3 that Germany has
    bought", "Peru has purchased four radars"; ``perfect_deals`` of ``stage``): the deal is made, the goods not
    said to have come. Not a record of deals over a span ("has bought from Russia since the early 2000s",
    ``record_spans``), not a list of buyers, nor a verb under a modal or negated."""
    lex = cues()["stage"]
    if verb.lemma_.lower() not in lex["perfect_deals"] or negative(verb) or _running_total(verb):
        return False
    if any(c.dep_ == "prep" and (c.lower_ in lex["record_spans"] or any(
            o.dep_ == "pobj" and o.tag_ == "NNS" and o.lemma_.lower() in lex["record_nouns"] for o in c.children))
           for c in verb.children):
        return False  # "India has bought from Russia since the early 2000s", "in recent years has bought": a record
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.tag_ == "MD" for c in aux) or not any(c.lemma_ == "have" and c.tag_ in {"VBZ", "VBP"} for c in aux):
        return False
    if any(_shown_in_use(o) for o in verb.children if o.dep_ in {"dobj", "nsubjpass"}):
        return False  # "has bought C-130Js that it operates with France": they came and serve
    buyers = [o for c in verb.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to" for o in c.children
              if o.dep_ == "pobj"]
    return not any(c.dep_ == "conj" for b in buyers for c in b.children)


def _shown_in_use(goods: Token) -> bool:
    """Whether a relative clause on goods shows them in use, not under a modal ("C-130Js that it operates with
    France"; :func:`in_use` and :func:`_perfect_deal` read it)."""
    lex = cues()["stage"]
    return any(t.dep_ in {"relcl", "acl"} and t.lemma_.lower() in lex["in_service"] | {"fire", "launch"}
               and t.lemma_.lower() not in {"have", "replace", "upgrade", "modernize", "modernise"}
               and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in t.children) for t in goods.subtree)


def _part_arrived(verb: Token) -> bool:
    """Whether a clause of its own joined to a deal's verb says a share of the goods came ("ordered 56 in 2021,
    sixteen of them flown in from Spain", "signed for 48 and 20 of them have arrived"; ``part_arrivals`` of
    ``stage``), neither negated nor under a modal: the deliveries are under way. (A relative clause, "52, 40 of
    which have been delivered", is left to the article's course: the dev gold reads a fleet mostly come as in use.)"""
    lex = cues()["stage"]
    for c in verb.subtree:
        if c.dep_ not in {"advcl", "conj"} or c.lemma_.lower() not in lex["part_arrivals"] \
                or c.tag_ not in {"VBN", "VBD"} or negative(c) or any(a.tag_ == "MD" for a in c.children):
            continue
        for s in c.children:
            if s.dep_ not in {"nsubj", "nsubjpass"} or _number(s) is None and s.lower_ not in lex["partial_shares"]:
                continue
            if any(p.lower_ == "of" and any(o.lower_ in {"them", "which", "these", "those"} for o in p.children)
                   for p in s.children if p.dep_ == "prep"):
                return True
    return False


def _habitual(verb: Token, objects: list[Token]) -> bool:
    """A buying verb of the present with no auxiliary that says a standing trade: its object a share of
    the buyer's arms ("buys most of its arms from X") or an adverb of habit on it ("mostly buys from X")."""
    lex = cues()["stage"]
    if verb.tag_ not in {"VBZ", "VBP"} or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    return any(o.lower_ in lex["habitual_shares"] for o in objects) or \
        any(c.dep_ == "advmod" and c.lower_ in lex["habitual_adverbs"] for c in verb.children)


def _to_be_replaced(tok: Token) -> bool:
    """Whether goods are the object of a verb of replacing that is not in the past ("are meant to replace the
    60 Mirages the country bought in 1998", "will replace the jets it received from Y"): they serve until then."""
    if tok.dep_ != "dobj":
        return False
    verb = tok.head
    return verb.lemma_.lower() == "replace" and verb.tag_ not in {"VBD", "VBN"}


def to_become(verb: Token) -> bool:
    """Whether a verb of holding is what a buyer "will become the third country to fly" or "would be the
    first navy to operate": an infinitive on a copula (or the noun it defines) that a modal puts ahead."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    cur = verb.head
    if verb.dep_ in {"relcl", "acl"} and cur.dep_ in {"attr", "dobj"}:
        cur = cur.head  # "the first navy [to operate]" -> be
    elif verb.dep_ != "xcomp":
        return False
    return cur.lemma_.lower() in {"be", "become"} and any(c.dep_ == "aux" and c.tag_ == "MD" and
                                                        c.lower_ not in {"may", "might", "could", "can"}
                                                        for c in cur.children)


def use_ahead(verb: Token) -> bool:
    """Whether a verb of use is put ahead of the goods' arrival: "the jets will serve with No. 17 Squadron",
    "are meant to fly from the carriers", "expects to have eight by March" (``use_ahead`` of ``stage``); not
    the use of a fleet that goes on ("will keep flying", "will fly its F-16s until 2030", "will still fly")."""
    lex = cues()["stage"]
    if verb.lemma_.lower() not in lex["use_ahead"]["verbs"] or negative(verb):
        return False
    if any(c.lower_ in lex["use_ahead"]["going_on"] for c in verb.children if c.dep_ in {"advmod", "prep"}):
        return False
    if any(c.dep_ == "aux" and c.lower_ in lex["use_ahead"]["modals"] for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in lex["use_ahead"]["governors"] \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def talks_ended(verb: Token) -> bool:
    """Whether talks told in the past perfect ran "until" a time (``ended_talks`` of ``stage``): "until June, the
    group had been negotiating with X", "had held talks until the spring": they are over, the deal off."""
    lex = cues()["stage"]
    if verb.lemma_.lower() not in lex["negotiating"] or negative(verb):
        return False
    if not any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in verb.children):
        return False
    return any(c.dep_ in {"prep", "mark"} and c.lower_ in lex["ended_talks"] for c in verb.children)


def _still_to_come(tok: Token) -> bool:
    """Whether a cue hangs under "has yet to" or "is yet to" ("has yet to close the deal", "is yet to
    receive the jets"): the act it names has not happened."""
    lex = cues()["stage"]
    return any(g.lemma_.lower() in {"have", "be"} and any(c.dep_ == "advmod" and c.lower_ in lex["pending_adverbs"]
                                                         for c in g.children) for g in _governors(tok))


def _before(words: set[str]) -> str | None:
    """The stage before a cue's own, for a cue still to come: a contract not yet signed is planned,
    goods not yet handed over are ordered."""
    lex = cues()["stage"]
    if words & lex["delivered"] or words & lex["arrived"]:
        return "ordered"
    if words & (lex["ordered"] | lex["bought"]):
        return "planned"
    return None


def _buyer_bid(noun: Token, tok: Token) -> bool:
    """Whether a noun of bidding takes an infinitive of buying ("its bid to buy", "a bid to acquire"): the
    buyer's attempt, an intention (``buyer_bids`` of ``stage``); not a seller's "bid to supply", a tender's offer."""
    lex = cues()["stage"]
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in lex["buyer_bids"] and tok.head.i == noun.i \
        and tok.dep_ in {"acl", "relcl"} and tok.lemma_.lower() in lex["bought"] | lex["ordered"] \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _announced_aid(tok: Token) -> bool:
    """Whether a sending verb under "will"/"would" is what an announcement tells ("announced that it would
    send tanks", "vowed it will supply"): aid announced, not yet under contract (``announcing_verbs`` and
    ``sending_verbs`` of ``stage``); not a contractor's schedule ("Lockheed will deliver the first jets")."""
    lex = cues()["stage"]
    if tok.lemma_.lower() not in lex["sending_verbs"] or tok.dep_ not in {"ccomp", "xcomp"}:
        return False
    return tok.head.lemma_.lower() in lex["announcing_verbs"] and tok.head.pos_ in {"VERB", "AUX"}


def taking_over(verb: Token) -> bool:
    """ "take over", "took over from": a verb of succession (``operate.succession_phrasal``), not of receipt."""
    phrasal = cues()["operate"]["succession_phrasal"]
    particle = phrasal.get(verb.lemma_.lower())
    return particle is not None and any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)


def framework_only(ctx: SentenceContext, tok: Token, objects: list[Token] = ()) -> bool:
    """Whether a cue is the making of a framework agreement ("signed a framework agreement with X for 40
    launchers", "the framework contract covers up to 12 jets") and its sentence states no firm order under it ("and
    placed a first call-off", "and ordered the first 60"): the terms of buys to come (``planned``).
    An order placed "under" or "through" a framework is the order's own cue, not this one."""
    lex = cues()["stage"]["framework"]
    deals = [tok] if tok.pos_ == "NOUN" else \
        [*objects, *(c for c in tok.children if c.dep_ in {"dobj", "nsubjpass", "nsubj"})]
    deals = [d for d in deals if d.lemma_.lower() in lex["nouns"]]
    if not any(c.lower_ in lex["marks"] for d in deals for c in d.children if c.dep_ in {"compound", "amod", "nmod"}):
        return False
    return not _firm_order(ctx, tok, deals)


def _firm_order(ctx: SentenceContext, cue: Token, deals: list[Token]) -> bool:
    """Whether a framework's sentence states a firm order: one of the ``firm_phrases`` as words ("a first
    call-off", "two executive orders"), or a verb of ordering (``ordered`` of ``stage``) other than the one making
    the framework, neither denied nor modal nor an infinitive ("and ordered the first 60", "the first 32 were
    ordered"; not "will order", "has not ordered", "plans to order")."""
    from ..negation import negated

    stage = cues()["stage"]
    text = ctx.text_lower
    if any(re.search(rf"(?<![\w-]){re.escape(ph)}s?(?![\w-])", text) for ph in stage["framework"]["firm_phrases"]):
        return True
    made = {d.i for d in deals}
    for t in ctx.tokens:
        if t.i == cue.i or t.pos_ != "VERB" or t.lemma_.lower() not in stage["ordered"] or t.dep_ in {"xcomp", "acl"}:
            continue
        if any(c.dep_ in {"dobj", "nsubjpass", "nsubj"} and c.lemma_.lower() in stage["framework"]["nouns"]
               for c in t.children) or (t.dep_ == "relcl" and t.head.i in made):
            continue  # the framework's own making ("a framework agreement was signed", "that Poland concluded")
        if any(c.dep_ in {"aux", "auxpass"} and (c.tag_ == "MD" or c.lower_ in {"will", "shall", "'ll", "to"})
               for c in t.children) or negated(ctx, t):
            continue
        return True
    return False


def _framework(fn):
    """A stage rule whose ``ordered`` is ``planned`` where the cue makes a framework agreement and its sentence
    states no firm order under it (:func:`framework_only`); a handover it states still moves the stage on."""
    @wraps(fn)
    def rule(ctx: SentenceContext, tok: Token, objects: list[Token] = ()):
        stage = fn(ctx, tok, objects)
        return "planned" if stage == "ordered" and framework_only(ctx, tok, objects) else stage
    return rule


@_later_steps
@_in_talks
@_framework
def stage_of(ctx: SentenceContext, tok: Token, objects: list[Token] = ()) -> str | None:
    """The stage a cue token states: governing verbs first ("plans to buy" -> planned, "agreed to buy"
    -> ordered), then the cue itself with its tense and aspect ("is receiving" -> delivering, "will
    deliver" -> ordered, "delivered" -> delivered, "operates" -> in_service)."""
    lex = cues()["stage"]
    lemma = tok.lemma_.lower()
    words = {lemma, tok.lower_}
    if on_order(tok):
        return "ordered"
    if lemma in lex["delivered"] | lex["in_service"] | lex["bought"] and ended_later(tok):
        return "retired"  # "received Mirages in the 1990s and later withdrew them"
    if _operator_ended(tok):
        return "retired"  # "the squadron, which flew RF-4s, was disbanded"
    if lemma in lex["in_service"] and _farewell(tok, tok):
        return "retired"  # "flew its F-4s for the last time", "flew their final sortie"
    main = _main_of_participle(tok) or _receiver_of_ordered(tok)
    if main is not None:  # "the first of 12 jets ordered by Serbia arrived": what the goods do now
        return stage_of(ctx, main[0], [main[1]])
    if lemma == "replace":  # "will replace its ageing Kfirs": what is replaced is still in service
        return "in_service"
    if _still_to_come(tok) and (before := _before(words)):
        return before  # "has yet to sign for the jets" -> planned, "is yet to receive them" -> ordered
    governors = _governors(tok)
    if any({g.lemma_.lower(), g.lower_} & lex["cancelled"] and g.pos_ in {"VERB", "AUX"} for g in governors):
        return "cancelled"  # "abandoned plans to buy", "scrapped a deal to supply"
    for g in governors:
        glem = {g.lemma_.lower(), g.lower_}
        if talks_ended(g):
            return "cancelled"  # "until June, X had been negotiating over building the tank for the army"
        if _buyer_bid(g, tok):
            return "planned"  # "a Qatari bid to buy MQ-9 drones": the buyer's attempt, no talks stated
        for stage in ("cancelled", "planned", "negotiating"):
            if glem & lex[stage]:
                return stage
        if g.pos_ in {"VERB", "AUX"} and any(o.lower_ in lex["negotiating"] for o in prep_objects(g)):
            return "negotiating"  # "is in talks with Saab to buy", "remain in negotiations to acquire"
        if glem & lex["delivering"] and words & lex["delivered"]:
            if future_or_modal(g):
                return "ordered"  # "would start receiving the jets in 2026": not yet
            return "delivering"  # "began delivering", "started to receive"
        if glem & lex["ordered"] and not (words & lex["in_service"]):
            return "ordered"
    if any(t.lower_ in lex["plan_documents"] for o in objects for t in o.subtree):
        return "planned"  # "signed a letter of intent / memorandum of understanding on ..."
    if _be_to(tok) and words & (lex["ordered"] | lex["bought"] | lex["delivered"]):
        return "planned"  # "SIATT is to supply MANSUP to the navy": an arrangement announced, no contract yet
    children = list(tok.children)
    ahead = handover_ahead(tok)  # "before the yard hands her to the navy": still to come, not an announcement
    future = future_or_modal(tok) or ahead
    # "is receiving" goes on; "was shipping", "had been sending" went on before the report: the goods came
    progressive = tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in children) \
        and not any(c.dep_ == "aux" and c.tag_ == "VBD" for c in children)
    # "are being exported": a passive going on now (not "were being shipped", "had been sent")
    progressive = progressive or any(c.dep_ == "auxpass" and c.lower_ == "being" for c in children) \
        and any(c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP"} for c in children)
    first = any(_part_of_whole(o) for o in objects) or any(_part_of_whole(c) for c in children if c.dep_ == "dobj") or \
        any(t.lower_ in lex["delivering"] for o in objects for t in _counted(o)) or \
        any(t.lower_ in lex["delivering"] for t in tok.children if t.dep_ in {"advmod", "amod"}) or \
        any(t.lower_ in lex["delivering"] for c in children if c.dep_ == "nsubjpass" for t in _counted(c)) or \
        any(ph in ctx.text_lower for ph in lex["delivering_phrases"]) or \
        tok.dep_ == "acl" and any(t.lower_ in lex["delivering"] for t in tok.head.children if t.dep_ == "amod")
    # "inducted its first Prachands in 2022" in a 2025 article: the deliveries began years ago, not now; the
    # type has served since (a supply of it is delivered: passes/held_stage). The year must be the handover's
    # clause's: "ordered 36 jets in 2016, and X handed over the first of them in October" began now
    began_long_ago = first and clause_long_ago(tok, published_of(ctx.doc), set(ctx.at) | _in_deal_phrase(tok))
    first = first and not began_long_ago
    if words & lex["cancelled"]:
        return "cancelled"
    if not first and words & (lex["delivered"] | lex["bought"]) and tok.pos_ == "VERB" and (terms := deal_terms(tok)):
        return terms  # "under the deal, X sells the system to Y": the deal's terms, nothing handed over yet
    if words & lex["retired"] and lemma != "replace":
        return "retired"
    if out_of_service(tok):  # "took the type out of service"; "will take it out of service" still flies it
        return "in_service" if future or modality(tok) in {"planned", "negotiating", "ordered"} else "retired"
    if talks_ended(tok):
        return "cancelled"
    if words & lex["negotiating"] or words & lex["offered"] and not future and tok.tag_ in {"VBD", "VBN", "VBZ"}:
        return "negotiating"  # "China has offered Peru 40 J-10 fighters": an offer on the table
    if words & lex["planned"]:
        return "planned"
    if lemma in lex["bought"] and _habitual(tok, [*objects, *(c for c in children if c.dep_ == "dobj")]):
        return "delivered"  # "India buys much of its heavy equipment from Russia": a standing trade
    if standing_trade(tok, base_year(ctx)):
        return "in_service"  # "Estonia and Latvia buy Swedish equipment": the transfers happen (passes/held_stage:
        # a SUPPLIES delivered), the goods named serve ("buys American equipment such as Black Hawks")
    if lemma in lex["bought"] and any(c.lower_ == "being" for c in children):
        return "ordered"  # "the aircraft are being acquired from the United States": under way
    if words & (lex["ordered"] | lex["bought"] | lex["delivered"]) and tok.pos_ != "NOUN" and not future \
            and _part_arrived(tok):
        return "delivering"  # "ordered 56 in 2021, sixteen of them flown in from Spain"
    if words & (lex["ordered"] | lex["bought"]) and tok.pos_ != "NOUN" and not future and _still_awaited(tok):
        return "ordered"  # "bought 12 jets in 2023 and is still waiting for their delivery": none has come
    if _perfect_deal(tok) and not first:
        return "ordered"  # "the Arrow 3 that Germany has bought", "now we have sold 24 to Argentina"
    first_came = "delivering" if first else "delivered"  # (a first arrival years ago: deal_stage.long_ago)
    if lemma in lex["bought"] and (tok.tag_ in {"VBD", "VBN"} or _past_participle_clause(tok)) and not future:
        return first_came  # "bought three", ", buying drones from X" under "has turned to X" or "turned to X"
    if _maybe(tok) and words & (lex["ordered"] | lex["bought"] | lex["delivered"]) and tok.pos_ != "NOUN":
        return "planned"  # "so that it could send interceptors", "may buy more": a possibility, no commitment
    if lemma in lex["bought"] and future and tok.pos_ != "NOUN":
        return "planned"  # "Canberra will buy three boats": an intention, no contract yet
    if words & lex["ordered"] and tok.pos_ != "NOUN":
        if _first_handed_over(tok) and not long_ago(ctx.sent, published_of(ctx.doc), set(ctx.at)):
            return "delivering"  # "signed for 180 tanks last year and received its first ten in December"
        if not future and _all_handed_over(tok, published_of(ctx.doc)):
            return "delivered"  # "ordered 12 jets in 2019 and received them in 2022": the order is complete
        return "ordered"
    if arrived(tok) and tok.tag_ in {"VBD", "VBN", "VBZ", "VBP"}:
        return "in_service" if began_long_ago else first_came  # "the first six of 12 jets bought by X touched down"
    if taking_over(tok):  # "the new corvettes take over the patrols": the successor serves (not a receipt)
        return "ordered" if future or modality(tok) or _be_to(tok) else "in_service"
    if lemma == "take":  # "took delivery of" receives; "took part in" does not
        taken = list(objects) + [c for c in children if c.dep_ == "dobj"]
        if any(o.lemma_.lower() in lex["taken"] for o in taken):
            words = {"receive"}
        elif any(o.lemma_.lower() in lex["not_taken"] for o in taken):
            words = words - {"take"}
        elif progressive:
            return "ordered"  # "Abu Dhabi is also taking 12 Caracals": buying them, not receiving them
    if _shipping(tok) and words & lex["delivered"]:
        return "delivering"  # "X is one of the main suppliers to Ukraine, shipping rounds for ...": still going on
    if words & lex["delivered"]:
        if future and not ahead and (words & lex["pledged"] or _announced_aid(tok)):
            return "planned"  # "will sell F-35s to X", "would hand over two jets": announced, not contracted
        if future or tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children):
            return "ordered"
        if progressive:
            return "delivering"
        if began_long_ago or _into_service(tok):
            return "in_service"  # "received its first MiG-21s in 1962", "was inducted into service in March"
        if _running_total(tok) and not negative(tok):
            return "delivering"  # "has so far accepted 88 of the new tankers": more to come
        return first_came
    if words & lex["in_service"]:
        if held_until(tok, base_year(ctx)):
            return "retired"  # "flew the P-3 from 1969 to 2023", "served the navy before Brazil bought it"
        return "ordered" if future or to_become(tok) else "in_service"
    return None


# what a rule about holding a platform (a fleet, "its F-16s", "the operators") has to go on: the verb
# over the platform counts when it is a cue of acquiring, receiving or retiring it
_HOLDING = ("in_service", "retired")
_ACQUIRING = ("ordered", "bought", "delivered", "cancelled", "retired")


def clause_verb(tok: Token) -> Token | None:
    """``tok`` if it is a verb, else the verb whose subject or object its phrase is ("received its
    F-16s", "took delivery of its Apaches", "its fleet of MiG-29s was retired"), or None ("an
    upgrade programme for its T-72s" is not about having them)."""
    if tok.pos_ in {"VERB", "AUX"}:
        return tok
    cur = tok
    for _ in range(4):
        if cur.dep_ not in {"compound", "nmod", "amod", "nummod", "poss", "appos", "conj"} or cur.head == cur:
            break
        cur = cur.head
    if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.dep_ in {"dobj", "nsubj", "nsubjpass"}:
        cur = cur.head.head  # "delivery of its Apaches", "a batch of its jets"
    if cur.dep_ in {"dobj", "nsubj", "nsubjpass"} and cur.head.pos_ in {"VERB", "AUX"}:
        return cur.head
    return None


def _replacing_subject(verb: Token, tok: Token) -> bool:
    """Whether ``tok`` is in the subject of a verb of replacing that a modal or a plan puts ahead ("the new jets
    will replace the F-16s", "the tanks are to replace"): what replaces is not yet in service."""
    if verb.tag_ in {"VBD", "VBN"} or not (modality(verb) or _be_to(verb)):
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} and tok.i in {t.i for t in c.subtree} for c in verb.children)


def _misparsed_arrival(tok: Token) -> bool:
    """A headline's verb of arrival that the tagger took for a noun ("Rafales land at Tanagra", "Jets
    arrive in Riga"): the root of the sentence, after the goods, with a preposition of place."""
    root = tok.sent.root
    return root.tag_ in {"NN", "NNS"} and root.i > tok.i and root.lemma_.lower() in cues()["deal_progress"]["arrived"] \
        and any(c.dep_ == "prep" and c.lower_ in {"at", "in", "on"} for c in root.children)


def _no_longer(verb: Token) -> bool:
    """ "no longer flies", "not any longer operates", "will not fly them again", "will never fly again"."""
    kids = list(verb.children)
    return any(c.lower_ == "longer" and any(x.lower_ in {"no", "not"} for x in c.children) for c in kids) \
        or any(c.dep_ == "neg" for c in kids) and any(c.lower_ == "again" for c in kids)


def _goes_on(sent, ends: dict) -> bool:
    """Whether the sentence says the holding goes on: "they remain in service", "stays in use"
    (``going_on`` and ``going_on_nouns`` of ``stage.held_until``), not denied."""
    return any(t.lemma_.lower() in ends["going_on"] and t.pos_ in {"VERB", "AUX"} and not negative(t)
               and any(p.dep_ == "prep" and p.lower_ == "in" and any(o.lemma_.lower() in ends["going_on_nouns"]
                                                                      for o in p.children) for p in t.children)
               for t in sent)


def _from_base(verb: Token, ends: dict) -> bool:
    """Whether the verb of the holding flies it from a named place ("flew its jets from La Joya until 2019",
    ``base_preps`` of ``stage.held_until``): the bound ends the basing, not the holding."""
    return any(p.dep_ == "prep" and p.lower_ in ends["base_preps"] and any(
        o.dep_ == "pobj" and o.pos_ == "PROPN" and not o.like_num for o in p.subtree) for p in verb.children)


def _other_end(year: Token, ends: dict) -> bool:
    """Whether the clause hung on the bound's year ("until 2019, when ...") tells an end that is neither a change of
    hands nor a retirement ("when the squadron moved", "when it upgraded them")."""
    clauses = [c for c in year.children if c.dep_ in {"relcl", "advcl", "acl"} and c.pos_ in {"VERB", "AUX"}]
    return bool(clauses) and not any(c.lemma_.lower() in {*ends["hands"], *ends["leaving"]} for c in clauses)


def held_until(verb: Token, year: int | None) -> bool:
    """A holding told in the simple past up to an end: "flew the P-3 from 1969 to 2023", "operated the type until
    2012" (a year not after the article's), "served the French Navy for four decades before Brazil bought it" (a
    change of hands told as done): the holding has ended (``stage.held_until``)."""
    lex = cues()["stage"]
    if verb.lemma_.lower() not in lex["in_service"] or verb.tag_ != "VBD" or negative(verb) \
            or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    ends = lex["held_until"]
    if _goes_on(verb.sent, ends) or _from_base(verb, ends):
        return False  # "they remain in service"; "flew its jets from La Joya until 2019" (a basing)
    for t in verb.subtree:
        if t.lower_ in ends["bounds"] and t.i + 1 < len(t.doc) and (nxt := t.doc[t.i + 1]).like_num \
                and len(nxt.text) == 4 and nxt.text.isdigit() and year is not None and int(nxt.text) <= year:
            if _other_end(nxt, ends):
                continue  # "until 2019, when the squadron moved to Arequipa"
            return True  # "until 2012", "to 2023"
    return any(c.dep_ == "advcl" and c.tag_ == "VBD" and c.lemma_.lower() in ends["hands"] and not negative(c)
               and any(m.dep_ == "mark" and m.lower_ in ends["marks"] for m in c.children) for c in verb.children)


def _farewell(verb: Token, tok: Token) -> bool:
    """A fleet taken leave of: "bade farewell to its F-4s", "closes the book on its Mirages", "its MiG-21
    era was over", "its P-3s flew their final mission", "flew them for the last time" (``farewell_*``,
    ``era_nouns``, ``last_outings`` and ``last_times`` in the stage cues)."""
    lex = cues()["stage"]
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if verb.lemma_.lower() in lex["farewell_verbs"] and any(c.dep_ in {"dobj", "attr"} and c.lower_ in
                                                            lex["farewell_nouns"] for c in verb.children):
        return True
    if any(c.dep_ == "dobj" and c.lemma_.lower() in lex["last_outings"] and any(
            d.dep_ == "amod" and d.lower_ in {"final", "last"} for d in c.children) for c in verb.children):
        return True  # "the Orions have flown their final mission"
    if any(c.dep_ == "prep" and c.lower_ == "for" and any(
            o.dep_ == "pobj" and o.lemma_.lower() in lex["last_times"] and any(
                d.dep_ == "amod" and d.lower_ in {"final", "last"} for d in o.children) for o in c.children)
           for c in verb.children):
        return True  # "flew its F-4EJ jets for the final time"
    ending = verb.lemma_.lower() in lex["ended"] | {"close"}
    if ending and any(c.dep_ == "dobj" and c.lemma_.lower() in lex["era_nouns"] and tok.i in {t.i for t in c.subtree}
                      for c in verb.children) and not modality(verb):
        return True  # "formally ended its F-16 era on Friday" (not "will end", "plans to end")
    era = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in lex["era_nouns"]
           and tok.i in {t.i for t in c.subtree}]
    return bool(era) and (any(c.lower_ == "over" for c in verb.children) or ending)


def _marked_retired(tok: Token) -> bool:
    """A platform its own phrase calls out of service: "the decommissioned Philippine Navy tanker X", "the
    retired frigate Y" (a participle modifying the name or the noun it stands beside), "X, the corvette that
    sank in 2022" (a relative clause of loss on the name or its apposition)."""
    lex = cues()["stage"]
    cur = tok
    for _ in range(3):
        if any(c.dep_ == "amod" and c.tag_ == "VBN" and c.lower_ in lex["retired_marks"] for c in cur.children):
            return True
        if any(lost(v) for n in (cur, *(c for c in cur.children if c.dep_ == "appos"))
               for v in n.children if v.dep_ == "relcl"):
            return True  # "HTMS X, the corvette that went down in a storm", "X, which was decommissioned in 2019"
        if cur.dep_ not in {"compound", "appos", "nmod"} or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def lost(verb: Token) -> bool:
    """A verb of the past that ends a platform's service: "sank", "went down", "was decommissioned", "was
    scrapped" (``lost_verbs``, ``lost_particles`` of ``stage``), not negated nor under a modal."""
    lex = cues()["stage"]
    lemma = verb.lemma_.lower()
    if verb.tag_ not in {"VBD", "VBN"} or negative(verb) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    if any(c.dep_ == "dobj" and c.tag_ not in {"WDT", "WP"} for c in verb.children) \
            and not any(c.dep_ == "auxpass" for c in verb.children):
        return False  # "HMS X sank the cruiser Y": the subject sank another ship (not "X, which the navy scrapped")
    if lemma in lex["lost_verbs"]:
        return True
    return lemma in lex["lost_particles"] and any(c.dep_ == "prt" and c.lower_ in lex["lost_particles"][lemma]
                                                 for c in verb.children)


def _subject_lost(verb: Token, tok: Token) -> bool:
    """Whether the platform ``tok`` is the subject of a verb of loss, or of a verb joined to one ("the corvette
    ran aground and sank", "the frigate was scrapped in 2019": :func:`lost`)."""
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and tok.i in {t.i for t in c.subtree} for c in verb.children):
        return False
    return lost(verb) or any(c.dep_ == "conj" and lost(c) and not any(s.dep_ in {"nsubj", "nsubjpass"}
                                                                       for s in c.children) for c in verb.children)


def _operator_ended(verb: Token) -> bool:
    """Whether the unit a relative clause of operating describes was itself disbanded: "The 501st
    Squadron, which flew RF-4Es from Hyakuri, was disbanded in March" (not "will be disbanded")."""
    if verb.dep_ != "relcl":
        return False
    unit = verb.head
    main = unit.head if unit.dep_ in {"nsubj", "nsubjpass"} else None
    return main is not None and main.lemma_.lower() in cues()["stage"]["disbanded"] \
        and main.tag_ in {"VBD", "VBN"} and not any(c.dep_ == "neg" for c in main.children) and not modality(main)


def modality(tok: Token) -> str | None:
    """What the verbs over a clause make of it ("plans to", "talks on", "agreed to", "will")."""
    lex = cues()["stage"]
    if _still_to_come(tok):
        return _before({tok.lemma_.lower(), tok.lower_}) or "planned"  # "has yet to close the deal"
    for g in _governors(tok):
        glem = {g.lemma_.lower(), g.lower_}
        if talks_ended(g):
            return "cancelled"
        for stage in ("cancelled", "planned", "negotiating"):
            if glem & lex[stage]:
                return stage
        if glem & lex["ordered"]:
            return "ordered"
    if future_or_modal(tok):
        return "ordered"  # a commitment that has not yet come to pass
    return None


@_in_talks
def clause_stage(ctx: SentenceContext, tok: Token | None, default: str, words: set[str] = frozenset()) -> str | None:
    """The stage a rule gives a SUPPLIES or OPERATES fact, worked out from the clause at ``tok``
    (the cue verb, or a noun of the rule's phrase): every rule sets its stage here.

    * holding (``default`` ``in_service`` or ``retired``: a fleet, "its F-16s", "the operators",
      "retired its Mirages"): the verb over the platform decides when it is a cue of acquiring,
      receiving or retiring ("will receive its first F-35s" -> ordered; "took delivery of its
      Apaches" -> delivered); a retirement that is planned or still to come leaves the type in
      service ("plans to retire its MiG-21s by 2026");
    * a deal, an award or a build (``ordered``, ``delivered``): a cancelling verb cancels it, a plan
      document or planning verb plans it, talks negotiate it ("words" are those of the deal's
      phrase); else the cue verb and its tense and modality (:func:`stage_of`), else ``default``."""
    lex = cues()["stage"]
    verb = clause_verb(tok) if tok is not None else None
    lemma = verb.lemma_.lower() if verb is not None else ""
    if default in _HOLDING:
        if default == "in_service" and tok is not None and in_the_making(tok, verb):
            return "ordered"  # "the class is being built", "the third submarine was launched", "puts to sea for trials"
        if verb is None:
            if tok is not None and _marked_retired(tok):
                return "retired"
            if tok is not None and tok.dep_ == "pobj" and tok.head.dep_ == "prep" \
                    and tok.head.head.pos_ == "VERB" and held_until(tok.head.head, base_year(ctx)):
                return "retired"  # "served the Royal Navy as HMS Hermes before India bought it"
            if tok is not None and _misparsed_arrival(tok):
                return "delivered"
            if tok is not None and (rolled := _misparsed_roll_out(tok)):
                return rolled  # a headline's "Japan's First F-35Bs Roll Out at Fort Worth"
            return "ordered" if tok is not None and (on_order(tok) or on_order_clause(tok)) else default
        if on_order(verb) or on_order(tok) or on_order_clause(tok):
            return "ordered"  # "the F-35s it has on order", "its frigates, eight of which are on order"
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex["ended"] or _no_longer(verb) \
                or _farewell(verb, tok) or _marked_retired(tok) or _operator_ended(verb) \
                or held_until(verb, base_year(ctx)):
            return "retired"  # "stopped flying its MiG-29s", "no longer operates its Mirages", "flew them until 2012"
        if lemma in lex["growing"] and going_on(verb) and any(
                c.dep_ == "dobj" and c.lemma_.lower() in lex["fleet_nouns"] for c in verb.children):
            return "delivering"  # "is still building up its fleet of Su-57s": more are coming
        if default == "retired" or lemma in lex["retired"] and lemma != "replace":
            if any(c.lower_ == "being" and c.dep_ in {"aux", "auxpass"} for c in verb.children) \
                    or verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children):
                return "in_service"  # "are being phased out", "is retiring": not yet
            return "in_service" if modality(verb) in {"planned", "negotiating", "ordered"} else "retired"
        if arrived(verb) and any(first_of(c) for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
            return "delivering"  # "Slovakia's first F-16s touched down", "the first two of its 14 jets landed"
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and tok.i in {t.i for t in c.subtree}]
        if subjects and rolled_out(verb):  # "Indonesia's first KF-21s rolled out at the plant": made, not handed over
            return "delivering" if any(first_of(c) for c in subjects) else "ordered"
        if _subject_lost(verb, tok):
            return "retired"  # "the corvette ran aground and sank", "HTMS X sank in a storm"
        if lemma in lex["delivered"] | lex["in_service"] and ended_later(verb):
            return "retired"  # "received Mirages in the 1990s and later withdrew them"
        done = [c for c in verb.children if c.dep_ in {"dobj", "attr"}]
        if lemma in lex["completed"] and any(c.lower_ in lex["delivery_nouns"] for c in done):
            return "delivered"  # "completed deliveries of its 24 Rafales"
        if any(c.lemma_.lower() in lex["service_states"] for c in done):
            return default  # "reached full operational capability"
        if any(bought_fleet(verb, c) and tok.i in {t.i for t in c.subtree}
               for c in verb.children if c.dep_ == "nsubjpass"):
            return default  # "the air force's FA-50s were bought from Korea": the fleet it has
        if lemma == "replace" and _replacing_subject(verb, tok):
            return modality(verb) or "ordered"  # "its Gripens will replace the F-16s": the new type is still to come
        if taking_over(verb) and not any(c.dep_ in {"nsubj", "nsubjpass"} and tok.i in {t.i for t in c.subtree}
                                         for c in verb.children):
            return default  # "the jets will take over part of the air force's Tornado fleet": the Tornados serve
        if any(lemma in lex[k] for k in _ACQUIRING) and lemma not in lex["in_service"] \
                or arrived(verb) and verb.tag_ in {"VBZ", "VBP"}:  # a headline's present: "Apaches land at Hindon"
            return stage_of(ctx, verb) or default  # (a past "C-17 touched down carrying missiles" is a flight)
        if default == "in_service" and lemma in lex["in_service"] and (to_become(verb) or use_ahead(verb)):
            return "ordered"  # "will become the third country to fly the type", "the jets will serve with X": not yet flown
        return default
    if lemma in lex["cancelled"] and verb is not tok:
        return "cancelled"
    if words & lex["plan_documents"] or lemma in lex["planned"] or words & lex["planned_marks"]:
        return "planned"  # "a letter of intent", "decided to buy", "India's planned purchase of ..."
    if lemma in lex["negotiating"] or words & lex["negotiating"]:
        return "negotiating"
    if verb is None:
        return default
    found = stage_of(ctx, verb) if lemma in {w for k in _ACQUIRING for w in lex[k]} else None
    if found is None and lemma in lex["making"] and ((terms := deal_terms(verb)) or deliveries_ahead(ctx.sent)) \
            and not past_done(verb):
        return terms or "ordered"  # "is building four ships for the navy under a contract", "..., first deliveries due"
    if found is None and lemma in lex["making"] and (going_on(verb) or present_simple(verb)):
        return "delivering"  # "Navantia is building five corvettes for the navy", "X builds Boxers for the army"
    if found is None and lemma in lex["making"] and _infinitive(verb):
        # "Hanwha to build 12 guns for Estonia", "the deal calls for X to assemble 20 jets": still to come, unless
        # a verb over it says the work has begun ("began to assemble", "continues to build")
        if any({g.lemma_.lower(), g.lower_} & lex["delivering"] for g in _governors(verb) if g.pos_ in {"VERB", "AUX"}):
            return "delivering"
        return modality(verb) or "ordered"
    if found == "in_service" and standing_trade(verb, base_year(ctx)):
        return found  # "buy Swedish equipment at reduced prices": the trade goes on (a SUPPLIES: delivered, held_stage)
    return found if found and found != "in_service" else (modality(verb) or default)


def _first_handed_over(verb: Token) -> bool:
    """Whether a verb joined to a deal's verb says the first of its goods have come: "ordered 12 jets and
    received the first two in May", "signed for six ships and took delivery of the first" (not "will
    receive the first", not "did not receive")."""
    lex = cues()["stage"]
    for c in verb.children:
        if c.dep_ != "conj" or c.pos_ != "VERB" or c.lemma_.lower() not in lex["delivered"] \
                or negative(c) or any(a.dep_ == "aux" and a.tag_ == "MD" for a in c.children):
            continue
        goods = [o for o in c.children if o.dep_ == "dobj"]
        goods += [g for o in goods for g in prep_objects(o, "of")]  # "took delivery of the first"
        if not all(same_goods(o) for o in goods):
            continue  # "received six more Mirages", "two other jets": not a share of this order
        if any(first_of(o) for o in goods):
            return True
        ordered = [n for o in verb.children if o.dep_ == "dobj" for n in _counts(o)]
        received = [n for o in goods for n in _counts(o)]
        if ordered and received and max(received) < max(ordered):
            return True  # "has ordered 72 and has received more than 40": part of the order has come
    return False


def _all_handed_over(verb: Token, base) -> bool:
    """Whether a clause joined to a deal's verb says its goods were handed over, all of them ("ordered 12 jets
    in 2019 and received them in 2022", "signed for six ships, delivered in 2021", "..., and the last arrived
    in May"): in the past or the present perfect, neither negated nor under
    a modal, with no subject of its own but the whole order's, its goods not a first or a share (those are
    :func:`_first_handed_over`'s and :func:`_part_arrived`'s), and a bare participle ("delivered in 2021")
    dated by a year no later than the article's. Its verbs and subjects are those of ``deal_steps``."""
    steps = cues()["stage"]["deal_steps"]
    lex = {"verbs": set(steps["receipt"] + steps["handover"] + steps["arrival"]),
           "subjects": set(steps["subjects"] + steps["whole_order_subjects"])}
    for c in verb.children:
        if c.dep_ not in {"conj", "advcl"} or c.pos_ != "VERB" or c.lemma_.lower() not in lex["verbs"] \
                or negative(c) or c.tag_ not in {"VBD", "VBN"}:
            continue
        aux = [a for a in c.children if a.dep_ in {"aux", "auxpass"}]
        if put_ahead(c) or being_done(c):
            continue
        if c.tag_ == "VBN" and aux and not past_done(c):
            continue
        if c.lemma_.lower() == "take" and not any(o.dep_ == "dobj" and o.lemma_.lower() in cues()["stage"]["taken"]
                                                  for o in c.children):
            continue  # "took delivery of them", not "took part"
        subjects = [s for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}]
        if any(s.lower_ not in lex["subjects"] for s in subjects):
            continue  # a clause about someone or something else
        goods = [o for o in c.children if o.dep_ in {"dobj", "nsubjpass", "nsubj"}]
        if any(first_of(o) or _part_of_whole(o) or o.lower_ in cues()["stage"]["partial_shares"] or _counted_share(o)
               for o in goods):
            continue  # "received two in 2022": a count of its own is a share, not the whole order
        if any(not same_goods(o) for o in goods if o.dep_ != "nsubj" or o.lower_ not in lex["subjects"]):
            continue  # "received other jets as a stopgap", "took delivery of six more": other goods, another deal
        if c.dep_ == "advcl" or not aux and not subjects and c.tag_ == "VBN":
            years = years_in(c)
            if not years or base is None or max(years) > base.year:
                continue  # "..., delivered in 2021" (not "delivered from 2027", nor an undated participle)
        return True
    return False


def _counted_share(goods: Token) -> bool:
    """Whether handed-over goods carry a count of their own ("received two", "took delivery of six"), not
    "all 12" or "them": a number told of the handover is a share unless it says all."""
    numbered = goods.like_num or any(c.dep_ == "nummod" for c in goods.children)
    return numbered and not any(t.lower_ in {"all", "every", "each"} for t in goods.subtree)


def _counts(noun: Token) -> list[float]:
    """The numbers counting a noun phrase's goods ("72", "more than 40 jets"), not those of a phrase
    after it ("72 of them", "12 jets for 2 billion")."""
    return [n for t in _counted(noun) if t.dep_ not in {"prep", "pobj"} and (n := _number(t)) is not None]


def bought_fleet(verb: Token, noun: Token) -> bool:
    """Whether a holder's goods (``noun``, with its possessive) are what a past passive of buying is said of:
    "the air force's FA-50s were bought from Korea (and its T129s from Turkey)" tells where the fleet it has
    came from (not "its first F-35s were bought")."""
    return verb.lemma_.lower() in cues()["stage"]["bought"] \
        and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children) \
        and any(c.dep_ == "poss" for c in noun.children) and not first_of(noun)


def negative(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _waiting(verb: Token, goods: frozenset[str] = frozenset()) -> bool:
    """A verb of waiting for goods (``operate.await_verbs``: "is still waiting for their delivery", "awaits
    delivery", "awaits them") that goes on now: not negated, not in the past ("waited two years"), with a noun of
    the goods' coming or a pronoun for them as its object (not "is waiting for approval"; "expect" only with
    such a noun: "expects delivery in 2026", not "expects them to perform well"), the goods' own name (in
    ``goods``: "waiting for the Rafales"), a share of them counted off ("for the first batch", "for the rest"), an
    infinitive of their coming (:func:`_coming`: "waiting to receive
    the first", "waiting for the first jets to arrive") or nothing at all after "still" ("..., still waiting")."""
    lex = cues()["operate"]
    lemma = verb.lemma_.lower()
    if lemma not in lex["await_verbs"] or negative(verb) or verb.tag_ == "VBD" \
            or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += prep_objects(verb, "for")
    if any(o.lemma_.lower() in lex["awaited_nouns"] or o.lower_ in lex["awaited_nouns"]
           or o.pos_ == "PRON" and lemma != "expect" for o in objects):
        return True
    if lemma == "expect":
        return False
    if any(o.pos_ == "PROPN" and name_stem(o) in goods for o in objects):
        return True  # "bought 12 Rafale jets ..., waiting for the Rafales"
    if any(_counted_off(o, goods) for o in objects if o.dep_ == "pobj"):
        return True  # "waiting for the first batch", "waiting for the remaining jets", "for the rest of them"
    if any(_coming(c) for c in verb.children if c.dep_ in {"xcomp", "advcl"}):
        return True  # "waiting to receive the first in 2028", "waiting for the first jets to arrive"
    return any(c.dep_ == "advmod" and c.lower_ == "still" for c in verb.children) and not any(
        c.dep_ in {"dobj", "prep", "xcomp", "advcl", "ccomp", "dative"} for c in verb.children)  # "..., still waiting"


def _counted_off(noun: Token, goods: frozenset[str]) -> bool:
    """A share of goods bought that a wait is for (``operate.awaited_marks``, ``awaited_batches``): "the first", "the
    rest of them", "the first batch", "the remaining jets"; not a share of something else ("the first round of
    talks", "the rest of the world")."""
    lex = cues()["operate"]
    of = prep_objects(noun, "of")
    if any(not (o.pos_ == "PRON" or name_stem(o) in goods) for o in of):
        return False
    if noun.lower_ in lex["awaited_marks"]:
        return True
    marked = any(c.dep_ == "amod" and c.lower_ in lex["awaited_marks"] for c in noun.children)
    return marked and (noun.lemma_.lower() in lex["awaited_batches"] or noun.tag_ in {"NNS", "NNPS"})


def _coming(verb: Token) -> bool:
    """A verb of the goods' coming in the infinitive a wait hangs on (``operate.awaited_verbs``: "to receive
    them", "for them to be delivered", "for the first jets to arrive"; "take" only with "delivery")."""
    lex = cues()["operate"]
    lemma = verb.lemma_.lower()
    if lemma not in lex["awaited_verbs"] or verb.tag_ not in {"VB", "VBN"} or negative(verb) \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return lemma != "take" or any(c.dep_ == "dobj" and c.lemma_.lower() in lex["awaited_nouns"] for c in verb.children)


def _still_awaited(verb: Token) -> bool:
    """Whether a verb of buying or ordering has a clause joined to it, or a relative clause on its goods, that waits
    for them, or is itself a relative clause on the subject of such a wait: "bought 12 jets and is still waiting for
    their delivery", "bought four helicopters, which are still awaiting delivery", "Peru, which bought 12 jets in
    2023, is still waiting for them"."""
    joined = [c for c in verb.children if c.dep_ in {"conj", "advcl"} and c.pos_ in {"VERB", "AUX"}]
    joined += [r for o in verb.children if o.dep_ in {"dobj", "nsubjpass"} for r in o.children if r.dep_ == "relcl"]
    joined += _buyers_clause(verb)
    goods = frozenset(name_stem(t) for o in verb.children if o.dep_ in {"dobj", "nsubjpass"} for t in o.subtree
                      if t.pos_ == "PROPN")
    return any(_waiting(c, goods) for c in joined)


def _buyers_clause(verb: Token) -> list[Token]:
    """The verbs of the clause a buyer's own relative or participle clause of buying hangs in, where that clause
    tells of the buyer: its main verb ("Peru, which bought 12 jets in 2023, is still waiting for them"; "Having
    bought 12 jets, Peru is waiting for them") and a participle of its own with no subject ("the first customer was
    Peru, which bought 12 jets in 2023, still waiting for the first"; "has spent two years waiting for them")."""
    if verb.dep_ == "relcl" and verb.head.dep_ in {"nsubj", "attr"}:
        main = verb.head.head  # "Peru, which bought ...," as the subject, or what the subject is
    elif verb.dep_ == "advcl" and verb.tag_ in {"VBN", "VBD"} and any(c.dep_ == "aux" and c.lower_ == "having"
                                                             for c in verb.children):
        main = verb.head  # "having bought 12 jets, Peru ..."
    else:
        return []
    if main.pos_ not in {"VERB", "AUX"}:
        return []
    own = [c for c in main.children if c.dep_ in {"advcl", "xcomp"} and c.tag_ == "VBG" and c.i != verb.i
           and not any(d.dep_ in {"nsubj", "nsubjpass"} for d in c.children)]
    return [main, *own] if verb.dep_ == "advcl" or verb.head.dep_ == "nsubj" else own


def _infinitive(verb: Token) -> bool:
    """A bare infinitive with "to" ("to build", "to assemble"): what it says is not yet done."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def going_on(verb: Token) -> bool:
    """A progressive verb of the present ("is building", "are assembling"), not of the past ("was building")."""
    aux = [c for c in verb.children if c.dep_ == "aux"]
    return verb.tag_ == "VBG" and any(c.lemma_ == "be" for c in aux) and not any(c.tag_ == "VBD" for c in aux)


def handover_ahead(verb: Token) -> bool:
    """A handover told in the present inside a clause of time ahead: "before the yard hands her to the navy",
    "until the last jets arrive", "once Saab delivers them", "once Saab has delivered them" (``pending_marks`` of
    ``stage``): English tells time to come in the present or present perfect there, so the goods are still on
    order; so too after a mark of ``pending_after_marks`` whose main clause is put ahead ("will fly the jets after
    Saab delivers them")."""
    lex = cues()["stage"]
    if verb.dep_ != "advcl" or negative(verb):
        return False
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if not (verb.tag_ in {"VBZ", "VBP"} or verb.tag_ == "VBN" and any(a.lower_ in {"has", "have", "'ve"} for a in aux)):
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    return bool(marks & set(lex["pending_marks"])) or bool(marks & set(lex["pending_after_marks"])) \
        and put_ahead(verb.head)


def deal_terms(verb: Token) -> str | None:
    """The stage of a supply told in the present under a named deal: "under the deal, X sells the system to Y",
    "under the terms of the deal", "is building four ships for the navy under a contract signed in May"
    (``deal_terms_preps``, ``deal_terms_nouns`` of ``stage``, the noun or its "of" phrase): a deal's terms, goods
    still to come, ``ordered`` (not a standing trade, not a handover); ``planned`` where the deal is not made yet:
    under a condition ("if the talks succeed": ``deal_condition_marks``) or beside a signing denied ("the contract
    has not been signed": ``deal_signing_verbs``). None: no such supply."""
    lex = cues()["stage"]
    if not (present_simple(verb) or going_on(verb)) or negative(verb):
        return None
    nouns = lex["deal_terms_nouns"]

    def names_deal(o: Token) -> bool:
        if any(m.dep_ == "amod" and m.lower_ in lex["deal_terms_standing"] for m in o.children):
            return False  # "under a standing arrangement": a standing trade (families/standing_trade.py)
        return o.lemma_.lower() in nouns or any(n.lemma_.lower() in nouns for n in prep_objects(o, "of"))

    if not any(names_deal(o) for o in prep_objects(verb, lex["deal_terms_preps"])):
        return None
    return "planned" if _deal_unmade(verb) else "ordered"


def _deal_unmade(verb: Token) -> bool:
    """Whether the sentence of a supply under a deal tells the deal as not made: a clause of condition on the verb
    ("if the talks succeed", "unless Congress objects": ``deal_condition_marks``), an inverted "should" ("should the
    talks succeed"), or a verb of signing denied ("the contract has not been signed": ``deal_signing_verbs``)."""
    lex = cues()["stage"]
    for t in verb.sent:
        if t.dep_ == "advcl" and t.head.i == verb.i and any(
                c.dep_ == "mark" and c.lower_ in lex["deal_condition_marks"]
                or c.dep_ == "aux" and c.lower_ == "should" and c.i < t.i and c.i == t.left_edge.i for c in t.children):
            return True
        if t.lemma_.lower() in lex["deal_signing_verbs"] and t.pos_ in {"VERB", "AUX"} and negative(t):
            return True
    return False


def deliveries_ahead(sent) -> bool:
    """Whether a sentence names deliveries still to come: "with first deliveries due next month", "deliveries are
    expected to begin in 2026", "deliveries will start in June" (``delivery_nouns`` with a word of
    ``deliveries_ahead_marks`` or as the subject of a verb put ahead), not denied."""
    lex = cues()["stage"]
    marks = lex["deliveries_ahead_marks"]
    for t in sent:
        if t.lower_ not in lex["delivery_nouns"]:
            continue
        if any(c.dep_ in {"amod", "acomp"} and c.lower_ in marks for c in t.children):
            return True  # "first deliveries due next month"
        head = t.head
        if t.dep_ in {"nsubj", "nsubjpass"} and head.pos_ in {"VERB", "AUX", "ADJ"} and not negative(head) and (
                head.lower_ in marks or any(c.dep_ == "acomp" and c.lower_ in marks for c in head.children)
                or put_ahead(head) or head.dep_ == "pcomp" and _infinitive(head)):
            return True  # "deliveries are expected to ...", "deliveries will begin", "with deliveries to begin"
    return False


def rolled_out(verb: Token) -> bool:
    """A platform leaving its maker's works: "the first KF-21s rolled out", "rolled off the line" (``rolled_out`` of
    ``stage``, not negated): made, not yet in the buyer's hands."""
    particles = cues()["stage"]["rolled_out"].get(verb.lemma_.lower())
    return bool(particles) and verb.pos_ == "VERB" and not negative(verb) and any(
        c.dep_ in {"prt", "prep"} and c.lower_ in particles for c in verb.children)


def _misparsed_roll_out(tok: Token) -> str | None:
    """The stage of a platform in a headline whose verb of rolling out the tagger took for a name ("Japan's First
    F-35Bs Roll Out at Fort Worth"): the sentence's root after the goods with its particle; the first of a batch is
    ``delivering``, else ``ordered`` (None: no such headline)."""
    root = tok.sent.root
    particles = cues()["stage"]["rolled_out"].get(root.lower_.removesuffix("s"))
    if not particles or root.i <= tok.i or root.pos_ == "VERB" \
            or not any(c.dep_ in {"prt", "prep"} and c.lower_ in particles for c in root.children):
        return None
    return "delivering" if any(t.lower_ in cues()["stage"]["batch_first_words"]
                               for t in tok.sent[:root.i - tok.sent.start]) \
        else "ordered"


def ended_later(verb: Token) -> bool:
    """Whether a verb of receiving or holding is joined to one that ends the holding, told as done and sharing its
    subject: "received Mirages in the 1990s and later withdrew them", "flew the type and scrapped it in 2010"
    (``ended_later_verbs`` of ``stage``); the joined verb's goods are a pronoun for
    them or the same goods (not "six more", "other jets")."""
    lex = cues()["stage"]
    ending = lex["ended_later_verbs"]
    for c in verb.children:
        if c.dep_ != "conj" or c.pos_ != "VERB" or c.lemma_.lower() not in ending or negative(c) \
                or c.tag_ not in {"VBD", "VBN"} or put_ahead(c) or being_done(c):
            continue
        if c.tag_ == "VBN" and not past_done(c):
            continue
        if any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children):
            continue  # a clause with a subject of its own
        goods = [o for o in c.children if o.dep_ == "dobj"]
        if goods and all(o.pos_ == "PRON" or same_goods(o) and o.lemma_.lower() != "fleet" for o in goods):
            return True
    return False


def _more_of_held(platforms: list[Token]) -> bool:
    """Whether a purchase adds "more" of a type its sentence says the buyer already holds ("four more
    Gripens, adding to the 14 the air force already flies", "79 more from its existing fleet")."""
    if not platforms:
        return False
    lex = cues()["stage"]
    if not any(t.lower_ in lex["more"] for p in platforms for t in p.subtree):
        return False
    return any(t.lower_ == "already" and t.head.lemma_.lower() in lex["already_verbs"]
               or t.lower_ in lex["fleet_markers"] and t.head.lower_ in lex["fleet_nouns"] for t in platforms[0].sent)


def _held_now(platform: Token) -> bool:
    """Whether the verb of acquiring a platform's phrase hangs under is joined to a verb of holding in the
    present, neither negated nor under a modal ("was bought from Russia, and the air force still relies
    on it", "bought them in 2005 and flies them still"): the goods came and are in use now."""
    lex = cues()["stage"]
    acquiring = lex["bought"] | lex["delivered"] | lex["ordered"]
    verb = next((a for a in platform.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.lemma_.lower() not in acquiring or verb.tag_ not in {"VBD", "VBN"}:
        return False
    return any(c.dep_ == "conj" and c.tag_ in {"VBZ", "VBP"} and c.lemma_.lower() in lex["in_service"]
               and c.lemma_.lower() not in {"replace", "upgrade", "modernize", "modernise", "have", "commission"}
               and not negative(c) and not any(a.dep_ == "aux" for a in c.children) for c in verb.children)


def _more_ordered(platform: Token) -> bool:
    """Whether goods handed over or bought in the past have, joined to their verb, an order of more of them ("Dassault
    delivered 24 Rafales to Greece, and Greece ordered six more"; "bought 17 used F-16s ..., and signed an agreement
    for 32 more", "handed over 28 tanks ..., and the ministry said it would buy 14 more"): the holder has the first
    and buys more, so holds the type. The order of more is a deal of its own: its words (``stage.more``) with no
    other type named beside them, not negated; the handover is in the past, neither negated nor under a modal."""
    lex = cues()["stage"]
    verb = next((a for a in platform.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.lemma_.lower() not in set(lex["bought"]) | set(lex["delivered"]) \
            or verb.tag_ not in {"VBD", "VBN"} or negative(verb) or any(a.tag_ == "MD" for a in verb.children):
        return False
    own = name_stem(platform)
    ordering = set(lex["ordered"]) | set(lex["bought"])
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]
    # the order itself, or a verb of saying or planning over it ("and last November the ministry said it would buy 14 more")
    deals = [v for c in joined for v in c.subtree if v.pos_ == "VERB" and v.lemma_.lower() in ordering
             and (v is c or v.dep_ in {"ccomp", "xcomp"})]
    for c in deals:
        if negative(c):
            continue
        for m in c.subtree:
            if m.lower_ not in lex["more"] or m.dep_ not in {"dobj", "pobj", "amod", "advmod"}:
                continue
            phrase = m if m.dep_ in {"dobj", "pobj"} else m.head
            if all(t.pos_ != "PROPN" or name_stem(t) == own for t in phrase.subtree):
                return True
    return False


def in_use(stage: str | None, platforms: list[Token]) -> str | None:
    """The stage of an operation whose goods a clause shows in use: "sent drones to Russia, which
    Russian forces have used against cities" -> delivered and now in service."""
    lex = cues()["stage"]
    if stage in {"planned", "negotiating", "ordered"} and _more_of_held(platforms):
        return "in_service"
    if stage in {"in_service", "delivered"} and any(
            t.dep_ == "relcl" and t.lemma_.lower() in lex["delivered"] and going_on(t) and not negative(t)
            for p in platforms for t in p.subtree):
        return "delivering"  # "operates the S-400 system, whose regiments Russia is still delivering"
    if stage != "delivered":
        return stage
    if any(_to_be_replaced(p) for p in platforms):
        return "in_service"  # "are meant to replace the 60 Mirages the country bought in 1998"
    if any(_held_now(p) for p in platforms):
        return "in_service"  # "the fleet was bought from Russia, and the air force still relies on it"
    if any(_more_ordered(p) for p in platforms):
        return "in_service"  # "delivered 24 Rafales to Greece, and Greece ordered six more"
    if any(_shown_in_use(p) for p in platforms):
        return "in_service"  # "sent drones to Russia, which Russian forces have used against cities"
    return stage
