"""Scale: how a full scan grows with the size of the corpus.

Not a test: run ``python benchmarks/scale.py [--scales 1,10,40] [--big] [--peers]
[--stories folders|auto|none] [DEVSET]``
from the project root. DEVSET holds one subfolder of articles per story and defaults to
the shared devset (``../shared/devset/ecbplus``).

A corpus at scale N is N copies of the devset's articles in a temporary folder. Copy k
has every story folder renamed with the suffix ``-k`` and, in every article, each figure
written with digits multiplied by one factor drawn for that article from
``random.Random(k)`` (years, times, dates and ordinals are left alone), so the copies
are new stories with their own figures rather than byte-for-byte duplicates. Scale 1
is copy 0, already nudged. The copies share every word and name, so automatic story
separation would rightly take each story's copies for one story; the scans therefore
name the stories by folder (``--stories folders``, the default here; ``--stories auto``
measures that case instead).

Each scale is scanned (``pipeline.scan([folder])``) in a fresh process, so its peak
memory is its own, with the language model loaded before the clock starts (its load
time is shown apart). A scan of 64 articles or more runs in worker processes, so CPU
seconds are user plus system time of the scanning process and of its reaped workers
(``resource.getrusage``), and KB/s is per core (KB are 1024 bytes of article text, as
in speed.py). Peak memory is ``ru_maxrss``: of the scanning process, and of its largest
worker. The growth ratio is (CPU time at the largest scale / CPU time at 1x) divided by
(size ratio): 1.0 is linear. ``--peers`` also times pySBD's sentence segmentation and
quantulum3's quantity extraction on the 1x text, when those packages are installed.
"""

from __future__ import annotations

import argparse
import importlib
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from speed import PROJECT

from claimcheck import nlp, pipeline
from claimcheck.config import Config, StoriesName

DEVSET = PROJECT.parent / "shared" / "devset" / "ecbplus"
DEFAULT_SCALES = (1, 10)
BIG_SCALES = (1, 10, 40)
# Each article's figures are multiplied by one factor drawn from this range.
NUDGE = (0.8, 1.25)
KB = 1024
MB = KB * KB
# resource's ru_maxrss is in KB on Linux.
MAXRSS_PER_MB = 1024
# A figure written with digits: thousands separators and decimals allowed; not part of a
# word, a time, a date or a code ("2nd", "5:30", "3/17", "A320", "1.2.3").
FIGURE = re.compile(r"(?<![\w.,:/-])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w:/]|[.,]\d)")
# Four-digit figures in this range are years, and stay as written.
YEARS = range(1900, 2100)
# A floor on a measured time, so a rate never divides by zero.
MIN_SECONDS = 1e-9
PEERS_HINT = "not installed (pip install pysbd quantulum3)"


def nudged(text: str, factor: float) -> str:
    """The text with each figure multiplied by factor, written in the same format."""

    def replace(match: re.Match[str]) -> str:
        whole, decimals = match.group(1), match.group(2) or ""
        digits = whole.replace(",", "")
        if (len(digits) > 1 and digits.startswith("0")) or (
            not decimals and "," not in whole and len(digits) == 4 and int(digits) in YEARS
        ):
            return match.group(0)
        places = max(len(decimals) - 1, 0)
        value = float(digits + decimals) * factor
        if not places:
            # A nonzero count stays nonzero ("1 dead" never becomes "0 dead").
            value = max(round(value), 1) if int(digits) else 0
        grouped = "," if "," in whole else ""
        return f"{value:{grouped}.{places}f}"

    return FIGURE.sub(replace, text)


def story_folders(devset: Path) -> list[Path]:
    """The devset's story folders, in name order."""
    return sorted(path for path in devset.iterdir() if path.is_dir())


def build_corpus(devset: Path, folder: Path, copies: int) -> tuple[int, int]:
    """Write copies of the devset under folder; return (articles, bytes of text)."""
    articles = size = 0
    for copy in range(copies):
        rng = random.Random(copy)
        for story in story_folders(devset):
            target = folder / f"{story.name}-{copy}"
            target.mkdir(parents=True)
            for article in sorted(story.glob("*.txt")):
                text = nudged(article.read_text(encoding="utf-8"), rng.uniform(*NUDGE))
                size += (target / article.name).write_bytes(text.encode("utf-8"))
                articles += 1
    return articles, size


def cpu_seconds() -> float:
    """User plus system CPU seconds of this process and its reaped children."""
    usages = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return sum(usage.ru_utime + usage.ru_stime for usage in usages)


def measure(folder: Path, stories: StoriesName) -> dict[str, Any]:
    """Load the model, then scan folder once (run in a fresh process by ``fresh_measure``)."""
    wall, cpu = time.perf_counter(), time.process_time()
    nlp.language()
    load_wall, load_cpu = time.perf_counter() - wall, time.process_time() - cpu
    wall, cpu = time.perf_counter(), cpu_seconds()
    report = pipeline.scan([folder], Config(stories=stories))
    wall, cpu = time.perf_counter() - wall, cpu_seconds() - cpu
    return {
        "load_wall": load_wall,
        "load_cpu": load_cpu,
        "wall": wall,
        "cpu": cpu,
        "peak_self": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / MAXRSS_PER_MB,
        "peak_workers": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / MAXRSS_PER_MB,
        "sources": report.summary.sources,
        "stories": report.summary.stories,
        "conflicts": report.summary.conflicts,
    }


def fresh_measure(folder: Path, stories: str) -> dict[str, Any]:
    """``measure`` in a fresh interpreter, so peak memory is this scale's alone."""
    result = subprocess.run(
        [sys.executable, __file__, "--child", str(folder), "--stories", stories],
        stdout=subprocess.PIPE,
        text=True,
        check=True,
    )
    measured: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return measured


def peer_rates(texts: list[str]) -> list[tuple[str, str]]:
    """KB/s per core of pySBD's segmentation and quantulum3's extraction, if installed."""
    kilobytes = sum(len(text.encode("utf-8")) for text in texts) / KB
    rows = []
    for name, label in (
        ("pysbd", "pySBD sentences"),
        ("quantulum3.parser", "quantulum3 quantities"),
    ):
        try:
            module = importlib.import_module(name)
        except ImportError:
            rows.append((label, PEERS_HINT))
            continue
        run: Callable[[str], object] = (
            module.Segmenter(language="en", clean=False).segment
            if name == "pysbd"
            else module.parse
        )
        start = time.process_time()
        for text in texts:
            run(text)
        seconds = max(time.process_time() - start, MIN_SECONDS)
        rows.append((label, f"{kilobytes / seconds:.1f} KB/s per core ({seconds:.2f} s CPU)"))
    return rows


def main(devset: Path, scales: list[int], peers: bool, stories: str) -> None:
    """Build each scale, scan it in a fresh process and print one row per scale."""
    print(f"devset: {devset} ({len(story_folders(devset))} story folders)")
    header = (
        f"{'scale':>5} {'articles':>8} {'MB':>6} {'stories':>7} {'conflicts':>9} "
        f"{'load s':>6} {'CPU s':>8} {'wall s':>7} {'KB/s/core':>9} {'peak MB':>8} "
        f"{'worker MB':>9}"
    )
    print(header, flush=True)
    rows: dict[int, dict[str, Any]] = {}
    peer_texts: list[str] = []
    for scale in scales:
        with tempfile.TemporaryDirectory(prefix="claimcheck-scale-") as temporary:
            folder = Path(temporary)
            articles, size = build_corpus(devset, folder, scale)
            if peers and scale == 1:
                peer_texts = [p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.txt"))]
            row = rows[scale] = {
                **fresh_measure(folder, stories),
                "articles": articles,
                "bytes": size,
            }
        print(
            f"{scale:>4}x {articles:>8} {size / MB:>6.2f} {row['stories']:>7} "
            f"{row['conflicts']:>9} {row['load_cpu']:>6.2f} {row['cpu']:>8.1f} "
            f"{row['wall']:>7.1f} {size / KB / row['cpu']:>9.1f} {row['peak_self']:>8.0f} "
            f"{row['peak_workers']:>9.0f}",
            flush=True,
        )
    largest = max(rows)
    if 1 in rows and largest > 1:
        base, top = rows[1], rows[largest]
        size_ratio = top["bytes"] / base["bytes"]
        for clock in ("cpu", "wall"):
            ratio = top[clock] / base[clock]
            print(
                f"growth 1x to {largest}x ({clock}): time x{ratio:.2f} for size "
                f"x{size_ratio:.2f}: ratio {ratio / size_ratio:.2f} (1.0 is linear)"
            )
    if peers:
        if not peer_texts:
            print("peers: need scale 1 in --scales")
        for label, rate in peer_rates(peer_texts) if peer_texts else []:
            print(f"{label} on the 1x text: {rate}")


def parse_arguments() -> argparse.Namespace:
    """The command line: scales, --big, --peers, the devset folder (or --child FOLDER)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("devset", nargs="?", type=Path, default=DEVSET)
    parser.add_argument("--scales", help="comma-separated copies of the devset, e.g. 1,10,40")
    parser.add_argument("--big", action="store_true", help=f"scales {BIG_SCALES}")
    parser.add_argument("--peers", action="store_true", help="time pySBD and quantulum3")
    parser.add_argument("--stories", default="folders", choices=("folders", "auto", "none"))
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args()


if __name__ == "__main__":
    arguments = parse_arguments()
    if arguments.child:
        print(json.dumps(measure(arguments.child, arguments.stories)))
    else:
        chosen = BIG_SCALES if arguments.big else DEFAULT_SCALES
        if arguments.scales:
            chosen = tuple(int(scale) for scale in arguments.scales.split(","))
        main(arguments.devset, sorted(set(chosen)), arguments.peers, arguments.stories)
