"""A state on its way into a bloc, or one that joined it lately, said loosely and confirmed by the dated
membership data (families/pending_members.py, session 44), on invented sentences: a candidate where the data has
the state a candidate on the article's date or a member only from a later date; a member where the data has it
join in a year the sentence names or in the three years before the article; nothing for a state the word is
not said of, a denied accession, or a state the data does not have on its way in."""
from __future__ import annotations

import pytest

from tests.extracted import graph_of, relations_in

NATO = "North Atlantic Treaty Organization"
SCO = "Shanghai Cooperation Organisation"
EU = "European Union"


def members(pipeline, text: str, published: str) -> dict[tuple[str, str], str]:
    """(member, bloc) -> status of the MEMBER_OF relations the text itself states."""
    g = graph_of(pipeline, text, published)
    return {(s, t): a.get("status") or "member" for (s, kind, t), a in relations_in(g).items() if kind == "MEMBER_OF"}


@pytest.mark.parametrize("text,published,pair,status", [
    # a member only from a later date: a candidate on the article's date
    ("NATO ministers met in Brussels. Norway said it would keep pushing for Sweden's membership of the alliance.",
     "2023-05-10", ("Sweden", NATO), "candidate"),
    ("The SCO summit ended on Friday. Diplomats praised Iran, which hopes to finish its accession within a year.",
     "2022-10-03", ("Iran", SCO), "candidate"),
    # a candidate term on the article's date
    ("In 2022 EU governments gave Moldova candidate status after a long debate.", "2024-03-01",
     ("Moldova", EU), "candidate"),
    # a member that joined in a year the sentence names, or lately
    ("NATO has grown twice since then: the alliance welcomed a new member in 2017, the first since Albania "
     "joined in 2009.", "2017-06-06", ("Albania", NATO), "member"),
    ("NATO leaders met in Vilnius. Stockholm waited on, a year after the accession of Finland.", "2024-02-01",
     ("Finland", NATO), "member"),
])
def test_pending_members_found(pipeline, text, published, pair, status):
    found = members(pipeline, text, published)
    assert found.get(pair) == status, found


@pytest.mark.parametrize("text,published,pair", [
    # the accession is another state's: the state named in another noun on the way
    ("NATO leaders met in Vilnius. They spoke of the war against Georgia and Sweden's accession.", "2023-07-12",
     ("Georgia", NATO)),
    # a denied accession
    ("NATO ministers met in Brussels. Sweden did not apply to join the alliance, its prime minister said.",
     "2021-03-01", ("Sweden", NATO)),
    # joining an activity, or a thing of another kind, is no way into the bloc
    ("NATO opened its drill in Norway. Two partners, Georgia and Finland, joined in with a company each.",
     "2021-06-01", ("Finland", NATO)),
    ("EU leaders met in Brussels. Turkey, which has joined the coalition's work, sent envoys as well.", "2024-05-02",
     ("Turkey", EU)),
    # a bloc the sentence puts the state outside of
    ("EU leaders met in Brussels. Envoys of Turkey, which remains outside the EU, also came.", "2024-05-02",
     ("Turkey", EU)),
    # the word in a clause of another subject
    ("NATO grew again in 2017. With Montenegro having joined that year, Bosnia and Herzegovina is now the last "
     "hold-out in the region.", "2017-06-06", ("Bosnia and Herzegovina", NATO)),
    # the data has the state neither on its way in nor lately joined
    ("NATO ministers met in Brussels. Norway backed the accession of Ukraine's neighbour as well.", "2023-05-10",
     ("Norway", NATO)),
    ("NATO ministers met in Brussels. Norway backed the accession of Ukraine's neighbour as well.", "2023-05-10",
     ("Ukraine", NATO)),
])
def test_pending_members_not_found(pipeline, text, published, pair):
    assert pair not in members(pipeline, text, published)
