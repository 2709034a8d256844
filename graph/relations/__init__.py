"""Relations: rules over the dependency parse, driven by cue lexicons."""
from .extract import extract
from .relation import Relation

__all__ = ["Relation", "extract"]
