"""Attacks the text describes without a name: "a missile strike on the fleet's headquarters in Sevastopol",
"Russian drones attacked Odesa overnight" told as "the attack on Odesa", "an air strike on Doha". Such an
occasion is an Event of its own under the words the writer uses ("missile strike", "attack"), held where it
hit; the writers of the gold annotate them so (ANNOTATION.md: "an unnamed strike is an Event under the
writer's name with generic aliases").

Only a strike that happened is one: a noun the text uses for a threat, a plan or a rule ("any attack on the
other", "could strike Kyiv", "the risk of an attack on Taiwan", "an attack on one is an attack on all") is
none. The nouns, the prepositions of a target and the words that make a strike unreal are data
(``described_strikes`` in ``graph/mentions/lexicon.yaml``).
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from ..mentions import Mention
from ..mentions.lexicon import lexicon
from ..mentions.words import lowers, tokens

_TARGETS = {"Place"}


@dataclass(frozen=True)
class Strike:
    """One described strike: its noun, the words written before it ("missile strike") and what it hit."""

    noun: Token
    written: str
    target: Mention
    start: int  # the first word written before the noun ("missile" of "missile strike")


def unreal(tok: Token, lex: dict) -> bool:
    """Whether the strike noun names no strike that happened: a determiner of any strike ("any attack"), a word
    before it of a plan, a drill or a claim ("a planned strike", "a simulated attack", ``unreal_modifiers``), a
    bare plural owned by no one ("covers armed attacks on"), a word of a threat, plan, rule, demand, denial or
    foiling governing it ("the threat of an attack", "foiled a drone attack", "threatened a strike", "the
    anniversary of the strike": ``unreal_heads``), a modal, future or conditional clause above it ("would answer
    an attack", "if an attack came")."""
    if any(c.dep_ == "det" and c.lower_ in lex["unreal_determiners"] for c in tok.children):
        return True
    if any(x.lower_ in lex["unreal_modifiers"] for c in tok.lefts for x in c.subtree):
        return True
    if tok.tag_ == "NNS" and not any(c.dep_ in {"det", "poss", "nummod"} or c.pos_ == "PROPN" or c.text[:1].isupper()
                                     for c in tok.lefts):
        return True  # "armed attacks on its vessels anywhere": a kind of act, no strike of the news
    for anc in tok.ancestors:
        if anc.lemma_.lower() in lex["unreal_heads"] or anc.lower_ in lex["unreal_heads"]:
            return True
        if any(c.dep_ in {"aux", "auxpass", "mark"} and c.lower_ in lex["unreal_markers"] for c in anc.children):
            return True
        if anc.dep_ == "ROOT":
            break
    return any(c.dep_ == "neg" for c in tok.head.children) or any(c.lower_ in lex["unreal_markers"]
                                                                   for c in tok.children if c.dep_ in {"aux", "mark"})


def _target(tok: Token, mentions: list[Mention], lex: dict) -> Mention | None:
    """The place or state a "strike on X" / "attack against X" hit: the first one in the preposition's object
    phrase ("on the headquarters of the Black Sea Fleet in Sevastopol": Sevastopol)."""
    for p in tok.children:
        if p.dep_ != "prep" or p.lower_ not in lex["target_preps"]:
            continue
        span = sorted(x.i for x in p.subtree)
        found = [m for m in mentions if m.label in _TARGETS and span[0] <= m.start and m.end - 1 <= span[-1]]
        if found:
            return found[0]
    return None


def described_strikes(doc, mentions: list[Mention]) -> Iterator[Strike]:
    """The strikes a document describes that hit a named place, one per noun; a noun inside an event's mention
    (a catalogued or already resolved event) is that event's. (A strike "on Israel" or "on Ukraine" is most often
    a war's or a campaign's, which the gold names apart; the resolver keeps only places of the kinds a strike
    hits and strikes its sentence dates to the day.)"""
    lex = lexicon()["described_strikes"]
    nouns = set(lex["nouns"])
    covered = {i for m in mentions if m.label == "Event" for i in range(m.start, m.end)}
    toks = tokens(doc)
    for tok in (toks[i] for i, low in enumerate(lowers(doc)) if low in nouns):  # (no Token built for other words)
        if tok.pos_ != "NOUN" or tok.i in covered:
            continue
        if tok.dep_ == "compound" or unreal(tok, lex):
            continue
        target = _target(tok, mentions, lex)
        if target is None:
            continue
        mods = [c for c in tok.lefts if c.text.islower() and (c.dep_ == "compound" and c.pos_ == "NOUN"
                                                              or c.lower_ in lex["kind_words"])]
        written = " ".join([*(c.lower_ for c in mods), tok.lower_])
        yield Strike(tok, written, target, min([tok.i, *(c.i for c in mods)]))
