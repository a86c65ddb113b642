"""Times: which year and day a claim's value holds for.

A death toll of 12 on Tuesday and 19 on Wednesday is an update, not a
contradiction; a budget "by 2025" and a sector size "in 2024" hold for
different years. This module reads the time a clause states (a year, a
weekday, a date) and the time an article as a whole is dated to (its dateline
or lead), so that conflicts are only claimed between values for one time.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Sequence
from contextlib import suppress
from functools import lru_cache
from itertools import takewhile
from operator import itemgetter

from claimcheck.attribution import REPORTING_VERB
from claimcheck.cues import may_hold_ignoring_case
from claimcheck.lexicon import DIMENSION_KINDS
from claimcheck.models import Quantity, Sentence, Span, TimeRef
from claimcheck.nlp import past_verb_lemma, present_verb_lemma
from claimcheck.quantities.numbers import CARDINALS, UNIT_ORDINALS
from claimcheck.quantities.units import prefix_tree

WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
MONTHS = (
    "january february march april may june july august september october november december"
).split()
MONTH_NUMBERS = {name[:3]: index for index, name in enumerate(MONTHS, start=1)}


def value_type(value: str) -> str:
    """What a fact's value is: 'year', 'date' ('MM-DD'), 'month', 'weekday' or 'text'."""
    if re.fullmatch(r"\d{4}", value):
        return "year"
    if re.fullmatch(r"\d\d-\d\d", value):
        return "date"
    if value in MONTHS:
        return "month"
    return "weekday" if value in WEEKDAYS else "text"


# Names of months and weekdays, lower-cased: a time, never a name or what a figure measures.
CALENDAR_WORDS = frozenset((*MONTHS, *WEEKDAYS))

_WEEKDAY_ALT = "|".join(WEEKDAYS)
_MONTH_ALT = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)

# The days of a month as ordinal words, as a date is said aloud: "the seventeenth of March".
_ORDINAL_UNITS = (
    *UNIT_ORDINALS,
    *"tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
    "nineteenth".split(),
)
ORDINAL_DAYS = {word: number for number, word in enumerate(_ORDINAL_UNITS, start=1)} | {
    "twentieth": 20,
    "thirtieth": 30,
    **{f"twenty-{word}": 20 + number for number, word in enumerate(UNIT_ORDINALS, start=1)},
    "thirty-first": 31,
}
_ORDINAL_DAY_ALT = prefix_tree(ORDINAL_DAYS)

# A day: "on Wednesday", "by Thursday evening", "Tuesday's quake", "Oct 15", "3 March", "the
# 9th of June", "the seventeenth of March".
DAY = re.compile(
    rf"\b(?P<weekday>(?i:{_WEEKDAY_ALT}))(?:['’]s)?\b"
    rf"|\b(?P<month>{_MONTH_ALT})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent))"
    rf"|\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{_MONTH_ALT})\b"
    rf"|\bthe\s+(?P<day3>\d{{1,2}}(?:st|nd|rd|th)|(?i:{_ORDINAL_DAY_ALT}))\s+of\s+"
    rf"(?P<month4>{_MONTH_ALT})\b"
    # A month's first or last day as a moment: "at the end of March", "as of the start of
    # June" (not a deadline: "will close by the end of September").
    rf"|\b(?:at|as\s+of)\s+the\s+(?P<edge>end|start|beginning)\s+of\s+"
    rf"(?P<month3>{_MONTH_ALT})\b(?!\s+\d{{1,2}}\b)",
)

# A part of a day: "by lunchtime", "at midday", "closed up", "in the morning", "by 6 p.m.".
PART_OF_DAY = re.compile(
    r"\b(?P<part>morning|midday|noon|lunchtime|afternoon|evening|night|overnight|"
    r"closed?|closing|opening|opened|dawn)\b|\b(?P<clock>\d{1,2})(?::\d\d)?\s*(?P<ampm>[ap])\.?m\b",
    re.IGNORECASE,
)

# Parts of a day that name one moment, for comparing "midday" with "lunchtime".
PART_NAMES = {
    "noon": "midday",
    "lunchtime": "midday",
    "closed": "close",
    "closing": "close",
    "opened": "open",
    "opening": "open",
    "overnight": "night",
}

# The seasons, which a period before or after the report's may name ("next fall").
SEASONS = "spring|summer|fall|autumn|winter"
# The year before the report's, told relative to it: "a year earlier", "the previous year".
YEAR_BEFORE = r"(?:a|one)\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior)\s+year"
# Time words with no date in them: "last December", "this week", "recently".
RELATIVE_TIME = re.compile(
    r"\b(?:(?:last|this|next|earlier this|late last)\s+(?:year|month|week|quarter|decade|season|"
    rf"{SEASONS}|"
    r"january|february|march|april|may|june|july|august|september|october|november|"
    r"december)|yesterday|today|tonight|this\s+(?:morning|afternoon|evening)|recently|"
    r"in recent years"
    # "A year earlier, Quillon posted revenue of $1.51 billion": the year before the report's.
    # "fell 19% from a year earlier" measures from it: the figure is of now.
    rf"|(?<!from\s)(?<!than\s)(?<!over\s)(?<!with\s)(?<!to\s)(?<!on\s)(?:{YEAR_BEFORE}))\b",
    re.IGNORECASE,
)

_SEASON = re.compile(rf"(?:{SEASONS})$", re.IGNORECASE)
# Words ``RELATIVE_TIME`` cannot match without, lower-cased.
_RELATIVE_TIME_WORDS = (
    "last",
    "this",
    "next",
    "yesterday",
    "today",
    "tonight",
    "recent",
    "year earlier",
    "year ago",
    "year before",
    "previous year",
    "prior year",
)

# A dated lead: "In late April 2025, ..." or "March 3, 2024".
# Only a month with its year, or a year opening the sentence, dates an article:
# "completed in 1974" in a lead is history, not the date of the report.
LEAD_YEAR = re.compile(
    rf"\b(?:in|on|during|since)\s+(?:(?:early|mid|late)[\s-]+)?{_MONTH_ALT}\s+"
    r"(?:\d{1,2},?\s+)?((?:18|19|20)\d\d)\b"
    rf"|\b{_MONTH_ALT}\s+\d{{1,2}},?\s+((?:18|19|20)\d\d)\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_ALT},?\s+((?:18|19|20)\d\d)\b"
    r"|^\W*(?:In|By|During)\s+((?:18|19|20)\d\d)\b",
)

# How many kept sentences from the top of an article may set its time context.
LEAD_SENTENCES = 2
# How many heading lines before the body may hold a line that is only a date, below a
# headline and an outlet's name ("Monday, March 3, 2025", "Posted July 9, 2025 by ...").
DATE_LINE_REACH = 4
# A line that is a date and little else: a word of posting or airing, a weekday, a month
# and a day either way round, a year ("Monday, March 3, 2025", "Published: 3 March 2026",
# "Broadcast: Tuesday, March 3"), or an outlet's name before a date that ends the line
# ("Elswick Gazette, 14 March", "Elswick Gazette, Tuesday 14 March 2026"). A date with
# neither a year, a weekday, an outlet nor such a word is no date line (``is_date_line``).
DATE_LINE = re.compile(
    r"^\W*(?P<outlet>(?:[A-Z][\w&'’.-]*\s+){0,3}[A-Z][\w&'’.-]*,\s+"
    rf"(?=(?:(?:{'|'.join(WEEKDAYS)}),?\s+)?\S+\s+\S+(?:,?\s+(?:18|19|20)\d\d)?\s*$))?"
    r"(?:(?P<lead>posted|published|first\s+published|updated|last\s+updated|aired|"
    r"broadcast)(?:\s+on)?:?\s+)?"
    rf"(?:(?P<weekday>{'|'.join(WEEKDAYS)}),?\s+)?"
    rf"(?:{_MONTH_ALT}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_ALT})"
    r"(?:,?\s+(?P<year>(?:18|19|20)\d\d))?\b",
    re.IGNORECASE,
)


def is_date_line(line: str) -> bool:
    """Whether a heading line is a date line (``DATE_LINE``): an outlet's name and a day and
    a month alone ("Elswick Gazette, 14 March") are one too."""
    match = DATE_LINE.match(line)
    return match is not None and any(
        match.group(name) for name in ("outlet", "lead", "weekday", "year")
    )


# Prepositions that relate a claim to a year: "in 2023" (at), "by 2025" (by).
YEAR_RELATIONS = {
    "in": "at",
    "of": "at",
    "during": "at",
    "for": "at",
    "by": "by",
    "before": "by",
    "since": "since",
    "until": "until",
    "through": "until",
    "till": "until",
}


def day_key(match: re.Match[str]) -> str:
    """A comparable key for a day: 'wednesday' or 'MM-DD'."""
    if match.group("weekday"):
        return match.group("weekday").casefold()
    if match.group("edge"):
        month_number = MONTH_NUMBERS[match.group("month3").casefold()[:3]]
        # February's end is the 28th: a year's leap day is rarely what "the end of" means.
        last = calendar.monthrange(2001, month_number)[1]
        return f"{month_number:02d}-{1 if match.group('edge') != 'end' else last:02d}"
    if match.group("day3"):
        said = match.group("day3").casefold()
        day = ORDINAL_DAYS[said] if said in ORDINAL_DAYS else int(said[:-2])
        return f"{MONTH_NUMBERS[match.group('month4').casefold()[:3]]:02d}-{day:02d}"
    month = (match.group("month") or match.group("month2")).casefold()[:3]
    day = int(match.group("day") or match.group("day2"))
    return f"{MONTH_NUMBERS[month]:02d}-{day:02d}"


def article_day_text(weekday: str | None, date: str | None, year: int | None) -> str:
    """An article's day as a reader writes it, from what ``article_time`` found.

    ``weekday`` is lower-cased ("tuesday"), ``date`` is 'MM-DD' and ``year`` a year, each
    None when unknown; '' when all are. The weekday and the date may come from different
    lines (the lead's "on Tuesday", the dateline's "March 7, 2013"), so they are written
    side by side, the date said to be the article's ("Tuesday; dated 9 March": the event's
    weekday is not the printing's day), and when the year tells the date's weekday and it
    is another one, it is named: "Tuesday; dated 7 March 2013, a Thursday".
    """
    date_text, date_weekday = "", None
    if date is not None:
        month, day = (int(part) for part in date.split("-"))
        date_text = f"{day} {MONTHS[month - 1].capitalize()}"
        if year is not None:
            date_text += f" {year}"
            with suppress(ValueError):
                date_weekday = WEEKDAYS[datetime.date(year, month, day).weekday()]
    elif year is not None:
        date_text = str(year)
    if weekday is None or not date_text:
        return (weekday or "").capitalize() or date_text
    if weekday == date_weekday:
        return f"{weekday.capitalize()} {date_text}"
    named = f", a {date_weekday.capitalize()}" if date_weekday else ""
    return f"{weekday.capitalize()}; dated {date_text}{named}"


# The months as ``DAY`` writes them, capitalised: a date cannot be written without one.
_MONTH_NAMES = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")


def _may_name_day(text: str, span: Span) -> bool:
    """Whether a span may name a day: it has a month's name or, in any case, "day".

    A cheap first test, as most spans name none; ``DAY`` is tried at every word.
    """
    if _MONTH_NAMES.search(text, span[0], span[1]) is not None:
        return True
    return may_hold_ignoring_case(text[span[0] : span[1]], ("day",))


# Words before a day that make it name one of the things counted, not when the count holds:
# "missed 10 games, including last Sunday's loss".
ITEM_BEFORE = re.compile(r"\b(?:including|includes|include|among\s+them)\s+(?:last\s+|this\s+)?$")
# Words before a day that make it the end of the period a figure covers, not when the
# figure holds: "pre-tax profit of £187 million for the year to 28 February", "in the
# three months ended June 30".
PERIOD_END_BEFORE = re.compile(
    r"\b(?:year|months|quarter|half|weeks|period)\s+(?:to|ending|ended|through)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A figure a count is compared with, and its day: "31 complaints, up from 14 on Friday" is
# 31 at the report and 14 on Friday.
EARLIER_FIGURE_BEFORE = re.compile(
    r"\b(?:from|than|compared\s+(?:with|to))\s+(?:about\s+|some\s+|just\s+)?"
    rf"(?:[\d,.]+%?|{prefix_tree(CARDINALS)})(?:\s+[a-z]+)?\s+(?:on|by|as\s+of)\s+$"
)


# What stands between two parts of one date: "Monday, June 9", "Tuesday (6 January".
_ONE_DATE = re.compile(r"[\s,(]*")


def find_day(text: str, span: Span, before: int | None = None) -> tuple[str, Span] | None:
    """The first day named in a span that dates it, with its own span. A day that names an
    event by its possessive ("Tuesday's derailment ... rose to six on Thursday") dates the
    span only when no other day does; one that owns a time of itself ("by Friday's close")
    dates it as a plain day would.

    :param before: a figure's start: of several days, the last one before it dates it
        ("woke on Wednesday after an explosion on Tuesday evening destroyed eight homes")
    """
    if not _may_name_day(text, span):
        return None
    possessive: tuple[str, Span] | None = None
    found: tuple[str, Span] | None = None
    for match in DAY.finditer(text, span[0], span[1]):
        if found is not None and (
            before is None
            or match.end() > before
            or _ONE_DATE.fullmatch(text, found[1][1], match.start())
        ):
            # (Nor is "June 9" of "Monday, June 9" another day.)
            break
        lead = max(span[0], match.start() - 40)
        if (
            ITEM_BEFORE.search(text, max(span[0], match.start() - 20), match.start()) is None
            and EARLIER_FIGURE_BEFORE.search(text, lead, match.start()) is None
            and PERIOD_END_BEFORE.search(text, lead, match.start()) is None
        ):
            if not _names_an_event(text, match.span()):
                found = day_key(match), match.span()
            else:
                possessive = possessive or (day_key(match), match.span())
    return found or possessive


def _aside_between(text: str, day: Span, year: Span) -> bool:
    """Whether a year comes after a day past a comma and words of a clause of their own (at
    least three lower-case words), not within one date ("Monday, March 3, 2025")."""
    if year[0] < day[1]:
        return False
    between = text[day[1] : year[0]]
    return "," in between and len(_LOWER_WORD.findall(between)) >= 3


_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")


def _day_right_after(text: str, start: int, end: int) -> tuple[str, Span] | None:
    """A day named right after ``start``, before ``end``: after a figure ("five on
    Wednesday", "40 people by Friday"), which dates it whatever day the clause named before
    ("trapped on Tuesday were rescued alive: five on Wednesday"); after a fact's value ("at
    2.30pm on Friday"); or after a clause that names none ("found damaged ceiling tiles at
    2.30pm | on Friday", whatever day the sentence named before it)."""
    links = _ONLY_LINKS.match(text, start, end)
    match = DAY.match(text, links.end(), end) if links is not None else None
    if match is None or _is_possessive(text, match.span()):
        return None
    return day_key(match), match.span()


# What may stand between a figure and the day right after it.
_ONLY_LINKS = re.compile(r"[\s,]*(?:(?:on|by|as of|until|through)\s+)?")


# What a possessive day may own that is a time of that day, not an event of it: "down 11
# percent by Friday's close", "in Monday's session".
_TIME_OWNED = re.compile(r"\s+(?:close|closing|session|trading|open|opening)\b")


# A determiner right before a day, and a noun right after it, make the day describe the noun:
# "tickets for the Sept. 5 friendly", "at the Monday night meeting".
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our)\s+$")
_NOUN_AFTER = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+"
    r"(?!(?:and|or|of|to|at|in|on|by|for|from|with|before|after|when|that|as|is|was|were|"
    r"will|would|had|has|have)\b)[a-z][a-z-]+"
)


def _names_an_event(text: str, span: Span) -> bool:
    """Whether a day names an event of it, not a time: written as a possessive ("Tuesday's
    derailment"; not "by Friday's close", which dates a figure as a plain day would), or
    describing a noun after a determiner ("tickets for the Sept. 5 friendly had been sold by
    Wednesday")."""
    if _is_possessive(text, span):
        return _TIME_OWNED.match(text, span[1]) is None
    return (
        _DETERMINER_BEFORE.search(text, max(0, span[0] - 6), span[0]) is not None
        and _NOUN_AFTER.match(text, span[1]) is not None
    )


def _is_possessive(text: str, span: Span) -> bool:
    """Whether a day is written as a possessive: "Tuesday's", "Thursday evening's"."""
    return (
        text[span[1] - 2 : span[1]] in ("'s", "\u2019s")
        or _PART_POSSESSIVE.match(text, span[1]) is not None
    )


# Words that give a figure as it stands at the report: "have now died", "so far".
AS_IT_STANDS_WORDS = r"(?:has|have|had)\s+now|so\s+far|to\s+date|thus\s+far"
AS_IT_STANDS = re.compile(rf"\b(?:{AS_IT_STANDS_WORDS})\b", re.IGNORECASE)
# A part of the day and a possessive after a day: "Thursday evening's collapse".
_DAY_PARTS = "morning|afternoon|evening|night"
_PART_POSSESSIVE = re.compile(rf"\s+(?:{_DAY_PARTS})['\u2019]s\b")
# A part of the day written right after a weekday: "Monday evening".
_PART_NAMED_WITH_THE_DAY = re.compile(rf"\s+(?P<part>{_DAY_PARTS})\b")


def part_of_day(text: str, span: Span) -> str | None:
    """The part of a day a span names: 'midday', 'close', '18h', or None."""
    match = PART_OF_DAY.search(text, span[0], span[1])
    if match is None:
        return None
    if match.group("clock"):
        hour = int(match.group("clock")) % 12 + (12 if match.group("ampm").lower() == "p" else 0)
        return f"{hour}h"
    part = match.group("part").casefold()
    return PART_NAMES.get(part, part)


# The hours (0-23) each named part of a day takes in, so that a clock time meets its part:
# "by 6pm on Sunday" and "by Sunday evening" tell one moment. The bounds are the words'
# everyday senses, taken wide, since writers round.
PART_HOURS = {
    "dawn": frozenset(range(4, 8)),
    "morning": frozenset(range(5, 12)),
    "midday": frozenset(range(11, 15)),
    "afternoon": frozenset(range(12, 18)),
    "evening": frozenset(range(17, 23)),
    "night": frozenset((*range(20, 24), *range(6))),
}


def parts_meet(left: str, right: str) -> bool:
    """Whether two parts of a day (``part_of_day``) may name one moment: the same part, or
    a clock hour ('18h') and a named part that takes it in ('evening')."""
    if left == right:
        return True
    for clock, named in ((left, right), (right, left)):
        hour = _clock_hour(clock)
        if hour is not None and named in PART_HOURS:
            return hour in PART_HOURS[named]
    # "on Saturday evening" and "tonight": named parts that share hours, more than the one
    # where one ends and the next begins.
    shared = PART_HOURS.get(left, frozenset()) & PART_HOURS.get(right, frozenset())
    return len(shared) >= PARTS_SHARED_HOURS


# The fewest hours two named parts of a day share to name one time.
PARTS_SHARED_HOURS = 2


def part_order(left: str | None, right: str | None) -> int | None:
    """-1 or 1 as one part of a day (``part_of_day``) ends before the other begins, or
    after the other ends; None when either is unknown, they meet, or one is the night,
    which runs past midnight."""
    if left is None or right is None or parts_meet(left, right):
        return None
    hours = [_part_hours(part) for part in (left, right)]
    if not all(hours) or "night" in (left, right):
        return None
    # Parts that do not meet may share the hour where one ends and the next begins.
    if max(hours[0]) <= min(hours[1]):
        return -1
    if max(hours[1]) <= min(hours[0]):
        return 1
    return None


def _clock_hour(part: str) -> int | None:
    """The hour of a part of a day given as a clock hour ('18h' is 18), else None."""
    return int(part[:-1]) if part.endswith("h") and part[:-1].isdigit() else None


def _part_hours(part: str) -> frozenset[int]:
    """The hours a part of a day takes in: a clock hour ('18h') or a named part's."""
    hour = _clock_hour(part)
    return frozenset((hour,)) if hour is not None else PART_HOURS.get(part, frozenset())


# Words before a day that make it the start of a stretch: "since the war began on
# December 27" dates the toll since then, not the sentence's other figures.
SPAN_START_BEFORE = re.compile(
    r"\b(?:since|began|begun|started|broke\s+out|erupted)\b[^.;]{0,40}$", re.IGNORECASE
)


@lru_cache(maxsize=64)
def _sentence_day(text: str, sentence: Span) -> tuple[str, Span] | None:
    """The day a sentence names for its other clauses; none when it starts a stretch."""
    day = find_day(text, sentence)
    if day is not None and SPAN_START_BEFORE.search(
        text, max(sentence[0], day[1][0] - 60), day[1][0]
    ):
        return None
    return day


# Words between a clause and a later year that put the year on another figure, the one it
# is compared with: "up from 34.1% at the last election in 2021", "up 3.1 percent on 2014"
# ("on" right before a year is a comparison's; a date's year follows "in" or a month).
COMPARISON_CUE = re.compile(
    r"\b(?:from|than|last|previous|prior|compared|against|since|before)\b|\bon\s*$"
)


_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
# Between a figure and a year after it, some words before the year: the year dates what the
# figure is measured against ("fell 18.4% on Monday, their steepest drop since the bank
# listed in 1998"). Right before the year it opens the figure's window ("fallen 18% since
# 2022", "since its 2019 launch"). The in-clause cousin of ``COMPARISON_CUE``.
_BENCHMARK_CUE = re.compile(
    r"\b(?:since|than|compared)\b(?!\s+(?:(?:early|late|its|their|the|his|her)\s+)?\d)"
)

# A relative clause opening after a figure: ", who played ...", ", which opened ...".
RELATIVE_OPENER = re.compile(r",\s*(?:who|whose|which|where)\b")
_DIGIT = re.compile(r"\d")

# "from" or "between" right before a year, or its month: the first of two that make a span
# ("between March 2024 and February 2026").
_RANGE_OPENING = re.compile(rf"\b(?:from|between)\s*(?:(?:{_MONTH_ALT})\.?\s+)?$")
_LETTERS = re.compile(r"[A-Za-z]+")
# The words before a year that belong to its time phrase: "by the end of March 2025".
_YEAR_LEAD_IN = re.compile(
    r"(?:\b(?i:in|by|since|until|through|during|of|for|before)\s+)?"
    r"(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+)?"
    rf"(?:(?:early|mid|late)[\s-]+)?(?:(?:{_MONTH_ALT})\.?\s+(?:\d{{1,2}},?\s+)?)?$"
)


# A clause's day told by the sentence before: "... for most of Tuesday. Twenty-three
# ambulances were diverted that day".
_THAT_DAY = re.compile(r"\b(?:that|the\s+same)\s+day\b", re.IGNORECASE)


def _that_day(text: str, clause: Span, sentence: Span) -> tuple[str, Span] | None:
    """The day the sentence before names, for a clause that says "that day" and names none
    of its own (nor does its sentence)."""
    if text.find(" day", clause[0], clause[1]) < 0 or not _THAT_DAY.search(text, *clause):
        return None
    if find_day(text, sentence) is not None:
        return None
    before = text[: max(0, sentence[0] - 2)]
    start = max(before.rfind(". "), before.rfind("\n")) + 1
    return find_day(text, (start, sentence[0]))


# A participle after a comma that brings a total to its figure: the total as reported, not
# on the day the clause before names.
_TOTAL_NOW = re.compile(r",\s+(?:bringing|raising|taking|pushing|lifting)\b")


# A stretch of time between two events, after the day of the first and before a figure of
# the other: "rattled the province Wednesday just days after a quake killed one person" (the
# day is the rattling's; the death came days before it).
_ANOTHER_EVENTS_TIME = re.compile(
    r"\b(?:(?:just|only|barely|mere|some)\s+)?(?:(?:a\s+few|a|several|two|three|four|five|six"
    r"|\d+)\s+)?(?:hours|days|weeks|months|years|day|week|month|year)\s+(?:after|before)\b"
)


# A relative clause opening after a figure's noun: "in three containers that came in".
_RELATIVE_CLAUSE = re.compile(r"\b[a-z]+s?\s+(?:that|which)\s+(?!(?:was|were)\b)[a-z]+")


# A clause of a condition after a figure: "the audited attendance of 49,120 was slightly
# higher than its first estimate, once wristbands issued at the gate on Sunday had been
# counted" (not "once again", "once a week", "once more").
_ONCE_CLAUSE = re.compile(r"\bonce\s+(?!(?:again|more|a|an|every|per|or|twice)\b)")


# "until" right before a day after a figure: the end of a stretch to come ("has been
# raised so far, and it stays open till Tuesday"), not the figure's day.
_UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+$", re.IGNORECASE)


# What an earlier figure was, after the figure: "up from the figure it gave on Tuesday".
_EARLIER_FIGURE = re.compile(r"\b(?:up|down)\s+from\b|\bcompared\s+(?:with|to)\b")


def _of_an_earlier_figure(text: str, start: int, day_start: int) -> bool:
    """Whether a day told after a figure belongs to the earlier figure it is compared with:
    "up from the figure it gave on Tuesday", "up from the 14 reported on Wednesday", but not
    "up from 14, a spokeswoman said on Sunday", where a reporting verb takes the day."""
    earlier = _EARLIER_FIGURE.search(text, start, day_start)
    if earlier is None:
        return False
    # "up from the 14 reported on Wednesday": a participle of the earlier figure, where a
    # reporting verb after a comma has a subject of its own.
    comma = text.find(",", earlier.end(), day_start)
    return comma < 0 or REPORTING_VERB.search(text, comma, day_start) is None


def time_of(
    text: str,
    clause: Span,
    sentence: Span,
    quantities: Sequence[Quantity],
    figure: Quantity | None = None,
    figures: Sequence[Quantity] = (),
    fact_value: Span | None = None,
) -> TimeRef | None:
    """The time a clause refers to: its own year and day, else the sentence's.

    :param quantities: the years of the sentence
    :param figure: the figure the clause's claim is about, if any
    :param figures: the clause's figures, of which ``figure`` is one
    :param fact_value: where the value of a claim's fact is written, for a claim of a fact
        ("at 2.30pm on Friday": the day right after it is the fact's)
    """
    year_ref = _year_of(text, clause, sentence, quantities, figure)
    if figure is not None:
        right_after = _day_right_after(text, figure.span[1], clause[1])
    elif fact_value is not None:
        right_after = _day_right_after(text, fact_value[1], sentence[1])
    else:
        right_after = None
    in_clause = find_day(text, clause, figure.span[0] if figure is not None else None)
    day = (
        right_after
        or in_clause
        or _day_right_after(text, clause[1], sentence[1])
        or _that_day(text, clause, sentence)
    )
    if day is None or _names_an_event(text, day[1]):
        # "The toll from Tuesday's derailment rose to six | on Thursday": the sentence's day.
        day = _sentence_day(text, sentence) or day
    if (
        day is not None
        and figure is not None
        and day[1][1] <= figure.span[0]
        and (
            _TOTAL_NOW.search(text, day[1][1], figure.span[0]) is not None
            or _ANOTHER_EVENTS_TIME.search(text, day[1][1], figure.span[0]) is not None
        )
    ):
        # "Ferrik was killed at the scene on Tuesday, bringing the death toll to two": the
        # toll the report gives, not Tuesday's. Nor does a day that days lie between.
        day = None
    if (
        day is not None
        and figure is not None
        and right_after is None
        and figure.span[1] <= day[1][0]
        and (
            _RELATIVE_CLAUSE.search(text, figure.span[1], day[1][0]) is not None
            or _ONCE_CLAUSE.search(text, figure.span[1], day[1][0]) is not None
            or _of_an_earlier_figure(text, figure.span[1], day[1][0])
            or _UNTIL_BEFORE.search(text, max(0, day[1][0] - 8), day[1][0]) is not None
        )
    ):
        # "officers found about 850 kilos of cocaine in three containers that came in on
        # Monday night": the day of the relative clause's verb, not of the finding, nor is
        # a day of a condition after "once" the figure's. "now received 31 reports, up
        # from the figure it gave on Tuesday": the earlier figure's.
        # A day after it may still be the report's ("up from 14 on Friday, a spokeswoman
        # said on Sunday").
        day = find_day(text, (day[1][1], clause[1]))
    if day is not None and _is_possessive(text, day[1]) and AS_IT_STANDS.search(text, *clause):
        # "Seven people have now died as a result of Thursday evening's collapse": the toll
        # as it stands at the report, not on the day of the collapse.
        day = None
    part = part_of_day(text, clause) if day else None
    if day is not None and (named := _PART_NAMED_WITH_THE_DAY.match(text, day[1][1])):
        # "the gates were opened at 2.40am ... to 97 per cent of its capacity on Monday
        # evening": the part written with the day is its part.
        part = named["part"].casefold()
    if figure is not None and right_after is not None and in_clause != right_after:
        # "trapped on Tuesday evening were rescued: five on Wednesday": not Tuesday's part.
        part = part_of_day(text, (right_after[1][0], clause[1]))
    if (
        year_ref is not None
        and day is not None
        and day[1][1] <= clause[0] <= year_ref.span[0] < clause[1]
        and REPORTING_VERB.search(text, day[1][1], clause[0]) is not None
    ):
        # "Among other figures released on Tuesday, the museum said ... that about 64,000
        # schoolchildren visited on school trips during 2024": the clause's own year, and
        # the day the report came out. (Not "sparked landslides Tuesday, killing five and
        # injuring dozens in a region devastated by the tsunami of 2004".)
        day = None
    if year_ref is not None and day is not None and _aside_between(text, day[1], year_ref.span):
        # "Six people died early Monday when fire swept through Linden Court, the building
        # that has stood on the east side since 1968": the year is the aside's.
        year_ref = None
    if year_ref is not None:
        return year_ref.model_copy(update={"day": day[0] if day else None, "part": part})
    if day is not None:
        # "have risen 31% since the deal was announced on Tuesday": a window from that day.
        since = _SINCE.search(text, clause[0], day[1][0]) is not None
        return TimeRef(
            text=text[day[1][0] : day[1][1]],
            span=day[1],
            day=day[0],
            part=part,
            relation="since" if since else "at",
        )
    may_be_relative = may_hold_ignoring_case(text[clause[0] : clause[1]], _RELATIVE_TIME_WORDS)
    relative = RELATIVE_TIME.search(text, clause[0], clause[1]) if may_be_relative else None
    if (
        relative
        and figure is not None
        and relative.start() > figure.span[1]
        and _CLAUSE_AFTER_FIGURE.search(text, figure.span[1], relative.start())
    ):
        # "starts at $849, which is a big jump for a phone that looks like last year's
        # model": the time of a clause on the figure, not the figure's; "cutting prices on
        # fourteen hundred products, and this morning its rivals are under pressure": the
        # time of the clause joined after it.
        relative = None
    if (
        relative
        and figure is not None
        and any(
            figure.span[1] <= other.span[0] and other.span[1] <= relative.start()
            for other in figures
            if other.kind == figure.kind
        )
    ):
        # "The net loss widened to $64 million from a loss of $29 million in the same
        # quarter last year": the time of the figure between, not this one's.
        relative = None
    if (
        relative
        and figure is not None
        and _BASELINE_PERIOD.fullmatch(text, figure.span[1], relative.start()) is not None
    ):
        # "a drop of just over ten percent on last year": the period the change is counted
        # from; the figure is of the report's own.
        relative = None
    if relative and not (
        _SEASON.search(relative.group()) and _SINCE.search(text, clause[0], relative.start())
    ):
        # (A season after "since" dates the window's start, not the figure: "has sold 2.3
        # million copies since its release last spring" is a total to date.)
        return TimeRef(
            text=relative.group(),
            span=relative.span(),
            relation="relative",
            part=None
            if _said_right_before(text, relative.start())
            else _part_of_today(relative.group()),
        )
    return None


# The part of the report's own day that "this morning" or "tonight" names.
_PART_OF_TODAY = re.compile(
    r"\bthis\s+(?P<part>morning|afternoon|evening)\b|\b(?P<tonight>tonight)\b", re.IGNORECASE
)


def _said_right_before(text: str, start: int) -> bool:
    """Whether a reporting verb stands right before a position ("his office said this
    morning"): the time then is the saying's, not the figure's."""
    words = text[max(0, start - 30) : start].split()
    return bool(words) and REPORTING_VERB.fullmatch(words[-1].casefold()) is not None


def _part_of_today(told: str) -> str | None:
    """The part of the day a relative time names: 'morning' for "this morning", 'night'
    for "tonight", else None."""
    found = _PART_OF_TODAY.search(told)
    if found is None:
        return None
    return "night" if found["tonight"] else found["part"].casefold()


# The words between a change and the period it is counted from: "up 14% on", "down
# nearly 30 percent from", "higher than" (``phrases`` names such a change's measure).
BASELINE_PREPOSITIONS = r"(?:from|than|over|compared\s+(?:with|to)|on)"
_BASELINE_PERIOD = re.compile(rf"(?:\s+[a-z]+)?\s+{BASELINE_PREPOSITIONS}\s+", re.IGNORECASE)


# A clause opening after a figure: a relative one (", which is a big jump") or one of its
# own joined to it (", and this morning its rivals are under pressure").
_CLAUSE_AFTER_FIGURE = re.compile(r",\s+(?:(?:which|who|whose)\b|(?:and|but)\s)")


# A sentence that opens with a demonstrative and a noun points back at what the sentence
# before told of: "... a photograph of 1987 in a drawer. That earthquake killed 1,140
# people." ("That is ..." and "That said" point at no thing.)
_POINTS_BACK = re.compile(r"\s*(?:That|Those)\s+(?!(?:is|was|are|were|said|says|has|had)\b)[a-z]")
_YEAR_WORD = re.compile(r"\b(?:1[89]|20)\d\d\b(?![\d,.]*\s*(?:%|per\s*cent|percent))")
# How far back the sentence before may start.
SENTENCE_BEFORE_CHARS = 400
# Where a sentence ends: its mark and any closing quote, or a line's end.
_SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s+|\n")


def sentence_before(text: str, start: int) -> Span:
    """Where the sentence that ends right before ``start`` lies (within
    ``SENTENCE_BEFORE_CHARS``), without the space after it."""
    window_start = max(0, start - SENTENCE_BEFORE_CHARS)
    window = text[window_start:start].rstrip()
    ends = [m.end() for m in _SENTENCE_END.finditer(window[:-1])]
    return window_start + (ends[-1] if ends else 0), window_start + len(window)


def year_pointed_back(text: str, sentence: Span) -> TimeRef | None:
    """The year of the sentence before, for a sentence that opens by pointing back at what
    it told of ("That earthquake killed 1,140 people"), when that sentence names one year
    only; None otherwise."""
    if not _POINTS_BACK.match(text, sentence[0], sentence[1]):
        return None
    years = list(_YEAR_WORD.finditer(text, *sentence_before(text, sentence[0])))
    if not years or len({year.group() for year in years}) != 1:
        return None
    year = years[0]
    return TimeRef(text=year.group(), span=year.span(), year=int(year.group()), relation="at")


def _year_of(
    text: str,
    clause: Span,
    sentence: Span,
    quantities: Sequence[Quantity],
    figure: Quantity | None = None,
) -> TimeRef | None:
    """A year in the clause, one that leads the sentence ("In 2023, ..."), or one that ends it."""
    years = [q for q in quantities if q.kind == "year" and not _decade_describes_a_noun(text, q)]
    # "now has 2,310 points -- 12 more than Lind, who played from 1991-95": a year in a
    # relative clause after a figure dates the one it describes, not the figure.
    described = RELATIVE_OPENER.search(text, clause[0], clause[1])
    cut = clause[1]
    if described is not None and _DIGIT.search(text, clause[0], described.start()):
        cut = described.start()
    if figure is not None and figure.kind in DIMENSION_KINDS:
        # "a 212-metre carrier built in 2011": a year after a verb that follows a size
        # dates what happened to the thing, not its size.
        cut = min(cut, _past_verb_after(text, figure.span[1], clause[1]))
    in_clause = [
        q
        for q in years
        if clause[0] <= q.span[0] < min(clause[1], cut)
        and not (
            figure is not None
            and _another_verb_between(
                text, min(q.span[1], figure.span[1]), max(q.span[0], figure.span[0])
            )
        )
        and not (figure is not None and _in_aside_before(text, clause[0], q, figure))
        and not (
            figure is not None
            and figure.span[1] <= q.span[0]
            and _BENCHMARK_CUE.search(text, figure.span[1], q.span[1]) is not None
        )
    ]
    # "Pipwick Toys, which started in a garage in 1998, said ...": a year of a relative
    # clause set off by commas before the clause dates that aside, not the clause.
    leading = [
        q
        for q in years
        if sentence[0] <= q.span[0] < clause[0]
        and not (
            RELATIVE_OPENER.search(text, sentence[0], q.span[0])
            and "," in text[q.span[1] : clause[0]]
        )
    ]
    # "killed 230,000 people in 13 countries in 2004": a year closing the sentence
    # dates its earlier clauses too.
    trailing = [
        q
        for q in years
        if clause[1] <= q.span[0] < sentence[1]
        and not COMPARISON_CUE.search(text, clause[1], q.span[0])
    ]
    # "reminded him of 1979, when a roof collapse killed two men": the year the clause
    # that "when" opens right after it tells of, whatever stands before it.
    told_when = [
        q
        for q in years
        if q.span[1] <= clause[0]
        and (when := _WHEN_AFTER.match(text, q.span[1])) is not None
        and when.end() >= clause[0]
    ]
    chosen = in_clause or told_when[-1:] or leading[:1] or trailing[-1:]
    if not chosen:
        return None
    if len(chosen) >= 2 and _RANGE_OPENING.search(
        text[max(0, chosen[0].span[0] - 20) : chosen[0].span[0]]
    ):
        first, last = chosen[0], chosen[1]
        return TimeRef(
            text=text[first.span[0] : last.span[1]],
            span=(first.span[0], last.span[1]),
            year=int(last.value or 0),
            relation="span",
        )
    year = chosen[0]
    if year.low is not None and year.high is not None and year.low != year.high:
        # A year range parsed as one quantity: "from 2014 to 2023".
        return TimeRef(text=year.surface, span=year.span, year=int(year.high), relation="span")
    # The words before the year: in the clause, or, for a year leading the sentence
    # ("In 2023, sales rose 5%, profits fell 3%"), from the sentence's start.
    lead_in = clause[0] if clause[0] <= year.span[0] else sentence[0]
    preceding = text[max(lead_in, year.span[0] - 30) : year.span[0]]
    relation = "at"
    for word in reversed(_LETTERS.findall(preceding.casefold())):
        if word in YEAR_RELATIONS:
            relation = YEAR_RELATIONS[word]
            break
    if relation == "since" and _WHEN_AFTER.match(text, year.span[1]):
        # "its first emergency landing since 2011, when a V200 carrying 152 passengers
        # landed": the clause tells what happened in that year.
        relation = "at"
    phrase = _YEAR_LEAD_IN.search(text[lead_in : year.span[0]])
    start = lead_in + phrase.start() if phrase else year.span[0]
    return TimeRef(
        text=text[start : year.span[1]],
        span=(start, year.span[1]),
        year=int(year.value or 0),
        relation=relation,
    )


# A "when" clause right after a year: what happened in it.
_WHEN_AFTER = re.compile(r",?\s+when\b")


# "and" and a verb after it: a second predicate of the subject ("was founded in 2007 and is
# backed with $60 million").
_AND_THEN = re.compile(r"\band\s+(?:now\s+)?([a-z]+)\b")
_AUXILIARIES = frozenset("is are was were has have had will would".split())


# A decade before a noun with no preposition of time before it describes the noun: "the
# restored 1920s house", "a string of 1990s hits" (not "in the 1990s sales fell").
_DECADE_BEFORE_NOUN = re.compile(r"\s+[a-z]")
_TIME_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|during|since|by|until|through|from|of|throughout)\s+(?:the\s+)?(?:early\s+|mid-?|late\s+)?$",
    re.IGNORECASE,
)


def _decade_describes_a_noun(text: str, year: Quantity) -> bool:
    """Whether a decade is an attribute of the noun after it ("the restored 1920s house"):
    no time of any figure."""
    return (
        year.surface.endswith("s")
        and _DECADE_BEFORE_NOUN.match(text, year.span[1]) is not None
        and _TIME_PREPOSITION_BEFORE.search(text, max(0, year.span[0] - 30), year.span[0]) is None
    )


def _in_aside_before(text: str, start: int, year: Quantity, figure: Quantity) -> bool:
    """Whether a year sits in a relative clause set off by commas before the figure: "Lidia
    Parvanek, who served as mayor from 2019 to 2024, was confirmed after 121 deputies
    voted" (the years are her term's, not the vote's)."""
    if figure.span[0] <= year.span[1]:
        return False
    opener = max(
        RELATIVE_OPENER.finditer(text, start, year.span[0]), key=re.Match.start, default=None
    )
    return (
        opener is not None
        and "," not in text[opener.end() : year.span[0]]
        and "," in text[year.span[1] : figure.span[0]]
    )


def _another_verb_between(text: str, start: int, end: int) -> bool:
    """Whether "and" and another verb stand between a year and a figure, in either order:
    the year belongs to the verb on its side ("founded in 2007 and is backed with $60
    million", "opened in 1976 and employs 3,900 people", "was insured for £850,000 and had
    passed its most recent safety inspection in 2023")."""
    for match in _AND_THEN.finditer(text, start, end):
        word = match.group(1)
        if word in _AUXILIARIES or past_verb_lemma(word) or present_verb_lemma(word):
            return True
    return False


def _past_verb_after(text: str, start: int, end: int) -> int:
    """Where the first past verb form between two offsets starts (``nlp.past_verb_lemma``),
    or ``end`` when there is none."""
    for word in _LETTERS.finditer(text, start, end):
        if past_verb_lemma(word.group().casefold()):
            return word.start()
    return end


# "since" a few words before a day, in one clause: the day is where a period starts.
_SINCE_BEFORE = re.compile(r"\bsince\b(?:\s+[\w'’-]+){0,5}\s+(?:on\s+)?$", re.IGNORECASE)


def article_time(
    text: str, sentences: Sequence[Sentence], headings: Sequence[bool]
) -> tuple[int | None, str | None, str | None]:
    """The year, weekday and date an article is about: its lead's, else its dateline's.

    The lead ("Tom Orlen won on Sunday ...") dates the event the article
    reports; a byline dated the day after ("Tribune, Monday") dates only the
    printing, so the lead wins when it names a day. Only the first lead
    sentence counts: later ones often look ahead ("due to open in 2028").

    :param headings: for each sentence, whether it is a heading or byline line
    """
    lead = [s for s, heading in zip(sentences, headings, strict=True) if not heading][:1]
    top = [s for s, heading in zip(sentences, headings, strict=True) if heading][:LEAD_SENTENCES]
    top += [
        s
        for s in _heading_run(sentences, headings)[LEAD_SENTENCES:DATE_LINE_REACH]
        if is_date_line(s.text)
    ]
    year: int | None = None
    for sentence in [*lead, *top]:
        match = LEAD_YEAR.search(sentence.text)
        if match:
            year = int(next(group for group in match.groups() if group))
            break
    weekday: str | None = None
    named_event_day: str | None = None
    date: str | None = None
    for sentence in [*lead, *top]:
        for match in DAY.finditer(text, sentence.span[0], sentence.span[1]):
            if match.group("edge"):
                # "at the end of March" in a lead is the figure's moment, not the report's.
                continue
            key = day_key(match)
            if key[0].isdigit():
                date = date or key
            elif match.group().endswith(("'s", "’s")) or _SINCE_BEFORE.search(
                text, sentence.span[0], match.start()
            ):
                # "The death toll from Tuesday's explosion rose to six on Thursday": the
                # possessive names the event's day; the report's is the other one. So does
                # a day a period runs from ("has burned since it ignited on Sunday").
                named_event_day = named_event_day or key
            else:
                weekday = weekday or key
    weekday = weekday or named_event_day
    stamped = [s for s, heading in zip(sentences, headings, strict=True) if heading]
    for sentence in stamped[: LEAD_SENTENCES + 1]:
        # A byline's stamp in digits ("Last updated 13:26 14/09/2013"), when no words date
        # the article; below a headline and a long subheadline ("—3/14/2024") too.
        stamp = numeric_date(sentence.text)
        if stamp is not None and date is None:
            year, date = year or stamp[0], stamp[1]
    return year, weekday, date


def _heading_run(sentences: Sequence[Sentence], headings: Sequence[bool]) -> list[Sentence]:
    """The heading lines at the top of an article, before its first body sentence."""
    top = takewhile(itemgetter(1), zip(sentences, headings, strict=True))
    return [sentence for sentence, _ in top]


# A publication date as pages and records give it: "2024-03-04", "2024-03-04T10:00:00Z".
ISO_DATE = re.compile(
    r"(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])"
)
# A date in digits: day and month either way round, then the year ("14/09/2013",
# "9/14/2013", "14.09.2013"), or ISO 8601.
NUMERIC_DATE = re.compile(
    r"\b(?P<first>\d{1,2})[/.](?P<second>\d{1,2})[/.](?P<first_year>(?:19|20)\d\d)\b"
    rf"|\b{ISO_DATE.pattern}(?!\d)"
)


def numeric_date(text: str) -> tuple[int, str] | None:
    """The first date in digits in a text, as (year, 'MM-DD'), or None.

    Day and month are told apart only when one of them is above 12 ("14/09/2013" is
    14 September); "04/09/2013" may be either, so it dates nothing.
    """
    match = NUMERIC_DATE.search(text)
    if match is None:
        return None
    if match.group("year"):
        year, month, day = (int(match.group(g)) for g in ("year", "month", "day"))
    else:
        first, second = int(match.group("first")), int(match.group("second"))
        if (first > 12) == (second > 12):
            return None
        day, month = (first, second) if first > 12 else (second, first)
        year = int(match.group("first_year"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return year, f"{month:02d}-{day:02d}"
