"""Run every relation rule over every sentence of a resolved document.

Relations whose endpoints the ontology does not allow for their type are dropped here (a rule
may propose "Place LEADS ..." when a mention was mislabelled); the store validates again.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from spacy.tokens import Doc

from ..entities import Entity
from ..entities.antecedents import person_pronoun
from ..mentions.lexicon import lexicon
from ..ontology import UNDIRECTED, allowed
from .blocs import members_not_bloc
from .context import SentenceContext, capitals
from .editions import earlier_edition, event_year, other_occasion
from .families import DOC_RULES, LABEL_NEEDED, RULES, DocFacts
from .families.inventory import office
from .families.people import known_people
from .gates import gates, opens
from .passes.finish import finish
from .passes.state_buyers import state_buyers
from .plural import plural_groups
from .pronoun_attendance import stated_attendance
from .relation import Relation
from .scope import hypothetical, marks
from .time import published_of, validity


def _facts(doc: Doc, entities: dict[str, Entity]) -> DocFacts:
    focal = doc.user_data.get("focal_country")
    focal = focal if focal in entities else None
    events = [e for e in entities.values() if e.label == "Event" and not e.ref_id]
    main = max(events, key=lambda e: len(e.mentions), default=None)
    display = set(lexicon()["display_events"])
    is_display = main is not None and (main.props.get("kind") in {"parade", "fair"}
                                       or any(w.strip(",") in display for w in main.name.lower().split()))
    facts = DocFacts(focal=focal, main_event=main.id if main else None, display_event=is_display, entities=entities,
                     mentions=[m for m in doc._.mentions if m.entity])
    facts.known = known_people(facts)
    return facts


def pronoun_people(doc: Doc, entities: dict[str, Entity]) -> set[tuple[int, str]]:
    """(sentence start offset, person id) of the sentences that name a person only by a pronoun the
    resolver gave them ("He led the 3rd Division": entities/antecedents.py ``person_pronouns``)."""
    named, pronoun = set(), set()
    for m in doc._.mentions:
        e = entities.get(m.entity) if m.entity else None
        if e is None or e.label != "Person":
            continue
        key = (doc[m.start].sent.start_char, e.id)
        (pronoun if person_pronoun(m) else named).add(key)
    return pronoun - named


def pronoun_tokens(doc: Doc, entities: dict[str, Entity]) -> dict[tuple[int, str], list]:
    """(sentence start offset, person id) -> the "he"/"she" tokens that stand for the person there."""
    out: dict[tuple[int, str], list] = {}
    for m in doc._.mentions:
        if m.entity in entities and person_pronoun(m):
            out.setdefault((doc[m.start].sent.start_char, m.entity), []).append(doc[m.start])
    return out


def event_tokens(doc: Doc, entities: dict[str, Entity]) -> dict[tuple[int, str], list]:
    """(sentence start offset, event id) -> the head tokens of the event's mentions there."""
    out: dict[tuple[int, str], list] = {}
    for m in doc._.mentions:
        if m.entity in entities and entities[m.entity].label == "Event":
            out.setdefault((doc[m.start].sent.start_char, m.entity), []).append(doc[m.start:m.end].root)
    return out


def _pronoun_kept(r: Relation, by_pronoun: set, pronouns: dict, types: set[str], rules: set[str],
                  events: dict | None = None) -> bool:
    """Whether a relation of a person the sentence names only by "he"/"she" is kept: one of ``types`` or made by
    one of ``rules``; a taking part only where the pronoun's clause states it as done and as the pronoun's own, not
    that of another clause's subject (.pronoun_attendance; ``events``: :func:`event_tokens`)."""
    ends = [k for k in ((r.evidence["start"], r.source), (r.evidence["start"], r.target)) if k in by_pronoun]
    if not ends or r.rule in rules:
        return True
    if r.type not in types:
        return False
    if r.type == "PARTICIPATED_IN":
        events = events or {}
        other = {r.source, r.target} - {k[1] for k in ends}
        named = [t for e in other for t in events.get((r.evidence["start"], e), ())]
        return all(any(stated_attendance(t, named) for t in pronouns.get(k, ())) for k in ends)
    return True


def _supposed(ctx: SentenceContext, r: Relation) -> bool:
    """Whether the sentence only asks about or supposes ``r`` (:func:`.scope.hypothetical` over the tokens
    of the mentions of its two ends)."""
    def heads(entity: str) -> list:
        return [ctx.head_token(m) for m in ctx.mentions if m.entity == entity]
    return hypothetical(heads(r.source), heads(r.target))


_AT_EVENT = frozenset({"PARTICIPATED_IN", "HOSTED_BY", "HELD_IN", "DISPLAYED_AT"})


def _other_edition(ctx: SentenceContext, r: Relation) -> bool:
    """Whether the sentence tells ``r`` of an earlier edition of its event ("China took part in 2014 and 2016"
    of the 2024 exercise: :func:`.editions.earlier_edition` over the tokens of the mentions of its two ends)."""
    if r.type not in _AT_EVENT:
        return False
    event = next((ctx.entities[e] for e in (r.source, r.target) if ctx.entities[e].label == "Event"), None)
    if event is None:
        return False
    other = r.target if event.id == r.source else r.source
    def heads(entity: str) -> list:
        return [ctx.head_token(m) for m in ctx.mentions if m.entity == entity]
    return earlier_edition(heads(event.id), heads(other), event_year(event)) \
        or r.type in _OCCASION_TYPES and other_occasion(heads(event.id), heads(other), event)


# where and by whom an event was held: told of another occasion, a place or host is not the event's
# (.editions.other_occasion); who took part and what was shown are left to the year test above
_OCCASION_TYPES = frozenset({"HELD_IN", "HOSTED_BY"})


def _ends_holding(keep: Relation, donor: Relation) -> bool:
    """Whether one sentence holds a type in one rule's reading and retires it in another's ("The navy, which flew
    the type from carriers, retired its last jets in 2015"): a retirement implies the holding before it, so
    the sentence's fact is the end."""
    return keep.type == "OPERATES" and donor.props.get("stage") == "retired" \
        and keep.props.get("stage") in {"in_service", "delivered"}


def extract(doc: Doc, entities: dict[str, Entity], doc_id: str) -> list[Relation]:
    """Relations of one document, one per (source, type, target, sentence); a person the sentence names
    only by "he"/"she" takes there only the types of ``discourse.person_pronoun_types`` (an office, a
    party, a taking part the clause states as done: not "he had attended last year", .pronoun_attendance)."""
    facts = _facts(doc, entities)
    by_pronoun = pronoun_people(doc, entities)
    pronouns = pronoun_tokens(doc, entities) if by_pronoun else {}
    events = event_tokens(doc, entities) if by_pronoun else {}
    pronoun_types = set(lexicon()["discourse"]["person_pronoun_types"])
    pronoun_rules = set(lexicon()["discourse"]["person_pronoun_rules"])
    mentions = [m for m in doc._.mentions if m.entity]
    out: dict[tuple, Relation] = {}

    plural = plural_groups(doc, mentions, entities)  # "the three countries"
    capital_of = capitals(entities)  # once for all sentences
    sents = list(doc.sents)
    starts = [s.start for s in sents]
    by_sent: dict[int, list] = {}  # each sentence's mentions, found once (not by filtering all of them per sentence)
    for m in mentions:
        by_sent.setdefault(bisect_right(starts, m.start) - 1, []).append(m)

    gate = gates()
    asking = marks()  # "whether", "if", "unless": a sentence without one states what it says
    labels = {e.label for e in entities.values()}
    # (not those that need a label no entity has), each with its gate (:func:`.gates.opens`)
    rules = [(rule, gate.get(name)) for name, rule in RULES.items()
             if name not in LABEL_NEEDED or LABEL_NEEDED[name] in labels]

    def found() -> Iterator[Relation]:
        for i, sent in enumerate(sents):
            if i not in by_sent:
                continue  # no mention, no relation
            ctx = SentenceContext(sent, by_sent[i], entities, doc_id, plural, capital_of)
            if ctx.mentions:
                held = None  # "since 2019": when the sentence's facts hold (read once it gives a relation)
                words = ctx.words
                supposed = not asking.isdisjoint(words)
                for rule, closed in rules:
                    if closed is not None and (closed[0].isdisjoint(words) or len(closed) > 1 and not opens(closed, words)):
                        continue  # not the words the rule needs (``opens``, asked inline: it is asked very often)
                    for r in rule(ctx, facts):
                        if supposed and _supposed(ctx, r):
                            continue  # "asked whether the drill was aimed at X": asked, not stated (.scope)
                        if _other_edition(ctx, r):
                            continue  # "China took part in 2014 and 2016": another edition (.editions)
                        if members_not_bloc(ctx, r):
                            continue  # "the heads of state of X met for its summit": the members, not the bloc (.blocs)
                        if held is None:
                            held = validity(sent, published_of(doc))
                        r.props = {**held, **r.props}
                        yield r
        for doc_rule in DOC_RULES.values():
            yield from doc_rule(doc, facts, doc_id)

    # a state sells to a state, not (only) to its air force: the body named as buyer stays beside its state
    for r in (x for proposed in found() for x in state_buyers(proposed, entities)):
        if r.source == r.target or r.source not in entities or r.target not in entities:
            continue
        if by_pronoun and not _pronoun_kept(r, by_pronoun, pronouns, pronoun_types, pronoun_rules, events):
            continue
        if not allowed(entities[r.source].label, r.type, entities[r.target].label):
            continue
        if r.type == "OPERATES" and office(entities[r.source]):
            continue  # a ministry buys, its armed forces fly: the state the rule also proposes stays
        if r.type in UNDIRECTED and r.source > r.target:
            r.source, r.target = r.target, r.source
        key = (*r.key(), r.evidence["start"])
        other = out.get(key)
        if other is None or other.confidence < r.confidence:
            out[key] = r
        keep, donor = out[key], (other if out[key] is r else r)
        if donor is not None and _ends_holding(keep, donor):
            keep.props["stage"] = "retired"  # "the navy, which flew the type, retired its last jets in 2015"
        for k in ("valid_from", "valid_to"):  # a term's dates (reference data) survive a surer rule's duplicate
            if donor is not None and donor.props.get(k) and not keep.props.get(k):
                keep.props[k] = donor.props[k]
    return finish(list(out.values()), doc, sents, entities)
