"""Supply, operation and manufacture of platforms, with the stage of a supply or an operation.

A transfer is read off a cue verb or noun (``cues.yaml``: ``supply``, ``acquire``, ``operate``):
its supplier (subject, "by" agent, "from"/"with" object, the maker of the platform), its recipient
(subject of an acquisition, "to" object, dative) and its platforms (objects, "for"/"of" objects of
a deal). The stage (``stage``: planned ... cancelled) comes from the cue, the verbs governing it
("plans to buy", "agreed to purchase") and its tense and aspect. Negated cues ("did not deliver",
"denied supplying", "no longer operates") give nothing.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from spacy.tokens import Token

from ...mentions import Mention
from ..context import SentenceContext
from ..lexicon import cues
from ..negation import negated
from ..relation import Relation
from .awards import awards
from .common import MAKERS, STATES, SUPPLIERS, DocFacts, rel
from .inventory import (
    _latest_platform,
    described_owner,
    fired,
    gone_to,
    operators,
    own_platforms,
    retirements,
)
from .makers import design_of, native_makers, participial_makers

_PRONOUNS = {"it", "they", "its", "their"}
_STAND_INS = {"country": {"Country"}, "nation": {"Country"}, "state": {"Country"}, "government": {"Country"},
              "company": {"Company"}, "firm": {"Company"}, "manufacturer": {"Company"}, "maker": {"Company"},
              "group": {"Company"}, "contractor": {"Company"}, "supplier": {"Company", "Country"},
              "ministry": {"GovernmentBody"}, "agency": {"GovernmentBody"}, "buyer": {"Country", "GovernmentBody"}}
_REPORTING = {"report", "say", "tell", "note", "write", "claim", "add", "describe", "cite", "quote", "estimate"}
_SERVICE_NOUNS = {"arm", "force", "navy", "army", "service", "guard", "corps"}
_RECEIVING = {"import", "imports", "need", "needs", "requirement", "requirements", "market", "arsenal", "inventory"}
# parts of a platform: who builds "Rafale fuselages" or "RD-33 engines" does not make the platform
_PARTS = {"fuselage", "fuselages", "wing", "wings", "component", "components", "part", "parts", "spares",
          "subassembly", "subassemblies", "section", "sections", "tail", "tails", "kit", "kits", "barrel", "barrels"}
# people a demonym may qualify without naming a state as an actor
_PERSON_NOUNS = {"counterpart", "counterparts", "official", "officials", "delegation", "envoy", "diplomat",
                 "diplomats", "officer", "officers", "leader", "leaders", "minister", "president", "ambassador"}
# a lot of the platform just named: "its own consignment", "a second batch"
_BATCH_NOUNS = {"consignment", "batch", "shipment", "tranche", "lot"}
# "the type", "the system": the platform just named
_TYPE_NOUNS = {"type", "model", "system", "design", "variant", "version"}
_COMPANY_NOUNS = {"firm", "company", "manufacturer", "maker", "group", "contractor", "developer", "producer",
                  "conglomerate", "enterprise", "holding", "builder", "corporation", "concern", "shipyard"}


def _known_makers(ctx: SentenceContext, facts: DocFacts, platforms: list[Mention]) -> list[Mention]:
    """The catalogue's (first, prime) maker of ``platforms`` where the document names it (its first mention)."""
    from ...reference import load_reference

    ref = load_reference()
    out: list[Mention] = []
    for p in platforms:
        e = ctx.entities[p.entity]
        entry = ref.get(e.ref_id) if e.ref_id else None
        for name in entry.makers[:1] if entry is not None else []:
            maker = ref.find("Company", name)
            found = [m for m in facts.mentions if maker is not None and m.entity in ctx.entities
                     and ctx.entities[m.entity].ref_id == maker.id]
            out += [found[0]] if found and found[0] not in out else []
    return out


def _home(ctx: SentenceContext, company: Mention) -> str | None:
    """The name of a catalogued company's country."""
    from ...reference import load_reference

    e = ctx.entities[company.entity]
    entry = load_reference().get(e.ref_id) if e.ref_id else None
    return entry.props.get("country") if entry is not None else None


def _bare_number(tok: Token) -> bool:
    """A number standing alone for the items just named: "bought three", "ordered 48 in 2022", "ordered
    three of the twin-turboprops"."""
    if tok.pos_ != "NUM" or not tok.like_num or any(c.dep_ == "compound" for c in tok.children):
        return False
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in {"%", "percent", "per"}:
        return False
    preps = [c for c in tok.children if c.dep_ == "prep"]
    return not preps or len(preps) == 1 and preps[0].lower_ == "of" and any(
        o.dep_ == "pobj" and o.lower_.endswith("s") and any(d.lower_ == "the" for d in o.children) for o in preps[0].children)


def _platforms_of(ctx: SentenceContext, tok: Token) -> list[Mention]:
    found = [ctx.at[t.i] for t in tok.subtree if t.i in ctx.at and ctx.label(ctx.at[t.i]) == "Platform"]
    out: list[Mention] = []
    for m in found:
        if all(m.entity != o.entity for o in out):
            out.append(m)
    return out


def _recent_platform(ctx: SentenceContext, facts: DocFacts, noun: Token) -> list[Mention]:
    """ "these drones", "the jets": the latest platform of that category in the last sentences."""
    from ...mentions.lexicon import category_of

    category = category_of([noun.lower_])
    if category is None or not any(c.lower_ in {"these", "the", "those", "such"} for c in noun.subtree):
        return []
    for m in reversed(facts.mentions):
        if m.start >= ctx.sent.start:
            continue
        if ctx.sent.start - m.start > 120:
            break
        e = ctx.entities.get(m.entity)
        if e is not None and e.label == "Platform" and e.props.get("category") == category:
            return [dataclasses.replace(m)]
    return []


def _antecedent(ctx: SentenceContext, facts: DocFacts, tok: Token, labels: set[str]) -> list[Mention]:
    """ "it", "the country", "the company": the latest actor of a fitting label before the sentence
    (subjects first), within the two sentences before."""
    word = tok.lower_ if tok.tag_ in {"PRP", "PRP$"} else tok.lemma_.lower()
    if word in _SERVICE_NOUNS and "GovernmentBody" in labels and any(c.lower_ in {"the", "its", "their"} for c in tok.children):
        # "the air arm", "the navy": the latest state body whose name has those words
        need = {t.lower_ for t in tok.subtree if t.dep_ in {"compound", "amod"} and t.is_lower} | \
            ({word} if word not in {"arm", "service"} else set())
        for m in reversed(facts.mentions):
            e = ctx.entities.get(m.entity)
            if m.start >= tok.i or tok.i - m.start > 600 or e is None or e.label != "GovernmentBody":
                continue
            names = {w for n in (e.name, *e.aliases) for w in n.lower().replace("-", " ").split()}
            ends = {n.lower().split()[-1] for n in (e.name, *e.aliases) if n.strip()}
            service = word in {"arm", "service"} or any(x.startswith(word[:5]) for x in ends)
            if need and service and all(any(w.startswith(n[:5]) for w in names) for n in need):
                return [dataclasses.replace(m, start=tok.i, end=tok.i + 1)]  # not "Army ... Training Command"
        focal = [m for m in facts.mentions if m.entity == facts.focal][:1]
        if focal and word in {"army", "navy"} and tok.i > 0 and ctx.doc[tok.i - 1].lower_ == "the":
            # "Today the army fields 1,000 tanks": the army of the state the article is about
            return [dataclasses.replace(focal[0], start=tok.i, end=tok.i + 1)]
        return []
    if word in _PRONOUNS:
        wanted = labels
    elif word in _STAND_INS and any(c.lower_ in {"the", "this", "that"} for c in tok.children):
        wanted = _STAND_INS[word] & labels
    else:
        return []
    if not wanted:
        return []
    earlier = [m for m in facts.mentions if m.start < tok.i and tok.i - m.start < 90
               and m.entity in ctx.entities and ctx.entities[m.entity].label in wanted]
    if not earlier:
        return []
    doc = ctx.doc
    subjects = [m for m in earlier if doc[m.start:m.end].root.dep_ in {"nsubj", "nsubjpass"}
                or doc[m.start:m.end].root.head.dep_ in {"nsubj", "nsubjpass"}]
    pick = (subjects or earlier)[-1]
    return [dataclasses.replace(pick, start=tok.i, end=tok.i + 1)]


def _subjects(ctx: SentenceContext, facts: DocFacts, tok: Token, labels: set[str]) -> list[Mention]:
    found = ctx.subjects(tok, labels)
    if found:
        return found
    cur = tok
    for _ in range(4):  # a pronoun or "the company" subject, also of a governing verb ("it plans to buy")
        subj = [c for c in cur.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subj:
            return _antecedent(ctx, facts, subj[0], labels)
        if cur.dep_ not in {"xcomp", "conj", "advcl", "ccomp"} or cur.head is cur:
            break
        cur = cur.head
    return []


def _not_people(ctx: SentenceContext, ms: list[Mention]) -> list[Mention]:
    """Without demonyms that only qualify a person ("Papikian and his French counterpart signed for ...")."""
    from ...mentions.lexicon import lexicon

    lex = lexicon()
    people = set(lex["person_roles"]) | {t for t in lex["person_titles"] if " " not in t} | _PERSON_NOUNS
    return [m for m in ms if not (m.demonym and ctx.head_token(m).head.lemma_.lower() in people)]


def _with_country(ctx: SentenceContext, ms: list[Mention], labels: set[str]) -> list[Mention]:
    """A government body also stands for its country ("Poland's Armament Agency ordered ...")."""
    out = list(ms)
    for m in ms:
        e = ctx.entities[m.entity]
        if e.label == "GovernmentBody" and e.country and e.country in ctx.entities and "Country" in labels:
            if all(o.entity != e.country for o in out):
                out.append(dataclasses.replace(m, entity=e.country))
    return out


def _seller_owners(ctx: SentenceContext, sellers: list[Mention]) -> list[Mention]:
    """ "France's Dassault Aviation": the country owning a supplier company supplies as well."""
    out = list(sellers)
    for s in sellers:
        if ctx.label(s) != "Company":
            continue
        head = ctx.head_token(s)
        for c in head.children:
            if c.dep_ == "poss" and c.i in ctx.at and ctx.label(ctx.at[c.i]) == "Country":
                if all(o.entity != ctx.at[c.i].entity for o in out):
                    out.append(ctx.at[c.i])
    return out


def _governors(tok: Token) -> list[Token]:
    """The verbs and nouns ``tok`` hangs under: "plans to buy", "a contract to supply", "talks on buying"."""
    out = []
    cur = tok
    for _ in range(3):
        if cur.dep_ not in {"xcomp", "acl", "relcl", "advcl", "pcomp", "pobj", "prep", "ccomp", "dobj"} or cur.head is cur:
            break
        cur = cur.head
        if cur.pos_ in {"VERB", "NOUN", "AUX", "ADJ"}:
            out.append(cur)
    return out


def stage_of(ctx: SentenceContext, tok: Token, objects: list[Token] = ()) -> str | None:
    """The stage a cue token states: governing verbs first ("plans to buy" -> planned, "agreed to buy"
    -> ordered), then the cue itself with its tense and aspect ("is receiving" -> delivering, "will
    deliver" -> ordered, "delivered" -> delivered, "operates" -> in_service)."""
    lex = cues()["stage"]
    lemma = tok.lemma_.lower()
    words = {lemma, tok.lower_}
    if lemma == "replace":  # "will replace its ageing Kfirs": what is replaced is still in service
        return "in_service"
    for g in _governors(tok):
        glem = {g.lemma_.lower(), g.lower_}
        for stage in ("cancelled", "planned", "negotiating"):
            if glem & lex[stage]:
                return stage
        if glem & lex["delivering"] and words & lex["delivered"]:
            return "delivering"  # "began delivering", "started to receive"
        if glem & lex["ordered"] and not (words & lex["in_service"]):
            return "ordered"
    if any(t.lower_ in {"intent", "understanding", "memorandum", "mou"} for o in objects for t in o.subtree):
        return "planned"  # "signed a letter of intent / memorandum of understanding on ..."
    children = list(tok.children)
    future = any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ in {"will", "shall", "'ll"}) for c in children)
    progressive = tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in children)
    first = any(t.lower_ in lex["delivering"] for o in objects for t in o.subtree) or \
        any(t.lower_ in lex["delivering"] for t in tok.children if t.dep_ in {"advmod", "amod"}) or \
        any(ph in ctx.sent.text.lower() for ph in lex["delivering_phrases"]) or \
        tok.dep_ == "acl" and any(t.lower_ in lex["delivering"] for t in tok.head.children if t.dep_ == "amod")
    if words & lex["cancelled"]:
        return "cancelled"
    if words & lex["retired"] and lemma != "replace":
        return "retired"
    if words & lex["negotiating"]:
        return "negotiating"
    if words & lex["planned"]:
        return "planned"
    if lemma in lex["bought"] and any(c.lower_ == "being" for c in children):
        return "ordered"  # "the aircraft are being acquired from the United States": under way
    if lemma in lex["bought"] and tok.tag_ in {"VBD", "VBN"} and not future:
        return "delivering" if first else "delivered"
    if words & lex["ordered"] and tok.pos_ != "NOUN":
        return "ordered"
    if lemma == "take" and any(o.lemma_.lower() == "delivery" for o in objects):
        words = {"receive"}
    if words & lex["delivered"]:
        if future or tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children):
            return "ordered"
        if progressive or first:
            return "delivering"
        return "delivered"
    if words & lex["in_service"]:
        return "ordered" if future else "in_service"
    return None


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
                platforms += _platforms_of(ctx, child)
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


def _arms(ctx: SentenceContext, toks: list[Token]) -> bool:
    """Whether the phrases at ``toks`` name arms: a platform, or a goods or equipment noun ("arms",
    "drones", "spare parts"), not "a delegation" or "48 hours"."""
    from ...mentions.lexicon import category_of

    goods = cues()["supply"]["goods"]
    for tok in toks:
        for t in tok.subtree:
            if t.i in ctx.at and ctx.label(ctx.at[t.i]) == "Platform":
                return True
            if t.pos_ in {"NOUN", "PROPN", "ADJ"} and (t.lower_ in goods or t.lemma_.lower() in goods
                                                       or category_of([t.lower_]) is not None):
                return True
    return False


def _np_head(tok: Token) -> Token:
    """The head noun of the phrase a platform name modifies ("Bastion" in "24 Bastion armoured vehicles")."""
    for _ in range(3):
        if tok.dep_ not in {"compound", "amod", "npadvmod", "nmod", "nummod", "appos"} or tok.head is tok:
            break
        tok = tok.head
    return tok


def _makers_in(ctx: SentenceContext, platforms: list[Mention]) -> list[Mention]:
    """ "Bastion vehicles built by Arquus were shipped ...": the maker named on the platform's phrase."""
    verbs = cues()["manufacture"]["verbs"]
    out: list[Mention] = []
    for p in platforms:
        for c in _np_head(ctx.head_token(p)).children:
            if c.dep_ == "acl" and c.lemma_.lower() in verbs:
                out += [m for m in ctx.prep_objects(c, {"by"}, SUPPLIERS) if m not in out]
    return out


def transfers(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    lex = cues()
    supply, supply_nouns = lex["supply"]["verbs"], lex["supply"]["nouns"]
    acquire, operate = lex["acquire"]["verbs"], lex["operate"]["verbs"]
    for tok in ctx.sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ not in {"VERB", "NOUN"} or tok.i in ctx.at:
            continue
        is_supply = lemma in supply and tok.pos_ == "VERB" or tok.pos_ == "NOUN" and (lemma in supply_nouns or tok.lower_ in supply_nouns)
        if not (is_supply or lemma in acquire or lemma in operate) or negated(ctx, tok) or _no_longer(tok):
            continue
        objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass", "attr", "oprd"}]
        if lemma in operate:  # "relies on its F-16s"
            objs += [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"]
        platforms = [p for o in objs for p in _platforms_of(ctx, o)]
        if tok.dep_ == "acl" or tok.dep_ == "relcl" and not platforms:
            # "a consignment of TB2s delivered to Togo", "the Kfir fighters that the air force has flown"
            platforms += [p for p in _platforms_of(ctx, tok.head) if p.start < tok.i and p not in platforms]
        if not platforms:
            for o in objs:
                nouns = [o] + [x for x in o.subtree if x.dep_ == "pobj"]
                platforms += next((found for n in nouns if (found := _recent_platform(ctx, facts, n))), [])
        if not platforms and lemma in supply and any(o.dep_ == "nsubjpass" and o.lemma_.lower() in _TYPE_NOUNS | {"family"}
                                                     and any(d.lower_ == "the" for d in o.children) for o in objs):
            platforms = _latest_platform(ctx, facts, ctx.sent.start)  # "the family has been exported to ..."
        if not platforms and lemma in acquire and any(_bare_number(o) for o in objs if o.dep_ == "dobj"):
            platforms = _latest_platform(ctx, facts, tok.i)  # "Tunisia also bought three", "Poland ordered 48"
        if not platforms and any(t.lemma_.lower() in _BATCH_NOUNS for o in objs for t in o.subtree):
            platforms = _latest_platform(ctx, facts, tok.i, 60)  # "Togo took delivery of its own consignment"
        # "the tanks bought by Taiwan from the US", "systems fielded by the PLA": a participle is passive
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children) or \
            tok.dep_ == "acl" and tok.tag_ == "VBN"
        stage = stage_of(ctx, tok, objs)
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
                stage = None if stage == "delivered" else stage
            else:
                suppliers = ctx.prep_objects(tok, {"by"}, SUPPLIERS) if passive else _subjects(ctx, facts, tok, SUPPLIERS)
                if passive and not suppliers:
                    suppliers = _makers_in(ctx, platforms)
                if passive and not suppliers and lemma in {"export", "sell"}:
                    suppliers = _known_makers(ctx, facts, platforms)  # "the family has been exported to X"
                if passive and not suppliers and tok.dep_ == "ccomp":  # "Bharat Electronics said X had been dispatched"
                    suppliers = ctx.subjects(tok, {"Company"})
                    if not suppliers and tok.head.lemma_.lower() in _REPORTING | {"announce", "confirm"}:
                        suppliers = [m for c in tok.head.children if c.dep_ == "nsubj" for m in ctx.group(c, {"Company"})]
            recipients = ctx.prep_objects(tok, {"to"}, STATES)
            for c in tok.children:
                if c.dep_ == "dative" or (c.dep_ == "dobj" and any(x.dep_ == "prep" and x.lower_ == "with" for x in tok.children)):
                    recipients += ctx.group(c, STATES)  # "provides the Israeli Air Force with M-346s"
                    platforms += [p for x in tok.children if x.dep_ == "prep" and x.lower_ == "with" for p in _platforms_of(ctx, x)]
            if not recipients:
                recipients = [m for o in objs for t in o.subtree if t.dep_ == "prep" and t.lower_ == "to"
                              for x in t.children if x.dep_ == "pobj" for m in ctx.group(x, STATES)]
            if not recipients:  # "supplying 94% of Armenia's arms imports"
                recipients = [ctx.at[c.i] for o in objs for t in o.subtree if t.lemma_.lower() in _RECEIVING
                              for c in t.children if c.dep_ == "poss" and c.i in ctx.at and ctx.label(ctx.at[c.i]) in STATES]
            recipients = _with_country(ctx, recipients, STATES)
            goods = objs + [c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"with", "of"}]
            if not platforms and not _arms(ctx, goods if tok.pos_ == "VERB" else [tok]):
                continue
            if stage == "cancelled":  # "scrapped plans to deliver": no supply
                suppliers = []
            for r in recipients:
                for s in suppliers:
                    if s.entity != r.entity:
                        yield rel(ctx, s, "SUPPLIES", r, 0.8, "supply", stage=stage)
                if tok.pos_ == "VERB" or suppliers:
                    for p in platforms:
                        yield rel(ctx, r, "OPERATES", p, 0.7, "supply", stage=stage)
        else:
            buyers = _subjects(ctx, facts, tok, STATES) if not passive else ctx.prep_objects(tok, {"by"}, STATES)
            if passive and not buyers and tok.dep_ == "acl":  # "the tanks bought by Taiwan from the US"
                buyers = ctx.prep_objects(tok, {"by"}, STATES)
            focal = [m for m in facts.mentions if m.entity == facts.focal][:1]
            by_focal = False
            if passive and not buyers and tok.dep_ == "relcl":  # "its F-16s, 17 of which were bought from Portugal"
                from .inventory import _owners

                owners = _with_country(ctx, _owners(ctx, facts, tok.head), STATES)
                buyers = [m for m in owners if ctx.label(m) == "Country"] or owners  # the state bought them
            if passive and not buyers and platforms and lemma in acquire and tok.dep_ in {"ROOT", "conj"} and \
                    not any(c.dep_ == "agent" or c.lower_ == "by" for c in tok.children):
                buyers = focal  # "Three Ankas were ordered from the Turkish firm in 2021": the article's state
                by_focal = True
            buyers = _with_country(ctx, _not_people(ctx, buyers), STATES)
            sellers = _seller_owners(ctx, ctx.prep_objects(tok, {"from"}, SUPPLIERS)) if lemma in acquire else []
            if lemma in acquire:  # "from the Turkish firm": the firm just named
                sellers += [m for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
                            for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in _STAND_INS
                            for m in _antecedent(ctx, facts, o, {"Company"}) if m not in sellers]
            if by_focal and any(m.entity == facts.focal or _home(ctx, m) == ctx.entities[facts.focal].name
                                for m in _seller_owners(ctx, sellers) + [m for c in tok.children if c.dep_ == "prep"
                                                                         and c.lower_ == "from" for o in c.children
                                                                         for m in ctx.group(o, {"Country"})]):
                buyers = []  # the article's state is the seller's
            if lemma in acquire and tok.pos_ == "VERB":
                more, deal_sellers = _deal_parts(ctx, tok)
                platforms += [p for p in more if p not in platforms]
                sellers += [s for s in deal_sellers if s not in sellers]
                if lemma == "take":  # "took delivery of X (from Y)", "has taken 20 Su-30SMs from Russia"
                    for o in objs:
                        sellers += [m for m in ctx.prep_objects(o, {"from"}, SUPPLIERS) if m not in sellers]
                    if not any(o.lemma_.lower() in {"delivery", "charge", "possession"} for o in objs) and not sellers:
                        continue
            if not platforms and not _arms(ctx, objs + [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"]):
                sellers = []  # "bought oil from Russia", "took charge of the talks"
            if stage == "cancelled":
                sellers = []  # a cancelled purchase supplies nothing
            for b in buyers:
                for p in platforms:
                    yield rel(ctx, b, "OPERATES", p, 0.75, "acquire", stage=stage)
                for s in sellers:
                    if s.entity != b.entity:
                        yield rel(ctx, s, "SUPPLIES", b, 0.75, "acquire", stage=stage)


def deals(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """A deal noun with its platforms and parties, whatever verb carries it: "put its name to a contract
    for 48 KAAN fighters", "sealed a contract for CAESAR howitzers", "a package covering Pinaka
    launchers", "India's largest defence agreement with France", "a letter of intent on Mistral missiles";
    and contracts awarded to a maker (``awards``)."""
    yield from awards(ctx, facts)
    lex = cues()
    deal_nouns, stages = lex["acquire"]["deal_nouns"], lex["stage"]
    for tok in ctx.sent:
        if tok.pos_ not in {"NOUN", "PROPN"} or tok.lemma_.lower() not in deal_nouns and tok.lower_ not in deal_nouns:
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
        for p in platforms:
            for t in (ctx.head_token(p), _np_head(ctx.head_token(p))):
                sellers += [m for m in ctx.prep_objects(t, {"from"}, SUPPLIERS) if m not in sellers]
        buyers = [ctx.at[c.i] for c in tok.children if c.dep_ == "poss" and c.i in ctx.at
                  and ctx.label(ctx.at[c.i]) in STATES]
        verb = tok
        for _ in range(3):
            if verb.dep_ not in {"dobj", "pobj", "prep", "nsubjpass", "attr", "conj", "appos"} or verb.head is verb:
                break
            verb = verb.head
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
                    _subjects(ctx, facts, verb, STATES | {"Company"})
                buyers = [a for a in actors if ctx.label(a) in STATES]
                makers = [a for a in actors if ctx.label(a) == "Company"]
                if makers and not buyers:  # "KAI concluded a contract with the Philippines": the maker sells
                    buyers = [m for m in sellers if ctx.label(m) in STATES]
                    buyers += [m for t in (tok, verb) for m in ctx.prep_objects(t, {"with"}, {"GovernmentBody"})
                               if m not in buyers]  # "... with the Department of National Defense"
                    sellers = makers + [m for m in sellers if ctx.label(m) == "Company" and m not in makers]
        if not buyers and verb is not tok:  # "the contract ... was signed between the Ministry and Saab AB"
            inside = [ctx.at[t.i] for c in verb.children if c.dep_ == "prep" and c.lower_ == "between"
                      for t in c.subtree if t.i in ctx.at]
            makers = [m for m in inside if ctx.label(m) == "Company"]
            if makers:  # the parties named as heads are buyers ("the Swedish company": no buyer)
                buyers = [m for m in inside if ctx.label(m) in STATES and ctx.head_token(m).dep_ in {"pobj", "conj"}]
                sellers += [m for m in makers if m not in sellers]
        if not buyers:  # "its second contract": the owner of the deal, when no clause names the buyer
            buyers = [m for c in tok.children if c.dep_ == "poss" and c.tag_ == "PRP$"
                      for m in _antecedent(ctx, facts, c, STATES)]
        if not buyers and sellers and tok.dep_ == "nsubjpass" and facts.focal and \
                not ctx.prep_objects(verb, {"by"}, STATES | {"Company", "Organization", "Person"}):
            # "the largest contract was signed with BrahMos Aerospace for ...": the article's state buys
            buyers = [m for m in facts.mentions if m.entity == facts.focal][:1]
        arms_deal = _arms(ctx, [tok]) or any(t.lower_ in lex["supply"]["deal_qualifiers"] for t in tok.subtree)
        if not platforms and not (sellers and arms_deal):
            continue  # "air services agreements with Tehran" is no arms deal
        buyers = _with_country(ctx, buyers, STATES)
        sellers = _seller_owners(ctx, sellers)
        words = {c.lower_ for c in tok.subtree} | {verb.lemma_.lower()}
        stage = "ordered"
        if verb is not tok and verb.lemma_.lower() in stages["cancelled"]:
            stage = "cancelled"
        elif words & {"intent", "understanding", "mou", "memorandum"} or verb.lemma_.lower() in stages["planned"]:
            stage = "planned"
        elif verb.lemma_.lower() in stages["negotiating"] or words & stages["negotiating"]:
            stage = "negotiating"
        for b in buyers:
            for p in platforms:
                yield rel(ctx, b, "OPERATES", p, 0.7, "deal", stage=stage)
            for s in sellers if stage != "cancelled" else []:
                if s.entity != b.entity:
                    yield rel(ctx, s, "SUPPLIES", b, 0.7, "deal", stage=stage)


def fleets(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "its fleet of Su-27s and MiG-29s", "the Kazakh transport fleet is built around Il-76s": the
    owner of a fleet or inventory operates what it holds; and (``inventory``) what a state retired,
    what "the operators" are said to fly, and a state subject's "its" platform."""
    yield from retirements(ctx, facts)
    yield from operators(ctx, facts)
    yield from own_platforms(ctx, facts)
    yield from gone_to(ctx, facts)
    yield from fired(ctx, facts)
    yield from described_owner(ctx, facts)
    words = cues()["operate"]["fleet_nouns"]
    for tok in ctx.sent:
        if tok.lower_ not in words or tok.i in ctx.at or negated(ctx, tok):
            continue
        owners = [m for c in tok.children if c.dep_ in {"poss", "amod", "compound", "nmod"}
                  for m in ctx.group(c, STATES)]
        owners += [m for c in tok.children if c.dep_ == "poss" and c.tag_ == "PRP$"
                   for m in _antecedent(ctx, facts, c, STATES)]
        owners += [m for m in ctx.prep_objects(tok, {"of"}, STATES) if m not in owners]
        owners = _with_country(ctx, owners, STATES)
        platforms = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"of", "including"}
                     for p in _platforms_of(ctx, c)]
        if tok.dep_ in {"nsubj", "nsubjpass"}:  # "the fleet is built around / consists of / includes ..."
            verb = tok.head
            platforms += [p for c in verb.children if c.dep_ in {"prep", "dobj", "attr"} and c.i > tok.i
                          for p in _platforms_of(ctx, c) if p not in platforms]
        stage = "in_service"
        if tok.head.lemma_.lower() in cues()["stage"]["retired"] and tok.head.lemma_.lower() != "replace":
            stage = "retired"
        for o in owners:
            for p in platforms:
                yield rel(ctx, o, "OPERATES", p, 0.65, "fleet", stage=stage)


def possessed(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "the UAE's 60 Mirage 2000-9 jets", "Israel's Iron Dome": a state's own platform."""
    for p in ctx.of({"Platform"}):
        head = ctx.head_token(p)
        owners = [c for t in (head, head.head) for c in t.children if c.dep_ == "poss" and c.i in ctx.at]
        for c in owners:
            owner = ctx.fit(ctx.at[c.i], STATES)
            made = {t.lower_.split("-")[-1] for t in ctx.doc[c.i + 1:p.start]} & {"built", "made", "developed", "designed"}
            if owner is not None and c.i < p.start and not made:  # "India's licence-built BMP-2" names a maker
                yield rel(ctx, owner, "OPERATES", p, 0.55, "possessive", stage="in_service")


def _maker(ctx: SentenceContext, m: Mention) -> Mention | None:
    """A maker mention; a government body ("developed by India's DRDO") stands for its country."""
    if ctx.label(m) in MAKERS:
        return m
    e = ctx.entities[m.entity]
    if e.label == "GovernmentBody" and e.country and e.country in ctx.entities:
        return dataclasses.replace(m, entity=e.country)
    return None


def manufacture(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    yield from participial_makers(ctx, facts)
    yield from native_makers(ctx, facts)
    yield from design_of(ctx, facts)
    lex = cues()["manufacture"]
    makers_ok = MAKERS | {"GovernmentBody"}
    for tok in ctx.sent:
        lemma = tok.lemma_.lower()
        if lemma not in lex["verbs"] or tok.i in ctx.at or negated(ctx, tok):
            continue
        role = lex["roles"].get(lemma, "producer")
        if tok.dep_ in {"acl", "amod"} or any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children):
            makers = ctx.prep_objects(tok, {"by"}, makers_ok)
            platforms = [ctx.at[tok.head.i]] if tok.head.i in ctx.at else []
            if tok.dep_ in {"acl", "amod"} and not platforms:  # "the CAESAR howitzers, produced by KNDS"
                platforms = [p for p in _platforms_of(ctx, tok.head) if p.start < tok.i]
            platforms += [p for c in tok.children if c.dep_ == "nsubjpass" for p in _platforms_of(ctx, c)]
        else:
            makers = _subjects(ctx, facts, tok, MAKERS)  # a state body's own subject "upgrades" rather than makes
            platforms = [p for c in tok.children if c.dep_ == "dobj" for p in _platforms_of(ctx, c)
                         if _np_head(ctx.head_token(p)).lower_ not in _PARTS]
            if not platforms and any(c.dep_ == "dobj" and c.lemma_.lower() in _TYPE_NOUNS
                                     and any(d.lower_ == "the" for d in c.children) for c in tok.children):
                platforms = _latest_platform(ctx, facts, tok.i)  # "TUSAS has built the type for ..."
            if tok.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in {"which", "that"} for c in tok.children):
                # "the T-50 trainer, which KAI developed with Lockheed Martin"
                platforms = [p for p in _platforms_of(ctx, tok.head) if p.start < tok.i]
                makers += [m for m in ctx.prep_objects(tok, {"with"}, {"Company"}) if m not in makers]
        for mk in makers:
            mk = _maker(ctx, mk)
            for p in platforms:
                if mk is not None and ctx.label(p) == "Platform":
                    yield rel(ctx, mk, "MANUFACTURES", p, 0.75, "manufacture", role=role)
            # "TUSAS has built the type for Turkey's Defence Ministry": the maker supplies that state
            holders = [tok] + [c for c in tok.children if c.dep_ == "dobj"]  # "built (the type) for X"
            buyers = [m for h in holders for m in ctx.prep_objects(h, {"for"}, STATES)] if platforms else []
            buyers = _with_country(ctx, buyers, STATES)
            since = any(c.dep_ == "prep" and c.lower_ == "since" for c in tok.children)  # "has built ... since 2013"
            for b in buyers if mk is not None and ctx.label(mk) == "Company" else []:
                if ctx.entities[b.entity].name != _home(ctx, mk):  # its own state's ministry: no transfer
                    yield rel(ctx, mk, "SUPPLIES", b, 0.65, "built-for", stage="delivered")
                for p in platforms:
                    yield rel(ctx, b, "OPERATES", p, 0.65, "built-for", stage="in_service" if since else "delivered")
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
    # "Turkish-made drones", "Baykar's TB2"
    for p in ctx.of({"Platform"}):
        prev = ctx.doc[p.start - 1] if p.start > ctx.sent.start else None
        if prev is not None and prev.lower_ in {"'s", "\u2019s"} and prev.i - 1 in ctx.at:
            owner = ctx.at[prev.i - 1]
            if ctx.label(owner) == "Company":
                yield rel(ctx, owner, "MANUFACTURES", p, 0.6, "maker-possessive", role="developer")
    for t in ctx.sent:
        if t.lower_ in {"made", "built", "developed", "designed", "produced", "manufactured"} and t.i > 0 \
                and ctx.doc[t.i - 1].text == "-" and t.i - 2 in ctx.at:
            maker = _maker(ctx, ctx.at[t.i - 2])
            if maker is not None:
                for p in _platforms_of(ctx, t.head):
                    yield rel(ctx, maker, "MANUFACTURES", p, 0.65, "made-in", role="producer")
