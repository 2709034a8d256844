"""mendp43: sitting or standing that puts nobody at the article's gathering (gathering_verbs.sat_there, shared by
the presence acts and participant_lists' seated-together): a thing that stands, a seat held in a body told in a
relative clause, standing in an election, and a sitting still to come, set earlier or elsewhere, or at another
occasion. Invented sentences."""
from __future__ import annotations

import pytest

from tests.extracted import graph_of, relations_in

_GULF = ("Gulf leaders meet in Doha\n\nDOHA, April 2 - The Gulf Cooperation Council summit opened in Doha on "
         "Tuesday, hosted by Emir Tamim bin Hamad Al Thani.\n")
_PARADE = ("India marks Republic Day\n\nNEW DELHI, January 26 - India held its Republic Day parade on Kartavya Path "
           "on Monday, with contingents from all three services.\n")
_SHOW = ("Farnborough Airshow opens\n\nFARNBOROUGH, July 22 - The Farnborough International Airshow opened on "
         "Monday with 1,400 exhibitors.\n")


def _took_part(pipeline, text: str, who: str) -> bool:
    edges = relations_in(graph_of(pipeline, text, "2025-04-03", name="t.txt"))
    return any(t == "PARTICIPATED_IN" and who.lower() in s.lower() for (s, t, _o) in edges)


@pytest.mark.parametrize("text,who", [
    # a thing stands: the person named inside its subject is not there
    (_GULF + "A marble statue of the late Sheikh Zayed bin Sultan Al Nahyan stands at the entrance of the hall.",
     "Zayed bin Sultan"),
    (_PARADE + "A memorial to Field Marshal Sam Manekshaw stands near the saluting base.", "Manekshaw"),
    (_GULF + "A large photograph of King Salman bin Abdulaziz stands in the lobby of the hotel.", "Salman bin Abdulaziz"),
    # a seat held, told in a relative clause on the person
    (_GULF + "Kuwaiti Crown Prince Sabah Al-Khalid Al-Sabah, who sits in the lower house, is a former premier.",
     "Sabah Al-Khalid"),
    (_GULF + "Omani Sultan Haitham bin Tariq, who sits at the head of the ruling family's council, stayed in Muscat.",
     "Haitham"),
    # standing as a candidate
    (_GULF + "Bahraini activist Ebrahim Sharif stood in the parliamentary poll as an independent.", "Ebrahim Sharif"),
    # seated-together: a thing, a sitting to come, one set earlier and elsewhere
    (_PARADE + "A bronze bust of Prime Minister Jawaharlal Nehru stands beside the reviewing stand.", "Nehru"),
    (_SHOW + "Next year BAE Systems chief Charles Woodburn will sit beside Leonardo chief Roberto "
     "Cingolani.", "Cingolani"),
    (_SHOW + "In Berlin three years ago, Airbus chief Guillaume Faury stood beside Dassault chief Eric Trappier.",
     "Trappier"),
])
def test_no_attendance(pipeline, text: str, who: str) -> None:
    assert not _took_part(pipeline, text, who)
