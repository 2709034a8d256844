"""A capital after a government's people in the singular or by their tie ("a senior official in X",
"partners in X", "constituencies in X") or after a state's own decision ("a vote in X",
"reforms in X") is the state, as "officials in X" was (session 49: the city node beside its country was a
duplicate of the merged stores in five development halves); one where something happens stays the city."""
from __future__ import annotations

from tests.extracted import node_labels as _labels


def test_singular_official_in_a_capital_is_the_state(pipeline):
    labels = _labels(pipeline, "Ruritania sent its navy chief, and Egypt was represented by a senior official in Cairo.")
    assert ("Country", "Egypt") in labels and ("Place", "Cairo") not in labels


def test_constituencies_in_a_capital_are_the_state(pipeline):
    labels = _labels(pipeline, "Turkey wanted the frigates, and the deal was meant to win constituencies in Ankara.")
    assert ("Country", "Turkey") in labels and ("Place", "Ankara") not in labels


def test_a_minister_thanking_counterparts_keeps_his_own_ministry(pipeline):
    """ "counterparts in X" stays out of the list: the minister's ministry would go to the capital's state."""
    labels = _labels(pipeline, "Vietnam's Defence Minister Tran Quoc Lam thanked his counterparts in Beijing "
                               "and Vientiane.")
    assert not any(label == "GovernmentBody" and "China" in name for label, name in labels)


def test_partners_in_listed_capitals_are_states(pipeline):
    labels = _labels(pipeline, "Kenya and Ethiopia were asked, and partners in Nairobi and Addis Ababa welcomed "
                               "the offer.")
    assert not {("Place", "Nairobi"), ("Place", "Addis Ababa")} & labels


def test_vote_in_a_capital_is_the_state(pipeline):
    labels = _labels(pipeline, "Hungary has not ratified the accession, and no date was set for a vote in Budapest.")
    assert ("Country", "Hungary") in labels and ("Place", "Budapest") not in labels


def test_meeting_in_a_capital_stays_the_city(pipeline):
    labels = _labels(pipeline, "Egypt and Jordan signed the accord at a meeting in Cairo on Tuesday.")
    assert ("Place", "Cairo") in labels
