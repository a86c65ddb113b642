"""Print the per-suite conformance table and the parser's speed on data/sources.

Run: .venv/bin/python benchmarks/conformance.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "conformance"))

from adapters import SUITES, run

from claimcheck.quantities import parse_quantities

SOURCES = ROOT / "data" / "sources"
SPEED_ROUNDS = 20


def speed() -> float:
    """Parser throughput in KB/s over the bundled articles, line by line."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SOURCES.glob("*.txt"))]
    lines = [line for t in texts for line in t.splitlines()]
    size = sum(len(t.encode("utf-8")) for t in texts)
    start = time.perf_counter()
    for _ in range(SPEED_ROUNDS):
        for line in lines:
            parse_quantities(line)
    elapsed = (time.perf_counter() - start) / SPEED_ROUNDS
    return size / 1024 / elapsed


def main() -> None:
    """Print one row per suite, then the speed."""
    print(f"{'suite':<18} {'cases':>5} {'passed':>6} {'floor':>5}  reference")
    for suite in SUITES:
        cases, passed, _ = run(suite)
        print(f"{suite.name:<18} {cases:>5} {passed:>6} {suite.floor:>5}  {suite.reference}")
    print(f"parser speed on data/sources: {speed():.0f} KB/s")


if __name__ == "__main__":
    main()
