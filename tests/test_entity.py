"""The entity record's helpers (graph/entities/entity.py): folding one entity into another, and dropping
entities with every relation that touches them (the step the drop passes share)."""
from __future__ import annotations

from graph.entities.entity import Entity, drop_entities, fold_into
from graph.relations import Relation


def _rel(source: str, type_: str, target: str) -> Relation:
    return Relation(source, type_, target, {}, 1.0, "test")


def _world() -> tuple[dict[str, Entity], list[Relation]]:
    entities = {i: Entity(i, label, name) for i, label, name in (
        ("norway", "Country", "Norway"), ("navy", "GovernmentBody", "Royal Navy"),
        ("frigate", "Platform", "Nansen-class frigate"), ("drill", "Event", "Cold Response"))}
    relations = [_rel("navy", "PART_OF", "norway"), _rel("navy", "OPERATES", "frigate"),
                 _rel("norway", "PARTICIPATED_IN", "drill"), _rel("frigate", "PARTICIPATED_IN", "drill")]
    return entities, relations


def test_dropping_an_entity_takes_every_relation_touching_it_either_way():
    entities, relations = _world()
    drop_entities(entities, relations, {"frigate"})
    assert list(entities) == ["norway", "navy", "drill"]
    assert [r.key() for r in relations] == [("navy", "PART_OF", "norway"), ("norway", "PARTICIPATED_IN", "drill")]


def test_dropping_several_entities_keeps_the_order_of_what_stays():
    entities, relations = _world()
    drop_entities(entities, relations, ["navy", "drill"])
    assert list(entities) == ["norway", "frigate"]
    assert relations == []


def test_nothing_to_drop_changes_nothing():
    entities, relations = _world()
    before = list(relations)
    drop_entities(entities, relations, set())
    assert len(entities) == 4 and relations == before


def test_an_entity_filed_under_another_key_is_dropped_by_its_id():
    entities, relations = _world()
    entities["Royal Navy"] = entities.pop("navy")
    drop_entities(entities, relations, {"navy"})
    assert "Royal Navy" not in entities and all("navy" not in (r.source, r.target) for r in relations)


def test_an_unknown_id_drops_nothing():
    entities, relations = _world()
    drop_entities(entities, relations, {"sweden"})
    assert len(entities) == 4 and len(relations) == 4


def test_folding_moves_names_and_missing_properties():
    keep, gone = Entity("a", "Country", "Norway", props={"wikidata": "Q20"}), Entity("b", "Country", "Kingdom of Norway")
    gone.props.update({"wikidata": "Q0", "category": "state"})
    entities = {"a": keep, "b": gone}
    fold_into(entities, keep, gone)
    assert list(entities) == ["a"] and "Kingdom of Norway" in keep.aliases
    assert keep.props == {"wikidata": "Q20", "category": "state"}
