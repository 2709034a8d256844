"""Makers told of in the sentence after their goods: "Canberra will buy three Virginia-class submarines. The
boats, built by General Dynamics Electric Boat and HII, will be ..." -> MANUFACTURES firm -> the goods.

A firm the reference catalogue (platforms.csv, ``makers``) lists as making a platform, named in a sentence that
tells of making (a making verb, maker noun or making noun of ``manufacture`` in ``cues.yaml``) but names no
platform of its own, makes the goods of its catalogue the sentence before names: the text ties the firm to the
making of what was just named, the catalogue says which of those goods are its own. Not after a headline, not
where the sentence speaks of a branch of the firm ("its U.S. subsidiary builds ..."), not a firm passed over, and
not where every making verb's object is goods of its own ("will build four new patrol vessels", "also builds
trains"): an object must stand for the goods before (a pronoun, a bare "the ships" / "the engines", or the noun
the goods were named with)."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..context import SentenceContext
from ..lexicon import cues
from ..relation import Relation
from .common import DocFacts, rel


def _making_words() -> set[str]:
    lex = cues()["manufacture"]
    return set(lex["verbs"]) | set(lex["maker_nouns"]) | set(lex["making_nouns"])


def _stands_for(obj: Token, prev: Span, lex: dict) -> bool:
    """Whether a making verb's object stands for goods the sentence before names: a pronoun ("built them"), or a
    goods noun ("ship", "engine", ``described_goods`` / ``part_nouns``, or a noun of the sentence before) under
    "the" / "these" / "either" / "its" with no count or other words of its own ("the engines", "either weapon", not
    "four new vessels")."""
    if obj.pos_ == "PRON":
        return True
    nouns = set(lex["described_goods"]) | {w.rstrip("s") for w in lex["part_nouns"]} | {"sub", "aircraft"} \
        | {t.lemma_.lower() for t in prev if t.pos_ == "NOUN"}
    if obj.lemma_.lower() not in nouns:
        return False
    kids = [c for c in obj.children if c.dep_ not in {"punct", "prep", "acl", "relcl"}]
    return any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "these", "those", "either", "both", "each", "its", "their", "his", "her"}
               for c in kids) and all(c.dep_ in {"det", "poss"} for c in kids)


def _new_goods(ctx: SentenceContext, prev: Span) -> bool:
    """Whether the sentence's making is all of goods of its own: it has no maker or making noun, and every making
    verb has an object that does not stand for the goods before (:func:`_stands_for`)."""
    lex = cues()["manufacture"]
    if ctx.lemmas & (set(lex["maker_nouns"]) | set(lex["making_nouns"])):
        return False
    verbs = ctx.cued_tokens(lex["verbs"], pos={"VERB"})
    if not verbs:
        return False
    for verb in verbs:
        objs = [c for c in verb.children if c.dep_ == "dobj" or c.dep_ in {"ccomp", "oprd"} and c.pos_ == "NOUN"]
        if not objs or any(_stands_for(o, prev, lex) for o in objs):
            return False
    return True


def neighbour_makers(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """A catalogued maker in a making sentence with no platform makes its goods the sentence before names."""
    from ...mentions.layout import in_headline
    from .supply import _maker_ids, _passed_over

    if ctx.sent.start == 0 or ctx.of({"Platform"}) or not ctx.lemmas & _making_words() \
            or ctx.lemmas & set(cues()["manufacture"]["branch_nouns"]):
        return
    firms = [m for m in ctx.of({"Company"}) if not m.demonym and ctx.entities[m.entity].ref_id
             and not _passed_over(ctx, m)]
    if not firms:
        return
    prev = ctx.doc[ctx.sent.start - 1].sent
    if in_headline(ctx.doc, prev.start_char) or _new_goods(ctx, prev):
        return
    goods = [m for m in facts.mentions if prev.start <= m.start < prev.end
             and (e := ctx.entities.get(m.entity)) is not None and e.label == "Platform"]
    seen: set[tuple[str, str]] = set()
    for firm in firms:
        own = ctx.entities[firm.entity].ref_id
        for p in goods:
            if (firm.entity, p.entity) in seen or own not in _maker_ids(ctx.entities[p.entity]):
                continue
            seen.add((firm.entity, p.entity))
            yield rel(ctx, firm, "MANUFACTURES", p, 0.5, "neighbour-maker", role="producer")
