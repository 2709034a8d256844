"""A named exercise told in one clause of a history paragraph: who came, where and with what.

* A clause that brings forces or aircraft to a named exercise ("in 2021, when Egypt's Rafale fighters
  joined Greece's F-16 jets at Tanagra air base for Exercise Olympic Eagle"): the forces whose platforms or
  troops the clause moves (the possessors and makers of its subject's and object's phrases, or the forces
  themselves) took part in the exercise, the places the verb names ("at Tanagra air base") held it, and the
  platforms the clause moves there were on show at it. The verb must be one of coming, flying, joining or
  sending (``exercise_clauses.bringing_verbs``) and the exercise the object of its purpose preposition
  ("for": ``exercise_clauses.purpose_preps``).
* An exercise held with guests ("the Hellenic Army held its first Desert Shield exercise with soldiers from
  Egypt", "... with Cambodian troops", "... with the Royal Thai Navy"): the guests took part in it. The verb
  holds the named exercise as its object (``exercise_clauses.holding_verbs``); the guests are the object of
  its "with" (or of the exercise noun's), named as a force or as a force noun's owner ("soldiers from X").

* Forces that trained in a named exercise ("the Kenya Army has trained with Ugandan and Rwandan troops in the
  Lion Shield exercise for a decade", "Peru and Chile have drilled together in Exercise Southern Star"): the
  verb's subject and the forces of its "with" took part. The verb is one of training
  (``exercise_clauses.training_verbs``), the exercise the object of ``training_preps`` hung on the verb or on
  its "with" phrase.

* Forces that served in a named operation, mission or exercise ("the Armed Forces of Georgia served in the
  Resolute Guard mission", "Hungarian Air Force Gripens flying as part of NATO's Baltic Sky Watch mission"):
  the subject's forces (or the owner written in the subject's platform phrase: not the owner of a platform the
  article tells elsewhere, "HMS Kent sailed in X" names none) took part. The verb is one of a force's service
  (``exercise_clauses.service_verbs``), the event the object of ``service_preps`` or of "as part of"
  (``part_preps``, ``part_nouns``); "during" a drill gives only the time (``time_only_preps``).

All are told of the event the clause names, dated by that clause (an earlier edition or a sister drill
is its own event): no fact is given to the article's own exercise here. Cue words are in
``relations/cues.yaml`` (``exercise_clauses``).
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Token

from ...mentions.lexicon import lexicon
from ..context import SentenceContext
from ..lexicon import cues
from ..negation import negated
from ..prepositions import prep_objects
from ..relation import Relation
from ..scope import unasserted
from ..tense import put_ahead
from .common import DocFacts, rel
from .events import _hostilities, _other_edition, _other_month, event_kind, event_time

# who takes part in an exercise: a state or its forces (a firm or a person is read by other rules)
_PARTIES = frozenset({"Country", "GovernmentBody", "Alliance"})
# links under which a phrase holds a clause of its own: no owner there is the clause's mover
_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "appos"})
# links of an owner inside a moved phrase ("Egypt's Rafales", "Egyptian Rafales", "the Rafales of Egypt")
_OWNER_LINKS = frozenset({"poss", "compound", "amod", "nmod", "pobj"})


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    c = cues()["exercise_clauses"]
    return {k: frozenset(v) for k, v in c.items()}


def is_exercise(ctx: SentenceContext, m) -> bool:
    """Whether the event mention ``m`` names an exercise (not a war, an operation or a show)."""
    entity = ctx.entities.get(m.entity)
    if entity is None or not entity.name[:1].isupper() \
            or entity.name.lower().split()[:1] in ([w] for w in cues()["display"]["hostile_openers"]):
        return False  # "Operation X"; a bare "exercise" is no named one
    written = {t.lower_ for t in ctx.doc[m.start:min(m.end + 1, len(ctx.doc))]} \
        | {ctx.head_token(m).head.lower_}  # "its Desert Shield exercise"
    if written & _exercise_nouns():
        return True  # "Exercise Falcon Strike": an exercise, whatever the words of its name
    return event_kind(entity) == "exercise" and not _hostilities(entity)


@lru_cache(maxsize=1)
def _exercise_nouns() -> frozenset[str]:
    """The nouns of an exercise (``event_kinds.exercise`` of the mentions' lexicon)."""
    return frozenset(n for n in lexicon()["event_kinds"]["exercise"] if " " not in n)


# links along which a phrase hangs under its verb ("joined the jets at the base for Exercise X": the parser may
# hang "for" on "base" and "at" on "jets")
_PHRASE_LINKS = frozenset({"pobj", "prep", "dobj", "conj", "appos", "compound", "npadvmod", "nmod"})


def _phrase(tok: Token) -> list[Token]:
    """The tokens of the noun phrase ``tok`` heads, without the clauses under it and without its prepositional
    phrases other than an owner's ("the Rafales of Egypt", "soldiers from Egypt")."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop()
        out.append(t)
        todo += [c for c in t.children if c.dep_ not in _CLAUSES
                 and not (c.dep_ == "prep" and c.lower_ not in _words()["owner_preps"])]
    return out


def _verb_of(tok: Token) -> Token | None:
    """The verb a phrase word hangs under through phrase links only (no clause boundary), else None."""
    cur = tok
    for _ in range(8):
        if cur.pos_ in {"VERB", "AUX"}:
            return cur
        if cur.dep_ not in _PHRASE_LINKS or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _movers(ctx: SentenceContext, verb: Token, with_preps: frozenset[str]) -> tuple[list, list]:
    """(parties, platforms) the clause of ``verb`` moves: named in its subject, its object or the object of its
    company prepositions ("joined ... with", "alongside"), as the phrase's head or its owner."""
    heads = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    heads += [o for p in verb.sent if p.dep_ == "prep" and p.lower_ in with_preps  # "flew to X with Y's jets"
              and (_verb_of(p.head) or p).i == verb.i for o in p.children if o.dep_ == "pobj" and _company(ctx, o)]
    parties, platforms = [], []
    for head in heads:
        parties += [m for m in _phrase_parties(ctx, head) if m not in parties]
        platforms += [m for t in _phrase(head) if (m := ctx.at.get(t.i)) is not None and ctx.head_token(m).i == t.i
                      and ctx.label(m) == "Platform" and m not in platforms]
    return parties, platforms


def _phrase_parties(ctx: SentenceContext, head: Token) -> list:
    """The parties a noun phrase names as its head, its owner or a conjunct ("Egypt's Rafales", "Egyptian
    Rafales", "the Rafales of Egypt", "Egypt and Jordan")."""
    out = []
    for t in _phrase(head):
        m = ctx.at.get(t.i)
        if m is not None and ctx.head_token(m).i == t.i and ctx.label(m) in _PARTIES \
                and (t.i == head.i or t.dep_ in _OWNER_LINKS or t.dep_ == "conj") and m not in out:
            out.append(m)
    return out


def _company(ctx: SentenceContext, obj: Token) -> bool:
    """Whether a company preposition's object is forces: a party or platform named ("with Y's F-16s", "alongside
    the Royal Navy"), a force noun ("with troops from Y") or a platform noun ("with Egyptian jets"); not "with fuel
    from a United States tanker" (goods, whoever's tanker gave them)."""
    from ...mentions.lexicon import category_of

    if obj.i in ctx.at:
        return True
    return obj.lemma_.lower() in _words()["force_nouns"] or obj.lower_ in _words()["force_nouns"] \
        or category_of([obj.lower_]) is not None


def _origin(at: Token, verb: Token) -> bool:
    """Whether a place hangs under a "from" object of the verb ("flew from their home base in X for Exercise E":
    where they came from, not where E was held; ``origin_preps``)."""
    origin = _words()["origin_preps"]
    return any(t.dep_ == "prep" and t.lower_ in origin for t in at.ancestors if t.i != verb.i and verb in t.ancestors)


def brought_to_exercise(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "X's jets joined Y's at Z for Exercise E": X and Y took part in E, E was held at Z, the jets shown at E."""
    words = _words()
    for e in ctx.of({"Event"}):
        head = ctx.head_token(e)
        prep = head.head
        if head.dep_ != "pobj" or prep.dep_ not in {"prep", "dative"} or prep.lower_ not in words["purpose_preps"]:
            continue
        verb = _verb_of(prep.head)
        if verb is None or verb.lemma_.lower() not in words["bringing_verbs"] \
                or not is_exercise(ctx, e) or negated(ctx, verb) or unasserted(verb):
            continue
        if e.entity == facts.main_event and (_other_month(ctx, facts, verb)
                                             or _other_edition(ctx, verb, head, ctx.entities[e.entity])):
            continue
        parties, platforms = _movers(ctx, verb, words["company_preps"])
        for m in parties:
            if m.entity != e.entity:
                yield event_time(ctx, facts, rel(ctx, m, "PARTICIPATED_IN", e, 0.65, "brought-to-exercise"), e)
        for p in platforms:
            yield event_time(ctx, facts, rel(ctx, p, "DISPLAYED_AT", e, 0.6, "brought-to-exercise"), e)
        for place in ctx.of({"Place"}):
            at = ctx.head_token(place)
            while at.dep_ == "compound" and at.head.i != at.i:  # "at Tanagra air base": the base noun
                at = at.head
            if at.dep_ == "pobj" and at.head.lower_ in words["venue_preps"] and at.head.dep_ in {"prep", "dative"} \
                    and (_verb_of(at.head.head) or at).i == verb.i and at.head.head.i != head.i \
                    and not _origin(at, verb):
                yield event_time(ctx, facts, rel(ctx, e, "HELD_IN", place, 0.6, "brought-to-exercise"), e)


def _guests(ctx: SentenceContext, obj: Token, force_nouns: frozenset[str]) -> list:
    """The parties the object of a "with" names: the party itself ("with the Royal Thai Navy"), or the owner
    of a force noun ("with soldiers from Egypt", "with Cambodian troops", "with Egypt's marines")."""
    out = []
    for t in [obj, *(c for c in obj.children if c.dep_ == "conj")]:
        m = ctx.at.get(t.i)
        if m is not None and ctx.label(m) in _PARTIES:
            out.append(m)
            continue
        if t.lemma_.lower() not in force_nouns and t.lower_ not in force_nouns:
            continue
        owners = [c for c in t.children if c.dep_ in {"poss", "amod", "compound"}]
        owners += prep_objects(t, {"from", "of"})
        for o in owners:
            for x in [o, *(c for c in o.children if c.dep_ == "conj")]:
                m = ctx.at.get(x.i)
                if m is not None and ctx.label(m) in _PARTIES and m not in out:
                    out.append(m)
    return out


def _exercise_words(verb: Token) -> list[Token]:
    """An exercise noun the parser hung on the verb beside the name ("held its first Lion Shield | exercise there":
    the noun read as a second object or a verb of its own)."""
    return [c for c in verb.children if c.lower_ in _exercise_nouns() and c.dep_ in {"dobj", "xcomp", "advcl", "conj"}]


def _held_noun(head: Token) -> Token | None:
    """The noun a holding verb holds as its object for an exercise name's head: the name itself, the exercise
    noun it modifies ("its first Desert Shield exercise"), the noun it stands in apposition to ("held a small
    exercise with US troops, Eagle Shield"), or the exercise noun the parser read as the name's own verb
    ("held its first Desert Shield | exercise there": the name the subject of an ``exercise`` taken as a
    clause of the verb); None if what holds it is no verb's object."""
    noun = head.head if head.dep_ in {"compound", "appos"} and head.head.lower_ in _exercise_nouns() \
        or head.dep_ == "compound" else head
    if noun.dep_ == "dobj":
        return noun
    if head.dep_ == "nsubj" and head.head.lower_ in _exercise_nouns() and head.head.dep_ in {"ccomp", "xcomp"}:
        return head.head
    return None


def exercise_guests(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "The Hellenic Army held its first Desert Shield exercise with soldiers from Egypt": Egypt took part."""
    words = _words()
    for e in ctx.of({"Event"}):
        noun = _held_noun(ctx.head_token(e))
        verb = noun.head if noun is not None else None
        if verb is None or verb.lemma_.lower() not in words["holding_verbs"] \
                or not is_exercise(ctx, e) or negated(ctx, verb) or unasserted(verb):
            continue
        if e.entity == facts.main_event and (_other_month(ctx, facts, verb)
                                             or _other_edition(ctx, verb, noun, ctx.entities[e.entity])):
            continue  # "In January the army held its first X exercise": no fact of the article's own exercise
        owners = [verb, noun, *_exercise_words(verb)]
        withs = [o for owner in owners for o in prep_objects(owner, "with")]
        guests = [m for obj in withs for m in _guests(ctx, obj, words["force_nouns"]) if m.entity != e.entity]
        for m in guests:
            yield event_time(ctx, facts, rel(ctx, m, "PARTICIPATED_IN", e, 0.6, "exercise-guests"), e)
        if guests and not put_ahead(verb):  # the holder drilled with them: it took part too ("the Kenya Army held ... with ...")
            for m in _subjects(ctx, verb):
                if m.entity != e.entity and all(g.entity != m.entity for g in guests):
                    yield event_time(ctx, facts, rel(ctx, m, "PARTICIPATED_IN", e, 0.6, "exercise-holder"), e)


# tags of a participle the parser hangs on the noun before it where the noun is the clause's subject ("The Chilean
# Navy | trained with ...", "Kenyan soldiers | trained (VBN) with ...", "Gripens | flying as part of X")
_REDUCED_TAGS = frozenset({"VBD", "VBN", "VBG"})


def _subjects(ctx: SentenceContext, verb: Token) -> list:
    """The parties a verb's active subject names: the subject, its owner and its conjuncts ("Egypt and Jordan",
    "Royal Thai Air Force Gripens"), or the owner of a force noun there ("Kenya's armed forces", "Peruvian
    troops"); where the parser read the sentence as a noun phrase with a reduced relative, the noun the verb
    hangs on."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "acl" and verb.tag_ in _REDUCED_TAGS:
        subjects = [verb.head]
    out = []
    for subj in subjects:
        named = subj.i in ctx.at and ctx.label(ctx.at[subj.i]) in _PARTIES
        # a force named as the subject is the party, not its state ("Kazakhstan's armed forces have trained")
        out += [m for m in _phrase_parties(ctx, subj) if m not in out
                and (not named or ctx.head_token(m).i == subj.i or ctx.head_token(m).dep_ == "conj")]
        for t in [subj, *(c for c in subj.children if c.dep_ == "conj")]:
            if t.i not in ctx.at:
                out += [g for g in _guests(ctx, t, _words()["force_nouns"]) if g not in out]
    return out


def _training_exercise(ctx: SentenceContext, e) -> Token | None:
    """The verb of training whose "in" holds the exercise mention ``e`` ("trained together in the X exercise",
    "trained with Y's troops in Exercise X": the parser may hang "in" on the "with" phrase, or take the name
    alone as the object of "in" and the exercise noun as the verb's), else None."""
    words = _words()
    head = ctx.head_token(e)
    noun = head.head if head.dep_ == "compound" and head.head.lower_ in _exercise_nouns() else head
    inside = [t for t in ctx.doc[e.start:e.end] if t.dep_ == "pobj" and not e.start <= t.head.i < e.end]
    noun = noun if noun.dep_ == "pobj" else next(iter(inside), noun)
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in words["training_preps"]:
        return None
    cur = prep.head
    if cur.pos_ not in {"VERB", "AUX"}:  # "with troops in X", "for years in X": one phrase up to the verb
        if cur.dep_ != "pobj" or cur.head.dep_ != "prep" or cur.head.lower_ not in words["training_link_preps"]:
            return None
        cur = cur.head.head
    return cur if cur.lemma_.lower() in words["training_verbs"] else None


def trained_in_exercise(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Peru has trained with Chilean troops in the Southern Star exercise": Peru and Chile took part."""
    words = _words()
    for e in ctx.of({"Event"}):
        verb = _training_exercise(ctx, e)
        if verb is None or not is_exercise(ctx, e) or negated(ctx, verb) or unasserted(verb) or put_ahead(verb):
            continue
        if e.entity == facts.main_event and (_other_month(ctx, facts, verb)
                                             or _other_edition(ctx, verb, ctx.head_token(e), ctx.entities[e.entity])):
            continue
        withs = [o for p in verb.subtree if p.dep_ == "prep" and p.lower_ in words["company_preps"]
                 and p.head.i == verb.i for o in p.children if o.dep_ == "pobj"]
        parties = _subjects(ctx, verb) + [m for obj in withs for m in _guests(ctx, obj, words["force_nouns"])]
        seen = set()
        for m in parties:
            if m.entity != e.entity and m.entity not in seen:
                seen.add(m.entity)
                yield event_time(ctx, facts, rel(ctx, m, "PARTICIPATED_IN", e, 0.6, "trained-in-exercise"), e)


def _service_verb(ctx: SentenceContext, e) -> Token | None:
    """The verb of a force's service whose "in", "under", "during" or "as part of" holds the event mention ``e``
    ("served in the X mission", "flying as part of NATO's X mission", "flew its last mission under Operation X":
    through at most two phrases), else None."""
    words = _words()
    head = ctx.head_token(e)
    noun = head.head if head.dep_ == "compound" and head.head.pos_ == "NOUN" and head.head.i not in ctx.at else head
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lower_ in words["part_nouns"] and prep.head.dep_ == "pobj" \
            and prep.head.head.lower_ in words["part_preps"]:
        prep = prep.head.head  # "as part of X"
    elif prep.lower_ not in words["service_preps"]:
        return None
    elif prep.lower_ in words["time_only_preps"] and is_exercise(ctx, e):
        return None  # "bombers flew near Alaska during Exercise X": when, not a part taken in someone's drill
    cur = prep.head
    for _ in range(3):  # "flew its last mission | under X", "served with NATO in Afghanistan, in the X mission"
        if cur.pos_ in {"VERB", "AUX"} or cur.dep_ not in {"pobj", "prep", "dobj", "appos"} or cur.head.i == cur.i:
            break
        cur = cur.head
    return cur if cur.pos_ in {"VERB", "AUX"} and cur.lemma_.lower() in words["service_verbs"] else None


def served_in_operation(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "The Armed Forces of Georgia served in the Resolute Guard mission": they took part in it."""
    words = _words()
    for e in ctx.of({"Event"}):
        entity = ctx.entities.get(e.entity)
        if entity is None or event_kind(entity) in words["service_skip_kinds"]:
            continue
        verb = _service_verb(ctx, e)
        if verb is None or negated(ctx, verb) or unasserted(verb) or put_ahead(verb) or verb.dep_ == "relcl":
            continue
        if e.entity == facts.main_event and _other_month(ctx, facts, verb):
            continue
        # the subject's forces, or the owners written in the platform phrase it is ("Royal Thai Air Force Gripens
        # flew"); "Gripens flying as part of X": the phrase the participle is on
        parties = _subjects(ctx, verb)
        # (no company: "served with NATO in X", "flew in the flypast alongside French jets" say who was beside the
        # subject, not who took part; pooled dev halves: 0 true / 2 false read so)
        seen = set()
        for m in parties:
            if m.entity != e.entity and m.entity not in seen:
                seen.add(m.entity)
                yield event_time(ctx, facts, rel(ctx, m, "PARTICIPATED_IN", e, 0.6, "served-in-operation"), e)


def _there_place(ctx: SentenceContext, facts: DocFacts, there: Token) -> str | None:
    """The one place "there" points back to: the single Place named before it in its sentence, else in the
    sentence before; None where several places compete (a state is no "there" of a drill's site here)."""
    doc = ctx.doc
    before = doc[ctx.sent.start - 1].sent if ctx.sent.start > 0 else None
    for lo, hi in ((ctx.sent.start, there.i), (before.start, before.end) if before is not None else (0, 0)):
        found = {m.entity for m in facts.mentions if lo <= m.start < hi and m.entity in facts.entities
                 and facts.entities[m.entity].label == "Place"
                 and doc[m.start:m.end].root.dep_ not in {"amod", "compound", "poss"}}
        if len(found) == 1:
            return next(iter(found))
        if found:
            return None
    return None


def held_there(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "In March the Kenya Army held its first Lion Shield exercise there": the exercise was held where "there"
    points (the one place named just before)."""
    words = _words()
    for there in (t for t in ctx.sent if t.lower_ == "there" and t.dep_ == "advmod"):
        verb = there.head
        if verb.lower_ in _exercise_nouns() and verb.head.i != verb.i:  # "held its first X exercise there"
            verb = verb.head
        if verb.lemma_.lower() not in words["holding_verbs"] or negated(ctx, verb) or unasserted(verb):
            continue
        for e in ctx.of({"Event"}):
            head = ctx.head_token(e)
            noun = head.head if head.dep_ == "compound" else head
            if noun.dep_ not in {"dobj", "nsubjpass"} or noun.head.i != verb.i or not is_exercise(ctx, e):
                continue
            if e.entity == facts.main_event and _other_month(ctx, facts, verb):
                continue
            place = _there_place(ctx, facts, there)
            if place is not None:
                yield event_time(ctx, facts, rel(ctx, e, "HELD_IN", place, 0.55, "held-there"), e)
