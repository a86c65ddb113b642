"""Unit and currency tables: what a word or symbol next to a number means.

Two articles only agree on "1.2 km" and "1,200 metres" if both become metres, so
each entry maps a surface form to (kind, base unit, factor to the base unit). The
tables are plain data; parser.py compiles them into one regex each.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import NamedTuple, TypeVar

V = TypeVar("V")


@lru_cache(maxsize=4096)
def fold(spelling: str) -> str:
    """The one form in which a written unit, scale or hedge is looked up: Unicode NFKC
    ("µ" micro sign to Greek "μ", "²" to "2", "ſ" to "s"), then case-folded.

    The tables are matched case-insensitively, and the regex engine treats more
    characters as equal than ``str.lower`` does ("μm" matches "µm"); folding both
    the table's spellings and the matched text keeps every match a hit.
    """
    return unicodedata.normalize("NFKC", spelling).casefold()


class FoldedTable(dict[str, V]):
    """A table of spellings whose look-ups go through ``fold``.

    Iterating gives the spellings as written (the patterns are built from them);
    ``table[text]``, ``get`` and ``in`` compare folded forms, so any way of writing
    a spelling that the patterns match finds its entry.
    """

    def __init__(self, entries: Mapping[str, V]) -> None:
        super().__init__()
        self._folded: dict[str, V] = {}
        for spelling, value in entries.items():
            self[spelling] = value

    def __setitem__(self, spelling: str, value: V) -> None:
        super().__setitem__(spelling, value)
        self._folded[fold(spelling)] = value

    def __getitem__(self, spelling: str) -> V:
        return self._folded[fold(spelling)]

    def __contains__(self, spelling: object) -> bool:
        return isinstance(spelling, str) and fold(spelling) in self._folded

    def get(self, spelling: str, default: V | None = None) -> V | None:  # type: ignore[override]
        """The entry of a spelling however it is written, else ``default``."""
        return self._folded.get(fold(spelling), default)


class Unit(NamedTuple):
    """What a unit surface means: kind, base unit, and factor to the base unit."""

    kind: str
    unit: str
    factor: float
    offset: float = 0.0  # added after scaling (temperatures only)


def _u(kind: str, unit: str, factor: float, *surfaces: str) -> dict[str, Unit]:
    return {s: Unit(kind, unit, factor) for s in surfaces}


# Currency written before the amount: "$", "US$", "RMB", "€". Matched case-insensitively.
CURRENCY_PREFIXES: FoldedTable[Unit] = FoldedTable(
    {
        **_u("money", "USD", 1, "$", "us$", "us $", "u.s. $", "u.s.$", "u.s $", "usd", "usd$"),
        **_u("money", "CAD", 1, "c$", "c $", "ca$", "cad", "cad$"),
        **_u("money", "AUD", 1, "a$", "au$", "aud", "aud$"),
        **_u("money", "HKD", 1, "hk$", "hk $", "hkd"),
        **_u("money", "NZD", 1, "nz$", "nzd", "nzd$"),
        **_u("money", "SGD", 1, "s$", "sgd"),
        **_u("money", "TWD", 1, "nt$", "twd"),
        **_u("money", "MXN", 1, "mex$", "mxn", "mxn$"),
        **_u("money", "BRL", 1, "r$", "brl"),
        **_u("money", "CNY", 1, "rmb", "cny", "¥", "yuan", "元"),
        **_u("money", "JPY", 1, "jpy", "jp¥"),
        **_u("money", "EUR", 1, "€", "eur"),
        **_u("money", "GBP", 1, "£", "gbp"),
        **_u("money", "INR", 1, "₹", "inr", "rs.", "rs"),
        **_u("money", "KRW", 1, "₩", "krw"),
        **_u("money", "RUB", 1, "₽", "rub"),
        **_u("money", "CHF", 1, "chf"),
        **_u("money", "BTC", 1, "₿", "btc"),
        **_u("money", "CRC", 1, "₡"),
        **_u("money", "GEL", 1, "₾"),
        **_u("money", "LAK", 1, "₭"),
        **_u("money", "TRY", 1, "₺"),
        **_u("money", "NGN", 1, "₦"),
        **_u("money", "PHP", 1, "₱"),
        **_u("money", "USD", 1e6, "musd"),
        **_u("money", "EUR", 1e6, "meur"),
        **_u("money", "GBP", 1e6, "mgbp"),
        **_u("money", "AUD", 1e6, "maud"),
    }
)

# Letters that scale an amount when a currency is present: "$42bn", "€10M", "$2.174T".
MONEY_SCALES: FoldedTable[float] = FoldedTable(
    {
        "k": 1e3,
        "m": 1e6,
        "mn": 1e6,
        "mln": 1e6,
        "mm": 1e6,
        "b": 1e9,
        "bn": 1e9,
        "bln": 1e9,
        "t": 1e12,
        "tn": 1e12,
        "tr": 1e12,
    }
)

# Currency written after the amount: "250 billion yuan", "323 million euros".
CURRENCY_SUFFIXES: FoldedTable[Unit] = FoldedTable(
    {
        **_u("money", "USD", 1, "usd", "us dollar", "us dollars", "u.s. dollars", "u.s. dollar"),
        **_u("money", "USD", 1, "united states dollars", "american dollars", "dollar", "dollars"),
        **_u("money", "USD", 1, "$", "bucks"),
        **_u("money", "USD", 0.01, "cent", "cents", "¢"),
        **_u("money", "CAD", 1, "cad", "canadian dollar", "canadian dollars"),
        **_u("money", "AUD", 1, "aud", "australian dollar", "australian dollars"),
        **_u("money", "HKD", 1, "hkd", "hong kong dollar", "hong kong dollars"),
        **_u("money", "SGD", 1, "sgd", "singapore dollar", "singapore dollars"),
        **_u("money", "NZD", 1, "nzd", "new zealand dollar", "new zealand dollars"),
        **_u("money", "CNY", 1, "cny", "rmb", "yuan", "chinese yuan", "renminbi", "元", "kuai"),
        **_u("money", "CNY", 0.1, "mao", "jiao"),
        **_u("money", "JPY", 1, "jpy", "yen", "japanese yen", "円"),
        **_u("money", "EUR", 1, "eur", "euro", "euros", "€"),
        **_u(
            "money", "GBP", 1, "gbp", "pound", "pounds", "pounds sterling", "sterling", "quid", "£"
        ),
        **_u("money", "GBP", 1, "british pound", "british pounds"),
        **_u("money", "GBP", 0.01, "pence", "penny", "pennies", "p"),
        # Bloodstock sales still price in guineas, each one pound and five pence.
        **_u("money", "GBP", 1.05, "guinea", "guineas"),
        **_u("money", "CHF", 1, "chf", "swiss franc", "swiss francs", "franc", "francs"),
        **_u("money", "INR", 1, "inr", "rupee", "rupees", "indian rupees"),
        **_u("money", "KRW", 1, "krw", "won", "korean won"),
        **_u("money", "RUB", 1, "rub", "rouble", "roubles", "ruble", "rubles"),
        **_u("money", "TRY", 1, "try", "lira", "turkish lira"),
        **_u("money", "MXN", 1, "mxn", "peso", "pesos", "mexican pesos"),
        **_u("money", "BRL", 1, "brl", "real", "reais"),
        **_u("money", "ZAR", 1, "zar", "rand"),
        **_u("money", "FIM", 1, "finnish markka", "markka"),
        **_u("money", "ESP", 1, "peseta", "pesetas"),
        **_u("money", "NLG", 1, "dutch guilders", "guilders", "guilder"),
        **_u("money", "USD", 0.1, "dime", "dimes"),
        **_u("money", "BTC", 1, "btc", "bitcoin", "bitcoins"),
        **_u("money", "BTC", 1e-8, "satoshi", "satoshis"),
        **_u("money", "CRC", 1, "₡"),
        **_u("money", "GEL", 1, "₾"),
        **_u("money", "LAK", 1, "₭"),
        **_u("money", "USD", 1e6, "musd"),
        **_u("money", "EUR", 1e6, "meur"),
        **_u("money", "GBP", 1e6, "mgbp"),
    }
)

# Units written after the amount, matched case-insensitively: words and unambiguous
# abbreviations.
WORD_UNITS: FoldedTable[Unit] = FoldedTable(
    {
        **_u("percent", "%", 1, "%", "percent", "per cent", "percents", "percentage", "pct"),
        **_u("percentage_point", "pp", 1, "percentage points", "percentage point", "pp", "ppt"),
        **_u("percentage_point", "pp", 1, "percent points", "per cent points"),
        **_u("percentage_point", "pp", 0.01, "basis points", "basis point", "bps", "bp"),
        **_u("multiplier", "x", 1, "times", "fold", "-fold", "×"),
        **_u("length", "m", 1, "metre", "metres", "meter", "meters"),
        **_u("length", "m", 1e3, "km", "kilometre", "kilometres", "kilometer", "kilometers"),
        **_u("length", "m", 1e-2, "cm", "centimetre", "centimetres", "centimeter", "centimeters"),
        **_u("length", "m", 1e-3, "mm", "millimetre", "millimetres", "millimeter", "millimeters"),
        **_u("length", "m", 1e-6, "µm", "micrometre", "micrometres", "micron", "microns"),
        **_u("length", "m", 1e-9, "nm", "nanometre", "nanometres", "nanometer", "nanometers"),
        **_u("length", "m", 1e-12, "picometre", "picometres", "picometer", "picometers"),
        **_u("length", "m", 1e-18, "attometre", "attometres"),
        **_u("length", "m", 1609.344, "mile", "miles", "mi"),
        **_u("length", "m", 1852, "nautical mile", "nautical miles"),
        **_u("length", "m", 0.3048, "ft", "foot", "feet"),
        **_u("length", "m", 0.0254, "inch", "inches"),
        **_u("length", "m", 0.9144, "yd", "yard", "yards"),
        **_u("length", "m", 9.4607e15, "light-year", "light-years", "light year", "light years"),
        **_u("area", "m2", 1, "m2", "m²", "square metre", "square metres", "square meters"),
        **_u("area", "m2", 1, "square meter", "sq m", "sqm"),
        **_u("area", "m2", 1e6, "km2", "km²", "km^2", "sq km", "square kilometre", "km squared"),
        **_u("area", "m2", 1e6, "square kilometres", "square kilometer", "square kilometers"),
        **_u("area", "m2", 1e4, "hectare", "hectares", "ha"),
        **_u("area", "m2", 4046.8564224, "acre", "acres"),
        **_u("area", "m2", 2589988.110336, "sq mi", "square mile", "square miles"),
        **_u("area", "m2", 0.09290304, "sq ft", "square foot", "square feet"),
        **_u("volume", "m3", 1, "m3", "m³", "cubic metre", "cubic metres", "cubic meters"),
        **_u("volume", "m3", 1e9, "km3", "km³", "km^3", "cubic kilometre", "km cubed"),
        **_u("volume", "m3", 1e9, "cubic kilometres", "cubic kilometer", "cubic kilometers"),
        **_u("volume", "m3", 1e-3, "litre", "litres", "liter", "liters"),
        **_u("volume", "m3", 1e-5, "cl", "centilitre", "centilitres"),
        **_u("volume", "m3", 1e-6, "ml", "millilitre", "millilitres", "milliliter", "cc"),
        **_u("volume", "m3", 3.785411784e-3, "gallon", "gallons", "gal"),
        **_u("volume", "m3", 0.158987294928, "barrel", "barrels", "bbl"),
        **_u("volume", "m3", 2.365882365e-4, "cup", "cups"),
        **_u("volume", "m3", 1.478676478125e-5, "tbsp", "tablespoon", "tablespoons"),
        **_u("volume", "m3", 4.92892159375e-6, "tsp", "teaspoon", "teaspoons"),
        **_u("volume", "m3", 0.028316846592, "cubic feet", "cubic foot"),
        **_u("mass", "kg", 1, "kg", "kilogram", "kilograms", "kilogramme", "kilo", "kilos"),
        **_u("mass", "kg", 1e-3, "gram", "grams", "gramme", "grammes"),
        **_u("mass", "kg", 1e-6, "mg", "milligram", "milligrams"),
        **_u("mass", "kg", 1e3, "tonne", "tonnes", "metric ton", "metric tons", "ton", "tons"),
        **_u("mass", "kg", 0.45359237, "lb", "lbs"),
        **_u("mass", "kg", 0.028349523125, "oz", "ounce", "ounces"),
        **_u("duration", "s", 1, "second", "seconds", "sec", "secs"),
        **_u("duration", "s", 1e-3, "millisecond", "milliseconds", "ms"),
        **_u("duration", "s", 60, "minute", "minutes", "mins"),
        **_u("duration", "s", 3600, "hour", "hours", "hr", "hrs"),
        **_u("duration", "s", 86400, "day", "days"),
        **_u("duration", "s", 604800, "week", "weeks"),
        **_u("duration", "s", 2629746, "month", "months"),
        **_u("duration", "s", 31556952, "year", "years", "yr", "yrs", "year's", "years'"),
        **_u("duration", "s", 315569520, "decade", "decades"),
        **_u("duration", "s", 3155695200, "century", "centuries"),
        **_u("duration", "s", 31556952e9, "gigaannum", "gigayear", "gigayears"),
        **_u("duration", "s", 31556952e6, "megayear", "megayears"),
        **_u("duration", "s", 604800, "weeks'"),
        **_u("data", "B", 1, "byte", "bytes"),
        **_u("data", "B", 1e3, "kb", "kilobyte", "kilobytes"),
        **_u("data", "B", 1e6, "megabyte", "megabytes"),
        **_u("data", "B", 1e9, "gigabyte", "gigabytes"),
        **_u("data", "B", 1e12, "terabyte", "terabytes"),
        **_u("data", "B", 1e15, "petabyte", "petabytes"),
        **_u("data", "B", 1e18, "exabyte", "exabytes"),
        **_u("data", "B", 1024, "kib", "kibibyte", "kibibytes"),
        **_u("data", "B", 1024**2, "mib", "mebibyte", "mebibytes"),
        **_u("data", "B", 1024**3, "gib", "gibibyte", "gibibytes"),
        **_u("data", "B", 0.125, "bit", "bits"),
        **_u("data", "B", 125, "kbit", "kbps"),
        **_u("data", "B", 125e3, "mbit", "mbps"),
        **_u("data", "B", 125e6, "gbit", "gbps"),
        **_u("speed", "m/s", 1, "m/s", "metres per second", "meters per second"),
        **_u("speed", "m/s", 1 / 3.6, "km/h", "kph", "kmh", "km/hr"),
        **_u("speed", "m/s", 1 / 3.6, "kilometres per hour", "kilometers per hour"),
        **_u("speed", "m/s", 1 / 3.6, "kilometres an hour", "kilometers an hour"),
        **_u("speed", "m/s", 1 / 3.6, "kilometre an hour", "kilometer an hour"),
        **_u("speed", "m/s", 0.44704, "mph", "miles per hour", "miles an hour", "mile an hour"),
        **_u("speed", "m/s", 1852 / 3600, "knot", "knots"),
        **_u("temperature", "°C", 1, "°c", "° c", "degrees celsius", "degree celsius"),
        **_u("temperature", "°C", 1, "degrees centigrade", "celsius", "degrees c"),
        **_u("other", "J", 1.602176634e-19, "ev", "electronvolt", "electronvolts"),
        **_u("other", "J", 1.602176634e-16, "kev"),
        **_u("other", "J", 1.602176634e-13, "mev"),
        **_u("other", "J", 1.602176634e-10, "gev"),
        **_u("other", "J", 1.602176634e-7, "tev"),
        **_u("other", "J", 1, "joule", "joules"),
        **_u("other", "J", 3600, "wh", "watt hour", "watt hours"),
        **_u("other", "J", 3.6e6, "kwh", "kilowatt hour", "kilowatt hours"),
        **_u("other", "J", 3.6e9, "mwh", "megawatt hour", "megawatt hours"),
        **_u("other", "J", 3.6e12, "gwh", "gigawatt hour", "gigawatt hours"),
        **_u("other", "J", 3.6e15, "twh", "terawatt hour", "terawatt hours"),
        **_u("other", "W", 1, "watt", "watts"),
        **_u("other", "W", 1e3, "kw", "kilowatt", "kilowatts"),
        **_u("other", "W", 1e6, "megawatt", "megawatts"),
        **_u("other", "W", 1e9, "gigawatt", "gigawatts"),
        **_u("other", "Hz", 1, "hz", "hertz"),
        **_u("other", "Hz", 1e3, "khz", "kilohertz"),
        **_u("other", "Hz", 1e6, "mhz", "megahertz"),
        **_u("other", "Hz", 1e9, "ghz", "gigahertz"),
        **_u("other", "Gy", 1e-3, "mgy", "milligray"),
        **_u("other", "Pa", 6894.757293168, "psi", "pounds per square inch"),
        **_u("other", "ppm", 1, "ppm", "parts per million", "part per million"),
        **_u("other", "ppm", 1e-3, "ppb", "parts per billion", "part per billion"),
    }
)
WORD_UNITS["°f"] = Unit("temperature", "°C", 5 / 9, -32 * 5 / 9)
WORD_UNITS["° f"] = WORD_UNITS["°f"]

_WORD = re.compile(r"[A-Za-z]+")


def time_unit_factors(surface: str) -> list[float]:
    """Seconds in each unit of time a figure's words name, in order: "2 hours, 6 minutes
    and 41 seconds" -> [3600, 60, 1]; [] for a clock reading ("2:06:41") or no span of
    time."""
    units = (WORD_UNITS.get(word) for word in _WORD.findall(surface))
    return [unit.factor for unit in units if unit is not None and unit.kind == "duration"]


WORD_UNITS["degrees fahrenheit"] = WORD_UNITS["°f"]
WORD_UNITS["degree fahrenheit"] = WORD_UNITS["°f"]
WORD_UNITS["fahrenheit"] = WORD_UNITS["°f"]
WORD_UNITS["degrees f"] = WORD_UNITS["°f"]
WORD_UNITS["kelvin"] = Unit("temperature", "°C", 1, -273.15)
WORD_UNITS["kelvins"] = WORD_UNITS["kelvin"]

# Units whose case matters ("m" metre vs "M" million, "MB" vs "mb"), matched exactly.
SYMBOL_UNITS: dict[str, Unit] = {
    **_u("length", "m", 1, "m"),
    **_u("length", "m", 1e-12, "pm"),
    **_u("length", "m", 1e-18, "am"),
    **_u("volume", "m3", 1e-3, "l", "L"),
    **_u("volume", "m3", 1e-6, "mL"),
    **_u("mass", "kg", 1e-3, "g"),
    **_u("mass", "kg", 1e3, "t"),
    **_u("duration", "s", 1, "s"),
    **_u("duration", "s", 60, "min"),
    **_u("duration", "s", 3600, "h"),
    **_u("duration", "s", 31556952e6, "Ma", "Myr"),
    **_u("duration", "s", 31556952e9, "Ga", "Gyr"),
    **_u("data", "B", 1, "B"),
    **_u("data", "B", 1e3, "KB", "kB"),
    **_u("data", "B", 1e6, "MB"),
    **_u("data", "B", 1e9, "GB"),
    **_u("data", "B", 1e12, "TB"),
    **_u("data", "B", 1e15, "PB"),
    **_u("data", "B", 1e18, "EB"),
    **_u("data", "B", 0.125, "b"),
    **_u("data", "B", 125e3, "Mb"),
    **_u("data", "B", 125e6, "Gb"),
    **_u("data", "B", 125e9, "Tb"),
    **_u("multiplier", "x", 1, "x", "X"),
    **_u("temperature", "°C", 1, "C", "℃"),
    **_u("other", "W", 1e6, "MW"),
    **_u("other", "W", 1e9, "GW"),
    **_u("other", "J", 1, "J"),
    **_u("other", "W", 1, "W"),
    **_u("other", "Hz", 1, "s-1", "s−1"),
    **_u("other", "fb-1", 1, "fb-1", "fb−1"),
}
SYMBOL_UNITS["K"] = Unit("temperature", "°C", 1, -273.15)
SYMBOL_UNITS["℉"] = WORD_UNITS["°f"]

# "in" is an inch only when nothing that could be its object follows:
# "2 in thick", "a 2 in gap", "2 in." - but not "2 in 1979".
INCH_RE = re.compile(
    r"in(?=\.|\s*$|\s*[,;:)]|\s+(?:thick|wide|long|tall|high|deep|gap|diameter)\b)"
)

# Denominators of rates: "$15.4/hour", "$350 per kg" -> (label, factor to base).
RATE_DENOMINATORS: FoldedTable[tuple[str, float]] = FoldedTable(
    {
        "second": ("s", 1),
        "s": ("s", 1),
        "minute": ("min", 60),
        "min": ("min", 60),
        "hour": ("h", 3600),
        "hr": ("h", 3600),
        "h": ("h", 3600),
        "day": ("day", 86400),
        "week": ("week", 604800),
        "month": ("month", 2629746),
        "year": ("year", 31556952),
        "kg": ("kg", 1),
        "kilogram": ("kg", 1),
        "tonne": ("t", 1000),
        "ton": ("t", 1000),
        "barrel": ("bbl", 0.158987294928),
        "litre": ("l", 1e-3),
        "liter": ("l", 1e-3),
        "capita": ("person", 1),
        "person": ("person", 1),
    }
)

# Unit words that "a"/"an" can count one of ("a gallon", "a kibibyte", "a penny").
# Durations are left out: "a year ago" and "twice a week" are not amounts.
A_UNIT_WORDS: FoldedTable[Unit] = FoldedTable(
    {
        w: u
        for w, u in {**WORD_UNITS, **CURRENCY_SUFFIXES}.items()
        if (u.kind in ("length", "area", "volume", "mass", "data") and len(w) > 3 and w.isalpha())
        or w in ("penny", "cent", "dime")
    }
)

# Multiplier words that stand alone: "twice", "double", "threefold".
MULTIPLIER_WORDS: FoldedTable[float] = FoldedTable(
    {
        "twice": 2,
        "double": 2,
        "triple": 3,
        "treble": 3,
        "quadruple": 4,
        "twofold": 2,
        "two-fold": 2,
        "threefold": 3,
        "three-fold": 3,
        "fourfold": 4,
        "four-fold": 4,
        "fivefold": 5,
        "five-fold": 5,
        "sixfold": 6,
        "tenfold": 10,
        "ten-fold": 10,
        "hundredfold": 100,
    }
)

# Capitalised month names and abbreviations: a number beside one is a date part.
MONTHS: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
)


def alternation(surfaces: list[str]) -> str:
    """Regex alternation of literal surfaces, longest first so the longest wins."""
    return "|".join(re.escape(s) for s in sorted(set(surfaces), key=len, reverse=True))


# A node of a prefix tree of words: the next character to the subtree it leads to;
# the key "" marks the end of a word.
_Node = dict[str, "_Node"]


def prefix_tree(words: Iterable[str]) -> str:
    """Regex alternation of literal words, written as a prefix tree: "t(?:en|wo)" for
    "ten|two", "one(?:s)?" for "one|ones". For patterns that ignore case, as the
    tables' patterns do.

    Why: the regex engine tries the branches of a flat alternation one by one, so each
    position where no word starts costs one failed test per word, and these patterns
    are tried at nearly every word of a text; the tree fails at the first character
    that no word goes on with. A word is tried before the shorter words it starts with,
    so the words that fit at a place are tried in the order of ``alternation``
    (longest first) and both patterns find the same matches. That holds while no two
    branches of a node start with characters that match alike when case is ignored
    ("kM..." and "km..."); a table that has them is refused.

    :raises ValueError: when two branches of the tree begin alike ignoring case
    """
    tree: _Node = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _tree_pattern(tree)


def _tree_pattern(node: _Node) -> str:
    """The pattern of the words below a node of ``prefix_tree``; "" when none go on."""
    chars = sorted(char for char in node if char)
    for i, char in enumerate(chars):
        for other in chars[i + 1 :]:
            if re.fullmatch(re.escape(char), other, re.IGNORECASE):
                raise ValueError(f"prefix_tree: {char!r} and {other!r} match alike")
    branches = [re.escape(char) + _tree_pattern(node[char]) for char in chars]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if "" in node:
        # Greedy, so that the longer words are tried before the one that ends here.
        return f"(?:{body})?" if len(branches) == 1 else f"{body}?"
    return body
