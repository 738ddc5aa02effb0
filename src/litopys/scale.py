"""Scale-out: ``litopys ingest --engine dask`` analyzes partitions of articles on a Dask cluster.

The main process reads the inputs and decides what to analyze exactly as the process-pool ingest
does (:func:`litopys.ingest.plan_ingest`). The articles to analyze are cut into partitions; each
partition is one Dask task that runs :func:`litopys.ingest.analyze_item` on its articles and returns
the ``analyze(...).to_dict()`` records (or the reason an article was rejected) as the bytes of one
Parquet file. The main process saves each partition's file under ``<db>.parts/`` as it arrives,
reads it back and writes every article into the store with the same writer as the single-process
path (:meth:`litopys.store.Store.write`, one transaction per article). The store therefore ends up
with the same rows either way (``tests/test_scale.py``).

The workers only compute and never touch the store or the local disk, so the same code runs on a
``distributed.LocalCluster`` (the default: one single-threaded worker process per core) or on a
multi-machine cluster given by its scheduler address (``--scheduler tcp://host:8786``), whose
workers need only litopys installed (docs/PERFORMANCE.md).
"""

from __future__ import annotations

import io
import json
import math
import os
import shutil
import uuid
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from litopys.errors import InputError
from litopys.ingest import IncomingArticle, IngestReport, Rejected, plan_ingest
from litopys.model import (
    Actor,
    Analysis,
    Article,
    Attribution,
    Entity,
    Event,
    Mention,
    Quote,
    Timex,
)

PART_COLUMNS = ("n", "origin", "replace", "record", "reason")
# A partition this size keeps a task at tens of seconds: long enough to hide Dask's per-task cost,
# short enough to balance the load and lose little when a worker dies.
DEFAULT_PARTITION_SIZE = 500


# ---------------------------------------------------------------------------------------------
# A litopys/1 record back into the dataclasses the store writer takes


def analysis_from_dict(record: dict[str, Any]) -> Analysis:
    """The :class:`Analysis` whose ``to_dict()`` is ``record`` (the inverse of ``to_dict``)."""
    return Analysis(
        pipeline=record["pipeline"],
        article=Article(**record["article"]),
        text=record["text"],
        entities=[
            Entity(**{**e, "mentions": [Mention(**m) for m in e.get("mentions", [])]})
            for e in record.get("entities", [])
        ],
        timexes=[Timex(**t) for t in record.get("timexes", [])],
        quotes=[Quote(**q) for q in record.get("quotes", [])],
        attributions=[Attribution(**a) for a in record.get("attributions", [])],
        events=[
            Event(
                **{
                    **ev,
                    "source": [Actor(**a) for a in ev.get("source", [])],
                    "target": [Actor(**a) for a in ev.get("target", [])],
                }
            )
            for ev in record.get("events", [])
        ],
        schema=record.get("schema", "litopys/1"),
    )


# ---------------------------------------------------------------------------------------------
# On a worker: one partition → the bytes of one Parquet file


def analyze_partition(items: Sequence[tuple[int, IncomingArticle, bool]]) -> bytes:
    """Analyze the articles of one partition; return them as a Parquet file (in memory).

    One row per article: its position ``n`` in the run, ``origin``, ``replace`` (whether it replaces
    older rows), and either ``record`` (the litopys/1 record as JSON) or ``reason`` (why the
    analysis failed)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from litopys.ingest import analyze_item

    columns: dict[str, list[Any]] = {name: [] for name in PART_COLUMNS}
    for n, item, replace in items:
        result = analyze_item(item)
        columns["n"].append(n)
        columns["origin"].append(item.origin)
        columns["replace"].append(replace)
        if isinstance(result, Rejected):
            columns["record"].append(None)
            columns["reason"].append(result.reason)
        else:
            columns["record"].append(json.dumps(result.to_dict(), ensure_ascii=False))
            columns["reason"].append(None)
    schema = pa.schema(
        [
            ("n", pa.int64()),
            ("origin", pa.string()),
            ("replace", pa.bool_()),
            ("record", pa.string()),
            ("reason", pa.string()),
        ]
    )
    table = pa.table(columns, schema=schema)
    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue()


# ---------------------------------------------------------------------------------------------
# In the main process


def parts_folder(db: str | Path) -> Path:
    """Where the partition files of an ingest into ``db`` go: ``<db>.parts/`` beside it."""
    path = Path(db)
    return path.with_name(path.name + ".parts")


def split(count: int, partitions: int) -> list[range]:
    """``count`` positions cut into ``partitions`` contiguous ranges of near-equal size."""
    partitions = max(1, min(partitions, count))
    size, extra = divmod(count, partitions)
    out, start = [], 0
    for k in range(partitions):
        end = start + size + (1 if k < extra else 0)
        out.append(range(start, end))
        start = end
    return [r for r in out if len(r)]


def default_partitions(count: int, workers: int) -> int:
    """At least 4 partitions per worker (load balance), at most ~500 articles per partition."""
    return max(1, min(count, max(4 * workers, math.ceil(count / DEFAULT_PARTITION_SIZE))))


def _client(scheduler: str | None, workers: int | None) -> tuple[Any, Any]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - a dependency of litopys
        raise InputError("--engine dask needs the package 'dask[distributed]'") from exc
    if scheduler:
        try:
            return Client(scheduler, timeout="30s"), None
        except OSError as exc:
            raise InputError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    import logging

    cluster = LocalCluster(
        n_workers=workers or os.cpu_count() or 1,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=logging.ERROR,
    )
    return Client(cluster), cluster


def load_part(path: Path, store: Any, report: IngestReport, on_advance: Callable[[], Any] | None) -> None:
    """Write the articles of one partition file into the store (one transaction per article)."""
    import pyarrow.parquet as pq

    assert report.rejected is not None
    for row in pq.read_table(path).to_pylist():
        if row["record"] is None:
            rejected = Rejected(row["origin"], row["reason"])
            report.rejected.append(rejected)
            store.reject(rejected.origin, rejected.reason)
        else:
            store.write(analysis_from_dict(json.loads(row["record"])), row["origin"], replace=row["replace"])
            report.analyzed += 1
        if on_advance:
            on_advance()


def run_dask_ingest(
    paths: Iterable[str | Path],
    store: Any,
    *,
    reanalyze: bool = False,
    scheduler: str | None = None,
    partitions: int | None = None,
    workers: int | None = None,
    keep_parts: bool = False,
    on_start: Callable[[int], Any] | None = None,
    on_advance: Callable[[], Any] | None = None,
) -> IngestReport:
    """Ingest like :func:`litopys.ingest.run_ingest`, analyzing on a Dask cluster.

    ``scheduler`` is the address of a running scheduler; without it a ``LocalCluster`` of
    ``workers`` single-threaded processes (default: one per core) is started and stopped here.
    ``partitions`` defaults to :func:`default_partitions`. The partition files are removed after a
    successful load unless ``keep_parts``."""
    if partitions is not None and partitions < 1:
        raise InputError("--partitions must be at least 1")
    report = IngestReport()
    todo = plan_ingest(paths, store, report, reanalyze=reanalyze)
    if on_start:
        on_start(len(todo))
    if not todo:
        return report
    folder = parts_folder(store.path)
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)

    from distributed import as_completed

    client, cluster = _client(scheduler, workers)
    try:
        width = len(client.scheduler_info(n_workers=-1)["workers"]) or 1
        count = partitions or default_partitions(len(todo), width)
        run = uuid.uuid4().hex[:12]
        futures = {}
        for number, span in enumerate(split(len(todo), count)):
            chunk = [(n, *todo[n]) for n in span]
            future = client.submit(analyze_partition, chunk, key=f"litopys-part-{run}-{number:05d}")
            futures[future] = number
        for future in as_completed(futures):
            path = folder / f"part-{futures[future]:05d}.parquet"
            path.write_bytes(future.result())
            load_part(path, store, report, on_advance)
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    if not keep_parts:
        shutil.rmtree(folder, ignore_errors=True)
    return report
