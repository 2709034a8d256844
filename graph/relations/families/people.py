"""Leadership and roles of people: titles before and after names."""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from ...ids import make_id
from ...mentions import Mention
from ...mentions.words import lowers, phrase_at, title_phrase
from ...reference.forceless import forceless
from ..context import SentenceContext
from ..coordination import conjuncts
from ..lexicon import cues
from ..negation import negated
from ..prepositions import prep_objects
from ..relation import Relation
from ._people_titles import (
    AFFILIATED_TITLES,
    FORMER,
    HONORIFICS,
    LEADER_GROUPS,
    MINISTRY_LEADERS,
    MINISTRY_STAFF,
    NATIONAL_ADVISERS,
    SECRETARY_LED,
    SERVICE_CHIEFS,
    SPOKESPEOPLE,
    STATE_TITLES,
    SUBORDINATE,
    TOPIC_STOP,
    UNIT_NOUNS,
    office_titles,
    service_relation,
)
from ._people_titles import titles as all_titles
from .common import ORGS, DocFacts, rel


def _past_ranks(ctx: SentenceContext, start: int) -> int:
    """Where an office title before a name ends when ranks and honorifics stand between them:
    "Deputy Defence Minister Lieutenant General X", "China's Defence Minister, Admiral X",
    "Defence Minister Prince X" (``start`` when none do)."""
    ranks = _ranks() | HONORIFICS
    j = start
    while j - 1 > ctx.sent.start and (ctx.doc[j - 1].lower_ in ranks and ctx.doc[j - 1].text[:1].isupper()
                                      or ctx.doc[j - 1].lower_ in {"retired", "rtd"}):
        j -= 1
    if j < start and j - 1 > ctx.sent.start and ctx.doc[j - 1].text == ",":
        j -= 1
    return j if j < start else start


def _before_post(ctx: SentenceContext, end: int) -> int:
    """Where a title ends when the place of its post follows it before the name ("Ambassador to
    Romania, X", "High Commissioner in Accra, X"): the "to"/"in" that starts the place's mention."""
    m = ctx.at.get(end - 1)
    if m is None or m.end != end or ctx.label(m) not in {"Country", "Place"} or m.start - 1 <= ctx.sent.start:
        return end
    j = m.start - 1
    if ctx.doc[j].lower_ == "the":
        j -= 1
    return j if ctx.doc[j].lower_ in {"to", "in"} and (ctx.doc[j - 1].text[:1].isupper() or _posted_title(ctx, j)) \
        else end


def _posted_title(ctx: SentenceContext, j: int) -> bool:
    """Whether a lower-case title of a state's people posted abroad ends right before token ``j`` ("Australia's
    deputy ambassador in Manila, X": ``people_ties.posted_titles``)."""
    posted = set(cues()["people_ties"]["posted_titles"])
    words = list(ctx.doc[max(ctx.sent.start, j - 3):j])
    return any(title_phrase(words[-n:]) in posted for n in (3, 2, 1) if len(words) >= n)


def _title_before(ctx: SentenceContext, person: Mention) -> tuple[str, dict, int] | None:
    titles = all_titles()
    # an heir's title partly inside the mention's span but not its name ("Prince" of "Crown Prince X")
    name = person.text.split()[0] if person.text.strip() else ""
    inner = next((t.i for t in ctx.doc[person.start:person.end] if t.text == name), person.start)
    offices = office_titles()
    past = _past_ranks(ctx, person.start)
    for end, allowed in ((inner, AFFILIATED_TITLES), (past, offices), (person.start, titles)) if inner > person.start \
            else ((past, offices), (person.start, titles)) if past < person.start else ((person.start, titles),):
        if end - 1 >= ctx.sent.start and ctx.doc[end - 1].text == ",":
            end -= 1
        end = _before_post(ctx, end)  # "Britain's High Commissioner to Ghana, X": the title before "to Ghana"
        words = [t for t in ctx.doc[max(ctx.sent.start, end - 6):end]]
        for n in (6, 5, 4, 3, 2, 1):
            if len(words) >= n:
                phrase = title_phrase(words[-n:])
                if phrase in allowed:
                    return phrase, titles[phrase], end - n
    # "its Minister for Foreign Trade, X": a title with its portfolio in capitals
    for t in reversed(ctx.doc[max(ctx.sent.start, end - 7):end]):
        if t.lower_ in {"minister", "secretary"} and t.i + 1 < end and ctx.doc[t.i + 1].lower_ in {"for", "of"} \
                and all(w.text[:1].isupper() or w.lower_ in {"and", "the"} for w in ctx.doc[t.i + 2:end]) \
                and t.i + 2 < end:
            return t.lower_, titles[t.lower_], t.i
        if not (t.text[:1].isupper() or t.lower_ in {"for", "of", "and", "the"}):
            break
    return None


def _object_of(ctx: SentenceContext, prep) -> Mention | None:
    """The organisation a preposition governs: the mention at its object's head ("of Armenia's
    Security Council" is the council; "at the consultancy X" is X), else the first organisation within
    four words."""
    for obj in prep.children:
        if obj.dep_ == "pobj" and obj.i in ctx.at and ctx.label(ctx.at[obj.i]) in ORGS:
            return ctx.at[obj.i]
        if obj.dep_ == "pobj" and obj.i not in ctx.at:  # "chief of the General Staff of the Argentine Air Force"
            # "an analyst at the Turin-based consultancy X": the name in apposition to a generic noun
            named = next((c for c in obj.children if c.dep_ == "appos" and c.i in ctx.at
                          and ctx.label(ctx.at[c.i]) in ORGS), None)
            if named is not None:
                return ctx.at[named.i]
            for inner in prep_objects(obj, "of"):
                if inner.i in ctx.at and ctx.label(ctx.at[inner.i]) in ORGS:
                    return ctx.at[inner.i]
    # "leader of the Turkish Republic of Northern Cyprus": a demonym inside a name no mention holds is not the body
    unnamed = any(o.dep_ == "pobj" and o.pos_ == "PROPN" and o.i not in ctx.at for o in prep.children)
    return next((ctx.at[x.i] for x in ctx.doc[prep.i + 1:min(ctx.sent.end, prep.i + 5)]
                 if x.i in ctx.at and ctx.label(ctx.at[x.i]) in ORGS
                 and not (unnamed and ctx.at[x.i].demonym and ctx.label(ctx.at[x.i]) == "Country")), None)


_HEAD_VERBS = {"head", "lead", "run", "chair", "command", "direct", "manage", "helm", "oversee"}
_HEAD_PHRASALS = {"take": "over"}  # "who took over at Y": took the helm


def _relative_role(ctx: SentenceContext, p: Mention) -> Iterator[Relation]:
    """ "X, who heads the agency" (LEADS); "X, who works for / runs procurement for Y" (AFFILIATED_WITH)."""
    head = ctx.head_token(p)
    # "X of the University of Oslo": a name with its institution and no title
    nxt = ctx.doc[p.end] if p.end < ctx.sent.end else None
    if nxt is not None and nxt.lower_ in {"of", "at"}:
        org = _object_of(ctx, nxt)
        if org is not None and org.start <= nxt.i + 2 and ctx.label(org) in {"Organization", "Company", "GovernmentBody"}:
            yield rel(ctx, p, "AFFILIATED_WITH", org, 0.6, "name-of-institution")
            return
    for clause in _own_clauses(ctx, p, head):
        lemma = clause.lemma_.lower()
        # "X, whose Ministry of National Defence oversees the agency": the body is the person's own
        owned = [ctx.at[c.i] for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i in ctx.at
                 and any(g.lower_ == "whose" for g in c.children)]
        if owned and ctx.label(owned[0]) in {"GovernmentBody", "Company"}:
            yield rel(ctx, p, "LEADS", owned[0], 0.65, "relative-role")
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ not in {"WP", "WDT", "PRP"} for c in clause.children):
            continue  # "X, whose country has chaired the bloc": the clause is another's doing
        objs = [m for o in clause.children if o.dep_ == "dobj" for m in [_named_object(ctx, o)]
                if m is not None and ctx.label(m) in ORGS]
        if lemma in _HEAD_VERBS and objs:
            yield rel(ctx, p, "LEADS", objs[0], 0.7, "relative-role", role=lemma)
            continue
        owner = _owner_of_part(ctx, clause) if lemma in _HEAD_VERBS else None
        if owner is not None:  # "who runs Mahindra's defence business": one of Mahindra's people
            yield rel(ctx, p, "AFFILIATED_WITH", owner, 0.6, "relative-role-part")
            continue
        if any(c.dep_ == "prt" and _HEAD_PHRASALS.get(lemma) == c.lower_ for c in clause.children):
            # "who took over at Nexter": took the helm there
            for org in ctx.prep_objects(clause, {"at", "of"}, ORGS - {"Country"}):
                yield rel(ctx, p, "LEADS", org, 0.6, "relative-role")
                break
            continue
        # "who works for Y", "who runs procurement for Y", "who runs the CIS department at Y"
        places = [clause, *(o for o in clause.children if o.dep_ == "dobj" and o.i not in ctx.at)]
        for org in (m for t in places for m in ctx.prep_objects(t, {"for", "at", "with", "in"}, ORGS)):
            if ctx.label(org) != "Country":
                yield rel(ctx, p, "AFFILIATED_WITH", org, 0.6, "relative-role")
                break


def _owner_of_part(ctx: SentenceContext, clause) -> Mention | None:
    """The firm or body whose unnamed part a heading verb's object is: "runs Mahindra's aerospace
    business", "heads the defence arm of Tata" (the part has no name of its own)."""
    for o in clause.children:
        if o.dep_ != "dobj" or o.i in ctx.at or o.pos_ != "NOUN":
            continue
        owners = [ctx.at[c.i] for c in o.children if c.dep_ == "poss" and c.i in ctx.at]
        owners += ctx.prep_objects(o, {"of"}, ORGS - {"Country"})
        owners = [m for m in owners if ctx.label(m) in ORGS - {"Country"}]
        if owners:
            return owners[0]
    return None


def _own_clauses(ctx: SentenceContext, p: Mention, head) -> list:
    """The relative clauses that tell of person ``p``: those hanging on its name or its apposition
    ("X, a specialist who writes for The Diplomat"), and a "who" clause hanging on a noun inside the
    apposition ("X, a former commander of the air force who now heads Y": "who" is no air force);
    not one another person named between the name and the clause tells of ("A and B, who took over")."""
    apposed = [c for c in head.children if c.dep_ == "appos" and c.i not in ctx.at]
    found = [c for h in (head, *apposed) for c in h.children if c.dep_ in {"relcl", "acl"}]
    found += [c for a in apposed for t in a.subtree if t.i != a.i and t.pos_ in {"NOUN", "PROPN"}
              and not (t.i in ctx.at and ctx.label(ctx.at[t.i]) == "Person")
              for c in t.children if c.dep_ == "relcl" and _who(c)]
    others = [m.start for m in ctx.of({"Person"}) if m.start >= p.end]
    return [c for c in found if not any(o < c.i for o in others)]


def _who(clause) -> bool:
    """Whether the clause's subject is "who" (a person, whatever noun the parser hung it on)."""
    return any(k.dep_ == "nsubj" and k.lower_ == "who" for k in clause.children)


def _named_object(ctx: SentenceContext, obj) -> Mention | None:
    """The body a clause's object names: the object's own mention, or the name in apposition to an
    unnamed description of it ("who heads the UN agency for refugees, UNRWA")."""
    if obj.i in ctx.at:
        return ctx.at[obj.i]
    return next((ctx.at[t.i] for t in obj.subtree if t.dep_ == "appos" and t.i in ctx.at
                 and ctx.label(ctx.at[t.i]) in ORGS - {"Country"}), None)


def people(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    found = list(_people(ctx, facts))
    leads = {(r.source, r.target) for r in found if r.type == "LEADS"}
    posts = _own_posts(found, facts)
    for r in found:
        if r.rule == "rank-service" and (r.source, r.target) in leads:
            continue  # "General X stays at the head of the army": the head, not one of its officers
        if r.rule == "rank-service" and posts.get(r.source, set()) - {r.target}:
            continue  # "Admiral X, who heads the navy's Western Command": his command's, not the service named
        countries = facts.known.get(r.source)
        target = facts.entities[r.target]
        if countries is not None and target.label == "Country" and r.target not in countries \
                and (r.type == "LEADS" and r.rule == "title" or r.rule == "title-former") and r.confidence < 0.8:
            own = [c for c in countries if c in facts.entities]  # "President Joe Biden" in an article about Ukraine
            if len(own) == 1:
                r.target, target = own[0], facts.entities[own[0]]
        if countries is not None and (target.label == "Country" and r.target not in countries
                                      or target.label == "GovernmentBody" and target.country
                                      and target.country not in countries):
            continue  # the reference data knows whose office this person held
        if r.type == "AFFILIATED_WITH" and r.rule != "title-former" and _leads_on_date(ctx, facts, r.source, r.target):
            continue  # "his Tajik counterpart, Emomali Rahmon", "Defense Secretary Teodoro": who LEADS it
        yield r


def _own_posts(found: list[Relation], facts: DocFacts) -> dict[str, set[str]]:
    """Per person, the bodies (no state) the sentence's other rules give him: a LEADS, or a tie to a body.
    A ranked officer with such a post is that body's man, not one of the one service the sentence names
    ("Vice Admiral X, who commands the navy's Eastern Fleet"; "Brigadier Y, who heads the agency's land
    division, said the army ...")."""
    posts: dict[str, set[str]] = {}
    for r in found:
        if r.rule != "rank-service" and r.type in {"LEADS", "AFFILIATED_WITH"} \
                and facts.entities[r.target].label != "Country":
            posts.setdefault(r.source, set()).add(r.target)
    return posts


def _leads_on_date(ctx: SentenceContext, facts: DocFacts, person: str, target: str) -> bool:
    """Whether the reference data has ``person`` leading ``target`` on the document's date."""
    from ...reference.offices import LEADERS, load_offices

    entity = facts.entities.get(person)
    if entity is None or not entity.ref_id:
        return False
    day = ctx.doc.user_data.get("published")
    return any(o.role in LEADERS and o.country_id == target or _office_target(o, facts) == ("LEADS", target)
               for o in load_offices().held_by(entity.ref_id, day))


def _sentence_country(ctx: SentenceContext, facts: DocFacts, skip: frozenset[str] = frozenset()) -> str | None:
    """The one country a sentence is about (named, owning a body it names, or whose offices the
    people it names hold), else the article's; never one of ``skip`` (:func:`_outside_states`)."""
    found = {m.entity for m in ctx.of({"Country"})} - skip
    found |= {facts.entities[m.entity].country for m in ctx.of({"GovernmentBody"}) if facts.entities[m.entity].country}
    if not found:  # "Defence Minister Boris Pistorius, Finance Minister X and ...": the known colleagues' country
        from ...reference.offices import LEADERS, MINISTRY_TOPIC, load_offices

        day = ctx.doc.user_data.get("published")
        found = {o.country_id for m in ctx.of({"Person"}) if facts.entities[m.entity].ref_id
                 for o in load_offices().held_by(facts.entities[m.entity].ref_id, day)
                 if o.role in LEADERS or o.role in MINISTRY_TOPIC}
    found &= set(facts.entities)  # a body's or an office's country the document does not name is no party
    found -= skip
    return next(iter(found)) if len(found) == 1 else facts.focal if facts.focal not in skip else None


_HEIRS = {t["role"] for t in AFFILIATED_TITLES.values()}


_PAST_HOLDER = {"former", "ex", "late", "erstwhile"}  # words of FORMER for a holder whose term ended


def _former(ctx: SentenceContext, start: int) -> bool:
    """Whether the title starting at ``start`` is a past one ("the ousted president", "then prime minister")."""
    words = [t.lower_ for t in ctx.doc[max(ctx.sent.start, start - 2):start]]
    return any(w in FORMER for w in words)


def _counterpart_title(ctx: SentenceContext, start: int) -> dict:
    """The title of the person "his/her ... counterpart" (the title starting before ``start``) is the
    counterpart of: the one named before it ("Prime Minister X and his Fijian counterpart", "Defence
    Minister X and his Israeli counterpart"); empty where none is titled."""
    before = [t for t in ctx.doc[max(ctx.sent.start, start - 4):start + 1] if t.tag_ == "PRP$"]
    if not before:
        return {}
    people = [m for m in ctx.of({"Person"}) if m.end <= before[-1].i]
    found = _title_before(ctx, people[-1]) if people else None
    return found[1] if found is not None else {}


def _leader_counterpart(ctx: SentenceContext, start: int) -> bool:
    """Whether the counterpart's (:func:`_counterpart_title`) title leads a country."""
    return _counterpart_title(ctx, start).get("leads") == "country"


def _subordinate(ctx: SentenceContext, start: int) -> bool:
    """Whether the title starting at ``start`` is a deputy's ("Deputy Treasury Secretary")."""
    words = [t.lower_ for t in ctx.doc[max(ctx.sent.start, start - 2):start]]
    return any(w in SUBORDINATE for w in words)


_CABINET_SECRETARIES = {"secretary"}  # "Treasury Secretary X": a secretary named by a department's topic heads it


def _topic_body(ctx: SentenceContext, facts: DocFacts, start: int) -> str | None:
    """The body a "<Topic> Secretary/Minister" title names, by the capitalised word(s) before the
    title ("Treasury Secretary" -> the Department of the Treasury, "Economy Minister" -> the
    Ministry of Economy and Innovation): the document's one government body with that word."""
    import re

    words = []
    for t in reversed(ctx.doc[max(ctx.sent.start, start - 3):start]):
        if t.i in ctx.at or not t.text[:1].isupper() or t.lower_ in SUBORDINATE or t.lower_ in TOPIC_STOP:
            break
        words.insert(0, t.lower_)
    if not words and start + 1 < ctx.sent.end and ctx.doc[start + 1].lower_ in {"of", "for"}:
        # "Minister of National Defence X", "Minister for Foreign Trade, X": the portfolio after the title
        for t in ctx.doc[start + 2:min(ctx.sent.end, start + 6)]:
            if t.i in ctx.at or not t.text[:1].isupper():
                break
            if t.lower_ not in TOPIC_STOP:
                words.append(t.lower_)
    if not words:
        return None
    found = [e for e in facts.entities.values() if e.label == "GovernmentBody"
             and all(re.search(rf"\b{re.escape(w)}", " ".join([e.name, *e.aliases]).lower()) for w in words)]
    return found[0].id if len(found) == 1 else None


def _owning_country(ctx: SentenceContext, p: Mention) -> Mention | None:
    """The country whose possessive stands right before a name ("Uganda's Yoweri Museveni")."""
    j = p.start - 1
    if j - 1 < ctx.sent.start or ctx.doc[j].lower_ not in {"'s", "\u2019s"} or j - 1 not in ctx.at:
        return None
    m = ctx.at[j - 1]
    return m if ctx.label(m) == "Country" else None


def _listed_leaders(ctx: SentenceContext) -> Iterator[Relation]:
    """ "Among the presidents who came were Egypt's A, Uganda's B and Senegal's C", "the rostrum held
    President X, Iran's President Y and Zimbabwe's Z": untitled names in a list of a state's possessive
    lead their states where the sentence calls them leaders or the list has heads of state by title."""
    people = ctx.of({"Person"})
    owned = [(p, c) for p in people if (c := _owning_country(ctx, p)) is not None and _title_before(ctx, p) is None]
    if not owned:
        return
    leaders = sum(1 for p in people if (t := _title_before(ctx, p)) is not None and t[1].get("leads") == "country")
    listed = [(p, c) for p, c in owned if ctx.head_token(p).dep_ == "conj"
              or any(k.dep_ == "conj" for k in ctx.head_token(p).children)]
    if not listed:
        return
    # the leaders named so before the list, not another bloc's ("met ASEAN leaders")
    named_so = any(low in LEADER_GROUPS and t.i < listed[0][0].start and not any(
        c.dep_ == "compound" and c.i in ctx.at for c in t.children) for t, (_, low) in zip(ctx.tokens, ctx.forms, strict=True))
    if len(listed) >= 2 and named_so or listed and leaders >= 2:
        for p, c in listed:
            yield rel(ctx, p, "LEADS", c, 0.6, "listed-leader", role="leader")


# verbs whose subject leads their object ("X has led the Southern Command since 2021", "X ran the agency")
_LEAD_VERBS = _HEAD_VERBS | {"rule", "govern"}
# nouns of a post a person holds, takes or assumes "of" a body ("holds the rotating chair of the bloc")
_CHAIR_NOUNS = {"chair", "chairmanship", "presidency", "helm", "leadership", "command", "chairpersonship", "charge"}
_HOLD_VERBS = {"hold", "take", "assume", "occupy", "inherit"}


def _subject_leads(ctx: SentenceContext) -> Iterator[Relation]:
    """A person who is the subject of a leading verb leads its object: "X has led the army's Southern
    Command since 2021", "X ran Military Intelligence", "X, who holds the rotating chair of the bloc",
    "the agency is led by X"; a country only by "lead", "rule", "govern"."""
    for p in ctx.of({"Person"}):
        head = ctx.head_token(p)
        verbs = [head.head] if head.dep_ == "nsubj" else []
        verbs += [c for c in head.children if c.dep_ == "relcl"
                  and any(k.dep_ == "nsubj" and k.tag_ == "WP" for k in c.children)]
        verbs += _shared_subject(head)  # "X was named to take over Y", "X will run A and head B"
        verbs += [r for a in head.children if a.dep_ == "appos" for r in a.children if r.dep_ == "relcl"
                  and any(k.dep_ == "nsubj" and k.tag_ == "WP" for k in r.children)]  # "X, an officer who ..."
        verbs += [v for c in verbs for v in _first_to(c)]  # "X was the first woman to lead the navy"
        nxt = ctx.doc[p.end] if p.end < ctx.sent.end else None
        if nxt is not None and nxt.pos_ in {"VERB", "AUX"} and nxt not in verbs:
            # "... and General X stays at the head of Y" parsed as another clause: the verb right after the name
            for body in _at_the_head(ctx, nxt):
                yield rel(ctx, p, "LEADS", body, 0.6, "subject-at-head", role="head")
        for verb in verbs:
            lemma = verb.lemma_.lower()
            prt = {c.lower_ for c in verb.children if c.dep_ == "prt"}
            if lemma == "take" and prt == {"over"}:
                lemma, prt = "lead", set()  # "X took over the ministry"
            if any(c.dep_ == "neg" for c in verb.children) or prt or verb.i == head.i:
                continue  # not "X did not lead", "X ruled out"
            for body in _at_the_head(ctx, verb):  # "X stays at the head of the army", "X is in charge of Y"
                yield rel(ctx, p, "LEADS", body, 0.65, "subject-at-head", role="head")
            if lemma in _SUCCEED_VERBS:  # "X will succeed Y at the Foreign Ministry": the post Y held there
                body = next(iter(ctx.prep_objects(verb, {"at"}, ORGS - {"Country"})), None)
                if body is not None and any(c.dep_ == "dobj" and c.i in ctx.at and ctx.label(ctx.at[c.i]) == "Person"
                                            for c in verb.children):
                    yield rel(ctx, p, "LEADS", body, 0.6, "subject-succeeds", role=lemma)
                continue
            for obj in (c for c in verb.children if c.dep_ == "dobj"):
                owner = next((ctx.at[c.i] for c in obj.children if c.dep_ == "poss" and c.i in ctx.at
                              and ctx.label(ctx.at[c.i]) in ORGS - {"Country"}), None)
                if lemma in _HEAD_VERBS and obj.i not in ctx.at and owner is not None and obj.lower_ in UNIT_NOUNS:
                    yield rel(ctx, p, "AFFILIATED_WITH", owner, 0.6, "subject-leads", role=lemma)
                    continue  # "X heads Leonardo's aircraft division": one of the firm's people
                if lemma in _LEAD_VERBS and obj.i in ctx.at:
                    org = ctx.at[obj.i]
                    if ctx.label(org) in ORGS - {"Country"} or lemma in {"lead", "rule", "govern"} \
                            and ctx.label(org) == "Country":
                        yield rel(ctx, p, "LEADS", org, 0.65, "subject-leads", role=lemma)
                elif lemma in _HOLD_VERBS and obj.lower_ in _CHAIR_NOUNS:
                    body = next(iter(ctx.prep_objects(obj, {"of"}, ORGS - {"Country"})), None)
                    if body is not None:
                        yield rel(ctx, p, "LEADS", body, 0.65, "subject-leads", role=obj.lower_)
    for verb, (lemma, _) in ctx.cued_forms(_HEAD_VERBS):  # "GIGO is led by X": a passive leading verb whose subject is a body
        if lemma not in _HEAD_VERBS or verb.tag_ != "VBN" or verb.dep_ == "acl":
            continue
        bodies = [ctx.at[c.i] for c in verb.children if c.dep_ == "nsubjpass" and c.i in ctx.at
                  and ctx.label(ctx.at[c.i]) in ORGS - {"Country"}]
        for p in (ctx.prep_objects(verb, {"by"}, {"Person"}) if bodies else []):
            yield rel(ctx, p, "LEADS", bodies[0], 0.65, "subject-leads")


_FIRST_WORDS = {"first", "last", "only"}  # with ordinals and superlatives: "the second officer to lead ..."


def _first_to(verb) -> list:
    """The infinitive that says what a copula's ordinal subject did: "X was the first woman to lead the
    navy", "X, who was the first from the engineers to lead the army" (not "X is the right man to lead it")."""
    if verb.lemma_.lower() not in {"be", "become"}:
        return []
    out = []
    for attr in (c for c in verb.children if c.dep_ == "attr"):
        marks = [attr, *(c for c in attr.children if c.dep_ == "amod")]
        if not any(t.lower_ in _FIRST_WORDS or t.tag_ == "JJS" or t.ent_type_ == "ORDINAL" for t in marks):
            continue
        out += [c for x in (verb, attr) for c in x.children if c.dep_ in {"relcl", "acl", "advcl"} and c.tag_ == "VB"
                and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children)
                and not any(k.dep_ in {"nsubj", "nsubjpass"} for k in c.children)]
    return out


_SUCCEED_VERBS = {"succeed", "replace"}
# a verb's place phrase that puts its subject at the top of a body: "at the head of", "in charge of"
_HEAD_PLACES = {"at": {"head", "helm", "top"}, "in": {"charge", "command"}}


def _at_the_head(ctx: SentenceContext, verb) -> list[Mention]:
    """The bodies a verb's "at the head/helm of Y" or "in charge/command of Y" phrase names."""
    out = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _HEAD_PLACES):
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lower_ in _HEAD_PLACES[prep.lower_]
                     and c.i not in ctx.at):
            out += ctx.prep_objects(noun, {"of"}, ORGS - {"Country"})
    return out


def _shared_subject(head) -> list:
    """The verbs a person (``head`` token) is also the subject of without being named again: the open
    complement of the verb they are subject of ("X was named to take over Y", "X is to keep his post") and
    the verbs conjoined to it ("X will take charge of A and become deputy chairman of B")."""
    if head.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    out = []
    main = head.head
    for verb in (main, *conjuncts(main)):
        if verb.i != main.i and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            continue  # "X spoke and Y listened": the conjoined verb has its own subject
        if verb.i != main.i:
            out.append(verb)
        if any(c.dep_ in {"dobj", "dative"} for c in verb.children):
            continue  # "X picked an economist to lead the ministry": the object does the complement's doing
        out += [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}
                and not any(k.dep_ in {"nsubj", "nsubjpass"} for k in c.children)]
    return out


# nouns of a leader's time in office: "X's government", "the administration of X", "X's presidency"
_GOVERNMENT_NOUNS = {"government", "administration", "presidency", "premiership", "regime", "cabinet", "reign"}


def _government_of(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "in the last days of X's government", "the administration of X held back the sale", "saving the
    government of X": X leads (or led) the state whose government it is: the one the reference data
    gives them, else the article's."""
    for p in ctx.of({"Person"}):
        head = ctx.head_token(p)
        noun = None
        if head.dep_ == "poss" and head.head.lower_ in _GOVERNMENT_NOUNS \
                or head.dep_ == "compound" and head.head.lower_ in {"administration", "government"}:
            noun = head.head  # "X's government", "the Obama administration"
        elif head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in _GOVERNMENT_NOUNS:
            noun = head.head.head
        if noun is None or any(c.dep_ in {"compound", "amod"} and c.lower_ in {"interim", "transitional", "shadow"}
                               for c in noun.children):
            continue
        held = facts.known.get(p.entity, ())
        known = [c for c in held if c in facts.entities]
        named = {x.entity for m in ctx.mentions if not m.demonym and (x := ctx.fit(m, {"Country"})) is not None}
        country = known[0] if len(known) == 1 else facts.focal if not held and named <= {facts.focal} else None
        if country is not None:
            yield rel(ctx, p, "LEADS", country, 0.6, "government-of", role=noun.lower_)


# nouns that make a person one of a body's people ("X is a veteran of the Labour party", "X, a member of Y")
_MEMBER_NOUNS = {"member", "veteran", "stalwart", "loyalist", "activist", "lawmaker", "deputy", "co-founder"}
_BELONG_VERBS = {"belong", "join"}


def _member_of(ctx: SentenceContext) -> Iterator[Relation]:
    """A person who is a member of a named body: "X is a veteran of the Likud party", "X, a member of the
    Social Democratic Party", "X belongs to the party", "X joined Airbus in 2019" (AFFILIATED_WITH)."""
    for p in ctx.of({"Person"}):
        head = ctx.head_token(p)
        nouns = [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "nsubj" and head.head.lemma_ == "be":
            nouns += [c for c in head.head.children if c.dep_ == "attr"]
        for n in nouns:
            if n.lower_ in _MEMBER_NOUNS and not any(c.dep_ == "neg" for c in n.head.children):
                body = next(iter(ctx.prep_objects(n, {"of"}, ORGS - {"Country"})), None)
                if body is not None:
                    yield rel(ctx, p, "AFFILIATED_WITH", body, 0.6, "member-of", role=n.lower_)
        verb = head.head
        if head.dep_ == "nsubj" and verb.lemma_.lower() in _BELONG_VERBS and not any(c.dep_ == "neg" for c in verb.children):
            bodies = list(ctx.prep_objects(verb, {"to"}, ORGS - {"Country"}))
            bodies += [ctx.at[c.i] for c in verb.children if c.dep_ == "dobj" and c.i in ctx.at
                       and ctx.label(ctx.at[c.i]) in ORGS - {"Country", "Alliance"}]
            for body in bodies[:1]:
                yield rel(ctx, p, "AFFILIATED_WITH", body, 0.6, "member-of", role="member")


def _career(ctx: SentenceContext) -> Iterator[Relation]:
    """A career told by verbs (``people_ties`` in cues.yaml): "X joined the air force as a cadet in 1988,
    commanded a wing and served at the Ministry of Defence", "X, who served with the UN mission": one of each
    body's people (AFFILIATED_WITH); not a state, a place or an alliance ("X served in Iraq")."""
    from ..lexicon import cues

    words = cues()["people_ties"]
    objects, preps = set(words["career_objects"]), {k: set(v) for k, v in words["career_verbs"].items()}
    bodies_of = ORGS - {"Country", "Alliance"}
    for p in ctx.of({"Person"}):
        head = ctx.head_token(p)
        verbs = ([head.head] if head.dep_ == "nsubj" else []) + _shared_subject(head)
        verbs += [c for c in head.children if c.dep_ == "relcl" and _who(c)]  # "X, who joined the navy in 1990"
        verb = head.head
        if head.dep_ == "nsubj" and verb.dep_ == "ccomp" and verb.head.i > verb.i and verb.head.pos_ == "VERB" \
                and ctx.doc[verb.head.i - 1].text == "," and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.head.children):
            # "X joined the navy in 1988, commanded a wing and served at Y": a list of verbs parsed as a clause
            verbs += [verb.head, *(c for c in conjuncts(verb.head)
                                   if not any(k.dep_ in {"nsubj", "nsubjpass"} for k in c.children))]
        for verb in dict.fromkeys(verbs):
            lemma = verb.lemma_.lower()
            if any(c.dep_ in {"neg", "prt"} for c in verb.children) or verb.i == head.i:
                continue  # not "X never served in the army", "X joined in"
            if _press_role(verb, head, words):
                continue  # "Reporter X served with the navy as an embedded journalist": no tie
            found = [ctx.at[c.i] for c in verb.children if lemma in objects and c.dep_ == "dobj" and c.i in ctx.at
                     and ctx.label(ctx.at[c.i]) in bodies_of]
            found += ctx.prep_objects(verb, preps[lemma], bodies_of) if lemma in preps else []
            for body in {m.entity: m for m in found if m.entity != p.entity}.values():
                yield rel(ctx, p, "AFFILIATED_WITH", body, 0.6, "career", role=lemma)


def _press_role(verb, head, words: dict) -> bool:
    """Whether a career verb's person is there for the press (``people_ties.press_roles``): an "as" role of the
    verb ("served with the navy as an embedded journalist") or a title before the name ("Reporter X")."""
    roles = set(words["press_roles"])
    as_roles = prep_objects(verb, "as")
    titles = [t for t in head.subtree if t.i < head.i]
    return any(t.lemma_.lower() in roles or t.lower_ in roles for t in as_roles + titles)


def _people(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    yield from _listed_leaders(ctx)
    yield from _member_of(ctx)
    yield from _career(ctx)
    yield from _subject_leads(ctx)
    yield from _government_of(ctx, facts)
    for r in _titled(ctx, facts):
        target = facts.entities[r.target]
        role = r.props.get("role", "")
        if r.type == "LEADS" and (r.props.pop("subordinate", None) or target.label == "GovernmentBody"
                                  and {"Ministry", "Department"} & set(target.name.split()[:2])
                                  and (not any(w in role.lower() for w in MINISTRY_LEADERS)
                                       or any(w in role.lower() for w in MINISTRY_STAFF))):
            r.type = "AFFILIATED_WITH"  # a deputy, or a ministry's director general: staff, not its leader
        r.props.pop("subordinate", None)
        yield r


def _ranks() -> set[str]:
    from ...mentions.lexicon import lexicon

    return set(lexicon()["ranks"])


def _owner(ctx: SentenceContext, title) -> Mention | None:
    """The body a title noun names before it: "the PAF chief", "South Korea's national security adviser";
    "its" for the body an earlier clause of the sentence has as subject ("the Navy said ..., and its
    commander, X")."""
    for c in title.children:
        if c.dep_ in {"poss", "compound", "nmod"} and c.i < title.i and c.i in ctx.at and ctx.label(ctx.at[c.i]) in ORGS:
            return _pronoun_owner(ctx, c.i) or (None if _their_state(ctx, c.i) else ctx.at[c.i])
        if c.dep_ == "poss" and c.lower_ in {"its", "their"} and c.i not in ctx.at:
            return _its_subject(ctx, c)  # "The Houthis said their spokesman, X, ...": one body as subject
        if c.dep_ == "poss" and c.lower_ == "whose":  # "Southern Command, whose commander, X, ...": the clause's noun
            clause = next((a for a in title.ancestors if a.dep_ == "relcl"), None)
            named = ctx.at.get(clause.head.i) if clause is not None else None
            return named if named is not None and ctx.label(named) in ORGS else None
    return None


def _pronoun_owner(ctx: SentenceContext, j: int) -> Mention | None:
    """The body an "its" at ``j`` stands for by the clause's shape (:func:`_its_subject`) where that shape
    names one: "Malawi was represented by its foreign minister, X, and Angola by its interior minister, Y"
    (Y's "its" is Angola's, whatever an earlier reading of the pronoun gave)."""
    its = ctx.doc[j]
    return _its_subject(ctx, its) if its.lower_ in {"its", "their"} and its.dep_ == "poss" else None


def _their_state(ctx: SentenceContext, j: int) -> bool:
    """Whether the pronoun at ``j`` is a "their" read as a state: a state is "it", so "the rebels said Uganda
    shelled their camps, and their spokesman, X, ..." has X speak for the rebels, not Uganda."""
    return ctx.doc[j].lower_ == "their" and ctx.label(ctx.at[j]) == "Country"


def _its_subject(ctx: SentenceContext, its) -> Mention | None:
    """The body an "its" of the sentence stands for when its title is a clause's subject: the one subject of
    a verb before it that is a body ("The ministry answered: its spokesman, X, said"); none when several
    bodies are subjects before it, nor for a title the clause's verb takes ("... and the company by its
    President, X": another noun's). A title an "its" owns as a passive verb's agent is its subject's ("Malawi
    was represented by its foreign minister, X"), and the gapped clause's noun's after it ("..., and Angola by
    its interior minister, Y")."""
    prep = its.head.head if its.head.dep_ == "pobj" else None
    if prep is not None and prep.lower_ == "by":
        owners = [prep.head] if prep.dep_ == "prep" and prep.head.pos_ == "PROPN" else \
            [c for c in prep.head.children if c.dep_ == "nsubjpass"] if prep.dep_ == "agent" else []
        named = [ctx.at[t.i] for t in owners if t.i in ctx.at and ctx.label(ctx.at[t.i]) in ORGS]
        return named[0] if named else None
    if its.head.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    plural = its.lower_ == "their"  # "their" for a movement or a group ("the Houthis"), never a state
    found = {ctx.at[t.i].entity: ctx.at[t.i] for t in ctx.doc[ctx.sent.start:its.i]
             if t.dep_ in {"nsubj", "nsubjpass"} and t.i in ctx.at and ctx.label(ctx.at[t.i]) in ORGS
             and not (plural and ctx.label(ctx.at[t.i]) == "Country")}
    return next(iter(found.values())) if len(found) == 1 else None


_TOPIC_PREPS = {"on", "in", "of", "for"}  # "a researcher on X", "a specialist in X", "head of X for Y"


def _employer_down(ctx: SentenceContext, title_tok, affiliated: bool) -> Mention | None:
    """The body a title after a name works for, named past the title's topic in the title's own phrase:
    "X, a researcher on civil-military relations at Y", "X, then head of land capability for Y", "X, a former
    planner now with Y" (down prepositions and their objects, never into a clause or past a comma)."""
    todo = [title_tok]
    while todo:
        t = todo.pop(0)
        for c in t.children:
            if c.i < title_tok.i or any(x.text in {",", ";", "(", ")"} for x in ctx.doc[title_tok.i:c.i]):
                continue
            if c.dep_ == "prep" and (c.lower_ in {"at", "for"} or c.lower_ == "with" and affiliated):
                org = _object_of(ctx, c)
                if org is not None and org.start > title_tok.i:
                    return org
            if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS or c.dep_ == "pobj" and t.dep_ == "prep" \
                    or c.dep_ == "advmod" and c.lower_ == "now":
                todo.append(c)
    return None


def _appositive_title(ctx: SentenceContext, p: Mention, titles: dict) -> tuple | None:
    """(title token, phrase) of a title noun the name stands in apposition to, ranks between them:
    "the PAF chief, Air Chief Marshal X", "the chairman of the Aeronautical Complex, Air Vice
    Marshal X", "the speaker of the National Assembly, X"."""
    head = ctx.head_token(p)
    title = head.head
    j = p.start - 1
    while j > ctx.sent.start and ctx.doc[j].lower_ in _ranks() and ctx.doc[j].text[:1].isupper():
        j -= 1
    body = ctx.at.get(j - 1) if ctx.doc[j].text == "," else None
    if head.dep_ != "appos" and body is not None and ctx.label(body) in ORGS:
        title, head = ctx.head_token(body), None  # "sent the speaker of the National Assembly, X": no apposition parsed
    if title.i in ctx.at and title.dep_ == "pobj" and title.head.lower_ in {"of", "at"}:
        title = title.head.head  # the parser hung the name on the body: "the chairman of HAL, X"
    elif head is None:
        return None
    if head is not None and head.dep_ != "appos" or title.i >= p.start or title.pos_ not in {"NOUN", "PROPN"} \
            or title.i in ctx.at and not _described_holder(ctx, ctx.at[title.i]):
        return None
    title, shared = _joined_title(ctx, p, title)
    if any(t.pos_ == "CCONJ" and not shared or t.i in ctx.at and ctx.label(ctx.at[t.i]) == "Person" for t in ctx.doc[title.i:p.start]) \
            and _body_before_name(ctx, p, title) is None:
        return None  # "Minister X and the Ambassador ..., Y": the title is another's (not "the heads of A, X, and of B, Y")
    words = [title]
    for c in sorted((c for c in title.subtree if c.dep_ in {"compound", "amod"} and c.i < title.i
                     and c.i not in ctx.at), key=lambda c: -c.i):
        if c.i != words[0].i - 1:  # the modifiers right before it, nested ones too: "air force chief"
            break
        words.insert(0, c)
    for n in range(6, 1, -1):  # "the Chief of the Air Staff, Air Marshal X": the title goes on past its noun
        phrase = " ".join(w.lower_ for w in ctx.doc[title.i:min(title.i + n, p.start)])
        if title.i + n <= p.start and phrase in titles:
            return ctx.doc[title.i + n - 1], phrase
    for n in range(len(words), 0, -1):  # the longest title: "air force chief", else "chief"
        phrase = " ".join(w.lower_ for w in words[-n:])
        if phrase in titles:
            return title, phrase
    if title.tag_ == "NNS" and title.lemma_.lower() in titles:  # "the heads of A, X, and of B, Y"
        return title, title.lemma_.lower()
    return None


def _described_holder(ctx: SentenceContext, m: Mention) -> bool:
    """``m`` is a title read as the office's holder ("the Iraqi defence minister", resolved from the
    reference data's terms): the title noun stays a title for the name set beside it."""
    return m.source == "coref" and ctx.label(m) == "Person" and ctx.doc[m.end - 1].pos_ in {"NOUN", "PROPN"} \
        and ctx.doc[m.start].pos_ != "PRON"


def _joined_title(ctx: SentenceContext, p: Mention, title) -> tuple:
    """(title, shared) of two joined titles before a name: the last when it has its own determiner or owner
    ("the defence minister and Korea's ambassador, X": X is the ambassador), else the first, the two being
    one person's (shared: "KAI's president and chief executive, X"); ``title`` alone when none is joined."""
    last = next((c for c in title.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} and c.i < p.start
                 and not any(ctx.at.get(t.i) and ctx.label(ctx.at[t.i]) == "Person" and not _described_holder(ctx, ctx.at[t.i])
                             for t in ctx.doc[title.i:p.start])
                 and not any(t.text == "," for t in ctx.doc[title.i:c.left_edge.i])), None)
    if last is None or any(t.pos_ == "CCONJ" for t in ctx.doc[last.i:p.start]):
        return title, False
    own = any(c.dep_ in {"det", "poss"} for c in last.children)
    return (last, False) if own else (title, True)


def _body_before_name(ctx: SentenceContext, p: Mention, title_tok) -> Mention | None:
    """The body named right before the name, after a comma, as the object of an "of" of the title ending at
    ``title_tok`` or of one conjoined to it: "the heads of the Mossad, X, and of the Shin Bet, Y" (Y's is the
    Shin Bet)."""
    j = p.start - 1
    while j > ctx.sent.start and ctx.doc[j].lower_ in _ranks() and ctx.doc[j].text[:1].isupper():
        j -= 1
    body = ctx.at.get(j - 1) if j > ctx.sent.start and ctx.doc[j].text == "," else None
    if body is None or ctx.label(body) not in ORGS - {"Country"}:
        return None
    head = ctx.head_token(body)
    prep = head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    if prep is not None and prep.dep_ == "conj":
        prep = prep.head
    return body if prep is not None and prep.head.i == title_tok.i else None


def _title_after(ctx: SentenceContext, p: Mention, titles: dict) -> tuple | None:
    """(last token, phrase) of a title in apposition after the name ("X, the president of C");
    not one that a verb or a conjunction separates from it ("X, and Bahrain's King Y", "X briefed
    the President"), nor one that is another person's ("X, Bahrain's King Y")."""
    if p.end >= ctx.sent.end or not ctx.doc[p.end].is_punct:
        return None
    owner_end = p.end
    for t in ctx.doc[p.end:min(ctx.sent.end, p.end + 8)]:
        if t.i < owner_end:
            continue
        if _leader_possessive(ctx, t, p):  # "X, Biden's national security adviser": the leader owns the post
            owner_end = ctx.at[t.i].end + 1
            continue
        if t.pos_ in {"VERB", "AUX", "CCONJ"} and t.dep_ != "amod" or t.lower_ in {"and", "or", "but"} or t.tag_ in {"WP", "WDT"} \
                or t.i in ctx.at and ctx.label(ctx.at[t.i]) == "Person":
            return None  # a verb, a conjunction, a relative clause ("X, who as commander heads Y") or another name
            # between ("X; Y, minister of Z": the title is Y's)
        # the longest title starting here: "chief financial officer" before "chief"
        found = next(((ctx.doc[t.i + n - 1], phrase) for n in (7, 6, 5, 4, 3, 2, 1) if t.i + n <= ctx.sent.end
                      and (phrase := phrase_at(ctx.doc, t.i, t.i + n)) in titles), None)
        if found is not None:
            last, phrase = found
            if last.i + 1 < ctx.sent.end and ctx.doc[last.i + 1].lower_ in {"'s", "\u2019s"}:
                continue  # "X, the president's spokesman": the title owns the post, it is not X's
            following = ctx.at.get(last.i + 1)
            if following is not None and ctx.label(following) == "Person" or _introduces_next(ctx, last):
                return None
            return last, phrase
    return None


def _leader_possessive(ctx: SentenceContext, t, p: Mention) -> bool:
    """Whether token ``t`` starts another person's name that owns the title after it, right after ``p``'s
    comma ("X, Biden's national security adviser"): that person's aide, not a second titled name."""
    m = ctx.at.get(t.i)
    return m is not None and m.start == t.i and ctx.label(m) == "Person" and m.entity != p.entity \
        and t.i == p.end + 1 and m.end < ctx.sent.end and ctx.doc[m.end].lower_ in {"'s", "\u2019s"}


def _introduces_next(ctx: SentenceContext, last) -> bool:
    """Whether the title ending at ``last`` introduces the name after its next comma ("X, the head of
    the Nigerian Army, Lieutenant General Y": the head is Y), ranks allowed before that name."""
    for t in ctx.doc[last.i + 1:min(ctx.sent.end, last.i + 10)]:
        if t.text == ",":
            j = t.i + 1
            while j < ctx.sent.end and ctx.doc[j].lower_ in _ranks() | {"retired"} and ctx.doc[j].i not in ctx.at:
                j += 1
            return j in ctx.at and ctx.label(ctx.at[j]) == "Person"
        if t.pos_ in {"VERB", "AUX", "CCONJ"} or t.i in ctx.at and ctx.label(ctx.at[t.i]) == "Person":
            return False
    return False


# verbs that give their subject (or object: "named X as ...") the title they take as complement
_TITLE_VERBS = {"become", "appoint", "name", "make", "elect", "serve", "remain", "confirm", "install", "nominate",
                "promote", "pick", "choose", "select", "take", "sworn", "swear", "designate", "reappoint", "act",
                "replace", "succeed"}  # "X replaced Y as army chief": both held the post, one after the other


# verbs by which their subject gives its object a post ("the president named X as army chief")
_GIVE_POST_VERBS = {"appoint", "name", "make", "elect", "confirm", "install", "nominate", "promote", "pick", "choose",
                    "select", "designate", "reappoint"}
_KEEP_VERBS = {"keep", "retain", "hold", "stay", "continue"}
# verbs that raise their subject to the post "to" names, written as a title ("was elevated to Chief of Staff")
_RAISE_VERBS = {"elevate", "promote", "appoint", "name", "move", "upgrade", "return"}
_POST_NOUNS = {"post", "job", "role", "position", "seat", "office"}
_HYPOTHETICAL = {"potential", "possible", "future", "likely", "prospective", "would-be", "next"}


def _predicate_title(ctx: SentenceContext, p: Mention, titles: dict) -> tuple | None:
    """(last token, phrase) of a title a verb gives the person: "X became Pakistan's new chief of army
    staff", "X was appointed director general of Y", "named X as chairman of Y", "X, who served as
    defence minister", "X took over as chief executive"; the person is the verb's subject (its object
    for "named X as")."""
    head = ctx.head_token(p)
    # the verb the person is subject (or object) of, or the verb of a "who" clause on the name; the same of
    # the generic noun the name stands in apposition to ("Her deputy, X, was running ...")
    bearers = [head] + ([head.head] if head.dep_ == "appos" and head.head.i not in ctx.at else [])
    verbs = [(b.head, b.dep_) for b in bearers] + [(v, "nsubj") for v in _shared_subject(head)] + [
        (c, "nsubj") for b in bearers for c in b.children if c.dep_ == "relcl"
        and any(k.dep_ in {"nsubj", "nsubjpass"} and k.tag_ == "WP" for k in c.children)]
    nouns = []
    for verb, dep in verbs:
        lemma = verb.lemma_.lower()
        if not (dep == "nsubj" and lemma == "be" or dep in {"nsubj", "nsubjpass", "dobj"} and lemma in _TITLE_VERBS | _RAISE_VERBS
                or dep == "nsubj" and lemma in _KEEP_VERBS) \
                or any(c.dep_ == "neg" for c in verb.children):
            continue  # "X was not named chief"
        if dep == "nsubj" and lemma in _GIVE_POST_VERBS and any(c.dep_ == "dobj" for c in verb.children):
            continue  # "X named Y as chief": the post is Y's
        found = [c for c in verb.children if c.dep_ in {"attr", "oprd"}]
        found += prep_objects(verb, "as")
        if dep == "dobj" and lemma in _TITLE_VERBS:  # "nominated X to be the next chief of Y"
            found += [a for x in verb.children if x.dep_ == "xcomp" and x.lemma_ == "be"
                      for a in x.children if a.dep_ == "attr"]
        if lemma in _SUCCEED_VERBS:  # "X replaces Y as chief": the parser may hang the "as" on Y
            found += [o for d in verb.children if d.dep_ == "dobj" for o in prep_objects(d, "as")]
        if lemma in _RAISE_VERBS:  # "X was elevated to National Security Adviser"
            found += [o for o in prep_objects(verb, "to") if o.text[:1].isupper()]
        if lemma == "take":  # "took over as", "took office as"; not "took the salute"
            found = [n for n in found if n.head.lower_ == "as"]
        if lemma in _TITLE_VERBS | _KEEP_VERBS:  # "X is to keep his post as director of Y"
            found += [o for d in verb.children if d.dep_ == "dobj" and d.lower_ in _POST_NOUNS
                      for o in prep_objects(d, "as")]
        nouns += found
    for verb, dep in verbs:  # "X was running the government as acting prime minister": any active verb's "as"
        if dep == "nsubj" and verb.lemma_.lower() not in _TITLE_VERBS | {"be"} and verb.pos_ == "VERB" \
                and not any(c.dep_ in {"neg", "auxpass"} for c in verb.children):
            # the "as" may hang on the verb's object: "X won the election as the candidate of Y"
            heads = [verb, *(c for c in verb.children if c.dep_ == "dobj" and c.i not in ctx.at)]
            nouns += [o for h in heads for o in prep_objects(h, "as") if not any(
                          a.lower_ in _HYPOTHETICAL for a in o.children)]
    # "named General X as Kenya's new Chief of Defence Forces" where the parser reads "as" as a conjunction:
    # the nouns after the "as" right after the name, when a verb giving a post stands just before the name
    if p.end < ctx.sent.end and ctx.doc[p.end].lower_ == "as" and any(
            t.lemma_.lower() in _GIVE_POST_VERBS and t.pos_ == "VERB" for t in ctx.doc[max(ctx.sent.start, p.start - 4):p.start]):
        for t in ctx.doc[p.end + 1:min(ctx.sent.end, p.end + 8)]:
            if t.is_punct and t.text != "-" and t.text != "'s":
                break
            if t.pos_ in {"NOUN", "PROPN"} and t.i not in ctx.at:
                nouns.append(t)
    # "as Kenya's new Chief of Defence Forces": the parser may hang the title on the body it names
    nouns += [c for n in nouns if n.i in ctx.at for c in n.children if c.dep_ in {"nmod", "compound"}
              and c.i not in ctx.at and c.i < n.i]
    for noun in nouns:
        if noun.i in ctx.at or noun.pos_ not in {"NOUN", "PROPN"} or _described_leader(noun):
            continue
        # the longest title holding the noun: "chief of army staff", "director general", "army chief"
        for n in range(7, 0, -1):
            for first in range(noun.i - n + 1, noun.i + 1):
                if first < ctx.sent.start or first + n > ctx.sent.end or any(
                        i in ctx.at for i in range(first, first + n)):
                    continue
                phrase = phrase_at(ctx.doc, first, first + n)
                if phrase in titles and titles[phrase].get("affiliated") != "military":
                    return ctx.doc[first + n - 1], phrase
    return None


def _described_leader(noun) -> bool:
    """ "X was the leader the moment required", "the leader who could unite them": a bare "leader" a
    relative clause describes is praise, no office (not "the leader of Y", "the party's leader")."""
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    described = any(c.dep_ == "relcl" for c in noun.children) or nxt is not None and (
        nxt.tag_ in {"WP", "WDT"} or nxt.dep_ == "det" and nxt.head.dep_ in {"npadvmod", "nsubj"})
    return noun.lower_ == "leader" and described \
        and not any(c.dep_ in {"poss", "compound", "prep", "amod"} for c in noun.children)


_AIDES = {"adviser", "advisor", "aide", "envoy", "special envoy", "spokesman", "spokeswoman", "spokesperson",
          "press secretary", "chief of staff", "special representative"}


def _aided_state(ctx: SentenceContext, facts: DocFacts, after: int) -> str | None:
    """The state of the leader an aide's title serves: "an adviser to <leader>", "envoy of <leader>" (a few
    words on): the one country the reference data gives the leader, where the document names it."""
    for t in ctx.doc[after:min(ctx.sent.end, after + 3)]:
        if t.lower_ not in {"to", "of", "for"}:
            if t.pos_ in {"ADJ", "DET"}:
                continue
            return None
        j = t.i + 1
        while j < ctx.sent.end and j not in ctx.at and ctx.doc[j].pos_ in {"DET", "ADJ", "PROPN"} and j < t.i + 4:
            j += 1
        m = ctx.at.get(j)
        if m is None or ctx.label(m) != "Person":
            return None
        states = [c for c in facts.known.get(m.entity, ()) if c in facts.entities]
        return states[0] if len(states) == 1 else None
    return None


def _person_possessor(ctx: SentenceContext, title) -> Mention | None:
    """The person a possessive before a title's words names ("Biden's national security adviser", "Yoon's
    chief of staff")."""
    return next((ctx.at[c.i] for t in title for c in t.children if c.dep_ == "poss" and c.i in ctx.at
                 and ctx.label(ctx.at[c.i]) == "Person"), None)


def _possessor_state(ctx: SentenceContext, facts: DocFacts, title) -> str | None:
    """The state of the leader whose aide a possessive names ("<leader>'s national security adviser"): the
    one country the reference data gives the leader, where the document names it."""
    m = _person_possessor(ctx, title)
    if m is None:
        return None
    states = [s for s in facts.known.get(m.entity, ()) if s in facts.entities]
    return states[0] if len(states) == 1 else None


def _led_by(ctx: SentenceContext) -> Iterator[Relation]:
    """ "the Cabinet Committee on Security, chaired by Prime Minister Narendra Modi": LEADS."""
    for verb, (lemma, _) in ctx.cued_forms(_HEAD_VERBS):
        if lemma not in _HEAD_VERBS or verb.tag_ != "VBN":
            continue
        body = _led_body(ctx, verb)
        if body is None:
            continue
        if ctx.label(body) not in ORGS - {"Country"}:
            continue
        for p in ctx.prep_objects(verb, {"by"}, {"Person"}):
            if p.end < ctx.sent.end and ctx.doc[p.end].pos_ == "PROPN" and p.end not in ctx.at:
                continue  # the name goes on past the mention ("Aden" of "Aden Duale"): not the one named
            yield rel(ctx, p, "LEADS", body, 0.7, "led-by")
    # "the Central Military Commission, which Xi chairs": the body a "which" object clause hangs on
    for verb, (lemma, _) in ctx.cued_forms(_HEAD_VERBS):
        if lemma not in _HEAD_VERBS or verb.dep_ != "relcl" or verb.head.i not in ctx.at or negated(ctx, verb) \
                or not any(c.dep_ == "dobj" and c.tag_ == "WDT" for c in verb.children):
            continue
        body = ctx.at[verb.head.i]
        if ctx.label(body) in ORGS - {"Country"}:
            for p in ctx.subjects(verb, {"Person"}):
                yield rel(ctx, p, "LEADS", body, 0.7, "led-by")


def _led_body(ctx: SentenceContext, verb) -> Mention | None:
    """The body a passive heading verb is said of: the noun it hangs on ("the Committee, chaired by X"), the
    noun a "which is chaired by" clause hangs on, or, where the parser made the participle the clause's verb
    ("the Committee, chaired by X, gave ..."), its subject set off by the comma before it."""
    if verb.dep_ == "acl":
        noun = verb.head
        if noun.i not in ctx.at and noun.dep_ == "appos":
            noun = noun.head  # "MNC Capital, a Texas investment firm led by X"
        return ctx.at.get(noun.i)
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.tag_ == "WDT" for c in verb.children):
        return ctx.at.get(verb.head.i)  # "the Defence Council, which is chaired by X"
    if verb.i > ctx.sent.start and ctx.doc[verb.i - 1].text == "," \
            and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        return ctx.at.get(subj.i) if subj is not None else None
    return None


def _past_own_body(ctx: SentenceContext, p: Mention) -> Mention:
    """The name with its own body after it ("Brigadier X of the Royal Norwegian Air Force"), so that a title
    after that body reads as the name's; the name itself where no "of <body>" follows."""
    j = p.end
    if j + 1 < ctx.sent.end and ctx.doc[j].lower_ == "of":
        j += 2 if ctx.doc[j + 1].lower_ == "the" else 1
        body = ctx.at.get(j)
        if body is not None and body.start == j and ctx.label(body) in ORGS - {"Country"}:
            return dataclasses.replace(p, end=body.end)
    return p


def _second_title(ctx: SentenceContext, p: Mention, titles: dict, first: bool) -> Iterator[Relation]:
    """A title after the name with a body of its own, where another title (``first``) or the name's own body
    ("X of Y") already stands before it: "former president X, now deputy chairman of Russia's Security
    Council", "Brigadier X of the Royal Norwegian Air Force, commander of the Norwegian Air Operations Centre"."""
    shifted = _past_own_body(ctx, p)
    after = _title_after(ctx, shifted, titles)
    if after is None:
        return
    if first or shifted is not p:
        yield from _title_with_body(ctx, p, titles, *after)
    yield from _coordinated_title(ctx, p, titles, after[0])


def _title_with_body(ctx: SentenceContext, p: Mention, titles: dict, title_tok, phrase: str,
                     prep=None) -> Iterator[Relation]:
    """LEADS (a chief's title) or AFFILIATED_WITH (a deputy's, a unit head's, a member's) the body named by
    "of/at/for" right after the title ending at ``title_tok`` (or by ``prep``); none for a state."""
    info = titles[phrase]
    if "leads" not in info and info.get("affiliated") != "organisation":
        return
    start = title_tok.i - len(phrase.replace("-", " - ").split()) + 1
    org = _object_of(ctx, prep) if prep is not None else None
    for t in ([] if prep is not None else ctx.doc[title_tok.i + 1:min(ctx.sent.end, title_tok.i + 3)]):
        if t.lower_ in {"of", "at", "for"}:
            org = _object_of(ctx, t)
            break
    if org is None or ctx.label(org) == "Country" or org.entity == p.entity:
        return
    staff = "leads" not in info or _subordinate(ctx, start) or _owner_of_unit(ctx, org) \
        or _portfolio(ctx, title_tok.i) or info.get("leads") in {"country", "ministry"}
    yield rel(ctx, p, "AFFILIATED_WITH" if staff else "LEADS", org, 0.65, "title-second", role=info["role"])


def _coordinated_title(ctx: SentenceContext, p: Mention, titles: dict, last) -> Iterator[Relation]:
    """A title conjoined to the one after the name (ending at ``last``): "X, prime minister of A and
    current head of B" (head of B), "X, the head of the armed forces and of the ruling council" (the
    first title again, of the council)."""
    first = next((ph for n in (7, 6, 5, 4, 3, 2, 1) if last.i - n + 1 >= p.end
                  and (ph := phrase_at(ctx.doc, last.i - n + 1, last.i + 1))
                  in titles), None)
    for t in ctx.doc[last.i + 1:min(ctx.sent.end, last.i + 12)]:
        if t.text in {";", "("} or t.pos_ in {"VERB", "AUX"} or t.i in ctx.at and ctx.label(ctx.at[t.i]) == "Person":
            return
        if t.lower_ != "and" or t.i + 1 >= ctx.sent.end or t.i in ctx.at:
            continue  # not the "and" of "St Vincent and the Grenadines"
        nxt = ctx.doc[t.i + 1]
        if nxt.lower_ in {"of", "at"} and first is not None:  # "the head of A and of B"
            yield from _title_with_body(ctx, p, titles, last, first, prep=nxt)
            return
        for k in range(t.i + 1, min(ctx.sent.end, t.i + 4)):  # "and current head of B"
            found = next(((ctx.doc[k + n - 1], ph) for n in (7, 6, 5, 4, 3, 2, 1) if k + n <= ctx.sent.end
                          and (ph := phrase_at(ctx.doc, k, k + n)) in titles), None)
            if found is not None:
                yield from _title_with_body(ctx, p, titles, *found)
                return
            if ctx.doc[k].pos_ not in {"ADJ", "DET", "ADV"}:
                break


def _titled(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    titles = all_titles()
    yield from _led_by(ctx)
    for p in ctx.of({"Person"}):
        out = list(_person_titled(ctx, facts, p, titles))
        pred = _predicate_title(ctx, p, titles)
        role = titles[pred[1]]["role"] if pred is not None else None
        if pred is not None and not any(r.props.get("role") == role for r in out):
            # "X, until now commander of Y, becomes Chief of Defence Staff": the post the verb gives too
            out += _person_titled(ctx, facts, p, titles, forced=pred)
        yield from out
        for q in (_predecessors(ctx, p, pred[0]) if pred is not None else _subject_predecessors(ctx, p)):
            # "X replaces Y as Chief of the Air Staff", "X becomes chief in place of Y": Y held the post before;
            # "President X ... his predecessor, Y": Y led what X leads
            for r in out:
                if r.source == p.entity and (r.props.get("role") == role and r.type in {"LEADS", "AFFILIATED_WITH"}
                                             or pred is None and r.type == "LEADS" and r.rule == "title"):
                    yield rel(ctx, q, r.type, r.target, r.confidence - 0.05, "title-predecessor",
                              role=f"former {r.props.get('role')}")


_TAKE_OVER_FROM = {"take", "hand"}


def _predecessors(ctx: SentenceContext, p: Mention, title_tok) -> list[Mention]:
    """The people a person takes a post from in the clause that gives it (``title_tok`` ends the title): the
    object of "replace"/"succeed" ("X replaces Y as chief", "X, succeeding Y"), "in place of Y" and "from Y"
    after "take over" ("X takes over as chief from Y", "taking over from Y"), on the verb of the title or a
    verb attached to it."""
    verb = title_tok
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    verbs = [verb, *(c for c in verb.children if c.dep_ in {"advcl", "xcomp", "conj"} and c.pos_ == "VERB")]
    found = []
    for v in verbs:
        lemma = v.lemma_.lower()
        objs = [c for c in v.children if c.dep_ == "dobj"] if lemma in _SUCCEED_VERBS else []
        over = lemma in _TAKE_OVER_FROM and any(c.dep_ == "prt" and c.lower_ == "over" for c in v.children)
        for prep in (c for c in v.children if c.dep_ == "prep"):
            if prep.lower_ == "from" and (over or lemma in {"take", "inherit"}):
                objs += [c for c in prep.children if c.dep_ == "pobj"]
            if prep.lower_ == "in" and any(c.lower_ == "place" for c in prep.children):
                objs += [o for c in prep.children if c.lower_ == "place" for o in prep_objects(c, "of")]
        if any(c.dep_ == "neg" for c in v.children):
            continue
        for o in objs:
            m = ctx.at.get(o.i)
            if m is not None and ctx.label(m) == "Person" and m.entity != p.entity:
                found.append(m)
    for m in ctx.of({"Person"}):  # "X was named chief, two weeks after his predecessor, Y, was killed"
        head = ctx.head_token(m)
        if m.entity != p.entity and m.start > p.end and head.dep_ == "appos" and head.head.lemma_.lower() == "predecessor" \
                and any(c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in head.head.children) and m not in found:
            found.append(m)
    return found


def _subject_predecessors(ctx: SentenceContext, p: Mention) -> list[Mention]:
    """The people named "his/her predecessor, Y" in the clause whose subject is the titled person ``p``
    ("President X replaced the chiefs he inherited from his predecessor, Y"): Y held p's post before."""
    head = ctx.head_token(p)
    if head.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    verb = head.head
    found = []
    for m in ctx.of({"Person"}):
        tok = ctx.head_token(m)
        noun = tok.head
        if m.entity == p.entity or m.start < p.end or tok.dep_ != "appos" or noun.lemma_.lower() != "predecessor" \
                or not any(c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in noun.children):
            continue
        if verb in noun.ancestors and not any(ctx.label(o) == "Person" and o.entity not in {p.entity, m.entity}
                                              and o.start < noun.i for o in ctx.of({"Person"})):
            found.append(m)  # no other person before "his" it could point to
    return found


def _of_unknown_name(ctx: SentenceContext, last: int) -> bool:
    """Whether the title ending at token ``last`` goes on with "of" and a proper name that is no actor's
    mention (none at all, or a place's)."""
    i = last + 1
    if i >= ctx.sent.end or ctx.doc[i].lower_ != "of":
        return False
    return any(o.dep_ == "pobj" and o.pos_ == "PROPN" and (o.i not in ctx.at or ctx.label(ctx.at[o.i]) not in ORGS)
               for o in ctx.doc[i].children)


def _owned_by_unnamed(ctx: SentenceContext, start: int) -> bool:
    """Whether the words before a title starting at token ``start`` give it an owner no state or body mention
    stands for: a people, region or group the parser names but no mention holds ("the Abkhaz leader", "Catalan
    President", "the Los Lobos leader") or a body noun as possessor ("the movement's leader": ``spokesman``
    ``body_possessors`` in cues.yaml)."""
    from ..lexicon import cues

    bodies = cues()["spokesman"]["body_possessors"]
    owner_kinds = cues()["people_ties"]["unnamed_owner_kinds"]
    ties = cues()["people_ties"]
    describing = set(ties["region_words"]) | set(ties["party_words"])  # the holder's region, creed or party
    j = start - 1
    while j >= ctx.sent.start and ctx.doc[j].dep_ in {"amod", "compound", "nmod", "poss", "case", "punct"} \
            and (ctx.doc[j].dep_ == "case" or j < ctx.doc[j].head.i <= start + 3):
        t = ctx.doc[j]
        if j in ctx.at:  # "the Kazakh president": a named state owns it; "New Caledonian President": a place
            return ctx.label(ctx.at[j]) == "Place"
        if t.dep_ == "poss" and t.pos_ == "NOUN" and t.lemma_.lower() in bodies \
                or t.ent_type_ in owner_kinds and t.is_title and t.lower_ not in describing:
            return True
        j -= 1
    return False


def _joiner_at(ctx: SentenceContext, i: int, joiners: list[tuple[str, ...]]) -> bool:
    """Whether the words from token ``i`` on are one of ``joiners`` (each a run of lower-case words: "and", "as
    well as") within the sentence."""
    return any(i + len(words) <= ctx.sent.end and tuple(t.lower_ for t in ctx.doc[i:i + len(words)]) == words
               for words in joiners)


def _body_of_title(ctx: SentenceContext, title_tok) -> Mention | None:
    """The body named right after a head's title ("chief of the Defence Forces", "head of Y"), not a state."""
    nxt = title_tok.i + 1
    if nxt >= ctx.sent.end or ctx.doc[nxt].lower_ != "of":
        return None
    body = _object_of(ctx, ctx.doc[nxt])
    return body if body is not None and body.start <= nxt + 2 and ctx.label(body) != "Country" else None


def _person_titled(ctx: SentenceContext, facts: DocFacts, p: Mention, titles: dict,
                   forced: tuple | None = None) -> Iterator[Relation]:
    """The relations one person's title gives them; ``forced``: the title a verb gives them
    (:func:`_predicate_title`), read alone."""
    found = _title_before(ctx, p) if forced is None else None
    if forced is None:
        yield from _second_title(ctx, p, titles, found is not None and titles[found[0]].get("affiliated") != "military")
    org: Mention | None = None
    info: dict = {}
    start = p.start
    held_for = False
    leader_owned = False  # "X, Yoon's chief of staff": the title a person owns
    if found:
        phrase, info, start = found
        # "Kazakh President X", "Baykar CEO X", "Kazakhstan's President X"
        j = start - 1
        if j >= ctx.sent.start and ctx.doc[j].lower_ in {"'s", "\u2019s"}:
            j -= 1
        if j in ctx.at and ctx.label(ctx.at[j]) in ORGS:
            org = _pronoun_owner(ctx, j) or (None if _their_state(ctx, j) else ctx.at[j])
        # "its then defence minister, X": the owner the title noun itself has; "Honduras's new
        # president, X": the owner of the title noun, past its adjectives
        last = ctx.doc[start + len(phrase.split()) - 1]
        org = org or _owner(ctx, last) or next(
            (ctx.at[c.i] for t in ctx.doc[start:p.start] for c in t.children
             if c.dep_ == "poss" and c.i in ctx.at and ctx.label(ctx.at[c.i]) in ORGS), None)
        if org is None and last.dep_ == "conj" and not any(c.dep_ in {"det", "poss"} for c in last.children):
            # "Embraer's chairman and managing director, X": one owner for both (a named one, not a pronoun)
            org = next((ctx.at[c.i] for c in last.head.children if c.dep_ in {"poss", "compound", "nmod"}
                        and c.i < last.head.i and c.pos_ != "PRON" and c.i in ctx.at
                        and ctx.label(ctx.at[c.i]) in ORGS), None)
    if found and org is None and set(found[0].split()) <= _ranks() and _appositive_title(ctx, p, titles):
        found = None  # "the chairman of HAL, Wing Commander X": the rank is no office; the chairman is
    if found:  # "King Mohammed VI, who as supreme commander heads the Royal Armed Forces"
        yield from (r for r in _relative_role(ctx, p) if r.type == "LEADS")
    after = _title_after(ctx, p, titles) if forced is None else forced
    if after is None and (not found or info.get("affiliated") == "military"):
        after = _predicate_title(ctx, p, titles)  # "General X became the army's chief of staff"
    if found and info.get("affiliated") == "military" and after is not None:
        found = None  # "General X, head of US Africa Command": the office, not the rank
        org = None
    if not found:
        # "X, the president of C" / "X, an analyst at I" / "X, then general manager of T"
        # / "the PAF chief, Air Chief Marshal X"
        after = after or _appositive_title(ctx, p, titles)
        if after is None:
            yield from _relative_role(ctx, p)
            return
        # "X, a former commander of the navy who now heads Y": the clause's post beside the title's
        yield from (r for r in _relative_role(ctx, p) if r.type == "LEADS")
        title_tok, phrase = after
        info = titles[phrase]
        start = title_tok.i - len(phrase.replace("-", " - ").split()) + 1  # "vice-president": three tokens
        leader_owned = _person_possessor(ctx, ctx.doc[start:title_tok.i + 1]) is not None
        # "X, Argentina's president", "X, the Argentine president", "X became Pakistan's chief of army staff"
        j = start - 1
        if j >= p.end and ctx.doc[j].lower_ in {"'s", "\u2019s"}:
            j -= 1
        if j in ctx.at and ctx.label(ctx.at[j]) in ORGS and (j >= p.end or j < p.start):
            org = ctx.at[j]
        org = org or _owner(ctx, title_tok) or _owner(ctx, ctx.doc[start]) or _body_before_name(ctx, p, title_tok)
        if org is not None and ctx.label(org) == "Country" and info.get("affiliated") == "organisation" \
                and ctx.head_token(org).dep_ == "compound":
            org = None  # "X, a China specialist at the Institute": the country studied, not an employer
        for t in ctx.doc[title_tok.i + 1:min(ctx.sent.end, title_tok.i + 6)]:  # "President and CEO of KAI"
            if org is None and (t.lower_ in {"of", "at", "for"} or t.lower_ == "with" and "affiliated" in info):
                org = _object_of(ctx, t)
                break
            if t.is_punct and t.text != "-":
                break
        if org is None and title_tok.i > p.start:  # "X, a researcher on civil-military relations at Y"
            org = _employer_down(ctx, title_tok, "affiliated" in info)
            held_for = org is not None  # past a topic: "head of land capability for Y" is one of Y's people
        if org is not None and ctx.label(org) == "Country" and "leads" in info:
            org = _body_of_title(ctx, title_tok) or org  # "Kenya's new Chief of Defence Forces": the forces
        if org is not None and org.demonym and org.start > title_tok.i and _of_unknown_name(ctx, title_tok.i):
            org = None  # "leader of the Turkish Republic of Northern Cyprus": not Turkey
    # "analyst X of the Institute", "X, director of Y"
    if org is None and found:
        ministerial = info.get("leads") == "ministry" or info.get("affiliated") == "ministry"
        joiners = [tuple(j.split()) for j in cues()["people_ties"]["party_joiners"]]
        for t in ctx.doc[p.end:min(ctx.sent.end, p.end + 8)]:
            if t.lower_ in {"of", "at", "from", "with", "for"} and t.i not in ctx.at:  # not "Ministry of ..."
                org = _object_of(ctx, t)
                if ministerial and (t.lower_ != "of" or org is not None
                                    and ctx.label(org) not in {"GovernmentBody", "Country"}):
                    org = None  # "Foreign Minister X was expected at the CSTO meetings": a place to be
                break
            if t.i in ctx.at and ctx.label(ctx.at[t.i]) == "Person" or t.pos_ in {"VERB", "AUX"} \
                    or t.text == "," and _introduces_next(ctx, t) or _joiner_at(ctx, t.i, joiners):
                break  # another's title, or the clause has moved on ("X took the salute alongside the chief of Y",
                # "Defence Minister X and the commander of Y")
    if not info:
        return
    role = info["role"]
    span = ctx.doc[start:start + len(phrase.replace("-", " - ").split())]
    blocked = org is None and _other_owner(ctx, span)  # "their spokesman, X": the owner is no named state
    skip = _outside_states(ctx, p)  # "Foreign Minister X visited Qatar": not Qatar's

    known = [c for c in facts.known.get(p.entity, ()) if c in facts.entities] if skip else []

    def state(unnamed: bool = False) -> str | None:
        """The sentence's state for a title that names none (none for a title another owns); where the state
        the person visits is the only one, the one the reference data gives them ("President X visited India")."""
        found = None if blocked else (_unnamed_state if unnamed else _sentence_country)(ctx, facts, skip)
        return found if found is not None or blocked or len(known) != 1 else known[0]

    if org is None and (role in _AIDES or role in NATIONAL_ADVISERS or leader_owned):
        after_title = start + len(phrase.replace("-", " - ").split())
        aided = _aided_state(ctx, facts, after_title) or _possessor_state(ctx, facts, ctx.doc[start:after_title])
        if aided is not None and (role in _AIDES or role in NATIONAL_ADVISERS):
            # "X, an adviser to Touadéra", "X, Biden's national security adviser": one of the state's people
            yield rel(ctx, p, "AFFILIATED_WITH", aided, 0.6, "title-aide", role=role)
            return
        if leader_owned:
            return  # a person's aide whose state the reference data does not give: no other body
    sub = "yes" if _subordinate(ctx, start) else None
    if org is not None and ctx.label(org) == "Company" and ("ministry" in (info.get("leads"), info.get("affiliated"))):
        org = None  # "Defence Industry Minister X": a minister's portfolio, whatever the mention says, is no firm
    if org is not None and ctx.label(org) == "GovernmentBody" and info.get("leads") == "ministry" \
            and ctx.head_token(org).dep_ == "compound" and _is_service(facts, org.entity):
        # "French Armed Forces Minister X": the service names the portfolio; the minister is the state's
        # (not "DAPA Minister X", who leads the agency)
        country = ctx.entities[org.entity].country
        org = dataclasses.replace(org, entity=country) if country in ctx.entities else None
    if org is None or ctx.label(org) == "Country":
        body = _topic_body(ctx, facts, start)  # "Treasury Secretary X", "Economy Minister X"
        if body is not None:  # "Treasury Secretary X" leads the department; "a senior Guards officer" serves in it
            kind = "AFFILIATED_WITH" if "affiliated" in info and role not in _CABINET_SECRETARIES else "LEADS"
            yield rel(ctx, p, kind, body, 0.7, "title-topic", role=role, subordinate=sub if kind == "LEADS" else None)
            return
    if role in SERVICE_CHIEFS and (org is None or ctx.label(org) == "Country"):
        # "the army chief, General X": the state's army where the text names it, else that state
        country = org.entity if org is not None else state(unnamed=True)
        if org is None and forceless(_country_name(facts, country)):
            country = _armed_state(facts)  # "Chief of Navy, Rear Admiral X" of a ship lost off Samoa: not Samoa's
        named = [m for m in ctx.mentions if m.entity == country] if org is None else []
        if named and all(m.demonym for m in named) and facts.focal and not blocked and facts.focal not in skip:
            country = facts.focal  # "the chief of staff, General X, likened the Chinese boarders to pirates"
        staff_state = _staff_state(facts, p, org, start, phrase, country) if "general staff" in role else None
        staff = _general_staff(facts, staff_state) if "general staff" in role \
            and service_relation(role, _country_name(facts, staff_state)) != "leads" else None
        if staff is not None:  # "Chief of the General Staff X": the state's General Staff, which its chief leads
            yield rel(ctx, p, "LEADS", staff, 0.6, "title-general-staff", role=role, subordinate=sub)
            return
        states = [country] if country else list(dict.fromkeys(  # several states: the one whose service is named
            x.entity for m in ctx.mentions if (x := ctx.fit(m, {"Country"})) is not None))
        bodies = {b for c in states for w in ((SERVICE_CHIEFS[role],) if SERVICE_CHIEFS[role] else _WHOLE_MILITARY)
                  if (b := _service_body(facts, c, w))}  # "Chief of the General Staff": the armed forces
        if not bodies and SERVICE_CHIEFS[role]:  # "the Chief of the Air Staff ... of the Kenyan Air Force"
            bodies = {m.entity for m in ctx.of({"GovernmentBody"}) if SERVICE_CHIEFS[role] in " ".join(
                [ctx.entities[m.entity].name, *ctx.entities[m.entity].aliases]).lower()}
        if not bodies and SERVICE_CHIEFS[role]:  # "X, the air force commander" where the text names one air force
            bodies = {e.id for e in facts.entities.values() if _is_service(facts, e.id)
                      and SERVICE_CHIEFS[role] in " ".join([e.name, *e.aliases]).lower()}
            bodies = bodies if len(bodies) == 1 else set()
        body = bodies.pop() if len(bodies) == 1 else None
        if body is None and not bodies and org is None:  # "the navy chief, X" where the text never names the navy
            body = _implied_service(facts, country, SERVICE_CHIEFS[role])
        if body is not None and not facts.entities[body].mentions and country:
            # a service the text never names (another person's title may have implied it already): its chief
            # leads it, and the title ties them to the state as before
            if service_relation(role, _country_name(facts, country)) == "leads":
                yield rel(ctx, p, "LEADS", body, 0.55, "title-service-implied", role=role, subordinate=sub)
            yield rel(ctx, p, "AFFILIATED_WITH", country, 0.6, "title-service", role=role)
            return
        if body is not None and service_relation(role, _country_name(facts, country)) == "affiliated":
            # "the Chief of the General Staff, General X": the forces' top officer, serving in them
            yield rel(ctx, p, "AFFILIATED_WITH", body, 0.6, "title-service", role=role)
        elif body is not None:
            yield rel(ctx, p, "LEADS", body, 0.65, "title-service", role=role, subordinate=sub)
        elif country:
            yield rel(ctx, p, "AFFILIATED_WITH", country, 0.6, "title-service", role=role)
        return
    if found and role == "secretary" and org is None and _portfolio_secretary(ctx, start):
        # "Navy Secretary X", "Communications Secretary X": a state's cabinet post whose department the text
        # does not name: one of the state's people
        country = state(unnamed=True)
        if country:
            yield rel(ctx, p, "AFFILIATED_WITH", country, 0.6, "title-portfolio-secretary", role=role)
        return
    if "leads" in info and org is not None and ctx.label(org) != "Country" and (
            held_for or _owner_of_unit(ctx, org) or _unit_title(ctx, start) or role == "chief of staff" and not _is_service(facts, org.entity)
            or _portfolio(ctx, start + len(phrase.replace("-", " - ").split()) - 1 if phrase else start)):
        # "managing director of Leonardo's aircraft division", "chief of staff of US Africa Command":
        # a unit's head or a chief of staff works for the body, the body's own chief leads it
        yield rel(ctx, p, "AFFILIATED_WITH", org, 0.65, "title", role=role)
        return
    if "leads" in info:
        target: Mention | str | None = org
        if info["leads"] == "ministry" and (org is None or ctx.label(org) == "Country"):
            country = org.entity if org is not None else state()
            ministry = _ministry(facts, country, info.get("ministry"))
            if ministry:
                yield rel(ctx, p, "LEADS", ministry, 0.7, "title", role=role, subordinate=sub)
            if country and country in facts.entities and not (ministry and sub):  # "French Foreign Minister X"
                yield rel(ctx, p, "AFFILIATED_WITH", country, 0.6, "title", role=role)
            return
        if target is None and info["leads"] == "country":
            last = start + len(phrase.replace("-", " - ").split()) - 1 if phrase else start
            # "X, leader of the Turkish Republic of Northern Cyprus": a state the text names but no mention holds
            # "the Abkhaz leader X", "Catalan President X", "the movement's leader, X": a leader of what the
            # title's own owner names, no state of the article
            target = None if _of_unknown_name(ctx, last) or blocked or _owned_by_unnamed(ctx, start) \
                else facts.focal if facts.focal not in skip else known[0] if len(known) == 1 else None
        elif info["leads"] != "country" and org is not None and ctx.label(org) == "Country":
            # "India's Chief of Defence Staff, General X": a chief of the state's body, not its leader
            service = _named_service(ctx, facts, org, start, p.start if found else None)
            yield rel(ctx, p, "AFFILIATED_WITH", service or org, 0.6, "title", role=role)
            return
        target_id = target if isinstance(target, str) or target is None else target.entity
        if target_id is not None and _former(ctx, start) and facts.entities[target_id].label == "Country":
            # "former president X": a past head of the state LEADS it, bounded by an end (ANNOTATION.md); one
            # removed by force ("the ousted president") is tied to it as before
            words = {t.lower_ for t in ctx.doc[max(ctx.sent.start, start - 2):start]}
            kind = "LEADS" if words & _PAST_HOLDER else "AFFILIATED_WITH"
            yield rel(ctx, p, kind, target_id, 0.6, "title-former", role=f"former {role}")
        elif target is not None:
            yield rel(ctx, p, "LEADS", target, 0.8 if org else 0.6, "title", role=role, subordinate=sub)
    elif info.get("affiliated") == "ministry" and (org is None or ctx.label(org) == "Country"):
        # "Defence Secretary X": the country's ministry of that topic where the text names it
        country = org.entity if org is not None else state()
        ministry = _ministry(facts, country, info.get("ministry")) if info.get("ministry") \
            else _sentence_ministry(ctx, country)  # "Deputy Minister X" beside "Armenia's Ministry of Defence"
        if ministry or country:
            yield rel(ctx, p, "AFFILIATED_WITH", ministry or country, 0.6, "title", role=role)
    elif (info["role"] in _HEIRS or info["role"] in STATE_TITLES) and (org is None or ctx.label(org) == "Country"):
        country = org.entity if org is not None else (  # "Crown Princess X", "Vice President X"
            state() if info["role"] in _HEIRS else state(unnamed=True))
        if country:
            yield rel(ctx, p, "AFFILIATED_WITH", country, 0.6, "title", role=role)
    elif org is not None and role == "counterpart" and ctx.label(org) == "Country" and _leader_counterpart(ctx, start):
        yield rel(ctx, p, "LEADS", org, 0.7, "title", role=role)  # "Prime Minister X and his Fijian counterpart, Y"
    elif org is not None and role == "counterpart" and ctx.label(org) == "Country" \
            and (other := _counterpart_title(ctx, start)).get("leads") == "ministry" and other.get("ministry"):
        # "Defence Minister X and his Israeli counterpart Y": the same office, of Y's state
        ministry = _ministry(facts, org.entity, other["ministry"])
        if ministry:
            yield rel(ctx, p, "LEADS", ministry, 0.65, "title-counterpart", role=other["role"])
        yield rel(ctx, p, "AFFILIATED_WITH", org, 0.6, "title-counterpart", role=other["role"])
    elif org is not None and role == "secretary" and ctx.label(org) == "GovernmentBody" \
            and any(w in ctx.entities[org.entity].name.lower() for w in SECRETARY_LED):
        # "secretary of Russia's Security Council": its head, and (as before) one of its members
        yield rel(ctx, p, "LEADS", org, 0.7, "title-secretary", role=role)
        yield rel(ctx, p, "AFFILIATED_WITH", org, 0.7, "title-secretary", role=role)
    elif org is not None:
        service = _named_service(ctx, facts, org, start, p.start if found else None)
        yield rel(ctx, p, "AFFILIATED_WITH", service or org, 0.75, "title", role=role)
    elif info.get("affiliated") == "military" and found:
        # "The Indian Air Force said the pilot, Wing Commander X, ...": the one armed service the sentence names
        named = [m for m in ctx.of({"GovernmentBody"}) if _is_service(facts, m.entity)]
        services = {m.entity for m in named}
        if len(services) == 1 and not all(_named_as_command(ctx, m) for m in named) \
                and not _predecessor_only(ctx, p, named):
            yield rel(ctx, p, "AFFILIATED_WITH", services.pop(), 0.55, "rank-service", role=role)
    elif role in SPOKESPEOPLE and not ctx.of({"Company", "Organization", "GovernmentBody"}):
        if _body_spokesman(ctx, start):
            return  # "the junta's spokesman, X": the body's, whatever state the sentence names
        # "a price that spokesman X described as fair"; "In Beijing, spokesman X accused Australia"
        country = (None if blocked else _seat_state(ctx)) or state()
        if country:
            yield rel(ctx, p, "AFFILIATED_WITH", country, 0.55, "title-spokesman", role=role)
    elif not found and info.get("affiliated") == "organisation":
        yield from _relative_role(ctx, p)  # "X, a former officer who now writes for Y": no body with the title


def _body_spokesman(ctx: SentenceContext, start: int) -> bool:
    """A title owned by a body the text names by a common noun: "the junta's spokesman", "the command's
    spokesman" (not "his spokesman", "the president's press secretary": a leader's own)."""
    j = start - 1
    if j <= ctx.sent.start or ctx.doc[j].lower_ not in {"'s", "\u2019s", "'", "\u2019"}:
        return False
    owner = ctx.doc[j - 1]
    return owner.i not in ctx.at and owner.pos_ == "NOUN" \
        and owner.lemma_.lower() in cues()["spokesman"]["body_possessors"]


def _seat_state(ctx: SentenceContext) -> str | None:
    """The state of the city a sentence opens with ("In Beijing, ..."), where the document names it (or the
    state itself, where the capital was read as standing for it)."""
    first = ctx.sent[0]
    if first.lower_ not in cues()["people_ties"]["seat_preps"] or len(ctx.sent) < 4:
        return None
    obj = next((o for o in first.children if o.dep_ == "pobj"), None)
    m = ctx.at.get(obj.i) if obj is not None else None
    if m is None or ctx.label(m) not in {"Place", "Country"} or ctx.doc[m.end].text != ",":
        return None
    if ctx.label(m) == "Country":  # "In Beijing," read as the state its capital stands for
        return m.entity
    country = ctx.entities[m.entity].props.get("country")
    found = make_id("Country", country) if country else None
    return found if found in ctx.entities else None


_WHOLE_MILITARY = ("armed forces", "defence force", "defense force")  # "Australian Defence Force", "... Forces"
_SERVICE_WORDS = ("army", "navy", "air force", "armed forces", "defence forces", "defense forces", "marine",
                  "coast guard", "national guard", "military")


_NOT_PORTFOLIO = {"general", "party", "permanent", "executive", "private", "press", "company", "club", "union",
                  "league", "committee", "council"}


def _portfolio_secretary(ctx: SentenceContext, start: int) -> bool:
    """Whether the "Secretary" at ``start`` has a capitalised portfolio word right before it that is no
    body's name ("Navy Secretary X", "Health Secretary X"; not "General Secretary", "Party Secretary")."""
    j = start - 1
    if j < ctx.sent.start:
        return False
    t = ctx.doc[j]
    return t.text[:1].isupper() and t.is_alpha and t.pos_ in {"PROPN", "NOUN", "ADJ"} and j not in ctx.at \
        and t.lower_ not in _NOT_PORTFOLIO and ctx.doc[start].text[:1].isupper()


def _implied_service(facts: DocFacts, country: str | None, words: str | None) -> str | None:
    """The catalogued armed service of ``country`` a service chief's title names ("navy": the "Navy of
    Nigeria", i.e. the Nigerian Navy), added to the document's entities when its text never names it; None
    for the whole armed forces, when the catalogue has no such service or the state is no country."""
    from ...entities.entity import Entity
    from ...reference import load_reference

    state = facts.entities.get(country) if country else None
    if state is None or state.label != "Country" or words not in _IMPLIED_SERVICES:
        return None
    ref = load_reference()
    entry = ref.find("GovernmentBody", f"{words} of {state.name}")
    if entry is None:
        return None
    if entry.id not in facts.entities:
        facts.entities[entry.id] = Entity(id=entry.id, label="GovernmentBody", name=entry.name,
                                          aliases=set(entry.aliases), props=dict(entry.props), ref_id=entry.id,
                                          country=country)
    return entry.id


_IMPLIED_SERVICES = ("army", "navy", "air force")


def _staff_state(facts: DocFacts, p: Mention, org: Mention | None, start: int, phrase: str | None,
                 country: str | None) -> str | None:
    """The state whose General Staff a "Chief of the General Staff" title leads: the state the title
    names, else the person's known state, else the article's (its focal state, else the first it names)
    ("X remains chief of the General Staff and commands the forces fighting in Ukraine": not Ukraine's)."""
    near = org is not None and (org.end <= start or org.start <= start + len((phrase or "").split()) + 2)  # "... Staff of X"
    if near:
        return org.entity
    known = [c for c in facts.known.get(p.entity, ()) if c in facts.entities]
    if len(known) == 1:
        return known[0]
    first = next((m.entity for m in facts.mentions if m.entity in facts.entities  # the article's first state
                  and facts.entities[m.entity].label == "Country"), None)
    return facts.focal or first or country


def _general_staff(facts: DocFacts, country: str | None) -> str | None:
    """The catalogued General Staff of ``country`` (government_bodies_world.csv: "General Staff of Russia"),
    the document's own entity for it or one added; None where the state is no country or has none catalogued
    (a title whose state is unknown gets no other state's body)."""
    from ...entities.entity import Entity
    from ...reference import load_reference

    state = facts.entities.get(country) if country else None
    if state is None or state.label != "Country":
        return None
    entry = load_reference().find("GovernmentBody", f"General Staff of {state.name}")
    if entry is None or "general staff" not in entry.name.lower() or entry.props.get("country") not in {None, "", state.name}:
        return None
    own = next((e.id for e in facts.entities.values() if e.ref_id == entry.id or e.id == entry.id), None)
    if own is not None:
        return own
    facts.entities[entry.id] = Entity(id=entry.id, label="GovernmentBody", name=entry.name,
                                      aliases=set(entry.aliases), props=dict(entry.props), ref_id=entry.id,
                                      country=country)
    return entry.id


# words of a title that name one armed service: "the Chilean naval staff", "commander of naval operations"
_SERVICE_ADJECTIVES = {"naval": "navy", "navy": "navy", "army": "army", "military": None}


def _named_service(ctx: SentenceContext, facts: DocFacts, org: Mention, start: int, title_end: int | None) -> str | None:
    """The state's armed service a title names by an adjective where its owner is the state ("director of
    operations on the Chilean naval staff", "Chile's commander of naval operations"): the document's one body
    of that service, else None. The title runs from ``start`` to ``title_end`` (None: to its comma)."""
    if ctx.label(org) != "Country":
        return None
    if title_end is None:
        title_end = next((t.i for t in ctx.doc[start:min(ctx.sent.end, start + 12)] if t.text in {",", ";", "("}),
                         min(ctx.sent.end, start + 12))
    head = ctx.head_token(org)
    words = [t.lower_ for t in ctx.doc[max(ctx.sent.start, start):min(ctx.sent.end, title_end)]]
    if head.dep_ in {"amod", "compound", "poss"}:  # the noun the state's name qualifies: "Chilean naval staff"
        words += [c.lower_ for c in head.head.children if c.dep_ in {"amod", "compound"}]
    service = next((_SERVICE_ADJECTIVES[w] for w in words if _SERVICE_ADJECTIVES.get(w)), None)
    return _service_body(facts, org.entity, service)


def _armed_state(facts: DocFacts) -> str | None:
    """The article's one state that keeps armed forces (``forceless_states.csv``), None for none or several."""
    found = [e.id for e in facts.entities.values() if e.label == "Country" and not forceless(e.name)]
    return found[0] if len(found) == 1 else None


def _country_name(facts: DocFacts, country: str | None) -> str | None:
    """The name of the country entity ``country`` (an id), if the document has it."""
    entity = facts.entities.get(country) if country else None
    return entity.name if entity is not None else None


def _predecessor_only(ctx: SentenceContext, p: Mention, named: list) -> bool:
    """Whether the ranked person is only the one handed over from ("took over the wing from Colonel X",
    "chosen to succeed General Y") and no clause of his own names the service ("from General Z, who will
    leave the army" does): the sentence's service is the successor's, not the predecessor's."""
    from ..lexicon import cues

    lex = cues()["operate"]
    tok = ctx.head_token(p)
    while tok.dep_ in {"appos", "conj"} and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "from" else None
    handed = verb is not None and any(verb.lemma_.lower() == v and any(c.lower_ == prt for c in verb.children)
                                      for v, prt in lex["succession_phrasal"].items())
    handed = handed or tok.dep_ == "dobj" and tok.head.lemma_.lower() in lex["succession_verbs"]
    if not handed:
        return False
    own = {t.i for c in tok.children if c.dep_ in {"relcl", "acl", "appos"} for t in c.subtree}
    return not any(m.start in own for m in named)


def _named_as_command(ctx: SentenceContext, m) -> bool:
    """Whether a service is named only as someone's command: the "of" object of a command noun, through
    "of" phrases ("the head of the army", "chief of staff of the armed forces"), or its possessor ("the
    air force's chief"): that sentence tells who leads it, not which officer serves in it."""
    from ..lexicon import cues

    nouns = set(cues()["rank_service"]["command_nouns"])
    tok = ctx.head_token(m)
    if tok.dep_ == "poss":
        return tok.head.lemma_.lower() in nouns
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in {"NOUN", "PROPN"}:
        tok = tok.head.head
        if tok.lemma_.lower() in nouns:
            return True
    return False


def _is_service(facts: DocFacts, entity_id: str) -> bool:
    """Whether the body is a state's armed service ("Philippine Army", "Armed Forces of the Philippines")."""
    e = facts.entities[entity_id]
    return e.label == "GovernmentBody" and any(w in " ".join([e.name, *e.aliases]).lower() for w in _SERVICE_WORDS)


def _portfolio(ctx: SentenceContext, last: int) -> bool:
    """Whether the title ending at token ``last`` goes on with a portfolio, not a body: "the navy's
    director-general of materiel", "Airbus's head of sales": one of the body's people."""
    nxt = last + 1
    if nxt >= ctx.sent.end or ctx.doc[nxt].lower_ not in {"of", "for"}:
        return False
    obj = next((c for c in ctx.doc[nxt].children if c.dep_ == "pobj"), None)
    # the body the portfolio is held for stays outside it: "head of land capability for the Defence Force"
    held_for = {t.i for c in obj.children if c.dep_ == "prep" and c.lower_ in {"for", "at", "with"}
                for t in c.subtree} if obj is not None else set()
    return obj is not None and obj.i not in ctx.at and obj.pos_ in {"NOUN", "PROPN", "ADJ"} and obj.text.islower() \
        and obj.lower_ != "board" \
        and not any(t.i in ctx.at for t in obj.subtree if t.i not in held_for)


def _unit_title(ctx: SentenceContext, start: int) -> bool:
    """Whether the title starting at ``start`` heads an unnamed part of the body it names (``unit_title_words``
    in cues.yaml): "the maritime component commander of the Royal Navy", "a brigade commander of the Kenya
    Army" lead a part and serve the body."""
    from ..lexicon import cues

    t = ctx.doc[start - 1] if start - 1 >= ctx.sent.start else None
    return t is not None and t.lower_ in cues()["people_ties"]["unit_title_words"] and t.i not in ctx.at \
        and t.dep_ in {"compound", "amod", "nmod"} and t.head.i >= start


def _owner_of_unit(ctx: SentenceContext, org: Mention) -> bool:
    """Whether ``org`` is named only as the owner of an unnamed unit: "Leonardo's aircraft division"."""
    head = ctx.head_token(org)
    # "the People's Liberation Army Navy's Shanghai naval base": a unit named as a place is still the body's unit
    return head.dep_ == "poss" and head.head.lower_ in UNIT_NOUNS and (
        head.head.i not in ctx.at or ctx.label(ctx.at[head.head.i]) == "Place")


def _sentence_ministry(ctx: SentenceContext, country: str | None) -> str | None:
    """The sentence's one ministry (of ``country`` where its country is known)."""
    found = {m.entity for m in ctx.of({"GovernmentBody"})
             if ctx.entities[m.entity].name.split()[0] in {"Ministry", "Department", "Federal"}
             and ctx.entities[m.entity].country in {country, None}}
    return found.pop() if len(found) == 1 else None


def _unnamed_state(ctx: SentenceContext, facts: DocFacts, skip: frozenset[str] = frozenset()) -> str | None:
    """The state of a title that names none ("Vice President X", "the army chief, General X"): the
    sentence's one state (:func:`_sentence_country`), none where the sentence names several by name."""
    named = {ctx.fit(m, {"Country"}).entity for m in ctx.mentions  # not "Russian jets", "American sanctions"
             if not m.demonym and ctx.fit(m, {"Country"}) is not None}
    return _sentence_country(ctx, facts, skip) if len(named - skip) < 2 else None


def _other_owner(ctx: SentenceContext, span) -> bool:
    """Whether a title (tokens ``span``) has an owner no named body or state stands for: a possessive
    pronoun whose body no mention gives ("their military spokesman, X" of a movement; "Its president, X" of
    the sentence before where :func:`_owner` found none): the sentence's other states are not the title's."""
    from ..lexicon import cues

    pronouns = cues()["people_ties"]["owner_pronouns"]
    for t in span:
        for c in t.children:
            if c.dep_ != "poss" or c.i >= t.i:
                continue
            m = ctx.at.get(c.i)
            if m is not None and ctx.label(m) in ORGS | {"Person"}:
                return False
            if c.lower_ in pronouns and (c.lower_ != "its" or not any(
                    ctx.label(m) == "Country" and m.start < c.i for m in ctx.mentions)):
                return True  # not "A's defence minister, X, and its foreign minister, Y": a state named before "its"
    return False


def _outside_states(ctx: SentenceContext, p: Mention) -> frozenset[str]:
    """The states person ``p`` acts on from outside in the sentence (``outside_verbs`` in cues.yaml): "Foreign
    Minister X visited Qatar", "thanked Oman for its mediation": not the state of X's title."""
    from ..lexicon import cues

    verbs_of = cues()["people_ties"]["outside_verbs"]
    head = ctx.head_token(p)
    if head.dep_ == "appos" and head.head.dep_ == "nsubj":
        head = head.head  # "Congo's foreign minister X thanked Angola": the name stands beside the subject
    verbs = ([head.head] if head.dep_ == "nsubj" else []) + _shared_subject(head)
    verbs = [v for v in verbs if v.lemma_.lower() in verbs_of]
    out = set()
    for v in verbs:
        objs = [c for c in v.children if c.dep_ == "dobj"]
        objs += prep_objects(v)
        for o in objs:
            for t in (o, *conjuncts(o)):
                m = ctx.at.get(t.i)
                x = ctx.fit(m, {"Country"}) if m is not None else None
                if x is not None:
                    out.add(x.entity)
    return frozenset(out)


def _service_body(facts: DocFacts, country: str | None, words: str | None) -> str | None:
    """The document's one body of ``country`` whose name has the service ``words`` ("Indian Air Force")."""
    if not country or not words:
        return None
    found = [e.id for e in facts.entities.values() if e.label == "GovernmentBody" and e.country == country
             and words in " ".join([e.name, *e.aliases]).lower()]
    return found[0] if len(found) == 1 else None


_TOPIC_WORDS = {"defense": ("defense", "defence", "armed forces", "war"), "foreign affairs": ("foreign", "state"),
                "interior": ("interior", "home affairs", "internal affairs")}
_MINISTRY_WORDS = ("ministry", "department", "secretariat", "pentagon")


def _topic_ministry(name: str, words, states) -> bool:
    """Whether ``name`` is a ministry's ("Ministry of National Defence", "Department of State") of one of the topic
    ``words``, read without the names ``states`` ("United States" is no "State").

    >>> _topic_ministry("Department of State", ("foreign", "state"), ["United States"])
    True
    >>> _topic_ministry("United States Department of Energy", ("foreign", "state"), ["United States"])
    False
    """
    low = name.lower()
    if not any(w in low for w in _MINISTRY_WORDS):
        return False
    for form in states:
        low = low.replace(form.lower(), " ")
    return any(re.search(rf"\b{w}\b", low) for w in words)


def _ministry(facts: DocFacts, country: str | None, topic: str | None) -> str | None:
    """The document's ministry of ``topic`` ("Defense") belonging to ``country``, if it has one
    ("Ministry of National Defence", "Department of Defense", "the Pentagon"). A ministry whose
    country the text leaves open counts when it is the document's only ministry of that topic."""
    if not country or not topic:
        return None
    words = _TOPIC_WORDS.get(topic.lower(), (topic.lower(),))
    states = [form for c in facts.entities.values() if c.label == "Country" for form in {c.name, *c.aliases}]
    found = [e for e in facts.entities.values() if e.label == "GovernmentBody"
             and (_topic_ministry(e.name, words, states)
                  or "pentagon" in e.name.lower() and topic.lower() == "defense")]
    own = [e for e in found if e.country == country]
    if own:
        return own[0].id
    stateless = [e for e in found if e.country is None]
    return stateless[0].id if len(found) == 1 and stateless else None


# -- background knowledge: who held which office on the document's date ----------------------------
_LEADER_WORDS = {"president", "prime", "premier", "leader", "king", "emir", "chancellor", "head", "sultan",
                 "crown", "monarch", "ruler", "minister", "secretary-general", "secretary", "chief", "ceo",
                 "chairman", "chief executive"}


def _office_target(office, facts: DocFacts) -> tuple[str, str] | None:
    """(relationship type, target entity id) of one term, if its target is in the document."""
    from ...ids import make_id
    from ...reference.offices import LEADERS, MINISTRY_TOPIC

    entities = facts.entities
    if office.role in LEADERS:
        return ("LEADS", office.country_id) if office.country_id in entities else None
    if office.role in MINISTRY_TOPIC:
        ministry = _ministry(facts, office.country_id, MINISTRY_TOPIC[office.role])
        if ministry:
            return "LEADS", ministry
        return ("AFFILIATED_WITH", office.country_id) if office.country_id in entities else None
    for label in ("Alliance", "Company", "Organization", "GovernmentBody"):
        target = make_id(label, office.office)
        if target in entities:
            return "LEADS", target
    found = next((e.id for e in entities.values() if e.ref_id and e.label != "Person"
                  and office.office and e.name == office.office), None)
    if found:
        return "LEADS", found
    international = office.office and office.office != office.country  # "President of the European Council"
    return ("AFFILIATED_WITH", office.country_id) if office.role != "ceo" and not international \
        and office.country_id in entities else None


_NOT_THE_OFFICE = {"vice", "deputy", "shadow", "former", "ex", "assistant", "under", "junior", "associate", "acting"}


def _spelled(words: list[str]) -> list[str]:
    """Lower-case title words with one spelling of "defence"."""
    return [w.lower().replace("defence", "defense") for w in words]


def _titled_by_office(doc, office, person) -> bool:
    """Whether the text puts the office's own title right before the person's name ("Secretary of State Rex
    Tillerson", "President Goodluck Jonathan"), with no word before it that makes it another office ("Vice
    President", "Shadow Defence Secretary") or another state's ("Kenyan President")."""
    title = _spelled(office.title.split())
    if not title:
        return False
    for m in person.mentions:
        if m.source == "coref":
            continue
        start = m.end - len(m.text.split())  # the name's first token (the mention may hold the title)
        first = start - len(title)
        if first < 0 or _spelled([t.text for t in doc[first:start]]) != title:
            continue
        prev = doc[first - 1] if first > doc[first].sent.start else None
        if prev is None or not (prev.text[:1].isupper() or prev.lower_ in _NOT_THE_OFFICE or prev.text == "-"):
            return True
    return False


def _titled_target(doc, office, person, facts: DocFacts) -> tuple[str, str] | None:
    """The office's state or ministry, from the reference data, for a catalogued holder the text names under
    that office's title while naming neither ("Defence Secretary Dan Jarvis": the UK's Ministry of Defence)."""
    from ...entities.entity import Entity
    from ...reference import load_reference
    from ...reference.offices import LEADERS, MINISTRY_TOPIC

    if office.role not in LEADERS and office.role not in MINISTRY_TOPIC or not _titled_by_office(doc, office, person):
        return None
    ref = load_reference()
    if office.role in LEADERS:
        entry = ref.get(office.country_id)
    else:
        words = _TOPIC_WORDS.get(MINISTRY_TOPIC[office.role].lower(), ())
        entry = ref.find("GovernmentBody", office.office) or next(
            (e for e in ref if e.label == "GovernmentBody" and e.props.get("country") == office.country
             and _topic_ministry(e.name, words, [office.country])), None)
    if entry is None or entry.label not in {"Country", "GovernmentBody"}:
        return None
    if entry.id not in facts.entities:
        facts.entities[entry.id] = Entity(id=entry.id, label=entry.label, name=entry.name, aliases=set(entry.aliases),
                                          props=dict(entry.props), ref_id=entry.id,
                                          country=office.country_id if entry.label == "GovernmentBody" else None)
    return "LEADS", entry.id


def _evidence_sentence(doc, person, target_id: str):
    """The sentence that best ties a known person to an office: one naming the target, else one with
    a title word, else the first that names the person."""
    sents = [m for m in person.mentions if m.source != "coref"]
    scored = []
    for m in sents:
        sent = doc[m.start].sent
        words = set(lowers(doc)[sent.start:sent.end])
        names_target = any(x.entity == target_id for x in doc._.mentions if sent.start <= x.start < sent.end)
        scored.append((0 if names_target else 1 if words & _LEADER_WORDS else 2, m.start, sent))
    return min(scored, key=lambda s: s[:2])[2] if scored else None


def known_offices(doc, facts: DocFacts, doc_id: str) -> Iterator[Relation]:
    """LEADS / AFFILIATED_WITH of people the reference data knows, for the offices they held on the
    document's date; the evidence is the sentence that best shows the tie."""
    from ...reference.offices import MINISTRY_TOPIC, load_offices

    offices = load_offices()
    day = doc.user_data.get("published")
    if not day:  # a term holds only inside its dates: with no date, no background office
        return
    mentions = [m for m in doc._.mentions if m.entity]
    for person in list(facts.entities.values()):
        if person.label != "Person" or not person.ref_id:
            continue
        seen = set()
        for office in offices.held_by(person.ref_id, day):
            found = _office_target(office, facts) or _titled_target(doc, office, person, facts)
            if found is None or found in seen:
                continue
            seen.add(found)
            sent = _evidence_sentence(doc, person, found[1])
            if sent is None:
                continue
            ctx = SentenceContext(sent, mentions, facts.entities, doc_id)
            yield rel(ctx, person.id, found[0], found[1], 0.7, "known-office", role=office.title.lower() or office.role,
                      valid_from=office.start, valid_to=office.end)  # the term, as the reference data states it
            state = ("AFFILIATED_WITH", office.country_id)
            if found[0] == "LEADS" and office.role in MINISTRY_TOPIC and office.country_id in facts.entities \
                    and state not in seen:  # a minister of the named ministry serves the state too
                seen.add(state)
                yield rel(ctx, person.id, *state, 0.6, "known-office", role=office.title.lower() or office.role,
                          valid_from=office.start, valid_to=office.end)
        yield from _former_offices(doc, facts, doc_id, person, seen, mentions)


def _former_offices(doc, facts: DocFacts, doc_id: str, person, seen: set, mentions: list) -> Iterator[Relation]:
    """ "then-Chancellor Olaf Scholz" in a sentence set "in February 2024": the office the person
    held at the time the sentence speaks of, with that sentence as evidence."""
    from ...reference.offices import load_offices

    for m in person.mentions:
        if m.source == "coref" or m.start < 2:
            continue
        before = lowers(doc)[max(0, m.start - 4):m.start]
        if "then" not in before:
            continue
        ctx = SentenceContext(doc[m.start].sent, mentions, facts.entities, doc_id)
        when = ctx.evidence.get("when")
        if not when or when.startswith("/"):
            continue
        for office in load_offices().held_by(person.ref_id, when.split("/")[0]):
            found = _office_target(office, facts)
            if found is not None and found not in seen:
                seen.add(found)
                yield rel(ctx, person.id, found[0], found[1], 0.65, "known-office-then",
                          role=office.title.lower() or office.role, valid_from=office.start, valid_to=office.end)


def titled_offices(ctx: SentenceContext, facts: DocFacts) -> list[tuple[str, str]]:
    """(person id, led entity id) of the offices the sentence's titles give (LEADS only)."""
    return [(r.source, r.target) for r in _titled(ctx, facts) if r.type == "LEADS"]


def known_people(facts: DocFacts) -> dict[str, set[str]]:
    """Person entity id -> the country ids of the offices the reference data gives them."""
    from ...reference.offices import load_offices

    offices = load_offices()
    known = {e.id: {o.country_id for o in offices.held_by(e.ref_id)}
             for e in facts.entities.values() if e.label == "Person" and e.ref_id}
    return {person: countries for person, countries in known.items() if countries}


def official_states(ctx: SentenceContext, facts: DocFacts, people: list[Mention], not_of: set[str]) -> list[Mention]:
    """The one state the officials ``people`` act for ("Defence Minister X signed for 24 jets"): the
    country of their office, from the reference data or from their title in the sentence, leaving out
    the states in ``not_of`` (the sellers' homes: "X and his French counterpart signed for radars made
    by Thales" is X's state buying). None where no state or several remain. Each is placed at the
    person's mention."""
    if not people:
        return []
    ids = {p.entity for p in people}
    states: dict[str, Mention] = {}
    for p in people:
        for c in facts.known.get(p.entity, ()):
            states.setdefault(c, p)
    for r in _titled(ctx, facts):
        target = facts.entities.get(r.target)
        if r.source not in ids or target is None or r.type not in {"LEADS", "AFFILIATED_WITH"}:
            continue
        country = target.id if target.label == "Country" else target.country if target.label == "GovernmentBody" else None
        holder = next(p for p in people if p.entity == r.source)
        if country:
            states.setdefault(country, holder)
    found = {c: m for c, m in states.items() if c not in not_of and c in ctx.entities}
    if len(found) != 1:
        return []
    country, holder = next(iter(found.items()))
    return [dataclasses.replace(holder, entity=country)]
