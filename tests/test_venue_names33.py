"""Names that swallow or split other names (session 33): a venue named after the occasions it holds is a
place, never the event; "A's X and B's Y" are two bodies; one service named by two arms over "and" is one
name; a state without armed forces owns no bare "the Navy" and no unnamed service chief."""
from __future__ import annotations

import pytest

from graph.reference.forceless import forceless


def _graph(pipeline, text: str):
    from graph.text.metadata import Metadata
    from graph.text.sources import Document
    return pipeline.process(Document.from_text(text, "t.txt", meta=Metadata(published="2025-03-10", date_source="cli")))


def _nodes(g) -> dict[str, str]:
    return {d["name"]: d["label"] for _, d in g.nodes(data=True) if d.get("label") != "Document"}


def _edges(g, typ: str) -> set[tuple[str, str]]:
    return {(g.nodes[u]["name"], g.nodes[v]["name"]) for u, v, d in g.edges(data=True) if d["type"] == typ}


@pytest.mark.parametrize("text,venue", [
    ("Ghana marks Independence Day\n\nGhana held a military parade at the National Parade Ground in Accra on "
     "Saturday to mark Independence Day. The Ghana Army displayed its new armoured vehicles during the parade.\n",
     "National Parade Ground"),
    ("Thai parade\n\nThailand's armed forces held a parade on the Royal Plaza Parade Ground in Bangkok on Saturday. "
     "The Royal Thai Army displayed its armoured vehicles during the parade.\n", "Royal Plaza Parade Ground"),
    ("Myanmar parade\n\nMyanmar's military held its Armed Forces Day parade on March 27 in Naypyidaw. Troops marched "
     "across the Parade Square as jets flew overhead.\n", "Parade Square"),
])
def test_venue_named_after_its_occasion_is_a_place(pipeline, text, venue):
    """A name ending in a ground or square word is a Place (not an Event "National Parade", not a platform), and
    the venue of the article's parade."""
    g = _graph(pipeline, text)
    nodes = _nodes(g)
    assert nodes.get(venue) == "Place"
    assert not [n for n, lab in nodes.items() if lab in {"Event", "Platform"} and n.startswith(venue.split()[0] + " Parade")
                and n != venue]
    assert venue in {p for _, p in _edges(g, "HELD_IN")}


@pytest.mark.parametrize("sentence,place", [
    ("The show opened at the Eko Trade Centre on Monday.", "Eko Trade Centre"),
    ("Delegates gathered at the Lusaka Showgrounds for the fair.", "Lusaka Showgrounds"),
    ("The leaders met at the Bole Conference Center in Addis Ababa.", "Bole Conference Center"),
])
def test_grounds_and_occasion_halls_are_places(pipeline, sentence, place):
    assert _nodes(_graph(pipeline, "Venue\n\n" + sentence + "\n")).get(place) == "Place"


@pytest.mark.parametrize("text,bodies,junk", [
    ("Deal\n\nIsrael's Ministry of Defense and Finland's Ministry of Defence signed a contract on Monday.\n",
     {"Ministry of Defense of Israel", "Ministry of Defence of Finland"}, "and Finland"),
    ("Talks\n\nKenya's Ministry of Foreign Affairs and Uganda's Ministry of Defence met in Kampala on Tuesday.\n",
     {"Ministry of Foreign Affairs of Kenya", "Ministry of Defence of Uganda"}, "and Uganda"),
])
def test_two_possessed_bodies_over_and_stay_two(pipeline, text, bodies, junk):
    """ "A's X and B's Y": two bodies, each PART_OF its possessor; no "X and B of A" node."""
    g = _graph(pipeline, text)
    nodes = _nodes(g)
    assert bodies <= set(nodes)
    assert not [n for n in nodes if junk in n]


def test_second_possessor_of_two_words(pipeline):
    """ "A's X and B C's Y": the run over "and" into a two-word state is dropped as well."""
    g = _graph(pipeline, "Talks\n\nBrazil's Ministry of Defence and United Kingdom's Ministry of Defence met on Monday.\n")
    nodes = _nodes(g)
    assert {"Ministry of Defence of Brazil", "Ministry of Defence of the United Kingdom"} <= set(nodes)
    assert not [n for n in nodes if "and United" in n]


def test_portfolio_with_and_before_its_own_possessive(pipeline):
    """ "the Ministry of Foreign Affairs and Trade's spokesman": no state after "and", one ministry."""
    g = _graph(pipeline, "Trade\n\nThe Ministry of Foreign Affairs and Trade's spokesman in Wellington declined to "
                         "comment.\n")
    assert "Ministry of Foreign Affairs and Trade" in " ".join(_nodes(g))


def test_portfolio_with_and_keeps_its_name(pipeline):
    """A portfolio joined by "and" with no possessor after it is still one ministry."""
    g = _graph(pipeline, "Trade\n\nNew Zealand's Ministry of Foreign Affairs and Trade welcomed the talks.\n")
    assert "Ministry of Foreign Affairs and Trade of New Zealand" in _nodes(g)


@pytest.mark.parametrize("text,body,state", [
    ("Air chief\n\nThe commander of the Uzbek Air and Air Defence Forces, Major General Ahmad Burkhanov, met his "
     "Kazakh counterpart in Tashkent, the capital of Uzbekistan, on Tuesday.\n", "Uzbek Air and Air Defence Forces",
     "Uzbekistan"),
    ("Korea\n\nSouth Korea's Air and Missile Defense Command tested a new interceptor on Friday.\n",
     "Air and Missile Defense Command", "South Korea"),
])
def test_service_named_by_two_arms_is_one_body(pipeline, text, body, state):
    """ "Air and Air Defence Forces": one state service, not an airline "Uzbek Air"."""
    g = _graph(pipeline, text)
    nodes = _nodes(g)
    assert nodes.get(body) == "GovernmentBody"
    assert not [n for n, lab in nodes.items() if lab == "Company"]
    assert (body, state) in _edges(g, "PART_OF")


def test_leader_of_two_arm_service(pipeline):
    g = _graph(pipeline, "Air chief\n\nThe commander of the Uzbek Air and Air Defence Forces, Major General Ahmad "
                         "Burkhanov, met his Kazakh counterpart in Tashkent on Tuesday.\n")
    assert ("Ahmad Burkhanov", "Uzbek Air and Air Defence Forces") in _edges(g, "LEADS")


def test_forceless_states():
    assert forceless("Samoa") and forceless("Costa Rica") and forceless("Iceland")
    assert not forceless("New Zealand") and not forceless("Fiji") and not forceless(None)


_LOST = ("Survey ship sinks off Samoa\n\nAPIA, Oct 6 (Wire) - A New Zealand survey ship ran aground and sank off the "
         "southern coast of Upolu, Samoa, on Sunday. ")


@pytest.mark.parametrize("rest", [
    "The Navy said the crew of 75 had been rescued. Chief of Navy, Rear Admiral Garin Golding, said an inquiry "
    "would follow. Samoa's prime minister thanked the rescuers.\n",
    "The Chief of Navy, Rear Admiral Garin Golding, said the crew of 75 had been rescued. Samoa's prime minister "
    "thanked the rescuers.\n",
])
def test_chief_of_a_ship_lost_off_a_state_without_forces(pipeline, rest):
    """The navy chief of a New Zealand ship lost off Samoa leads New Zealand's navy: Samoa keeps no navy."""
    g = _graph(pipeline, _LOST + rest)
    nodes = _nodes(g)
    assert not [n for n in nodes if n.startswith("Samoan")]
    assert ("Garin Golding", "Royal New Zealand Navy") in _edges(g, "LEADS")
    assert not {t for p, t in _edges(g, "AFFILIATED_WITH") | _edges(g, "LEADS") if p == "Garin Golding"} & {"Samoa"}


def test_bare_navy_of_an_armed_state_keeps_it(pipeline):
    """ "The Navy said" in an article about a state with a navy is still that state's."""
    g = _graph(pipeline, "Ghana patrol\n\nACCRA, Oct 6 (Wire) - A Ghanaian patrol boat seized a trawler off Tema "
                         "on Sunday. The Navy said the crew had been detained. Ghana's president praised the sailors.\n")
    assert "Ghana Navy" in _nodes(g)
