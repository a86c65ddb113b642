"""Where a run's work happens: this machine's cores (local) or a Dask cluster (dask).

The pipeline cuts a run into units of work that do not depend on each other (a batch
of one story's articles, or a whole story) and hands them to an engine, which runs a
function on each and gives the results back in the order of the units. Each unit is
computed alike wherever it runs, so the report is byte for byte the same on every
engine and with any number of workers.

- ``local``: in this process, or in a pool of ``jobs`` worker processes
  (``multiprocessing``; 0 means one per core, at most ``MAX_WORKERS``). A forked pool's
  first unit runs in this process, before the workers start (see ``_local_map``).
- ``dask``: on a Dask distributed cluster (``pip install 'claimcheck[dask]'``): the
  scheduler at ``Config.scheduler``, or, when none is named, a cluster of ``jobs``
  worker processes started on this machine for the run. At most ``DASK_WINDOW`` units
  per worker are in flight at once, so a long run does not hold every unit's input
  and result in memory at the same time.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from itertools import islice
from typing import TYPE_CHECKING, TypeVar

from claimcheck.config import Config
from claimcheck.errors import InputError

if TYPE_CHECKING:
    from distributed import Client

Unit = TypeVar("Unit")
Result = TypeVar("Result")

MAX_WORKERS = 8
# Units in flight per Dask worker: enough to keep it busy while results come back.
DASK_WINDOW = 4
# Seconds to wait for a named scheduler to answer before giving up.
CONNECT_TIMEOUT = 10
DASK_MISSING = "--engine dask needs Dask distributed: pip install 'claimcheck[dask]'"


def workers(config: Config) -> int:
    """How many workers the run asks for: ``jobs``, or one per core (at most MAX_WORKERS)."""
    return config.jobs or min(os.cpu_count() or 1, MAX_WORKERS)


def ordered_map(
    function: Callable[[Unit], Result], units: Sequence[Unit], config: Config
) -> Iterator[Result]:
    """``function`` applied to each unit, on the configured engine, in the units' order.

    Local runs with one worker, or one unit, stay in this process. Results are yielded as
    they are ready in order, so a caller can use each and let it go.

    :raises InputError: when Dask is asked for but not installed, or its scheduler
        cannot be reached
    """
    if config.engine == "dask":
        return _dask_map(function, units, config)
    return _local_map(function, units, workers(config))


def _local_map(
    function: Callable[[Unit], Result], units: Sequence[Unit], count: int
) -> Iterator[Result]:
    """The local engine: this process, or a pool of ``count`` worker processes.

    When the pool forks its workers, the first unit runs here before they start: what
    its run builds once and keeps (the patterns compiled at first use, the parser's
    first-call set-up) is then inherited by every worker instead of built again in
    each: about 0.2 s of CPU per worker on the devset, more than a typical batch of
    articles takes once it is built.
    """
    if count < 2 or len(units) < 2:
        yield from map(function, units)
        return
    method = start_method()
    forked = method == "fork"
    first = [function(units[0])] if forked else []
    rest = units[len(first) :]
    if len(rest) < 2:
        yield from first
        yield from map(function, rest)
        return
    # A multiprocessing pool, not an executor: leaving its block for any reason (an error,
    # Ctrl-C, SIGTERM turned into SystemExit by the CLI) terminates the workers.
    context = multiprocessing.get_context(method)
    with (
        _heap_frozen(forked),
        context.Pool(min(count, len(rest)), initializer=_default_stop_signal) as pool,
    ):
        yield from first
        yield from pool.imap(function, rest)


@contextmanager
def _heap_frozen(frozen: bool) -> Iterator[None]:
    """While the pool runs, leave the objects that exist before it out of garbage
    collection (``gc.freeze``), as the ``gc`` docs advise before a fork.

    A full collection walks every object the collector tracks, the loaded model's among
    them (about 0.06 s of CPU), and writes to each one's header, which in a forked
    worker copies, page by page, the memory it shares with the parent. Each worker made
    a few such walks over objects it only reads, and so did the parent, which skips them
    too while it matches and checks stories. They are collected as before once the pool
    is gone (``gc.unfreeze``).
    """
    if not frozen:
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _default_stop_signal() -> None:
    """In a worker, let SIGTERM end the process at once, as it does a program that sets no
    handler. A forked worker inherits the CLI's handler, which only raises SystemExit when
    the interpreter next runs Python code, and a worker waiting for its next batch in a
    lock may never get there: the pool's terminate then waited for it forever."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def start_method() -> str:
    """How the local pool starts its workers: the platform's default while this process
    runs one thread, else a method that does not fork it.

    A forked child gets the parent's locks as they were, and no thread to release
    them: a lock another thread held (logging, an import, an output stream) stays held
    in the child, which hangs when it needs it. A notebook, or a program that used
    Dask, has such threads. "forkserver" forks the workers from a clean process of its
    own instead (each loads the model once); "spawn" where there is no forkserver.
    """
    if threading.active_count() == 1:
        return multiprocessing.get_start_method()
    methods = multiprocessing.get_all_start_methods()
    return "forkserver" if "forkserver" in methods else "spawn"


def _dask_map(
    function: Callable[[Unit], Result], units: Sequence[Unit], config: Config
) -> Iterator[Result]:
    """The dask engine: units submitted a window at a time, results gathered in order."""
    with ExitStack() as stack:
        client = _client(config, stack)
        window = DASK_WINDOW * max(1, len(client.scheduler_info().get("workers", {})))
        remaining = iter(units)
        pending = deque(
            client.submit(function, unit, pure=False) for unit in islice(remaining, window)
        )
        while pending:
            future = pending.popleft()
            pending.extend(
                client.submit(function, unit, pure=False) for unit in islice(remaining, 1)
            )
            yield future.result()


def _client(config: Config, stack: ExitStack) -> Client:
    """A client of the configured scheduler, or of a cluster started for this run."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as error:
        raise InputError(DASK_MISSING) from error
    if config.scheduler is None:
        cluster = stack.enter_context(
            LocalCluster(
                n_workers=workers(config),
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
        )
        return stack.enter_context(Client(cluster))
    try:
        return stack.enter_context(Client(config.scheduler, timeout=CONNECT_TIMEOUT))
    except (OSError, TimeoutError, ValueError) as error:
        detail = " ".join(str(error).split()) or type(error).__name__
        raise InputError(
            f"cannot reach the Dask scheduler at {config.scheduler} ({detail})"
        ) from error
