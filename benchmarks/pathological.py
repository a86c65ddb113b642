"""Adversarial inputs: every stage must stay roughly linear in the input's length.

Not a test (speed is never asserted in tests): run ``python benchmarks/pathological.py``
and read the seconds; a case whose time grows a hundredfold for a tenfold input
is quadratic somewhere.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from claimcheck.pipeline import scan

CASES = {
    "one long word": lambda n: "x" * n + " 5 people.",
    "digits": lambda n: "1" * n,
    "hyphen chain": lambda n: "a-" * (n // 2),
    "commas": lambda n: "12, " * (n // 4),
    "capitalised words": lambda n: "Alpha " * (n // 6) + "said 5 people died.",
    "brackets": lambda n: "(" * (n // 2) + ")" * (n // 2),
    "quotes": lambda n: '"a" ' * (n // 4),
    "han run": lambda n: "Prose here. " + "上" * n + " more prose.",
    "no newline sentences": lambda n: "The firm employs 40 people, it said. " * (n // 37),
}


def main() -> None:
    """Time a scan of each case at two sizes."""
    print(f"{'case':24} {'20k chars':>10} {'200k chars':>11}")
    with tempfile.TemporaryDirectory() as folder:
        for name, make in CASES.items():
            timings = []
            for size in (20_000, 200_000):
                path = Path(folder) / "case.txt"
                path.write_text(make(size), encoding="utf-8")
                start = time.perf_counter()
                scan([path])
                timings.append(time.perf_counter() - start)
            print(f"{name:24} {timings[0]:10.3f} {timings[1]:11.3f}")


if __name__ == "__main__":
    main()
