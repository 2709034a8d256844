"""Relation rules over the dependency parse. Each rule takes a :class:`SentenceContext` and the
document facts (focal country, main event) and yields :class:`Relation` objects; cue words come
from ``cues.yaml``. ``RULES`` lists them; the ontology check happens when the graph is built."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Token

from ..mentions import Mention
from ..mentions.lexicon import lexicon
from ..ontology import ACTORS
from .context import SentenceContext
from .lexicon import cues, domain_of
from .relation import Relation

STATES = {"Country", "GovernmentBody"}
SUPPLIERS = {"Country", "Company"}
MAKERS = {"Company", "Country"}
ORGS = {"Organization", "GovernmentBody", "Company", "Alliance", "Country"}
PLACES = {"Place", "Country"}


@dataclass
class DocFacts:
    """What rules need to know about the whole document."""

    focal: str | None
    main_event: str | None
    display_event: bool
    entities: dict
    mentions: list = field(default_factory=list)


def rel(ctx: SentenceContext, source: Mention | str, type_: str, target: Mention | str, confidence: float,
        rule: str, **props: str | None) -> Relation:
    src = source if isinstance(source, str) else source.entity
    dst = target if isinstance(target, str) else target.entity
    return Relation(src, type_, dst, ctx.evidence, confidence, rule, {k: v for k, v in props.items() if v})


def _lemma_tokens(ctx: SentenceContext, words: set[str]) -> list[Token]:
    return [t for t in ctx.sent if t.lemma_.lower() in words or t.lower_ in words]


# -- cooperation and conflict ----------------------------------------------------------------------
STATE_ACTORS = ACTORS - {"Person"}


def _pairs(ctx: SentenceContext, family: str, type_: str, rule: str) -> Iterator[Relation]:
    """Both sides of a tie or a conflict; people are not parties to them here (their states are)."""
    lex = cues()[family]
    domain = domain_of(ctx.lemmas)
    actors = STATE_ACTORS
    for tok in _lemma_tokens(ctx, lex["nouns"] | lex["verbs"]):
        if tok.i in ctx.at:
            continue
        preps = {"with", "against", "on", "toward", "towards", "to"} | ({"of", "in"} if family == "conflict" else set())
        partners = ctx.prep_objects(tok, preps, actors)
        between = ctx.prep_objects(tok, {"between", "among"}, actors)
        if tok.lower_ in lex.get("list_cues", set()):  # "partners including A, B and C"
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ in {"including", "like", "such"}:
                    for obj in child.subtree:
                        if obj.dep_ == "pobj":
                            partners += ctx.group(obj, actors)
                            break
        if tok.pos_ == "VERB":  # "Pakistan shot down five Indian jets": the object, or the states it belongs to
            for obj in (c for c in tok.children if c.dep_ in {"dobj", "attr"}):
                partners += [m for m in ctx.group(obj, actors) if m not in partners]
        if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in {"against", "with"}:
            # "Ukraine stepped up its fightback against Russia's invasion"
            owners = [ctx.at[c.i] for c in tok.children if c.dep_ == "poss" and c.i in ctx.at
                      and ctx.label(ctx.at[c.i]) in actors]
            if owners:
                for a in ctx.subjects(tok.head.head, actors):
                    for b in owners:
                        if a.entity != b.entity:
                            yield rel(ctx, a, type_, b, 0.65, rule, domain=domain)
        poss = [ctx.at[c.i] for c in tok.children if c.dep_ == "poss" and c.i in ctx.at
                and ctx.label(ctx.at[c.i]) in actors] if tok.pos_ == "NOUN" else []
        subjects = (poss or ctx.subjects(tok, actors)) if partners else []
        for a in subjects:
            for b in partners:
                if a.entity != b.entity:
                    yield rel(ctx, a, type_, b, 0.75, rule, domain=domain)
        if len(between) >= 2:
            for i, a in enumerate(between):
                for b in between[i + 1:]:
                    if a.entity != b.entity:
                        yield rel(ctx, a, type_, b, 0.8, rule, domain=domain)
        # "the Russia-Ukraine war", "India-Pakistan tensions"
        mods = [ctx.at[c.i] for c in tok.subtree if c.i < tok.i and c.i in ctx.at and ctx.label(ctx.at[c.i]) in actors
                and c.dep_ in {"compound", "amod", "nmod", "conj", "npadvmod"}]
        if tok.pos_ == "NOUN" and len(mods) >= 2:
            for i, a in enumerate(mods):
                for b in mods[i + 1:]:
                    if a.entity != b.entity:
                        yield rel(ctx, a, type_, b, 0.7, rule, domain=domain)


def cooperation(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    yield from _pairs(ctx, "cooperation", "COOPERATES_WITH", "cooperation")


def conflict(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    yield from _pairs(ctx, "conflict", "IN_CONFLICT_WITH", "conflict")


# -- membership ---------------------------------------------------------------------------------------
def membership(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    lex = cues()["membership"]
    members_ok = {"Country", "Organization", "GovernmentBody"}
    for a in ctx.of({"Alliance"}):
        before = " ".join(t.lower_ for t in ctx.doc[max(ctx.sent.start, a.start - 4):a.start])
        before = before.removesuffix(" the")
        head = ctx.head_token(a)
        if any(before.endswith(cue) for cue in lex["before"]):
            # the clause's subject, plus the objects of "with" in the same phrase ("relations with Russia under the CSTO")
            governor = head.head.head if head.dep_ == "pobj" else head.head
            members = ctx.subjects(governor, members_ok)
            if head.dep_ == "pobj" and head.head.lower_ in {"under", "within"}:
                members += [m for m in ctx.prep_objects(governor, {"with"}, members_ok) if m not in members]
            for m in members:
                yield rel(ctx, m, "MEMBER_OF", a, 0.8, "membership")
        # "the CSTO, which includes Russia, Belarus and Kazakhstan"
        for verb in ctx.sent:
            if verb.lemma_.lower() in {"include", "comprise", "unite", "bring", "count"} and verb.pos_ == "VERB" \
                    and a in ctx.subjects(verb, {"Alliance"}):
                for obj in verb.children:
                    if obj.dep_ == "dobj":
                        for m in ctx.group(obj, members_ok):
                            yield rel(ctx, m, "MEMBER_OF", a, 0.75, "membership-includes")
        # "the CSTO is an alliance of six ex-Soviet states -- Russia, Armenia, Belarus ..."
        if head.dep_ == "nsubj" and head.head.lemma_ in {"be", "comprise", "consist", "unite", "group"}:
            listed = [m for m in ctx.of({"Country"}) if m.start > head.head.i]
            chain = max((ctx.group(ctx.head_token(m), {"Country"}) for m in listed), key=len, default=[])
            if len(chain) >= 2:
                for m in chain:
                    yield rel(ctx, m, "MEMBER_OF", a, 0.7, "membership-list")
        # "NATO members Poland and Lithuania", "CSTO member states such as X"
        after = [t for t in ctx.doc[a.end:min(ctx.sent.end, a.end + 3)]]
        if after and after[0].lemma_.lower() in {"member", "ally"}:
            for t in ctx.doc[after[0].i + 1:ctx.sent.end]:
                if t.i in ctx.at:
                    for m in ctx.group(t, members_ok):
                        yield rel(ctx, m, "MEMBER_OF", a, 0.75, "membership")
                    break
                if t.lower_ not in {",", "including", "such", "as", "like", ":", "-", "--", "\u2014", "state", "states", "the"}:
                    break


# -- supply, operation, manufacture ------------------------------------------------------------------
def _platforms_of(ctx: SentenceContext, tok: Token) -> list[Mention]:
    found = [ctx.at[t.i] for t in tok.subtree if t.i in ctx.at and ctx.label(ctx.at[t.i]) == "Platform"]
    out: list[Mention] = []
    for m in found:
        if all(m.entity != o.entity for o in out):
            out.append(m)
    return out


def _recent_platform(ctx: SentenceContext, facts: DocFacts, noun: Token) -> list[Mention]:
    """ "these drones", "the jets": the latest platform of that category in the last sentences."""
    from ..mentions.lexicon import category_of

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


def transfers(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    supply = cues()["supply"]["verbs"]
    acquire = cues()["acquire"]["verbs"]
    ordered = cues()["acquire"]["ordered"]
    operate = cues()["operate"]["verbs"]
    for tok in ctx.sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ not in {"VERB", "NOUN"} or tok.i in ctx.at:
            continue
        objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass", "attr", "oprd"}]
        platforms = [p for o in objs for p in _platforms_of(ctx, o)]
        if tok.dep_ == "acl":  # "a consignment of TB2s delivered to Togo"
            platforms += [p for p in _platforms_of(ctx, tok.head) if p.start < tok.i]
        if not platforms:
            for o in objs:
                nouns = [o] + [x for x in o.subtree if x.dep_ == "pobj"]
                platforms += next((found for n in nouns if (found := _recent_platform(ctx, facts, n))), [])
        passive = any(c.dep_ == "nsubjpass" for c in tok.children)
        if lemma in supply and passive and not ctx.prep_objects(tok, {"to"}, STATES):
            # "Poland will be supplied with 180 K2 tanks (by X)"
            recipients = [m for c in tok.children if c.dep_ == "nsubjpass" for m in ctx.group(c, STATES)]
            platforms = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for p in _platforms_of(ctx, c)]
            for r in recipients:
                for p in platforms:
                    yield rel(ctx, r, "OPERATES", p, 0.7, "supplied-with", status="ordered" if tok.tag_ in {"VB", "MD"} or "will" in ctx.lemmas else "in_service")
                for s in ctx.prep_objects(tok, {"by"}, SUPPLIERS):
                    yield rel(ctx, s, "SUPPLIES", r, 0.75, "supplied-with")
        elif lemma in supply or lemma in {"sale", "delivery", "export", "transfer", "shipment"}:
            if tok.pos_ == "NOUN":  # "Leonardo's arms sales to Israel"
                suppliers = [ctx.at[c.i] for c in tok.children if c.dep_ == "poss" and c.i in ctx.at
                             and ctx.label(ctx.at[c.i]) in SUPPLIERS]
            else:
                suppliers = ctx.prep_objects(tok, {"by"}, SUPPLIERS) if passive else ctx.subjects(tok, SUPPLIERS)
            recipients = ctx.prep_objects(tok, {"to"}, STATES)
            for c in tok.children:
                if c.dep_ == "dative" or (c.dep_ == "dobj" and any(x.dep_ == "prep" and x.lower_ == "with" for x in tok.children)):
                    recipients += ctx.group(c, STATES)  # "provides the Israeli Air Force with M-346s"
                    platforms += [p for x in tok.children if x.dep_ == "prep" and x.lower_ == "with" for p in _platforms_of(ctx, x)]
            if not recipients:
                recipients = [m for o in objs for t in o.subtree if t.dep_ == "prep" and t.lower_ == "to"
                              for x in t.children if x.dep_ == "pobj" for m in ctx.group(x, STATES)]
            for s in suppliers:
                for r in recipients:
                    if s.entity != r.entity:
                        yield rel(ctx, s, "SUPPLIES", r, 0.8, "supply")
                        for p in platforms:
                            yield rel(ctx, r, "OPERATES", p, 0.7, "supply", status="ordered" if tok.tag_ in {"VB", "MD"} else "in_service")
        elif lemma in acquire or lemma in operate:
            buyers = ctx.subjects(tok, STATES) if not passive else ctx.prep_objects(tok, {"by"}, STATES)
            sellers = ctx.prep_objects(tok, {"from"}, SUPPLIERS) if lemma in acquire else []
            if lemma in acquire and not platforms and tok.pos_ == "VERB":
                # "signed a contract for 180 K2 tanks", "placed an order for ...", "signed a deal (...) for X"
                for child in tok.children:
                    if child.dep_ == "prep" and child.lower_ == "for":
                        platforms += _platforms_of(ctx, child)
                for o in objs:
                    for child in o.children:
                        if child.dep_ == "prep" and child.lower_ in {"for", "of"}:
                            platforms += _platforms_of(ctx, child)
                            sellers += ctx.prep_objects(o, {"with"}, SUPPLIERS)
            status = "ordered" if lemma in ordered else "in_service"
            for b in buyers:
                for p in platforms:
                    yield rel(ctx, b, "OPERATES", p, 0.75, "acquire", status=status)
                for s in sellers:
                    if s.entity != b.entity:
                        yield rel(ctx, s, "SUPPLIES", b, 0.75, "acquire")


def possessed(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "the UAE's 60 Mirage 2000-9 jets", "Israel's Iron Dome": a state's own platform."""
    for p in ctx.of({"Platform"}):
        head = ctx.head_token(p)
        owners = [c for t in (head, head.head) for c in t.children if c.dep_ == "poss" and c.i in ctx.at]
        for c in owners:
            owner = ctx.fit(ctx.at[c.i], STATES)
            if owner is not None and c.i < p.start:
                yield rel(ctx, owner, "OPERATES", p, 0.55, "possessive", status="in_service")


def manufacture(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    lex = cues()["manufacture"]
    for tok in ctx.sent:
        lemma = tok.lemma_.lower()
        if lemma not in lex["verbs"] or tok.i in ctx.at:
            continue
        role = lex["roles"].get(lemma, "producer")
        if tok.dep_ in {"acl", "amod"} or any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children):
            makers = ctx.prep_objects(tok, {"by"}, MAKERS)
            platforms = [ctx.at[tok.head.i]] if tok.head.i in ctx.at else []
            platforms += [p for c in tok.children if c.dep_ == "nsubjpass" for p in _platforms_of(ctx, c)]
        else:
            makers = ctx.subjects(tok, MAKERS)
            platforms = [p for c in tok.children if c.dep_ == "dobj" for p in _platforms_of(ctx, c)]
        for mk in makers:
            for p in platforms:
                if ctx.label(p) == "Platform":
                    yield rel(ctx, mk, "MANUFACTURES", p, 0.75, "manufacture", role=role)
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
            maker = ctx.at[t.i - 2]
            if ctx.label(maker) in MAKERS:
                for p in _platforms_of(ctx, t.head):
                    yield rel(ctx, maker, "MANUFACTURES", p, 0.65, "made-in", role="producer")


# -- companies, people, bodies -------------------------------------------------------------------------
def based_in(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "South African defense firm Paramount Group", "Israel's Elbit Systems", "X, based in C"."""
    for m in ctx.of({"Company", "Organization"}):
        for c in reversed(ctx.mentions):
            if c.end > m.start or ctx.label(c) != "Country":
                continue
            gap = ctx.between(c, m)
            if len(gap) <= 4 and all(t.lower_ in {"'s", "\u2019s", "-", "based"} or
                                     (t.is_lower and t.pos_ in {"NOUN", "ADJ", "PROPN"}) for t in gap):
                yield rel(ctx, m, "BASED_IN", c, 0.8, "based-in-modifier")
            break
        for t in ctx.doc[m.end:min(ctx.sent.end, m.end + 4)]:
            if t.lower_ in {"based", "headquartered"}:
                for c in ctx.prep_objects(t, {"in"}, {"Country", "Place"}):
                    country = _country_of(ctx, c)
                    if country:
                        yield rel(ctx, m, "BASED_IN", country, 0.8, "based-in-clause")


def _country_of(ctx: SentenceContext, m: Mention) -> str | None:
    entity = ctx.entities[m.entity]
    if entity.label == "Country":
        return entity.id
    return None


def part_of(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """A government body whose country is named in or beside it ("Kazakh Ministry of Defense")."""
    for m in ctx.of({"GovernmentBody"}):
        entity = ctx.entities[m.entity]
        cm = entity.country_mention
        if entity.country and cm is not None and ctx.sent.start <= cm.start < ctx.sent.end:
            yield rel(ctx, m, "PART_OF", entity.country, 0.85, "part-of-name")


def _title_before(ctx: SentenceContext, person: Mention) -> tuple[str, dict, int] | None:
    titles = lexicon()["person_titles"]
    end = person.start
    if end - 1 >= ctx.sent.start and ctx.doc[end - 1].text == ",":
        end -= 1
    words = [t for t in ctx.doc[max(ctx.sent.start, end - 4):end]]
    for n in (4, 3, 2, 1):
        if len(words) >= n:
            phrase = " ".join(t.lower_ for t in words[-n:]).replace(" - ", "-")
            if phrase in titles:
                return phrase, titles[phrase], end - n
    return None


def people(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    titles = lexicon()["person_titles"]
    for p in ctx.of({"Person"}):
        found = _title_before(ctx, p)
        org: Mention | None = None
        info: dict = {}
        if found:
            phrase, info, start = found
            # "Kazakh President X", "Baykar CEO X", "Kazakhstan's President X"
            j = start - 1
            if j >= ctx.sent.start and ctx.doc[j].lower_ in {"'s", "\u2019s"}:
                j -= 1
            if j in ctx.at and ctx.label(ctx.at[j]) in ORGS:
                org = ctx.at[j]
        else:
            # "X, the president of C" / "X, an analyst at I"
            nxt = [t for t in ctx.doc[p.end:min(ctx.sent.end, p.end + 6)]]
            title_tok = next((t for t in nxt if t.lower_ in titles), None)
            if title_tok is None or not ctx.doc[p.end].is_punct:
                continue
            phrase = title_tok.lower_
            info = titles[phrase]
            # "X, Argentina's president", "X, the Argentine president"
            j = title_tok.i - 1
            if j >= p.end and ctx.doc[j].lower_ in {"'s", "\u2019s"}:
                j -= 1
            if j in ctx.at and ctx.label(ctx.at[j]) in ORGS:
                org = ctx.at[j]
            for t in ctx.doc[title_tok.i + 1:min(ctx.sent.end, title_tok.i + 3)]:
                if org is None and t.lower_ in {"of", "at", "for"}:
                    org = next((ctx.at[x.i] for x in ctx.doc[t.i + 1:min(ctx.sent.end, t.i + 4)]
                                if x.i in ctx.at and ctx.label(ctx.at[x.i]) in ORGS), None)
        # "analyst X of the Institute", "X, director of Y"
        if org is None and found:
            for t in ctx.doc[p.end:min(ctx.sent.end, p.end + 8)]:
                if t.lower_ in {"of", "at", "from", "with", "for"}:
                    obj = next((ctx.at[x.i] for x in ctx.doc[t.i + 1:min(ctx.sent.end, t.i + 4)] if x.i in ctx.at), None)
                    if obj is not None and ctx.label(obj) in ORGS:
                        org = obj
                    break
                if t.i in ctx.at and ctx.label(ctx.at[t.i]) == "Person":
                    break
        if not info:
            continue
        role = info["role"]
        if "leads" in info:
            target: Mention | str | None = org
            if info["leads"] == "ministry" and (org is None or ctx.label(org) == "Country"):
                country = org.entity if org is not None else facts.focal
                ministry = _ministry(facts, country, info.get("ministry"))
                if ministry:
                    yield rel(ctx, p, "LEADS", ministry, 0.7, "title", role=role)
                elif country:
                    yield rel(ctx, p, "AFFILIATED_WITH", country, 0.6, "title", role=role)
                continue
            if target is None and info["leads"] == "country":
                target = facts.focal
            if target is not None:
                yield rel(ctx, p, "LEADS", target, 0.8 if org else 0.6, "title", role=role)
        elif org is not None:
            yield rel(ctx, p, "AFFILIATED_WITH", org, 0.75, "title", role=role)


def _ministry(facts: DocFacts, country: str | None, topic: str | None) -> str | None:
    """The document's ministry of ``topic`` ("Defense") belonging to ``country``, if it has one."""
    if not country or not topic:
        return None
    key = topic.lower()
    for e in facts.entities.values():
        if e.label == "GovernmentBody" and e.country == country and "ministry" in e.name.lower() \
                and (key in e.name.lower() or (key == "defense" and "defence" in e.name.lower())):
            return e.id
    return None


def joint_venture(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "JV, a joint venture between A and B"; "A formed a joint venture, JV, with B"."""
    parents_ok = {"Company", "Country", "GovernmentBody"}
    companies = ctx.of({"Company"})
    for cue in ctx.sent:
        if not (cue.lower_.startswith("venture") and cue.i > ctx.sent.start and ctx.doc[cue.i - 1].lower_ == "joint"
                or cue.lower_ in {"jv", "partnership"} and cue.i > 0 and ctx.doc[cue.i - 1].lower_ in {"50-50", "jv"}):
            continue
        parents = ctx.prep_objects(cue, {"with", "between", "of", "by"}, parents_ok)
        verb = cue.head if cue.dep_ in {"dobj", "attr"} else None
        if verb is not None and verb.lemma_.lower() in {"form", "create", "establish", "set", "launch", "sign", "announce",
                                                        "agree", "build", "unveil"} and cue.dep_ == "dobj":
            # the subject is a parent; the venture is the company named after the cue
            parents = ctx.subjects(verb, parents_ok) + parents
            parents += [m for m in ctx.prep_objects(verb, {"with"}, parents_ok) if m not in parents]
            named = [m for m in companies if m.start > cue.i and all(m.entity != p.entity for p in parents)]
            jv = named[0] if named else None
        else:
            # "JV, a joint venture with B" / "JV is a joint venture between A and B"
            before = [m for m in companies if m.end <= cue.i]
            jv = before[-1] if before else None
        if jv is None:
            continue
        # a demonym directly before a company names the company's country, not a parent
        parents = [m for m in parents if not (ctx.label(m) == "Country" and any(
            0 <= c.start - m.end <= 3 and ctx.label(c) == "Company" for c in companies))]
        for parent in parents:
            if parent.entity != jv.entity:
                yield rel(ctx, jv, "JOINT_VENTURE_OF", parent, 0.8, "joint-venture")


def subsidiary(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Leonardo subsidiary RADA", "RADA, a subsidiary of Leonardo", "X, a unit of Y"."""
    words = {"subsidiary", "unit", "division", "arm", "affiliate", "branch"}
    for cue in ctx.sent:
        if cue.lower_ not in words:
            continue
        owner = ctx.mention(ctx.doc[cue.i - 1]) if cue.i > ctx.sent.start else None
        if owner is not None and ctx.label(owner) in {"Company", "Organization"}:
            child = next((ctx.at[t.i] for t in ctx.doc[cue.i + 1:min(ctx.sent.end, cue.i + 3)] if t.i in ctx.at), None)
            if child is not None and ctx.label(child) in {"Company", "Organization"} and child.entity != owner.entity:
                yield rel(ctx, child, "PART_OF", owner, 0.75, "subsidiary")
        for owner in ctx.prep_objects(cue, {"of"}, {"Company", "Organization", "GovernmentBody"}):
            child = next((m for m in reversed(ctx.of({"Company", "Organization"})) if m.end <= cue.i), None)
            if child is not None and child.entity != owner.entity:
                yield rel(ctx, child, "PART_OF", owner, 0.75, "subsidiary")


# -- events ------------------------------------------------------------------------------------------
def events(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    event_mentions = ctx.of({"Event"})
    if not event_mentions:
        return
    place_verbs = cues()["event_place"]["verbs"]
    for e in event_mentions:
        head = ctx.head_token(e)
        anchors = [head]
        if head.dep_ in {"dobj", "nsubjpass", "nsubj"}:
            anchors.append(head.head)
        if head.dep_ == "pobj" and head.head.head.pos_ == "VERB":  # "take part in the parade ... in the capital"
            anchors.append(head.head.head)
        # "the Air Show, held June 16-22 in the French capital"
        anchors += [c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in place_verbs]
        for anchor in anchors:
            for place in ctx.prep_objects(anchor, {"in", "at"}, PLACES):
                if ctx.label(place) == "Place" or not any(ctx.label(x) == "Place" for x in ctx.prep_objects(anchor, {"in", "at"}, PLACES)):
                    yield rel(ctx, e, "HELD_IN", place, 0.8, "held-in")
        verb = head.head if head.dep_ == "dobj" else (head.head.head if head.dep_ == "pobj" else None)
        if verb is not None and verb.lemma_.lower() in place_verbs and (head.dep_ == "dobj" or verb.lemma_.lower() == "host"):
            for host in ctx.subjects(verb, {"Country", "GovernmentBody", "Organization", "Alliance", "Person"}):
                yield rel(ctx, e, "HOSTED_BY", host, 0.7, "hosted-by")
    # commemoration: "held a parade to celebrate X and commemorate the anniversary of Y"
    words = cues()["commemoration"]["words"]
    cue = next((t for t in ctx.sent if t.lemma_.lower() in words), None)
    if cue is not None:
        before = [e for e in event_mentions if e.start < cue.i]
        after = [e for e in event_mentions if e.start > cue.i]
        if before:
            for e in after:
                if e.entity != before[0].entity:
                    yield rel(ctx, before[0], "COMMEMORATES", e, 0.75, "commemorates")


def displayed(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    platforms = ctx.of({"Platform"})
    if not platforms:
        return
    explicit = [e for e in ctx.of({"Event"})]
    cue = ctx.lemmas & cues()["display"]["words"]
    if explicit and cue:
        for p in platforms:
            yield rel(ctx, p, "DISPLAYED_AT", explicit[0], 0.8, "displayed-at")
    elif facts.display_event and facts.main_event and cue:
        for p in platforms:
            yield rel(ctx, p, "DISPLAYED_AT", facts.main_event, 0.6, "displayed-in-event-article")


def deployed(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    platforms = ctx.of({"Platform"})
    cue = next((t for t in ctx.sent if t.lemma_.lower() in cues()["deployment"]["words"]), None)
    if not platforms or cue is None:
        return
    places = [m for m in ctx.of({"Place"}) if m.start > cue.i]
    if not places:
        return
    latter = next((t for t in ctx.sent if t.lower_ in {"latter", "former"}), None)
    if latter is not None:
        chosen = [p for p in platforms if p.start < latter.i]
        chosen = chosen[-1:] if latter.lower_ == "latter" else chosen[:1]
    else:
        chosen = [p for p in platforms if p.start < cue.i][-1:]
    for p in chosen:
        yield rel(ctx, p, "DEPLOYED_TO", places[0], 0.7, "deployed-to")


def located(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Astana, Kazakhstan" and "a base in Syria"."""
    for m in ctx.of({"Place"}):
        rest = ctx.doc[m.end:min(ctx.sent.end, m.end + 2)]
        if len(rest) == 2 and rest[0].text in {",", "in"} and rest[1].i in ctx.at:
            c = ctx.at[rest[1].i]
            if ctx.label(c) in PLACES and c.entity != m.entity:
                yield rel(ctx, m, "LOCATED_IN", c, 0.7, "located-in")


def participation(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "X attended / took part in E", "E was attended by A, B", "H hosted A and B at E"."""
    lex = cues()["participation"]
    for tok in ctx.sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or lemma not in lex["verbs"] | {"host", "welcome", "attend"}:
            continue
        targets = [e for e in ctx.prep_objects(tok, {"in", "at"}, {"Event"})]
        passive = any(c.dep_ == "nsubjpass" for c in tok.children)
        objects = [c for c in tok.children if c.dep_ in ({"nsubjpass"} if passive else {"dobj"})]
        targets += [ctx.at[c.i] for c in objects if c.i in ctx.at and ctx.label(ctx.at[c.i]) == "Event"]
        if lemma in {"host", "welcome"}:
            actors = [m for c in tok.children if c.dep_ == "dobj" for m in ctx.with_list(c, ACTORS)]
        elif passive:
            actors = [m for c in tok.children if c.dep_ == "agent" for o in c.children for m in ctx.with_list(o, ACTORS)]
        else:
            actors = ctx.subjects(tok, ACTORS)
        for actor in actors:
            for e in targets:
                yield rel(ctx, actor, "PARTICIPATED_IN", e, 0.7, "participated")


Rule = Callable[[SentenceContext, DocFacts], Iterator[Relation]]
RULES: dict[str, Rule] = {
    "cooperation": cooperation, "conflict": conflict, "membership": membership, "transfers": transfers,
    "manufacture": manufacture, "possessed": possessed, "based_in": based_in, "part_of": part_of, "people": people,
    "joint_venture": joint_venture, "subsidiary": subsidiary, "events": events, "displayed": displayed, "deployed": deployed,
    "located": located, "participation": participation,
}
