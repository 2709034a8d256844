"""Named queries typed with their anchors' labels (``NamedQuery.typed``): the text the helpers run
once the name lookup has found an entity and its label; without times, that text without the time
tests (``NamedQuery.text_for``), which gives the same rows."""
from __future__ import annotations

import random

import pytest
from queryparams import params_for

import queries
from graph.cypher import open_embedded
from graph.errors import QueryError
from graph.store import Store
from graph.synthetic import add_dates, synthetic_graph
from queries.backends import _resolve_ids, columns_of, frame, run_cypher
from queries.library import _timeless


def test_anchor_typed_with_its_label():
    q = queries.get("two_hop")
    text = q.typed({"entity_id": "Person"})
    assert "(a:Person {id: $entity_id})" in text
    assert "(a {id: $entity_id})" not in text
    assert text.replace("(a:Person {id: $entity_id})", "(a {id: $entity_id})") == q.text


def test_each_anchor_gets_its_own_label():
    text = queries.get("shortest_path").typed({"source_id": "Country", "target_id": "Platform"})
    assert "(a:Country {id: $source_id})" in text and "(b:Platform {id: $target_id})" in text
    assert "{id: $source_id})" not in text.replace("(a:Country {id: $source_id})", "")


def test_unknown_label_or_no_label_leaves_or_refuses():
    q = queries.get("two_hop")
    assert q.typed({}) == q.text
    assert q.typed({"other_id": "Country"}) == q.text
    with pytest.raises(QueryError):
        q.typed({"entity_id": "Country) DETACH DELETE (a"})


def test_already_typed_anchor_is_left_alone():
    q = queries.get("partners_of_partners")
    assert q.typed({"country_id": "Country"}) == q.text


def test_time_tests_dropped_only_without_times():
    q = queries.get("two_hop")
    timeless = q.text_for(q.bind({"entity_id": "x"}), {"entity_id": "Country"})
    assert "(a:Country {id: $entity_id})" in timeless
    assert "valid_from" not in timeless and "AS lo" not in timeless and "\nWITH" not in timeless
    for time in ({"as_of": "2015-06-01"}, {"since": "2015-01-01"}, {"until": "2016-12-31"}):
        bound = q.bind({"entity_id": "x", **time})
        assert q.text_for(bound, {"entity_id": "Country"}) == q.typed({"entity_id": "Country"})


def test_time_test_after_not_is_left_alone():
    held = "coalesce(r.valid_from, r.first_reported, lo) <= hi AND coalesce(r.valid_to, hi) >= lo"
    assert _timeless(f"MATCH ()-[r]-() WHERE NOT {held} RETURN r") == f"MATCH ()-[r]-() WHERE NOT {held} RETURN r"
    assert _timeless(f"MATCH ()-[r]-() WHERE r.x = 1 OR {held} RETURN r") == "MATCH ()-[r]-() WHERE r.x = 1 OR true RETURN r"


@pytest.fixture(scope="module")
def dated_store(tmp_path_factory):
    g = add_dates(synthetic_graph(1500, 6000, seed=21), seed=22)
    store = Store(tmp_path_factory.mktemp("timeless"))
    store.graph = g
    store.save()
    return g, store.dir


def test_text_without_time_tests_gives_the_same_rows(dated_store):
    g, store_dir = dated_store
    rewritten = 0
    with open_embedded(store_dir) as db:
        for name, sets in params_for(g, random.Random(7)).items():
            query = queries.get(name)
            columns = columns_of(query.text)
            for params in sets:
                for resolved, labels in _resolve_ids(db, query, params):
                    bound = query.bind(resolved)
                    text = query.text_for(bound, labels)
                    rewritten += text != query.typed(labels)
                    whole = frame(run_cypher(db, query.typed(labels), bound), columns)
                    assert whole.astype(str).values.tolist() == \
                        frame(run_cypher(db, text, bound), columns).astype(str).values.tolist(), name
    assert rewritten > 40


def test_two_hop_second_hop_names_every_type_but_mentions():
    """two_hop's second hop lists the relationship types instead of leaving them open: the list must
    stay every type of the ontology but MENTIONED_IN, the one type with a Document end (so the text's
    dropped tests that the far end and the one in between are no Document still hold)."""
    import re

    from graph.ontology import RELATIONS

    assert [t for t, (src, dst) in RELATIONS.items() if "Document" in src | dst] == ["MENTIONED_IN"]
    listed = re.search(r"-\[r2:([A-Z_|]+)\]-", queries.get("two_hop").text).group(1).split("|")
    assert sorted(listed) == sorted(t for t in RELATIONS if t != "MENTIONED_IN")


def test_two_hop_from_a_document_and_past_mentions(tmp_path):
    """The first hop stays open: from a document, its entities and what they reach; from an entity,
    never a document, on the way or at the end, though every entity is mentioned."""
    from graph.pipeline import Pipeline, ingest

    (tmp_path / "a.txt").write_text("Poland is a member of NATO. Germany is a member of NATO.\n", encoding="utf-8")
    store = Store(tmp_path / "store")
    ingest([tmp_path / "a.txt"], store, Pipeline(enrich=False))
    q = queries.get("two_hop")
    with open_embedded(store.dir) as db:
        doc = db.run("MATCH (d:Document) RETURN d.id AS id")["id"][0]
        ids = dict(db.run("MATCH (n) WHERE n.label <> 'Document' RETURN n.name AS name, n.id AS id").values.tolist())
        from_doc = db.run(q.text_for(q.bind({"entity_id": doc}), {"entity_id": "Document"}), q.bind({"entity_id": doc}))
        bound = q.bind({"entity_id": ids["Poland"]})
        from_poland = db.run(q.text_for(bound, {"entity_id": "Country"}), bound)
    nato = "North Atlantic Treaty Organization"
    assert (nato, "MENTIONED_IN", "MEMBER_OF", "Poland") in set(map(tuple, from_doc[["via", "first", "second", "reached"]].values.tolist()))
    assert set(map(tuple, from_poland[["via", "first", "second", "reached", "label"]].values.tolist())) == \
        {(nato, "MEMBER_OF", "MEMBER_OF", "Germany", "Country")}
