"""Events and places, the statements ``events.py`` does not read: where an exercise's troops train
("units trained around A and B"), an exercise or clash beside a place ("the drill off X"), a venue
that holds an event ("the site that has hosted the show", "the hotel where it is held"), an event
described in apposition ("X, the exhibition held at Y"), the host of an event named by a generic noun
("Z, who hosted the talks") and an installation described as lying in a place ("X, the naval air
station in Y"). Cue words are in ``relations/cues.yaml`` (``places``)."""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from ...mentions.lexicon import lexicon
from ...mentions.mention import Mention
from ..context import SentenceContext
from ..lexicon import cues
from ..negation import negated
from ..prepositions import prep_objects
from ..relation import Relation
from .common import PLACES, DocFacts, other_year, rel
from .events import _main_event_before, event_kind, phrase_head, relative_venues
from .exercise_doings import exercise_doing

_HOSTS = {"Country", "GovernmentBody", "Organization", "Alliance", "Person"}
# links that leave the clause a cue word heads: a noun's clause, reported speech, an aside
_ASIDES = {"relcl", "acl", "ccomp", "advcl", "parataxis", "appos"}


def _cues() -> dict[str, Any]:
    """The family's cue words (``cues.yaml``, ``places``)."""
    return cues()["places"]


def _inflected(words: set[str]) -> frozenset[str]:
    """The words with their plain inflections ("stage": "stages", "staged", "staging"), to test a
    sentence's word set once before walking its tokens."""
    out = set(words) | {"ran"}
    for w in words:
        stem = w[:-1] if w.endswith("e") else w
        out |= {w + "s", w + "es", w + "d", w + "ed", stem + "ing", w + w[-1] + "ed", w + w[-1] + "ing"}
    return frozenset(out)


@lru_cache(maxsize=1)
def _verb_forms() -> tuple[frozenset[str], frozenset[str]]:
    """Inflected forms of the hosting verbs, and of the exercise and parade words."""
    c = _cues()
    return (_inflected(c["hosting_verbs"] | c["running_verbs"]),
            _inflected(c["exercise_verbs"] | c["exercise_nouns"] | c["parade_verbs"] | c["activity_verbs"]))


@lru_cache(maxsize=1)
def _noun_kinds() -> dict[str, str]:
    """Generic event nouns and the kind of event they name ("drills" -> exercise, "talks" -> summit)."""
    out = {n: k for k, nouns in lexicon()["event_kinds"].items() for n in nouns if " " not in n}
    return {**out, **_cues()["talk_nouns"]}


def _word(tok) -> set[str]:
    """The word's lemma and form, and plain de-inflections of the form (the tagger's lemma of "stages" is "stag")."""
    low = tok.lower_
    out = {tok.lemma_.lower(), low}
    for suffix, add in (("es", "e"), ("ed", ""), ("ed", "e"), ("s", ""), ("ing", ""), ("ing", "e")):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            out.add(low[:-len(suffix)] + add)
    return out


def _kind(facts: DocFacts, entity_id: str | None) -> str | None:
    entity = facts.entities.get(entity_id) if entity_id else None
    return event_kind(entity) if entity is not None else None


def _event_of_noun(ctx: SentenceContext, facts: DocFacts, tok) -> str | None:
    """The event a generic noun stands for ("the talks", "the biennial show"): the sentence's one
    event of that kind, else the article's main event where it is of that kind."""
    if tok.i in ctx.at or any(c.lower_ in _cues()["other_edition"] or c.dep_ == "prep" and c.lower_ == "of"
                              for c in tok.children):
        return None  # "the next summit", "the first session of a joint parliament": another event
    if _word(tok) & _cues()["any_event_nouns"]:
        return facts.main_event if _kind(facts, facts.main_event) not in {"war", "clash"} else None
    kind = next((_noun_kinds()[w] for w in _word(tok) if w in _noun_kinds()), None)
    if kind is None:
        return None
    named = list(dict.fromkeys(e.entity for e in ctx.of({"Event"}) if _kind(facts, e.entity) == kind))
    if named:
        return named[0] if len(named) == 1 else None
    return facts.main_event if _kind(facts, facts.main_event) == kind else None


def _event_of_pronoun(ctx: SentenceContext, facts: DocFacts, verb, obj) -> str | None:
    """The article's event an object pronoun stands for: "The consultations were held in Beijing. China has
    hosted them twice" (the sentence before names the event, this one none; not "will host it next year",
    another edition)."""
    if obj.lower_ not in _cues()["event_pronouns"] or not _main_event_before(ctx, facts):
        return None
    if any(c.dep_ == "aux" and c.lower_ in {"will", "would", "could", "may", "might"} for c in verb.children) \
            or not ctx.words.isdisjoint(_cues()["other_edition"]):
        return None
    return facts.main_event


def places(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """Every rule of the family over one sentence."""
    if not ctx.of({"Place", "Country"}):
        return
    yield from _exercise_sites(ctx, facts)
    yield from _parade_grounds(ctx, facts)
    yield from _beside(ctx)
    yield from _venue_holds(ctx, facts)
    yield from _described_event(ctx)
    yield from _installation_in(ctx)


def hosts(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Austin, who hosted the talks", "Kenya will host the drills": the subject of "host" whose
    object is a generic noun of the event the sentence or the article is about, or a named event
    ("Poland hosts Dragon 24"), hosts it."""
    cues = _cues()
    if not ctx.lemmas & _verb_forms()[0]:
        return
    for tok in ctx.tokens:
        objects = [c for c in tok.children if c.dep_ == "dobj" or c.dep_ == "npadvmod" and _named_event(ctx, c)]
        if tok.pos_ != "VERB" or not objects:  # (the parser may hang "hosts Dragon 24" as npadvmod)
            continue
        words = _word(tok)
        running = bool(words & cues["running_verbs"])
        if not (running or words & cues["hosting_verbs"]) or negated(ctx, tok):
            continue
        for obj in objects:
            event = _event_of_noun(ctx, facts, obj) or _event_of_pronoun(ctx, facts, tok, obj)
            if event is None and not running:
                event = _named_event(ctx, obj)  # "Poland hosts Dragon 24": a named event hosted
            if event is None:
                continue
            for m in ctx.subjects(tok, _HOSTS - {"Person"} if running else _HOSTS, plural=True):
                yield rel(ctx, event, "HOSTED_BY", m, 0.6, "hosted-generic")


def _named_event(ctx: SentenceContext, tok) -> Mention | None:
    """The named event whose mention holds ``tok``, else ``None`` (not a generic reference such as
    "drills" standing for the article's event: "the three countries have staged joint drills" names no host)."""
    m = ctx.mention(tok)
    return m if m is not None and ctx.label(m) == "Event" and m.source != "coref" else None


def chair_hosts(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "The Kazakh chairmanship ends with the meeting", "the bloc whose rotating chairmanship
    Kazakhstan holds", "the 43rd ASEAN Summit, the last of Indonesia's year as chair": the state
    holding a bloc's chair hosts the summit the sentence names (else the article's summit)."""
    nouns = cues()["membership"]["chair_nouns"]
    chairs = [t for t in ctx.cued_tokens(nouns, "lower", {"NOUN"}) if t.i not in ctx.at]
    if not chairs:
        return
    summits = list(dict.fromkeys(e.entity for e in ctx.of({"Event"}) if _kind(facts, e.entity) == "summit"))
    if not summits and _kind(facts, facts.main_event) == "summit" and not _other_year(ctx, facts, facts.main_event):
        summits = [facts.main_event]  # not "In 2022, under A's chairmanship, ..." in an article on a 2025 summit
    if len(summits) != 1:
        return
    for chair in chairs:
        verb = chair.head if chair.dep_ in {"dobj", "nsubj"} else chair
        if negated(ctx, verb) or _passed_on(ctx, verb):
            continue
        holders = [c for c in chair.children if c.dep_ in {"poss", "amod", "compound"}]
        if chair.dep_ == "compound":
            holders.append(chair.head)  # "whose chairmanship Kazakhstan holds" (parsed as one noun)
        if chair.dep_ == "dobj":
            holders += [c for c in chair.head.children if c.dep_ == "nsubj"]  # "Kazakhstan holds the chair"
        if chair.dep_ == "pobj" and chair.head.lower_ == "as":  # "Indonesia's year as chair"
            holders += [c for c in chair.head.head.children if c.dep_ == "poss"]
        for tok in holders:
            m = ctx.at.get(tok.i)
            if m is None and tok.lower_ == "country" and any(c.lower_ == "whose" for c in tok.children):
                m = _whose_country(ctx, tok)  # "Malaysian Prime Minister X, whose country holds the chair"
            if m is not None and ctx.label(m) == "Country":
                yield rel(ctx, summits[0], "HOSTED_BY", m, 0.6, "hosted-by-chair")


def chaired_meetings(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "X chaired the meeting", "the summit was co-chaired by Y", "X presided over the session": the
    person or state chairing the article's summit (the verb's object or passive subject) hosts it, and so does
    who presides over a ceremony or a parade (``chaired_kinds``: "X presided over the ceremony", "X presided.");
    not a chair handed on or a later one ("will chair the next summit"), nor one set in another year."""
    verbs = set(_cues()["chairing_verbs"])
    kinds, once = set(_cues()["chaired_kinds"]), set(_cues()["one_off_kinds"])
    alone_kinds = set(_cues()["alone_presided_kinds"])
    for tok in ctx.verbal(verbs):  # (read from the sentence's word index)
        if negated(ctx, tok) or _passed_on(ctx, tok):
            continue
        objects = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        objects += [s for a in tok.children if a.dep_ == "auxpass" for s in a.children
                    if s.dep_ in {"nsubj", "nsubjpass"}]  # "the summit was co-chaired by X" parsed around "co-"
        objects += prep_objects(tok, "over")  # "presided over the session"
        objects += _shared_subjects(tok)
        passive_by = tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children)
        events = []
        for o in objects:
            if o.i in ctx.at and ctx.label(ctx.at[o.i]) == "Event":
                kind = _kind(facts, ctx.at[o.i].entity)  # (read once per object)
                if kind in kinds and (kind in once or not _own_edition(ctx, facts, o)):
                    events.append(ctx.at[o.i].entity)
        events = list(dict.fromkeys(events))
        events += [e for e in (_bloc_summit(ctx, facts, o) for o in objects) if e is not None and e not in events]
        if not objects and not events and _presides_alone(ctx, facts, tok):
            events = [facts.main_event]  # "The defence minister presided." (the article's ceremony)
        if len(events) != 1 or _kind(facts, events[0]) not in kinds or _other_year(ctx, facts, events[0]) \
                or events[0] != facts.main_event and _kind(facts, events[0]) not in alone_kinds:
            continue  # the article's own summit (a chair named for another one is rarely its host), or the
            # ceremony or parade the verb's object names
        passive = passive_by or any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children)
        chairs = ctx.prep_objects(tok, {"by"}, {"Person", "Country"}) if passive \
            else ctx.subjects(tok, {"Person", "Country"})
        # "by the Comorian president, X": the person set beside the title, not the state its demonym names
        titles = [o for p in tok.children if p.dep_ in {"agent", "prep"} and p.lower_ == "by" for o in p.children
                  if o.dep_ == "pobj" and o.i not in ctx.at] if passive else \
            [c for c in tok.children if c.dep_ == "nsubj" and c.i not in ctx.at]
        for t in titles:
            chairs = [m for m in chairs if ctx.head_token(m).head.i != t.i or ctx.label(m) == "Person"]
            chairs += [ctx.at[a.i] for a in t.children if a.dep_ == "appos" and a.i in ctx.at
                       and ctx.label(ctx.at[a.i]) == "Person"]
        if tok.dep_ == "relcl" and tok.head.i in ctx.at and any(c.lower_ == "who" for c in tok.children):
            chairs.append(ctx.at[tok.head.i])  # "X, who chaired the summit"
        for m in chairs:
            if ctx.label(m) in {"Person", "Country"}:
                yield rel(ctx, events[0], "HOSTED_BY", m, 0.6, "hosted-by-chairing")


def _presides_alone(ctx: SentenceContext, facts: DocFacts, verb) -> bool:
    """ "Admiral X presided.", "X presided, with the crew among the guests": a presiding verb with no object and no
    "over", in a sentence that names no event, said of the article's ceremony or parade (``alone_presided_kinds``); not "chaired" alone (a board's,
    a party's chair)."""
    return verb.lemma_.lower() in _cues()["alone_presiding_verbs"] \
        and _kind(facts, facts.main_event) in set(_cues()["alone_presided_kinds"]) \
        and not any(c.dep_ in {"dobj", "nsubjpass", "agent"} or c.dep_ == "prep" and c.lower_ == "over"
                    for c in verb.children) \
        and not ctx.of({"Event"})


def _bloc_summit(ctx: SentenceContext, facts: DocFacts, tok) -> str | None:
    """The article's summit a generic noun stands for (:func:`_event_of_noun`), also one written with the bloc
    it is of: "the 46th summit of the Gulf Cooperation Council was chaired by X" (not "the next summit of
    the bloc", nor a sitting of a parliament or a council, a body rather than a bloc)."""
    if tok.i in ctx.at:
        return None
    found = _event_of_noun(ctx, facts, tok)
    if found is not None and found == facts.main_event and _kind(facts, found) == "summit" \
            and _own_edition(ctx, facts, tok):
        return None  # "who had presided over last year's meeting in Jeddah"
    if found is not None or _kind(facts, facts.main_event) != "summit" \
            or not any(_noun_kinds().get(w) == "summit" for w in _word(tok)) \
            or any(c.lower_ in _cues()["other_edition"] for c in tok.children):
        return found
    blocs = prep_objects(tok, "of")
    if blocs and all(o.i in ctx.at and ctx.label(ctx.at[o.i]) in {"Alliance", "Organization"} for o in blocs) \
            and not _own_edition(ctx, facts, tok):
        return facts.main_event
    return None


def _ordinals(tokens) -> set[str]:
    """The ordinals among the tokens ("44th", "fifth")."""
    return {t.lower_ for t in tokens if t.ent_type_ == "ORDINAL" and t.lower_ not in {"first", "last"}
            or t.like_num and t.lower_[-2:] in {"st", "nd", "rd", "th"}}


def _own_edition(ctx: SentenceContext, facts: DocFacts, tok) -> bool:
    """Whether a summit noun is written as an edition of its own, not the article's: an ordinal other than the
    one the article's summit is written with ("the 44th summit of the GCC", in an article on the 46th), a place
    the article's summit is not at ("..., held in Doha", "a summit of the GCC in Riyadh") or a time gone by
    ("last month": ``places.bygone_words``, on the noun's phrase or on the verb it hangs on)."""
    main = facts.entities.get(facts.main_event)
    if main is None:
        return True
    phrase = list(tok.subtree)
    verb = tok.head
    around = [t for c in verb.children if c.i != tok.i and c.dep_ in {"npadvmod", "advmod"} for t in c.subtree]
    if any(t.lower_ in _cues()["bygone_words"] for t in phrase + around):
        return True
    its_own = _ordinals([ctx.doc[i] for m in facts.mentions if m.entity == facts.main_event
                         and not m.start <= tok.i < m.end for i in range(max(0, m.start - 3), m.end)])
    if its_own and _ordinals(phrase) - its_own:
        return True
    where = " ".join([main.name, *(str(v) for v in main.props.values())]).lower()
    if not any(e.label == "Place" and e.name.lower() in where for e in facts.entities.values()):
        return False  # the article's summit has no place of its own to set another against
    return any(ctx.label(ctx.at[t.i]) == "Place" and ctx.entities[ctx.at[t.i].entity].name.lower() not in where
               for t in phrase if t.i in ctx.at and ctx.head_token(ctx.at[t.i]).i == t.i
               and t.dep_ == "pobj" and t.head.lower_ == "in")  # (not a venue "at" a hall of the article's city)


def _shared_subjects(verb) -> list:
    """What a chairing verb with no subject of its own is said of: "the summit was held at X and was
    chaired by Y" (the first verb's subject), "the 20th session of the council, chaired by Y" and "a summit
    of the bloc held by video link and chaired by Y" (the noun the participle hangs on where a name or an "of"
    phrase says whose it is, and the noun before its "of")."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return []
    head = verb
    while head.dep_ == "conj" and head.head.pos_ in {"VERB", "AUX"}:
        head = head.head
    if head is not verb and head.dep_ != "acl":
        return [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if head.dep_ != "acl" or head.tag_ != "VBN":
        return []
    noun = head.head
    out = [noun] if noun.pos_ == "PROPN" or any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children) else []
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        out.append(noun.head.head)
    return out  # (not a bare "a plenary session on Tuesday chaired by the Speaker": a parliament's sitting)


def chair_seat(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "The summit met at W, with President X in the chair": the person "in the chair" of a clause whose
    subject is the article's summit (or of a participle on it: "the summit, held in W with X in the chair")
    hosts it."""
    nouns = set(_cues()["chair_seat_nouns"])
    for tok in ctx.tokens:
        if tok.lower_ not in nouns or tok.dep_ != "pobj" or tok.head.lower_ != "in" or tok.head.dep_ != "prep":
            continue
        holder = tok.head.head
        if holder.dep_ != "pobj" or holder.head.lower_ != "with" or holder.i not in ctx.at:
            continue
        m = ctx.at[holder.i]
        verb = holder.head.head
        if ctx.label(m) != "Person" or verb.pos_ not in {"VERB", "AUX"} or negated(ctx, verb) or _passed_on(ctx, verb):
            continue
        said_of = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not said_of and verb.dep_ == "acl" and verb.tag_ == "VBN":
            said_of = [verb.head]  # "The summit, held in Lima with X in the chair, ended"
        events = list(dict.fromkeys(ctx.at[c.i].entity for c in said_of
                                    if c.i in ctx.at and ctx.label(ctx.at[c.i]) == "Event"))
        if events != [facts.main_event] or _kind(facts, events[0]) != "summit" or _other_year(ctx, facts, events[0]):
            continue
        yield rel(ctx, events[0], "HOSTED_BY", m, 0.6, "hosted-in-the-chair")


def hosted_guests(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "X hosted Y and Z at W for the summit", "X hosted the five leaders": who hosts guests (people,
    states or guest nouns) hosts the gathering they came for: the event after "for"/"at"/"during",
    else the article's summit or visit where the sentence names no other event and no other year."""
    c = _cues()
    verbs, guests = set(c["guest_hosting_verbs"]), set(c["guest_nouns"])
    for tok in ctx.tokens:
        if tok.pos_ != "VERB" or not _word(tok) & verbs or negated(ctx, tok):
            continue  # (the form's stem too: "hosted" read as a title's modifier keeps its own lemma)
        objects = [o for o in tok.children if o.dep_ == "dobj"]
        j = tok.i + 1  # "X hosted President Y, ...": the parser reads the verb as the title's modifier
        while j < ctx.sent.end and j - tok.i <= 3 and j not in ctx.at and ctx.doc[j].dep_ == "compound":
            j += 1  # past the guest's title words
        if not objects and tok.tag_ in {"VBD", "VBZ", "VBP"} and j < ctx.sent.end and j in ctx.at:
            objects = [ctx.doc[j]]
        if not objects or not all(o.i in ctx.at and ctx.label(ctx.at[o.i]) in {"Person", "Country"}
                                  or o.i not in ctx.at and o.lemma_.lower() in guests for o in objects):
            continue
        events = list(dict.fromkeys(m.entity for m in ctx.prep_objects(tok, set(c["guest_event_preps"]), {"Event"})))
        if not events:
            named = {m.entity for m in ctx.of({"Event"})}
            if named - {facts.main_event} or _kind(facts, facts.main_event) not in {"summit", "visit"} \
                    or _other_year(ctx, facts, facts.main_event):
                continue
            events = [facts.main_event]
        hosts = ctx.subjects(tok, {"Person", "Country"})
        if tok.dep_ == "relcl" and tok.head.i in ctx.at and any(x.lower_ == "who" for x in tok.children):
            hosts.append(ctx.at[tok.head.i])  # "X, who hosted Y at Z"
        for e in events:
            for m in hosts:
                if ctx.label(m) in {"Person", "Country"}:
                    yield rel(ctx, e, "HOSTED_BY", m, 0.6, "hosted-guests")


def _other_year(ctx: SentenceContext, facts: DocFacts, event_id: str | None) -> bool:
    """Whether the sentence is set in a year other than the event's ("In 2022, ...")."""
    entity = facts.entities.get(event_id) if event_id else None
    date = str(entity.props.get("date") or "") if entity is not None else ""
    return bool(date) and other_year(ctx.tokens, date[:4], only=True)


def _whose_country(ctx: SentenceContext, tok):
    """The country of the person a "whose country" clause hangs on: the demonym or state named in that
    person's phrase ("the host, Malaysian Prime Minister X, whose country ...")."""
    clause = tok
    while clause.dep_ != "relcl" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    head = clause.head
    inside = {t.i for t in head.subtree} - {t.i for t in clause.subtree}
    found = [ctx.at[i] for i in sorted(inside) if i in ctx.at and ctx.label(ctx.at[i]) == "Country"]
    return found[0] if len({m.entity for m in found}) == 1 else None


def _passed_on(ctx: SentenceContext, verb) -> bool:
    """ "China takes over the presidency and will host the next summit", "the Philippines will take
    the chair": a chair handed on, whose holder hosts a later summit."""
    return verb.lemma_.lower() in _cues()["chair_taking_verbs"] \
        or ctx.cued(_cues()["chair_later_words"], "lower")


def _objects(ctx: SentenceContext, tok, preps: set[str], labels: set[str]) -> list:
    """Mentions of ``labels`` after ``preps`` on ``tok``, also through a generic site noun ("on ranges
    around X") and a conjoined preposition ("around A and near B"); not a place's own description set
    off after it ("between A and B, near C": C is where B is)."""
    sites = _cues()["site_nouns"]
    out: list = []
    stack = [(tok, 0)]
    while stack:
        head, depth = stack.pop()
        found = [p for p in head.children if p.dep_ == "prep" and p.lower_ in preps]
        found += [c for p in found for c in p.children if c.dep_ == "conj" and c.lower_ in preps]
        for p in found:
            before = ctx.doc[p.i - 2:p.i] if p.i >= 2 else []
            if len(before) == 2 and before[1].text == "," and before[0].i in ctx.at and ctx.label(ctx.at[before[0].i]) in labels:
                continue
            for o in (c for c in p.children if c.dep_ == "pobj"):
                named = [m for m in ctx.group(o, labels) if m not in out]
                out += named
                if not named and o.i not in ctx.at and o.lemma_.lower() in sites and depth < 2:
                    stack.append((o, depth + 1))  # "on ranges around X"
    return out


def _exercise_event(ctx: SentenceContext, facts: DocFacts, kind: str = "exercise") -> str | None:
    """The exercise (parade) a sentence is about: its one named exercise, else the article's exercise
    when the sentence names no other event."""
    named = list(dict.fromkeys(e.entity for e in ctx.of({"Event"})))
    drills = [e for e in named if _kind(facts, e) == kind]
    if len(drills) == 1:
        return drills[0]
    if named:
        return None
    return facts.main_event if _kind(facts, facts.main_event) == kind else None


def _exercise_sites(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Units trained around A and B", "live-fire drills are run on ranges near C", "the flying was
    spread between two bases", "with training under way in D": where an exercise's activity happens,
    in the sentence's own clause (not a relative or reported one), is the exercise's venue; places,
    else states where the sentence names no place."""
    if not ctx.lemmas & _verb_forms()[1]:
        return
    cues = _cues()
    event, verbs, nouns, preps = _exercise_event(ctx, facts), cues["exercise_verbs"], cues["exercise_nouns"], \
        cues["exercise_preps"]
    if event is None:  # "servicemen marched through the centre of X": a parade's route
        event, verbs, nouns, preps = _exercise_event(ctx, facts, "parade"), cues["parade_verbs"], set(), \
            cues["parade_preps"]
    if event is None:
        return
    found: list = []
    for tok in ctx.tokens:
        if tok.i in ctx.at or tok.pos_ not in {"VERB", "NOUN"}:
            continue
        words = _word(tok)
        contrast = _contrast_clause(tok)
        verb = tok.pos_ == "VERB" and (words & verbs or nouns and _force_activity(tok)) and (
            tok.dep_ in {"ROOT", "conj", "pcomp"} or contrast
            or tok.dep_ == "acl" and tok.head.dep_ == "ROOT" and tok.head.pos_ == "NOUN")  # "In X, units trained around Y"
        # (not civil doings nor another party's: "business activity", "Beijing's activity in the X Sea")
        noun = tok.pos_ == "NOUN" and words & nouns and exercise_doing(ctx, facts, tok, event)
        if not (verb or noun) or negated(ctx, tok) \
                or tok.dep_ in {"relcl", "advcl", "ccomp", "parataxis", "appos"} and not contrast \
                or any(a.dep_ in _ASIDES for a in list(tok.ancestors)[:2]):
            continue
        spread = preps | cues["spread_preps"] if words & cues["spread_verbs"] else preps  # "spread from A to B"
        # a general verb's states are where a part of the exercise went ("serials took place in A, B and
        # C"), no host: only its places
        labels = PLACES if noun or words & verbs else {"Place"}
        found += [m for m in _objects(ctx, tok, spread, labels) if m not in found]
    places_ = [m for m in found if ctx.label(m) == "Place"]
    for m in places_ or [m for m in found if ctx.head_token(m).dep_ not in {"amod", "compound", "poss"}]:
        yield rel(ctx, event, "HELD_IN", m, 0.6, "held-in-exercise-site")


def _parade_grounds(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Columns crossed X Square", "the guest took his seat on Y Path as India marked Republic Day": in a
    sentence about the article's parade (its one named parade, else the main parade where it names no other
    event), a place named as a parade ground (``parade_grounds``) is the parade's venue; not where the
    sentence speaks of another edition."""
    c = _cues()
    if not ctx.words.isdisjoint(c["parade_other_edition"]):
        return
    grounds = set(c["parade_grounds"])
    found = [m for m in ctx.of({"Place"}) if (words := set(ctx.entities[m.entity].name.lower().split())) & grounds
             and not words & {"on", "in", "at", "near"}]  # not a name run on past its place ("X on Y Path")
    event = _exercise_event(ctx, facts, "parade") if found else None
    for m in found if event is not None else []:
        yield rel(ctx, event, "HELD_IN", m, 0.6, "held-on-parade-ground")


def _contrast_clause(tok) -> bool:
    """A verb of a contrast clause on the sentence's main verb ("..., while naval activity spread across
    X"): a claim of its own, not a reported or a relative one."""
    return tok.pos_ == "VERB" and tok.dep_ == "advcl" and tok.head.dep_ == "ROOT" \
        and any(c.dep_ == "mark" and c.lower_ in _cues()["contrast_marks"] for c in tok.children)


def _force_activity(verb) -> bool:
    """A general verb of doing something somewhere whose subject is a force or an exercise's activity:
    "units will work off X", "the action is concentrated around Y", "personnel are taking part across Z"
    ("take" only with "part" or "place")."""
    c = _cues()
    lemma = verb.lemma_.lower()
    if lemma not in c["activity_verbs"]:
        return False
    if lemma == "take" and not any(x.dep_ in {"dobj", "prt"} and x.lower_ in c["activity_takes"] for x in verb.children):
        return False
    subjects = [x for x in verb.children if x.dep_ in {"nsubj", "nsubjpass"}]
    # "most of the action": the subject's "of" object
    subjects += [o for s in subjects if s.lower_ in {"most", "much", "some", "all", "part", "rest"}
                 for o in prep_objects(s, "of")]
    return any(_word(x) & set(c["activity_subjects"]) for x in subjects)


def _beside(ctx: SentenceContext) -> Iterator[Relation]:
    """ "Began the X exercise off Zhanjiang": an exercise, clash or war placed beside a place by "off" on its
    name or on the verb it is the object or subject of (``places.near_preps``; "near Y" places nothing)."""
    for e in ctx.of({"Event"}):
        head = phrase_head(ctx, e)
        kind = event_kind(ctx.entities[e.entity]) or _noun_kinds().get(head.lower_)  # "the Joint Sea exercise"
        if kind not in {"exercise", "clash", "war"}:
            continue
        anchors = [head, head.head] if head.dep_ in {"dobj", "nsubj", "nsubjpass"} else [head]
        anchors += relative_venues(ctx, head)  # "the exercise it is holding off X"
        for anchor in anchors:
            if negated(ctx, anchor):
                continue
            for m in ctx.prep_objects(anchor, _cues()["near_preps"], {"Place"}):
                yield rel(ctx, e, "HELD_IN", m, 0.6, "held-beside")


def _venue_holds(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "The hotel where it is held", "X, the site that has hosted the show since 2013": a place whose
    relative clause holds or hosts an event (named, or a generic noun or "it" for the article's)."""
    verbs = _cues()["venue_verbs"]
    for m in ctx.of({"Place"}):
        tok = ctx.head_token(m)
        holders = [tok, *(c for c in tok.children if c.dep_ == "appos" and c.i not in ctx.at)]
        for clause in (c for h in holders for c in h.children if c.dep_ == "relcl"):
            if not _word(clause) & verbs or negated(ctx, clause):
                continue
            if "take" in _word(clause) and not any(c.dep_ == "dobj" and c.lower_ == "place" for c in clause.children):
                continue
            where = any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children)
            subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            hosting = subject is not None and subject.lower_ in {"that", "which"} and "host" in _word(clause)
            if where and subject is not None:
                event = _event_in(ctx, facts, subject)
            elif hosting:
                event = next((_event_in(ctx, facts, c) for c in clause.children if c.dep_ == "dobj"), None)
            else:
                continue
            if event is not None:
                yield rel(ctx, event, "HELD_IN", m, 0.6, "held-at-venue")


def _event_in(ctx: SentenceContext, facts: DocFacts, tok) -> str | None:
    """The event ``tok`` names: an event mention, a generic event noun, or "it" for the article's
    gathering (not a war)."""
    m = ctx.at.get(tok.i)
    if m is not None:
        return m.entity if ctx.label(m) == "Event" else None
    if tok.lower_ == "it":
        return facts.main_event if _kind(facts, facts.main_event) not in {"war", "clash", None} else None
    return _event_of_noun(ctx, facts, tok)


def _described_event(ctx: SentenceContext) -> Iterator[Relation]:
    """ "Eurosatory, the land-warfare exhibition held every two years at Villepinte": a place after
    "in"/"at" on a hosting participle of the event's apposition."""
    verbs = _cues()["venue_verbs"] | {"organise", "organize"}
    for e in ctx.of({"Event"}):
        for ap in (c for c in ctx.head_token(e).children if c.dep_ == "appos" and c.i not in ctx.at):
            if ap.lemma_.lower() not in _noun_kinds():
                continue
            for acl in (c for c in ap.children if c.dep_ == "acl" and c.tag_ != "VBG" and _word(c) & verbs):
                for m in ctx.prep_objects(acl, {"in", "at", "on"}, {"Place"}):
                    yield rel(ctx, e, "HELD_IN", m, 0.65, "held-in-description")


def _loose_apposition(ctx: SentenceContext, m) -> list:
    """ "the handover at the Kirya, the military headquarters in Tel Aviv": a noun phrase right after
    a place and a comma that the parser hangs, as an apposition, on the phrase the place ends."""
    if m.end + 1 >= ctx.sent.end or ctx.doc[m.end].text != ",":
        return []
    head = ctx.head_token(m)
    return [t for t in ctx.doc[m.end + 1:min(ctx.sent.end, m.end + 6)]
            if t.dep_ == "appos" and t.i not in ctx.at and t.left_edge.i == m.end + 1 and t.head.i != head.i
            and t.head.i < m.start and head.head.head.i == t.head.i]


def _installation_in(ctx: SentenceContext) -> Iterator[Relation]:
    """ "INS X, the naval air station in Goa", "Camp Y, the presidential retreat in Maryland": an
    installation described in apposition as lying in a place."""
    nouns = _cues()["facility_nouns"]
    for m in ctx.of({"Place"}):
        for ap in [*(c for c in ctx.head_token(m).children if c.dep_ == "appos" and c.i not in ctx.at),
                   *_loose_apposition(ctx, m)]:
            if ap.lemma_.lower() not in nouns:
                continue
            for c in ctx.prep_objects(ap, {"in", "inside", "within"}, PLACES):
                if c.entity != m.entity and ctx.head_token(c).dep_ not in {"amod", "compound", "poss"}:
                    yield rel(ctx, m, "LOCATED_IN", c, 0.6, "located-in-installation")
        # "RAAF Base X, near Katherine", "the Caselle airfield outside Turin": an installation by its town
        name = set(ctx.entities[m.entity].name.lower().replace("-", " ").split())
        if not name & nouns:
            continue
        for c in ctx.prep_objects(ctx.head_token(m), _cues()["beside_preps"], {"Place"}):
            if c.entity != m.entity and not name & {w.lower() for w in ctx.entities[c.entity].name.split()} & nouns:
                yield rel(ctx, m, "LOCATED_IN", c, 0.6, "located-near-installation")
