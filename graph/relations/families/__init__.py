"""Relation rules, one module per family; ``RULES`` lists them in the order they run. Each rule
takes a :class:`SentenceContext` and the :class:`DocFacts` and yields :class:`Relation` objects;
cue words come from ``cues.yaml``; the ontology check happens when the graph is built."""
from __future__ import annotations

from collections.abc import Callable, Iterator

from ..context import SentenceContext
from ..relation import Relation
from .accession import accession_talks, bloc_bids, bloc_candidates
from .accidents import accident_sites
from .aid import aid_given
from .answered_members import answered_members
from .arrivals import arrivals
from .awaiting import awaiting
from .backed import backed
from .carried import carried
from .catalogued_dyads import catalogued_dyads
from .catalogued_partners import catalogued_partners
from .catalogued_proxies import catalogued_proxies
from .catalogued_users import catalogued_users
from .common import DocFacts
from .complaints import complaints
from .confirmed_membership import confirmed_membership
from .conflict_sides import defended, labelled_as, rivals
from .contents import contents, ranges
from .described_events import described_owners
from .described_users import described_users
from .dispatched import dispatched
from .events import deployed, displayed, events, located, participation
from .exercise_clauses import (
    brought_to_exercise,
    exercise_guests,
    held_there,
    served_in_operation,
    trained_in_exercise,
)
from .flown_with import flown_with
from .gathering_verbs import gathering_verbs
from .homes import homes
from .joint import joint_activities
from .levies import levies
from .listed_members import listed_members
from .listed_sales import listed_sales
from .making_nouns import making_nouns
from .member_nouns import member_nouns
from .membership import described_membership, joining, leaving, membership, observers, taking_part
from .named_parents import named_parents
from .named_venue import named_venues
from .organisations import (
    based_in,
    body_country,
    joint_venture,
    known_parents,
    listed_firms,
    nationality_in_name,
    part_of,
    shareholders,
    subsidiary,
    venture_holders,
)
from .organisers import organisers
from .pact_members import pact_members
from .parts import described_parts, owned_services, possessive_parts, told_parts, unit_of
from .pending_members import pending_members
from .people import known_offices, people
from .person_of import person_of
from .place_country import place_country
from .places import chair_hosts, chair_seat, chaired_meetings, hosted_guests, hosts, places
from .port_calls import port_calls
from .reached import reached
from .relative_members import relative_members
from .reported_ties import (
    counted_among,
    described_labels,
    joint_strikes,
    overthrown,
    proxies_fought,
    reported_hostility,
    reported_labels,
)
from .represented import represented
from .rival_claims import rival_claims
from .sale_programmes import programme_sales
from .share_nouns import share_nouns
from .ships import ship_rosters, ships
from .stand_in_bases import stand_in_bases
from .strikes import struck_targets
from .supply import deals, fleets, manufacture, possessed, transfers
from .ties import conflict, cooperation, known_conflicts, paired_ties, sanctions
from .truces import truces
from .verb_ties import verb_ties
from .waters import waters

Rule = Callable[[SentenceContext, DocFacts], Iterator[Relation]]
RULES: dict[str, Rule] = {
    "cooperation": cooperation, "paired_ties": paired_ties, "backed": backed, "aid_given": aid_given, "joint_activities": joint_activities, "conflict": conflict, "rivals": rivals, "rival_claims": rival_claims, "truces": truces, "catalogued_dyads": catalogued_dyads, "catalogued_partners": catalogued_partners, "catalogued_proxies": catalogued_proxies, "defended": defended, "labelled_as": labelled_as, "reported_labels": reported_labels, "described_labels": described_labels, "reported_hostility": reported_hostility, "overthrown": overthrown, "joint_strikes": joint_strikes, "counted_among": counted_among, "proxies_fought": proxies_fought, "verb_ties": verb_ties, "sanctions": sanctions, "levies": levies, "complaints": complaints, "membership": membership,
    "described_membership": described_membership, "observers": observers, "taking_part": taking_part, "leaving": leaving, "joining": joining, "confirmed_membership": confirmed_membership, "answered_members": answered_members, "accession_talks": accession_talks, "bloc_bids": bloc_bids, "bloc_candidates": bloc_candidates, "pending_members": pending_members, "pact_members": pact_members, "relative_members": relative_members, "listed_members": listed_members, "member_nouns": member_nouns, "transfers": transfers, "deals": deals, "fleets": fleets, "contents": contents, "ranges": ranges,
    "manufacture": manufacture, "possessed": possessed, "described_users": described_users, "awaiting": awaiting, "making_nouns": making_nouns, "arrivals": arrivals, "reached": reached, "listed_sales": listed_sales, "programme_sales": programme_sales, "flown_with": flown_with, "carried": carried, "based_in": based_in, "listed_firms": listed_firms, "part_of": part_of, "people": people, "represented": represented, "person_of": person_of,
    "joint_venture": joint_venture, "shareholders": shareholders, "venture_holders": venture_holders, "subsidiary": subsidiary, "possessive_parts": possessive_parts, "described_parts": described_parts, "owned_services": owned_services, "unit_of": unit_of, "told_parts": told_parts, "events": events, "displayed": displayed, "deployed": deployed, "dispatched": dispatched, "homes": homes, "waters": waters, "port_calls": port_calls, "stand_in_bases": stand_in_bases,
    "located": located, "participation": participation, "brought_to_exercise": brought_to_exercise, "exercise_guests": exercise_guests, "trained_in_exercise": trained_in_exercise, "served_in_operation": served_in_operation, "described_owners": described_owners, "held_there": held_there, "gathering_verbs": gathering_verbs, "share_nouns": share_nouns, "ships": ships, "ship_rosters": ship_rosters, "places": places, "hosts": hosts,
    "place_country": place_country, "chair_hosts": chair_hosts, "chaired_meetings": chaired_meetings,
    "chair_seat": chair_seat, "hosted_guests": hosted_guests,
    "named_venues": named_venues, "organisers": organisers, "struck_targets": struck_targets,
    "catalogued_users": catalogued_users, "accident_sites": accident_sites,
}
# rules every relation of which has an end of one label (the ontology's only one for the types they
# give: "participation" gives PARTICIPATED_IN and HOSTED_BY, both of an Event): skipped in a document
# with no entity of that label, where everything they found would be dropped
LABEL_NEEDED: dict[str, str] = {"participation": "Event", "gathering_verbs": "Event", "share_nouns": "Event",
                                 "struck_targets": "Event", "accident_sites": "Event"}
# rules over the whole document: (doc, facts, doc_id) -> relations
DOC_RULES = {"known_offices": known_offices, "known_conflicts": known_conflicts,
             "nationality_in_name": nationality_in_name, "known_parents": known_parents,
             "body_country": body_country, "named_parents": named_parents}

__all__ = ["DOC_RULES", "LABEL_NEEDED", "RULES", "DocFacts", "Rule"]
