"""Recognise numbers written in digits or English words, with their spans.

Claims are compared by value, so every later stage needs "1,200", "twenty-five",
"4.5 billion" and "a dozen" turned into the same kind of float. This module is the
number layer only: it knows nothing of units, currencies or qualifiers, and it
skips strings that merely contain digits (COVID-19, A320, 5G, 24/7, phone numbers,
URLs, clock times, ordinals) because those are names, not amounts.
"""

from __future__ import annotations

import math
import re
from functools import cache
from typing import NamedTuple

from claimcheck.cues import holds_any
from claimcheck.datafiles import read_data
from claimcheck.quantities.units import MONTHS, FoldedTable, prefix_tree

CARDINALS: dict[str, int] = {
    "zero": 0,
    "nought": 0,
    "naught": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

# Words that multiply what precedes them and close a group ("two thousand").
SCALE_WORDS: dict[str, float] = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "lakh": 1e5,
    "crore": 1e7,
}

DOZEN_WORDS: frozenset[str] = frozenset({"dozen", "dozens", "dz", "dzs", "doz", "dozs"})

# Fraction denominators. "second" and "first" are left out: "one second" is a
# duration and "first" is an ordinal.
DENOMINATORS: dict[str, int] = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
    "hundredth": 100,
    "hundredths": 100,
    "thousandth": 1000,
    "thousandths": 1000,
    "millionth": 1_000_000,
    "millionths": 1_000_000,
    "billionth": 1_000_000_000,
    "billionths": 1_000_000_000,
    "trillionth": 1_000_000_000_000,
    "trillionths": 1_000_000_000_000,
}

# Scale words and abbreviations that may follow a number written in digits.
DIGIT_SCALES: FoldedTable[float] = FoldedTable(
    {
        "hundred": 1e2,
        **SCALE_WORDS,
        "k": 1e3,
        "mn": 1e6,
        "mln": 1e6,
        "mil": 1e6,
        "mm": 1e6,
        "bn": 1e9,
        "bln": 1e9,
        "tn": 1e12,
        "tln": 1e12,
        "dozen": 12,
        "dozens": 12,
        "dzs": 12,
        "dozs": 12,
    }
)
# Single capital letters that mean a scale only when glued to the digits ("10M").
GLUED_SCALES: dict[str, float] = {"K": 1e3, "M": 1e6, "b": 1e9}

VULGAR_FRACTIONS: dict[str, float] = {
    "½": 1 / 2,
    "⅓": 1 / 3,
    "⅔": 2 / 3,
    "¼": 1 / 4,
    "¾": 3 / 4,
    "⅕": 1 / 5,
    "⅖": 2 / 5,
    "⅗": 3 / 5,
    "⅘": 4 / 5,
    "⅙": 1 / 6,
    "⅚": 5 / 6,
    "⅛": 1 / 8,
    "⅜": 3 / 8,
    "⅝": 5 / 8,
    "⅞": 7 / 8,
}

# Pronoun uses of "one" ("the one you mentioned", "which one") are not amounts.
ONE_PRONOUN_BEFORE: frozenset[str] = frozenset(
    {"the", "this", "that", "which", "each", "every", "any", "no", "another", "someone"}
)
# "the second half of the year" is a period, not 0.5.
HALF_PERIOD_BEFORE: frozenset[str] = frozenset(
    {"the", "first", "second", "latter", "other", "a", "one"}
)

_NEG_WORDS = "minus|negative"
# Words that may follow "a" in a run ("a hundred", "a third", "a dozen"), the words
# that may start a run, and all number words, which may go on one.
_A_COUNTED_WORDS = frozenset(["hundred", *SCALE_WORDS, *DENOMINATORS, "dozen"])
_RUN_START_WORDS = _A_COUNTED_WORDS | CARDINALS.keys()
_NUMBER_WORDS = _RUN_START_WORDS | DOZEN_WORDS
# The alternations are prefix trees, as a run is tried at the start of nearly every
# word. The order of their words does not matter: a word of a run is followed by a
# space, hyphen, comma or the end of the run, never a letter, so at most one word of
# an alternation fits at a place.
_A_COUNTED_ALT = prefix_tree(_A_COUNTED_WORDS)
_RUN_START_ALT = prefix_tree(_RUN_START_WORDS)
_ANY_WORD = prefix_tree(_NUMBER_WORDS)

# A run of number words, e.g. "two hundred and thirty-one", "a dozen",
# "one and a half", "minus five point five", "three million, two hundred & forty".
# The run is cut into numbers afterwards by _eval_words, which knows the grammar.
WORD_RUN_PATTERN = rf"""
    (?<![\w-])
    (?:(?:{_NEG_WORDS})\s+)?
    (?:an?\s+(?={_A_COUNTED_ALT}\b))?
    {_RUN_START_ALT}
    (?:
        (?:\s*-\s*|\s+(?:and|&)\s+(?:an?\s+)?|,\s+|\s+an?\s+|\s+point\s+|\s+)
        (?:{_ANY_WORD})
    )*
    \b
"""

# The part of a day after a clock reading: "11.30 in the morning", "nine o'clock tonight".
CLOCK_DAY_PART = (
    r"(?:(?:in\s+the|this)\s+(?:morning|afternoon|evening)|at\s+night|tonight|last\s+night)"
)
# The word after a clock's hour: "2 o'clock", "nine o’clock".
O_CLOCK = r"o['’]clock"

# A clock time said aloud, hour then minutes: "seven fifteen", "ten forty-one", "six oh
# five", "six-thirty". Only after a word that leads into a time (``_SPOKEN_CLOCK_LEAD``) is
# it one: "seven fifteen" alone may be two counts. Not before a word that makes the
# minutes a count's or a number's part ("two fifteen-year-olds", "at five twenty percent",
# "one twenty and").
_CLOCK_HOUR_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_DIGIT_WORDS = "one|two|three|four|five|six|seven|eight|nine"
SPOKEN_CLOCK = (
    rf"(?i:(?:{_CLOCK_HOUR_WORDS})(?:\s+|-)"
    rf"(?:oh[-\s](?:{_DIGIT_WORDS})|(?:twenty|thirty|forty|fifty)(?:[-\s](?:{_DIGIT_WORDS}))?"
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))"
    r"(?![\w-])(?!\s*(?:%|(?i:percent|per\s+cent|hundred|thousand|million|billion|and|or|to"
    r"|past|point|of|times|years?|people)\b))"
)
# The words a clock time said aloud follows: "at seven fifteen", "shortly after one twenty".
_SPOKEN_CLOCK_LEAD = re.compile(
    # "It's seven forty-one": a broadcast's time check.
    r"\b(?i:at|around|about|after|before|until|till|approximately|roughly|since|it['’]s"
    r"|it\s+is)\s+$"
)
SPOKEN_CLOCK_RE = re.compile(SPOKEN_CLOCK)
# Words one of which every ``SPOKEN_CLOCK`` holds, in its minutes: text with none of them
# (lower-cased) holds no clock said aloud, so the pattern need not be searched.
SPOKEN_CLOCK_CUES = ("oh", "ten", "eleven", "twelve", "teen", "twenty", "thirty", "forty", "fifty")

# A number in digits, or a span that must be skipped as a whole.
# number: "1,234,567.89", "1 234 567", "-9.5", ".08", "1.3e6", "2.5^-1", "2 1/2",
#         "3/4", "1½", "10M", "4.5 billion", "2.48×10−5"
# skip:   "http://x.y/30%25", "+1-222-2222/2222", "10:30", "2.13 am", "5/17/2018",
#         "2 o'clock", "11.30 in the morning",
#         "2:08:14" (clock readings are left to the parser, which knows their context)
# The e-mail address skipped: the one alternative that may start at any character (it
# needs an "@"), so a text without one is searched without it (``_number_pattern``).
_EMAIL_SKIP = r"""
      | (?<![^\s(<\[])[^\s@()<>\[\]]+@\S+\.\w+"""
DIGIT_PATTERN = (
    r"""
    (?P<skip>
        (?:https?://|www\.)\S+"""
    + _EMAIL_SKIP
    + r"""
      | \+\d[\d\-\ ()/.]{6,}\d
      | \(?\b\d{3}\)?[-.\ ]\d{3}[-.]\d{4}\b
      | \b\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\b\.?
      | \b\d{1,2}\s+"""
    + O_CLOCK
    + r"""\b
      | \b\d{1,2}[:.]\d{2}(?=\s+"""
    + CLOCK_DAY_PART
    + r"""\b)
      | \b\d{1,2}:\d{2}:\d{2}(?:\.\d+)?\b
      | \b\d{1,2}:\d{2}\b
      | \b\d+/\d+/\d+\b
      | \b\d{1,3}(?:\.\d{1,3}){3}\b
    )
  | (?P<num>
        (?<![\w.,/+])
        (?P<sign>[-−](?=\.?\d)|(?i:minus|negative)\s+(?=\d))?
        (?:
            (?P<mixed>\d+)\s+(?P<mnum>\d+)/(?P<mden>\d+)(?![\d/])
          | (?P<fnum>\d+)/(?P<fden>\d+)(?![\d/])
          | (?P<vint>\d*)(?P<vulgar>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])
          | (?P<body>
                \d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)
              | \d{1,3}(?:[\ \u00a0\u202f]\d{3})+(?![\d,]?\d)(?:\.\d+)?
              | \d+(?:\.\d+)?
              | \.\d+
            )
            (?P<power>
                \s?[x×]\s?\d+\^[-−+]?\d+
              | \s?[x×]\s?10[-−+]\d+
              | [eE][-+−]?\d+\b
              | \^[-+−]*\d+
            )?
        )
    )
"""
)

# A clock hour in words: "nine o'clock" is a time, not a count.
_OCLOCK = re.compile(rf"\s+{O_CLOCK}\b", re.IGNORECASE)

# A scale after digits: "4.5 billion", "20k", "10 bln", "1MM", "322 hundred".
DIGIT_SCALE_RE = re.compile(
    r"(?P<glued>[KMb](?![\w]))"
    # "$5.4-billion deal", "a 10-million-dollar fund": a long scale word may be hyphenated.
    r"|(?:\s?|-(?=(?i:hundred|thousand|million|billion|trillion|lakh|crore)\b))"
    r"(?P<word>(?i:hundred|thousand|million|billion|trillion"
    # "US$ 1MM" is a million in finance; "74mm of rain" is a length, so only in capitals.
    r"|lakh|crore|dozens|dozen|dozs|dzs|mln|mil|bln|tln|mn|bn|tn|k)|MM)(?![\w])"
)

# Ordinal digits right after a number: "14th", "21st", "2nd".
ORDINAL_SUFFIX_RE = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
# Mobile-network generations and similar tech names: "5G", "4G".
GENERATION_RE = re.compile(r"[2-6]G\b")
# Id-like context before a number: "COVID-19", "A320", "G20", "SCP-173", and the part
# after a hyphen of a code of letters and digits ("MS08-078", "H5N1-2").
ID_BEFORE_RE = re.compile(r"(?<![\d])[A-Za-z]+(?:\d+-|-?)$")
# Id-like context after a number: "1+X", "06F6".
ID_AFTER_RE = re.compile(r"\+[A-Za-z0-9]|[A-Za-z]+\d")
# A number inside a station's name: a capitalised word before it and "News" after it.
STATION_BEFORE_RE = re.compile(r"\b[A-Z][A-Za-z]+\s$")
STATION_AFTER_RE = re.compile(r"\s+News\b")
# A time zone after four digits makes them a 24-hour clock: "0737 GMT", "1300 UTC".
ZONE_CLOCK_AFTER_RE = re.compile(r"\s?(?:GMT|UTC)\b")


def _is_hhmm(digits: str) -> bool:
    """Whether four digits read as hours and minutes of a day ("0737", "2359")."""
    return len(digits) == 4 and digits.isdigit() and int(digits[:2]) < 24 and int(digits[2:]) < 60


# A version label after a capitalised word: "Policy 3.0", "Industry 4.0".
VERSION_BEFORE_RE = re.compile(r"[A-Z][a-z]+\s$")

# Between the two numbers of a ratio: " out of ", " over ".
RATIO_JOIN_RE = re.compile(r"\s+(?P<w>(?i:out\s+of|over))\s+")
# After "X over Y": nothing that makes "over" a preposition ("over 3 years").
RATIO_END_RE = re.compile(r"\s*(?:$|[.,;:!?)])")
# A digit number closed by a small scale word, which may be followed by the rest:
# "3 hundred" in "3 hundred and 21", "4 thousand" in "4 thousand 3 hundred".
SMALL_SCALE_END_RE = re.compile(r"(?i:(hundred|thousand|lakh|crore))$")
# Between the parts of such a number: " and ", " ".
SUM_JOIN_RE = re.compile(r"\s+(?:and\s+)?")
# Thousands separators inside digits: the commas of "1,234,567", the spaces of "1 234".
GROUP_SEP_RE = re.compile(r"[,\s\u00a0\u202f]")
# The multiplication sign opening a power: "x" of "x2^10", "×" of "×10−5".
TIMES_RE = re.compile(r"^[x×]\s?")
# One word or hyphen inside a word run: "twenty", "-", "&".
WORD_TOKEN_RE = re.compile(r"[A-Za-z]+|-|&|,")
# The word before a position: "the " in "the one".
PREV_WORD_RE = re.compile(r"([A-Za-z]+)\W*$")
# What follows a bare "one" used as a pronoun or determiner rather than a count:
# "one of three", "one thing", "one that is", "one way or another", "one day",
# "one you like", and "one" closing a sentence or clause ("we need one.").
# A scale word or "in" ("one million", "one in five") is not listed, so those stay.
ONE_PRONOUN_AFTER_RE = re.compile(
    r"(?i:\s+(?:of|that|things?|another|day|way|you|do|is|who)\b|\s*(?:$|[.;:!?)\]]))"
)

NUMBER_RE = re.compile(DIGIT_PATTERN + r"|(?P<words>(?i:" + WORD_RUN_PATTERN + "))", re.VERBOSE)

# Without a digit, a vulgar fraction or a number word NUMBER_RE finds no number;
# testing for them first spares most sentences its slow search. A number word is
# looked for as a whole run of letters of the lower-cased text.
_NUMBER_CHAR = re.compile(r"[\d" + "".join(VULGAR_FRACTIONS) + "]")
_NUMBER_WORD = re.compile(rf"(?<![^\W\d_])(?:{_ANY_WORD})(?![^\W\d_])")
# ... the same tests for ASCII text, which nearly all text is (``_holds_number_word``,
# ``_holds_number_char``).
_NUMBER_WORD_ASCII = re.compile(rf"[^a-z](?:{_ANY_WORD})(?![a-z])")
_ASCII_DIGITS = "0123456789"
# What a match of DIGIT_PATTERN other than an e-mail address can start with: a digit or
# vulgar fraction; a phone number's "+" or "(", a sign or a decimal point, each right
# before a digit; and, at the start of a word, a URL or "minus" or "negative".
_DIGIT_START = r"[\d" + "".join(VULGAR_FRACTIONS) + r"]|[+(.\-\u2212]\.?\d"
# ... the characters those starts begin with, the letters of the words aside.
_DIGIT_START_CHARS = r"\d" + "".join(VULGAR_FRACTIONS) + r"+(.\-\u2212"
_DIGIT_START_WORDS = r"https?://|www\.|(?i:minus|negative)"
# ... the letters those words start with, to which ``_number_pattern`` keeps them.
_DIGIT_START_LETTERS = "hwmMnN"


@cache
def _number_pattern(with_words: bool, with_email: bool) -> re.Pattern[str]:
    """NUMBER_RE for a text, as fast as that text allows; it finds the same matches.

    Without number words the "words" group never matches and is not tried; without an
    "@" the e-mail alternative is dropped, and a look-ahead on how a match can start
    lets the search reject every other position after one test of a class of characters.
    """
    digits = DIGIT_PATTERN if with_email else DIGIT_PATTERN.replace(_EMAIL_SKIP, "")
    words = f"(?i:{WORD_RUN_PATTERN})" if with_words else "(?!)"
    pattern = f"{digits}|(?P<words>{words})"
    if not with_email:
        # A URL, "minus" or a number word starts a word (WORD_RUN_PATTERN's own
        # look-behind), so words are tried only there, not at every letter of the text;
        # a run of number words starts with "minus", "negative", "a", "an" or one of
        # the words it may start with.
        letters = set(_DIGIT_START_LETTERS)
        word_starts = _DIGIT_START_WORDS
        if with_words:
            initials = {w[0] for w in _RUN_START_WORDS | {"a", "an", "minus", "negative"}}
            letters |= {*initials, *(c.upper() for c in initials)}
            word_starts += rf"|(?i:an?\s|{_RUN_START_ALT})"
        letter_class = "".join(sorted(letters))
        starts = rf"{_DIGIT_START}|(?<!\w)(?=[{letter_class}])(?:{word_starts})"
        # Every start begins with one of these characters: at most positions, one test
        # of a single class ends the search there before the starts are tried in turn.
        first = f"[{_DIGIT_START_CHARS}{letter_class}]"
        pattern = f"(?={first})(?={starts})(?:{pattern})"
    return re.compile(pattern, re.VERBOSE)


def _holds_number_word(text: str) -> bool:
    """Whether text holds a number word as a whole run of letters: ``_NUMBER_WORD``
    searched in the lower-cased text, by a faster pattern where that text is ASCII.

    Why: this test runs on every sentence, and ``_NUMBER_WORD`` starts with a look-behind,
    which the regex engine tries at every character. In lower-cased ASCII text the only
    letters are a-z, so the look-behind becomes a class of plain characters that leads
    the pattern, which the engine skips to at C speed; a space put before the text
    stands for its start, where the look-behind also holds.
    """
    lowered = text.lower()
    if lowered.isascii():
        return _NUMBER_WORD_ASCII.search(" " + lowered) is not None
    return _NUMBER_WORD.search(lowered) is not None


def _holds_number_char(text: str) -> bool:
    """Whether text holds a digit or a vulgar fraction (``_NUMBER_CHAR``).

    Why: in ASCII text that is one of the ten digits (the fractions and the digits of
    other scripts are not ASCII), and a substring test for each is faster than the
    pattern's class, which checks the Unicode category of every character.
    """
    if text.isascii():
        return holds_any(text, _ASCII_DIGITS)
    return _NUMBER_CHAR.search(text) is not None


class NumberMatch(NamedTuple):
    """One number mention: where it is, its value, and how it was written."""

    start: int
    end: int
    value: float
    plain_int: bool  # digits only, no separators, decimals, sign or scale ("2024")
    is_word: bool  # written in words
    fraction: bool  # a fraction below one written as such ("two thirds", "1/2")
    scaled: bool  # a scale word or letter was applied ("4.5 billion", "10k")


def _digit_value(m: re.Match[str]) -> float | None:
    """Value of a digit match, or None when it is not a usable number (1/0, 24/7)."""
    sign = -1.0 if m.group("sign") else 1.0
    if m.group("mixed") is not None:
        den = int(m.group("mden"))
        num = int(m.group("mnum"))
        if den == 0 or num >= den:
            return None
        return sign * (int(m.group("mixed")) + num / den)
    if m.group("fnum") is not None:
        den = int(m.group("fden"))
        num = int(m.group("fnum"))
        if den == 0 or num >= den:
            return None
        return sign * num / den
    if m.group("vulgar") is not None:
        whole = int(m.group("vint")) if m.group("vint") else 0
        return sign * (whole + VULGAR_FRACTIONS[m.group("vulgar")])
    body = m.group("body")
    value = float(GROUP_SEP_RE.sub("", body))
    power = m.group("power")
    try:
        value = _with_power(value, power) if power else value
    except (OverflowError, ZeroDivisionError):
        return None
    # "1e400" is no figure a story states; infinities and NaN have no interval.
    return sign * value if math.isfinite(value) else None


def _with_power(value: float, power: str) -> float:
    """A figure times its written power: "e6", "^-1", "x10^5", "×10−5".

    :raises OverflowError: when the result is too large for a float
    :raises ZeroDivisionError: for zero to a negative power
    """
    if power:
        p = power.strip().replace("−", "-")
        if p[0] in "eE":
            value *= 10.0 ** int(p[1:].replace("+", ""))
        elif p[0] == "^":
            exp = p[1:]
            negative = exp.count("-") % 2 == 1
            value = value ** (-int(exp.lstrip("+-")) if negative else int(exp.lstrip("+-")))
        else:
            base_text, _, exp_text = TIMES_RE.sub("", p).partition("^")
            if not exp_text:
                base_text, exp_text = "10", base_text[2:]
            value *= float(base_text) ** int(exp_text.replace("+", ""))
    return value


class _Tok(NamedTuple):
    word: str
    start: int
    end: int


def _card(tok: _Tok | None) -> int | None:
    return None if tok is None else CARDINALS.get(tok.word)


def _eval_words(tokens: list[_Tok], i: int) -> tuple[float, int, bool] | None:
    """Read one number from word tokens starting at i: (value, next index, is fraction).

    Grammar (greedy): [minus] [a] cardinals with hundred/thousand/... groups joined
    by hyphens or "and", then an optional fraction tail ("and a half", "two thirds")
    or decimal tail ("point five", "point four million"). A unit word cannot follow a unit
    word, which is where "three four" splits into two numbers.
    """
    n = len(tokens)

    def word(k: int) -> str:
        return tokens[k].word if k < n else ""

    sign = 1.0
    j = i
    if word(j) in ("minus", "negative"):
        sign = -1.0
        j += 1
    total = 0.0
    current = 0.0
    last = ""
    took = False
    if word(j) in ("a", "an"):
        last = "a"
        j += 1
    elif word(j) in ("half", "quarter") and (
        word(j + 1) in SCALE_WORDS or word(j + 1) in DOZEN_WORDS or word(j + 1) == "a"
    ):
        current = 1.0 / DENOMINATORS[word(j)]
        last = "frac"
        j += 1
        if word(j) == "a":
            j += 1
        took = True
    if (
        last == ""
        and word(j) == "hundred"
        and word(j + 1) in ("and", "&")
        and word(j + 2) in CARDINALS
    ):
        # "passed the hundred and fifty thousand pound target": one hundred and fifty.
        last = "a"
    elif last == "" and (word(j) == "hundred" or word(j) in SCALE_WORDS):
        return None  # "several hundred", "thousands": no figure is stated
    if word(j) == "half" and last == "" and word(j + 1) not in SCALE_WORDS:
        return sign * 0.5, j + 1, True
    start_j = j
    while j < n:
        w = word(j)
        if w in CARDINALS:
            v = CARDINALS[w]
            if last in ("", "hundred", "scale", "and"):
                current += v
                last = "tens" if v >= 20 else "unit"
            elif (last == "tens" and 1 <= v <= 9 and word(j - 1) in ("-",)) or (
                last == "tens" and 1 <= v <= 9
            ):
                current += v
                last = "unit"
            else:
                break
        elif w == "hundred":
            if last in ("unit", "tens", "a", ""):
                rest = current % 100 if current >= 100 else current
                current = current - rest + (rest or 1) * 100
                last = "hundred"
            else:
                break
        elif w in SCALE_WORDS:
            if last in ("unit", "tens", "hundred", "a", "frac") or (last == "" and j == start_j):
                total += (current or 1) * SCALE_WORDS[w]
                current = 0.0
                last = "scale"
            elif last == "scale" and current == 0 and SCALE_WORDS[w] > 1e3:
                total *= SCALE_WORDS[w]  # "three lakh crore"
            else:
                break
        elif w in DOZEN_WORDS:
            if last in ("unit", "tens", "hundred", "a", "frac"):
                current = (current or 1) * 12
                last = "scale"
            else:
                break
        elif w == "-":
            if last == "tens" and CARDINALS.get(word(j + 1), 0) in range(1, 10):
                j += 1
                continue
            if (
                last in ("unit", "tens", "hundred")
                and word(j + 1) in DENOMINATORS
                and not (last == "tens" and word(j + 1) in UNIT_ORDINALS)
            ):
                j += 1
                continue
            break
        elif w in ("and", "&", ","):
            nxt = _card(tokens[j + 1] if j + 1 < n else None)
            if last in ("hundred", "scale") and nxt is not None and word(j + 2) not in DENOMINATORS:
                last = "and"
                j += 1
                continue
            break
        else:
            break
        took = True
        j += 1
    if not took and last != "a":
        return None
    # Trim a dangling connector.
    value = total + current
    is_fraction = False
    # Fraction tail: "two thirds", "one and a half", "a quarter", "twenty and three fifths".
    k = j
    if last in ("unit", "tens", "a", "hundred") and word(k) in DENOMINATORS:
        whole_group = current if last != "a" else 1.0
        if word(k) in ("half", "halves") and last != "a" and whole_group == 1 and not total:
            pass
        value = total + whole_group / DENOMINATORS[word(k)]
        is_fraction = value < 1
        return sign * value, k + 1, is_fraction
    if last == "a" and not took:
        return None
    if word(k) in ("and", "&") and last in ("unit", "tens", "hundred", "scale"):
        num_k = k + 1
        numer = 1 if word(num_k) in ("a", "an") else CARDINALS.get(word(num_k), -1)
        if numer > 0 and word(num_k + 1) in DENOMINATORS:
            value += numer / DENOMINATORS[word(num_k + 1)]
            if word(num_k + 2) in SCALE_WORDS and total == 0:
                value *= SCALE_WORDS[word(num_k + 2)]
                return sign * value, num_k + 3, False
            return sign * value, num_k + 2, False
    if word(k) == "point" and last in ("unit", "tens", "hundred", "scale"):
        digits = ""
        m = k + 1
        while m < n and word(m) in CARDINALS:
            piece = CARDINALS[word(m)]
            if word(m + 1) == "-" and piece >= 20 and CARDINALS.get(word(m + 2), 0) in range(1, 10):
                piece += CARDINALS[word(m + 2)]
                m += 2
            digits += str(piece)
            m += 1
        if digits:
            value += float("0." + digits)
            if word(m) in SCALE_WORDS and not total:
                # "eight point four million": the scale takes the decimal with it.
                return sign * value * SCALE_WORDS[word(m)], m + 1, False
            return sign * value, m, False
    return sign * value, j, is_fraction


def _word_numbers(text: str, start: int, end: int) -> list[NumberMatch]:
    """Cut one run of number words into numbers."""
    tokens = [
        _Tok(t.group().lower(), t.start(), t.end())
        for t in WORD_TOKEN_RE.finditer(text, start, end)
    ]
    out: list[NumberMatch] = []
    i = 0
    while i < len(tokens):
        spelled = _spelled_digits_end(text, tokens, i)
        if spelled > i:
            # "rang nine-nine-nine", "dial nine one one": a number said digit by digit.
            i = spelled
            continue
        res = _eval_words(tokens, i)
        if res is None:
            i += 1
            continue
        value, j, is_fraction = res
        while j > i and tokens[j - 1].word in ("and", "&", ",", "-", "a", "an", "point"):
            j -= 1
        if j <= i:
            i += 1
            continue
        first = tokens[i]
        span_words = [t.word for t in tokens[i:j]]
        if not _word_number_ok(text, first, span_words, tokens[j - 1].end):
            i = j
            continue
        scaled = any(w in SCALE_WORDS for w in span_words)
        out.append(
            NumberMatch(first.start, tokens[j - 1].end, value, False, True, is_fraction, scaled)
        )
        i = j
    return out


# Words for single digits, as a number said digit by digit is spoken.
_SINGLE_DIGIT_WORDS = frozenset(("oh", "zero", *(w for w, v in CARDINALS.items() if 1 <= v <= 9)))
# How many digits said one by one make a code, not a figure: "nine-nine-nine".
_SPELLED_DIGITS_MIN = 3


def _spelled_digits_end(text: str, tokens: list[_Tok], i: int) -> int:
    """The index after a run of at least ``_SPELLED_DIGITS_MIN`` digit words that starts
    at ``i``, joined by hyphens or single spaces ("nine-nine-nine", "nine one one"), or
    ``i`` when there is none."""
    count, j = 0, i
    while j < len(tokens) and tokens[j].word in _SINGLE_DIGIT_WORDS:
        count += 1
        after = j + 1
        if after + 1 < len(tokens) and tokens[after].word == "-":
            after += 1
        elif after < len(tokens) and text[tokens[j].end : tokens[after].start] != " ":
            j = after
            break
        j = after
    return j if count >= _SPELLED_DIGITS_MIN else i


# The ordinals of one to nine, which make a tens word an ordinal after a hyphen
# ("twenty-first", "thirty-third"); their plurals stay fractions ("twenty-fifths").
UNIT_ORDINALS = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
)
_TENS_WORDS = frozenset(word for word, value in CARDINALS.items() if value in range(20, 100, 10))
_UNIT_ORDINAL_AFTER = re.compile(rf"-(?:{'|'.join(UNIT_ORDINALS)})\b", re.IGNORECASE)


# What may follow "a third", "a fifth" as a fraction: "a third of the crop", "a fifth as
# large", "a third more", "cut by a third last spring", "fell by a fifth year on year"; a
# noun after it makes it an ordinal ("a third child died", "a third-year student", "a
# fourth day without water"), which only a word of these cannot be.
_AFTER_A_FRACTION = re.compile(
    r"(?:\s+(?:of|as|more|less|fewer|higher|lower|larger|smaller|bigger|again|last|this|next"
    r"|since|over|in|on|at|from|to|by|the|and|or|but|after|before|during|between|than|within"
    r"|each|per|a|an|year(?:-on-|\s+on\s+)year)\b|\s*(?!-[a-z])[^\w\s]|\s*$)"
)


def _word_number_ok(text: str, first: _Tok, words: list[str], end: int) -> bool:
    """Reject pronoun 'one', period 'half' ("which one", "the second half", "a hilly one,"),
    an ordinal after "a" ("a third child"; not "a quarter mile", "a third of them") and a
    number an identifier label names ("Game seven", as "Game 7")."""
    if (
        len(words) == 2
        and words[0] in ("a", "an")
        and words[1] in DENOMINATORS
        and words[1] not in ("half", "quarter")
        and not _AFTER_A_FRACTION.match(text, end)
    ):
        return False
    if words[-1] in _TENS_WORDS and _UNIT_ORDINAL_AFTER.match(text, end):
        # "the twenty-first of September", "the thirty-second floor": an ordinal.
        return False
    prev = PREV_WORD_RE.search(text, max(0, first.start - 20), first.start)
    if (
        prev is not None
        and text[prev.end(1) : first.start] == " "
        and prev.group(1) in identifier_labels()
    ):
        # "Game seven", "Stage six": the number names one game or stage, as "Game 7" does.
        return False
    if words in (["one"], ["half"]):
        prev_word = prev.group(1).lower() if prev else ""
        if words == ["one"]:
            if prev_word in ONE_PRONOUN_BEFORE:
                return False
            if ONE_PRONOUN_AFTER_RE.match(text, first.end):
                return False
            if (
                _A_WORD_BEFORE.search(text, max(0, first.start - 30), first.start)
                and text[first.end : first.end + 1] == ","
            ):
                # "Stage seven is a hilly one, 203 kilometres long": one of a kind named
                # before, not a count.
                return False
        elif prev_word in HALF_PERIOD_BEFORE:
            return False
    return True


# "a" or "an" and one word right before a number word: "a hilly one".
_A_WORD_BEFORE = re.compile(r"\b[Aa]n?\s+[a-z]+\s+\Z")


# Between two numbers of one list: "14-16", "4, 5, and 6" (not a plain "and": "No. 8 and
# 40 others").
_LABEL_LIST_JOIN = re.compile(r"\s*(?:[-\u2013]|,(?:\s*(?:and|or))?)\s*")


@cache
def identifier_labels() -> frozenset[str]:
    """Words after which a bare number names one thing ("Room 101", "Week 14"); see
    ``data/quantities.json``."""
    return frozenset(read_data("quantities.json")["identifier_labels"])


@cache
def _calling_verbs() -> frozenset[str]:
    """Verbs after which an emergency number is dialled ("called 911"); see
    ``data/quantities.json``."""
    return frozenset(read_data("quantities.json")["calling_verbs"])


@cache
def _emergency_numbers() -> frozenset[str]:
    """The numbers of emergency services ("911", "999", "112"); see ``data/quantities.json``."""
    return frozenset(read_data("quantities.json")["emergency_numbers"])


@cache
def scale_labels() -> frozenset[str]:
    """Capitalised words whose number is a measure on a scale ("Category 4", "Level 3"),
    not part of a name; see ``data/quantities.json``."""
    return frozenset(read_data("quantities.json")["scale_labels"])


# A whole word and a space or a hyphen right before a number: "magnitude ", "Category-".
_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Za-z]+)[\s-]\Z")


def scale_label_before(text: str, start: int) -> bool:
    """Whether a scale label, in any case, stands right before the number at ``start``,
    joined by a space or a hyphen ("a magnitude 9.1 quake", "a magnitude-5.9 quake", "a
    Category-4 storm"): a reading, not a code like "F-16" (``scale_labels``)."""
    word = _WORD_BEFORE.search(text, max(0, start - 16), start)
    return word is not None and word.group(1).capitalize() in scale_labels()


# The word right after a number, and the nouns of a call to an emergency number besides
# the calling verbs' ("a 999 caller", "911 dispatchers").
_WORD_AFTER = re.compile(r"[\s-]([A-Za-z]+)\b")
_CALL_NOUNS = frozenset(("caller", "callers", "dispatcher", "dispatchers", "operator", "operators"))


def _after_identifier_label(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows an identifier label and one space, or is a
    whole number that ends a name after "the" ("the Coastal Express 417"), or an emergency
    number before a word of calling ("The first 999 call")."""
    dialled = _WHOLE_NUMBER.match(text, start)
    if dialled is not None and dialled.group() in _emergency_numbers():
        after = _WORD_AFTER.match(text, dialled.end())
        if after is not None and after.group(1).casefold() in _calling_verbs() | _CALL_NOUNS:
            return True
    if start < 2 or text[start - 1] != " ":
        return False
    word_start = text.rfind(" ", 0, start - 1) + 1
    label = text[word_start : start - 1]
    if label.lstrip('("\u201c') in identifier_labels():
        return True
    whole = _WHOLE_NUMBER.match(text, start)
    if whole is not None and label.casefold() in _calling_verbs():
        # "called 911 at 9:40 a.m.": a number dialled (``emergency_numbers``).
        return whole.group() in _emergency_numbers()
    if whole is None or not label[:1].isupper():
        # Both names below end with a capitalised word, the label, right before the number.
        return False
    if _NAMED_NUMBER.search(text, max(0, start - 60), start) is not None:
        return True
    model = _MODEL_NAME.search(text, max(0, start - 60), start)
    return (
        model is not None
        and label not in scale_labels()
        and _COUNTED_PLURAL_NEXT.match(text, whole.end()) is None
    )


# A whole number of digits that no hyphen, dash, decimal point or group of digits continues
# ("417", "417," not "31-28", "14.9" or "7,000").
_WHOLE_NUMBER = re.compile(r"\d+(?![\d\-\u2013/:]|[.,]\d)")
# "the" and one or two capitalised words right before a number make a name it belongs to
# ("the Coastal Express 417", "the Boeing 737", "the HSX 250 index"), when neither word is
# a month or a weekday.
_CALENDAR = "|".join(
    (*MONTHS, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
)
_NAMED_NUMBER = re.compile(
    rf"\b[Tt]he (?:(?!(?:{_CALENDAR})\b)(?:[A-Z][a-z]+|[A-Z]{{2,5}}) ){{1,2}}\Z"
)
# Inside a sentence, after a lower-case word or a possessive, one or two capitalised words
# right before a number name a model or an edition ("its Strata 14 laptop", "Orvane's
# Lumen 7 is"), unless a plural follows: then the number counts it ("visited Orlen 5
# times").
_MODEL_NAME = re.compile(
    rf"(?:\b[a-z]+|['\u2019]s) (?:(?!(?:{_CALENDAR})\b)[A-Z][a-z]{{2}}[A-Za-z]* ){{1,2}}\Z"
    # Two such words opening a sentence: "Air Rescue 9 winched the hikers" ("Some 40" is one).
    rf"|(?:\A|(?<=[.!?]\s)|(?<=\n))(?:(?!(?:{_CALENDAR})\b)[A-Z][a-z]{{2}}[A-Za-z]* ){{2}}\Z"
)
_COUNTED_PLURAL_NEXT = re.compile(r"\s+(?!(?:is|was|has|as|its|this|plus|news|series)\b)[a-z]+s\b")


def _may_end_id(text: str, end: int) -> bool:
    """Whether ``ID_BEFORE_RE`` may match the text before ``end``, by its last character.

    Why: the pattern is searched before every number, and nearly every number follows a
    space. A match ends with a letter or a hyphen, at ``end`` or before a newline there
    (where "$" matches too).
    """
    before = text[end - 1 : end]
    return before in ("-", "\n") or (before.isascii() and before.isalpha())


def _spoken_clock_at(text: str, start: int) -> int:
    """Where a clock time said aloud that opens at ``start`` ends ("at seven fifteen":
    ``SPOKEN_CLOCK``), or ``start`` when none does: its words are a time, no numbers."""
    if not _SPOKEN_CLOCK_LEAD.search(text, max(0, start - 16), start):
        return start
    clock = SPOKEN_CLOCK_RE.match(text, start)
    return start if clock is None else clock.end()


def find_numbers(text: str) -> list[NumberMatch]:
    """Every number mention in text, in order of position.

    Why a separate pass: units, currencies and qualifiers are all anchored on a
    number, so the parser asks for numbers first and reads their neighbours.
    """
    has_words = _holds_number_word(text)
    if not has_words and not _holds_number_char(text):
        return []
    out: list[NumberMatch] = []
    last_end = 0
    # Where the last number after an identifier label ended, while its list goes on.
    label_end: int | None = None
    spoken_end = 0
    for m in _number_pattern(has_words, "@" in text).finditer(text):
        if m.group("skip") is not None or m.start() < last_end:
            continue
        if m.group("words") is not None:
            # A clock said aloud may run past its run of number words ("six oh five").
            spoken_end = max(spoken_end, _spoken_clock_at(text, m.start()))
            out.extend(
                n
                for n in _word_numbers(text, m.start(), m.end())
                if not _OCLOCK.match(text, n.end) and n.start >= spoken_end
            )
            continue
        start, end = m.start(), m.end()
        value = _digit_value(m)
        if value is None:
            continue
        if (
            m.group("sign") is None
            and _may_end_id(text, start)
            and ID_BEFORE_RE.search(text, max(0, start - 8), start)
            and not scale_label_before(text, start)
        ):
            continue
        if _after_identifier_label(text, start) or (
            label_end is not None and _LABEL_LIST_JOIN.fullmatch(text, label_end, start)
        ):
            # "Weeks 14-16", "Room 4, 5, and 6": the label names every number of its list.
            label_end = end
            continue
        label_end = None
        if ORDINAL_SUFFIX_RE.match(text, end) or GENERATION_RE.match(text, start):
            continue
        if ID_AFTER_RE.match(text, end) and not DIGIT_SCALE_RE.match(text, end):
            continue
        if STATION_AFTER_RE.match(text, end) and STATION_BEFORE_RE.search(
            text, max(0, start - 12), start
        ):
            # "KWMT 8 News", "Westvale 7 News": a station's name.
            continue
        if ZONE_CLOCK_AFTER_RE.match(text, end) and _is_hhmm(text[start:end]):
            # "0737 GMT", "1300 UTC": a time of day on a 24-hour clock, no count.
            continue
        body = m.group("body")
        if (
            body
            and body.endswith(".0")
            and VERSION_BEFORE_RE.search(text, max(0, start - 20), start)
        ):
            continue
        scaled = False
        sm = DIGIT_SCALE_RE.match(text, end)
        if sm and body and not m.group("power"):
            if sm.group("glued"):
                value *= GLUED_SCALES[sm.group("glued")]
            else:
                value *= DIGIT_SCALES[sm.group("word").lower()]
            end = sm.end()
            scaled = True
        plain = bool(body) and body.isdigit() and not scaled and not m.group("sign")
        frac = (m.group("fnum") is not None) or (
            m.group("vulgar") is not None and not m.group("vint")
        )
        out.append(NumberMatch(start, end, value, plain, False, frac, scaled))
        last_end = end
    return _ratios(text, out)


def _ratios(text: str, nums: list[NumberMatch]) -> list[NumberMatch]:
    """Join 'one out of three' and a final '2000 over 3' into one fraction."""
    out: list[NumberMatch] = []
    i = 0
    while i < len(nums):
        a = nums[i]
        if i + 1 < len(nums):
            b = nums[i + 1]
            tail = SMALL_SCALE_END_RE.search(text, a.start, a.end)
            if (
                tail
                and not a.is_word
                and not b.fraction
                and 0 <= b.value < DIGIT_SCALES[tail.group(1).lower()]
                and SUM_JOIN_RE.fullmatch(text, a.end, b.start)
            ):
                # "4 thousand 3 hundred and 21": one number written in parts.
                nums[i + 1] = NumberMatch(
                    a.start, b.end, a.value + b.value, False, False, False, True
                )
                i += 1
                continue
            m = RATIO_JOIN_RE.fullmatch(text, a.end, b.start)
            if (
                m
                and b.value
                and (m.group("w").lower() != "over" or RATIO_END_RE.match(text, b.end))
            ):
                value = a.value / b.value
                out.append(NumberMatch(a.start, b.end, value, False, a.is_word, value < 1, False))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def parse_number(text: str) -> float | None:
    """'1,200' -> 1200.0, 'twenty-five' -> 25.0, '4.5 billion' -> 4.5e9, 'a dozen' -> 12.

    Why: other stages (and tests) need to read a number that was already isolated;
    None says the text is not exactly one number.
    """
    stripped = text.strip()
    if not stripped:
        return None
    found = find_numbers(stripped)
    if len(found) != 1:
        return None
    only = found[0]
    if only.start != 0 or only.end != len(stripped):
        return None
    return only.value
