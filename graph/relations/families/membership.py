"""Membership of alliances and organisations: "member of", lists of members, "X members A and B"."""
from __future__ import annotations

from collections.abc import Iterator

from ..context import SentenceContext
from ..lexicon import cues
from ..relation import Relation
from .common import DocFacts, rel


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
        for verb in ctx.tokens:
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


_MEMBER_CUES = {"member", "members", "membership", "belong", "belongs", "fellow", "founding", "signatory",
                "signatories", "ally", "allies", "participant", "participants", "groups", "comprises", "includes",
                "unites", "joined", "join", "joins", "acceded"}
_BODY_NOUNS = {"bloc", "alliance", "organisation", "organization", "grouping", "pact", "union", "group"}
_NEGATIONS = {"not", "never", "non-member", "left", "withdrew", "quit", "outside", "no"}


def _salient_alliance(ctx: SentenceContext, facts: DocFacts) -> str | None:
    """The alliance "the bloc" refers to: the last one named before the sentence, else the most named."""
    before = [m for m in facts.mentions if m.start < ctx.sent.start and facts.entities.get(m.entity) is not None
              and facts.entities[m.entity].label == "Alliance"]
    if before:
        return before[-1].entity
    alliances = [e for e in facts.entities.values() if e.label == "Alliance"]
    return max(alliances, key=lambda e: len(e.mentions)).id if alliances else None


def described_membership(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """Membership stated by description: "the bloc's six members - A, B and C", "fellow members of
    the alliance", "countries that belong to the CSTO". The alliance is the one named in the sentence,
    else the document's main alliance for "the bloc"/"the alliance"; the members are the countries
    of the sentence that the membership data confirms, or the listed countries where it has none."""
    from ...reference import load_reference
    from ...reference.offices import load_offices

    cues_at = [t.i for t in ctx.tokens if t.lower_ in _MEMBER_CUES]
    if not cues_at or any(ctx.doc[j].lower_ in _NEGATIONS for i in cues_at for j in range(max(ctx.sent.start, i - 4), i)):
        return  # no cue, or "is not a member", "left the bloc"
    named = ctx.of({"Alliance"})
    alliance = named[0].entity if named else None
    if alliance is None and any(t.lower_ in _BODY_NOUNS and t.i > 0 and ctx.doc[t.i - 1].lower_ in {"the", "its", "'s", "\u2019s"}
                                for t in ctx.tokens):
        alliance = _salient_alliance(ctx, facts)
    if alliance is None:
        return
    countries = [m for m in ctx.of({"Country"}) if not m.demonym]
    entity = facts.entities[alliance]
    entry = load_reference().get(entity.ref_id) if entity.ref_id else None
    known = load_offices().members({entry.name, *entry.aliases}, ctx.doc.user_data.get("published")) if entry else None
    if known is not None:
        chosen = [m for m in countries if facts.entities[m.entity].name in known]
    else:
        chosen = max((ctx.group(ctx.head_token(m), {"Country"}) for m in countries), key=len, default=[])
        chosen = chosen if len(chosen) >= 2 else []
    for m in chosen:
        yield rel(ctx, m, "MEMBER_OF", alliance, 0.65, "membership-described")


# words that give a membership's status (ONTOLOGY "status"), said of the member in the sentence
STATUS_CUES: dict[str, set[str]] = {
    "suspended": {"freeze", "froze", "frozen", "freezing", "suspend", "suspended", "suspension"},
    "former": {"former", "ex-member"},
    "candidate": {"candidate", "applicant", "aspirant", "apply", "applied", "application"},
    "observer": {"observer"},
}


_MEMBER_NOUNS = {"member", "ally", "signatory", "participant", "state"}


def _text_status(ctx: SentenceContext, r: Relation, facts: DocFacts) -> str | None:
    """The status the sentence gives the member: "froze its participation" (suspended), "applied to
    join" (candidate), "an observer" (observer), "former member" (former). The cue must be said of
    the member: the member is the subject of the cue's clause, or the cue is in the member's phrase."""
    member = [m for m in ctx.mentions if m.entity == r.source]
    if not member:
        return None
    for tok in ctx.tokens:
        status = next((k for k, words in STATUS_CUES.items() if tok.lower_ in words or tok.lemma_.lower() in words), None)
        if status is None or tok.i in ctx.at:
            continue
        if status == "former" and tok.head.lemma_.lower() not in _MEMBER_NOUNS and tok.lower_ != "ex-member":
            continue  # "former member", not "former Soviet republics"
        said_of = {m.entity for m in ctx.subjects(tok, {"Country", "Organization", "GovernmentBody"})}
        beside = any(m.start <= tok.head.i < m.end for m in member)  # "Iran, an observer"
        if r.source in said_of or beside:
            return status
    return None


_TAKING_PART = {"participation", "membership", "involvement"}


def taking_part(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Yerevan froze its participation in the CSTO", "Armenia suspended its membership of the
    bloc": MEMBER_OF, whose status the sentence gives (suspended)."""
    members_ok = {"Country", "Organization", "GovernmentBody"}
    for tok in ctx.tokens:
        if tok.lower_ not in _TAKING_PART or tok.dep_ not in {"dobj", "nsubjpass"} \
                or not any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in tok.children):
            continue
        bodies = ctx.prep_objects(tok, {"in", "of", "within"}, {"Alliance"})
        if not bodies:
            continue
        for m in ctx.subjects(tok.head, members_ok):
            for body in bodies:
                yield rel(ctx, m, "MEMBER_OF", body, 0.7, "membership-participation")


def observers(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Mongolia, an observer in the SCO", "Iran has observer status at the EAEU": MEMBER_OF with
    status observer."""
    members_ok = {"Country", "Organization", "GovernmentBody"}
    for tok in ctx.tokens:
        if tok.lower_ not in {"observer", "observers"} or tok.i in ctx.at:
            continue
        noun = tok.head if tok.dep_ in {"compound", "amod"} else tok  # "observer status"
        bodies = ctx.prep_objects(noun, {"in", "at", "of", "to", "with"}, {"Alliance", "Organization"})
        if not bodies:
            continue
        members = ctx.group(noun.head, members_ok) if noun.dep_ == "appos" else []
        members = members or ctx.subjects(noun, members_ok)
        for m in members:
            for body in bodies:
                if m.entity != body.entity:
                    yield rel(ctx, m, "MEMBER_OF", body, 0.7, "membership-observer", status="observer")


def _with_terms(rule):
    """``rule`` with the membership data's dates on each MEMBER_OF it finds: ``valid_from`` and
    ``valid_to`` of the term that covers the document's date (else the latest term), and its
    ``status``, which the sentence's own words override ("froze its participation": suspended)."""
    from functools import wraps

    @wraps(rule)
    def dated(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
        from ...reference import load_reference
        from ...reference.offices import Office, load_offices

        day = ctx.doc.user_data.get("published")
        for r in rule(ctx, facts):
            alliance, member = facts.entities.get(r.target), facts.entities.get(r.source)
            entry = load_reference().get(alliance.ref_id) if alliance is not None and alliance.ref_id else None
            if entry is not None and member is not None:
                names = {entry.name, *entry.aliases}
                terms = sorted((m for m in load_offices().memberships if m.alliance in names
                                and m.country == member.name), key=lambda m: m.start or "")
                covering = [m for m in terms if Office("", "", "", "", "", "", m.start, m.end).holds_on(day)]
                term = covering[-1] if covering else terms[-1] if terms else None
                if term is not None:
                    full = [m for m in terms if m.status in {"member", "former"}]
                    dates = next((m for m in reversed(full) if m in covering), full[-1] if full else term)
                    r.props.update({k: v for k, v in (("valid_from", dates.start), ("valid_to", dates.end)) if v})
                    r.props["status"] = term.status
            said = _text_status(ctx, r, facts)
            if said:
                r.props["status"] = said
            yield r

    return dated


membership = _with_terms(membership)
described_membership = _with_terms(described_membership)
observers = _with_terms(observers)
taking_part = _with_terms(taking_part)
