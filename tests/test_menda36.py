"""menda36: settings that do not make a catalogue's plain word (``ambiguous`` rows) a platform (invented sentences):
a command with an infinitive, an apposition or of-phrase the name heads, a buyer that is no state, body or firm, a
firm that is no catalogued maker, civilian examples, a service's possessive before a non-equipment noun, a listed
phrase whose head is no equipment noun."""
from __future__ import annotations

import pytest

from tests.extracted import graph_of

_DAY = "2025-03-10"


def _platforms(pipeline, text: str) -> set[str]:
    g = graph_of(pipeline, text, _DAY)
    return {a["name"] for _, a in g.nodes(data=True) if a.get("label") == "Platform"}


_NOT_PLATFORMS = [
    ("The coach ordered the Tiger to leave the pitch before half-time.", "Tiger"),
    ("The mayor ordered the Piranha to be demolished by the end of May.", "Piranha"),
    ("The government leased the Matador, a restaurant on the quay, for the summit dinner.", "Matador"),
    ("Spain will upgrade the Bastion of its medieval port next year.", "Bastion"),
    ("The museum bought the Cougar from a private collector in Ohio.", "Cougar"),
    ("Volkswagen will build the Matador at its Wolfsburg plant.", "Matador"),
    ("She arrived in a Cougar built by Ford at its Michigan plant.", "Cougar"),
    ("Commercial vehicles such as the Fuchs were banned from the bridge.", "Fuchs"),
    ("The Royal Navy's Tiger mascot visited the school on Friday.", "Tiger"),
    ("The city will deploy the Patriot marching band and the Leopard 2 tanks for the parade.", "Patriot"),
]


@pytest.mark.parametrize(("text", "word"), _NOT_PLATFORMS)
def test_plain_word_is_no_platform(pipeline, text, word):
    assert not {n for n in _platforms(pipeline, text) if word in n}


_PLATFORMS = [
    ("Oman ordered the Tiger in 2012 to replace its older helicopters.", "Tiger"),
    ("The Australian Army's Bushmaster vehicles were sent to Ukraine.", "Bushmaster"),
    ("Qatar bought the Piranha, an eight-wheeled armoured vehicle, in 2019.", "Piranha"),
    ("Kenya will field the Patriot batteries and the Leopard 2 tanks next year.", "Patriot"),
    ("The column showed the Hyunmoo cruise missile, T-90 tanks, Kestrel infantry carriers and the Nag missile system.",
     "Kestrel"),
    ("Egypt weighed the Airbus bid, whose Tiger is built by companies in France and Germany.", "Tiger"),
]


@pytest.mark.parametrize(("text", "word"), _PLATFORMS)
def test_plain_word_stays_platform(pipeline, text, word):
    assert {n for n in _platforms(pipeline, text) if word in n}
