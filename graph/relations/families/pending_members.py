"""A state on its way into a bloc, confirmed by the dated membership data: "pressing for Sweden's membership
from inside the alliance", "Belarus, which is expected to complete its own accession", "Iran's bid for full
membership was approved", "EU leaders gave Bosnia candidate status", "Timor-Leste, on course to become the
eleventh member". The text says only that someone's accession is under way; ``memberships.csv`` decides
which of the sentence's states it can be (a candidate on the article's date, or a member only from a later
date: :func:`graph.reference.bloc_members.pending_status`). The bloc is the one the sentence names, else
the one named last before it, and then only by a word with no complement of another kind ("Ukraine's bid to
host the Olympics", "entry into the Kursk region", "applied for funds"). Where the data has no candidacy on the
article's date, a membership that begins within three years after it counts only where the sentence tells an
application, bid or accession under way (not "kept membership as an option"). MEMBER_OF with status
candidate; the sentence is the evidence. A state the data has a member on the date, whose membership began
in a year the sentence names or in the three years before the article, is a member where the word is one of
joining ("Stockholm joined in March, a year after Finland", "the first country to enter the alliance since
Albania and Croatia in 2009")."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..context import SentenceContext
from ..lexicon import cues
from ..negation import negated
from ..relation import Relation
from .common import DocFacts, bloc_entity, rel
from .common import blocs as bloc_mentions
from .membership import _negated_name


def _way_in(ctx: SentenceContext, lex: dict) -> list[Token]:
    """The sentence's words of a way into a bloc that no negation denies ("member" only as what a state
    becomes: "on course to become the eleventh member")."""
    out = []
    for tok in ctx.cued_tokens(lex["pending_words"], pos={"NOUN", "VERB", "PROPN"}):
        lemma = tok.lemma_.lower()
        if lemma not in lex["pending_words"] or tok.i in ctx.at:
            continue
        if lemma == "member" and not (tok.dep_ in {"attr", "oprd"} and tok.head.lemma_.lower() in lex["pending_become"]):
            continue
        if tok.pos_ == "VERB" and _joins_other(ctx, tok, lex):
            continue
        clause = tok if tok.pos_ == "VERB" else tok.head
        if negated(ctx, clause) or negated(ctx, tok):
            continue
        out.append(tok)
    return out


def _joins_other(ctx: SentenceContext, verb: Token, lex: dict) -> bool:
    """Whether a verb of joining joins something that is no bloc: an activity ("two partners joined in") or a
    named thing of another kind ("have joined the coalition's work")."""
    if any(c.dep_ == "prt" and c.lower_ in lex["join_in_particles"] for c in verb.children):
        return True
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return any(o.i not in ctx.at and o.pos_ != "PRON" and o.lemma_.lower() not in lex["body_nouns"] for o in objs) \
        or any(ctx.label(ctx.at[o.i]) not in {"Alliance", "Organization"} for o in objs if o.i in ctx.at)


def _outside(ctx: SentenceContext, bloc, lex: dict) -> bool:
    """Whether the bloc's name is the object of "outside" ("the republics outside the alliance")."""
    head = ctx.head_token(bloc)
    return head.dep_ == "pobj" and head.head.lower_ in lex["outside_preps"]


def _blocs(ctx: SentenceContext, facts: DocFacts, lex: dict) -> tuple[list[str], bool]:
    """The blocs the sentence names (not negated), else the one named last before the sentence; and whether
    the sentence named them."""
    named = [a for a in bloc_mentions(ctx) if not _negated_name(ctx, a)]
    if named:  # not a bloc the sentence puts someone outside of ("Turkey, which is outside the EU")
        return list(dict.fromkeys(a.entity for a in named if not _outside(ctx, a, lex))), True
    before = [m for m in facts.mentions if m.start < ctx.sent.start and ctx.entities.get(m.entity) is not None
              and bloc_entity(ctx.entities[m.entity])]
    return ([before[-1].entity] if before else []), False


def _other_complement(tok: Token, lex: dict) -> bool:
    """Whether the way-in word ``tok`` has a complement of its own that is no way into a bloc: a verb it leads to
    ("bid to host the Olympics") or a "into" / "to" / "for" object that is no bloc nor membership word ("entry
    into the Kursk region", "applied for funds")."""
    fits = set(lex["pending_words"]) | set(lex["body_nouns"]) | set(lex["named_body_nouns"]) \
        | set(lex["accession_talks"]) | set(lex["enlargement_nouns"]) | {"rank", "fold", "club", "treaty"}
    for c in tok.children:
        if c.dep_ in {"acl", "xcomp", "advcl"} and c.pos_ in {"VERB", "AUX"} and c.lemma_.lower() not in fits:
            return True
        if c.dep_ == "prep" and c.lower_ in {"into", "to", "for", "onto", "toward", "towards"}:
            objs = [o for o in c.children if o.dep_ in {"pobj", "pcomp"}]
            if any(o.pos_ not in {"PRON", "PROPN"} and o.lemma_.lower() not in fits for o in objs):
                return True
            if any(o.pos_ == "PROPN" for o in objs):
                return True
    return False


def _list_head(tok: Token) -> Token:
    """The first item of the list ``tok`` is in ("Finland and Sweden joining": Finland for Sweden)."""
    while tok.dep_ in {"conj", "appos"} and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _depth(low: Token, high: Token, limit: int) -> int | None:
    """How many heads up from ``low`` ``high`` is (None past ``limit`` or where it is no ancestor)."""
    for n in range(limit + 1):
        if low.i == high.i:
            return n
        if low.head.i == low.i:
            return None
        low = low.head
    return None


def _owned_by_other(head: Token, cue: Token, verb: Token) -> bool:
    """Whether a noun on the way from the word up to the verb is another's: "X welcomed Albania's progress
    towards membership" (a named possessor not the state), "X congratulated Sweden on its accession" ("its"
    said of the verb's named object, not of its subject)."""
    owners = [c for t in [cue, *cue.ancestors] if t.i != verb.i and _depth(t, verb, 3) is not None
              for c in t.children if c.dep_ == "poss"]
    if any(o.pos_ == "PROPN" and o.i != head.i for o in owners):
        return True
    return head.dep_ in {"nsubj", "nsubjpass"} and any(o.tag_ == "PRP$" and o.lower_ in {"its", "their"} for o in owners) \
        and any(c.dep_ in {"dobj", "dative"} and c.pos_ == "PROPN" for c in verb.children)


def linked(state: Token, cue: Token, lex: dict) -> bool:
    """Whether the way-in word ``cue`` is said of the state at ``state``: the state owns it, does it or is its
    object ("Sweden's membership", "Finland and Sweden joining", "the accession of Finland", "a year after
    Finland"), the word is in the state's own relative clause ("Belarus, which is expected to complete its
    accession"), or the state is the subject or an object of the verb that governs the word ("gave Bosnia
    candidate status"). Not a state named in another noun on the way ("the war against Ukraine and Finland's
    accession")."""
    head = _list_head(state)
    role = head.dep_ if head.dep_ != "pobj" else f"pobj:{head.head.lower_}"
    if state.dep_ == "poss" and not any(c.dep_ == "case" for c in state.children):
        return False  # "the war against Ukraine and Finland's accession": only Finland owns the accession
    if head.dep_ in {"compound", "poss"} and cue.head.i == head.head.i and cue.dep_ in {"compound", "amod"}:
        return True  # "gave Bosnia candidate status": the state and the word name one noun
    if role in lex["pending_roles"]:
        up = _depth(head, cue, 4)
        if up is not None:
            path = [t for t in head.ancestors if t.i != cue.i and _depth(t, cue, 4) is not None]
            if all(t.pos_ in {"ADP", "VERB", "AUX"} or t.dep_ == "npadvmod" for t in path):
                return True
        verb = head.head  # the state is the subject or an object of the verb over the word, in the verb's own
        # clause (not "With Montenegro having joined ..., Bosnia is outside": a clause of its own subject)
        if head.dep_ in {"nsubj", "nsubjpass", "dative", "dobj"} and _depth(cue, verb, 3) is not None and not any(
                c.dep_ in {"nsubj", "nsubjpass"} and c.i != head.i for t in [cue, *cue.ancestors]
                if t.i != verb.i and _depth(t, verb, 3) is not None for c in t.children) \
                and not _owned_by_other(head, cue, verb):
            return True
    down = _depth(cue, state, 6)  # the word inside the state's own relative clause
    return down is not None and any(t.dep_ in {"relcl", "acl"} and _depth(t, state, 1) == 1
                                    for t in [cue, *cue.ancestors] if _depth(t, state, 6) is not None)


def pending_members(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    from ...reference.bloc_members import pending_status, recent_member

    lex = cues()["membership"]
    ways = _way_in(ctx, lex)
    if not ways:
        return
    states = list({m.entity: m for m in ctx.of({"Country"})}.values())
    day = ctx.doc.user_data.get("published")
    years = {t.text for t in ctx.sent if t.like_num and len(t.text) == 4 and t.text.isdigit()}
    blocs, own = _blocs(ctx, facts, lex)
    if not own:  # the bloc of an earlier sentence: only a word with no complement of another kind
        ways = [w for w in ways if not _other_complement(w, lex)]
    under_way = set(lex["bid_nouns"]) | set(lex["accession_nouns"]) | set(lex["pending_under_way"])
    for bloc in blocs:
        entity = facts.entities.get(bloc)
        for m in states:
            mine = [w for w in ways if linked(ctx.head_token(m), w, lex)]
            if m.entity == bloc or not mine:
                continue
            # a later membership in the data only where the sentence tells an application under way
            horizon = 3 if any(w.lemma_.lower() in under_way for w in mine) else 0
            if pending_status(entity, m.entity, day, horizon_years=horizon) == "candidate":
                yield rel(ctx, m, "MEMBER_OF", bloc, 0.6, "pending-member", status="candidate")
            elif any(w.lemma_.lower() in lex["joined_words"] and linked(ctx.head_token(m), w, lex) for w in ways) \
                    and recent_member(entity, m.entity, day, years):
                yield rel(ctx, m, "MEMBER_OF", bloc, 0.6, "recent-member")
