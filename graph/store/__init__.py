"""The store: one networkx MultiDiGraph merging every ingested document, kept as ``graph.json``."""
from .interchange import from_node_link, to_node_link
from .store import DEFAULT_STORE, Store, merge, validate

__all__ = ["DEFAULT_STORE", "Store", "from_node_link", "merge", "to_node_link", "validate"]
