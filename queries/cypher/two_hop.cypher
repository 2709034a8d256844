// What lies two hops from an entity: each entity reached, the one in between and the relationship
// types on the way (documents left out). The second hop names every type but MENTIONED_IN (the only
// one with a Document end, graph/ontology.py): the engine then never walks an entity's mentions (most of a
// store's edges), and no Document can be reached, neither as the far end nor in between (a Document's only
// relationships are mentions), so no label test is needed; the first hop stays open, so a Document anchor still works.
// param entity_id: id of the entity (the entity query finds it by name; helpers take entity=NAME)
// param as_of: the day the graph stands at (ISO, e.g. 2020-01-01): relations that held then; '' for any time
// param since: first day of a window the relations must overlap (held on some day of it); '' for open
// param until: last day of that window; '' for open
WITH date(CASE WHEN $as_of <> '' THEN $as_of WHEN $since <> '' THEN $since ELSE '0001-01-01' END) AS lo,
     date(CASE WHEN $as_of <> '' THEN $as_of WHEN $until <> '' THEN $until ELSE '9999-12-31' END) AS hi
MATCH (a {id: $entity_id})-[r1]-(m)-[r2:AFFILIATED_WITH|BASED_IN|COMMEMORATES|COOPERATES_WITH|DEPLOYED_TO|DISPLAYED_AT|HELD_IN|HOSTED_BY|IN_CONFLICT_WITH|JOINT_VENTURE_OF|LEADS|LOCATED_IN|MANUFACTURES|MEMBER_OF|OPERATES|PARTICIPATED_IN|PART_OF|SUPPLIES]-(b)
WHERE b <> a AND coalesce(r1.valid_from, r1.first_reported, lo) <= hi AND coalesce(r1.valid_to, hi) >= lo AND coalesce(r2.valid_from, r2.first_reported, lo) <= hi AND coalesce(r2.valid_to, hi) >= lo
RETURN DISTINCT m.name AS via, r1.type AS first, r2.type AS second, b.name AS reached, b.label AS label
