"""Participant lists without an event's name: "contingents came from A, B, ... and C", "X was joined by
partners: A, B and C, as well as D", "A and B sent representatives, as did C and D", "Minister X told the
meeting ...", "X sat beside Y". Each finder gives the cue token and the actors; ``events.participation``
decides the event (the one the sentence names, else the article's gathering or exercise).

Lists are read as runs of names over the text, not over the parse (a parser splits a list of twenty
states into appositions and conjuncts at random): names separated only by commas, semicolons, "and",
"the", "as well as", "plus", "along with" and parentheses."""
from __future__ import annotations

from spacy.tokens import Token

from ...mentions import Mention
from ...ontology import ACTORS
from ..context import SentenceContext
from ..negation import negated
from ..prepositions import prep_objects

# words a list of names may have between its items
_SEPARATORS = {",", ";", "and", "the", "plus", "(", ")", "as", "well", "along", "with", "both"}
_DID = frozenset({"did", "was", "were"})
# nouns of the people or units a state sends to a gathering or an exercise ("contingents came from A, B"),
# not of equipment (the origin of arms is no participation) nor observers (who do not take part in a drill)
BODIES = {"contingent", "delegation", "troop", "team", "detachment", "unit", "soldier", "serviceman", "personnel",
          "force", "sailor", "marine", "airman", "participant", "representative", "delegate", "officer", "minister",
          "official", "leader", "envoy", "commander", "chief", "attendee", "crew", "pilot", "paratrooper", "staff"}
# verbs of coming from somewhere: "came from", "were drawn from", "arrived from", "hailed from"
_FROM_VERBS = {"come", "arrive", "hail", "draw", "travel", "fly"}
# words that add the actors after them to a list ("Besides A and B, contingents came from ...")
_ADDING = {"besides": 1, "alongside": 1, "plus": 1}
_ADDING_PHRASES = (("in", "addition", "to"), ("apart", "from"), ("as", "well", "as"), ("along", "with"))
# what a speaker tells or briefs at a gathering: "told the meeting", "briefed the room", "addressed delegates"
_AUDIENCES = {"meeting", "summit", "conference", "gathering", "room", "hall", "delegate", "participant", "audience",
              "talk", "session", "forum", "assembly", "ceremony", "parade", "exercise", "crowd", "guest", "attendee"}
_TELLING = {"tell", "brief", "address", "assure", "urge", "warn", "inform", "update", "remind", "welcome"}
# "sat beside X", "stood alongside Y": the people seated together at a gathering
_SEATING = {"sit", "stand"}
_BESIDE_PREPS = {"beside", "alongside", "next"}
# "Around the table sat A, B and C", "sat at the negotiating table": the table of a meeting
_TABLE_PREPS = {"around", "round", "at"}
_TABLES = {"table"}
# "..., facing X and Y": the people across the table sit there too
_ACROSS = {"face", "opposite"}
# words that set a time or an edition before the article's ("last year's participants"); events.py reads them too
EARLIER = frozenset({"last", "previous", "earlier", "past", "prior"})


def _actor(ctx: SentenceContext, m: Mention) -> bool:
    return ctx.label(m) in ACTORS


def list_run(ctx: SentenceContext, start: int) -> list[Mention]:
    """The actors named in a run of names from token ``start``: "A, B, the C and D" (items separated only
    by :data:`_SEPARATORS`). A name followed straight by another word is a modifier ("the United States
    military": the military, not the state); a run that ends on a plain noun after a name names only
    modifiers ("Chinese and Russian firms") and gives nothing."""
    doc, end = ctx.doc, ctx.sent.end
    out: list[Mention] = []
    i = start
    while i < end:
        m = ctx.at.get(i)
        if m is not None:
            nxt = m.end
            if nxt < end and nxt not in ctx.at and doc[nxt].lower_ not in _SEPARATORS and doc[nxt].text not in {".", ":"}:
                # a name straight before another word: a modifier, and the run stops
                return [] if doc[nxt].pos_ in {"NOUN", "ADJ"} else out
            if nxt < end and nxt in ctx.at and ctx.at[nxt] is not m:
                i = nxt  # "the United States military": the second name is the item
                continue
            if _actor(ctx, m) and m not in out:
                out.append(m)
            i = m.end
            continue
        if doc[i].lower_ not in _SEPARATORS and not _title_before_name(ctx, i):
            break
        i += 1
    return out


def _title_before_name(ctx: SentenceContext, i: int) -> bool:
    """Whether token ``i`` is a capitalised title word leading into a name ("Princess", "General" in
    "General X"): title-case words only, up to a name within three tokens."""
    doc = ctx.doc
    for j in range(i, min(i + 3, ctx.sent.end)):
        if j in ctx.at:
            return j > i
        if not doc[j].is_title or doc[j].pos_ not in {"PROPN", "NOUN"}:
            return False
    return False


def _earlier(verb: Token) -> bool:
    """Whether the clause is set in another edition: "last year", "last year's contingents"."""
    for t in verb.subtree:
        if t.lower_ in EARLIER and t.head.lemma_.lower() in {"year", "edition", "time", "month", "week", "summit",
                                                               "exercise", "session", "meeting", "parade"}:
            return True
    return False


def _added(ctx: SentenceContext, lo: int, hi: int) -> list[Mention]:
    """The actors after an adding word between tokens ``lo`` and ``hi``: "Besides A and B", "in
    addition to C", "as well as D"."""
    doc, out = ctx.doc, []
    for i in range(lo, hi):
        low = doc[i].lower_
        width = _ADDING.get(low, 0)
        for phrase in _ADDING_PHRASES:
            if tuple(t.lower_ for t in doc[i:i + len(phrase)]) == phrase:
                width = len(phrase)
        if width:
            out += [m for m in list_run(ctx, i + width) if m not in out]
    return out


def came_from(ctx: SentenceContext) -> list[tuple[Token, list[Mention]]]:
    """(verb, actors) of "the contingents came from A, B and C", "delegates were drawn from A and B",
    "Besides A, troops came from B and C": the states or bodies a group of people or units comes from,
    and those added to them."""
    out: list[tuple[Token, list[Mention]]] = []
    if "from" not in ctx.lemmas or not ctx.lemmas & _FROM_VERBS:
        return out  # most sentences
    for tok, (lemma, _) in ctx.cued_forms(_FROM_VERBS):
        if lemma not in _FROM_VERBS or tok.pos_ != "VERB" or negated(ctx, tok) or _earlier(tok):
            continue
        subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i not in ctx.at
                    and c.lemma_.lower() in BODIES]
        if not subjects or tok.lemma_.lower() == "draw" and not any(c.dep_ == "nsubjpass" for c in tok.children):
            continue
        froms = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"]
        if not froms:
            continue
        actors = list_run(ctx, froms[0].i + 1)
        if not actors:
            continue
        # "Besides A and B, contingents came from ...": the actors the clause adds (not inside the list)
        actors += [m for m in _added(ctx, ctx.sent.start, ctx.sent.end) if m not in actors]
        out.append((tok, actors))
    return out


def colon_items(ctx: SentenceContext, after: int) -> list[Mention]:
    """The actors of a list set off by a colon after token ``after``, with what "as well as" adds: "was
    joined by a group of partners: A, B and C, as well as D"."""
    colon = next((t for t in ctx.tokens if t.i > after and t.text == ":"), None)
    if colon is None:
        return []
    items = list_run(ctx, colon.i + 1)
    if not items:
        return []
    last = max(m.end for m in items)
    return items + [m for m in _added(ctx, last, min(last + 4, ctx.sent.end)) if m not in items]


def as_did(ctx: SentenceContext, verb: Token) -> list[Mention]:
    """The actors of "..., as did A, B and C" after ``verb`` (they did what its subject did): a "did"
    clause on the verb, or one the parser hung higher up whose nearest verb before it is ``verb``; after
    a "be", "..., as was A" ("were all there, as was X")."""
    out: list[Mention] = []
    said = {"did"} | ({"was", "were"} if verb.lemma_.lower() == "be" else set())
    for c in ctx.cued_tokens(_DID, "lower"):
        if c.i <= verb.i or c.lower_ not in said or ctx.doc[c.i - 1].lower_ != "as":
            continue
        before = next((t for t in reversed(ctx.doc[verb.i:c.i - 1]) if t.pos_ in {"VERB", "AUX"}), None)
        if not (c.head.i == verb.i or before is not None and before.i == verb.i):
            continue
        subjects = [n for n in c.children if n.dep_ == "nsubj"] if c.lower_ != "did" else []
        if subjects:  # "as was Argentina's X": the subject (its possessor is no second actor)
            out += [m for n in subjects for m in ctx.with_list(n, ACTORS) if m not in out]
        else:
            out += [m for m in list_run(ctx, c.i + 1) if m not in out]
    return out


def told_audience(ctx: SentenceContext) -> list[tuple[Token, list[Mention]]]:
    """(verb, speakers) of "Minister X told the meeting that ...", "Y briefed the room", "Z addressed
    delegates": a person speaking to the gathering itself ("the", no "a": not "told a meeting in May")."""
    out: list[tuple[Token, list[Mention]]] = []
    if not ctx.lemmas & _TELLING:
        return out
    for tok, (lemma, _) in ctx.cued_forms(_TELLING):
        if lemma not in _TELLING or tok.pos_ != "VERB" or negated(ctx, tok):
            continue
        heard = [c for c in tok.children if c.dep_ in {"dobj", "dative"} and (
                    c.i in ctx.at and ctx.label(ctx.at[c.i]) == "Event" or c.i not in ctx.at and c.lemma_.lower() in _AUDIENCES)
                 and not any(d.dep_ == "det" and d.lower_ in {"a", "an", "another"} for d in c.children)
                 and not any(d.lower_ in EARLIER for d in c.subtree)]
        if not heard or any(c.dep_ in {"nsubjpass", "agent"} for c in tok.children):
            continue
        speakers = [m for m in ctx.subjects(tok, {"Person"})]
        if speakers:
            out.append((tok, speakers))
    return out


def seated(ctx: SentenceContext) -> list[tuple[Token, list[Mention]]]:
    """(verb, people) of "X sat beside Y", "A and B sat alongside their husbands", "Around the table sat
    A and B, facing C": the people who sit or stand together (the subject's people, the named companions
    and those faced across a meeting's table)."""
    out: list[tuple[Token, list[Mention]]] = []
    if not ctx.lemmas & _SEATING and not ctx.lemmas & _TABLES:
        return out
    for tok, (lemma, _) in ctx.cued_forms(_SEATING | {"be"}):
        if lemma not in _SEATING | {"be"} or tok.pos_ not in {"VERB", "AUX"} or negated(ctx, tok) or _earlier(tok):
            continue
        table = any(o.lemma_.lower() in _TABLES for o in prep_objects(tok, _TABLE_PREPS))
        if lemma == "be" and not (table and tok.dep_ == "ROOT"):
            continue  # "Around the table were A and B" (not "the table was ...")
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in _BESIDE_PREPS] if lemma != "be" else []
        if not preps and not table:
            continue
        people = [m for c in tok.children if c.dep_ == "nsubj" for m in ctx.mentions
                  if c.left_edge.i <= m.start <= c.right_edge.i and ctx.label(m) == "Person"]
        clauses = {t.i for p in preps for c in p.subtree if c.dep_ in {"relcl", "acl"} for t in c.subtree}
        people += [m for p in preps for t in p.subtree if t.i in ctx.at and t.i not in clauses for m in [ctx.at[t.i]]
                   if ctx.label(m) == "Person" and m not in people]  # not "Y, who represented Z"
        if table:  # "..., facing the heads of the two institutions, X and Y"
            people += [m for c in tok.children if c.dep_ == "advcl" and c.lemma_.lower() in _ACROSS
                       for o in c.children if o.dep_ == "dobj" for t in o.subtree if t.i in ctx.at
                       for m in [ctx.at[t.i]] if ctx.label(m) == "Person" and m not in people]
        if people:
            out.append((tok, people))
    return out


def beside_people(ctx: SentenceContext, verb: Token) -> list[Mention]:
    """The people named after "alongside"/"beside"/"together with" on ``verb``, however the parser split their titles:
    "took the salute alongside the defence chief, General X, and the navy chief, Admiral Y"."""
    out: list[Mention] = []
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "took the salute alongside X"
    for p in (c for h in holders for c in h.children):
        # "alongside X", "beside X", "together with X" (a plain "with" may be an instrument or a topic)
        joint = p.lower_ == "with" and any(c.dep_ == "advmod" and c.lower_ in {"together", "jointly", "along"}
                                           for c in p.children)
        if p.dep_ == "prep" and (p.lower_ in {"alongside", "beside"} or joint):
            clauses = {t.i for c in p.subtree if c.dep_ in {"relcl", "acl"} for t in c.subtree}
            out += [m for t in p.subtree if t.i in ctx.at and t.i not in clauses for m in [ctx.at[t.i]]
                    if ctx.label(m) == "Person" and m not in out]
    return out
