"""Taking part told by what people do at the article's one main event, in a sentence that names no
event: in a summit's or a visit's article "Leaders of A and B also met X", "X and Y signed a treaty",
"the presidents held talks", "the leaders adopted a declaration"; in an exercise's article "troops from
A and B practised landings", "A's marines made landings together with B's troops". The acts are data
(``cues.yaml``, ``gathering_verbs``), one list per kind of main event.

Only a clause set at the main event's place and time: none that names another event or event noun
("during a visit to Beijing", "a phone call"), another place than the event's venue ("met X in
Washington"), another year or month, an earlier time ("last year", "had signed", "previously"), nor
one negated, hedged or still to come ("will sign", "are to meet"). The people who act take part (and
the one met or talked with), and the states whose leaders they are ("the leaders of A and B"); a state
named only as a subject ("A and B signed") does not, nor a demonym ("Kazakh officials"). In a summit's, a
visit's, a ceremony's, a parade's or a fair's article being there is an act too: "Around the table sat A, B and C", "X stood
beside Y" (the people, and those they sat or stood beside)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Token

from ...mentions import Mention
from ...ontology import ACTORS
from ..context import SentenceContext
from ..coordination import list_head
from ..lexicon import cues
from ..negation import negated
from ..prepositions import prep_objects
from ..relation import Relation
from .common import DocFacts, rel
from .events import (
    _contingents_of,
    _dateline_place,
    _earlier_time,
    _event_nouns,
    _forces_beside,
    _home_states,
    _main_venues,
    _other_month,
    _people_in,
    _represented,
    _subject_actors,
    _uninvited,
    about_event,
    demonym_of_people,
    event_kind,
    event_time,
    hedged,
)
from .participant_lists import EARLIER

_YEAR = re.compile(r"^(19|20)\d\d$")
_FUTURE = {"will", "shall", "'ll", "wo"}
_INDEFINITE = {"a", "an", "another"}
_TIME_DEPS = {"prep", "npadvmod", "advmod", "tmod"}
_SIDELINES = {"sidelines", "margins"}


def _lex() -> dict:
    return cues()["gathering_verbs"]


@lru_cache(maxsize=8)
def _acts(kind: str) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """(verbs, (verb, object) pairs) of the acts done at a main event of ``kind``."""
    entries = [e for key in _lex()["kinds"].get(kind) or [] for e in _lex()[key]]
    verbs = frozenset(e for e in entries if " " not in e)
    pairs = frozenset(tuple(e.split()) for e in entries if " " in e)
    return verbs, pairs  # type: ignore[return-value]


def _act(tok: Token, verbs: frozenset[str], pairs: frozenset[tuple[str, str]]) -> Token | None:
    """The verb itself for a plain act ("met"), its object for a verb-and-object act ("held talks"),
    else None."""
    lemma = tok.lemma_.lower()
    if lemma in verbs:
        return tok
    return next((c for c in tok.children if c.dep_ == "dobj" and ((lemma, c.lemma_.lower()) in pairs
                                                                  or (lemma, c.lower_) in pairs)), None)


def _signed_text(tok: Token, own: Token) -> bool:
    """Whether a signing act signs a gathering's text ("signed a treaty", "adopted a declaration"), not a
    purchase ("signed for Riga", "signed the contract")."""
    if tok.lemma_.lower() not in _lex()["signing_acts"] or own is not tok:
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _lex()["signed_texts"] for c in tok.children)


def _another_event(ctx: SentenceContext, facts: DocFacts, own: Token) -> bool:
    """Whether the sentence names an event other than the main one, or an unnamed event noun that is
    not the act's own object ("during a visit to Beijing", "in a phone call")."""
    if any(e.entity != facts.main_event for e in ctx.of({"Event"})) or _beside_another(ctx, facts):
        return True
    nouns = _event_nouns() | set(_lex()["other_occasions"])
    return any(t.lemma_.lower() in nouns and t.i not in ctx.at and t.i != own.i for t in ctx.tokens)


def _beside_another(ctx: SentenceContext, facts: DocFacts) -> bool:
    """Whether the sentence is set "on the sidelines of" anything but the main event named as such ("of a
    ministers' meeting", even where the resolver took it for the main one)."""
    if not ctx.words & _SIDELINES:
        return False
    for t in ctx.tokens:
        objects = prep_objects(t, "of") if t.lower_ in _SIDELINES else []
        if any(o.i not in ctx.at or ctx.at[o.i].entity != facts.main_event
               or any(d.dep_ == "det" and d.lower_ in _INDEFINITE for d in o.subtree) for o in objects):
            return True
    return False


def _not_then(ctx: SentenceContext, facts: DocFacts, tok: Token, skip: Token | None = None) -> bool:
    """Whether the clause is set at another time than the main event: still to come ("will sign", "to
    meet"), earlier ("had met", "last year", "previously"), in another month or year."""
    if tok.dep_ in {"xcomp", "advcl", "acl", "relcl", "pcomp"} and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                      for c in tok.children):
        return True
    if tok.dep_ in {"relcl", "advcl"} and any(c.dep_ == "advmod" and c.lower_ in {"when", "where"} for c in tok.children):
        # "a summit the week before, where X met Y": another occasion; "was launched in 2015, when X met Y":
        # the time of the clause it dates
        head = tok.head
        if head.pos_ in {"VERB", "AUX"}:
            if _not_then(ctx, facts, head, skip=tok):
                return True
        elif head.ent_type_ not in {"DATE", "TIME"} or _other_date(facts, head, tok):
            return True  # "on Thursday, when X and Y signed": the day is the event's unless another one
    return _set_apart(ctx, facts, tok, skip)


def _set_apart(ctx: SentenceContext, facts: DocFacts, tok: Token, skip: Token | None = None) -> bool:
    """Whether the verb itself is set at another time: still to come ("will sit"), earlier ("had met", "last
    year", "two years ago", "previously"), a habit ("meet regularly"), in another month or year."""
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in tok.children):
        return True
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.children) and tok.tag_ == "VBN":
        return True
    if any(c.dep_ == "advmod" and c.lower_ in _lex()["earlier_adverbs"] for c in tok.children):
        return True
    if any(c.dep_ in {"advmod", "npadvmod"} and c.lemma_.lower() in _lex()["repeated"] for c in tok.children):
        return True  # "have met more than 40 times", "meet regularly": a habit, not the event
    if _earlier_time(tok) or _other_month(ctx, facts, tok):
        return True
    return _other_date(facts, tok, skip)


def _other_date(facts: DocFacts, tok: Token, skip: Token | None) -> bool:
    """Whether the phrase under ``tok`` (without ``skip``'s) names a year other than the main event's, or
    an earlier time ("last year", "the previous week")."""
    main = facts.entities.get(facts.main_event)
    year = str(main.props.get("date") or "")[:4] if main is not None else ""
    inner = {t.i for t in skip.subtree} if skip is not None else set()
    # a verb's time phrases ("in 2019", "last month"), not its subject's clause ("whose country applied last
    # month"); a time noun's whole phrase
    spans = [c for c in tok.children if c.dep_ in _TIME_DEPS] if tok.pos_ in {"VERB", "AUX"} else [tok]
    phrase = [t for c in spans for t in c.subtree if t.i not in inner]
    if any(t.lower_ in EARLIER for t in phrase):
        return True
    years = {t.text for t in phrase if _YEAR.match(t.text) and t.ent_type_ == "DATE"}
    return bool(years) and (not year or years != {year})


def _elsewhere(ctx: SentenceContext, facts: DocFacts, tok: Token) -> bool:
    """Whether the verb is placed "in"/"at" a place that is not where the article puts its event."""
    places = [ctx.at[o.i] for o in prep_objects(tok, {"in", "at"}) if o.i in ctx.at
              and ctx.label(ctx.at[o.i]) in {"Place", "Country"}]
    if not places:
        return False
    venues = _main_venues(ctx, facts)
    dateline = (_dateline_place(ctx.doc) or "").lower()
    return not any(ctx.doc[p.start:p.end].text.lower() in venues or ctx.doc[p.start:p.end].text.lower() == dateline
                   for p in places)


def _met(ctx: SentenceContext, tok: Token, own: Token) -> list[Mention]:
    """The people met or talked with: "met X", "held talks with Y", "met with Z"."""
    holders = [tok] + ([own] if own is not tok else [])
    out = [m for c in tok.children if c.dep_ == "dobj" and tok.lemma_.lower() == "meet"
           for m in _people_in(ctx, c)]
    out += [m for h in holders for o in prep_objects(h, "with") for m in _people_in(ctx, o)]
    return [m for m in out if ctx.label(m) == "Person"]


def _meeting_actors(ctx: SentenceContext, facts: DocFacts, tok: Token, own: Token) -> list[Mention]:
    """The people who meet or sign and those met, and the states their leaders stand for."""
    people = [m for m in _subject_actors(ctx, tok, facts) if ctx.label(m) == "Person"]
    represented = [m for c in tok.children if c.dep_ == "nsubj" for m in _represented(ctx, c)]  # "the leaders of A"
    out = people + [m for m in represented if m not in people]
    return out + [m for m in _met(ctx, tok, own) if m not in out]


def _present(tok: Token) -> bool:
    """Whether a verb of being there (``presence_acts``: "sat", "stood") places its subject in the room, not
    "stood ready", "stood for the party", "stood in for X", "sits on the committee", "where it stands on", "stood
    in the election", "sits at the head of the council" (``presence_not``: a complement, a preposition, an adverb,
    a preposition's object or the object of its "of")."""
    stop = set(_lex()["presence_not"])
    for c in tok.children:
        if c.dep_ in {"acomp", "oprd", "xcomp", "ccomp"} or c.lower_ in stop:
            return False
        if c.dep_ == "prt" and (tok.lemma_.lower() == "stand" or c.lower_ not in {"down", "in"}):
            return False  # "stood down" (resigned), "stood by", "sat out"; "sat down" with someone, "sat in on" are there
        objects = [o for o in c.children if o.dep_ == "pobj"] if c.dep_ == "prep" else []
        objects += [x for o in objects for x in prep_objects(o, "of")]  # "at the head of the council"
        if any(o.lemma_.lower() in stop or o.lower_ in stop or o.pos_ == "PRON" and c.lower_ in {"on", "in"}
               for o in objects):
            return False  # "sits on the commission", "who does sit on it"
    return True


def _people_subject(ctx: SentenceContext, tok: Token) -> bool:
    """Whether the one who sits or stands is a person or a body of people: one named, a pronoun, a word
    for people (``presence_people``), or no subject at all ("Around the table sat A and B"); not a thing that
    stands ("A monument to X stands near the square", "a portrait of Y", "the building where Z sat")."""
    people = set(_lex()["presence_people"])
    for s in (c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}):
        named = [m for t in [s, *(c for c in s.children if c.dep_ in {"appos", "conj"})] for m in ctx.mentions
                 if m.start <= t.i < m.end]  # "X, Y and Z", "the two first ladies, A and B"
        if named:
            if not any(ctx.label(m) in ACTORS - {"Country"} for m in named):
                return False  # "Tajikistan stood beside Russia": a state's stance
        elif s.pos_ != "PRON" and s.lemma_.lower() not in people and s.lower_ not in people:
            return False
    return True


def _describes_person(ctx: SentenceContext, tok: Token) -> bool:
    """Whether the verb is a relative clause on a person ("X, who sits in the upper house", "Y, who sits at the
    head of the council"): what the person is, not an act at the gathering."""
    head = tok.head
    return tok.dep_ == "relcl" and (head.i in ctx.at and ctx.label(ctx.at[head.i]) == "Person"
                                    or head.pos_ == "PRON" or head.lemma_.lower() in set(_lex()["presence_people"]))


def _other_occasion(tok: Token) -> bool:
    """Whether the verb is set at an occasion named by an indefinite event noun ("At a parade in Beijing",
    "at another summit"): not the article's one."""
    nouns = _event_nouns() | set(_lex()["other_occasions"])
    return any(o.dep_ == "pobj" and o.lemma_.lower() in nouns
               and any(d.dep_ == "det" and d.lower_ in _INDEFINITE for d in o.children)
               for c in tok.children if c.dep_ == "prep" for o in c.children)


def sat_there(ctx: SentenceContext, facts: DocFacts, tok: Token, main: bool) -> bool:
    """Whether "X sat / stood (beside Y)" puts people at a gathering (this family's presence acts, which also need
    ``_present``, and participant_lists' seated-together): a person or body of people (no statue), not described
    in a relative clause, at no other time ("will sit", "two years ago") and no other occasion ("at a parade in
    Beijing"); and for the article's ``main`` event, not placed elsewhere ("In Paris")."""
    if not _people_subject(ctx, tok) or _describes_person(ctx, tok) or _other_occasion(tok):
        return False
    return not _set_apart(ctx, facts, tok) and not (main and _elsewhere(ctx, facts, tok))


def not_there(ctx: SentenceContext, facts: DocFacts, tok: Token, main: bool) -> bool:
    """Whether ``tok`` is a presence act (``presence_acts``: "sat", "stood") that puts no one at the gathering
    (not ``_present``, or not ``sat_there``): this family's presence path and the older rules of
    events.participation that read "X sat / stood ... at E" ("Next year X will sit beside Y at the summit",
    "At a parade in Beijing, X sat beside Y", "X stood in for his father at a gas forum")."""
    return tok.lemma_.lower() in _lex()["presence_acts"] \
        and not (_present(tok) and sat_there(ctx, facts, tok, main))


def _beside(ctx: SentenceContext, tok: Token) -> list[Mention]:
    """The people a present one sat or stood beside ("stood beside X", "sat next to Y", "stood close to Z on the
    rostrum"; ``presence_beside``): there too."""
    words = set(_lex()["presence_beside"])
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in words]
    preps += [p for c in tok.children if c.dep_ in {"advmod", "prep"} and c.lower_ in words
              for p in c.children if p.dep_ == "prep"]  # "next to", "close to", "across from"
    preps += [p for o in prep_objects(tok, {"in", "at", "on"}) for p in o.children
              if p.dep_ == "prep" and p.lower_ in words]  # "stood in the front row beside X"
    out = [m for p in preps for o in p.children if o.dep_ == "pobj" for m in _people_in(ctx, o)
           if ctx.label(m) == "Person"]
    if any(c.dep_ == "prep" and c.i < tok.i for c in tok.children):
        # "Around the table sat A, B and C": the people after a fronted place, read as the verb's object
        out += [m for c in tok.children if c.dep_ in {"dobj", "attr"} for m in _people_in(ctx, c)
                if ctx.label(m) == "Person" and m not in out]
    if tok.dep_ == "acl" and tok.head.i in ctx.at and ctx.label(ctx.at[tok.head.i]) == "Person":
        out.append(ctx.at[tok.head.i])  # "X, the chief guest, seated beside Y"
    return out


def _forces_demonym(ctx: SentenceContext, m: Mention) -> bool:
    """Whether a demonym names a state's forces ("Dutch marines", "Norwegian and Belgian troops")."""
    tok = list_head(ctx.head_token(m))
    lex = cues()["participation"]
    forces = set(lex["contingent"]) | set(lex["exercise_forces"]) | set(_lex()["drill_forces"])
    return tok.head.lower_ in forces or tok.head.lemma_.lower() in forces


def _drill_actors(ctx: SentenceContext, facts: DocFacts, tok: Token) -> list[Mention]:
    """The forces, states and people who drill, those they come from and those beside them."""
    out = [m for m in _subject_actors(ctx, tok, facts) if ctx.label(m) in ACTORS]
    out += [m for m in _contingents_of(ctx, tok) if m not in out]
    out += [m for m in _forces_beside(ctx, tok) if m not in out]
    return out


def gathering_verbs(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """PARTICIPATED_IN of the main event for who does one of its kind's acts in a sentence naming no
    other event (the module docstring)."""
    main = facts.entities.get(facts.main_event) if facts.main_event else None
    kind = event_kind(main) if main is not None else None
    verbs, pairs = _acts(kind) if kind else (frozenset(), frozenset())
    if not verbs and not pairs:
        return
    if not ctx.lemmas & (verbs | {v for v, _ in pairs}) or not about_event(ctx, facts):
        return
    seen: set[str] = set()
    drills = kind in _lex()["drill_kinds"]
    for tok in ctx.tokens:
        if tok.pos_ != "VERB":
            continue
        own = _act(tok, verbs, pairs)
        if own is None or any(c.dep_ in {"nsubjpass", "auxpass", "agent"} for c in tok.children):
            continue
        if not _signed_text(tok, own) or kind not in _lex()["signing_kinds"] and tok.lemma_.lower() in _lex()["signing_acts"] \
                and len([m for m in _subject_actors(ctx, tok, facts) if ctx.label(m) == "Person"]) < 2:
            continue  # on a visit only the two sides' leaders sign together ("Presidents X and Y signed")
        presence = tok.lemma_.lower() in _lex()["presence_acts"]
        if not_there(ctx, facts, tok, True):
            continue
        if negated(ctx, tok) or hedged(tok) or _not_then(ctx, facts, tok) or _another_event(ctx, facts, own) \
                or _elsewhere(ctx, facts, tok):
            continue
        actors = _drill_actors(ctx, facts, tok) if drills else _meeting_actors(ctx, facts, tok, own)
        actors += [m for m in (_beside(ctx, tok) if presence else []) if m not in actors]
        for m in actors:
            if m.entity in seen or demonym_of_people(ctx, m) and not (drills and _forces_demonym(ctx, m)) \
                    or m.entity == facts.main_event or _uninvited(ctx, m):
                continue
            seen.add(m.entity)
            yield event_time(ctx, facts, rel(ctx, m, "PARTICIPATED_IN", main.id, 0.55, "gathering-verb"), main.id)
            if ctx.label(m) == "Person":
                for state in _home_states(ctx, m):  # "Egypt's X met Y": Egypt took part too
                    if state.entity not in seen:
                        seen.add(state.entity)
                        yield event_time(ctx, facts, rel(ctx, state, "PARTICIPATED_IN", main.id, 0.5,
                                                         "gathering-verb-state"), main.id)
