"""Entities: mentions resolved to one node per real-world entity within a document."""
from .entity import Entity
from .resolve import resolve

__all__ = ["Entity", "resolve"]
