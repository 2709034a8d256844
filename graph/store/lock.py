"""The store's single-writer lock: an advisory ``flock`` on ``<store>/write.lock``, released by the
kernel when its process ends, however it ends (a ``kill -9`` leaves no stale lock behind). It is
re-entrant within one thread; another thread of the same process waits for it like another process
(each holder has a descriptor of its own, and ``flock`` excludes descriptors, not processes)."""
from __future__ import annotations

import fcntl
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_FILE = "write.lock"
_held: dict[tuple[str, int], int] = {}  # (lock file, thread) -> depth: re-entrant within a thread


@contextmanager
def writer_lock(store_dir: Path, wait: bool = True) -> Iterator[bool]:
    """Hold the writer lock for the block; yields whether it was taken (always, when ``wait``)."""
    store_dir.mkdir(parents=True, exist_ok=True)
    key = (str((store_dir / LOCK_FILE).resolve()), threading.get_ident())
    if _held.get(key):
        _held[key] += 1
        try:
            yield True
        finally:
            _held[key] -= 1
        return
    fd = os.open(store_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        _held[key] = 1
        try:
            yield True
        finally:
            _held.pop(key, None)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
