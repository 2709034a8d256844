"""One name, one referent in a document: a capital the article uses for its state ("Ottawa had to meet
its commitments", "Canberra chose the Hornet") and also names as a place where nothing of the graph
happens ("announced in Ottawa", "a memorial in Canberra") is the state's name throughout.

The place reading becomes a name of the country entity (the convention of ANNOTATION.md: metonymic
capitals are aliases of the country, the capital as a place is optional), so one article does not
leave a second node for the state's seat beside the state. A capital that holds an event, a base or a
firm (any relation) stays a Place, and so does one the article never uses for its state or whose
state it never names by the state's own name, and so does one the article names as the city more often
than it uses it for the state, and so does one it names as the city twice or more ("talks in Jakarta" ...
"a forum in Jakarta"): a setting of the article's facts, which the writers keep as a Place (ANNOTATION.md:
"a capital that is the site of the facts is a Place only"). Of the capitals of thirty-three dev halves
folded while named twice as the city, the gold made six a required Place (six halves), four optional and
one an alias of its state.

A capital the article names only by a short form of its name ("Washington" for "Washington, D.C.": "the
deal drew fire in Washington", "the usual approvals in Washington") and ties to nothing is the state's
name too, even where the article never uses it for the state otherwise: the short form is the seat of
government, the city has a longer name of its own. Of the twelve such relation-less nodes of nineteen
development halves, the writers made nine the state's alias and listed two as the city, both the venue
of an occasion the sentence names ("a ceremony at the State Department in Washington", "the next summit
is due in Washington"): a short form in a sentence with an event noun (``event_kinds``) or an event's
name stays the city.

A state named only by its capital qualifying a noun ("the Brussels talks", "the Madrid summit", "the
Vienna Document", "the Rome Statute") is no actor of the article: the capital names a meeting or a text
after its venue, and a meeting in Brussels is the Union's or the alliance's, not Belgium's. A Country no
relation touches, every one of whose mentions is a catalogued capital of it as the compound modifier of a
noun (:func:`drop_capital_modifiers`), is dropped: of the eight such nodes of twenty development halves
the writers left out seven and made one optional. A capital before a government noun ("the Beijing
government", ``government_nouns``) is the state and stays, and so does one listed with others before a
plural noun ("Washington, Beijing and Gulf capitals were in contact": the states).
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..ids import make_id
from ..mentions.lexicon import lexicon
from ..reference import ReferenceData
from ..relations import Relation, related_ids
from .entity import Entity


def _seat_form(place: Entity, name: str) -> bool:
    """Whether every mention of the capital ``place`` is a shorter opening of its catalogue ``name``
    ("Washington" of "Washington, D.C."), the seat of government rather than the city.

    >>> from graph.mentions import Mention
    >>> place = Entity("place:washington-d-c", "Place", "Washington, D.C.")
    >>> place.add(Mention(0, 1, 0, 10, "Washington", "Place", "ref"))
    >>> _seat_form(place, "Washington, D.C."), _seat_form(place, "Washington")
    (True, False)
    """
    return bool(place.mentions) and all(len(m.text) < len(name) and name.startswith(m.text) for m in place.mentions)


def _venue(doc: Doc, place: Entity, entities: dict[str, Entity]) -> bool:
    """Whether a sentence naming ``place`` also names an occasion: an event noun ("summit", "ceremony")
    or an Event entity, of which the place may be the venue."""
    nouns = {n for kind in lexicon()["event_kinds"].values() for n in kind}
    events = [m for e in entities.values() if e.label == "Event" for m in e.mentions]
    for m in place.mentions:
        sent = doc[m.start].sent
        if any(t.lower_ in nouns for t in sent) or any(sent.start <= e.start < sent.end for e in events):
            return True
    return False


def fold_idle_capitals(entities: dict[str, Entity], relations: list[Relation], ref: ReferenceData,
                       doc: Doc | None = None) -> None:
    """Merge into its country every catalogued capital Place of ``entities`` no relation touches,
    where the document names the country both by its own name and by that capital, at least as often
    for the state as for the city, or by its own name and the capital only by a short form of the
    capital's name (:func:`_seat_form`) in sentences of ``doc`` that name no occasion (:func:`_venue`),
    and named as the city only once; ``entities`` is changed in place."""
    used = related_ids(relations)
    by_ref = {e.ref_id: e for e in entities.values() if e.ref_id}
    for key, place in list(entities.items()):
        entry = ref.get(place.ref_id) if place.label == "Place" else None
        if entry is None or entry.props.get("kind") != "capital" or place.id in used:
            continue
        country_entry = ref.find("Country", entry.props.get("country", ""))
        country = by_ref.get(country_entry.id) if country_entry is not None else None
        if country is None or country.label != "Country":
            continue
        names = {n.casefold() for n in (entry.name, *entry.aliases, *(m.text for m in place.mentions))}
        # the article must say the capital for the state, and the state's own name too ("signed in Ankara"
        # with no "Turkey" stays the city)
        by_capital = [m.text.casefold() in names for m in country.mentions]
        if all(by_capital):
            continue
        if len(place.mentions) > 1:
            continue  # named as the city twice ("talks in X" ... "a plant in X"): a setting of the article
        seat = doc is not None and _seat_form(place, entry.name) and not _venue(doc, place, entities)
        if not seat and (not any(by_capital) or sum(by_capital) < len(place.mentions)):
            continue  # said for the city more often than for the state ("travelled to X", "talks in X"): the city
        for mention in place.mentions:
            country.add(mention)
        country.aliases.add(place.name)
        del entities[key]


def _capital_modifier(doc: Doc, text: str, start: int, end: int, country: str, ref: ReferenceData) -> bool:
    """Whether the tokens ``[start, end)`` are a catalogued capital of ``country`` qualifying a noun after
    it that is no government noun ("the Madrid summit", not "the Beijing government")."""
    if end > len(doc) or not any(e.props.get("kind") == "capital" and e.props.get("country") == country
                                 for e in ref.lookup(text, "Place")):
        return False
    root = doc[end - 1]
    head = root.head
    between = doc[end:head.i]  # only the noun's other modifiers: not "Washington, Beijing and Gulf capitals"
    return root.dep_ in {"compound", "nmod"} and head.i >= end and head.pos_ in {"NOUN", "PROPN"} \
        and head.lower_ not in set(lexicon()["government_nouns"]) \
        and not any(t.is_punct or t.dep_ in {"cc", "conj"} for t in between)


def drop_capital_modifiers(doc: Doc, entities: dict[str, Entity], relations: list[Relation], ref: ReferenceData) -> None:
    """Remove from ``entities`` every Country no relation touches whose every mention is one of its
    capitals qualifying a noun (:func:`_capital_modifier`: "the Brussels talks"); changed in place."""
    used = related_ids(relations)
    for key, country in list(entities.items()):
        if country.label != "Country" or country.id in used or not country.mentions:
            continue
        if all(_capital_modifier(doc, m.text, m.start, m.end, country.name, ref) for m in country.mentions):
            del entities[key]


#: where something is: the city already stands there ("a London-based institute" is based in the city, not the state)
_PLACE_TYPES = frozenset({"BASED_IN", "LOCATED_IN", "HELD_IN", "DEPLOYED_TO"})


def add_capital_states(entities: dict[str, Entity], ref: ReferenceData) -> set[str]:
    """Add to ``entities`` the state of every catalogued capital Place whose state the document names no other
    way ("Taliban fighters seized Kabul", "drones struck a depot 200 km from Moscow": the city, and its state
    only there), as a Country without mentions, so that the relation rules that take a capital for its state
    (:func:`..relations.context.capitals`) still find it; the ids added are returned for
    :func:`drop_capital_states`."""
    added: set[str] = set()
    for place in list(entities.values()):
        if place.label != "Place" or place.props.get("kind") != "capital" or not place.props.get("country"):
            continue
        entry = ref.find("Country", place.props["country"])
        if entry is None or entry.id in entities or entry.id != make_id("Country", place.props["country"]):
            continue
        entities[entry.id] = Entity(id=entry.id, label="Country", name=entry.name, aliases=set(entry.aliases),
                                    props=dict(entry.props), ref_id=entry.id)
        added.add(entry.id)
    return added


def drop_capital_states(doc: Doc, entities: dict[str, Entity], relations: list[Relation], added: set[str]) -> None:
    """Keep of the states :func:`add_capital_states` added only those a relation of a sentence naming their
    capital touches, and only those relations of theirs that are no place's (:data:`_PLACE_TYPES`: the city is the
    place); ``entities`` and ``relations`` changed in place."""
    if not added:
        return
    sentences: dict[str, set[int]] = {}
    for e in entities.values():
        country = make_id("Country", e.props.get("country", "")) if e.label == "Place" else None
        if country in added:
            sentences.setdefault(country, set()).update(doc[m.start].sent.start_char for m in e.mentions)
    relations[:] = [r for r in relations if not any(end in added and (
        r.evidence.get("start") not in sentences.get(end, set()) or r.type in _PLACE_TYPES) for end in (r.source, r.target))]
    used = related_ids(relations)
    for key in added - used:
        entities.pop(key, None)
