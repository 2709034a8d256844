// Supply chains: a supplier SUPPLIES a recipient that OPERATES a platform the supplier makes
// (directly, or through a company BASED_IN the supplier country).
// param name: a supplier, recipient or platform name or alias, any case; '' for every chain
WITH toLower($name) AS key
MATCH (s)-[:SUPPLIES]->(o)-[op:OPERATES]->(p:Platform)
WHERE (EXISTS { MATCH (s)-[:MANUFACTURES]->(p) }
       OR EXISTS { MATCH (s)<-[:BASED_IN]-(:Company)-[:MANUFACTURES]->(p) })
  AND (key = '' OR toLower(s.name) = key OR toLower(o.name) = key OR toLower(p.name) = key
       OR any(a IN s.aliases WHERE toLower(a) = key) OR any(a IN o.aliases WHERE toLower(a) = key)
       OR any(a IN p.aliases WHERE toLower(a) = key))
RETURN s.name AS supplier, p.name AS platform, o.name AS operator, op.stage AS stage
ORDER BY supplier, platform, operator
