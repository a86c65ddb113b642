"""Compare claimcheck's sentence segmenter with pySBD: Golden Rules passed and speed.

Run from the project root: ``.venv/bin/python benchmarks/segment_speed.py``. Speed is
measured on the bundled articles (data/sources/*.txt), each segmented on its own as the
pipeline does, the corpus repeated until a pass takes about half a second; the best of
five passes is reported, in KB/s of UTF-8 input (1 KB = 1000 bytes). pySBD columns are
left out when pySBD is not installed. This is a report, not a test.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

from claimcheck.segment import split_sentences

ROOT = Path(__file__).resolve().parent.parent
GOLDEN_RULES = ROOT / "tests" / "data" / "pysbd" / "english_golden_rules.jsonl"
CORPUS = sorted((ROOT / "data" / "sources").glob("*.txt"))
TARGET_SECONDS = 0.5
PASSES = 5

Segment = Callable[[str], list[str]]


def ours(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def pysbd_segmenter() -> Segment | None:
    try:
        import pysbd  # type: ignore[import-untyped]
    except ImportError:
        return None
    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=False)

    def segment(text: str) -> list[str]:
        return list(segmenter.segment(text))

    return segment


def golden_passes(segment: Segment) -> int:
    passed = 0
    with GOLDEN_RULES.open(encoding="utf-8") as handle:
        for line in handle:
            case = json.loads(line)
            got = [sentence.strip() for sentence in segment(case["text"])]
            passed += got == case["expected"]
    return passed


def speed(segment: Segment, texts: list[str]) -> float:
    """KB/s over ``texts``, repeated enough for a stable timing."""
    size = sum(len(text.encode("utf-8")) for text in texts)
    repeats = 1
    while True:
        began = time.perf_counter()
        for _ in range(repeats):
            for text in texts:
                segment(text)
        elapsed = time.perf_counter() - began
        if elapsed >= TARGET_SECONDS / 4:
            break
        repeats *= 2
    repeats = max(1, round(repeats * TARGET_SECONDS / elapsed))
    best = float("inf")
    for _ in range(PASSES):
        began = time.perf_counter()
        for _ in range(repeats):
            for text in texts:
                segment(text)
        best = min(best, time.perf_counter() - began)
    return size * repeats / best / 1000


def main() -> None:
    texts = [path.read_text(encoding="utf-8") for path in CORPUS]
    size = sum(len(text.encode("utf-8")) for text in texts)
    rows: list[tuple[str, Segment]] = [("claimcheck", ours)]
    pysbd = pysbd_segmenter()
    if pysbd is not None:
        rows.append(("pysbd", pysbd))
    print(f"corpus: {len(texts)} files, {size / 1000:.1f} KB")
    print(f"{'segmenter':<12} {'golden rules':>12} {'KB/s':>10}")
    for name, segment in rows:
        print(f"{name:<12} {golden_passes(segment):>9}/48 {speed(segment, texts):>10,.0f}")
    if pysbd is None:
        print("pysbd: not installed")


if __name__ == "__main__":
    main()
