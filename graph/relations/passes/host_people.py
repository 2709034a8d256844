"""A person who hosts a summit takes part in it: "Tonga's prime minister, X, who hosted the meeting",
"Y hosted the summit at the palace" give the event HOSTED_BY the person (their own rules); the host is there,
so the person also PARTICIPATED_IN it (ANNOTATION.md: the summit's host is among its participants; the passive
"hosted by X" already says so in ``families/events.py``). Only for the kinds of event a host attends in person
(cue ``participation.host_person_kinds``: a summit; not a ceremony, a visit, an exercise or a war). Each derived
fact keeps the evidence of the hosting it comes from."""
from __future__ import annotations

from collections.abc import Iterator

from ..families.common import derive
from ..families.events import event_kind
from ..lexicon import cues
from ..relation import Relation


def host_people(relations: list[Relation], entities: dict) -> list[Relation]:
    """PARTICIPATED_IN facts of the people an event of a gathering kind is HOSTED_BY."""
    kinds = set(cues()["participation"]["host_person_kinds"])

    def present(event, host) -> Iterator[tuple[str, str, str]]:
        if event.label == "Event" and host.label == "Person" and event_kind(event) in kinds:
            yield host.id, "PARTICIPATED_IN", event.id

    return derive(relations, entities, "HOSTED_BY", "host-takes-part", present)
