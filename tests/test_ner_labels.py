"""geopol_ner: the model's NER with the entity ruler's labels hidden gives the stock NER's entities,
token for token, without widening the model."""
from __future__ import annotations

import spacy
from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE

from graph.mentions import MODEL
from graph.mentions.ner import NAME, replace_ner

PATTERNS = [
    {"label": "Country", "pattern": "Norway", "id": "country:no"},
    {"label": "Country", "pattern": "Chile"},
    {"label": "Platform", "pattern": "Leopard 2A7"},
    {"label": "Platform", "pattern": [{"LOWER": "type"}, {"TEXT": {"REGEX": "^\\d+$"}}]},
    {"label": "Company", "pattern": "Kongsberg Defence"},
    {"label": "ORG", "pattern": "Baltic Council"},  # a label the model knows: left as it is
    {"label": "Organization", "pattern": "Nordic Defence Union"},
]
TEXTS = [
    "Norway ordered Leopard 2A7 tanks from Kongsberg Defence in March 2024, officials in Oslo said.",
    "Chile, Peru and Norway signed the pact; the Nordic Defence Union and the Baltic Council welcomed it.",
    "The Type 26 frigate, built in Glasgow by BAE Systems, will sail to Chile next year.",
    "Norway",
    "",
    "Kongsberg Defence Kongsberg Defence Chile Norway.",
    "President Gabriel Boric visited Norway on Tuesday with three Type 23 ships.\n\nLeopard 2A7",
]


def _pipeline(replaced: bool):
    nlp = spacy.load(MODEL)
    ruler = nlp.add_pipe("entity_ruler", before="ner")
    ruler.add_patterns(PATTERNS)
    if replaced:
        assert replace_ner(nlp)
    return nlp


def _arrays(doc) -> list:
    return doc.to_array([ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]).tolist() if len(doc) else []


def test_same_entities_as_the_stock_ner():
    stock, ours = _pipeline(False), _pipeline(True)
    assert NAME in ours.pipe_names and "ner" not in ours.pipe_names
    for batch in (TEXTS, TEXTS[::-1]):
        expected = [_arrays(d) for d in stock.pipe(batch, batch_size=3)]
        assert [_arrays(d) for d in ours.pipe(batch, batch_size=3)] == expected
        assert [_arrays(ours(t)) for t in batch] == expected  # one at a time (long documents' pieces)
    doc = ours(TEXTS[0])
    assert [(e.text, e.label_) for e in doc.ents][:3] == [("Norway", "Country"), ("Leopard 2A7", "Platform"),
                                                         ("Kongsberg Defence", "Company")]


def test_model_not_widened():
    stock, ours = _pipeline(False), _pipeline(True)
    before = stock.get_pipe("ner").moves.n_moves
    list(stock.pipe(TEXTS))
    list(ours.pipe(TEXTS))
    assert stock.get_pipe("ner").moves.n_moves > before  # the stock NER adds the ruler's labels
    assert ours.get_pipe(NAME).ner.moves.n_moves == before


def test_nothing_to_hide_without_a_ruler():
    stock, nlp = spacy.load(MODEL), spacy.load(MODEL)
    assert replace_ner(nlp)
    text = "Chile bought two frigates from the United Kingdom in 2019."
    assert _arrays(nlp(text)) == _arrays(stock(text))
    assert [e.label_ for e in nlp(text).ents][1:] == ["CARDINAL", "GPE", "DATE"]
    assert not replace_ner(spacy.blank("en"))
