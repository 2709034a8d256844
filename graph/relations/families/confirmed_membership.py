"""Membership said loosely in the text and confirmed by the membership data (``memberships.csv``):
"Croatia's standing inside NATO", "Poland ... and several fellow NATO members", "Kazakhstan and
Tajikistan sit alongside China in the SCO", "Poland and its NATO allies", "NATO's eastern flank
states such as Estonia", "the task force that Chad shares with Niger and Benin", "Tokyo, its partner in
the Quad", "the Quad, their grouping with Japan and Australia". The sentence is the
evidence (provenance text); the data only decides which of the frame's states were members on the
document's date, so a frame that names a non-member ("a major non-NATO ally", "Japan, a partner of
NATO") gives nothing. Where the data has no rows for the bloc, only the frames that state
membership on their own (the shared body, listed member states) fire."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ...text.numbers import cardinal
from ..context import SentenceContext
from ..coordination import conjuncts
from ..lexicon import cue_union, cues
from ..negation import hedged, negated
from ..prepositions import prep_objects
from ..relation import Relation
from .common import DocFacts, bloc_entity, is_bloc, rel
from .common import blocs as bloc_mentions
from .membership import _clause, _negated_name, _recent_alliance, _with_terms

_STATES = {"Country"}


def _known(ctx: SentenceContext, facts: DocFacts, alliance) -> set[str] | None:
    """Names of the states the data lists as members of ``alliance`` on the document's date
    (:func:`graph.reference.bloc_members.known_members`)."""
    from ...reference.bloc_members import known_members

    entity = facts.entities[alliance if isinstance(alliance, str) else alliance.entity]
    return known_members(entity, ctx.doc.user_data.get("published"))


def _bloc_of(ctx: SentenceContext, tok: Token) -> list:
    """Alliance mentions that own ``tok``: its possessor, compound or "of"/"in" object ("NATO's
    states", "NATO members", "members of the SCO")."""
    toks = [c for c in tok.children if c.dep_ in {"poss", "compound", "nmod", "amod"}]
    toks += prep_objects(tok, {"of", "in", "within"})
    out = []
    for t in toks:
        m = ctx.at.get(t.i)
        if m is not None and is_bloc(ctx, m) and not _negated_name(ctx, m):
            out.append(m)
    return out


def _own_states(ctx: SentenceContext, m) -> bool:
    """A state named as a state (no demonym, not the modifier of another name: "Moscow-led")."""
    if m.demonym:
        return False
    # a hyphen joined to the name ("Moscow-led"), not a dash after it ("... and Armenia - agreed")
    return not (m.end + 1 < ctx.sent.end and ctx.doc[m.end].text == "-" and not ctx.doc[m.end - 1].whitespace_)


def _fellow(ctx: SentenceContext, tok: Token, lex: dict) -> list:
    """ "Poland asked Berlin ..., and several fellow NATO members signalled ...": "fellow members"
    of a bloc are the fellows of the states that are subjects before them."""
    if tok.lower_ != "fellow":
        return []
    noun = tok.head
    if noun.lemma_.lower() not in lex["fellow_nouns"]:
        return []
    return [m for m in ctx.of(_STATES) if m.end <= tok.i and ctx.head_token(m).dep_ in {"nsubj", "nsubjpass"}]


def _bloc_objects(ctx: SentenceContext, tok: Token) -> list:
    """Alliances that are the "in"/"inside"/"within" objects of ``tok``, with their conjuncts
    ("inside NATO and the European Union")."""
    objs = prep_objects(tok, {"in", "inside", "within"})
    return [ctx.at[t.i] for o in objs for t in [o, *conjuncts(o)]
            if t.i in ctx.at and is_bloc(ctx, ctx.at[t.i]) and not _negated_name(ctx, ctx.at[t.i])]


def _standing(ctx: SentenceContext, tok: Token, lex: dict) -> tuple[list, list]:
    """ "Croatia's standing inside NATO", "Turkey's role in the alliance": a state's place in a bloc."""
    if tok.lemma_.lower() not in lex["standing_nouns"]:
        return [], []
    blocs = _bloc_objects(ctx, tok)
    owners = [ctx.at[c.i] for c in tok.children if c.dep_ == "poss" and c.i in ctx.at]
    return owners, blocs


def _sit_in(ctx: SentenceContext, tok: Token, lex: dict) -> tuple[list, list]:
    """ "A and B already sit alongside C in the SCO", "Hungary, inside the EU, ...": the subjects
    of a verb of being in a body, and the objects of "alongside"/"with" on it."""
    if tok.pos_ not in {"VERB", "AUX"} or tok.lemma_.lower() not in lex["sit_verbs"] or negated(ctx, tok) or hedged(tok):
        return [], []
    blocs = _bloc_objects(ctx, tok)
    if not blocs:
        return [], []
    states = ctx.subjects(tok, _STATES, plural=True)
    # "Four of the five guests, A, B and C, sit ...": the states the subject lists
    states += [ctx.at[t.i] for c in tok.children if c.dep_ == "nsubj" for t in c.subtree
               if t.dep_ in {"appos", "conj"} and t.i in ctx.at and ctx.label(ctx.at[t.i]) in _STATES]
    states += ctx.prep_objects(tok, {"alongside", "with", "beside"}, _STATES)
    return states, blocs


def _its_allies(ctx: SentenceContext, tok: Token, lex: dict) -> list:
    """ "Poland and its NATO allies", "Lithuania consulted its NATO partners", "Latvia's NATO allies":
    the state that owns them, or the one "its" stands for (the conjunct the noun is joined to, else
    the subject of its verb)."""
    if tok.lemma_.lower() not in lex["ally_nouns"]:
        return []
    owners = [ctx.at[c.i] for c in tok.children if c.dep_ == "poss" and c.i in ctx.at]
    if owners:
        return owners  # "Lithuania's NATO allies"
    if not any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in tok.children):
        return []
    if tok.dep_ == "conj" and tok.head.i in ctx.at:
        return ctx.group(tok.head, _STATES)
    if tok.dep_ in {"dobj", "pobj"}:
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        return ctx.subjects(verb, _STATES) if verb.pos_ in {"VERB", "AUX"} else []
    return []


def _listed(ctx: SentenceContext, tok: Token, lex: dict) -> list:
    """ "NATO's eastern flank states such as Estonia and Latvia", "member states of the SCO,
    including Kazakhstan": the states a bloc's member noun lists."""
    if tok.lemma_.lower() not in lex["listing_nouns"] or tok.i in ctx.at:
        return []
    out = []
    for c in tok.children:
        if c.dep_ == "appos":
            out += ctx.group(c, _STATES)
        elif c.dep_ == "prep" and c.lower_ in {"including", "like"}:
            out += [m for o in c.children if o.dep_ == "pobj" for m in ctx.group(o, _STATES)]
        elif c.dep_ == "prep" and c.lower_ == "as" and any(g.lower_ == "such" for g in c.children):
            out += [m for o in c.children if o.dep_ == "pobj" for m in ctx.group(o, _STATES)]
        elif c.dep_ == "amod" and c.lower_ == "such":  # "states such as X": parsed with "such" on the noun
            out += [m for o in prep_objects(c, "as") for m in ctx.group(o, _STATES)]
        elif c.dep_ == "conj" and c.i == tok.i + 2 and ctx.doc[tok.i + 1].text == "," and c.i in ctx.at:
            # "NATO's eastern flank states, Latvia and Lithuania, asked ...": an apposition the parser
            # reads as a conjunct (the list right after the noun's comma, no "and" before it)
            out += ctx.group(c, _STATES)
    return out


def _owners(ctx: SentenceContext, tok: Token) -> list:
    """The states that own a noun: a named possessor ("Japan's partner"), else for "its"/"their" the
    subjects of the clause the noun is in ("New Delhi stayed out, ... Tokyo, its partner in the Quad")."""
    named = [ctx.at[c.i] for c in tok.children if c.dep_ == "poss" and c.i in ctx.at]
    if named or not any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in tok.children):
        return named
    verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return ctx.subjects(verb, _STATES, plural=True) if verb is not None else []


def _partner_in(ctx: SentenceContext, tok: Token, lex: dict) -> tuple[list, list]:
    """ "Tokyo, its partner in the Quad", "Italy, an ally within NATO": the state the noun is set beside
    and the noun's owner, both in the bloc of its "in"/"within" object."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lex["partner_in_nouns"] or tok.i in ctx.at:
        return [], []
    blocs = _bloc_objects(ctx, tok)
    if not blocs:
        return [], []
    beside = tok.head if tok.dep_ == "appos" else _before_comma(ctx, tok)
    states = ctx.group(beside, _STATES, plural=True) if beside is not None else []
    return states + _owners(ctx, tok), blocs


def _before_comma(ctx: SentenceContext, tok: Token) -> Token | None:
    """The name right before ", its partner ..." where the parser did not make the noun its apposition."""
    i = tok.left_edge.i - 1
    if i - 1 < ctx.sent.start or ctx.doc[i].text != "," or (i - 1) not in ctx.at:
        return None
    return ctx.doc[i - 1]


def _grouping(ctx: SentenceContext, alliance, lex: dict) -> list:
    """ "the Quad, their grouping with Japan and Australia": the "with" objects and the owners of a
    grouping noun set beside the bloc's name."""
    head = ctx.head_token(alliance)
    out = []
    for ap in head.children:
        if ap.dep_ == "appos" and ap.i not in ctx.at and ap.lemma_.lower() in lex["grouping_nouns"]:
            out += ctx.prep_objects(ap, {"with"}, _STATES) + _owners(ctx, ap)
    return out


_GLOSS_GAP = 3  # words between a bloc's name and the list of its states: "the AUKUS pact, A, B and C"


def _named_partners(ctx: SentenceContext, alliance, lex: dict) -> list:
    """ "Under AUKUS, A, B and C will share ...", "the AUKUS partners A, B and C", "under the Quad pact, A
    and B": the plain list of states right after a bloc's name, its own noun of partners or of a pact between
    them (``bloc_gloss_nouns``) and a comma; only after "under" or with such a noun. Read only where the data
    has rows for the bloc, and only a list every state of which the data has as a member (the caller keeps
    the confirmed ones: a list with one non-member is dropped there item by item, so it is checked here)."""
    i, glossed = alliance.end, False
    under = alliance.start > ctx.sent.start and ctx.doc[alliance.start - 1].lower_ == "under" or \
        alliance.start > ctx.sent.start + 1 and ctx.doc[alliance.start - 1].lower_ == "the" \
        and ctx.doc[alliance.start - 2].lower_ == "under"
    for _ in range(_GLOSS_GAP):
        if i >= ctx.sent.end or i in ctx.at:
            break
        tok = ctx.doc[i]
        if tok.lower_ in lex["bloc_gloss_nouns"] and tok.pos_ == "NOUN":
            glossed = True
        elif tok.text != ",":
            return []
        i += 1
    if not (glossed or under) or i == alliance.end:
        return []
    states = _run_of_states(ctx, i)
    return states if len({m.entity for m in states}) >= 2 else []


def _shared_body(ctx: SentenceContext, alliance, lex: dict) -> list:
    """ "the Multinational Joint Task Force that Chad shares with Nigeria, Niger and Benin": the
    subject and the "with" objects of a sharing verb whose relative pronoun follows the bloc's name
    (the parser hangs the clause on the bloc or, often, on the verb before it)."""
    out = []
    for verb in ctx.cued_tokens(lex["share_verbs"]):
        # only its own "not": the parser often hangs the clause under the verb before it ("threatening
        # to withdraw from the force that A shares with B"), whose mood is not the clause's
        if verb.lemma_.lower() not in lex["share_verbs"] or any(c.dep_ == "neg" for c in verb.children):
            continue
        rel_pron = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in {"that", "which"}]
        if not rel_pron or rel_pron[0].i != alliance.end:
            continue  # "the bloc that shares a border with X", or a clause on another noun
        # the subject, which the parser sometimes reads as a compound of the verb ("that Chad shares")
        out += [m for c in verb.children if c.dep_ in {"nsubj", "compound"} for m in ctx.group(c, _STATES)]
        out += ctx.prep_objects(verb, {"with"}, _STATES)
    return out


def _run_of_states(ctx: SentenceContext, start: int) -> list:
    """The states named in a plain list from token ``start`` on ("the United Kingdom, Australia and
    Malaysia"): names joined by commas, "and" and articles only; any other word ends the list, and a list
    that is no more than its first name's head noun ("China's navy") is none."""
    out: list = []
    i = start
    while i < ctx.sent.end:
        tok = ctx.doc[i]
        m = ctx.at.get(i)
        if m is not None:
            if ctx.label(m) not in _STATES:
                break
            out.append(m)
            i = m.end
            continue
        if tok.text != "," and tok.lower_ not in {"and", "or"} and tok.pos_ != "DET":
            break
        i += 1
    if out and out[-1].end < ctx.sent.end and ctx.doc[out[-1].end].pos_ in {"NOUN", "PART"}:
        out.pop()  # "..., and Malaysia's navy": the last name is a modifier, not a listed state
    return out


def _listed_after_colon(ctx: SentenceContext, colon: Token) -> list:
    """The states listed right after ``colon`` ("...: the United Kingdom, Australia and Malaysia")."""
    return _run_of_states(ctx, colon.i + 1)


def _colon_owners(ctx: SentenceContext, colon: Token, lex: dict) -> list:
    """The blocs whose member noun the list after ``colon`` spells out: a member noun of a bloc before
    the colon with no other colon or semicolon between ("The five members of the bloc met in the
    capital: ...", "Three Commonwealth nations: ...")."""
    out = []
    for tok in reversed(ctx.doc[ctx.sent.start:colon.i]):
        if tok.text in {":", ";"}:
            break
        if tok.lemma_.lower() in lex["listing_nouns"] and tok.i not in ctx.at:
            out += _bloc_of(ctx, tok)
    return out


def _colon_list(ctx: SentenceContext, facts: DocFacts, lex: dict) -> list[tuple]:
    """(state, bloc) for the states listed after a colon that follows a bloc's member noun, in the
    sentence or across the break the parser often makes at the colon."""
    found = []
    for colon in (t for t in ctx.tokens if t.text == ":"):
        states = _listed_after_colon(ctx, colon)
        found += [(m, a) for a in _colon_owners(ctx, colon, lex) for m in states]
    start = ctx.sent.start
    if start and ctx.doc[start - 1].text == ":":
        before = SentenceContext(ctx.doc[start - 1].sent, facts.mentions, ctx.entities, ctx.doc_id)
        blocs = _colon_owners(before, ctx.doc[start - 1], lex)
        if blocs:
            found += [(m, a) for a in blocs for m in _run_of_states(ctx, start)]
    return found


_OPENERS = {"(": ")", "-": "-", "--": "--", "\u2014": "\u2014", "\u2013": "\u2013", "[": "]"}


def _set_off_list(ctx: SentenceContext, lex: dict) -> list[tuple]:
    """(state, bloc) for the states a bracket or a pair of dashes sets off right after a bloc's name or
    after a bloc's member noun: "the Eurasian Economic Union (Russia, Belarus, ...)", "the EAEU -
    Russia, Belarus and Armenia -", "the six Gulf Cooperation Council states - A, B and C - met". The
    list must be all of the set-off words (two names at least), closed by its bracket or dash or by
    the sentence's end."""
    found = []
    for opener in (t for t in ctx.tokens if t.text in _OPENERS):
        if opener.i == ctx.sent.start:
            continue
        before = ctx.doc[opener.i - 1]
        m = ctx.at.get(before.i)
        if m is not None and m.end == opener.i and is_bloc(ctx, m) and not _negated_name(ctx, m):
            owners = [m]
        elif m is None and before.lemma_.lower() in lex["listing_nouns"] | lex["body_nouns"]:
            owners = _bloc_of(ctx, before)  # "the GCC states - A, B -", "the BRICS bloc (A, B and C)"
        else:
            continue
        states = _run_of_states(ctx, opener.i + 1)
        if len({x.entity for x in states}) < 2:
            continue
        end = states[-1].end
        closer = ctx.doc[end] if end < ctx.sent.end else None
        if closer is not None and closer.text != _OPENERS[opener.text] and not (closer.is_punct and end + 1 == ctx.sent.end):
            continue  # "the EAEU - Russia and Belarus agreed": no list set off, a clause of its own
        found += [(x, a) for a in owners for x in states]
    return found


_MEMBER_LIST_NOUNS = frozenset({"states", "countries", "nations", "members"})


def _member_noun_list(ctx: SentenceContext, facts: DocFacts) -> list[tuple]:
    """(state, bloc) for the states named right after "member states"/"member countries"/"founding
    members" ("the foreign ministers of the member states A, B and C backed ..."), a list the parser
    often misreads as a verb's object. The bloc is the one owning the noun ("CSTO member states A and
    B"), else the one the sentence names, else the one named last before it; the membership data, where
    it knows the bloc, must confirm each state, and a bloc read from the text before needs two states."""
    from .membership import _salient_alliance

    found = []
    for tok in ctx.cued_tokens(_MEMBER_LIST_NOUNS, "lower"):
        if tok.i == ctx.sent.start or tok.i in ctx.at:
            continue
        prev = ctx.doc[tok.i - 1]
        if prev.lower_ not in {"member", "founding"}:
            continue
        states = _run_of_states(ctx, tok.i + 1)
        if not states:
            continue
        owners = [a.entity for a in _bloc_of(ctx, tok) + _bloc_of(ctx, prev)]
        named = list(dict.fromkeys(a.entity for a in bloc_mentions(ctx) if not _negated_name(ctx, a)))
        if not owners and len(named) > 1:
            continue  # which of the sentence's blocs is meant is not said
        bloc = owners[0] if owners else named[0] if named else _salient_alliance(ctx, facts)
        if bloc is None or not owners and not named and len({m.entity for m in states}) < 2:
            continue
        found += [(m, bloc) for m in states]
    return found


def _join_in(ctx: SentenceContext, tok: Token, lex: dict) -> tuple[list, list]:
    """ "Croatia joined Albania in NATO", "joining A, B and C in the GUAM grouping": the joiner and
    the states it joined are all in the bloc of the verb's "in" object."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex["join_verbs"] or negated(ctx, tok) or hedged(tok):
        return [], []
    if any(c.lower_ in lex["unaccomplished"] for c in tok.children if c.dep_ in {"aux", "mark"}):
        return [], []
    blocs = _bloc_objects(ctx, tok)
    blocs += [ctx.at[c.i] for o in prep_objects(tok, "in") if o.lemma_.lower() in lex["body_nouns"]
              for c in o.children if c.dep_ == "compound" and c.i in ctx.at and is_bloc(ctx, ctx.at[c.i])]
    joined = [m for c in tok.children if c.dep_ == "dobj" for m in ctx.group(c, _STATES)]
    if not blocs or not joined:
        return [], []
    return joined + ctx.subjects(tok, _STATES, plural=True), blocs


def _accession_noun(ctx: SentenceContext, tok: Token, lex: dict) -> tuple[list, list]:
    """ "Finland's accession to NATO", "the admission of Bulgaria to the EU", "Sweden's NATO accession":
    the state whose accession a noun names and the bloc it is to (whether it is done, the data decides:
    a pending or blocked accession is no membership on the article's date)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lex["accession_nouns"]:
        return [], []
    states = [m for c in tok.children if c.dep_ == "poss" and c.i in ctx.at for m in ctx.group(c, _STATES)]
    states += ctx.prep_objects(tok, {"of"}, _STATES)
    blocs = [b for b in ctx.prep_objects(tok, {"to", "into"}, {"Alliance", "Organization"})
             if is_bloc(ctx, b) and not _negated_name(ctx, b)]
    blocs += [ctx.at[c.i] for c in tok.children if c.dep_ in {"compound", "nmod"} and c.i in ctx.at
              and is_bloc(ctx, ctx.at[c.i]) and not _negated_name(ctx, ctx.at[c.i])]
    return (states, blocs) if states and blocs else ([], [])


def _tied_to(ctx: SentenceContext, tok: Token, lex: dict) -> tuple[list, list]:
    """ "Armenia, which is tied to the CSTO by treaty", "Belarus, bound to Moscow through the CSTO",
    "Kazakhstan's ties to the CSTO": a state tied, bound or linked to a bloc (the data decides whether
    it is a member on the article's date: "Ukraine's ties to NATO" give nothing)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in lex["tied_verbs"]:
        if negated(ctx, tok) or hedged(tok):
            return [], []
        states = ctx.subjects(tok, _STATES, plural=True)
        if not states and tok.dep_ == "acl":  # "Belarus, bound to ...": the participle's own noun
            states = ctx.group(tok.head, _STATES)
    elif tok.pos_ == "NOUN" and lemma in lex["tie_nouns"]:
        states = [m for c in tok.children if c.dep_ == "poss" and c.i in ctx.at for m in ctx.group(c, _STATES)]
    elif tok.pos_ == "NOUN" and lemma in lex["pact_nouns"]:  # "remains in a military alliance with Russia through the CSTO"
        verb = _clause(tok)
        if verb.pos_ not in {"VERB", "AUX"} or negated(ctx, verb) or hedged(verb):
            return [], []
        states = ctx.subjects(verb, _STATES, plural=True) + ctx.prep_objects(tok, {"with"}, _STATES)
        objs = prep_objects(tok, lex["through_preps"]) + prep_objects(verb, lex["through_preps"])
        blocs = _blocs_named(ctx, objs)
        return (states, blocs) if states and blocs else ([], [])
    else:
        return [], []
    holders = [tok, *(c for c in tok.children if c.dep_ in {"dobj", "npadvmod"})]
    objs = [o for h in holders for o in prep_objects(h, lex["tied_preps"])]
    blocs = _blocs_named(ctx, objs)
    return (states, blocs) if states and blocs else ([], [])


def _blocs_named(ctx: SentenceContext, nouns: list[Token]) -> list:
    """The blocs these nouns and the nouns listed with them name, where not negated ("through the CSTO and the
    EAEU", "within NATO and the EU")."""
    return [ctx.at[t.i] for o in nouns for t in [o, *conjuncts(o)]
            if t.i in ctx.at and is_bloc(ctx, ctx.at[t.i]) and not _negated_name(ctx, ctx.at[t.i])]


def _joined_list(ctx: SentenceContext, tok: Token, lex: dict) -> tuple[list, list]:
    """ "A, B and C joined NATO in 2004" where the parser hangs the list of joiners under the bloc
    it joined (the object's subtree): the states of that subtree other than the bloc, where the data
    has them members on the article's date."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex["join_verbs"] or negated(ctx, tok) or hedged(tok):
        return [], []
    if any(c.lower_ in lex["unaccomplished"] for c in tok.children if c.dep_ in {"aux", "mark"}):
        return [], []
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    blocs = [ctx.at[o.i] for o in objs if o.i in ctx.at and is_bloc(ctx, ctx.at[o.i])
             and not _negated_name(ctx, ctx.at[o.i])]
    if not blocs:
        return [], []
    inside = {t.i for o in objs if o.i in ctx.at for t in o.subtree
              if not ctx.at[o.i].start <= t.i < ctx.at[o.i].end}
    states = [m for m in ctx.of(_STATES) if ctx.head_token(m).i in inside]
    return (states, blocs) if states else ([], [])


def _within_bloc(ctx: SentenceContext, tok: Token, lex: dict) -> tuple[list, list]:
    """ "Within NATO, only Estonia and Poland had chosen it", "inside the EU, Hungary has blocked ...": the
    subjects of a clause set "within"/"inside" a bloc; "with Finland now in NATO": a state "in" a bloc."""
    if tok.pos_ in {"VERB", "AUX"}:
        # the bloc first (most verbs have no "within" phrase), then whether the clause is denied or hedged
        blocs = _blocs_named(ctx, prep_objects(tok, lex["within_preps"]))
        if not blocs or negated(ctx, tok) or hedged(tok):
            return [], []
        return ctx.subjects(tok, _STATES, plural=True), blocs
    if tok.pos_ == "ADP" and tok.lower_ == "with":  # "with Finland now in NATO", the parser hanging both on "with"
        states = [m for o in tok.children if o.dep_ == "pobj" for m in ctx.group(o, _STATES)]
    else:
        m = ctx.at.get(tok.i)
        if m is None or ctx.label(m) not in _STATES or ctx.head_token(m).i != tok.i:
            return [], []
        states = [m]
    blocs = _blocs_named(ctx, prep_objects(tok, lex["within_preps"] | {"in"}))
    return (states, blocs) if blocs and states else ([], [])


def _lone_member_in(ctx: SentenceContext, facts: DocFacts, tok: Token, lex: dict) -> tuple[list, list]:
    """ "praised Latvia as a leader in NATO", "Belgium spends 1.1 per cent, the second-lowest share in NATO": a noun
    set "in"/"inside"/"within" one bloc (or its possessive: "a laggard in NATO's spending tables"), or a member noun
    of one ("the longest border of any EU country", "promised its NATO allies"), in a sentence that
    names exactly one state the data has as that bloc's member on the article's date, speaks of that state where
    the noun's own clause says it of the state (:func:`_said_of`: not a speaker's "..., Poland's president said"); not a
    noun of ``lone_member_unsaid`` ("Poland backs Ukraine's membership in NATO": a way in, not a place inside), nor
    one a named non-member owns ("Ukraine's role in NATO"), nor a negated, hedged or conditional clause."""
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in lex["lone_member_nouns"] and tok.i not in ctx.at:
        # "the longest border of any EU country", "promised its NATO allies": a bloc's member noun
        noun = tok
        blocs = [m for m in _bloc_of(ctx, tok) if ctx.head_token(m).head.i == tok.i
                 and ctx.head_token(m).dep_ in {"compound", "poss", "nmod"}]
    elif tok.dep_ == "prep" and tok.lower_ in lex["within_preps"] | {"in"} \
            and not any(c.dep_ == "neg" for c in tok.children) and ctx.doc[tok.i - 1].lower_ not in {"not", "never"}:
        noun = tok.head  # "a leader in NATO", "a laggard in NATO's spending tables" (not "the only one not in the bloc")
        if noun.pos_ != "NOUN" or noun.lemma_.lower() in lex["lone_member_unsaid"] or noun.i in ctx.at:
            return [], []
        objs = [o for o in tok.children if o.dep_ == "pobj"]
        blocs = _blocs_named(ctx, objs + [c for o in objs if o.i not in ctx.at for c in o.children if c.dep_ == "poss"])
    else:
        return [], []
    if len({a.entity for a in blocs}) != 1:
        return [], []
    verb = next((t for t in noun.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is not None and (negated(ctx, verb) or hedged(verb) or _conditional(verb, lex)):
        return [], []
    known = _known(ctx, facts, blocs[0])
    if not known:
        return [], []
    states = [m for m in ctx.of(_STATES) if _own_states(ctx, m)]
    members = {m.entity: m for m in states if facts.entities[m.entity].name in known}
    if len(members) != 1:
        return [], []
    # the state the noun's own clause speaks of: the member (also where the clause names no state at all, as long
    # as the member is not only the speaker of the sentence's report), not a non-member ("Ukraine hopes for a future
    # in NATO, Poland's president said")
    said = [m for m in states if _said_of(noun, verb, ctx.head_token(m))]
    if not any(m.entity in members for m in said) and (said or all(
            _reporter(ctx.head_token(m), verb) for m in states if m.entity in members)):
        return [], []
    owners = [ctx.at[c.i].entity for c in noun.children if c.dep_ == "poss" and c.i in ctx.at]
    if any(o not in members and ctx.entities[o].label in _STATES for o in owners):
        return [], []
    return list(members.values())[:1], blocs[:1]


def _said_of(noun: Token, verb: Token | None, head: Token) -> bool:
    """Whether a state (its head token ``head``) is the one a noun of ``_lone_member_in`` is said of, in the
    noun's own clause (``verb``): the noun's owner ("Poland's role in NATO") or apposition ("Canada, the lowest
    spender in NATO"), the clause's subject ("Vietnam has become the most vocal claimant in ASEAN"; through a
    relative pronoun: "Finland, which has the longest border in NATO") or the object an "as" phrase says it of
    ("praised Portugal as a contributor in NATO"); not a state of another clause ("..., Poland's president
    said": the speaker's)."""
    if head.head.i == noun.i and head.dep_ in {"poss", "appos"} or noun.dep_ == "appos" and noun.head.i == head.i:
        return True
    if verb is None:
        return False
    if head.dep_ in {"nsubj", "nsubjpass"} and head.head.i == verb.i:
        return True
    if verb.dep_ == "relcl" and verb.head.i == head.i and any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"which", "that", "who"} for c in verb.children):
        return True
    as_phrase = any(a.lower_ == "as" and a.dep_ == "prep" and a.head.i == verb.i for a in noun.ancestors)
    return as_phrase and head.dep_ == "dobj" and head.head.i == verb.i


def _reporter(head: Token, verb: Token | None) -> bool:
    """Whether a state (its head token ``head``) is named in the subject of a speech verb that reports the clause of
    ``verb`` ("Japan met ... in Brussels, Germany's defence ministry said"; the parser also hangs the speech verb on
    the reported clause: "Ukraine hopes for ..., Poland's president said"), not in the clause itself."""
    if verb is None:
        return False
    speech = cues()["ties"]["reporting_verbs"]
    for t in [head, *head.ancestors]:
        if t.dep_ not in {"nsubj", "nsubjpass"} or t.head.i == verb.i:
            continue
        say = t.head
        if say.pos_ not in {"VERB", "AUX"} or say.lemma_.lower() not in speech:
            continue
        reported = any(c.dep_ in {"ccomp", "parataxis"} and (c.i == verb.i or c.is_ancestor(verb)) for c in say.children)
        if reported or say.dep_ in {"ccomp", "parataxis"} and (say.head.i == verb.i or say.head.is_ancestor(verb)):
            return True
    return False


def _conditional(verb: Token, lex: dict) -> bool:
    """Whether ``verb``'s clause is only supposed: its own "if"/"unless" clause or mark, or a modal of what would
    be ("If Ukraine joined, it would have the largest army in NATO")."""
    marks = lex["conditional_marks"]
    if any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children):
        return True
    if any(c.dep_ == "aux" and c.lower_ in lex["conditional_modals"] for c in verb.children):
        return True
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
               for c in verb.children)


def _as_is(ctx: SentenceContext, tok: Token, lex: dict) -> tuple[list, list]:
    """ "Nauru is a member of the Pacific Islands Forum, as is Australia": the subject of an elliptic
    "as is" / "as are" clause shares the membership the clause it hangs on states."""
    if tok.lemma_.lower() != "be" or tok.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) or any(c.dep_ == "attr" for c in tok.children):
        return [], []
    head = tok.head
    if head.lemma_.lower() not in lex["relative_member_copulas"] or negated(ctx, head) or hedged(head):
        return [], []
    nouns = [a for a in head.children if a.dep_ == "attr" and a.lemma_.lower() in lex["relative_member_nouns"]]
    blocs = _blocs_named(ctx, [o for a in nouns for o in prep_objects(a, {"of"})])
    states = [m for c in tok.children if c.dep_ in {"nsubj", "attr"} for m in ctx.group(c, _STATES)]
    return (states, blocs) if blocs and states else ([], [])


def _bloc_business(ctx: SentenceContext, tok: Token, lex: dict) -> tuple[list, list]:
    """ "As A, B and C contribute troops to the CSTO force", "A and B pay into NATO's common budget": states
    doing a bloc's own business (a verb of ``bloc_business_verbs`` whose object or "to"/"into"/"for" object is
    a noun the bloc owns or names) are its members where the data has them so."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex["bloc_business_verbs"] or negated(ctx, tok) or hedged(tok):
        return [], []
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    objs += prep_objects(tok, {"to", "into", "for", "toward", "towards"})
    blocs = [m for o in objs if o.i not in ctx.at for m in _bloc_of(ctx, o)]
    return (ctx.subjects(tok, _STATES, plural=True), blocs) if blocs else ([], [])


def _all_members(ctx: SentenceContext, facts: DocFacts, states: list, bloc) -> list:
    """``states`` where the data lists every one of them (two names at least) as a member of ``bloc`` on the
    document's date, else none: a list that names a non-member is no list of the bloc's members."""
    known = _known(ctx, facts, bloc)
    names = {facts.entities[m.entity].name for m in states if ctx.label(m) in _STATES}
    if known is None or len(names) < 2 or not names <= known:
        return []
    return states


def _from_states(ctx: SentenceContext, tok: Token) -> list:
    """The states of a noun's "from" objects ("troops from A, B and C")."""
    return ctx.prep_objects(tok, {"from"}, _STATES)


def _force_chain(tok: Token, lex: dict) -> list[Token]:
    """A force noun and the force or mission nouns that own it: "the SADC mission's troops", "troops of
    the bloc's force", "the AU's force of troops" (its possessor, compound or "of" object, one step)."""
    chain = [tok]
    for c in tok.children:
        if c.dep_ in {"poss", "compound"} and c.lemma_.lower() in lex["force_nouns"]:
            chain.append(c)
        elif c.dep_ == "prep" and c.lower_ == "of":
            chain += [o for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in lex["force_nouns"]]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in lex["force_nouns"]:
        chain.append(tok.head.head)  # "the AU's force of troops from A": "from" on the owning noun
    return chain


def _bloc_force(ctx: SentenceContext, facts: DocFacts, tok: Token, lex: dict) -> list[tuple]:
    """(states, bloc) for the states a bloc's own force or mission draws on: "the SADC mission's troops from
    A, B and C", "troops of the CSTO force from A and B", "troops from A and B serve in the SADC force",
    "soldiers from A, B and C, the AU's contributors". Contributors to a bloc's unnamed force are its
    members (a mission named as its own body is not a bloc); every listed state must be one in the data."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.i in ctx.at or lemma not in lex["force_nouns"]:
        return []
    chain = _force_chain(tok, lex)
    states = [m for n in chain for m in _from_states(ctx, n)]
    if not states:
        return []
    blocs = [a for n in chain for a in _bloc_of(ctx, n)]
    verb = tok.head if tok.dep_ in {"nsubj", "nsubjpass"} else None
    if not blocs and verb is not None and verb.pos_ in {"VERB", "AUX"} and not negated(ctx, verb) and not hedged(verb):
        # "troops from A and B serve in the SADC force": a force noun the bloc owns as the verb's "in"/"with" object
        objs = [o for o in prep_objects(verb, {"in", "with", "under"}) if o.lemma_.lower() in lex["force_nouns"]]
        blocs = [a for o in objs for a in _bloc_of(ctx, o)]
    if not blocs:
        # "soldiers from A, B and C, the African Union's contributors", "..., the largest contributors to the AU
        # mission": the list's appositive label, owned by the bloc or given "to" a force the bloc owns
        labels = [c for m in states for c in ctx.head_token(m).children
                  if c.dep_ == "appos" and c.lemma_.lower() in lex["contributor_nouns"]]
        blocs = [a for c in labels for a in _bloc_of(ctx, c)]
        blocs += [a for c in labels for o in prep_objects(c, "to") if o.lemma_.lower() in lex["force_nouns"]
                  for a in _bloc_of(ctx, o)]
    if not blocs:
        # "the bloc's peacekeepers from A and B", "its troops from A and B" (the actor named last a bloc)
        blocs = [b for n in chain for b in [_pointed_bloc(ctx, facts, n, lex)] if b]
    return [(_all_members(ctx, facts, states, a), a) for a in blocs]


def _bloc_force_before(ctx: SentenceContext, facts: DocFacts, tok: Token, lex: dict) -> list[tuple]:
    """(states, bloc) for "The final units from A, B and C left the city" right after a sentence that names
    one bloc and a force of its ("The CSTO sent a peacekeeping force to Almaty"): the units of the force the
    text just named; every listed state must be a member in the data."""
    if tok.pos_ != "NOUN" or tok.i in ctx.at or tok.lemma_.lower() not in lex["force_nouns"] or bloc_mentions(ctx):
        return []
    states = _from_states(ctx, tok)
    start = ctx.sent.start
    if len(states) < 2 or not start:
        return []
    before = SentenceContext(ctx.doc[start - 1].sent, facts.mentions, ctx.entities, ctx.doc_id)
    named = list(dict.fromkeys(a.entity for a in bloc_mentions(before) if not _negated_name(before, a)))
    if len(named) != 1 or not any(t.lemma_.lower() in lex["force_nouns"] and t.pos_ == "NOUN" and t.i not in before.at
                                  for t in before.tokens):
        return []
    return [(_all_members(ctx, facts, states, named[0]), named[0])]


def _pointed_bloc(ctx: SentenceContext, facts: DocFacts, tok: Token, lex: dict) -> str | None:
    """The bloc a member noun's possessor points back to: "its"/"their" where the actor named last before it
    is a bloc ("The SADC met on Tuesday. Its members ..."), or "the bloc's"/"the alliance's" (the bloc the
    sentence names, else the one named last before it)."""
    for c in tok.children:
        if c.dep_ != "poss" or c.i in ctx.at:
            continue
        if c.lower_ in {"its", "their"}:
            actors = [m for m in facts.mentions if m.start < c.i and ctx.entities.get(m.entity) is not None
                      and ctx.entities[m.entity].label in {"Country", "Alliance", "Organization", "GovernmentBody"}]
            if actors and bloc_entity(ctx.entities[actors[-1].entity]):
                return actors[-1].entity
            return None
        if c.lemma_.lower() in lex["body_nouns"] and any(d.lower_ == "the" for d in c.children):
            return _recent_alliance(ctx, facts)
    return None


def _of_its_members(ctx: SentenceContext, facts: DocFacts, tok: Token, lex: dict) -> list[tuple]:
    """(states, bloc) for "Of its members, A and B pushed for talks", "Among the bloc's states, A and B ...":
    the subjects of a clause set among a bloc's members (the noun's possessor pointing back to the bloc)."""
    if tok.dep_ != "prep" or tok.lower_ not in {"of", "among"} or tok.head.pos_ not in {"VERB", "AUX"}:
        return []
    verb = tok.head
    if negated(ctx, verb) or hedged(verb) or tok.i > verb.i:
        return []
    out = []
    for o in tok.children:
        if o.dep_ != "pobj" or o.i in ctx.at or o.lemma_.lower() not in lex["listing_nouns"]:
            continue
        blocs = [a.entity for a in _bloc_of(ctx, o)] or [b for b in [_pointed_bloc(ctx, facts, o, lex)] if b]
        states = ctx.subjects(verb, _STATES)
        out += [(_all_members(ctx, facts, states, b), b) for b in blocs]
    return out


def _among_them(ctx: SentenceContext, facts: DocFacts, tok: Token, lex: dict) -> list[tuple]:
    """(states, bloc) for "The bloc's fifteen states, among them A, B and C, backed the plan", "its members,
    among them A and B": the states set off by "among them" after a member noun of a bloc (named or pointed
    back to)."""
    if tok.lemma_.lower() not in lex["listing_nouns"] or tok.i in ctx.at:
        return []
    preps = [p for p in tok.children if p.dep_ == "prep" and p.lower_ == "among"]
    if tok.dep_ in {"nsubj", "nsubjpass"}:  # the parser hangs "among them" on the noun's verb
        preps += [p for p in tok.head.children if p.dep_ == "prep" and p.lower_ == "among" and p.i == tok.i + 2]
    states = []
    for p in preps:
        objs = [o for o in p.children if o.dep_ == "pobj"]
        if not objs or objs[0].lower_ != "them":
            continue
        states += [m for o in objs[1:] for m in ctx.group(o, _STATES)]
        states += [m for c in objs[0].children if c.dep_ == "appos" for m in ctx.group(c, _STATES)]
    if not states:
        return []
    blocs = [a.entity for a in _bloc_of(ctx, tok)] or [b for b in [_pointed_bloc(ctx, facts, tok, lex)] if b]
    return [(_all_members(ctx, facts, states, b), b) for b in blocs]


def _bloc_before(ctx: SentenceContext, facts: DocFacts) -> str | None:
    """The bloc the sentence names (one only), else the one named last before the sentence."""
    named = list(dict.fromkeys(a.entity for a in bloc_mentions(ctx) if not _negated_name(ctx, a)))
    if named:
        return named[0] if len(named) == 1 else None
    before = [m for m in facts.mentions if m.start < ctx.sent.start and ctx.entities.get(m.entity) is not None
              and bloc_entity(ctx.entities[m.entity])]
    return before[-1].entity if before else None


def _count(tok: Token) -> int | None:
    """The number a noun's numeral modifier gives ("five member states", "Twenty allies")."""
    return next((cardinal(c.lower_) for c in tok.children if c.dep_ == "nummod"), None)


def _named_items(ctx: SentenceContext, tok: Token) -> list:
    """The states named as the items of a list itself (``tok`` and its conjuncts), not as their modifiers
    ("P, a former deputy president of South Africa" names no listed state)."""
    return [ctx.at[t.i] for t in [tok, *conjuncts(tok)] if t.i in ctx.at and ctx.label(ctx.at[t.i]) in _STATES]


def _pointed_list(ctx: SentenceContext, facts: DocFacts, tok: Token, lex: dict) -> list[tuple]:
    """(states, bloc) for the states a member noun of a bloc spells out where the bloc is named before or
    only pointed to: "the five member states - A, B, C, D and E - would act", "Three of its members, A, B and
    C, asked", "Twenty allies sent forces: A, B, ..." (a bare "allies"/"members" only as the clause's subject and where its
    numeral counts the list: "six countries: A, B, ..." may be any six). The
    list is set off right after the noun (dash, bracket, colon) or is its apposition; every state in it must
    be a member in the data."""
    nouns = lex["listing_nouns"]
    if tok.i in ctx.at or tok.pos_ not in {"NOUN", "PROPN"} or not (  # "states" a PROPN keeps its plural lemma
            tok.lemma_.lower() in nouns or tok.lower_.endswith("s") and tok.lower_[:-1] in nouns):
        return []
    states: list = []
    nxt = ctx.doc[tok.i + 1] if tok.i + 1 < ctx.sent.end else None
    if nxt is not None and nxt.text in {*_OPENERS, ":"}:
        states = _run_of_states(ctx, tok.i + 2)
    if any(o.i not in ctx.at for o in prep_objects(tok, "of")):
        return []  # "the two members of the AU panel": members of something else
    if not states:  # its apposition, or the one the parser reads as a conjunct right after the noun's comma
        states = [m for c in tok.children if c.dep_ == "appos" or c.dep_ == "conj" and c.i == tok.i + 2
                  and ctx.doc[tok.i + 1].text == "," for m in _named_items(ctx, c)]
    prev = ctx.doc[tok.i - 1] if tok.i > ctx.sent.start else tok
    member = prev.lower_ in {"member", "founding"}
    n = _count(tok) or (_count(prev) if member else None)
    if not states and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.like_num:
        counted = tok.head.head  # "Three of its members, A, B and C": the list on the numeral
        n = None  # a part of the members, not all of them
        states = [m for c in counted.children if c.dep_ == "appos" for m in _named_items(ctx, c)]
    if not member and (tok.dep_ not in {"nsubj", "nsubjpass"} or tok.lemma_.lower() not in lex["counted_member_nouns"]):
        n = None  # a bare count of allies or members counts the list only as the clause's subject
    if not states and n is not None and tok.dep_ == "nsubj":
        # "Twenty allies sent forces: A, B, ...": the list after the clause's colon, as long as the count says
        colon = next((t for t in ctx.doc[tok.i:ctx.sent.end] if t.text == ":"), None)
        verb = tok.head
        in_clause = colon is not None and (colon.head.i == verb.i or colon.head.head.i == verb.i)
        states = _run_of_states(ctx, colon.i + 1) if in_clause and colon.i + 1 < ctx.sent.end else []
        member = False
    distinct = len({m.entity for m in states})
    if distinct < 2:
        return []
    blocs = [a.entity for a in _bloc_of(ctx, tok)] or [b for b in [_pointed_bloc(ctx, facts, tok, lex)] if b]
    if not blocs and (member or n == distinct):
        blocs = [b for b in [_bloc_before(ctx, facts)] if b]
    return [(_all_members(ctx, facts, states, b), b) for b in blocs]


def _bloc_admits(ctx: SentenceContext, facts: DocFacts, tok: Token, lex: dict) -> list[tuple]:
    """(states, bloc) for a bloc's own admission or growth named on the bloc: "the Arab League's readmission of
    Syria", "the alliance's admission of Finland and Sweden", "NATO's enlargement to Finland", "the bloc's
    expansion to Egypt and Iran" (the data decides which of them are members on the article's date: "NATO's
    enlargement to Ukraine" gives nothing)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or lemma not in lex["accession_nouns"] and lemma not in lex["enlargement_nouns"]:
        return []
    blocs = [ctx.at[c.i].entity for c in tok.children if c.dep_ in {"poss", "compound", "nmod"} and c.i in ctx.at
             and is_bloc(ctx, ctx.at[c.i]) and not _negated_name(ctx, ctx.at[c.i])]
    blocs = blocs or [b for b in [_pointed_bloc(ctx, facts, tok, lex)] if b]
    if not blocs:
        return []
    states = ctx.prep_objects(tok, {"of"} if lemma in lex["accession_nouns"] else {"to"}, _STATES)
    return [(states, b) for b in blocs]


_CLAUSE_PATH = frozenset({"nsubj", "nsubjpass", "dobj", "compound", "amod", "poss", "conj", "appos", "nmod", "cc"})


def _bloc_meeting(ctx: SentenceContext, facts: DocFacts, tok: Token, lex: dict) -> tuple[list, list]:
    """ "X hosted his A and B counterparts for an AUKUS summit", "A's leader welcomed leaders for the
    bloc's 32nd summit": a bloc's own gathering and the states that are the parties of its clause (its
    subjects, and the guests of a verb of hosting; named or as their leaders' demonyms; not a place, a
    recipient or the one met there). The data decides which of them are members on the article's date."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lex["bloc_meeting_nouns"]:
        return [], []
    owners = [tok, *(c for c in tok.children if c.dep_ in {"compound", "poss"})]
    # the bloc's own tokens (an event named after the bloc, "the AUKUS summit", holds them too)
    toks = {x.i for o in owners[1:] for x in o.subtree} | {c.i for c in tok.children if c.dep_ == "nmod"}
    toks |= {x.i for x in prep_objects(tok, "of")}
    blocs = [b for b in bloc_mentions(ctx) if ctx.head_token(b).i in toks and not _negated_name(ctx, b)]
    if not blocs and any(c.dep_ == "poss" and c.i not in ctx.at and c.lemma_.lower() in lex["body_nouns"]
                         and any(d.lower_ == "the" for d in c.children) for c in tok.children):
        blocs = [b for b in [_recent_alliance(ctx, facts)] if b]  # "for the bloc's 32nd summit"
    if not blocs:
        return [], []
    verb = _clause(tok)
    if verb.pos_ not in {"VERB", "AUX"} or negated(ctx, verb) or hedged(verb):
        return [], []
    # its parties: the clause's subjects, and the objects of a verb of hosting ("hosted his A counterpart"),
    # not the one met there ("after meeting the US president at the NATO summit")
    tops = {"nsubj", "nsubjpass"} | ({"dobj"} if verb.lemma_.lower() in lex["meeting_host_verbs"] else set())
    states = []
    for m in ctx.of(_STATES):
        t, ok = ctx.head_token(m), True
        while t.head.i != verb.i and ok:
            ok = t.dep_ in _CLAUSE_PATH and t.head.i != t.i
            t = t.head
        if ok and t.head.i == verb.i and t.dep_ in tops \
                and not any(m.entity == (b if isinstance(b, str) else b.entity) for b in blocs):
            states.append(m)
    return states, blocs


def confirmed_membership(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """MEMBER_OF for the states a loose membership frame names, where the data confirms them."""
    alliances = [a for a in bloc_mentions(ctx) if not _negated_name(ctx, a)]
    start = ctx.sent.start
    noun_lists = _member_noun_list(ctx, facts)
    lex = cues()["membership"]
    if not alliances and not noun_lists and not (start and ctx.doc[start - 1].text == ":"):
        # no bloc named: only "for the bloc's summit", "its members", "the units from A and B" (the bloc named
        # before) can say more
        back = [(m, a, "membership-bloc-meeting", True) for tok in ctx.cued_tokens(
            lex["bloc_meeting_nouns"], "lemma") for states, blocs in [_bloc_meeting(ctx, facts, tok, lex)]
            for m in states for a in blocs]
        for tok in _pointing_tokens(ctx, lex):
            back += list(_pointed_back(ctx, facts, tok, lex))
        yield from _confirmed(ctx, facts, back)
        return
    found: list[tuple] = []  # (state mention, alliance mention, rule, needs data)
    pointing = {tok.i for tok in _pointing_tokens(ctx, lex)}
    keyed = _keyed_words(lex)
    for tok, (lemma, _) in zip(ctx.tokens, ctx.forms, strict=True):
        # a word of none of the finders' cue lists can only be read by "within a bloc" (the others ask for
        # their word first and find nothing without it): the cheap test before the calls
        unkeyed = lemma not in keyed and tok.lower_ != "fellow"
        for rule, find, needs_data in _UNKEYED_RULES if unkeyed else _TOKEN_RULES:
            states, blocs = find(ctx, tok, lex)
            found += [(m, a, rule, needs_data) for m in states for a in blocs]
        if not unkeyed:
            states, blocs = _bloc_meeting(ctx, facts, tok, lex)
            found += [(m, a, "membership-bloc-meeting", True) for m in states for a in blocs]
        # any noun "in NATO" may be the lone member's: not gated by a cue word
        states, blocs = _lone_member_in(ctx, facts, tok, lex)
        found += [(m, a, "membership-lone-member-in", True) for m in states for a in blocs]
        if tok.i in pointing:
            found += list(_pointed_back(ctx, facts, tok, lex))
    found += [(m, a, "membership-colon-list", False) for m, a in _colon_list(ctx, facts, lex)]
    found += [(m, a, "membership-set-off", False) for m, a in _set_off_list(ctx, lex)]
    found += [(m, a, "membership-member-noun-list", False) for m, a in noun_lists]
    for a in alliances:
        found += [(m, a, "membership-shared", False) for m in _shared_body(ctx, a, lex)]
        found += [(m, a, "membership-grouping", True) for m in _grouping(ctx, a, lex)]
        named = _named_partners(ctx, a, lex)
        known = _known(ctx, facts, a) if named else None
        if known is not None and all(facts.entities[m.entity].name in known for m in named):
            found += [(m, a, "membership-named-partners", True) for m in named]
    yield from _confirmed(ctx, facts, found)


def _confirmed(ctx: SentenceContext, facts: DocFacts, found: list[tuple]) -> Iterator[Relation]:
    """The relations of ``found`` (state mention, bloc mention or id, rule, needs data) the data allows."""
    seen: set[tuple[str, str]] = set()
    for m, a, rule, needs_data in found:
        bloc = a if isinstance(a, str) else a.entity  # a mention, or the id of a bloc named before
        named = _own_states(ctx, m) or rule == "membership-bloc-meeting" and m.demonym  # "his Australian counterpart"
        if ctx.label(m) not in _STATES or not named or (m.entity, bloc) in seen:
            continue
        known = _known(ctx, facts, a)
        if known is None and needs_data or known is not None and facts.entities[m.entity].name not in known:
            continue
        seen.add((m.entity, bloc))
        yield rel(ctx, m, "MEMBER_OF", a if not isinstance(a, str) and ctx.sent.start <= a.start < ctx.sent.end else bloc,
                  0.6, rule)


confirmed_membership = _with_terms(confirmed_membership)


def _pointed_back(ctx, facts, tok, lex):
    """(state, bloc, rule, needs data) of the rules that read a bloc named before or pointed to: its force's
    contributors, "Of its members, A and B", "among them", a counted member list, the bloc's admissions."""
    if not _may_point_back(tok, lex):
        return
    for rule, pairs in (("membership-bloc-force", _bloc_force(ctx, facts, tok, lex)),
                        ("membership-bloc-force-before", _bloc_force_before(ctx, facts, tok, lex)),
                        ("membership-of-its-members", _of_its_members(ctx, facts, tok, lex)),
                        ("membership-among-them", _among_them(ctx, facts, tok, lex)),
                        ("membership-pointed-list", _pointed_list(ctx, facts, tok, lex)),
                        ("membership-bloc-admits", _bloc_admits(ctx, facts, tok, lex))):
        yield from ((m, a, rule, True) for states, a in pairs for m in states)



def _may_point_back(tok: Token, lex: dict) -> bool:
    """Whether ``tok`` is one a rule of ``_pointed_back`` may start from at all (each of them asks this first,
    and most tokens are none): a force, member, accession or enlargement noun's lemma (or a member noun's
    plural form), or an "of"/"among" preposition."""
    lemma, low = tok.lemma_.lower(), tok.lower_
    return lemma in _pointing_lemmas(lex) or low in {"of", "among"} and tok.dep_ == "prep" \
        or low.endswith("s") and low[:-1] in lex["listing_nouns"]


def _pointing_tokens(ctx: SentenceContext, lex: dict) -> list[Token]:
    """The sentence's tokens ``_may_point_back`` lets through, in order, found by the sentence's word index
    (a pointing lemma; "of", "among" or a listing noun's plural form) instead of asking it of every token."""
    forms = {"of", "among"} | {f"{n}s" for n in lex["listing_nouns"]}
    if ctx.words.isdisjoint(forms) and ctx.words.isdisjoint(_pointing_lemmas(lex)):
        return []
    at = set(ctx.index.positions(_pointing_lemmas(lex), "lemma")) | set(ctx.index.positions(forms, "lower"))
    start = ctx.sent.start
    return [tok for tok in (ctx.tokens[i - start] for i in sorted(at)) if _may_point_back(tok, lex)]


def _pointing_lemmas(lex: dict) -> frozenset:
    """The lemmas ``_may_point_back`` looks for in the cue lists of ``lex``, gathered once per lexicon."""
    return cue_union(lex, ("force_nouns", "listing_nouns", "accession_nouns", "enlargement_nouns"))

def _fellow_blocs(ctx: SentenceContext, tok: Token, lex: dict) -> tuple[list, list]:
    states = _fellow(ctx, tok, lex)
    return states, _bloc_of(ctx, tok.head) if states else []


def _its_allies_blocs(ctx: SentenceContext, tok: Token, lex: dict) -> tuple[list, list]:
    states = _its_allies(ctx, tok, lex)
    return states, _bloc_of(ctx, tok) if states else []


def _listed_blocs(ctx: SentenceContext, tok: Token, lex: dict) -> tuple[list, list]:
    states = _listed(ctx, tok, lex)
    return states, _bloc_of(ctx, tok) if states else []


#: The rules reading one token of a sentence that names a bloc: (rule, finder of (states, blocs), needs the
#: membership data), in order of precedence (the first rule to find a pair names it).
_TOKEN_RULES = (
    ("membership-fellow", _fellow_blocs, True),
    ("membership-standing", _standing, True),
    ("membership-sit-in", _sit_in, True),
    ("membership-its-allies", _its_allies_blocs, True),
    ("membership-partner-in", _partner_in, True),
    ("membership-listed", _listed_blocs, True),
    ("membership-join-in", _join_in, False),
    ("membership-tied-to", _tied_to, True),
    ("membership-joined-list", _joined_list, True),
    ("membership-within", _within_bloc, True),
    ("membership-as-is", _as_is, False),
    ("membership-bloc-business", _bloc_business, True),
    ("membership-accession-noun", _accession_noun, True),
)

#: the rules of :data:`_TOKEN_RULES` that read a word of none of the cue lists of :func:`_keyed_words`
_UNKEYED_RULES = tuple(r for r in _TOKEN_RULES if r[1] is _within_bloc)
#: the ``membership`` cue lists whose words the other token rules (and ``_bloc_meeting``) start from
_KEYED_LISTS = ("standing_nouns", "sit_verbs", "ally_nouns", "partner_in_nouns", "listing_nouns", "join_verbs",
                "tied_verbs", "tie_nouns", "pact_nouns", "bloc_business_verbs", "bloc_meeting_nouns", "accession_nouns")


def _keyed_words(lex: dict) -> frozenset[str]:
    """Every lemma a token rule other than "within a bloc" needs ("fellow" apart, read by its form; "be" for
    "as is"), built once per loaded lexicon."""
    return cue_union(lex, _KEYED_LISTS, frozenset({"be"}))
