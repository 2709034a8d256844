// Joint ventures and their parents (JOINT_VENTURE_OF).
// param name: a venture or parent name or alias, any case; '' for every joint venture
WITH toLower($name) AS key
MATCH (j:Company)-[r:JOINT_VENTURE_OF]->(p)
WHERE key = '' OR toLower(j.name) = key OR toLower(p.name) = key
   OR any(a IN j.aliases WHERE toLower(a) = key) OR any(a IN p.aliases WHERE toLower(a) = key)
RETURN j.name AS venture, p.name AS parent, p.label AS parent_label, size(r.evidence) AS evidence
ORDER BY venture, parent
