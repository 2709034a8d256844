// Shortest paths (up to 4 hops, any direction, any relationship) between two entities: every path of
// the smallest length, as its list of nodes. Paths through documents (MENTIONED_IN) do not count.
// The helpers and `geopol query` also take source=NAME and target=NAME and look the ids up.
// param source_id: id of the first entity (the entity query finds it by name)
// param target_id: id of the second entity
MATCH p = (a {id: $source_id})-[*1..4]-(b {id: $target_id})
WHERE none(n IN nodes(p) WHERE n.label = 'Document')
WITH min(length(p)) AS best
MATCH p = (a {id: $source_id})-[*1..4]-(b {id: $target_id})
WHERE none(n IN nodes(p) WHERE n.label = 'Document') AND length(p) = best
RETURN DISTINCT nodes(p) AS path, best AS hops
