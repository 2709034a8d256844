"""Mentions: the spaCy pipeline (entity ruler from reference data ahead of the NER) and its fix-ups."""
from .mention import Mention
from .nlp import MODEL, build_nlp

__all__ = ["MODEL", "Mention", "build_nlp"]
