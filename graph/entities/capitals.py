"""One name, one referent in a document: a capital the article uses for its state ("Ottawa had to meet
its commitments", "Canberra chose the Hornet") and also names as a place where nothing of the graph
happens ("announced in Ottawa", "a memorial in Canberra") is the state's name throughout.

The place reading becomes a name of the country entity (the convention of ANNOTATION.md: metonymic
capitals are aliases of the country, the capital as a place is optional), so one article does not
leave a second node for the state's seat beside the state. A capital that holds an event, a base or a
firm (any relation) stays a Place, and so does one the article never uses for its state or whose
state it never names by the state's own name, and so does one the article names as the city more often
than it uses it for the state.
"""
from __future__ import annotations

from ..reference import ReferenceData
from ..relations import Relation
from .entity import Entity


def fold_idle_capitals(entities: dict[str, Entity], relations: list[Relation], ref: ReferenceData) -> None:
    """Merge into its country every catalogued capital Place of ``entities`` no relation touches,
    where the document names the country both by its own name and by that capital, at least as often
    for the state as for the city; ``entities`` is changed in place."""
    used = {r.source for r in relations} | {r.target for r in relations}
    by_ref = {e.ref_id: e for e in entities.values() if e.ref_id}
    for key, place in list(entities.items()):
        entry = ref.get(place.ref_id) if place.label == "Place" and place.ref_id else None
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
        if not any(by_capital) or all(by_capital):
            continue
        if sum(by_capital) < len(place.mentions):
            continue  # said for the city more often than for the state ("travelled to X", "talks in X"): the city
        for mention in place.mentions:
            country.add(mention)
        country.aliases.add(place.name)
        del entities[key]
