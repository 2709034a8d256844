"""Text: reading source files into :class:`~graph.text.sources.Document` objects."""
from .sources import Document, discover, read_document

__all__ = ["Document", "discover", "read_document"]
