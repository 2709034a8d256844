"""The fault suite: hostile inputs, huge documents and damaged stores give one line naming the thing
and the problem, exit code 2 (1 for an ingest with failed files), never a traceback, and lose
nothing already stored. Real spaCy model, real embedded database; faults are real files, folders,
permissions and sizes, except a full disk, which is injected where no small tmpfs can be mounted."""
from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.errors import GeopolError
from graph.mentions.pieces import process_each, process_in_pieces
from graph.pipeline import Pipeline
from graph.text import Document
from graph.text.pieces import pieces

PARAGRAPHS = ["Poland is a member of NATO. Kazakhstan bought Tor systems from Russia.",
              "Turkey supplied Bayraktar TB2 drones to Ukraine.",
              "France and India signed a defence cooperation agreement."]


def geopol(*args: str, cwd: Path | None = None, env: dict | None = None, timeout: int = 600,
           preexec=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "graph", *args], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, **(env or {})}, timeout=timeout, preexec_fn=preexec)


def one_line_error(result: subprocess.CompletedProcess, *words: str, code: int = 2) -> None:
    """Exit ``code``, no traceback, one line on stderr that holds every one of ``words``."""
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], (word, lines[0])


def _evidence(g) -> list[tuple]:
    return sorted((u, k, v, e["start"], e["end"], e["sentence"]) for u, v, k, d in g.edges(keys=True, data=True)
                  for e in d.get("evidence", []))


# ---- long documents ------------------------------------------------------------------------------

@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("ab .\n\t!?\u201d"), max_size=400), limit=st.integers(1, 60))
def test_pieces_cover_the_text_within_the_limit(text, limit):
    spans = pieces(text, limit)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert all(0 < e - s <= limit for s, e in spans) or text == ""


def test_pieces_end_at_paragraphs_when_they_can():
    text = "\n\n".join(f"Paragraph {i} has a sentence. And another one." for i in range(50))
    for s, e in pieces(text, 500)[:-1]:
        assert text[s:e].endswith("\n\n")


def test_a_long_document_in_pieces_gives_the_same_facts_and_offsets_as_one_parse(pipeline):
    text = "\n\n".join(PARAGRAPHS[i % 3] for i in range(30))
    document = Document.from_text(text)
    whole = pipeline.process(document)
    split = process_in_pieces(pipeline, document, limit=400)
    assert len(pieces(text, 400)) >= 5
    assert _evidence(split) == _evidence(whole) and _evidence(whole)
    for _, _, _, start, end, sentence in _evidence(split):
        assert text[start:end] == sentence
    assert set(split.nodes) == set(whole.nodes)


def test_a_document_over_the_model_limit_is_ingested_with_the_batch(pipeline, tmp_path):
    """Beyond nlp.max_length (lowered here, so that the test takes seconds, not minutes)."""
    from graph.pipeline import ingest
    from graph.store import Store

    nlp = pipeline.nlp
    old = nlp.max_length
    long_text = "\n\n".join(PARAGRAPHS[i % 3] for i in range(150)) + "\n\nGreece operates Rafale aircraft."
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "long.txt").write_text(long_text, encoding="utf-8")
    (tmp_path / "in" / "short.txt").write_text("Egypt ordered Rafale jets from France.", encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    nlp.max_length = 2_000
    try:
        assert len(long_text) > 4 * nlp.max_length
        store = Store(tmp_path / "store")
        report = ingest([tmp_path / "in"], store, pipeline)
    finally:
        nlp.max_length = old
    assert len(report.added) == 2 and len(report.failures) == 1 and "empty" in str(report.failures[0])
    g = store.graph
    names = {d.get("name") for _, d in g.nodes(data=True)}
    assert {"Greece", "Egypt", "Poland"} <= names  # the long one's last paragraph, and the short one
    doc_id = Document.from_text(long_text).id
    items = [e for _, _, d in g.edges(data=True) for e in d.get("evidence", []) if e["doc"] == doc_id]
    assert items and all(long_text[e["start"]:e["end"]] == e["sentence"] for e in items)
    assert max(e["start"] for e in items) > 3 * 2_000


class _Faulty(Pipeline):
    """The real pipeline, with one document whose extraction blows up (an injected bug)."""

    def process_doc(self, document, doc):
        if "Atlantis" in document.text:
            raise ValueError("injected failure\nsecond line")
        return super().process_doc(document, doc)


def test_a_failing_document_never_takes_the_batch_down():
    docs = [Document.from_text(t) for t in ("Poland is a member of NATO.", "Atlantis bought Tor systems.",
                                            "Turkey supplied drones to Ukraine.")]
    out = list(process_each(_Faulty(), docs, batch_size=2))
    assert [d for d, _ in out] == docs
    assert isinstance(out[1][1], GeopolError) and str(out[1][1]) == "ValueError: injected failure"
    assert not isinstance(out[0][1], Exception) and not isinstance(out[2][1], Exception)
    assert any(d.get("name") == "Turkey" for _, d in out[2][1].nodes(data=True))


@pytest.mark.skipif(not os.environ.get("GEOPOL_HUGE"), reason="5 MB document: minutes of spaCy; GEOPOL_HUGE=1 runs it")
def test_a_5_mb_document_stays_under_2_gb(tmp_path):
    paragraph = " ".join(PARAGRAPHS) + " The ministry said the deliveries would continue next year.\n\n"
    text = paragraph * (5_000_000 // len(paragraph) + 1)
    (tmp_path / "big.txt").write_text(text, encoding="utf-8")
    result = geopol("ingest", str(tmp_path / "big.txt"), "--store", str(tmp_path / "store"), "--workers", "1",
                    timeout=3600)
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"5 MB document: peak {peak_kb / 1024:.0f} MB")
    assert result.returncode == 0, result.stderr
    assert peak_kb < 2 * 1024 * 1024


# ---- the command line: bad input, one line, exit code 2, nothing lost -----------------------------

def cli(capsys, *args: str) -> tuple[int, str, str]:
    """``geopol ARGS`` in this process: (exit code, stdout, stderr); an uncaught exception fails the test."""
    from graph.cli import main

    try:
        code = main(list(args))
    except SystemExit as exc:
        code = exc.code
    out = capsys.readouterr()
    return code, out.out, out.err


def said(result: tuple[int, str, str], *words: str, code: int = 2) -> None:
    one_line_error(subprocess.CompletedProcess([], result[0], result[1], result[2]), *words, code=code)


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory, pipeline) -> Path:
    from conftest import SEED

    from graph.pipeline import ingest
    from graph.store import Store

    path = tmp_path_factory.mktemp("seed") / "store"
    ingest([SEED], Store(path), pipeline)
    return path


@pytest.fixture
def store(seed_store, tmp_path) -> Path:
    import shutil

    copy = tmp_path / "store"
    shutil.copytree(seed_store, copy, symlinks=True)
    return copy


def state(store_dir: Path) -> tuple:
    """What a store holds, from the log of record and from the Cypher index."""
    from graph.cypher import open_embedded
    from graph.store import Store

    s = Store(store_dir)
    try:
        labels, types = s.counts()
        docs = tuple(s.documents())
    finally:
        s.close()
    with open_embedded(store_dir) as db:
        n = db.run("MATCH (n) RETURN count(*) AS n")["n"].tolist()[0]
        e = db.run("MATCH ()-[r]->() RETURN count(*) AS n")["n"].tolist()[0]
    assert n == sum(labels.values()) and e == sum(types.values())
    return labels, types, docs


@pytest.mark.parametrize("content,words", [
    ("[]", ["JSON list"]), ("{}", ["no list of nodes"]), ('{"nodes":"abc"}', ["no list of nodes"]),
    ('{"nodes":[{"label":"Country"}]}', ["node 0"]), ("{not json", ["cannot be loaded"]),
    ('{"nodes":[{"id":"x","label":"Weapon","name":"x","aliases":[]}],"edges":[]}', ["Weapon"]),
])
def test_a_graph_json_of_the_wrong_shape(capsys, tmp_path, content, words):
    store = tmp_path / "store"
    store.mkdir()
    (store / "graph.json").write_text(content, encoding="utf-8")
    for command in (["stats"], ["cypher", "MATCH (n) RETURN count(*)"], ["ingest", str(tmp_path / "none.txt")]):
        said(cli(capsys, *command, "--store", str(store)), "graph.json", *words)
    assert (store / "graph.json").read_text(encoding="utf-8") == content  # left as it was
    assert not (store / "store.sqlite").exists()


@pytest.mark.parametrize("command", [["stats"], ["cypher", "MATCH (n) RETURN n"], ["query", "partners", "-p", "name=x"],
                                     ["export", "json", "out.json"], ["cypher", "CREATE (:Country {id: 'x'})", "--write"]])
def test_read_commands_refuse_a_store_that_does_not_exist(capsys, tmp_path, command):
    missing = tmp_path / "mistyped"
    said(cli(capsys, *command, "--store", str(missing)), str(missing), "does not exist")
    assert not missing.exists()


@pytest.mark.parametrize("args,words", [
    (["export", "cypher", "x.cypher", "--batch-size", "0"], ["--batch-size", "at least 1"]),
    (["ingest", "x.txt", "--batch-size", "-5"], ["--batch-size", "at least 1"]),
    (["ingest", "x.txt", "--workers", "0"], ["--workers", "at least 1"]),
    (["ingest", "x.txt", "--batch-size", "many"], ["--batch-size", "not a whole number"]),
    (["export", "neo4j", "--uri", "foo://bar"], ["foo://bar", "not a Neo4j address"]),
    (["export", "neo4j", "--uri", "http://localhost:7474"], ["http://localhost:7474", "not a Neo4j address"]),
    (["ingest", "x.txt", "--into", "http://localhost"], ["--into", "not a Neo4j address"]),
    (["export", "cypher", "/no/such/folder/x.cypher"], ["/no/such/folder", "does not exist"]),
    (["export", "graphml", "/no/such/folder/x.graphml"], ["/no/such/folder", "does not exist"]),
    (["export", "json", "/no/such/folder/x.json"], ["/no/such/folder", "does not exist"]),
    (["cypher", "MATCH (n) RETURN n.name AS n LIMIT 1", "-p", 'n=[1,"a"]'], ["parameter n", "one type"]),
    (["cypher", "MATCH (n) RETURN n.name AS n LIMIT 1", "-p", "n=[]"], ["parameter n", "at least one value"]),
    (["cypher", "RETURN 1; RETURN 2"], ["one statement"]),
    (["cypher", "CHECKPOINT"], ["CHECKPOINT", "--write"]),
    (["cypher", "LOAD FROM '/etc/passwd' RETURN *"], ["LOAD", "--write"]),
    (["cypher", "RETURN 1 AS x /* **/ */ ; COPY (MATCH (n) RETURN n) TO 'x.csv'"], ["refused"]),
    (["cypher", "MATCH (n:Weapon) RETURN n"], ["Weapon"]),
    (["query", "no_such_query"], ["no_such_query"]),
])
def test_bad_arguments_are_one_line(capsys, store, args, words, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    before = state(store)
    said(cli(capsys, *args, "--store", str(store)), *words)
    assert state(store) == before
    assert not any(tmp_path.glob("*.csv")) and not (tmp_path / "x.cypher").exists()


def test_refused_statements_leave_the_store_readable(capsys, store, tmp_path):
    """CHECKPOINT, COPY and LOAD once broke every later read; now they never run."""
    target = tmp_path / "stolen.csv"
    for query in ["CHECKPOINT", f"MATCH (n) RETURN 1 AS x /* **/ COPY (MATCH (n) RETURN n.name) TO '{target}' /* */",
                  f"COPY (MATCH (n) RETURN n.name) TO '{target}'", "CALL table_info('Country') RETURN *"]:
        cli(capsys, "cypher", query, "--store", str(store))
    assert not target.exists()
    code, out, _ = cli(capsys, "cypher", "MATCH (c:Country) RETURN count(*) AS n", "--format", "csv", "--store",
                       str(store))
    assert code == 0 and int(out.split()[1]) > 3


def test_a_segfaulting_table_function_is_refused_before_the_engine_sees_it(store):
    result = geopol("cypher", "CALL READ_CSV_SERIAL('/etc/passwd') RETURN *", "--store", str(store))
    one_line_error(result, "CALL", "--write")
    assert "root:" not in result.stdout


def test_control_characters_never_reach_the_terminal(capsys, store, tmp_path):
    evil = "\x1b]0;pwned\x07\x1b[2JKazakhstan\r\u202eevil\x9b"
    article = tmp_path / "evil.txt"
    article.write_text(f"{evil} report\n\nKazakhstan bought Tor systems from Russia.\n", encoding="utf-8")
    code, _, _ = cli(capsys, "ingest", str(article), "--store", str(store))
    assert code == 0
    for fmt in ("table", "csv"):
        code, out, _ = cli(capsys, "cypher", "MATCH (d:Document) RETURN d.name AS title, $x AS x", "-p", f"x={evil}",
                           "--format", fmt, "--store", str(store))
        assert code == 0 and "evil" in out and "Kazakhstan" in out
        assert not any(c in out for c in "\x1b\x07\r\u202e\x9b"), repr(out)


def test_a_file_name_with_markup_is_printed_as_it_is(capsys, tmp_path):
    folder = tmp_path / "in[red]" / "a[" / "b"
    folder.mkdir(parents=True)
    (folder.parent / "x].txt").write_text("", encoding="utf-8")
    code, _, err = cli(capsys, "ingest", str(tmp_path / "in[red]"), "--store", str(tmp_path / "store"))
    assert code == 1 and "Traceback" not in err
    assert f"{tmp_path}/in[red]/a[/x].txt: file is empty" in err.replace("\n", "")


def test_symlinked_folders_are_followed_and_loops_named(capsys, tmp_path, pipeline):
    from graph.text import discover

    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "a.txt").write_text("Poland is a member of NATO.", encoding="utf-8")
    (tmp_path / "in" / "sub" / "linked").symlink_to(tmp_path / "elsewhere")
    (tmp_path / "in" / "again").symlink_to(tmp_path / "elsewhere")  # the same folder twice: read once
    (tmp_path / "in" / "sub" / "up").symlink_to(tmp_path / "in")  # a loop
    (tmp_path / "in" / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    files, errors = discover([tmp_path / "in"])
    assert [f.name for f in files] == ["a.txt"]
    messages = sorted(str(e) for e in errors)
    assert messages == [f"{tmp_path}/in/gone.txt: broken symbolic link",
                        f"{tmp_path}/in/sub/up: symbolic link loop: leads back to {tmp_path}/in"]
    code, out, err = cli(capsys, "ingest", str(tmp_path / "in"), "--store", str(tmp_path / "store"))
    assert code == 1 and "symbolic link loop" in err and "1 added" in out.replace("\n", " ")


# ---- a full disk, a read-only store --------------------------------------------------------------

@contextmanager
def tmpfs(path: Path, size: str):
    """A small tmpfs at ``path`` (True), or False where mounting is not allowed."""
    path.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                             capture_output=True).returncode == 0
    try:
        yield mounted
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(path)], capture_output=True)


def _fill(disk: Path, leave: int) -> Path:
    """Take all the free space of ``disk`` but ``leave`` bytes."""
    filler = disk / "filler"
    st = os.statvfs(disk)
    free = st.f_bavail * st.f_frsize - leave
    with open(filler, "wb") as fh:
        while free > 0:
            chunk = min(free, 1 << 20)
            try:
                fh.write(b"\0" * chunk)
                fh.flush()
            except OSError:
                break
            free -= chunk
    return filler


def _limit_file_size(limit: int):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


@pytest.mark.parametrize("leave", [0, 600_000])
def test_a_full_disk_is_one_line_and_loses_nothing(capsys, seed_store, tmp_path, leave):
    """No space at all (the log cannot open), or room for the log's commit but not for the next
    Cypher generation: one line naming the file, exit 2; the store keeps all it had, and the next
    read catches up and clears what the failed run left."""
    import shutil

    article = tmp_path / "new.txt"
    article.write_text("Egypt ordered Rafale jets from France.", encoding="utf-8")
    disk = tmp_path / "disk"
    with tmpfs(disk, "24m") as mounted:
        store = (disk if mounted else tmp_path) / "store"
        shutil.copytree(seed_store, store, symlinks=True)
        before = state(store)
        if mounted:
            filler = _fill(disk, leave)
            said(cli(capsys, "ingest", str(article), "--store", str(store)), str(store),
                 "No space left" if leave else "")
            filler.unlink()
        else:  # no tmpfs here: the kernel refuses writes beyond a size limit instead (EFBIG)
            result = geopol("ingest", str(article), "--store", str(store), preexec=_limit_file_size(1_000_000))
            one_line_error(result, str(store), "too large")
        after = state(store)
        assert set(before[2]) <= set(after[2])
        for label, n in before[0].items():
            assert after[0].get(label, 0) >= n
        assert not [p for p in store.rglob("*") if p.name.endswith(".tmp")]


def test_a_read_only_store_is_one_line_and_unchanged(capsys, seed_store, tmp_path):
    import shutil

    article = tmp_path / "new.txt"
    article.write_text("Egypt ordered Rafale jets from France.", encoding="utf-8")
    disk = tmp_path / "disk"
    with tmpfs(disk, "24m") as mounted:
        if not mounted:
            pytest.skip("no tmpfs can be mounted here (and root ignores file permissions)")
        store = disk / "store"
        shutil.copytree(seed_store, store, symlinks=True)
        before = state(store)
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        said(cli(capsys, "ingest", str(article), "--store", str(store)), "store.sqlite", "read-only")
        said(cli(capsys, "stats", "--store", str(store)), "store.sqlite", "read-only")
        subprocess.run(["mount", "-o", "remount,rw", str(disk)], check=True)
        assert state(store) == before


# ---- a self-checking store -----------------------------------------------------------------------

def _generation(store: Path) -> Path:
    return (store / os.readlink(store / "graph.lbug")).resolve()


@pytest.mark.parametrize("damage", ["junk", "empty", "another store's", "an older one"])
def test_a_damaged_cypher_database_is_named_and_rebuilt(capsys, seed_store, store, tmp_path, damage):
    """Junk, a 0-byte file, or a real database swapped in: named with its problem on one line, then
    rebuilt from the log, and the answer is right."""
    import shutil

    expected = state(store)
    gen = _generation(store)
    if damage == "junk":
        gen.write_bytes(os.urandom(50_000))
    elif damage == "empty":
        gen.write_bytes(b"")
    elif damage == "another store's":  # a stamped database of a bigger store, same sequence number
        other = tmp_path / "other"
        shutil.copytree(seed_store, other, symlinks=True)
        (tmp_path / "more.txt").write_text("Egypt ordered Rafale jets from France.", encoding="utf-8")
        assert cli(capsys, "ingest", str(tmp_path / "more.txt"), "--store", str(other))[0] == 0
        shutil.copyfile(_generation(other), gen)
    else:  # the store moves on; its previous generation is copied over the latest
        (tmp_path / "more.txt").write_text("Egypt ordered Rafale jets from France.", encoding="utf-8")
        assert cli(capsys, "ingest", str(tmp_path / "more.txt"), "--store", str(store))[0] == 0
        expected = state(store)
        gen = _generation(store)
        older = [p for p in gen.parent.glob("0*.lbug") if p != gen]
        assert older
        shutil.copyfile(older[0], gen)
    code, out, err = cli(capsys, "cypher", "MATCH (n) RETURN count(*) AS n", "--format", "csv", "--store", str(store))
    assert code == 0 and int(out.split()[1]) == sum(expected[0].values())
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) <= 1 and (not lines or "rebuilding" in lines[0])
    assert state(store) == expected


def test_a_damaged_log_is_one_line(capsys, store):
    log = store / "store.sqlite"
    log.write_bytes(os.urandom(len(log.read_bytes())))
    for side in ("store.sqlite-wal", "store.sqlite-shm"):  # else the pages still in the WAL answer
        (store / side).unlink(missing_ok=True)
    said(cli(capsys, "stats", "--store", str(store)), "store.sqlite")
    said(cli(capsys, "cypher", "MATCH (n) RETURN n", "--store", str(store)), "store.sqlite")


def test_stale_temporary_files_are_cleaned(store):
    dead = subprocess.Popen(["true"])
    dead.wait()
    live = subprocess.Popen(["sleep", "30"])
    try:
        stale = [store / "lbug" / f".000000000009.{dead.pid}.tmp", store / "lbug" / f".write.{dead.pid}.tmp",
                 store / f".graph.lbug.{dead.pid}.link", store / f".store.sqlite.{dead.pid}.tmp"]
        for path in stale:
            path.write_bytes(b"half written")
        (store / ".lbug-x1y2").mkdir()
        (store / ".lbug-x1y2" / "graph.lbug").write_bytes(b"old")
        busy = store / "lbug" / f".000000000009.{live.pid}.tmp"
        busy.write_bytes(b"being written")
        state(store)
        assert not any(p.exists() for p in stale) and not (store / ".lbug-x1y2").exists()
        assert busy.exists()  # its writer is alive
    finally:
        live.kill()
        live.wait()
