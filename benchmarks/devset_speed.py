"""Speed on the devset: model load time, then a scan of every story cluster, by stage.

Not a test: run ``python benchmarks/devset_speed.py [FOLDER]`` from the project root.
FOLDER holds one subfolder of articles per story and defaults to the shared devset
(``../shared/devset/ecbplus``). The model load is timed in a fresh process. Each cluster
is then scanned on its own, as a user would (``pipeline.scan([cluster])``), in a fresh
process with the model already loaded, three times; the fastest run is reported.
Clusters are below the size at which the pipeline starts worker processes, so all the
work is counted in that process. Times are CPU
seconds (``time.process_time``), so KB/s is per core; KB are 1024 bytes, as in
speed.py. "Without the parse" is the full scan minus the time spent inside
``nlp.parse``. Each stage's time excludes the stages nested in it (quantities run
inside claims, the parse inside frames); "other" is what no stage covers (building the
report, sorting findings).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from functools import wraps
from pathlib import Path
from types import ModuleType
from typing import Any
from unittest import mock

from speed import PROJECT, corpus_kilobytes

from claimcheck import claims, frames, nlp, pipeline
from claimcheck.checks import CHECKS

DEVSET = PROJECT.parent / "shared" / "devset" / "ecbplus"
# Scans timed, each in a fresh process; the fastest is reported.
REPEATS = 3
# Stage -> the module each function is looked up in when the pipeline runs, and its names.
STAGES: dict[str, tuple[ModuleType, tuple[str, ...]]] = {
    "loading": (pipeline, ("load_articles",)),
    "cleaning": (pipeline, ("find_boilerplate", "kept_ranges")),
    "segmentation": (pipeline, ("split_sentences",)),
    "quantities": (claims, ("parse_quantities",)),
    "claims": (pipeline, ("extract_claims",)),
    "parse": (frames, ("parse",)),
    "frames": (pipeline, ("attach_frames_to_articles",)),
    "matching": (pipeline, ("find_matches", "group_matches")),
}
# Run in a fresh interpreter: wall and CPU seconds of the first language() call, then
# the sha256 check of the model's files on its own.
LOAD_SCRIPT = """
import json, time
start, cpu = time.perf_counter(), time.process_time()
from claimcheck import nlp
nlp.language()
load, load_cpu = time.perf_counter() - start, time.process_time() - cpu
package, folder = next(
    (p, f) for p in nlp.MODEL_PACKAGES if (f := nlp.model_directory(p)) is not None
)
start = time.perf_counter()
nlp.verify_model(folder, package)
print(json.dumps({"load": load, "cpu": load_cpu, "verify": time.perf_counter() - start}))
"""


class StageClock:
    """CPU seconds spent in each stage, not counting stages nested inside it."""

    def __init__(self) -> None:
        self.seconds: defaultdict[str, float] = defaultdict(float)
        # Time spent in nested stages, one entry per stage now running (plus the outside).
        self._nested = [0.0]

    def timed(self, stage: str, function: Callable[..., Any]) -> Callable[..., Any]:
        """The function, charging its own CPU time to the stage (every one returns a list)."""

        @wraps(function)
        def run(*args: Any, **kwargs: Any) -> Any:
            self._nested.append(0.0)
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                elapsed = time.process_time() - start
                self.seconds[stage] += elapsed - self._nested.pop()
                self._nested[-1] += elapsed

        return run

    @contextmanager
    def installed(self) -> Iterator[None]:
        """Wrap every stage function where the pipeline looks it up, for the duration."""
        targets = [
            (stage, module, name) for stage, (module, names) in STAGES.items() for name in names
        ]
        targets += [("checks", module, "check") for module in CHECKS.values()]
        with ExitStack() as stack:
            for stage, module, name in targets:
                wrapper = self.timed(stage, getattr(module, name))
                stack.enter_context(mock.patch.object(module, name, wrapper))
            yield


def model_load() -> dict[str, float]:
    """Seconds to load the model in a fresh process (wall, CPU) and to verify its files."""
    result = subprocess.run(
        [sys.executable, "-c", LOAD_SCRIPT], capture_output=True, text=True, check=True
    )
    loaded: dict[str, float] = json.loads(result.stdout)
    return loaded


def per_core(kilobytes: float, seconds: float) -> str:
    """Throughput in KB per CPU second, right-aligned."""
    return f"{kilobytes / seconds:>10.1f}" if seconds > 0 else f"{'-':>10}"


def measure(devset: Path) -> dict[str, Any]:
    """One scan of every cluster in this process (model loaded first, not counted)."""
    clusters = sorted(path for path in devset.iterdir() if path.is_dir())
    nlp.language()
    clock = StageClock()
    articles = 0
    with clock.installed():
        start = time.process_time()
        for cluster in clusters:
            articles += len(pipeline.scan([cluster]).sources)
        total = time.process_time() - start
    return {
        "clusters": len(clusters),
        "articles": articles,
        "kilobytes": sum(corpus_kilobytes(cluster) for cluster in clusters),
        "total": total,
        "stages": dict(clock.seconds),
    }


def fresh_measure(devset: Path) -> dict[str, Any]:
    """``measure`` in a fresh interpreter, so its vocabulary starts cold as a user's does."""
    result = subprocess.run(
        [sys.executable, __file__, "--one", str(devset)], capture_output=True, text=True, check=True
    )
    measured: dict[str, Any] = json.loads(result.stdout)
    return measured


def main(devset: Path) -> None:
    """Print the model load time, the scan totals and the time of each stage.

    The scan runs REPEATS times, each in a fresh process; the fastest run is shown (as
    ``timeit`` does: slower runs measure other load on the machine, not the code).
    """
    load = model_load()
    print(
        f"model load, fresh process: {load['load']:.2f} s wall, {load['cpu']:.2f} s CPU "
        f"(the sha256 check of the model files in it: {load['verify'] * 1000:.0f} ms)"
    )
    runs = [fresh_measure(devset) for _ in range(REPEATS)]
    best = min(runs, key=lambda run: float(run["total"]))
    total, kilobytes = float(best["total"]), float(best["kilobytes"])
    seconds: dict[str, float] = best["stages"]
    parse = seconds.get("parse", 0.0)
    print(f"{devset}: {best['clusters']} clusters, {best['articles']} articles, {kilobytes:.1f} KB")
    all_runs = ", ".join(f"{float(run['total']):.2f}" for run in runs)
    print(f"fastest of {REPEATS} runs (all: {all_runs} s)")
    print(f"{'scan of each cluster':24} {'CPU s':>8} {'KB/s/core':>10}")
    print(f"{'full':24} {total:8.2f} {per_core(kilobytes, total)}")
    print(f"{'without the parse':24} {total - parse:8.2f} {per_core(kilobytes, total - parse)}")
    print(f"\n{'stage':24} {'CPU s':>8} {'share':>10}")
    stages = [*STAGES, "checks"]
    rows = [(stage, seconds.get(stage, 0.0)) for stage in stages]
    rows.append(("other", total - sum(seconds.values())))
    for stage, spent in rows:
        print(f"{stage:24} {spent:8.2f} {spent / total:>10.1%}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        print(json.dumps(measure(Path(sys.argv[2]))))
    else:
        main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEVSET)
