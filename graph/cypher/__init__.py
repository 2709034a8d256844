"""Cypher on the embedded engine (ladybug, the maintained fork of Kùzu), kept in step with graph.json."""
from .embedded import EmbeddedGraph, open_embedded
from .readonly import is_write_query

__all__ = ["EmbeddedGraph", "is_write_query", "open_embedded"]
