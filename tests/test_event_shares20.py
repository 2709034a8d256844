"""Event relations of session 20: taking part named by a noun ("X's participation in E", "the contingent
from X", "Y's share in the exercise", "held with the participation of A, B and C"); a possible, ruled-out or
asked-for taking part gives nothing, nor a share or presence that is no event's."""
from __future__ import annotations

from tests.extracted import graph_maker
from tests.extracted import relations_in as edges_of

graph_of = graph_maker("2026-03-10")


def _edges(pipeline, text):
    return set(edges_of(graph_of(pipeline, text)))


def _part(pipeline, text):
    return {(s, o) for s, ty, o in _edges(pipeline, text) if ty == "PARTICIPATED_IN"}


NOUNS = """Cobra Gold 2026 opens in Sattahip

The Cobra Gold 2026 exercise began on Tuesday in Sattahip.
Fiji's participation in Cobra Gold 2026 is its first.
The contingent from Tonga arrived by air on Monday.
Samoa's share in the exercise has grown since 2019.
The exercise is held with the participation of Chile, Peru and Mexico.
"""


def test_nouns_of_taking_part_name_the_participants(pipeline):
    part = {s for s, o in _part(pipeline, NOUNS) if o == "Cobra Gold 2026"}
    assert {"Fiji", "Tonga", "Samoa", "Chile", "Peru", "Mexico"} <= part, part


UNDONE = """Cobra Gold 2026 opens in Sattahip

The Cobra Gold 2026 exercise began on Tuesday in Sattahip.
Officials ruled out Nepal's participation in Cobra Gold 2026.
Bhutan's possible participation in the exercise was discussed.
Laos has requested the participation of Mongolia in the exercise.
"""


def test_a_possible_or_ruled_out_participation_is_none(pipeline):
    part = {s for s, _ in _part(pipeline, UNDONE)}
    assert not {"Nepal", "Bhutan", "Mongolia"} & part, part


NOT_EVENTS = """Airbus reports results

Airbus reported its annual results in Toulouse on Monday.
Airbus's share in the venture with Safran rose to 50 percent.
Germany's presence in Lithuania grew to 5,000 troops.
"""


def test_a_share_or_presence_that_is_no_events_gives_no_taking_part(pipeline):
    assert not _part(pipeline, NOT_EVENTS)


LISTS = """Cobra Gold 2026 begins in Sattahip

The Cobra Gold 2026 exercise began on Tuesday in Sattahip.
The exercise brings together 30 nations, among them Norway and Denmark.
"""


def test_a_list_after_the_gathered_nations_names_the_participants(pipeline):
    part = {s for s, o in _part(pipeline, LISTS) if o == "Cobra Gold 2026"}
    assert {"Norway", "Denmark"} <= part, part


PRESENT = """Leaders gather for summit in Astana

The SCO summit opened in Astana on Thursday.
Delegations from 25 countries, including Iran and Belarus, were present.
"""


def test_delegations_from_listed_states_were_present(pipeline):
    part = {s for s, _ in _part(pipeline, PRESENT)}
    assert {"Iran", "Belarus"} <= part, part
