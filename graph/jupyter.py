"""Jupyter support: ``%load_ext graph.jupyter`` registers a ``%%cypher`` cell magic that runs the
cell on the store's embedded Cypher database and returns a pandas DataFrame.

    %%cypher [--store DIR] [-p NAME=VALUE ...] [-p NAME ...]
    MATCH (c:Country)-[:COOPERATES_WITH]-(p) WHERE c.name = $country RETURN p.name AS partner

``-p NAME=VALUE`` passes a parameter (VALUE read as JSON when it parses); ``-p NAME`` passes the
notebook variable of that name. Parameters are always passed as parameters, never pasted into the
query. The store is ``--store``, else ``%geopol_store DIR``, else ``$GEOPOL_STORE``, else ``./geopol-data``.
"""
from __future__ import annotations

import os
import shlex
from pathlib import Path

from IPython.core.magic import Magics, cell_magic, line_magic, magics_class

from .cypher.params import parse_param
from .store import DEFAULT_STORE


@magics_class
class CypherMagics(Magics):
    store: str | None = None

    @line_magic
    def geopol_store(self, line: str) -> str:
        """``%geopol_store DIR``: the store the ``%%cypher`` cells use (prints it without an argument)."""
        if line.strip():
            CypherMagics.store = line.strip()
        return self._store()

    def _store(self, given: str | None = None) -> str:
        return given or CypherMagics.store or os.environ.get("GEOPOL_STORE") or DEFAULT_STORE

    @cell_magic
    def cypher(self, line: str, cell: str):
        """Run the cell as Cypher (read-only) and return a DataFrame."""
        from .cypher import open_embedded

        args = shlex.split(line)
        store, params = None, {}
        i = 0
        while i < len(args):
            if args[i] in {"--store", "-s"} and i + 1 < len(args):
                store, i = args[i + 1], i + 2
                continue
            if args[i] in {"-p", "--param"} and i + 1 < len(args):
                name, value = parse_param(args[i + 1])
                params[name] = self.shell.user_ns[name] if value is None and "=" not in args[i + 1] else value
                i += 2
                continue
            raise ValueError(f"%%cypher: unexpected argument {args[i]!r}")
        with open_embedded(Path(self._store(store))) as db:
            return db.run(cell, params)


def load_ipython_extension(ipython) -> None:
    ipython.register_magics(CypherMagics)
