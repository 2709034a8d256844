"""Tie precision mends (session 35), on sentences of our own: states that each hold their own drills are no
partners ("both held drills", "separate drills", "drills of their own", "on opposite sides", "at the same time", a
bare plural "held drills"), nor are forces that fly or sail "together" while one shadows the other; the place after
"a fight against X in Y" is where it is fought, and a demonym on an abstract noun ("Russian disinformation") is no
side fought."""
from __future__ import annotations

import pytest
from test_ties import CONFLICT, COOP, tie, ties


@pytest.mark.parametrize("text,absent", [
    # each holds its own exercise
    ("China and Taiwan both held large drills near the Taiwan Strait.", tie(COOP, "China", "Taiwan")),
    ("Armenia and Azerbaijan held drills on opposite sides of the border.", tie(COOP, "Armenia", "Azerbaijan")),
    ("Chile and Argentina held separate drills in Patagonia.", tie(COOP, "Argentina", "Chile")),
    ("Poland and Lithuania held drills of their own.", tie(COOP, "Lithuania", "Poland")),
    ("NATO and Russia conducted exercises in the Baltic region at the same time.",
     tie(COOP, "North Atlantic Treaty Organization", "Russia")),
    ("Peru and Bolivia both held large drills near Lake Titicaca.", tie(COOP, "Bolivia", "Peru")),
    ("Greece and Turkey held separate exercises in the Aegean.", tie(COOP, "Greece", "Turkey")),
    ("Peru and Ecuador held drills near the border.", tie(COOP, "Ecuador", "Peru")),
    # flying or sailing "together" while one side shadows the other
    ("Russian and Norwegian jets flew together for an hour as the F-35s shadowed the bombers.",
     tie(COOP, "Norway", "Russia")),
    ("Iranian and American warships sailed together through the Strait of Hormuz, with the US ships shadowing "
     "the Iranian vessels.", tie(COOP, "Iran", "United States")),
    ("Chinese and Japanese ships sailed together for a day as the Japanese destroyers shadowed the Chinese carrier.",
     tie(COOP, "China", "Japan")),
    # a fight against X in Y: Y is the theatre; a demonym on an abstract noun is no side
    ("France ended its fight against jihadists in Mali in 2022.", tie(CONFLICT, "France", "Mali")),
    ("France ended its campaign against jihadists in Mali in 2022.", tie(CONFLICT, "France", "Mali")),
    ("Chad ended its campaign against rebels in Libya in 2021.", tie(CONFLICT, "Chad", "Libya")),
    ("Estonia leads the fight against Russian disinformation in Europe.", tie(CONFLICT, "Estonia", "Russia")),
    ("Latvia leads the fight against Russian propaganda in the Baltics.", tie(CONFLICT, "Latvia", "Russia")),
])
def test_not_tied(pipeline, text, absent):
    assert absent not in ties(pipeline, text)


@pytest.mark.parametrize("text,expected", [
    # an exercise held together: a named one, a singular one, "their" drill, "joint" drills (also with "both")
    ("Ghana and Togo opened Exercise Coastal Shield near Lome on Monday.", tie(COOP, "Ghana", "Togo")),
    ("Ghana and Togo held a naval drill near Lome.", tie(COOP, "Ghana", "Togo")),
    ("India and Sri Lanka wrapped up their drill off Colombo.", tie(COOP, "India", "Sri Lanka")),
    ("Chile and Peru held joint exercises off Arica.", tie(COOP, "Chile", "Peru")),
    ("Chile and Peru both held a joint drill off Arica.", tie(COOP, "Chile", "Peru")),
    # flying together for a shared aim ("to intercept" a mock raider) is still cooperation
    ("Indian and French jets flew together to intercept a mock raider over Rajasthan.", tie(COOP, "France", "India")),
    # a named side, armed men of a state, a polity
    ("Kenya continued its campaign against al-Shabaab in Somalia.", tie(CONFLICT, "Al-Shabaab", "Kenya")),
    ("Ukraine has led the fight against Russian forces since 2022.", tie(CONFLICT, "Russia", "Ukraine")),
    ("Indonesia waged an armed campaign against the new Malaysian federation between 1963 and 1966.",
     tie(CONFLICT, "Indonesia", "Malaysia")),
])
def test_tied(pipeline, text, expected):
    assert expected in ties(pipeline, text)
