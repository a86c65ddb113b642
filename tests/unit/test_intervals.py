"""Intervals: the strict and pragmatic readings of a stated figure."""

from __future__ import annotations

import pytest

from claimcheck.intervals import (
    Interval,
    describe_quantity,
    format_number,
    pragmatic_interval,
    rounding_slack,
    strict_interval,
)
from claimcheck.quantities import parse_quantities


def quantity(text: str):  # type: ignore[no-untyped-def]
    """The first quantity of a text."""
    return parse_quantities(text)[0]


@pytest.mark.parametrize(
    ("left", "right", "strict", "pragmatic"),
    [
        ("over 100 firms", "more than 200 firms", True, False),
        ("over 100 firms", "150 firms", True, True),
        ("12,000 hectares", "20,000 hectares", False, False),
        ("about 2,000 people", "1,950 people", True, True),
        ("between 40 and 50 events", "45 events", True, True),
        ("$1.2 billion", "1,200 million dollars", True, True),
        ("22 miles", "35 km", True, True),
        ("under 40 cars", "35 cars", True, True),
        ("under 40 cars", "12 cars", True, False),
        ("more than two dozen trucks", "31 trucks", True, True),
        ("at least 12 dead", "19 dead", True, True),
        # "nearly" and "almost" end at the figure; "about" reaches past it.
        ("nearly $80 million", "$82 million", False, False),
        ("almost 1,000 people", "1,020 people", False, False),
        ("almost 1,000 people", "960 people", True, True),
        ("about 1,000 people", "1,020 people", True, True),
        # A precise-looking approximation is meant tightly, a round one loosely.
        ("about $740 million", "$812 million", True, False),
        ("about 740 people", "752 people", True, True),
        ("about 300 people", "312 people", True, True),
        ("an estimated 1,450 people", "1,600 people", True, False),
        ("about 7.4 billion", "7.9 billion", True, False),
        ("about 750 jobs", "810 jobs", True, True),
        # A height is written to the inch.
        ("a 6-foot-8 forward", "the 6-foot-9 senior", False, False),
        ("the 6-foot-9 senior", "he is 6 feet 9 inches tall", True, True),
        # A bound in a unit the parser converts ("300 millimetres" is 0.3 m) rounds as
        # written, whatever the float division of its step gives.
        ("more than 300 millimetres", "312 millimetres", True, True),
        ("under 300 millimetres", "288 millimetres", True, True),
    ],
)
def test_overlap(left: str, right: str, strict: bool, pragmatic: bool) -> None:
    a, b = quantity(left), quantity(right)
    assert strict_interval(a).overlaps(strict_interval(b)) is strict
    assert pragmatic_interval(a).overlaps(pragmatic_interval(b)) is pragmatic


@pytest.mark.parametrize(
    ("text", "slack"),
    [("35,000 people", 250.0), ("286 firms", 1.43), ("2:08:14", 38.47), ("100 firms", 5.0)],
)
def test_rounding_slack(text: str, slack: float) -> None:
    assert rounding_slack(quantity(text)) == pytest.approx(slack, rel=0.01)


@pytest.mark.parametrize(
    ("text", "slack"),
    [
        # A count written in whole digits is held to them, its trailing zeros aside.
        ("2,117 points", 0.25),
        ("2,100 points", 25.0),
        # Not a count, or not written in whole digits: the relative slack stays.
        ("2.1 million people", 25_000.0),
        ("286 km", 1430.0),
        # A span written as a clock: half its last digit, so two swimmers' times differ.
        ("in 2:05.22", 0.005),
        ("won in 2:08:14", 0.5),
    ],
)
def test_counts_exact_slack(text: str, slack: float) -> None:
    assert rounding_slack(quantity(text), counts_exact=True) == pytest.approx(slack, rel=0.01)


@pytest.mark.parametrize(
    ("interval", "text"),
    [
        (Interval(100, None, False), "(100, ∞)"),
        (Interval(100, 200, True, False), "[100, 200)"),
        (Interval(None, 4e9), "(-∞, 4 billion]"),
    ],
)
def test_describe(interval: Interval, text: str) -> None:
    assert interval.describe() == text


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        # A span of time shows in the largest unit it reads in with at most one decimal.
        ("eight years", "8 years"),
        ("18 months", "1.5 years"),
        ("six weeks", "42 days"),
        ("42 days", "42 days"),
        ("90 minutes", "1.5 hours"),
        ("at least 14 days", "[14, ∞) days"),
        ("more than 10 years", "(10, ∞) years"),
        # A clock stays in seconds, and other kinds in their base unit.
        ("2:08:14", "7,694 s"),
        ("5 km", "5,000 m"),
    ],
)
def test_describe_quantity(written: str, shown: str) -> None:
    assert describe_quantity(quantity(written)) == shown


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1.2e9, "1.2 billion"),
        (35000, "35,000"),
        (0.25, "0.25"),
        (6.1e5, "610,000"),
        # A whole number up to float noise ("nearly 3,100" reaches 3,215 in binary).
        (3214.9999999999, "3,215"),
        (3215.0000000001, "3,215"),
    ],
)
def test_format_number(value: float, text: str) -> None:
    assert format_number(value) == text


@pytest.mark.parametrize(
    ("left", "right", "within"),
    [
        # A measure converted from another unit and rounded lies near the exact conversion.
        ("nearly 280 millimetres", "11.2 inches", True),
        ("up to 60 centimetres", "up to two feet", True),
        # Further off, or in one unit, it is another figure.
        ("180 millimetres", "11.2 inches", False),
        ("280 millimetres", "285 millimetres", False),
    ],
)
def test_a_rounded_conversion(left: str, right: str, within: bool) -> None:
    from claimcheck.compare import _within_a_conversion

    (left_q,), (right_q,) = parse_quantities(left), parse_quantities(right)
    assert _within_a_conversion(left_q, right_q) is within
