"""Turn the numeric mentions of a sentence into normalised Quantity intervals.

Claims from different articles can only be compared once "more than 250 billion
yuan" and "over RMB 400bn" mean the same interval in the same unit. The parser
reads each number found by numbers.py together with its neighbours: a currency
before it, a scale or unit after it, a hedge word before or after it, a second
number that makes it a range, and a parenthesised restatement in another unit.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import pairwise

from claimcheck.datafiles import read_data
from claimcheck.lexicon import MONEY_MEASURES
from claimcheck.models import Qualifier, Quantity, QuantityKind
from claimcheck.quantities.numbers import CARDINALS, NumberMatch, find_numbers
from claimcheck.quantities.qualifiers import (
    PREFIX_HEDGES,
    SUFFIX_HEDGES,
    Hedge,
)
from claimcheck.quantities.units import (
    A_UNIT_WORDS,
    CURRENCY_PREFIXES,
    CURRENCY_SUFFIXES,
    INCH_RE,
    MONEY_SCALES,
    MONTHS,
    MULTIPLIER_WORDS,
    RATE_DENOMINATORS,
    SYMBOL_UNITS,
    WORD_UNITS,
    Unit,
    alternation,
    prefix_tree,
)

INCH = Unit("length", "m", 0.0254)
YEAR_MIN = 1800
YEAR_MAX = 2100
DAY_MAX = 31
NO_CONVERSION_KINDS = frozenset({"count", "year", "percent", "percentage_point", "multiplier"})
LOOKBACK = 48  # characters searched before a number for currency and hedge words

_CARDS = prefix_tree(CARDINALS)
_SYMBOL_HEDGES = [h for h in PREFIX_HEDGES if not h[0].isalpha()]
_WORD_HEDGES = [h for h in PREFIX_HEDGES if h[0].isalpha()]

# Currency right before a number, at the end of the look-back window:
# "$", "US$ ", "RMB ", "c $ ", "€".
CURRENCY_PREFIX_RE = re.compile(
    r"(?i:(?<![A-Za-z])(?:" + prefix_tree(CURRENCY_PREFIXES) + r"))\s*[-−]?\s*$"
)
# A scale letter after a currency amount: "$42bn", "€10M", "$2.174T", "$ 3 m".
MONEY_SCALE_RE = re.compile(r"\s?(?i:(?P<s>" + prefix_tree(MONEY_SCALES) + r"))(?![A-Za-z])")
# Gap between a number and its unit: "10kg", "10 kg", "27-kilometer", "8- to".
_JOIN = r"(?:[ \u00a0\u202f]{0,3}|-|\s-\s?)"
# A unit or currency word after a number, any case: "kilometres", "percent", "yuan",
# "%", "per cent", "°C".
WORD_UNIT_RE = re.compile(
    _JOIN + r"(?i:(?P<u>" + prefix_tree([*WORD_UNITS, *CURRENCY_SUFFIXES]) + r"))(?![A-Za-z0-9²³])"
)
# A case-sensitive unit symbol after a number: "5nm" is words, but "5 m", "8 MB", "2 L".
SYMBOL_UNIT_RE = re.compile(
    _JOIN + r"(?P<u>" + alternation(list(SYMBOL_UNITS)) + r")(?![A-Za-z0-9])"
)
# "in" used as inch after a number: "2 in thick".
INCH_AFTER_RE = re.compile(r"[ ]?(?P<u>" + INCH_RE.pattern + ")")

# A hedge right before a number or its currency: "more than ", "about $", ">= ".
PREFIX_HEDGE_RE = re.compile(
    r"(?:(?i:(?<![A-Za-z])(?P<w>"
    + prefix_tree(_WORD_HEDGES)
    + r"))|(?<![<>=])(?P<s>"
    + alternation(_SYMBOL_HEDGES)
    + r"))\s*$"
)
# A bound after the number, unless another number follows it:
# "500 or more", "200 or greater than", "30 or so" - not "200 or greater than 190".
SUFFIX_HEDGE_RE = re.compile(
    r"(?i:\s*,?\s+(?:or|and)\s+(?P<h>"
    + prefix_tree(SUFFIX_HEDGES)
    + r"))\b(?!(?:\s+than)?\s*(?:[-−$€£¥]?\d|(?i:an?|half|"
    + _CARDS
    + r")\b)|\s+(?i:than|or|to)\b)"
)
# A bound after a count's noun: "a million guineas or more", "20 people or fewer". The
# noun stays outside the figure, where the claim reads what it counts.
NOUN_SUFFIX_HEDGE_RE = re.compile(
    r"\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?\s+or\s+(?P<h>more|fewer|less|above|over|higher|lower)"
    r"\b(?!\s+than\b)"
)
# "100+" read as at least 100.
PLUS_RE = re.compile(r"\+(?![\w+])")
# "200-odd", "thirty-odd": a few more than the figure, read as at least it.
ODD_RE = re.compile(r"-odd\b", re.IGNORECASE)
# "or equal (to)" closing a strict bound, unless a number follows: "less than 5000 or equal".
INCLUSIVE_RE = re.compile(
    r"(?i:\s+or\s+equal(?:\s+to)?+)\b(?!\s*(?:[-−]?\d|(?i:" + _CARDS + r")\b))"
)
# Range opener before the first number: "between ", "from ".
RANGE_OPEN_RE = re.compile(r"(?i:(?<![A-Za-z])(?P<o>between|from))\s+$")
# Text between two range ends: " and ", " to ", "-", " – ", "~", "- to ", " through ".
RANGE_JOIN_RE = re.compile(r"(?i:-?\s+(?P<w>and|to|through|thru)\s+|\s*(?P<d>[-–—~])\s*)$")
# Text joining a lower and an upper bound: " and ", " but ", ", ".
BOUND_JOIN_RE = re.compile(r"(?i:\s*,?\s*(?:and|but)?\s*)$")
# Text before a restatement in another unit: " (", " or ", ", or about ".
CONVERSION_JOIN_RE = re.compile(r"(?i:\s*[(\[]\s*|\s*,?\s+or\s+)$")
# Money written as "N dollars and M (cents)": " and ", " ".
CENTS_JOIN_RE = re.compile(r"(?i:\s+(?:and\s+)?)$")
# Words that make a nearby 4-digit number a year: "in 2024", "since 2019", "April 2025".
YEAR_CUE_RE = re.compile(
    r"(?i:\b(?:in|since|by|from|until|till|to|of|through|between|and|before|after|during|"
    r"circa|year|fiscal|fy|early|late|mid|end|start|spring|summer|autumn|fall|winter|"
    r"the|an?|for|at|on|" + "|".join(MONTHS) + r")\s*-?\s*$)"
)
# A year as written: "2024", "1960s".
YEAR_SURFACE_RE = re.compile(r"\d{4}(?:'?s)?")
# A counted noun after a 4-digit number: "2000 people", "1900 companies".
COUNT_NOUN_AFTER_RE = re.compile(r"\s+(?:[a-z]+s|people|staff|children|personnel)\b")
# A month name next to a day number: "April 25", "25 April".
MONTH_BEFORE_RE = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\.?\s+$")
MONTH_AFTER_RE = re.compile(r"\s*(?:of\s+)?(?:" + "|".join(MONTHS) + r")\b")
# A decade: "1960s", "2010's".
DECADE_RE = re.compile(r"'?s\b")
# Standalone multiplier words: "twice", "threefold", "double".
# (Each starts with a look-ahead on its possible first letters, so that the search skips
# the other positions at once.)
MULTIPLIER_RE = re.compile(
    "(?=["
    + "".join(sorted({c for w in MULTIPLIER_WORDS for c in (w[0].lower(), w[0].upper())}))
    + r"])(?i:(?<![\w-])(?P<m>"
    + prefix_tree(MULTIPLIER_WORDS)
    + r"))(?![\w-])"
)
# Where MULTIPLIER_RE may match in lower-case ASCII text (see ``_may_hold``): its words,
# each "...fold" cut to "fold", so that the search no longer stops at every "s" and "h".
MULTIPLIER_HINT_RE = re.compile(
    prefix_tree({"fold" if w.endswith("fold") else w for w in map(str.lower, MULTIPLIER_WORDS)})
)
# "percent of 10": a percent word before its number.
PERCENT_OF_RE = re.compile(r"(?i:(?<![\w])(?:per\s?cents?|percents?)\s+of\s+)$")
# "old" after a number of years makes it an age: "30 years old", "a 30-year-old".
AGE_AFTER_RE = re.compile(r"[\s-]*old\b")
# The "per ..." part of a rate: "/hour", " per kg", " a week" after "times".
RATE_RE = re.compile(r"(?:\s*/\s*|\s+per\s+)(?i:(?P<d>" + prefix_tree(RATE_DENOMINATORS) + r"))\b")
# "a"/"an" standing for one of a unit: "a gallon", "a kibibyte", "a penny".
A_UNIT_RE = re.compile(r"(?=[aA])(?i:(?<![\w'])an?\s+(?P<u>" + prefix_tree(A_UNIT_WORDS) + r"))\b")
# Where A_UNIT_RE may match in lower-case ASCII text (see ``_may_hold``).
A_UNIT_HINT_RE = re.compile(r"an?\s+" + prefix_tree({w.lower() for w in A_UNIT_WORDS}))
# Between two listed figures: " and ", ", ", " or ".
LIST_JOIN_RE = re.compile(r"\s*(?:,|and|or|,\s*and)\s*")
# A list item number at the start of a line: "1. Dual Circulation", "2) Costs".
LIST_MARKER_RE = re.compile(r"\s*")
LIST_MARKER_AFTER_RE = re.compile(r"[.)]\s+[A-Z]")
# A letter glued to the digits that no unit explains: "860BOX".
GLUED_LETTER_RE = re.compile(r"[A-Za-z]")
# A unit word written in title case after a hyphen names a thing, not a measure:
# "-Year" in "Five-Year Plan", "-Day" in "Double-Day Sale".
TITLE_UNIT_RE = re.compile(r"-[A-Z][a-z]+")
NUMBER_AFTER_RE = re.compile(r"\s+\d")
# A clock reading: "2:08:14", "2:09", "27:45", "1:59.40" (h:mm:ss, h:mm, m:ss, m:ss.ff).
CLOCK_RE = re.compile(
    r"(?<![\w:.])(?P<a>\d{1,2}):(?P<b>[0-5]\d)(?::(?P<c>[0-5]\d))?(?P<f>\.\d+)?(?![\w:]|[.,]\d)"
)
# What makes a clock reading a time of day after it: "8:20 am", "2:30 p.m.", "10:00 GMT".
CLOCK_OF_DAY_AFTER_RE = re.compile(r"\s?(?i:[ap]\.?m\b|gmt\b|utc\b|o'clock\b|local\b)")
# What makes a clock reading a time of day before it: "at 10:30:00", "until 14:00:00".
CLOCK_OF_DAY_BEFORE_RE = re.compile(
    r"(?i:(?<![\w])(?:at|by|until|till|from|since|before|after|on)\s+$)"
)
# Words that make a two-part clock reading an elapsed time: "in 27:45", "a time of 2:09",
# "clocked 1:45", "finished in under 2:10" (a hedge may sit between cue and clock).
CLOCK_CUE_RE = re.compile(
    r"(?i:(?<![\w])(?:in|time\s+of|record\s+of|best\s+of|clocked|clocking|timed\s+at)\s+"
    r"(?:(?:" + prefix_tree(_WORD_HEDGES) + r")\s+)?$)"
)
# A unit word after a two-part clock that says which reading is meant: "2:09 hours",
# "27:45 minutes", "2:09 hrs", "1:45 min".
CLOCK_UNIT_AFTER_RE = re.compile(r"\s?(?i:(?P<h>hours?|hrs?|h)|(?P<m>minutes?|mins?))\b")
# A bare percent word or sign with no figure: "a small percent", "the % of", "a percentage".
# "%" must stand alone ("%20" in a URL does not), and "percentage point" is a unit of change.
BARE_PERCENT_RE = re.compile(
    r"(?i:(?<![\w%])(?:per\s?cent(?:age)?s?|percentages?)(?![\w])(?!\s+points?\b))"
    r"|(?<![\w%])%(?![\w%])"
)
# A web address, inside which nothing is a quantity: "https://x.y/?q=30%25%2020%".
URL_RE = re.compile(r"(?:https?://|www\.)\S+")
# A telephone number: a trunk code opening on 0, then groups of digits ("01632 960 411",
# "0800 123 4567", "+44 (0)20 7946 0958"). Its digits count nothing.
PHONE_RE = re.compile(
    r"(?<![\w,.])(?:\+\d{1,3}[\s-]?)?\(?0\)?\d{1,4}\)?(?:[\s-]\d{3,4}){1,2}(?![\w,.])"
)
CLOCK_UNIT = Unit("duration", "s", 1.0)


@dataclass
class _Atom:
    """A number with its currency, unit and hedge, before ranges are joined."""

    start: int  # surface start without hedge
    end: int
    value: float  # in the unit as written, scale applied
    unit: Unit | None
    unit_text: str
    kind: str
    scaled: bool
    plain_int: bool
    fraction: bool
    hedge: Hedge | None = None
    hedge_start: int = -1
    hedge_text: str = ""
    suffix: Hedge | None = None
    inclusive: bool = False

    @property
    def q_start(self) -> int:
        return self.hedge_start if self.hedge is not None else self.start

    def base(self, value: float | None = None) -> float:
        v = self.value if value is None else value
        if self.unit is None:
            return v
        return v * self.unit.factor + self.unit.offset


@dataclass
class _Built:
    start: int
    end: int
    kind: str
    unit: str
    unit_text: str
    value: float
    low: float | None
    high: float | None
    low_inc: bool
    high_inc: bool
    qualifier: str
    tolerance: float
    conversion_of: tuple[int, int] | None = None


def _match_unit(text: str, pos: int, numeric: bool) -> tuple[Unit, str, int] | None:
    """The unit written at pos, longest reading first; None if there is none."""
    best: tuple[Unit, str, int] | None = None
    m = WORD_UNIT_RE.match(text, pos)
    if m:
        key = m.group("u").lower()
        unit = WORD_UNITS.get(key) or CURRENCY_SUFFIXES[key]
        best = (unit, m.group("u"), m.end())
    s = SYMBOL_UNIT_RE.match(text, pos)
    if s and (best is None or s.end() > best[2]):
        best = (SYMBOL_UNITS[s.group("u")], s.group("u"), s.end())
    if best is None and numeric:
        i = INCH_AFTER_RE.match(text, pos)
        if i:
            best = (INCH, "in", i.end())
    return best


# "Pounds" is money unless the words make it a weight: a size before a noun ("a 200-pound
# man", "a 500-pound bomb"), a verb of weighing before it, or what is weighed after it
# ("50 pounds of cocaine"); the verbs are ``weighing_cues`` in data/quantities.json.
POUND_WEIGHT = Unit("mass", "kg", 0.45359237)
WEIGHING_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(w.replace(" ", r"\s+") for w in read_data("quantities.json")["weighing_cues"])
    + r")\s+(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)
WEIGHED_AFTER = re.compile(r"\s+of\s+(?!the\b|a\b|an\b)[a-z]")
# What sterling is counted in after "pounds of": "million pounds of savings", "pounds of its
# reserves" (``money_after_pounds_of`` and the nouns of ``money_measures``).
_MONEY_NOUNS = sorted(
    {*read_data("quantities.json")["money_after_pounds_of"], *MONEY_MEASURES},
    key=len,
    reverse=True,
)
SPENT_AFTER = re.compile(
    r"\s+of\s+(?:(?:its|their|his|her|our|your|the|this|that|[a-z]+['’]s?)\s+)?"
    r"(?:[a-z-]+\s+)?(?:" + "|".join(_MONEY_NOUNS) + r")\b",
    re.IGNORECASE,
)


def _pounds_of_weight(
    text: str, num: NumberMatch, unit: Unit | None, unit_text: str, window: int, end: int
) -> bool:
    """Whether "pound(s)" after a figure weighs something rather than counts sterling."""
    if unit is None or unit.unit != "GBP" or unit_text.lower() not in ("pound", "pounds"):
        return False
    return (
        text.startswith("-", num.end)
        or WEIGHING_BEFORE.search(text, window, num.start) is not None
        or (WEIGHED_AFTER.match(text, end) is not None and not SPENT_AFTER.match(text, end))
    )


def _atom(text: str, num: NumberMatch, prev_end: int) -> _Atom | None:
    """Read the currency, scale and unit around one number; None to drop it."""
    start, end, value = num.start, num.end, num.value
    window = max(prev_end, start - LOOKBACK)
    unit: Unit | None = None
    unit_text = ""
    scaled = num.scaled
    cur = CURRENCY_PREFIX_RE.search(text, max(window, start - 10), start)
    if cur:
        key = text[cur.start() : cur.end()].strip().rstrip("-−").strip().lower()
        unit = CURRENCY_PREFIXES.get(key)
        if unit is not None:
            unit_text = key
            start = cur.start()
            if not scaled:
                ms = MONEY_SCALE_RE.match(text, end)
                if ms:
                    value *= MONEY_SCALES[ms.group("s").lower()]
                    end = ms.end()
                    scaled = True
    after = _match_unit(text, end, not num.is_word)
    if after is not None and num.is_word and num.value == 1 and after[1].lower() == "bit":
        # "did not surprise me one bit": an idiom, no size of data.
        return None
    decade = DECADE_RE.match(text, end)
    if unit is None:
        if (
            num.plain_int
            and YEAR_MIN <= num.value <= YEAR_MAX
            and end - start == 4
            and decade is not None
        ):
            end = decade.end()
        elif after is not None:
            unit, unit_text, end = after
        elif end < len(text) and GLUED_LETTER_RE.match(text, end) and not num.is_word:
            return None
        else:
            pc = PERCENT_OF_RE.search(text, window, start)
            if pc:
                unit, unit_text, start = WORD_UNITS["%"], "%", pc.start()
    elif (
        after is not None
        and after[0].kind == "money"
        and (after[0].unit == unit.unit or after[1].lower().startswith("dollar"))
    ):
        # "$42 billion USD": the code repeats the currency.
        end = after[2]
    if unit is not None and unit_text[:1].isupper() and TITLE_UNIT_RE.fullmatch(text, num.end, end):
        # "the Five-Year Plan": a title, not a length of time.
        return None
    if (
        unit is not None
        and unit.kind != "money"
        and unit_text[:1].isupper()
        and unit_text[1:].islower()
        and unit_text.isalpha()
        and NUMBER_AFTER_RE.match(text, end)
    ):
        # "six Year 13 pupils": a capitalised word with a number after it names a group (a
        # school year), so the figure before it is a plain count.
        unit, unit_text, end = None, "", num.end
    if _pounds_of_weight(text, num, unit, unit_text, window, end):
        unit = POUND_WEIGHT
    if unit is not None and unit.unit == "s" and AGE_AFTER_RE.match(text, end):
        # "thirty years old" is an age: keep the figure, not a duration.
        unit, unit_text, end = None, "", num.end
    if unit is not None:
        rate = RATE_RE.match(text, end)
        if rate:
            # "$15.4/hour", "$350 per kg", "four times per week": a rate.
            label, per = RATE_DENOMINATORS[rate.group("d").lower()]
            kind_of_rate = "money" if unit.kind == "money" else "other"
            unit = Unit(kind_of_rate, f"{unit.unit}/{label}", unit.factor / per, 0.0)
            unit_text = f"{unit_text}/{label}"
            end = rate.end()
    kind = unit.kind if unit is not None else "count"
    return _Atom(start, end, value, unit, unit_text, kind, scaled, num.plain_int, num.fraction)


def _is_year(text: str, a: _Atom) -> bool:
    """A bare 4-digit integer in 1800-2100 is a year unless it clearly counts things."""
    if not (a.plain_int and a.unit is None and YEAR_MIN <= a.value <= YEAR_MAX):
        return False
    if not YEAR_SURFACE_RE.fullmatch(text, a.start, a.end):
        return False
    if a.hedge is not None and a.hedge.qualifier != "approx":
        return False
    if YEAR_CUE_RE.search(text, max(0, a.q_start - 20), a.q_start):
        return True
    if text[a.end - 1] == "s":
        # "its original 1960s gas risers": a decade, whatever noun follows it.
        return True
    return not COUNT_NOUN_AFTER_RE.match(text, a.end)


# The first half of a year said aloud: "in twenty twenty-three", "since nineteen ninety-eight".
_SPOKEN_CENTURIES = {"nineteen": 19, "twenty": 20}


def _spoken_years(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """Two numbers in words that say a year as it is spoken ("in twenty twenty-three":
    2023, after a word of ``YEAR_CUE_RE``), joined into that year; "twenty twenty-pound
    notes" or a count with no such word before it stay as they are."""
    joined: list[_Atom] = []
    skip = False
    for first, second in zip(atoms, [*atoms[1:], None], strict=True):
        if skip:
            skip = False
            continue
        century = _SPOKEN_CENTURIES.get(text[first.start : first.end].casefold())
        if (
            second is not None
            and century is not None
            and first.unit is None
            and second.unit is None
            and text[first.end : second.start] == " "
            and not any(ch.isdigit() for ch in text[second.start : second.end])
            and 10 <= second.value <= 99
            and second.value == int(second.value)
            and YEAR_CUE_RE.search(text, max(0, first.start - 20), first.start)
        ):
            joined.append(
                replace(first, end=second.end, value=century * 100 + second.value, kind="year")
            )
            skip = True
            continue
        joined.append(first)
    return joined


def _is_date_day(text: str, a: _Atom) -> bool:
    """'April 25' and '25 April': the number is a day of the month, not an amount."""
    if not (a.plain_int and a.unit is None and 1 <= a.value <= DAY_MAX):
        return False
    if MONTH_BEFORE_RE.search(text, max(0, a.start - 12), a.start):
        return True
    return bool(MONTH_AFTER_RE.match(text, a.end))


def _attach_hedges(text: str, atoms: list[_Atom]) -> None:
    """Find the bound or hedge phrase before and after each atom."""
    prev_end = 0
    for a in atoms:
        window = max(prev_end, a.start - LOOKBACK)
        h = (
            PREFIX_HEDGE_RE.search(text, window, a.start)
            if _may_end_in_hedge(text, window, a.start)
            else None
        )
        if h:
            phrase = (h.group("w") or h.group("s")).lower()
            a.hedge = PREFIX_HEDGES[phrase]
            a.hedge_start = h.start()
            a.hedge_text = phrase
        s = SUFFIX_HEDGE_RE.match(text, a.end)
        if s:
            a.suffix = SUFFIX_HEDGES[s.group("h").lower()]
            a.end = s.end()
            if a.hedge is not None and a.hedge.qualifier == "approx":
                a.hedge = None
        elif a.unit is None and (n := NOUN_SUFFIX_HEDGE_RE.match(text, a.end)):
            a.suffix = SUFFIX_HEDGES[n.group("h")]
            if a.hedge is not None and a.hedge.qualifier == "approx":
                a.hedge = None
        elif PLUS_RE.match(text, a.end):
            a.suffix = Hedge("at_least")
            a.end += 1
        elif odd := ODD_RE.match(text, a.end):
            a.suffix = Hedge("at_least")
            a.end = odd.end()
        if a.hedge is not None and a.hedge.qualifier in ("over", "under") and a.suffix is None:
            inc = INCLUSIVE_RE.match(text, a.end)
            if inc:
                a.inclusive = True
                a.end = inc.end()
        prev_end = a.end


# Every hedge written before a number, lower-cased (``_may_end_in_hedge``).
PREFIX_HEDGE_PHRASES = tuple(sorted({phrase.lower() for phrase in PREFIX_HEDGES}))


def _may_end_in_hedge(text: str, window: int, start: int) -> bool:
    """Whether PREFIX_HEDGE_RE may find a hedge in the window before a number at
    ``start``, by a cheaper test: the window, without the spaces before the number, ends
    with a hedge.

    Why: the pattern is searched before every number and tried at each position of its
    window, and few numbers have a hedge. A hedge never ends in a space, and the pattern
    lets only spaces follow it (``str.rstrip`` strips the characters its "\\s" matches),
    so the window ends with it once those are stripped. In ASCII text, ignoring case is
    lower-casing; text beyond ASCII is always given the pattern (as in
    ``cues.may_hold_ignoring_case``).
    """
    words = text[window:start].rstrip()
    return not words.isascii() or words.lower().endswith(PREFIX_HEDGE_PHRASES)


def _qualifier(a: _Atom) -> tuple[str, float, bool, bool]:
    """(qualifier, tolerance, below, above) of an atom from its prefix and suffix hedges."""
    h = a.suffix or a.hedge
    if h is None:
        return "exact", 0.0, False, False
    q = h.qualifier
    if a.inclusive:
        q = {"over": "at_least", "under": "at_most"}.get(q, q)
    return q, h.tolerance, h.below, h.above


def _single(text: str, a: _Atom) -> _Built:
    """Interval of one atom on its own."""
    value = a.base()
    q, tol, below, above = _qualifier(a)
    low: float | None = value
    high: float | None = value
    low_inc = high_inc = True
    if q == "over":
        high, low_inc = None, False
    elif q == "under":
        low, high_inc = None, False
    elif q == "at_least":
        high = None
    elif q == "at_most":
        low = None
    elif q == "approx":
        lo, hi = value * (1 - tol), value * (1 + tol)
        lo, hi = min(lo, hi), max(lo, hi)
        low, high = (value if above else lo), (value if below else hi)
    unit = a.unit.unit if a.unit is not None else ""
    return _Built(
        a.q_start, a.end, a.kind, unit, a.unit_text, value, low, high, low_inc, high_inc, q, tol
    )


def _compatible(a: _Atom, b: _Atom) -> bool:
    if a.unit is None or b.unit is None:
        return a.kind == b.kind or a.unit is None
    return a.unit.kind == b.unit.kind and a.unit.unit == b.unit.unit


def _may_end_years(text: str, a: _Atom, b: _Atom) -> bool:
    """Whether a count after a year may end a range: "2013-14", "2019 to 2023", "between
    2010 and 2,500" (opened as a range), not "doubled in 2025 to 1,380" (a year is never
    written with a thousands separator, nor with more than four digits)."""
    if RANGE_OPEN_RE.search(text, max(0, a.q_start - 12), a.q_start):
        return True
    return b.value < 100 or (1000 <= b.value <= 2999 and "," not in text[b.start : b.end])


def _range(text: str, a: _Atom, b: _Atom, start: int) -> _Built | None:
    """Join two atoms into a range; None if they do not make one."""
    if not _compatible(a, b):
        return None
    a_value = a.value
    if b.scaled and not a.scaled and a.value < b.value:
        # "between 4.3 and 4.5 billion": the scale of the second end covers both.
        scale = b.value / _unscaled(text, b)
        if scale > 1:
            a_value *= scale
    unit = b.unit if a.unit is None else a.unit
    lo_v = a_value * unit.factor + unit.offset if unit else a_value
    hi_v = b.base()
    lo, hi = min(lo_v, hi_v), max(lo_v, hi_v)
    kind = b.kind if a.unit is None else a.kind
    return _Built(
        start,
        b.end,
        kind,
        unit.unit if unit else "",
        b.unit_text or a.unit_text,
        (lo + hi) / 2,
        lo,
        hi,
        True,
        True,
        "range",
        0.0,
    )


# The digits inside a surface: "4.5" in "$4.5 billion".
_NUM_IN_RE = re.compile(r"[-−]?\d[\d,.]*|\.\d+")


def _unscaled(text: str, a: _Atom) -> float:
    """The figure of an atom before its scale word: 4.5 for '4.5 billion'."""
    m = _NUM_IN_RE.search(text, a.start, a.end)
    if m:
        try:
            v = float(m.group().replace(",", "").replace("−", "-").rstrip("."))
        except ValueError:
            return a.value
        return v or a.value
    return a.value


def _bound(a: _Atom) -> tuple[str, float, bool] | None:
    """('low'|'high', value, inclusive) for an atom that is a one-sided bound."""
    q, _, _, _ = _qualifier(a)
    if q == "over":
        return "low", a.base(), False
    if q == "at_least":
        return "low", a.base(), True
    if q == "under":
        return "high", a.base(), False
    if q == "at_most":
        return "high", a.base(), True
    return None


def _combine(text: str, atoms: list[_Atom]) -> list[_Built]:
    """Join ranges and two-sided bounds, then build every remaining atom."""
    out: list[_Built] = []
    i = 0
    n = len(atoms)
    while i < n:
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < n else None
        if b is not None and b.hedge_text == "~" and b.hedge_start == a.end:
            # "20~100": the tilde joins a range, it does not hedge the second end.
            b.hedge = None
        if (b is not None and b.hedge is None and a.suffix is None and a.kind != "year") or (
            b is not None
            and a.kind == "year"
            and (b.kind == "year" or (b.kind == "count" and _may_end_years(text, a, b)))
        ):
            assert b is not None
            gap = text[a.end : b.start]
            j = RANGE_JOIN_RE.fullmatch(gap)
            # "between", "from": looked at only where a range joins the two.
            opener = RANGE_OPEN_RE.search(text, max(0, a.q_start - 12), a.q_start) if j else None
            ok = False
            start = a.start
            if (j and a.hedge is None) or (
                j and a.hedge is not None and a.hedge.qualifier == "approx"
            ):
                word = (j.group("w") or "").lower() if j else ""
                if word == "and":
                    ok = opener is not None and opener.group("o").lower() == "between"
                elif word in ("to", "through", "thru") or (j and j.group("d") == "~"):
                    # "voted twenty-seven to nineteen": two sides of a tally, highest first,
                    # no range (a range runs from its low end up). "cut from ten to six" is
                    # a change, which claims read from the range.
                    ok = not (
                        word == "to"
                        and opener is None
                        and a.kind == b.kind == "count"
                        and not (a.scaled or b.scaled)
                        and a.value > b.value
                    )
                elif j:
                    ok = a.value < b.value or (a.kind == "year" and b.kind in ("year", "count"))
                    if a.kind == "year" and b.kind == "count" and b.value < 100:
                        # "2013-14": a span of years written short.
                        century = a.value - a.value % 100
                        if century + b.value > a.value:
                            b = _Atom(
                                b.start,
                                b.end,
                                century + b.value,
                                None,
                                "",
                                "year",
                                False,
                                True,
                                False,
                            )
                        else:
                            # "1995-01": a year and a month number, not a range.
                            out.append(_single(text, a))
                            i += 2
                            continue
                if ok and opener is not None:
                    start = opener.start()
                if ok and a.hedge is not None:
                    a.hedge = None
            if ok:
                r = _range(text, a, b, start)
                if r is not None:
                    out.append(r)
                    i += 2
                    continue
        if b is not None:
            ba, bb = _bound(a), _bound(b)
            gap = text[a.end : b.q_start]
            if ba and bb and ba[0] != bb[0] and BOUND_JOIN_RE.fullmatch(gap) and _compatible(a, b):
                low, high = (ba, bb) if ba[0] == "low" else (bb, ba)
                if low[1] < high[1]:
                    unit = a.unit or b.unit
                    out.append(
                        _Built(
                            a.q_start,
                            b.end,
                            a.kind if a.unit is not None else b.kind,
                            unit.unit if unit else "",
                            a.unit_text or b.unit_text,
                            (low[1] + high[1]) / 2,
                            low[1],
                            high[1],
                            low[2],
                            high[2],
                            "range",
                            0.0,
                        )
                    )
                    i += 2
                    continue
        if b is not None and _cents(text, a, b):
            built = _single(text, a)
            extra = b.value * (
                0.01 if b.unit is None else b.unit.factor / (a.unit.factor if a.unit else 1)
            )
            assert a.unit is not None
            added = extra * a.unit.factor
            built.value += added
            built.low = built.value if built.low is not None else None
            built.high = built.value if built.high is not None else None
            built.end = b.end
            out.append(built)
            i += 2
            continue
        out.append(_single(text, a))
        i += 1
    return out


def _cents(text: str, a: _Atom, b: _Atom) -> bool:
    """'3 dollars 50 cents', '15 dollars and 50': a whole unit then its hundredths."""
    if a.unit is None or a.kind != "money" or a.unit.factor != 1 or not a.unit_text:
        return False
    if a.unit_text.lower() in CURRENCY_PREFIXES and a.unit_text[0] in "$€£¥":
        return False
    if b.hedge is not None or not CENTS_JOIN_RE.fullmatch(text[a.end : b.start]):
        return False
    if b.unit is None:
        return (b.plain_int and 0 < b.value < 100) or (b.value < 100 and b.value == int(b.value))
    return b.unit.kind == "money" and b.unit.factor < 1 and b.value < 100


def _conversions(text: str, built: list[_Built]) -> None:
    """Mark a parenthesised or 'or' restatement of the previous amount."""
    for prev, cur in pairwise(built):
        if not prev.unit or prev.kind != cur.kind or prev.kind in NO_CONVERSION_KINDS:
            continue
        if prev.unit == cur.unit and prev.unit_text.lower() == cur.unit_text.lower():
            continue
        if CONVERSION_JOIN_RE.fullmatch(text[prev.end : cur.start]):
            cur.conversion_of = (prev.start, prev.end)


def _may_hold(text: str, hint: re.Pattern[str]) -> bool:
    """Whether a case-insensitive pattern may match in text, by a cheaper test: a search
    of ``hint``, the pattern's words in lower case, in the lower-cased text.

    Why: most sentences hold no multiplier or "a"-unit word, and their patterns, which
    ignore case and check the word's start, are tried at nearly every letter; the hint
    starts with plain characters, which the regex engine looks for at C speed. In ASCII
    text, ignoring case is lower-casing, so where the hint finds nothing the pattern
    finds nothing either. Beyond ASCII more characters match alike when case is ignored
    ("ſ" and "s", the Kelvin sign and "k"), so such text is always given the pattern.
    """
    return not text.isascii() or hint.search(text.lower()) is not None


def _multipliers(text: str) -> list[_Atom]:
    """Atoms for standalone multiplier words: 'twice', 'threefold'."""
    if not _may_hold(text, MULTIPLIER_HINT_RE):
        return []
    out = []
    for m in MULTIPLIER_RE.finditer(text):
        word = m.group("m").lower()
        out.append(
            _Atom(
                m.start(),
                m.end(),
                MULTIPLIER_WORDS[word],
                Unit("multiplier", "x", 1),
                word,
                "multiplier",
                False,
                False,
                False,
            )
        )
    return out


def _clocks(text: str) -> list[_Atom]:
    """Atoms for clock readings that state an elapsed time: 'won in 2:08:14'.

    Why: race and record times are figures a claim can turn on, while the number
    layer skips every clock reading so that its parts never pass for counts. A
    three-part reading (h:mm:ss) is a duration unless the context makes it a time
    of day; a two-part one is ambiguous (m:ss, h:mm or a time of day), so it is only
    read as a duration after a cue such as 'in' or 'a time of', and as minutes and
    seconds unless an hour unit follows ('2:09 hours'): race reports write times of
    an hour or more as h:mm:ss. Once one reading of a sentence is a time of day, so
    are the others that no cue marks as elapsed ('from 09:00:00 to 17:30:00'): a
    schedule, not a result table; 'won in 2:08:14 at 8:20 am' keeps the race time.
    """
    if ":" not in text:
        return []
    found: list[tuple[_Atom, bool]] = []
    schedule = False
    for m in CLOCK_RE.finditer(text):
        start, end = m.start(), m.end()
        if CLOCK_OF_DAY_AFTER_RE.match(text, end):
            schedule = True
            continue
        a, b = int(m.group("a")), int(m.group("b"))
        frac = float(m.group("f")) if m.group("f") else 0.0
        cued = CLOCK_CUE_RE.search(text, max(0, start - 40), start) is not None
        if m.group("c") is not None:
            if CLOCK_OF_DAY_BEFORE_RE.search(text, max(0, start - 8), start):
                schedule = True
                continue
            seconds = a * 3600 + b * 60 + int(m.group("c")) + frac
            notation = "h:mm:ss"
        else:
            if not cued:
                continue
            unit = CLOCK_UNIT_AFTER_RE.match(text, end)
            if unit is not None and unit.group("h") and not frac:
                seconds, notation = a * 3600 + b * 60.0, "h:mm"
            else:
                seconds, notation = a * 60 + b + frac, "m:ss"
            if unit is not None:
                end = unit.end()
        atom = _Atom(start, end, seconds, CLOCK_UNIT, notation, "duration", False, False, False)
        found.append((atom, cued))
    return [atom for atom, cued in found if cued or not schedule]


# A "ton" with no word of which: a metric tonne (1,000 kg), an American short ton (2,000
# lb, 907.18474 kg) or a British long ton (2,240 lb, 1,016.0469088 kg). The ratios of the
# two to a tonne, by the international pound of 0.45359237 kg.
SHORT_TON_PER_TONNE = 0.90718474
LONG_TON_PER_TONNE = 1.0160469088
_PLAIN_TONS = frozenset(("ton", "tons"))


def _widen_plain_tons(built: list[_Built]) -> None:
    """Bound a figure in plain tons by the short ton below and the long ton above: "3.1
    million tons of coal" in an American story and "6.2 billion pounds" are one mass. A
    "metric ton" or a "tonne" keeps its one value."""
    for b in built:
        if b.kind == "mass" and b.unit_text.casefold() in _PLAIN_TONS:
            if b.low is not None:
                b.low *= SHORT_TON_PER_TONNE
            if b.high is not None:
                b.high *= LONG_TON_PER_TONNE


# A denial, and at most one word, before "a"/"an" and a unit: "not a penny", "didn't get a
# cent".
_DENIED_BEFORE = re.compile(r"(?i:(?:\bnot|\bnever|\bwithout|n't)(?:\s+[a-z]+)?\s+)$")


def _a_units(text: str) -> list[_Atom]:
    """Atoms for 'a'/'an' meaning one of a unit: 'a gallon', 'a penny'."""
    if not _may_hold(text, A_UNIT_HINT_RE):
        return []
    out = []
    for m in A_UNIT_RE.finditer(text):
        word = m.group("u").lower()
        if _DENIED_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            # "not a penny of it", "without a cent": none at all, no one of a unit.
            continue
        unit = A_UNIT_WORDS[word]
        out.append(_Atom(m.start(), m.end(), 1.0, unit, word, unit.kind, False, False, False))
    return out


# What joins one of a unit and its half: "a mile and a half".
_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b", re.IGNORECASE)

# One of a span of time that more of a smaller span, or a half, follows: "an hour and a
# half", "a week and a half", "an hour and ten minutes". Alone, "an hour" is most often the
# period of a rate ("80 km an hour"), so it is a figure only so joined.
_A_SPAN_AND = re.compile(
    r"(?<![\w'])(?P<one>[Aa]n?\s+(?P<unit>minute|hour|day|week|month|year))\s+and\s+"
    r"(?=a\s+half\b|[\w-]+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?)\b)"
)


# One of a span of time after a fraction: "half an hour", "three-quarters of an hour", "a
# third of a year" (which ``_fold_halves`` then joins to the fraction).
_A_SPAN_SPLIT = re.compile(
    r"\b(?:half|quarters?|thirds?)\s+(?:of\s+)?"
    r"(?P<one>an?\s+(?P<unit>minute|hour|day|week|month|year))\b",
    re.IGNORECASE,
)
# Where _A_SPAN_SPLIT may match in lower-case ASCII text (see ``_may_hold``).
_A_SPAN_SPLIT_HINT = re.compile(r"half|quarter|third")


def _a_span_and(text: str) -> list[_Atom]:
    """Atoms for one of a span of time that a smaller span or a half follows
    (``_A_SPAN_AND``): "an hour" in "an hour and ten minutes" is one hour; and for one that
    a fraction goes before (``_A_SPAN_SPLIT``): "an hour" in "half an hour"."""
    out = []
    if " and " in text:
        for m in _A_SPAN_AND.finditer(text):
            before = text[: m.start()].rsplit(None, 1)
            if before and (before[-1][-1:].isdigit() or before[-1] in WORD_UNITS):
                # "80 km an hour and a half ...": the period of a rate.
                continue
            out.append(_one_span(m))
    if _may_hold(text, _A_SPAN_SPLIT_HINT):
        out.extend(_one_span(m) for m in _A_SPAN_SPLIT.finditer(text))
    return sorted(out, key=lambda atom: atom.start)


def _one_span(match: re.Match[str]) -> _Atom:
    """One of the span of time a match's ``one`` and ``unit`` groups name."""
    word = match.group("unit").casefold()
    unit = WORD_UNITS[word]
    start, end = match.span("one")
    return _Atom(start, end, 1.0, unit, word, unit.kind, False, False, False)


# What joins the two counts of a ratio: "one in three", "1 in every 20" ("three out of
# four" is read with the numbers).
_RATIO_IN = re.compile(r"\s+in\s+(?:every\s+)?", re.IGNORECASE)
# A year written in digits, which is no whole of a ratio ("3 in 2019").
_YEAR_DIGITS = re.compile(r"(?:1[89]|20)\d\d")


def _fold_pairs(atoms: list[_Atom], join: Callable[[_Atom, _Atom], _Atom | None]) -> list[_Atom]:
    """Each atom joined to the one kept before it where ``join`` makes one of the two."""
    out: list[_Atom] = []
    for atom in atoms:
        joined = join(out[-1], atom) if out else None
        if joined is None:
            out.append(atom)
        else:
            out[-1] = joined
    return out


def _fold_ratios(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """Read a ratio as the fraction it states, as "three out of four" is: "one in three
    pupils" is a third of the pupils, not a count of one and a count of three. Both counts
    are whole and bare, the part smaller than the whole, and the whole is no year ("3 in
    2019")."""

    def ratio(previous: _Atom, atom: _Atom) -> _Atom | None:
        if (
            _bare_whole(previous)
            and _bare_whole(atom)
            and 0 < previous.value < atom.value
            and _RATIO_IN.fullmatch(text, previous.end, atom.start) is not None
            and _YEAR_DIGITS.fullmatch(text, atom.start, atom.end) is None
        ):
            return replace(
                previous,
                end=atom.end,
                value=previous.value / atom.value,
                plain_int=False,
                fraction=True,
            )
        return None

    return _fold_pairs(atoms, ratio)


def _bare_whole(atom: _Atom) -> bool:
    """Whether an atom is a whole count with no unit, scale or fraction."""
    return (
        atom.kind == "count"
        and atom.unit is None
        and not atom.scaled
        and not atom.fraction
        and float(atom.value).is_integer()
    )


def _fold_halves(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """Join a half to the unit it halves or adds to: "half a mile" is 0.5 mile and "a mile
    and a half" 1.5 miles, not a mile and a bare half; and a fraction to the one thing it
    is a part of ("a quarter of a million dollars")."""

    def half(previous: _Atom, atom: _Atom) -> _Atom | None:
        if (
            _is_bare_half(previous)
            and text[previous.start : previous.end].casefold() == "half"
            and text[previous.end : atom.start].isspace()
            and _is_one_unit(text, atom)
        ):
            return replace(atom, start=previous.start, value=0.5)
        if (
            _is_one_unit(text, previous)
            and _is_bare_half(atom)
            and _AND_A_HALF.fullmatch(text, previous.end, atom.end) is not None
        ):
            return replace(previous, end=atom.end, value=1.5)
        if (
            previous.fraction
            and previous.unit is None
            and _OF.fullmatch(text, previous.end, atom.start) is not None
            and (
                text[atom.start : atom.end].casefold().startswith(_ONE_SCALE)
                or _is_one_unit(text, atom)
            )
        ):
            # "a quarter of a million dollars" is $250,000, "a third of a mile" a third of
            # a mile: not a bare fraction beside a million dollars or a mile.
            return replace(atom, start=previous.start, value=previous.value * atom.value)
        return None

    return _fold_pairs(atoms, half)


# Between a fraction and the one thing it is a part of: "a quarter of a million".
_OF = re.compile(r"\s+of\s+", re.IGNORECASE)
_ONE_SCALE = ("a hundred", "a thousand", "a million", "a billion", "a trillion")


# Inches after a figure in feet: "6-foot-9" (a height of three to eight feet, the inches
# ending the word), "6 feet 9 inches", "6 ft 9 in" (any feet, with the inches named).
_INCHES_AFTER_FEET = re.compile(
    r"-(?P<joined>1[01]|\d)(?:-inch(?:es)?)?(?![\w%-]|[.,]\d)"
    r"|\s+(?P<named>1[01]|\d)\s*(?:inch(?:es)?\b|in\b\.?)"
    # "five foot three": a height's inches, unnamed, after the singular "foot".
    r"|(?<=foot)\s+(?P<spoken>(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|1[01]|"
    r"\d)\b)(?:[\s-]*inch(?:es)?\b|\s+in\b\.?)?(?!\s*(?:%|percent)|-|\s+[a-z]+s\b)"
)
# Feet a height joined by hyphens can be written in ("6-foot-9").
HEIGHT_FEET = range(3, 9)
# A foot in metres, the factor of every surface of the unit.
FOOT_FACTOR = 0.3048


def _fold_feet_and_inches(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """Join the inches of a height to its feet: "the 6-foot-9 senior" is one length of
    6.75 feet (2.06 m), not six feet and a count of nine."""
    out: list[_Atom] = []
    for atom in atoms:
        if out and out[-1].start <= atom.start and atom.end <= out[-1].end:
            # The inches already taken into the feet before them.
            continue
        inches = _INCHES_AFTER_FEET.match(text, atom.end) if _in_feet(atom) else None
        if inches is not None and (inches.group("named") or int(atom.value) in HEIGHT_FEET):
            written = inches.group("named") or inches.group("joined") or inches.group("spoken")
            count = int(CARDINALS.get(written) or written)
            atom = replace(atom, end=inches.end(), value=atom.value + count / 12)
        out.append(atom)
    return out


def _in_feet(atom: _Atom) -> bool:
    """Whether an atom is a whole number of feet, as heights are written."""
    return (
        atom.unit is not None and atom.unit.factor == FOOT_FACTOR and float(atom.value).is_integer()
    )


def _is_bare_half(atom: _Atom) -> bool:
    """A half with no unit: "half" or "a half"."""
    return atom.unit is None and atom.value == 0.5


def _is_one_unit(text: str, atom: _Atom) -> bool:
    """One of a unit written with an article: "a mile", "an hour"."""
    return (
        atom.unit is not None
        and atom.value == 1.0
        and text[atom.start : atom.end].casefold().startswith(("a ", "an "))
    )


def _distribute_units(text: str, atoms: list[_Atom]) -> None:
    """'45 and 50 mg': a bare figure listed before one with a unit shares that unit."""
    for a, b in pairwise(atoms):
        if (
            a.unit is None
            and a.kind == "count"
            and b.unit is not None
            and b.kind not in ("money", "percent", "multiplier")
            and b.unit is not CLOCK_UNIT
            and b.hedge is None
            and LIST_JOIN_RE.fullmatch(text, a.end, b.start)
        ):
            a.unit, a.unit_text, a.kind = b.unit, b.unit_text, b.kind


def parse_quantities(text: str, offset: int = 0) -> list[Quantity]:
    """All numeric mentions in text, in order; spans are offset by `offset`.

    Why: the claim extractor needs every figure of a sentence as an interval in a
    base unit so that claims from different articles can be compared directly.
    """
    atoms: list[_Atom] = []
    prev_end = 0
    phones = [phone.span() for phone in PHONE_RE.finditer(text)] if "0" in text else []
    for num in find_numbers(text):
        if num.start < prev_end:
            continue
        if any(start <= num.start < end for start, end in phones):
            continue
        if LIST_MARKER_RE.fullmatch(text, 0, num.start) and LIST_MARKER_AFTER_RE.match(
            text, num.end
        ):
            continue
        a = _atom(text, num, prev_end)
        if a is None:
            continue
        atoms.append(a)
        prev_end = a.end
    extra = [*_multipliers(text), *_a_units(text), *_a_span_and(text), *_clocks(text)]
    if extra:
        taken = [(a.start, a.end) for a in atoms]
        extra = [x for x in extra if not any(s < x.end and x.start < e for s, e in taken)]
        atoms = sorted([*atoms, *extra], key=lambda x: x.start)
    if not atoms:  # most sentences hold no figure
        return []
    atoms = _spoken_years(
        text,
        _fold_feet_and_inches(text, _fold_ratios(text, _fold_halves(text, atoms))),
    )
    _attach_hedges(text, atoms)
    kept: list[_Atom] = []
    for a in atoms:
        if _is_year(text, a):
            a.kind = "year"
            a.hedge = None
        elif _is_date_day(text, a):
            continue
        elif a.kind == "count" and a.fraction:
            a.kind = "other"
        kept.append(a)
    _distribute_units(text, kept)
    built = _combine(text, kept)
    _conversions(text, built)
    _widen_plain_tons(built)
    out: list[Quantity] = []
    for b in built:
        kind: QuantityKind = b.kind  # type: ignore[assignment]
        qualifier: Qualifier = b.qualifier  # type: ignore[assignment]
        out.append(
            Quantity(
                surface=text[b.start : b.end],
                span=(b.start + offset, b.end + offset),
                kind=kind,
                unit=b.unit,
                value=b.value,
                low=b.low,
                high=b.high,
                low_inclusive=b.low_inc,
                high_inclusive=b.high_inc,
                qualifier=qualifier,
                tolerance=b.tolerance,
                conversion_of=(
                    (b.conversion_of[0] + offset, b.conversion_of[1] + offset)
                    if b.conversion_of
                    else None
                ),
            )
        )
    return out


def find_bare_percent_words(text: str, offset: int = 0) -> list[Quantity]:
    """Percent words and signs that carry no figure: 'a small percent', 'the % of'.

    Why a separate function: a mention of percentages without a number asserts no
    value, so parse_quantities (and the claim pipeline built on it) leaves them out;
    this is for callers that need every percent mention, such as the conformance
    adapter for a peer suite that reports them with a null value. Each one is a
    'percent' Quantity with value, low and high all None.
    """
    taken = [(q.span[0] - offset, q.span[1] - offset) for q in parse_quantities(text, offset)]
    taken += [(u.start(), u.end()) for u in URL_RE.finditer(text)]
    out = []
    for m in BARE_PERCENT_RE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        out.append(
            Quantity(
                surface=m.group(),
                span=(m.start() + offset, m.end() + offset),
                kind="percent",
                unit="%",
                value=None,
            )
        )
    return out
