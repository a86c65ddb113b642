"""Speed of the pipeline: extraction and full scans, in KB/s of article text.

Not a test: run it with ``python benchmarks/speed.py [FOLDER ...]``. Defaults
to the bundled corpus; pass the devset folder to time a large run.
"""

from __future__ import annotations

import sys
import time
from functools import partial
from pathlib import Path

from claimcheck.config import load_config
from claimcheck.pipeline import extract, scan

PROJECT = Path(__file__).resolve().parent.parent
REPEATS = 5


def corpus_kilobytes(folder: Path) -> float:
    """Size of the article text under a folder, in KB."""
    files = [p for p in folder.rglob("*") if p.suffix in (".txt", ".md")]
    return sum(len(p.read_text(encoding="utf-8").encode()) for p in files) / 1024


def best_seconds(run: object, repeats: int) -> float:
    """Fastest of several runs of a no-argument callable."""
    timings = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()  # type: ignore[operator]
        timings.append(time.perf_counter() - start)
    return min(timings)


def main(folders: list[Path]) -> None:
    """Print one line per folder and stage."""
    print(f"{'corpus':40} {'KB':>8} {'stage':8} {'seconds':>8} {'KB/s':>8}")
    for folder in folders:
        kilobytes = corpus_kilobytes(folder)
        config = load_config([folder])
        repeats = REPEATS if kilobytes < 200 else 1
        for stage, run in (
            ("extract", partial(extract, [folder], config)),
            ("scan", partial(scan, [folder], config)),
        ):
            seconds = best_seconds(run, repeats)
            print(
                f"{str(folder)[-40:]:40} {kilobytes:8.1f} {stage:8} {seconds:8.3f} {kilobytes / seconds:8.0f}"
            )


if __name__ == "__main__":
    main([Path(a) for a in sys.argv[1:]] or [PROJECT / "data" / "sources"])
