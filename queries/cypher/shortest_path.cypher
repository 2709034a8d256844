// Shortest paths (up to 4 hops, any direction, any relationship) between two named entities:
// every path of the smallest length, as its list of nodes. Paths through documents (MENTIONED_IN) do not count.
// param source: name or alias of the first entity, any case
// param target: name or alias of the second entity, any case
WITH toLower($source) AS skey, toLower($target) AS tkey
MATCH (a)
WHERE (toLower(a.name) = skey OR any(x IN a.aliases WHERE toLower(x) = skey)) AND a.label <> 'Document'
MATCH (b)
WHERE (toLower(b.name) = tkey OR any(x IN b.aliases WHERE toLower(x) = tkey)) AND b.label <> 'Document'
WITH a, b
MATCH p = (a)-[*1..4]-(b)
WHERE none(n IN nodes(p) WHERE n.label = 'Document')
WITH a, b, min(length(p)) AS best
MATCH p = (a)-[*1..4]-(b)
WHERE none(n IN nodes(p) WHERE n.label = 'Document') AND length(p) = best
RETURN DISTINCT nodes(p) AS path, best AS hops
