"""Adversarial inputs: every stage must stay roughly linear in the input's length.

Not a test (speed is never asserted in tests): run
``python benchmarks/pathological.py [MB]`` and read the seconds per MB. Each shape is
scanned at MB/10 and at MB megabytes (default 1, so 0.1 MB and 1 MB); "growth" is
the ratio of seconds per MB between the two sizes, about 1 when the cost is linear
and about 10 when it is quadratic. The issue's sizes (a 10 MB one-line file, 50 MB of
prose) are ``python benchmarks/pathological.py 10`` and ``... 50``; they take
minutes. CPU seconds (``time.process_time``), so other load on the machine counts
little; the model is loaded before any timing. Files larger than the default size limit are scanned with the limit raised.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from claimcheck import nlp
from claimcheck.config import Config
from claimcheck.pipeline import scan

PROSE = (
    "The fire killed 12 people on Monday, police said. Rescuers pulled 40 survivors from "
    "the rubble of the old market, and about 300 residents took shelter in the school. "
    "The mayor said the damage would cost more than $2 million to repair.\n"
)

SHAPES: dict[str, Callable[[int], str]] = {
    "one long word": lambda n: "x" * n + " 5 people.",
    "digits": lambda n: "1" * n,
    "hyphen chain": lambda n: "a-" * (n // 2),
    "commas": lambda n: "12, " * (n // 4),
    "capitalised words": lambda n: "Alpha " * (n // 6) + "said 5 people died.",
    "brackets": lambda n: "(" * (n // 2) + ")" * (n // 2),
    "quotes": lambda n: '"a" ' * (n // 4),
    "han run": lambda n: "Prose here. " + "上" * n + " more prose.",
    "one line, no sentence end": lambda n: ("the firm employs 40 people and " * n)[:n],
    "one long sentence": lambda n: "The firm said " + "40 people, " * (n // 11) + "left.",
    "many short sentences": lambda n: "It rose 5%. " * (n // 12),
    "news prose": lambda n: PROSE * (n // len(PROSE)),
}


def seconds_per_mb(make: Callable[[int], str], size: int, folder: Path) -> float:
    """CPU seconds per MB to scan one file of about ``size`` characters of a shape."""
    path = folder / "case.txt"
    text = make(size)
    path.write_text(text, encoding="utf-8")
    config = Config(max_file_size=max(len(text.encode("utf-8")) + 1, 1 << 24))
    start = time.process_time()
    scan([path], config)
    elapsed = time.process_time() - start
    return elapsed / (len(text.encode("utf-8")) / 1e6)


def main(megabytes: float) -> None:
    """Print seconds per MB of each shape at two sizes, and the growth between them."""
    nlp.language()  # the model loads once, before any timing
    large = int(megabytes * 1_000_000)
    small = large // 10
    print(f"{'shape':28} {f's/MB at {small / 1e6:g} MB':>16} {f's/MB at {large / 1e6:g} MB':>16}")
    with tempfile.TemporaryDirectory() as folder:
        for name, make in SHAPES.items():
            rates = [seconds_per_mb(make, size, Path(folder)) for size in (small, large)]
            growth = rates[1] / rates[0] if rates[0] else float("nan")
            print(f"{name:28} {rates[0]:16.2f} {rates[1]:16.2f}   growth {growth:4.1f}")


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
