"""A bloc's own summit or meeting names its members (session 29): the states that are the parties of
the gathering's clause (named, or as their leaders' demonyms), where the membership data has them
members on the article's date; not a place or a recipient named in a prepositional phrase, not a
state the data denies. Invented sentences."""
from __future__ import annotations

import pytest

from tests.extracted import has_member, members


@pytest.mark.parametrize("text,member,bloc", [
    ("French Defence Minister Sebastien Lecornu hosted his German and Polish counterparts in Paris on Monday "
     "for the third Weimar Triangle defence ministers' meeting.", "Poland", "Weimar"),
    ("French Defence Minister Sebastien Lecornu hosted his German and Polish counterparts in Paris on Monday "
     "for the third Weimar Triangle defence ministers' meeting.", "France", "Weimar"),
    ("Italian Prime Minister Giorgia Meloni hosted her Canadian and Japanese counterparts in Apulia for the "
     "G7 summit.", "Japan", "Group of Seven"),
    ("The Arab League met in Riyadh last year. Egypt's president welcomed leaders to Cairo for the bloc's "
     "annual summit.", "Egypt", "Arab"),
])
def test_a_blocs_meeting_names_its_members(pipeline, text, member, bloc):
    found = members(pipeline, text)
    assert has_member(found, member, bloc), found


@pytest.mark.parametrize("text,member,bloc,published", [
    # the data has Sweden outside NATO on the article's date
    ("Swedish Prime Minister Ulf Kristersson attended the NATO summit in Vilnius as a guest.", "Sweden",
     "North Atlantic", "2023-07-11"),
    # a place of the gathering, a recipient named in a prepositional phrase
    ("Leaders gathered for the NATO summit in Vilnius, Lithuania, on Tuesday.", "Lithuania", "North Atlantic",
     "2023-07-11"),
    ("At the NATO summit, Canada pledged new air defence systems to Poland.", "Poland", "North Atlantic",
     "2023-07-11"),
    # the one met at the summit is not said to take part
    ("Erdogan flew to Baku straight after meeting German Chancellor Olaf Scholz at the NATO summit in Brussels.",
     "Germany", "North Atlantic", "2023-07-11"),
    # no meeting of the bloc's own
    ("Italian Prime Minister Giorgia Meloni hosted her Japanese counterpart in Rome for talks on trade.",
     "Japan", "Group of Seven", "2024-05-02"),
])
def test_no_member_a_meeting_does_not_name(pipeline, text, member, bloc, published):
    found = members(pipeline, text, published)
    assert not has_member(found, member, bloc), found
