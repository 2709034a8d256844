"""Named Cypher queries and Python query helpers over the geopol graph (see the README)."""
