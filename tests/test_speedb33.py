"""Speed-ups of session 33's second pass (issue 10) that must not change an answer: each one's early exit
or index gives what the plain walk gives, on sentences written for it (other countries, other orders)."""
from __future__ import annotations

import importlib
import re

import orjson
import pytest

from graph.store import to_node_link
from tests.extracted import graph_of

cm = importlib.import_module("graph.relations.families.confirmed_membership")  # the module, not its rule
named_venue = importlib.import_module("graph.relations.families.named_venue")

_BLOC_TEXTS = [
    "The Southern African Development Community sent a standby force to Maputo. The final units from Malawi, "
    "Tanzania and South Africa left the port on Friday.",
    "Of its members, Poland and Lithuania pushed hardest for the new sanctions package.",
    "NATO's admission of Finland doubled the alliance's border with Russia.",
    "NATO's enlargement to Montenegro angered Moscow, and troops from Albania and Croatia joined the NATO mission.",
    "ASEAN met in Jakarta. Three of its members, Vietnam, the Philippines and Malaysia, objected to the draft.",
    "The bloc's fifteen states, among them Ghana, Senegal and Nigeria, backed the ECOWAS plan.",
    "Soldiers from Kenya, Uganda and Burundi, the African Union's largest contributors, guarded the airport.",
    "The soldiers crossed the river at dawn; their officers said nothing of the bloc.",
]


def _graph(pipeline, text: str) -> bytes:
    return orjson.dumps(to_node_link(graph_of(pipeline, text, "2024-03-05")), option=orjson.OPT_SORT_KEYS)


@pytest.mark.parametrize("text", _BLOC_TEXTS)
def test_the_pointed_back_gate_keeps_every_relation(pipeline, monkeypatch, text):
    gated = _graph(pipeline, text)
    monkeypatch.setattr(cm, "_may_point_back", lambda tok, lex: True)  # every token walked, as before
    assert gated == _graph(pipeline, text)


def test_the_gate_opens_on_each_rules_first_word(pipeline):
    lex = cm.cues()["membership"]
    doc = pipeline.nlp("Of the members, troops and admission stand; allies among states, enlargement of the "
                       "peacekeepers, the signatories and nations.")
    opened = {t.text for t in doc if cm._may_point_back(t, lex)}
    assert {"Of", "members", "troops", "admission", "states", "enlargement", "peacekeepers", "signatories",
            "nations"} <= opened
    assert not opened & {"the", "stand", "and", ",", "."}


def test_a_pointed_back_rule_still_fires(pipeline):
    g = graph_of(pipeline, _BLOC_TEXTS[2], "2024-03-05")
    name = {n: a["name"] for n, a in g.nodes(data=True)}
    assert any(d["type"] == "MEMBER_OF" and name[s] == "Finland" for s, t, d in g.edges(data=True)), \
        [(name[s], d["type"], name[t]) for s, t, d in g.edges(data=True)]


def _alone_by_pattern(place: str, name: str) -> list[tuple[int, int]]:
    dashes = re.escape(named_venue._DASHES)
    pattern = re.compile(rf"(?<![\w{dashes}]){re.escape(place)}(?![\w{dashes}])")
    return [m.span() for m in pattern.finditer(name)]


@pytest.mark.parametrize("place,name", [
    ("Kharkiv", "Battle of Kharkiv"), ("Kharkiv", "Kharkiv-Belgorod raids"), ("Kharkiv", "Siege of Kharkiv."),
    ("Aden", "the Aden summit in Aden"), ("Aden", "Adenauer talks"), ("Aden", "Gulf of Aden_2 drills"),
    ("Goma", "Goma–Bukavu corridor, Goma/Rubaya"), ("Goma", "(Goma)"), ("Goma", "North Goma 2"),
    ("Gaza", "2023 Gaza war"), ("Gaza", "Gaza"), ("Gaza", "Gaza Gaza"), ("aa", "aaa aa aa-aa"),
    ("São Paulo", "the São Paulo air show"), ("Lviv", "Lviv\u0663 talks"), ("Lviv", "Lviv\u00b2 talks"),
    ("Riga", "Riga—Tallinn"), ("Riga", "Riga's own summit"), ("", "Riga summit"), ("Tbilisi", ""),
])
def test_a_place_alone_in_a_name_is_what_the_pattern_finds(place, name):
    assert list(named_venue._alone(place, name)) == _alone_by_pattern(place, name)


def test_a_place_alone_in_every_slice_of_a_name():
    name = "the 2008 Tskhinvali-Tskhinvali clash near Tskhinvali_ and Tskhinvali, after Tskhinvali"
    for start in range(len(name) + 1):
        for place in ("Tskhinvali", "a", "Tskhinvali,"):
            assert list(named_venue._alone(place, name[start:])) == _alone_by_pattern(place, name[start:])
