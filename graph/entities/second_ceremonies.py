"""A ceremony beside the article's main occasion: "Montenegro joined the alliance on Monday, when its
instrument of accession was handed over at a ceremony at the State Department" in an article about a summit,
"At a handover ceremony on Wednesday at the naval base, Australia gave Teo the patrol boat" in one about a
forum meeting, "took part in the ceremony" beside a state visit or a drill.

The resolver builds one generic event per article from the kind its nouns name most (``events``); a
ceremony noun of another kind was left without a node, and the people who "took part in the ceremony" with
no event to join. ANNOTATION.md (fd06, e03, fh16, fresh20-21 rulings): an unnamed handover, launch or
signing ceremony told as an occasion is a required Event under the writer's words, its generic nouns its
aliases. Such a noun is the article's second occasion where it is no part of the main one (no "opening" or
"closing" ceremony, none "of" or "for" another event, none in a sentence that names the main occasion's
noun) and the main occasion is no day's parade (whose ceremony is the day's own). Nothing here keeps a
ceremony nobody takes part in and nothing is hosted at: ``idle_events`` drops those.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..mentions.lexicon import lexicon


def second_ceremony_nouns(generic: list[Token], main_kind: str | None, kind_of: dict[str, str],
                          main_refs: list[Token], event_starts: set[int]) -> list[Token]:
    """The ceremony nouns of ``generic`` (the article's occasion nouns no name covers) that tell a ceremony
    of its own beside a main occasion of ``main_kind`` (``main_refs``: that occasion's nouns;
    ``event_starts``: the first tokens of event names), in text order; none where the ceremony is the main
    kind, where there is no main occasion, or where the main one is a day's occasion."""
    lex = lexicon()
    if main_kind is None or main_kind == "ceremony" or main_kind in lex["day_occasion_kinds"]:
        return []
    main_sents = {t.sent.start for t in main_refs}
    parts = set(lex["ceremony_part_modifiers"])
    out = []
    for t in generic:
        if kind_of.get(t.lower_) != "ceremony" or t.sent.start in main_sents:
            continue
        if any(c.lower_ in parts for c in t.lefts):  # "the opening ceremony" of a summit or a games: a part of it
            continue
        if any(p.dep_ == "prep" and p.lower_ in {"of", "for"} and any(
                kind_of.get(o.lower_) and kind_of[o.lower_] != "ceremony" or o.i in event_starts
                or any(c.i in event_starts for c in o.subtree)
                for o in p.children) for p in t.children):  # "the closing ceremony of the exercise"
            continue
        out.append(t)
    heads = {t.i for t in out}
    return [t for t in out if not (t.dep_ == "compound" and t.head.i in heads)]  # "a handover ceremony": one noun
