"""A ship's port call: "the frigate X will visit Ghana", "the destroyer Y called at Valletta", "Z docked at Souda
Bay", "W put in at Djibouti", "V made a port call in Manila". A naval vessel (``call_categories``) that is the
subject of a verb of calling (``call_verbs``: the place or state of its ``call_preps`` phrase), of a verb whose
object is the port (``visit_verbs``) or of a verb whose object is a call noun (``call_nouns``: its phrase's place)
is DEPLOYED_TO that place or state, unless the port is told as its home ("its home port"); the cue words are data
(cues.yaml deployment_kinds.port_calls)."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ...mentions import Mention
from ..context import SentenceContext
from ..lexicon import cues
from ..negation import negated
from ..prepositions import prep_objects
from ..relation import Relation
from .common import DocFacts, rel

_WHERE = {"Place", "Country"}


def _call_noun(tok: Token, lex: dict) -> bool:
    """A noun of a call: "visit", "stopover", or "call" as a "port call" (not "a phone call")."""
    lemma = tok.lemma_.lower()
    return lemma in lex["nouns"] and (lemma != "call" or any(t.lower_ == "port" for t in tok.lefts))


def _home(tok: Token, lex: dict) -> bool:
    """A port told as the ship's home: the noun "home port"/"home base" itself ("at its home port of X") or one set
    beside the place ("in X, its home port")."""
    def home_noun(t: Token) -> bool:
        return t.lemma_.lower() in lex["home_nouns"] and (t.lemma_.lower() == "homeport" or any(
            c.dep_ in {"compound", "amod", "nmod"} and c.lower_ in lex["home_words"] for c in t.children))
    return home_noun(tok) or any(c.dep_ == "appos" and home_noun(c) for c in tok.children)


def _ports(ctx: SentenceContext, verb: Token, lex: dict) -> list[Mention]:
    """The places or states a calling verb names: its port object or the objects of its calling phrases."""
    lemma = verb.lemma_.lower()
    preps = set(lex["preps"])
    if lemma in lex["visit_verbs"]:
        return [m for c in verb.children if c.dep_ == "dobj" and not _home(c, lex) for m in ctx.group(c, _WHERE)]
    heads = [verb]
    if lemma not in lex["verbs"]:  # "made a port call in X": the call noun's phrase
        heads = [c for c in verb.children if c.dep_ == "dobj" and _call_noun(c, lex)]
    elif lemma in lex["particle_verbs"] and not any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children):
        return []  # "put" calls only as "put in at X"
    objs: list[Token] = []
    for h in heads:
        holders = [h] + [c for c in h.children if c.dep_ == "prt"]  # "put in at X": "at" may hang on the particle
        objs += [o for t in holders for p in t.children if p.dep_ in {"prep", "prt"} and p.lower_ in preps
                 for o in p.children if o.dep_ == "pobj"]
    out: list[Mention] = []
    for o in objs:
        if _home(o, lex):
            continue  # "berthed in X, its home port": the ship's base, not a call
        found = ctx.group(o, _WHERE)
        if not found and o.i not in ctx.at and o.pos_ == "NOUN":  # "at a pier in X", "in the port of X"
            found = [m for x in prep_objects(o, set(lex["place_of"])) for m in ctx.group(x, _WHERE)]
        out += [m for m in found if m not in out and not m.demonym]
    return out


def _naming(verb: Token) -> bool:
    """A verb of calling that names ("a frigate called X", "was called Y"), not one of a port call."""
    return any(c.dep_ in {"oprd", "dobj", "auxpass", "nsubjpass"} for c in verb.children) or verb.dep_ == "acl"


def port_calls(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """DEPLOYED_TO from a naval vessel to the port it calls at, visits or docks in."""
    lex = cues()["deployment_kinds"]["port_calls"]
    ships = [p for p in ctx.of({"Platform"})
             if ctx.entities[p.entity].props.get("category") in lex["categories"]]
    if not ships:
        return
    words = set(lex["verbs"]) | set(lex["visit_verbs"]) | set(lex["noun_verbs"])
    for verb in ctx.cued_tokens(words, pos={"VERB"}):
        if verb.lemma_.lower() not in words or verb.i in ctx.at or negated(ctx, verb) or \
                verb.lemma_.lower() in lex["naming_verbs"] and _naming(verb):
            continue
        ports = _ports(ctx, verb, lex)
        if not ports:
            continue
        callers = [m for m in ctx.subjects(verb, {"Platform"}) if m in ships]
        for ship in callers:
            for port in ports:
                yield rel(ctx, ship, "DEPLOYED_TO", port, 0.6, "port-call")
