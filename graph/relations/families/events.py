"""Events and places: where and by whom an event was held, who took part, what was shown, where platforms went."""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from spacy.tokens import Token

from ...entities.ceremony_acts import act_lemma, is_ceremony_act
from ...entities.signings import signing_parties
from ...entities.strikes import unreal
from ...mentions.layout import doc_text, heading_line, in_headline, outside_text
from ...mentions.lexicon import lexicon
from ...ontology import ACTORS
from ..context import SentenceContext
from ..coordination import conjuncts, list_head
from ..editions import event_year
from ..lexicon import cues
from ..negation import negated
from ..prepositions import prep_objects
from ..relation import Relation
from ..tense import put_ahead
from ..time import published_of, sentence_when
from .common import PLACES, DocFacts, other_year, rel
from .displayers import displayers, drill_users
from .drill_scene import elsewhere, exercise_sites
from .listed_lines import item_spans
from .participant_lists import (
    BODIES,
    EARLIER,
    as_did,
    beside_people,
    came_from,
    colon_items,
    seated,
    told_audience,
)
from .phrases import armed_service


def _forms(tok) -> set[str]:
    """The word's lemma and plain de-inflections of it (the tagger's lemma of "staged" is "stag")."""
    low = tok.lower_
    out = {tok.lemma_.lower(), low}
    for suffix, add in (("ed", ""), ("d", ""), ("s", ""), ("ing", ""), ("ing", "e"), ("ied", "y")):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            out.add(low[:-len(suffix)] + add)
    return out


def _is(tok, words) -> bool:
    return not _forms(tok).isdisjoint(words)


def _places_under(ctx: SentenceContext, verb) -> list:
    """Places after "in"/"at" anywhere in the verb's own phrase, also where the parser hung the
    preposition on its agent or object ("hosted by the crown prince in the Saudi capital"), not
    inside a clause of its own."""
    out = []
    stack = [verb]
    while stack:
        tok = stack.pop()
        for c in tok.children:
            if c.dep_ == "advcl" and c.tag_ == "VBG" and tok.i == verb.i:  # "staged its parade, rolling ... across X"
                stack.append(c)
                continue
            if c.dep_ in {"relcl", "acl", "advcl", "ccomp", "conj", "xcomp", "parataxis"}:
                continue
            if c.dep_ == "prep" and c.lower_ in _OTHER_TIME_PREPS:
                continue  # "has hosted the gathering since the inaugural meeting in X": that meeting's place
            if c.dep_ == "prep" and c.lower_ in _VENUE_PREPS:
                out += [m for o in c.children if o.dep_ == "pobj" for m in ctx.group(o, {"Place"}) if m not in out]
            if c.dep_ in {"agent", "prep", "pobj", "dobj", "nsubjpass"}:
                stack.append(c)
    return out


# verbs that set an event before or after another ("began on Monday and will be followed by talks in X")
_SEQUENCE = frozenset({"follow", "precede", "succeed", "replace"})
_SUBJ = frozenset({"nsubj", "nsubjpass", "expl"})
# prepositions that set an event's phrase against another time or event ("since the first meeting in X")
_OTHER_TIME_PREPS = {"since", "before", "after", "unlike", "than"}
_LATTER = frozenset({"latter", "former"})
_IT_THIS = frozenset({"it", "this"})
_AMONG = frozenset({"among", "including"})
_INVITE = frozenset({"invitation", "invite"})
_BE = frozenset({"be"})
# verbs whose subject hosts the event they govern ("India staged its parade"; not "Putin opened a visit")
_HOSTING = {"host", "hold", "stage", "organize", "organise", "convene"}
# prepositions that put what an event does in its venue ("in Minsk", "on Red Square", "across Red Square")
_VENUE_PREPS = {"in", "at", "on", "across", "through", "along", "over", "off"}  # "held off X": a sea event's venue
# words that name a platform as a yardstick or a design's original, not as the thing on show
_COMPARED = {"resemble", "unlike", "like", "than", "rival", "match", "mirror", "copy", "imitate", "compare",
             "counter", "outclass", "similar", "answer"}
_ORIGINAL_CUES = ("licence-built", "license-built", "licensed", "version of", "variant of", "copy of", "derived from",
                  "based on", "derivative of", "modelled on", "modeled on")
# kinds of event that happen where the reporter files from (a war or an exercise has a theatre, not a venue)
_GATHERINGS = {"summit", "parade", "fair", "ceremony", "visit"}


@functools.lru_cache(maxsize=1)
def _event_nouns() -> frozenset[str]:
    """The one-word generic event nouns ("exercise", "summit", "talks")."""
    nouns = {n for ns in lexicon()["event_kinds"].values() for n in ns if " " not in n}
    return frozenset(nouns | set(cues()["places"]["talk_nouns"]))


def phrase_head(ctx: SentenceContext, e) -> object:
    """The head of the noun phrase an event's name modifies ("the Joint Sea-2024 exercise off X",
    "the annual AUSMIN consultations in Y": the event noun), else the name's own head; a place or a
    time on that noun is the event's."""
    head = ctx.head_token(e)
    noun = head.head
    if head.dep_ in {"compound", "amod", "nmod"} and noun.i not in ctx.at and noun.pos_ == "NOUN" \
            and noun.lower_ in _event_nouns():
        return noun
    return head


def _carrier(ctx: SentenceContext, head):
    """The generic noun an event's name is given through, where a verb holds that noun: "held the fifth
    round of E" ("round"), "held two large drills, E1 and E2" ("drills"); else ``None``."""
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        noun = head.head.head
        if noun.pos_ == "NOUN" and noun.i not in ctx.at and noun.lemma_.lower() in cues()["event_place"]["edition_nouns"]:
            return noun
    if head.dep_ == "appos":
        noun = head.head
        if noun.pos_ == "NOUN" and noun.i not in ctx.at and noun.lower_ in _event_nouns():
            return noun
    return None


def _described_by(ctx: SentenceContext, head):
    """The generic event or edition noun an event's name stands in apposition to ("the previous edition,
    E in X", "the annual drill, E, off Y"), where that noun names no entity of its own; else ``None``."""
    noun = head.head
    if head.dep_ != "appos" or noun.pos_ != "NOUN" or noun.i in ctx.at:
        return None
    nouns = _event_nouns() | set(cues()["event_place"]["edition_nouns"])
    return noun if noun.lower_ in nouns or noun.lemma_.lower() in nouns else None


def _holders(ctx: SentenceContext, head) -> tuple[list, list]:
    """What holds an event in its sentence: its own noun (with the edition noun it stands beside), the verb it is
    subject or object of (and that verb's subjectless conjuncts), and the clauses of holding on its noun ("the Air
    Show, held June 16-22 in X", "the parade, which began late at Y"), as (own, hosting). An "off X" on one of them
    is the event's venue (:func:`off_held`)."""
    own = [head]
    described = _described_by(ctx, head)
    if described is not None:  # "the previous edition, E in X": the noun the name stands beside holds the place
        own.append(described)
    if head.dep_ in {"dobj", "nsubjpass", "nsubj"} and not _speaks_of(head.head):
        own.append(head.head)  # not "announced the exercise in Brussels"
    if head.dep_ in {"nsubj", "nsubjpass"}:  # "It opened on Monday and runs until April 28 in Termez"
        own += [c for c in head.head.children if c.dep_ == "conj" and c.pos_ == "VERB" and not _speaks_of(c)
                and not _is(c, _SEQUENCE) and not any(d.dep_ in {"nsubj", "nsubjpass", "expl"} for d in c.children)]
    hosting = [c for c in head.children if c.dep_ == "acl" and _is(c, cues()["event_place"]["verbs"])]
    hosting += relative_venues(ctx, head)  # "the parade, which began late on Friday in the rain at X"
    return own, hosting


def _purposes(ctx: SentenceContext, head) -> list:
    """The verb of an act done for an event or a phase of it ("warships put to sea off X for the first phase of
    E", "sailed for the exercise"): it holds the event, unlike one the event only dates ("crashed during E")."""
    tok = head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN" \
            and tok.head.head.lemma_.lower() in cues()["participation"]["event_phase_nouns"]:
        tok = tok.head.head  # "the first phase of E"
    verb = tok.head.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and verb.pos_ == "VERB" and not negated(ctx, verb):
        return [verb]
    return []


def off_held(ctx: SentenceContext, prep, heads: list) -> bool:
    """Whether the place after an "off" (``prep``) is where an event whose heads in the sentence are ``heads`` is
    held: "off" hangs on what holds the event (:func:`_holders`: "the drill was held off X", "the exercise off Y") or
    on an act done for it (:func:`_purposes`: "warships put to sea off Z for the first phase of E"),
    not on what a clause the event only dates did off a coast ("a helicopter crashed off X during the exercise",
    "the drill ended a week after a ship ran aground off Y", "as a ship was spotted off Z"). Where the sentence
    names the event nowhere ("Warships put to sea off X" in its article's lead) nothing holds it elsewhere."""
    if prep.lower_ != "off" or not heads:
        return True
    return any(prep.head in own + hosting + _purposes(ctx, h) for h in heads for own, hosting in [_holders(ctx, h)])


def relative_venues(ctx: SentenceContext, head) -> list:
    """Verbs of relative clauses on an event's head that say where it happens ("the parade, which began
    late on Friday at X", "the exercise it is holding off Y"), not negated ones."""
    verbs = cues()["event_place"]["relative_venue"]
    if head.lower_ not in _event_nouns() and head.i not in ctx.at:
        return []
    return [c for c in head.children if c.dep_ == "relcl" and _is(c, verbs) and not negated(ctx, c)
            and (not _is(c, {"take"}) or any(o.dep_ == "dobj" and o.lower_ == "place" for o in c.children))]


def _dateline_place(doc) -> str | None:
    """The place a dateline names ("THE HAGUE, June 25 (Wire) -" -> "the hague"), casefolded."""
    span = (doc.user_data.get("layout") or {}).get("dateline")
    if not span:
        return None
    head = re.split(r"[,(/\u2013\u2014]|\s-", doc_text(doc)[span[0]:span[1]], maxsplit=1)[0].strip()
    return head.casefold() if head and not any(c.isdigit() for c in head) else None


def event_time(ctx: SentenceContext, facts: DocFacts, r: Relation, event) -> Relation:
    """A fact about an event whose sentence gives no date of its own holds at the event's date
    ("Putin watched from the stand" -> the parade's day)."""
    entity = facts.entities.get(event if isinstance(event, str) else event.entity)
    date = entity.props.get("date") if entity is not None else None
    if date and not sentence_when(ctx.sent, published_of(ctx.doc)):
        r.evidence = {**r.evidence, "when": date}
    return r


def _whole_event_time(facts: DocFacts, r: Relation, event) -> Relation:
    """A taking part said by closing the event ("wrapped up the drills on Saturday") holds over the event's
    dates where they are known, not only on the closing day the sentence names."""
    entity = facts.entities.get(event if isinstance(event, str) else event.entity)
    date = entity.props.get("date") if entity is not None else None
    if date:
        r.evidence = {**r.evidence, "when": date}
    return r


def events(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """Where and by whom an event was held, what it commemorates; dated by the event when the
    sentence gives no date."""
    for r in _within(ctx, _events(ctx, facts)):
        yield event_time(ctx, facts, r, r.target if r.type == "PARTICIPATED_IN" else r.source)
    for r in _dateline_venue(ctx, facts):
        yield event_time(ctx, facts, r, r.source)
    for r in _headline_venue(ctx, facts):
        yield event_time(ctx, facts, r, r.source)
    for r in _here_venue(ctx, facts):
        yield event_time(ctx, facts, r, r.source)
    for r in _pronoun_event(ctx, facts, cues()["event_place"]["verbs"]):
        yield event_time(ctx, facts, r, r.source)
    for r in _named_host(ctx, facts):
        yield event_time(ctx, facts, r, r.source if r.type == "HOSTED_BY" else r.target)
    for r in _within(ctx, _lead_venue(ctx, facts)):
        yield event_time(ctx, facts, r, r.source)
    for r in _within(ctx, _act_venue(ctx, facts)):
        yield event_time(ctx, facts, r, r.source)
    for r in _signing_parties(ctx, facts):
        yield event_time(ctx, facts, r, r.target if r.type == "PARTICIPATED_IN" else r.source)
    for r in _within(ctx, _drill_venue(ctx, facts)):
        yield event_time(ctx, facts, r, r.source)
    for r in _within(ctx, _phase_venue(ctx, facts)):
        yield event_time(ctx, facts, r, r.source)
    for r in _spread_list(ctx, facts):
        yield event_time(ctx, facts, r, r.source)
    for r in _organisers(ctx, facts):
        yield event_time(ctx, facts, r, r.source)
    for r in _inviters(ctx, facts):
        yield event_time(ctx, facts, r, r.source if r.type == "HOSTED_BY" else r.target)


_HOSTS = {"Country", "GovernmentBody", "Organization", "Alliance", "Person"}


def _sent_from(ctx: SentenceContext, noun) -> list:
    """The actors a body noun comes "from": "personnel from A, B and C", "troops from A and B", "forces from
    all the allies and from B" (what an event involves or draws)."""
    if noun.i in ctx.at or noun.lemma_.lower() not in BODIES:
        return []
    froms = [p for p in noun.children if p.dep_ == "prep" and p.lower_ == "from"]
    froms += [c for p in froms for c in conjuncts(p) if c.lower_ == "from"]
    return [m for p in froms for o in p.children if o.dep_ == "pobj" for m in ctx.with_list(o, ACTORS)]


def _drill_venue(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """In an article about one exercise, the places where a clause says forces drill ("troops would
    exercise at the X range and in the Y region", "marines trained off Z") are the exercise's venues;
    not in a sentence naming another event, nor under a negation or a verb of reporting past drills."""
    main = facts.entities.get(facts.main_event) if facts.main_event else None
    if main is None or main.props.get("kind") != "exercise":
        return
    if any(ctx.label(m) == "Event" and m.entity != facts.main_event for m in ctx.mentions):
        return
    verbs = set(cues()["event_place"]["drilling"])
    for tok in ctx.verbal(verbs):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs or negated(ctx, tok) \
                or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
            continue
        anchors, seen = [tok], set()
        while anchors:  # "on Belarusian soil, chiefly at X and in Y": prepositions on prepositions' objects
            anchor = anchors.pop()
            places = ctx.prep_objects(anchor, {"in", "at", "off", "near", "around"}, {"Place"}) \
                if anchor.pos_ != "ADP" else [m for o in anchor.children if o.dep_ == "pobj" for m in ctx.group(o, {"Place"})]
            for place in places:
                if place.entity not in seen:
                    seen.add(place.entity)
                    yield rel(ctx, facts.main_event, "HELD_IN", place, 0.55, "held-where-drilled")
            for p in (c for c in anchor.children if c.dep_ == "prep" and c.lower_ in {"on", "in", "at"}):
                anchors += [c for c in p.children if c.dep_ == "pobj" and c.i - tok.i < 30]
                anchors += [c for c in p.children if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ in
                            {"in", "at", "off", "near", "around"}]  # "at X and in Y"


_PHASE_KINDS = {"exercise", "fair", "summit", "parade"}
# verbs an event opens or closes with a part of it ("began with a harbour phase at X", "ended with a sea phase off Y")
_OPEN_CLOSE = {"begin", "open", "start", "kick", "end", "close", "conclude", "finish", "culminate", "wrap"}


def _phase_venue(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """Where a part of an event runs is a venue of it: "the second phase at X", "watched the live-fire
    stage at the Y range", "the phase of E in Z" -- E's, else (no other event named) the article's
    exercise, show, summit or parade's. Not a part of an earlier edition ("last year's phase")."""
    events = [m for m in ctx.mentions if ctx.label(m) == "Event"]
    main = facts.entities.get(facts.main_event) if facts.main_event else None
    phases = cues()["participation"]["event_phase_nouns"]
    for tok, (lemma, _) in ctx.cued_forms(phases):
        # "began with a harbour phase at X": an event's opening or closing part, though written with "a"
        part = tok.dep_ == "pobj" and tok.head.lower_ == "with" and _is(tok.head.head, _OPEN_CLOSE)
        if lemma not in phases or tok.pos_ != "NOUN" or tok.i in ctx.at or negated(ctx, tok.head) \
                or any(d.lower_ in EARLIER | {"another"} or d.lower_ in {"a", "an"} and not part
                       or d.dep_ == "poss" and d.i not in ctx.at for d in tok.children):
            continue
        named = [ctx.at[o.i] for o in prep_objects(tok, "of") if o.i in ctx.at and ctx.label(ctx.at[o.i]) == "Event"]
        if named:
            event = named[0]
        elif main is not None and main.props.get("kind") in _PHASE_KINDS \
                and all(m.entity == facts.main_event for m in events):
            event = facts.main_event
        else:
            continue
        anchors = [tok] + ([tok.head] if tok.dep_ in {"dobj", "nsubj", "nsubjpass"} and tok.head.pos_ == "VERB"
                           and not _speaks_of(tok.head) else [])
        for anchor in anchors:
            for place in ctx.prep_objects(anchor, {"in", "at", "off"}, {"Place"}):
                yield rel(ctx, event, "HELD_IN", place, 0.55, "held-where-phase")


def _speaks_of(verb) -> bool:
    """A verb that speaks of an event rather than holds it ("announced", "discussed"): its place is no venue."""
    return verb.pos_ == "VERB" and _is(verb, cues()["event_place"]["speaking_of"])


def _within(ctx: SentenceContext, found: Iterator[Relation]) -> Iterator[Relation]:
    """Each relation found and, for an event held at a place written with the town it lies in or by
    ("at X Air Base in Y", "at the Z Centre in Y", "at the W airfield outside Y"), the event held in
    that town too."""
    for r in found:
        yield r
        if r.type != "HELD_IN":
            continue
        venue = ctx.entities[r.target].name.lower().split() if r.target in ctx.entities else []
        # "near"/"outside" a town only for an installation ("the X airfield outside Y"), not a town near a city
        preps = {"in"} | (cues()["places"]["beside_preps"] if set(venue) & cues()["places"]["facility_nouns"] else set())
        for m in (x for x in ctx.mentions if x.entity == r.target and ctx.label(x) == "Place"):
            site_end = _site_noun_end(ctx, m)  # "at the Makuhari Messe convention centre in Chiba": the centre's town
            anchors = [(ctx.head_token(m), preps)] + ([(ctx.doc[site_end - 1], {"in"})] if site_end is not None else [])
            for town in (t for a, ps in anchors for t in ctx.prep_objects(a, ps, {"Place"})):
                if town.entity != r.target and not _region(ctx.entities[town.entity]):
                    yield rel(ctx, r.source, "HELD_IN", town, r.confidence, f"{r.rule}-within")
        town = _town_of_venue(ctx, r.target)
        if town is not None:
            yield rel(ctx, r.source, "HELD_IN", town, r.confidence, f"{r.rule}-town")


def _spread_list(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "The drill was spread across three bases: A, B and C", "The land phases are spread over five ranges: A, B
    and C", "The 2025 edition is split between four hosts: A, B, C and D": an event (or a phase of the article's
    exercise, or an edition of the article's event) spread over a counted noun of places
    (``event_place.list_site_nouns``) that a colon then lists is
    held in each place listed (not in a town or region written after "at"/"in" inside an item); listed "hosts"
    (``event_place.list_host_nouns``) also host it."""
    lex = cues()["event_place"]
    if ":" not in ctx.words or ctx.words.isdisjoint(lex["spreading_verbs"]):
        return
    colon = next((t for t in ctx.tokens if t.text == ":"), None)
    main = facts.entities.get(facts.main_event) if facts.main_event else None
    for verb in ctx.verbal(lex["spreading_verbs"]):
        if verb.pos_ != "VERB" or not _is(verb, lex["spreading_verbs"]) or negated(ctx, verb) \
                or colon is None or colon.i < verb.i:
            continue
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subjects and verb.dep_ == "conj":  # "The drill opened on April 10 and was spread across ..."
            subjects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        event = next((ctx.at[s.i].entity for s in subjects if s.i in ctx.at and ctx.label(ctx.at[s.i]) == "Event"), None)
        alone = main is not None and all(m.entity == main.id for m in ctx.mentions if ctx.label(m) == "Event")
        if event is None and alone and any(s.i not in ctx.at and (s.lemma_.lower() in lex["edition_nouns"] or (
                s.lemma_.lower() in cues()["participation"]["event_phase_nouns"] and main.props.get("kind") == "exercise"))
                for s in subjects):
            event = main.id  # "the 2025 edition is split ...", "the land phases are spread over ...": the article's event
        if event is None:
            continue
        listed = lex["list_site_nouns"] | lex["list_host_nouns"]
        nouns = [t for t in ctx.doc[verb.i + 1:colon.i] if t.pos_ == "NOUN" and t.i not in ctx.at
                 and (t.lemma_.lower() in listed or t.lower_.endswith("s") and t.lower_[:-1] in listed)]  # ("bases")
        if not nouns or any(t.pos_ in {"VERB", "AUX"} for t in ctx.doc[verb.i + 1:colon.i]):
            continue
        hosts = any(t.lemma_.lower() in lex["list_host_nouns"] for t in nouns)
        for m in ctx.of({"Place", "Country"}):
            head = ctx.head_token(m)
            if m.start <= colon.i or head.dep_ == "pobj" and head.head.lower_ in {"at", "in", "near", "of"}:
                continue  # ("Air Force Station X at Y", "Agra in Uttar Pradesh": the item's own town or region)
            yield rel(ctx, event, "HELD_IN", m, 0.6, "held-across-list")
            if hosts and ctx.label(m) == "Country":
                yield rel(ctx, event, "HOSTED_BY", m, 0.6, "hosted-across-list")


def _region(place) -> bool:
    """Whether a place is a region, not a town (the catalogue's kind, or a region noun closing its name): an
    event at "X Air Base in California" or "in the Y district" is held in the base, not the region it lies in
    (pooled dev halves: 0 true / 5 false events so placed; the towns, 4 true)."""
    last = place.name.lower().split()[-1] if place.name else ""
    return place.props.get("kind") == "region" or last in cues()["event_place"]["region_nouns"]



def _town_of_venue(ctx: SentenceContext, venue_id: str) -> str | None:
    """The document's place whose name begins a venue's named after it ("Kuala Lumpur" of "the Kuala
    Lumpur Convention Centre"; the rest ends in a ``facility_nouns`` word), else ``None``."""
    venue = ctx.entities.get(venue_id)
    if venue is None or venue.label != "Place":
        return None
    words = venue.name.split()
    if len(words) < 2 or words[-1].lower() not in cues()["event_place"]["facility_nouns"]:
        return None
    towns = [e for e in ctx.entities.values() if e.label == "Place" and e.id != venue_id
             and len(e.name.split()) < len(words) and words[:len(e.name.split())] == e.name.split()]
    return max(towns, key=lambda e: len(e.name)).id if towns else None


def event_kind(entity) -> str | None:
    """An event's kind: the resolver's, else the kind of an event noun in its name ("Exercise X" is
    an exercise, "the Black Sea Forum" a summit)."""
    if entity.props.get("kind"):
        return entity.props["kind"]
    words = set(entity.name.lower().replace(",", " ").split())
    return next((k for k, nouns in lexicon()["event_kinds"].items() if words & set(nouns)), None)


def _organisers(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """Who organised an event, said by a passive ("was organised by X"), a participle ("a forum
    organised since 2002 by X with Y") or a passive relative clause ("the drills, which were run by
    X"; an active one is ``_hosted_in_relative``'s)."""
    lex = cues()["event_place"]
    for e in ctx.of({"Event"}):
        kind = event_kind(ctx.entities[e.entity])
        if kind in {"war", "clash"}:
            continue
        verbs = lex["organising"] | lex["running"] if kind in _LEAD_KINDS else lex["organising"]
        head = ctx.head_token(e)
        if head.dep_ == "nsubjpass" and _is(head.head, verbs) and not negated(ctx, head.head):
            for m in ctx.prep_objects(head.head, {"by", "with"}, _organiser_labels(head.head)):
                yield rel(ctx, e, "HOSTED_BY", m, 0.65, "organised-by")
        for c in head.children:
            if c.dep_ == "acl" and c.tag_ == "VBN" and _is(c, verbs) and not negated(ctx, c):
                for m in ctx.prep_objects(c, {"by", "with"}, _organiser_labels(c)):
                    yield rel(ctx, e, "HOSTED_BY", m, 0.65, "organised-by")
            if c.dep_ == "relcl" and any(o.dep_ == "nsubj" and o.lower_ in {"which", "that"} for o in c.children):
                # "the show, which runs until Sunday and is organised by X": a passive conjoined with the clause
                for v in c.children:
                    if v.dep_ == "conj" and _is(v, verbs) and not negated(ctx, v) and any(
                            o.dep_ == "auxpass" for o in v.children) and not any(o.dep_ in _SUBJ for o in v.children):
                        for m in ctx.prep_objects(v, {"by"}, _organiser_labels(v)):
                            yield rel(ctx, e, "HOSTED_BY", m, 0.65, "organised-by")
            if c.dep_ != "relcl" or not _is(c, verbs) or negated(ctx, c):
                continue
            if any(o.dep_ == "nsubjpass" and o.lower_ in {"which", "that"} for o in c.children):
                for m in ctx.prep_objects(c, {"by", "with"}, _organiser_labels(c)):  # "which were run by the army"
                    yield rel(ctx, e, "HOSTED_BY", m, 0.65, "organised-by")


def _organiser_labels(verb) -> set[str]:
    """Who a passive verb of organising makes a host: anyone for "organised by", "run by"; for a verb that names
    the one in charge (``event_place.officiating``: "the ceremony was led by the minister", "the drill was led by
    the army's task force") only a state, bloc or organisation ("led by Brazil and Argentina")."""
    if _is(verb, cues()["event_place"]["officiating"]):
        return {"Country", "Alliance", "Organization"}
    return _HOSTS


# kinds of event an article's lead places where it happens ("Leaders sat down in X on Thursday")
_LEAD_KINDS = {"summit", "parade", "fair", "ceremony", "visit", "exercise"}
# kinds whose lead tells where the news happened rather than the event's venue: a visit is mostly built
# from a call or a signing ("opened a plant in Y", "signed at the palace in Z"), and its lead's places
# are where the plants and leaders are
_NOT_LEAD_VENUE_KINDS = {"visit"}
# prepositions of a venue in a lead ("at the air base in X", "put to sea off X", "across A, B and C")
_LEAD_PREPS = {"in", "at", "off", "across"}
# an incident's (a strike, clash, seizure, sinking, shoot-down: kind "clash") lead tells where it struck: a Place
# after these ("hit the headquarters in X", "seized the tanker in the Gulf of Y", "shot down the jet over Z")
_INCIDENT_KINDS = {"clash"}
_INCIDENT_PREPS = {"in", "at", "off", "over"}
# links that leave the lead's own story: a noun's clause or modifier, reported speech, an aside
_LEAD_ASIDES = {"relcl", "acl", "ccomp", "appos", "amod", "compound", "parataxis", "npadvmod", "poss"}


def lead_starts(doc) -> frozenset[int]:
    """Start tokens of the article's first two prose sentences, where a lead says where its event
    happens: not the headline, the byline or a heading line, and with a verb outside the dateline.
    Found once per document (every sentence asks). Not ``relations.time.lead_sentences`` (the lead
    whose dates date the news), which keeps heading lines and drops a sentence opening in the
    dateline: the two differ on structured notices, and the venue rule was measured with this one."""
    key = "geopol.lead_venue"
    cached = doc.user_data.get(key)
    if cached is None or cached[0] != len(doc):  # (user data copied from another document)
        text, out = doc_text(doc), []
        for sent in doc.sents:
            if in_headline(doc, sent.start_char) or heading_line(text, sent.start_char):
                continue
            if any(t.pos_ in {"VERB", "AUX"} and not outside_text(doc, t.idx, t.idx + 1) for t in sent):
                out.append(sent.start)
                if len(out) == 2:
                    break
        cached = doc.user_data[key] = (len(doc), frozenset(out))
    return cached[1]


def _verb_above(tok: Token) -> Token:
    """The nearest verb ``tok`` hangs under (``tok`` itself at the root)."""
    while tok.pos_ != "VERB" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _lead_venue(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """An article about a gathering says in its lead where it happens: a place after "in", "at",
    "off" or "across" in the lead's own clauses ("The leaders sat down in Los Angeles on Thursday",
    "signed the treaty at Parliament House in Canberra", "Warships put to sea off Visakhapatnam")
    is the main event's venue -- not a place inside a noun's clause, a quote or a "-based" name.
    ``extract`` drops it where another rule placed the event elsewhere."""
    main = facts.entities.get(facts.main_event) if facts.main_event else None
    kind = main.props.get("kind") if main is not None else None
    incident = kind in _INCIDENT_KINDS
    if main is None or kind not in _LEAD_KINDS - _NOT_LEAD_VENUE_KINDS and not incident:
        return
    if ctx.sent.start not in lead_starts(ctx.doc) or not about_event(ctx, facts):
        return  # (not the lead's place where the article names its event once in passing)
    found = []
    heads = [phrase_head(ctx, e) for e in ctx.of({"Event"}) if e.entity == facts.main_event]
    for m in ctx.of({"Place"} if incident else {"Place", "Country"}):
        tok = ctx.head_token(m)
        if tok.dep_ not in {"pobj", "conj"}:
            continue
        tok = list_head(tok)  # "across A, B and C"
        if tok.dep_ != "pobj" or tok.head.lower_ not in (_INCIDENT_PREPS if incident else _LEAD_PREPS):
            continue
        t = tok.head
        if _speaks_of(t.head):
            continue  # "NATO announced the drill in Brussels": where it was announced
        if not off_held(ctx, t, heads):
            continue  # "a helicopter crashed off X during the drill": not where the named drill was held
        if t.head.pos_ in {"NOUN", "PROPN"} and t.head.dep_ == "pobj" and any(c.dep_ == "poss" for c in t.head.children):
            continue  # "called for an end to Israel's campaign in Gaza", "about its conduct in the sea": a party's doings
        if main.props.get("kind") == "ceremony" and _is(_verb_above(t), cues()["event_place"]["arriving"]):
            continue  # "the first jets landed at X air base": where they arrived
        while t.dep_ not in _LEAD_ASIDES and t.head.i != t.i:
            t = t.head
        if t.dep_ in _LEAD_ASIDES or negated(ctx, t):
            continue
        found.append(m)
    if incident:
        found = [m for m in found if _incident_site(ctx, m, heads)]
    places = [m for m in found if ctx.label(m) == "Place"]
    for m in places or found:
        yield rel(ctx, facts.main_event, "HELD_IN", m, 0.5, "held-in-lead")


# catalogue kinds of a place an incident's lead names as its background, not its site ("the first deaths from
# enemy action in the Middle East", "every state capital in the Darfur region")
_BACKGROUND_KINDS = {"region", "supra_region"}


def _incident_site(ctx: SentenceContext, m, heads: list[Token] = ()) -> bool:
    """Whether a Place after an incident preposition of the lead (``_INCIDENT_PREPS``) may be where the incident
    struck: not a region (``_BACKGROUND_KINDS``), not the dateline's city (where the report was filed, often far
    from the strike: "RIYADH, Sept. 18 - ... showed the wreckage in Riyadh"), not where someone merely is
    ("Assad is in Moscow"), and not the scene of a named person's own act ("told parliament in X", "hosted his
    counterpart in Y", "took command in Z"): forces, weapons and ships strike, people speak and meet. Nor
    (:func:`_off_the_strike`) a place in a clause of another verb than the striking one ("..., and officials showed the
    wreckage to reporters in Riyadh"), under a noun of another occasion ("days after talks in Brussels") or on the
    subject of a speech ("aid workers in Port Sudan said")."""
    entity = ctx.entities[m.entity]
    if entity.props.get("kind") in _BACKGROUND_KINDS:
        return False
    where = _dateline_place(ctx.doc)
    if where and where in {n.casefold() for n in (entity.name, *entity.aliases)}:
        return False
    prep = list_head(ctx.head_token(m)).head
    if prep.head.lemma_ == "be" and prep.head.pos_ == "AUX":
        return False
    verb = _clause_of(prep)
    if _off_the_strike(prep, verb, heads):
        return False
    return not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i in ctx.at and ctx.label(ctx.at[c.i]) == "Person"
                   for c in verb.children)


def _clause_of(tok: Token) -> Token:
    """The verb of the clause ``tok`` stands in: past a clause with no subject of its own ("took over ...,
    receiving honours in X": "took")."""
    verb = _verb_above(tok)
    while not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) and verb.dep_ in {"advcl", "xcomp", "conj"}:
        verb = _verb_above(verb.head)
    return verb


# (session 49) prepositions of time that put a noun's occasion before or after the incident ("days after talks in X")
_OTHER_TIME_PREPS = {"after", "before", "since", "following", "ahead"}


def _off_the_strike(prep: Token, verb: Token, heads: list[Token]) -> bool:
    """Whether the place of an incident preposition ``prep`` (its clause verb ``verb``) is told of something else than
    the incident: in a conjoined clause of another verb with its own subject, not the clause of the event's noun
    ("Houthi drones hit a terminal ..., and officials showed the wreckage to reporters in Riyadh"; a subordinate
    clause may tell the incident itself: "two days after his troops detained the president in the palace in X"),
    under a noun other than the event's that a time preposition puts before or after it ("clashed on the border, days
    after talks in Brussels"), or on the subject of a verb of speaking ("aid workers in Port Sudan said")."""
    owner = prep.head
    if owner.pos_ in {"NOUN", "PROPN"} and all(owner.i != h.i for h in heads):
        if owner.dep_ in {"nsubj", "nsubjpass"} and owner.head.lemma_.lower() in cues()["ties"]["reporting_verbs"]:
            return True  # "aid workers in Port Sudan said ..."
        if owner.dep_ == "pobj" and owner.head.lower_ in _OTHER_TIME_PREPS:
            return True  # "days after talks in Brussels"
    striking = {_clause_of(h).i for h in heads}
    return verb.dep_ == "conj" and verb.i not in striking  # (a conjoined clause with its own subject, :func:`_clause_of`)


def _act_venue(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """Where a ceremony act was done is its ceremony's venue: the place after its own "at"/"in"
    ("commissioned the destroyer at Naval Base X"), or the town of a yard, plant or base it names there
    ("launched the frigate at the Navantia yard in Ferrol", "rolled out of the plant in Ankara"; the place
    heads ``ceremony_venue_heads`` as data); not a country."""
    lex = lexicon()
    preps, heads = set(lex["ceremony_venue_preps"]), set(lex["ceremony_venue_heads"])
    for tok in ctx.sent:
        if tok.pos_ != "VERB" or not (ceremony := _performed_ceremony(ctx, facts, tok)):
            continue
        # (the parser may hang the place on the object: "inducted [the first jet at X Air Base]")
        if act_lemma(tok) in lex["ceremony_act_displays"]:  # "the first jets rolled out": shown at their roll-out
            for c in tok.children:
                if c.dep_ in {"nsubj", "nsubjpass", "dobj"}:
                    for m in {ctx.at[t.i].entity: ctx.at[t.i] for t in c.subtree if t.i in ctx.at
                              and ctx.label(ctx.at[t.i]) == "Platform"}.values():
                        yield rel(ctx, m, "DISPLAYED_AT", ceremony, 0.6, "ceremony-act-shown")
        holders = [tok, *(c for c in tok.children if c.dep_ in {"prt", "prep", "advmod"} and c.lower_ == "out"
                          or c.dep_ in {"dobj", "nsubjpass"})]
        spots = [o for h in holders for o in prep_objects(h, preps)]
        for o in spots:
            place = ctx.at.get(o.i)
            if place is not None and ctx.label(place) == "Place":
                yield rel(ctx, ceremony, "HELD_IN", place, 0.6, "ceremony-act-venue")
            elif place is not None or o.lemma_.lower() not in heads:
                continue
            for town in prep_objects(o, {"in", "at", "near"}):
                m = ctx.at.get(town.i)
                if m is not None and ctx.label(m) == "Place":
                    yield rel(ctx, ceremony, "HELD_IN", m, 0.6, "ceremony-act-venue")


def _signing_parties(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """A signing told by its verb (``entities.signings``): its named parties take part in it ("A and B signed
    the pact", "X signed the treaty with his counterpart, Y"), the place after its own "in"/"at" is its venue."""
    signed = ctx.doc.user_data.get("signings") or {}
    start, end = ctx.sent.start, ctx.sent.end
    for i in sorted(i for i in signed if start <= i < end):  # (the signings' own tokens, not every token's)
        tok, event = ctx.doc[i], signed[i]
        if event is None or event not in facts.entities:
            continue
        label_at = lambda i: ctx.label(ctx.at[i]) if i in ctx.at else None  # noqa: E731
        seen = set()
        for t in signing_parties(tok, label_at):
            m = ctx.at[t.i]
            if m.entity not in seen:
                seen.add(m.entity)
                yield rel(ctx, m, "PARTICIPATED_IN", event, 0.6, "signing-party")
        for place in _places_under(ctx, tok):
            yield rel(ctx, event, "HELD_IN", place, 0.6, "signing-venue")


def _events(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    event_mentions = ctx.of({"Event"})
    if not event_mentions:
        return
    place_verbs = cues()["event_place"]["verbs"]
    strikes = lexicon()["described_strikes"]
    for e in event_mentions:
        head = phrase_head(ctx, e)
        if head.lower_ in strikes["nouns"] and unreal(head, strikes):
            continue  # "staged a simulated missile strike on X", "a planned strike ... was called off": none held
        own, hosting = _holders(ctx, head)
        anchors = list(own)
        if head.dep_ == "pobj" and head.head.head.pos_ == "VERB" and head.head.lower_ not in _OTHER_TIME_PREPS:
            anchors.append(head.head.head)  # "take part in the parade ... in the capital"; not "after the parade"
        anchors += hosting
        holding = own + hosting + _purposes(ctx, head)
        for anchor in anchors:
            # a state only where the anchor names no place ("off X, in southern China": in X)
            placed = ctx.prep_objects(anchor, {"in", "at", "off", "near"}, {"Place"})
            for place in ctx.prep_objects(anchor, {"in", "at"}, PLACES):
                if ctx.label(place) == "Place" or not placed:
                    yield rel(ctx, e, "HELD_IN", place, 0.8, "held-in")
            # "the exercise off X", "the drill was held off X": a sea event's venue (not what a clause the event
            # only dates did off a coast: "a helicopter crashed off X during the exercise")
            for place in ctx.prep_objects(anchor, {"off"}, {"Place"}) if anchor in holding else []:
                yield rel(ctx, e, "HELD_IN", place, 0.7, "held-off")
            if anchor.i == head.i:  # "drills across A, B and C": an event spread over several places
                for place in ctx.prep_objects(head, cues()["event_place"]["spread_preps"], PLACES):
                    yield rel(ctx, e, "HELD_IN", place, 0.7, "held-across")
            for on in (c for c in anchor.children if c.dep_ == "prep" and c.lower_ == "on"
                       and not (ctx.doc[c.i - 1].text == "," and c.i - 2 in ctx.at)):  # "near A, on the coast": A's
                for o in (o for o in on.children if o.dep_ == "pobj" and o.i not in ctx.at
                          and o.lemma_.lower() in PLACE_NOUNS | {"coast", "peninsula"}):
                    for place in ctx.group(o, {"Place"}):  # "the exercise on the island of Java"
                        yield rel(ctx, e, "HELD_IN", place, 0.65, "held-on-place-noun")
            if anchor is not head and _takes_place(anchor, place_verbs):  # "took place on Red Square"
                for place in ctx.prep_objects(anchor, {"on"}, {"Place"}):
                    yield rel(ctx, e, "HELD_IN", place, 0.7, "held-on")
        verb = head.head if head.dep_ == "dobj" else (head.head.head if head.dep_ == "pobj" else None)
        if head.dep_ in {"dobj", "nsubjpass"} and _is(head.head, place_verbs) and not negated(ctx, head.head):
            hosting.append(head.head)  # "India staged its parade ... in X", "the summit was held ... at X"
        for verb_ in hosting:  # "the gathering, hosted by the crown prince in the Saudi capital"
            for place in _places_under(ctx, verb_):
                yield rel(ctx, e, "HELD_IN", place, 0.7, "held-in-phrase")
        kind = event_kind(ctx.entities[e.entity])
        held = _carrier(ctx, head) or head  # "held the fifth round of E", "held two drills, E1 and E2": the noun held
        if held.i != head.i:
            verb = held.head if held.dep_ == "dobj" else None
            kind = kind or next((k for k, ns in lexicon()["event_kinds"].items() if held.lower_ in ns), None)
        # "the air force has run the biennial drill since 1981": running an exercise or a show hosts it
        runs = kind in _LEAD_KINDS and held.dep_ == "dobj" and _is(verb, cues()["event_place"]["running"]
                                                                     - cues()["event_place"]["officiating"])
        own = any(c.lower_ == "own" for c in held.children)  # "X, which held its own parades": not this one
        if verb is not None and (_is(verb, _HOSTING) or runs) and (held.dep_ == "dobj" or _is(verb, {"host"})) \
                and not negated(ctx, verb) and not own:
            # one who runs a show or a drill hosts it as a state or a body, not as its officer ("the colonel who ran the fair")
            hosts = ctx.subjects(verb, {"Country", "GovernmentBody", "Organization", "Alliance"} | (set() if runs and not
                                 _is(verb, _HOSTING) else {"Person"}), plural=True)
            if len(hosts) >= 2 and not _is(verb, {"host"}):  # "A, B and C held joint drills": all take part
                if _other_edition(ctx, verb, held, ctx.entities[e.entity]):
                    continue  # "agreed to hold annual exercises", "held their first summit in 2009": not this one
                for h in hosts:
                    yield rel(ctx, h, "PARTICIPATED_IN", e, 0.7, "held-together")
                continue
            jointly = _held_with(ctx, verb)  # "held a summit with President X": two parties, no host
            for host in hosts:
                if not jointly:
                    yield rel(ctx, e, "HOSTED_BY", host, 0.7, "hosted-by")
                if kind == "exercise" and (ctx.label(host) == "Country" or ctx.label(host) == "GovernmentBody"
                                           and (runs or armed_service(ctx, host, commands=False))):
                    # a host state drills with its guests, and so do the armed forces that host or run an
                    # exercise (a command that co-hosts it may only lend its staff)
                    yield rel(ctx, host, "PARTICIPATED_IN", e, 0.65, "hosted-by")
    yield from _hosted_in_relative(ctx, event_mentions)
    # "the summit ... on Thursday in Minsk", "leaders gathered in Riyadh for the summit": a place
    # after "in"/"at" whose preposition hangs on the event or on a verb whose clause names it
    for place in ctx.of({"Place"}):
        pobj = ctx.head_token(place)
        prep = pobj.head
        if pobj.dep_ != "pobj" or prep.lower_ not in {"in", "at"}:
            continue
        gov = prep.head
        obj = gov
        while obj.dep_ == "conj" and obj.head.pos_ in {"NOUN", "PROPN"}:
            obj = obj.head
        if obj.dep_ == "dobj" and gov.i in ctx.at and ctx.label(ctx.at[gov.i]) == "Person":
            gov = obj.head  # "joined A and B in Brisbane for the talks": the place is the verb's, not B's
        for e in event_mentions:
            etok = ctx.head_token(e)
            later = etok.dep_ == "pobj" and etok.head.lower_ in _OTHER_TIME_PREPS  # "After the ceremony they prayed at X"
            if gov.i in range(e.start, e.end) or (gov.dep_ in {"acl", "relcl"} and gov.head.i == etok.i) \
                    or (gov.pos_ in {"VERB", "AUX"} and gov in etok.ancestors and not later
                        and not negated(ctx, gov) and not _speaks_of(gov)):
                yield rel(ctx, e, "HELD_IN", place, 0.7, "held-in-clause")
                break
    # a generic event named by its place ("summit, The Hague, 2025-06-25") was held where a sentence about it
    # names that place
    for e in event_mentions:
        if ctx.entities[e.entity].props.get("kind") in {"clash", "war"}:
            continue  # a clash's name took a place near a mention of it, not its theatre
        parts = ctx.entities[e.entity].name.split(", ")
        if len(parts) >= 2 and len(parts[0].split()) >= 2 and parts[0].split()[-1].lower() in _event_nouns():
            parts.append(parts[0].rsplit(" ", 1)[0])  # "Brussels summit, 2023-06": another city's summit
        parts = parts[1:]
        for place in ctx.of({"Place"}):
            if len(parts) and ctx.entities[place.entity].name in parts:
                yield rel(ctx, e, "HELD_IN", place, 0.65, "held-in-named-place")
    # the sides of a war or clash: "fighting between Armenia and Azerbaijan", "war between Israel and Iran"
    for e in event_mentions:
        if ctx.entities[e.entity].props.get("kind") not in {"war", "clash"} and not ctx.head_token(e).lower_.startswith(("war", "clash", "fight")):
            continue
        for side in ctx.prep_objects(ctx.head_token(e), {"between"}, {"Country", "Organization", "GovernmentBody"}):
            yield rel(ctx, side, "PARTICIPATED_IN", e, 0.7, "sides-of-war")
    yield from _strike_sides(ctx, event_mentions)
    # the parties of a named event an event noun describes: "Balikatan, the annual drill between the
    # Philippine and US militaries", "the Joint Sea exercise between the Russian and Chinese navies"
    for e in event_mentions:
        head = phrase_head(ctx, e)
        nouns = [head, *(c for c in ctx.head_token(e).children if c.dep_ == "appos" and c.lower_ in _event_nouns()
                         and (c.i not in ctx.at or ctx.at[c.i].entity == e.entity))]
        for noun in nouns:
            if negated(ctx, noun):
                continue
            objects = prep_objects(noun, {"between", "involving"})
            objects += [c for o in objects if o.i not in ctx.at for c in o.children if c.dep_ == "poss"]
            for o in objects:  # (a plural description stands for its states: "the two countries' forces")
                for side in ctx.group(o, {"Country", "Organization", "GovernmentBody", "Alliance"}, plural=True):
                    yield rel(ctx, side, "PARTICIPATED_IN", e, 0.65, "parties-of-event")
    # "Russia's invasion", "the M23's offensive", "Putin's visit": the possessor of an operation, a war or a visit
    # took part in it (the possessor of a parade or a summit is its host, which hosting verbs find)
    # ("Burkina Faso's second coup": a state is where a coup happened, not a side of it, as in the catalogue)
    sites = cues()["participation"]["possessor_site_nouns"]
    for e in event_mentions:
        if ctx.entities[e.entity].props.get("kind") in {"parade", "fair", "summit", "ceremony"}:
            continue
        for c in ctx.head_token(e).children:
            m = ctx.at.get(c.i) if c.dep_ == "poss" else None
            if m is not None and ctx.label(m) == "Country" and ctx.head_token(e).lemma_.lower() in sites:
                continue
            if m is not None and m.entity != e.entity and ctx.label(m) in ACTORS and not negated(ctx, ctx.head_token(e).head):
                yield rel(ctx, m, "PARTICIPATED_IN", e, 0.65, "possessor-of-event")
    yield from _trip_for_event(ctx, event_mentions)
    yield from _travel_for_event(ctx, event_mentions)
    # commemoration: "held a parade to celebrate X and commemorate the anniversary of Y"
    words = cues()["commemoration"]["words"]
    cue = next(iter(ctx.cued_tokens(words)), None)
    if cue is not None:
        before = [e for e in event_mentions if e.start < cue.i]
        after = [e for e in event_mentions if e.start > cue.i]
        if before:
            for e in after:
                if e.entity != before[0].entity:
                    yield rel(ctx, before[0], "COMMEMORATES", e, 0.75, "commemorates")


def _strike_sides(ctx: SentenceContext, event_mentions: list) -> Iterator[Relation]:
    """A strike's target and striker: "a missile strike on the port of Odesa" hit Odesa (HELD_IN the first place
    of the noun's "on"/"against" phrase); "the Israeli strike", "a drone attack by Houthi forces": the state or
    body written before the noun or after "by" took part (its possessor, "Israel's strike", is found below)."""
    lex = lexicon()["described_strikes"]
    for e in event_mentions:
        noun = ctx.head_token(e)
        entity = ctx.entities[e.entity]
        if event_kind(entity) != "clash" or noun.lower_ not in lex["nouns"] or negated(ctx, noun) \
                or entity.name.split(",")[0].split()[-1].lower() not in lex["nouns"] or unreal(noun, lex):
            continue  # (a named operation's "the strike on X" may be another strike it answered)
        for p in noun.children:
            if p.dep_ != "prep" or p.lower_ not in lex["target_preps"]:
                continue
            span = {x.i for x in p.subtree}
            place = next((m for m in ctx.of({"Place"}) if m.start in span), None)
            if place is not None:
                yield rel(ctx, e, "HELD_IN", place, 0.65, "strike-target")
                break
        else:
            yield from _struck_subject(ctx, e, noun, lex)
        # the state written before the noun: its own mention, or one inside the event's ("the Israeli air strike")
        lefts = [c for c in noun.lefts if c.dep_ in {"amod", "compound", "nmod"}]
        sides = [ctx.at[c.i] for c in lefts if c.i in ctx.at]
        sides += [m for c in lefts for m in ctx.mentions if m.start == c.i and m.end == c.i + 1 and m.entity != e.entity
                  and ctx.label(m) == "Country" and m not in sides]
        sides += ctx.prep_objects(noun, {"by"}, {"Country", "Organization", "GovernmentBody"})
        for side in sides:
            if side.entity != e.entity and ctx.label(side) in {"Country", "Organization", "GovernmentBody"}:
                yield rel(ctx, side, "PARTICIPATED_IN", e, 0.65, "striker")


def _struck_subject(ctx: SentenceContext, e, noun: Token, lex: dict) -> Iterator[Relation]:
    """ "Kherson was hit by a missile strike": the passive subject of a verb of hitting (``hit_verbs``) whose
    agent is the strike is where it hit."""
    by = noun.head if noun.dep_ == "pobj" else None
    verb = by.head if by is not None and by.lower_ == "by" and by.dep_ == "agent" else None
    if verb is None or verb.lemma_.lower() not in lex["hit_verbs"] or negated(ctx, verb):
        return
    for c in verb.children:
        if c.dep_ == "nsubjpass" and (m := ctx.at.get(c.i)) is not None and ctx.label(m) == "Place":
            yield rel(ctx, e, "HELD_IN", m, 0.65, "strike-target")


def _trip_for_event(ctx: SentenceContext, event_mentions: list) -> Iterator[Relation]:
    """ "X's trip to P for the E", "the minister's visit to P for E": the traveller took part in E, held in P
    (travel nouns as data: ``participation.travel_nouns``)."""
    nouns = set(cues()["participation"]["travel_nouns"])
    for e in event_mentions:
        tok = ctx.head_token(e)
        trip = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "for" else None
        if trip is None or trip.lemma_.lower() not in nouns or negated(ctx, trip.head):
            continue
        travellers = [ctx.at[c.i] for c in trip.children if c.dep_ == "poss" and c.i in ctx.at
                      and ctx.label(ctx.at[c.i]) in ACTORS and ctx.at[c.i].entity != e.entity]
        for m in travellers:
            yield rel(ctx, m, "PARTICIPATED_IN", e, 0.65, "trip-for-event")
        for place in ctx.prep_objects(trip, {"to"}, PLACES) if travellers else []:
            yield rel(ctx, e, "HELD_IN", place, 0.65, "trip-for-event")


def _travel_for_event(ctx: SentenceContext, event_mentions: list) -> Iterator[Relation]:
    """ "flew to P for a meeting of E", "arrived in P for the summit", "visited P for a summit of E": the event a
    traveller came for was held where they came (travel verbs as data: ``event_place.travel_verbs``); a state
    only where no town is named, and nothing where the event's own phrase names its place ("for the summit in
    Q") or the trip is denied."""
    verbs = set(cues()["event_place"]["travel_verbs"])
    for e in event_mentions:
        tok = phrase_head(ctx, e)
        if tok.dep_ != "pobj" or tok.head.lower_ != "for":
            continue
        verb = tok.head.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or negated(ctx, verb) \
                or ctx.prep_objects(tok, {"in", "at"}, PLACES):
            continue
        found = ctx.prep_objects(verb, {"to", "in"}, PLACES)
        if verb.lemma_.lower() == "visit":
            found += [m for c in verb.children if c.dep_ == "dobj" for m in ctx.group(c, PLACES) if m not in found]
        named = _named_places(ctx, ctx.entities[e.entity])
        if named and not named & {m.entity for m in found}:
            continue  # "visit, Pyongyang, ..." read for "flew on to Hanoi for a state visit": another occasion
        towns = [m for m in found if ctx.label(m) == "Place"]
        for place in towns or found:
            yield rel(ctx, e, "HELD_IN", place, 0.65, "travel-for-event")


def _named_places(ctx: SentenceContext, event) -> set[str]:
    """The document's places an event's generated name gives as its venue ("summit, Minsk, 2023-11-23", "Kazan
    summit, 2024-10-22": Minsk, Kazan)."""
    parts = event.name.split(", ")
    if len(parts) < 2:
        return set()
    if len(parts[0].split()) >= 2 and parts[0].split()[-1].lower() in _event_nouns():
        parts.append(parts[0].rsplit(" ", 1)[0])
    names = set(parts[1:])
    return {p.id for p in ctx.entities.values() if p.label in PLACES and p.name in names}


def _other_edition(ctx: SentenceContext, verb, held, event) -> bool:
    """Whether what a verb of holding holds is other than the one dated event its noun was read as: a
    plural of no name ("agreed to hold annual exercises": editions to come), or a year in the verb's
    phrase other than the event's ("held their first summit in 2009", in an article on the 2025 summit). A
    plural held since a year or now is the series itself ("have staged joint drills since 2015"): only a
    plural still to be held ("to hold", "will hold") is other editions."""
    ahead = any(c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD") for c in verb.children)
    if held.tag_ == "NNS" and held.pos_ != "PROPN" and ahead:
        return True
    year = str(event.props.get("date") or "")[:4]
    dated = [*held.subtree, *prep_objects(verb, {"in", "during"})]
    years = {t.text for t in dated if t.shape_ == "dddd" and t.text[:2] in {"19", "20"}}
    return bool(year and years and year not in years)


def _hosted_in_relative(ctx: SentenceContext, event_mentions: list) -> Iterator[Relation]:
    """ "Exercise X, which Norway led and the three Nordic hosts ran together", "X, the drill that A stages
    with B": the subjects of a hosting verb in a relative clause on the event (or on its apposition) host
    it and take part; the verb's "with" objects take part."""
    verbs = cues()["event_place"]["relative_hosting"]
    actors = {"Country", "GovernmentBody", "Organization", "Alliance"}
    for e in event_mentions:
        if event_kind(ctx.entities[e.entity]) in {"war", "clash"}:
            continue  # "the offensive, which Russia led": a side, not a host (participation rules)
        head = ctx.head_token(e)
        holders = [head, *(c for c in head.children if c.dep_ == "appos" and c.i not in ctx.at)]
        owners = _of_nouns(head)  # "a summit of the bloc's heads of state that India hosted": the clause on the last
        for holder in holders + owners:
            for clause in (c for c in holder.children if c.dep_ == "relcl" and _is(c, verbs)):
                if any(c.dep_ == "dobj" and c.tag_ not in {"WDT", "WP"} and c.lower_ != "that" for c in clause.children):
                    continue  # "the drill, which A led its troops into": another object
                if holder in owners and not any(c.dep_ == "dobj" for c in clause.children):
                    continue  # "a meeting of leaders who hosted ...": the clause is the leaders'
                if holder in owners and holder.i in ctx.at:
                    continue  # "a summit of NATO, which hosts ...": the clause on a name is the name's
                for verb in [clause, *(c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB")]:
                    if negated(ctx, verb) or any(c.dep_ in {"nsubj", "nsubjpass"} and (
                            c.tag_ in {"WDT", "WP"} or c.lower_ == "that") for c in verb.children):
                        continue  # "the exercise, which runs for 11 days": the event runs, nobody runs it
                    hosts = ctx.subjects(verb, actors, plural=True)
                    partners = ctx.prep_objects(verb, {"with", "alongside"}, actors)
                    for m in partners:
                        yield rel(ctx, m, "PARTICIPATED_IN", e, 0.65, "hosted-in-relative")
                    for h in hosts:
                        yield rel(ctx, h, "PARTICIPATED_IN", e, 0.65, "hosted-in-relative")
                    if _joint_run(verb, hosts) or _held_with(ctx, verb):
                        continue  # "which A and B run together", "which A holds with B": its parties, no host
                    for h in hosts:
                        yield rel(ctx, e, "HOSTED_BY", h, 0.65, "hosted-in-relative")


def _held_with(ctx: SentenceContext, verb) -> bool:
    """Whether a verb of holding an event names a partner after "with" ("the drill, which the United States holds
    with Japan", "held a summit with President X"): two parties, no host (``event_place.joint_holding``)."""
    return _is(verb, cues()["event_place"]["joint_holding"]) and bool(ctx.prep_objects(
        verb, {"with"}, {"Country", "GovernmentBody", "Organization", "Alliance", "Person"}))


def _joint_run(verb, hosts: list) -> bool:
    """Whether a relative clause's verb of running an event names a joint drill rather than its host: two or
    more subjects or "together", unless the verb says hosting or its subject is called host ("which the three
    Nordic hosts ran together"). ("The drill that A stages with B" keeps A as host: B is its guest.)"""
    lex = cues()["event_place"]
    if _is(verb, lex["relative_hosting_outright"]) or any(
            c.dep_ == "nsubj" and c.lower_ in lex["host_nouns"] for c in verb.children):
        return False
    return len({h.entity for h in hosts}) > 1 or any(c.lower_ == "together" for c in verb.children)


def _inviters(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "X had invited his counterparts from A and B, together with Y, to the kibbutz", "at the invitation
    of X", "at X's invitation": in an article about a gathering, the one who invites hosts it and takes
    part; the people invited to come, where the gathering took place, take part. Never "was not invited",
    nor an invitation to join a body ("inviting the country to join")."""
    if ctx.words.isdisjoint({"invited", "invitation", "invite", "invites", "inviting"}) or not _gathering(facts):
        return
    lex = cues()["invitation"]
    for tok in ctx.cued_tokens(_INVITE):  # (every case below is one of them)
        low = tok.lemma_.lower()
        if low == "invitation" and tok.head.lower_ == "at" and not negated(ctx, tok.head.head):
            hosts = [ctx.at[c.i] for c in tok.children if c.dep_ == "poss" and c.i in ctx.at]
            hosts += [m for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                      if o.dep_ == "pobj" for m in ctx.group(o, _HOSTS)]
            for e in event_targets(ctx, facts, tok.head.head, implicit=True):
                for h in hosts:
                    yield rel(ctx, e, "HOSTED_BY", h, 0.6, "at-invitation")
            continue
        if low != "invite" or tok.pos_ != "VERB" or negated(ctx, tok) or tok.tag_ == "VBN" and any(
                c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children):
            continue
        if any(c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() in lex["not_gathering"] for c in tok.children):
            continue  # "inviting the country to join"
        to = prep_objects(tok, {"to", "for"})
        if not to:
            continue
        events = [ctx.at[o.i] for o in to if o.i in ctx.at and ctx.label(ctx.at[o.i]) == "Event"]
        if not events and tok.tag_ not in {"VBD", "VBN"}:
            continue  # "will invite": not yet (a past invitation to a place is the article's gathering)
        events = events or ([facts.main_event] if facts.main_event else [])
        hosts = [m for m in ctx.subjects(tok, _HOSTS) if ctx.label(m) in {"Person", "Country"}]
        guests = [m for c in tok.children if c.dep_ == "dobj" for m in _people_in(ctx, c)]
        guests += [m for c in tok.children if c.dep_ == "dobj" for p in c.children if p.dep_ == "prep"
                   and p.lower_ in {"with"} for o in p.children for m in ctx.group(o, {"Person"})]
        guests += [m for c in tok.children if c.dep_ == "prep" and c.lower_ in {"with"} for o in c.children
                   for m in ctx.group(o, {"Person"})]
        for e in events:
            for h in hosts:
                yield rel(ctx, e, "HOSTED_BY", h, 0.6, "invited-to")
            for g in hosts + [g for g in guests if ctx.label(g) == "Person" and g not in hosts]:
                yield rel(ctx, g, "PARTICIPATED_IN", e, 0.6, "invited-to")
                for state in _home_states(ctx, g) if ctx.label(g) == "Person" else []:
                    yield rel(ctx, state, "PARTICIPATED_IN", e, 0.55, "home-state")


def _of_nouns(head) -> list:
    """The nouns of an event noun's chain of "of" phrases: "a summit of the heads of state" -> heads, state."""
    out, tok = [], head
    while True:
        nxt = next(iter(prep_objects(tok, "of")), None)
        if nxt is None or len(out) >= 3:
            return out
        out.append(nxt)
        tok = nxt


def _dateline_venue(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """An article about a gathering (a summit, parade, show, visit; not a war or clash) datelined
    from a city took place there: the main event is held in the dateline's place, at the first
    sentence that names that place; not where the event was named by a place (its ``venue``) of the article
    that lies in another state than the dateline's (pooled dev halves: 0 true / 2 false so placed)."""
    main = facts.entities.get(facts.main_event) if facts.main_event else None
    where = _dateline_place(ctx.doc)
    if main is None or not where or main.props.get("kind") not in _GATHERINGS:
        return
    states = {e.props.get("country") for e in facts.entities.values() if e.label == "Place"
              and where in {n.casefold() for n in (e.name, *e.aliases)}}
    named = {e.props.get("country") for e in facts.entities.values() if e.label == "Place" and e.name == main.venue}
    if None not in states | named and named and not named & states:
        return  # "military parade, Pyongyang" datelined from Seoul: the reporter's city, in another state
    for m in ctx.of({"Place"}):
        entity = ctx.entities[m.entity]
        if where in {n.casefold() for n in (entity.name, *entity.aliases)}:
            first = next((x for x in facts.mentions if x.entity == m.entity), None)
            if first is not None and first.start == m.start:
                yield rel(ctx, facts.main_event, "HELD_IN", m, 0.55, "held-in-dateline")
            return


def _quoted(ctx: SentenceContext, tok) -> bool:
    """Whether a token stands inside quotation marks opened earlier in its sentence (a speaker's "here")."""
    before = ctx.doc[ctx.sent.start:tok.i].text
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _here_venue(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "The drills are being held here", "Troops from five states began the exercise here on Monday": an event
    whose own clause happens "here" (``event_place.here_words``) is held in the place the dateline names, any
    kind of event; not in a quote nor under a verb that speaks of the event."""
    words = cues()["event_place"]["here_words"]
    if ctx.words.isdisjoint(words):
        return
    where = _dateline_place(ctx.doc)
    place = next((e.id for e in facts.entities.values() if e.label == "Place" and where
                  and where in {n.casefold() for n in (e.name, *e.aliases)}), None)
    if place is None:
        return
    for tok in ctx.tokens:
        if tok.lower_ not in words or tok.dep_ != "advmod" or tok.head.pos_ not in {"VERB", "AUX"}:
            continue
        verb = tok.head
        if _speaks_of(verb) or negated(ctx, verb) or _quoted(ctx, tok):
            continue
        for e in ctx.of({"Event"}):
            head = ctx.head_token(e)
            holder = head.head.head if head.dep_ == "pobj" else head.head  # "took part in the drill here"
            if head.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"} and holder.i == verb.i:
                yield rel(ctx, e, "HELD_IN", place, 0.6, "held-here")
                break


# marks that join a place to another as one of a pair ("the Russia-Central Asia summit": a side, no venue)
_PAIR_MARKS = {"-", "–", "—", "/"}


def _headline_venue(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Manama summit calls for ...", "X parade shows off new missiles": a headline's generic noun of the
    main gathering's kind (a summit, parade, show, ceremony; not a war, clash or exercise, whose words
    before the noun name a style or a side) with a place written before it names where the main event
    was held; not where the headline names another event or another edition ("next", "last")."""
    main = facts.entities.get(facts.main_event) if facts.main_event else None
    kind = main.props.get("kind") if main is not None else None
    if kind not in _GATHERINGS or not in_headline(ctx.doc, ctx.sent.start_char) \
            or any(ctx.label(m) == "Event" and m.entity != main.id for m in ctx.mentions):
        return
    nouns = set(lexicon()["event_kinds"].get(kind, ()))
    places = {n: e.id for e in facts.entities.values() if e.label == "Place" for n in (e.name, *e.aliases)
              if n[:1].isupper()}
    for m in (m for m in ctx.mentions if m.entity == main.id):  # the headline's "X summit", taken as the event's name
        words = ctx.doc[m.start:m.end].text.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if len(words) >= 2 and words[-1].lower() in nouns and " ".join(words[:-1]) in places \
                and not (m.start and ctx.doc[m.start - 1].text in _PAIR_MARKS):
            yield rel(ctx, facts.main_event, "HELD_IN", places[" ".join(words[:-1])], 0.55, "held-in-headline-name")
    for tok in ctx.tokens:
        if tok.pos_ != "NOUN" or tok.lower_ not in nouns or tok.i in ctx.at \
                or any(c.lower_ in EARLIER | {"next", "last", "previous", "another"} for c in tok.children):
            continue
        for c in (c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.i in ctx.at):
            m = ctx.at[c.i]
            if ctx.label(m) == "Place" and m.end == tok.i and not (m.start and ctx.doc[m.start - 1].text in _PAIR_MARKS):
                yield rel(ctx, facts.main_event, "HELD_IN", m, 0.55, "held-in-headline-name")


def _takes_place(verb, place_verbs) -> bool:
    """ "was held", "took place", "was staged": a verb that says where an event happens."""
    return verb.pos_ in {"VERB", "AUX"} and (_is(verb, place_verbs - {"open", "gather", "take", "conduct"}) or _is(
        verb, {"take"}) and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children))


def _pronoun_event(ctx: SentenceContext, facts: DocFacts, place_verbs) -> Iterator[Relation]:
    """ "The summit opened on Thursday. It was held in Minsk": "it" (or "the event") held somewhere
    or hosted by someone is the event the sentence before names."""
    if ctx.of({"Event"}) or ctx.sent.start == 0 or ctx.words.isdisjoint({"it", "this"}):
        return  # (every case below needs "it" or "this")
    before = ctx.doc[ctx.sent.start - 1].sent
    previous = [m for m in facts.mentions if before.start <= m.start < before.end
                and facts.entities[m.entity].label == "Event"]
    if not previous:
        return
    event = previous[0].entity
    for tok, (_, low) in ctx.cued_forms(_IT_THIS, "lower"):
        if low not in {"it", "this"} or tok.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        verb = tok.head
        if not _takes_place(verb, place_verbs) or negated(ctx, verb):
            continue
        places = _places_under(ctx, verb) + [p for p in ctx.prep_objects(verb, {"on"}, {"Place"})]
        for place in places:
            yield rel(ctx, event, "HELD_IN", place, 0.6, "held-in-pronoun")
        if _is(verb, {"host"}):
            for c in verb.children:
                if c.dep_ == "agent":
                    for o in c.children:
                        for m in ctx.group(o, {"Country", "Person", "GovernmentBody", "Organization", "Alliance"}):
                            yield rel(ctx, event, "HOSTED_BY", m, 0.6, "hosted-by-pronoun")


def _named_host(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "His host, President X, met ...", "X, the summit's host, ...": X hosted and took part in the
    event the sentence names, else the article's event."""
    if ctx.words.isdisjoint({"host", "hosts"}):
        return  # (every case below needs one)
    for m in ctx.of({"Person", "Country", "GovernmentBody", "Organization", "Alliance"}):
        tok = ctx.head_token(m)
        nouns = [tok.head] if tok.dep_ == "appos" else []
        nouns += [c for c in tok.children if c.dep_ == "appos"]
        nouns += [t for t in tok.subtree if t.i < m.start and t.dep_ == "compound"]  # "Host Alexander Lukashenko"
        if tok.dep_ == "nsubj" and _is(tok.head, cues()["event_place"]["acting_as"]):  # "the navy acting as host"
            roles = [o for p in tok.head.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
                     if o.dep_ == "pobj"]  # "as host and lead planner": the parser may hang "host" on "planner"
            nouns += roles + [c for o in roles for c in o.children if c.dep_ in {"nmod", "conj", "compound"}]
        if not any(n.lower_ in {"host", "hosts"} and n.pos_ in {"NOUN", "PROPN"} for n in nouns) or negated(ctx, tok.head):
            continue
        named = [e for e in ctx.of({"Event"})]
        for e in named[:1] or ([facts.main_event] if facts.main_event else []):
            yield rel(ctx, e, "HOSTED_BY", m, 0.65, "named-host")
            if ctx.label(m) == "Person":
                yield rel(ctx, m, "PARTICIPATED_IN", e, 0.65, "named-host")


def _only_compared(ctx: SentenceContext, p) -> bool:
    """A platform named only as a yardstick or an original ("the F-35 it resembles", "unlike the
    J-20", "a licence-built BMP-2", "derived from the Shahed"), not as what is shown."""
    tok = ctx.head_token(p)
    near = [tok.head, *(c for c in tok.children if c.dep_ in {"relcl", "acl"})]
    if tok.dep_ == "pobj":
        near.append(tok.head.head)
    if any(_forms(t) & _COMPARED for t in near):
        return True
    before = ctx.doc[max(ctx.sent.start, p.start - 4):p.start].text.lower()
    return any(cue in before for cue in _ORIGINAL_CUES)


def _hostilities(entity) -> bool:
    """A war, a clash, an invasion or an operation: an event where nothing is on show ("stopped flying its
    MiG-29s after Russia's invasion of Ukraine", "in an operation called X, B-2 bombers flew ...")."""
    if any(m.category == "operation" for m in entity.mentions if m.label == "Event"):
        return True
    first = entity.name.lower().split()[:1]
    if first and first[0] in cues()["display"]["hostile_openers"]:
        return True  # "Operation Parakram", "Operation Sindoor": a named operation, whatever its kind says
    kind = entity.props.get("kind")
    if kind:
        return kind in {"war", "clash"}
    return bool(set(re.findall(r"[a-z]+", entity.name.lower())) & cues()["conflict"]["nouns"])


def _shown_of_event(ctx: SentenceContext, platforms) -> list[tuple]:
    """(platform, event mention) for platforms in the "of" phrase of a show's noun that is an event of the
    article ("a flypast of Su-30SM fighters and Mi-35M helicopters", "a parade of T-72 tanks")."""
    shows = set(lexicon()["display_events"])
    out = []
    for p in platforms:
        t = ctx.head_token(p)
        noun = None
        while t.dep_ in {"conj", "compound", "nmod", "nummod", "amod", "appos"} and t.head.i != t.i:
            if t.dep_ == "conj" and t.head.lower_ in shows and any(c.dep_ == "prep" and c.lower_ == "of"
                                                                  for c in t.head.children):
                noun = t.head  # "a flypast of A fighters and B helicopters": B hung on the noun by the parser
                break
            t = t.head  # "Su-30SM fighters and Mi-35M helicopters": up to the object of "of"
        if noun is None and t.dep_ == "pobj" and t.head.lower_ == "of":
            noun = t.head.head
        if noun is None:
            continue
        m = ctx.at.get(noun.i)
        if m is not None and m.label == "Event" and noun.lower_ in shows and m.entity in ctx.entities \
                and not _hostilities(ctx.entities[m.entity]) and not negated(ctx, noun):
            out.append((p, m))
    return out


def displayed(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    platforms = [p for p in ctx.of({"Platform"}) if not _only_compared(ctx, p)]
    if not platforms:
        return
    explicit = [e for e in ctx.of({"Event"}) if not _hostilities(ctx.entities[e.entity])]
    cue = ctx.lemmas & cues()["display"]["words"]
    cue_tokens = [t for t in ctx.cued_tokens(cue, "either") if t.i not in ctx.at]
    if cue_tokens and all(_unrealised(ctx, t) for t in cue_tokens):
        return  # "X had planned to show its A and B", "did not display": nothing was on show
    if cue_tokens and all(_other_month(ctx, facts, t) for t in cue_tokens):
        return  # "India, which paraded its jets in January": another occasion than the article's March parade
    if cue_tokens and all(_fleet_history(facts, t) for t in cue_tokens) and not _on_show(ctx, platforms):
        cue = set()  # "the tankers, which have flown with the air force for two decades": a fleet's service
    main = facts.entities.get(facts.main_event) if facts.main_event else None
    # an article about a parade or show; a signing or handover ceremony shows what it hands over only
    # when a sentence names it
    show = facts.display_event and main is not None and main.props.get("kind") in {"parade", "fair"} \
        and _about_show(ctx, facts, main)
    if not cue and not explicit and show and not negated(ctx, ctx.sent.root):
        motion = [t for t in ctx.cued_tokens(set(cues()["display"]["motion"]), "either")
                  if t.i not in ctx.at and not _fleet_history(facts, t) and not _unrealised(ctx, t)]
        cue = {t.lemma_.lower() for t in motion} or _listed_under_display(ctx)
    if explicit and not cue:  # "a flypast of Su-30 fighters closed the ceremony": shown by the show's own noun
        for p, m in _shown_of_event(ctx, platforms):
            yield event_time(ctx, facts, rel(ctx, p, "DISPLAYED_AT", m, 0.7, "show-of"), m)
    if explicit and cue:
        event, conf, why = explicit[0], 0.8, "displayed-at"
    elif show and cue:
        event, conf, why = facts.main_event, 0.6, "displayed-in-event-article"
    elif not explicit and main is not None and main.props.get("kind") == "ceremony" and _ceremony_display(ctx):
        # "Jaguars and Tejas fighters joined the farewell flypast", "a formation of A, B and C flew over the base"
        event, conf, why = facts.main_event, 0.6, "displayed-at-ceremony"
    elif all(e.entity == facts.main_event for e in explicit) and main is not None \
            and event_kind(main) == "exercise" and _about_show(ctx, facts, main) \
            and (platforms := _used_in_drill(ctx, facts, platforms)):
        # "Brazil fielded F-39 Gripens and KC-390 tankers", "the frigate X sailed with Y": used in the exercise
        event, conf, why = facts.main_event, 0.55, "used-in-exercise"
    else:
        return
    for p in platforms:
        yield event_time(ctx, facts, rel(ctx, p, "DISPLAYED_AT", event, conf, why), event)
    for m in displayers(ctx, platforms):  # "Embraer brought its C-390": Embraer was there
        yield event_time(ctx, facts, rel(ctx, m, "PARTICIPATED_IN", event, round(conf - 0.05, 2), "displayer"), event)
    if why == "used-in-exercise":  # "the air force flew F-35 fighters", "the army fired its howitzers": it drilled
        # not a force that fired at a strike target, flew over another state or in a sentence of a war
        # ("fired Kalibr missiles at Odesa"); the platforms stay DISPLAYED_AT (that cost dev 14 true, 6 false)
        sites = exercise_sites(ctx, facts)
        here = [p for p in platforms if not elsewhere(ctx, facts, _nearest_verb(ctx.head_token(p)), sites)]
        for m in drill_users(ctx, here, _nearest_verb, event_year(main)):
            yield event_time(ctx, facts, rel(ctx, m, "PARTICIPATED_IN", event, 0.5, "drill-user"), event)


def _used_in_drill(ctx: SentenceContext, facts: DocFacts, platforms: list) -> list:
    """The platforms a sentence of an exercise's article puts to use in it: those whose nearest verb is one of
    a drill's acts (``display.exercise_use``: fielded, sailed, fired, flew, refuelled ...) stated as done then
    (not negated, hedged, planned, past perfect, in another month or an earlier period, nor said of a fleet:
    "currently flies", and not a purchase: "the F-16s it bought" has its own verb)."""
    lex = cues()["display"]
    uses, adverbs = set(lex["exercise_use"]), set(lex["fleet_adverbs"])
    out = []
    for p in platforms:
        verb = _nearest_verb(ctx.head_token(p))
        if verb is None or verb.lemma_.lower() not in uses or _unrealised(ctx, verb) or _other_month(ctx, facts, verb) \
                or _earlier_time(verb) or any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children) \
                or any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll", "to"} for c in verb.children) \
                or any(c.dep_ == "advmod" and c.lower_ in adverbs for c in verb.children) \
                or _other_year(facts, verb):
            continue
        out.append(p)
    return out


def _other_year(facts: DocFacts, verb) -> bool:
    """Whether the verb's clause is set "since" a time or in a year other than the article's event's ("has
    flown the type since 2010", "bought them in 1990")."""
    main = facts.entities.get(facts.main_event) if facts.main_event else None
    year = str(main.props.get("date") or "")[:4] if main is not None else ""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "since":
            return True
        if c.dep_ in {"prep", "npadvmod"} and other_year(c.subtree, year):
            return True
    return False


def _nearest_verb(tok):
    """The first verb above ``tok`` (through its noun phrase, prepositions and conjuncts), else None."""
    cur = tok
    for _ in range(10):
        if cur.head is cur:
            return cur if cur.pos_ in {"VERB", "AUX"} else None
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"}:
            return cur
    return None


def _ceremony_display(ctx: SentenceContext) -> bool:
    """Whether the sentence shows aircraft or vehicles at a ceremony: a word of a flypast or a display
    (``display.ceremony``; not a mere "flew", which a history of the type says too), said as a fact."""
    words = cues()["display"]["ceremony"]
    found = [t for t in ctx.cued_tokens(words, "either") if t.i not in ctx.at]
    return bool(found) and not all(_unrealised(ctx, t) or negated(ctx, t.head) for t in found)


def _about_show(ctx: SentenceContext, facts: DocFacts, main) -> bool:
    """Whether the article is about its parade or show, not naming it in passing (a Q&A on a fighter
    deal, a joint venture signed at a show): named three times or more, or in the first sentence of
    its prose."""
    if len(main.mentions) >= 3:
        return True
    starts = lead_starts(ctx.doc)
    if not starts:
        return False
    first = ctx.doc[min(starts)].sent
    return any(m.entity == main.id and first.start <= m.start < first.end for m in facts.mentions)


def _fleet_history(facts: DocFacts, tok) -> bool:
    """Whether a word of showing or moving tells a fleet's service, not the article's show: with a fleet adverb
    ("still flies"), in the present perfect over a span ("have flown with the air force for two decades", "has
    flown since the 1990s"), set in its own phrase in another year than the event's ("due to begin flying in
    2023") or in an earlier period ("last year"). Not a past perfect ("had flown in for a demonstration"), nor
    "last November" (the show itself, told a year on)."""
    kids = list(tok.children)
    if any(c.dep_ == "advmod" and c.lower_ in cues()["display"]["fleet_adverbs"] for c in kids):
        return True
    spans = {"day", "week", "month", "year", "decade"}
    if any(c.dep_ == "aux" and c.lower_ in {"has", "have", "'ve", "'s"} for c in kids) and any(
            c.dep_ == "prep" and (c.lower_ == "since" or c.lower_ == "for" and any(
                o.dep_ == "pobj" and o.lemma_.lower() in spans for o in c.children)) for c in kids):
        return True
    main = facts.entities.get(facts.main_event) if facts.main_event else None
    year = str(main.props.get("date") or "")[:4] if main is not None else ""
    if year and any(c.dep_ == "prep" and c.lower_ in {"in", "since"} and any(
            o.dep_ == "pobj" and re.fullmatch(r"(19|20)\d\d", o.text) and o.text != year for o in c.children)
            for c in kids):
        return True
    return _earlier_time(tok)


def _on_show(ctx: SentenceContext, platforms) -> bool:
    """Whether a platform's own phrase puts it on show ("the Tejas jets on show", "on static display", "were on
    display": ``display.goods_nouns``), whatever its clause tells of the fleet's service."""
    shown = set(cues()["display"]["goods_nouns"])
    for p in platforms:
        noun = ctx.head_token(p)
        while noun.dep_ in {"compound", "amod", "nmod", "nummod"} and noun.head.i != noun.i:
            noun = noun.head
        holders = [noun] + ([noun.head] if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lemma_ == "be" else [])
        if any(o.lemma_.lower() in shown for h in holders for o in prep_objects(h, "on")):
            return True
    return False


def _unrealised(ctx: SentenceContext, tok) -> bool:
    """A display only intended, hedged or denied: "had planned to show", "hoped to unveil", "may be
    shown", "did not display"."""
    intent = cues()["display"]["intent"]
    return negated(ctx, tok) or tok.dep_ in {"xcomp", "ccomp"} and _is(tok.head, intent) or hedged(tok)


def hedged(tok) -> bool:
    """A verb only said to be possible or expected: "may attend", "could be shown", "are expected to
    take part", "is likely to send", "whether A attends"; not a plan stated plainly ("will attend",
    "would send")."""
    lex = cues()["participation"]
    modals = lex["hedge_modals"]
    heads = [tok] + ([tok.head] if tok.dep_ == "xcomp" else [])
    if any(c.dep_ == "aux" and c.lower_ in modals for t in heads for c in t.children):
        return True
    marks = lex["hedge_marks"]  # "whether A attends", "if B takes part": asked about, not stated
    if any(c.dep_ == "mark" and c.lower_ in marks for t in heads for c in t.children):
        return True
    return tok.dep_ == "xcomp" and _is(tok.head, lex["hedge_heads"])


def _listed_under_display(ctx: SentenceContext) -> set[str]:
    """The display cue of a list this sentence is an item of: "the army presented its new missiles:"
    followed by "the A ...;", "the B ...;" lines."""
    words = cues()["display"]["words"]
    sent = ctx.sent
    for _ in range(8):
        if sent.start == 0:
            return set()
        sent = ctx.doc[sent.start - 1].sent
        last = next((t for t in reversed(sent) if not t.is_space), None)
        if last is None or last.text not in {":", ";"}:
            return set()
        if last.text == ":":
            return {w for t in sent for w in (t.lemma_.lower(), t.lower_) if w in words}
    return set()


@functools.lru_cache(maxsize=1)
def _deployment_words() -> frozenset[str]:
    """Every word :func:`_deployment_cue` can accept a token by (its lemma or form)."""
    lex = cues()["deployment"]
    return frozenset(lex["stay_verbs"]) | frozenset(lex["words"])


def _deployment_cue(ctx: SentenceContext, t, lex: dict) -> bool:
    """A word of deployment outside names: a verb or participle ("deployed", "based at"), a
    preposition ("along the border") or a deployment noun ("a base in X"); not a noun that only
    shares the word ("a petrol station", "an offshore patrol vessel", "military positions")."""
    if t.i in ctx.at:
        return False
    if t.pos_ == "VERB" and t.lemma_.lower() in lex["stay_verbs"]:  # "spent seven months at X"
        return any(c.dep_ in {"dobj", "npadvmod"} and c.lower_ in lex["durations"] for c in t.children)
    if t.lemma_.lower() not in lex["words"] and t.lower_ not in lex["words"]:
        return False
    if t.pos_ == "NOUN":
        return t.lemma_.lower() in lex["nouns"] and t.dep_ != "compound" and not _place_of_act(t, lex)
    return t.pos_ in {"VERB", "ADP"} or t.tag_ == "VBN"


def _place_of_act(noun, lex: dict) -> bool:
    """A deployment noun that only says where another act happened: "handed over at the air base at X",
    "in a ceremony at the base at X" (not "trucked to a base in X", nor a base a move or stay is at)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in lex["act_preps"]:
        return False
    act = prep.head
    words = set(lex["words"]) | set(lex["motion"]) | set(lex["stay_verbs"]) \
        | set(cues()["deployment_kinds"]["where_verbs"])  # "docked at the naval base in X": a stay
    return act.lemma_.lower() not in words and act.lower_ not in words


def _history(ctx: SentenceContext, cue, lex: dict) -> bool:
    """A motion cue dated in a year well before the article's: "the first F-16s arrived at X on June 6,
    1979" (a year on the cue's own clause, not one in a clause hanging on it)."""
    if cue.lemma_.lower() not in lex["motion"]:
        return False
    published = published_of(ctx.doc)
    if published is None:
        return False
    for t in ctx.sent:
        if not (t.like_num and len(t.text) == 4 and t.text.isdigit() and 1900 <= int(t.text) <= 2100):
            continue
        node = t
        while node.i != cue.i and node.dep_ not in _CLAUSES and node.head.i != node.i:
            node = node.head
        if node.i == cue.i and int(t.text) <= published.year - lex["history_years"]:
            return True
    return False


_CLAUSES = {"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "parataxis", "csubj"}


def _carrying(ctx: SentenceContext, cue, platforms: list, lex: dict) -> bool:
    """A motion cue whose platform carries cargo there ("a C-17 touched down at X carrying the first
    missiles", "an An-124 landed at X bringing four helicopters"): a delivery flight, not a deployment, when the
    mover is a transport (``transport_words`` in its phrase, ``transport_types``) or the cargo names a platform
    that is no armament ("carrying the first HIMARS launchers"); not "four Su-35 fighters landed at X carrying
    air-to-air missiles" (armed fighters deployed)."""
    if cue.lemma_.lower() not in lex["motion"]:
        return False
    carries = [c for c in cue.children if c.dep_ in {"advcl", "xcomp", "conj"} and c.lemma_.lower() in lex["cargo_verbs"]]
    if not carries:
        return False
    subjects = [t for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree]
    if any(t.lower_ in lex["transport_words"] for t in subjects):
        return True
    movers = [p for p in platforms if any(p.start <= t.i < p.end for t in subjects)]
    types = tuple(lex["transport_types"])
    if any(ctx.entities[p.entity].name.startswith(types) or p.text.startswith(types) for p in movers
           if p.entity in ctx.entities):
        return True
    cargo = [t for v in carries for c in v.children if c.dep_ == "dobj" for t in c.subtree]
    return any(ctx.entities[p.entity].props.get("category") not in lex["armament_categories"] for p in platforms
               if p.entity in ctx.entities and any(p.start <= t.i < p.end for t in cargo))


def _others_move(ctx: SentenceContext, cue, lex: dict) -> bool:
    """An intransitive cue whose subject is people or a formation ("the crews have moved to X", "until the
    unit moves to X"), not platforms (a platform word modifying them, "the Orion crews", is not one)."""
    if cue.pos_ != "VERB" or any(c.dep_ in {"dobj", "nsubjpass"} for c in cue.children):
        return False
    for s in (c for c in cue.children if c.dep_ == "nsubj"):
        if s.lemma_.lower() not in lex["mover_nouns"]:  # "most of the crews": the share's "of" object
            s = next(iter(prep_objects(s, "of")), s)
        if s.lemma_.lower() not in lex["mover_nouns"] or s.pos_ != "NOUN" or s.i in ctx.at:
            continue  # (a common noun: not "... bound for the Korean Air Force touched down", misparsed)
        of = [o for pr in s.children if pr.dep_ == "prep" and pr.lower_ == "of" for o in pr.subtree]
        if not any(o.i in ctx.at and ctx.label(ctx.at[o.i]) == "Platform" for o in of):
            return True  # (not "a squadron of F-16s moved to X")
    return False


def _destinations(ctx: SentenceContext, cue, where: set[str], preps: set[str]) -> list:
    """Places the cue's own phrase goes to or stays at: objects of ``preps`` on the cue ("deployed
    to X", "patrolled over A and B"), also through a generic noun ("trucked to an army base in X");
    a preposition cue's own object ("along the X")."""
    heads = [cue] if cue.pos_ != "ADP" else []
    objs = [o for o in cue.children if o.dep_ == "pobj"] if cue.pos_ == "ADP" else []
    for _ in range(2):
        nxt = []
        for h in heads:
            for p in (c for c in h.children if c.dep_ == "prep" and c.lower_ in preps):
                objs += [o for o in p.children if o.dep_ == "pobj"]
        for o in objs:
            if o.i not in ctx.at and o.pos_ == "NOUN" and not _named_of(ctx, o):
                nxt.append(o)  # "to an army training base in Hsinchu": the base's own place
        heads = nxt
    out: list = []
    for o in objs:
        out += [m for m in ctx.group(o, where) if m not in out and not _demonym(ctx, m)]
    from .inventory import _base

    if any(_base(ctx, m) for m in out):  # "landed at X Air Base in the province of Y": Y is where the base lies
        out = [m for m in out if _base(ctx, m) or ctx.label(m) != "Place"]
    return [m for m in out if not _lies_in(ctx, m, out)]


def _lies_in(ctx: SentenceContext, m, found: list) -> bool:
    """A place named only as where another destination lies: "go to Jodhpur in Rajasthan" (Rajasthan)."""
    tok = ctx.head_token(m)
    if tok.dep_ != "pobj" or tok.head.lower_ not in {"in", "of"} or tok.head.dep_ != "prep":
        return False
    prep, holder = tok.head, tok.head.head
    gap = {prep.i, prep.i - 1} if ctx.doc[prep.i - 1].text == "," else {prep.i}
    return any(o is not m and ctx.label(o) == "Place" and (o.start <= holder.i < o.end or o.end in gap)
               for o in found)  # the phrase on the other place, or right after it ("to X in Y" on the verb)


def _named_of(ctx: SentenceContext, noun) -> bool:
    """A generic noun named by its "of" object ("the port of X"): X is the place, and a place after it
    ("the port of X, in Y state") is where X lies, not a second destination."""
    return any(o.i in ctx.at and ctx.label(ctx.at[o.i]) == "Place" for o in prep_objects(noun, "of"))


def _not_own_move(ctx: SentenceContext, cue, platforms) -> bool:
    """A cue that tells no platform's own move or stay: a purpose ("drones for patrols over X"), a motion
    verb in the passive whose subject is no platform ("the crew were landed in X": put ashore by a ship),
    or a clause on a noun that is no platform ("the rotational force based in X", "the division, which
    is based in X")."""
    lex = cues()["deployment"]
    if cue.pos_ == "NOUN" and cue.dep_ == "pobj" and cue.head.lower_ == "for":
        return True
    passive = [c for c in cue.children if c.dep_ == "nsubjpass"]
    if _is(cue, lex["motion"]) and passive and not any(
            c.left_edge.i <= p.start <= c.right_edge.i for c in passive for p in platforms):
        return True
    if _is(cue, lex["generic_motion"]):
        goods = cues()["supply"]["goods"]
        subjects = [c for c in cue.children if c.dep_ == "nsubj"]
        if not subjects or not all(any(p.start <= c.i < p.end for p in platforms) or c.lemma_.lower() in goods
                                   or c.lower_ in goods for c in subjects):
            return True
    if cue.dep_ in {"relcl", "acl"} and cue.pos_ == "VERB":
        noun = cue.head
        covered = any(p.start <= noun.i < p.end for p in platforms) or _platform_is(noun, platforms)
        goods = cues()["supply"]["goods"]
        return not covered and noun.lemma_.lower() not in goods and noun.lower_ not in goods
    return False


def _platform_is(noun, platforms) -> bool:
    """A noun a platform subject is said to be ("X became the first carrier to operate in Y", "X is the
    frigate based at Z"): the clause on it tells the platform's own move or stay."""
    if noun.dep_ != "attr":
        return False
    return any(c.left_edge.i <= p.start <= c.right_edge.i for c in noun.head.children
               if c.dep_ in {"nsubj", "nsubjpass"} for p in platforms)


def deployed(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "X deployed to Y", "bombers patrolled over the A Sea and the B Sea", "the launchers had come
    to the northern Philippines", "based at A and B": the platforms of the verb's subject (else the
    one before the cue) went to the places the cue's own phrase names (:func:`_destinations`)."""
    platforms = ctx.of({"Platform"})
    if not platforms:
        return
    lex = cues()["deployment"]
    preps = set(lex["place_preps"])
    cue, places = None, []
    for t in ctx.cued_tokens(_deployment_words(), "either"):  # (the words a cue needs)
        if _deployment_cue(ctx, t, lex):
            # a state is a destination after "deployed to", "came to" (not after "sent": a transfer is a supply)
            where = {"Place", "Country"} if _is(t, lex["to_country"]) else {"Place"}
            places = _destinations(ctx, t, where, preps)
            if places:
                cue = t
                break
    if cue is None:  # "the system had come to the north of X": a platform moving to a place
        cue = next((t for t in ctx.verbal(lex["motion"])
                    if ctx.prep_objects(t, set(lex["motion_preps"]), {"Place", "Country"})), None)
        if cue is not None:
            where = {"Place", "Country"} if _is(cue, lex["to_country"]) else {"Place"}
            places = _destinations(ctx, cue, where, set(lex["motion_preps"]))
    if cue is None or not places or negated(ctx, cue) or _not_own_move(ctx, cue, platforms) \
            or _history(ctx, cue, lex) or _others_move(ctx, cue, lex) or _carrying(ctx, cue, platforms, lex):
        return
    latter = next(iter(ctx.cued_tokens(_LATTER, "lower")), None)
    spans = [(c.left_edge.i, c.right_edge.i) for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"}
             and cue.pos_ == "VERB"]
    subject = [p for lo, hi in spans for p in platforms if lo <= p.start <= hi]
    phrases = {t.i for p in subject for t in (ctx.head_token(p), ctx.head_token(p).head)}
    owners = {m.entity for m in ctx.of({"Country"}) if ctx.head_token(m).dep_ in {"poss", "amod", "compound", "nmod"}
              and ctx.head_token(m).head.i in phrases}
    places = [m for m in places if m.entity not in owners]  # "Slovakia's F-16s landed in the west of the country"
    if latter is not None:
        chosen = [p for p in platforms if p.start < latter.i]
        chosen = chosen[-1:] if latter.lower_ == "latter" else chosen[:1]
    else:
        chosen = subject or [p for p in platforms if p.start < cue.i][-1:]
    for p in chosen:
        for place in places:
            yield rel(ctx, p, "DEPLOYED_TO", place, 0.7, "deployed-to")


def _demonym(ctx: SentenceContext, m) -> bool:
    """A country named by its adjective or as a possessor ("Chinese bombers", "Russia's navy"), not as a place."""
    return ctx.label(m) == "Country" and ctx.head_token(m).dep_ in {"amod", "compound", "poss", "nmod"}


# nouns that describe a place as part of a larger one ("Isfara, a Tajik town", "the Rwandan border town of Gisenyi")
PLACE_NOUNS = {"town", "city", "village", "district", "province", "region", "port", "capital", "oblast", "county",
                "state", "settlement", "municipality", "island", "enclave", "exclave", "hub", "suburb", "area"}


def located(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Astana, Kazakhstan" and "a base in Syria" (not two items of a list: "Tel Aviv, Haifa and
    other cities"); "Isfara, a Tajik town near the line", "the Rwandan border town of Gisenyi",
    "Kapan, a city in Syunik"."""
    places = ctx.of({"Place"})
    for m in places:
        rest = _within_words(ctx, m)
        site_end = _site_noun_end(ctx, m)
        if site_end is not None and not (rest and (rest[0].text == "," or rest[0].lower_ in _WITHIN_PREPS)):
            run = _within_words(ctx, _Span(site_end))  # "the Pune plant in Maharashtra": Pune in Maharashtra
            if _site_run_fits(ctx, m, run):
                rest = run
        if len(rest) >= 2 and rest[0].lower_ in _WITHIN_PREPS and rest[1].lower_ == "the":
            del rest[1]  # "Leiden in the Netherlands"
        elif len(rest) >= 3 and rest[0].text == "," and rest[1].lower_ == "the" and rest[2].i in ctx.at \
                and ctx.label(ctx.at[rest[2].i]) == "Country":
            del rest[1]  # "Eindhoven, the Netherlands"
        # "on" puts an installation on an island or a coast ("Clark Air Base on Luzon"), not a town on
        # another ("advanced from A on B")
        on_site = rest[0].lower_ != "on" or ctx.doc[m.end - 1].lower_ in SITE_NOUNS if rest else False
        if len(rest) >= 2 and (rest[0].text == "," or rest[0].lower_ in _WITHIN_PREPS) and rest[1].i in ctx.at \
                and on_site:
            c = ctx.at[rest[1].i]
            owned = ctx.at.get(c.end + 1) if c.end + 1 < ctx.sent.end and ctx.doc[c.end].lower_ == "'s" else None
            if rest[0].lower_ in _WITHIN_PREPS and owned is not None and ctx.label(owned) == "Place":
                c = owned  # "the Port of Taipei, in New Taipei's Bali District": in the district
            if rest[0].lower_ in _WITHIN_PREPS and _list_head(ctx, c):
                continue  # "Vardenis and Kapan, in the Syunik, Gegharkunik and Vayots Dzor provinces": which is whose?
            if ctx.label(c) in PLACES and c.entity != m.entity and not (rest[0].text == "," and _listed(ctx, m, c)):
                yield rel(ctx, m, "LOCATED_IN", c, 0.7, "located-in")
                if rest[0].text != "," and not _parallel(ctx, c):  # "A and B in C": each place of the list
                    for other in _conjoined_places(ctx, m, places):
                        if not _placed_apart(ctx, other):
                            yield rel(ctx, other, "LOCATED_IN", c, 0.65, "located-in")
        for c in _described_in(ctx, m):
            yield rel(ctx, m, "LOCATED_IN", c, 0.65, "located-in-description")
        for c in _near_town_in(ctx, m):
            yield rel(ctx, m, "LOCATED_IN", c, 0.6, "located-near-town-in")


def _near_town_in(ctx: SentenceContext, m) -> list:
    """The region a site lies in when the text places it near a town in that region ("the X Field Firing Ranges
    near T in R": R; ``places.site_near_preps``); not a country ("near T in Poland" is no statement a user lacks)."""
    if m.end >= ctx.sent.end or ctx.doc[m.end].lower_ not in set(cues()["places"]["site_near_preps"]):
        return []
    town = ctx.at.get(m.end + 1)
    if town is None or ctx.label(town) != "Place":
        return []
    rest = _within_words(ctx, town)
    if len(rest) < 2 or rest[0].lower_ not in _WITHIN_PREPS or rest[1].i not in ctx.at:
        return []
    region = ctx.at[rest[1].i]
    return [region] if ctx.label(region) == "Place" and region.entity not in {m.entity, town.entity} else []


def _list_head(ctx: SentenceContext, c) -> bool:
    """Whether the place ``c`` opens a list of places ("in the A, B and C provinces")."""
    doc, end = ctx.doc, ctx.sent.end
    nxt = c.end + 1
    if not (nxt < end and nxt in ctx.at and ctx.label(ctx.at[nxt]) in PLACES):
        return False
    if doc[c.end].lower_ in {"and", "or"}:
        return not _own_place_after(ctx, ctx.at[nxt])  # "A in X and B in Y": X is A's place, Y is B's
    # "in A, B and C" is a list; "in San Diego, California" a city and its state
    return doc[c.end].text == "," and _listed(ctx, c, ctx.at[nxt])


def _parallel(ctx: SentenceContext, c) -> bool:
    """Whether the place ``c`` is followed by "and"/"or" and a place with its own place ("A in [c] and B in Y"):
    items that each carry a place, so an earlier item without one takes neither."""
    nxt = c.end + 1
    return nxt < ctx.sent.end and ctx.doc[c.end].lower_ in {"and", "or"} and nxt in ctx.at \
        and ctx.label(ctx.at[nxt]) in PLACES and _own_place_after(ctx, ctx.at[nxt])


def _own_place_after(ctx: SentenceContext, m) -> bool:
    """Whether the place ``m`` is followed by a preposition of its own place and another place ("B in Y")."""
    i = m.end
    return i + 1 < ctx.sent.end and ctx.doc[i].lower_ in set(cues()["places"]["own_place_preps"]) \
        and (i + 1) in ctx.at and ctx.label(ctx.at[i + 1]) in PLACES and ctx.at[i + 1].entity != m.entity


def _within_words(ctx: SentenceContext, m) -> list:
    """The few tokens after a place that may name the place it lies in, without the words that only
    narrow it: "A, in B" and "A and C, both in B" read as "A in B"; "in southern B", "in the
    governorate of B" and "in the U.S. state of B" as "in B" (at most eight tokens looked at)."""
    doc, end = ctx.doc, min(ctx.sent.end, m.end + 8)
    toks = [doc[i] for i in range(m.end, end)]
    if len(toks) >= 3 and toks[0].text == "," and (toks[1].lower_ in _WITHIN_PREPS or toks[1].lower_ in {"both", "all"}
                                                   and toks[2].lower_ in _WITHIN_PREPS):
        toks = toks[1:] if toks[1].lower_ in _WITHIN_PREPS else toks[2:]  # ", in B", ", both in B"
    if not toks or toks[0].lower_ not in _WITHIN_PREPS:
        return toks[:3]
    i = 1
    if i < len(toks) and toks[i].lower_ == "the":
        i += 1
    while i < len(toks) and toks[i].i not in ctx.at and toks[i].lower_ in COMPASS:
        i += 1  # "in southern France"
    j = i
    while j < len(toks) and toks[j].i not in ctx.at and toks[j].lower_ != "of" and j - i < 3:
        j += 1
    if j + 1 < len(toks) and toks[j].lower_ == "of" and toks[j - 1].lemma_.lower() in PLACE_NOUNS | {"governorate"}:
        i = j + 1  # "in the governorate of Nabeul", "in the U.S. state of Georgia"
    return [toks[0], *toks[i:i + 1]]


COMPASS = {"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "northeastern",
            "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
            "south-western", "upper", "lower", "coastal", "rural"}


# prepositions that put a named place inside the next one ("Leiden in the Netherlands", "a base on Guam"),
# and the last words of the installations "on" puts on an island or a coast
_WITHIN_PREPS = {"in", "on"}
SITE_NOUNS = {"base", "airbase", "airfield", "airport", "station", "port", "harbour", "harbor", "range", "facility",
               "complex", "shipyard", "yard", "camp", "fort", "depot", "garrison", "outpost", "lighthouse", "centre",
               "center", "site", "field", "barracks"}


class _Span:
    """A stand-in for a mention that ends at ``end`` (what :func:`_within_words` reads of a mention)."""

    def __init__(self, end: int) -> None:
        self.end = end


def _site_noun_end(ctx: SentenceContext, m) -> int | None:
    """The end of a short run of common nouns after a place that names a site of it ("the Pune plant", "the
    Ak Orda state residence", "Bukhara airport", "the Yelabuga special economic zone"): one to three lowercase
    words, none a mention, the last a singular ``places.site_run_nouns`` word, followed by "in" or "on"; the
    place not a water body (``places.site_run_not_kinds``), which names a coast's site, not a site of the sea
    ("the Black Sea port in Novorossiysk"). ``None`` where no such run follows."""
    lex = cues()["places"]
    if ctx.entities[m.entity].props.get("kind") in set(lex["site_run_not_kinds"]):
        return None
    doc, end = ctx.doc, ctx.sent.end
    for n in range(1, 4):
        last = m.end + n - 1
        if last + 1 >= end:
            return None
        tok = doc[last]
        if tok.i in ctx.at or not tok.text.islower() or not tok.is_alpha or tok.pos_ not in {"NOUN", "ADJ", "PROPN"}:
            return None
        if tok.lemma_.lower() in set(lex["site_run_nouns"]) and tok.tag_ in {"NN", "NNP"} \
                and doc[last + 1].lower_ in _WITHIN_PREPS:
            return last + 1
    return None


def _site_run_fits(ctx: SentenceContext, m, run: list) -> bool:
    """Whether the place after a site run (``run``: what :func:`_within_words` reads after it) is larger than the
    place ``m`` before it: a state, or a region by its catalogue kind or name noun (:func:`_region`), or a town
    after a place that is no town (``places.site_run_town_kinds``: "the Ak Orda state residence in Astana"). A town
    before a site noun in another town most often names the site, not its location ("the Lviv military academy in
    Kyiv", "the Kyiv airport in Boryspil", "the Moscow embassy residence in Washington"): no town in a town."""
    words = [t for t in run[1:] if t.lower_ != "the"]
    c = ctx.at.get(words[0].i) if words else None
    if c is None:
        return False
    if ctx.label(c) != "Place" or _region(ctx.entities[c.entity]):
        return True
    return ctx.entities[m.entity].props.get("kind") not in set(cues()["places"]["site_run_town_kinds"])


def _conjoined_places(ctx: SentenceContext, m, places: list) -> list:
    """The places coordinated with ``m`` before it ("A and B" in "A and B in C")."""
    tok = ctx.head_token(m)
    first = tok.head if tok.dep_ == "conj" else tok
    heads = {t.i for t in [first, *conjuncts(first)] if t.i != tok.i}
    return [p for p in places if p.entity != m.entity and ctx.head_token(p).i in heads and p.start < m.start]


def _placed_apart(ctx: SentenceContext, m) -> bool:
    """Whether a list item is itself the place of a name before it ("Cold Lake in [Alberta] and Bagotville in
    Quebec", "Moron Air Base near [Seville] and Los Llanos in Albacete", "the tombs of A in [X] and B in Y"):
    each item of such a list carries its own place, so the last item's place is not the earlier ones'
    (``places.own_place_preps``); not the items of a common noun's place ("plants in A and B in C")."""
    preps = set(cues()["places"]["own_place_preps"])
    tok = ctx.head_token(m)
    if tok.dep_ == "pobj" and tok.head.lower_ in preps and tok.head.head.i in ctx.at \
            and ctx.at[tok.head.head.i].entity != m.entity:
        return True
    # the parser often hangs "in X" on the verb ("flown from A in [X] and B in Y"): the words in order tell it too
    if m.start - 2 < ctx.sent.start or ctx.doc[m.start - 1].lower_ not in preps:
        return False
    before = ctx.at.get(m.start - 2)
    return before is not None and before.entity != m.entity


def _listed(ctx: SentenceContext, a, b) -> bool:
    """Whether "A, B" are items of a list rather than a place and its country: another place before
    A, or "and"/"or" or another place after B."""
    def place_at(i: int) -> bool:
        return ctx.sent.start <= i < ctx.sent.end and i in ctx.at and ctx.label(ctx.at[i]) in PLACES

    doc = ctx.doc
    if a.start - 2 >= ctx.sent.start and doc[a.start - 1].text == "," and place_at(a.start - 2):
        return True
    if b.end < ctx.sent.end and doc[b.end].lower_ in {"and", "or"}:
        return True
    return b.end + 1 < ctx.sent.end and doc[b.end].text == "," and (place_at(b.end + 1) or doc[b.end + 1].lower_ in {"and", "or"})


def _described_in(ctx: SentenceContext, m) -> list:
    """The country or place a place noun describing ``m`` names: "Isfara, a Tajik town", "the
    Rwandan border town of Gisenyi", "Kapan, a city in Syunik"."""
    tok = ctx.head_token(m)
    nouns = [c for c in tok.children if c.dep_ == "appos"]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        nouns.append(tok.head.head)
    out = []
    for noun in nouns:
        if noun.lemma_.lower() not in PLACE_NOUNS or noun.i in ctx.at:
            continue
        facility = any(c.lower_ in {"air", "naval", "military", "army"} for c in noun.children)  # "an American air hub"
        for c in noun.children:
            if c.dep_ in {"amod", "compound", "poss"} and c.i in ctx.at and ctx.label(ctx.at[c.i]) == "Country" \
                    and not facility:
                out.append(ctx.at[c.i])
            if c.dep_ == "prep" and c.lower_ in {"in", "inside", "within", "of"} and c.i != tok.head.i:
                # "Wad Madani, the capital of Gezira", not the "of" naming the place itself ("the towns of A and B")
                out += [x for o in c.children if o.dep_ == "pobj" for x in ctx.group(o, PLACES)]
    out += _area_of(ctx, m, tok)
    return [x for x in out if x.entity != m.entity]


def _area_of(ctx: SentenceContext, m, tok) -> list:
    """The larger place a named area is "of": "the Ouakam district of Dakar", "the Pavlodar Region of northern
    Kazakhstan", "the Galwan Valley of eastern Ladakh" (``places.area_of_nouns``: the noun ends the name or
    follows it; the "of" phrase comes after the name, not inside it as in "the Port of Taipei"). A plural noun's
    "of" names its members: "the Borneo states of A and B" are A and B, not within them."""
    nouns = set(cues()["places"]["area_of_nouns"])
    own = [tok] if tok.i == m.end - 1 and tok.lemma_.lower() in nouns else []
    if tok.dep_ == "compound" and tok.head.i == m.end and tok.head.i not in ctx.at \
            and tok.head.lemma_.lower() in nouns:
        own.append(tok.head)
    own = [n for n in own if n.tag_ not in {"NNS", "NNPS"}]
    return [x for noun in own for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i >= m.end
            for o in c.children if o.dep_ == "pobj" for x in ctx.group(o, PLACES)]


def event_targets(ctx: SentenceContext, facts: DocFacts, tok, implicit: bool) -> list:
    """The events ``tok`` is about: its objects and "in"/"at" objects, an acl's head ("the opening,
    attended by ..."), else (``implicit``) the sentence's events or the article's main event."""
    targets = ctx.prep_objects(tok, {"in", "at", "for", "during"}, {"Event"})
    if not targets and any(c.dep_ == "prep" and c.lower_ == "in" and any(
            o.dep_ == "pcomp" or o.tag_ == "VBG" for o in c.children) for c in tok.children):
        return []  # "are to take part in developing them": an activity, not an event
    if not targets and any(o.pos_ == "NOUN" and o.i not in ctx.at for o in prep_objects(tok, {"in", "during"})) \
            and _is(tok, {"take", "participate", "join"}):
        return []  # "fighters took part in the intercept": another activity than the article's event
    objects = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass", "attr"}]
    targets += [ctx.at[c.i] for c in objects if c.i in ctx.at and ctx.label(ctx.at[c.i]) == "Event"]
    # "joined the naval part of the drills", "joined the second phase of Exercise X": the event a part is of
    targets += [e for e in _parts_of_events(ctx, objects) if e not in targets]
    if tok.dep_ in {"acl", "relcl"} and tok.head.i in ctx.at and ctx.label(ctx.at[tok.head.i]) == "Event":
        targets.append(ctx.at[tok.head.i])
    if targets and _other_month(ctx, facts, tok):
        # "X attended a ministerial meeting in Astana in February", in an article about a September summit:
        # the meeting told by a common noun is another occasion than the article's event it was read as
        # (not the event named by its own name: "Japan joined RIMPAC 2024 in July", after it began in June)
        return [e for e in targets if e.entity != facts.main_event or _by_own_name(ctx, e)]
    if targets or not implicit:
        return targets
    if _other_month(ctx, facts, tok):
        return []  # "India, which paraded its jets in January", in an article about a March parade
    # not an event that only dates another ("the largest parade since the start of the invasion")
    in_sentence = [e for e in ctx.of({"Event"}) if not any(
        a.lower_ in {"since", "after", "before", "until", "following"} for a in list(ctx.head_token(e).ancestors)[:3])]
    in_sentence = [e for e in in_sentence if e in _events_of_clause(ctx, tok)]  # (not "although ... the summit in Y")
    # no war is attended: "a parade marking the victory in the six-week war, watched by X" (X at the parade)
    in_sentence = [e for e in in_sentence if not _fought_war(ctx, e)]
    if in_sentence:  # the nearest one before: "coincided with a meeting of the SCO, where X was in attendance"
        before = [e for e in in_sentence if e.start < tok.i]
        return before[-1:] if before else in_sentence[:1]
    return [facts.main_event] if about_event(ctx, facts) else []


def _fought_war(ctx: SentenceContext, m) -> bool:
    """Whether an event mention is of a war: its kind, or a catalogued event of two sides or more whose names hold
    a war noun (``described_war_nouns``: "2025 Cambodia–Thailand border conflict")."""
    from ...reference import load_reference

    entity = ctx.entities.get(m.entity)
    if entity is None:
        return False
    if event_kind(entity) == "war":
        return True
    entry = load_reference(ctx.doc.user_data.get("reference_files", ())).get(entity.ref_id) if entity.ref_id else None
    nouns = set(lexicon()["described_war_nouns"])
    return entry is not None and len(entry.parties) >= 2 and any(
        w in nouns for n in (entry.name, *entry.aliases) for w in re.findall(r"[a-z]+", n.lower()))


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")


def _parts_of_events(ctx: SentenceContext, objects: list) -> list:
    """The events named after "of" on part nouns among ``objects`` ("the naval part of the drills", "the second
    phase of Exercise X": lex ``event_phase_nouns``, ``event_part_nouns`` and "part")."""
    lex = cues()["participation"]
    parts = lex["event_phase_nouns"] | lex["event_part_nouns"] | lex["event_part_of_nouns"]
    return [ctx.at[o.i] for c in objects if c.i not in ctx.at and c.lemma_.lower() in parts
            for o in prep_objects(c, "of") if o.i in ctx.at and ctx.label(ctx.at[o.i]) == "Event"]


def _events_of_clause(ctx: SentenceContext, verb) -> list:
    """The sentence's events but those of an adverbial clause hanging from ``verb`` ("X also came for the day,
    although protests had kept him away from the summit in Y": the summit is no event of "came")."""
    aside = {x.i for c in verb.children if c.dep_ == "advcl" for x in c.subtree}
    return [e for e in ctx.of({"Event"}) if ctx.head_token(e).i not in aside]


def _by_own_name(ctx: SentenceContext, m) -> bool:
    """Whether an event mention names the event by its name ("RIMPAC 2024", "the Arctic Summit"), not by a
    common noun ("a ministerial meeting"): its head word is capitalised or a number."""
    head = ctx.head_token(m)
    return head.text[:1].isupper() or head.like_num


def _other_month(ctx: SentenceContext, facts: DocFacts, tok) -> bool:
    """Whether the verb is set "in" a month other than the article's event's ("India, which paraded its jets in
    New Delhi in January", in an article about a March parade): another occasion than the article's event."""
    main = facts.entities.get(facts.main_event) if facts.main_event else None
    date = str(main.props.get("date") or "") if main is not None else ""
    if len(date) < 7 or "/" in date:
        return False
    months = [o.lower_ for o in prep_objects(tok, "in") if o.text[:1].isupper() and o.lower_ in _MONTHS]
    return bool(months) and all(_MONTHS.index(m) + 1 != int(date[5:7]) for m in months)


def about_event(ctx: SentenceContext, facts: DocFacts) -> bool:
    """Whether the article is about its main event, so that a sentence naming no event speaks of it
    ("X also attended", "A and B are taking part"): the event is named twice or more, or in the
    headline or the lead. An event named once in passing ("was flying to a summit when ...") is not
    what the rest of the article's attending, taking part or being present is about, beyond the sentence
    after it; "the ceremony" named once after the lead described it ("retired its last fighters at X") is."""
    main = facts.entities.get(facts.main_event) if facts.main_event else None
    if main is None:
        return False
    if len(main.mentions) >= 2:
        return True
    doc = ctx.doc
    if _main_event_before(ctx, facts):
        return True  # "flew to X for a meeting of the group. Germany was expected to use the occasion to ..."
    lead = [doc[i].sent for i in lead_starts(doc)]
    for m in (x for x in facts.mentions if x.entity == main.id):
        if in_headline(doc, m.start_char) or any(s.start <= m.start < s.end for s in lead):
            return True
        words = {t.lower_ for t in doc[max(0, m.start - 3):m.start + 1]}
        if not words & {"a", "an", "another"}:  # "flying to an informal summit", "at a plenary session": in passing
            return True
    return False


def _on_viewing_place(ctx: SentenceContext, tok, places) -> bool:
    """Whether ``tok`` takes someone onto or watches from a stand: "climbed the rostrum", "stood on
    the tribune", "watched from the reviewing stand"."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += prep_objects(tok, {"on", "onto", "from", "atop", "in", "at"})
    return any(o.lemma_.lower() in places and o.i not in ctx.at for o in objects)


def _pronoun_subjects(ctx: SentenceContext, facts: DocFacts, tok) -> list[str]:
    """The people a plural or personal pronoun subject of ``tok`` stands for: the named subjects
    of the sentence before ("X and Y arrived. They were joined by ...")."""
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"they", "he", "she"} for c in tok.children) \
            or ctx.sent.start == 0:
        return []
    before = ctx.doc[ctx.sent.start - 1].sent
    subjects = [c for c in before.root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return list(dict.fromkeys(m.entity for c in subjects for m in facts.mentions
                              if c.left_edge.i <= m.start <= c.right_edge.i
                              and facts.entities[m.entity].label in {"Person", "Country", "GovernmentBody"}
                              and not (facts.entities[m.entity].label == "Country"
                                       and ctx.doc[m.start].dep_ in {"amod", "compound"})))


def _people_in(ctx: SentenceContext, tok) -> list:
    """The actors listed under ``tok``: its conjuncts and list items, and every person named in
    its phrase ("Vladimir Putin of Russia, Kassym-Jomart Tokayev of Kazakhstan and ...")."""
    out = ctx.with_list(tok, ACTORS)
    out += [m for m in ctx.mentions if ctx.label(m) == "Person" and tok.left_edge.i <= m.start <= tok.right_edge.i
            and m not in out]
    return out


def _listed_after_cue(ctx: SentenceContext, subj, verb, doc_mentions=()) -> list:
    """The named items of a generic subject: "Russian firms ..., among them A, B and C, were
    present", "Seven countries were exhibiting: A, B and C" (the list may be parsed as a sentence
    of its own)."""
    if subj.i in ctx.at or subj.pos_ not in {"NOUN", "PRON"}:
        return []
    cue = next((t for t in ctx.cued_tokens(_AMONG, "lower") if subj.i < t.i < verb.i), None)
    if cue is not None:
        return [m for m in ctx.mentions if cue.i < m.start < verb.i and ctx.label(m) in ACTORS]
    # "Twenty nations took part, among them A, B and C": the list after the verb, set off by a comma
    after = next((t for t in ctx.cued_tokens(_AMONG, "lower") if t.i > verb.i
                  and t.i > 0 and ctx.doc[t.i - 1].text == ","), None)
    if after is not None:
        return [m for m in ctx.mentions if m.start > after.i and ctx.label(m) in ACTORS]
    colon = next((t for t in ctx.tokens if t.text == ":" and t.i > verb.i), None)
    if colon is None:
        return []
    end = ctx.sent.end
    if colon.i >= ctx.sent.end - 2 and end < len(ctx.doc):  # the list is the next "sentence"
        end = ctx.doc[end].sent.end
    return [m for m in doc_mentions or ctx.mentions if colon.i < m.start < end and ctx.entities[m.entity].label in ACTORS]


def _subject_actors(ctx: SentenceContext, tok, facts: DocFacts | None = None) -> list:
    """Who does what ``tok`` says: its subjects with the people and list items inside a subject
    phrase ("Brazil's Lula, Venezuela's Maduro and ..."), and the bodies a contingent comes from
    ("contingents from 13 armies, China's among them", "a band from the Indonesian army")."""
    out = ctx.subjects(tok, ACTORS, plural=True)
    for c in tok.children:
        if c.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        out += [m for m in _people_in(ctx, c) if m not in out]
        listed = _listed_after_cue(ctx, c, tok, facts.mentions if facts else ())
        if listed:  # the items, not the demonym of the generic head ("Russian firms, among them A, B")
            out = [m for m in out if m.start > c.i or ctx.label(m) == "Person"] + listed
        out += [m for m in _contingent(ctx, c) if m not in out]
        out += [m for m in _represented(ctx, c) if m not in out]
        if c.lower_ in {"who", "that"} and tok.dep_ == "relcl" and tok.head.i not in ctx.at:
            # "South Korea's defence minister, X, who flew in for the show": the person set beside the antecedent
            out += [ctx.at[a.i] for a in tok.head.children if a.dep_ == "appos" and a.i in ctx.at
                    and ctx.label(ctx.at[a.i]) == "Person" and ctx.at[a.i] not in out]
    return out


def _among_attendees(ctx: SentenceContext, verb, lex: dict) -> bool:
    """Whether "be" lists those who came: "Among the presidents who made the trip were ...", "Among the
    guests were ...", "Among those attending were ..." (not "among those who stayed away")."""
    acts = {tuple(a.split()) for a in lex["among_acts"]}
    for p in verb.children:
        if p.dep_ != "prep" or p.lower_ != "among":
            continue
        for o in p.children:
            if o.dep_ != "pobj":
                continue
            clauses = [c for c in o.children if c.dep_ in {"relcl", "acl"}]
            if o.lower_ == "those" and any(c.lower_ in lex["presence"] or c.dep_ == "prep" and any(
                    d.lower_ in lex["presence"] for d in c.children) for c in o.children):
                return True  # "Among those present were ...", "among those in attendance"
            if not clauses:  # "Among the guests were ...", "Among the teams flying this year are ..."
                return o.lower_ in lex["attendee_nouns"] or o.lower_ in lex["presence"] or o.lower_ in lex["contingent"]
            # "Among the leaders who made the trip were ...", not "who stayed away"
            return any(not negated(ctx, c) and (_is(c, lex["among_verbs"]) or any(
                (c.lemma_.lower(), d.lemma_.lower()) in acts for d in c.children if d.dep_ in {"dobj", "prt"}))
                for c in clauses)
    return False


def _home_states(ctx: SentenceContext, person) -> list:
    """The state a person is named as the leader or envoy of: "Egypt's X", "X of Ghana", "Canada's
    prime minister, X", "X, Peru's foreign minister" (not a demonym: "Chinese Premier X")."""
    tok = ctx.head_token(person)
    holders = [tok]
    if tok.dep_ == "appos" and tok.head.i not in ctx.at and tok.head.lemma_.lower() in _REPRESENTATIVES:
        holders.append(tok.head)
    holders += [c for c in tok.children if c.dep_ == "appos" and c.i not in ctx.at
                and c.lemma_.lower() in _REPRESENTATIVES]
    # "Jordan's Prime Minister X", "Lebanon's President Y": the parser hangs the possessor on the title before the name
    holders += [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.lemma_.lower() in _REPRESENTATIVES]
    out: list = []
    for h in holders:
        for c in h.children:
            if c.dep_ == "poss":
                out += [m for m in ctx.group(c, {"Country"}) if m not in out]
            if c.dep_ == "prep" and c.lower_ == "of":
                out += [m for o in c.children if o.dep_ == "pobj" for m in ctx.group(o, {"Country"}) if m not in out]
    return [m for m in out if m.entity != person.entity]


def _contingent(ctx: SentenceContext, subj) -> list:
    """The states and bodies a subject naming a contingent comes from: "contingents from 13 armies",
    "warships from A, B and C", "a band from the Indonesian army" (nouns in ``participation.contingent``)."""
    words = cues()["participation"]["contingent"]
    if subj.lower_ not in words and subj.lemma_.lower() not in words:
        return []
    return [m for m in ctx.mentions if subj.left_edge.i <= m.start <= subj.right_edge.i and ctx.label(m) in ACTORS]


def _measured_event(ctx: SentenceContext, obj):
    """The event an object measures out: "began a week of joint drills", "opened the first day of the
    summit" (a time noun with "of" and the event)."""
    if obj.lemma_.lower() not in cues()["participation"]["event_spans"]:
        return None
    for p in obj.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for o in p.children:
                m = ctx.at.get(o.i)
                if o.dep_ == "pobj" and m is not None and ctx.label(m) == "Event":
                    return m
    return None


def _contingents_of(ctx: SentenceContext, verb) -> list:
    """The states and bodies the troops or ships of a clause come from: its subject "troops from A, B
    and C" and a phrase "with fighters from A and B" under the verb or its object."""
    words = cues()["participation"]["contingent"]
    out: list = []
    for c in verb.children:
        if c.dep_ in {"nsubj"} and c.i not in ctx.at:
            out += [m for m in _contingent(ctx, c) if m not in out]
    withs = [p for p in verb.subtree if p.dep_ == "prep" and p.lower_ == "with"
             and (p.head.i == verb.i or p.head.head.i == verb.i and p.head.dep_ in {"dobj", "appos"})]
    for p in withs:
        for o in p.children:
            if o.dep_ == "pobj" and (o.lower_ in words or o.lemma_.lower() in words) \
                    and any(f.dep_ == "prep" and f.lower_ == "from" for f in o.children):
                out += [m for m in ctx.mentions if o.i < m.start <= o.right_edge.i
                        and ctx.label(m) in ACTORS and m not in out]
    return out


def _represented(ctx: SentenceContext, subj) -> list:
    """The states and bodies whose representatives are the subject: "the leaders of A, B and C",
    "X and the heads of state of A and B", "delegations from A and B"."""
    out = []
    for t in [subj, *conjuncts(subj)]:
        if t.i in ctx.at or t.lemma_.lower() not in _REPRESENTATIVES:
            continue
        for p in t.children:
            if p.dep_ == "prep" and p.lower_ in {"of", "from"}:
                for o in p.children:
                    if o.dep_ == "pobj":
                        # heads of state of A, heads of state or government from A
                        inner = [q for x in [o, *conjuncts(o)] for q in x.children
                                 if q.dep_ == "prep" and q.lower_ in {"of", "from"}]
                        target = next((x for q in inner for x in q.children if x.dep_ == "pobj"), o) \
                            if o.lower_ in {"state", "government", "states", "governments"} else o
                        out += [m for m in ctx.group(target, {"Country", "Alliance", "Organization", "GovernmentBody"})
                                if m not in out]
    return out


@functools.cache
def _equipment_words() -> frozenset[str]:
    """One-word equipment nouns ("frigate", "tanks", "jets") from the mention lexicon's categories."""
    return frozenset(c for cues in lexicon()["category_nouns"].values() for c in cues if " " not in c)


def _colon_listed(ctx: SentenceContext, facts: DocFacts, lex: dict) -> list[tuple]:
    """(actor, main event) of a heading-like colon list in an exercise's, summit's or show's article:
    "Participants: A, B and C", "Taking part: A, B", and a list item "Polish Navy: the frigate X and
    the submarine Y" (one actor, then the platforms it brings)."""
    main = facts.entities.get(facts.main_event) if facts.main_event else None
    if main is None or event_kind(main) not in _GATHERINGS | {"exercise"}:
        return []
    colon = next((t for t in ctx.tokens[:8] if t.text[:1] == ":" and set(t.text) <= {":", "*"}), None)
    if colon is None or colon.i == ctx.sent.start:
        return []
    left = [t for t in ctx.tokens if t.i < colon.i and not t.is_punct and set(t.text) - {"-", "*", "+"}]
    if not left:
        return []
    end = ctx.sent.end
    if all(t.is_punct for t in ctx.tokens if t.i > colon.i) and end < len(ctx.doc):
        end = ctx.doc[end].sent.end  # the list parsed as a sentence of its own
    after = [m for m in facts.mentions if colon.i < m.start < end]
    words = {w.lower() for w in [*lex["attendee_nouns"], *lex["contingent"]]} | {"taking", "part", "participating"}
    if all(t.lower_ in words for t in left):  # "Participants: A, B and C"
        return [(m, facts.main_event) for m in after if ctx.entities[m.entity].label in ACTORS]
    owner = [m for m in ctx.mentions if m.start <= left[0].i and m.end > left[-1].i]
    if len(owner) == 1 and ctx.label(owner[0]) in {"Country", "GovernmentBody", "Organization", "Company"} \
            and event_kind(main) != "summit" and (any(ctx.entities[m.entity].label == "Platform" for m in after)
                                                  or any(ctx.doc[i].lower_ in _equipment_words()
                                                         for i in range(colon.i + 1, min(end, colon.i + 40)))):
        return [(owner[0], facts.main_event)]  # "Polish Navy: the frigate X": a contingent's list
    return []


_LIST_SUBJECT_LABELS = {"Country", "GovernmentBody", "Organization", "Alliance", "Company"}


def _generic_subject_list(ctx: SentenceContext, verb) -> list:
    """The actors a colon sets out after a verb whose subject is a plain noun naming no one: "Thirteen
    foreign states sent troops or observers: A, B and C", "Five navies took part: D, E and F", "Ten of them
    are sending staff: A, B and C" (a number standing for the states)."""
    if not any(c.dep_ == "nsubj" and c.pos_ in {"NOUN", "NUM"} and c.i not in ctx.at  # (the list may hang on it)
               and not any(t.i in ctx.at for t in c.subtree if t.i < verb.i) for c in verb.children):
        return []
    return [m for m in colon_items(ctx, verb.i)
            if ctx.label(m) in _LIST_SUBJECT_LABELS and not demonym_of_people(ctx, m)]


def _title_of_person(ctx: SentenceContext, m) -> bool:
    """Whether mention ``m`` is set beside a person as an appositive ("X, General Officer Commanding of the
    Delhi Area"): a post the person holds, not another actor."""
    tok = ctx.head_token(m)
    return tok.dep_ == "appos" and tok.head.i in ctx.at and ctx.label(ctx.at[tok.head.i]) == "Person"


def _at_rite(ctx: SentenceContext, verb, lemma: str, lex: dict) -> bool:
    """Whether ``verb`` is done at an event's opening or closing rite named by a common noun: "said at the
    closing ceremony", "addressed the opening ceremony" (an object only for verbs in ``rite_verbs``: "skipped
    the opening ceremony" is no presence); not "the opening ceremony of the Games" when the Games are no
    event of the sentence."""
    nouns = prep_objects(verb, {"at", "during"})
    if lemma in lex["rite_verbs"]:
        nouns += [c for c in verb.children if c.dep_ == "dobj"]
    for n in nouns:
        if n.i in ctx.at or n.lemma_.lower() not in lex["rites"] \
                or not any(c.dep_ in {"amod", "compound"} and c.lower_ in lex["rite_phases"] for c in n.children):
            continue
        owners = prep_objects(n, "of")
        if all(o.i in ctx.at and ctx.label(ctx.at[o.i]) == "Event" for o in owners):
            return True
    return False


def _event_subject(ctx: SentenceContext, facts: DocFacts, verb) -> list:
    """The event a verb's subject names: an event mention, else an event noun of the article's main
    event's kind ("the exercise", "the drills", "the summit")."""
    out = []
    holder = verb.head if verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) \
        else verb  # "was organised by X and led by Y": the subject of the first verb
    for c in holder.children:
        if c.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        if c.i in ctx.at and ctx.label(ctx.at[c.i]) == "Event":
            out.append(ctx.at[c.i])
        elif c.i not in ctx.at and facts.main_event and facts.main_event in facts.entities:
            kind = event_kind(facts.entities[facts.main_event])
            # "the exercise", "the summit", or "the event" itself
            nouns = set(lexicon()["event_kinds"].get(kind, ())) if kind else set()
            if (c.lemma_.lower() in nouns or kind and c.lower_ == "event" and any(
                    d.dep_ == "det" and d.lower_ == "the" for d in c.children)) \
                    and not any(d.lower_ in {"a", "an", "another"} | EARLIER for d in c.children):
                out.append(facts.main_event)
            elif _part_of_sole_event(ctx, facts, c):
                out.append(facts.main_event)
    return out


def _part_of_sole_event(ctx: SentenceContext, facts: DocFacts, noun) -> bool:
    """Whether a subject noun is a part of the article's one event of its kind ("Tunisia's phase", "the naval
    leg", "the Senegalese phase"), not a part of something else ("the first phase of the programme") nor an
    earlier or another event's ("a phase", "the previous leg")."""
    lex = cues()["participation"]
    if noun.lemma_.lower() not in lex["event_phase_nouns"] | lex["event_part_nouns"] or not sole_event_of_its_kind(facts):
        return False
    if any(d.lower_ in {"a", "an", "another"} | EARLIER for d in noun.children):
        return False
    of = prep_objects(noun, "of")
    return all(o.i in ctx.at and ctx.label(ctx.at[o.i]) == "Event" and ctx.at[o.i].entity == facts.main_event
               for o in of)


def _sworn_in(verb, lemma: str, lex: dict) -> bool:
    """Whether the verb takes office by oath ("was sworn in", "took the oath of office": lex ``oath_acts``),
    told as done (not "will be sworn in", "is due to take the oath")."""
    acts = {tuple(a.split()) for a in lex["oath_acts"]}
    done = not put_ahead(verb) and verb.dep_ != "xcomp"
    return done and any((lemma, c.lower_) in acts or (lemma, c.lemma_.lower()) in acts
                        for c in verb.children if c.dep_ in {"prt", "dobj"})


def _under_command(ctx: SentenceContext, verb, event, lex: dict) -> list:
    """The actors an event's clause puts it "under the command / leadership of" ("Kavkaz-2020 runs under the
    command of General X", "under Y's direction"), for the kinds whose commander is there (lex ``command_kinds``)."""
    if event_kind(ctx.entities[event if isinstance(event, str) else event.entity]) not in lex["command_kinds"]:
        return []
    out = []
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ != "under":
            continue
        for noun in (o for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in lex["command_nouns"]):
            holders = [d for d in noun.children if d.dep_ == "poss"]  # "under Y's command"
            holders += prep_objects(noun, "of")
            out += [m for h in holders for m in _people_in(ctx, h)
                    if m not in out and not demonym_of_people(ctx, m) and ctx.label(m) != "Event"]
    return out


def demonym_of_people(ctx: SentenceContext, m) -> bool:
    """ "Romanian and American officials": the demonym of unnamed people, not a state taking part."""
    tok = list_head(ctx.head_token(m))
    return ctx.label(m) == "Country" and tok.dep_ in {"amod", "compound"} and tok.head.i not in ctx.at \
        and tok.head.pos_ in {"NOUN", "PROPN"}


def _in_clause(ctx: SentenceContext, m, top) -> bool:
    """Whether ``m`` sits in a relative or participial clause under ``top`` ("X, who replaced Y")."""
    tok = ctx.head_token(m)
    for _ in range(64):
        if tok.i == top.i or tok.head.i == tok.i:
            break
        if tok.dep_ in {"relcl", "acl", "advcl"}:
            return True
        tok = tok.head
    return False


def _companions(ctx: SentenceContext, tok) -> list:
    """ "watched from the stand at Vladimir Putin's side", "attended alongside X"."""
    words = cues()["participation"]["companions"]
    out = []
    for t in tok.subtree:
        if t.dep_ == "prep" and t.lower_ in words and tok.i in (t.head.i, t.head.head.i):
            out += [m for o in t.children if o.dep_ == "pobj" for m in ctx.group(o, ACTORS)]
        if t.lower_ == "side" and t.head.lower_ == "at":
            out += [ctx.at[c.i] for c in t.children if c.dep_ == "poss" and c.i in ctx.at
                    and ctx.label(ctx.at[c.i]) == "Person"]
        if t.lower_ in _BESIDE and t.head.lower_ == "at" and tok.i in (t.head.head.i, t.head.i):
            # "with X at his right shoulder and Y at his left" (the parser hangs Y on "shoulder")
            out += [ctx.at[c.i] for c in conjuncts(t) if c.i in ctx.at and ctx.label(ctx.at[c.i]) == "Person"]
    return out


def _forces_beside(ctx: SentenceContext, verb) -> list:
    """The forces said to act beside a verb's subject: "alongside the navies of A, B and C", "together with
    troops from D and E", "alongside the Japanese navy" (a plural forces noun's "of"/"from" objects and
    demonyms; named bodies; the words are ``participation.beside_forces``)."""
    lex = cues()["participation"]
    out: list = []
    for p in verb.children:
        if p.dep_ != "prep" or p.lower_ not in lex["beside_forces"] and not (
                p.lower_ == "with" and any(a.dep_ == "advmod" and a.lower_ in {"together", "along"} for a in p.children)):
            continue
        for o in (o for o in p.children if o.dep_ == "pobj"):
            for t in [o, *conjuncts(o)]:
                if t.i in ctx.at:
                    out += [m for m in ctx.group(t, ACTORS - {"Person"}) if m not in out]
                elif t.lemma_.lower() in lex["exercise_forces"] or t.lower_ in lex["exercise_forces"]:
                    out += [m for m in ctx.group(t, ACTORS - {"Person"}) if m not in out]
                    out += [m for x in prep_objects(t, {"of", "from"}) for m in ctx.with_list(x, ACTORS - {"Person"})
                            if m not in out]
    return out


# the words before "group"/"force" that make it a formation a state sends ("a task group", "a carrier strike group")
_FORMATIONS = {"task", "strike", "battle", "carrier", "amphibious", "expeditionary", "surface", "air", "naval"}
# "at his side", "at her right shoulder": where a companion stands
_BESIDE = {"side", "shoulder", "left", "right", "elbow", "flank"}
# nouns for the people who stand for a state or body at an event ("the leaders of A, B and C")
_REPRESENTATIVES = {"leader", "head", "president", "minister", "delegation", "representative", "envoy", "official",
                    "premier", "chief", "monarch", "ruler", "counterpart"}
# an exhibitor's space at a show, and the parts of a venue a visitor tours
_STANDS = {"stand", "pavilion", "booth", "chalet", "stall"}
_VENUE_PARTS = {"hall", "stand", "pavilion", "exhibition", "site", "ground", "venue", "floor", "booth", "show",
                "display", "expo", "fair"}
# the guests a host receives, unnamed ("hosting allies", "welcomed the delegations")
_GUEST_NOUNS = {"ally", "leader", "delegation", "guest", "counterpart", "minister", "head", "visitor", "dignitary",
                "participant", "delegate"}
# the acts of a ceremony (verb, object) that only a participant performs
_CEREMONIAL = {("turn", "soil"), ("turn", "sod"), ("break", "ground"), ("cut", "ribbon"), ("lay", "stone"),
               ("lay", "foundation"), ("lay", "wreath"), ("unveil", "plaque"), ("sign", "guestbook"),
               ("raise", "flag"), ("light", "flame"), ("take", "salute")}


def _gathering(facts: DocFacts, by_name: bool = False) -> bool:
    """Whether the article's main event is a gathering by the resolver's kind or, with ``by_name``,
    also by the event noun in its name (``event_kind``)."""
    main = facts.entities.get(facts.main_event) if facts.main_event else None
    return main is not None and (event_kind(main) if by_name else main.props.get("kind")) in _GATHERINGS


def _exhibitor_stands(ctx: SentenceContext, facts: DocFacts) -> list[tuple]:
    """(exhibitor, event) for "Serbia's stand", "the Turkish pavilion", "Baykar's booth" at a fair:
    the owner of a stand exhibited at the show the sentence names, else the article's fair."""
    main = facts.entities.get(facts.main_event) if facts.main_event else None
    named = ctx.of({"Event"})
    if not named and (main is None or main.props.get("kind") != "fair"):
        return []
    out = []
    for tok, (lemma, _) in ctx.cued_forms(_STANDS):
        if lemma not in _STANDS or tok.pos_ != "NOUN" or negated(ctx, tok.head):
            continue
        owners = [ctx.at[c.i] for c in tok.subtree if c.i < tok.i and c.i in ctx.at
                  and ctx.label(ctx.at[c.i]) in {"Country", "Company", "Organization", "GovernmentBody"}]
        owners = owners[:1] or _stand_holders(ctx, tok)
        clause = _clause_verb(tok)
        here = [e for e in named if _clause_verb(ctx.head_token(e)) == clause]
        fair = [facts.main_event] if main is not None and main.props.get("kind") == "fair" else []
        for m in owners:
            out += [(m, e) for e in (here[:1] or fair)]
    return out


def _stand_holders(ctx: SentenceContext, stand) -> list:
    """Who "had" the stands: "A, B and C had the biggest national pavilions", "X had one of the busier
    stands" -- the states and firms named in the subject of a verb of holding a stand (``stand_verbs``),
    not a company's home ("Sweden's Saab"), a demonym ("the American contractor X") or a clause's."""
    obj = stand.head if stand.dep_ == "pobj" and stand.head.lower_ == "of" and stand.head.head.dep_ == "dobj" \
        and stand.head.head.pos_ in {"NUM", "PRON", "DET", "ADJ"} else stand  # "one of the stands"
    obj = obj.head if obj is not stand else stand
    verb = obj.head
    if obj.dep_ != "dobj" or not _is(verb, cues()["participation"]["stand_verbs"]) or negated(ctx, verb):
        return []
    out = []
    for c in verb.children:
        if c.dep_ != "nsubj":
            continue
        for m in ctx.mentions:
            tok = ctx.head_token(m)
            if c.left_edge.i <= m.start <= c.right_edge.i and ctx.label(m) in {
                    "Country", "Company", "Organization", "GovernmentBody"} \
                    and tok.dep_ not in {"poss", "amod", "compound", "nmod"} and not _in_clause(ctx, m, c):
                out.append(m)
    return out


_PERIODS = {"year", "edition", "time", "month", "week", "summit", "session", "meeting"}


def _earlier_time(verb) -> bool:
    """Whether the verb's clause (or the clause it is conjoined to) is set "last year", "the previous edition"."""
    for v in [verb, verb.head] if verb.dep_ == "conj" else [verb]:
        for c in v.children:
            if c.lemma_.lower() in _PERIODS and any(d.lower_ in EARLIER for d in c.children):
                return True
    return False


# "on the sidelines of X", "on the margins of X": beside a gathering, so at it (the margins only with
# their "of": "was kept at the margins" is no place)
_SIDELINES = {"sidelines", "margins"}


def _sideline_verb(tok):
    """The verb "on the sidelines" tells where of: the verb it hangs on; None where it hangs on no verb.
    (Climbing from a verb's object to the verb, "held talks with X on the sidelines" hung on "talks",
    lifted fresh14 and cost the held-out check half two false participations: left out.)"""
    head = tok.head.head
    return head if head.pos_ == "VERB" else None


def _gathering_acts(ctx: SentenceContext, facts: DocFacts, lex: dict) -> list[tuple]:
    """(actor, event, rule) of what only someone at a gathering does: met X "on the sidelines" or "on the
    margins" (of E, else of the article's gathering), "delivered an address" / "gave a speech" (speech
    acts as data), and "X attended, as did Y" (Y did what X did)."""
    out: list[tuple] = []
    speeches = {tuple(p.split()) for p in lex["speech_acts"]}
    speaking, chairing = set(lex["speaking"]), set(lex["chairing"])
    if not ctx.lemmas & (_SIDELINES | {"sideline", "margin", "do", "did"} | {v for v, _ in speeches} | speaking | chairing):
        return out  # none of the cues: most sentences
    speech_verbs = {p[0] for p in speeches if len(p) == 2}  # (a verb and its object's lemma)
    for tok, (lemma, low), pos in zip(ctx.tokens, ctx.forms, ctx.pos, strict=True):
        if low not in _SIDELINES and pos != "VERB" and lemma != "do":
            continue  # none of the acts below: most words
        verb = _sideline_verb(tok) if low in _SIDELINES and tok.dep_ == "pobj" and tok.head.lower_ in {"on", "at"} \
            and (low == "sidelines" or any(p.dep_ == "prep" and p.lower_ == "of" for p in tok.children)) else None
        if verb is not None and not negated(ctx, verb):
            if _earlier_time(verb):
                continue  # "had attended last year and met X on the sidelines": an earlier edition
            named = [ctx.at[o.i] for o in prep_objects(tok, "of") if o.i in ctx.at and ctx.label(ctx.at[o.i]) == "Event"]
            others = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                      if o.dep_ == "pobj" and (o.i not in ctx.at or any(
                          d.dep_ == "det" and d.lower_ in {"a", "an", "another"} for d in o.subtree))]
            if others or any(p.dep_ == "prep" and p.lower_ == "of" for p in tok.children) and not named:
                continue  # "on the sidelines of a ministers' meeting": another gathering, unnamed
            events = named or ([facts.main_event] if _gathering(facts) else [])
            met = [m for c in verb.children if c.dep_ == "dobj" for m in _people_in(ctx, c) if ctx.label(m) == "Person"]
            # "held talks with X on the sidelines": the one talked with was there too
            met += [m for c in verb.children if c.dep_ == "dobj" and c.i not in ctx.at
                    for o in prep_objects(c, "with") for m in _people_in(ctx, o)
                    if ctx.label(m) == "Person" and m not in met]
            out += [(m, e, "on-the-sidelines") for e in events for m in _subject_actors(ctx, verb, facts) + met]
        elif tok.pos_ == "VERB" and lemma in speech_verbs and any((tok.lemma_.lower(), c.lemma_.lower()) in speeches
                                        for c in tok.children if c.dep_ == "dobj") \
                and _gathering(facts) and not negated(ctx, tok):
            events = event_targets(ctx, facts, tok, implicit=True)
            out += [(m, e, "speech") for e in events for m in _subject_actors(ctx, tok, facts)
                    if ctx.label(m) == "Person"]
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in speaking and _spoke_there(ctx, tok) \
                and _gathering(facts) and not negated(ctx, tok):
            # "A, B and C all spoke" in a summit's article: the speakers were there (not "spoke to reporters")
            events = event_targets(ctx, facts, tok, implicit=True)
            out += [(m, e, "spoke") for e in events for m in _subject_actors(ctx, tok, facts)
                    if ctx.label(m) == "Person"]
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in chairing and not negated(ctx, tok):
            events = [ctx.at[c.i] for c in tok.children if c.dep_ == "dobj" and c.i in ctx.at
                      and ctx.label(ctx.at[c.i]) == "Event"]
            if not events and _gathering(facts) and any(c.dep_ == "dobj" and c.i not in ctx.at
                                                        and c.lemma_.lower() in _event_nouns() for c in tok.children):
                events = event_targets(ctx, facts, tok, implicit=True)  # "chaired the video summit": the article's
            chairs = _subject_actors(ctx, tok, facts)
            if tok.dep_ == "relcl" and tok.head.i in ctx.at and any(c.lower_ == "who" for c in tok.children):
                chairs.append(ctx.at[tok.head.i])  # "X, who chaired the summit"
            out += [(m, e, "chaired") for e in events for m in chairs if ctx.label(m) == "Person"]
        elif tok.lemma_.lower() == "do" and tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as"
                                                                       for c in tok.children):
            verb = tok.head  # "X attended, as did Y": Y attended
            if (verb.lemma_.lower() in lex["attend"] or verb.lemma_.lower() in speaking and _spoke_there(ctx, verb)) \
                    and not negated(ctx, verb):
                events = event_targets(ctx, facts, verb, implicit=True)
                actors = [m for c in tok.children if c.dep_ == "nsubj" for m in _people_in(ctx, c)]
                out += [(m, e, "as-did") for e in events for m in actors]
    return out


def _guests_at(ctx: SentenceContext, facts: DocFacts, lex: dict) -> list[tuple]:
    """(person, event) of a clause that puts people at an event in a guest's role: "the visit ended with X
    as guest of honour at the parade alongside Y", "X came as an observer to the drills at E" (the people
    the verb has with it, beside it or as subject; roles as data: ``participation.guest_roles``)."""
    if "as" not in ctx.words or ctx.words.isdisjoint(lex["guest_roles"]):
        return []  # most sentences
    out: list[tuple] = []
    for tok in ctx.tokens:
        if tok.pos_ != "VERB" or negated(ctx, tok) or hedged(tok):
            continue
        roles = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children
                 if o.dep_ == "pobj" and o.lemma_.lower() in lex["guest_roles"]]
        if not roles:
            continue
        events = ctx.prep_objects(tok, {"at"}, {"Event"})
        events += [e for r in roles for e in ctx.prep_objects(r, {"at"}, {"Event"}) if e not in events]
        people = [m for m in _companions(ctx, tok) + _subject_actors(ctx, tok, facts) if ctx.label(m) == "Person"]
        # "at the parade alongside Y": the companion the parser hung on the event
        beside = [m for e in events for o in prep_objects(ctx.head_token(e), {"alongside", "beside"})
                  for m in ctx.group(o, {"Person"})] if people else []
        out += [(m, e) for e in events for m in people + [b for b in beside if b not in people]]
    return out


def _main_venues(ctx: SentenceContext, facts: DocFacts) -> set[str]:
    """The words of the places a sentence naming the article's gathering puts it in: "leaders came
    to X for the summit", "the summit in X" (a place after in/at/to in a sentence naming the main event)."""
    sents = {ctx.doc[m.start].sent.start for m in facts.mentions if m.entity == facts.main_event}
    out = set()
    for m in facts.mentions:  # by their words: "to Nairobi" may stand for the state, "in Nairobi" the city
        if ctx.entities[m.entity].label not in PLACES or ctx.doc[m.start].sent.start not in sents:
            continue
        head = ctx.doc[m.end - 1]
        if head.dep_ == "pobj" and head.head.lower_ in {"in", "at", "to"}:
            out.add(ctx.doc[m.start:m.end].text.lower())
    return out


def _in_venue(ctx: SentenceContext, facts: DocFacts) -> list[tuple]:
    """(actor, main event) of "the heads of state of A, B and C were also in X", X a place the article
    puts its gathering in: being at the venue of a summit or a parade is attending it."""
    if not _gathering(facts) or "be" not in ctx.lemmas or ctx.of({"Event"}):
        return []
    venues = None
    out: list[tuple] = []
    for tok in ctx.cued_tokens(_BE):
        if tok.lemma_.lower() != "be" or negated(ctx, tok) or hedged(tok) or _earlier_time(tok):
            continue
        places = [ctx.at[o.i] for o in prep_objects(tok, {"in", "at"}) if o.i in ctx.at and ctx.label(ctx.at[o.i]) == "Place"]
        if not places:
            continue
        venues = _main_venues(ctx, facts) if venues is None else venues
        if not any(ctx.doc[p.start:p.end].text.lower() in venues for p in places):
            continue
        actors = [m for c in tok.children if c.dep_ == "nsubj" for m in _represented(ctx, c) + _people_in(ctx, c)
                  if not demonym_of_people(ctx, m)]
        out += [(m, facts.main_event) for m in actors if m not in [a for a, _ in out]]
    return out


def _used_events(ctx: SentenceContext, facts: DocFacts, verb) -> list:
    """The gatherings a verb of using or telling has as its object ("used the summit to ...", "told the
    forum that ..."): a named one, else for a generic event noun the article's gathering (not "the next
    summit")."""
    other = set(cues()["places"]["other_edition"]) | {"a", "an"}  # "told a meeting in Oslo": another one
    objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"}
               and not any(d.lower_ in other for d in c.children)]
    named = [ctx.at[c.i] for c in objects if c.i in ctx.at and ctx.label(ctx.at[c.i]) == "Event"
             and event_kind(ctx.entities[ctx.at[c.i].entity]) in _GATHERINGS]
    if named or not _gathering(facts):
        return named
    generic = any(c.i not in ctx.at and c.lower_ in _event_nouns() and not any(
        d.lower_ in other for d in c.children) for c in objects)
    if generic and not ctx.of({"Event"}):
        return [facts.main_event]
    used = set(cues()["participation"]["using_nouns"])
    if verb.lemma_.lower() == "use" and any(c.i not in ctx.at and c.lemma_.lower() in used and not any(
            d.lower_ in other or d.dep_ in {"amod", "compound"} for d in c.children) for c in objects):
        return event_targets(ctx, facts, verb, implicit=True)  # "used his speech to ...": at the gathering
    return []


def _object_at_summit(ctx: SentenceContext, verb, lex: dict) -> list:
    """Events of the kinds states attend after "at"/"during" on the verb's object ("agreed a pact at the X
    summit", the parser hanging "at" on "pact")."""
    found: list = []
    if not ctx.of({"Event"}):
        return found  # no event named in the sentence: none to find (not worth the walk)
    todo = [c for c in verb.children if c.dep_ == "dobj" and c.i not in ctx.at
            or c.dep_ == "prep" and c.lower_ not in {"at", "during"}]
    while todo:  # down the object's phrase ("set up the coalition with other allies at X"), not into a clause
        t = todo.pop()
        if t.pos_ in {"VERB", "AUX"} or t.i in ctx.at and ctx.label(ctx.at[t.i]) != "Country":
            continue  # "a researcher at the X Forum": a body's own place of work
        found += [e for e in ctx.prep_objects(t, {"at", "during"}, {"Event"}) if e not in found
                  and event_kind(ctx.entities[e.entity]) in set(lex["state_at_kinds"])]
        todo += [c for c in t.children if c.dep_ in {"prep", "pobj"} and c.lower_ not in {"at", "during"}]
    return found


def _states_at(ctx: SentenceContext, verb, event, subjects: list, lex: dict, people: bool = False) -> list:
    """The states and bodies (and with ``people`` people) that act at a gathering of a kind they attend as
    parties ("A and B set up the coalition at the NATO summit in Vilnius"), not in a clause set at an
    earlier time ("had agreed last year"). ``event`` is a mention or, for the article's gathering taken up
    by a pronoun ("B opened it"), its entity key."""
    key = event if isinstance(event, str) else event.entity
    if event_kind(ctx.entities[key]) not in set(lex["state_at_kinds"]) or _earlier_time(verb) \
            or any(c.dep_ in {"nsubjpass", "auxpass", "agent"} for c in verb.children):
        return []  # "A and B were admitted at a summit", "its bid was endorsed at the summit": done to them
    labels = {"Country", "Alliance", "GovernmentBody"} | ({"Person"} if people else set())
    return [a for a in subjects if ctx.label(a) in labels]


def _spoke_there(ctx: SentenceContext, verb) -> bool:
    """Whether "spoke" says only that its subject spoke (to the gathering): no object, no clause of
    what was said, no listener or channel ("spoke to reporters", "spoke by phone with X", "spoke of")."""
    if ctx.doc[verb.i + 1:verb.i + 2].text == "out":
        return False
    for c in verb.children:
        if c.dep_ in {"dobj", "ccomp", "xcomp", "prt", "npadvmod"}:
            return False
        if c.dep_ == "prep" and c.lower_ not in {"at", "during", "before", "in"}:
            return False
    return any(c.dep_ == "nsubj" for c in verb.children) and verb.dep_ in {"ROOT", "conj"}


def _clause_verb(tok):
    """The verb of the clause a token sits in (None at the top of a verbless sentence)."""
    for t in tok.ancestors:
        if t.pos_ in {"VERB", "AUX"}:
            return t.i
    return None


def _ceremonial(tok) -> bool:
    objects = {c.lemma_.lower() for c in tok.children if c.dep_ in {"dobj", "prt", "advmod"}}
    if not objects:
        return False
    forms = _forms(tok)
    return any(verb in forms and obj in objects for verb, obj in _CEREMONIAL)


def _unnamed_ceremony(facts: DocFacts, event) -> bool:
    """Whether ``event`` (an id) is the article's main event and an unnamed ceremony."""
    main = facts.entities.get(event) if isinstance(event, str) and event == facts.main_event else None
    return main is not None and main.props.get("kind") == "ceremony" and not main.ref_id


def _act_ceremony(facts: DocFacts) -> str | None:
    """The article's unnamed ceremony (an id): the main event when it is one, else the one unnamed ceremony
    beside a named main event ("X inducted the jet ... The induction shared the day with Expo Y")."""
    if facts.main_event and _unnamed_ceremony(facts, facts.main_event):
        return facts.main_event
    found = [e.id for e in facts.entities.values() if e.label == "Event" and e.props.get("kind") == "ceremony"
             and not e.ref_id and e.mentions and all(m.source == "coref" for m in e.mentions)]
    return found[0] if len(found) == 1 else None


def _performed_ceremony(ctx: SentenceContext, facts: DocFacts, tok) -> str | None:
    """The article's unnamed ceremony ``tok`` tells by its verb (``entities.ceremony_acts``), if any: the verb is
    in the headline or the lead, or in a sentence that names that event ("launched the boat at the ceremony"),
    not set in another month."""
    ceremony = _act_ceremony(facts)
    if ceremony is None:
        return None
    if not is_ceremony_act(tok, lambda i: ctx.label(ctx.at[i]) if i in ctx.at else None):
        return None
    placed = in_headline(ctx.doc, tok.idx) or ctx.sent.start in lead_starts(ctx.doc) or any(
        e.entity == ceremony for e in ctx.of({"Event"}))
    return ceremony if placed and not _other_month(ctx, facts, tok) and not _earlier_time(tok) else None


def _ceremony_performers(ctx: SentenceContext, facts: DocFacts, tok, passive: bool) -> list:
    """Who performs a ceremony act: the people and services of an active verb's subject ("A and B
    launched ..."), of a passive one's agent ("was opened by A and B")."""
    if passive:
        found = [m for c in tok.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
                 for m in _people_in(ctx, o)]
    else:
        found = _subject_actors(ctx, tok, facts)
    return [m for m in found if ctx.label(m) in {"Person", "GovernmentBody"} and not demonym_of_people(ctx, m)]


def _of_other_noun(ctx: SentenceContext, tok) -> bool:
    """Whether a participle hangs on a noun that is no event mention ("the opening of a plant in Germany,
    attended by X" is not the article's event), or on a clause whose subject is such a noun ("the project
    follows the opening of a plant, attended by X")."""
    def other(t) -> bool:
        return t.pos_ in {"NOUN", "PROPN"} and not (t.i in ctx.at and ctx.label(ctx.at[t.i]) == "Event")

    if tok.dep_ == "acl":
        return other(tok.head)
    subjects = [c for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return tok.dep_ == "advcl" and any(other(c) for c in subjects)


# "the participating nations", "the countries taking part", "the navies competing"
_PARTAKING = {"participate", "attend", "contribute", "compete", "exhibit"}
# named participants, not leaders or heads who may be named outside any event ("the leaders are X and Y")
_PARTICIPANT_NOUNS = {"participant", "attendee", "exhibitor", "delegation", "guest", "participants", "attendees",
                      "exhibitors", "delegations", "guests"}


def _participants_noun(ctx: SentenceContext, subj, lex: dict) -> bool:
    """Whether a generic subject names the participants of this event: "participants", "the participating
    nations", "the countries taking part" (not "a participant", not "last year's participants", not the
    subject of a negated or earlier taking part)."""
    if subj.i in ctx.at or subj.pos_ != "NOUN":
        return False
    if any(d.lower_ in {"a", "an", "another", "former", "previous", "past"} | EARLIER
           or d.dep_ == "poss" and any(e.lower_ in EARLIER for e in d.subtree) for d in subj.children):
        return False
    if subj.lower_ in _PARTICIPANT_NOUNS or subj.lemma_.lower() in _PARTICIPANT_NOUNS:
        return True
    for d in subj.children:
        if d.dep_ not in {"amod", "acl"} or d.pos_ != "VERB" or negated(ctx, d) or _earlier_time(d):
            continue
        if d.lemma_.lower() in _PARTAKING or d.lemma_.lower() == "take" and any(
                c.dep_ == "dobj" and c.lower_ == "part" for c in d.children):
            return True
    return False


# "would be represented": a state's stated channel, not its presence
_HYPOTHETICAL = {"would", "could", "might", "should", "may"}
_CLAUSE_WORDS = {"who", "which", "whose", "whom", "while", "whereas", "but", "where", "although", "though"}


def _besides(ctx: SentenceContext, verb) -> list:
    """The actors a "besides", "apart from" or "in addition to" phrase on ``verb`` adds to its list:
    "Besides the United States, the participants are A and B" (not "except", which takes them out)."""
    out = []
    for p in verb.children:
        if p.dep_ != "prep":
            continue
        words = (p.lower_, *(c.lower_ for c in p.children if c.dep_ in {"pobj", "prep", "advmod"} and c.i < p.i + 2))
        if p.lower_ == "besides" or words[:2] in {("apart", "from"), ("in", "addition")}:
            out += [m for o in p.subtree for m in ([ctx.at[o.i]] if o.i in ctx.at else [])
                    if ctx.label(m) in ACTORS and m not in out]
    return out


def _listed_after(ctx: SentenceContext, verb) -> list:
    """The actors named after a copula or "include" up to the next clause: "were A, B (as a guest) and C"
    however the parser splits the list (parentheses, appositions, semicolons), not "..., whose navies
    sent frigates to D" nor "...; E and F sent observers"."""
    tokens = [t for t in ctx.tokens if t.i > verb.i]
    stop = next((t.i for t in tokens if t.pos_ in {"VERB", "AUX"} or t.lower_ in _CLAUSE_WORDS), ctx.sent.end)
    if stop < ctx.sent.end:
        stop = next((t.i for t in tokens if t.text == ";" and t.i < stop), stop)
    return [m for m in ctx.mentions if verb.i < m.start < stop and ctx.label(m) in ACTORS]


def _added_after(ctx: SentenceContext, verb) -> list:
    """The actors a clause adds after its verb: "..., as well as C and D", "..., plus C", "..., along with C"
    (up to the next clause)."""
    for t in ctx.tokens:
        if t.i <= verb.i:
            continue
        if t.pos_ in {"VERB", "AUX"} or t.lower_ in _CLAUSE_WORDS:
            return []  # "A attended, while B sent ships to C, as well as D": another clause's addition
        if ctx.doc[t.i - 1].text != ",":
            continue
        words = [x.lower_ for x in ctx.doc[t.i:min(t.i + 3, ctx.sent.end)]]
        if words[:1] == ["plus"] or words[:3] == ["as", "well", "as"] or words[:2] == ["along", "with"]:
            return _listed_after(ctx, ctx.doc[t.i + len(words[:3]) - 1] if words[0] == "as" else t)
    return []


_PHRASAL: dict[int, tuple[object, dict[str, list[str]]]] = {}  # id of a cue list -> (the list, verb -> particles)


def _phrasal_verbs(phrases) -> dict[str, list[str]]:
    """The particles of each verb of a list of two-word phrasal verbs, read once per cue list."""
    found = _PHRASAL.get(id(phrases))
    if found is None or found[0] is not phrases:
        by_verb: dict[str, list[str]] = {}
        for v, p in (x.split() for x in phrases):
            by_verb.setdefault(v, []).append(p)
        found = _PHRASAL[id(phrases)] = (phrases, by_verb)
    return found[1]


def _phrasal(tok, phrases) -> bool:
    wanted = _phrasal_verbs(phrases).get(tok.lemma_.lower())
    if not wanted:
        return False
    particles = {c.lower_ for c in tok.children if c.dep_ in {"prt", "advmod", "prep"}}
    return any(p in particles for p in wanted)


_DASH_SPLIT = re.compile(r"\s*[-\u2013\u2014/]\s*")
_DASHED_RUN = re.compile(r"[\w.'\u2019 ]+(?:\s*[-\u2013\u2014/]\s*[\w.'\u2019 ]+)+$")


def _named_parties(ctx: SentenceContext, facts: DocFacts) -> list[tuple[str, object]]:
    """The states an event's name pairs with dashes: "the Japan-Philippines-United States summit",
    "the India-Pakistan clashes" (each state took part). Two or more states, joined only by dashes
    or slashes and each named whole, so "the Russia-Africa summit" (one state) and "the US and
    Japan summit" name nobody."""
    events = [m for m in ctx.mentions if ctx.label(m) == "Event"]
    if not events:
        return []
    forms = facts.country_forms
    out: list[tuple[str, object]] = []
    for e in events:
        # the text from the sentence start to the end of the event's first word, dash-joined runs only
        first = ctx.doc[e.start]
        head = doc_text(ctx.doc)[ctx.sent.start_char:first.idx + len(first.text)]
        if not any(dash in head for dash in "-\u2013\u2014/"):
            continue  # (what the pattern below needs, tested without its backtracking)
        run = _DASHED_RUN.search(head)
        if run is None:
            continue
        pieces = [p.strip().lower() for p in _DASH_SPLIT.split(run.group())]
        found: list[str] = []
        for n, piece in enumerate(reversed(pieces)):
            hit = forms.get(piece)
            if hit is None and n == len(pieces) - 1:  # "for the Japan": words before the first state
                hit = next((forms[f] for f in forms if piece.endswith(" " + f)), None)
            if hit is None and n == 0:  # "United States trilateral": the event's words after the last
                hit = next((forms[f] for f in sorted(forms, key=len, reverse=True) if piece.startswith(f + " ")), None)
            if hit is None:
                break
            found.append(hit)
        if len(found) >= 2 and len(found) >= len(pieces) - 1 and len(set(found)) == len(found):
            out += [(c, e) for c in reversed(found)]
    return out


def _forces_of(ctx: SentenceContext, facts: DocFacts) -> list[tuple]:
    """(actor, event) of an exercise said to be one "of" or "between" armed forces: "the joint exercise
    of the Kazakh and Kyrgyz armed forces", "the annual drills of the A and B militaries", "an exercise
    between the A and B navies": the states the forces' demonyms name, and forces named whole; and the
    states and forces an exercise is "with" ("a maritime exercise with the A Navy")."""
    forces = set(cues()["participation"]["exercise_forces"])
    out: list[tuple] = []
    for e in (m for m in ctx.mentions if ctx.label(m) == "Event"):
        if event_kind(ctx.entities[e.entity]) != "exercise":
            continue
        head = ctx.head_token(e)
        for p in head.children:
            if p.dep_ == "prep" and p.lower_ == "with" and not negated(ctx, head):
                # "sent a ship to a maritime exercise with the A Navy and the B Navy"
                out += [(m, e) for o in p.children if o.dep_ == "pobj"
                        for m in ctx.group(o, ACTORS - {"Person"}) if m.entity != e.entity]
                continue
            if p.dep_ != "prep" or p.lower_ not in {"of", "between"}:
                continue
            for o in (o for o in p.children if o.dep_ == "pobj"):
                for t in [o, *conjuncts(o)]:
                    whole = ctx.at.get(t.i)
                    if whole is not None and ctx.label(whole) in ACTORS - {"Person"}:
                        out.append((whole, e))  # "of the Kyrgyz armed forces" as one name
                    if t.lemma_.lower() in forces or t.lower_ in forces:  # "the Kazakh and [Kyrgyz armed forces]"
                        mods = [c for c in t.children if c.dep_ in {"amod", "compound", "nmod", "poss"}]
                        # "between the two countries' ground forces": the states a plural description stands for
                        out += [(m, e) for c in mods for m in ctx.group(c, ACTORS - {"Person"}, plural=True)
                                if m is not whole]
    return out


def _unnamed_lists(ctx: SentenceContext) -> list[tuple]:
    """(verb, actors, rule) of the participant lists of ``participant_lists``: "contingents came from A,
    B and C", "Minister X told the meeting", "X sat beside Y"."""
    found = [(v, a, "came-from") for v, a in came_from(ctx)]
    found += [(v, a, "told-the-meeting") for v, a in told_audience(ctx)]
    return found + [(v, a, "seated-together") for v, a in seated(ctx)]


def _sat_there(ctx: SentenceContext, facts: DocFacts, verb, event) -> bool:
    """Whether "X sat / stood beside Y" puts people at ``event`` (the guard gathering_verbs' presence acts share)."""
    from .gathering_verbs import sat_there  # gathering_verbs builds on this module

    main = (event if isinstance(event, str) else event.entity) == facts.main_event
    return sat_there(ctx, facts, verb, main)


def _body_of_named_holder(ctx: SentenceContext, m) -> bool:
    """ "the commander of the Ground Forces, General X", "the heads of the Mossad, Y, and of the Z": a
    body named only as the office of a person the sentence names; the person attends, not the body
    (a state stays: "the president of Kenya, X" speaks for Kenya)."""
    if ctx.label(m) in {"Person", "Country"}:
        return False
    tok = ctx.head_token(m)
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    role = tok.head.head
    while role.dep_ == "conj" and role.pos_ == "ADP":  # "and of the Shin Bet": the first "of"'s noun
        role = role.head.head if role.head.pos_ == "ADP" else role.head
    if role.i in ctx.at or role.pos_ != "NOUN" or role.lemma_.lower() not in _REPRESENTATIVES | {"commander"}:
        return False
    appos = [c for h in (role, tok) for c in h.children if c.dep_ == "appos"]
    return any(c.i in ctx.at and ctx.label(ctx.at[c.i]) == "Person" for c in appos)


def _main_event_before(ctx: SentenceContext, facts: DocFacts) -> bool:
    """Whether the sentence before names the article's event and this one names no event (so "it"
    there is that event)."""
    if not facts.main_event or ctx.sent.start == 0 or ctx.of({"Event"}):
        return False
    before = ctx.doc[ctx.sent.start - 1].sent
    return any(m.entity == facts.main_event and before.start <= m.start < before.end for m in facts.mentions)


def _subheading(ctx: SentenceContext) -> bool:
    """Whether the sentence is a short line of its own without closing punctuation: a section heading
    ("Beijing watching", "Guests on the ranges") in any case."""
    text = doc_text(ctx.doc)
    start, end = ctx.sent.start_char, ctx.sent.end_char
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:len(text) if line_end < 0 else line_end].strip()
    own_line = line == text[start:end].strip()
    return own_line and 0 < len(line.split()) <= 6 and line[-1] not in ".!?:;\"”’)'"


def _line_items(ctx: SentenceContext, facts: DocFacts, lex: dict) -> list[tuple]:
    """(actor, event) of the actors in a list's item lines (see :mod:`listed_lines`): the event the
    intro line names, else the article's main event where it is a gathering or an exercise it is about."""
    spans = item_spans(ctx.doc, lex)
    if not spans:
        return []
    first = ctx.doc[ctx.sent.start].idx
    last = ctx.doc[ctx.sent.end - 1].idx
    spans = [s for s in spans if s[0] <= last and s[1] >= first]
    out: list[tuple] = []
    for lo, hi, intro in spans:
        line_end = doc_text(ctx.doc).find("\n", intro)
        named = [m for m in facts.mentions if facts.entities[m.entity].label == "Event"
                 and intro <= ctx.doc[m.start].idx < (line_end if line_end >= 0 else len(doc_text(ctx.doc)))]
        main = facts.entities.get(facts.main_event) if facts.main_event else None
        event = named[0].entity if named else facts.main_event if main is not None and event_kind(main) in \
            _GATHERINGS | {"exercise"} and about_event(ctx, facts) else None
        if event is None:
            continue
        items = sorted((m for m in ctx.mentions if m.source != "coref" and ctx.label(m) in ACTORS
                        and lo <= ctx.doc[m.start].idx < hi), key=lambda m: m.start)
        if items and ctx.label(items[0]) == "Person":  # "General X, chief of staff of the Y": only X
            comma = next((t.i for t in ctx.doc[items[0].end:ctx.sent.end] if t.text == ","), None)
            items = [m for m in items if comma is None or m.start < comma]
        out += [(m, event) for m in items if not demonym_of_people(ctx, m)]
    return out


def _owner_of_unnamed(ctx: SentenceContext, m) -> bool:
    """Whether ``m`` only owns an unnamed performer or item: "the Indian Air Force's display team" (the
    team took part; its air force is not said to), not "Egypt's Sisi"."""
    tok = ctx.head_token(m)
    return tok.dep_ == "poss" and tok.head.i not in ctx.at and ctx.label(m) != "Person"


# the actors a parade's passing verbs take as performers: the forces, not people or states
_FORCES = {"GovernmentBody", "Organization"}


def _performs(ctx: SentenceContext, facts: DocFacts, tok, lemma: str, lex: dict) -> bool:
    """Whether ``tok`` performs at the article's show, parade or ceremony: "performed" (no object),
    "flew a solo display", "gave a demonstration" (an object of ``display_objects``)."""
    main = facts.entities.get(facts.main_event) if facts.main_event else None
    if main is None or event_kind(main) not in lex["perform_kinds"] or _earlier_time(tok):
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if lemma in lex["perform_verbs"] and not objects:
        return True
    return lemma in lex["display_verbs"] and any(
        o.lemma_.lower() in lex["display_objects"] or o.lower_ in lex["display_objects"] for o in objects)


def _parade_passers(ctx: SentenceContext, facts: DocFacts, lex: dict) -> list[tuple]:
    """(force, event) of the forces a sentence has going past in the article's parade (``_passes_by``):
    the services and units only (a person "flew in", a state is read by the other rules), not where
    negated, hedged or set at an earlier edition; after the other rules (theirs win)."""
    main = facts.entities.get(facts.main_event) if facts.main_event else None
    if main is None or event_kind(main) not in lex["pass_kinds"] or ctx.lemmas.isdisjoint(lex["pass_verbs"]):
        return []
    out: list[tuple] = []
    for tok in ctx.tokens:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or lemma not in lex["pass_verbs"] or negated(ctx, tok) or hedged(tok) \
                or _earlier_time(tok) or any(c.dep_ in {"nsubjpass", "agent"} for c in tok.children):
            continue
        if not _passes_by(tok, lemma, [c for c in tok.children if c.dep_ == "dobj"], lex):
            continue
        forces = [m for m in _subject_actors(ctx, tok, facts) if ctx.label(m) in _FORCES and m.source != "coref"
                  and not demonym_of_people(ctx, m) and not _owner_of_unnamed(ctx, m)]  # not "the group" resolved
        forces += [m for m in _passing_forces(ctx, tok, lex) if m not in forces]
        out += [(m, e) for e in event_targets(ctx, facts, tok, implicit=True) for m in forces]
    return out


def contingent_sources(ctx: SentenceContext, noun, lex: dict) -> list:
    """The states and bodies a contingent noun says its people come from: "platoons from A, B and C",
    "paratroopers of the X Division", "units of its 3rd Flotilla" (the nouns of ``participation.crew_nouns``,
    the places of origin their "from" or "of" names; no person, no place)."""
    if noun.i in ctx.at or noun.lemma_.lower() not in lex["crew_nouns"] and noun.lower_ not in lex["crew_nouns"]:
        return []
    return [m for o in prep_objects(noun, {"from", "of"})
            for m in ctx.group(o, ACTORS - {"Person"}) if _by_name(ctx, m) and not demonym_of_people(ctx, m)]


def _by_name(ctx: SentenceContext, m) -> bool:
    """Whether mention ``m`` names its entity ("the Assam Regiment"), not a common noun the resolver read as it
    ("57 of them from the army")."""
    return m.source != "coref" and any(t.text[:1].isupper() for t in ctx.doc[m.start:m.end] if t.lower_ != "the")


def sole_event_of_its_kind(facts: DocFacts) -> bool:
    """Whether the article's main event is the only event of its kind the article names (one exercise): what
    a sentence naming no event says of troops or units can only be about it (an article on one drill that
    recalls another has two, and the count of mentions does not tell which the troops were sent to)."""
    main = facts.entities.get(facts.main_event) if facts.main_event else None
    if main is None:
        return False
    kind = event_kind(main)
    return sum(1 for e in facts.entities.values() if e.label == "Event" and not e.ref_id and event_kind(e) == kind) == 1


def main_event_holds(ctx: SentenceContext, facts: DocFacts) -> bool:
    """Whether troops or units a sentence naming no event speaks of can only be the main event's: it is the sole
    event of its kind (:func:`sole_event_of_its_kind`), or it outweighs the others of its kind (an exercise's
    article that recalls last year's edition or another drill once or twice: ``participation.dominant_ratio``
    times their mentions) and neither this sentence nor the one before names another event, nor does this one
    give a year other than the main event's ("In 2023 the army sent a battalion of the X Regiment")."""
    if sole_event_of_its_kind(facts):
        return True
    main = facts.entities.get(facts.main_event) if facts.main_event else None
    if main is None:
        return False
    kind, ratio = event_kind(main), cues()["participation"]["dominant_ratio"]
    others = [e for e in facts.entities.values() if e.label == "Event" and not e.ref_id and e.id != main.id
              and event_kind(e) == kind]
    if any(len(main.mentions) < ratio * len(e.mentions) for e in others):
        return False
    start = ctx.sent.start
    before = ctx.doc[start - 1].sent.start if start > 0 else start
    if any(m.entity != main.id and facts.entities[m.entity].label == "Event" and before <= m.start < ctx.sent.end
           for m in facts.mentions if m.entity in facts.entities):
        return False
    year = str(main.props.get("date") or "")[:4] or next(
        (w for w in main.name.split() if len(w) == 4 and w.isdigit()), "")
    return not any(len(t.text) == 4 and t.text.isdigit() and t.text[:2] in {"19", "20"} and t.text != year
                   for t in ctx.tokens)


def _sent_units(ctx: SentenceContext, verb, sent: list, lex: dict) -> list:
    """The units a state or service sends its people or craft from: "sent troops of the 2nd Brigade", "fielded a
    battalion of the X Regiment", "sent eight jets from Wing 33" (government bodies only: a place is where they
    are based, a state the sender)."""
    froms = prep_objects(verb, "from")
    out = [m for o in froms for m in ctx.group(o, {"GovernmentBody"}) if _by_name(ctx, m)]
    for c in sent:
        if c.i in ctx.at:
            continue
        if c.lemma_.lower() in lex["crew_nouns"] or c.lower_ in lex["crew_nouns"]:
            out += [m for m in contingent_sources(ctx, c, lex) if ctx.label(m) == "GovernmentBody" and m not in out]
        elif c.lemma_.lower() in lex["contingent"] or c.lower_ in lex["contingent"]:  # "eight jets from Wing 33"
            out += [m for p in c.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children
                    if o.dep_ == "pobj" for m in ctx.group(o, {"GovernmentBody"}) if _by_name(ctx, m) and m not in out]
    out += [m for m in _drawn_from(ctx, verb, sent, lex) if m not in out]
    return out


# the links from a part of a contingent up to the sending verb: its objects, their appositions and conjuncts ("60
# personnel: 45 from X, and 15 from Y"), the prepositions that carry the parts ("most of them from a battalion of
# X", "with seven members of Y") and a participle that describes them ("built around a battalion of X")
_MAKE_UP_LINKS = {"dobj", "appos", "conj", "prep", "pobj", "nummod", "npadvmod", "advcl", "acl"}


def _drawn_from(ctx: SentenceContext, verb, sent: list, lex: dict) -> list:
    """The bodies the contingent a sending verb sends is drawn from, told in its make-up after the verb: "sent 60
    personnel: 45 from the X Army, most of them from a battalion of the Y Regiment, and 15 from the Z Air Force",
    "sent 65 personnel, built around a battalion of Y, with seven members of Z and one from W", "dispatched 2,000
    personnel, 300 vehicles and three ships from its V Command". A part is a number, a word for some of those sent
    (``participation.share_heads``) or a contingent's noun; its "from" or "of" names a body by name (a government
    body: a state is the sender, a place where they are based). Nothing under a clause with a subject of its own,
    nor a part of observers (``participation.list_no_part``)."""
    if not sent:
        return []
    heads = {w.lower() for w in [*lex["crew_nouns"], *lex["contingent"], *lex["share_heads"]]}
    no_part = {w.lower() for w in lex["list_no_part"]}
    # a colon right after what was sent opens its make-up, however the parser hung it ("sent 120 personnel: 90
    # soldiers built around a battalion of X" read as a clause of its own), up to a semicolon or a clause word
    last = max(t.i for c in sent for t in c.subtree)
    colon = last + 1 if last + 1 < ctx.sent.end and ctx.doc[last + 1].text == ":" else None
    stop = next((t.i for t in ctx.tokens if colon is not None and t.i > colon
                 and (t.text == ";" or t.lower_ in _CLAUSE_WORDS)), ctx.sent.end)
    out: list = []
    for p in ctx.tokens:
        if p.i <= verb.i or p.dep_ != "prep" or p.lower_ not in {"from", "of"}:
            continue
        head = p.head
        if head.i in ctx.at or not (head.like_num or head.pos_ == "NUM" or head.lower_ in heads
                                    or head.lemma_.lower() in heads):
            continue
        if colon is not None and colon < p.i < stop and head.i > colon:
            if head.lower_ not in no_part and head.lemma_.lower() not in no_part \
                    and not _sent_as(head, no_part) and not _sent_as(p, no_part):
                out += [m for o in p.children if o.dep_ == "pobj" for m in ctx.group(o, {"GovernmentBody"})
                        if _by_name(ctx, m) and not demonym_of_people(ctx, m) and m not in out]
            continue
        path, cur = [], head
        while cur.i != verb.i and cur.dep_ in _MAKE_UP_LINKS and cur.head.i != cur.i:
            if cur.dep_ in {"advcl", "acl"} and (cur.tag_ not in {"VBN", "VBG"} or any(
                    c.dep_ in {"nsubj", "nsubjpass"} for c in cur.children)):
                break  # "..., which the army sent from X": a clause of its own
            path.append(cur)
            cur = cur.head
        if cur.i != verb.i or not path or path[-1].dep_ not in {"dobj", "advcl", "prep"}:
            continue
        if path[-1].dep_ == "prep" and path[-1].lower_ not in {"with", "from"} or \
                path[-1].dep_ == "dobj" and path[-1] not in sent:
            continue
        if any(t.lower_ in no_part or t.lemma_.lower() in no_part or _sent_as(t, no_part) for t in path) \
                or _sent_as(p, no_part):
            continue  # "sent 20 observers, ten of them from the X Command", "two officers of X as observers"
        out += [m for o in p.children if o.dep_ == "pobj" for m in ctx.group(o, {"GovernmentBody"})
                if _by_name(ctx, m) and not demonym_of_people(ctx, m) and m not in out]
    return out


def _sent_as(part, no_part: set) -> bool:
    """Whether a part of a contingent is sent in a role of its own phrase that is no taking part: "two officers of
    X as observers", "10 from X as an observer team" (an "as" of the part itself with a word of ``no_part``;
    or of its "from"/"of", where the parser may hang it; an "as" of the sending verb is the whole contingent's and no
    part's)."""
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(
        o.lower_ in no_part or o.lemma_.lower() in no_part for o in c.subtree) for c in part.children)


def _acting_contingents(ctx: SentenceContext, facts: DocFacts, lex: dict) -> list[tuple]:
    """(state or body, event) of a contingent named by where it comes from that does anything in the article
    of an exercise or a parade: "Platoons from A, B and C cleared a mock village", "units from A train with B",
    "paratroopers of the X Division jumped near Y" (whoever sends troops to the drill takes part in it; the
    event the verb governs, else the article's, as :func:`_implied_event`); not negated, hedged or set at an
    earlier time; after the other rules (theirs win)."""
    main = facts.entities.get(facts.main_event) if facts.main_event else None
    if main is None or event_kind(main) not in lex["crew_kinds"] or ctx.words.isdisjoint(lex["crew_nouns"]) \
            or not main_event_holds(ctx, facts):
        return []
    out: list[tuple] = []
    for tok in ctx.tokens:
        if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.head.pos_ not in {"VERB", "AUX"}:
            continue
        verb = tok.head
        if negated(ctx, verb) or hedged(verb) or _earlier_time(verb):
            continue
        sources = contingent_sources(ctx, tok, lex)
        out += [(m, e) for e in (_implied_event(ctx, facts, verb) if sources else []) for m in sources]
    return out


def _passes_by(verb, lemma: str, objects: list, lex: dict) -> bool:
    """Whether a verb says a force went past in a parade: "X marched", "ships of X steamed past", "X flew
    30 aircraft over the square", "X put up 40 aircraft", "X sent 120 members of its guard" (a verb of
    ``pass_verbs`` with no object, or with an object of ``pass_objects``: aircraft, ships, troops)."""
    if lemma not in lex["pass_verbs"]:
        return False
    if any(c.dep_ == "prt" for c in verb.children) or _fronted(verb):
        return True  # "rolled down the avenue": a route; "Behind them marched X": X the subject
    return not objects or any(o.lemma_.lower() in lex["pass_objects"] for o in objects)


def _fronted(verb) -> bool:
    """Whether a place fronts a verb with no subject: "Behind them marched X" (X parsed as its object)."""
    return any(c.dep_ == "prep" and c.i < verb.i for c in verb.children) and \
        not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)


def _passing_forces(ctx: SentenceContext, verb, lex: dict) -> list:
    """The forces a verb of passing has besides its subject: the owner of a subject of ``pass_objects``
    ("ships of X steamed past", "tanks from X rolled by"), and after a fronted place the forces the
    parser takes as objects ("Behind them marched X and then Y")."""
    out = [m for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in lex["pass_objects"]
           for o in prep_objects(c, {"of", "from"}) for m in ctx.with_list(o, _FORCES)]
    if _fronted(verb):
        out += [m for c in verb.children if c.dep_ in {"dobj", "conj", "attr"} and c.i > verb.i
                for m in ctx.with_list(c, _FORCES) if m not in out]
    return out


def _performers(ctx: SentenceContext, facts: DocFacts, tok) -> list:
    """Who performs: the subject's actors (not a demonym of unnamed people), the items a colon sets
    out after a plain-noun subject, and the body or state that owns a subject aircraft ("a US Air
    Force F-22")."""
    out = [m for m in _subject_actors(ctx, tok, facts) if not demonym_of_people(ctx, m)]
    out += [m for m in _generic_subject_list(ctx, tok) if m not in out]
    out = [m for m in out if not _owner_of_unnamed(ctx, m)]
    for c in tok.children:
        if c.dep_ == "nsubj" and c.i in ctx.at and ctx.label(ctx.at[c.i]) == "Platform":
            out += [ctx.at[t.i] for t in c.subtree if t.i in ctx.at and t.i < ctx.at[c.i].start
                    and ctx.label(ctx.at[t.i]) in {"GovernmentBody", "Organization"} and ctx.at[t.i] not in out]
    return out


def _implied_event(ctx: SentenceContext, facts: DocFacts, verb) -> list:
    """The event a participant list without an event's name is about: one the verb governs, the
    article's main event named in the sentence, else (no other event named) the main event where it
    is a gathering or an exercise; nothing where the sentence is about another event."""
    named = event_targets(ctx, facts, verb, implicit=False)
    if named:
        return named
    main = facts.entities.get(facts.main_event) if facts.main_event else None
    if main is None or event_kind(main) not in _GATHERINGS | {"exercise"}:
        return []
    others = [e for e in ctx.of({"Event"}) if e.entity != facts.main_event and not _beside_event(ctx, e)]
    return [] if others or not about_event(ctx, facts) else [facts.main_event]


def _beside_event(ctx: SentenceContext, e) -> bool:
    """Whether event ``e`` only sets the scene: "on the sidelines of the UN General Assembly", "on the
    margins of X" (the meeting held there is another one)."""
    tok = ctx.head_token(e)
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _SIDELINES


def _uninvited(ctx: SentenceContext, actor) -> bool:
    """Whether the actor is described as not invited ("X, who was not invited, sat in the Kremlin watching
    the summit"): one not asked to come takes no part."""
    return any(c.dep_ == "relcl" and c.lemma_.lower() in _INVITE and negated(ctx, c)
               for c in ctx.head_token(actor).children)


def participation(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "X attended / took part in E", "E was attended by A, B", "H welcomed A, B and C",
    "A and B were present / in attendance", "exhibitors included A, B"; never a negated one
    ("did not attend", "skipped", "no official took part")."""
    from .gathering_verbs import not_there  # (gathering_verbs imports this module)

    lex = cues()["participation"]
    seen: set[tuple[str, str]] = set()
    if _subheading(ctx):
        return  # "Beijing watching": a section's heading reports no attendance

    def out(actor, event, conf, rule):
        key = (actor if isinstance(actor, str) else actor.entity, event if isinstance(event, str) else event.entity)
        if key in seen or not isinstance(actor, str) and (_body_of_named_holder(ctx, actor) or _uninvited(ctx, actor)):
            return []
        seen.add(key)
        found = [event_time(ctx, facts, rel(ctx, actor, "PARTICIPATED_IN", event, conf, rule), event)]
        if not isinstance(actor, str) and ctx.label(actor) == "Person":
            for state in _home_states(ctx, actor):  # "Egypt's X attended": Egypt took part too
                found += out(state, event, conf - 0.05, "home-state")
        return found

    # "Seven countries were exhibiting for the first time: A, B and C" parsed as two sentences
    if ctx.sent.start > 1 and ctx.doc[ctx.sent.start - 1].text == ":":
        verb = ctx.doc[ctx.sent.start - 2].sent.root
        if verb.lemma_.lower() in lex["attend"] | lex["exhibit"] and not negated(ctx, verb) and any(
                c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.i not in ctx.at for c in verb.children):
            listed = [m for m in ctx.mentions if ctx.label(m) in ACTORS]
            for e in event_targets(ctx, facts, verb, implicit=True):
                for m in listed:
                    yield from out(m, e, 0.6, "listed-participants")
    yield from (r for m, e in _line_items(ctx, facts, lex) for r in out(m, e, 0.6, "listed-lines"))
    yield from (r for m, e in _named_parties(ctx, facts) for r in out(m, e, 0.6, "named-parties"))
    yield from (r for m, e in _forces_of(ctx, facts) for r in out(m, e, 0.6, "exercise-of-forces"))
    yield from (r for m, e in _colon_listed(ctx, facts, lex) for r in out(m, e, 0.6, "colon-list"))
    yield from (r for m, e in _exhibitor_stands(ctx, facts) for r in out(m, e, 0.6, "exhibitor-stand"))
    yield from (r for m, e, why in _gathering_acts(ctx, facts, lex) for r in out(m, e, 0.6, why))
    yield from (r for m, e in _in_venue(ctx, facts) for r in out(m, e, 0.55, "in-venue"))
    yield from (r for m, e in _guests_at(ctx, facts, lex) for r in out(m, e, 0.6, "guest-at"))
    for verb, actors, why in _unnamed_lists(ctx):
        for e in _implied_event(ctx, facts, verb):
            if isinstance(e, str) and event_kind(facts.entities[e]) == "visit":
                continue  # a visit has its visitor and host: a table of guests or an audience is another gathering's
            if why == "seated-together" and verb.lemma_.lower() != "be" and not _sat_there(ctx, facts, verb, e):
                continue  # "A statue of X stands beside ...", "will sit beside", "At a parade in Beijing, X sat beside Y"
            for m in actors:
                if not demonym_of_people(ctx, m):
                    yield from out(m, e, 0.6, why)
    # words some cases below need in the sentence (tested once here, not per verb)
    viewing = not ctx.words.isdisjoint(lex["viewing_places"])  # "climbed the rostrum"
    ceremony = not ctx.words.isdisjoint({obj for _, obj in _CEREMONIAL})  # "cut the ribbon"
    venue_parts = not ctx.words.isdisjoint(_VENUE_PARTS)  # "toured the halls"
    for tok, (lemma, _), pos in zip(ctx.tokens, ctx.forms, ctx.pos, strict=True):
        if pos not in {"VERB", "AUX"} and lemma not in {"be", "remain"}:
            continue  # every case below needs a verb (or "be"/"remain" of presence)
        if negated(ctx, tok) or hedged(tok):
            continue  # "did not attend", "may attend", "are expected to take part"
        if lemma in lex["part_verbs"] and lemma != "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in tok.children):
            lemma = "take"  # "contingents from A and B formed part of the grouping": they took part
        if pos == "VERB" and venue_parts and _is(tok, {"tour", "visit"}) and not any(c.dep_ in {"nsubjpass", "agent"} for c in tok.children) \
                and any(c.dep_ == "dobj" and c.lemma_.lower() in _VENUE_PARTS for c in tok.children):
            # "the president toured the halls on the opening day"
            for e in event_targets(ctx, facts, tok, implicit=_gathering(facts)):
                for actor in _subject_actors(ctx, tok, facts):
                    yield from out(actor, e, 0.6, "toured-venue")
            continue
        passive = any(c.dep_ in {"nsubjpass", "agent"} for c in tok.children) or tok.tag_ == "VBN" and tok.dep_ == "acl"
        if pos == "VERB" and (act_event := _performed_ceremony(ctx, facts, tok)):
            # "Queen X and Minister Y launched the frigate Z", "the navy decommissioned the carrier", "the plant was
            # opened by A and B": who performs the article's ceremony takes part in it
            for actor in _ceremony_performers(ctx, facts, tok, passive):
                yield from out(actor, act_event, 0.65, "ceremony-act")
        if pos in {"VERB", "AUX"} and lemma in lex["welcome"] and not passive:
            guests = [m for c in tok.children if c.dep_ == "dobj" for m in _people_in(ctx, c)]
            explicit = event_targets(ctx, facts, tok, implicit=False)
            # without a named event, only people welcomed: "welcomed the Romanian Air Force into ..." is no visit
            person = any(c.dep_ == "dobj" and c.i in ctx.at and ctx.label(ctx.at[c.i]) == "Person" for c in tok.children)
            # and only to a gathering: a host receiving the sides of a war hosts talks, not the war
            events = explicit or (event_targets(ctx, facts, tok, implicit=True) if person and _gathering(facts) else [])
            if guests:
                hosts = ctx.subjects(tok, ACTORS)
                for e in events:
                    for g in guests + hosts:
                        if ctx.label(g) != "Country" or g in guests:
                            yield from out(g, e, 0.7, "welcomed")
                    for h in hosts:
                        yield event_time(ctx, facts, rel(ctx, e, "HOSTED_BY", h, 0.7, "hosted-guests"), e)
                        # "Saudi Arabia's crown prince welcomed leaders to Jeddah": his state hosts too
                        for state in _home_states(ctx, h) if ctx.label(h) == "Person" else []:
                            yield event_time(ctx, facts, rel(ctx, e, "HOSTED_BY", state, 0.65, "host-home-state"), e)
            elif any(c.dep_ == "dobj" and c.lemma_.lower() in _GUEST_NOUNS and c.i not in ctx.at for c in tok.children):
                # "Rutte, who was hosting allies in his home city": the host of the gathering the article is about
                for e in explicit or (event_targets(ctx, facts, tok, implicit=True) if _gathering(facts) else []):
                    described = ctx.at.get(tok.head.head.i) if tok.dep_ == "relcl" and tok.head.dep_ == "appos" else None
                    hosts = [described] if described is not None and ctx.label(described) == "Person" else \
                        ctx.subjects(tok, {"Person", "Country", "GovernmentBody", "Organization", "Alliance"})
                    for h in hosts:  # "Rutte, a former prime minister who was hosting allies": Rutte
                        yield event_time(ctx, facts, rel(ctx, e, "HOSTED_BY", h, 0.65, "hosted-guests"), e)
                        if ctx.label(h) == "Person":
                            yield from out(h, e, 0.65, "hosted-guests")
            continue
        if lemma in {"be", "include"} and any(c.dep_ == "nsubj" and _participants_noun(ctx, c, lex)
                                               for c in tok.children):
            # "The 12 participating nations were A, B and C", "Participating navies include A and B",
            # "Other participants are A and B": the listed are the participants of the event named, else the article's
            listed = [m for c in tok.children if c.dep_ in {"attr", "dobj"} for m in _people_in(ctx, c)]
            listed += [m for m in _listed_after(ctx, tok) if m not in listed]
            listed += [m for m in _besides(ctx, tok) if m not in listed]  # "Besides A, the participants are B, C"
            for e in event_targets(ctx, facts, tok, implicit=True):
                for m in listed:
                    if not demonym_of_people(ctx, m):
                        yield from out(m, e, 0.65, "participants-are")
            if listed:
                continue  # (else "Delegations from A and B were present": presence, below)
        if pos == "VERB" and lemma == "include" and any(
                c.dep_ == "nsubj" and c.lower_ in lex["attendee_nouns"] for c in tok.children):
            for e in event_targets(ctx, facts, tok, implicit=True):
                for c in tok.children:
                    if c.dep_ == "dobj":
                        for m in _people_in(ctx, c):
                            yield from out(m, e, 0.65, "attendees-included")
            continue
        if pos == "VERB" and not passive and (lemma in lex["event_gathers"] or _phrasal(tok, lex["event_gathers_phrasal"])):
            # "the exercise brought together A, B and C", "the summit drew A and B": the event's objects took part
            for e in _event_subject(ctx, facts, tok):
                for c in tok.children:
                    if c.dep_ == "dobj":
                        for m in ctx.with_list(c, ACTORS) + _sent_from(ctx, c):
                            if not demonym_of_people(ctx, m):
                                yield from out(m, e, 0.6, "event-gathered")
                    elif c.dep_ == "prep" and c.lower_ in {"alongside", "besides"}:  # "Alongside A and B, the drills involve C"
                        for m in (m for o in c.children if o.dep_ == "pobj" for m in ctx.with_list(o, ACTORS)):
                            if not demonym_of_people(ctx, m):
                                yield from out(m, e, 0.6, "event-gathered")
            continue
        if lemma == "be" and _among_attendees(ctx, tok, lex):
            # "Among the presidents who made the trip were A, B and C", "Among the exhibitors were A and B"
            for e in event_targets(ctx, facts, tok, implicit=True):
                for c in tok.children:  # (a last item the parser hangs on the verb: "were A, B and C")
                    if (c.dep_ in {"nsubj", "attr"} or c.dep_ == "conj" and c.pos_ in {"PROPN", "NOUN"}) \
                            and c.lemma_.lower() not in lex["attendee_nouns"]:
                        for m in _people_in(ctx, c):
                            if not demonym_of_people(ctx, m) and not _owner_of_unnamed(ctx, m):
                                yield from out(m, e, 0.6, "among-attendees")
            continue
        if pos == "VERB" and not passive and lemma in lex["leading"] and any(
                c.dep_ == "dobj" and c.lemma_.lower() in lex["led_bodies"] and c.i not in ctx.at for c in tok.children):
            # "X, who commanded the Finnish contingent", "Y headed her country's delegation": its leader took part
            for e in event_targets(ctx, facts, tok, implicit=True):
                for actor in _subject_actors(ctx, tok, facts):
                    if ctx.label(actor) == "Person":
                        yield from out(actor, e, 0.6, "led-contingent")
        if pos == "VERB" and not passive and _at_rite(ctx, tok, lemma, lex):
            # "X said at the closing ceremony", "Y addressed the opening ceremony": at the event's own rite
            joined = [m for c in tok.children if c.dep_ == "dobj" for m in _people_in(ctx, c)] \
                if lemma in lex["rite_companions"] else []  # "A joined B at the closing press conference": B too
            for e in event_targets(ctx, facts, tok, implicit=True):
                for actor in _subject_actors(ctx, tok, facts) + joined:
                    if ctx.label(actor) == "Person":
                        yield from out(actor, e, 0.6, "at-opening-rite")
        presence = lemma in {"be", "remain"} and any(
            c.dep_ in {"acomp", "attr"} and c.lower_ in lex["presence"]
            or c.dep_ == "prep" and any(o.lower_ in lex["presence"] or any(
                p.dep_ == "prep" and any(q.lower_ in lex["presence"] for q in p.children) for p in o.children)
                for o in c.children) for c in tok.children)
        # "A, B and C were all there, as was D" (a gathering's article: no "there is", no place named with it)
        there = lemma == "be" and _gathering(facts, by_name=True) and not any(c.dep_ == "expl" for c in tok.children) and any(
            c.dep_ == "advmod" and c.lower_ in lex["presence_adverbs"] for c in tok.children) and not any(
            c.dep_ == "prep" for c in tok.children)
        if presence or there:  # "A and B were present", "among those in the stand were A, B", "firms, among them A, were present"
            for e in event_targets(ctx, facts, tok, implicit=True):
                for actor in _subject_actors(ctx, tok, facts) + as_did(ctx, tok):
                    yield from out(actor, e, 0.65, "present")
            continue
        if pos == "VERB" and not passive and viewing and _is(tok, lex["stand_hosts"]) and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in lex["viewing_places"] and c.i not in ctx.at for c in tok.children):
            # "the rostrum held A, B and C", "the tribune included ...": the people on the stand attended
            for e in event_targets(ctx, facts, tok, implicit=_gathering(facts)):
                for c in tok.children:
                    if c.dep_ == "dobj":
                        for m in _people_in(ctx, c):
                            if ctx.label(m) == "Person":
                                yield from out(m, e, 0.65, "on-the-stand")
            continue
        if lemma == "be" and viewing and _gathering(facts) and any(
                c.dep_ == "csubj" and c.lemma_.lower() in lex["watching"] | set(lex["stand_postures"])
                and _on_viewing_place(ctx, c, lex["viewing_places"]) for c in tok.children):
            # "Watching from the saluting dais was President X, seated beside A and B": X and those beside him
            people = [m for c in tok.children if c.dep_ in {"attr", "nsubj"} for m in _people_in(ctx, c)
                      if ctx.label(m) == "Person"]
            for e in event_targets(ctx, facts, tok, implicit=True) if people else []:
                for m in people:
                    yield from out(m, e, 0.65, "on-the-stand")
        if pos == "VERB" and passive and viewing and _on_viewing_place(ctx, tok, lex["viewing_places"]):
            # "X spoke, flanked on the rostrum by Y and Z": the people the stand is shared with attended
            people = [m for c in tok.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
                      for m in _people_in(ctx, o) if ctx.label(m) == "Person"]
            for e in event_targets(ctx, facts, tok, implicit=_gathering(facts, by_name=True)) if people else []:
                for m in people:
                    yield from out(m, e, 0.65, "on-the-stand")
        if pos == "VERB" and not passive and viewing and _on_viewing_place(ctx, tok, lex["viewing_places"]):
            # "X climbed the rostrum with Y at his side", "X watched from the tribune"
            people = [m for m in _subject_actors(ctx, tok, facts) + _companions(ctx, tok) if ctx.label(m) == "Person"]
            for e in event_targets(ctx, facts, tok, implicit=_gathering(facts)) if people else []:
                for m in people:
                    yield from out(m, e, 0.65, "on-the-stand")
        if pos == "VERB" and passive and lemma in lex["joined"]:
            # "X was joined by A, B and C", "They were joined by A": the agents and the joined took part
            explicit = event_targets(ctx, facts, tok, implicit=False)
            targets = explicit or (event_targets(ctx, facts, tok, implicit=True) if _gathering(facts) else
                                   _implied_event(ctx, facts, tok))
            agents = [m for c in tok.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
                      for m in _people_in(ctx, o) if not demonym_of_people(ctx, m)]
            # "X are joined by troops from A, B and C": the states the troops come from
            agents += [m for c in tok.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
                       for m in contingent_sources(ctx, o, lex) if m not in agents]
            # "was joined by a group of partners: A, B and C, as well as D"
            agents += [m for m in colon_items(ctx, tok.i) if m not in agents and not demonym_of_people(ctx, m)]
            joined = [m for c in tok.children if c.dep_ == "nsubjpass" for m in _people_in(ctx, c)]
            joined += [] if joined or not agents else _pronoun_subjects(ctx, facts, tok)
            for e in targets:
                for a in agents + joined:
                    yield from out(a, e, 0.65, "joined-by")
            continue
        if pos == "VERB" and not passive and lemma in lex["joined"] and tok.dep_ in {"advcl", "xcomp", "conj"} \
                and tok.head.lemma_.lower() in lex["attend"] and _gathering(facts, by_name=True):
            # "the coast guard paraded for the first time, joining the army's regiments and the rangers": a
            # participant joined them, so they took part too
            for e in event_targets(ctx, facts, tok, implicit=True):
                for c in tok.children:  # the bodies joined (not "joined the session known as X")
                    if c.dep_ == "dobj" and c.lower_ not in _event_nouns() and not (
                            c.i in ctx.at and ctx.label(ctx.at[c.i]) not in ACTORS):
                        for m in _people_in(ctx, c):
                            if not demonym_of_people(ctx, m):
                                yield from out(m, e, 0.6, "joined-in")
        drill_run = lemma in lex["drill_passive"] and lemma not in lex["passive"]
        if pos == "VERB" and passive and (lemma in lex["passive"] or drill_run):
            # "the review was taken by X", "the event was opened by X", "represented at the ceremony by X",
            # "the gathering, hosted by the crown prince"; an exercise "directed / run by X" (drill_run)
            seat = any(c.dep_ == "nsubjpass" and c.lemma_.lower() in lex["seats"] for c in tok.children)
            # "watched from the stand by X": whoever watches from a parade's stand attends it
            stand = _gathering(facts) and viewing and _on_viewing_place(ctx, tok, lex["viewing_places"])
            targets = event_targets(ctx, facts, tok, implicit=lemma == "represent" or (seat or stand) and _gathering(facts)
                                     or tok.dep_ in {"acl", "advcl"} and not _of_other_noun(ctx, tok))
            targets = targets or _event_subject(ctx, facts, tok)  # "The summit was co-chaired by X"
            # the agent, or a "by" the parser hung on the event ("represented at the ceremony by X")
            bys = [c for c in tok.children if c.dep_ == "agent"] + [
                b for c in tok.children if c.dep_ == "prep" for o in c.children for b in o.children
                if b.lower_ == "by" and b.dep_ == "prep"]
            agents = [m for b in bys for o in b.children if o.dep_ == "pobj" for m in _people_in(ctx, o)
                      if not _in_clause(ctx, m, o) and not demonym_of_people(ctx, m)]
            if lemma == "represent" and not any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL for c in tok.children):
                # "A, B and C were represented (by their defence ministers)": the states took part too
                agents += [m for c in tok.children if c.dep_ == "nsubjpass"
                           for m in ctx.with_list(c, {"Country", "GovernmentBody", "Organization", "Alliance"})
                           if m not in agents and not demonym_of_people(ctx, m)]
            if drill_run:  # only an exercise's runner drills in it
                targets = [e for e in targets if event_kind(ctx.entities[e if isinstance(e, str) else e.entity]) == "exercise"]
            for e in targets:
                for a in agents:
                    if lemma == "host":
                        yield event_time(ctx, facts, rel(ctx, e, "HOSTED_BY", a, 0.7, "hosted-by-agent"), e)
                    # a person hosting takes part, and so does a state hosting an exercise (it drills with its guests)
                    if lemma != "host" or ctx.label(a) == "Person" or ctx.label(a) == "Country" \
                            and event_kind(ctx.entities[e if isinstance(e, str) else e.entity]) == "exercise":
                        yield from out(a, e, 0.7, "passive-participation")
            if lemma not in lex["verbs"] and lemma not in lex["attend"]:
                continue
        if pos == "VERB" and not passive and _gathering(facts, by_name=True) and (
                lemma in lex["stand_in_verbs"] or _phrasal(tok, lex["stand_in_phrasal"])):
            # "Jordan's Prime Minister X stood in for King Y", "Z represented Lebanon's President W"
            stood_for = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children
                         if o.dep_ == "pobj"] + [c for c in tok.children if c.dep_ == "dobj" and lemma in lex["stand_in_verbs"]]
            absent = [m for o in stood_for for m in _people_in(ctx, o) if ctx.label(m) == "Person"]
            stand_ins = [m for m in _subject_actors(ctx, tok, facts) if ctx.label(m) == "Person"] if absent else []
            for e in event_targets(ctx, facts, tok, implicit=True) if stand_ins else []:
                for m in stand_ins + [s for a in absent for s in _home_states(ctx, a)]:
                    yield from out(m, e, 0.6, "stood-in")
        if pos == "VERB" and _sworn_in(tok, lemma, lex):
            # "X was sworn in as president on Saturday", "Y took the oath": at the article's ceremony (or the one named)
            for e in event_targets(ctx, facts, tok, implicit=True):
                if event_kind(ctx.entities[e if isinstance(e, str) else e.entity]) in lex["oath_kinds"]:
                    for actor in _subject_actors(ctx, tok, facts) + [
                            m for c in tok.children if c.dep_ == "nsubjpass" for m in _people_in(ctx, c)]:
                        if ctx.label(actor) == "Person":
                            yield from out(actor, e, 0.6, "sworn-in")
        if pos in {"VERB", "AUX"}:
            # "Kavkaz-2020 runs under the command of General X", "the parade was held under Y's command"
            for e in _event_subject(ctx, facts, tok):
                for actor in _under_command(ctx, tok, e, lex):
                    yield from out(actor, e, 0.6, "under-command")
        if pos == "VERB" and not passive and _performs(ctx, facts, tok, lemma, lex):
            # "Two foreign teams performed: A and B", "the air force flew a solo display", "a US Air Force
            # F-22 is flying daily demonstrations": a performer at the article's show took part in it
            for e in event_targets(ctx, facts, tok, implicit=True):
                for actor in _performers(ctx, facts, tok):
                    yield from out(actor, e, 0.6, "performed")
            continue
        if pos == "VERB" and _phrasal(tok, lex["phrasal"]):  # "while President X looked on"
            # only an event the sentence names: "A and B signed the deal while X looked on" watches the signing,
            # not the article's summit or visit (pooled dev halves: 0 true / 11 false read so)
            targets = event_targets(ctx, facts, tok, implicit=True)
            named = [t for t in targets if not isinstance(t, str)]
            # an unnamed ceremony is what its onlookers watch: "A launched the ship; B and C looked on"
            for e in named or [t for t in targets if _unnamed_ceremony(facts, t)]:
                for actor in _subject_actors(ctx, tok, facts):
                    yield from out(actor, e, 0.65, "looked-on")
            continue
        if pos == "VERB" and lemma in lex["exhibit"] and lemma not in lex["attend"]:
            # an exhibitor: "X displayed patrol vessels at the NAVDEX waterfront", "South Korea brought the K2ME"
            if passive:  # "suppliers are expected to be brought into construction" exhibits nothing
                continue
            targets = event_targets(ctx, facts, tok, implicit=facts.display_event and tok.dep_ not in {"relcl", "acl"})
            for e in targets:
                for actor in _subject_actors(ctx, tok, facts):
                    yield from out(actor, e, 0.6, "exhibitor")
            if targets or not _is(tok, lex["sending"]):
                continue  # "A and B brought aircraft and crews" to an exercise: a contingent, below
        if pos == "VERB" and _is(tok, lex["sending"]) and not passive:
            # "Washington sent General X and Y": the people sent took part in the event named, else the article's
            envoys = [m for c in tok.children if c.dep_ == "dobj" for m in _people_in(ctx, c) if ctx.label(m) == "Person"]
            main = facts.entities.get(facts.main_event) if facts.main_event else None
            targets = event_targets(ctx, facts, tok, implicit=bool(envoys) and main is not None
                                     and main.props.get("kind") in _GATHERINGS)
            senders = [m for m in ctx.subjects(tok, {"Country"}) if not demonym_of_people(ctx, m)] if envoys else []
            for e in targets:
                for m in envoys + senders:  # "Algeria sent its prime minister, X": X and Algeria
                    yield from out(m, e, 0.6, "sent-envoy")
            party = {w.lower() for w in lex["attendee_nouns"]} | {w.lower() for w in lex["contingent"]} \
                | _REPRESENTATIVES | {"delegate"} | set(lex["sent_things"])
            sole = main_event_holds(ctx, facts)
            party |= set(lex["crew_nouns"]) if sole else set()  # "fielded a battalion": of the article's one drill
            sent = [c for c in tok.children if c.dep_ == "dobj"]
            party_sent = any(c.i not in ctx.at and (c.lower_ in party or c.lemma_.lower() in party) for c in sent)
            # "sent a task group built around the carrier X": a naval or air formation
            party_sent = party_sent or any(c.i not in ctx.at and c.lemma_.lower() in {"group", "force"} and any(
                d.dep_ in {"compound", "amod"} and d.lower_ in _FORMATIONS for d in c.children) for c in sent)
            if any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL | {"will"} for c in tok.children) and all(
                    c.lemma_.lower() in _REPRESENTATIVES | {"delegate"} for c in sent if c.i not in ctx.at):
                party_sent = False  # "X may send only a junior representative": not sent yet
            # "the air force sent an F-22A", "India brought Su-30MKI fighters": platforms, to a gathering or exercise
            platform_sent = any(t.i in ctx.at and ctx.label(ctx.at[t.i]) == "Platform" for c in sent
                                for t in [c, *c.children] if t is c or t.dep_ in {"amod", "compound", "nmod"})
            if not envoys and (party_sent or platform_sent):
                # "China sent 64 exhibitors", "Pakistan sent a contingent": the sender took part
                # an exercise's article too, unless sent elsewhere ("sent troops to Syria")
                # (the article's own country or a place it puts the gathering in is where the event is:
                # "South Korea is sending its display team to Australia" in an Australian airshow's article)
                dests = [ctx.at[o.i] for c in tok.children for p in [c, *c.children]
                         if p.dep_ in {"prep", "dative"} and p.lower_ in {"to", "into"}
                         for o in p.children if o.i in ctx.at and ctx.label(ctx.at[o.i]) != "Event"]
                venues = _main_venues(ctx, facts) if dests else set()
                elsewhere = any(d.entity != facts.focal and ctx.doc[d.start:d.end].text.lower() not in venues
                                for d in dests)
                joint = _gathering(facts) or main is not None and event_kind(main) == "exercise" and not elsewhere
                joint = joint and not (elsewhere and _gathering(facts))  # "sent officials to Kyiv": not the summit
                # "the army, navy and air force all field the missile": a standing fact, no one sent to a ceremony
                joint = joint and not (tok.tag_ in {"VBP", "VBZ"} and main is not None and main.props.get("kind") == "ceremony")
                # "has sent troops to fight for X", "sending its troops across the border": sent on a task of their own
                implicit = (joint or party_sent and bool(ctx.of({"Event"}))) and not _sent_on_task(tok, lex)
                for e in event_targets(ctx, facts, tok, implicit=implicit):
                    for m in ctx.subjects(tok, {"Country", "Company", "GovernmentBody", "Organization", "Alliance"}):
                        yield from out(m, e, 0.6, "sent-party")
                    for m in _generic_subject_list(ctx, tok):  # "Nine states sent troops: A, B and C"
                        yield from out(m, e, 0.6, "sent-party-list")
                    for m in as_did(ctx, tok):  # "A and B sent representatives, as did C and D"
                        yield from out(m, e, 0.6, "sent-party")
                    for m in _sent_units(ctx, tok, sent, lex) if sole else []:  # "X sent troops of the 2nd Brigade"
                        yield from out(m, e, 0.6, "sent-unit")
        if pos == "VERB" and ceremony and _ceremonial(tok) and not passive:
            # "X, Y and Z turned the first soil", "cut the ribbon", "laid the foundation stone"
            for e in event_targets(ctx, facts, tok, implicit=True):
                for actor in _subject_actors(ctx, tok, facts):
                    yield from out(actor, e, 0.65, "ceremonial-act")
            continue
        if pos == "VERB" and lemma in lex["using"] and not passive:
            # "X used the summit to announce ...", "Y told the forum that ...": X and Y were there
            for e in _used_events(ctx, facts, tok):
                for actor in _subject_actors(ctx, tok, facts):
                    yield from out(actor, e, 0.6, "used-event")
        took = lemma == "take" and not any(c.lower_ == "part" for c in tok.children)
        if pos in {"VERB", "AUX"} and (lemma not in lex["verbs"] and lemma not in lex["attend"] or took):
            # "X signed a memorandum at the Indo Defence expo", "X stays on for a summit of the CSTO",
            # "Trump took his tour to a summit", "Israel launched Operation Rising Lion"
            at_event = ctx.prep_objects(tok, {"at", "during"}, {"Event"})
            if lemma in lex["travel"] or took or _phrasal(tok, lex["travel_phrasal"]):  # "put to sea for X"
                at_event += [e for e in ctx.prep_objects(tok, {"for", "to", "in"}, {"Event"}) if e not in at_event]
            if lemma in {"be", "remain"} and any(c.dep_ == "prep" and c.lower_ in {"in", "at"} for c in tok.children):
                # "X, who was in Berlin for the business forum": present in a place for an event
                at_event += [e for e in ctx.prep_objects(tok, {"for"}, {"Event"}) if e not in at_event]
            if lemma in lex["arrival"] and not at_event and _gathering(facts) and not _events_of_clause(ctx, tok) and not passive:
                # "X and Y flew in for the day", "Z arrived with her counterpart": in a summit's or a parade's
                # article the people who arrive attend it
                for m in _subject_actors(ctx, tok, facts) + _companions(ctx, tok):
                    if ctx.label(m) == "Person" and facts.main_event:
                        yield from out(m, facts.main_event, 0.55, "arrived")
            if lemma in lex["arrival"] | {"come", "travel"} and not at_event and _gathering(facts, by_name=True) \
                    and not _events_of_clause(ctx, tok) and not passive and not _earlier_time(tok) and not any(
                    c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in {"to", "into", "from", "under", "out"}
                for c in tok.children):
                # "Defence ministers of A, B and C also came": the states their representatives stand for attended
                for c in tok.children:
                    states = _represented(ctx, c) if c.dep_ == "nsubj" else []
                    # "X, who heads the commission, also came"
                    states += [ctx.at[c.i]] if c.dep_ == "nsubj" and c.i in ctx.at and ctx.label(ctx.at[c.i]) == "Person" \
                        else []
                    # "Ministers of A and B came", B parsed as the ministers' conjunct
                    states += [ctx.at[t.i] for t in conjuncts(c) if states and t.i in ctx.at
                               and ctx.label(ctx.at[t.i]) == "Country" and ctx.at[t.i] not in states]
                    for m in states:
                        yield from out(m, facts.main_event, 0.55, "representatives-came")
            if lemma in lex["travel"] | lex["attend"] and not at_event and _gathering(facts) and any(
                    c.dep_ == "prep" and c.lower_ == "as" and any(o.lemma_.lower() in lex["guest_roles"] for o in c.children)
                    for c in tok.children):  # "X and Y came as heads of partner states", "Z attended as an observer"
                at_event = event_targets(ctx, facts, tok, implicit=True)
            if lemma in lex["training"] and not passive:
                # "A's troops train every year with B's forces in the X exercise": both sides took part in X
                drills = ctx.prep_objects(tok, {"in", "through", "during"}, {"Event"})
                partners = [m for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children
                            if o.dep_ == "pobj" for m in ctx.group(o, ACTORS - {"Person"}, plural=True)]
                for e in drills:
                    for actor in _subject_actors(ctx, tok, facts) + partners:
                        yield from out(actor, e, 0.6, "trained-in")
            closing = lemma in lex["closing"] or _phrasal(tok, lex["closing_phrasal"])
            if (lemma in lex["launch"] or closing) and not passive:
                for c in tok.children:
                    m = ctx.at.get(c.i) if c.dep_ == "dobj" else None
                    m = m if m is not None or c.dep_ != "dobj" else _measured_event(ctx, c)
                    if m is not None and ctx.label(m) == "Event" and m not in at_event:
                        at_event.append(m)
                    if c.dep_ == "dobj" and c.lower_ == "it" and _main_event_before(ctx, facts) \
                            and facts.main_event not in at_event:
                        at_event.append(facts.main_event)  # "... ran the drill. Minister X opened it on July 12"
                subjects = ctx.subjects(tok, ACTORS)
                if lemma == "command":  # "Lt Gen X, General Officer Commanding of Y, commanded the parade": X, not his post
                    subjects = [m for m in subjects if not _title_of_person(ctx, m)]
                for e in at_event:
                    for actor in subjects:
                        yield from (_whole_event_time(facts, r, e) if closing else r
                                    for r in out(actor, e, 0.6, "launched"))
                        if ctx.label(actor) in lex["launch_hosts"]:  # "NATO launched Eastern Sentry": its mission
                            yield event_time(ctx, facts, rel(ctx, e, "HOSTED_BY", actor, 0.6, "launched-mission"), e)
                    for actor in _contingents_of(ctx, tok):  # "troops from A and B began the drills"
                        yield from out(actor, e, 0.6, "launched-contingent")
            if not_there(ctx, facts, tok, False):
                continue  # "Next year X will sit beside Y at the summit", "At a parade in Beijing, X sat ..."
            if not at_event and not passive:
                # "A and B agreed a pact at the X summit": "at" parsed onto the object
                for e in _object_at_summit(ctx, tok, lex):
                    for actor in _states_at(ctx, tok, e, _subject_actors(ctx, tok, facts), lex, people=True):
                        yield from out(actor, e, 0.6, "at-event")
            if not at_event:
                continue
            represented = [m for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}
                           for m in _represented(ctx, c) + _contingent(ctx, c)]  # "warships from A sailed for X"
            subjects = _subject_actors(ctx, tok, facts)
            if lemma == "command":  # (the post set beside the commander: above)
                subjects = [m for m in subjects if not _title_of_person(ctx, m)]
            actors = [a for a in subjects if ctx.label(a) != "Country" or a in represented]
            # "the Indian Navy sailed for X alongside the navies of A, B and C": the forces beside it took part too
            actors += [m for m in _forces_beside(ctx, tok) if actors and m not in actors]
            people = [a for a in actors if ctx.label(a) == "Person"]  # "TAI's chief executive, X, said at ..."
            for e in at_event:
                for actor in people or actors or _states_at(ctx, tok, e, subjects, lex):
                    yield from out(actor, e, 0.6, "at-event")
            continue
        if pos != "VERB" or lemma not in lex["verbs"] and lemma not in lex["attend"]:
            continue
        if lemma == "take" and not any(c.lower_ == "part" for c in tok.children):
            continue
        if lemma in lex["watching"] and (any(c.dep_ == "advmod" and c.lower_ in lex["monitoring_adverbs"]
                                             for c in tok.children)
                                         or tok.dep_ == "ccomp" and not any(c.dep_ == "dobj" for c in tok.children)
                                         or _monitoring(ctx, tok, lex)):
            continue  # "Japan said it was watching closely": a state monitoring from afar, not a spectator
        implicit = (lemma in lex["attend"] or lemma == "take") and not _object_named(ctx, tok)
        targets = event_targets(ctx, facts, tok, implicit=implicit and not passive
                                 or passive and tok.dep_ == "acl" and not _of_other_noun(ctx, tok))
        if not targets:
            continue
        if passive:
            actors = [m for c in tok.children if c.dep_ == "agent" for o in c.children for m in _people_in(ctx, o)]
            actors += [m for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"
                       for o in c.children for m in _people_in(ctx, o) if m not in actors]
            actors = [m for m in actors if not demonym_of_people(ctx, m)]
        else:
            actors = _subject_actors(ctx, tok, facts)
            actors += [m for m in _companions(ctx, tok) if m not in actors]
            if lemma == "join" and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
                # "the two joined A and B in Brisbane for the consultations": the people joined came too
                joined = [ctx.at[t.i] for c in tok.children if c.dep_ == "dobj" for t in c.subtree if t.i in ctx.at]
                for m in joined:
                    if ctx.label(m) == "Person" and m not in actors:
                        actors.append(m)
            # "A and B took part, as well as C and D", "Troops from A took part, plus B"
            labels = {ctx.label(m) for m in actors}
            actors += [m for m in _added_after(ctx, tok) if ctx.label(m) in labels and m not in actors]
            if not actors:  # "Six navies took part: A, B and C"
                actors = _generic_subject_list(ctx, tok)
        for actor in actors:
            for e in targets:
                yield from out(actor, e, 0.7, "participated")
    yield from (r for m, e in _parade_passers(ctx, facts, lex) for r in out(m, e, 0.6, "passed-in-parade"))
    yield from (r for m, e in _acting_contingents(ctx, facts, lex) for r in out(m, e, 0.6, "contingent-acted"))
    yield from (r for m, e in _alike(ctx, facts, seen) for r in out(m, e, 0.6, "did-alike"))


def _sent_on_task(tok, lex: dict) -> bool:
    """Whether a sending verb sends its forces on a task of their own, not to a gathering: a purpose clause whose
    verb is an away task (``sent_away_tasks``: "sent troops to fight for A", "sent a battalion to help B", "to
    guard the frontier"; not when its object is the event itself: "to support the exercise") or a way across a
    frontier (``sent_away_preps``: "sending its own troops across the border"). Any other purpose ("to take part",
    "to perform", "to work alongside the host's air force") keeps the sending a contingent."""
    if any(o.lemma_.lower() in lex["frontiers"] for o in prep_objects(tok, lex["sent_away_preps"])):
        return True  # (not "sending soldiers and armour across the square": a parade's march)
    purposes = [c for c in tok.children if c.dep_ in {"advcl", "xcomp"} and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    return any(c.lemma_.lower() in lex["sent_away_tasks"] and not any(
        o.dep_ == "dobj" and o.lemma_.lower() in _gathering_nouns() for o in c.children) for c in purposes)


def _monitoring(ctx: SentenceContext, tok, lex: dict) -> bool:
    """Whether a watching verb (``participation.watching``) tells a watch kept over time or over a party's
    conduct, not a spectator at a gathering: a present perfect ("the ministry has watched the two navies draw
    closer"), a question it waits on ("both capitals will watch whether the deliveries start"), or a clause
    whose subject is a state or a body ("A and B watch C's widening ties", "planners watched D run short of
    shells"); "watched sailors hoist the flag", "watch the missiles roll past" stay, and so do a present perfect
    whose object is the gathering itself ("has watched the parade from a patrol boat") and a person watching a
    force's act on show (``displayed_acts``: "the king watched the air force fly over the palace")."""
    if tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in lex["monitoring_perfect"] for c in tok.children) \
            and not any(c.dep_ == "dobj" and (c.i in ctx.at and ctx.label(ctx.at[c.i]) == "Event"
                                              or c.i not in ctx.at and c.lemma_.lower() in _gathering_nouns())
                        for c in tok.children):
        return True
    watcher_party = any(s.dep_ == "nsubj" and s.i in ctx.at and ctx.label(ctx.at[s.i]) in lex["monitored_parties"]
                        for s in tok.children)
    for c in tok.children:
        if c.dep_ not in {"ccomp", "xcomp"}:
            continue
        if any(m.dep_ == "mark" and m.lower_ in lex["hedge_marks"] for m in c.children):
            return True
        if c.lemma_.lower() in lex["displayed_acts"] and not watcher_party:
            continue  # a spectator of a force on show, not a state watching another's conduct
        if any(s.dep_ in {"nsubj", "nsubjpass"} and s.i in ctx.at and ctx.label(ctx.at[s.i]) in lex["monitored_parties"]
               for s in c.children):
            return True
    return False


# the objects of "lead", "head", "represent" that make a career or a membership, not a gathering
_LED_BODIES = frozenset({"GovernmentBody", "Organization", "Company", "Alliance"})


@functools.lru_cache(maxsize=1)
def _gathering_nouns() -> frozenset[str]:
    """Nouns that name a gathering, a show or a part of one that one watches at it ("the parade", "the flypast",
    "the display", "the live-fire stage")."""
    lex = lexicon()
    nouns = {*lex["event_nouns"], *(n for kind in lex["event_kinds"].values() for n in kind)}
    shows = set(cues()["supply"]["show_purposes"]) | set(cues()["participation"]["watched_parts"])
    return frozenset(w for n in nouns | shows for w in n.split())


def _object_named(ctx: SentenceContext, tok) -> bool:
    """Whether an attending verb takes an object that is not the gathering: a body ("had led the army for a
    year", "led the DND until he resigned", "the command, which he had led": a career, not a gathering; a
    state stays: "Lavrov represents Moscow" at the talks), or, for a verb that also means monitoring
    (``participation.watching``), any noun that names no gathering or show ("watch the approaches to the
    coast", "watches the format with unease", "watch militant movements"). The verb is about its object, and
    says nothing of the article's event unless the sentence names that event."""
    watching = tok.lemma_.lower() in cues()["participation"]["watching"]
    for c in tok.children:
        if c.dep_ != "dobj":
            continue
        if c.lower_ in {"which", "that", "whom"} and tok.dep_ == "relcl":
            c = tok.head  # "..., which he had led since 2023": the noun the clause describes
        m = ctx.at.get(c.i)
        if m is not None and ctx.label(m) in _LED_BODIES:
            return True
        if tok.lemma_.lower() == "lead" and m is None and c.lemma_.lower() in cues()["participation"]["led_groupings"]:
            return True  # "Denmark and the Netherlands lead the fighter jet coalition": a post, not the gathering
        if watching and m is None and c.pos_ in {"NOUN", "PROPN"} and c.lemma_.lower() not in _gathering_nouns() \
                and c.lower_ not in _gathering_nouns():
            return True
    return False


def _alike(ctx: SentenceContext, facts: DocFacts, seen: set[tuple[str, str]]) -> list[tuple]:
    """(actor, event) of those said to do what a participant of the sentence did: "X toured the halls,
    as did Y", "X took the salute alongside General Y and Admiral Z", "X opened the drill together with
    Y" (the verb's subject took part in an event by another rule; the people after "as did" or the
    companion preposition did too)."""
    taken: dict[str, list[str]] = {}
    for actor, event in seen:
        taken.setdefault(actor, []).append(event)
    out: list[tuple] = []
    if not taken or not ctx.lemmas & {"did", "alongside", "beside", "together", "jointly"}:
        return out  # most sentences
    for tok in ctx.tokens:
        if tok.pos_ != "VERB" or negated(ctx, tok):
            continue
        others = beside_people(ctx, tok) + [m for m in as_did(ctx, tok) if ctx.label(m) in ACTORS]
        if not others:
            continue
        subjects = [m.entity for m in _subject_actors(ctx, tok, facts)]
        events = list(dict.fromkeys(e for s in subjects for e in taken.get(s, ())))
        out += [(m, e) for e in events for m in others if m.entity not in subjects]
    return out
