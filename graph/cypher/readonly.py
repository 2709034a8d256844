"""Read-only Cypher by construction: a tokenizer of ladybug's lexer plus an allow-list of read clauses.

The scanner follows the engine's grammar (``Cypher.g4``) for everything that hides text from the
parser: ``'...'``/``"..."`` strings with their exact escapes, `` `names` `` (doubled backticks join),
``// line`` comments and ``/* block */`` comments, which end only at a ``*/`` whose ``*`` does not
pair with the character before it (``/* **/`` does not end there). Whatever the engine would read
in another way (an unterminated string or comment, an escape it does not know, a lone carriage
return ending a line comment) is refused rather than guessed.

A statement is read-only when it is one statement, starts with a read clause (``MATCH``,
``OPTIONAL MATCH``, ``UNWIND``, ``WITH``, ``RETURN``), contains none of the engine's other statement
or clause keywords (``COPY``, ``LOAD``, ``CALL``, ``CHECKPOINT``, ``ATTACH``, ``CREATE``...) outside
strings and comments, even as a name, and calls none of its table, file or catalogue functions.

>>> is_write_query("MATCH (n) RETURN n.name")
False
>>> is_write_query("MATCH (n) WHERE n.name = 'CREATE' DETACH DELETE n")
True
>>> is_write_query("RETURN 'MERGE me' AS s // CREATE")
False
>>> read_only_problem("RETURN 1 /* **/ COPY (MATCH (n) RETURN n) TO '/tmp/x.csv' /* */") is None  # all one comment
True
>>> read_only_problem("RETURN 1 /* */ COPY (MATCH (n) RETURN n) TO '/tmp/x.csv'")
'COPY is not allowed without --write'
>>> read_only_problem("RETURN 1; RETURN 2")
'one statement per call (found a second after ";")'
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..errors import CypherError

READ_CLAUSES = frozenset({"MATCH", "OPTIONAL", "UNWIND", "WITH", "RETURN"})
# the engine's statement and clause keywords other than the read clauses (its parser lists the
# statement starters; tests/test_readonly.py checks that this set covers them)
REFUSED_KEYWORDS = frozenset({
    "ALTER", "ANALYZE", "ATTACH", "BEGIN", "CALL", "CHECKPOINT", "COMMENT", "COMMIT", "COPY", "CREATE",
    "DELETE", "DETACH", "DROP", "EXPLAIN", "EXPORT", "FORCE", "IMPORT", "INSTALL", "LOAD", "MERGE", "PROFILE",
    "ROLLBACK", "SET", "UNINSTALL", "UPDATE", "USE", "REMOVE", "FOREACH", "EXTENSION", "TRANSACTION",
    "VACUUM", "PRAGMA",
})
# every function of the engine that is not a plain scalar or aggregate: table, file, copy and
# catalogue functions, and the scalar ones that change state or read settings (tests check the
# engine lists no other)
REFUSED_FUNCTIONS = frozenset({
    "_cache_array_column_locally", "bm_info", "catalog_version", "clear_warnings", "copy_csv", "copy_parquet",
    "current_setting", "db_version", "disk_info", "disk_size_info", "drop_projected_graph", "file_info",
    "fsm_info", "project_graph", "project_graph_cypher", "projected_graph_info", "read_csv_parallel",
    "read_csv_serial", "read_npy", "read_pandas", "read_parquet", "read_csv", "read_json", "show_attached_databases",
    "show_connection", "show_functions", "show_graphs", "show_indexes", "show_loaded_extensions", "show_macros",
    "show_official_extensions", "show_projected_graphs", "show_sequences", "show_tables", "show_warnings",
    "stats_info", "storage_info", "storage_version", "table_info", "nextval", "currval", "setseed", "glob",
})
_SIMPLE_ESCAPES = set("\\'\"bBfFnNrRtT")
_HEX = set("0123456789abcdefABCDEF")


@dataclass(frozen=True)
class Token:
    """``kind``: ``word`` (bare name or keyword), ``name`` (backticked), ``string``, ``number``,
    ``semi``, ``open`` (a parenthesis) or ``other`` (the ``$`` of a parameter too, so that its name
    is checked as a word); ``text`` is the name itself for words and names."""

    kind: str
    text: str
    pos: int


class Unreadable(ValueError):
    """The text cannot be tokenized the way the engine would, so it is not trusted."""


def tokens(query: str) -> list[Token]:
    """The tokens of ``query`` that matter for deciding what it does (comments and spaces dropped)."""
    out: list[Token] = []
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if query.startswith("/*", i):
            i = _block_comment_end(query, i)
        elif query.startswith("//", i):
            i = _line_comment_end(query, i)
        elif c in "'\"":
            end = _string_end(query, i)
            out.append(Token("string", query[i + 1:end - 1], i))
            i = end
        elif c == "`":
            end, name = _backtick_end(query, i)
            out.append(Token("name", name, i))
            i = end
        elif (m := _NUMBER.match(query, i)) is not None:
            out.append(Token("number", m.group(), i))  # '1e5COPY' is a number, then COPY
            i = m.end()
        elif _WORD_START.match(c):
            m = _WORD.match(query, i)
            out.append(Token("word", m.group(), i))
            i = m.end()
        elif c.isspace():
            i += 1
        else:
            kind = {";": "semi", "(": "open"}.get(c, "other")
            out.append(Token(kind, c, i))
            i += 1
    return out


# numbers as the engine reads them (longest match), so that a word after one starts where it does
_NUMBER = re.compile(r"(?:\d+\.\d+|\.\d+|\d+)(?:[eE]-?\d+)?")
# a bare word: ASCII letters, digits and underscores only. The engine's names may hold more, but
# splitting a name too early only finds more keywords (refusing more), never fewer.
_WORD_START = re.compile(r"[A-Za-z_]")
_WORD = re.compile(r"[A-Za-z_][A-Za-z_0-9]*")


def _block_comment_end(q: str, i: int) -> int:
    """After ``/*``: any character but ``*``, or ``*`` with any character but ``/``, until ``*/``."""
    j, n = i + 2, len(q)
    while j < n:
        if q[j] == "*":
            if j + 1 < n and q[j + 1] == "/":
                return j + 2
            j += 2  # '*' and the next character, which is not '/'
        else:
            j += 1
    raise Unreadable(f"unterminated /* comment at offset {i}")


def _line_comment_end(q: str, i: int) -> int:
    """After ``//``: up to a line feed (optionally after one carriage return) or the end."""
    j = i + 2
    while j < len(q) and q[j] not in "\r\n":
        j += 1
    if j < len(q) and q[j] == "\r":
        if j + 1 < len(q) and q[j + 1] == "\n":
            return j + 2
        raise Unreadable(f"a // comment at offset {i} ends in a carriage return without a line feed")
    return j + 1


def _string_end(q: str, i: int) -> int:
    quote, j, n = q[i], i + 1, len(q)
    while j < n:
        c = q[j]
        if c == quote:
            return j + 1
        if c == "\\":
            j += _escape_length(q, j)
        else:
            j += 1
    raise Unreadable(f"unterminated string at offset {i}")


def _escape_length(q: str, j: int) -> int:
    nxt = q[j + 1:j + 2]
    if nxt in _SIMPLE_ESCAPES and nxt:
        return 2
    for prefix, digits in (("xX", 2), ("uU", 4)):
        if nxt and nxt in prefix and len(q) >= j + 2 + digits and set(q[j + 2:j + 2 + digits]) <= _HEX:
            return 2 + digits
    raise Unreadable(f"unknown escape {q[j:j + 2]!r} in a string at offset {j}")


def _backtick_end(q: str, i: int) -> tuple[int, str]:
    parts, j = [], i
    while j < len(q) and q[j] == "`":
        end = q.find("`", j + 1)
        if end < 0:
            raise Unreadable(f"unterminated `name` at offset {j}")
        parts.append(q[j + 1:end])
        j = end + 1
    return j, "`".join(parts)


def _ascii_upper(text: str) -> str:
    return text.translate(_UPPER)


_UPPER = {c: c - 32 for c in range(ord("a"), ord("z") + 1)}


def split_statements(query: str) -> list[list[Token]]:
    """The statements of ``query``: its tokens split at ``;`` (an empty last one is dropped)."""
    parts: list[list[Token]] = [[]]
    for tok in tokens(query):
        if tok.kind == "semi":
            parts.append([])
        else:
            parts[-1].append(tok)
    if len(parts) > 1 and not parts[-1]:
        parts.pop()
    return parts


@lru_cache(maxsize=512)
def read_only_problem(query: str) -> str | None:
    """Why ``query`` is not certainly a single read-only statement, or None when it is (remembered
    for the last texts seen: a named query is checked once, not on every run)."""
    try:
        statements = split_statements(query)
    except Unreadable as exc:
        return f"the statement cannot be read safely: {exc}"
    if len(statements) > 1:
        return 'one statement per call (found a second after ";")'
    toks = statements[0]
    if not toks:
        return "the statement is empty"
    first = toks[0]
    if first.kind != "word" or _ascii_upper(first.text) not in READ_CLAUSES:
        shown = _ascii_upper(first.text) if first.kind == "word" else first.text
        what = f"{shown} is not allowed without --write" if shown in REFUSED_KEYWORDS else \
            f"a read-only statement starts with MATCH, OPTIONAL MATCH, UNWIND, WITH or RETURN, not {shown[:40]!r}"
        return what
    for k, tok in enumerate(toks):
        if tok.kind == "word":
            word = _ascii_upper(tok.text)
            if word in REFUSED_KEYWORDS:  # a clause, or a name spelled like one: refused either way
                return f"{word} is not allowed without --write"
        if tok.kind in ("word", "name") and k + 1 < len(toks) and toks[k + 1].kind == "open":
            if tok.text.lower() in REFUSED_FUNCTIONS:
                return f"the function {tok.text.lower()}() is not allowed without --write"
    return None


def check_statement(query: str, write: bool = False) -> None:
    """Raise :class:`CypherError` unless ``query`` is one statement and, without ``write``, read-only."""
    if write:
        try:
            statements = split_statements(query)
        except Unreadable as exc:
            raise CypherError(f"the statement cannot be read safely: {exc}") from None
        if len(statements) > 1:
            raise CypherError('one statement per call (found a second after ";")')
        return
    problem = read_only_problem(query)
    if problem:
        raise CypherError(f"refused: {problem}")


def is_write_query(query: str) -> bool:
    """Whether ``query`` is anything but one certainly read-only statement."""
    return read_only_problem(query) is not None
