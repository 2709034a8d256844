"""Exports of the store: Neo4j (live batched writer, neo4j-admin CSV, cypher-shell script) and
GraphML / GEXF / node-link JSON files."""
