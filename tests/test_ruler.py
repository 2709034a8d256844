"""The windowed entity ruler (graph/mentions/ruler.py) finds what spaCy's entity ruler finds."""
from __future__ import annotations

import spacy

from graph.mentions.nlp import generic_patterns
from graph.mentions.ruler import Windows

TEXTS = [
    "The Ministry of Defence of the Republic of Korea said the Republic of Korea Air Force will buy jets.",
    "Officials from the Lagos Maritime Policy Unit and the Nordic Security Research Network met in Oslo.",
    "Brightwater Aerospace Ltd and Kestrel Dynamics signed a deal at Defence Expo 2031 in Varna Province.",
    "The Independence Day parade in the capital showed tanks; Harbour Shield-2029 follows in May.",
    "INS Vikrant and USS Carl Vinson sailed with the Royal Coast Guard during Operation Blue Lantern.",
    "The Ministry for Foreign Affairs and Trade summoned the envoy. The People's Liberation Army Navy replied.",
    "the ministry of the interior said nothing. Security Council members of the United Nations met.",
    "Norland Armed Forces of the Northern Republic joined the Treaty Organization and the Baltic Defence Alliance.",
    "",
    "2030",
]


def _ruler(factory: str, patterns: list[dict]):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe(factory, name="entity_ruler",
                         config={"phrase_matcher_attr": "ORTH", "validate": False, "overwrite_ents": False})
    ruler.add_patterns(patterns)
    return nlp, ruler


def test_same_matches_as_spacy_in_the_same_order():
    patterns = [*generic_patterns(), {"label": "Country", "pattern": "Republic of Korea"}]
    stock_nlp, stock = _ruler("entity_ruler", patterns)
    ours_nlp, ours = _ruler("geopol_entity_ruler", patterns)
    assert ours._windows is False  # worked out on first use
    for text in TEXTS:
        doc = stock_nlp.make_doc(text)
        assert ours._token_matches(doc) == list(stock.matcher(doc)), text
        assert ours.match(doc) == stock.match(doc), text
        assert [(e.start, e.end, e.label_) for e in ours_nlp(text).ents] == \
            [(e.start, e.end, e.label_) for e in stock_nlp(text).ents], text
    assert isinstance(ours._windows, Windows)
    found = {e.text for text in TEXTS for e in ours_nlp(text).ents}
    assert {"Lagos Maritime Policy Unit", "Brightwater Aerospace Ltd",
            "Varna Province", "Harbour Shield-2029", "USS Carl Vinson"} <= found


def test_runs_hold_every_match_and_leave_out_plain_prose():
    _, ours = _ruler("geopol_entity_ruler", generic_patterns())
    doc = spacy.blank("en")("He said the talks were useful. The Nordic Council met on Tuesday.")
    ours.match(doc)
    runs = ours._windows.runs(doc)
    assert runs and all(doc[s].text != "He" for s, _ in runs)
    covered = {i for s, e in runs for i in range(s, e)}
    assert {t.i for t in doc if t.text in {"Nordic", "Council"}} <= covered
    assert not covered & {t.i for t in doc if t.text in {"said", "talks", "useful"}}


def test_patterns_it_cannot_read_match_the_whole_document():
    assert Windows.of([[{"ORTH": "Fort"}, {"ORTH": "Knox", "OP": "!"}]]) is None  # a negated token
    assert Windows.of([[{"IS_DIGIT": True}]]) is None  # no text condition
    assert Windows.of([[{"ORTH": "the", "OP": "?"}]]) is None  # no required token
    nlp, ruler = _ruler("geopol_entity_ruler", [{"label": "Place", "pattern": [{"ORTH": "Fort"}, {"ORTH": "Knox", "OP": "!"}]}])
    assert [(e.text, e.label_) for e in nlp("They drove to Fort Bragg.").ents] == [("Fort Bragg", "Place")]
    assert ruler._windows is None


def test_new_patterns_are_taken_into_account():
    nlp, ruler = _ruler("geopol_entity_ruler", [{"label": "Event", "pattern": [{"ORTH": "Ulchi"}, {"ORTH": "Shield"}]}])
    assert [e.text for e in nlp("Ulchi Shield began. Iron Dome fired.").ents] == ["Ulchi Shield"]
    ruler.add_patterns([{"label": "Platform", "pattern": [{"ORTH": "Iron"}, {"ORTH": "Dome"}]}])
    assert [e.text for e in nlp("Ulchi Shield began. Iron Dome fired.").ents] == ["Ulchi Shield", "Iron Dome"]
