"""Read-only Cypher: every write clause and file, catalogue or extension function of the engine, wrapped
in comment, string and whitespace tricks, is refused without --write; the engine itself is the
oracle (its parser's statement list, its function catalogue, and what a statement really did)."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

import ladybug
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.cypher.embedded import EmbeddedGraph, build
from graph.cypher.readonly import (
    READ_CLAUSES,
    REFUSED_FUNCTIONS,
    REFUSED_KEYWORDS,
    check_statement,
    read_only_problem,
    tokens,
)
from graph.errors import CypherError

# \x01 is the secret file, \x02 the target path: neither is a letter, so case tricks leave them alone
PAYLOADS = [
    "COPY (MATCH (n) RETURN n.id) TO '\x02'", "LOAD FROM '\x01' RETURN *", "LOAD WITH HEADERS (a STRING) FROM '\x01' "
    "RETURN *", "CHECKPOINT", "CREATE (:Country {id: 'x', name: 'x'})", "MATCH (n) SET n.name = 'x'",
    "MATCH (n) DETACH DELETE n", "MATCH (n) DELETE n", "MERGE (:Country {id: 'y'})", "CALL show_tables() RETURN *",
    "CALL table_info('Country') RETURN *", "CALL current_setting('threads') RETURN *",
    "CALL read_csv_serial('\x01') RETURN *", "EXPORT DATABASE '\x02'", "IMPORT DATABASE '\x02'",
    "ATTACH '\x01' AS other (dbtype lbug)", "LOAD EXTENSION '\x01'", "DROP TABLE Country",
    "ALTER TABLE Country ADD x INT64", "CREATE NODE TABLE T(id STRING, PRIMARY KEY(id))", "BEGIN TRANSACTION",
    "COMMIT", "ROLLBACK", "USE other", "DETACH other", "CALL threads = 1", "COMMENT ON TABLE Country IS 'x'",
    "RETURN nextval('s')", "RETURN `show_tables`()", "UNWIND [1] AS x CALL show_functions() RETURN *",
    "MATCH (n) WITH n CALL table_info('Country') RETURN *", "PROFILE MATCH (n) RETURN n", "ANALYZE",
]
DECOYS = ["/*", "*/", "**/", "/* **/", "/***/", "*", "//", "\n", "\r", "\r\n", "'", '"', "`", "``", "\\", "\\'",
          '\\"', "\\\\", ";", " ", "\t", "\u00a0", "\u2028", "\u3000", "\x0b", "\x1c", "RETURN 1", "MATCH (n)",
          "WITH 1 AS a", "AS x", "(", ")", "{", "}", "$", "$p", "1e5", ".5", "_", "é", "-", "<", ">"]
READ_PREFIXES = ["RETURN 1 AS a ", "MATCH (n) RETURN n.id AS a ", "WITH 1 AS a RETURN a ", "UNWIND [1] AS a RETURN a "]


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    """A real embedded database with two nodes, a secret file and a place a COPY would write to."""
    root = tmp_path_factory.mktemp("ro")
    path = root / "g.lbug"
    build({"nodes": [{"id": "c:a", "label": "Country", "name": "A"}, {"id": "c:b", "label": "Country", "name": "B"}],
           "edges": []}, path)
    secret = root / "secret.csv"
    secret.write_text("SECRETMARKER\n", encoding="utf-8")
    return path, secret, root / "out"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _fill(query: str, secret: Path, target: Path) -> str:
    return query.replace("\x01", str(secret)).replace("\x02", str(target))


def _mangle(text: str, flips: int) -> str:
    out = []
    for k, c in enumerate(text):
        out.append(c.swapcase() if c.isascii() and c.isalpha() and flips >> (k % 31) & 1 else c)
    return "".join(out)


def _assert_no_effect(engine, query: str) -> None:
    """Run ``query`` the way ``geopol cypher`` without --write does, then check that nothing changed."""
    path, secret, target = engine
    before = _digest(path)
    try:
        check_statement(query)
    except CypherError:
        return  # refused: nothing ran
    with EmbeddedGraph(path, read_only=True) as db:
        try:
            frame = db.run(query)
        except CypherError:
            frame = None  # the engine's own error (syntax...): nothing ran either
    assert not target.exists(), f"a file was written by {query!r}"
    if frame is not None:
        assert "SECRETMARKER" not in frame.to_csv(), f"a file was read by {query!r}"
    assert _digest(path) == before
    with EmbeddedGraph(path, read_only=True) as db:  # still readable: no pending checkpoint, same data
        assert db.run("MATCH (n) RETURN count(*) AS c")["c"].tolist() == [2]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_every_payload_is_refused_alone_and_after_a_read(engine, payload):
    _, secret, target = engine
    for query in (payload, "RETURN 1; " + payload, "MATCH (n) " + payload, payload.lower()):
        problem = read_only_problem(_fill(query, secret, target))
        assert problem, query
        with pytest.raises(CypherError, match="refused"):
            check_statement(_fill(query, secret, target))


@pytest.mark.parametrize("query", [
    "RETURN 1 /* **/ COPY (MATCH (n) RETURN n) TO '\x02' /* */",  # the comment does not end at **/
    "RETURN 1 AS a // \r COPY (MATCH (n) RETURN n) TO '\x02'",  # a lone CR does not end a line comment
    "RETURN 'a\\q' AS a, 1 AS b COPY (MATCH (n) RETURN n) TO '\x02'",  # no such escape: not a string
    "RETURN '\\'' AS a; CHECKPOINT",
    "RETURN `a` AS ``COPY``",
    "RETURN 1e5COPY",
])
def test_tricks_are_refused_or_harmless(engine, query):
    _assert_no_effect(engine, _fill(query, engine[1], engine[2]))


def test_refused_keywords_cover_every_statement_the_engine_knows(engine):
    """The parser lists the statements it accepts after a ';': all but the read clauses are refused."""
    db = ladybug.Database(str(engine[0]), read_only=True)
    conn = ladybug.Connection(db)
    with pytest.raises(RuntimeError) as info:
        conn.execute("RETURN 1;;")
    starters = set(re.search(r"expecting \{([^}]*)\}", str(info.value)).group(1).replace(" ", "").split(","))
    starters.discard("SP")
    assert len(starters) > 20
    assert starters - READ_CLAUSES <= REFUSED_KEYWORDS
    assert starters & READ_CLAUSES == READ_CLAUSES
    functions = conn.execute("CALL show_functions() RETURN name AS name, type AS type").get_as_df()
    special = {n.lower() for n, t in zip(functions["name"], functions["type"], strict=True)
               if t not in ("SCALAR FUNCTION", "AGGREGATE FUNCTION", "REWRITE FUNCTION")}
    assert len(special) > 20
    assert special <= REFUSED_FUNCTIONS
    conn.close()
    db.close()


def test_named_queries_and_ordinary_reads_pass():
    import queries

    for q in queries.all_queries():
        assert read_only_problem(q.text) is None, q.name
    for query in ["MATCH (c:Country)-[r:COOPERATES_WITH]-(p) WHERE c.name = $name RETURN p.name, r.role",
                  "MATCH (n) RETURN n.name /* CREATE */ // COPY", "RETURN 'CALL x()' AS s;",
                  "OPTIONAL MATCH (n) WITH n UNWIND [1, 2] AS x RETURN count(*) AS c ORDER BY c LIMIT 2",
                  "MATCH (n) WHERE n.name STARTS WITH 'A' RETURN n.`copy` AS `set`"]:
        assert read_only_problem(query) is None, query


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(prefix=st.sampled_from(READ_PREFIXES), payload=st.sampled_from(PAYLOADS), flips=st.integers(0, 2**31 - 1),
       before=st.lists(st.sampled_from(DECOYS), max_size=6), after=st.lists(st.sampled_from(DECOYS), max_size=6))
def test_no_write_clause_or_file_function_runs_without_write(engine, prefix, payload, flips, before, after):
    query = prefix + "".join(before) + _mangle(payload, flips) + "".join(after)
    _assert_no_effect(engine, _fill(query, engine[1], engine[2]))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(junk=st.lists(st.sampled_from(DECOYS + ["COPY", "CHECKPOINT", "x"]), min_size=1, max_size=10).map("".join))
def test_what_the_tokenizer_calls_a_comment_the_engine_ignores(engine, junk):
    """Differential: whenever the tokenizer reads the tail as comments and spaces only, so does the engine."""
    query = "RETURN 1 AS a " + junk
    try:
        toks = tokens(query)
    except ValueError:
        return
    if [t.text for t in toks] != ["RETURN", "1", "AS", "a"]:
        return
    with EmbeddedGraph(engine[0], read_only=True) as db:
        assert db.run(query)["a"].tolist() == [1], repr(query)


@pytest.fixture(scope="module")
def engine_payloads(engine) -> list[str]:
    """A statement for every statement word of the engine's parser but the read clauses, and a call
    of every table, file, copy and catalogue function of its catalogue, in both call forms."""
    db = ladybug.Database(str(engine[0]), read_only=True)
    conn = ladybug.Connection(db)
    try:
        conn.execute("RETURN 1;;")
    except RuntimeError as exc:
        starters = re.search(r"expecting \{([^}]*)\}", str(exc)).group(1).replace(" ", "").split(",")
    functions = conn.execute("CALL show_functions() RETURN name AS name, type AS type").get_as_df()
    conn.close()
    db.close()
    out = [f"{kw} x" for kw in starters if kw not in READ_CLAUSES | {"SP"}]
    for name, kind in zip(functions["name"], functions["type"], strict=True):
        if kind not in ("SCALAR FUNCTION", "AGGREGATE FUNCTION", "REWRITE FUNCTION"):
            out += [f"CALL {name}('\x01') RETURN *", f"RETURN {name}('\x01')", f"RETURN `{name}` ('\x01')"]
    assert len(out) > 60
    return out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), prefix=st.sampled_from(READ_PREFIXES), flips=st.integers(0, 2**31 - 1),
       before=st.lists(st.sampled_from(DECOYS), max_size=5), after=st.lists(st.sampled_from(DECOYS), max_size=5))
def test_no_statement_or_function_of_the_engine_runs_without_write(engine, engine_payloads, data, prefix, flips,
                                                                   before, after):
    payload = _mangle(data.draw(st.sampled_from(engine_payloads)), flips)
    query = prefix + "".join(before) + payload + "".join(after)
    _assert_no_effect(engine, _fill(query, engine[1], engine[2]))
    assert read_only_problem(_fill(payload, engine[1], engine[2]))  # alone, it is always refused
