"""A purchase or deployment spelled out in the next sentence: "Spain has ordered new transport aircraft
from Airbus. The package includes ten A400M transports and six C295 patrol aircraft", "Britain said it
would send 20,000 troops. The deployment would include the carrier HMS Prince of Wales and F-35B jets".

The sentence's clause has a verb of containing (``contents.verbs`` in ``cues.yaml``: include, comprise,
cover, consist of) whose subject is a definite description of a deal or deployment (``contents.nouns``);
the platforms named in its object are operated by the one actor (a state or an armed body) that takes
them in the sentence before: the subject of a buying verb (``acquire.verbs``) or of a sending verb
(``contents.sending_verbs``) that sends to no state, or the state a supply verb gives "to" ("Germany sent
more arms to Norway. The package includes ...": Norway's). Nothing when that sentence names none or
several.

A firm's catalogue or portfolio (``contents.range_nouns``) as that subject, with the firm as its possessor
("Its catalogue includes the X light vehicle, the Y ..."): the firm makes the platforms its object names
(not those of a clause or phrase hung on them: "the design behind the Z that W builds")."""
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
from .stage import clause_stage, stage_of

_ACTORS = {"Country", "GovernmentBody"}
_VERBS = frozenset({"VERB", "AUX"})
_STATES = {"Country", "GovernmentBody", "Alliance", "Organization"}


def _described_deal(tok: Token, nouns: set[str]) -> bool:
    """ "the package", "this deal", "the deployment": a definite deal noun with no "of"/"for" phrase of its own."""
    return tok.lemma_.lower() in nouns and tok.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in tok.children) and not any(
        c.dep_ == "prep" and c.lower_ in {"of", "for", "with", "from"} for c in tok.children)


def _contents(ctx: SentenceContext, verb: Token) -> list[Mention]:
    """The platforms named in the object of a verb of containing ("consist of" through its preposition)."""
    objs = [c for c in verb.children if c.dep_ in {"dobj", "obj", "attr"}]
    objs += prep_objects(verb, "of")
    found: list[Mention] = []
    for o in objs:
        for t in o.subtree:
            m = ctx.at.get(t.i)
            if m is not None and ctx.label(m) == "Platform" and m not in found:
                found.append(m)
    return found


def _given_to(ctx: SentenceContext, t: Token) -> bool:
    """Whether ``t`` names a state the goods go to: the object of a "to" ("sent arms to Norway") or a dative."""
    m = ctx.at.get(t.i)
    to = t.dep_ == "pobj" and t.head.lower_ == "to" or t.dep_ == "dative"
    return to and m is not None and ctx.label(m) in _STATES


def _taker(ctx: SentenceContext, facts: DocFacts) -> tuple[str, str | None] | None:
    """The one actor that buys, sends to no state, or is given to in the sentence before ``ctx``'s, as an
    entity id, with the deal's stage there (what one sends of one's own forces is in service)."""
    if ctx.sent.start == 0:
        return None
    before = ctx.doc[ctx.sent.start - 1].sent
    prev = SentenceContext(before, facts.mentions, ctx.entities, ctx.doc_id)
    lex = cues()
    buying, sending, giving = lex["acquire"]["verbs"], lex["contents"]["sending_verbs"], lex["supply"]["verbs"]
    found: dict[str, str | None] = {}
    for tok in before:
        lemma = tok.lemma_.lower()
        if tok.pos_ not in {"VERB", "AUX"} or lemma not in buying | sending | giving or negated(prev, tok):
            continue
        given = {prev.at[t.i].entity for t in tok.subtree if _given_to(prev, t)} if lemma in sending | giving else set()
        if given:  # "Germany sent Leopards to Norway": the goods are Norway's
            found |= dict.fromkeys(given, stage_of(prev, tok))
        elif lemma in sending:  # one's own forces: in service
            found |= dict.fromkeys((m.entity for m in prev.subjects(tok, _ACTORS)), "in_service")
        elif lemma in buying:
            found |= dict.fromkeys((m.entity for m in prev.subjects(tok, _ACTORS)), stage_of(prev, tok))
    return next(iter(found.items())) if len(found) == 1 else None


def contents(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    lex = cues()["contents"]
    for tok in ctx.cued_tokens(lex["verbs"], pos=_VERBS):
        if tok.pos_ not in {"VERB", "AUX"} or tok.lemma_.lower() not in lex["verbs"] or negated(ctx, tok):
            continue
        subj = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None or not _described_deal(subj, lex["nouns"]):
            continue
        platforms = _contents(ctx, tok)
        found = _taker(ctx, facts) if platforms else None
        if found is None or ctx.entities[found[0]].label not in _ACTORS:
            continue
        for p in platforms:
            yield rel(ctx, found[0], "OPERATES", p, 0.65, "contents", stage=found[1])


def _listed(ctx: SentenceContext, verb: Token) -> list[Mention]:
    """The platforms a verb of containing lists in its object, less those of clauses and phrases hung on them."""
    objs = [c for c in verb.children if c.dep_ in {"dobj", "obj", "attr"}]
    objs += prep_objects(verb, "of")
    found: list[Mention] = []
    for o in objs:
        skip = {x.i for t in o.subtree if t.dep_ in {"prep", "acl", "relcl"} for x in t.subtree}
        for t in o.subtree:
            m = ctx.at.get(t.i)
            if t.i not in skip and m is not None and ctx.label(m) == "Platform" and m not in found:
                found.append(m)
    return found


def ranges(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Its catalogue includes the X and the Y": the firm owning the range makes what it lists; "the navy's
    aircraft include the X": the state or force owning the holdings operates what they list."""
    lex = cues()["contents"]
    for tok in ctx.cued_tokens(lex["verbs"], pos=_VERBS):
        if tok.pos_ not in {"VERB", "AUX"} or tok.lemma_.lower() not in lex["verbs"] or negated(ctx, tok):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        owners = [m for c in subj.children if c.dep_ == "poss" and (m := ctx.at.get(c.i)) is not None]
        if len(owners) != 1:
            continue
        word, owner = {subj.lemma_.lower(), subj.lower_}, owners[0]
        if word & set(lex["range_nouns"]) and ctx.label(owner) == "Company":
            for p in _listed(ctx, tok):
                yield rel(ctx, owner, "MANUFACTURES", p, 0.6, "range", role="producer")
        elif word & set(lex["holding_nouns"]) and ctx.label(owner) in _ACTORS:
            for p in _listed(ctx, tok):
                yield rel(ctx, owner, "OPERATES", p, 0.6, "holdings", stage=clause_stage(ctx, tok, "in_service"))
