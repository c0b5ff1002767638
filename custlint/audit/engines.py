"""Running the partition function: in this process, on local worker processes, or on a
Dask distributed cluster.

The input is cut into partitions (`BATCH_MESSAGES` records, or fewer when their text
passes `BATCH_CHARS`) as it is read, and partitions are submitted as they are made, with
at most a few in flight per worker: memory holds those partitions and the merged counts,
whatever the size of the input. Every engine runs `audit_partition` and merges with
`merge_groups`, so the numbers are the same on all of them.
"""

from __future__ import annotations

import itertools
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from typing import Any

from custlint.audit.partial import Counts, audit_partition, merge_groups
from custlint.audit.sources import Record
from custlint.config import Settings
from custlint.errors import CustlintError

BATCH_MESSAGES = 2_000
BATCH_CHARS = 1_000_000
IN_FLIGHT_PER_WORKER = 2

# Called after each partition with (messages, characters) of that partition.
Progress = Callable[[int, int], Any]


def partitions(
    records: Iterable[Record], size: int = BATCH_MESSAGES, max_chars: int = BATCH_CHARS
) -> Iterator[list[Record]]:
    """Lists of at most `size` records and (unless one record is longer) `max_chars`."""
    batch: list[Record] = []
    chars = 0
    for record in records:
        if batch and (len(batch) >= size or chars + len(record.text) > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(record)
        chars += len(record.text)
    if batch:
        yield batch


def _size(batch: list[Record]) -> tuple[int, int]:
    return len(batch), sum(len(r.text) for r in batch)


def run_serial(
    records: Iterable[Record],
    settings: Settings,
    *,
    batch_size: int = BATCH_MESSAGES,
    progress: Progress | None = None,
) -> dict[str, Counts]:
    out: dict[str, Counts] = {}
    for batch in partitions(records, batch_size):
        merge_groups(out, audit_partition(batch, settings))
        if progress is not None:
            progress(*_size(batch))
    return out


def _warm(settings: Settings) -> None:
    """Worker initializer: build the linter (and load spaCy) before the first partition."""
    from custlint.api import linter_for

    linter_for(settings)._pipeline()


def run_local(
    records: Iterable[Record],
    settings: Settings,
    *,
    jobs: int = 1,
    batch_size: int = BATCH_MESSAGES,
    progress: Progress | None = None,
) -> dict[str, Counts]:
    """The audit on `jobs` worker processes (in this process when `jobs` is 1)."""
    batches = partitions(records, batch_size)
    first = next(batches, None)
    second = next(batches, None)
    if jobs <= 1 or second is None:  # one partition: no worker is worth starting
        return run_serial(
            itertools.chain(first or [], second or [], itertools.chain.from_iterable(batches)),
            settings,
            batch_size=batch_size,
            progress=progress,
        )
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    out: dict[str, Counts] = {}
    limit = jobs * IN_FLIGHT_PER_WORKER
    pending: dict[Any, tuple[int, int]] = {}

    def harvest(done: Iterable[Any]) -> None:
        for future in done:
            size = pending.pop(future)
            merge_groups(out, future.result())
            if progress is not None:
                progress(*size)

    with ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=multiprocessing.get_context(method),
        initializer=_warm,
        initargs=(settings,),
    ) as pool:
        for batch in itertools.chain((first, second), batches):
            pending[pool.submit(audit_partition, batch, settings)] = _size(batch)
            if len(pending) >= limit:
                done, _ = wait(list(pending), return_when=FIRST_COMPLETED)
                harvest(done)
        while pending:
            done, _ = wait(list(pending), return_when=FIRST_COMPLETED)
            harvest(done)
    return out


def dask_available() -> bool:
    try:
        import dask.distributed  # noqa: F401
    except ImportError:
        return False
    return True


def run_dask(
    records: Iterable[Record],
    settings: Settings,
    *,
    scheduler: Any = None,
    jobs: int = 2,
    batch_size: int = BATCH_MESSAGES,
    progress: Progress | None = None,
) -> dict[str, Counts]:
    """The audit on a Dask distributed cluster: `scheduler` is an address
    ("tcp://host:8786"), a `Client`, or None for a local cluster of `jobs` processes.

    Workers must be able to import custlint (install it on them, as any Dask dependency);
    one thread per worker is best, as spaCy parsing holds the GIL.
    """
    if not dask_available():
        raise CustlintError("the dask engine needs dask.distributed: pip install 'custlint[dask]'")
    from dask.distributed import Client, LocalCluster
    from dask.distributed import wait as dask_wait

    cluster = None
    own_client = not isinstance(scheduler, Client)
    if scheduler is None:
        cluster = LocalCluster(
            n_workers=max(1, jobs), threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    elif isinstance(scheduler, Client):
        client = scheduler
    else:
        try:
            client = Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as exc:
            raise CustlintError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from None
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        limit = workers * IN_FLIGHT_PER_WORKER
        out: dict[str, Counts] = {}
        pending: dict[Any, tuple[int, int]] = {}

        def harvest(done: Iterable[Any]) -> None:
            for future in done:
                size = pending.pop(future)
                merge_groups(out, future.result())
                future.release()
                if progress is not None:
                    progress(*size)

        for batch in partitions(records, batch_size):
            future = client.submit(audit_partition, batch, settings, pure=False)
            pending[future] = _size(batch)
            if len(pending) >= limit:
                done = dask_wait(list(pending), return_when="FIRST_COMPLETED").done
                harvest(done)
        while pending:
            done = dask_wait(list(pending), return_when="FIRST_COMPLETED").done
            harvest(done)
        return out
    finally:
        if own_client:
            client.close()
        if cluster is not None:
            cluster.close()
