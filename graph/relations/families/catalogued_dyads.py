"""Two sides of an armed conflict the reference data lists as active on the article's date, both named in one
sentence that has a hostile cue anywhere in it: "Houthi drones struck a tanker as US jets hit launch sites"
(``conflict_dyads.csv``: state-state and state-armed group dyads with years, each row with its public source,
UCDP/PRIO, Correlates of War, Wikipedia's lists of ongoing armed conflicts). The cue words are the conflict
nouns and verbs of ``cues.yaml``; a cue the sentence negates does not count, and a side named only as the place
where something happens ("fighting in Syria", "a port in the Emirates") is no side, nor is the subject of a reporting verb ("Israel said
Hezbollah fired rockets": a pronoun for the speaker inside the report still makes it a side), nor a state named only
as the adjective or possessor of a bystander noun ("the Saudi crown prince", "Indian nationals", "Iran's economy")
unless that noun is the hostile cue's subject or object ("Iranian officials accused Israel"). A noun that also
names a peaceful effort or bloc ("campaign", "front", "fight", "war": ``ambiguous_dyad_nouns``) is no cue with a
peaceful modifier ("a recruitment campaign", "a united front"), as a bare past time ("the first since the war"), and as
the object of a joining verb sets only its "against" side against the joiners ("join the fight against IS-K").

Two sides of a standing rivalry (``rivalry_dyads.csv``: Thompson & Dreyer's strategic rivalries, ICOW
territorial claims, per row) are in conflict by the same test, where the sentence holds a conflict cue or one of
the rivalry words of ``cues.yaml`` (threat, provocation, deterrence, pressure, drills, claims ...): "Beijing stepped
up its military pressure on Taiwan". The rivalry words are read only for such a pair: an armed dyad's rule is
unchanged. A cue counts for a rivalry only where it sets one side against the other (``rival_sides.py``): the two
rivals named as one group that does or suffers something together ("Greece and Turkey joined a NATO exercise",
"Pakistan and Afghanistan fear floods", "China and Vietnam held joint drills to fight smuggling") and a rivalry word
that is joint, avoided, figurative or from a source that is neither side ("pressure from nationalists") give
nothing. Rivalries of great powers whose names meet mostly in sentences about a third party's war (Russia and the
United States or NATO, China and the United States, Iran and Israel or Saudi Arabia; China and India beside the
India-Pakistan wars) are left out of the data: on the development halves (session 39) such pairs shared a sentence
with a cue far more often in articles that state no conflict between them than in articles that do."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..context import SentenceContext
from ..coordination import list_head
from ..lexicon import cues
from ..negation import negated
from ..prepositions import prep_objects
from ..relation import Relation
from ..time import published_of
from .common import DocFacts
from .rival_sides import rival_cues
from .tie_parties import cue_tokens, tie

#: words before a name that make it the place of the fighting, not a side ("strikes in Yemen")
_PLACE_WORDS = frozenset({"in", "over", "into", "across", "from", "near", "off", "inside", "to", "of"})


#: place words whose later conjuncts are places too ("over Iraq and Syria"; not "linked to X and Y")
_SITE_WORDS = frozenset({"in", "over", "into", "across", "near", "off", "inside"})

#: nouns whose "with" names a neighbour as a place ("the border with Mali")
_BORDER_NOUNS = frozenset({"border", "borders", "frontier", "frontiers", "boundary"})

#: pronouns by which a report's subject is the speaker's own
_OWN = frozenset({"it", "its", "they", "their", "we", "our"})


def norm_name(name: str) -> str:
    """A name as the dyad, partnership and operator tables are keyed: lower case, runs of other characters one space."""
    return re.sub(r"[^a-z0-9]+", " ", name.lower()).strip()


@lru_cache(maxsize=4)
def _dyads(file: str = "conflict_dyads.csv") -> tuple[tuple[frozenset[str], int, int], ...]:
    """(the two sides' normalised names, first year, last year) of every row of a dyads file of the reference
    data (``conflict_dyads.csv``: armed conflicts; ``rivalry_dyads.csv``: standing rivalries; ``partnership_dyads.csv``:
    standing partnerships)."""
    from ...reference.offices import DATA_DIR, read_rows

    return tuple((frozenset({norm_name(r["side_a"]), norm_name(r["side_b"])}), int(r["start_year"]),
                  int(r["end_year"]) if r.get("end_year") else 9999)
                 for r in read_rows(DATA_DIR / file))


@lru_cache(maxsize=4)
def _dyads_by_name(file: str) -> dict[str, tuple[tuple[frozenset[str], int, int], ...]]:
    """The rows of :func:`_dyads` by each of their sides' normalised names (so that a pair of sides reads the
    few rows naming one of them, not the whole file)."""
    out: dict[str, list[tuple[frozenset[str], int, int]]] = {}
    for row in _dyads(file):
        for name in row[0]:
            out.setdefault(name, []).append(row)
    return {name: tuple(rows) for name, rows in out.items()}


def active_dyad(a: set[str], b: set[str], year: int, file: str = "conflict_dyads.csv") -> bool:
    """Whether a row of the data pairs one of the names ``a`` with one of ``b`` in a span holding ``year``."""
    na, nb = {norm_name(x) for x in a}, {norm_name(x) for x in b}
    if na & nb:
        return False  # one name on both sides
    by_name = _dyads_by_name(file)
    return any(start <= year <= end and len(pair) == 2 and pair & nb
               and any(frozenset({x, y}) == pair for x in na for y in nb)
               for name in na for pair, start, end in by_name.get(name, ()))


def active_rivalry(a: set[str], b: set[str], year: int) -> bool:
    """Whether ``rivalry_dyads.csv`` pairs one of the names ``a`` with one of ``b`` in a span holding ``year``."""
    return active_dyad(a, b, year, "rivalry_dyads.csv")


def _place(ctx: SentenceContext, m) -> bool:
    """Whether the mention is a place word's object: right after it ("strikes in Yemen") or past an article and
    adjectives ("a port in the Emirates", "into southern Somalia"; not "to the Emirati role", where the name is
    the adjective)."""
    if m.start > ctx.sent.start and ctx.doc[m.start - 1].lower_ in _PLACE_WORDS:
        return True
    head = ctx.head_token(m)
    first = _list_start(head)  # "over Iraq and Syria": a later conjunct of a place is a place
    start = m.start if first is head else first.left_edge.i
    head = first
    if start != m.start and _own_verb(ctx, m):
        return False  # "strikes in Khost and Afghanistan vowed to retaliate": the conjunct is a clause's subject
    prep = head.head
    words = _PLACE_WORDS if start == m.start else _SITE_WORDS
    if head.dep_ != "pobj" or prep.lower_ not in words or not prep.i < start:
        return False
    return all(t.lower_ == "the" or t.pos_ == "ADJ" for t in ctx.doc[prep.i + 1:start])


def _list_start(tok):
    """The first item of the list ``tok`` is a later conjunct of, through heads standing before it only (unlike
    :func:`~..coordination.list_head`, a conj the parser hung on a later word is no list here)."""
    while tok.dep_ == "conj" and tok.head is not tok and tok.head.i < tok.i:
        tok = tok.head
    return tok


def _own_verb(ctx: SentenceContext, m) -> bool:
    """Whether a finite verb follows the mention straight away ("... and Afghanistan vowed to retaliate"): the
    mention opens a clause of its own, whatever conjunct the parser made it."""
    if m.end >= ctx.sent.end:
        return False
    nxt = ctx.doc[m.end]
    return nxt.pos_ in ("VERB", "AUX") and nxt.tag_ in ("VBD", "VBZ", "VBP", "MD")


def _hostile_noun(tok, lex) -> tuple[bool, set[int] | None]:
    """Whether an ambiguous dyad noun (``ambiguous_dyad_nouns``: campaign, front, fight, war) is hostile here, and
    the token indices it sets against the other sides (``None``: every side against every other). Not hostile
    with a peaceful modifier ("a recruitment campaign", "a united front", "the political front"), aimed "against" a
    disease or ill (``peaceful_targets``: "a campaign against polio", "the fight against corruption"), or as a past
    time ("the first since the war"); as the object of a joining verb ("pledged to join the fight against Z") it
    sets only its "against" phrase against the joiners, who are allies. A named war after a past preposition ("since
    the Second World War") is left as before (session 41: on the development halves it still gives a right China-Japan
    rivalry reading)."""
    word = tok.lower_
    if word not in lex["ambiguous_dyad_nouns"] and tok.lemma_.lower() not in lex["ambiguous_dyad_nouns"]:
        return True, None
    peaceful = set(lex["peaceful_modifiers"]) | set(lex["peaceful_targets"])
    if any(c.dep_ in ("amod", "compound", "nmod") and (c.lower_ in lex["peaceful_modifiers"]
                                                       or c.lemma_.lower() in lex["peaceful_modifiers"])
           for c in tok.children):
        return False, None
    if any(o.lower_ in peaceful or o.lemma_.lower() in peaceful for o in prep_objects(tok, "against")):
        return False, None  # "a campaign against polio", "the fight against corruption": no side is its target
    if tok.dep_ == "pobj" and tok.head.lower_ in lex["past_preps"] and all(c.dep_ == "det" for c in tok.children):
        return False, None  # the pair's own war told as past; a named war ("since the Second World War") stays
    if tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in lex["joining_verbs"]:
        against = {t.i for c in tok.children if c.dep_ == "prep" and c.lower_ == "against" for t in c.subtree}
        return bool(against), against
    return True, None


def _across_border(ctx: SentenceContext, m) -> bool:
    """Whether the mention (or the list it ends) is the object of a border's "with" ("near the borders with Mali
    and Burkina Faso"): a neighbour that is no side of an armed group's fight, though it may be a side against the
    state whose border it is ("the border with Pakistan, which it fought in 2019")."""
    head = _list_start(ctx.head_token(m))
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ == "with" and prep.head.lemma_.lower() in _BORDER_NOUNS


def _speaker(ctx: SentenceContext, m, reporting: set[str]) -> bool:
    """Whether the mention is the subject of a reporting verb ("X said ...", "X told reporters ...")."""
    head = ctx.head_token(m)
    verb = head.head
    if not (head.dep_ in ("nsubj", "nsubjpass") and verb.pos_ == "VERB" and verb.lemma_.lower() in reporting):
        return False
    # "Turkey said its drones hit PKK positions": the report's subject is the speaker's own
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        for subj in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subj.lower_ in _OWN or any(c.dep_ == "poss" and c.lower_ in _OWN for c in subj.children):
                return False
    return True


def _cue_party(tok, hostile: set[int]) -> bool:
    """Whether the noun ``tok`` (or the first of its conjuncts) is a hostile cue's subject or object, directly or
    through a preposition ("officials accused Israel", "an attack on Indian nationals")."""
    tok = list_head(tok)
    head = tok.head
    if tok.dep_ == "pobj" and head.head is not head:
        head = head.head
    return head.i in hostile and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "pobj", "agent")


def _bystander(ctx: SentenceContext, m, bystanders: set[str], hostile: set[int]) -> bool:
    """Whether the mention is only the adjective or possessor of a noun that is no actor ("the Saudi crown prince",
    "Indian nationals", "Iran's economy") and that noun is not the hostile cue's subject or object."""
    tok = ctx.head_token(m)
    noun = tok.head
    adjective = tok.dep_ == "amod" or tok.dep_ == "compound" and (tok.pos_ == "ADJ" or tok.ent_type_ == "NORP")
    if not (adjective or tok.dep_ == "poss") or noun is tok or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if not (noun.lemma_.lower() in bystanders or noun.lower_ in bystanders):
        return False
    return noun.i not in hostile and not _cue_party(noun, hostile)


def catalogued_dyads(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    day = published_of(ctx.doc)
    if day is None:
        return
    lex, rival = cues()["conflict"], cues()["rivalry"]
    hostile, against_only = [], []  # cues for every pair; cues that set only their "against" side (token sets)
    for t in cue_tokens(ctx, set(lex["nouns"]) | set(lex["dyad_nouns"]), set(lex["verbs"]) | set(lex["dyad_verbs"])):
        if negated(ctx, t):
            continue
        if t.pos_ in ("NOUN", "PROPN"):
            keep, against = _hostile_noun(t, lex)
            if not keep:
                continue
            if against is not None:
                against_only.append(against)
                continue
        hostile.append(t)
    rivalrous = hostile or [t for t in cue_tokens(ctx, set(rival["nouns"]), set(rival["verbs"]))
                            if not negated(ctx, t)]
    if not rivalrous and not against_only:
        return
    reporting = set(cues()["ties"]["reporting_verbs"])
    bystanders = set(lex["bystander_nouns"])
    cue_at = {t.i for t in rivalrous}
    sides: dict[str, set[str]] = {}
    named: dict[str, list] = {}
    border: set[str] = set()  # sides named across a border (:func:`_across_border`) ...
    free: set[str] = set()  # ... and named otherwise
    for m in ctx.mentions:
        entity = facts.entities.get(m.entity) if m.entity else None
        if entity is None:
            continue
        if _place(ctx, m):
            continue
        if _speaker(ctx, m, reporting):
            continue  # "Israel said Hezbollah fighters attacked Hamas": the speaker is no side of what it reports
        if _bystander(ctx, m, bystanders, cue_at):
            continue  # "the Saudi crown prince visited as Israel struck Iran": Saudi Arabia is no side
        sides[m.entity] = {entity.name, *entity.aliases}
        named.setdefault(m.entity, []).append(m)
        (border if _across_border(ctx, m) else free).add(m.entity)
    side_at = {i for ms in named.values() for m in ms for i in range(m.start, m.end)}
    yield from focal_dyad(ctx, facts, hostile, sides, day.year)
    ids = list(sides)
    border -= free
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            if any(x in border and facts.entities[y].label != "Country" for x, y in ((a, b), (b, a))):
                continue  # "raids near the border with Mali": the neighbour is no side of the group's fight
            inside = [{any(i in against for m in named[x] for i in range(m.start, m.end)) for x in (a, b)}
                      for against in against_only]
            if (hostile or any(len(s) == 2 for s in inside)) and active_dyad(sides[a], sides[b], day.year):
                if found := tie(ctx, a, "IN_CONFLICT_WITH", b, 0.5, "conflict-catalogued-dyad", "defense"):
                    yield found
            elif active_rivalry(sides[a], sides[b], day.year) and rival_cues(
                    ctx, rivalrous, not hostile, named[a], named[b], side_at):
                if found := tie(ctx, a, "IN_CONFLICT_WITH", b, 0.5, "conflict-catalogued-rivalry", "defense"):
                    yield found


def focal_dyad(ctx: SentenceContext, facts: DocFacts, hostile: list, sides: dict[str, set[str]],
               year: int) -> Iterator[Relation]:
    """The article's own state, unnamed in a sentence of force against its catalogued foe, is the other side: "the
    air force's fleet has been flown hard against Boko Haram" (an article on Nigeria's jets), "the Broncos
    provided close air support against the New People's Army" (on the Philippine Air Force), "those aircraft were
    sent against Cambodian positions" (on Thailand's). Only a force cue counts (not ``unforced_cues``: sanctions,
    tensions, accusations), only a foe ``conflict_dyads.csv`` pairs with the focal state in the article's year,
    only where the sentence names the focal state nowhere (a named state is read by :func:`catalogued_dyads`,
    a state named as a place stays a place) and no other named state is also at war with that foe (the fighter
    may then be that state: "Chad's army launched an offensive against Boko Haram"); nothing where the article names
    the state's whole military or army (:func:`_named_military`: its fights are the military's)."""
    focal = facts.entities.get(facts.focal) if facts.focal else None
    if focal is None or focal.label != "Country" or any(m.entity == focal.id for m in ctx.mentions):
        return
    if _named_military(facts, focal.id):
        return
    skip = set(cues()["conflict"]["unforced_cues"])
    forced = [t for t in hostile if t.lemma_.lower() not in skip and t.lower_ not in skip]
    if not forced or any(_other_state_force(ctx, focal.id, t) for t in forced):
        return
    own = {focal.name, *focal.aliases}
    states = [s for s in sides if facts.entities[s].label == "Country"]
    for foe, names in sides.items():
        if facts.entities[foe].label not in {"Country", "Organization"} or not active_dyad(own, names, year):
            continue
        if any(s != foe and active_dyad(sides[s], names, year) for s in states):
            continue
        if found := tie(ctx, focal.id, "IN_CONFLICT_WITH", foe, 0.5, "conflict-focal-dyad", "defense"):
            yield found


def _other_state_force(ctx: SentenceContext, focal: str, cue) -> bool:
    """Whether another named state than the focal one (or its demonym: "U.S.", "American") is the force verb's
    subject, the possessor or modifier of its subject or its agent: "U.S. drones struck Abu Sayyaf camps", "America's
    jets bombed ...", "the camps were hit by American drones" tell that state's force, not the focal state's
    (whether or not the dyad table pairs that state with the foe)."""
    if cue.pos_ not in ("VERB", "AUX"):
        return False
    verb = cue
    while not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children) and \
            verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
        verb = verb.head  # "U.S. drones struck and destroyed", "U.S. jets continued to strike"
    actors = [c for c in verb.children if c.dep_ == "nsubj"]
    actors += [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    actors = [x for a in actors for x in (a, *a.conjuncts)]
    near = list(actors)
    for a in actors:
        mods = [c for c in a.children if c.dep_ in ("poss", "compound", "amod")]
        if not any(t.i in ctx.at and ctx.label(ctx.at[t.i]) != "Country" for t in (a, *mods)):
            near += mods  # not "Yemen's Houthi rebels": the group fights, its home state is no actor
    return any(t.i in ctx.at and ctx.label(ctx.at[t.i]) == "Country" and ctx.at[t.i].entity != focal for t in near)


def _named_military(facts: DocFacts, state: str) -> bool:
    """Whether the article names the state's whole military or land army ("the Malian Armed Forces", "the
    Tatmadaw", "the Nigerian Army"; ``conflict.military_name_words``)."""
    words = cues()["conflict"]["military_name_words"]
    return any(e.label == "GovernmentBody" and e.country == state
               and any(w in f" {form.lower()} " for form in (e.name, *e.aliases) for w in words)
               for e in facts.entities.values())
