"""The store: SQLite as the log of record (``store.sqlite``), networkx on demand, ``graph.json`` as
interchange (export and import)."""
from .interchange import from_node_link, to_node_link
from .store import DEFAULT_STORE, Store, load_json, merge, validate

__all__ = ["DEFAULT_STORE", "Store", "from_node_link", "load_json", "merge", "to_node_link", "validate"]
