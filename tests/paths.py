"""Where the test data lives, for every test module."""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).parent
PROJECT = TESTS.parent
SOURCES = PROJECT / "data" / "sources"
STORIES = TESTS / "data" / "stories"
HELDOUT = TESTS / "data" / "heldout"
BLIND = TESTS / "data" / "blind2"
# The stories blind testers wrote and graded the tool on, one folder per round
# (tests/data/blind3 to blind21, each with a README that says how it was made); the first
# round is read alone too.
PROBE_ROUNDS = tuple(TESTS / "data" / f"blind{number}" for number in range(3, 122))
PROBES = PROBE_ROUNDS[0]
# Every folder of made-up stories with an answer key: the stories the rules were developed
# on, two sets written blind after them, and the blind testers' rounds.
STORY_ROOTS = (STORIES, HELDOUT, BLIND, *PROBE_ROUNDS)
GOLDEN = TESTS / "formatters" / "golden"
