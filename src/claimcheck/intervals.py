"""Intervals: what range of true values a stated figure allows.

Comparing figures as strings fails on "over 300" against "more than 600"; as
intervals, the question becomes whether two ranges can overlap. Each quantity
has two readings:

- the *strict* reading is what the words allow: "over 300" is (300, ∞);
- the *pragmatic* reading is what a writer means: someone who says "over 300"
  would have said "over 400" had the figure reached it, so "over 300" reads as
  [300, 400). The cap is the next round step of the figure's order of
  magnitude: over 300 → [300, 400), over 350 → [350, 400), over 7,000 →
  [7,000, 8,000), under 40 → (30, 40]. Approximations ("about 2,000") cover
  the stated tolerance either way.

Two figures are in *strict* conflict when their strict intervals are disjoint,
in *pragmatic* conflict when only their pragmatic intervals are.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from claimcheck.models import Quantity
from claimcheck.quantities.units import WORD_UNITS, time_unit_factors

# "More than two dozen" is rounded in dozens: it reads as [24, 36), not [24, 30).
DOZEN = 12.0

# Relative slack always allowed around an exact figure.
EXACT_SLACK = 0.005
# An exact figure may be rounded: allow this share of its last rounding step
# ("35,000" -> ±250), but never more than ROUNDING_CAP of the value.
ROUNDING_SHARE = 0.25
ROUNDING_CAP = 0.05

# The first written number of a surface: "35,000" in "35,000 km", "1.2" in "$1.2bn".
WRITTEN_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
# A height in feet and inches ("6-foot-9", "6 ft 9 in"), written to the inch, in metres.
FEET_AND_INCHES = re.compile(r"\d\s*-?\s*(?:foot|feet|ft)\b\W*\d", re.IGNORECASE)
INCH_METRES = 0.0254


@dataclass(frozen=True)
class Interval:
    """A range of values; None is unbounded on that side."""

    low: float | None
    high: float | None
    low_inclusive: bool = True
    high_inclusive: bool = True

    def overlaps(self, other: Interval) -> bool:
        """Whether some value lies in both intervals."""
        return _below(self.low, self.low_inclusive, other.high, other.high_inclusive) and _below(
            other.low, other.low_inclusive, self.high, self.high_inclusive
        )

    def below(self, other: Interval) -> bool:
        """Whether every value of this interval lies below every value of the other."""
        return not self.overlaps(other) and not _below(
            other.low, other.low_inclusive, self.high, self.high_inclusive
        )

    def describe(self) -> str:
        """Bracket notation: [100, 200), (200, ∞)."""
        left = "[" if self.low_inclusive and self.low is not None else "("
        right = "]" if self.high_inclusive and self.high is not None else ")"
        low = "-∞" if self.low is None else format_number(self.low)
        high = "∞" if self.high is None else format_number(self.high)
        return f"{left}{low}, {high}{right}"


def _below(low: float | None, low_inc: bool, high: float | None, high_inc: bool) -> bool:
    """Whether an interval starting at low can meet one ending at high."""
    if low is None or high is None:
        return True
    if low_inc and high_inc:
        return low <= high
    return low < high


def format_number(value: float) -> str:
    """A figure as a reader writes it: 1200000000 → 1.2 billion, 0.25 → 0.25."""
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            return f"{value / scale:.4g} {word}"
    if abs(value - round(value)) <= 1e-9 * max(1.0, abs(value)):
        # Whole, up to float noise: 3,215, not "3215" for 3214.9999999999.
        return f"{round(value):,}"
    return f"{value:.6g}"


def round_step(value: float) -> float:
    """The round step of a figure's order of magnitude: 350 → 100, 7,000 → 1,000."""
    if value <= 0:
        return 1.0
    return float(10 ** math.floor(math.log10(value)))


def strict_interval(quantity: Quantity, counts_exact: bool = False) -> Interval:
    """What the words allow, with a little slack around exact figures.

    :param counts_exact: hold a count written out in full ("3,214 points") to its
        written digits, without the relative slack (``rounding_slack``); for telling
        whether two figures agree, where "3,214" and "3,226" must not
    """
    low, high = quantity.low, quantity.high
    if is_vague_plural(quantity):
        # "thousands left in the dark" is no contradiction of 61,840 customers without
        # power: a vague plural says at least its lower bound, and news writes it of far
        # larger numbers too ("dozens injured" still disagrees with "eight injured").
        return Interval(low, None, quantity.low_inclusive, True)
    if quantity.qualifier == "exact" and quantity.value is not None:
        slack = rounding_slack(quantity, counts_exact)
        # A unit of several sizes bounds an exact figure beyond its value ("3.1 million
        # tons": short, metric or long tons).
        lowest = quantity.value if low is None else min(low, quantity.value)
        highest = quantity.value if high is None else max(high, quantity.value)
        return Interval(lowest - slack, highest + slack)
    if quantity.qualifier == "approx" and low is not None and high is not None:
        # "about $80 million" is itself rounded: widen by the figure's rounding. "nearly
        # $80 million" ends at the figure (its hedge says the value is below it), so only
        # its lower end widens.
        slack = rounding_slack(quantity)
        below = quantity.value is not None and high == quantity.value and low < high
        return Interval(low - slack, high if below else high + slack)
    return Interval(low, high, quantity.low_inclusive, quantity.high_inclusive)


def is_vague_plural(quantity: Quantity) -> bool:
    """Whether a count is a plural round number in words ("dozens", "hundreds", "tens of
    thousands"), which ``claims.with_vague_counts`` reads as a range with no value."""
    return (
        quantity.kind == "count"
        and quantity.qualifier == "range"
        and quantity.value is None
        and not any(c.isdigit() for c in quantity.surface)
    )


def rounding_slack(quantity: Quantity, counts_exact: bool = False) -> float:
    """How far the true value of an exact figure may lie from what is written.

    "22 miles (35 km)" are one distance: each is rounded to its last digit.
    Clock times ("2:08:14") are precise to the second and get no extra slack.
    With ``counts_exact``, a count written in whole digits gets only its rounding
    ("2,100" is 2,075 to 2,125; "3,214" is 3,214), and a span written as a clock only half
    its last digit ("2:05.22" is 125.215 to 125.225 seconds).
    """
    value = quantity.value or 0.0
    written = WRITTEN_NUMBER.search(quantity.surface)
    whole = written is not None and "." not in written.group()
    held = counts_exact and whole and quantity.kind == "count"
    floor = 0.0 if held else abs(value) * EXACT_SLACK
    if ":" in quantity.surface and quantity.kind == "duration":
        # "2:05.22" is 2 minutes 5.22 seconds to the hundredth: a race time two swimmers
        # do not share, whatever the relative slack of other figures.
        return _clock_slack(quantity.surface, value) if counts_exact else floor
    if written is None or ":" in quantity.surface or _in_several_units(quantity):
        # "2 hours, 6 minutes and 41 seconds" is as precise as "2:06:41".
        return floor
    if FEET_AND_INCHES.search(quantity.surface):
        # Rounded to its last figure, the inches, not to the feet it starts with.
        return max(floor, ROUNDING_SHARE * INCH_METRES)
    digits = _last_digit_step(written.group())
    if digits is None:
        return floor
    step, number, _ = digits
    slack = ROUNDING_SHARE * step * abs(value / number)
    return max(floor, min(slack, ROUNDING_CAP * abs(value)))


# The fields of a span of time written as a clock: "2:05.22", "2:08:14".
CLOCK_FIELDS = re.compile(r"\d+(?::\d{2})+(?:\.\d+)?")


def _clock_slack(surface: str, value: float) -> float:
    """Half the step of a clock-written span's last digit, in seconds: "2:05.22" (minutes,
    seconds and hundredths) gives 0.005, "2:08:14" 0.5, "2:08" read as hours and minutes
    30; 0 when the figure cannot be read so."""
    found = CLOCK_FIELDS.search(surface)
    if found is None:
        return 0.0
    *leading, last = found.group().split(":")
    fraction = last.partition(".")[2]
    fields = [*map(int, leading), float(last)]
    counted = sum(field * 60**power for power, field in enumerate(reversed(fields)))
    if counted <= 0:
        return 0.0
    unit = 60.0 if abs(value - counted * 60) < abs(value - counted) else 1.0
    return 0.5 * unit * 10.0 ** -len(fraction)


def _in_several_units(quantity: Quantity) -> bool:
    """Whether a span of time is written in several units ("two hours and 18 minutes")."""
    return quantity.kind == "duration" and len(time_unit_factors(quantity.surface)) > 1


def _last_digit_step(written: str) -> tuple[float, float, str] | None:
    """The step of a number's last written digit, the number and that last significant
    digit: "740" -> (10, 740, '4'), "7.4" -> (0.1, 7.4, '4'), "35,000" -> (1000, 35000, '5');
    None for zero."""
    token = written.replace(",", "")
    number = float(token)
    if number == 0:
        return None
    whole, _, fraction = token.partition(".")
    if fraction:
        return 10.0 ** -len(fraction), number, fraction[-1]
    significant = whole.rstrip("0")
    return 10.0 ** (len(whole) - len(significant)), number, significant[-1]


def pragmatic_interval(quantity: Quantity) -> Interval:
    """What the writer most likely means (see the module docstring)."""
    value = quantity.value
    if value is None:
        return strict_interval(quantity)
    step = DOZEN if "dozen" in quantity.surface.casefold() else round_step(value)
    # A figure in a unit converted to another ("300 millimetres" is 0.3 m) divides by its
    # step with a float's error (0.3 / 0.1 is 2.9999999999999996): rounded first.
    steps = round(value / step, 9)
    if quantity.qualifier in ("over", "at_least"):
        cap = (math.floor(steps) + 1) * step
        return Interval(value, cap, True, False)
    if quantity.qualifier in ("under", "at_most"):
        floor = (math.ceil(steps) - 1) * step
        return Interval(floor, value, False, True)
    if quantity.qualifier == "approx":
        return _approximation(quantity, value)
    return strict_interval(quantity)


# How many of its own rounding steps an approximation reaches either way: "about 740"
# is 720 to 760, "about 300" is still 270 to 330 (its hedge's tolerance is the tighter).
APPROX_STEPS = 2


def _approximation(quantity: Quantity, value: float) -> Interval:
    """What "about N" means: within the hedge's tolerance and within ``APPROX_STEPS`` of
    the figure's own rounding step.

    A round figure invites a loose reading and a precise-looking one a tight one (Krifka,
    "Approximate interpretations of number words", 2009: round numbers suggest round
    interpretations): whoever writes "about 740" would write "about 800", not "about
    740", of 812. The step is that of the figure's last non-zero digit, five of them
    when that digit is 5 ("about 750" is rounded to fifties); a figure in words has none.
    """
    strict = strict_interval(quantity)
    step = written_step(quantity)
    if step is None or strict.low is None or strict.high is None:
        return strict
    reach = APPROX_STEPS * step
    low = max(strict.low, value - reach)
    high = strict.high if strict.high <= value else min(strict.high, value + reach)
    return Interval(low, high)


def written_step(quantity: Quantity) -> float | None:
    """The rounding step of a figure written in digits, in its value's units: 740 -> 10,
    750 -> 50, 7.4 (billion) -> 0.1 billion; None for a figure not in digits."""
    written = WRITTEN_NUMBER.search(quantity.surface)
    if written is None or quantity.value is None or ":" in quantity.surface:
        return None
    digits = _last_digit_step(written.group())
    if digits is None:
        return None
    step, number, last = digits
    return step * (5 if last == "5" else 1) * abs(quantity.value / number)


# Units a span of time written in words is shown in, largest first: "8 years", not
# "252.5 million s" (the factors of ``quantities.units``).
TIME_DISPLAY_UNITS = tuple(
    (WORD_UNITS[name].factor, plural)
    for name, plural in (
        ("year", "years"),
        ("month", "months"),
        ("day", "days"),
        ("hour", "hours"),
        ("minute", "minutes"),
    )
)


def _reads_evenly(value: float) -> bool:
    """Whether a value has at most one decimal: 1.5 years reads, 1.38 months does not."""
    return abs(value - round(value, 1)) < 1e-6 * max(1.0, abs(value))


def describe_quantity(quantity: Quantity) -> str:
    """Normalised value for a reader: '(100, ∞) count', '4e+11 CNY', '8 years'.

    A span of time written in words ("eight years", "six weeks") is shown in the largest
    unit (years, months, days, hours, minutes) in which it reads with at most one
    decimal, so two claims in different units show alike ("six weeks" and "42 days" are
    both 42 days); a clock ("2:08:14") stays in seconds.
    """
    interval = strict_interval(quantity)
    factor, unit = _display_unit(quantity, interval)
    if quantity.qualifier == "exact" and quantity.value is not None:
        value = quantity.value if factor == 1 else round(quantity.value / factor, 6)
        return f"{format_number(value)} {unit}"
    if factor != 1:
        interval = Interval(
            None if interval.low is None else interval.low / factor,
            None if interval.high is None else interval.high / factor,
            interval.low_inclusive,
            interval.high_inclusive,
        )
    return f"{interval.describe()} {unit}"


def _display_unit(quantity: Quantity, interval: Interval) -> tuple[float, str]:
    """The factor from a quantity's base unit to the unit it is shown in, and that unit:
    a span of time written in words in ``TIME_DISPLAY_UNITS``, anything else as it is."""
    base = (1.0, quantity.unit or quantity.kind)
    if quantity.kind != "duration" or not any(c.isalpha() for c in quantity.surface):
        return base
    size = quantity.value if quantity.value is not None else (interval.low or interval.high)
    return next(
        (
            (factor, name)
            for factor, name in TIME_DISPLAY_UNITS
            if size and abs(size) >= factor and _reads_evenly(size / factor)
        ),
        base,
    )
