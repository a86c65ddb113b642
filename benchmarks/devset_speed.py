"""Speed on the devset: model load time, then a scan of every story cluster, by stage.

Not a test: run ``python benchmarks/devset_speed.py [FOLDER]`` from the project root.
FOLDER holds one subfolder of articles per story and defaults to the shared devset
(``../shared/devset/ecbplus``). The model load is timed in a fresh process. Each cluster
is then scanned on its own, as a user would (``pipeline.scan([cluster])``), in this
process with the model already loaded; clusters are below the size at which the
pipeline starts worker processes, so all the work is counted here. Times are CPU
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


def main(devset: Path) -> None:
    """Print the model load time, the scan totals and the time of each stage."""
    clusters = sorted(path for path in devset.iterdir() if path.is_dir())
    load = model_load()
    print(
        f"model load, fresh process: {load['load']:.2f} s wall, {load['cpu']:.2f} s CPU "
        f"(the sha256 check of the model files in it: {load['verify'] * 1000:.0f} ms)"
    )
    nlp.language()
    clock = StageClock()
    articles = 0
    with clock.installed():
        start = time.process_time()
        for cluster in clusters:
            articles += len(pipeline.scan([cluster]).sources)
        total = time.process_time() - start
    kilobytes = sum(corpus_kilobytes(cluster) for cluster in clusters)
    parse = clock.seconds["parse"]
    print(f"{devset}: {len(clusters)} clusters, {articles} articles, {kilobytes:.1f} KB")
    print(f"{'scan of each cluster':24} {'CPU s':>8} {'KB/s/core':>10}")
    print(f"{'full':24} {total:8.2f} {per_core(kilobytes, total)}")
    print(f"{'without the parse':24} {total - parse:8.2f} {per_core(kilobytes, total - parse)}")
    print(f"\n{'stage':24} {'CPU s':>8} {'share':>10}")
    stages = [*STAGES, "checks"]
    rows = [(stage, clock.seconds[stage]) for stage in stages]
    rows.append(("other", total - sum(clock.seconds.values())))
    for stage, seconds in rows:
        print(f"{stage:24} {seconds:8.2f} {seconds / total:>10.1%}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEVSET)
