"""Sales through a state's own arms-sale programme (``cues.yaml``: ``acquire.sale_programmes``): a purchase
"through the Foreign Military Sales programme", "a foreign military sale that Congress was notified of", "the
Foreign Military Sales package covers seven batteries" is a sale by the state that runs the programme (the
United States), named in the sentence or elsewhere in the article. The buyer is the one other state the
sentence names, or, when it names none, the article's state. A sentence naming several other states, a
programme whose state the article never names, or a denied clause gives nothing.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..context import SentenceContext
from ..lexicon import cues
from ..negation import negated
from ..relation import Relation
from ..tense import put_ahead
from ..time import clause_verb
from .common import DocFacts, rel
from .stage import clause_stage

_BUYERS = {"Country"}


def _programme(sent: Span, phrases: dict[str, str]) -> tuple[Token, str] | None:
    """The last token of the first programme name in ``sent`` and the state that runs it."""
    toks = list(sent)
    for i in range(len(toks)):
        for phrase, state in phrases.items():
            words = phrase.split()
            run = toks[i:i + len(words)]
            if len(run) == len(words) and all(t.lower_ == w or t.lemma_.lower() == w for t, w in zip(run, words, strict=True)):
                return run[-1], state
    return None


def programme_sales(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """The programme's state supplies the buyer: "India is buying the helicopters through the US Foreign
    Military Sales channel" (United States -> India)."""
    found = _programme(ctx.sent, cues()["acquire"]["sale_programmes"])
    if found is None:
        return
    tok, state = found
    seller = next((e.id for e in ctx.entities.values() if e.label == "Country" and e.name == state), None)
    verb = clause_verb(tok, 6)  # (the programme may hang on a noun of the clause: "talks under the FMS programme")
    if seller is None or negated(ctx, tok) or verb is not None and negated(ctx, verb):
        return  # "did not buy the jets through the Foreign Military Sales programme"
    buyers = {m.entity for m in ctx.of(_BUYERS) if m.entity != seller}
    if not buyers and facts.focal in ctx.entities and facts.focal != seller \
            and ctx.entities[facts.focal].label in _BUYERS:
        buyers = {facts.focal}  # "The purchase goes through the Foreign Military Sales system": the article's state
    if len(buyers) != 1:
        return
    words = {t.lower_ for t in (verb if verb is not None else tok).subtree}  # "opened talks under ...": negotiating
    stage = clause_stage(ctx, tok, "ordered", words)
    if stage == "cancelled":
        return
    if stage == "ordered" and verb is not None and put_ahead(verb):
        stage = "planned"  # "the next tranche is expected to follow the same Foreign Military Sales route"
    yield rel(ctx, seller, "SUPPLIES", next(iter(buyers)), 0.6, "programme_sales", stage=stage)
