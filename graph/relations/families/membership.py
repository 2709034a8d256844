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
