"""A second name the text gives a thing right beside its first is a name of that thing, not a second node.

"Jorge Madlos, known as Ka Oris, ...", "F-15A, B, C and D fighters, known in Israel as Baz", "the air force,
known by its Portuguese initials FAB", "the State Security Service, known by its Uzbek initials as the DXX",
"The Headquarters Integrated Area Defence System, or HQ IADS, sits at ...", "PSB, as Promsvyazbank is known,
has ...": the resolver made the second name an entity of its own, often under another label (a nickname read
as a person, initials as an organisation), and one store built from many articles kept two nodes for one gold
entity (the writers list the second name as an alias).

Three shapes, within one sentence (the naming words are ``naming_verbs`` of ``lexicon.yaml``):

* ``X, <naming verb> [by its <words> initials | in <place>] [as] Z``: the participle clause (a past participle
  with no subject of its own: "Ono, at the Hokuriku Centre, called the JJOC the most important change" names
  nothing) stands right after X's comma (or parenthesis), or hangs on a noun whose phrase holds X's mention
  ("F-15A ... fighters, known as");
* ``X, or Z,``: Z written in capitals (an acronym) right after X's comma, closed by a comma, a parenthesis or the
  sentence's end;
* ``Z, as X is known``.

Z after "as" is a second name only where it is the whole complement of the naming words: not a possessor ("known as
Hemedti's brother", "known as Rheinmetall's smallest supplier"), not a word of a longer noun phrase, and never after
"named by <agent> as" (an appointment: "named by Prague as Rehka's successor"). "Described/seen/regarded as" are no
naming verbs and name nothing. A name with no "as" before it ("X, called Z") is not checked so (unchanged: on the
development halves its one possessive case folds a junk node whose fold carries a true relation).

Z is folded into X (X's name stays, Z becomes an alias); where only Z is catalogued, X is folded into Z. Two
entities the reference data knows as different things stay apart, and so does a name whose naming verb follows
a former-name word ("formerly known as": former_names.py keeps those). Over the thirty-eight development halves
(tune .. fresh37, session 41) eleven articles named a thing so: no gold entity was lost, ten extra nodes went
(entity false positives 1282 -> 1272, three relations moved to the right end), and the merged stores lost six
duplicates (six halves) and three junk nodes.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..mentions.lexicon import lexicon
from ..mentions.words import lowers, tokens
from ..relations import Relation
from .entity import Entity, fold_into

#: words that may stand between a naming verb and the name it gives ("known by its Uzbek initials as the DXX",
#: "known in Israel as", "locally called")
_BETWEEN = {"as", "by", "its", "their", "his", "her", "the", "in", "initials", "acronym", "abbreviation", "name",
            "nickname", "locally", "widely", "also", "commonly", "simply", "popularly", "officially", "informally",
            "\"", "\u201c", "'", "\u2018"}
_OPEN = {",", "(", "\u2013", "\u2014"}
#: the words of a noun's own phrase before it, where the named thing of "F-15A fighters, known as" stands
_NOUN_PARTS = {"compound", "nmod", "amod", "poss", "nummod", "det", "quantmod"}
#: what follows a possessor ("Hemedti's brother") and the links of a word to a noun after it
_POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
_MODIFIER = {"poss", "compound", "amod", "nmod", "nummod"}
#: naming verbs that, with an agent, appoint ("named by Prague as"); nouns of a name after "by" ("by its initials")
_APPOINTING = {"named"}
_NAME_NOUNS = {"initials", "acronym", "abbreviation", "name", "nickname", "names"}
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&\-]{1,7}$|^[A-Z]{1,4}\s[A-Z]{2,6}$")


def _spans(entities: dict[str, Entity]) -> dict[int, Entity]:
    """Token index -> the entity whose mention covers it ("the air force" the resolver read as the state's)."""
    out: dict[int, Entity] = {}
    for e in entities.values():
        for m in sorted(e.mentions, key=lambda m: m.source == "coref"):
            for i in range(m.start, m.end):
                out.setdefault(i, e)
    return out


def _ending_at(entities: dict[str, Entity], end: int) -> Entity | None:
    """The entity with a mention ending right before token ``end``."""
    for e in entities.values():
        if any(m.end == end for m in e.mentions):
            return e
    return None


def _whole_complement(doc: Doc, start: int, end: int) -> bool:
    """Whether the name on tokens [start, end) after the naming words is the whole of what the thing is called:
    not the possessor of a noun after it ("known as Kim Jong Un's sister"), nor a word of a noun phrase going on
    past it ("known as Rheinmetall's smallest supplier", "known as the Rheinmetall supplier")."""
    sent_end = doc[start].sent.end
    if end < sent_end:
        after = doc[end]
        if after.tag_ == "POS" or after.text in _POSSESSIVE or after.pos_ in {"NOUN", "PROPN", "NUM"}:
            return False
    return not any(t.head.i >= end and t.head.i < sent_end and t.dep_ in _MODIFIER for t in doc[start:end])


def _appointed(verb) -> bool:
    """Whether a naming verb with an agent names a post, not a name ("named by Prague as Rehka's successor"); an
    agent that is the name's own kind ("known by its initials as") is no appointer."""
    return verb.lower_ in _APPOINTING and any(
        c.dep_ == "agent" and not any(g.lemma_.lower() in _NAME_NOUNS for g in c.children) for c in verb.children)


def _given_name(doc: Doc, verb: int, spans: dict[int, Entity], entities: dict[str, Entity]) -> Entity | None:
    """Z of "known [by its Uzbek initials | in Israel] as Z" for the naming verb at token ``verb``: the entity
    whose mention starts right after the naming words, or, where no mention stands there, the entity named
    elsewhere by the capitalised words written there ("known in Israel as Baz" ... "the Baz fighters")."""
    sent = doc[verb].sent
    i = verb + 1
    if i < sent.end and doc[i].lower_ in {"in", "to", "among", "across", "by"}:
        as_at = next((t.i for t in doc[i + 1:min(sent.end, i + 6)] if t.lower_ == "as"), None)
        if as_at is not None and all(t.pos_ in {"PROPN", "ADJ", "DET", "NOUN", "PRON"} or t.lower_ in _BETWEEN
                                     for t in doc[i + 1:as_at]):
            i = as_at  # "known in Israel as", "known to its crews as": where, not what
    while i < sent.end and i - verb <= 7 and (doc[i].lower_ in _BETWEEN or i not in spans and doc[i].pos_ in {
            "ADJ", "PROPN"} and i + 1 < sent.end and doc[i + 1].lower_ in _BETWEEN):
        i += 1  # "by its Uzbek initials as the"
    if i >= sent.end or i - verb > 7:
        return None
    after_as = any(t.lower_ == "as" for t in doc[verb + 1:i])  # "known as Z": Z must be all that follows
    if i in spans:
        z = spans[i]
        ends = [m.end for m in z.mentions if m.start == i and m.source != "coref"]
        return z if ends and (not after_as or _whole_complement(doc, i, max(ends))) else None
    j = i
    while j < sent.end and doc[j].text[:1].isupper() and doc[j].is_alpha:
        j += 1
    words = doc[i:j].text
    if not words or after_as and not _whole_complement(doc, i, j):
        return None
    named = [e for e in entities.values() if e.name == words or any(m.text == words and m.source != "coref"
                                                                     for m in e.mentions)]
    return named[0] if len(named) == 1 else None


def _clause_pairs(doc: Doc, entities: dict[str, Entity], spans: dict[int, Entity]) -> list[tuple[Entity, Entity]]:
    """(X, Z) of every "X, known ... as Z" of ``doc``."""
    naming = set(lexicon()["naming_verbs"])
    former = set(lexicon()["former_name_words"])
    pairs = []
    toks = tokens(doc)
    for verb in (toks[i] for i, low in enumerate(lowers(doc)) if low in naming):  # (no Token built for other words)
        if verb.i < 2 or doc[verb.i - 1].text not in _OPEN or verb.tag_ != "VBN" \
                or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            continue  # a participle on the name before it, not a verb of saying ("X, an analyst, called Y a ...")
        sent = verb.sent
        if any(t.lower_ in former for t in doc[max(sent.start, verb.i - 3):verb.i + 2]):
            continue  # "formerly known as": the former name (former_names.py)
        if _appointed(verb):
            continue  # "named by Prague as Rehka's successor": a post given, not a name
        z = _given_name(doc, verb.i, spans, entities)
        if z is None:
            continue
        comma = verb.i - 1
        x = _ending_at(entities, comma)
        if x is None and verb.dep_ == "acl" and verb.head.i < comma:
            head = verb.head
            phrase = [t.i for c in head.lefts if c.dep_ in _NOUN_PARTS for t in c.subtree] + [head.i]
            inside = [spans[j] for j in phrase if j in spans]  # "older F-15A, B, C and D fighters, known as"
            x = inside[-1] if inside and len({e.id for e in inside}) == 1 else None
        if x is not None:
            pairs.append((x, z))
    return pairs


def _named_by_or(doc: Doc, entities: dict[str, Entity], start: int, end: int) -> Entity | None:
    """X of "X, or Z," for an acronym Z spanning tokens [start, end)."""
    if start < 2 or doc[start - 1].lower_ != "or" or doc[start - 2].text != "," or not _ACRONYM.match(doc[start:end].text):
        return None
    if end < len(doc) and doc[end].text not in {",", ")", ".", ";"}:
        return None
    return _ending_at(entities, start - 2)


def _named_as_known(doc: Doc, spans: dict[int, Entity], end: int) -> Entity | None:
    """X of "Z, as X is known" for a mention of Z ending before token ``end``."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "as" or (end + 2) not in spans:
        return None
    x = spans[end + 2]
    j = end + 2
    while j < len(doc) and spans.get(j) is x:
        j += 1
    words = [t.lower_ for t in doc[j:j + 3]]
    return x if words[:1] and words[0] in {"is", "was", "are", "were"} and "known" in words[1:] else None


def fold_called_names(doc: Doc, entities: dict[str, Entity], relations: list[Relation]) -> None:
    """Fold every entity named as another's second name (see the module doc) into that one, its relations
    moved to the kept entity (a relation between the two goes; ``entities`` and ``relations`` changed in place)."""
    spans = _spans(entities)
    pairs = _clause_pairs(doc, entities, spans)
    for z in list(entities.values()):
        for m in z.mentions:
            if m.source == "coref" or m.end > len(doc):
                continue
            x = _named_by_or(doc, entities, m.start, m.end) or _named_as_known(doc, spans, m.end)
            if x is not None and x.id != z.id:
                pairs.append((x, z))
                break
    for x, z in pairs:
        if x.id not in entities or z.id not in entities or x.id == z.id:
            continue
        if x.ref_id and z.ref_id and x.ref_id != z.ref_id:
            continue  # two things the catalogue knows apart
        if z.ref_id and not x.ref_id and z.label != x.label:
            continue  # the catalogue knows the second name as a thing of another kind
        keep, gone = (z, x) if z.ref_id and not x.ref_id else (x, z)
        fold_into(entities, keep, gone)
        for r in relations:
            r.source = keep.id if r.source == gone.id else r.source
            r.target = keep.id if r.target == gone.id else r.target
        relations[:] = [r for r in relations if r.source != r.target]
        spans = _spans(entities)
