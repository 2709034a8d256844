"""Run the article-wide passes in order (:func:`finish`)."""
from __future__ import annotations

from spacy.tokens import Doc

from ...entities import Entity
from ..families.catalogued_users import drop_other_parts
from ..relation import Relation
from ..time import published_of
from . import (
    deal_apposition,
    deal_stage,
    first_arrival,
    halted,
    headline_stage,
    held_stage,
    making_stage,
    member_ties,
    news_stage,
    retirement,
    tenure,
    use_stage,
)
from .accidents import drop_accident_guests
from .civil_firms import drop_civil_supplies
from .companions import companions
from .event_dates import at_event_dates
from .force_states import force_states
from .gapped import gapped
from .host_people import host_people
from .lead_venue import no_region_beside_venue, placed_once
from .listed_platforms import listed_platforms
from .named_services import named_services
from .native_users import drop_native_users
from .own_forces import drop_home_states
from .part_makers import drop_part_makers
from .represented_states import drop_led_bodies, drop_other_states
from .rosters import rosters
from .service_twins import drop_state_twins
from .successions import successions
from .used_against import used_against
from .venue_hosts import venue_hosts
from .war_dates import wars_began
from .warring_ties import drop_warring_ties
from .wide_places import drop_wide_containers


def finish(relations: list[Relation], doc: Doc, sents: list, entities: dict[str, Entity]) -> list[Relation]:
    """The document's relations after the article-wide passes (some changed in place, some dropped or added)."""
    published = published_of(doc)
    relations = drop_other_parts(relations, entities)  # a catalogued user another rule reads otherwise there
    relations = relations + companions(relations, doc, sents, entities)  # "He was flanked by A and B": at his event
    relations = relations + gapped(relations, doc, sents, entities)  # "A sent X, and B Y": B as A
    relations = relations + listed_platforms(relations, doc, sents, entities)  # "F-15J and F-35A": one holder
    at_event_dates(relations, entities, doc, sents)  # at an event: the event's date
    relations = relations + successions(relations, doc, sents, entities)  # "X took over the navy from Y": Y led it
    wars_began(relations, entities, doc.user_data.get("reference_files", ()))  # a catalogued war: from its first day
    tenure.apply(relations, doc, entities)  # a post left after a stated time: the whole term
    deal_apposition.apply(relations, sents, entities)  # "..., a purchase the ministry shelved": the deal's own clause
    halted.apply(relations, doc)  # a dispute of stated length ended: its whole span
    deal_stage.apply(relations, sents, entities, published)  # a deal's course over the article
    held_stage.apply(relations)  # a transfer takes no stage of use
    making_stage.apply(relations, sents, entities)  # goods still being built, launched or on trials: ordered
    use_stage.apply(relations, sents, entities, published)  # goods its sentence shows in use, or retired
    retirement.apply(relations, sents, entities, published)  # a fleet retired over the article
    # no text membership of the UN, before a membership drops the pair's cooperation ("works with the UN")
    relations = member_ties.drop_universal_memberships(relations, entities)
    placed = no_region_beside_venue(placed_once(member_ties.drop_bloc_ties(relations), entities), entities)
    placed = drop_warring_ties(placed, entities, published, doc)  # states at war on the article's date: no partners
    placed = drop_led_bodies(drop_other_states(placed, entities))  # a representation: that state only, below a LEADS
    placed += venue_hosts(placed, entities)
    placed += force_states(placed, entities)
    placed += host_people(placed, entities)  # a person hosting a gathering is at it
    placed += rosters(placed, doc, sents, entities)  # a bloc meeting's roster of leaders: members, and at it
    placed += used_against(placed, doc, sents, entities)  # a platform used against a party: its one operator's conflict
    headline_stage.apply(placed, sents)  # "X to Assemble 20 jets for Y": a headline's future hands nothing over
    news_stage.apply(placed, published, sents, entities)  # a fact stated before and after its goods came: the news's stage
    placed = drop_part_makers(placed, doc, sents, entities)  # a firm making a part: not the platform's maker
    placed = drop_civil_supplies(placed, doc, sents, entities)  # an energy or tech firm's goods: no arms
    placed = drop_home_states(placed, entities, doc, sents)  # a maker selling to its own state's service: the service
    placed = drop_native_users(placed)  # "the American F-16s" the US flies: their user, not their maker
    first_arrival.apply(placed, doc, entities)  # goods under way or handed over: from the first units' arrival
    placed = drop_state_twins(placed, entities)  # the service named as operator, not its state as well
    placed = drop_wide_containers(placed, entities)  # a sea or a wider region lies in no state or town
    placed = drop_accident_guests(placed, entities)  # no state takes part in a crash, no type is shown at it
    return placed + named_services(placed, doc, entities)  # a state's platform beside its one named service
