"""Relations: rules over the dependency parse, driven by cue lexicons."""
from .extract import extract
from .relation import Relation, related_ids

__all__ = ["Relation", "extract", "related_ids"]
