"""Where the test data lives, for every test module."""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).parent
PROJECT = TESTS.parent
SOURCES = PROJECT / "data" / "sources"
STORIES = TESTS / "data" / "stories"
HELDOUT = TESTS / "data" / "heldout"
BLIND = TESTS / "data" / "blind2"
# Stories blind testers wrote and graded the tool on (tests/data/blind3/README.md).
PROBES = TESTS / "data" / "blind3"
# The second round of them (tests/data/blind4/README.md).
PROBES_ROUND6 = TESTS / "data" / "blind4"
# And the third (tests/data/blind5/README.md).
PROBES_ROUND7 = TESTS / "data" / "blind5"
# And the fourth (tests/data/blind6/README.md).
PROBES_ROUND8 = TESTS / "data" / "blind6"
# And the fifth (tests/data/blind7/README.md).
PROBES_ROUND9 = TESTS / "data" / "blind7"
# And the sixth (tests/data/blind8/README.md).
PROBES_ROUND10 = TESTS / "data" / "blind8"
# And the seventh (tests/data/blind9/README.md).
PROBES_ROUND11 = TESTS / "data" / "blind9"
# And the eighth (tests/data/blind10/README.md).
PROBES_ROUND12 = TESTS / "data" / "blind10"
# Every folder of made-up stories with an answer key: the stories the rules were developed
# on, two sets written blind after them, and the blind testers' rounds.
STORY_ROOTS = (
    STORIES,
    HELDOUT,
    BLIND,
    PROBES,
    PROBES_ROUND6,
    PROBES_ROUND7,
    PROBES_ROUND8,
    PROBES_ROUND9,
    PROBES_ROUND10,
    PROBES_ROUND11,
    PROBES_ROUND12,
)
GOLDEN = TESTS / "formatters" / "golden"
