"""mendq43: the older participation rules (events.participation's ``at-event`` and ``did-alike``, the
``participated`` verbs, and gathering_verbs' presence path) read no attendance from a sitting or standing still to
come, at another occasion named by an indefinite event noun, or "stood in for" someone (gathering_verbs.not_there,
the guard of the presence acts), nor from a person described as not invited. Invented sentences."""
from __future__ import annotations

import pytest

from tests.extracted import graph_of, relations_in

_GULF = ("Gulf leaders meet in Doha\n\nDOHA, April 2 - The Gulf Cooperation Council summit opened in Doha on "
         "Tuesday, hosted by Emir Tamim bin Hamad Al Thani.\n")
_PARADE = ("India marks Republic Day\n\nNEW DELHI, January 26 - India held its Republic Day parade on Kartavya Path "
           "on Monday, with contingents from all three services.\n")


def _took_part(pipeline, text: str, who: str) -> bool:
    edges = relations_in(graph_of(pipeline, text, "2025-04-03", name="t.txt"))
    return any(t == "PARTICIPATED_IN" and who.lower() in s.lower() for (s, t, _o) in edges)


@pytest.mark.parametrize("text,who", [
    # a sitting still to come, at the article's kind of event (at-event, and did-alike for the one beside)
    (_GULF + "Next spring Kuwaiti Emir Mishal Al-Ahmad Al-Jaber Al-Sabah will sit beside Saudi Crown Prince "
     "Mohammed bin Salman at the summit in Riyadh.", "Mishal"),
    (_GULF + "Next spring Kuwaiti Emir Mishal Al-Ahmad Al-Jaber Al-Sabah will sit beside Saudi Crown Prince "
     "Mohammed bin Salman at the summit in Riyadh.", "Mohammed bin Salman"),
    # another occasion named by an indefinite event noun
    (_PARADE + "At a parade in Paris in July, Prime Minister Narendra Modi stood beside French President "
     "Emmanuel Macron.", "Macron"),
    (_PARADE + "At a parade in Paris in July, Prime Minister Narendra Modi stood beside French President "
     "Emmanuel Macron.", "Narendra Modi"),
    # standing in for someone elsewhere
    (_GULF + "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani stood in for the emir at an energy forum "
     "in Vienna.", "Abdulrahman"),
    # described as not invited
    (_GULF + "Iranian President Masoud Pezeshkian, who was not invited, sat in Tehran watching the summit on "
     "television.", "Pezeshkian"),
])
def test_no_attendance_from_an_older_rule(pipeline, text, who):
    assert not _took_part(pipeline, text, who)


@pytest.mark.parametrize("text,who", [
    (_GULF + "Kuwaiti Emir Mishal Al-Ahmad Al-Jaber Al-Sabah sat beside Saudi Crown Prince Mohammed bin Salman at "
     "the summit.", "Mohammed bin Salman"),
    (_GULF + "Iranian President Masoud Pezeshkian, who was invited, sat beside the emir.", "Pezeshkian"),
    (_GULF + "Kuwaiti Emir Mishal Al-Ahmad Al-Jaber Al-Sabah spoke at the summit.", "Mishal"),
])
def test_attendance_still_read(pipeline, text, who):
    assert _took_part(pipeline, text, who)
