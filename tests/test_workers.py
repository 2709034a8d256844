"""Extraction in worker processes: the same report and the same graph as one process, with files
that cannot be read, duplicates and documents already stored among the ones handed out in chunks."""
from __future__ import annotations

from store_corpus import corpus

from graph.pipeline import ingest
from graph.store import Store
from graph.workers import guided_size


def test_chunks_shrink_towards_the_end():
    sizes, left = [], 320
    while left:
        sizes.append(guided_size(left, 2))
        left -= min(sizes[-1], left)
    assert sizes[0] == 16 and sizes[-3:] == [1, 1, 1]
    assert sizes == sorted(sizes, reverse=True)


def _folder(tmp_path):
    folder = corpus(tmp_path / "in", 22)
    (folder / "Report900.txt").write_text("", encoding="utf-8")  # empty: cannot be read
    (folder / "Report901.txt").write_text((folder / "Report003.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "Report902.txt").write_bytes(b"Report \xff\xfe not text")  # not UTF-8
    return folder


def test_workers_report_and_store_as_one_process(tmp_path, pipeline):
    folder = _folder(tmp_path)
    reports = []
    for workers in (1, 2):
        d = tmp_path / f"s{workers}"
        ingest([folder / "Report001.txt", folder / "Report005.txt"], Store(d), pipeline)  # stored before
        reports.append((ingest([folder], Store(d), pipeline, workers=workers, batch_size=4), d))
    (one, d1), (two, d2) = reports
    assert len(one.added) == 20 and sorted(one.skipped) == sorted(two.skipped) and len(one.skipped) == 3
    assert one.added == two.added
    assert [str(e) for e in one.failures] == [str(e) for e in two.failures] and len(one.failures) == 2
    assert Store(d1).node_link() == Store(d2).node_link()


def test_process_many_freezes_the_loaded_pipeline_only_while_it_runs(pipeline):
    """The model and reference data are out of the cyclic collector's reach while documents are
    extracted in this process (as in the workers), and back once the documents are done."""
    import gc

    from graph.text import Document
    from graph.text.metadata import Metadata

    assert gc.get_freeze_count() == 0
    documents = [Document.from_text(text, meta=Metadata(published="2024-10-10", date_source="cli"))
                 for text in ("Finland joined NATO in 2023.", "Chile's navy operates four frigates.")]
    during = []
    for _, part in pipeline.process_many(documents):
        assert not isinstance(part, Exception), part
        during.append(gc.get_freeze_count())
    assert len(during) == 2 and all(n > 0 for n in during)
    assert gc.get_freeze_count() == 0


def test_nested_freezes_leave_the_objects_to_the_outer_block():
    """An inner block (a worker's, inside the writer's block it inherited) neither freezes again nor
    unfreezes: the objects stay out of the collector's reach until the outer block ends; objects
    someone else froze stay frozen after every block."""
    import gc

    from graph.workers import frozen

    assert gc.get_freeze_count() == 0
    kept = [[i] for i in range(1000)]
    with frozen():
        outer = gc.get_freeze_count()
        assert outer >= len(kept)
        with frozen():
            assert gc.get_freeze_count() == outer
        assert gc.get_freeze_count() == outer  # the inner block did not unfreeze
    assert gc.get_freeze_count() == 0
    gc.freeze()  # someone else's freeze: left as it is
    try:
        before = gc.get_freeze_count()
        with frozen():
            assert gc.get_freeze_count() == before
        assert gc.get_freeze_count() == before
    finally:
        gc.unfreeze()
