"""Conflicts and ties of session 18 (families/verb_ties.py, families/aid.py, families/ties.py), on
invented sentences about many countries: a weapon used against a party in a passive, in a relative
clause on the weapon or "for use against" it; aid received "from" a party; firing "at what X
described as" a party's bases; parties "locked in" a dispute; the targets a speaker names as another party's sites; a place and its country after a comma ("Leiden, the
Netherlands"), a body headquartered in a city."""
from __future__ import annotations

import pytest

from tests.extracted import tie
from tests.extracted import ties as edges

COOP, CONFLICT = "COOPERATES_WITH", "IN_CONFLICT_WITH"
TYPES = {COOP, CONFLICT}


@pytest.mark.parametrize("text,expected", [
    # a weapon used against a party: passive with its user as agent, a relative clause on the weapon
    ("The drones were used by Azerbaijan against Armenia in 2020.", tie(CONFLICT, "Armenia", "Azerbaijan")),
    ("The TB2, which Azerbaijan used against Armenian armour in 2020, made the firm famous.",
     tie(CONFLICT, "Armenia", "Azerbaijan")),
    # weapons supplied "for use against" a party: the receiver turns them on it
    ("Critics accuse Minsk of supplying artillery shells to Russia for use against Ukraine.",
     tie(CONFLICT, "Russia", "Ukraine")),
    # fired at what the attacker calls another party's bases
    ("Turkey fired missiles at what Ankara described as bases of the Kurdistan Workers' Party in northern Iraq.",
     tie(CONFLICT, "Kurdistan Workers' Party", "Turkey")),
    # the targets a speaker names as another party's sites: the speaker's state against that party
    ("The Turkish military said the targets were caves and depots used by the Kurdistan Workers' Party in "
     "northern Iraq.", tie(CONFLICT, "Kurdistan Workers' Party", "Turkey")),
    ("According to India's Ministry of Defence, the targets were camps used by Jaish-e-Mohammed and "
     "Lashkar-e-Taiba.", tie(CONFLICT, "India", "Jaish-e-Mohammed")),
    ("Israel said the targets included Hezbollah weapons depots.", tie(CONFLICT, "Hezbollah", "Israel")),
    # the joint subjects of a verb of being caught up in a conflict
    ("Greek and Turkish troops have been locked in a standoff along the Evros since 2020.",
     tie(CONFLICT, "Greece", "Turkey")),
    ("Armenia and Azerbaijan have been locked in a dispute over Karabakh for decades.",
     tie(CONFLICT, "Armenia", "Azerbaijan")),
    # aid received from a party
    ("Kenya has also received training from Britain and the United States.", tie(COOP, "Kenya", "United Kingdom")),
    ("Kenya has also received training from Britain and the United States.", tie(COOP, "Kenya", "United States")),
])
def test_found(pipeline, text, expected):
    assert expected in edges(pipeline, text, TYPES)


@pytest.mark.parametrize("text,absent", [
    # a weapon used with no party against it, or a supplier of those weapons
    ("Chile used the drones against forest fires last summer, Peru said.", tie(CONFLICT, "Chile", "Peru")),
    ("Critics accuse Minsk of supplying artillery shells to Russia for use against Ukraine.",
     tie(CONFLICT, "Belarus", "Ukraine")),
    # where the targets lie is no side; targets nobody owns name no side
    ("The Turkish military said the targets were caves and depots used by the Kurdistan Workers' Party in "
     "northern Iraq.", tie(CONFLICT, "Iraq", "Turkey")),
    ("Analysts in Qatar said the targets were chosen to avoid casualties in Iran.", tie(CONFLICT, "Iran", "Qatar")),
    # a conflict denied
    ("France and Germany are not locked in any dispute.", tie(CONFLICT, "France", "Germany")),
    # goods received from a seller are a purchase, not aid; aid not received is no tie
    ("India received the first Rafale jets from France in July.", tie(COOP, "France", "India")),
    ("Kenya did not receive any training from Britain.", tie(COOP, "Kenya", "United Kingdom")),
])
def test_not_found(pipeline, text, absent):
    assert absent not in edges(pipeline, text, TYPES)


PLACED = {"LOCATED_IN", "BASED_IN"}


@pytest.mark.parametrize("text,expected", [
    # a place and its country after a comma, with the article ("Leiden, the Netherlands")
    ("The talks took place in Leiden, the Netherlands, on Monday.", ("LOCATED_IN", "Leiden", "Netherlands")),
    # a body or firm headquartered in a city: the country named after the city
    ("The Allied Joint Force Command, headquartered in Brunssum, Netherlands, provided command and control.",
     ("BASED_IN", "Allied Joint Force Command", "Netherlands")),
])
def test_placed(pipeline, text, expected):
    assert expected in placed(pipeline, text)


def test_a_body_based_in_a_region_of_its_own_state_has_no_seat_relation(pipeline):
    text = "The tanks will join the 11th Armoured Division, which is based in Lubusz and Greater Poland."
    assert not {e for e in placed(pipeline, text) if e[0] == "BASED_IN"}


def test_a_body_merely_in_a_city_is_not_seated_there(pipeline):
    text = "Crowds gathered outside the Defence Ministry in Leiden, the Netherlands, on Monday."
    assert not {e for e in placed(pipeline, text) if e[0] == "BASED_IN"}


def placed(pipeline, text: str) -> set[tuple[str, str, str]]:
    from tests.extracted import graph_of

    g = graph_of(pipeline, text, "2024-05-02")
    name = {n: a["name"] for n, a in g.nodes(data=True)}
    return {(d["type"], name[s], name[t]) for s, t, d in g.edges(data=True)
            if d["type"] in PLACED and d.get("provenance") == "text"}
