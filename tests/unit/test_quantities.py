"""Case tables for the quantity parser: numbers, units, qualifiers, ranges, traps."""

from __future__ import annotations

import re

import pytest
from tests.factories import conformance_texts

from claimcheck.intervals import strict_interval
from claimcheck.quantities import find_bare_percent_words, parse_number, parse_quantities

NUMBERS = [
    ("1,200", 1200.0),
    ("4.5", 4.5),
    ("twenty-five", 25.0),
    ("one hundred and sixty-one", 161.0),
    # "passed the hundred and fifty thousand pound target": no "a" or "one" before it.
    ("hundred and fifty thousand", 150_000.0),
    ("4.5 billion", 4.5e9),
    ("3 million", 3e6),
    ("20k", 20_000.0),
    ("$", None),
    ("a dozen", 12.0),
    ("half a dozen", 6.0),
    ("two thirds", 2 / 3),
    ("one and a half", 1.5),
    ("a half", 0.5),
    ("seven", 7.0),
    ("minus five", -5.0),
    ("1/4", 0.25),
    ("hello", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERS)
def test_parse_number(text: str, expected: float | None) -> None:
    got = parse_number(text)
    if expected is None:
        assert got is None
    else:
        assert got == pytest.approx(expected)


# text, surface, kind, unit, value
SINGLE = [
    ("It had 1,200 staff.", "1,200", "count", "", 1200.0),
    ("It made 4.5 billion chips.", "4.5 billion", "count", "", 4.5e9),
    ("It cost $0.61 billion.", "$0.61 billion", "money", "USD", 6.1e8),
    ("It cost US$55bn.", "US$55bn", "money", "USD", 5.5e10),
    ("It cost RMB 400 billion.", "RMB 400 billion", "money", "CNY", 4e11),
    ("A US $5.4-billion deal.", "US $5.4-billion", "money", "USD", 5.4e9),
    ("A 10-million-dollar fund.", "10-million-dollar", "money", "USD", 1e7),
    ("It cost 730 billion yuan.", "730 billion yuan", "money", "CNY", 7.3e11),
    ("It cost ¥50 billion.", "¥50 billion", "money", "CNY", 5e10),
    ("It cost €3m.", "€3m", "money", "EUR", 3e6),
    ("It cost 323 million euros.", "323 million euros", "money", "EUR", 3.23e8),
    ("It cost £8.10 million.", "£8.10 million", "money", "GBP", 8.1e6),
    ("She paid her two quid.", "two quid", "money", "GBP", 2.0),
    ("It cost 50 cents.", "50 cents", "money", "USD", 0.5),
    # "mm" is millimetres, but a million in capitals or after a currency.
    ("It forecast 60 mm of rain.", "60 mm", "length", "m", 0.06),
    ("It raised $60mm in funding.", "$60mm", "money", "USD", 6e7),
    ("It targets 5MM in sales.", "5MM", "count", "", 5e6),
    # A scale after a decimal in words takes the decimal with it.
    (
        "It won eight point four million dollars.",
        "eight point four million dollars",
        "money",
        "USD",
        8.4e6,
    ),
    ("Sales rose 18%.", "18%", "percent", "%", 18.0),
    ("Sales rose 18 percent.", "18 percent", "percent", "%", 18.0),
    ("Sales rose 18 per cent.", "18 per cent", "percent", "%", 18.0),
    ("Rates rose 3 percentage points.", "3 percentage points", "percentage_point", "pp", 3.0),
    ("It is 4x the size.", "4x", "multiplier", "x", 4.0),
    ("It is twice the size.", "twice", "multiplier", "x", 2.0),
    ("Output may double soon.", "double", "multiplier", "x", 2.0),
    ("It is three times larger.", "three times", "multiplier", "x", 3.0),
    ("It grew threefold.", "threefold", "multiplier", "x", 3.0),
    ("The road is 1.2 km long.", "1.2 km", "length", "m", 1200.0),
    ("A 3nm plant.", "3nm", "length", "m", 3e-9),
    ("A 5-nanometre chip.", "5-nanometre", "length", "m", 5e-9),
    ("A 301,338 km2 area.", "301,338 km2", "area", "m2", 3.01338e11),
    ("Six gallons of water.", "Six gallons", "volume", "m3", 6 * 3.785411784e-3),
    ("It weighs 10kg.", "10kg", "mass", "kg", 10.0),
    ("Within 72 hours.", "72 hours", "duration", "s", 72 * 3600.0),
    ("It has 8 MB of cache.", "8 MB", "data", "B", 8e6),
    ("At 200 km/h.", "200 km/h", "speed", "m/s", 200 / 3.6),
    ("Highs near 32 degrees Celsius.", "32 degrees Celsius", "temperature", "°C", 32.0),
    ("In 2023, sales grew.", "2023", "year", "", 2023.0),
    ("Since 2019 it grew.", "2019", "year", "", 2019.0),
    ("By the end of 2025.", "2025", "year", "", 2025.0),
    ("In April 2025 it grew.", "2025", "year", "", 2025.0),
    # "a" cannot count a plural: "a 2016 pilots' strike" is a strike of 2016.
    ("A 2016 pilots' strike grounded flights.", "2016", "year", "", 2016.0),
    # A decade before a noun is no count of it.
    ("Its original 1960s gas risers failed.", "1960s", "year", "", 1960.0),
    ("He was 30 years old.", "30", "count", "", 30.0),
    # Pounds: sterling, unless the words weigh something.
    ("He paid 200 pounds for it.", "200 pounds", "money", "GBP", 200.0),
    # A guinea, the unit of bloodstock sales, is one pound and five pence.
    ("The colt sold for 4.2 million guineas.", "4.2 million guineas", "money", "GBP", 4.41e6),
    ("A 200-pound man fled.", "200-pound", "mass", "kg", 200 * 0.45359237),
    ("He weighed about 180 pounds.", "about 180 pounds", "mass", "kg", 180 * 0.45359237),
    ("They seized 50 pounds of cocaine.", "50 pounds", "mass", "kg", 50 * 0.45359237),
    ("They recalled 2 million pounds of ground beef.", "2 million pounds", "mass", "kg", 907184.74),
    # ... but what sterling is counted in, or a sum's own, is no weight.
    (
        "It made twenty-nine million pounds of savings.",
        "twenty-nine million pounds",
        "money",
        "GBP",
        29e6,
    ),
    ("It used 18 million pounds of its reserves.", "18 million pounds", "money", "GBP", 18e6),
    # A speed said "an hour", in kilometres as in miles.
    ("It hit 77 kilometres an hour.", "77 kilometres an hour", "speed", "m/s", 77 / 3.6),
    ("It drifted at one mile an hour.", "one mile an hour", "speed", "m/s", 0.44704),
    # A half joined to the unit it halves or adds to.
    ("She lived half a mile away.", "half a mile", "length", "m", 0.5 * 1609.344),
    ("He moved a mile and a half away.", "a mile and a half", "length", "m", 1.5 * 1609.344),
    # A height in feet and inches is one length.
    ("The 6-foot-9 senior scored.", "6-foot-9", "length", "m", 6.75 * 0.3048),
    ("A 5-foot-11 guard.", "5-foot-11", "length", "m", (5 + 11 / 12) * 0.3048),
    ("He is 6 feet 2 inches tall.", "6 feet 2 inches", "length", "m", (6 + 2 / 12) * 0.3048),
    ("A 12 ft 6 in boat.", "12 ft 6 in", "length", "m", 12.5 * 0.3048),
    ("A 10-foot wall.", "10-foot", "length", "m", 10 * 0.3048),
    # A fraction of one thing is that part of it.
    (
        "It cost a quarter of a million dollars.",
        "a quarter of a million dollars",
        "money",
        "USD",
        2.5e5,
    ),
    ("It ran aground a third of a mile out.", "a third of a mile", "length", "m", 1609.344 / 3),
    # A fraction after "a" stays one before a word that is no noun.
    ("Sales fell by a third last spring.", "a third", "other", "", 1 / 3),
    ("About a fifth of the crop was lost.", "About a fifth", "other", "", 0.2),
    # Concentrations.
    (
        "Carbon monoxide reached 420 parts per million.",
        "420 parts per million",
        "other",
        "ppm",
        420,
    ),
    ("It read 900 ppm in the corridor.", "900 ppm", "other", "ppm", 900),
    # Pressure in pounds per square inch is no sum of money.
    (
        "Gas ran at 850 pounds per square inch.",
        "850 pounds per square inch",
        "other",
        "Pa",
        850 * 6894.757293168,
    ),
    ("Arsenic was 35 parts per billion.", "35 parts per billion", "other", "ppm", 0.035),
]


@pytest.mark.parametrize(("text", "surface", "kind", "unit", "value"), SINGLE)
def test_single_quantity(text: str, surface: str, kind: str, unit: str, value: float) -> None:
    (q,) = parse_quantities(text)
    assert q.surface == surface
    assert text[q.span[0] : q.span[1]] == surface
    assert q.kind == kind
    assert q.unit == unit
    assert q.value == pytest.approx(value)


# text, surface, qualifier, low, high, low_inclusive, high_inclusive
QUALIFIED = [
    ("It has over 100 firms.", "over 100", "over", 100.0, None, False, True),
    ("It has more than 100 firms.", "more than 100", "over", 100.0, None, False, True),
    ("Sales exceeding $5 billion.", "exceeding $5 billion", "over", 5e9, None, False, True),
    ("Sales surpassed $15 billion.", "surpassed $15 billion", "over", 1.5e10, None, False, True),
    ("Sales topped $1 billion.", "topped $1 billion", "over", 1e9, None, False, True),
    ("The jackpot will top $1 billion.", "will top $1 billion", "over", 1e9, None, False, True),
    ("It is above 170.", "above 170", "over", 170.0, None, False, True),
    ("Upwards of 50 firms.", "Upwards of 50", "over", 50.0, None, False, True),
    ("It is greater than 4,565.", "greater than 4,565", "over", 4565.0, None, False, True),
    ("It is under 170.", "under 170", "under", None, 170.0, True, False),
    ("Less than 200 km away.", "Less than 200 km", "under", None, 2e5, True, False),
    ("Fewer than 40 firms.", "Fewer than 40", "under", None, 40.0, True, False),
    ("It is below 5%.", "below 5%", "under", None, 5.0, True, False),
    ("It cut up to 700 jobs.", "up to 700", "at_most", None, 700.0, True, True),
    ("At most 100 firms.", "At most 100", "at_most", None, 100.0, True, True),
    ("No more than 50 firms.", "No more than 50", "at_most", None, 50.0, True, True),
    ("At least 20 firms.", "At least 20", "at_least", 20.0, None, True, True),
    ("No fewer than 20 firms.", "No fewer than 20", "at_least", 20.0, None, True, True),
    ("A minimum of 20 firms.", "A minimum of 20", "at_least", 20.0, None, True, True),
    ("It had 500 or more firms.", "500 or more", "at_least", 500.0, None, True, True),
    ("It had 100+ firms.", "100+", "at_least", 100.0, None, True, True),
    # "-odd" after a figure: a few more than it.
    ("Thirty-odd people came.", "Thirty-odd", "at_least", 30.0, None, True, True),
    ("It had 200-odd firms.", "200-odd", "at_least", 200.0, None, True, True),
    # A bound after the count's noun; the noun stays the claim's to read.
    ("It had 20 people or more.", "20", "at_least", 20.0, None, True, True),
    ("Classes of 30 pupils or fewer.", "30", "at_most", None, 30.0, True, True),
    ("It had about 20 firms.", "about 20", "approx", 18.0, 22.0, True, True),
    ("It had around 20 firms.", "around 20", "approx", 18.0, 22.0, True, True),
    (
        "Approximately $55 billion.",
        "Approximately $55 billion",
        "approx",
        4.95e10,
        6.05e10,
        True,
        True,
    ),
    ("Roughly 4,500 firms.", "Roughly 4,500", "approx", 4050.0, 4950.0, True, True),
    ("Some 100 firms.", "Some 100", "approx", 90.0, 110.0, True, True),
    ("An estimated 100 firms.", "An estimated 100", "approx", 90.0, 110.0, True, True),
    ("Close to 100 firms.", "Close to 100", "approx", 90.0, 110.0, True, True),
    ("~100 firms.", "~100", "approx", 90.0, 110.0, True, True),
    # nearly/almost: a little below the figure, never above it.
    ("Nearly 100 firms.", "Nearly 100", "approx", 90.0, 100.0, True, True),
    ("Almost 100 firms.", "Almost 100", "approx", 90.0, 100.0, True, True),
    ("Exactly 100 firms.", "Exactly 100", "exact", 100.0, 100.0, True, True),
    # "just over", "just under": a little past the figure, not anywhere past it.
    ("Just over 50 percent.", "Just over 50 percent", "approx", 50.0, 55.0, True, True),
    ("Just under 30 firms.", "Just under 30", "approx", 27.0, 30.0, True, True),
    # "barely", "only just": about the figure, not exactly it.
    ("Barely 60 percent.", "Barely 60 percent", "approx", 54.0, 66.0, True, True),
    ("Only just 40 firms.", "Only just 40", "approx", 36.0, 44.0, True, True),
]


@pytest.mark.parametrize(
    ("text", "surface", "qualifier", "low", "high", "low_inc", "high_inc"), QUALIFIED
)
def test_qualified(
    text: str,
    surface: str,
    qualifier: str,
    low: float | None,
    high: float | None,
    low_inc: bool,
    high_inc: bool,
) -> None:
    (q,) = parse_quantities(text)
    assert q.surface == surface
    assert q.qualifier == qualifier
    assert q.low == (None if low is None else pytest.approx(low))
    assert q.high == (None if high is None else pytest.approx(high))
    assert (q.low_inclusive, q.high_inclusive) == (low_inc, high_inc)
    if qualifier == "approx":
        assert q.tolerance == pytest.approx(0.1)


# text, surface, kind, unit, low, high
RANGES = [
    ("Between 4.3 and 4.5 billion.", "Between 4.3 and 4.5 billion", "count", "", 4.3e9, 4.5e9),
    ("$4.3 billion to $4.5 billion.", "$4.3 billion to $4.5 billion", "money", "USD", 4.3e9, 4.5e9),
    ("It rose from 10 to 20 firms.", "from 10 to 20", "count", "", 10.0, 20.0),
    ("It had 10-15 firms.", "10-15", "count", "", 10.0, 15.0),
    ("It had 10 to 15 firms.", "10 to 15", "count", "", 10.0, 15.0),
    ("Some 3 to 4 L of wine.", "3 to 4 L", "volume", "m3", 3e-3, 4e-3),
    ("Filed between 2014 and 2023.", "between 2014 and 2023", "year", "", 2014.0, 2023.0),
    ("It ranged 5k-20k.", "5k-20k", "count", "", 5e3, 2e4),
    ("More than 10 and less than 40.", "More than 10 and less than 40", "count", "", 10.0, 40.0),
    ("Sales in 2013-14 rose.", "2013-14", "year", "", 2013.0, 2014.0),
    ("Between 2010 and 2,500 people.", "Between 2010 and 2,500", "count", "", 2010.0, 2500.0),
]


@pytest.mark.parametrize(
    "text",
    [
        # A year, then "to" and the level a change reached: no range of either.
        "Noise complaints doubled in 2025 to 1,380.",
        "Sales rose in 2024 to 15000 units.",
        # Two sides of a tally, highest first.
        "Councillors voted twenty-seven to nineteen in favour.",
        "The jury voted 11 to 1 to convict.",
    ],
)
def test_figures_joined_by_to_that_make_no_range(text: str) -> None:
    assert [q.qualifier for q in parse_quantities(text)] == ["exact", "exact"]


@pytest.mark.parametrize(("text", "surface", "kind", "unit", "low", "high"), RANGES)
def test_range(text: str, surface: str, kind: str, unit: str, low: float, high: float) -> None:
    (q,) = parse_quantities(text)
    assert q.surface == surface
    assert q.qualifier == "range"
    assert (q.kind, q.unit) == (kind, unit)
    assert q.low == pytest.approx(low)
    assert q.high == pytest.approx(high)
    assert q.value == pytest.approx((low + high) / 2)


CONVERSIONS = [
    "It plans investments exceeding RMB 400 billion (approximately $55 billion) by 2025.",
    "The sector had surpassed 400 billion yuan (around $55 billion USD).",
    "It costs 400 billion yuan, or about $55 billion.",
]


@pytest.mark.parametrize("text", CONVERSIONS)
def test_conversion_gloss(text: str) -> None:
    money = [q for q in parse_quantities(text) if q.kind == "money"]
    assert len(money) == 2
    first, second = money
    assert first.unit == "CNY"
    assert first.value == pytest.approx(4e11)
    assert second.unit == "USD"
    assert second.value == pytest.approx(5.5e10)
    assert second.conversion_of == first.span
    assert first.conversion_of is None


def test_offset_shifts_spans() -> None:
    (q,) = parse_quantities("Sales rose 18%.", offset=100)
    assert q.span == (111, 114)


def test_ordered_and_deterministic() -> None:
    text = "In 2023, 150 firms raised $32 billion, up 18 percent, with over 5,000 staff."
    first = parse_quantities(text)
    assert [q.surface for q in first] == [
        "2023",
        "150",
        "$32 billion",
        "18 percent",
        "over 5,000",
    ]
    assert parse_quantities(text) == first


# Texts whose digits or number words are not quantities at all.
NOT_QUANTITIES = [
    "It runs on 5G networks.",
    "During COVID-19 travel stopped.",
    "The A320 and the G20 summit.",
    "Security bulletin MS08-078 fixes the flaw.",
    "The 1+X policy framework.",
    "Support is available 24/7.",
    "It marked the 14th plan.",
    "It was the first and the 21st-century way.",
    "It is one of the largest.",
    "A number of firms agreed.",
    "Which one do you prefer?",
    "Call +1-222-2222/2222 now.",
    "See http://example.com/a?x=30%25 for details.",
    "We met at 2 pm.",
    "The quake struck inland at 0737 GMT.",
    # Clock times in other notations are no counts.
    "It came down just after 2 o'clock this afternoon.",
    "It began just before nine o'clock this evening.",
    "They left the palace at 11.30 in the morning.",
    "The tapes went up at 4.05 this afternoon.",
    "Several hundred firms and thousands of people.",
    "In the second half of the year.",
    "1. Dual Circulation = Open Doors",
    "Shanghai Talent Policy 3.0 offers subsidies.",
    # An ordinal after "a" before a noun: "a third child", not a third of one.
    "A third child was bitten on the arm.",
    "It was a fifth straight win.",
    "Residents faced a fourth day without tap water.",
    # An ordinal joined to a noun by a hyphen: "a third-year student", "a fifth-floor flat".
    "She is a third-year computing student.",
    "They live in a fifth-floor flat.",
    # A tens word and a unit's ordinal make one ordinal: neither a count nor a fraction.
    "The appeal closed on the twenty-first of March.",
    "It began on the twenty-third of August.",
    "The firm marked its thirty-fifth anniversary.",
    # A number said digit by digit is a code, no figure.
    "A walker rang nine-nine-nine after spotting the canoe.",
    "Dial nine one one now.",
    # Idioms of none at all: no bit of data, no penny.
    "It did not surprise me one bit.",
    "Not a penny of the fund reached the town.",
    "We didn't get a cent from them.",
    # A telephone number counts nothing.
    "Readers can call the storm line on 01632 960 411.",
    "Call 0800 123 4567 to report damage.",
    "Call +44 (0)20 7946 0958 for details.",
]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_not_quantities(text: str) -> None:
    assert parse_quantities(text) == []


# Dates: the day number is dropped, the year stays a year.
DATES = [
    ("The session on April 25 was long.", []),
    ("On 25 April 2024 it opened.", [("2024", "year")]),
    ("It opened on April 25, 2024.", [("2024", "year")]),
    ("The 2019 launch helped 87 firms.", [("2019", "year"), ("87", "count")]),
    ("It hired 2000 people.", [("2000", "count")]),
    ("It hired over 2,000 people.", [("over 2,000", "count")]),
]


@pytest.mark.parametrize(("text", "expected"), DATES)
def test_dates_and_years(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.surface, q.kind) for q in parse_quantities(text)] == expected


# Percent words with no figure: left out of parse_quantities, listed on request.
# text, expected (surface, span) of each bare mention
BARE_PERCENT = [
    ("Only a small percent attain the top ranks", [("percent", (13, 20))]),
    ("The table shows the % of increase", [("%", (20, 21))]),
    ("How do I calculate a percentage?", [("percentage", (21, 31))]),
    ("It fell by a few per cent.", [("per cent", (17, 25))]),
    ("Sales rose 18 percent.", []),
    ("It is 40 percent of 10 percent.", []),
    ("Rates rose a percentage point.", []),
    ("See https://x.example/?q=30%25%2020% today.", []),
]


@pytest.mark.parametrize(("text", "expected"), BARE_PERCENT)
def test_bare_percent_words(text: str, expected: list[tuple[str, tuple[int, int]]]) -> None:
    found = find_bare_percent_words(text)
    assert [(q.surface, q.span) for q in found] == expected
    assert all(q.kind == "percent" and q.value is None for q in found)
    assert not any(q.value is None for q in parse_quantities(text))


def test_bare_percent_offset() -> None:
    (q,) = find_bare_percent_words("a small percent", offset=10)
    assert q.span == (18, 25)


# Clock readings of elapsed time: text, [(surface, seconds)].
CLOCK_DURATIONS = [
    ("He won in 2:08:14 on Sunday.", [("2:08:14", 7694.0)]),
    ("He won in 2:08:14, ahead of a 2:09:41 finish.", [("2:08:14", 7694.0), ("2:09:41", 7781.0)]),
    ("She finished in 27:45 last year.", [("27:45", 1665.0)]),
    ("She ran a time of 2:09 in the final.", [("2:09", 129.0)]),
    ("He clocked 1:59.40 in the heat.", [("1:59.40", 119.4)]),
    ("He ran in 2:09 hours.", [("2:09 hours", 7740.0)]),
    ("He won in 2:08:14 at 8:20 am.", [("2:08:14", 7694.0)]),
]


@pytest.mark.parametrize(("text", "expected"), CLOCK_DURATIONS)
def test_clock_durations(text: str, expected: list[tuple[str, float]]) -> None:
    got = parse_quantities(text)
    assert [q.surface for q in got] == [s for s, _ in expected]
    assert all(q.kind == "duration" and q.unit == "s" for q in got)
    assert [q.value for q in got] == [pytest.approx(v) for _, v in expected]


def test_clock_duration_takes_hedge() -> None:
    (q,) = parse_quantities("He won in under 2:10:00.")
    assert (q.surface, q.qualifier, q.high) == ("under 2:10:00", "under", 7800.0)


# Times of day and other clock readings: no count, no duration.
TIMES_OF_DAY = [
    "We met at 2:30 for lunch.",
    "The train leaves at 8:20 am.",
    "Doors open at 6 p.m.",
    "It is open from 8 a.m. to 10 p.m. daily.",
    "Lunch is at noon.",
    "He arrived in 2:30 pm.",
    "Meet by 10:30:00.",
    "At 10:30:00 GMT it began.",
    "The session began at 09:00:00 and ended 17:30:00.",
    "John 3:16 says so.",
]


@pytest.mark.parametrize("text", TIMES_OF_DAY)
def test_times_of_day(text: str) -> None:
    assert parse_quantities(text) == []


# "one" as a pronoun or determiner, and vague amounts, are no quantity:
# text, surfaces of the quantities that remain.
NOT_ONE = [
    ("It is one of three pillars.", ["three"]),
    ("One thing is clear.", []),
    ("It is a world, one that is changing.", []),
    ("No one knows.", []),
    ("One day it will work.", []),
    ("It works one way or another.", []),
    ("We need one.", []),
    ("A number of firms agreed.", []),
    ("Dozens of firms agreed.", []),
]


@pytest.mark.parametrize(("text", "expected"), NOT_ONE)
def test_pronoun_one_and_vague_amounts(text: str, expected: list[str]) -> None:
    assert [q.surface for q in parse_quantities(text)] == expected


# "one" that counts: text, surface, value.
COUNTED_ONE = [
    ("It rose one million.", "one million", 1e6),
    ("Only one firm agreed.", "one", 1.0),
]


# A ratio is the fraction it states, no two counts, as "three out of four" is: text,
# surface, fraction.
RATIOS = [
    ("One in five firms agreed.", "One in five", 0.2),
    ("Nearly one in three pupils walks to school.", "Nearly one in three", 1 / 3),
    ("One in every 400 users was hit.", "One in every 400", 0.0025),
]


@pytest.mark.parametrize(("text", "surface", "fraction"), RATIOS)
def test_a_ratio_is_a_fraction(text: str, surface: str, fraction: float) -> None:
    (q,) = parse_quantities(text)
    assert (q.surface, q.kind, q.unit) == (surface, "other", "")
    assert q.value == pytest.approx(fraction)


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        # The whole is a year, or a figure with a unit: no ratio.
        ("It fell 3 in 2019.", ["3", "2019"]),
        ("He scored 2 in 5 minutes.", ["2", "5 minutes"]),
        # The part is no smaller than the whole.
        ("Five in two rows.", ["Five", "two"]),
    ],
)
def test_what_is_no_ratio(text: str, surfaces: list[str]) -> None:
    assert [q.surface for q in parse_quantities(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "surface", "seconds"),
    [
        # One of a span of time joined to a half or a smaller span is a figure.
        ("They waited an hour and a half.", "an hour and a half", 5400),
        ("The ban lasted a week and a half.", "a week and a half", 907200),
        ("It took an hour and ten minutes.", "an hour", 3600),
        # So is one of a span after a fraction.
        ("We waited half an hour.", "half an hour", 1800),
        ("Half a day was lost.", "Half a day", 43200),
        ("It lasted about three-quarters of an hour.", "about three-quarters of an hour", 2700),
        ("It took a quarter of an hour.", "a quarter of an hour", 900),
    ],
)
def test_one_span_of_time_and_more(text: str, surface: str, seconds: float) -> None:
    q = parse_quantities(text)[0]
    assert (q.surface, q.kind) == (surface, "duration")
    assert q.value == pytest.approx(seconds)


def test_the_period_of_a_rate_is_no_span() -> None:
    surfaces = [q.surface for q in parse_quantities("It ran at 80 km an hour and a half.")]
    assert "an hour and a half" not in surfaces


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # A plain ton may be short (907 kg), metric or long (1,016 kg).
        ("It burned 3.1 million tons of coal.", 3.1e6 * 907.18474, 3.1e6 * 1016.0469088),
        ("a 40-ton lorry", 40 * 907.18474, 40 * 1016.0469088),
        # A tonne or a metric ton is one size.
        ("It burned 4,800 tonnes of coal.", 4.8e6, 4.8e6),
        ("It burned 3 metric tons of coal.", 3000, 3000),
    ],
)
def test_a_plain_ton_is_bounded_by_its_sizes(text: str, low: float, high: float) -> None:
    (q,) = parse_quantities(text)
    assert (q.low, q.high) == (pytest.approx(low), pytest.approx(high))


def test_tons_and_pounds_of_one_mass_agree() -> None:
    (tons,) = parse_quantities("3.1 million tons")
    (pounds,) = parse_quantities("6.2 billion pounds of coal")
    assert strict_interval(tons).overlaps(strict_interval(pounds))


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        # An emergency number dialled, or before a word of calling, is no count.
        ("She called 999 at once.", []),
        ("The first 999 call was made at 2.15am.", []),
        ("A 911 caller reported the fire.", []),
        # Other numbers before those words, or those numbers before others, count.
        ("The centre took 412 calls.", ["412"]),
        ("He scored 911 points in his career.", ["911"]),
    ],
)
def test_an_emergency_number_is_no_count(text: str, surfaces: list[str]) -> None:
    assert [q.surface for q in parse_quantities(text)] == surfaces


@pytest.mark.parametrize(("text", "surface", "value"), COUNTED_ONE)
def test_counted_one(text: str, surface: str, value: float) -> None:
    q = parse_quantities(text)[0]
    assert (q.surface, q.kind) == (surface, "count")
    assert q.value == pytest.approx(value)


# Compound adjectives with a time unit stay durations; a title-case name does not.
# text, [(surface, kind)]
TIME_COMPOUNDS = [
    ("It set a five-year plan.", [("five-year", "duration")]),
    ("It was a 30-year metamorphosis.", [("30-year", "duration")]),
    ("It was a one-day gain.", [("one-day", "duration")]),
    ("After a three-hour debate.", [("three-hour", "duration")]),
    ("The 14th Five-Year Plan ended.", []),
    ("The Five-Year Plan ended.", []),
    # A capitalised word with a number after it names a group: a count before it.
    ("Six Year 13 pupils were suspended.", [("Six", "count"), ("13", "count")]),
    ("It was suspended for six years.", [("six years", "duration")]),
]


@pytest.mark.parametrize(("text", "expected"), TIME_COMPOUNDS)
def test_time_compounds(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.surface, q.kind) for q in parse_quantities(text)] == expected


def test_fast_number_patterns_find_what_the_full_pattern_finds() -> None:
    """find_numbers picks a faster variant of NUMBER_RE per text; it must change nothing."""
    from claimcheck.quantities import numbers

    texts = [
        *conformance_texts(),
        "call +1 555 123 4567 or (555) 123-4567 at 2.13 am",
        "mail joe7@example.com 12 times, or one@two.com",
        "www.example.com/30 and https://a.b/4, then minus 5, −3.2, ½ and 3¼",
        "Negative 12 degrees, MINUS 4, .08 percent and twenty-one",
    ]
    assert len(texts) > 500
    letter_runs = re.compile(r"[^\W\d_]+")
    for text in texts:
        has_words = not numbers._NUMBER_WORDS.isdisjoint(letter_runs.findall(text.lower()))
        assert (numbers._NUMBER_WORD.search(text.lower()) is not None) == has_words, text
        full = [(m.span(), m.lastgroup) for m in numbers.NUMBER_RE.finditer(text)]
        fast = numbers._number_pattern(has_words, "@" in text).finditer(text)
        assert [(m.span(), m.lastgroup) for m in fast] == full, text


def test_number_words_as_a_prefix_tree_match_as_a_flat_alternation() -> None:
    """NUMBER_RE writes its word lists as prefix trees; as flat lists, longest first,
    they must find the same runs."""
    from claimcheck.quantities import numbers
    from claimcheck.quantities.units import alternation

    def flat(words: frozenset[str]) -> str:
        return f"(?:{alternation(list(words))})"

    pattern = (
        numbers.WORD_RUN_PATTERN.replace(numbers._A_COUNTED_ALT, flat(numbers._A_COUNTED_WORDS))
        .replace(numbers._RUN_START_ALT, flat(numbers._RUN_START_WORDS))
        .replace(numbers._ANY_WORD, flat(numbers._NUMBER_WORDS))
    )
    flat_re = re.compile(f"(?i:{pattern})", re.VERBOSE)
    tree_re = re.compile(f"(?i:{numbers.WORD_RUN_PATTERN})", re.VERBOSE)
    assert flat_re.pattern != tree_re.pattern
    texts = [
        *conformance_texts(),
        "Fourth-quarter sixty-six, a fifth, three fourths, FOURTEEN ninety nine hundredths",
        "one and a half million, twenty & one, dozens of eighths, a thousandth, ſixteen",
        "thousands, tenfold, tenths of a third, seventy-seven point seven, nought",
    ]
    for text in texts:
        found = [m.span() for m in tree_re.finditer(text)]
        assert found == [m.span() for m in flat_re.finditer(text)], text


def test_prefix_tree_tries_longer_words_first() -> None:
    from claimcheck.quantities.units import alternation, prefix_tree

    words = ["km", "km/h", "k", "kg", "per cent", "per", "percent", "x"]
    texts = ["5 km/h", "5 kmh", "3 kg", "a km", "9 per cent", "9 per", "9 percent", "KM/H", "xk"]
    flat_re = re.compile(rf"(?i:{alternation(words)})")
    tree_re = re.compile(rf"(?i:{prefix_tree(words)})")
    for text in texts:
        found = [m.span() for m in tree_re.finditer(text)]
        assert found == [m.span() for m in flat_re.finditer(text)], text
    assert prefix_tree(["ten", "two"]) == "t(?:en|wo)"
    with pytest.raises(ValueError):
        prefix_tree(["km", "kM"])  # one branch would hide the other, ignoring case


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose twice, then TRIPLED; a TWOFOLD rise",
        "It weighs an Ounce and a kilogram",
        "A fivefold rise in Z\u00fcrich",  # beyond ASCII: the full pattern decides
        "None at all",
    ],
)
def test_word_hints_spare_no_match(text: str) -> None:
    """The hints that let parse_quantities skip a pattern never skip one that matches."""
    from claimcheck.quantities import parser

    for pattern, hint in [
        (parser.MULTIPLIER_RE, parser.MULTIPLIER_HINT_RE),
        (parser.A_UNIT_RE, parser.A_UNIT_HINT_RE),
    ]:
        if pattern.search(text):
            assert parser._may_hold(text, hint), text


@pytest.mark.parametrize("figure", ["1e400", "0E310", "2x10^400", "0^-1", "10^999", "1.5e-400"])
def test_figures_beyond_a_float_are_dropped_not_raised(figure: str) -> None:
    quantities = parse_quantities(f"The count was {figure} units, officials said.")
    assert all(
        q.value is None or (abs(q.value) < float("inf") and q.value == q.value) for q in quantities
    )


def _spelling_variants(spelling: str) -> set[str]:
    """Ways of writing a table spelling that the case-insensitive patterns still match."""
    return {
        spelling,
        spelling.upper(),
        spelling.title(),
        spelling.replace("s", "\u017f"),  # long s
        spelling.replace("k", "\u212a").replace("K", "\u212a"),  # Kelvin sign
        spelling.replace("\u00b5", "\u03bc"),  # micro sign to Greek mu
        spelling.replace("\u03bc", "\u00b5"),
    }


def test_every_table_spelling_in_every_case_is_looked_up() -> None:
    """Units, currencies, scales and hedges are matched case-insensitively and looked up
    folded (NFKC, then case-folded) in one place, so no way of writing them raises."""
    from claimcheck.quantities import numbers, qualifiers, units

    tables = [
        units.WORD_UNITS,
        units.CURRENCY_SUFFIXES,
        units.CURRENCY_PREFIXES,
        units.MONEY_SCALES,
        units.RATE_DENOMINATORS,
        units.A_UNIT_WORDS,
        units.MULTIPLIER_WORDS,
        numbers.DIGIT_SCALES,
        qualifiers.PREFIX_HEDGES,
        qualifiers.SUFFIX_HEDGES,
    ]
    checked = 0
    for table in tables:
        for spelling in list(table):
            for variant in _spelling_variants(spelling):
                for text in (f"It was 5 {variant} in all.", f"It was {variant} 5 or so."):
                    parse_quantities(text)
                    checked += 1
    assert checked > 2000


def test_micro_sign_and_greek_mu_are_one_unit() -> None:
    (micro,) = parse_quantities("A gap of 180 \u00b5m was seen.")
    (greek,) = parse_quantities("A gap of 180 \u03bcm was seen.")
    assert (micro.unit, micro.value) == (greek.unit, greek.value) == ("m", pytest.approx(180e-6))


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        # A number after an identifier label names one thing, as does the rest of its list.
        ("Traffic on Interstate 90 was halted.", []),
        ("He returned in Weeks 14-16 and in Room 4, 5, and 6.", []),
        ("Flight 370 carried 239 people.", ["239"]),
        ("The coastguard helicopter Rescue 918 lifted 2 climbers.", ["2"]),
        ("Reporter Ana Vell of KTMS News 4 said Channel 7 had 12 crews there.", ["12"]),
        ("KWMT 8 News transcript: 14 people were freed.", ["14"]),
        # A plain "and" ends the list; a rank or a measure after its word stays a figure.
        ("Juror 8 and 40 others left.", ["40"]),
        ("All 1,420 drivers of Transit Union Local 1187 walked out.", ["1,420"]),
        # A number word after a label names one thing too, and "a hilly one," counts nothing.
        ("Game seven is on Friday; stage six had 40 riders down.", ["40"]),
        ("Stage seven is a hilly one, 203 kilometres long.", ["203 kilometres"]),
        ("The No. 5 seed won, in a Category 4 storm.", ["5", "4"]),
        # A whole number that ends a name after "the" is part of the name.
        ("The toll from the derailment of the Coastal Express 417 rose to six.", ["six"]),
        ("The Boeing 737 carried 150 people.", ["150"]),
        ("The HSX 250 index had fallen 2.8 percent by noon.", ["2.8 percent"]),
        # So does one after a capitalised word inside a sentence: a model or an edition.
        ("Orvane unveiled its Strata 14 laptop at $1,499.", ["$1,499"]),
        ("Opinion: Orvane's Lumen 7 is fine, and the Lumen 7, at $899, sold.", ["$899"]),
        # Two such words opening a sentence name it too; one may be a hedge ("Some 40").
        ("Air Rescue 9 winched 7 hikers off. Some 40 people watched.", ["7", "Some 40"]),
        # Unless a plural follows, which it counts, or the word is a scale's.
        ("He visited Orlen 5 times, and it hit Vale 12 hours ago.", ["5 times", "12 hours"]),
        ("Forecasters said the storm could reach Category 4 strength.", ["4"]),
        # A scale's word joined by a hyphen is still a scale's; other words so joined make a code.
        ("A magnitude-5.9 quake hit, then a Category-4 storm.", ["5.9", "4"]),
        ("Two F-16 jets flew over the COVID-19 ward.", ["Two"]),
        # Not a date, a decimal or a score.
        ("They met the Rovers on the June 5 date, in the Vale Rovers 31-28 win.", ["31", "28"]),
        ("Andre Lind 14.9 points, the Vale Rovers 3.5 goals.", ["14.9", "3.5"]),
    ],
)
def test_identifier_labels(text: str, surfaces: list[str]) -> None:
    assert [q.surface for q in parse_quantities(text)] == surfaces


# Feet joined to what follows only when it is a height's inches: text, surfaces.
NOT_INCHES = [
    ("A 40-foot 3-ton truck.", ["40-foot", "3-ton"]),
    ("He fell 20 feet, 3 of them onto rock.", ["20 feet", "3"]),
    ("A 6-foot-10, 240-pound center.", ["6-foot-10", "240-pound"]),
    # A height said aloud takes its inches, named or not; a count of things after it is no inch.
    ("She is five foot three.", ["five foot three"]),
    ("A six foot three inch man.", ["six foot three inch"]),
    ("It was five foot, three rows back.", ["five foot", "three"]),
    ("It was five foot three rows back.", ["five foot", "three"]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_INCHES)
def test_feet_take_only_a_heights_inches(text: str, expected: list[str]) -> None:
    assert [q.surface for q in parse_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("In twenty twenty-three forty-one people drowned.", [(2023.0, "year"), (41.0, "count")]),
        ("It has run since nineteen ninety-eight.", [(1998.0, "year")]),
        # No word of a year before: two counts.
        ("He scored twenty twenty-three times.", [(20.0, "count"), (23.0, "multiplier")]),
    ],
)
def test_a_year_said_aloud(text: str, figures: list[tuple[float, str]]) -> None:
    assert [(q.value, q.kind) for q in parse_quantities(text)] == figures
