"""Engines: the dask engine gives the local engine's report, byte for byte."""

from __future__ import annotations

import logging
import multiprocessing
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import distributed
import pytest
from tests.factories import two_story_corpus
from typer.testing import CliRunner

from claimcheck import engines
from claimcheck.cli import app
from claimcheck.config import Config
from claimcheck.errors import InputError
from claimcheck.pipeline import scan


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """A Dask cluster of one worker process on this machine, started for these tests."""
    with distributed.LocalCluster(
        n_workers=1,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=logging.ERROR,
    ) as local:
        yield local.scheduler_address


def test_the_dask_engine_gives_the_local_report_byte_for_byte(tmp_path: Path, cluster: str) -> None:
    corpus = two_story_corpus(tmp_path)
    local = scan([corpus], Config(jobs=1)).model_dump_json()
    on_cluster = scan([corpus], Config(engine="dask", scheduler=cluster)).model_dump_json()
    assert on_cluster == local
    assert '"conflict"' in local and '"story-2"' in local


def test_the_cli_runs_on_a_named_scheduler(tmp_path: Path, cluster: str) -> None:
    corpus = two_story_corpus(tmp_path)
    args = ["scan", str(corpus), "-f", "json", "-q", "--no-progress"]
    local = CliRunner().invoke(app, args)
    on_cluster = CliRunner().invoke(app, [*args, "--engine", "dask", "--scheduler", cluster])
    assert on_cluster.exit_code == local.exit_code == 1
    assert on_cluster.stdout == local.stdout


def test_an_unreachable_scheduler_is_a_one_line_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engines, "CONNECT_TIMEOUT", 0.5)
    corpus = two_story_corpus(tmp_path)
    result = CliRunner().invoke(
        app, ["scan", str(corpus), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"]
    )
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert (
        lines == [lines[0]] and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in lines[0]
    )


def test_the_dask_engine_without_dask_says_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(InputError, match=r"pip install 'claimcheck\[dask\]'"):
        scan([two_story_corpus(tmp_path)], Config(engine="dask"))


def _square(number: int) -> int:
    return number * number


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_local_engine_keeps_the_order_of_the_units(jobs: int) -> None:
    units = list(range(40))
    assert list(engines.ordered_map(_square, units, Config(jobs=jobs))) == [n * n for n in units]


WORKER_SIGNAL_SCRIPT = """
import signal
from claimcheck import engines
from claimcheck.config import Config

def stops_on_sigterm(_):
    return signal.getsignal(signal.SIGTERM) == signal.SIG_DFL

signal.signal(signal.SIGTERM, lambda signum, frame: None)
# The first unit runs in this process, before the workers fork: only the others ran in one.
print(list(engines.ordered_map(stops_on_sigterm, [1, 2, 3, 4, 5], Config(jobs=2)))[1:])
"""


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="no fork")
def test_workers_end_on_sigterm_whatever_handler_the_parent_set() -> None:
    """A forked worker waiting in a lock never runs a Python handler it inherited, so the
    pool's workers take SIGTERM's default (run in a fresh, single-threaded process, whose
    pool forks)."""
    assert fresh_process_output(WORKER_SIGNAL_SCRIPT).strip() == "[True, True, True, True]"


def fresh_process_output(script: str) -> str:
    """What a script printed, run in a fresh, single-threaded interpreter."""
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    ).stdout


FORKED_POOL_SCRIPT = """
import gc, os
from claimcheck import engines
from claimcheck.config import Config

def where(_):
    return os.getpid(), gc.get_freeze_count()

frozen = gc.get_freeze_count()
units = engines.ordered_map(where, list(range(6)), Config(jobs=2))
print([(pid == os.getpid(), count > frozen) for pid, count in units])
print(gc.get_freeze_count() == frozen)
"""


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="no fork")
def test_forked_workers_inherit_the_first_unit_and_a_frozen_heap() -> None:
    """The first unit runs here, so that the workers inherit what it built; the workers'
    collections leave the inherited objects alone, and this process's are as before
    once the pool is gone (run in a fresh, single-threaded process, whose pool forks)."""
    assert fresh_process_output(FORKED_POOL_SCRIPT).split("\n")[:2] == [
        str([(True, False)] + [(False, True)] * 5),
        "True",
    ]


def test_workers_are_not_forked_from_a_process_with_other_threads() -> None:
    alone = engines.start_method()
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert engines.start_method() in ("forkserver", "spawn")
        units = list(range(6))
        results = list(engines.ordered_map(_square, units, Config(jobs=2)))
        assert results == [n * n for n in units]
    finally:
        release.set()
        other.join()
    if threading.active_count() == 1:
        assert engines.start_method() == alone == multiprocessing.get_start_method()
