"""A node whose whole name is one word of kind or scope ("Sea", "Maritime", "Group"), a time ("Since 2008") or an
amount is no entity of the article (graph/entities/no_names.py); a state's service named so stays a body."""
from __future__ import annotations

from graph.entities.no_names import names_nothing
from tests.extracted import node_labels


def test_kind_and_scope_words_name_nothing():
    assert all(names_nothing(n, "Place") for n in ("Sea", "Ground", "Maritime", "Regional", "Training", "Fort"))
    assert names_nothing("Group", "Platform") and names_nothing("International", "Organization")
    assert names_nothing("the Navy", "Company")


def test_names_holding_such_a_word_and_real_one_word_names_stay():
    assert not any(names_nothing(n, "Place") for n in ("Sea of Azov", "Black Sea", "Fort Worth", "Bay", "Reading"))
    assert not names_nothing("Strait", "Place") and not names_nothing("Federal", "Company")
    assert not names_nothing("Tiger", "Platform") and not names_nothing("Naval Group", "Company")


def test_a_service_or_a_bloc_named_by_its_noun_stays():
    assert not names_nothing("Army", "GovernmentBody") and not names_nothing("Navy", "GovernmentBody")
    assert not names_nothing("Group", "Alliance")


def test_times_and_amounts_name_no_event():
    assert names_nothing("Since 2008", "Event") and names_nothing("In 2022", "Event")
    assert names_nothing("By late 2027", "Event") and names_nothing("In March 2021", "Event")
    assert names_nothing("NZ$1.521 billion", "Event") and names_nothing("$450 million", "Company")


def test_named_events_with_a_year_stay():
    assert not names_nothing("Zapad 2021", "Event") and not names_nothing("2022 Kazakh unrest", "Event")
    assert not names_nothing("October 7 attacks", "Event") and not names_nothing("Keen Sword 2025", "Event")


def test_coordinated_service_words_leave_no_places(pipeline):
    text = ("TOKYO, May 2, 2025 - Japan opened a new joint headquarters that will command its Ground, Maritime "
            "and Air Self-Defense Forces, the ministry said.")
    labels = node_labels(pipeline, text)
    assert ("Country", "Japan") in labels
    assert not {n for _, n in labels} & {"Ground", "Maritime"}


def test_the_last_word_of_a_convention_is_no_sea(pipeline):
    text = ("MANILA, June 3, 2024 - The Philippines accused China of breaching the UN Convention on the Law of the "
            "Sea after a collision near Second Thomas Shoal.")
    labels = node_labels(pipeline, text)
    assert ("Place", "Second Thomas Shoal") in labels and ("Place", "Sea") not in labels
