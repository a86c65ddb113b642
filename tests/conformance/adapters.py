"""Translate our Quantity output into the notation of peer projects' test suites.

Each peer writes expectations its own way (Recognizers-Text interval strings and
unit names, quantulum3 unit names and values in the stated unit). The functions
here map our model onto theirs faithfully, so a suite case passes exactly when
their own runner would accept our answer on the fields it compares:
- Recognizers-Text: number of results, and per result the span (Start/End,
  inclusive End) and the resolution value; for currency also unit and isoCurrency.
- quantulum3: number of quantities, and per quantity the value (converted through
  the unit table below), the kind of unit, and a span overlapping theirs.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimcheck.models import Quantity
from claimcheck.quantities import find_bare_percent_words, find_numbers, parse_quantities
from claimcheck.quantities.qualifiers import PREFIX_HEDGES

DATA = Path(__file__).resolve().parent.parent / "data" / "conformance"

# Words that make a range a two-sided bound ("more than 10 and less than 40"), for
# which Recognizers-Text writes the real inclusivity; plain ranges ("between 20 and
# 30", "20-30") are half-open "[20,30)" by their convention.
COMPARISON_WORDS_RE = re.compile(
    r"(?i)than|least|most|equal|above|below|over|under|exceed|surpass|[<>≤≥]"
)
EQUAL_RE = re.compile(r"(?i)^equal")
HEDGE_PREFIX_RE = re.compile(
    r"(?i)^(?:"
    + "|".join(re.escape(h) for h in sorted(PREFIX_HEDGES, key=len, reverse=True))
    + r")\s*"
)

# Recognizers-Text currency names and ISO codes, keyed by the currency as written.
# Their recognizer only gives an ISO code when the currency is unambiguous ("$" and
# "pound" alone are not), hence None for those.
RT_CURRENCY_NAMES: list[tuple[re.Pattern[str], str, str | None]] = [
    (re.compile(p, re.IGNORECASE), name, iso)
    for p, name, iso in [
        (r"\bc ?\$|canadian dollar|\bcad\b", "Canadian dollar", "CAD"),
        (r"\bhk ?\$|hong kong dollar|\bhkd", "Hong Kong dollar", "HKD"),
        (r"australian dollar|\baud|aud\$", "Australian dollar", "AUD"),
        (r"\bnzd", "New Zealand dollar", "NZD"),
        (r"\bmxn|mex\$", "Mexican peso", "MXN"),
        (
            r"\bu\.?s\.? ?\$|\busd|us dollar|united states dollar|musd",
            "United States dollar",
            "USD",
        ),
        (r"\bcents?\b", "Cent", None),
        (r"\$|dollar", "Dollar", None),
        (r"british pound|\bgbp|mgbp", "British pound", "GBP"),
        (r"\bpence\b", "Pence", None),
        (r"\bpenny\b", "Penny", None),
        (r"£|pound", "Pound", None),
        (r"€|euro|\beur|meur", "Euro", "EUR"),
        (r"yen", "Japanese yen", "JPY"),
        (r"yuan|rmb|元|kuai|\bcny", "Chinese yuan", "CNY"),
        (r"swiss franc", "Swiss franc", "CHF"),
        (r"franc", "Franc", None),
        (r"markka", "Finnish markka", None),
        (r"peseta", "Peseta", None),
        (r"guilder", "Netherlands guilder", None),
        (r"rupee", "Rupee", None),
        (r"turkish lira", "Turkish lira", "TRY"),
        (r"₡", "Costa Rican colón", "CRC"),
        (r"₾", "Georgian lari", "GEL"),
        (r"₭", "Lao kip", "LAK"),
        (r"bitcoin|btc|₿", "Bitcoin", None),
        (r"satoshi", "Satoshi", None),
    ]
]


@dataclass(frozen=True)
class Suite:
    """One conformance suite: its file, how a case is judged, and its figures."""

    name: str
    path: Path
    check: Callable[[dict[str, Any]], bool]
    floor: int
    reference: str


def load(path: Path) -> list[dict[str, Any]]:
    """The cases of a suite file."""
    data: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8-sig"))
    return data


def rt_number(v: float) -> str:
    """A number the way Recognizers-Text prints it: 15 significant digits, 'E' exponent."""
    if v == int(v) and abs(v) < 1e15:
        return str(int(v))
    return f"{v:.15g}".upper().replace("E-0", "E-").replace("E+0", "E+")


def _interval(q: Quantity) -> str | None:
    """Our interval in their bracket notation, or None if they would not report it."""
    lo = "" if q.low is None else rt_number(q.low)
    hi = "" if q.high is None else rt_number(q.high)
    if q.qualifier == "range":
        if COMPARISON_WORDS_RE.search(q.surface):
            left = "[" if q.low_inclusive else "("
            right = "]" if q.high_inclusive else ")"
            return f"{left}{lo},{hi}{right}"
        return f"[{lo},{hi})"
    if q.qualifier == "over":
        return f"({lo},)"
    if q.qualifier == "at_least":
        return f"[{lo},)"
    if q.qualifier == "under":
        return f"(,{hi})"
    if q.qualifier == "at_most":
        return f"(,{hi}]"
    if q.qualifier == "exact" and EQUAL_RE.match(q.surface):
        return f"[{lo},{hi}]"
    return None


def _same_results(text: str, got: list[tuple[int, int, str]], want: list[dict[str, Any]]) -> bool:
    expected = [(r["Start"], r["End"], str(r["Resolution"].get("value"))) for r in want]
    if [(s, e, v) for s, e, v in got] != expected:
        return False
    return all(r["Text"].lower() == text[r["Start"] : r["End"] + 1].lower() for r in want)


def check_number_range(case: dict[str, Any]) -> bool:
    """NumberRangeModel: our bounded quantities as intervals."""
    text = case["Input"]
    got = []
    for q in parse_quantities(text):
        interval = _interval(q)
        if interval is not None:
            got.append((q.span[0], q.span[1] - 1, interval))
    return _same_results(text, got, case["Results"])


# A number glued to a following letter is part of a unit ("180ml"), which their
# number model leaves to the dimension model.
GLUED_UNIT_RE = re.compile(r"[A-Za-z]")


def check_number(case: dict[str, Any]) -> bool:
    """NumberModel: every number our number layer finds, with its span and value."""
    text = case["Input"]
    got = []
    for n in find_numbers(text):
        if not n.scaled and GLUED_UNIT_RE.match(text, n.end):
            continue
        got.append((n.start, n.end - 1, rt_number(n.value)))
    return _same_results(text, got, case["Results"])


def check_percent(case: dict[str, Any]) -> bool:
    """PercentModel: our percent quantities, value printed with a '%' sign.

    Recognizers-Text also reports a percent word with no figure ("a small
    percent") with a null value; the parser lists those through the separate
    find_bare_percent_words, which the claim pipeline does not call.
    """
    text = case["Input"]
    found = [q for q in parse_quantities(text) if q.kind == "percent"]
    found += find_bare_percent_words(text)
    got = [
        (q.span[0], q.span[1] - 1, "null" if q.value is None else rt_number(q.value) + "%")
        for q in sorted(found, key=lambda q: q.span)
    ]
    return _same_results(text, got, case["Results"])


def _core_span(q: Quantity) -> tuple[int, int]:
    """The span without a leading hedge word: their currency text starts at the amount."""
    m = HEDGE_PREFIX_RE.match(q.surface)
    start = q.span[0] + (m.end() if m else 0)
    return start, q.span[1]


def _currency_name(surface: str) -> tuple[str, str | None]:
    for pattern, name, iso in RT_CURRENCY_NAMES:
        if pattern.search(surface):
            return name, iso
    return "", None


def check_currency(case: dict[str, Any]) -> bool:
    """CurrencyModel: our money quantities, with their unit name and ISO code."""
    text = case["Input"]
    got = []
    for q in parse_quantities(text):
        if q.kind != "money" or q.value is None:
            continue
        start, end = _core_span(q)
        surface = text[start:end]
        name, iso = _currency_name(surface)
        value = q.value
        if name in ("Cent", "Pence", "Penny") and not re.search(r"\d\D+\d", surface):
            value = value * 100
        got.append((start, end - 1, rt_number(value), name, iso))
    want = case["Results"]
    expected = [
        (
            r["Start"],
            r["End"],
            str(r["Resolution"].get("value")),
            r["Resolution"].get("unit"),
            r["Resolution"].get("isoCurrency"),
        )
        for r in want
    ]
    return got == expected


# quantulum3 unit name -> (our kind, factor from their unit to our base unit).
QUANTULUM_UNITS: dict[str, tuple[str, float]] = {
    "dimensionless": ("count", 1),
    "percentage": ("percent", 1),
    "metre": ("length", 1),
    "kilometre": ("length", 1e3),
    "nanometre": ("length", 1e-9),
    "picometre": ("length", 1e-12),
    "attometre": ("length", 1e-18),
    "mile": ("length", 1609.344),
    "inch": ("length", 0.0254),
    "square kilometre": ("area", 1e6),
    "square mile": ("area", 2589988.110336),
    "cubic kilometre": ("volume", 1e9),
    "gallon": ("volume", 3.785411784e-3),
    "litre": ("volume", 1e-3),
    "centilitre": ("volume", 1e-5),
    "cubic centimetre": ("volume", 1e-6),
    "cup": ("volume", 2.365882365e-4),
    "tablespoon": ("volume", 1.478676478125e-5),
    "milligram": ("mass", 1e-6),
    "kilogram": ("mass", 1),
    "tonne": ("mass", 1e3),
    "pound-mass": ("mass", 0.45359237),
    "second": ("duration", 1),
    "hour": ("duration", 3600),
    "day": ("duration", 86400),
    "week": ("duration", 604800),
    "month": ("duration", 2629746),
    "year": ("duration", 31556952),
    "megayear": ("duration", 31556952e6),
    "gigayear": ("duration", 31556952e9),
    "byte": ("data", 1),
    "megabyte": ("data", 1e6),
    "exabyte": ("data", 1e18),
    "kibibyte": ("data", 1024),
    "bit": ("data", 0.125),
    "kilometre per hour": ("speed", 1 / 3.6),
    "degree Celsius": ("temperature", 1),
    "pound sterling": ("money", 1),
    "euro": ("money", 1),
    "dollar": ("money", 1),
    "penny": ("money", 0.01),
    "cent": ("money", 0.01),
    "dime": ("money", 0.1),
    "electronvolt": ("other", 1.602176634e-19),
    "teraelectronvolt": ("other", 1.602176634e-7),
    "watt hour": ("other", 3600),
    "megawatt hour": ("other", 3.6e9),
    "gigahertz": ("other", 1e9),
    "milligray": ("other", 1e-3),
    "dozen": ("count", 12),
    "inverse second": ("other", 1),
    "inverse femtobarn": ("other", 1),
    "dollar per hour": ("money", 1 / 3600),
    "dollar per kilogram": ("money", 1),
    "watt per minute": ("other", 1 / 60),
    "count per week": ("other", 1 / 604800),
}
DIMENSIONLESS_KINDS = frozenset({"count", "year", "other"})


def _quantulum_expected(text: str, r: dict[str, Any]) -> tuple[str, float, tuple[int, int]] | None:
    unit = r["unit"]
    if unit == "degree fahrenheit":
        kind, value = "temperature", (r["value"] - 32) * 5 / 9
    elif unit in QUANTULUM_UNITS:
        kind, factor = QUANTULUM_UNITS[unit]
        value = r["value"] * factor
    else:
        return None
    pos = text.find(r["surface"])
    return kind, value, (pos, pos + len(r["surface"]))


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-12)


def check_quantulum(case: dict[str, Any]) -> bool:
    """quantities.json: count, value, unit kind, and overlapping span per quantity."""
    text = case["req"]
    got = parse_quantities(text)
    want = case["res"]
    if len(got) != len(want):
        return False
    for q, r in zip(got, want, strict=True):
        exp = _quantulum_expected(text, r)
        if exp is None or q.value is None:
            return False
        kind, value, (s, e) = exp
        if kind == "count":
            if q.kind not in DIMENSIONLESS_KINDS:
                return False
        elif q.kind != kind:
            return False
        if not _close(q.value, value):
            return False
        if not (q.span[0] < e and s < q.span[1]):
            return False
    return True


RT = DATA / "recognizers-text"
SUITES: list[Suite] = [
    Suite(
        "NumberRangeModel",
        RT / "NumberRangeModel.json",
        check_number_range,
        83,
        "no Python resolver; .NET 87",
    ),
    Suite("NumberModel", RT / "NumberModel.json", check_number, 181, "Recognizers-Text Python 177"),
    Suite(
        "PercentModel", RT / "PercentModel.json", check_percent, 20, "Recognizers-Text Python 17"
    ),
    Suite(
        "CurrencyModel",
        RT / "CurrencyModel.json",
        check_currency,
        149,
        "Recognizers-Text Python 139",
    ),
    Suite(
        "quantulum3",
        DATA / "quantulum3" / "quantities.json",
        check_quantulum,
        # 91 until a number after a capitalised word became part of the name ("its Strata
        # 14 laptop"): the suite reads "the passage of Voyager 2" as a figure 2.
        90,
        "quantulum3 101 (its own suite)",
    ),
]


def run(suite: Suite) -> tuple[int, int, list[int]]:
    """(cases, passed, indexes of failed cases) for one suite."""
    cases = load(suite.path)
    failed = [i for i, c in enumerate(cases) if not suite.check(c)]
    return len(cases), len(cases) - len(failed), failed
