"""A capital named as a place that takes part in no fact of its document is read as its state.

"Defence Minister X announced in Ottawa", "he flew on to Doha", "a memorial in Canberra": the city is
where something was said or done, and no relation of the article ends on it; the article is about
the country, which it names too. Such a capital becomes a name of the country entity (the convention
of ONTOLOGY.md: metonymic capitals are aliases of the country, the capital as a place is optional),
so one article does not leave a second node for the state's seat beside the state. A capital that
holds an event, a base or a firm (any relation) stays a Place.
"""
from __future__ import annotations

from ..reference import ReferenceData
from ..relations import Relation
from .entity import Entity


def fold_idle_capitals(entities: dict[str, Entity], relations: list[Relation], ref: ReferenceData) -> None:
    """Merge into its country every catalogued capital Place of ``entities`` no relation touches,
    where the document names that country; ``entities`` is changed in place."""
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
        for mention in place.mentions:
            country.add(mention)
        country.aliases.add(place.name)
        del entities[key]
