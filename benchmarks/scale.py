"""Scale: how a full scan grows with the size of the corpus.

Not a test: run ``python benchmarks/scale.py [--scales 1,10,40] [--big] [--articles N]
[--peers] [--jobs-speedup] [--compare-stories] [--stories folders|auto|none] [DEVSET]``
from the project root. DEVSET holds one subfolder of articles per story and defaults to
the shared devset (``../shared/devset/ecbplus``).

A corpus at scale N is N copies of the devset's articles in a temporary folder (under
``tempfile.gettempdir()``, checked for free space first, removed at the end). Copy k
has every story folder renamed with the suffix ``-k`` and, in every article, each figure
written with digits multiplied by one factor drawn for that article from
``random.Random(k)`` (years, times, dates and ordinals are left alone), so the copies
are new stories with their own figures rather than byte-for-byte duplicates. Scale 1
is copy 0, already nudged. ``--articles N`` scans one corpus of exactly N articles
instead of the scales: ceil(N / devset articles) copies, less the last articles of the
last copy in path order. The copies share every word and name, so automatic story
separation would rightly take each story's copies for one story; the scans therefore
name the stories by folder (``--stories folders``, the default here; ``--stories auto``
measures that case instead).

Each corpus is scanned in a fresh process, so its peak memory is its own, the way
``claimcheck scan FOLDER --format jsonl -o FILE`` runs: ``start_scan`` with the default
``jobs`` (one worker per core), its JSON Lines written story by story to a temporary
file by ``JsonLinesStream``, so no story's claims outlive the story. The language model
is loaded before the clock starts (its load time is shown apart). A scan of 64 articles
or more reads its articles in worker processes, so CPU seconds are user plus system time
of the scanning process and of its reaped workers (``resource.getrusage``), and KB/s is
per core (KB are 1024 bytes of article text, as in speed.py). Stories and conflicts are
the stream's: its report's story count, and the conflict findings it wrote. Peak memory
is shown three ways: "tree MB", the largest total resident memory of the scanning
process and all its workers together, sampled with psutil every 0.2 s from this
process, so that the scanning process runs no thread of ours and forks its workers as
the CLI does (pages the forked workers share with it count once per process, so this
is an upper bound); "main MB", the ``ru_maxrss`` of the scanning process; "worker MB", that of its
largest worker. The growth ratio is (time at the largest scale / time at 1x) divided by
(size ratio), for CPU and for wall time: 1.0 is linear.

Extra measures on the 1x corpus:

- ``--peers``: pySBD's sentence segmentation and quantulum3's quantity extraction, in
  KB/s per core (CPU time in this process, after one warm-up call), beside claimcheck's
  full scan; each is first timed on every 5th article, and on the rest too only when
  the whole text would take at most 60 s (otherwise the line says it is the sample).
  quantulum3 runs with its unit classifier, as its users run it (``pip install -e
  '.[bench]'`` installs scikit-learn for it); when its shipped classifier file does not
  load with the installed scikit-learn, it is retrained first, untimed, as quantulum3's
  own warning advises. The line says which.
- ``--jobs-speedup``: the scan in fresh processes with ``jobs=1`` and ``jobs=2``: wall
  times, the speed-up, and whether the two JSON Lines files are byte for byte the same.
- ``--compare-stories``: conflicts of one scan with ``stories="auto"``, against the sum
  of scans of each story folder alone (default settings, one process, the model loaded
  once), and of one scan with ``stories="folders"``.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import filecmp
import importlib
import json
import math
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from collections.abc import Callable, Sequence
from functools import cache, partial
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import psutil
from speed import PROJECT

from claimcheck import nlp, pipeline
from claimcheck.config import Config, StoriesName
from claimcheck.formatters.jsonl import JsonLinesStream

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
# Seconds between two samples of the process tree's memory.
SAMPLE_SECONDS = 0.2
# Free space a corpus needs: this many times its text (the corpus and its report), plus
# a margin in bytes.
DISK_FACTOR = 3
DISK_MARGIN = 256 * MB
# Peers: timed on every PEER_STEP-th article, and on the rest too when the whole text
# would take at most PEER_FULL_SECONDS of CPU.
PEER_STEP = 5
PEER_FULL_SECONDS = 60.0
PEERS_HINT = "not installed (pip install pysbd quantulum3)"
JOBS_COMPARED = (1, 2)
# A first text for each peer, so that lazy loading is not timed ("pounds" is ambiguous).
WARM_UP = "The 3 ships sailed 12 km on 2 May; 4 pounds of flour cost 5 pounds."


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


def devset_articles(devset: Path) -> list[Path]:
    """The devset's articles, story folder by story folder, in name order."""
    return [article for story in story_folders(devset) for article in sorted(story.glob("*.txt"))]


def build_corpus(devset: Path, folder: Path, copies: int, keep: int | None = None) -> int:
    """Write copies of the devset under folder, then, when keep is given, delete the last
    articles of the last copy (in path order) so that keep articles are left; return the
    bytes of text written."""
    size = 0
    for copy in range(copies):
        rng = random.Random(copy)
        for story in story_folders(devset):
            target = folder / f"{story.name}-{copy}"
            target.mkdir(parents=True)
            for article in sorted(story.glob("*.txt")):
                text = nudged(article.read_text(encoding="utf-8"), rng.uniform(*NUDGE))
                size += (target / article.name).write_bytes(text.encode("utf-8"))
    if keep is not None:
        last = sorted(folder.glob(f"*-{copies - 1}/*.txt"))
        surplus = copies * len(devset_articles(devset)) - keep
        for article in last[len(last) - surplus :]:
            size -= article.stat().st_size
            article.unlink()
        for story in folder.glob(f"*-{copies - 1}"):
            if not any(story.iterdir()):
                story.rmdir()
    return size


def check_disk(folder: Path, needed: int) -> None:
    """Stop before writing a corpus that would not fit in the free space under folder."""
    free = shutil.disk_usage(folder).free
    if free < needed * DISK_FACTOR + DISK_MARGIN:
        raise SystemExit(
            f"{folder}: {free / MB:.0f} MB free, a corpus of {needed / MB:.0f} MB needs "
            f"{(needed * DISK_FACTOR + DISK_MARGIN) / MB:.0f} MB"
        )


def cpu_seconds() -> float:
    """User plus system CPU seconds of this process and its reaped children."""
    usages = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return sum(usage.ru_utime + usage.ru_stime for usage in usages)


class TreePeak:
    """The largest total resident memory of a process and all its descendants, in bytes,
    sampled every ``SAMPLE_SECONDS`` by a background thread of this process while in use.

    The thread runs here, never in the process measured: a process with a second thread
    starts its pool workers from a forkserver (``engines.start_method``), not as a scan
    from the command line does.
    """

    def __init__(self, pid: int) -> None:
        self.peak = 0
        self._root = psutil.Process(pid)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def sample(self) -> None:
        """Add up the tree's resident memory now; keep the largest total."""
        total = 0
        try:
            processes = [self._root, *self._root.children(recursive=True)]
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            return  # the scan has ended
        for process in processes:
            # A worker may end between the listing and the reading.
            with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
                total += process.memory_info().rss
        self.peak = max(self.peak, total)

    def _run(self) -> None:
        while not self._stop.wait(SAMPLE_SECONDS):
            self.sample()

    def __enter__(self) -> Self:
        self.sample()
        self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._thread.join()


def load_model() -> tuple[float, float]:
    """Load the language model; return the (wall, CPU) seconds it took."""
    wall, cpu = time.perf_counter(), time.process_time()
    nlp.language()
    return time.perf_counter() - wall, time.process_time() - cpu


def measure(folder: Path, stories: StoriesName, jobs: int, output: Path) -> dict[str, Any]:
    """Load the model, then scan folder once the streaming way, writing the JSON Lines
    report to output (run in a fresh process by ``fresh_measure``)."""
    load_wall, load_cpu = load_model()
    wall, cpu = time.perf_counter(), cpu_seconds()
    run = pipeline.start_scan([folder], Config(stories=stories, jobs=jobs))
    stream = JsonLinesStream(run, keep=lambda finding: True)
    with output.open("w", encoding="utf-8") as handle:
        handle.writelines(stream.lines())
    wall, cpu = time.perf_counter() - wall, cpu_seconds() - cpu
    assert stream.report is not None  # every line was written
    return {
        "load_wall": load_wall,
        "load_cpu": load_cpu,
        "wall": wall,
        "cpu": cpu,
        "peak_self": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / MAXRSS_PER_MB,
        "peak_workers": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / MAXRSS_PER_MB,
        "sources": stream.report.summary.sources,
        "stories": stream.report.summary.stories,
        "conflicts": sum(count for (_, kind), count in stream.counts.items() if kind == "conflict"),
        "output_bytes": output.stat().st_size,
    }


def compare_stories(folder: Path) -> dict[str, Any]:
    """Conflicts of one scan with automatic stories, of one scan of each story folder
    alone, and of one scan with folder stories (run in a fresh process)."""
    load_model()
    auto = pipeline.scan([folder], Config(stories="auto")).summary
    alone = [pipeline.scan([story], Config()).summary for story in story_folders(folder)]
    folders = pipeline.scan([folder], Config(stories="folders")).summary
    return {
        "auto": auto.conflicts,
        "auto_stories": auto.stories,
        "alone": sum(summary.conflicts for summary in alone),
        "alone_scans": len(alone),
        "folders": folders.conflicts,
        "folders_stories": folders.stories,
    }


def child(arguments: Sequence[str]) -> tuple[Any, float]:
    """This script run again in a fresh interpreter: its last line of output as JSON, and
    the peak memory (MB) of its process tree, sampled from here (``TreePeak``)."""
    command = [sys.executable, __file__, *arguments]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    with TreePeak(process.pid) as tree:
        printed, _ = process.communicate()
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, command, printed)
    return json.loads(printed.strip().splitlines()[-1]), tree.peak / MB


def fresh_measure(folder: Path, stories: str, output: Path, jobs: int = 0) -> dict[str, Any]:
    """``measure`` in a fresh interpreter, so peak memory is this corpus's alone (the
    model load included)."""
    measured: dict[str, Any]
    measured, peak = child(
        ["--child", str(folder), "--stories", stories, "--jobs", str(jobs), "--output", str(output)]
    )
    measured["tree_peak"] = peak
    return measured


def kilobytes(texts: Sequence[str]) -> float:
    """The size of texts in KB of UTF-8."""
    return sum(len(text.encode("utf-8")) for text in texts) / KB


def cpu_time(run: Callable[[str], object], texts: Sequence[str]) -> float:
    """CPU seconds of this process to run over every text."""
    start = time.process_time()
    for text in texts:
        run(text)
    return max(time.process_time() - start, MIN_SECONDS)


def pysbd_segment() -> tuple[Callable[[str], object], str]:
    """pySBD's sentence segmentation of a text, and how it runs."""
    pysbd = importlib.import_module("pysbd")
    segment: Callable[[str], object] = pysbd.Segmenter(language="en", clean=False).segment
    segment(WARM_UP)
    return segment, "sentences"


def quantulum3_parse() -> tuple[Callable[[str], object], str]:
    """quantulum3's quantity extraction of a text, and how it runs: with its unit
    classifier, as its users run it. When the classifier file it ships cannot be loaded
    by the installed scikit-learn, it is retrained with that scikit-learn first, as
    quantulum3's own warning advises (``classifier.train_classifier``, a few seconds, not
    timed), into a file kept for the run; without scikit-learn it runs without one."""
    parser = importlib.import_module("quantulum3.parser")
    classifier = importlib.import_module("quantulum3.classifier")
    if not classifier.USE_CLF:
        return parser.parse, "quantities, without its unit classifier (scikit-learn not installed)"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            parser.parse(WARM_UP)
            return parser.parse, "quantities, with its unit classifier"
        except ImportError:
            retrained = _peer_files() / "quantulum3-classifier.joblib"
            classifier.train_classifier(store=True, output_path=str(retrained))
            parse: Callable[[str], object] = partial(parser.parse, classifier_path=str(retrained))
            parse(WARM_UP)
    return parse, (
        "quantities, with its unit classifier, retrained with the installed scikit-learn "
        "(the shipped file does not load with it)"
    )


@cache
def _peer_files() -> Path:
    """A folder for the files the peers need in this run (quantulum3's retrained
    classifier), made on first use and removed at exit."""
    folder = tempfile.TemporaryDirectory(prefix="claimcheck-peers-")
    atexit.register(folder.cleanup)
    return Path(folder.name)


def peer_rates(texts: list[str]) -> list[tuple[str, float | None, str]]:
    """pySBD's segmentation and quantulum3's extraction: (name, KB/s per core or None
    when not installed, what and how it was measured)."""
    rows: list[tuple[str, float | None, str]] = []
    sample, rest = texts[::PEER_STEP], [t for i, t in enumerate(texts) if i % PEER_STEP]
    peers: tuple[tuple[str, Callable[[], tuple[Callable[[str], object], str]]], ...] = (
        ("pySBD", pysbd_segment),
        ("quantulum3", quantulum3_parse),
    )
    for name, prepare in peers:
        try:
            run, what = prepare()
        except ImportError:
            rows.append((name, None, PEERS_HINT))
            continue
        seconds = cpu_time(run, sample)
        projected = seconds * kilobytes(texts) / kilobytes(sample)
        if projected <= PEER_FULL_SECONDS:
            seconds += cpu_time(run, rest)
            rate = kilobytes(texts) / seconds
            how = f"whole 1x text: {len(texts)} articles, {seconds:.1f} s CPU"
        else:
            rate = kilobytes(sample) / seconds
            how = (
                f"SAMPLE, every {PEER_STEP}th article of the 1x text: {len(sample)} articles, "
                f"{kilobytes(sample):.0f} KB, {seconds:.1f} s CPU; the whole text would take "
                f"~{projected:.0f} s"
            )
        rows.append((name, rate, f"{what}; {how}"))
    return rows


HEADER = (
    f"{'scale':>7} {'articles':>8} {'MB':>7} {'stories':>7} {'conflicts':>9} {'load s':>6} "
    f"{'CPU s':>8} {'wall s':>7} {'KB/s/core':>9} {'tree MB':>7} {'main MB':>7} "
    f"{'worker MB':>9}"
)


def row_line(label: str, row: dict[str, Any]) -> str:
    """One printed row of a measured corpus."""
    return (
        f"{label:>7} {row['sources']:>8} {row['bytes'] / MB:>7.2f} {row['stories']:>7} "
        f"{row['conflicts']:>9} {row['load_cpu']:>6.2f} {row['cpu']:>8.1f} {row['wall']:>7.1f} "
        f"{row['bytes'] / KB / row['cpu']:>9.1f} {row['tree_peak']:>7.0f} "
        f"{row['peak_self']:>7.0f} {row['peak_workers']:>9.0f}"
    )


def scan_corpus(
    devset: Path, work: Path, copies: int, stories: str, keep: int | None = None
) -> tuple[Path, dict[str, Any]]:
    """Build a corpus under work and measure one scan of it: (its folder, the row)."""
    folder = work / (f"{keep}-articles" if keep is not None else f"{copies}x")
    check_disk(work, copies * sum(article.stat().st_size for article in devset_articles(devset)))
    size = build_corpus(devset, folder, copies, keep)
    row = fresh_measure(folder, stories, work / f"{folder.name}.jsonl")
    return folder, {**row, "bytes": size}


def print_growth(rows: dict[int, dict[str, Any]]) -> None:
    """The growth ratios from 1x to the largest scale, for CPU and wall time."""
    largest = max(rows)
    if 1 not in rows or largest == 1:
        return
    base, top = rows[1], rows[largest]
    size_ratio = top["bytes"] / base["bytes"]
    for clock in ("cpu", "wall"):
        ratio = top[clock] / base[clock]
        print(
            f"growth 1x to {largest}x ({clock}): time x{ratio:.2f} for size "
            f"x{size_ratio:.2f}: ratio {ratio / size_ratio:.2f} (1.0 is linear)"
        )


def print_peers(one: Path, row: dict[str, Any]) -> None:
    """The peers' rates on the 1x text beside claimcheck's full scan."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(one.rglob("*.txt"))]
    own = row["bytes"] / KB / row["cpu"]
    print(
        f"claimcheck full scan on the 1x text: {own:.1f} KB/s per core "
        f"({row['cpu']:.1f} s CPU, main + workers)",
        flush=True,
    )
    for name, rate, how in peer_rates(texts):
        if rate is None:
            print(f"{name} on the 1x text: {how}", flush=True)
        else:
            print(
                f"{name}: {rate:.1f} KB/s per core ({how}); claimcheck / {name}: x{own / rate:.2f}",
                flush=True,
            )


def print_jobs_speedup(one: Path, stories: str, work: Path) -> None:
    """Wall time of the 1x scan with each of JOBS_COMPARED, and whether outputs match."""
    outputs = [work / f"1x-jobs{jobs}.jsonl" for jobs in JOBS_COMPARED]
    rows = [
        fresh_measure(one, stories, output, jobs)
        for jobs, output in zip(JOBS_COMPARED, outputs, strict=True)
    ]
    for jobs, row in zip(JOBS_COMPARED, rows, strict=True):
        print(
            f"1x scan with jobs={jobs}: wall {row['wall']:.1f} s, CPU {row['cpu']:.1f} s, "
            f"tree peak {row['tree_peak']:.0f} MB, {row['conflicts']} conflicts"
        )
    same = filecmp.cmp(outputs[0], outputs[-1], shallow=False)
    print(
        f"speed-up jobs={JOBS_COMPARED[0]} to jobs={JOBS_COMPARED[-1]} (wall): "
        f"x{rows[0]['wall'] / rows[-1]['wall']:.2f}; JSON Lines outputs byte-identical: "
        f"{'yes' if same else 'NO'} ({outputs[0].stat().st_size} and "
        f"{outputs[-1].stat().st_size} bytes)"
    )


def print_story_comparison(one: Path) -> None:
    """Conflicts with automatic stories against per-folder scans and folder stories."""
    found, _ = child(["--compare-child", str(one)])
    print(
        f"stories on the 1x corpus: one scan, stories=auto: {found['auto']} conflicts "
        f"({found['auto_stories']} stories); each story folder alone "
        f"({found['alone_scans']} scans): {found['alone']} conflicts; difference auto - alone: "
        f"{found['auto'] - found['alone']:+d}"
    )
    print(
        f"one scan, stories=folders: {found['folders']} conflicts "
        f"({found['folders_stories']} stories); difference folders - alone: "
        f"{found['folders'] - found['alone']:+d}"
    )


def main(devset: Path, scales: list[int], arguments: argparse.Namespace) -> None:
    """Build each corpus, scan it in a fresh process and print one row per corpus, then
    the growth ratios and the extra measures asked for."""
    per_copy = len(devset_articles(devset))
    print(f"devset: {devset} ({len(story_folders(devset))} story folders, {per_copy} articles)")
    with tempfile.TemporaryDirectory(prefix="claimcheck-scale-") as temporary:
        work = Path(temporary)
        free = shutil.disk_usage(work).free
        print(f"corpora in {work} ({free / MB / KB:.1f} GB free)")
        print(HEADER, flush=True)
        rows: dict[int, dict[str, Any]] = {}
        one: Path | None = None
        if arguments.articles:
            copies = math.ceil(arguments.articles / per_copy)
            folder, row = scan_corpus(devset, work, copies, arguments.stories, arguments.articles)
            shutil.rmtree(folder)
            print(row_line(f"{arguments.articles / per_copy:.1f}x", row), flush=True)
        for scale in scales:
            folder, rows[scale] = scan_corpus(devset, work, scale, arguments.stories)
            if scale == 1:
                one = folder
            else:
                shutil.rmtree(folder)
            print(row_line(f"{scale}x", rows[scale]), flush=True)
        if rows:
            print_growth(rows)
        if one is None and (arguments.peers or arguments.jobs_speedup or arguments.compare_stories):
            one, rows[1] = scan_corpus(devset, work, 1, arguments.stories)
            print(row_line("1x", rows[1]), flush=True)
        if one is not None and arguments.peers:
            print_peers(one, rows[1])
        if one is not None and arguments.jobs_speedup:
            print_jobs_speedup(one, arguments.stories, work)
        if one is not None and arguments.compare_stories:
            print_story_comparison(one)


def parse_arguments() -> argparse.Namespace:
    """The command line: what to measure and the devset folder (or a child's task)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("devset", nargs="?", type=Path, default=DEVSET)
    parser.add_argument("--scales", help="comma-separated copies of the devset, e.g. 1,10,40")
    parser.add_argument("--big", action="store_true", help=f"scales {BIG_SCALES}")
    parser.add_argument(
        "--articles", type=int, help="scan one corpus of exactly this many articles instead"
    )
    parser.add_argument("--peers", action="store_true", help="time pySBD and quantulum3")
    parser.add_argument(
        "--jobs-speedup", action="store_true", help="the 1x scan with jobs=1 and jobs=2"
    )
    parser.add_argument(
        "--compare-stories",
        action="store_true",
        help="conflicts with stories=auto against each story folder scanned alone",
    )
    parser.add_argument("--stories", default="folders", choices=("folders", "auto", "none"))
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--output", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--compare-child", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args()


if __name__ == "__main__":
    arguments = parse_arguments()
    if arguments.child:
        print(
            json.dumps(
                measure(arguments.child, arguments.stories, arguments.jobs, arguments.output)
            )
        )
    elif arguments.compare_child:
        print(json.dumps(compare_stories(arguments.compare_child)))
    else:
        # Rows appear as they are measured, in order with the children's messages.
        sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
        chosen: tuple[int, ...] = BIG_SCALES if arguments.big else DEFAULT_SCALES
        if arguments.scales:
            chosen = tuple(int(scale) for scale in arguments.scales.split(","))
        if arguments.articles and (arguments.scales or arguments.big):
            raise SystemExit("--articles scans one corpus: leave out --scales and --big")
        main(arguments.devset, [] if arguments.articles else sorted(set(chosen)), arguments)
