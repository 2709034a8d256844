"""Whether a drill's act told in an exercise's article happened elsewhere: a force that fired at a strike target
("fired Kalibr missiles at Odesa", "strikes on Houthi sites"), flew or sailed in a state or a place of a state that
is none of the exercise's sites ("over Iraq"; a sea or region never, for want of data: an exercise "off Gdynia"
sails "in the Baltic Sea"), or in a sentence naming a war or another event ("During the Gulf War, ..."), was not at
the article's exercise, whatever verb of a drill it used. Asked of the drill users only (events.py ``displayed``):
the platforms stay DISPLAYED_AT (on the dev halves that guard removed 14 true, 6 false).

The exercise's sites are the places and states named in the sentences that name the exercise (its headline and
dateline among them) and its venue; a place within a site's state, or a state of a site, is one of them. Word lists
are ``cues.yaml`` ``display.strike_verbs``, ``display.drill_grounds`` and ``display.scene_preps``.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..context import SentenceContext
from ..lexicon import cues
from .common import PLACES, DocFacts

# a strike's target: "fired X at Y", "launched X against Y", "strikes on Y"
_TARGET_PREPS = {"at", "on", "against"}
# links from a place up to its preposition: "in the Arabian Sea", "over Iraq and Syria"
_PLACE_LINKS = {"pobj", "conj", "appos", "compound"}
# clauses of their own, whose places are not the verb's: "ships, which had been on duty off Somalia"
_CLAUSES = {"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"}


def elsewhere(ctx: SentenceContext, facts: DocFacts, verb: Token, sites: set[str]) -> bool:
    """Whether ``verb``'s act (a drill's verb of the article's exercise) is told of another occasion: the sentence
    names an event other than the exercise, the verb strikes a target, or it is set in a place off ``sites``."""
    if any(m.entity != facts.main_event for m in ctx.of({"Event"})):
        return True  # "During the Gulf War, the air force flew F-15s over Iraq"
    return _strikes(ctx, verb) or any(_in_a_state(e := facts.entities.get(m.entity)) and not region(e) & sites
                                      for m in _scene(ctx, verb))


def exercise_sites(ctx: SentenceContext, facts: DocFacts) -> set[str]:
    """The regions (:func:`region`) of the places and states named in the sentences that name the article's exercise,
    in its headline and its first sentence, and of its venue."""
    doc, main = ctx.doc, facts.entities.get(facts.main_event) if facts.main_event else None
    if main is None:
        return set()
    sents = {doc[m.start].sent.start for m in facts.mentions if m.entity == facts.main_event and m.start < len(doc)}
    sents |= {s.start for s in list(doc.sents)[:2]}
    sites: set[str] = set()
    for m in facts.mentions:
        entity = facts.entities.get(m.entity)
        if entity is not None and entity.label in PLACES and m.start < len(doc) and doc[m.start].sent.start in sents:
            sites |= region(entity)
    for entity in facts.entities.values():
        if main.venue and entity.label == "Place" and entity.name == main.venue:
            sites |= region(entity)
    return sites


def region(entity) -> set[str]:
    """What a place or state stands for when sites are compared: a state its name, a place itself and the state it
    lies in (so "over Latvia" and "off Ventspils" are the sites of an exercise "off Liepaja, Latvia")."""
    if entity is None or entity.label not in PLACES:
        return set()
    if entity.label == "Country":
        return {entity.name}
    country = entity.props.get("country")
    return {entity.id} | ({country} if country else set())


def _in_a_state(entity) -> bool:
    """A state, or a place the reference data puts in one: not a sea or a region ("the Philippine Sea", "the Gulf"),
    which no data ties to the exercise's sites (an exercise "off Gdynia" is sailed "in the Baltic Sea")."""
    return entity is not None and (entity.label == "Country" or bool(entity.props.get("country")))


def _strikes(ctx: SentenceContext, verb: Token) -> bool:
    """ "fired Kalibr missiles at Odesa", "launched drones against power plants", "flew F-16s in strikes on X": a
    strike's target (not a drill's range, sea, target or a day: "fired its howitzers on the range", "at sea",
    "on Monday")."""
    lex = cues()["display"]
    grounds, strikes = set(lex["drill_grounds"]), set(lex["strike_verbs"])
    heads = [verb] if verb.lemma_.lower() in strikes else []
    heads += [t for t in ctx.sent if t.pos_ == "NOUN" and t.lemma_.lower() == "strike"]
    for head in heads:
        for p in head.children:
            if p.dep_ != "prep" or p.lower_ not in _TARGET_PREPS:
                continue
            for o in p.children:
                # the noun and its words before it ("a towed target", "the decommissioned tanker X"), not a phrase
                # after it ("at Houthi drones in the Red Sea")
                if o.dep_ == "pobj" and o.ent_type_ not in {"DATE", "TIME"} \
                        and not any(t.lemma_.lower() in grounds for t in o.subtree if t.i <= o.i):
                    return True
    return False


def _scene(ctx: SentenceContext, verb: Token) -> list:
    """The places and states the verb's act is set in: objects of a preposition of place (``display.scene_preps``:
    "over Iraq", "in the Arabian Sea", "to Ukraine"; not "from", where a flight set out) within the verb's clause,
    outside its subject."""
    preps = set(cues()["display"]["scene_preps"])
    subject = {t.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}
    out = []
    for m in ctx.of(PLACES):
        tok = ctx.head_token(m)
        if tok.i in subject:
            continue
        cur = tok
        while cur.dep_ in _PLACE_LINKS and cur.head.i != cur.i and cur.head.dep_ != "prep":
            cur = cur.head
        prep = cur.head if cur.dep_ == "pobj" else None
        if prep is None or prep.dep_ != "prep" or prep.lower_ not in preps or prep.i in subject:
            continue
        if _under(prep, verb):
            out.append(m)
    return out


def _under(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` hangs on ``verb`` within its own clause (not in a clause of its own below it: "ships, which had
    been on duty off Somalia", "a transport, which landed at X")."""
    cur = tok
    while cur.head.i != cur.i:
        if cur.dep_ in _CLAUSES:
            return False
        cur = cur.head
        if cur.i == verb.i:
            return True
    return False
