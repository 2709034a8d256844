"""The bytes inlined into every page: vis-network (as shipped inside pyvis) and the view's own files.

Nothing is fetched: vis-network's script and stylesheet are read from pyvis's package folder,
with the source-map comment removed so that not even developer tools ask for a file.

>>> "vis" in vis_script()[:2000] and "vis-network" in vis_stylesheet()
True
"""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pyvis

from ..errors import ViewError

VIS_VERSION = "9.1.2"
STATIC = Path(__file__).with_name("static")
_SOURCE_MAP = re.compile(r"/[/*]#\s*sourceMappingURL=[^\s*]*(\s*\*/)?")


def _vis_dir() -> Path:
    root = Path(pyvis.__file__).parent
    for candidate in (root / "lib" / f"vis-{VIS_VERSION}", root / "templates" / "lib" / f"vis-{VIS_VERSION}"):
        if (candidate / "vis-network.min.js").is_file():
            return candidate
    raise ViewError(f"vis-network {VIS_VERSION} is not in the installed pyvis ({root}); reinstall pyvis>=0.3")


def _safe(text: str, tag: str) -> str:
    """``text`` without its source-map comment; refused if it could close its own ``<tag>``."""
    text = _SOURCE_MAP.sub("", text)
    if f"</{tag}" in text.lower():
        raise ViewError(f"an inlined asset contains '</{tag}' and cannot be embedded")
    return text


@cache
def vis_script() -> str:
    """vis-network's standalone build (DataSet included)."""
    return _safe((_vis_dir() / "vis-network.min.js").read_text(encoding="utf-8"), "script")


@cache
def vis_stylesheet() -> str:
    """vis-network's stylesheet (its images are data: URIs)."""
    return _safe((_vis_dir() / "vis-network.css").read_text(encoding="utf-8"), "style")


@cache
def static(name: str) -> str:
    """One of the view's own files in ``static/`` (``page.html``, ``view.js``, ``view.css``)."""
    tag = {"js": "script", "css": "style"}.get(name.rsplit(".", 1)[-1])
    text = (STATIC / name).read_text(encoding="utf-8")
    return _safe(text, tag) if tag else text
