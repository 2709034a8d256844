"""The package's own YAML word lists, read as words.

YAML 1.1 (PyYAML's default) reads a bare ``on``, ``off``, ``yes`` or ``no`` as a boolean, so a cue list
such as ``[to, over, on]`` silently loses its last word. Word lists are read here with a loader that
keeps those words as strings (only ``true`` and ``false`` are booleans), and every list item must be a
string or a mapping.

>>> load_words_text("preps: [to, on, off]\\nflag: true", "example.yaml")
{'preps': ['to', 'on', 'off'], 'flag': True}
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from graph.errors import ReferenceDataError


class _WordLoader(yaml.SafeLoader):
    """SafeLoader whose booleans are only ``true`` and ``false`` (any case)."""


_WordLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
_WordLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                                  list("tTfF"))


def load_words_text(text: str, name: str) -> Any:
    """Parse word-list YAML; a list item that is neither a string, a number nor a mapping is an error."""
    try:
        data = yaml.load(text, Loader=_WordLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        raise ReferenceDataError(f"{name}: not valid YAML: {exc}") from exc
    _check(data, name, "")
    return data


def load_words(path: Path) -> Any:
    """:func:`load_words_text` on a file."""
    return load_words_text(path.read_text(encoding="utf-8"), str(path))


def _check(node: Any, name: str, where: str) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            _check(value, name, f"{where}/{key}")
    elif isinstance(node, list):
        for item in node:
            if item is None or isinstance(item, bool):
                raise ReferenceDataError(f"{name}: {where or '/'} has the item {item!r}: quote it")
            _check(item, name, where)
