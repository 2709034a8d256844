"""What a named military operation struck and who carried it out: "the operation, code-named X, struck A,
B and C", "in an operation it named X, the army hit targets near the town of A", "India carried out
strikes on nine locations in A and B, in an operation New Delhi named X", "X's guards, which called the
operation Y, fired ...". The places struck are where the operation was held (HELD_IN); the doers of the
strike and the one who named the operation took part in it (PARTICIPATED_IN).

Cue words as data: ``cues.yaml``, ``strikes``."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ...ontology import ACTORS
from ..context import SentenceContext
from ..lexicon import cues
from ..negation import hedged, negated
from ..prepositions import prep_objects
from ..relation import Relation
from .common import DocFacts, rel
from .events import lead_starts

_STRUCK = {"Place", "Country"}
_NAMERS = {"Country", "GovernmentBody", "Alliance", "Organization"}


def struck_targets(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """HELD_IN for the places an operation's strike verb hits, PARTICIPATED_IN for its doers and namer."""
    lex = cues()["strikes"]
    events = ctx.of({"Event"})
    ops = [(e, tok) for e in events if (tok := _operation_token(ctx, e, lex)) is not None]
    if not events and _lead_of_operation(ctx, facts, lex):
        yield from _struck(ctx, facts.main_event, None, None, lex)  # the lead of the operation's own article
        return
    if len(ops) != 1:
        return  # none, or several operations a strike could belong to
    event, anchor = ops[0]
    namer = _naming_verb(ctx, event, lex)
    if namer is not None and not negated(ctx, namer):
        for m in ctx.subjects(namer, _NAMERS):  # "in an operation New Delhi named X": India's operation
            yield rel(ctx, m, "PARTICIPATED_IN", event, 0.6, "named-operation")
    yield from _struck(ctx, event, anchor, namer, lex)


def _lead_of_operation(ctx: SentenceContext, facts: DocFacts, lex: dict) -> bool:
    """Whether the sentence is the first of the article's lead and the article's main event an operation
    another sentence names as one ("Israeli jets struck the port of X on Saturday ... The raid, which the
    army called Operation Y"): the lead's strike is that operation's."""
    main = facts.entities.get(facts.main_event) if facts.main_event else None
    starts = lead_starts(ctx.doc)
    if main is None or not starts or ctx.sent.start != min(starts):
        return False
    return any(_operation_token(ctx, m, lex) is not None for m in facts.mentions if m.entity == main.id)


def _struck(ctx: SentenceContext, event, anchor: Token | None, namer: Token | None, lex: dict) -> Iterator[Relation]:
    """HELD_IN for the places the operation's strike verbs hit, PARTICIPATED_IN for their doers (``anchor``
    ``None``: every strike verb of the sentence is the operation's)."""
    for verb in _strike_verbs(ctx, lex):
        if negated(ctx, verb) or hedged(verb) or _other_time(verb, lex) \
                or anchor is not None and not _linked(verb, anchor, namer):
            continue
        for place in _targets(ctx, verb, lex):
            yield rel(ctx, event, "HELD_IN", place, 0.6, "struck-target")
        if anchor is not None and any(c.i == anchor.i for c in _subject_tokens(verb)):
            continue  # "the operation struck A": the operation is the doer
        for m in _doers(ctx, verb):
            yield rel(ctx, m, "PARTICIPATED_IN", event, 0.6, "struck-in-operation")
            body = ctx.entities[m.entity]
            said = body.country_mention
            if body.label == "GovernmentBody" and body.country in ctx.entities and said is not None \
                    and ctx.sent.start <= said.start < ctx.sent.end:  # "Chile's armed forces": Chile's operation too
                yield rel(ctx, body.country, "PARTICIPATED_IN", event, 0.55, "struck-in-operation")


def _operation_token(ctx: SentenceContext, e, lex: dict) -> Token | None:
    """The token an operation's mention stands at in the clause (its noun where the name is given to one:
    "the operation, code-named X" -> "operation"), or ``None`` where ``e`` is no operation."""
    head = ctx.head_token(e)
    name = ctx.entities[e.entity].name.lower()
    if _naming_verb(ctx, e, lex) is not None:
        verb = head.head
        # "the operation, code-named X" / "an operation New Delhi named X": the noun the naming verb describes
        if verb.dep_ in {"acl", "relcl"} and verb.head.lemma_.lower() in lex["operation_nouns"]:
            return verb.head
        # "In an operation it named X, ...": the naming verb's own "in" object
        if any(c.dep_ == "prep" and any(o.lemma_.lower() in lex["operation_nouns"] for o in c.children)
               for c in verb.children):
            return verb
        # "which called the operation X"
        if head.dep_ == "oprd" and any(c.dep_ == "dobj" and c.lemma_.lower() in lex["operation_nouns"]
                                       for c in verb.children):
            return verb
        return None
    written = ctx.doc[e.start:e.end].text.lower()
    if any(n.startswith(tuple(f"{w} " for w in lex["operation_nouns"])) for n in (name, written)):
        return head
    return None


def _naming_verb(ctx: SentenceContext, e, lex: dict) -> Token | None:
    """The verb giving an operation its name ("an operation it named X", "code-named X"; the parser may
    make the name the verb's object)."""
    head = ctx.head_token(e)
    named = head.dep_ in {"oprd", "dobj"} and head.head.lemma_.lower() in lex["naming_verbs"]
    return head.head if named else None


def _strike_verbs(ctx: SentenceContext, lex: dict) -> list[Token]:
    """Verbs of striking ("struck", "hit", "bombed") and verbs carrying out a strike noun ("carried out
    strikes on", "launched raids against", "dropped bombs on")."""
    out = []
    for tok in ctx.tokens:
        if tok.pos_ != "VERB":
            continue
        lemma = tok.lemma_.lower()
        if lemma in lex["strike_verbs"] or lemma in lex["delivery_verbs"] and any(
                c.dep_ == "prep" and c.lower_ in lex["target_preps"] for c in tok.children):
            out.append(tok)
    return out


def _linked(verb: Token, anchor: Token, namer: Token | None) -> bool:
    """Whether the strike verb is the operation's: the operation is its subject or object or in its "in"/"during"
    phrase, or the verb is said inside the clause that names the operation ("In an operation it named X, forces
    hit ..."); not an operation named in another clause ("A struck B, and ships of Operation C escort ...")."""
    heads = {verb.i} | ({verb.head.i} if verb.dep_ == "conj" else set())  # "flew from A and dropped bombs on B"
    if anchor.i in heads or anchor.head.i in heads and anchor.dep_ in {"nsubj", "nsubjpass", "dobj"}:
        return True
    if anchor.dep_ == "pobj" and anchor.head.lower_ in {"in", "during", "under"} and anchor.head.head.i in heads:
        return True
    return namer is not None and any(a.i == namer.i for a in verb.ancestors)


def _other_time(verb: Token, lex: dict) -> bool:
    """A strike said as the time of another ("two days after A's missiles hit B", "since X struck Y"): not this one."""
    words = lex["other_time"]
    return any(c.dep_ in {"mark", "advmod"} and c.lower_ in words for c in verb.children) \
        or verb.dep_ in {"pcomp", "pobj"} and verb.head.lower_ in words


def _subject_tokens(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]


def _targets(ctx: SentenceContext, verb: Token, lex: dict) -> list:
    """The places a strike verb hits: its objects and the objects of its target prepositions; a named
    place stands for itself ("struck A air base in the B region": A), a generic target is placed by its
    own prepositions ("locations in A and B", "the plant at C", "targets near the town of D")."""
    striking = verb.lemma_.lower() in lex["strike_verbs"]
    # (a list of objects the parser hangs on the verb: "struck A air base ..., B air base and C")
    roots = [c for c in verb.children if striking and (c.dep_ == "dobj" or c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"})]
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in lex["target_preps"]:
            roots += [o for o in c.children if o.dep_ == "pobj"]
            # "against what it called camps in X"
            roots += [d for o in c.children if o.dep_ == "pcomp" for d in o.children if d.dep_ in {"oprd", "dobj"}]
    if striking:  # "hit targets near X": the place hung on the verb
        roots += prep_objects(verb, lex["near_preps"])
    out: list = []
    stack = list(roots)
    seen: set[int] = set()
    while stack:
        tok = stack.pop()
        if tok.i in seen:
            continue
        seen.add(tok.i)
        m = ctx.at.get(tok.i)
        if m is not None and ctx.label(m) in _STRUCK:
            if m not in out:
                out.append(m)
            # its list ("A and B"; "A and B-administered C", where the parser makes A a modifier of C)
            stack += [c for c in tok.children if c.dep_ in {"conj", "appos"}
                      or c.dep_ == "nmod" and any(d.dep_ == "cc" for d in c.children)]
            continue
        if m is not None or tok.pos_ not in {"NOUN", "PROPN", "VERB"}:
            continue  # another kind of name (a ship, a group) is no place
        for c in tok.children:
            if c.dep_ in {"conj", "appos", "nmod", "pobj"}:
                stack.append(c)
            elif c.dep_ == "prep" and c.lower_ in lex["near_preps"] | {"of"}:
                stack += [o for o in c.children if o.dep_ == "pobj"]
    return out


def _doers(ctx: SentenceContext, verb: Token) -> list:
    """The subjects of the strike verb, with the state that owns a force named as a subject ("Pakistan's
    armed forces hit ...": the forces and Pakistan)."""
    out = ctx.subjects(verb, ACTORS)
    for c in _subject_tokens(verb if verb.dep_ != "conj" else verb.head):
        for t in c.subtree:
            m = ctx.at.get(t.i)
            if m is not None and t.dep_ == "poss" and ctx.label(m) in _NAMERS and m not in out:
                out.append(m)
    return [m for m in out if ctx.label(m) != "Event"]
