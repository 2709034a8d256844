"""Named queries typed with their anchors' labels (``NamedQuery.typed``): the text the helpers run
once the name lookup has found an entity and its label."""
from __future__ import annotations

import pytest

import queries
from graph.errors import QueryError


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
