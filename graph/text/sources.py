"""Read articles (``.txt``, ``.md``, ``.html``) into documents with a content hash.

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
>>> _ = p.write_text("Poland signed a deal.", encoding="utf-8")
>>> read_document(p).id.startswith("doc:")
True
"""
from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from .html import html_to_text
from .markup import strip_markup
from .metadata import Metadata, gather, split_front_matter

SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


@dataclass(frozen=True)
class Document:
    """One source text. ``id`` is derived from the content hash, so the same text is the same document."""

    id: str
    path: str
    title: str
    text: str
    sha256: str
    meta: Metadata = field(default_factory=Metadata, compare=False)

    @classmethod
    def from_text(cls, text: str, path: str = "<string>", title: str | None = None,
                  meta: Metadata | None = None) -> Document:
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        meta = meta or Metadata()
        return cls(id=f"doc:{digest[:16]}", path=path, title=title or meta.title or _title_of(text, path), text=text,
                   sha256=digest, meta=meta)

    @property
    def published(self) -> str | None:
        return self.meta.published


def _title_of(text: str, path: str) -> str:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:120]
    return Path(path).stem


def discover(paths: list[str | Path]) -> tuple[list[Path], list[InputError]]:
    """Expand files and folders into the supported files they hold (sorted), and errors for the rest.
    Symbolic links to folders are followed; a link leading back into its own folder is reported as
    a loop, and a folder reached twice is searched once."""
    files: list[Path] = []
    errors: list[InputError] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found, problems = _walk(path)
            files.extend(found)
            errors.extend(problems)
        elif path.is_file():
            files.append(path)
        elif path.is_symlink():
            errors.append(InputError(path, "broken symbolic link"))
        elif not path.exists():
            errors.append(InputError(path, "no such file or folder"))
        else:
            errors.append(InputError(path, "not a regular file"))
    return files, errors


def _walk(root: Path) -> tuple[list[Path], list[InputError]]:
    """The supported files under ``root``, following symbolic links, each folder once."""
    files: list[Path] = []
    errors: list[InputError] = []
    top = _identity(root)
    seen = {top}
    stack: list[tuple[Path, dict[tuple[int, int], Path]]] = [(root, {top: root})]
    while stack:
        folder, chain = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            errors.append(InputError(folder, f"cannot be listed ({exc.strerror or exc})"))
            continue
        for entry in entries:
            path = Path(entry.path)
            if _is_dir(entry):
                key = _identity(path)
                if key in chain:
                    errors.append(InputError(path, f"symbolic link loop: leads back to {chain[key]}"))
                elif key not in seen:
                    seen.add(key)
                    stack.append((path, {**chain, key: path}))
            elif path.suffix.lower() in SUFFIXES:
                if entry.is_file():
                    files.append(path)
                elif entry.is_symlink() and not path.exists():
                    errors.append(InputError(path, "broken symbolic link"))
    return sorted(files), errors


def _identity(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_dev, st.st_ino


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()  # follows symbolic links
    except OSError:
        return False


def read_document(path: str | Path, cli: Metadata | None = None) -> Document:
    """Read one file; raise :class:`InputError` naming the file and the reason it cannot be used.
    Its metadata (date, title, outlet, address) comes from ``cli``, a sidecar file, the HTML meta
    tags, Markdown front matter or the text itself (see :mod:`graph.text.metadata`)."""
    path = Path(path)
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise InputError(path, f"unsupported file type {path.suffix or '(none)'!r}; use .txt, .md or .html")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from exc
    if not raw.strip():
        raise InputError(path, "file is empty")
    if b"\x00" in raw[:8192]:
        raise InputError(path, "looks binary (contains NUL bytes), not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"is not valid UTF-8 (byte {exc.start}: {exc.reason})") from exc
    raw_html, front = None, Metadata()
    if kind == "html":
        raw_html = text
        _, text = html_to_text(text)
    elif kind == "markdown":
        front, text = split_front_matter(text.replace("\r\n", "\n"), path)
        text = _strip_markdown(text)
    if kind != "html":
        text = strip_markup(text)  # Markdown and plain text may carry raw HTML too
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not re.search(r"[A-Za-z]{2,}", text):
        raise InputError(path, "holds no readable text")
    meta = gather(path, raw_html, front, text, cli)
    return Document.from_text(text, path=str(path), title=meta.title, meta=meta)


def _strip_markdown(text: str) -> str:
    """Drop markdown markup that would confuse the parser, keep the prose."""
    text = re.sub(r"^\s{0,3}#{1,6}\s*", "", text, flags=re.M)
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__|\*|_)(\S[^*_]*?\S|\S)\1", r"\2", text)
    text = re.sub(r"^\s*[-*+]\s+", "", text, flags=re.M)
    return text
