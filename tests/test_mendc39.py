"""mendc39: review39's junk39 and maker39 findings mended. Invented sentences through the real pipeline.

* a person whose surname is also an institution's word (Bureau, Council, Navali, Navales) stays a person where the
  text names them cleanly: after a rank or title, or with a given name (entities/unit_people.py);
* a body named like a document that the text describes in an apposition as a body ("a defence news site") stays
  (entities/document_names.py);
* a licence builder of a type (platforms.csv ``licensed``) is no reference node of an article that does not name it
  (assemble.enrich);
* a firm named as the alternative passed over, or in its own clause about another type, makes none of the goods
  (relations/families/supply.py named_makers).
"""
from __future__ import annotations

import pytest

from graph.entities.entity import Entity
from graph.entities.unit_people import drop_unit_people
from graph.mentions.mention import Mention
from tests.extracted import graph_maker, node_labels, relations_in

graph_of = graph_maker("2025-04-02")


def _people(pipeline, text: str) -> set[str]:
    return {n for label, n in node_labels(pipeline, text, "2025-04-02") if label == "Person"}


@pytest.mark.parametrize("text,person", [
    ("Lieutenant Colonel Marc Bureau, who leads the French detachment in Romania, said the exercise went well.",
     "Marc Bureau"),
    ("Commodore Peter Council of the Royal Navy took command of the task group in Bahrain.", "Peter Council"),
    ("Matteo Navali, head of naval programmes at Leonardo, said the torpedoes would be ready in 2027.",
     "Matteo Navali"),
    ("Colombia's Andrés Navales, director of the Cotecmar shipyard, visited the frigate in Cartagena.",
     "Andrés Navales"),
])
def test_a_person_surnamed_like_an_institution_stays(pipeline, text, person):
    assert person in _people(pipeline, text)


def _entity(doc, start: int, end: int) -> Entity:
    span = doc[start:end]
    m = Mention(start, end, span.start_char, span.end_char, span.text, "Person", "ner", entity="person:x")
    return Entity(id="person:x", label="Person", name=span.text, mentions=[m])


@pytest.mark.parametrize("text,start,end,kept", [
    ("The Defence Council met in Rome on Monday.", 1, 3, False),    # a body: no rank, no given name
    ("The Federal Bureau said it had made arrests.", 1, 3, False),
    ("General Maria Bureau met the minister on Monday.", 1, 3, True),  # after a rank
    ("Yes, Gianluca Navali met the minister.", 2, 4, True),            # a given name
    ("The Staff College trains majors.", 1, 3, False),                 # no surname word: dropped as before
])
def test_surname_words_keep_only_clean_names(pipeline, text, start, end, kept):
    """(The dropped cases are guards: before the mend they fail only because drop_unit_people read no doc.)"""
    doc = pipeline.nlp.make_doc(text)
    entity = _entity(doc, start, end)
    entities = {entity.id: entity}
    drop_unit_people(entities, [], doc)
    assert (entity.id in entities) is kept


@pytest.mark.parametrize("text,body", [
    ("Defence Policy Review, a London defence journal, reported that the frigates had arrived.",
     "Defence Policy Review"),
    ("Defense Update, an Israeli defence news site based in Tel Aviv, said the Arrow 3 had been fired twice.",
     "Defense Update"),
])
def test_a_body_described_as_one_stays(pipeline, text, body):
    assert body in {n for _, n in node_labels(pipeline, text, "2025-04-02")}


@pytest.mark.parametrize("text,absent", [
    ("Chile picked the Gripen over the F-16 after a long contest.", {("Company", "Embraer"), ("Country", "Brazil")}),
    ("Malaysia's two Scorpène submarines returned to Sepanggar after a refit.",
     {("Company", "Mazagon Dock Shipbuilders"), ("Company", "PT PAL"), ("Country", "India"), ("Country", "Indonesia")}),
    ("Spain will buy more C295 aircraft for its air force.", {("Company", "Tata Advanced Systems")}),
])
def test_a_licence_builder_is_no_node_of_an_article_without_it(pipeline, text, absent):
    assert not absent & node_labels(pipeline, text, "2025-04-02")


def _makers(pipeline, text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, typ, t in relations_in(graph_of(pipeline, text)) if typ == "MANUFACTURES"}


@pytest.mark.parametrize("text,firm,platform", [
    ("Poland will overhaul its Leopard 2 tanks with Rheinmetall rather than KNDS Deutschland, the ministry said.",
     "KNDS Deutschland", "Leopard 2"),
    ("Norway chose Rheinmetall instead of KNDS Deutschland to refit its Leopard 2 fleet.", "KNDS Deutschland",
     "Leopard 2"),
    ("The Indian Army's Chetak helicopters will be retired next year, while Hindustan Aeronautics focuses on the "
     "Dhruv.", "Hindustan Aeronautics", "Alouette III"),
])
def test_a_firm_passed_over_or_named_for_other_goods_makes_nothing(pipeline, text, firm, platform):
    assert (firm, platform) not in {(f, p) for f, p in _makers(pipeline, text) if platform in p or p in platform}

